# ruff: noqa: E501 -- data: event texts as written
"""Round 16's second calendar author: the person's own hastily typed events. Alex makes most of
these personally (organizer Alex, usually no guests, often no description, sometimes just a pasted
Zoom/Teams/Meet link or a dial-in number in the location) and types them the way people really do
in a hurry: abbreviations (int, intvw, tel. int., RS, HM, TPS, sys design, final rd, VI), a stage
and a company only, a person and a company in parentheses, times in the title, emoji, ALL CAPS,
typos and mixed languages, in English and a dozen other languages (Spanish, French, German,
Portuguese, Italian, Dutch, Polish, Swedish, Turkish, Japanese, Korean, Chinese, Russian, Hindi).
About 100 of them are Alex's own job interviews; about 110 are look-alikes typed just as tersely:
calls with friends, doctors, the bank, a landlord, a lawyer, a tutor, a contractor; work meetings
on the Initech calendar (1:1s, design reviews, HM syncs, interviews Alex runs); mock interviews,
prep, thank-you notes, recruiter follow-ups, applications, networking coffees, podcasts, a
partner's interview, school and visa appointments, and words that only sound like interviews
(TV screen, work offsite, solar panels, phone case, golf round, football final).
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author16b", **kw)


def build() -> None:
    _terse_english_interviews()
    _pasted_links_and_notes()
    _foreign_language_interviews()
    _english_lookalikes()
    _work_calendar_lookalikes()
    _foreign_language_lookalikes()


def _terse_english_interviews() -> None:
    _x("int - Acme", interview=True, company="Acme", role=None)
    _x("intvw w/ Lumen Labs 2pm", interview=True, company="Lumen Labs", role=None)
    _x("Acme - 2nd round", interview=True, company="Acme", role=None)
    _x(
        "onsite @ Foobar Systems",
        interview=True,
        company="Foobar Systems",
        role=None,
        loc="Foobar Systems, 500 Howard St, San Francisco, CA",
    )
    _x(
        "call w/ Priya (Lumen)",
        interview=True,
        company="Lumen",
        role=None,
        desc="recruiter screen, 30 min. she'll call my cell",
    )
    _x("RS - Northwind", interview=True, company="Northwind", role=None)
    _x(
        "HM chat - Stackhouse",
        interview=True,
        company="Stackhouse",
        role=None,
        loc="https://stackhouse.zoom.us/j/96611230045",
    )
    _x(
        "TPS Quillfeather",
        interview=True,
        company="Quillfeather",
        role=None,
        desc="technical phone screen. coderpad link comes by email",
    )
    _x("sys design - Orbitly", interview=True, company="Orbitly", role=None)
    _x("final rd Parcelwise!!", interview=True, company="Parcelwise", role=None)
    _x(
        "VI Tandem Health",
        interview=True,
        company="Tandem Health",
        role=None,
        loc="https://meet.google.com/qxe-ruvb-kop",
    )
    _x(
        "tel. int. Brightline",
        interview=True,
        company="Brightline",
        role=None,
        loc="+1 415-555-0142",
    )
    _x("INTERVIEW GRANITE BANK 10AM", interview=True, company="Granite Bank", role=None)
    _x("🎯 Corvid Analytics interview", interview=True, company="Corvid Analytics", role=None)
    _x("interveiw - Halcyon (data eng)", interview=True, company="Halcyon", role="Data Engineer")
    _x("Interivew w Mosaic", interview=True, company="Mosaic", role=None)
    _x("Pinecrest recruiter call", interview=True, company="Pinecrest", role=None)
    _x(
        "phone screen - Vantage Robotics (Sr SWE)",
        interview=True,
        company="Vantage Robotics",
        role="Sr SWE",
    )
    _x("coding rd 1 @ Driftwood", interview=True, company="Driftwood", role=None)
    _x("Driftwood coding rd 2", interview=True, company="Driftwood", role=None)
    _x("Driftwood - behavioral w/ Sam", interview=True, company="Driftwood", role=None)
    _x(
        "Tessellate onsite (4 loops) 🙏",
        interview=True,
        company="Tessellate",
        role=None,
        desc="9:30 arrive, ask for Jen at front desk\nlunch w/ team 12-1\nbring ID",
    )
    _x("Meet Marcus (HM) – Kitebird", interview=True, company="Kitebird", role=None)
    _x("1st rd Ferrous Cloud", interview=True, company="Ferrous Cloud", role=None)
    _x("Ferrous Cloud 2nd rd - sys des", interview=True, company="Ferrous Cloud", role=None)
    _x("Ferrous final (VP eng)", interview=True, company="Ferrous Cloud", role=None)
    _x("chat w/ Dana from Oakleaf re: PM role", interview=True, company="Oakleaf", role="PM")
    _x(
        "int. Bluefin Payments - Staff Eng",
        interview=True,
        company="Bluefin Payments",
        role="Staff Engineer",
    )
    _x("3pm Wavelength screen", interview=True, company="Wavelength", role=None)
    _x("Nimbus Logistics 11:30 HM", interview=True, company="Nimbus Logistics", role=None)
    _x(
        "take-home debrief w/ Ridgeway eng",
        interview=True,
        company="Ridgeway",
        role=None,
        desc="walk them through my solution, 45 min",
    )
    _x(
        "pair programming - Copperleaf",
        interview=True,
        company="Copperleaf",
        role=None,
        loc="https://copperleaf.zoom.us/j/81234009876?pwd=Zk9xT2",
    )
    _x("Lattice & Loom: culture fit", interview=True, company="Lattice & Loom", role=None)
    _x("ZENITH INT ROUND 3", interview=True, company="Zenith", role=None)
    _x(
        "case interview - Bain",
        interview=True,
        company="Bain",
        role=None,
        desc="profitability case probably. bring calculator? no - paper only",
    )
    _x("McKinsey PEI + case (rd 1)", interview=True, company="McKinsey", role=None)
    _x(
        "superday GS",
        interview=True,
        company="Goldman Sachs",
        role=None,
        desc="4 back to back, 30 min each",
    )
    _x(
        "trial day @ Sprout Bakery Co",
        interview=True,
        company="Sprout Bakery Co",
        role=None,
        loc="Sprout Bakery Co, 22 Elm Ave",
    )
    _x(
        "assessment centre - Hargreave & Co (grad scheme)",
        interview=True,
        company="Hargreave & Co",
        role="Graduate scheme",
    )
    _x("convo w/ Leo (CTO @ Shoebox)", interview=True, company="Shoebox", role=None)
    _x(
        "Shoebox founders mtg - next step?",
        interview=True,
        company="Shoebox",
        role=None,
        desc="2nd conversation, they want to talk comp + scope",
    )
    _x(
        "recruiter screen – Aster (Product Designer)",
        interview=True,
        company="Aster",
        role="Product Designer",
        desc="bring portfolio",
    )
    _x(
        "portfolio review @ Aster w/ design team",
        interview=True,
        company="Aster",
        role="Product Designer",
        desc="bring portfolio!! 3 case studies max",
    )
    _x("int prep?? no - ACTUAL int Cobalt 4pm", interview=True, company="Cobalt", role=None)
    _x(
        "Q&A w hiring mgr (Fernbrook) - ask about team size",
        interview=True,
        company="Fernbrook",
        role=None,
        desc="ask about team size\nask about on-call\nremote policy?",
    )
    _x(
        "Loop @ Amazon - day 1",
        interview=True,
        company="Amazon",
        role=None,
        desc="LPs!! STAR stories. bar raiser in slot 3",
    )
    _x("amzn loop pt 2", interview=True, company="Amazon", role=None)
    _x("GOOG phone int", interview=True, company="Google", role=None)
    _x("meta E5 onsite - product arch", interview=True, company="Meta", role=None)
    _x("Stripe - bug bash int", interview=True, company="Stripe", role=None)
    _x(
        "Intvw: Harbor Freight Analytics - BI Analyst",
        interview=True,
        company="Harbor Freight Analytics",
        role="BI Analyst",
    )
    _x(
        "quick call w recruiter (Mapleton Insurance)",
        interview=True,
        company="Mapleton Insurance",
        role=None,
        loc="they call me",
    )
    _x(
        "Ops Mgr interview @ Greenway Grocers",
        interview=True,
        company="Greenway Grocers",
        role="Ops Manager",
        loc="Greenway Grocers HQ, 1200 Commerce Pkwy",
    )
    _x(
        "teaching demo - Westbrook Academy",
        interview=True,
        company="Westbrook Academy",
        role=None,
        desc="15 min demo lesson on fractions + panel Qs after",
    )
    _x(
        "panel int - City of Riverton (Planner II)",
        interview=True,
        company="City of Riverton",
        role="Planner II",
    )


def _pasted_links_and_notes() -> None:
    _x(
        "Helix",
        interview=True,
        company="Helix",
        role=None,
        loc="https://helix.zoom.us/j/85520017734?pwd=cUt1bG9",
        desc="2nd int - with Raj + Mei. ask about team size & roadmap",
    )
    _x(
        "Orchard interview",
        interview=True,
        company="Orchard",
        role=None,
        loc="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZTk4ZGQt%40thread.v2/0",
    )
    _x(
        "Kestrel - eng mgr 1:1 (interview)",
        interview=True,
        company="Kestrel",
        role=None,
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/8377120456"),
    )
    _x(
        "int w/ Nora (Palisade)",
        interview=True,
        company="Palisade",
        role=None,
        loc="Dial-in: +1 646 558 8656, Meeting ID 912 4403 7781 #",
    )
    _x(
        "Wren Fintech TPS",
        interview=True,
        company="Wren Fintech",
        role=None,
        desc="https://app.coderpad.io/Q7XK2M\npython ok",
    )
    _x(
        "screen - Basalt Security",
        interview=True,
        company="Basalt Security",
        role=None,
        meet="meet",
    )
    _x(
        "Solstice Media - 2nd",
        interview=True,
        company="Solstice Media",
        role=None,
        loc="https://meet.google.com/abk-wzfe-tta",
        desc="Producer role. They liked the reel. Have 2 questions ready re: budget",
    )
    _x(
        "hm int",
        interview=True,
        company="Tidewater Freight",
        role=None,
        desc="Tidewater Freight - hiring manager Greg Olsen\n+1 312 555 0199",
    )
    _x(
        "Int 10:00",
        interview=True,
        company="Pellucid",
        role="QA Lead",
        desc="Pellucid, QA Lead, 3rd floor reception",
    )
    _x(
        "📞 Fable & Co",
        interview=True,
        company="Fable & Co",
        role=None,
        loc="+44 20 7946 0321",
        desc="recruiter (Hannah) calling re content strategist",
        zone="Europe/London",
    )
    _x(
        "🧑‍💻 live coding - Gridiron",
        interview=True,
        company="Gridiron",
        role=None,
        loc="https://hackerrank.com/interviews/gridiron-x7q2",
    )
    _x(
        "Vireo - meet the team",
        interview=True,
        company="Vireo",
        role=None,
        desc="last step before offer per recruiter",
    )
    _x(
        "interview",
        interview=True,
        company=None,
        role=None,
        desc="recruiter from LinkedIn, didn't say company yet. 15 min",
    )
    _x("Int.", interview=True, company=None, role=None, loc="https://zoom.us/j/99012345678")
    _x(
        "Cascadia Health – ML Engineer – HM round",
        interview=True,
        company="Cascadia Health",
        role="ML Engineer",
        org=("alex.rivera@gmail.com", "Alex Rivera"),
        loc="https://cascadiahealth.zoom.us/j/84471123300",
    )
    _x(
        "Lodestar Bank int (via TalentBridge)",
        interview=True,
        company="Lodestar Bank",
        role="Java dev",
        desc="agency: TalentBridge (Kim). client = Lodestar Bank, contract-to-hire Java dev. Kim not on call",
    )


def _foreign_language_interviews() -> None:
    # Spanish
    _x(
        "entrevista Telefónica 2a ronda",
        interview=True,
        company="Telefónica",
        role=None,
        zone="Europe/Madrid",
    )
    _x("Entrevista c/ RRHH (Mercadona)", interview=True, company="Mercadona", role=None)
    _x(
        "entrevsita Globant - dev backend",
        interview=True,
        company="Globant",
        role="dev backend",
        loc="https://meet.google.com/pzd-kkqa-ure",
    )
    # French
    _x(
        "entretien Doctolib (tech)",
        interview=True,
        company="Doctolib",
        role=None,
        zone="Europe/Paris",
    )
    _x(
        "Entretien tél. RH - Decathlon",
        interview=True,
        company="Decathlon",
        role=None,
        loc="01 23 45 67 89",
    )
    _x(
        "2e entretien BNP - chef de projet",
        interview=True,
        company="BNP Paribas",
        role="chef de projet",
        desc="prévoir des questions sur l'équipe",
    )
    # German
    _x(
        "VG Zalando",
        interview=True,
        company="Zalando",
        role=None,
        zone="Europe/Berlin",
        desc="Vorstellungsgespräch, 2. Runde, Fachbereich",
    )
    _x("Vorstellungsgespräch Siemens 14 Uhr", interview=True, company="Siemens", role=None)
    _x(
        "tel. Interview m. Personio (Recruiterin)",
        interview=True,
        company="Personio",
        role=None,
        loc="https://personio.zoom.us/j/87012340099",
    )
    # Portuguese
    _x(
        "entrevista Nubank - eng. de dados",
        interview=True,
        company="Nubank",
        role="Engenheiro de Dados",
        zone="America/Sao_Paulo",
    )
    _x("Entrevista final Itaú", interview=True, company="Itaú", role=None)
    # Italian
    _x(
        "colloquio Luxottica h 11",
        interview=True,
        company="Luxottica",
        role=None,
        zone="Europe/Rome",
    )
    _x(
        "Colloquio tecnico – Satispay",
        interview=True,
        company="Satispay",
        role=None,
        loc="https://meet.google.com/tyu-pqrs-wmx",
    )
    # Dutch
    _x(
        "sollicitatiegesprek Adyen",
        interview=True,
        company="Adyen",
        role=None,
        zone="Europe/Amsterdam",
    )
    _x(
        "gesprek bij Coolblue (2e ronde)",
        interview=True,
        company="Coolblue",
        role=None,
        desc="sollicitatie - vragen naar teamgrootte",
    )
    # Polish
    _x(
        "rozmowa rekrutacyjna Allegro",
        interview=True,
        company="Allegro",
        role=None,
        zone="Europe/Warsaw",
    )
    _x(
        "rozm. techniczna - CD Projekt",
        interview=True,
        company="CD Projekt",
        role=None,
        desc="rekrutacja, etap 2",
    )
    # Swedish
    _x(
        "anställningsintervju Spotify",
        interview=True,
        company="Spotify",
        role=None,
        zone="Europe/Stockholm",
    )
    _x("Intervju Klarna - rd 2", interview=True, company="Klarna", role=None)
    # Turkish
    _x(
        "iş görüşmesi - Trendyol",
        interview=True,
        company="Trendyol",
        role=None,
        zone="Europe/Istanbul",
    )
    _x("Getir mülakat (teknik)", interview=True, company="Getir", role=None)
    # Japanese
    _x("面接 メルカリ 二次", interview=True, company="メルカリ", role=None, zone="Asia/Tokyo")
    _x("楽天 最終面接 15:00", interview=True, company="楽天", role=None)
    # Korean
    _x("카카오 면접 (1차)", interview=True, company="카카오", role=None, zone="Asia/Seoul")
    _x(
        "네이버 기술면접",
        interview=True,
        company="네이버",
        role=None,
        loc="https://zoom.us/j/93445510022",
    )
    # Chinese
    _x("字节跳动 二面", interview=True, company="字节跳动", role=None, zone="Asia/Shanghai")
    _x("美团 HR面", interview=True, company="美团", role=None)
    # Russian
    _x("собес Яндекс", interview=True, company="Яндекс", role=None, zone="Europe/Moscow")
    _x("Собеседование Тинькофф - финал", interview=True, company="Тинькофф", role=None)
    # Hindi / Hinglish
    _x(
        "Infosys interview - HR round",
        interview=True,
        company="Infosys",
        role=None,
        zone="Asia/Kolkata",
        desc="साक्षात्कार - documents le jaana",
    )
    _x("साक्षात्कार - Flipkart (SDE-2)", interview=True, company="Flipkart", role="SDE-2")
    # mixed languages
    _x("Entrevista w/ Priya (Lumen) - 2nd rd", interview=True, company="Lumen", role=None)
    _x(
        "int. Delivery Hero - Vorstellungsgespräch",
        interview=True,
        company="Delivery Hero",
        role=None,
    )


def _english_lookalikes() -> None:
    # people in life
    _x("call w/ Priya (catch up)", interview=False, company=None, role=None)
    _x("call mom 📞", interview=False, company=None, role=None)
    _x("ph call w/ Jake re: bday trip", interview=False, company=None, role=None)
    _x("dr. Patel 9:15", interview=False, company=None, role=None, loc="Bayview Medical, Suite 210")
    _x("DENTIST!!!", interview=False, company=None, role=None)
    _x(
        "tel. appt - dermatology (results)",
        interview=False,
        company=None,
        role=None,
        loc="+1 415-555-0177",
    )
    _x(
        "call Chase re: mortgage rate",
        interview=False,
        company=None,
        role=None,
        desc="ref # 88213. ask about points + lock period",
    )
    _x("bank appt - open joint acct", interview=False, company=None, role=None)
    _x(
        "landlord - walkthrough",
        interview=False,
        company=None,
        role=None,
        desc="ask about the leak under sink + deposit",
    )
    _x(
        "call w/ lawyer (lease)",
        interview=False,
        company=None,
        role=None,
        loc="https://zoom.us/j/94411230087",
    )
    _x("tutor - Emma math 4pm", interview=False, company=None, role=None)
    _x(
        "contractor quote - kitchen",
        interview=False,
        company=None,
        role=None,
        desc="Mike (Ridgeline Remodeling) coming at 8",
    )
    _x("plumber btw 12-4", interview=False, company=None, role=None)
    _x("vet - Biscuit shots", interview=False, company=None, role=None)
    _x(
        "therapy",
        interview=False,
        company=None,
        role=None,
        loc="https://meet.google.com/xyz-abcd-efg",
    )
    # interview-adjacent but not interviews
    _x(
        "MOCK int w/ Sam (sys design)",
        interview=False,
        company=None,
        role=None,
        loc="https://meet.google.com/mok-intv-sam",
    )
    _x("mock TPS - pramp", interview=False, company=None, role=None)
    _x("int prep - Acme (LPs, STAR stories)", interview=False, company=None, role=None)
    _x(
        "prep for Lumen final rd",
        interview=False,
        company=None,
        role=None,
        desc="review notes from rd 2, research Priya's team, practice pitch",
    )
    _x("leetcode 2h", interview=False, company=None, role=None)
    _x("send thank you notes (Driftwood)", interview=False, company=None, role=None)
    _x("TY email to Marcus + Jen", interview=False, company=None, role=None)
    _x("follow up w/ Acme recruiter", interview=False, company=None, role=None)
    _x("f/u Kitebird - no news since onsite?", interview=False, company=None, role=None)
    _x("apply to Foo (deadline)", interview=False, company=None, role=None, all_day=True)
    _x("APPLY: Stripe, Orbitly, Cobalt", interview=False, company=None, role=None)
    _x("update resume + LinkedIn", interview=False, company=None, role=None)
    _x(
        "coffee w/ Leo (networking)",
        interview=False,
        company=None,
        role=None,
        loc="Blue Bottle, Mint Plaza",
    )
    _x(
        "informational chat - Dana (ex-Oakleaf)",
        interview=False,
        company=None,
        role=None,
        desc="not an interview, just picking her brain about PM",
    )
    _x("career coach session", interview=False, company=None, role=None)
    _x(
        "podcast interview - DevTalk ep 42 🎙️",
        interview=False,
        company=None,
        role=None,
        desc="I'm the guest. topic: data pipelines at scale",
    )
    _x("interview for local paper re: marathon", interview=False, company=None, role=None)
    _x("Jordan's interview @ Kaiser - drive him", interview=False, company=None, role=None)
    _x("Sam final round (hers!) - good luck txt", interview=False, company=None, role=None)
    _x("school call - Mia's teacher", interview=False, company=None, role=None)
    _x("parent-teacher conf", interview=False, company=None, role=None)
    _x("kindergarten admission interview (Mia)", interview=False, company=None, role=None)
    _x(
        "VISA INTERVIEW - consulate",
        interview=False,
        company=None,
        role=None,
        loc="US Consulate General, bring DS-160 + passport",
    )
    _x("biometrics appt USCIS", interview=False, company=None, role=None)
    _x("offer negotiation call prep", interview=False, company=None, role=None)
    _x("decide on Helix offer by EOD", interview=False, company=None, role=None, all_day=True)
    _x(
        "user interview - budgeting app beta (I'm participant, $50)",
        interview=False,
        company=None,
        role=None,
    )
    _x("jury duty", interview=False, company=None, role=None, all_day=True)
    # word collisions
    _x("new TV screen delivery", interview=False, company=None, role=None)
    _x(
        "fix phone screen (cracked)",
        interview=False,
        company=None,
        role=None,
        loc="uBreakiFix, Market St",
    )
    _x("screen door install", interview=False, company=None, role=None)
    _x(
        "solar panel install consult",
        interview=False,
        company=None,
        role=None,
        desc="SunPeak rep, 2 hrs, roof access",
    )
    _x("panel discussion @ PyBay (attending)", interview=False, company=None, role=None)
    _x("buy phone case + charger", interview=False, company=None, role=None)
    _x("golf - 18 round w/ Dad ⛳", interview=False, company=None, role=None)
    _x("2nd round of drinks @ Jake's", interview=False, company=None, role=None)
    _x("WORLD CUP FINAL 🏆⚽", interview=False, company=None, role=None)
    _x("fantasy football draft rd 1", interview=False, company=None, role=None)
    _x("final exam - Spanish B1", interview=False, company=None, role=None)
    _x("cancer screening (colonoscopy)", interview=False, company=None, role=None)
    _x("movie screening - Roxie", interview=False, company=None, role=None)
    _x("Acme - return package", interview=False, company=None, role=None)


def _work_calendar_lookalikes() -> None:
    _x(
        "1:1 w/ Priya",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        att=[person("priya.nair@initech.com", "Priya Nair")],
    )
    _x(
        "sys design review - ingest v2",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="doc: go/ingest-v2-design",
    )
    _x(
        "HM sync (backfill req)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        att=[person("greg.olsen@initech.com", "Greg Olsen")],
    )
    _x(
        "team offsite 🏕️",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        all_day=True,
        loc="Mill Valley retreat center",
    )
    _x(
        "ONSITE - Q3 planning (all hands in SF)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
    )
    _x(
        "int - candidate for data eng (I'm interviewing)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        att=[person("recruiting@initech.com", "Initech Recruiting")],
    )
    _x(
        "Interview: Jordan Blake - Backend (Alex: coding)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("talent@initech.com", "Initech Talent"),
        desc="You are the coding interviewer. Scorecard due within 24h.",
    )
    _x("debrief - Jordan Blake loop", interview=False, company=None, role=None, me=WORK_ME)
    _x("interviewer training", interview=False, company=None, role=None, me=WORK_ME)
    _x("perf review w/ mgr", interview=False, company=None, role=None, me=WORK_ME)
    _x("code review - PR 4412", interview=False, company=None, role=None, me=WORK_ME)
    _x("screen share demo for Sales", interview=False, company=None, role=None, me=WORK_ME)
    _x(
        "customer call - Acme (renewal)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        conf=("Zoom Meeting", "https://initech.zoom.us/j/81100223344"),
    )
    _x("vendor call Lumen (pricing)", interview=False, company=None, role=None, me=WORK_ME)
    _x("final rd of budget cuts 😬", interview=False, company=None, role=None, me=WORK_ME)
    _x("retro sprint 31", interview=False, company=None, role=None, me=WORK_ME)
    _x("case study writeup due", interview=False, company=None, role=None, me=WORK_ME, all_day=True)
    _x("support case #55120 escalation", interview=False, company=None, role=None, me=WORK_ME)
    _x("panel: women in data (hosting)", interview=False, company=None, role=None, me=WORK_ME)
    _x(
        "exit interview - Tom (HR asked me to sit in)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
    )
    _x("skip level w/ VP", interview=False, company=None, role=None, me=WORK_ME)
    _x("TPS reports 🙃", interview=False, company=None, role=None, me=WORK_ME)
    _x(
        "RS dashboard fix",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="revenue summary dashboard broken again",
    )
    _x("intern project check-in", interview=False, company=None, role=None, me=WORK_ME)
    _x(
        "user interviews (research) x3",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="we interview customers about onboarding flow",
    )


def _foreign_language_lookalikes() -> None:
    # Spanish
    _x("llamar al banco (hipoteca)", interview=False, company=None, role=None)
    _x("cita médico 10h", interview=False, company=None, role=None)
    _x("simulacro de entrevista con Lucía", interview=False, company=None, role=None)
    _x("final Champions 🍿", interview=False, company=None, role=None)
    # French
    _x("RDV dentiste", interview=False, company=None, role=None)
    _x("préparer entretien Doctolib", interview=False, company=None, role=None)
    _x("entretien annuel (boulot)", interview=False, company=None, role=None, me=WORK_ME)
    _x("appeler le proprio - chauffage", interview=False, company=None, role=None)
    # German
    _x("Zahnarzt 8:30", interview=False, company=None, role=None)
    _x("Dankesmail an Zalando schicken", interview=False, company=None, role=None)
    _x("Steuerberater Termin", interview=False, company=None, role=None)
    # Portuguese
    _x("consulta médica - check-up", interview=False, company=None, role=None)
    _x("ligar pro advogado", interview=False, company=None, role=None)
    _x("final da Copa do Brasil", interview=False, company=None, role=None)
    # Italian
    _x(
        "colloquio con la maestra di Mia",
        interview=False,
        company=None,
        role=None,
        desc="scuola - colloqui genitori",
    )
    _x("idraulico", interview=False, company=None, role=None)
    # Dutch
    _x("huisarts", interview=False, company=None, role=None)
    _x("oefengesprek sollicitatie met coach", interview=False, company=None, role=None)
    # Polish
    _x("dentysta 16:00", interview=False, company=None, role=None)
    _x("korepetycje - angielski", interview=False, company=None, role=None)
    # Swedish
    _x("fika med Erik", interview=False, company=None, role=None)
    # Turkish
    _x("ev sahibi ile görüşme (kira)", interview=False, company=None, role=None)
    # Japanese
    _x("面接練習 (友達と)", interview=False, company=None, role=None)
    _x("歯医者", interview=False, company=None, role=None)
    # Korean
    _x("모의 면접 스터디", interview=False, company=None, role=None)
    _x("비자 인터뷰 - 대사관", interview=False, company=None, role=None)
    # Chinese
    _x("面试准备 - 刷题", interview=False, company=None, role=None)
    _x("给字节HR发感谢信", interview=False, company=None, role=None)
    # Russian
    _x("врач 11:00", interview=False, company=None, role=None)
    _x("созвон с мамой", interview=False, company=None, role=None)
    # Hindi
    _x("डॉक्टर appointment", interview=False, company=None, role=None)
    _x("Rohan ka interview - usko drop karna", interview=False, company=None, role=None)
