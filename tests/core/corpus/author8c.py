# ruff: noqa: E501 -- data: event texts as written
"""Training part written in round 8 by an independent author who did not read the detector (split "author8c"): two job seekers' calendars mixed together, a US/Canada tech candidate (ATS and scheduler invites, agencies, executive search, typed shorthand) and an Asia-Pacific / Middle East candidate (Japanese, Korean, Chinese, Hindi, Indonesian, Vietnamese, Thai, Arabic, Hebrew, Turkish and regional English), with hard negatives in the same voices."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _a(summary: str, **kw: Any) -> None:
    ev(summary, split="author8c", **kw)


def build() -> None:
    _section_us_ats()
    _section_us_shorthand()
    _section_us_agencies()
    _section_us_hidden_employer()
    _section_us_negatives()
    _section_japan_korea()
    _section_china_taiwan()
    _section_south_southeast_asia()
    _section_middle_east()
    _section_regional_english()
    _section_apac_negatives()


def _section_us_ats() -> None:
    _a(
        "Lumenfold <> Alex Rivera",
        interview=True,
        company="Lumenfold",
        role="Senior Backend Engineer",
        org=("maya.ostrowski@lumenfold.com", "Maya Ostrowski"),
        desc="Hi Alex,\n\nLooking forward to our chat about the Senior Backend Engineer role on the Ledger team. We'll cover your background, what you're looking for next, and logistics for the rest of the process.\n\nMaya\nRecruiting @ Lumenfold",
        meet="meet",
    )
    _a(
        "[Onsite] Coding – Alex R.",
        interview=True,
        company="Quarry Labs",
        role="Software Engineer, Infrastructure",
        org=("kelsey.brandt@quarrylabs.com", "Kelsey Brandt"),
        att=[person("oren.vasquez@quarrylabs.com", "Oren Vasquez")],
        desc="Quarry Labs Virtual Onsite\nCandidate: Alex Rivera\nPosition: Software Engineer, Infrastructure\n\nSession: Coding (60 min)\nInterviewer: Oren Vasquez\nCoderPad: https://coderpad.io/QL7X2KD9\n\nThis invite was sent from Greenhouse. Please don't forward.",
        conf=("Zoom", "https://quarrylabs.zoom.us/j/84420019931"),
    )
    _a(
        "Virtual Onsite: Loop 2/4",
        interview=True,
        company="Tidewater AI",
        role="Staff Machine Learning Engineer",
        org=("recruiting@tidewater.ai", "Tidewater Recruiting"),
        att=[
            person("h.nakamura@tidewater.ai", "Hiro Nakamura"),
            person("cbell@tidewater.ai", "Cass Bell"),
        ],
        desc="Loop 2 of 4 – ML System Design\nRole: Staff Machine Learning Engineer\nInterviewers: Hiro Nakamura (Research Lead), Cass Bell (Staff Engineer, shadowing)\n\nLoop 3 (Behavioral) follows after a 15 minute break.",
        meet="meet",
    )
    _a(
        "Hiring Manager Screen (Staff Eng)",
        interview=True,
        company="Brightpath",
        role="Staff Software Engineer, Payments",
        org=("nia.fowler@brightpath.health", "Nia Fowler"),
        desc="Scheduled via Ashby\n\nAlex – this is a 45 minute conversation with Nia Fowler, Director of Engineering, who is hiring for the Staff Software Engineer, Payments opening at Brightpath. No prep needed beyond being ready to talk through a project you're proud of.",
        conf=("Zoom", "https://us02web.zoom.us/j/81234500721"),
    )
    _a(
        "Alex / Jen – intro call",
        interview=True,
        company="Corvid Security",
        role=None,
        org=("jen.okafor@corvidsecurity.com", "Jen Okafor"),
        desc="Event Name: Recruiter intro (30 min)\nInvitee: Alex Rivera\nQuestions: Which role are you interested in? -> open to backend or platform roles\n\nPowered by Calendly",
        conf=("Zoom", "https://zoom.us/j/99120044381"),
    )
    _a(
        "Technical Interview – Alex Rivera",
        interview=True,
        company="Fernhill",
        role="Backend Engineer II",
        org=("talent@fernhill.io", "Fernhill Talent"),
        att=[person("priya.natarajan@fernhill.io", "Priya Natarajan")],
        desc="Role: Backend Engineer II\nFormat: live coding, 50 minutes, any language you like\nJoin CoderPad: https://coderpad.io/FH-88213\n\nInterviewer: Priya Natarajan (Senior Engineer, Payments Platform). Priya joined Fernhill in 2021 from a logistics startup and works on reconciliation services.",
        meet="meet",
    )
    _a(
        "Assessment window open",
        # (round 18) relabelled: a self-paced test has no live interviewer to meet or thank
        interview=False,
        all_day=True,
        desc="Your HackerRank assessment for Orbitly – Software Engineer, New Grad is now open. You have 72 hours to start; once started you have 90 minutes. Link: https://www.hackerrank.com/test/orbitly-ng-2025/login",
    )
    _a(
        "CodeSignal GCA (for Vantage Rail)",
        interview=True,
        company="Vantage Rail",
        role=None,
        desc="Recruiter (Tamsin) asked me to take the General Coding Assessment before the onsite – score gets shared with their hiring team. quiet room, 70 min, no notes",
    )
    _a(
        "Take-home debrief with Marcus",
        interview=True,
        company="Kestrel Pay",
        role="Senior Full Stack Engineer",
        org=("marcus.liang@kestrelpay.com", "Marcus Liang"),
        desc="We'll walk through the take-home you submitted (rate-limiter exercise): your design choices, what you'd change with more time, and a small extension live. This is the second stage for the Senior Full Stack Engineer position.\n\n— Kestrel Pay Engineering",
        meet="meet",
    )
    _a(
        "Reverse interview – your questions for the team",
        interview=True,
        company="Halvard Robotics",
        role="Robotics Software Engineer",
        org=("people@halvardrobotics.com", "Halvard Robotics People Team"),
        att=[
            person("ines.moreau@halvardrobotics.com", "Inès Moreau"),
            person("dkowalski@halvardrobotics.com", "Dan Kowalski"),
        ],
        desc="Final step of the Robotics Software Engineer process: 30 minutes where you interview us. Bring your questions about on-call, roadmap, and how we ship firmware. The team will also share feedback notes with the hiring manager afterwards.",
        loc="Halvard Robotics, 1100 Marina Blvd, Alameda CA",
    )
    _a(
        "Team matching call – Storage org",
        interview=True,
        company="Glasswing",
        role="Software Engineer (L5)",
        org=("teammatch@glasswing.com", "Glasswing Team Match"),
        att=[person("r.adeyemi@glasswing.com", "Rotimi Adeyemi")],
        desc="Congrats on passing the hiring committee! Before we can extend an offer for Software Engineer (L5), you'll speak with managers whose teams have headcount. This call: Rotimi Adeyemi, EM, Blob Storage. Both sides decide whether it's a fit.",
        meet="meet",
    )
    _a(
        "Onsite: lunch with the team",
        interview=True,
        company="Saltmarsh",
        role="Platform Engineer",
        org=("coordinator@saltmarsh.dev", "Saltmarsh Interview Coordinator"),
        loc="Saltmarsh – 5th floor kitchen, 88 King St, Toronto",
        zone="America/Toronto",
        desc="Part of your Platform Engineer onsite. Lunch with two engineers from the team – relaxed, but feel free to ask anything. After lunch: Systems Design at 1:15pm.",
    )
    _a(
        "Chat with Dana (Mossbank founder)",
        interview=True,
        company="Mossbank",
        role="Founding Engineer",
        org=("dana@mossbank.co", "Dana Whitfield"),
        desc="Hey Alex – excited to chat. I'm one of the two founders; we're hiring our first Founding Engineer and I'd love to hear how you think about building from zero. Mostly a conversation, not a quiz.\n\nDana",
        loc="Sightglass Coffee, 7th St, SF",
    )
    _a(
        "Interview with Pinecrest Analytics: Systems Design",
        interview=True,
        company="Pinecrest Analytics",
        role="Senior Data Platform Engineer",
        org=("scheduling@goodtime.io", "GoodTime Scheduling"),
        att=[person("w.teo@pinecrestanalytics.com", "Wen Teo")],
        desc="You have been scheduled for an interview for Senior Data Platform Engineer.\nInterviewer(s): Wen Teo\nDuration: 60 minutes\nTo reschedule use the link in your confirmation email.\n\nThis calendar invitation was sent by GoodTime on behalf of Pinecrest Analytics.",
        conf=("Zoom", "https://pinecrestanalytics.zoom.us/j/77120033319"),
    )
    _a(
        "Alex Rivera - Behavioral Interview",
        interview=True,
        company="Sundial",
        role=None,
        org=("no-reply@modernloop.io", "ModernLoop"),
        att=[
            person("kara.jensen@sundial.dev", "Kara Jensen"),
            person("interviews@sundial.dev", None),
        ],
        desc="Scheduled with ModernLoop.\nJoin the video call from the link below at the scheduled time.",
        meet="meet",
    )
    _a(
        "Coffee chat – Alex Rivera & Ocelot Health",
        interview=True,
        company="Ocelot Health",
        role="Staff Data Engineer",
        org=("sierra.lind@ocelothealth.com", "Sierra Lind"),
        desc="Hi Alex! As mentioned in my note, this is a casual conversation about our Staff Data Engineer opening before anything formal. I'll share more about the team and learn what you're looking for.\n\nSent with Gem",
        meet="meet",
    )
    _a(
        "Panel: Execution & Product Sense – Alex Rivera",
        interview=True,
        company="Verdant Maps",
        role="Technical Program Manager",
        org=("recruiting@verdantmaps.com", "Verdant Maps Recruiting"),
        att=[
            person("olu.b@verdantmaps.com", "Olu Bankole"),
            person("m.frey@verdantmaps.com", "Mirjam Frey"),
            person("s.hall@verdantmaps.com", "Simone Hall"),
        ],
        desc="Technical Program Manager – interview panel (3 interviewers, 60 min).\nThe panel will present a launch scenario and ask you to plan and prioritise out loud.",
        conf=("Microsoft Teams", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_VM7741"),
    )
    _a(
        "Interview kit – Alex Rivera (Round 2)",
        interview=True,
        company="Tallgrass",
        role="Senior Site Reliability Engineer",
        org=("ashley.cho@tallgrass.io", "Ashley Cho"),
        desc="Hi Alex, here's what to expect for round 2 for the Senior Site Reliability Engineer role.\n\nYour interviewers:\n• Lena Cho – Engineering Manager, Edge Team. Lena has been at Tallgrass for six years and previously ran SRE at a CDN.\n• Rafael Ortiz – Staff SRE. Rafael owns our incident review program.\n\nFormat: 30 min incident walkthrough, 30 min troubleshooting exercise in a sandbox.",
        meet="meet",
    )
    _a(
        "Entretien téléphonique – Développeur back-end senior",
        interview=True,
        company="Caribou Logiciels",
        role="Développeur back-end senior",
        org=("recrutement@cariboulogiciels.ca", "Recrutement Caribou Logiciels"),
        zone="America/Toronto",
        desc="Bonjour Alex,\n\nMerci de votre intérêt pour le poste de Développeur back-end senior. Cet appel de 30 minutes avec notre équipe d'acquisition de talents permettra de discuter de votre parcours et de vos attentes salariales.\n\nCaribou Logiciels – Montréal",
    )
    _a(
        "Internal transfer interview – Payments Platform",
        interview=True,
        company="Initech",
        role="Senior Engineer, Payments Platform",
        me=WORK_ME,
        org=("lisa.okonkwo@initech.com", "Lisa Okonkwo"),
        desc="Internal mobility: interview for the open Senior Engineer, Payments Platform req (internal candidates only). Lisa is the hiring manager. Your current manager has been notified per the transfer policy.",
        loc="Initech HQ – Conf Rm Bluebird",
    )
    _a(
        "Rescheduled: Onsite – Skyforge",
        interview=True,
        company="Skyforge",
        role=None,
        org=("talent@skyforge.gg", "Skyforge Talent"),
        my_status="tentative",
        desc="Moved from Thursday at your request. Same agenda: coding, architecture, values, and a chat with the studio head.",
        loc="Skyforge Studio, 210 W 2nd Ave, Vancouver BC",
        zone="America/Vancouver",
    )
    _a(
        "Chat with Priyanka (Hiring Manager)",
        interview=True,
        company="Auroraflow",
        role="Engineering Manager, Growth",
        org=("priyanka.s@auroraflow.com", "Priyanka Sethi"),
        desc="Looking forward to meeting you! I lead Growth engineering and I'm hiring an Engineering Manager, Growth to run one of the two squads.",
        meet="meet",
    )
    _a(
        "Case interview – Round 1",
        interview=True,
        company="Calder & Rowe",
        role="Consultant, Digital Practice",
        org=("campus.recruiting@calderrowe.com", "Calder & Rowe Recruiting"),
        desc="Round 1 case interview for the Consultant, Digital Practice position. Two 30-minute cases with a Manager; bring a pen and paper. Calculators not permitted.",
        conf=("Zoom", "https://calderrowe.zoom.us/j/91100223344"),
    )
    _a(
        "Paid trial day @ Wrenfield",
        interview=True,
        company="Wrenfield",
        role="Product Engineer",
        all_day=True,
        loc="Wrenfield, 45 Harrison St, Brooklyn NY",
        zone="America/New_York",
        desc="Work trial for the Product Engineer role – pairing with the team on a real ticket, they pay a day rate. Demo what I built at 4pm to Jo + Ade, they decide after.",
    )
    _a(
        "Pairing session w/ Nate — Loomcraft",
        interview=True,
        company="Loomcraft",
        role=None,
        org=("nate@loomcraft.app", "Nate Halvorsen"),
        desc="Pair-programming interview: we'll work together on a small bug in our open-source SDK. Bring your own editor setup; screen share over Tuple or Meet.",
        meet="meet",
    )
    _a(
        "Bar Raiser interview",
        interview=True,
        company="Parcelwise",
        role="Senior Software Development Engineer",
        org=("loop-scheduling@parcelwise.com", "Parcelwise Loop Scheduling"),
        att=[person("bjorn.e@parcelwise.com", "Björn Eklund")],
        desc="Candidate: Alex Rivera\nRequisition: Senior Software Development Engineer – Fulfillment Routing\nInterviewer: Björn Eklund (Bar Raiser)\nPlease prepare examples using the STAR format.",
        conf=("Amazon Chime", "https://chime.aws/7731002944"),
    )
    _a(
        "Karat Technical Interview – Sablewood",
        interview=True,
        company="Sablewood",
        role="Software Engineer",
        org=("scheduling@karat.com", "Karat"),
        desc="Sablewood has partnered with Karat to conduct the first technical interview for the Software Engineer role. A Karat Interview Engineer will conduct a 60 minute session. Sablewood reviews the recording and decides next steps.",
    )
    _a(
        "Alex R. // Tessellate – Culture & Values",
        interview=True,
        company="Tessellate",
        role=None,
        org=("hiring@tessellate.so", "Tessellate Hiring"),
        att=[person("amara@tessellate.so", "Amara Diallo")],
        meet="meet",
    )
    _a(
        "Final: exec conversation with CTO",
        interview=True,
        company="Fathom Freight",
        role="Principal Engineer",
        org=("exec.assistant@fathomfreight.com", "Rosa Jimenez"),
        att=[person("g.thorne@fathomfreight.com", "Gideon Thorne")],
        desc="Gideon Thorne (CTO) would like 30 minutes with you as the final step for the Principal Engineer role. Please use the Zoom link below.\n\nRosa Jimenez | Executive Assistant to the CTO | Fathom Freight",
        conf=("Zoom", "https://fathomfreight.zoom.us/j/66610020034"),
    )
    _a(
        "Interview Confirmation: Alex Rivera for Data Engineer at Orchard Mobility",
        interview=True,
        company="Orchard Mobility",
        role="Data Engineer",
        org=("no-reply@hire.lever.co", "Orchard Mobility"),
        att=[person("tk@orchardmobility.com", "Tomás Kerr")],
        desc="Your interview for Data Engineer at Orchard Mobility is confirmed. Interviewers: Tomás Kerr. Location: video call (link below).",
        meet="meet",
    )
    _a(
        "Alex Rivera <> Cobaltline | Technical Deep Dive",
        interview=True,
        company="Cobaltline",
        role="Senior Infrastructure Engineer",
        org=("recruiting@cobaltline.com", "Cobaltline Recruiting"),
        att=[
            person("eszter.nagy@cobaltline.com", "Eszter Nagy"),
            person("joel.m@cobaltline.com", "Joel Mbeki"),
        ],
        desc="Deep dive into a system you built, for the Senior Infrastructure Engineer role. Expect follow-up questions on scaling, failure modes and trade-offs.\n\nScheduled with Ashby",
        meet="meet",
    )
    _a(
        "Slotwise: 30 min with Harper (Recruiting, Ferrous)",
        interview=True,
        company="Ferrous",
        role="Rust Engineer",
        org=("bookings@slotwise.app", "Slotwise"),
        att=[person("harper@ferrous.systems", "Harper Quinn")],
        desc="Booking confirmed.\nHost: Harper Quinn (Ferrous)\nEvent: Rust Engineer – recruiter screen\nNeed to make changes? Manage booking at slotwise.app/b/77QX",
    )
    _a(
        "Onsite day – Blue Heron",
        interview=True,
        company="Blue Heron Games",
        role="Gameplay Engineer",
        all_day=True,
        loc="Blue Heron Games, 1280 Homer St, Vancouver BC",
        zone="America/Vancouver",
        desc="full onsite for Gameplay Engineer. 9:30 arrive, ask for Bea at front desk. 4 interviews + lunch. bring ID for visitor badge",
    )


def _section_us_shorthand() -> None:
    _a("ph scrn - Ramp", interview=True, company="Ramp", role=None)
    _a("ramp final!!", interview=True, company="Ramp", role=None)
    _a("datadog sys dsgn", interview=True, company="Datadog", role=None)
    _a("call w/ Hooli recruiter re SRE role", interview=True, company="Hooli", role="SRE")
    _a("2nd rd - Quillpad (frontend eng)", interview=True, company="Quillpad", role="frontend eng")
    _a(
        "HM call - Brightwire (EM, Platform)",
        interview=True,
        company="Brightwire",
        role="EM, Platform",
    )
    _a(
        "tech screen w Kofi",
        interview=True,
        company="Juniper Grid",
        role=None,
        desc="juniper grid – 1st tech screen. leetcode medium-ish, they use coderpad. Kofi = senior eng on the billing team",
    )
    _a(
        "figma-style design round @ Palette?",
        interview=True,
        company="Palette",
        role=None,
        my_status="tentative",
    )
    _a(
        "loop @ Northstar (4 x 45)",
        interview=True,
        company="Northstar",
        role="Staff Engineer",
        desc="staff eng loop – coding, design, leadership, HM. eat before",
    )


def _section_us_agencies() -> None:
    _a(
        "Intro call – confidential fintech opportunity",
        interview=True,
        company="Talentcraft",
        role="Lead Backend Engineer",
        org=("gemma.hart@talentcraft.io", "Gemma Hart"),
        desc="Hi Alex, thanks for responding to my InMail. I'm recruiting a Lead Backend Engineer for a Series C fintech client (can share the name once we've spoken). 20 minutes to run through your experience and expectations.\n\nGemma Hart | Senior Consultant | Talentcraft",
    )
    _a(
        "Client interview: Ridgeway Capital – Quant Developer",
        interview=True,
        company="Ridgeway Capital",
        role="Quant Developer",
        org=("gemma.hart@talentcraft.io", "Gemma Hart"),
        att=[person("a.marsh@ridgewaycap.com", "Aldous Marsh")],
        desc="First interview with Ridgeway Capital for the Quant Developer position. Aldous is head of the execution tech team. Call me afterwards for a debrief!\n\nGemma – Talentcraft",
        conf=("Microsoft Teams", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_RC0091"),
        zone="America/New_York",
    )
    _a(
        "Confidential search – VP Engineering – first conversation",
        interview=True,
        company="Whitlock & Vane",
        role="VP Engineering",
        org=("c.ashworth@whitlockvane.com", "Clara Ashworth"),
        desc="Alex,\n\nThank you for making time. As discussed, we are retained on a confidential VP Engineering search for a growth-stage healthcare company. This first conversation is with me; if there is mutual interest I will introduce you to the CEO.\n\nClara Ashworth\nPartner, Technology Practice\nWhitlock & Vane Executive Search",
        zone="America/New_York",
    )
    _a(
        "Meeting with Coralline CEO (via Ostrander Search)",
        interview=True,
        company="Coralline",
        role="CTO",
        org=("events@ostrandersearch.com", "Ostrander Search"),
        att=[
            person("marisol@coralline.bio", "Marisol Vega"),
            person("p.ng@ostrandersearch.com", "Percy Ng"),
        ],
        desc="Introductory meeting between Alex Rivera (candidate, Chief Technology Officer search) and Marisol Vega, CEO of Coralline. Percy Ng from Ostrander Search will join for the first five minutes.",
        loc="Coralline, 600 Gateway Blvd, South San Francisco",
    )
    _a(
        "Prep call before Ridgeway final",
        interview=False,
        org=("gemma.hart@talentcraft.io", "Gemma Hart"),
        desc="Quick prep: who you'll meet at Ridgeway, what they liked in round one, comp expectations. 15 min.",
    )
    _a(
        "Contract role screen – Apex Staffing for a bank client",
        interview=True,
        company="Apex Staffing",
        role="Java Developer (12-month contract)",
        org=("jobs@apexstaffing.com", "Apex Staffing"),
        desc="Screening call for Java Developer (12-month contract) – client is a tier-1 bank in Toronto (name withheld until submission). Please have your rate and availability ready.",
        zone="America/Toronto",
    )


def _section_us_hidden_employer() -> None:
    _a(
        "Interview – 45 min",
        interview=True,
        company="Helixion",
        role=None,
        conf=("Zoom", "https://helixion.zoom.us/j/88123450097"),
        org=("calendar-noreply@helixion.com", None),
    )
    _a(
        "Technical screen",
        interview=True,
        company="Brambleway",
        role="Mobile Engineer (iOS)",
        org=("recruiting-coordination@brambleway.com", None),
        desc="Position: Mobile Engineer (iOS)\nFormat: 60 minute technical screen\n\nBy attending this interview you acknowledge the Brambleway Candidate Privacy Notice, available at https://brambleway.com/legal/candidate-privacy, which explains how we process applicant data.",
        meet="meet",
    )
    _a(
        "Final round",
        interview=True,
        company="Ardent Biosystems",
        role=None,
        loc="Ardent Biosystems HQ, 400 Mission St, Floor 12, San Francisco, CA",
        desc="check in with reception by 8:45",
    )
    _a(
        "Follow-up conversation",
        interview=True,
        company="Quillon",
        role="Solutions Engineer",
        org=("tomas.reyes@quillon.ai", "Tomas Reyes"),
        desc="Hi Alex – the team enjoyed meeting you last week, so the next step for the Solutions Engineer role is a conversation with our VP of Sales Engineering.\n\nBest,\nTomas Reyes\nTalent Acquisition | Quillon\nquillon.ai",
    )
    _a(
        "Next steps",
        interview=True,
        company="Marlowe Bio",
        role=None,
        org=("d.eze@marlowebio.com", "Dami Eze"),
        att=[person("hiring-team@marlowebio.com", None)],
        desc="Alex, as promised here is the hiring-manager round. Talk soon.",
        meet="meet",
    )
    _a(
        "Round 3",
        interview=True,
        company="Stackhaven",
        role=None,
        att=[
            person("yuki.morita@stackhaven.com", "Yuki Morita"),
            person("ben.t@stackhaven.com", "Ben Tran"),
        ],
        org=("yuki.morita@stackhaven.com", "Yuki Morita"),
        conf=("Zoom", "https://stackhaven.zoom.us/j/70012345678"),
    )


def _section_us_negatives() -> None:
    _a(
        "Interview: Jordan Lee – Backend",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("jordan.lee.dev@gmail.com", "Jordan Lee", status="needsAction")],
        desc="You are an interviewer for this candidate.\nCandidate: Jordan Lee\nRole: Backend Engineer\nYour focus area: API design\nPlease submit your scorecard in Greenhouse within 24 hours.",
        meet="meet",
    )
    _a(
        "Scorecard due: Jordan Lee",
        interview=False,
        me=WORK_ME,
        desc="Greenhouse reminder – submit feedback for Jordan Lee (Backend Engineer) before the debrief.",
    )
    _a(
        "Debrief – Senior Frontend candidate (Mira Shah)",
        interview=False,
        me=WORK_ME,
        org=("talent-ops@initech.com", "Initech Talent Ops"),
        att=[
            person("lisa.okonkwo@initech.com", "Lisa Okonkwo"),
            person("raj.p@initech.com", "Raj Patel"),
        ],
    )
    _a(
        "Hiring committee – L5 packets (3 candidates)",
        interview=False,
        me=WORK_ME,
        org=("hc@initech.com", "Initech Hiring Committee"),
        desc="Packets linked in the HC doc. Read before the meeting; vote hire/no hire per candidate.",
    )
    _a(
        "[Onsite] Systems Design – Priya Kaur (candidate)",
        interview=False,
        me=WORK_ME,
        org=("coordinator@initech.com", "Initech Interview Coordinator"),
        desc="Interviewer: Alex Rivera\nCandidate: Priya Kaur\nPosition: Staff Engineer\nRoom: Conf Rm Osprey\nInterview kit: focus on distributed caching.",
        loc="Initech HQ – Osprey",
    )
    _a(
        "Reverse shadow – Alex leads, Sam observes",
        interview=False,
        me=WORK_ME,
        org=("interview-training@initech.com", "Initech Interview Training"),
        desc="Interviewer certification: you run the coding interview for the candidate while Sam Ortega observes and gives you calibration feedback.",
    )
    _a(
        "Interviewer training: structured interviewing",
        interview=False,
        me=WORK_ME,
        org=("ld@initech.com", "Initech L&D"),
    )
    _a(
        "Candidate dinner – hosting the Staff finalist",
        interview=False,
        me=WORK_ME,
        loc="Zuni Café, Market St",
        desc="Sell dinner with the finalist for the Staff Engineer req. Expense it under recruiting.",
    )
    _a(
        "User research interview – checkout flow (P7)",
        interview=False,
        me=WORK_ME,
        org=("uxr@initech.com", "Initech UX Research"),
        desc="Moderated usability session with participant 7. Alex to take notes in the research doc. Participants receive a $75 gift card.",
    )
    _a(
        "Customer call: Globex onboarding",
        interview=False,
        me=WORK_ME,
        att=[person("it-admin@globex.com", "Globex IT")],
        org=("alex.rivera@initech.com", None),
    )
    _a(
        "Podcast recording – Software Sessions ep. 42",
        interview=False,
        org=("host@softwaresessions.fm", "Software Sessions"),
        desc="Thanks for agreeing to be interviewed on the show! We'll talk about your migration to event sourcing. Riverside link below; wear headphones.",
    )
    _a(
        "Press interview – TechWire reporter re: outage",
        interview=False,
        me=WORK_ME,
        org=("comms@initech.com", "Initech Comms"),
        desc="On background only. Comms will be on the line. Do not discuss hiring plans.",
    )
    _a(
        "Investor meeting – Fernhill Ventures partner",
        interview=False,
        desc="side project pitch – 10 slides, ask for $250k pre-seed",
    )
    _a(
        "Due diligence interview – Brightline Capital",
        interview=False,
        me=WORK_ME,
        org=("dd@brightlinecap.com", "Brightline Capital"),
        desc="As part of our diligence on Initech's acquisition of Tallgrass we'd like to interview a few senior engineers about the integration plan. 45 minutes, confidential.",
    )
    _a(
        "Cobaltline Engineering Info Session (virtual)",
        interview=False,
        org=("events@cobaltline.com", "Cobaltline Events"),
        desc="Join engineers from Cobaltline to learn about life on the Infra team. Open Q&A. This is not part of any interview process.",
    )
    _a(
        "Campus talk @ UBC – careers in infrastructure",
        interview=False,
        zone="America/Vancouver",
        loc="UBC ICICS X836",
        desc="Giving a talk to CS students; Initech booth after",
    )
    _a("LeetCode study group – graphs + DP", interview=False, loc="Mission library room 2")
    _a(
        "Mock interview w/ Pramp partner",
        interview=False,
        desc="peer mock – I interview them 30 min, they interview me 30 min. sys design",
    )
    _a("mock sys design w/ Kev (ex-Datadog)", interview=False)
    _a(
        "Interview prep session – career coach",
        interview=False,
        org=("coach@launchpadcareers.com", "Rhea @ Launchpad Careers"),
        desc="Behavioral story bank + salary negotiation practice.",
    )
    _a(
        "Visa appointment – US Consulate Toronto",
        interview=False,
        zone="America/Toronto",
        loc="U.S. Consulate General, 360 University Ave, Toronto",
        desc="TN visa interview – bring offer letter, degree, passport",
    )
    _a(
        "Admissions interview – Halden University MBA",
        interview=False,
        org=("admissions@halden.edu", "Halden MBA Admissions"),
        desc="Your admissions interview with an alumni interviewer for the Class of 2027.",
    )
    _a("Flat viewing – 22 Oak St #4", interview=False, loc="22 Oak St, San Francisco")
    _a(
        "Co-op board interview (apartment)",
        interview=False,
        loc="310 W 86th St, New York",
        zone="America/New_York",
    )
    _a("Dr. Patel – annual physical", interview=False, loc="One Medical – Embarcadero")
    _a(
        "Mid-year performance review",
        interview=False,
        me=WORK_ME,
        org=("dana.kim@initech.com", "Dana Kim"),
    )
    _a(
        "Exit interview – People team",
        interview=False,
        me=WORK_ME,
        org=("people@initech.com", "Initech People"),
        desc="Confidential conversation about your time at Initech. Please return your laptop to IT the same day.",
    )
    _a(
        "Day 1 onboarding – Lumenfold",
        interview=False,
        org=("onboarding@lumenfold.com", "Lumenfold People Ops"),
        desc="Welcome aboard! Laptop pickup at 9, benefits walkthrough at 11, team lunch at 12:30.",
    )
    _a(
        "Sign offer letter (DocuSign) – Kestrel Pay",
        interview=False,
        all_day=True,
        desc="offer expires Friday 5pm PT",
    )
    _a(
        "Background check – fingerprinting appointment",
        interview=False,
        loc="Sterling Check Site, 455 Market St",
        desc="For Glasswing pre-employment screening. Bring two forms of ID.",
    )
    _a("Team lunch 🌮", interview=False, me=WORK_ME, loc="Tacolicious")
    _a(
        "Reference call for Sam (I'm the reference)",
        interview=False,
        org=("reference-checks@stackhaven.com", "Stackhaven Talent"),
        desc="Reference check for Sam Ortega, who listed you as a former manager.",
    )
    _a(
        "Vendor demo: Greenhouse vs Ashby renewal",
        interview=False,
        me=WORK_ME,
        org=("talent-ops@initech.com", "Initech Talent Ops"),
    )
    _a("Coffee w/ Tam (she's at Ramp now)", interview=False, loc="Blue Bottle Hayes")
    _a("Career fair – Initech booth duty", interview=False, me=WORK_ME, loc="Moscone West Hall B")
    _a(
        "Panel: Women in Infra meetup",
        interview=False,
        loc="Datadog office, NYC",
        zone="America/New_York",
        desc="I'm a panelist – topic: on-call culture",
    )
    _a(
        "Recruiting sync – Initech TA",
        interview=False,
        me=WORK_ME,
        org=("ta@initech.com", "Initech TA"),
        desc="Weekly pipeline review: open reqs, onsite calendar, offers out.",
    )


def _section_japan_korea() -> None:
    _a(
        "【一次面接】株式会社ミナトデータ／アレックス・リベラ様",
        interview=True,
        company="ミナトデータ",
        role="バックエンドエンジニア",
        zone="Asia/Tokyo",
        org=("saiyo@minato-data.co.jp", "ミナトデータ 採用担当"),
        desc="アレックス・リベラ様\n\nこの度は弊社求人にご応募いただきありがとうございます。\n下記の通り一次面接を実施いたします。\n\n募集職種：バックエンドエンジニア\n面接官：開発部 マネージャー 佐藤\n形式：オンライン（Google Meet）\n所要時間：60分\n\n株式会社ミナトデータ 人事部 採用担当",
        meet="meet",
    )
    _a(
        "インターン面接（サマー2025）",
        interview=True,
        company="雲テック",
        role=None,
        zone="Asia/Tokyo",
        org=("shinsotsu@kumo-tech.jp", "雲テック 新卒採用チーム"),
        desc="サマーインターンシップ選考の面接です。自己紹介（1分）と、学生時代に力を入れたことについてお伺いします。",
        conf=("Zoom", "https://kumo-tech.zoom.us/j/81200334455"),
    )
    _a(
        "カジュアル面談 - ヒカリ決済",
        interview=True,
        company="ヒカリ決済",
        role="SRE",
        zone="Asia/Tokyo",
        org=("talent@hikari-pay.jp", "中村 彩"),
        desc="選考前のカジュアル面談です。SREポジションについて、チームの雰囲気や働き方をご紹介します。履歴書は不要です。",
        meet="meet",
    )
    _a(
        "最終面接（役員）",
        interview=True,
        company="オオトリ",
        role=None,
        zone="Asia/Tokyo",
        loc="東京都港区芝浦3-4-1 株式会社オオトリ 本社8F 受付",
        desc="受付で「最終面接で伺いました」と伝える。スーツ。",
    )
    _a(
        "SPI受検期限",
        # (round 19) relabelled: a self-paced test taken alone before its deadline
        interview=False,
        company=None,
        role=None,
        zone="Asia/Tokyo",
        all_day=True,
        desc="青嶺商事 2026年度新卒採用の適性検査（SPI・Webテスティング）受検期限。本日23:59まで。",
    )
    _a(
        "[누리랩스] 1차 기술면접 – 백엔드 개발자",
        interview=True,
        company="누리랩스",
        role="백엔드 개발자",
        zone="Asia/Seoul",
        org=("recruit@nurilabs.kr", "누리랩스 채용팀"),
        desc="안녕하세요, 알렉스 리베라님.\n누리랩스 백엔드 개발자 포지션 1차 기술면접 일정을 안내드립니다.\n- 면접관: 플랫폼팀 리드 외 1인\n- 진행 방식: 화상 (라이브 코딩 포함)\n- 소요 시간: 약 70분",
        meet="meet",
    )
    _a(
        "인적성검사 (온라인)",
        interview=True,
        company="다온전자",
        role=None,
        zone="Asia/Seoul",
        desc="다온전자 2025 하반기 신입사원 공개채용 온라인 인적성검사. 감독 프로그램 설치 필수, 신분증 준비",
    )
    _a(
        "임원면접 – 본사",
        interview=True,
        company="세종바이오",
        role="연구개발 선임연구원",
        zone="Asia/Seoul",
        org=("hr@sejongbio.co.kr", "세종바이오 인사팀"),
        loc="서울특별시 강서구 마곡중앙로 161, 세종바이오 본사 12층",
        desc="연구개발 선임연구원 채용 최종(임원) 면접입니다. 면접 시작 20분 전까지 도착 부탁드립니다.",
    )


def _section_china_taiwan() -> None:
    _a(
        "【面试邀请】星河云计算-高级后端工程师-二面",
        interview=True,
        company="星河云计算",
        role="高级后端工程师",
        zone="Asia/Shanghai",
        org=("hr@xinghe-cloud.cn", "星河云计算 招聘"),
        desc="Alex 您好：\n感谢您投递星河云计算【高级后端工程师】岗位，现邀请您参加第二轮技术面试。\n面试形式：腾讯会议\n面试时长：约60分钟\n如需改期请回复本邮件。",
    )
    _a(
        "蓝鲸互动 HR面",
        interview=True,
        company="蓝鲸互动",
        role=None,
        zone="Asia/Shanghai",
        desc="HR面，聊期望薪资、到岗时间。准备离职原因",
    )
    _a(
        "笔试：腾云科技2026届校园招聘",
        interview=True,
        company="腾云科技",
        role="软件开发工程师",
        zone="Asia/Shanghai",
        desc="在线笔试（软件开发工程师方向），共120分钟，需开启摄像头。链接见短信。",
    )
    _a(
        "群面（无领导小组讨论）",
        interview=True,
        company="启明证券",
        role="管理培训生",
        zone="Asia/Shanghai",
        loc="北京市海淀区中关村大街27号 启明证券 3层第二会议室",
        desc="管理培训生项目 第二轮：无领导小组讨论，8人一组，45分钟。",
    )
    _a(
        "视频面试",
        interview=True,
        company="极光出行",
        role=None,
        zone="Asia/Shanghai",
        org=("noreply@mokahr.com", "极光出行招聘"),
        desc="您好，您的面试已安排。\n会议链接：https://vc.feishu.cn/j/612300441\n本邮件由 Moka 招聘系统代发。",
    )
    _a(
        "【面試通知】鼎新半導體 製程工程師 第一輪面試",
        interview=True,
        company="鼎新半導體",
        role="製程工程師",
        zone="Asia/Taipei",
        org=("recruit@dingxin-semi.com.tw", "鼎新半導體 人才招募"),
        loc="新竹科學園區 力行路8號 鼎新半導體 A棟大廳",
        desc="Alex 您好，感謝您應徵本公司製程工程師一職，誠摯邀請您參加第一輪面試。請攜帶身分證件以換取訪客證。",
    )
    _a(
        "線上面試 – 雲雀資訊",
        interview=True,
        company="雲雀資訊",
        role="資料科學家",
        zone="Asia/Taipei",
        desc="職缺：資料科學家\n面試官：資料團隊主管 林先生\nMicrosoft Teams 連結另行寄送",
    )


def _section_south_southeast_asia() -> None:
    _a(
        "अंतिम साक्षात्कार – प्रगति फिनसर्व",
        interview=True,
        company="प्रगति फिनसर्व",
        role="वरिष्ठ सॉफ्टवेयर इंजीनियर",
        zone="Asia/Kolkata",
        desc="पद: वरिष्ठ सॉफ्टवेयर इंजीनियर\nस्थान: मुंबई कार्यालय, तीसरी मंज़िल\nकृपया अपना बायोडाटा और पहचान पत्र साथ लाएँ।",
    )
    _a(
        "Aptitude Test + GD – Campus Placement Drive",
        interview=True,
        company="Vyom Analytics",
        role="Graduate Engineer Trainee",
        zone="Asia/Kolkata",
        org=("campus@vyomanalytics.in", "Vyom Analytics Campus Hiring"),
        desc="Dear Candidate,\nYou are shortlisted for Round 1 (Aptitude Test) and Round 2 (Group Discussion) for the Graduate Engineer Trainee role. Venue: Seminar Hall 2, Main Block. Report by 9:00 AM with your college ID.",
    )
    _a(
        "Technical Round 2 – Zenvika Technologies (Bengaluru)",
        interview=True,
        company="Zenvika Technologies",
        role="Senior Java Developer",
        zone="Asia/Kolkata",
        org=("ta.blr@zenvika.com", "Zenvika TA – Bengaluru"),
        desc="Position: Senior Java Developer\nMode: Virtual (MS Teams)\nPanel: 2 members from the Core Banking practice\nKindly keep your camera on throughout the interview.",
        conf=("Microsoft Teams", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZV2211"),
    )
    _a(
        "Wawancara User – Senior Data Engineer",
        interview=True,
        company="Samudra Digital",
        role="Senior Data Engineer",
        zone="Asia/Jakarta",
        org=("rekrutmen@samudradigital.co.id", "Rekrutmen PT Samudra Digital"),
        desc="Yth. Sdr. Alex Rivera,\nBersama ini kami mengundang Anda mengikuti tahap wawancara user untuk posisi Senior Data Engineer bersama Head of Data.\nMohon hadir 10 menit sebelum jadwal.\n\nSalam,\nTim Rekrutmen PT Samudra Digital",
        meet="meet",
    )
    _a(
        "Psikotes Online",
        interview=True,
        company="Bank Nusantara Jaya",
        role="Officer Development Program",
        zone="Asia/Jakarta",
        desc="Psikotes online tahap 2 seleksi Officer Development Program Bank Nusantara Jaya. Siapkan laptop + webcam, koneksi stabil.",
    )
    _a(
        "Phỏng vấn vòng 2 – Kỹ sư DevOps",
        interview=True,
        company="Sao Mai Software",
        role="Kỹ sư DevOps",
        zone="Asia/Ho_Chi_Minh",
        org=("tuyendung@saomaisoft.vn", "Tuyển dụng Sao Mai Software"),
        loc="Tầng 9, Tòa nhà Sao Mai, 25 Lê Duẩn, Quận 1, TP.HCM",
        desc="Chào bạn Alex,\nCông ty TNHH Sao Mai Software trân trọng mời bạn tham gia phỏng vấn vòng 2 cho vị trí Kỹ sư DevOps.\nNgười phỏng vấn: Trưởng phòng Hạ tầng.",
    )
    _a(
        "Bài test kỹ thuật – Lạc Hồng Fintech",
        interview=True,
        company="Lạc Hồng Fintech",
        role=None,
        zone="Asia/Ho_Chi_Minh",
        desc="Làm bài test online 90 phút trên HackerRank, gửi kết quả cho HR trước 17h.",
    )
    _a(
        "สัมภาษณ์งาน ตำแหน่ง Data Analyst",
        interview=True,
        company="สยามคลาวด์",
        role="Data Analyst",
        zone="Asia/Bangkok",
        org=("hr@siamcloud.co.th", "ฝ่ายบุคคล บริษัท สยามคลาวด์ จำกัด"),
        desc="เรียน คุณ Alex\nทางบริษัทขอเชิญท่านเข้าสัมภาษณ์งานในตำแหน่ง Data Analyst\nรูปแบบ: ออนไลน์ ผ่าน Google Meet\nผู้สัมภาษณ์: ผู้จัดการฝ่ายข้อมูล",
        meet="meet",
    )
    _a(
        "สัมภาษณ์รอบ HR",
        interview=True,
        company="Chaophraya Logistics",
        role=None,
        zone="Asia/Bangkok",
        org=("recruitment@chaophraya-logistics.co.th", None),
        conf=("Zoom", "https://zoom.us/j/93300112244"),
    )


def _section_middle_east() -> None:
    _a(
        "مقابلة عمل – مهندس برمجيات أول",
        interview=True,
        company="رمال للتقنية",
        role="مهندس برمجيات أول",
        zone="Asia/Riyadh",
        org=("careers@rimal-tech.sa", "شركة رمال للتقنية – التوظيف"),
        desc="السيد أليكس ريفيرا،\nيسرنا دعوتكم لإجراء مقابلة عمل لوظيفة مهندس برمجيات أول في شركة رمال للتقنية.\nالمدة: ٤٥ دقيقة عبر Microsoft Teams.\nمع التحية،\nإدارة الموارد البشرية",
        conf=("Microsoft Teams", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_RM4410"),
    )
    _a(
        "اختبار القدرات والتقييم النفسي",
        interview=True,
        company="مصرف الواحة",
        role=None,
        zone="Asia/Dubai",
        desc="تقييم إلكتروني ضمن إجراءات التوظيف في مصرف الواحة – برنامج الخريجين. مدة الاختبار ساعتان.",
    )
    _a(
        "ראיון טכני – גל־אור סייבר",
        interview=True,
        company="גל־אור סייבר",
        role="מפתח/ת Backend בכיר/ה",
        zone="Asia/Jerusalem",
        org=("jobs@galor-cyber.co.il", "גל־אור סייבר גיוס"),
        desc="היי אלכס,\nמצורפת הזמנה לראיון הטכני למשרת מפתח/ת Backend בכיר/ה. הראיון יכלול שאלות ארכיטקטורה ותרגיל קוד קצר.\nבהצלחה!",
        meet="meet",
    )
    _a(
        "ראיון HR",
        interview=True,
        company="נווה טכנולוגיות",
        role=None,
        zone="Asia/Jerusalem",
        loc="נווה טכנולוגיות, רחוב הברזל 30, תל אביב, קומה 4",
    )
    _a(
        "İş Görüşmesi – Kıdemli Yazılım Mühendisi",
        interview=True,
        company="Anadolu Yazılım",
        role="Kıdemli Yazılım Mühendisi",
        zone="Europe/Istanbul",
        org=("kariyer@anadoluyazilim.com.tr", "Anadolu Yazılım A.Ş. İnsan Kaynakları"),
        desc="Sayın Alex Rivera,\nKıdemli Yazılım Mühendisi pozisyonu için yapacağımız iş görüşmesine davetlisiniz.\nGörüşme yeri: Maslak Ofis, 5. kat.\nSaygılarımızla",
        loc="Anadolu Yazılım, Maslak Mah. Büyükdere Cad. No:255, İstanbul",
    )
    _a(
        "Teknik mülakat (2. tur)",
        interview=True,
        company="BosphorusPay",
        role=None,
        zone="Europe/Istanbul",
        org=("ik@bosphoruspay.com.tr", "BosphorusPay İK"),
        meet="meet",
    )


def _section_regional_english() -> None:
    _a(
        "Interview Invitation – Software Engineer, Singapore Office",
        interview=True,
        company="Meridian Quant",
        role="Software Engineer",
        zone="Asia/Singapore",
        org=("talent.sg@meridianquant.com", "Meridian Quant APAC Talent"),
        desc="Dear Alex,\nFurther to your application, we are pleased to invite you to a first-round interview for the Software Engineer position based in our Singapore office. The session will be conducted by two members of our Trading Systems team.",
        conf=("Zoom", "https://meridianquant.zoom.us/j/82210099331"),
    )
    _a(
        "Assessment Centre – Graduate Programme (Hong Kong)",
        interview=True,
        company="Harbourline Bank",
        role="Technology Graduate Programme",
        zone="Asia/Hong_Kong",
        all_day=True,
        loc="Harbourline Bank, Level 28, One Pacific Place, Admiralty",
        desc="Full-day assessment centre for the Technology Graduate Programme: group exercise, case study presentation and two competency interviews.",
    )
    _a(
        "Video Interview (HireVue) – Graduate Scheme",
        interview=True,
        company="Kanagawa Motors",
        role="Graduate Scheme – Software",
        zone="Asia/Tokyo",
        desc="One-way recorded video interview for the Kanagawa Motors Graduate Scheme – Software. 5 questions, 2 min each, one retake allowed. Deadline midnight JST.",
    )
    _a(
        "Sydney – final round with Head of Engineering",
        interview=True,
        company="Wattle Energy",
        role="Lead Engineer",
        zone="Australia/Sydney",
        org=("people@wattle.energy", "Wattle Energy People & Culture"),
        desc="Final-round conversation for the Lead Engineer role with our Head of Engineering. 45 mins at our Surry Hills office.",
        loc="Wattle Energy, 12 Foveaux St, Surry Hills NSW",
    )


def _section_apac_negatives() -> None:
    _a(
        "会社説明会（オンライン）ミナトデータ",
        interview=False,
        zone="Asia/Tokyo",
        org=("event@minato-data.co.jp", "ミナトデータ 採用広報"),
        desc="事業内容と働き方についてご説明します。選考とは関係ありませんので、お気軽にご参加ください。",
    )
    _a(
        "【面接官】中途採用 二次面接 佐藤様",
        interview=False,
        zone="Asia/Tokyo",
        org=("jinji@hikari-pay.jp", "人事部"),
        desc="面接官としてご参加ください。候補者：佐藤 健太 様（インフラエンジニア応募）。評価シートは面接後24時間以内に提出。",
    )
    _a(
        "模擬面接（キャリアセンター）",
        interview=False,
        zone="Asia/Tokyo",
        loc="大学キャリアセンター 面談室B",
    )
    _a(
        "在留カード更新（入管）",
        interview=False,
        zone="Asia/Tokyo",
        loc="東京出入国在留管理局 品川",
    )
    _a(
        "内定式",
        interview=False,
        zone="Asia/Tokyo",
        loc="青嶺商事 本社 大ホール",
        desc="内定証書授与・懇親会。スーツ着用。",
    )
    _a(
        "OB訪問 – 先輩（オオトリ勤務）とランチ",
        interview=False,
        zone="Asia/Tokyo",
        loc="丸の内 カフェ",
    )
    _a(
        "채용설명회 – 누리랩스 캠퍼스 리크루팅",
        interview=False,
        zone="Asia/Seoul",
        loc="서울대학교 301동 강의실",
        desc="회사 소개 및 Q&A, 경품 추첨",
    )
    _a(
        "면접 스터디 (강남역)",
        interview=False,
        zone="Asia/Seoul",
        loc="강남역 스터디카페 3번룸",
        desc="모의 면접 돌아가면서, 자기소개 1분 피드백",
    )
    _a("원룸 보러가기 – 부동산", interview=False, zone="Asia/Seoul", loc="마포구 연남동 OO부동산")
    _a(
        "신입사원 오리엔테이션",
        interview=False,
        zone="Asia/Seoul",
        org=("hr@sejongbio.co.kr", "세종바이오 인사팀"),
        desc="입사를 환영합니다! 사원증 발급 및 IT 계정 안내",
    )
    _a(
        "宣讲会 – 星河云计算（清华大学）",
        interview=False,
        zone="Asia/Shanghai",
        loc="清华大学 第三教学楼 3200",
    )
    _a(
        "面试复盘会（候选人：王磊）",
        interview=False,
        zone="Asia/Shanghai",
        org=("hrbp@lanjing-hudong.cn", "HRBP 陈静"),
        desc="各位面试官请在会前填写面评，讨论是否发放offer。",
    )
    _a(
        "签证预约 – 美国驻上海总领事馆",
        interview=False,
        zone="Asia/Shanghai",
        loc="上海市南京西路1038号梅龙镇广场8楼",
    )
    _a("入职体检", interview=False, zone="Asia/Shanghai", desc="空腹，带身份证和入职通知书")
    _a("刷题小组 LeetCode 每周打卡", interview=False, zone="Asia/Shanghai")
    _a(
        "用户访谈 – 外卖App新功能",
        interview=False,
        zone="Asia/Shanghai",
        desc="产品用户访谈，记录用户痛点，每位受访者送50元优惠券",
    )
    _a("徵才說明會 – 台大", interview=False, zone="Asia/Taipei", loc="台大 博雅教學館 101")
    _a("看房 – 大安區套房", interview=False, zone="Asia/Taipei", loc="台北市大安區復興南路二段")
    _a(
        "Pre-placement talk – Vyom Analytics",
        interview=False,
        zone="Asia/Kolkata",
        loc="Auditorium, Main Block",
        desc="PPT by Vyom Analytics before the placement drive. Attendance mandatory for registered students.",
    )
    _a(
        "मॉक इंटरव्यू – प्लेसमेंट सेल",
        interview=False,
        zone="Asia/Kolkata",
        desc="प्लेसमेंट सेल द्वारा अभ्यास साक्षात्कार, सीनियर्स पैनल में",
    )
    _a(
        "पासपोर्ट सेवा केंद्र अपॉइंटमेंट",
        interview=False,
        zone="Asia/Kolkata",
        loc="पासपोर्ट सेवा केंद्र, लालबाग, बेंगलुरु",
    )
    _a(
        "Bursa Kerja Kampus UI",
        interview=False,
        zone="Asia/Jakarta",
        loc="Balairung Universitas Indonesia",
    )
    _a(
        "Wawancara podcast Ngobrol Teknologi",
        interview=False,
        zone="Asia/Jakarta",
        org=("produser@ngobroltek.id", "Ngobrol Teknologi"),
        desc="Rekaman episode tentang karier engineer di startup. Durasi 60 menit.",
    )
    _a(
        "Phỏng vấn người dùng – app giao hàng",
        interview=False,
        zone="Asia/Ho_Chi_Minh",
        desc="User research: phỏng vấn 5 khách hàng về luồng thanh toán, ghi chú vào Notion",
    )
    _a(
        "Khám sức khỏe định kỳ",
        interview=False,
        zone="Asia/Ho_Chi_Minh",
        loc="Bệnh viện FV, Quận 7",
    )
    _a("นัดดูคอนโด สุขุมวิท", interview=False, zone="Asia/Bangkok", loc="คอนโด สุขุมวิท 39")
    _a(
        "สัมภาษณ์ผู้สมัคร ตำแหน่ง Backend",
        interview=False,
        zone="Asia/Bangkok",
        org=("hr@siamcloud.co.th", "ฝ่ายบุคคล สยามคลาวด์"),
        desc="คุณ Alex เป็นผู้สัมภาษณ์ ผู้สมัคร: คุณสมชาย ใจดี กรุณากรอกแบบประเมินหลังสัมภาษณ์",
    )
    _a(
        "موعد السفارة – تأشيرة عمل",
        interview=False,
        zone="Asia/Dubai",
        loc="سفارة دولة الإمارات، الرياض",
        desc="إحضار عقد العمل الموقع وجواز السفر والصور",
    )
    _a(
        "مقابلة صحفية – جريدة الاقتصاد اليوم",
        interview=False,
        zone="Asia/Riyadh",
        desc="حوار صحفي حول التحول الرقمي في قطاع اللوجستيات",
    )
    _a("اجتماع مع المستثمرين – الجولة الأولى", interview=False, zone="Asia/Riyadh")
    _a(
        "ראיון מועמד – יוסי כהן (QA)",
        interview=False,
        zone="Asia/Jerusalem",
        org=("recruiting@galor-cyber.co.il", "גיוס גל־אור"),
        desc="אלכס, אתה המראיין. נא למלא משוב במערכת אחרי הראיון.",
    )
    _a("מילואים", interview=False, zone="Asia/Jerusalem", all_day=True)
    _a(
        "Mülakat hazırlık çalışma grubu",
        interview=False,
        zone="Europe/Istanbul",
        loc="Kadıköy kütüphane",
    )
    _a(
        "Daire görme – Moda",
        interview=False,
        zone="Europe/Istanbul",
        loc="Moda Cad. No:12, Kadıköy",
    )
    _a(
        "Welcome session – Singapore office onboarding",
        interview=False,
        zone="Asia/Singapore",
        org=("onboarding.sg@meridianquant.com", "Meridian Quant APAC People"),
        desc="Welcome to Meridian Quant! Building pass collection, IT setup and a buddy lunch.",
    )
    _a(
        "Tech talk @ NUS School of Computing",
        interview=False,
        zone="Asia/Singapore",
        loc="NUS COM1 Seminar Room 2",
    )
