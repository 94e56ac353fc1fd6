# ruff: noqa: E501 -- data: event texts as written
"""Calendar events by an independent author (round 13, author13c): interviews that are easy to miss, and their look-alikes.

Covers job interviews whose titles never say "interview" (chats, coffees, intro calls,
catch-ups, "meet the team", team lunches, case-study walkthroughs, panel presentations,
working/pairing sessions, "Alex / Name" and "Alex + Name (Company)" titles, follow-up and
next-steps calls, culture-add and values chats, deep dives, portfolio reviews, trial shifts,
ride-alongs, shadowing days, academic job talks), where the hiring purpose shows only in the
organizer (recruiter, careers@/talent@ mailbox, ATS or scheduler), the attendees, the
description or the office location; and look-alikes with near-identical titles (vendor intro
calls, customer meetings, friends' coffees, networking and informational chats explicitly not
interviews, team lunches and 1:1s at the current employer Initech on the work calendar,
mentor catch-ups, podcast slots, webinars, sales demos, dentists, parents' evenings, farewells,
interviews Alex conducts, mock interviews, reference calls). In English and in German, French,
Spanish, Portuguese, Italian, Dutch, Polish, Swedish, Finnish, Turkish, Japanese, Korean,
Danish, Norwegian and Chinese. About 180 events, about 100 of them interviews.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author13c", **kw)


def build() -> None:
    _en_interviews_a()
    _en_interviews_b()
    _en_lookalikes_a()
    _en_lookalikes_b()
    _de()
    _fr()
    _es()
    _pt()
    _it()
    _nl()
    _pl()
    _sv()
    _fi()
    _tr()
    _ja()
    _ko()
    _da()
    _no()
    _zh()
    _extra()


# --------------------------------------------------------------------------------------
# English: interviews whose titles never say "interview"
# --------------------------------------------------------------------------------------


def _en_interviews_a() -> None:
    _x(
        "Chat with Priya (Northwind)",
        interview=True,
        company="Northwind",
        role="Senior Analyst",
        org=("priya.raman@northwind.io", "Priya Raman"),
        desc="Hi Alex,\n\nAs discussed for the Senior Analyst opening, here's a relaxed 30-minute chat so I can learn more about your background and you can ask anything about the team.\n\nTalk soon,\nPriya Raman\nTalent Acquisition Partner | Northwind",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Coffee - Maya, Head of Design",
        interview=True,
        company="Lumen",
        role="Senior Product Designer",
        org=("recruiting@lumenhq.com", "Lumen Recruiting"),
        att=[person("maya.okafor@lumenhq.com", "Maya Okafor")],
        desc="<p>Hi Alex,</p><p>Before your portfolio round for the <b>Senior Product Designer</b> role, Maya (Head of Design at Lumen) would love to grab a coffee with you. Informal, 30 min, at our office café.</p><p>Please check in at reception on the ground floor.</p><p>– Lumen Recruiting</p>",
        loc="Lumen HQ, 220 King St W, Toronto, ON M5H 1K4",
        zone="America/Toronto",
    )
    _x(
        "Intro call",
        interview=True,
        company="Brightwave",
        role="Data Engineer",
        org=("talent@brightwave.io", "Brightwave Talent"),
        att=[person("owen.tate@brightwave.io", "Owen Tate")],
        desc="Next step in your application for Data Engineer at Brightwave: a 20-minute intro call with Owen from our talent team.\n\nNeed to reschedule? Use the link in your confirmation email.\n\nScheduled with Ashby",
        conf=("Zoom Meeting", "https://brightwave.zoom.us/j/84120937711"),
        zone="America/New_York",
    )
    _x(
        "Catch-up re: the Data role",
        interview=True,
        company="Halden",
        role="Head of Data",
        org=("f.morrow@halden.energy", "Fiona Morrow"),
        desc="Alex – following our chat last week, let's catch up on the Head of Data role at Halden. I've spoken to Richard (COO) and he'd like me to go through a few more questions on team leadership with you before he meets you.\n\nFiona\nSenior Recruiter, Halden",
        loc="+44 20 7946 0321",
        zone="Europe/London",
    )
    _x(
        "Meet the team",
        interview=True,
        company="Quillon",
        role="Product Manager, Payments",
        org=("careers@quillon.com", "Quillon Careers"),
        att=[
            person("ravi@quillon.com", "Ravi Shah"),
            person("emma.l@quillon.com", "Emma Lindgren"),
            person("kofi@quillon.com", "Kofi Mensah"),
            person("j.tran@quillon.com", "Jess Tran", optional=True),
        ],
        desc="As part of your final stage for the Product Manager, Payments position you'll meet four people from the Payments squad. Each will spend ~15 minutes with you. There's no preparation needed, but come with questions!\n\nQuillon Careers",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Team lunch @ Fernhill",
        interview=True,
        company="Orla Robotics",
        role="Controls Engineer",
        org=("hiring@orlarobotics.com", "Orla Robotics Hiring"),
        att=[
            person("k.baptiste@orlarobotics.com", "Kendra Baptiste"),
            person("sven@orlarobotics.com", "Sven Aalto"),
        ],
        desc="Lunch with the controls team is part of your onsite for the Controls Engineer role (12:00–13:00, between the technical session and the hiring manager conversation). Fernhill is across the street from the Orla Robotics office; Kendra will walk you over.",
        loc="Fernhill Kitchen, 411 Summer St, Boston, MA 02210",
        zone="America/New_York",
    )
    _x(
        "Walkthrough of your case study",
        interview=True,
        company="Tessellate",
        role="Strategy & Operations Associate",
        org=("dana.whitfield@tessellate.co", "Dana Whitfield"),
        att=[
            person("m.ng@tessellate.co", "Marcus Ng"),
            person("ellie.f@tessellate.co", "Ellie Ford"),
        ],
        desc="<p>Hi Alex,</p><p>In this session you'll walk the panel through the take-home case study you submitted for the <strong>Strategy &amp; Operations Associate</strong> role (20 min), followed by Q&amp;A (25 min).</p><p>Please share your screen from Google Slides or PDF.</p><p>Sent via Greenhouse</p>",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Presentation to the panel",
        interview=True,
        company="Marlow Health",
        role="Clinical Operations Manager",
        org=("talent@marlowhealth.org", "Marlow Health Talent"),
        att=[
            person("dr.osei@marlowhealth.org", "Dr. Abena Osei"),
            person("p.grant@marlowhealth.org", "Paul Grant"),
            person("hr.panel@marlowhealth.org", "HR Panel"),
        ],
        desc="Final stage – Clinical Operations Manager (ref MH-2231).\n\nPlease prepare a 15-minute presentation on 'How would you reduce outpatient no-shows in your first 90 days?' followed by 30 minutes of panel questions. A projector and HDMI adapter are available.",
        loc="Marlow Health, Boardroom 2, 55 Chapel Street, Manchester M3 5DF",
        zone="Europe/London",
    )
    _x(
        "Working session with engineering",
        interview=True,
        company="Cobalt Grid",
        role="Staff Backend Engineer",
        org=("recruiting@cobaltgrid.com", "Cobalt Grid Recruiting"),
        att=[
            person("ana.petrov@cobaltgrid.com", "Ana Petrov"),
            person("lmartin@cobaltgrid.com", "Luis Martin"),
        ],
        desc="This 90-minute paired working session replaces the traditional technical interview for the Staff Backend Engineer role. You'll work with Ana and Luis on a real (sanitised) problem from our billing service. Bring your own laptop/IDE; we'll share a repo 10 min before.\n\nScheduled with GoodTime",
        conf=("Zoom Meeting", "https://cobaltgrid.zoom.us/j/93310022817?pwd=Yk1"),
        zone="America/Denver",
    )
    _x(
        "Alex / Tomás",
        interview=True,
        company="Vantor",
        role="Senior Frontend Engineer",
        org=("tomas.ibarra@vantor.co", "Tomás Ibarra"),
        desc="Hey Alex, Tomás here – Engineering Manager at Vantor. Looking forward to chatting; this is the next step after your recruiter screen for the Senior Frontend Engineer role. We'll talk about your past projects and how you approach frontend architecture.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Alex + Hana (Kestrel)",
        interview=True,
        company="Kestrel",
        role="Growth Marketing Lead",
        org=("hana.sato@kestrel.app", "Hana Sato"),
        desc="Event Name: Hiring manager conversation – Growth Marketing Lead\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/5c1f0e9a\nReschedule: https://calendly.com/reschedulings/5c1f0e9a\n\nPowered by Calendly.com",
        conf=("Zoom Meeting", "https://kestrel.zoom.us/j/71902283345"),
        zone="America/Los_Angeles",
    )
    _x(
        "Follow-up conversation",
        interview=True,
        company="Penrose",
        role="Risk Analyst",
        org=("sam.kirby@penrose.bank", "Sam Kirby"),
        att=[person("recruitment@penrose.bank", "Penrose Recruitment")],
        desc="Thanks again for meeting the team on Tuesday. Before we make a final decision on the Risk Analyst role, Sam would like a short follow-up conversation to go deeper on the stress-testing example you mentioned.\n\nPenrose Recruitment",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZTc1@thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x(
        "Next steps call",
        interview=True,
        company="Solvent",
        role="Solutions Architect",
        org=("jmaher@solvent.io", "Jamie Maher"),
        att=[person("r.coleman@solvent.io", "Rita Coleman")],
        desc="Hi Alex – Rita (hiring manager) and I would like 30 minutes to go over a couple of follow-up questions from your technical round and walk you through the final round for the Solutions Architect position.\n\nJamie Maher | Technical Recruiter | Solvent",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Culture add",
        interview=True,
        company="Ridgeway",
        role="Senior Data Scientist",
        org=("interviews@ridgeway.ai", "Ridgeway Interviews"),
        att=[
            person("noor.haddad@ridgeway.ai", "Noor Haddad"),
            person("ben.k@ridgeway.ai", "Ben Kowalski"),
        ],
        desc="Culture add conversation (45 min) – part of your onsite loop for Senior Data Scientist.\n\nThis conversation is about how you work with others, give and receive feedback, and what you'd bring to Ridgeway that we don't have yet. No technical questions.",
        loc="Ridgeway, 3rd floor, 500 Howard St, San Francisco, CA 94105",
        zone="America/Los_Angeles",
    )
    _x(
        "Values chat",
        interview=True,
        company="Amberly",
        role="Customer Success Manager",
        org=("scheduling@amberly.com", "Amberly Scheduling"),
        att=[person("grace.obi@amberly.com", "Grace Obi")],
        desc="Hi Alex,\n\nYour values chat with Grace is confirmed. This is the third step in our process for the Customer Success Manager role and focuses on our five values (see amberly.com/values).\n\nScheduled with GoodTime",
        conf=("Zoom Meeting", "https://amberly.zoom.us/j/88012345098"),
        zone="America/Chicago",
    )
    _x(
        "Deep dive",
        interview=True,
        company="Sablewood",
        role="Senior ML Engineer",
        org=("recruiting@sablewood.tech", "Sablewood Recruiting"),
        att=[person("h.aziz@sablewood.tech", "Hamid Aziz")],
        desc="Round 3 of 4 – Senior ML Engineer.\nTechnical deep dive into a project you've shipped end to end. Hamid will ask about design decisions, trade-offs and what you'd do differently. Slides optional.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Portfolio review",
        interview=True,
        company="Hatchling Studio",
        role="UX Designer",
        org=("jobs@hatchling.studio", "Hatchling Studio Jobs"),
        att=[
            person("ines@hatchling.studio", "Inès Laurent"),
            person("tom@hatchling.studio", "Tom Becker"),
        ],
        desc="Thanks for your application for UX Designer! Please walk us through 2–3 projects from your portfolio (about 30 min), then we'll have 15 min for questions both ways.\n\nHatchling Studio – sent via Workable",
        conf=("Whereby", "https://whereby.com/hatchling-studio"),
        zone="Europe/Berlin",
    )
    _x(
        "Trial shift",
        interview=True,
        company="Bramble & Rye",
        role="Barista",
        org=("hello@brambleandrye.co.uk", "Bramble & Rye"),
        desc="Hi Alex, as mentioned on the phone we'd love you to come in for a paid 3-hour trial shift for the weekend barista position. Wear dark clothes and closed shoes; we'll provide an apron. Ask for Keira at the counter.",
        loc="Bramble & Rye, 14 Gloucester Road, Bristol BS7 8AE",
        zone="Europe/London",
    )
    _x(
        "Ride-along",
        interview=True,
        company="Medisphere",
        role="Field Sales Representative",
        org=("talent@medisphere.com", "Medisphere Talent"),
        att=[person("derek.holt@medisphere.com", "Derek Holt")],
        desc="Final stage for Field Sales Representative (Phoenix territory): a half-day ride-along with Derek, Senior Account Executive, visiting two clinics. Derek will share his feedback with the hiring manager afterwards. Business casual; we'll meet at the office parking lot.",
        loc="Medisphere, 2800 N Central Ave, Phoenix, AZ 85004",
        zone="America/Phoenix",
    )
    _x(
        "Shadowing day",
        interview=True,
        company="Harbourview School",
        role="Computer Science Teacher",
        org=("recruitment@harbourview.sch.uk", "Harbourview School Recruitment"),
        desc="Shortlisted candidates for the Computer Science Teacher post (maternity cover) are invited to a shadowing day: tour, observation of a Year 9 lesson, a 20-minute taught lesson of your own, student panel and a meeting with the Head. Please bring photo ID and your DBS certificate.",
        loc="Harbourview School, Marine Parade, Brighton BN2 1TL",
        zone="Europe/London",
        all_day=True,
    )
    _x(
        "Job talk",
        interview=True,
        company="University of Westmere",
        role="Assistant Professor in Computational Social Science",
        org=("cssearch@westmere.edu", "CSS Faculty Search Committee"),
        att=[
            person("l.hoffman@westmere.edu", "Prof. Lydia Hoffman"),
            person("dept-seminar@westmere.edu", "Sociology Seminar List"),
        ],
        desc="Campus visit – Day 1\n3:30–4:45 pm: Job talk (45 min + Q&A), open to the department.\nCandidate: Alex Rivera\nSearch: Assistant Professor in Computational Social Science (tenure track)\n\nA/V check with Marco at 3:10 pm.",
        loc="Hale Hall 210, University of Westmere",
        zone="America/Chicago",
    )
    _x(
        "Quick sync – Jordan (Helix)",
        interview=True,
        company="Helix",
        role=None,
        org=("jordan.ellis@helixbio.com", "Jordan Ellis"),
        desc="Hi Alex, thanks for your interest in joining Helix. I'd love a quick 15-minute sync to learn more about what you're looking for and see which of our open analytics positions fits best.\n\nJordan Ellis, Recruiting Coordinator, Helix",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Getting to know you",
        interview=True,
        company="Arden Bio",
        role="Bioinformatics Analyst",
        org=("people@ardenbio.com", "Arden Bio People Team"),
        att=[person("claire.dumont@ardenbio.com", "Claire Dumont")],
        desc="First conversation for the Bioinformatics Analyst opening (req #BIO-114). Claire, our People Partner, will tell you about Arden Bio and ask about your experience, expectations and availability.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk3YjE0@thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x(
        "Conversation with our CTO",
        interview=True,
        company="Nimbra",
        role="Platform Engineering Lead",
        org=("recruiting@nimbra.dev", "Nimbra Recruiting"),
        att=[person("yuki@nimbra.dev", "Yuki Tanaka")],
        desc="Stage 3 of 4 for Platform Engineering Lead. Yuki (CTO) will spend 45 minutes with you on technical leadership, incident culture and how you'd grow the platform team.",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Pairing session",
        interview=True,
        company="Tallyho",
        role="Software Engineer II",
        org=("eng-hiring@tallyho.io", "Tallyho Engineering Hiring"),
        att=[
            person("pj@tallyho.io", "PJ Summers"),
            person("r.amadi@tallyho.io", "Rachel Amadi"),
        ],
        desc="Stage 2 – Software Engineer II.\nYou'll pair with two of our engineers on a small feature in a TypeScript codebase (CoderPad link below). We care about how you communicate and break down the problem, not about finishing.\n\nCoderPad: https://app.coderpad.io/RK7FQ2\n\nSent from Lever",
        conf=("Zoom Meeting", "https://tallyho.zoom.us/j/92004411723"),
        zone="America/New_York",
    )


def _en_interviews_b() -> None:
    _x(
        "Final chat w/ Dana",
        interview=True,
        company="Orbitly",
        role="Head of Operations",
        org=("dana@orbitly.com", "Dana Whitmore"),
        att=[person("talent@orbitly.com", "Orbitly Talent")],
        desc="Last step before an offer for the Head of Operations role: 45 minutes with Dana (CEO & co-founder). Informal, but please be ready to talk about how you'd structure ops in your first 6 months.",
        loc="Orbitly, WeWork 1 Fore St, London EC2Y 9DT",
        zone="Europe/London",
    )
    _x(
        "Alex <> Ruth | Parcelworks",
        interview=True,
        company="Parcelworks",
        role="Operations Analyst",
        org=("ruth.kamau@parcelworks.com", "Ruth Kamau"),
        desc="Event Name: 30 min recruiter screen – Operations Analyst\n\nPlease share anything that will help prepare for our meeting: Applied via LinkedIn\n\nNeed to make changes to this event?\nReschedule: https://calendly.com/reschedulings/ab882f71\n\nPowered by Calendly.com",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Whiteboard session",
        interview=True,
        company="Stratus Air",
        role="Platform Engineer",
        org=("careers@stratusair.com", "Stratus Air Careers"),
        att=[person("o.vance@stratusair.com", "Oliver Vance")],
        desc="System design whiteboard session for the Platform Engineer opening. 60 min with Oliver Vance, Principal Engineer. We'll use Excalidraw if remote; this one is onsite, whiteboards provided.",
        loc="Stratus Air Technology Centre, 1 Aviation Way, Dallas, TX 75261 – Room Cirrus",
        zone="America/Chicago",
    )
    _x(
        "Assessment centre – group exercise",
        interview=True,
        company="Harrow & Finch",
        role="Graduate Analyst",
        org=("graduates@harrowfinch.com", "Harrow & Finch Graduate Recruitment"),
        desc="Harrow & Finch Graduate Analyst Programme – Assessment Centre\n09:30 Welcome\n10:00 Group exercise (assessed)\n11:15 Written exercise\n13:30 Partner conversation\n\nPlease arrive 15 minutes early with photo ID.",
        loc="Harrow & Finch, 25 Old Broad Street, London EC2N 1HQ",
        zone="Europe/London",
    )
    _x(
        "Lunch with Marcus",
        interview=True,
        company="Driftwood",
        role="Director of Finance",
        org=("elaine.b@driftwoodhomes.com", "Elaine Brooks"),
        att=[person("marcus.reid@driftwoodhomes.com", "Marcus Reid")],
        desc="Hi Alex – Marcus is the hiring manager for the Director of Finance role you've applied for at Driftwood. He's asked for an informal lunch before the formal panel next week. Table booked under 'Driftwood'.\n\nElaine Brooks, Executive Assistant to the CFO",
        loc="The Anchor & Oar, 220 Harbor Dr, San Diego, CA 92101",
        zone="America/Los_Angeles",
    )
    _x(
        "Drinks with the team (Brightline)",
        interview=True,
        company="Brightline",
        role="Account Director",
        org=("talent@brightline.agency", "Brightline Talent"),
        att=[
            person("zoe@brightline.agency", "Zoe Hart"),
            person("felix@brightline.agency", "Felix Grant"),
        ],
        desc="Informal drinks with the client services team after your final-round presentation for the Account Director role. It's relaxed but it is part of the process – the team will share impressions with Zoe afterwards.",
        loc="The Crown & Kettle, 6 Great Ancoats St, Manchester M4 5AD",
        zone="Europe/London",
    )
    _x(
        "Video call – Inès Moreau (Harbor Talent Partners)",
        interview=True,
        company="Calderon Foods",
        role="Finance Business Partner",
        org=("ines.moreau@harbortalent.com", "Inès Moreau"),
        desc="Hi Alex, as promised here's the invite for our screening call about the Finance Business Partner role with my client Calderon Foods (permanent, hybrid in Reading). If it goes well I'll put you forward to their hiring manager this week.\n\nInès Moreau | Senior Consultant | Harbor Talent Partners",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTg5MjQ2@thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x(
        "Intro – Alex Rivera x Novalink",
        interview=True,
        company="Novalink",
        role="Business Intelligence Developer",
        org=("sofia.r@novalink.net", "Sofia Romero"),
        desc="Invitation from Lever\n\nHi Alex,\nLooking forward to our intro for the Business Intelligence Developer position. We'll cover your background, the team, and next steps.\n\nSofia Romero – Talent Partner, Novalink",
        conf=("Zoom Meeting", "https://novalink.zoom.us/j/81209986123"),
        zone="America/New_York",
    )
    _x(
        "Reconnect: Ops Lead opening",
        interview=True,
        company="Parkhurst",
        role="Ops Lead",
        org=("gabe.lin@parkhurst.co", "Gabe Lin"),
        desc="Great to hear you might be open to a move! I'm now VP Ops at Parkhurst and I'm hiring an Ops Lead. Let's use this to talk about the role properly – I'll be honest about the mess 🙂 – and if it's a fit I'll loop in our recruiter for the formal steps.",
        loc="Parkhurst office, 88 Pine St, 12th floor, New York, NY 10005",
        zone="America/New_York",
    )
    _x(
        "Case discussion (45 min)",
        interview=True,
        company="Bainbridge Partners",
        role="Consultant",
        org=("recruiting@bainbridgepartners.com", "Bainbridge Partners Recruiting"),
        att=[person("a.kapoor@bainbridgepartners.com", "Anjali Kapoor")],
        desc="First round – Consultant (Experienced Hire).\nOne case discussion with Anjali Kapoor (Principal) followed by ~10 minutes on your background. Paper and pen are fine; no calculators.",
        conf=("Webex", "https://bainbridgepartners.webex.com/meet/akapoor"),
        zone="America/Chicago",
    )
    _x(
        "Coffee w/ Sun-min – Platform team",
        interview=True,
        company="Gridwell",
        role="Site Reliability Engineer",
        org=("sunmin.park@gridwell.com", "Sun-min Park"),
        desc="Hi Alex! I'm the tech lead on Gridwell's Platform team. Recruiting mentioned you're in the process for our Site Reliability Engineer role – let's grab coffee at the office so you can ask me anything before your onsite. I'll also ask a few questions about your on-call experience.",
        loc="Gridwell, 1000 2nd Ave, Seattle, WA 98104 – lobby café",
        zone="America/Los_Angeles",
    )
    _x(
        "Sync w/ Leah – Analytics",
        interview=True,
        company="Foxglove",
        role="Analytics Manager",
        org=("leah.m@foxglove.com", "Leah Moran"),
        att=[person("talent@foxglove.com", "Foxglove Talent", optional=True)],
        desc="Hiring manager conversation for the Analytics Manager role. Leah leads Analytics at Foxglove.\n\nThis invite was sent via Greenhouse. Please don't forward.",
        meet="meet",
        zone="America/Denver",
        my_status="tentative",
    )
    _x(
        "Studio visit – Calloway & Pike",
        interview=True,
        company="Calloway & Pike",
        role="Junior Architect",
        org=("studio@callowaypike.com", "Calloway & Pike"),
        desc="Thanks for your application for the Junior Architect position. We'd like to invite you to visit the studio, meet two of our associates and talk through your portfolio (please bring printed A3 sheets).",
        loc="Calloway & Pike Architects, 3 Clerkenwell Green, London EC1R 0DE",
        zone="Europe/London",
    )
    _x(
        "Hold: Amberly 2nd conversation (Grace said 3pm)",
        interview=True,
        company="Amberly",
        role="Customer Success Manager",
        desc="Grace from Amberly recruiting said the next conversation for the CSM role would be at 3pm, invite to follow. Keep free.",
        zone="America/Chicago",
    )
    _x(
        "Skills exercise debrief",
        interview=True,
        company="Luma Analytics",
        role="Analytics Engineer",
        org=("talent@lumaanalytics.com", "Luma Analytics Talent"),
        att=[person("sipho@lumaanalytics.com", "Sipho Ndlovu")],
        desc="Hi Alex, thanks for submitting the dbt/SQL exercise. In this 45-minute session Sipho will go through your solution with you and ask a few follow-up questions. This is the second step for the Analytics Engineer role.",
        meet="meet",
        zone="Africa/Johannesburg",
    )
    _x(
        "Virtual onsite – block 2 (Product sense)",
        interview=True,
        company="Quillon",
        role="Product Manager, Payments",
        org=("careers@quillon.com", "Quillon Careers"),
        att=[person("hannah.price@quillon.com", "Hannah Price")],
        desc="Block 2 of your virtual onsite for Product Manager, Payments: product sense with Hannah Price (Group PM). 45 minutes. A 10-minute break follows before block 3.",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Questions for us? – Wren & Co",
        interview=True,
        company="Wren & Co",
        role="Data Protection Officer",
        org=("talent@wrenandco.com", "Wren & Co Talent"),
        att=[person("m.chandra@wrenandco.com", "Meera Chandra")],
        desc="Second-stage conversation for the Data Protection Officer role. The first half is our questions on GDPR casework; the second half is yours. Meera Chandra, General Counsel, will lead.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MWRjNzUy@thread.v2/0",
        ),
        zone="Europe/Dublin",
        my_status="needsAction",
    )
    _x(
        "Talk with Aisha about the Seattle position",
        interview=True,
        company="Cascadia Transit",
        role="Transportation Planner",
        org=("aisha.noor@cascadiatransit.org", "Aisha Noor"),
        desc="Hi Alex – I'm the hiring manager for the Transportation Planner position at Cascadia Transit. Thanks for applying. Let's talk for 30 minutes about your modelling work and what the position involves. Phone is fine; I'll call your mobile.",
        loc="Phone call",
        zone="America/Los_Angeles",
    )
    _x(
        "Alex & Kenji – quick call",
        interview=True,
        company="Sorrel",
        role="Developer Advocate",
        org=("kenji@sorrel.dev", "Kenji Mori"),
        desc="Kenji Mori (Head of DevRel, Sorrel) – call re your application for Developer Advocate. Via Ashby scheduling.",
        meet="meet",
        zone="America/Los_Angeles",
        my_status="declined",
    )


# --------------------------------------------------------------------------------------
# English look-alikes
# --------------------------------------------------------------------------------------


def _en_lookalikes_a() -> None:
    _x(
        "Intro call – Datastack <> Initech",
        interview=False,
        org=("kyle.benson@datastack.io", "Kyle Benson"),
        att=[person("m.ruiz@initech.com", "Marta Ruiz")],
        desc="Hi Alex, thanks for taking the time! Quick intro call to understand Initech's current data stack and show how Datastack can cut your warehouse spend by 30%.\n\nKyle Benson | Account Executive | Datastack",
        conf=("Zoom Meeting", "https://datastack.zoom.us/j/95522001188"),
        zone="America/New_York",
        me=WORK_ME,
    )
    _x(
        "Chat with Priya – wedding planning",
        interview=False,
        att=[person("priya.menon82@gmail.com", "Priya Menon")],
        desc="Go through seating plan + who's doing the playlist",
        loc="Priya's place",
        zone="America/Chicago",
    )
    _x(
        "Coffee - Maya",
        interview=False,
        att=[person("maya.kb@gmail.com", "Maya")],
        desc="catch up, she's back from Lisbon!",
        loc="Blue Bottle Coffee, 54 Mint Plaza, San Francisco",
        zone="America/Los_Angeles",
    )
    _x(
        "Meet the team: new joiners (Q3)",
        interview=False,
        org=("people@initech.com", "Initech People Team"),
        att=[person("all-analytics@initech.com", "Analytics (all)")],
        desc="Welcome our Q3 new joiners to Analytics! Each new starter will introduce themselves in 2 minutes. Cake provided.",
        loc="Initech HQ – Atrium",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Team lunch – Fernhill Tavern",
        interview=False,
        org=("m.ruiz@initech.com", "Marta Ruiz"),
        att=[
            person("d.kim@initech.com", "Daniel Kim"),
            person("s.obrien@initech.com", "Sarah O'Brien"),
        ],
        desc="Quarterly team lunch, on the team budget. Please RSVP so I can book.",
        loc="Fernhill Tavern, 12 W Randolph St, Chicago",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Walkthrough of the Q3 pricing case study",
        interview=False,
        org=("d.kim@initech.com", "Daniel Kim"),
        att=[person("pricing-council@initech.com", "Pricing Council")],
        desc="Daniel walks through the Q3 regional pricing experiment write-up. Pre-read linked in the doc.",
        meet="meet",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Presentation to the steering committee",
        interview=False,
        org=("cfo-office@initech.com", "CFO Office"),
        att=[person("steerco@initech.com", "SteerCo")],
        desc="Alex to present the forecasting roadmap (15 min) + decisions needed.",
        loc="Initech HQ – Boardroom",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Working session with engineering – SSO rollout",
        interview=False,
        org=("priya.s@initech.com", "Priya Shah"),
        att=[person("it-eng@initech.com", "IT Engineering")],
        desc="Working session to finalise Okta group mappings for the analytics tools.",
        meet="meet",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Alex / Tomás 1:1",
        interview=False,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("t.alvarez@initech.com", "Tomás Álvarez")],
        desc="Weekly 1:1. Agenda in the shared doc.",
        meet="meet",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Alex + Hana: bouldering",
        interview=False,
        att=[person("hana.b.lee@gmail.com", "Hana Lee")],
        loc="Brooklyn Boulders, 100 S Morgan St, Chicago",
        zone="America/Chicago",
    )
    _x(
        "Follow-up conversation with Dr. Patel",
        interview=False,
        org=("appointments@lakeshoremedical.com", "Lakeshore Medical"),
        desc="Follow-up appointment to discuss blood test results. Please arrive 10 minutes early.",
        loc="Lakeshore Medical Group, 680 N Lake Shore Dr, Suite 1120, Chicago, IL",
        zone="America/Chicago",
    )
    _x(
        "Next steps call – kitchen renovation",
        interview=False,
        org=("mike@oakandstonebuild.com", "Mike Dorsey"),
        desc="Go over the revised quote and cabinet lead times.",
        loc="Phone",
        zone="America/Chicago",
    )
    _x(
        "Culture add workshop (hiring managers)",
        interview=False,
        org=("talent@initech.com", "Initech Talent"),
        att=[person("hiring-managers@initech.com", "Hiring Managers")],
        desc="Training for Initech hiring managers: how to run a culture-add interview and avoid 'culture fit' bias. Required for anyone on an interview panel this quarter.",
        meet="meet",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Values chat – Initech offsite",
        interview=False,
        org=("people@initech.com", "Initech People Team"),
        att=[person("analytics-leads@initech.com", "Analytics Leads")],
        desc="Breakout session: what do our values mean day to day?",
        loc="Lakeview Lodge, Lake Geneva, WI",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Deep dive: churn model v3",
        interview=False,
        org=("s.obrien@initech.com", "Sarah O'Brien"),
        att=[person("d.kim@initech.com", "Daniel Kim")],
        desc="Review feature importance and calibration before launch.",
        meet="meet",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Portfolio review with Greg (Fidelis Wealth)",
        interview=False,
        org=("greg.harlan@fideliswealth.com", "Greg Harlan"),
        desc="Annual review of your investment portfolio and rebalancing options. Please bring your latest 401(k) statement.",
        loc="Fidelis Wealth, 190 S LaSalle St, Chicago",
        zone="America/Chicago",
    )
    _x(
        "Volunteer shift – Greater Chicago Food Depository",
        interview=False,
        org=("volunteer@gcfd.org", "GCFD Volunteer Team"),
        desc="Thanks for signing up! Closed-toe shoes required. Shift: repacking produce.",
        loc="4100 W Ann Lurie Pl, Chicago, IL 60632",
        zone="America/Chicago",
    )
    _x(
        "Ride along to IKEA w/ Sam",
        interview=False,
        att=[person("sam.ortega@gmail.com", "Sam Ortega")],
        desc="Sam's borrowing the van, I'm helping with the wardrobe",
        loc="IKEA Schaumburg",
        zone="America/Chicago",
    )
    _x(
        "Shadowing: Priya's on-call rotation",
        interview=False,
        org=("priya.s@initech.com", "Priya Shah"),
        desc="Alex shadows the data platform on-call this week before joining the rotation.",
        zone="America/Chicago",
        me=WORK_ME,
        all_day=True,
    )
    _x(
        "Job talk: Dr. Lena Kowalczyk (faculty candidate)",
        interview=False,
        org=("stat-seminar@lakeshore.edu", "Statistics Seminar"),
        desc="Faculty candidate talk: 'Causal inference with interference on networks'. All welcome. Alex attending via the alumni seminar list.",
        loc="Jones Hall 303",
        zone="America/Chicago",
    )


def _en_lookalikes_b() -> None:
    _x(
        "Podcast recording – The Data Engineering Show",
        interview=False,
        org=("bookings@dataengshow.fm", "The Data Engineering Show"),
        desc="Guest interview recording, ~50 min. Topic: migrating from batch to streaming at Initech. Please use headphones; we record on Riverside.",
        conf=("Riverside", "https://riverside.fm/studio/data-eng-show"),
        zone="America/New_York",
    )
    _x(
        "Webinar: How to nail the culture-add conversation",
        interview=False,
        org=("events@careerlift.io", "CareerLift Events"),
        desc="Free webinar for job seekers. Learn what interviewers look for in values and culture-add rounds. Recording sent afterwards.",
        conf=("Zoom Webinar", "https://careerlift.zoom.us/w/88877766655"),
        zone="America/New_York",
    )
    _x(
        "Demo: Greenhouse for Initech recruiting",
        interview=False,
        org=("nate.p@greenhouse.io", "Nate Pruitt"),
        att=[person("talent@initech.com", "Initech Talent")],
        desc="Product demo of Greenhouse Recruiting: structured interview kits, scorecards and scheduling for Initech's talent team.",
        conf=("Zoom Meeting", "https://greenhouse.zoom.us/j/99123400567"),
        zone="America/New_York",
        me=WORK_ME,
    )
    _x(
        "Dentist – Dr. Hallam",
        interview=False,
        org=("frontdesk@lincolnparkdental.com", "Lincoln Park Dental"),
        desc="Routine cleaning and check-up.",
        loc="Lincoln Park Dental, 2400 N Clark St, Chicago",
        zone="America/Chicago",
    )
    _x(
        "Parents' evening – Year 4 (Mrs Okoye)",
        interview=False,
        org=("office@stmarksprimary.org.uk", "St Mark's Primary"),
        desc="10-minute slot with the class teacher. Please come to Classroom 4B.",
        loc="St Mark's Primary School",
        zone="Europe/London",
    )
    _x(
        "Farewell drinks for Nadia 🥂",
        interview=False,
        org=("d.kim@initech.com", "Daniel Kim"),
        att=[person("analytics-all@initech.com", "Analytics (all)")],
        desc="Nadia's last day is Friday – she's off to a new role at Northwind! Come say goodbye.",
        loc="The Berghoff, 17 W Adams St, Chicago",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Ben (Kestrel) – info chat, NOT an interview",
        interview=False,
        att=[person("ben.osei@kestrel.app", "Ben Osei")],
        desc="Informational chat: Ben agreed to tell me what PM work at Kestrel looks like. I'm not applying, just learning about the career switch. Questions: day-to-day, how he moved from analytics.",
        loc="Sightglass Coffee, 270 7th St, San Francisco",
        zone="America/Los_Angeles",
    )
    _x(
        "Mentor catch-up – Rosa",
        interview=False,
        att=[person("rosa.delgado@gmail.com", "Rosa Delgado")],
        desc="Monthly mentoring. Topics: promo case, should I look outside Initech?",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Networking coffee – Jules (Data Circle)",
        interview=False,
        att=[person("jules.martin@fathomdata.com", "Jules Martin")],
        desc="Met Jules at the Data Circle meetup. Swap notes on dbt at scale. No job stuff – Fathom isn't hiring.",
        loc="Intelligentsia, 53 E Randolph St, Chicago",
        zone="America/Chicago",
    )
    _x(
        "Meet Omar (Data Analyst candidate)",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("omar.haddad@outlook.com", "Omar Haddad")],
        desc="You are interviewing Omar Haddad for Data Analyst (req INI-3321). Focus: SQL and stakeholder management. Please submit your scorecard in Greenhouse within 24h.",
        meet="meet",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Mock case with Hannah",
        interview=False,
        att=[person("hannah.ross@gmail.com", "Hannah Ross")],
        desc="Practice case (market sizing) before Bainbridge. Hannah plays interviewer, then swap.",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Career coaching – session 3",
        interview=False,
        org=("coach@brightpathcareers.com", "Lauren Vega"),
        desc="Session 3: salary negotiation and answering 'why are you leaving?'.",
        conf=("Zoom Meeting", "https://brightpathcareers.zoom.us/j/71100022233"),
        zone="America/New_York",
    )
    _x(
        "Customer call – Northwind renewal",
        interview=False,
        org=("acct-mgmt@initech.com", "Initech Account Management"),
        att=[person("procurement@northwind.io", "Northwind Procurement")],
        desc="Renewal discussion with Northwind. Alex to cover usage analytics.",
        meet="meet",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Reference call for Jamie (Solvent)",
        interview=False,
        org=("jmaher@solvent.io", "Jamie Maher"),
        desc="Reference check: Jamie Cole has listed you as a referee for a Data Engineer role at Solvent. 15 minutes, questions about working with Jamie.",
        loc="Phone",
        zone="America/New_York",
    )
    _x(
        "Coffee – Sophie, tech recruiter friend",
        interview=False,
        att=[person("sophie.wren@gmail.com", "Sophie Wren")],
        desc="She wants advice on how to screen analytics candidates for her clients. Not about a job for me.",
        loc="Metric Coffee, 2021 W Fulton St, Chicago",
        zone="America/Chicago",
    )
    _x(
        "Stay conversation w/ HR",
        interview=False,
        org=("hrbp-analytics@initech.com", "Initech HRBP"),
        desc="Annual stay conversation: what keeps you at Initech and what might make you leave.",
        meet="meet",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Panel: Women in Data Chicago",
        interview=False,
        org=("hello@womenindata-chi.org", "Women in Data Chicago"),
        desc="Alex is a panellist: 'Building analytics teams from zero'. Arrive 30 min early for mic check.",
        loc="1871, 222 W Merchandise Mart Plaza, Chicago",
        zone="America/Chicago",
    )
    _x(
        "Meet the team: Northwind open evening",
        interview=False,
        org=("careers@northwind.io", "Northwind Careers"),
        desc="Open evening for anyone curious about working at Northwind: short talks from our teams, pizza, and a careers Q&A. Registration is not an application.",
        loc="Northwind, 330 N Wabash Ave, Chicago",
        zone="America/Chicago",
    )
    _x(
        "Life at Quillon – live Q&A",
        interview=False,
        org=("careers@quillon.com", "Quillon Careers"),
        desc="Join our employer-branding live stream: engineers and PMs answer your questions about life at Quillon. Streamed on YouTube.",
        conf=("YouTube Live", "https://youtube.com/live/quillon-life"),
        zone="Europe/London",
    )
    _x(
        "Sales demo – Kestrel Insights",
        interview=False,
        org=("ae@kestrel.app", "Kestrel Sales"),
        att=[person("m.ruiz@initech.com", "Marta Ruiz")],
        desc="Demo of Kestrel Insights for Initech's growth team.",
        conf=("Zoom Meeting", "https://kestrel.zoom.us/j/71100559021"),
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Vet – Biscuit's vaccines",
        interview=False,
        org=("reception@northsidevet.com", "Northside Vet"),
        loc="Northside Veterinary Clinic, 3300 N Broadway, Chicago",
        zone="America/Chicago",
    )


# --------------------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------------------


def _de() -> None:
    _x(
        "Kennenlernen",
        interview=True,
        company="Lindqvist Mobility",
        role="Senior Data Analyst",
        org=("noreply@personio.de", "Lindqvist Mobility GmbH via Personio"),
        att=[person("j.weber@lindqvist-mobility.de", "Julia Weber")],
        desc="Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Senior Data Analyst (m/w/d) bei der Lindqvist Mobility GmbH. Gerne möchten wir Sie in einem ersten Kennenlernen (ca. 30 Minuten) näher kennenlernen.\n\nViele Grüße\nJulia Weber, People & Culture",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGE0YjMx@thread.v2/0",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Kaffee mit Stefan (Teamlead BI)",
        interview=True,
        company="Hafenwerk",
        role="BI Developer",
        org=("stefan.brandt@hafenwerk.de", "Stefan Brandt"),
        desc="Hi Alex, wie telefonisch mit Frau Krüger besprochen: lockerer Kaffee bei uns im Büro, damit Sie das BI-Team kennenlernen und wir mehr über Ihre Erfahrung erfahren. Nächster Schritt im Bewerbungsprozess für die Stelle BI Developer.\n\nStefan Brandt, Teamlead BI, Hafenwerk",
        loc="Hafenwerk, Am Sandtorkai 50, 20457 Hamburg",
        zone="Europe/Berlin",
    )
    _x(
        "Fachgespräch",
        interview=True,
        company="Nordlicht Energie",
        role="Data Engineer",
        org=("karriere@nordlicht-energie.de", "Nordlicht Energie Karriere"),
        att=[
            person("m.hansen@nordlicht-energie.de", "Malte Hansen"),
            person("a.yilmaz@nordlicht-energie.de", "Aylin Yılmaz"),
        ],
        desc="Zweite Runde im Auswahlprozess für die Position Data Engineer (w/m/d): Fachgespräch mit Malte Hansen (Head of Data Platform) und Aylin Yılmaz (Senior Data Engineer). Dauer ca. 60 Minuten, inkl. kleiner Live-Übung in SQL.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTk4MmQ2@thread.v2/0",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Probetag",
        interview=True,
        company="Pixelhain",
        role="UX Designer",
        org=("jobs@pixelhain.de", "Pixelhain Jobs"),
        desc="Wie besprochen laden wir dich zu einem bezahlten Probetag als UX Designer:in ein. Du arbeitest mit dem Team an einem echten Kundenprojekt mit, am Ende gibt es ein kurzes Feedbackgespräch mit Lea und Jonas. Laptop bitte mitbringen.",
        loc="Pixelhain GmbH, Sendlinger Str. 7, 80331 München",
        zone="Europe/Berlin",
        all_day=True,
    )
    _x(
        "Austausch mit Dr. Keller – Bereichsleitung",
        interview=True,
        company="Alpenbank",
        role="Risk Manager",
        org=("recruiting@alpenbank.at", "Alpenbank Recruiting"),
        att=[person("c.keller@alpenbank.at", "Dr. Christine Keller")],
        desc="Sehr geehrter Herr Rivera,\n\nim Rahmen Ihrer Bewerbung als Risk Manager freuen wir uns auf den persönlichen Austausch mit Dr. Christine Keller (Bereichsleitung Risikocontrolling). Bitte melden Sie sich am Empfang im Erdgeschoss.\n\nMit freundlichen Grüßen\nIhr Alpenbank Recruiting-Team",
        loc="Alpenbank AG, Kärntner Ring 12, 1010 Wien",
        zone="Europe/Vienna",
    )
    _x(
        "Alex x Marie – Zürich Produktteam",
        interview=True,
        company="Edelweiss Digital",
        role="Product Owner",
        org=("marie.frei@edelweiss-digital.ch", "Marie Frei"),
        desc="Event Name: Gespräch mit der Hiring Managerin – Product Owner\n\nEdelweiss Digital AG\n\nPowered by Calendly.com",
        meet="meet",
        zone="Europe/Zurich",
    )
    _x(
        "Kennenlernen Kita-Eltern Gruppe Igel",
        interview=False,
        org=("kita.sonnenschein@gmx.de", "Kita Sonnenschein"),
        desc="Gemütliches Kennenlernen der neuen Eltern, bitte Kuchen oder Snacks mitbringen.",
        loc="Kita Sonnenschein, Gartenraum",
        zone="Europe/Berlin",
    )
    _x(
        "Elternabend 3b",
        interview=False,
        org=("sekretariat@grundschule-lindenhof.de", "Grundschule Lindenhof"),
        desc="Themen: Klassenfahrt, Schwimmunterricht, Wahl der Elternvertreter.",
        loc="Grundschule Lindenhof, Raum 12",
        zone="Europe/Berlin",
    )
    _x(
        "Kaffee mit Lukas",
        interview=False,
        att=[person("lukas.meier87@web.de", "Lukas Meier")],
        desc="Er ist wieder in Berlin!",
        loc="Café Einstein, Kurfürstenstraße",
        zone="Europe/Berlin",
    )
    _x(
        "Teamessen – Abschied Jana",
        interview=False,
        org=("t.schulz@initech.com", "Tobias Schulz"),
        att=[person("analytics-berlin@initech.com", "Analytics Berlin")],
        desc="Jana verlässt uns Ende des Monats – gemeinsames Mittagessen, Initech lädt ein.",
        loc="Restaurant Nolle, Georgenstraße 203, Berlin",
        zone="Europe/Berlin",
        me=WORK_ME,
    )


# --------------------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------------------


def _fr() -> None:
    _x(
        "Échange avec Camille – Équipe Data",
        interview=True,
        company="Pléiade",
        role="Data Scientist",
        org=("camille.roux@pleiade.fr", "Camille Roux"),
        desc="Bonjour Alex,\n\nDans le cadre de votre candidature au poste de Data Scientist chez Pléiade, je vous propose un premier échange de 30 minutes pour faire connaissance.\n\nBien à vous,\nCamille Roux – Talent Acquisition, Pléiade",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Échange téléphonique",
        interview=True,
        company="Maison Vétiver",
        role="Chef de projet CRM",
        org=("recrutement@maisonvetiver.com", "Maison Vétiver Recrutement"),
        desc="Suite à votre candidature via Welcome to the Jungle pour le poste de Chef de projet CRM, notre chargée de recrutement Léa vous appellera au numéro indiqué dans votre profil.",
        loc="Appel téléphonique",
        zone="Europe/Paris",
    )
    _x(
        "Rencontre avec l'équipe",
        interview=True,
        company="Atelier Solène",
        role="Responsable e-commerce",
        org=("rh@ateliersolene.fr", "Atelier Solène RH"),
        att=[
            person("margot@ateliersolene.fr", "Margot Lefèvre"),
            person("yanis@ateliersolene.fr", "Yanis Benali"),
        ],
        desc="Dernière étape du processus de recrutement pour le poste de Responsable e-commerce : rencontre avec l'équipe digitale dans nos locaux (1h), puis visite de l'atelier.",
        loc="Atelier Solène, 18 rue de Charonne, 75011 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Café avec Hugo, CTO",
        interview=True,
        company="Calanque",
        role="Lead Developer",
        org=("hugo@calanque.io", "Hugo Marchetti"),
        desc="Salut Alex ! Comme convenu avec Sarah (RH), on se retrouve autour d'un café pour parler du poste de Lead Developer chez Calanque et de ton parcours. Prévois ~45 min.",
        loc="Calanque, 12 quai de Rive Neuve, 13007 Marseille",
        zone="Europe/Paris",
    )
    _x(
        "Mise en situation",
        interview=True,
        company="Groupe Ardent",
        role="Chef de projet digital",
        org=("talents@groupe-ardent.com", "Groupe Ardent Talents"),
        att=[person("s.girard@groupe-ardent.com", "Sophie Girard")],
        desc="Deuxième étape pour le poste de Chef de projet digital : mise en situation (étude de cas remise 48h avant, 30 min de restitution devant Sophie Girard et un membre de l'équipe, 15 min de questions).",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ1MzA3@thread.v2/0",
        ),
        zone="Europe/Paris",
    )
    _x(
        "Échange – poste d'analyste (Montréal)",
        interview=True,
        company="Érable Assurances",
        role="Analyste actuariel",
        org=("carrieres@erable-assurances.ca", "Érable Assurances – Carrières"),
        att=[person("g.tremblay@erable-assurances.ca", "Geneviève Tremblay")],
        desc="Bonjour Alex,\nMerci pour votre intérêt envers le poste d'Analyste actuariel. Geneviève Tremblay, gestionnaire, aimerait échanger avec vous pendant 45 minutes. Prochaine étape de votre candidature.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmI0ZWM1@thread.v2/0",
        ),
        zone="America/Toronto",
    )
    _x(
        "Échange de pratiques – meetup Data Lyon",
        interview=False,
        org=("orga@datalyon.org", "Data Lyon"),
        desc="Soirée d'échange entre praticiens data : lightning talks + apéro.",
        loc="La Cordée Perrache, Lyon",
        zone="Europe/Paris",
    )
    _x(
        "Réunion parents-professeurs – CM1",
        interview=False,
        org=("ecole.jaures@ac-lyon.fr", "École Jean Jaurès"),
        desc="Rencontre individuelle avec la maîtresse, 15 minutes.",
        loc="École Jean Jaurès, salle 3",
        zone="Europe/Paris",
    )
    _x(
        "Café avec Inès (mentorat)",
        interview=False,
        att=[person("ines.b@gmail.com", "Inès Bernard")],
        desc="Session mensuelle de mentorat – je suis son mentor.",
        loc="Café Kitsuné, Palais Royal",
        zone="Europe/Paris",
    )


# --------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------


def _es() -> None:
    _x(
        "Charla con Lucía (Talento, Ondara)",
        interview=True,
        company="Ondara",
        role="Analista de Datos",
        org=("lucia.ferrer@ondara.es", "Lucía Ferrer"),
        desc="Hola Alex:\n\nGracias por tu candidatura a la posición de Analista de Datos en Ondara. Te propongo una charla de 30 minutos para conocerte y contarte más sobre el equipo.\n\nUn saludo,\nLucía Ferrer – Talento, Ondara",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Charla informal – equipo de Producto",
        interview=True,
        company="Brisa Digital",
        role="Product Manager",
        org=("talento@brisadigital.com", "Brisa Digital Talento"),
        att=[
            person("pablo.g@brisadigital.com", "Pablo Gómez"),
            person("irene.s@brisadigital.com", "Irene Sanz"),
        ],
        desc="Siguiente paso en tu proceso de selección para Product Manager: una charla informal con dos personas del equipo de Producto. Queremos conocerte y que nos conozcas.",
        loc="Brisa Digital, Calle de Alcalá 21, 28014 Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Conversación con el equipo técnico",
        interview=True,
        company="Nopal Pagos",
        role="Ingeniero de Software Senior",
        org=("reclutamiento@nopalpagos.mx", "Nopal Pagos Reclutamiento"),
        att=[person("diego.r@nopalpagos.mx", "Diego Ramírez")],
        desc="Segunda etapa del proceso para la vacante de Ingeniero de Software Senior. Conversación técnica de 60 minutos con Diego Ramírez (Engineering Manager). Enviado desde Greenhouse.",
        conf=("Zoom Meeting", "https://nopalpagos.zoom.us/j/86655443321"),
        zone="America/Mexico_City",
    )
    _x(
        "Café con Andrés",
        interview=True,
        company="Cumbre",
        role="Analista de Datos Senior",
        org=("andres.pinzon@cumbre.co", "Andrés Pinzón"),
        desc="Hola Alex, soy Andrés, líder del área de Datos en Cumbre. Laura de Talento Humano me contó que avanzaste en el proceso para la vacante de Analista de Datos Senior; me gustaría conocerte en persona tomando un café en la oficina.",
        loc="Cumbre, Calle 93 #11-27, Bogotá",
        zone="America/Bogota",
    )
    _x(
        "Prueba técnica en vivo",
        interview=True,
        company="Tejido Labs",
        role="Desarrollador Backend",
        org=("people@tejidolabs.com.ar", "Tejido Labs People"),
        att=[person("martina@tejidolabs.com.ar", "Martina Sosa")],
        desc="Hola Alex, como siguiente paso para la búsqueda de Desarrollador Backend te invitamos a resolver un ejercicio en vivo junto a Martina (Tech Lead). Duración: 75 minutos.",
        meet="meet",
        zone="America/Argentina/Buenos_Aires",
    )
    _x(
        "Charla: IA en salud (webinar)",
        interview=False,
        org=("eventos@saluddigital.es", "Salud Digital"),
        desc="Webinar gratuito con ponentes del sector. Se enviará la grabación.",
        conf=("Zoom Webinar", "https://saluddigital.zoom.us/w/81234560000"),
        zone="Europe/Madrid",
    )
    _x(
        "Café con Marta y Jorge",
        interview=False,
        att=[
            person("marta.vidal@gmail.com", "Marta Vidal"),
            person("jorge.llorens@gmail.com", "Jorge Llorens"),
        ],
        loc="La Bicicleta Café, Malasaña",
        zone="Europe/Madrid",
    )
    _x(
        "Llamada de presentación – proveedor de nóminas",
        interview=False,
        org=("comercial@nominafacil.es", "NóminaFácil"),
        att=[person("rrhh.madrid@initech.com", "RRHH Madrid")],
        desc="Presentación de NóminaFácil para el equipo de Initech España.",
        meet="meet",
        zone="Europe/Madrid",
        me=WORK_ME,
    )


# --------------------------------------------------------------------------------------
# Portuguese
# --------------------------------------------------------------------------------------


def _pt() -> None:
    _x(
        "Conversa com a Beatriz – Tangerina",
        interview=True,
        company="Tangerina",
        role="Analista de Dados Sênior",
        org=("beatriz.lima@tangerina.com.br", "Beatriz Lima"),
        desc="Oi Alex! Obrigada pela candidatura para a vaga de Analista de Dados Sênior na Tangerina. Vamos bater um papo de 30 min para eu conhecer sua trajetória e te contar sobre o time.\n\nBeatriz – Talent Acquisition",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Bate-papo com o time",
        interview=True,
        company="Jabuti Pay",
        role="Engenheiro de Dados",
        org=("recrutamento@jabutipay.com.br", "Jabuti Pay Recrutamento"),
        att=[
            person("caio@jabutipay.com.br", "Caio Fernandes"),
            person("renata@jabutipay.com.br", "Renata Alves"),
        ],
        desc="Etapa de fit cultural do processo seletivo para Engenheiro de Dados: bate-papo com pessoas do time de Dados. Enviado pelo Gupy.",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Conversa com o gestor",
        interview=True,
        company="Farol Tech",
        role="Product Owner",
        org=("talento@faroltech.pt", "Farol Tech Talento"),
        att=[person("nuno.matos@faroltech.pt", "Nuno Matos")],
        desc="Olá Alex, no seguimento da sua candidatura ao lugar de Product Owner, o Nuno Matos (Head of Product) gostaria de conversar consigo. Duração prevista: 45 minutos.",
        loc="Farol Tech, Avenida da Liberdade 110, 1250-146 Lisboa",
        zone="Europe/Lisbon",
    )
    _x(
        "Dinâmica de grupo",
        interview=True,
        company="Banco Aurora",
        role="Trainee",
        org=("programa.trainee@bancoaurora.com.br", "Programa Trainee Banco Aurora"),
        desc="Parabéns! Você foi aprovado(a) para a etapa de dinâmica de grupo do Programa Trainee Banco Aurora 2025. Duração: 2h. Câmera aberta obrigatória.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzE2YjVm@thread.v2/0",
        ),
        zone="America/Sao_Paulo",
    )
    _x(
        "Conversa sobre o condomínio",
        interview=False,
        org=("sindico.edificiolirio@gmail.com", "Síndico Edifício Lírio"),
        desc="Reunião de moradores: obras da fachada e orçamento 2025.",
        loc="Salão de festas",
        zone="America/Sao_Paulo",
    )
    _x(
        "Bate-papo ao vivo: carreira em dados",
        interview=False,
        org=("comunidade@dadosbr.org", "Comunidade Dados BR"),
        desc="Live no YouTube com profissionais da área falando sobre transição de carreira. Aberto a todos.",
        conf=("YouTube Live", "https://youtube.com/live/dadosbr-carreira"),
        zone="America/Sao_Paulo",
    )


# --------------------------------------------------------------------------------------
# Italian
# --------------------------------------------------------------------------------------


def _it() -> None:
    _x(
        "Incontro conoscitivo",
        interview=True,
        company="Vela Assicurazioni",
        role="Risk Analyst",
        org=("selezione@vela-assicurazioni.it", "Vela Assicurazioni – Selezione"),
        desc="Gentile Alex,\nla ringraziamo per la candidatura alla posizione di Risk Analyst. La invitiamo a un incontro conoscitivo con la nostra HR Business Partner, dott.ssa Bianchi.\nCordiali saluti",
        loc="Vela Assicurazioni, Via Dante 15, 20121 Milano",
        zone="Europe/Rome",
    )
    _x(
        "Chiacchierata con Giulia",
        interview=True,
        company="Officine Corsaro",
        role="Data Engineer",
        org=("giulia.conti@officinecorsaro.it", "Giulia Conti"),
        desc="Ciao Alex! Sono Giulia, Engineering Manager di Officine Corsaro. Come anticipato da Francesca (HR), facciamo una chiacchierata di mezz'ora sulla posizione di Data Engineer e sulla tua esperienza.",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Caffè con il team di Torino",
        interview=True,
        company="Lanterna Software",
        role="Frontend Developer",
        org=("jobs@lanternasoftware.it", "Lanterna Software Jobs"),
        att=[
            person("paolo@lanternasoftware.it", "Paolo Ferraris"),
            person("chiara@lanternasoftware.it", "Chiara Gallo"),
        ],
        desc="Ultimo step del processo di selezione per Frontend Developer: un caffè in ufficio con il team, per conoscerci di persona.",
        loc="Lanterna Software, Via Po 18, 10123 Torino",
        zone="Europe/Rome",
    )
    _x(
        "Giornata in affiancamento",
        interview=True,
        company="Nuvola Retail",
        role="Store Manager",
        org=("hr@nuvolaretail.it", "Nuvola Retail HR"),
        desc="Come concordato, la invitiamo a una giornata in affiancamento alla nostra store manager di Firenze, ultima fase della selezione per Store Manager. Orario 9:00–17:00.",
        loc="Nuvola Retail, Via de' Calzaiuoli 40, Firenze",
        zone="Europe/Rome",
        all_day=True,
    )
    _x(
        "Incontro conoscitivo con la nuova maestra",
        interview=False,
        org=("segreteria@icmontessori-roma.it", "IC Montessori"),
        desc="Incontro con i genitori della classe 1A.",
        loc="Scuola primaria Montessori, aula magna",
        zone="Europe/Rome",
    )
    _x(
        "Aperitivo di saluto per Marco",
        interview=False,
        org=("e.rossi@initech.com", "Elena Rossi"),
        att=[person("milano-office@initech.com", "Initech Milano")],
        desc="Marco lascia Initech venerdì, brindiamo insieme!",
        loc="Bar Basso, Milano",
        zone="Europe/Rome",
        me=WORK_ME,
    )


# --------------------------------------------------------------------------------------
# Dutch
# --------------------------------------------------------------------------------------


def _nl() -> None:
    _x(
        "Kennismaking",
        interview=True,
        company="Tulpwerk",
        role="Data Engineer",
        org=("noreply@recruitee.com", "Tulpwerk via Recruitee"),
        att=[person("sanne@tulpwerk.nl", "Sanne de Vries")],
        desc="Hoi Alex,\n\nBedankt voor je sollicitatie op de vacature Data Engineer bij Tulpwerk. Graag plannen we een eerste kennismaking in (30 min) met Sanne, onze recruiter.\n\nGroet, team Tulpwerk",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Koffie met Daan (Teamlead)",
        interview=True,
        company="Brugman Logistiek",
        role="Business Analist",
        org=("daan.visser@brugman.nl", "Daan Visser"),
        desc="Tweede ronde voor de functie Business Analist: kop koffie op kantoor met Daan, teamlead Planning & Analyse bij Brugman Logistiek. Meld je bij de receptie.",
        loc="Brugman Logistiek, Waalhaven Z.z. 44, 3089 JH Rotterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Meeloopdag",
        interview=True,
        company="Zeehaven",
        role="Data-analist",
        org=("werkenbij@zeehaven.nl", "Werken bij Zeehaven"),
        desc="Als laatste stap in de sollicitatieprocedure voor Data-analist nodigen we je uit voor een meeloopdag bij het team. Lunch wordt verzorgd.",
        loc="Zeehaven, Oostelijke Handelskade 8, Amsterdam",
        zone="Europe/Amsterdam",
        all_day=True,
    )
    _x(
        "Vervolggesprek – Antwerpen",
        interview=True,
        company="Schelde Consult",
        role="Consultant Data & AI",
        org=("jobs@scheldeconsult.be", "Schelde Consult Jobs"),
        att=[person("pieter.claes@scheldeconsult.be", "Pieter Claes")],
        desc="Beste Alex, graag nodigen we je uit voor een vervolggesprek voor de functie Consultant Data & AI met Pieter Claes (partner).",
        loc="Schelde Consult, Meir 24, 2000 Antwerpen",
        zone="Europe/Brussels",
    )
    _x(
        "Kennismaking met de nieuwe huisarts",
        interview=False,
        org=("praktijk@huisartsdeoosterpoort.nl", "Huisartsenpraktijk De Oosterpoort"),
        desc="Intakegesprek nieuwe patiënt, neem uw ID en verzekeringspas mee.",
        loc="Huisartsenpraktijk De Oosterpoort, Groningen",
        zone="Europe/Amsterdam",
    )
    _x(
        "Koffie met Eva",
        interview=False,
        att=[person("eva.jansen@hotmail.nl", "Eva Jansen")],
        loc="Koffiebar Kaapse Maria, Rotterdam",
        zone="Europe/Amsterdam",
    )


# --------------------------------------------------------------------------------------
# Polish
# --------------------------------------------------------------------------------------


def _pl() -> None:
    _x(
        "Rozmowa z Martą (HR, Wisła Tech)",
        interview=True,
        company="Wisła Tech",
        role="Analityk Danych",
        org=("marta.nowak@wislatech.pl", "Marta Nowak"),
        desc="Dzień dobry, dziękujemy za aplikację na stanowisko Analityk Danych w Wisła Tech. Zapraszam na krótką rozmowę (ok. 30 min) – pierwszy etap rekrutacji.\n\nMarta Nowak, HR Business Partner",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTI3MDQ4@thread.v2/0",
        ),
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa techniczna",
        interview=True,
        company="Bursztyn Software",
        role="Senior Data Engineer",
        org=("rekrutacja@bursztyn.dev", "Bursztyn Software Rekrutacja"),
        att=[person("piotr.zielinski@bursztyn.dev", "Piotr Zieliński")],
        desc="Drugi etap procesu rekrutacyjnego na stanowisko Senior Data Engineer: rozmowa techniczna z Piotrem (Tech Lead). Czas trwania: 60 minut.",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Spotkanie z zespołem",
        interview=True,
        company="Kopernik Analytics",
        role="Product Analyst",
        org=("kariera@kopernik-analytics.pl", "Kopernik Analytics Kariera"),
        desc="Ostatni etap rekrutacji na stanowisko Product Analyst – spotkanie z zespołem w naszym biurze w Krakowie.",
        loc="Kopernik Analytics, ul. Karmelicka 9, 31-133 Kraków",
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa z wychowawczynią",
        interview=False,
        att=[person("a.kowalska@sp12.edu.pl", "Anna Kowalska")],
        desc="Konsultacje w sprawie ocen Zosi.",
        loc="Szkoła Podstawowa nr 12, sala 21",
        zone="Europe/Warsaw",
    )
    _x(
        "Spotkanie z księgową",
        interview=False,
        att=[person("biuro@ksiegowa-wrobel.pl", "Biuro Rachunkowe Wróbel")],
        desc="PIT za zeszły rok – zabrać PIT-11 i faktury.",
        loc="ul. Piękna 28, Warszawa",
        zone="Europe/Warsaw",
    )


# --------------------------------------------------------------------------------------
# Swedish
# --------------------------------------------------------------------------------------


def _sv() -> None:
    _x(
        "Digitalt samtal",
        interview=True,
        company="Granskog",
        role="Produktägare",
        org=("no-reply@teamtailor.com", "Granskog via Teamtailor"),
        att=[person("johanna.berg@granskog.se", "Johanna Berg")],
        desc="Hej Alex!\n\nTack för din ansökan till tjänsten som Produktägare hos Granskog. Vi ser fram emot ett första digitalt samtal med dig (ca 30 min).\n\nVänliga hälsningar,\nJohanna Berg, Talent Acquisition",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmEyOTFj@thread.v2/0",
        ),
        zone="Europe/Stockholm",
    )
    _x(
        "Samtal med Elin (Älvkraft)",
        interview=True,
        company="Älvkraft",
        role="Dataanalytiker",
        org=("elin.lund@alvkraft.se", "Elin Lund"),
        desc="Andra steget i rekryteringen till Dataanalytiker: samtal med Elin, chef för Analysteamet. Vi pratar om din erfarenhet och ett par konkreta case.",
        loc="Älvkraft, Kungsgatan 30, 111 35 Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Fika med teamet",
        interview=True,
        company="Skärgård Studios",
        role="UX-designer",
        org=("jobb@skargardstudios.se", "Skärgård Studios"),
        att=[
            person("oskar@skargardstudios.se", "Oskar Nyström"),
            person("frida@skargardstudios.se", "Frida Ek"),
        ],
        desc="Sista steget i processen för tjänsten som UX-designer – fika med teamet på kontoret så att ni får träffas.",
        loc="Skärgård Studios, Östra Hamngatan 5, Göteborg",
        zone="Europe/Stockholm",
    )
    _x(
        "Case-presentation",
        interview=True,
        company="Lingon Bank",
        role="Affärsanalytiker",
        org=("rekrytering@lingonbank.se", "Lingon Bank Rekrytering"),
        att=[person("m.holm@lingonbank.se", "Magnus Holm")],
        desc="Presentation av hemuppgiften för tjänsten Affärsanalytiker inför Magnus Holm och en kollega, 20 min presentation + 25 min frågor.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTEwNjM2@thread.v2/0",
        ),
        zone="Europe/Stockholm",
    )
    _x(
        "Fika med Olof",
        interview=False,
        att=[person("olof.s@gmail.com", "Olof Sandberg")],
        loc="Vete-Katten, Kungsgatan 55",
        zone="Europe/Stockholm",
    )
    _x(
        "Utvecklingssamtal med Karin",
        interview=False,
        org=("k.lindahl@initech.com", "Karin Lindahl"),
        desc="Årligt utvecklingssamtal: mål för nästa år, kompetensutveckling.",
        loc="Initech Stockholm, rum Saltsjön",
        zone="Europe/Stockholm",
        me=WORK_ME,
    )


# --------------------------------------------------------------------------------------
# Finnish
# --------------------------------------------------------------------------------------


def _fi() -> None:
    _x(
        "Kahvit: Alex & Mikko (Revontuli)",
        interview=True,
        company="Revontuli Games",
        role="Data Analyst",
        org=("mikko.laine@revontuligames.fi", "Mikko Laine"),
        desc="Moi Alex! Rekrytoija Sara kertoi, että hait Data Analyst -tehtävää Revontuli Gamesilla. Tavataan kahvin merkeissä toimistolla – kerron tiimistä ja kuulen sinun taustastasi.",
        loc="Revontuli Games, Lapinlahdenkatu 16, Helsinki",
        zone="Europe/Helsinki",
    )
    _x(
        "Tutustumiskeskustelu",
        interview=True,
        company="Saimaa Systems",
        role="Ohjelmistokehittäjä",
        org=("rekry@saimaasystems.fi", "Saimaa Systems Rekry"),
        desc="Kiitos hakemuksestasi Ohjelmistokehittäjä-tehtävään! Kutsumme sinut ensimmäiseen tutustumiskeskusteluun (n. 30 min) rekrytoijamme kanssa.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MTAzNzg0@thread.v2/0",
        ),
        zone="Europe/Helsinki",
    )
    _x(
        "Jatkokeskustelu",
        interview=True,
        company="Kuusi Health",
        role="Tuoteomistaja",
        org=("tiina.virtanen@kuusihealth.fi", "Tiina Virtanen"),
        att=[person("rekrytointi@kuusihealth.fi", "Kuusi Health Rekrytointi")],
        desc="Hei Alex, kiitos ensimmäisestä haastattelukierroksesta. Jatketaan keskustelua Tuoteomistaja-tehtävästä toimitusjohtajamme Tiinan kanssa.",
        loc="Kuusi Health, Itämerenkatu 5, Helsinki",
        zone="Europe/Helsinki",
    )
    _x(
        "Kahvit Annan kanssa",
        interview=False,
        att=[person("anna.koskinen@gmail.com", "Anna Koskinen")],
        loc="Café Regatta",
        zone="Europe/Helsinki",
    )
    _x(
        "Vanhempainilta 2B",
        interview=False,
        org=("koulu@edu.hel.fi", "Kallion ala-aste"),
        desc="Syksyn vanhempainilta, aiheena luokkaretki.",
        loc="Kallion ala-aste, liikuntasali",
        zone="Europe/Helsinki",
    )


# --------------------------------------------------------------------------------------
# Turkish
# --------------------------------------------------------------------------------------


def _tr() -> None:
    _x(
        "Görüşme – Deniz Hanım (Lale Teknoloji)",
        interview=True,
        company="Lale Teknoloji",
        role="Veri Bilimci",
        org=("deniz.aksoy@laleteknoloji.com.tr", "Deniz Aksoy"),
        desc="Merhaba Alex Bey,\nLale Teknoloji'de Veri Bilimci pozisyonu için yaptığınız başvuru kapsamında sizinle bir ön görüşme yapmak istiyoruz. Süre: 30 dakika.\n\nDeniz Aksoy – İnsan Kaynakları",
        meet="meet",
        zone="Europe/Istanbul",
    )
    _x(
        "Tanışma toplantısı",
        interview=True,
        company="Pusula Yazılım",
        role="Veri Analisti",
        org=("kariyer@pusulayazilim.com", "Pusula Yazılım Kariyer"),
        att=[person("emre.kaya@pusulayazilim.com", "Emre Kaya")],
        desc="Veri Analisti pozisyonu için işe alım sürecinin bir sonraki adımı: ekip lideri Emre Kaya ile tanışma toplantısı.",
        loc="Pusula Yazılım, Büyükdere Cad. No:185, Levent, İstanbul",
        zone="Europe/Istanbul",
    )
    _x(
        "Teknik sohbet – Backend ekibi",
        interview=True,
        company="Martı Labs",
        role="Backend Geliştirici",
        org=("ik@martilabs.io", "Martı Labs İK"),
        att=[person("burak@martilabs.io", "Burak Şahin")],
        desc="Backend Geliştirici pozisyonu, ikinci aşama: Burak ile 60 dakikalık teknik sohbet. Kod paylaşımı için ekranınızı açmanızı rica ederiz.",
        conf=("Zoom Meeting", "https://martilabs.zoom.us/j/85500221144"),
        zone="Europe/Istanbul",
    )
    _x(
        "Görüşme: muhasebeci",
        interview=False,
        att=[person("info@yildizmusavirlik.com", "Yıldız Müşavirlik")],
        desc="Vergi beyannamesi ve kira geliri.",
        loc="Kadıköy",
        zone="Europe/Istanbul",
    )
    _x(
        "Veda yemeği – Emre",
        interview=False,
        att=[person("selin.d@gmail.com", "Selin Demir")],
        desc="Emre Berlin'e taşınıyor, son akşam yemeği.",
        loc="Çiya Sofrası, Kadıköy",
        zone="Europe/Istanbul",
    )


# --------------------------------------------------------------------------------------
# Japanese
# --------------------------------------------------------------------------------------


def _ja() -> None:
    _x(
        "カジュアル面談（Minato Data）",
        interview=True,
        company="Minato Data",
        role="データアナリスト",
        org=("recruit@minatodata.co.jp", "Minato Data 採用チーム"),
        att=[person("k.yamada@minatodata.co.jp", "山田 健")],
        desc="Alex Rivera 様\n\nこの度はデータアナリスト職にご応募いただきありがとうございます。一次選考を兼ねたカジュアル面談を以下の日程で実施いたします。\n\n株式会社Minato Data 採用チーム",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "お話ししましょう：佐藤さん（Hikari Cloud）",
        interview=True,
        company="Hikari Cloud",
        role="SREエンジニア",
        org=("sato.r@hikaricloud.jp", "佐藤 涼"),
        desc="Hikari Cloud のエンジニアリングマネージャーの佐藤です。SREエンジニアポジションの選考の次のステップとして、30分ほどお話しできればと思います。\n\nHRMOS採用より送信",
        conf=("Zoom Meeting", "https://hikaricloud.zoom.us/j/84433221100"),
        zone="Asia/Tokyo",
    )
    _x(
        "オフィス見学とチームランチ",
        interview=True,
        company="Tsubame Labs",
        role="プロダクトマネージャー",
        org=("hr@tsubamelabs.jp", "Tsubame Labs 人事"),
        att=[
            person("n.ito@tsubamelabs.jp", "伊藤 直子"),
            person("t.kobayashi@tsubamelabs.jp", "小林 拓"),
        ],
        desc="プロダクトマネージャー職 最終選考の一環として、オフィス見学とチームメンバーとのランチを予定しています。受付で「Tsubame Labs 採用」とお伝えください。",
        loc="Tsubame Labs, 東京都渋谷区道玄坂1-10-8 7F",
        zone="Asia/Tokyo",
    )
    _x(
        "カジュアル面談（情報交換のみ）",
        interview=False,
        att=[person("m.kato@sakuraworks.jp", "加藤 美咲")],
        desc="加藤さんとの情報交換。選考とは関係ありません。転職予定もなし、データ基盤の話を聞くだけ。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "歯医者（定期検診）",
        interview=False,
        org=("yoyaku@aoyama-dental.jp", "青山デンタルクリニック"),
        loc="青山デンタルクリニック",
        zone="Asia/Tokyo",
    )
    _x(
        "送別会（佐藤さん）",
        interview=False,
        org=("t.suzuki@initech.com", "鈴木 拓也"),
        att=[person("tokyo-team@initech.com", "Initech Tokyo")],
        desc="佐藤さんの送別会です。会費4,000円。",
        loc="鳥貴族 渋谷店",
        zone="Asia/Tokyo",
        me=WORK_ME,
    )


# --------------------------------------------------------------------------------------
# Korean
# --------------------------------------------------------------------------------------


def _ko() -> None:
    _x(
        "커피챗: 바다랩스 데이터팀",
        interview=True,
        company="Bada Labs",
        role="데이터 분석가",
        org=("recruit@badalabs.kr", "바다랩스(Bada Labs) 채용팀"),
        att=[person("jiwoo.kim@badalabs.kr", "김지우")],
        desc="안녕하세요 Alex님, 바다랩스(Bada Labs) 데이터 분석가 포지션에 지원해 주셔서 감사합니다. 채용 과정의 첫 단계로 데이터팀 리드와 커피챗을 진행하고자 합니다.",
        loc="바다랩스, 서울 강남구 테헤란로 152 12층",
        zone="Asia/Seoul",
    )
    _x(
        "실무진 미팅",
        interview=True,
        company="Noeul Pay",
        role="데이터 엔지니어",
        org=("talent@noeulpay.com", "노을페이(Noeul Pay) Talent"),
        att=[
            person("seojun.lee@noeulpay.com", "이서준"),
            person("minji.park@noeulpay.com", "박민지"),
        ],
        desc="데이터 엔지니어 포지션 1차 실무진 미팅 안내드립니다. 소요 시간은 약 60분이며, 과거 프로젝트 경험에 대해 이야기 나눌 예정입니다. (그리팅 발송)",
        conf=("Zoom Meeting", "https://noeulpay.zoom.us/j/83322110099"),
        zone="Asia/Seoul",
    )
    _x(
        "컬처핏 대화 – 한결소프트",
        interview=True,
        company="Hangyeol Soft",
        role="백엔드 개발자",
        org=("hr@hangyeolsoft.co.kr", "한결소프트(Hangyeol Soft) 인사팀"),
        desc="백엔드 개발자 채용 최종 단계인 컬처핏 대화입니다. 대표님과 30분간 진행됩니다.",
        loc="한결소프트, 경기 성남시 분당구 판교역로 235",
        zone="Asia/Seoul",
    )
    _x(
        "커피챗 (멘토링) – 윤서 선배",
        interview=False,
        att=[person("yoonseo.c@gmail.com", "최윤서")],
        desc="진로 고민 상담. 채용과 무관.",
        loc="블루보틀 성수",
        zone="Asia/Seoul",
    )
    _x(
        "학부모 상담",
        interview=False,
        org=("office@seoul-es.kr", "서울초등학교"),
        desc="담임 선생님과 2학기 상담 (15분).",
        loc="서울초등학교 3학년 2반",
        zone="Asia/Seoul",
    )


# --------------------------------------------------------------------------------------
# Danish
# --------------------------------------------------------------------------------------


def _da() -> None:
    _x(
        "Uformel snak med Mette",
        interview=True,
        company="Havblik",
        role="Dataanalytiker",
        org=("mette.holm@havblik.dk", "Mette Holm"),
        desc="Hej Alex, tak for din ansøgning til stillingen som Dataanalytiker hos Havblik. Lad os tage en uformel snak på 30 minutter som første skridt.\n\nMette Holm, HR Partner",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDU2Nzg5@thread.v2/0",
        ),
        zone="Europe/Copenhagen",
    )
    _x(
        "Samtale 2 – Kløver Bank",
        interview=True,
        company="Kløver Bank",
        role="Risikoanalytiker",
        org=("rekruttering@kloverbank.dk", "Kløver Bank Rekruttering"),
        att=[person("s.madsen@kloverbank.dk", "Søren Madsen")],
        desc="Vi glæder os til anden samtale om stillingen som Risikoanalytiker. Du møder Søren Madsen (afdelingschef) og en kommende kollega.",
        loc="Kløver Bank, Holmens Kanal 7, 1060 København K",
        zone="Europe/Copenhagen",
    )
    _x(
        "Forældremøde 1.A",
        interview=False,
        org=("skole@aula.dk", "Aula – Vesterbro Skole"),
        desc="Forældremøde for 1.A: lejrskole og trivsel.",
        loc="Vesterbro Skole, lokale 104",
        zone="Europe/Copenhagen",
    )


# --------------------------------------------------------------------------------------
# Norwegian
# --------------------------------------------------------------------------------------


def _no() -> None:
    _x(
        "Kaffeprat med Ingrid (Fjellstad)",
        interview=True,
        company="Fjellstad",
        role="Senior Utvikler",
        org=("ingrid.aas@fjellstad.no", "Ingrid Aas"),
        desc="Hei Alex! Jeg er teamleder i Fjellstad og har lest søknaden din til stillingen som Senior Utvikler. Vi tar en uformell kaffeprat på kontoret som neste steg.",
        loc="Fjellstad, Tordenskiolds gate 6, 0160 Oslo",
        zone="Europe/Oslo",
    )
    _x(
        "Bli kjent-lunsj",
        interview=True,
        company="Nordkapp Energi",
        role="Prosjektleder",
        org=("rekruttering@nordkappenergi.no", "Nordkapp Energi Rekruttering"),
        att=[person("h.berg@nordkappenergi.no", "Henrik Berg")],
        desc="Som siste del av rekrutteringsprosessen til stillingen som Prosjektleder inviterer vi deg til lunsj med avdelingen.",
        loc="Nordkapp Energi, Strandkaien 12, Bergen",
        zone="Europe/Oslo",
    )
    _x(
        "Kaffeprat med Tor (nabo)",
        interview=False,
        att=[person("tor.h@online.no", "Tor Hansen")],
        desc="Snakke om felles hekk og garasjetak.",
        zone="Europe/Oslo",
    )


# --------------------------------------------------------------------------------------
# Chinese
# --------------------------------------------------------------------------------------


def _zh() -> None:
    _x(
        "和王经理聊聊",
        interview=True,
        company="Qinghe Tech",
        role="数据分析师",
        org=("hr@qinghetech.cn", "青禾科技(Qinghe Tech) 招聘"),
        att=[person("wang.lei@qinghetech.cn", "王磊")],
        desc="Alex 您好，感谢您投递青禾科技(Qinghe Tech)数据分析师岗位。王经理（数据部负责人）希望与您进行一次约40分钟的交流，作为面试流程的第二轮。",
        conf=("腾讯会议", "https://meeting.tencent.com/dm/8Xk2pQw"),
        zone="Asia/Shanghai",
    )
    _x(
        "和老同学喝咖啡",
        interview=False,
        att=[person("chen.yu@qq.com", "陈宇")],
        desc="好久不见，聊聊近况",
        loc="Manner Coffee 静安寺店",
        zone="Asia/Shanghai",
    )


# --------------------------------------------------------------------------------------
# More English and German, both sides
# --------------------------------------------------------------------------------------


def _extra() -> None:
    _x(
        "Alex Rivera <> Fenwick Labs",
        interview=True,
        company="Fenwick Labs",
        role="Data Platform Engineer",
        org=("scheduler@modernloop.io", "ModernLoop"),
        att=[person("a.cho@fenwicklabs.com", "Alice Cho")],
        desc="Fenwick Labs – Onsite: Data Platform Engineer\nSession: Architecture discussion (60 min)\nInterviewer: Alice Cho, Staff Engineer\n\nScheduled by ModernLoop on behalf of Fenwick Labs Recruiting.",
        conf=("Zoom Meeting", "https://fenwicklabs.zoom.us/j/97700112233"),
        zone="America/Los_Angeles",
    )
    _x(
        "Strengths-based conversation",
        interview=True,
        company="Hartwell Borough Council",
        role="Data Officer",
        org=("recruitment@hartwell.gov.uk", "Hartwell Borough Council Recruitment"),
        att=[
            person("s.patel@hartwell.gov.uk", "Sunita Patel"),
            person("g.evans@hartwell.gov.uk", "Gareth Evans"),
        ],
        desc="Vacancy HBC-0472 Data Officer (Grade 6).\nYou have been shortlisted. The panel will hold a 40-minute strengths-based conversation with you, followed by a 10-minute Excel task. Reasonable adjustments: please reply to this email.",
        loc="Hartwell Civic Centre, Room 3.12, Station Road, Hartwell",
        zone="Europe/London",
    )
    _x(
        "Meet & greet on the ops floor",
        interview=True,
        company="Gantry Freight",
        role="Operations Supervisor",
        org=("hiring@gantryfreight.com", "Gantry Freight Hiring"),
        att=[person("ray.dunn@gantryfreight.com", "Ray Dunn")],
        desc="Hi Alex, after your phone screen for Operations Supervisor (night shift), Ray Dunn, Site Manager, would like to show you the ops floor and talk through the role. Safety shoes will be provided at the gate – bring ID.",
        loc="Gantry Freight DC, 4500 W 47th St, Chicago, IL 60632 – Gate 2",
        zone="America/Chicago",
    )
    _x(
        "Videotermin: Frau Krüger",
        interview=True,
        company="Stadtwerke Lindau",
        role="Controller",
        org=("bewerbung@softgarden.io", "Stadtwerke Lindau via softgarden"),
        att=[person("s.krueger@stadtwerke-lindau.de", "Sabine Krüger")],
        desc="Sehr geehrter Herr Rivera,\nvielen Dank für Ihr Interesse an der Stelle Controller (m/w/d) bei den Stadtwerken Lindau. Gerne laden wir Sie zu einem Videotermin mit Frau Krüger (Leitung Finanzen) ein.\n\nIhre Stadtwerke Lindau",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWY0NTJh@thread.v2/0",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Intro call – Maple & Birch insurance broker",
        interview=False,
        org=("quotes@maplebirch.com", "Maple & Birch Insurance"),
        desc="Intro call to review home and auto coverage options.",
        loc="Phone",
        zone="America/Chicago",
    )
    _x(
        "Portfolio review night (AIGA Chicago)",
        interview=False,
        org=("events@aigachicago.org", "AIGA Chicago"),
        desc="Community event: designers bring work for friendly feedback from volunteers. Alex volunteering as a data-viz reviewer.",
        loc="Columbia College Chicago, 600 S Michigan Ave",
        zone="America/Chicago",
    )
    _x(
        "Trial class – Pilates Loft",
        interview=False,
        org=("studio@pilatesloft.com", "Pilates Loft"),
        desc="Free intro class. Grip socks required.",
        loc="Pilates Loft, 1531 N Milwaukee Ave, Chicago",
        zone="America/Chicago",
    )
    _x(
        "Catch-up re: the Data Guild",
        interview=False,
        org=("s.obrien@initech.com", "Sarah O'Brien"),
        att=[person("data-guild@initech.com", "Data Guild")],
        desc="Catch-up on Data Guild talks schedule for next quarter.",
        meet="meet",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Deep dive w/ Acme Cloud solution engineers",
        interview=False,
        org=("se-team@acmecloud.com", "Acme Cloud Solutions Engineering"),
        att=[person("m.ruiz@initech.com", "Marta Ruiz")],
        desc="Technical deep dive on Acme Cloud's lakehouse offering for Initech's migration evaluation.",
        conf=("Zoom Meeting", "https://acmecloud.zoom.us/j/91188822277"),
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "User research session – Parcelworks app",
        interview=False,
        org=("research@parcelworks.com", "Parcelworks UX Research"),
        desc="Thanks for signing up as a research participant! A 45-minute session where we'll ask you to try a prototype of our delivery-tracking app. You'll receive a $50 gift card.",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Interview panel prep – Data Analyst loop",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("d.kim@initech.com", "Daniel Kim"),
            person("s.obrien@initech.com", "Sarah O'Brien"),
        ],
        desc="Calibrate questions and scorecards before next week's Data Analyst candidates. Alex covers SQL.",
        meet="meet",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "AWS Certified Data Engineer exam",
        interview=False,
        org=("noreply@pearsonvue.com", "Pearson VUE"),
        desc="Online proctored exam. Check-in opens 30 minutes before. Clear desk required.",
        zone="America/Chicago",
    )
