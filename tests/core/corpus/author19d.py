# ruff: noqa: E501 -- data: event texts as written
"""Part author19d: the employer's name and the role, written the many ways real invitations write them.

Written by hand for the calendar interview detector. Covers role-first titles with the company
last or in brackets, requisition numbers and locations mixed into titles, company names that
contain words like Group, Labs, Health, Partners, & Sons, Interview or a city, names with
particles and accents, all-caps and lower-case names, companies named after ordinary English
words, employers known only from a signature block, parent companies and brands, universities,
hospitals and public agencies, bare "Interview" Zoom invitations whose meeting topic names the
company, staffing agencies presenting Alex to a named client, and German/French/Spanish/
Portuguese role titles with gender markers. Convention: a separate gender marker such as
"(m/w/d)", "(H/F)" or "(f/m/x)" is left out of the role label; a marker inside a word such as
"Ingeniero(a)" stays as written. About a third are look-alikes: Alex interviewing candidates for
Initech, product webinars, vendor pitches, networking lunches, alumni panels, friends'
interviews, prep blocks and reminders.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]

TEAMS = "Microsoft Teams Meeting"
ZOOM = "Zoom Meeting"


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author19d", **kw)


def build() -> None:
    _role_first_titles()
    _requisition_titles()
    _name_words()
    _particles_and_accents()
    _caps_and_lower()
    _ordinary_word_names()
    _signature_only()
    _parent_and_brand()
    _public_employers()
    _zoom_only()
    _agencies()
    _foreign_titles()
    _conducting_interviews()
    _webinars_and_events()
    _vendor_pitches()
    _networking()
    _alumni_panels()
    _friends_interviews()
    _other_lookalikes()


def _role_first_titles() -> None:
    _x(
        "Senior Data Engineer (Corvale) - Technical Interview",
        interview=True,
        company="Corvale",
        role="Senior Data Engineer",
        org=("hannah.osei@corvale.com", "Hannah Osei"),
        att=[
            person("dmitri.volkov@corvale.com", "Dmitri Volkov"),
            person("priya.raman@corvale.com", "Priya Raman"),
        ],
        desc="Hi Alex,\n\nThis is your 60-minute technical interview with Dmitri and Priya from our data platform team. Expect a mix of SQL and pipeline design; you'll share your screen.\n\nBest,\nHannah Osei\nRecruiting Coordinator, Corvale",
        meet="meet",
    )
    _x(
        "Staff Analytics Engineer [Pinecrest Mutual] - Hiring Manager",
        interview=True,
        company="Pinecrest Mutual",
        role="Staff Analytics Engineer",
        org=("jordan.blake@pinecrestmutual.com", "Jordan Blake"),
        desc="30 min with Renata Alves (Director, Analytics Engineering). Renata will walk through the team's roadmap and ask about your dbt experience.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_pcm1/0"),
    )
    _x(
        "Data Engineer — Lakeshore Outfitters — Phone Screen",
        interview=True,
        company="Lakeshore Outfitters",
        role="Data Engineer",
        org=("talent@lakeshoreoutfitters.com", "Lakeshore Outfitters Talent"),
        desc="Lakeshore Outfitters recruiter call. We'll call you at the number on your application.",
        loc="Phone call",
    )
    _x(
        "Machine Learning Engineer, Search / Tidewell / Onsite Loop (Part 2 of 4)",
        interview=True,
        company="Tidewell",
        role="Machine Learning Engineer, Search",
        org=("onsite-scheduling@tidewell.io", "Tidewell Scheduling"),
        att=[
            person("keiko.mori@tidewell.io", "Keiko Mori"),
            person("sam.obi@tidewell.io", "Sam Obi"),
        ],
        desc="Part 2: ML System Design with Keiko Mori and Sam Obi (shadow).\nPart 3 and 4 follow after a 15-minute break. Use the same Meet link.",
        meet="meet",
    )
    _x(
        "Product Analyst @ Fernhill Games: Take-home debrief",
        interview=True,
        company="Fernhill Games",
        role="Product Analyst",
        org=("mia.sorensen@fernhillgames.com", "Mia Sørensen"),
        att=[person("lucas.petit@fernhillgames.com", "Lucas Petit")],
        desc="We'll go through your take-home on the retention dataset. Bring your notebook open; 45 minutes.",
        meet="meet",
    )
    _x(
        "Backend Engineer (Payments) – Quillfeather – System Design",
        interview=True,
        company="Quillfeather",
        role="Backend Engineer (Payments)",
        org=("recruiting@quillfeather.com", None),
        att=[person("arjun.mehta@quillfeather.com", "Arjun Mehta")],
        desc="Interviewer: Arjun Mehta, Engineering Manager, Payments.\nFormat: 60 min, whiteboard in Excalidraw (link shared in call).",
        conf=(ZOOM, "https://quillfeather.zoom.us/j/87123409876"),
    )
    _x(
        "Senior Data Platform Engineer (Marlow & Reyes) | final round",
        interview=True,
        company="Marlow & Reyes",
        role="Senior Data Platform Engineer",
        org=("c.ndiaye@marlowreyes.com", "Claire Ndiaye"),
        att=[
            person("t.whitcombe@marlowreyes.com", "Tom Whitcombe"),
            person("a.kaur@marlowreyes.com", "Amrit Kaur"),
        ],
        desc="Final round at our Chicago office. Please check in at reception on floor 22 and ask for Claire.\n\nMarlow & Reyes LLP | 200 W Madison St, Chicago",
        loc="200 W Madison St, 22nd floor, Chicago, IL",
        zone="America/Chicago",
    )
    _x(
        "Analytics Engineer - Interview with Greyfield",
        interview=True,
        company="Greyfield",
        role="Analytics Engineer",
        org=("nora@greyfield.co", "Nora Feld"),
        desc="Looking forward to chatting! -Nora, Head of Data @ Greyfield",
        meet="meet",
    )
    _x(
        "Data Engineer II, Growth (Harbor Pay)",
        interview=True,
        company="Harbor Pay",
        role="Data Engineer II, Growth",
        org=("ellie.grant@harborpay.com", "Ellie Grant"),
        att=[person("vikram.shah@harborpay.com", "Vikram Shah")],
        desc="Coding interview (Python). CoderPad link will be shared at the start.",
        conf=(ZOOM, "https://harborpay.zoom.us/j/81234098123"),
    )
    _x(
        "Sr. Data Scientist / Experimentation — Verdance — 1st round",
        interview=True,
        company="Verdance",
        role="Sr. Data Scientist / Experimentation",
        org=("people@verdance.ai", "Verdance People Team"),
        att=[person("olu.adeyemi@verdance.ai", "Olu Adeyemi")],
        meet="meet",
    )
    _x(
        "Lead Data Engineer at Stonebridge Freight: values interview",
        interview=True,
        company="Stonebridge Freight",
        role="Lead Data Engineer",
        org=("k.mwangi@stonebridgefreight.com", "Kamau Mwangi"),
        desc="Our values interview is a conversation with someone outside the team you'd join. There is nothing to prepare.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_sbf7/0"),
    )
    _x(
        "Platform Engineer (Data) (Oakhurst) - pairing session",
        interview=True,
        company="Oakhurst",
        role="Platform Engineer (Data)",
        org=("dev-hiring@oakhurst.dev", "Oakhurst Hiring"),
        att=[
            person("ines.carvalho@oakhurst.dev", "Inês Carvalho"),
            person("ben.holt@oakhurst.dev", "Ben Holt"),
        ],
        desc="You'll pair with Inês on a small change to one of our open-source repos. Tuple or VS Code Live Share, your choice.",
        meet="meet",
    )
    _x(
        "BI Developer — (Northgate Apparel) — Interview",
        interview=True,
        company="Northgate Apparel",
        role="BI Developer",
        org=("recruit@northgateapparel.com", None),
        desc="Interview for the BI Developer opening.\nInterviewers: Shauna Reilly (BI Manager), Peter Vance (Finance).",
        loc="Northgate Apparel HQ, 41 Mill Street, Providence RI",
        zone="America/New_York",
    )
    _x(
        "Data Engineer, Risk - Bellmere - Recruiter call",
        interview=True,
        company="Bellmere",
        role="Data Engineer, Risk",
        org=("a.petrov@bellmere.com", "Anya Petrov"),
        desc="Quick intro call about the Data Engineer, Risk role on our Lending team.",
        loc="+1 415-555-0134",
    )
    _x(
        "Senior Analytics Engineer (Contract, 6 mo) :: Copperline :: intro",
        interview=True,
        company="Copperline",
        role="Senior Analytics Engineer",
        org=("hiring@copperline.io", "Copperline Hiring"),
        att=[person("gabe.ross@copperline.io", "Gabe Ross")],
        desc="Intro with Gabe Ross, Data Lead. The engagement is a 6-month contract with possible extension.",
        meet="meet",
    )
    _x(
        "Data Engineer (Finch & Ward) / Case study presentation",
        interview=True,
        company="Finch & Ward",
        role="Data Engineer",
        org=("recruitment@finchandward.co.uk", "Finch & Ward Recruitment"),
        att=[
            person("h.bellamy@finchandward.co.uk", "Harriet Bellamy"),
            person("o.adams@finchandward.co.uk", "Owen Adams"),
        ],
        desc="Please prepare a 15 minute presentation of the case study sent on Monday, followed by 30 minutes of questions.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_fw22/0"),
        zone="Europe/London",
    )
    _x(
        "ML Ops Engineer – Interview (Solace Robotics)",
        interview=True,
        company="Solace Robotics",
        role="ML Ops Engineer",
        org=("talent@solacerobotics.com", "Talent @ Solace"),
        att=[person("yuki.tanaka@solacerobotics.com", "Yuki Tanaka")],
        meet="meet",
    )
    _x(
        "Senior Software Engineer, Data Infrastructure | Interview | Rowan",
        interview=True,
        company="Rowan",
        role="Senior Software Engineer, Data Infrastructure",
        org=("lena@rowan.tech", "Lena Fischer"),
        desc="Hey Alex, adding the Rowan team for your next round. Talk soon, Lena",
        conf=(ZOOM, "https://us06web.zoom.us/j/83311220044"),
    )
    _x(
        "Analytics Manager (Bramble Home) — HM screen",
        interview=True,
        company="Bramble Home",
        role="Analytics Manager",
        org=("grace.liu@bramblehome.com", "Grace Liu"),
        meet="meet",
    )
    _x(
        "Data Engineer / Integrations, Palisade Health Systems, 2nd interview",
        interview=True,
        company="Palisade Health Systems",
        role="Data Engineer / Integrations",
        org=("hr@palisadehs.org", "Palisade HR"),
        att=[person("m.okafor@palisadehs.org", "Michael Okafor")],
        desc="Second interview with Michael Okafor, Manager of Integration Services.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_phs2/0"),
        zone="America/Denver",
    )


def _requisition_titles() -> None:
    _x(
        "R-10233 | Data Engineer II | Austin, TX | Halden Bank",
        interview=True,
        company="Halden Bank",
        role="Data Engineer II",
        org=("no-reply@halden.wd1.myworkdayjobs.com", "Halden Bank Careers"),
        att=[person("r.castillo@haldenbank.com", "Rosa Castillo")],
        desc="You have been scheduled for an interview.\nJob Requisition: R-10233 Data Engineer II (Open)\nLocation: Austin, TX\nInterviewer: Rosa Castillo\nFormat: Video (Microsoft Teams)",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_hb10233/0"),
        zone="America/Chicago",
    )
    _x(
        "JR-48812 Senior Analytics Engineer - Remote (US) - Interview",
        interview=True,
        company="Calloway Insurance",
        role="Senior Analytics Engineer",
        org=("careers@callowayins.com", "Calloway Insurance Talent Acquisition"),
        desc="Dear Alex,\n\nThank you for your interest in Calloway Insurance. We are pleased to invite you to interview for JR-48812 Senior Analytics Engineer (Remote - US).\n\nRegards,\nTalent Acquisition\nCalloway Insurance Group, Inc.",
        conf=(ZOOM, "https://callowayins.zoom.us/j/96655443322"),
    )
    _x(
        "[REQ 2291] Data Scientist - Seattle - Round 1",
        interview=True,
        company="Ironleaf Logistics",
        role="Data Scientist",
        org=("nikhil.rao@ironleaf.com", "Nikhil Rao"),
        desc="Round 1 for REQ 2291.\n--\nNikhil Rao\nTechnical Recruiter | Ironleaf Logistics\nSeattle, WA",
        meet="meet",
    )
    _x(
        "Interview - 2025-0417 - Database Reliability Engineer - Toronto/Hybrid",
        interview=True,
        company="Maplegate Financial",
        role="Database Reliability Engineer",
        org=("talent@maplegatefinancial.ca", "Maplegate Financial"),
        att=[person("s.tremblay@maplegatefinancial.ca", "Sophie Tremblay")],
        desc="Posting 2025-0417 | Database Reliability Engineer | Toronto (Hybrid, 3 days)\nHiring manager: Sophie Tremblay",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_mgf417/0"),
        zone="America/Toronto",
    )
    _x(
        "Req #7745 – Sr Data Engineer – Denver, CO – Virtual Panel",
        interview=True,
        company="Summit Ridge Energy",
        role="Sr Data Engineer",
        org=("recruiting@summitridgeenergy.com", "Summit Ridge Energy Recruiting"),
        att=[
            person("j.kowalski@summitridgeenergy.com", "Jan Kowalski"),
            person("d.begay@summitridgeenergy.com", "Dana Begay"),
            person("m.hart@summitridgeenergy.com", "Miles Hart"),
        ],
        desc="Virtual panel for Req #7745.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_sre7745/0"),
        zone="America/Denver",
    )
    _x(
        "4410293 · Data Analyst III · Columbus, OH · Bexley Mutual · Phone Interview",
        interview=True,
        company="Bexley Mutual",
        role="Data Analyst III",
        org=("bexleymutual@myworkday.com", "Bexley Mutual"),
        loc="Phone",
        zone="America/New_York",
    )
    _x(
        "Interview for JOB-0932: Analytics Engineer (NYC) at Saffron Street",
        interview=True,
        company="Saffron Street",
        role="Analytics Engineer",
        org=("interviews@saffronstreet.com", "Saffron Street Interviews"),
        att=[person("kira.nash@saffronstreet.com", "Kira Nash")],
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Halvorsen Marine | 23-118 Data Engineer (Bergen / Remote) | Technical",
        interview=True,
        company="Halvorsen Marine",
        role="Data Engineer",
        org=("rekruttering@halvorsenmarine.no", "Halvorsen Marine Rekruttering"),
        att=[person("eirik.lund@halvorsenmarine.no", "Eirik Lund")],
        desc="Technical interview for position 23-118.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_hm23118/0"),
        zone="Europe/Oslo",
    )
    _x(
        "P-55120 Senior BI Engineer | London (Hybrid) | 1st Stage",
        interview=True,
        company="Wexford Row",
        role="Senior BI Engineer",
        org=("careers@wexfordrow.co.uk", "Wexford Row Careers"),
        desc="Vacancy P-55120: Senior BI Engineer, London (Hybrid).\nThis first-stage interview is with Priya Bhatt, Head of BI at Wexford Row.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_wr55120/0"),
        zone="Europe/London",
    )
    _x(
        "Data Engineer (REQ-00871) San Jose CA",
        interview=True,
        company="Altamira Semiconductor",
        role="Data Engineer",
        org=("staffing@altamirasemi.com", "Altamira Staffing"),
        desc="Altamira Semiconductor - interview confirmation\nRequisition: REQ-00871\nBuilding 3, Lobby. Bring a government ID for your visitor badge.",
        loc="Altamira Semiconductor, 2200 Zanker Rd, Bldg 3, San Jose, CA",
    )
    _x(
        "Remote-US | Staff Data Engineer | #1187 | Interview w/ CTO",
        interview=True,
        company="Lumenpath",
        role="Staff Data Engineer",
        org=("ops@lumenpath.com", "Lumenpath Ops"),
        att=[person("raj@lumenpath.com", "Raj Iyer (CTO)")],
        desc="Lumenpath opening #1187. You'll meet Raj, our CTO and co-founder.",
        meet="meet",
    )
    _x(
        "Interview: Alex Rivera — 10045 Data Architect (Phoenix, AZ)",
        interview=True,
        company="Desert Sun Utilities",
        role="Data Architect",
        org=("hr.recruiting@desertsunutilities.com", "DSU Recruiting"),
        att=[person("l.navarro@desertsunutilities.com", "Luis Navarro")],
        desc="Desert Sun Utilities invites you to interview for requisition 10045, Data Architect, Phoenix AZ.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_dsu10045/0"),
        zone="America/Phoenix",
    )
    _x(
        "Birchmount | ENG-342 | Senior Data Engineer, Streaming | Berlin or Remote EU",
        interview=True,
        company="Birchmount",
        role="Senior Data Engineer, Streaming",
        org=("jobs@birchmount.eu", "Birchmount Jobs"),
        att=[person("felix.braun@birchmount.eu", "Felix Braun")],
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Job ID 66120 - Machine Learning Engineer - Atlanta, GA (Hybrid) - Video Interview",
        interview=True,
        company="Peachtree Health Partners",
        role="Machine Learning Engineer",
        org=("talentacquisition@peachtreehp.org", "Peachtree Health Partners TA"),
        desc="Job ID 66120 Machine Learning Engineer\nDepartment: Clinical Informatics\nThis invitation is from Peachtree Health Partners. Please do not reply to this automated message.",
        conf=(ZOOM, "https://peachtreehp.zoom.us/j/91188776655"),
        zone="America/New_York",
    )
    _x(
        "DE-2025-14 Data Engineer (Mid) Kraków hybrid – rozmowa techniczna",
        interview=True,
        company="Wisła Data Works",
        role="Data Engineer (Mid)",
        org=("rekrutacja@wisladata.pl", "Wisła Data Works – Rekrutacja"),
        att=[person("tomasz.zielinski@wisladata.pl", "Tomasz Zieliński")],
        desc="Dzień dobry,\nzapraszamy na rozmowę techniczną na stanowisko Data Engineer (Mid), ogłoszenie DE-2025-14.\nPozdrawiamy,\nZespół Wisła Data Works",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_wdw14/0"),
        zone="Europe/Warsaw",
    )
    _x(
        "#A-3310 / Analytics Lead / Singapore / Keppel Bay Digital / panel",
        interview=True,
        company="Keppel Bay Digital",
        role="Analytics Lead",
        org=("hiring@keppelbaydigital.sg", "Keppel Bay Digital"),
        att=[
            person("wei.ling.tan@keppelbaydigital.sg", "Tan Wei Ling"),
            person("ravi.menon@keppelbaydigital.sg", "Ravi Menon"),
        ],
        conf=(ZOOM, "https://keppelbaydigital.zoom.us/j/85544332211"),
        zone="Asia/Singapore",
    )


def _name_words() -> None:
    _x(
        "Group Interview: Redwood Hospitality Group – Guest Data Analyst",
        interview=True,
        company="Redwood Hospitality Group",
        role="Guest Data Analyst",
        org=("careers@redwoodhg.com", "Redwood Hospitality Group Careers"),
        att=[person("m.alvarez@redwoodhg.com", "Marisol Alvarez")],
        desc="This is a group interview: you will meet two other candidates and work through a short exercise together, followed by 1:1 time with Marisol.",
        loc="Redwood Hospitality Group, 455 Market St, Suite 900, San Francisco",
    )
    _x(
        "Tessellate Labs // Data Engineer // onsite",
        interview=True,
        company="Tessellate Labs",
        role="Data Engineer",
        org=("hello@tessellatelabs.com", "Tessellate Labs"),
        att=[
            person("ari@tessellatelabs.com", "Ari Kaplan"),
            person("zoe@tessellatelabs.com", "Zoe Lam"),
        ],
        desc="Onsite at our Oakland office, 10am-2pm incl. lunch with the team.",
        loc="Tessellate Labs, 1700 Broadway, Oakland",
    )
    _x(
        "Interview with Brookline Health (Data Analyst)",
        interview=True,
        company="Brookline Health",
        role="Data Analyst",
        org=("j.sullivan@brooklinehealth.org", "Jenna Sullivan"),
        conf=(ZOOM, "https://brooklinehealth.zoom.us/j/92211334455"),
        zone="America/New_York",
    )
    _x(
        "Health Data Engineer – Clearwater – recruiter screen",
        interview=True,
        company="Clearwater",
        role="Health Data Engineer",
        org=("amy.cho@clearwater.health", "Amy Cho"),
        desc="Hi Alex, thanks for applying to the Health Data Engineer role at Clearwater. This first call is 30 minutes with me.\nAmy Cho, Talent, Clearwater",
        meet="meet",
    )
    _x(
        "Oxbow Partners - Associate, Data & Analytics - Superday",
        interview=True,
        company="Oxbow Partners",
        role="Associate, Data & Analytics",
        org=("recruiting@oxbowpartners.com", "Oxbow Partners Recruiting"),
        att=[
            person("d.marsh@oxbowpartners.com", "David Marsh"),
            person("l.kimura@oxbowpartners.com", "Lisa Kimura"),
            person("p.obrien@oxbowpartners.com", "Patrick O'Brien"),
        ],
        desc="Superday schedule:\n9:00 David Marsh (Partner)\n9:45 Lisa Kimura (Principal) - case\n10:30 Patrick O'Brien (Director, Data)\nBusiness attire.",
        loc="Oxbow Partners, 1 Federal St, 30th Fl, Boston MA",
        zone="America/New_York",
    )
    _x(
        "Hargreave & Sons — Operations Data Analyst interview",
        interview=True,
        company="Hargreave & Sons",
        role="Operations Data Analyst",
        org=("office@hargreaveandsons.com", "Hargreave & Sons Office"),
        desc="Please come to the main office and ask for Bill Hargreave.\nHargreave & Sons Building Supply, est. 1952",
        loc="Hargreave & Sons, 88 Depot Rd, Petaluma, CA",
    )
    _x(
        "Interview: Second Interview Studios (Post-Production Data Coordinator)",
        interview=True,
        company="Second Interview Studios",
        role="Post-Production Data Coordinator",
        org=("jobs@secondinterview.studio", "Second Interview Studios"),
        att=[person("marcus@secondinterview.studio", "Marcus Dell")],
        desc="Yes, that's really our name. Marcus runs post-production and will meet you at the studio.",
        loc="Second Interview Studios, 3100 W Olive Ave, Burbank",
    )
    _x(
        "Interviewly — Data Engineer — Interview",
        interview=True,
        company="Interviewly",
        role="Data Engineer",
        org=("talent@interviewly.app", "Interviewly Talent"),
        att=[person("ola.nowak@interviewly.app", "Ola Nowak")],
        desc="We build interview scheduling software; today it's our turn to interview you :)",
        meet="meet",
    )
    _x(
        "Fieldwork Interview Group – Survey Data Analyst – interview",
        interview=True,
        company="Fieldwork Interview Group",
        role="Survey Data Analyst",
        org=("hr@fieldworkinterview.com", "FIG HR"),
        desc="Fieldwork Interview Group conducts market research interviews for clients nationwide. You are interviewing for our Survey Data Analyst position.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_fig1/0"),
    )
    _x(
        "Denver Atlas Freight - Technical Screen (Data Engineer)",
        interview=True,
        company="Denver Atlas Freight",
        role="Data Engineer",
        org=("c.yazzie@denveratlas.com", "Chris Yazzie"),
        desc="Denver Atlas Freight is headquartered in Denver but this role is fully remote.",
        meet="meet",
        zone="America/Denver",
    )
    _x(
        "Boston Harbor Robotics interview (Boston, MA) - Perception Data Engineer",
        interview=True,
        company="Boston Harbor Robotics",
        role="Perception Data Engineer",
        org=("recruiting@bostonharborrobotics.com", "BHR Recruiting"),
        att=[person("n.fitzgerald@bostonharborrobotics.com", "Niamh Fitzgerald")],
        loc="Boston Harbor Robotics, 27 Drydock Ave, Boston, MA",
        zone="America/New_York",
    )
    _x(
        "Driftwood Partners x Alex (Quant Data Engineer)",
        interview=True,
        company="Driftwood Partners",
        role="Quant Data Engineer",
        org=("sarah.klein@driftwoodpartners.com", "Sarah Klein"),
        desc="Sarah Klein, Head of Talent, Driftwood Partners LP",
        conf=(ZOOM, "https://driftwoodpartners.zoom.us/j/84411223344"),
        zone="America/New_York",
    )
    _x(
        "Cobalt Labs: Interview – Data Engineer",
        interview=True,
        company="Cobalt Labs",
        role="Data Engineer",
        org=("jobs@cobaltlabs.io", None),
        att=[person("henrik@cobaltlabs.io", "Henrik Aas")],
        meet="meet",
    )
    _x(
        "Meridian Health - Panel - Clinical Data Engineer",
        interview=True,
        company="Meridian Health",
        role="Clinical Data Engineer",
        org=("taops@meridianhealth.org", "Meridian Health Talent Acquisition"),
        att=[
            person("k.brennan@meridianhealth.org", "Kathleen Brennan"),
            person("s.patel@meridianhealth.org", "Sanjay Patel"),
        ],
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_mh33/0"),
    )
    _x(
        "J. Abernathy & Sons – Inventory Analyst",
        interview=True,
        company="J. Abernathy & Sons",
        role="Inventory Analyst",
        org=("ruth@abernathyandsons.com", "Ruth Abernathy"),
        desc="Hi Alex - looking forward to meeting you Thursday. We're at the warehouse entrance on the north side. Ruth\nJ. Abernathy & Sons, Wholesale Grocers since 1921",
        loc="J. Abernathy & Sons, 14 Cannery Row, Stockton CA",
    )
    _x(
        "Brooklyn Bread Labs | Data Analyst (Supply Chain) | Video call",
        interview=True,
        company="Brooklyn Bread Labs",
        role="Data Analyst (Supply Chain)",
        org=("people@brooklynbreadlabs.com", "Brooklyn Bread Labs People"),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Saint Louis Health Partners: Interview for Population Health Analyst",
        interview=True,
        company="Saint Louis Health Partners",
        role="Population Health Analyst",
        org=("recruitment@slhp.org", "SLHP Recruitment"),
        desc="Saint Louis Health Partners (SLHP) is pleased to invite you to an interview.",
        conf=(ZOOM, "https://slhp.zoom.us/j/93322114455"),
        zone="America/Chicago",
    )
    _x(
        "Interview — Lisbon Harbor Group (Data Engineer, Remote EU)",
        interview=True,
        company="Lisbon Harbor Group",
        role="Data Engineer",
        org=("talent@lisbonharbor.pt", "Lisbon Harbor Group"),
        att=[person("joao.pereira@lisbonharbor.pt", "João Pereira")],
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_lhg8/0"),
        zone="Europe/Lisbon",
    )
    _x(
        "Holloway & Sons Distillers - interview w/ Head of Ops",
        interview=True,
        company="Holloway & Sons Distillers",
        role=None,
        org=("gwen@hollowaydistillers.com", "Gwen Holloway"),
        desc="Gwen Holloway\nHead of Operations\nHolloway & Sons Distillers",
        loc="Holloway & Sons Distillers, 9 Barrel Ln, Healdsburg",
    )
    _x(
        "Seattle Kite Works — Analytics Engineer — Final",
        interview=True,
        company="Seattle Kite Works",
        role="Analytics Engineer",
        org=("hiring@seattlekiteworks.com", "Seattle Kite Works"),
        att=[
            person("mo.farah@seattlekiteworks.com", "Mo Farah"),
            person("elise.wong@seattlekiteworks.com", "Elise Wong"),
        ],
        meet="meet",
    )


def _particles_and_accents() -> None:
    _x(
        "Interview Van der Meer Logistics – Data Engineer",
        interview=True,
        company="Van der Meer Logistics",
        role="Data Engineer",
        org=("sanne.vandermeer@vdmlogistics.nl", "Sanne van der Meer"),
        att=[person("jan-willem.dejong@vdmlogistics.nl", "Jan-Willem de Jong")],
        desc="Hoi Alex, hierbij de uitnodiging voor het gesprek met Jan-Willem de Jong (Teamlead Data).\nMet vriendelijke groet,\nSanne van der Meer | HR | Van der Meer Logistics",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_vdm1/0"),
        zone="Europe/Amsterdam",
    )
    _x(
        "De la Cruz Foods — Demand Planning Analyst — 1st interview",
        interview=True,
        company="De la Cruz Foods",
        role="Demand Planning Analyst",
        org=("rrhh@delacruzfoods.com", "Recursos Humanos De la Cruz Foods"),
        att=[person("ana.delacruz@delacruzfoods.com", "Ana de la Cruz")],
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Entrevista - Da Silva Engenharia - Engenheiro de Dados",
        interview=True,
        company="Da Silva Engenharia",
        role="Engenheiro de Dados",
        org=("rh@dasilvaeng.com.br", "RH Da Silva Engenharia"),
        att=[person("maria.dagraca@dasilvaeng.com.br", "Maria da Graça Souza")],
        desc="Olá Alex,\nConfirmamos sua entrevista com Maria da Graça Souza, gerente de dados.\nAtenciosamente,\nRH – Da Silva Engenharia",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Caçapava Tecnologia | Analista de BI | entrevista técnica",
        interview=True,
        company="Caçapava Tecnologia",
        role="Analista de BI",
        org=("talentos@cacapavatec.com.br", "Talentos Caçapava"),
        desc="Entrevista técnica com o time de BI da Caçapava Tecnologia. Duração: 1h.",
        conf=(ZOOM, "https://cacapavatec.zoom.us/j/81122003344"),
        zone="America/Sao_Paulo",
    )
    _x(
        "Peña Analytics - Senior Data Engineer",
        interview=True,
        company="Peña Analytics",
        role="Senior Data Engineer",
        org=("lucia.pena@penaanalytics.com", "Lucía Peña"),
        desc="Hi Alex! Excited to talk. — Lucía Peña, Founder, Peña Analytics",
        meet="meet",
    )
    _x(
        "Montaña Roja Vinos: entrevista con el director de operaciones",
        interview=True,
        company="Montaña Roja Vinos",
        role=None,
        org=("seleccion@montanaroja.es", "Selección Montaña Roja"),
        att=[person("inigo.ibanez@montanaroja.es", "Iñigo Ibáñez")],
        desc="Te esperamos en la bodega. Pregunta por Iñigo Ibáñez en recepción.",
        loc="Bodega Montaña Roja, Ctra. de Haro km 4, Logroño",
        zone="Europe/Madrid",
    )
    _x(
        "Fjørd Energi – Data Engineer – intervju",
        interview=True,
        company="Fjørd Energi",
        role="Data Engineer",
        org=("rekruttering@fjordenergi.no", "Fjørd Energi"),
        att=[
            person("kjersti.hovland@fjordenergi.no", "Kjersti Hovland"),
            person("bjorn.saether@fjordenergi.no", "Bjørn Sæther"),
        ],
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_fe5/0"),
        zone="Europe/Oslo",
    )
    _x(
        "Nørrebro Data ApS: 2. samtale (Analytics Engineer)",
        interview=True,
        company="Nørrebro Data",
        role="Analytics Engineer",
        org=("job@norrebrodata.dk", "Nørrebro Data"),
        att=[person("soren.kjaer@norrebrodata.dk", "Søren Kjær")],
        desc="Anden samtale med Søren Kjær, CTO. Mødet foregår på engelsk.",
        meet="meet",
        zone="Europe/Copenhagen",
    )
    _x(
        "Złota Software — Senior Data Engineer — rozmowa z CTO",
        interview=True,
        company="Złota Software",
        role="Senior Data Engineer",
        org=("hr@zlotasoftware.pl", "HR Złota Software"),
        att=[person("lukasz.wroblewski@zlotasoftware.pl", "Łukasz Wróblewski")],
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_zs2/0"),
        zone="Europe/Warsaw",
    )
    _x(
        "Société Lumière — Data Engineer — entretien RH",
        interview=True,
        company="Société Lumière",
        role="Data Engineer",
        org=("recrutement@societelumiere.fr", "Recrutement Société Lumière"),
        att=[person("helene.duchene@societelumiere.fr", "Hélène Duchêne")],
        desc="Bonjour Alex,\nVoici l'invitation pour votre entretien RH avec Hélène Duchêne.\nBien cordialement,\nL'équipe Recrutement",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_sl4/0"),
        zone="Europe/Paris",
    )
    _x(
        "von Arnim Consulting – interview (Data Engineering Consultant)",
        interview=True,
        company="von Arnim Consulting",
        role="Data Engineering Consultant",
        org=("karriere@vonarnim-consulting.de", "von Arnim Consulting Karriere"),
        att=[person("c.vonarnim@vonarnim-consulting.de", "Constantin von Arnim")],
        desc="von Arnim Consulting GmbH · Maximilianstraße 12 · München",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_vac1/0"),
        zone="Europe/Berlin",
    )
    _x(
        "Müller-Lüdtke Maschinenbau: Video-Interview Data Engineer",
        interview=True,
        company="Müller-Lüdtke Maschinenbau",
        role="Data Engineer",
        org=("bewerbung@mueller-luedtke.de", "Müller-Lüdtke Personal"),
        att=[person("j.mueller@mueller-luedtke.de", "Jürgen Müller")],
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_mlm3/0"),
        zone="Europe/Berlin",
    )


def _caps_and_lower() -> None:
    _x(
        "INTERVIEW - SR DATA ENGINEER - BLUESTEM FARMS",
        interview=True,
        company="Bluestem Farms",
        role="Sr. Data Engineer",
        org=("hr@bluestemfarms.com", "BLUESTEM FARMS HR"),
        desc="Thank you for applying for the Sr. Data Engineer position at Bluestem Farms. Please join the Teams meeting below at the scheduled time.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bsf1/0"),
        zone="America/Chicago",
    )
    _x(
        "NORDA | Data Engineer | Technical interview",
        interview=True,
        company="NORDA",
        role="Data Engineer",
        org=("people@norda.com", "NORDA People"),
        desc="At NORDA we design outdoor gear built to last. Your technical interview is with two engineers from the NORDA data team.",
        meet="meet",
    )
    _x(
        "plinth x alex — analytics engineer chat",
        interview=True,
        company="plinth",
        role="analytics engineer",
        org=("jess@plinth.so", "jess @ plinth"),
        desc="hey alex! jess from plinth here. this is the first chat for our analytics engineer role, super casual. see you soon\n\n— jess, talent @ plinth",
        meet="meet",
    )
    _x(
        "interview w/ kestrel ai - data eng",
        interview=True,
        company="Kestrel AI",
        role="data eng",
        desc="recruiter: Dana Whitfield, Technical Recruiter | Kestrel AI\nlink in email",
    )
    _x(
        "MONROE & PIKE — BUSINESS INTELLIGENCE ANALYST — 2ND INTERVIEW",
        interview=True,
        company="Monroe & Pike",
        role="Business Intelligence Analyst",
        org=("talent@monroepike.com", "Monroe & Pike Talent"),
        desc="Dear Alex,\nMonroe & Pike would like to invite you to a second interview for the Business Intelligence Analyst role.\nKind regards,\nThe Monroe & Pike Talent Team",
        loc="Monroe & Pike, 600 Lexington Ave, New York",
        zone="America/New_York",
    )
    _x(
        "tinyloop | founding data engineer | call w/ founders",
        interview=True,
        company="tinyloop",
        role="founding data engineer",
        org=("max@tinyloop.dev", "max"),
        att=[person("priya@tinyloop.dev", "priya")],
        desc="tinyloop is 6 people building loop detection for warehouse robots. we'd love to talk about the founding data engineer role.",
        meet="meet",
    )
    _x(
        "qFlow - Interview - Data Platform Engineer",
        interview=True,
        company="qFlow",
        role="Data Platform Engineer",
        org=("careers@qflow.io", "qFlow Careers"),
        desc="qFlow builds queue analytics for hospitals. Interviewer: Owen Park, Eng Manager at qFlow.",
        conf=(ZOOM, "https://qflow.zoom.us/j/86655443311"),
    )
    _x(
        "HALDANE-WRIGHT ENGINEERING: INTERVIEW CONFIRMATION",
        interview=True,
        company="Haldane-Wright Engineering",
        role="Data Analyst (Asset Management)",
        org=("recruitment@haldanewright.com", "Haldane-Wright Recruitment"),
        desc="Haldane-Wright Engineering\nInterview confirmation\nCandidate: Alex Rivera\nPosition: Data Analyst (Asset Management)\nPanel: R. Okonkwo, T. Lindgren",
        loc="Haldane-Wright Engineering, 12 Quarry Rd, Reno NV",
    )
    _x(
        "getsorted :: data analyst :: take home review",
        interview=True,
        company="getsorted",
        role="data analyst",
        org=("hiring@getsorted.co", "getsorted hiring"),
        desc="we'll walk through your take home together. it's us at getsorted reviewing it with you, no trick questions.",
        meet="meet",
    )
    _x(
        "AURELIA BIO - Bioinformatics Data Engineer - Interview",
        interview=True,
        company="Aurelia Bio",
        role="Bioinformatics Data Engineer",
        org=("talent@aureliabio.com", "Aurelia Bio Talent"),
        att=[person("r.hsu@aureliabio.com", "Rachel Hsu")],
        desc="Rachel Hsu, Director of Data, Aurelia Bio",
        conf=(ZOOM, "https://aureliabio.zoom.us/j/95566778899"),
    )


def _ordinary_word_names() -> None:
    _x(
        "Kettle - Data Engineer - Onsite",
        interview=True,
        company="Kettle",
        role="Data Engineer",
        org=("recruiting@kettle.com", "Kettle Recruiting"),
        att=[person("amir@kettle.com", "Amir Haddad"), person("jo@kettle.com", "Jo Tanner")],
        loc="Kettle HQ, 500 Howard St, San Francisco",
    )
    _x(
        "Interview: Parcel (Senior Analytics Engineer)",
        interview=True,
        company="Parcel",
        role="Senior Analytics Engineer",
        org=("talent@parcel.app", "Parcel Talent"),
        meet="meet",
    )
    _x(
        "Chat with Lantern about the Data Lead role",
        interview=True,
        company="Lantern",
        role="Data Lead",
        org=("hugo@lantern.so", "Hugo Marin"),
        desc="Hugo Marin, CEO at Lantern. Looking forward to it!",
        meet="meet",
    )
    _x(
        "Quarry technical round",
        interview=True,
        company="Quarry",
        role=None,
        org=("eng-hiring@quarry.dev", "Quarry Eng Hiring"),
        att=[person("mina@quarry.dev", "Mina Oduya")],
        desc="Technical round with Mina. Live coding in your language of choice.",
        meet="meet",
    )
    _x(
        "Tandem <> Alex Rivera",
        interview=True,
        company="Tandem",
        role="Staff Data Engineer",
        org=("recruiting@tandem.money", "Tandem Recruiting"),
        att=[person("leah@tandem.money", "Leah Rubin")],
        desc="Hi Alex, this is your hiring manager conversation for the Staff Data Engineer opening at Tandem. Leah leads our Data Platform team.",
        conf=(ZOOM, "https://tandem.zoom.us/j/88877766655"),
    )
    _x(
        "Pebble: final interview",
        interview=True,
        company="Pebble",
        role=None,
        org=("people@pebble.health", "Pebble People"),
        att=[person("sam@pebble.health", "Sam Okoro"), person("ria@pebble.health", "Ria Das")],
        desc="Final interview: 2 x 45 min with Sam (CTO) and Ria (VP Product).",
        meet="meet",
    )
    _x(
        "Ember | Hiring manager call | Analytics Engineer",
        interview=True,
        company="Ember",
        role="Analytics Engineer",
        org=("kate@ember.energy", "Kate Hollis"),
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Mosaic case interview",
        interview=True,
        company="Mosaic",
        role="Data Scientist",
        org=("hiring@mosaic-analytics.com", "Mosaic Hiring"),
        desc="Case interview for the Data Scientist position. You will be given a short business problem and asked to reason through it out loud.",
        conf=(ZOOM, "https://mosaic-analytics.zoom.us/j/82233445566"),
    )
    _x(
        "Final loop at Loop",
        interview=True,
        company="Loop",
        role="Senior Data Engineer",
        org=("recruiting@loop.co", "Loop Recruiting"),
        att=[
            person("dev@loop.co", "Dev Anand"),
            person("tess@loop.co", "Tess Moreau"),
            person("gus@loop.co", "Gus Lindqvist"),
        ],
        desc="Your final loop for Senior Data Engineer. Schedule:\n10:00 System design (Dev)\n11:00 Data modeling (Tess)\n12:00 Lunch\n13:00 Values (Gus)",
        loc="Loop, 88 King St, Seattle",
    )
    _x(
        "Ferry - recruiter screen",
        interview=True,
        company="Ferry",
        role=None,
        org=("talent@ferry.travel", "Ferry Talent"),
        loc="Phone",
    )
    _x(
        "Canopy onsite (Data Engineer II)",
        interview=True,
        company="Canopy",
        role="Data Engineer II",
        org=("hiring@canopyhq.com", "Canopy Hiring"),
        loc="Canopy, 350 Rhode Island St, San Francisco",
    )
    _x(
        "Harvest — 2nd round — Analytics",
        interview=True,
        company="Harvest",
        role=None,
        org=("recruit@harvestfoods.co", "Harvest Recruiting"),
        desc="Second round for the Analytics opening at Harvest (grocery delivery).",
        meet="meet",
    )


def _zoom_desc(host: str, topic: str, url: str, mid: str) -> str:
    return (
        f"{host} is inviting you to a scheduled Zoom meeting.\n\n"
        f"Topic: {topic}\n\n"
        f"Join Zoom Meeting\n{url}?pwd=Q2xvdWRNZWV0aW5n\n\n"
        f"Meeting ID: {mid}\nPasscode: 482913\n\n---\n\n"
        "One tap mobile\n+16699009128,,{0}# US (San Jose)\n+12532158782,,{0}# US (Tacoma)\n".format(
            mid.replace(" ", "")
        )
    )


def _signature_only() -> None:
    _x(
        "Interview",
        interview=True,
        company="Orchard Bay Foods",
        role="Supply Chain Data Analyst",
        org=("maya.chen@orchardbay.com", "Maya Chen"),
        desc="Hi Alex,\n\nLooking forward to our conversation about the Supply Chain Data Analyst opening. I'll call you on Meet.\n\nMaya Chen | Talent Partner | Orchard Bay Foods\n(510) 555-0188",
        meet="meet",
    )
    _x(
        "Call with Alex Rivera",
        interview=True,
        company="Greenlight Mobility",
        role=None,
        org=("tobias.reyes@greenlightmobility.com", "Tobias Reyes"),
        desc='<p>Hi Alex, as discussed, here\'s an invite for our intro call.</p><br><p>--<br><b>Tobias Reyes</b><br>Senior Technical Recruiter<br>Greenlight Mobility<br><a href="https://greenlightmobility.com/careers">greenlightmobility.com/careers</a></p>',
        meet="meet",
    )
    _x(
        "Alex / Priscilla",
        interview=True,
        company="Ashgrove Capital",
        role="Data Engineer",
        org=("pvaughan@ashgrovecap.com", "Priscilla Vaughan"),
        desc="Data Engineer role - first conversation\n\nPriscilla Vaughan\nVP, Data Engineering\nAshgrove Capital Management\n\nThis e-mail and any attachments are confidential. If you are not the intended recipient, please notify the sender.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_agc1/0"),
        zone="America/New_York",
    )
    _x(
        "Alex Rivera - 30 min",
        interview=True,
        company="Wavecrest Media",
        role=None,
        org=("nina.brooks@wavecrestmedia.com", "Nina Brooks"),
        desc="Sent from my iPhone\n\nNina Brooks\nPeople & Talent, Wavecrest Media",
        loc="Phone: Nina will call you",
    )
    _x(
        "Intro chat",
        interview=True,
        company="Corbel Systems",
        role="Analytics Engineer",
        org=("rafael@corbelsystems.com", "Rafael Guimarães"),
        desc="Hey Alex, thanks for your interest in the Analytics Engineer role!\n\nRafael Guimarães\nHead of Data · Corbel Systems\nWe're hiring: corbelsystems.com/jobs",
        meet="meet",
    )
    _x(
        "Conversation: Alex + Imogen",
        interview=True,
        company="Thistle & Rowe",
        role=None,
        org=("imogen.shaw@thistlerowe.co.uk", "Imogen Shaw"),
        desc="Imogen Shaw\nHead of Talent\nThistle & Rowe\n12 Hanover Square, London W1S 1JD\n\nThistle & Rowe Ltd is registered in England and Wales, No. 0834512.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_tr9/0"),
        zone="Europe/London",
    )
    _x(
        "Next steps",
        interview=True,
        company="Kinetic Harbor",
        role="Senior Data Engineer",
        org=("ops.recruiting@kineticharbor.com", "Devon Pratt"),
        desc="Alex - adding time with our VP Eng, Ifeoma Nwosu, as the next step for Senior Data Engineer.\n\nDevon Pratt | Recruiting Lead | Kinetic Harbor | he/him",
        att=[person("ifeoma@kineticharbor.com", "Ifeoma Nwosu")],
        meet="meet",
    )
    _x(
        "Technical interview",
        interview=True,
        company="Pallas Networks",
        role=None,
        org=("hr-calendar@pallasnet.com", None),
        att=[person("g.andersson@pallasnet.com", "Gustav Andersson")],
        desc="Interviewer: Gustav Andersson\n\n—\nPallas Networks Talent Acquisition\nPallas Networks, Inc. | 700 Congress Ave, Austin TX",
        conf=(ZOOM, "https://pallasnet.zoom.us/j/83344556677"),
        zone="America/Chicago",
    )
    _x(
        "Alex Rivera <> Hiring Manager",
        interview=True,
        company="Sable Island Seafood",
        role="Data Analyst",
        org=("kwame.asante@sableisland.com", "Kwame Asante"),
        desc="Kwame Asante\nDirector of Analytics | Sable Island Seafood\nHalifax, NS\n\nRole: Data Analyst (Pricing)",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_sis2/0"),
        zone="America/Halifax",
    )
    _x(
        "Meet & greet",
        interview=True,
        company="Larkspur Analytics",
        role=None,
        org=("beth@larkspuranalytics.com", "Beth Carrow"),
        desc='Beth Carrow\nCo-founder & COO\nLarkspur Analytics\n"Data you can trust"',
        loc="Blue Bottle Coffee, 315 Linden St, San Francisco",
    )
    _x(
        "Screening call",
        interview=True,
        company="Tollgate Insurance",
        role="Actuarial Data Engineer",
        org=("recruiting@tollgateins.com", "Recruiting Team"),
        desc="Thank you for your application for Actuarial Data Engineer.\n\nKind regards,\n\nThe Recruiting Team\nTollgate Insurance\nwww.tollgateins.com",
        loc="Phone",
        zone="America/New_York",
    )
    _x(
        "Alex Rivera — follow-up",
        interview=True,
        company="Ridgeway Outdoor",
        role="Analytics Engineer",
        org=("olivia.grant@ridgewayoutdoor.com", "Olivia Grant"),
        desc='Hi Alex, thanks for yesterday. I\'d love to have you meet Carlos from our analytics team for the Analytics Engineer role.\n\nOlivia Grant\nRecruiter\nRidgeway Outdoor\n\n<img src="cid:ridgeway_logo.png">',
        att=[person("carlos.mendes@ridgewayoutdoor.com", "Carlos Mendes")],
        meet="meet",
    )


def _parent_and_brand() -> None:
    _x(
        "Snackwell Crisps (a Halvard Brands company) - Consumer Insights Analyst - interview",
        interview=True,
        company="Snackwell Crisps",
        role="Consumer Insights Analyst",
        org=("talent@halvardbrands.com", "Halvard Brands Talent Acquisition"),
        desc="Thank you for your interest in the Consumer Insights Analyst role at Snackwell Crisps. Snackwell Crisps is part of the Halvard Brands family. Recruiting for all Halvard brands is handled centrally.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_hb7/0"),
    )
    _x(
        "Halvard Brands — Corporate Data Engineering — Senior Data Engineer — panel",
        interview=True,
        company="Halvard Brands",
        role="Senior Data Engineer",
        org=("talent@halvardbrands.com", "Halvard Brands Talent Acquisition"),
        att=[
            person("e.lindqvist@halvardbrands.com", "Elin Lindqvist"),
            person("r.baptiste@halvardbrands.com", "Remy Baptiste"),
        ],
        desc="Corporate Data Engineering supports all our brands (Snackwell Crisps, Tidy Paws, Morning Meadow). This role sits in the Halvard Brands corporate team in Minneapolis.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_hb8/0"),
        zone="America/Chicago",
    )
    _x(
        "Interview: PocketPlan by Ardent Financial | Product Data Scientist",
        interview=True,
        company="PocketPlan",
        role="Product Data Scientist",
        org=("careers@ardentfinancial.com", "Ardent Financial Careers"),
        desc="You are interviewing with the PocketPlan team. PocketPlan is Ardent Financial's consumer budgeting app, run as a separate startup within Ardent.",
        meet="meet",
    )
    _x(
        "Vireo Hotels (part of Castellan Hospitality) – Revenue Analyst",
        interview=True,
        company="Vireo Hotels",
        role="Revenue Analyst",
        org=("jobs@castellanhospitality.com", "Castellan Hospitality Jobs"),
        att=[person("m.reyes@vireohotels.com", "Mateo Reyes")],
        desc="Mateo Reyes, Director of Revenue, Vireo Hotels",
        conf=(ZOOM, "https://castellanhospitality.zoom.us/j/81199887766"),
    )
    _x(
        "Data Engineer - Brightpath Learning (Kestrel Education Group) - technical",
        interview=True,
        company="Brightpath Learning",
        role="Data Engineer",
        org=("recruiting@kestreledu.com", "Kestrel Education Group Recruiting"),
        att=[person("n.hale@brightpathlearning.com", "Noah Hale")],
        meet="meet",
    )
    _x(
        "Dunmore Retail Group / Paperlane Stationery - Ecommerce Analyst",
        interview=True,
        company="Paperlane Stationery",
        role="Ecommerce Analyst",
        org=("hr@dunmoreretail.com", "Dunmore Retail Group HR"),
        desc="Role: Ecommerce Analyst, Paperlane Stationery (Dunmore Retail Group)\nYou'd sit with the Paperlane ecommerce team in Columbus.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_drg4/0"),
        zone="America/New_York",
    )
    _x(
        "Interview | Telluride Labs, an Orbis Aerospace company | ML Engineer",
        interview=True,
        company="Telluride Labs",
        role="ML Engineer",
        org=("people@telluridelabs.com", "Telluride Labs People"),
        desc="Telluride Labs was acquired by Orbis Aerospace in 2024 and continues to hire under its own name.",
        meet="meet",
        zone="America/Denver",
    )
    _x(
        "Orbis Aerospace: Data Engineer, Flight Operations - Phone Screen",
        interview=True,
        company="Orbis Aerospace",
        role="Data Engineer, Flight Operations",
        org=("orbisaerospace@myworkday.com", "Orbis Aerospace"),
        desc="Orbis Aerospace Corporation | Recruiting\nThis role is with Orbis Flight Operations, Wichita KS.",
        loc="Phone",
        zone="America/Chicago",
    )


def _public_employers() -> None:
    _x(
        "Oral Board Interview — Data Analyst II — County of Redwater",
        interview=True,
        company="County of Redwater",
        role="Data Analyst II",
        org=("hr-exams@redwatercounty.gov", "County of Redwater Human Resources"),
        desc="You have been invited to the oral board interview for the Data Analyst II examination (Exam #25-0142). The board consists of three panel members. Please bring a photo ID.\nCounty of Redwater Human Resources, 1 Civic Center Plaza, Room 210",
        loc="County Administration Building, 1 Civic Center Plaza, Room 210, Redwater",
    )
    _x(
        "Redwater County Public Health – Epidemiology Data Analyst – Interview",
        interview=True,
        company="Redwater County Public Health",
        role="Epidemiology Data Analyst",
        org=("phjobs@redwatercounty.gov", "Redwater County Public Health"),
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_rcph/0"),
    )
    _x(
        "City of Lakemont – GIS & Data Specialist – Panel Interview",
        interview=True,
        company="City of Lakemont",
        role="GIS & Data Specialist",
        org=("jobs@lakemontcity.gov", "City of Lakemont Jobs"),
        desc="Panel: IT Director, GIS Coordinator, Public Works Analyst. 45 minutes. Parking available in the City Hall garage.",
        loc="Lakemont City Hall, 300 Main St, Conference Room B",
        zone="America/Chicago",
    )
    _x(
        "Entrevista – Ministerio de Infraestructura Digital – Analista de Datos",
        interview=True,
        company="Ministerio de Infraestructura Digital",
        role="Analista de Datos",
        org=("seleccion@mid.gob.es", "Unidad de Selección – MID"),
        desc="Estimado/a candidato/a:\nLe convocamos a la entrevista del proceso de selección para la plaza de Analista de Datos (Subdirección General de Datos Abiertos).\nMinisterio de Infraestructura Digital\nPaseo de la Castellana 300, Madrid",
        loc="Paseo de la Castellana 300, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Northbridge University – Research Data Engineer – search committee interview",
        interview=True,
        company="Northbridge University",
        role="Research Data Engineer",
        org=("k.ambrose@northbridge.edu", "Katherine Ambrose"),
        att=[
            person("j.feld@northbridge.edu", "Jonah Feld"),
            person("s.mbeki@northbridge.edu", "Sipho Mbeki"),
        ],
        desc="Search committee: Research Computing Services. Please prepare a 10 minute overview of a data pipeline you built.",
        conf=(ZOOM, "https://northbridge.zoom.us/j/97766554433"),
        zone="America/New_York",
    )
    _x(
        "St. Aldric's Hospital - Clinical Data Analyst - Interview",
        interview=True,
        company="St. Aldric's Hospital",
        role="Clinical Data Analyst",
        org=("recruitment@staldrics.org", "St. Aldric's Recruitment"),
        desc="St. Aldric's Hospital, Department of Quality & Patient Safety. Please report to the main lobby and call extension 4412.",
        loc="St. Aldric's Hospital, 1200 Cathedral Ave, Main Lobby",
    )
    _x(
        "Harrowgate Children's Hospital | Sr. Data Engineer, Research Informatics",
        interview=True,
        company="Harrowgate Children's Hospital",
        role="Sr. Data Engineer, Research Informatics",
        org=("talent@harrowgatechildrens.org", "Harrowgate Children's Talent"),
        att=[person("a.rosen@harrowgatechildrens.org", "Aviva Rosen, MD")],
        conf=(ZOOM, "https://harrowgatechildrens.zoom.us/j/91234500987"),
        zone="America/New_York",
    )
    _x(
        "State of Cascadia Dept. of Revenue - Data Engineer 3 - Interview",
        interview=True,
        company="State of Cascadia Department of Revenue",
        role="Data Engineer 3",
        org=("dor.recruiting@cascadia.gov", "DOR Recruiting"),
        desc="Structured civil service interview for Data Engineer 3 (Recruitment #2025-06311). State of Cascadia Department of Revenue.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_dor3/0"),
    )
    _x(
        "Port Authority of Bayhaven: Interview – Operations Research Analyst",
        interview=True,
        company="Port Authority of Bayhaven",
        role="Operations Research Analyst",
        org=("careers@portofbayhaven.org", "Port Authority of Bayhaven Careers"),
        loc="Port Authority of Bayhaven, Terminal Admin Bldg, 2nd floor",
    )
    _x(
        "Universidad de Valdoria – entrevista – Ingeniero(a) de Datos, Oficina de Análisis Institucional",
        interview=True,
        company="Universidad de Valdoria",
        role="Ingeniero(a) de Datos",
        org=("talento@uvaldoria.edu.mx", "Talento Humano UVaL"),
        desc="Oficina de Análisis Institucional. Entrevista con la coordinadora, Mtra. Paulina Cárdenas.",
        conf=(ZOOM, "https://uvaldoria.zoom.us/j/86611122233"),
        zone="America/Mexico_City",
    )
    _x(
        "Landesamt für Statistik Nordheim: Vorstellungsgespräch Data Scientist (m/w/d)",
        interview=True,
        company="Landesamt für Statistik Nordheim",
        role="Data Scientist",
        org=("personal@statistik.nordheim.de", "Personalreferat Landesamt für Statistik"),
        desc="Sehr geehrte Bewerberin, sehr geehrter Bewerber,\nwir laden Sie zum Vorstellungsgespräch für die Stelle Data Scientist (m/w/d), Kennziffer 14/2025, ein.\nMit freundlichen Grüßen\nPersonalreferat",
        loc="Landesamt für Statistik Nordheim, Raum 3.12, Am Markt 4",
        zone="Europe/Berlin",
    )
    _x(
        "Panel Interview: Harbor City VA Medical Center – Health Data Analyst",
        interview=True,
        company="Harbor City VA Medical Center",
        role="Health Data Analyst",
        org=("hcvamc.hr@va-harborcity.gov", "HCVAMC Human Resources"),
        desc="Structured panel interview. Three panel members will ask the same questions of all candidates. Panel chair: Dr. Lorraine Pike.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_hcva/0"),
    )
    _x(
        "Interview: Bayhaven Unified School District – Data & Assessment Analyst",
        interview=True,
        company="Bayhaven Unified School District",
        role="Data & Assessment Analyst",
        org=("classifiedhr@bayhavenusd.org", "BUSD Classified HR"),
        loc="BUSD District Office, 700 Harbor Blvd, Board Room",
    )
    _x(
        "Agência Nacional de Mobilidade – entrevista – Cientista de Dados",
        interview=True,
        company="Agência Nacional de Mobilidade",
        role="Cientista de Dados",
        org=("selecao@anm.gov.br", "Seleção ANM"),
        desc="Prezado(a) Alex,\nSua entrevista para a vaga temporária de Cientista de Dados está confirmada.\nAgência Nacional de Mobilidade – Coordenação de Gestão de Pessoas",
        meet="meet",
        zone="America/Sao_Paulo",
    )


def _zoom_only() -> None:
    _x(
        "Interview",
        interview=True,
        company="Orchard Bay Foods",
        role=None,
        org=("maya.recruits@gmail.com", "Maya Chen"),
        desc=_zoom_desc(
            "Maya Chen",
            "Orchard Bay Foods - Alex Rivera",
            "https://us02web.zoom.us/j/81234567890",
            "812 3456 7890",
        ),
        loc="https://us02web.zoom.us/j/81234567890?pwd=Q2xvdWRNZWV0aW5n",
        conf=(ZOOM, "https://us02web.zoom.us/j/81234567890"),
    )
    _x(
        "Interview",
        interview=True,
        company="Gridwise",
        role="Data Engineer",
        org=("sofia@talentbridge-partners.com", "Sofia Marchetti"),
        desc=_zoom_desc(
            "Sofia Marchetti",
            "Gridwise | Data Engineer Interview",
            "https://us06web.zoom.us/j/84455667788",
            "844 5566 7788",
        ),
        conf=(ZOOM, "https://us06web.zoom.us/j/84455667788"),
    )
    _x(
        "Interview",
        interview=True,
        company="Anchorline Shipping",
        role=None,
        org=("d.hollis@anchorline.com", "Darren Hollis"),
        desc=_zoom_desc(
            "Darren Hollis",
            "Anchorline Shipping Interview",
            "https://anchorline.zoom.us/j/97711223344",
            "977 1122 3344",
        ),
        loc="https://anchorline.zoom.us/j/97711223344",
    )
    _x(
        "Interview",
        interview=True,
        company="Sequoia Lane Home Health",
        role="Data Analyst",
        org=("kim.tran.recruiter@gmail.com", "Kim Tran"),
        desc=_zoom_desc(
            "Kim Tran",
            "Sequoia Lane Home Health - Data Analyst - Alex R.",
            "https://us02web.zoom.us/j/85566778899",
            "855 6677 8899",
        ),
        conf=(ZOOM, "https://us02web.zoom.us/j/85566778899"),
    )
    _x(
        "Interview",
        interview=True,
        company="Helix & Hart",
        role=None,
        org=("rachel@helixhart.com", "Rachel Ong"),
        desc=_zoom_desc(
            "Rachel Ong",
            "Helix & Hart // Alex Rivera // 2nd round",
            "https://helixhart.zoom.us/j/82299887711",
            "822 9988 7711",
        ),
        conf=(ZOOM, "https://helixhart.zoom.us/j/82299887711"),
    )
    _x(
        "Interview",
        interview=True,
        company="Tamarind Studio",
        role="Analytics Engineer",
        org=("ben.ortiz@gmail.com", "Ben Ortiz"),
        desc=_zoom_desc(
            "Ben Ortiz",
            "Zoom meeting: Tamarind Studio Analytics Engineer interview",
            "https://us05web.zoom.us/j/83344221100",
            "833 4422 1100",
        ),
        loc="https://us05web.zoom.us/j/83344221100",
    )
    _x(
        "interview",
        interview=True,
        company="Marisco Labs",
        role=None,
        org=("jules@marisco.ai", "Jules Renard"),
        desc=_zoom_desc(
            "Jules Renard",
            "Marisco Labs x Alex",
            "https://us06web.zoom.us/j/86677889900",
            "866 7788 9900",
        ),
        conf=(ZOOM, "https://us06web.zoom.us/j/86677889900"),
    )
    _x(
        "Interview",
        interview=True,
        company="Crestview Credit Union",
        role="Data Warehouse Developer",
        org=("hr@crestviewcu.org", "Crestview HR"),
        desc=_zoom_desc(
            "Crestview Credit Union HR",
            "Crestview Credit Union – Data Warehouse Developer Interview",
            "https://crestviewcu.zoom.us/j/94433221100",
            "944 3322 1100",
        ),
        conf=(ZOOM, "https://crestviewcu.zoom.us/j/94433221100"),
        zone="America/Denver",
    )
    _x(
        "Interview (Zoom)",
        interview=True,
        company="Wildrye",
        role=None,
        org=("hana.sato@wildrye.com", "Hana Sato"),
        desc=_zoom_desc(
            "Hana Sato",
            "Wildrye Interview: Alex Rivera",
            "https://wildrye.zoom.us/j/81100223344",
            "811 0022 3344",
        ),
        conf=(ZOOM, "https://wildrye.zoom.us/j/81100223344"),
    )
    _x(
        "Interview",
        interview=True,
        company="Coastal Bend Credit",
        role="Risk Data Engineer",
        org=("lmartinez.recruiting@outlook.com", "Laura Martinez"),
        desc=_zoom_desc(
            "Laura Martinez",
            "Coastal Bend Credit | Risk Data Engineer | Interview",
            "https://us02web.zoom.us/j/87788990011",
            "877 8899 0011",
        ),
        conf=(ZOOM, "https://us02web.zoom.us/j/87788990011"),
        zone="America/Chicago",
    )


def _agencies() -> None:
    _x(
        "Client interview: Fenwick Health – Senior Data Engineer (via Stratos Talent)",
        interview=True,
        company="Fenwick Health",
        role="Senior Data Engineer",
        org=("liam.carter@stratostalent.com", "Liam Carter"),
        att=[person("r.oyelaran@fenwickhealth.com", "Rotimi Oyelaran")],
        desc="Hi Alex,\nGreat news - Fenwick Health would like to meet you for the Senior Data Engineer role. Rotimi is the hiring manager. Call me after!\n\nLiam Carter | Senior Consultant | Stratos Talent",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_fen1/0"),
    )
    _x(
        "Alex Rivera / Corwin Tools - 1st stage",
        interview=True,
        company="Corwin Tools",
        role="Manufacturing Data Analyst",
        org=("tom.baxter@harlowsearch.co.uk", "Tom Baxter"),
        desc="Hi Alex,\n\nAs discussed, Corwin Tools would like to meet you for the Manufacturing Data Analyst position. Interview with Sandra Pryce (Ops Director) at their Sheffield site.\n\nKind regards,\nTom Baxter\nPrincipal Consultant | Harlow Search",
        loc="Corwin Tools Ltd, Parkway Works, Sheffield S9 3HQ",
        zone="Europe/London",
    )
    _x(
        "Interview with our client (confidential) - Senior Data Engineer",
        interview=True,
        company=None,
        role="Senior Data Engineer",
        org=("priya.k@novaresourcing.com", "Priya Kulkarni"),
        desc="Hi Alex, our client is a well-known fintech in the Bay Area; they prefer to keep the search confidential until the second stage. The interviewer is their Head of Data Platform. Priya - Nova Resourcing",
        conf=(ZOOM, "https://novaresourcing.zoom.us/j/82211009988"),
    )
    _x(
        "Brightforce Staffing | Alex Rivera | Interview with Mercer Lane Logistics",
        interview=True,
        company="Mercer Lane Logistics",
        role="Data Analyst",
        org=("scheduling@brightforcestaffing.com", "Brightforce Staffing"),
        desc="Position: Data Analyst (Contract-to-hire, 6 months)\nClient: Mercer Lane Logistics\nHiring manager: Greg Toomey\nPlease arrive 10 minutes early and call your Brightforce recruiter, Jess, when you leave.",
        loc="Mercer Lane Logistics, 4100 Airport Way S, Seattle",
    )
    _x(
        "Submittal interview – Client: Nimbus Air – Role: Data Engineer (W2 contract)",
        interview=True,
        company="Nimbus Air",
        role="Data Engineer",
        org=("ravi@vantageit.com", "Ravi Shankar"),
        desc="End client: Nimbus Air\nRate: discussed\nInterview panel: 2 from Nimbus Air data team. Be on time, they are strict.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_nimbus/0"),
        zone="America/Chicago",
    )
    _x(
        "Vorstellungsgespräch bei unserem Kunden Albrecht Pharma – Data Engineer (m/w/d)",
        interview=True,
        company="Albrecht Pharma",
        role="Data Engineer",
        org=("m.schulz@personalwerk-partner.de", "Marc Schulz"),
        desc="Hallo Alex,\nwie besprochen das Gespräch bei unserem Kunden Albrecht Pharma. Ansprechpartnerin dort: Dr. Katrin Vogel, Leitung Data & Analytics.\nViele Grüße\nMarc Schulz | Personalwerk Partner",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_alb/0"),
        zone="Europe/Berlin",
    )
    _x(
        "Second stage with Kiln & Co (arranged by Meridian Search)",
        interview=True,
        company="Kiln & Co",
        role=None,
        org=("hello@meridiansearch.io", "Meridian Search"),
        desc="Kiln & Co have asked for a second stage. It'll be with their founder, Esme Hart, at the studio.",
        loc="Kiln & Co, Unit 4, 22 Vyner St, London E2",
        zone="Europe/London",
    )
    _x(
        "Alex <> Harwell Foods (HM)",
        interview=True,
        company="Harwell Foods",
        role="Analytics Manager",
        org=("dana.lee.talent@gmail.com", "Dana Lee"),
        desc="Alex, adding you to the hiring manager call with Harwell Foods for the Analytics Manager role. I'm the external recruiter working on this search for Harwell. - Dana",
        meet="meet",
    )
    _x(
        "Interview: Alex Rivera for Bell & Tanner — presented by Quest Tech Recruiting",
        interview=True,
        company="Bell & Tanner",
        role="Data Engineer",
        org=("ops@questtechrecruiting.com", "Quest Tech Recruiting"),
        att=[person("m.bell@bellandtanner.com", "Morgan Bell")],
        desc="Candidate: Alex Rivera\nClient: Bell & Tanner\nPosition: Data Engineer\nInterviewer: Morgan Bell, Partner",
        conf=(ZOOM, "https://us02web.zoom.us/j/89900112233"),
    )
    _x(
        "Alex Rivera - Teams interview - Client: Tynebrook Water",
        interview=True,
        company="Tynebrook Water",
        role="Senior BI Analyst",
        org=("c.hughes@northernlightrecruitment.co.uk", "Ciara Hughes"),
        desc="Role: Senior BI Analyst (permanent)\nClient: Tynebrook Water\nInterviewers: Gareth Ellis (Head of BI), Amara Nwachukwu (HR)\n\nCiara Hughes - Northern Light Recruitment",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_tyne/0"),
        zone="Europe/London",
    )
    _x(
        "End client interview – Redfern Insurance – Big Data Engineer",
        interview=True,
        company="Redfern Insurance",
        role="Big Data Engineer",
        org=("harish.v@vantageit.com", "Harish Venkat"),
        att=[person("s.mccabe@redferninsurance.com", "Shane McCabe")],
        desc="Implementation partner: Vantage IT\nEnd client: Redfern Insurance\nPosition: Big Data Engineer",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_redf/0"),
        zone="America/New_York",
    )
    _x(
        "Stratos Talent x Alex – interview w/ Oakmoss (Data Platform Lead)",
        interview=True,
        company="Oakmoss",
        role="Data Platform Lead",
        org=("liam.carter@stratostalent.com", "Liam Carter"),
        att=[person("yara@oakmoss.com", "Yara Haddad")],
        meet="meet",
    )


def _foreign_titles() -> None:
    _x(
        "Vorstellungsgespräch: Senior Data Engineer (m/w/d) – Brenner Logistik",
        interview=True,
        company="Brenner Logistik",
        role="Senior Data Engineer",
        org=("karriere@brenner-logistik.de", "Brenner Logistik Karriere"),
        att=[person("s.hoffmann@brenner-logistik.de", "Stefan Hoffmann")],
        desc="Guten Tag Herr Rivera,\nvielen Dank für Ihre Bewerbung als Senior Data Engineer (m/w/d). Gerne laden wir Sie zu einem ersten Gespräch ein.\nBrenner Logistik GmbH & Co. KG",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bren/0"),
        zone="Europe/Berlin",
    )
    _x(
        "Interview Datenanalyst (w/m/d) bei Stadtwerke Hollfeld",
        interview=True,
        company="Stadtwerke Hollfeld",
        role="Datenanalyst",
        org=("bewerbung@stadtwerke-hollfeld.de", "Stadtwerke Hollfeld Personal"),
        loc="Stadtwerke Hollfeld, Bahnhofstraße 9, Verwaltungsgebäude, 2. OG",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien – Ingénieur Data (H/F) – Groupe Valmont",
        interview=True,
        company="Groupe Valmont",
        role="Ingénieur Data",
        org=("talents@groupevalmont.fr", "Talents Groupe Valmont"),
        att=[person("p.garnier@groupevalmont.fr", "Pauline Garnier")],
        desc="Bonjour,\nNous avons le plaisir de vous convier à un entretien pour le poste d'Ingénieur Data (H/F) basé à Lyon.\nCordialement,\nPauline Garnier – Chargée de recrutement",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_valm/0"),
        zone="Europe/Paris",
    )
    _x(
        "Entretien technique : Data Analyst F/H – Maison Rochefort",
        interview=True,
        company="Maison Rochefort",
        role="Data Analyst",
        org=("rh@maisonrochefort.com", "RH Maison Rochefort"),
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Desarrollador(a) BI – Banco del Pacífico Sur – entrevista con gerencia",
        interview=True,
        company="Banco del Pacífico Sur",
        role="Desarrollador(a) BI",
        org=("seleccion@bancopacificosur.cl", "Selección BPS"),
        desc="Estimado(a) Alex:\nConfirmamos tu entrevista con la Gerencia de Datos para el cargo Desarrollador(a) BI.\nSaludos cordiales,\nEquipo de Selección – Banco del Pacífico Sur",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bps/0"),
        zone="America/Santiago",
    )
    _x(
        "Vaga: Engenheiro(a) de Dados Sênior – Entrevista com gestor – Lumiar Pagamentos",
        interview=True,
        company="Lumiar Pagamentos",
        role="Engenheiro(a) de Dados Sênior",
        org=("pessoas@lumiarpag.com.br", "Pessoas Lumiar"),
        att=[person("thiago.rocha@lumiarpag.com.br", "Thiago Rocha")],
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Data Engineer (all genders) – Alpenblick Versicherung – Erstgespräch",
        interview=True,
        company="Alpenblick Versicherung",
        role="Data Engineer",
        org=("jobs@alpenblick.at", "Alpenblick Versicherung Recruiting"),
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_alpen/0"),
        zone="Europe/Vienna",
    )
    _x(
        "Data Scientist (w/m/d) – Rheintal Bank – Zweitgespräch",
        interview=True,
        company="Rheintal Bank",
        role="Data Scientist",
        org=("recruiting@rheintalbank.ch", "Rheintal Bank Recruiting"),
        desc="Stelle: Data Scientist (w/m/d), 80–100 %, Zürich\nGesprächspartner: Urs Keller (Teamleiter Analytics), Martina Frei (HR Business Partner)",
        loc="Rheintal Bank, Bahnhofstrasse 45, 8001 Zürich",
        zone="Europe/Zurich",
    )
    _x(
        "Chargé(e) d'études statistiques – entretien – Mutuelle Atlantique",
        interview=True,
        company="Mutuelle Atlantique",
        role="Chargé(e) d'études statistiques",
        org=("recrutement@mutuelleatlantique.fr", "Recrutement Mutuelle Atlantique"),
        loc="Mutuelle Atlantique, 3 quai de la Fosse, Nantes",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista – Científico/a de Datos – Telcomar",
        interview=True,
        company="Telcomar",
        role="Científico/a de Datos",
        org=("talento@telcomar.com.co", "Talento Telcomar"),
        desc="Hola Alex, te compartimos el enlace para tu entrevista técnica para Científico/a de Datos. Equipo de Talento, Telcomar.",
        meet="meet",
        zone="America/Bogota",
    )
    _x(
        "Teamleiter*in Data Engineering – Zweitgespräch – Fabelwerk",
        interview=True,
        company="Fabelwerk",
        role="Teamleiter*in Data Engineering",
        org=("people@fabelwerk.de", "Fabelwerk People"),
        att=[person("lea@fabelwerk.de", "Lea Krüger"), person("can@fabelwerk.de", "Can Yılmaz")],
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Analista de Dados Pleno – Sabiá Saúde – entrevista técnica",
        interview=True,
        company="Sabiá Saúde",
        role="Analista de Dados Pleno",
        org=("recrutamento@sabiasaude.com.br", "Recrutamento Sabiá Saúde"),
        desc="Modelo de contratação: PJ. Entrevista técnica com o time de dados (SQL + estudo de caso).",
        conf=(ZOOM, "https://sabiasaude.zoom.us/j/83300112244"),
        zone="America/Sao_Paulo",
    )
    _x(
        "Responsable BI (F/H/X) – Groupe Clairval – entretien final",
        interview=True,
        company="Groupe Clairval",
        role="Responsable BI",
        org=("carrieres@clairval.fr", "Carrières Groupe Clairval"),
        att=[
            person("f.mercier@clairval.fr", "François Mercier"),
            person("a.benali@clairval.fr", "Amina Benali"),
        ],
        loc="Groupe Clairval, 18 rue de la République, Lyon",
        zone="Europe/Paris",
    )
    _x(
        "Data Engineer (m/f/d) – Interview – Kranich Mobility GmbH",
        interview=True,
        company="Kranich Mobility",
        role="Data Engineer",
        org=("talent@kranich-mobility.com", "Kranich Mobility Talent"),
        desc="Hi Alex, thanks for applying to Kranich Mobility! This is your first interview for the Data Engineer (m/f/d) role with our Head of Data, Jonas Pfeiffer.",
        meet="meet",
        zone="Europe/Berlin",
    )


def _conducting_interviews() -> None:
    _x(
        "Interview: Priya Nair – Senior Data Engineer (Initech) – Technical",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("priya.nair.dev@gmail.com", "Priya Nair"),
            person("bill.lumbergh@initech.com", "Bill Lumbergh", status="needsAction"),
        ],
        desc="Interviewers: Alex Rivera (technical), Bill Lumbergh (shadow).\nCandidate resume and scorecard in Greenhouse. Please submit feedback within 24 hours.",
        meet="meet",
    )
    _x(
        "Initech | Data Engineer II | Technical Interview – Sam Wu",
        interview=False,
        me=WORK_ME,
        org=("greenhouse-scheduling@initech.com", "Initech Interview Scheduling"),
        att=[person("samwu.codes@gmail.com", "Sam Wu")],
        desc="You are scheduled to interview Sam Wu for Data Engineer II. Focus area: SQL and data modeling. Interview kit: https://app.greenhouse.io/interview_kits/88123",
        conf=(ZOOM, "https://initech.zoom.us/j/81112223334"),
    )
    _x(
        "Onsite: Analytics Engineer candidate (Lucía Gómez) – Alex: data modeling",
        interview=False,
        me=WORK_ME,
        org=("m.waddams@initech.com", "Milton Waddams"),
        att=[person("p.gibbons@initech.com", "Peter Gibbons")],
        desc="Lucía Gómez onsite loop. Alex covers data modeling 11:00-11:45 in Conf Rm Stapler.",
        loc="Initech HQ – Conf Rm Stapler",
    )
    _x(
        "Debrief – Senior Data Engineer candidate (P. Nair)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("bill.lumbergh@initech.com", "Bill Lumbergh"),
            person("s.nanjiani@initech.com", "Samir Nanjiani"),
        ],
        meet="meet",
    )
    _x(
        "Phone screen: Jonas Weber for Staff Data Engineer @ Initech",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("jonas.weber@posteo.de", "Jonas Weber")],
        desc="Hiring team phone screen. Interviewer: Alex Rivera. Candidate currently Data Engineer at Halden Bank.",
        loc="Candidate will call the interviewer",
    )
    _x(
        "Interview training: how we interview at Initech",
        interview=False,
        me=WORK_ME,
        org=("talent-ops@initech.com", "Initech Talent Ops"),
        desc="Required for all new interviewers. Covers structured interviewing, scorecards and avoiding bias.",
        conf=(ZOOM, "https://initech.zoom.us/j/83334445556"),
    )
    _x(
        "Shadow interview (reverse shadow): Data Engineer, Platform – candidate Mei Lin",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("meilin.data@outlook.com", "Mei Lin"),
            person("t.smykowski@initech.com", "Tom Smykowski"),
        ],
        desc="Alex leads, Tom shadows. Role: Data Engineer, Platform (Initech).",
        meet="meet",
    )
    _x(
        "Initech x Northbridge University – campus interviews (Data Analyst Intern)",
        interview=False,
        me=WORK_ME,
        org=("campus@initech.com", "Initech Campus Recruiting"),
        desc="Back-to-back 30-min interviews with Northbridge University students for our Data Analyst Intern role. Alex is on the interviewer schedule 1-4pm.",
        loc="Northbridge University Career Center, Room 114",
        zone="America/New_York",
    )
    _x(
        "Hiring committee – Analytics Engineer req R-2207",
        interview=False,
        me=WORK_ME,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
        att=[person("recruiting@initech.com", "Initech Recruiting")],
        desc="Decide on the two finalists for R-2207 Analytics Engineer.",
        loc="Initech HQ – Conf Rm TPS",
    )
    _x(
        "Take-home review: candidate submission (Analytics Engineer)",
        interview=False,
        me=WORK_ME,
        desc="Review Diego Ferreira's take-home before Thursday's debrief.",
    )
    _x(
        "Interviewing for Initech today 2-3pm (block)",
        interview=False,
        desc="Conducting an interview for work, don't book anything personal.",
    )
    _x(
        "Candidate lunch – Staff Data Engineer finalist",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("ahmed.saleh@protonmail.com", "Ahmed Saleh")],
        desc="Informal lunch with the candidate as part of the Initech onsite. Alex + Peter host.",
        loc="Chotchkie's, 1200 Frontage Rd",
    )
    _x(
        "Hold: Omar Haddad's Initech BI Developer panel (available for questions)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Alex referred Omar, so Alex will not be on the panel; this hold is just for Alex to be available for questions from the panel.",
    )
    _x(
        "Interview: Alex Rivera (interviewer) / Candidate: Hannah Brooks / Role: Data Analyst",
        interview=False,
        me=WORK_ME,
        org=("interviews@initech.com", "Initech Interviews"),
        att=[person("h.brooks@gmail.com", "Hannah Brooks")],
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_init14/0"),
    )


def _webinars_and_events() -> None:
    _x(
        "Halden Bank webinar: Modern data stack for regional banks",
        interview=False,
        org=("events@haldenbank.com", "Halden Bank Events"),
        desc="Thank you for registering! Join Halden Bank's data team as they discuss their move to a lakehouse. Speakers: Rosa Castillo, Data Engineering Manager.",
        conf=(ZOOM, "https://haldenbank.zoom.us/w/91122334455"),
    )
    _x(
        "Corvale Product Webinar: What's new in Corvale Pipelines",
        interview=False,
        org=("webinars@corvale.com", "Corvale"),
        desc="Hosted by Dmitri Volkov, Staff Engineer. Live demo + Q&A.",
        conf=(ZOOM, "https://corvale.zoom.us/w/92233445566"),
    )
    _x(
        "Tidewell Careers Info Session – Machine Learning roles",
        interview=False,
        org=("careers@tidewell.io", "Tidewell Careers"),
        desc="Learn about open Machine Learning Engineer roles at Tidewell. Hear from engineers, ask questions, no application needed. This is not an interview.",
        conf=(ZOOM, "https://tidewell.zoom.us/w/93344556677"),
    )
    _x(
        "Virtual career fair: Meridian Health (IT & Data)",
        interview=False,
        desc="Drop-in booths, chat with recruiters. Bring resume link. https://careerfair.meridianhealth.org",
    )
    _x(
        "Open house at Tessellate Labs (hiring event + demos)",
        interview=False,
        desc="RSVP'd. Free food, lightning talks by the team. Might be good to meet people before applying.",
        loc="Tessellate Labs, 1700 Broadway, Oakland",
    )
    _x(
        "Coffee & Code with Kettle engineers",
        interview=False,
        org=("events@kettle.com", "Kettle Events"),
        desc="A casual community evening at Kettle HQ. Talks: 'Streaming at Kettle' by Amir Haddad. Snacks provided.",
        loc="Kettle HQ, 500 Howard St, San Francisco",
    )
    _x(
        "Snowmelt Summit 2025 – Day 1",
        interview=False,
        all_day=True,
        desc="Conference pass #SM25-4471. Keynote 9am. Data Engineering track in Hall B.",
        loc="Moscone West, San Francisco",
    )
    _x(
        "Webinar: How Peachtree Health Partners built a clinical data platform",
        interview=False,
        org=("no-reply@on24.com", "ON24"),
        desc="Presented by Peachtree Health Partners and Corvale. Speakers: Machine Learning Engineer and Director of Clinical Informatics.",
        loc="https://event.on24.com/wcc/r/4412233/ABCDEF",
    )
    _x(
        "Lisbon Harbor Group – investor update livestream",
        interview=False,
        desc="Public livestream, watch for the market research; they're hiring data engineers.",
        loc="https://youtube.com/live/lisbonharbor",
    )
    _x(
        "dbt Meetup Oakland, hosted by Copperline",
        interview=False,
        desc="Talks: 'Testing at scale' (Gabe Ross, Data Lead, Copperline). Doors 6pm.",
        loc="Copperline, 410 Broadway, Oakland",
    )
    _x(
        "Workshop: Writing a great Data Engineer resume (hosted by Rowan recruiting team)",
        interview=False,
        org=("lena@rowan.tech", "Lena Fischer"),
        desc="Public workshop for job seekers. Lena Fischer, Talent Lead at Rowan, shares tips. Not part of any application process.",
        conf=(ZOOM, "https://us06web.zoom.us/j/85599887766"),
    )
    _x(
        "County of Redwater – Data Analyst II exam information session",
        interview=False,
        org=("hr-exams@redwatercounty.gov", "County of Redwater Human Resources"),
        desc="Optional information session about the Data Analyst II examination process, the written test and the oral board. No evaluation takes place.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_rcinfo/0"),
    )


def _vendor_pitches() -> None:
    _x(
        "Initech <> Snowmelt Analytics – demo",
        interview=False,
        me=WORK_ME,
        org=("jamie.fox@snowmeltanalytics.com", "Jamie Fox"),
        att=[person("p.gibbons@initech.com", "Peter Gibbons")],
        desc="Jamie Fox | Account Executive | Snowmelt Analytics\nAgenda: discovery, demo of Snowmelt Observability, pricing next steps.",
        conf=(ZOOM, "https://snowmeltanalytics.zoom.us/j/81231231234"),
    )
    _x(
        "Intro: Jamie Fox (Account Executive, Greyline) <> Alex Rivera (Senior Data Engineer, Initech)",
        interview=False,
        me=WORK_ME,
        org=("jamie@greyline.io", "Jamie Fox"),
        desc="Thanks for taking the time, Alex! Keen to learn how Initech manages data quality today.",
        meet="meet",
    )
    _x(
        "POC kickoff: Tidewell x Initech",
        interview=False,
        me=WORK_ME,
        org=("keiko.mori@tidewell.io", "Keiko Mori"),
        att=[person("bill.lumbergh@initech.com", "Bill Lumbergh")],
        desc="Kickoff for the 30-day proof of concept of Tidewell Search at Initech.",
        meet="meet",
    )
    _x(
        "Renewal call – Lakeshore Data Co contract",
        interview=False,
        me=WORK_ME,
        org=("csm@lakeshoredata.com", "Lakeshore Data Customer Success"),
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_lsd/0"),
    )
    _x(
        "Quillfeather Payments – integration scoping with Initech data team",
        interview=False,
        me=WORK_ME,
        org=("arjun.mehta@quillfeather.com", "Arjun Mehta"),
        desc="Arjun Mehta, Engineering Manager, Payments, Quillfeather. Goal: scope the Initech event export.",
        conf=(ZOOM, "https://quillfeather.zoom.us/j/87123400000"),
    )
    _x(
        "Cobalt Labs – technical deep dive (vendor evaluation)",
        interview=False,
        me=WORK_ME,
        org=("henrik@cobaltlabs.io", "Henrik Aas"),
        desc="Cobalt Labs Solutions Engineer will walk the Initech data team through the architecture. Questions from Alex on security review.",
        meet="meet",
    )
    _x(
        "Lunch & learn: Marisco Labs presents to Initech Data",
        interview=False,
        me=WORK_ME,
        org=("t.smykowski@initech.com", "Tom Smykowski"),
        desc="Vendor-sponsored lunch. Marisco Labs will pitch their feature store.",
        loc="Initech HQ – Cafeteria annex",
    )
    _x(
        "Reference call for Snowmelt (Alex as customer reference)",
        interview=False,
        me=WORK_ME,
        org=("jamie.fox@snowmeltanalytics.com", "Jamie Fox"),
        desc="Alex agreed to speak with a prospective Snowmelt customer (Halden Bank) about Initech's experience.",
        att=[person("r.castillo@haldenbank.com", "Rosa Castillo")],
        conf=(ZOOM, "https://snowmeltanalytics.zoom.us/j/81231239999"),
    )
    _x(
        "Gridwise sales call – energy data feed",
        interview=False,
        me=WORK_ME,
        org=("sales@gridwise.io", "Gridwise Sales"),
        desc="Account Executive: Tara Quinn. Discussion of the Gridwise grid data API for Initech's forecasting team.",
        meet="meet",
    )
    _x(
        "QBR – Corvale x Initech",
        interview=False,
        me=WORK_ME,
        org=("am@corvale.com", "Corvale Account Management"),
        att=[person("bill.lumbergh@initech.com", "Bill Lumbergh")],
        conf=(ZOOM, "https://corvale.zoom.us/j/92233440000"),
    )


def _networking() -> None:
    _x(
        "Lunch with Sam (Data Engineer @ Orchard Bay Foods)",
        interview=False,
        desc="Catch up, ask how they like Orchard Bay. Not an interview, just lunch.",
        loc="Tacorea, 809 Bush St",
    )
    _x(
        "Coffee w/ Dana – Staff DE at Harbor Pay",
        interview=False,
        org=("dana.whit@gmail.com", "Dana Whitfield"),
        desc="Dana offered to tell me about the Harbor Pay data team and maybe refer me.",
        loc="Sightglass Coffee, 270 7th St",
    )
    _x(
        "Drinks with ex-Initech folks (now at Tandem, Loop, Kettle)",
        interview=False,
        loc="Zeitgeist, 199 Valencia St",
    )
    _x(
        "Dinner with Renata (Director, Analytics Engineering @ Pinecrest Mutual)",
        interview=False,
        desc="Old friend from grad school. Don't talk shop too much.",
        loc="Nopa, 560 Divisadero St",
    )
    _x(
        "Informational chat: Kwame Asante (Sable Island Seafood) – career advice",
        interview=False,
        org=("kwame.asante@sableisland.com", "Kwame Asante"),
        desc="Kwame kindly agreed to a 20-min chat about moving into analytics leadership. He said there is no open role right now.",
        meet="meet",
    )
    _x(
        "Referral call w/ Omar (Kettle) — he'll submit me internally",
        interview=False,
        desc="Send Omar my resume and the Data Engineer job link beforehand.",
        loc="Phone",
    )
    _x(
        "Data Women Bay Area mixer @ Brookline Health",
        interview=False,
        desc="Networking mixer hosted at Brookline Health's SF office.",
        loc="Brookline Health, 1 Sansome St, San Francisco",
    )
    _x(
        "Walk with Lena Fischer (Rowan) – catch up",
        interview=False,
        desc="Lena (Talent Lead at Rowan) and I used to work together. Walk around Lake Merritt.",
        loc="Lake Merritt, Oakland",
    )
    _x(
        "Virtual coffee: Inês Carvalho (Oakhurst) x Alex",
        interview=False,
        org=("ines.carvalho@oakhurst.dev", "Inês Carvalho"),
        desc="Met at the dbt meetup. Chat about open source data tooling and her talk proposal.",
        meet="meet",
    )
    _x(
        "LinkedIn chat follow-up – Nikhil Rao (Ironleaf Logistics)",
        interview=False,
        desc="Nikhil commented on my post about Airflow; chat about a blog collab, not a job.",
        meet="meet",
    )
    _x(
        "Breakfast with Hugo (CEO, Lantern) – advising",
        interview=False,
        desc="Hugo wants advice on hiring his first data person. I'm helping him write the Data Lead job description.",
        loc="Plow, 1299 18th St",
    )
    _x(
        "Happy hour – Second Interview Studios wrap party (Marcus invited me)",
        interview=False,
        loc="Second Interview Studios, 3100 W Olive Ave, Burbank",
    )


def _alumni_panels() -> None:
    _x(
        "Alumni panel: Careers in Data @ Northbridge University",
        interview=False,
        org=("alumni@northbridge.edu", "Northbridge Alumni Relations"),
        desc="Thank you for agreeing to speak! Panelists: Alex Rivera (Senior Data Engineer, Initech), Nora Feld (Head of Data, Greyfield), Kwame Asante (Sable Island Seafood).",
        loc="Northbridge University, Hale Hall 201",
        zone="America/New_York",
    )
    _x(
        "Panelist: 'From Analyst to Data Engineer' – bootcamp alumni night",
        interview=False,
        org=("events@dataforge-bootcamp.com", "DataForge Bootcamp"),
        desc="Alex Rivera (Initech), Priya Raman (Corvale) and Ben Holt (Oakhurst) share their paths. Moderated Q&A.",
        conf=(ZOOM, "https://us02web.zoom.us/j/84411000022"),
    )
    _x(
        "Northbridge mentoring: help Tariq prep for his Corvale interview",
        interview=False,
        org=("mentoring@northbridge.edu", "Northbridge Mentoring Program"),
        att=[person("tariq.h@northbridge.edu", "Tariq Hassan")],
        desc="Tariq (class of '26) has a Data Engineer intern interview at Corvale next week; run a practice SQL round with him.",
        meet="meet",
    )
    _x(
        "Women in Data panel – speaker prep",
        interview=False,
        org=("organizers@womenindata-sf.org", "Women in Data SF"),
        desc="Run-of-show review for Thursday's panel. Moderator: Grace Liu (Analytics Manager, Bramble Home).",
        meet="meet",
    )
    _x(
        "Universidad de Valdoria – charla de egresados: carreras en datos",
        interview=False,
        org=("egresados@uvaldoria.edu.mx", "Egresados UVaL"),
        desc="Panel de egresados: trayectorias en ciencia de datos. Participa Alex Rivera (Initech).",
        conf=(ZOOM, "https://uvaldoria.zoom.us/j/86611100000"),
        zone="America/Mexico_City",
    )
    _x(
        "Career day at Bayhaven High – talk about being a Data Engineer",
        interview=False,
        desc="15-minute talk per class, periods 2-4. Bring stickers.",
        loc="Bayhaven High School, Room 12",
    )
    _x(
        "Alumni speed-networking: Finance & Data (Oxbow Partners hosting)",
        interview=False,
        desc="Alumni association event hosted at Oxbow Partners' office. Name tags at the door.",
        loc="Oxbow Partners, 1 Federal St, Boston",
        zone="America/New_York",
    )
    _x(
        "Guest lecture: Data pipelines in practice (Northbridge CS 410)",
        interview=False,
        org=("k.ambrose@northbridge.edu", "Katherine Ambrose"),
        desc="Thanks for guest lecturing, Alex! 50 minutes + questions.",
        conf=(ZOOM, "https://northbridge.zoom.us/j/97766550000"),
        zone="America/New_York",
    )


def _friends_interviews() -> None:
    _x(
        "Jordan's interview at Copperline (drive them?)",
        interview=False,
        desc="Jordan's final round, 10am in Oakland. Offered to drop them off.",
    )
    _x(
        "Sam's final round @ Harbor Pay – text good luck",
        interview=False,
        desc="Reminder",
    )
    _x(
        "Mom – job interview at County of Redwater (pick her up after)",
        interview=False,
        loc="County Administration Building, 1 Civic Center Plaza",
    )
    _x(
        "Help Priya prep for her Kettle onsite",
        interview=False,
        org=("priya.s.dev@gmail.com", "Priya S."),
        desc="Mock system design for Priya's Kettle Data Engineer onsite on Friday.",
        meet="meet",
    )
    _x(
        "Chris interview – Lakeshore Outfitters (dog sitting)",
        interview=False,
        desc="Chris is in Portland for the Lakeshore interview; walk Biscuit 8am and 5pm.",
        all_day=True,
    )
    _x(
        "Taylor: Entrevista Banco del Pacífico Sur (videollamada desde casa, no molestar)",
        interview=False,
        desc="Taylor needs the office 9-11, quiet please.",
    )
    _x(
        "Reference call for Jordan – Copperline recruiter",
        interview=False,
        org=("hiring@copperline.io", "Copperline Hiring"),
        desc="Copperline is checking references for Jordan Ellis (Senior Analytics Engineer candidate). Alex is listed as a reference.",
        loc="Phone",
    )
    _x(
        "Nina's panel interview at Meridian Health (watch kids)",
        interview=False,
        loc="Home",
    )


def _other_lookalikes() -> None:
    _x(
        "Prep: Corvale system design",
        interview=False,
        desc="Review streaming design notes, practice the Kafka -> warehouse question. Interview is tomorrow.",
    )
    _x(
        "Mock interview w/ Chris – Staff Data Engineer (Tandem-style)",
        interview=False,
        org=("chris.moreno@gmail.com", "Chris Moreno"),
        desc="Chris plays the Tandem hiring manager. 45 min + feedback.",
        meet="meet",
    )
    _x(
        "Interview coaching session – Technical interview practice (Data Engineer)",
        interview=False,
        org=("sessions@interviewcoachpro.com", "InterviewCoach Pro"),
        desc="Your paid coaching session with coach Rahul B. Topic: Data Engineer system design. Not affiliated with any employer.",
        conf=(ZOOM, "https://interviewcoachpro.zoom.us/j/80011223344"),
    )
    _x(
        "Podcast interview: 'Data Talks' with Alex Rivera",
        interview=False,
        org=("host@datatalkspod.com", "Data Talks Podcast"),
        desc="Recording for episode 58: Alex Rivera, Senior Data Engineer at Initech, on migrating to a lakehouse.",
        loc="https://riverside.fm/studio/datatalks",
    )
    _x(
        "Press interview – Halden Bank customer story",
        interview=False,
        me=WORK_ME,
        org=("press@haldenbank.com", "Halden Bank Communications"),
        desc="Halden Bank's marketing team is interviewing Alex (Initech) for a customer case study about our joint data platform.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_hbpress/0"),
    )
    _x(
        "Visa interview – US Consulate (for Taylor's K-1)",
        interview=False,
        desc="Bring DS-160 confirmation, passport, photos.",
        loc="US Consulate General, Guadalajara",
        zone="America/Mexico_City",
    )
    _x(
        "Send thank-you notes: Halden Bank (Rosa) + Lakeshore Outfitters",
        interview=False,
        desc="Within 24h of interviews.",
    )
    _x(
        "Quillfeather take-home due 5pm",
        interview=False,
        desc="Backend Engineer (Payments) take-home. Submit via the Quillfeather Greenhouse link.",
    )
    _x(
        "Offer decision deadline – Tandem (Staff Data Engineer)",
        interview=False,
        all_day=True,
    )
    _x(
        "Background check – Pallas Networks (fingerprinting appointment)",
        interview=False,
        loc="IdentoGO, 2100 Telegraph Ave, Oakland",
    )
    _x(
        "User research interview: Kettle app ($50 gift card)",
        interview=False,
        org=("research@kettle.com", "Kettle User Research"),
        desc="Thanks for signing up to share feedback on the Kettle mobile app! A researcher will ask about your habits. Not related to jobs at Kettle.",
        conf=(ZOOM, "https://kettle.zoom.us/j/80099887766"),
    )
    _x(
        "Exit interview – Initech HR",
        interview=False,
        me=WORK_ME,
        org=("hr@initech.com", "Initech HR"),
        desc="Standard exit interview. Please complete the survey before the meeting.",
        loc="Initech HQ – HR office",
    )
    _x(
        "Stratos Talent – intro call about my search (no specific role yet)",
        interview=False,
        org=("liam.carter@stratostalent.com", "Liam Carter"),
        desc="Liam wants to learn what I'm looking for before he sends me to any clients. Agency intake only.",
        loc="Phone",
    )
    _x(
        "Apply: Senior Software Engineer, Data Infrastructure @ Rowan (closes Friday)",
        interview=False,
        desc="Tailor resume, ask Lena for referral.",
        all_day=True,
    )
    _x(
        "1:1 Alex / Bill",
        interview=False,
        me=WORK_ME,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
        desc="Weekly 1:1. Topics: Q3 roadmap, Alex's promotion case to Staff Data Engineer.",
        loc="Initech HQ – Bill's office",
    )
    _x(
        "Performance review – Alex Rivera (Senior Data Engineer)",
        interview=False,
        me=WORK_ME,
        org=("hr@initech.com", "Initech HR"),
        att=[person("bill.lumbergh@initech.com", "Bill Lumbergh")],
        loc="Initech HQ – Conf Rm TPS",
    )
    _x(
        "Research: Halvard Brands / Snackwell Crisps before interview",
        interview=False,
        desc="Read the 10-K, look at the Snackwell product line, note questions for the panel.",
    )
    _x(
        "Entrevista radio – Alex habla del Día de los Datos Abiertos",
        interview=False,
        org=("produccion@radiovaldoria.mx", "Radio Valdoria"),
        desc="Entrevista de 10 minutos en vivo sobre datos abiertos. No es una entrevista de trabajo.",
        loc="Teléfono",
        zone="America/Mexico_City",
    )
    _x(
        "Ask Maya Chen (Orchard Bay Foods) about interview feedback",
        interview=False,
        desc="Follow up by email if no news by Wednesday.",
    )
    _x(
        "Salary negotiation practice with Jordan",
        interview=False,
        desc="Practice the counter for the Harbor Pay offer.",
        loc="Home",
    )
    _x(
        "Bellmere said no – update job tracker",
        interview=False,
        desc="Anya Petrov emailed: the Data Engineer, Risk role was closed. Mark as closed in the spreadsheet.",
    )
