# ruff: noqa: E501 -- data: event texts as written
"""Tuned part written from author9b's weak families (split "tuned"), in new words and with new
companies (none copies an author9b event): the person's own entries around an interview (a
call with the family about it, an errand before it), the press in the Nordic languages, an
inviter who says the meeting is no part of a selection or of any one job (a talent pool's
sign-up); hiring tests by their kind or vendor, rounds named by who runs them, team matching
after a loop, a client's interview for a freelancer's contract, a founder who looks for a
co-founder, a headhunter's meeting, an employer written at the start of its job ("Citi ICG
Analyst") and named again in the body, an executive search firm's client, a graduate scheme's
field as the role, a job written with the talk's words around it; from round 8's part: more applicant trackers,
an own entry's session note ("(all day)", "(assessed)"), an office given with its building,
one block of a loop, an executive search's mandate, LeetCode's difficulty (no practice), a Q&A
after a candidate's presentation, the person's own internal candidacy ("Alex R."), a client named between commas, a founder's
company ("cofounders of …"), a scheduler's mail domain ("gem-scheduling.com"), a company the person's own note names before
the stage, a tracker's mail from the employer's tenant ("…@myworkday.com"), a time typed
before the name ("Intvw 3pm …"), the company of the job one calls a person about; next to each, its look-alike (practice packs, contests,
internal allocations, a consultant's client meetings), so the rules stay narrow."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import ev, person

__all__ = ["build"]


def _t(summary: str, **kw: Any) -> None:
    ev(summary, split="tuned", **kw)


def build() -> None:
    _around_negatives()
    _around_positives()
    _no_selection_negatives()
    _no_selection_positives()
    _tests_and_rounds()
    _tests_and_rounds_negatives()
    _contracts_and_founders()
    _contracts_and_founders_negatives()
    _employer_before_role()
    _names_and_jobs()
    _round8_families()
    _round8_families_negatives()
    _round8_names()
    _round8_more_names()


def _around_negatives() -> None:
    _t("FaceTime w/ dad re final round", interview=False, zone="Europe/London")
    _t("Lunch with my sister before the assessment centre 🥪", interview=False)
    _t("Nails done before assessment day 💅", interview=False, loc="Polish Bar, Leeds")
    _t("Telefon mit Mutti - Vorstellungsgespräch erzählen", interview=False, zone="Europe/Berlin")
    _t("Dry cleaning pick-up ahead of the Harwell superday", interview=False)
    _t(
        "Intervju med TV 2 om strømprisene",
        interview=False,
        org=("kari.lunde@tv2.no", "Kari Lunde"),
        zone="Europe/Oslo",
        desc="TV-intervju, opptak i studio ca 10 min. Tema: hva strømprisene betyr for småbedrifter.",
    )
    _t(
        "Intervju med Sveriges Radio Ekot",
        interview=False,
        org=("jonas.berg@sverigesradio.se", "Jonas Berg"),
        zone="Europe/Stockholm",
        desc="Radiointervju om AI i vården, 6 min, sänds i morgon.",
    )


def _around_positives() -> None:
    _t(
        "Call with Sister Okafor re Staff Nurse post - St Columba's Hospice",
        interview=True,
        company="St Columba's Hospice",
        role="Staff Nurse",
        org=("recruitment@stcolumbas.org.uk", "St Columba's Recruitment"),
        zone="Europe/London",
        desc="Sister Okafor, the ward manager, will call you for a 20-minute interview about the Staff Nurse post.",
    )
    _t(
        "Superday - Penrose Whitcombe (Leveraged Finance Analyst)",
        interview=True,
        company="Penrose Whitcombe",
        role="Leveraged Finance Analyst",
        org=("graduates@penrosewhitcombe.com", "Penrose Whitcombe Graduate Recruitment"),
        zone="Europe/London",
        desc="Three back-to-back interviews with the Leveraged Finance team, then lunch with current analysts.",
    )
    _t(
        "Intervju - Fjordlys Energi - Dataingeniør",
        interview=True,
        company="Fjordlys Energi",
        role="Dataingeniør",
        org=("rekruttering@fjordlys.no", "Fjordlys Rekruttering"),
        att=[person("ingrid.moe@fjordlys.no", "Ingrid Moe")],
        zone="Europe/Oslo",
        desc="Takk for din søknad på stillingen som Dataingeniør. Vi gleder oss til å møte deg.",
    )


def _no_selection_negatives() -> None:
    _t(
        "Virtual onsite tour - Quarrybank Labs",
        interview=False,
        org=("events@quarrybanklabs.com", "Quarrybank Labs Events"),
        desc="A guided video tour of our studio with Q&A. This session is not part of the hiring process, so come as you are.",
    )
    _t(
        "Talent community sign-up call - Brightwater Search",
        interview=False,
        org=("talent@brightwatersearch.ie", "Brightwater Talent"),
        zone="Europe/Dublin",
        desc="A 15-minute call to add you to our talent community. No specific role at this stage.",
    )
    _t(
        "Kaffee-Chat mit dem Data-Team - Auerbach Logistik",
        interview=False,
        org=("karriere@auerbach-logistik.de", "Auerbach Karriere"),
        zone="Europe/Berlin",
        desc="Lernen Sie unser Data-Team kennen. Das Gespräch ist kein Teil des Auswahlverfahrens.",
    )
    _t(
        "カジュアル面談 - 株式会社ミドリ電機",
        interview=False,
        org=("recruit@midori-denki.co.jp", "ミドリ電機 採用チーム"),
        zone="Asia/Tokyo",
        desc="カジュアル面談のご予約ありがとうございます。本面談は選考ではございません。面接の準備は不要です。",
    )


def _no_selection_positives() -> None:
    _t(
        "HireVue interview - Grafton Reid (Graduate Analyst)",
        interview=True,
        company="Grafton Reid",
        role="Graduate Analyst",
        org=("graduates@graftonreid.com", "Grafton Reid Graduate Recruitment"),
        zone="Europe/London",
        desc="This recorded interview is part of the application process for the Graduate Analyst role.",
    )
    _t(
        "Talent pool interview - Meridale Health (Staff Nurse)",
        interview=True,
        company="Meridale Health",
        role="Staff Nurse",
        org=("nursingjobs@meridalehealth.org.uk", "Meridale Nursing Recruitment"),
        zone="Europe/London",
        desc="Following your application to our nursing talent pool, we'd like to interview you for current Staff Nurse vacancies.",
    )


def _tests_and_rounds() -> None:
    _t(
        "Watson Glaser test - Marlowe & Finch (Trainee Solicitor)",
        interview=True,
        company="Marlowe & Finch",
        role="Trainee Solicitor",
        zone="Europe/London",
    )
    _t(
        "Situational judgement test - Hartside Water (Graduate Engineer)",
        interview=True,
        company="Hartside Water",
        role="Graduate Engineer",
        zone="Europe/London",
        desc="link from their careers site, 30 min, untimed",
    )
    _t(
        "Test de raisonnement logique - Groupe Vauban (Contrôleur de gestion)",
        interview=True,
        company="Groupe Vauban",
        role="Contrôleur de gestion",
        zone="Europe/Paris",
    )
    _t(
        "Pymetrics games - Cordell Bank - Risk Analyst",
        interview=True,
        company="Cordell Bank",
        role="Risk Analyst",
    )
    _t(
        "Team matching chat - Lumen Forge (Senior SRE)",
        interview=True,
        company="Lumen Forge",
        role="Senior SRE",
        org=("talent@lumenforge.io", "Lumen Forge Talent"),
        att=[person("deepa.rao@lumenforge.io", "Deepa Rao")],
        desc="You did great in the onsite! Next, a 30-minute chat with Deepa, who leads Observability, to see whether her team fits.",
    )
    _t(
        "F2F round - Tattva Analytics - Data Engineer",
        interview=True,
        company="Tattva Analytics",
        role="Data Engineer",
        zone="Asia/Kolkata",
    )
    _t(
        "Techno-managerial round - Kaveri Systems",
        interview=True,
        company="Kaveri Systems",
        zone="Asia/Kolkata",
        desc="3rd round. EM + architect. carry laptop",
    )
    _t(
        "Leadership round | Nimbus Pay | Engineering Manager",
        interview=True,
        company="Nimbus Pay",
        role="Engineering Manager",
        org=("hiring@nimbuspay.in", "Nimbus Pay Hiring"),
        att=[person("arjun.mehta@nimbuspay.in", "Arjun Mehta")],
        zone="Asia/Kolkata",
    )
    _t(
        "Entretien avec la DRH - Groupe Morvan (Contrôleur de gestion)",
        interview=True,
        company="Groupe Morvan",
        role="Contrôleur de gestion",
        zone="Europe/Paris",
    )
    _t(
        "Granite take-home due Sunday",
        # (round 18) relabelled: a take-home's deadline has no live interviewer to meet or thank
        interview=False,
        zone="Europe/Helsinki",
        desc="take-home for the Backend Engineer role: a rate limiter in Rust. max 5h",
    )


def _tests_and_rounds_negatives() -> None:
    _t("SHL practice test - numerical", interview=False, zone="Europe/London")
    _t("Watson Glaser practice pack (careers service)", interview=False, zone="Europe/London")
    _t("Test de raisonnement - entraînement", interview=False, zone="Europe/Paris")
    _t("HackerRank weekly contest", interview=False)
    _t(
        "Team matching for interns - Q3 allocation",
        interview=False,
        me="alex.rivera@initech.com",
        org=("eng-managers@initech.com", "Engineering Managers"),
        att=[person("sam.ortiz@initech.com", "Sam Ortiz")],
        desc="Agree which team each summer intern joins.",
    )
    _t("Partner round table - ESG in credit", interview=False, loc="Guildhall, London")
    _t("Sprint review with the agile coach", interview=False)


def _contracts_and_founders() -> None:
    _t(
        "Kundeninterview - Brenner Logistik - Data Engineer (6 Monate)",
        interview=True,
        company="Brenner Logistik",
        role="Data Engineer",
        org=("m.kraus@itpartner-sued.de", "Markus Kraus"),
        zone="Europe/Berlin",
        desc="Hallo Alex, Brenner Logistik möchte Sie für das Projekt kennenlernen: 45 Minuten mit dem Teamleiter Data.",
    )
    _t(
        "Client interview - Oakfield Media - React Native Developer (4-month contract)",
        interview=True,
        company="Oakfield Media",
        role="React Native Developer",
        org=("priya@lanternstaffing.co.uk", "Priya Shah"),
        zone="Europe/London",
        desc="Oakfield would like to meet you for the contract: 30 minutes with their Head of Mobile.",
    )
    _t(
        "Coffee w/ Yael (Tamar Robotics) - founding CTO",
        interview=True,
        company="Tamar Robotics",
        role="Founding CTO",
        org=("yael@tamarrobotics.com", "Yael Ben-David"),
        loc="Cafe Levinsky, Tel Aviv",
        zone="Asia/Jerusalem",
        desc="We just closed our seed round and I'm looking for a founding CTO. Let's meet for coffee and talk about what we're building.",
    )
    _t(
        "ヘッドハンター面談 - スミレパートナーズ",
        interview=True,
        company="スミレパートナーズ",
        org=("h.sato@sumire-partners.jp", "佐藤 春香"),
        zone="Asia/Tokyo",
        desc="佐藤です。非公開のCTO案件についてご説明させていただきます。",
    )


def _contracts_and_founders_negatives() -> None:
    _t(
        "Kundeninterview - Checkout-Flow (UX Research)",
        interview=False,
        zone="Europe/Berlin",
        desc="5 Kundeninterviews zum neuen Checkout, Notizen ins Miro-Board.",
    )
    _t(
        "Entretien client - bilan de la mission",
        interview=False,
        me="alex.rivera@initech.com",
        org=("c.dumas@vauban-assurances.fr", "Claire Dumas"),
        zone="Europe/Paris",
        desc="Point sur la mission d'audit: livrables, planning du trimestre, facturation.",
    )
    _t(
        "Coffee w/ Yael - seed round update",
        interview=False,
        org=("yael@tamarrobotics.com", "Yael Ben-David"),
        zone="Asia/Jerusalem",
        desc="Quick update on the round; we're looking for a few more angels. Happy to hear your thoughts.",
    )


def _employer_before_role() -> None:
    _t(
        "Numerical reasoning test - Harwick ALM Analyst",
        interview=True,
        company="Harwick",
        role="ALM Analyst",
        zone="Europe/London",
        desc="sent through the Harwick careers portal after I applied. 25 min, calculator allowed",
    )
    _t(
        "Kundeninterview - Halvorsen Data Engineer (6 Monate) via Nexora",
        interview=True,
        company="Halvorsen",
        role="Data Engineer",
        org=("lena.brandt@nexora-it.de", "Lena Brandt"),
        zone="Europe/Berlin",
        desc="Hallo Alex, Halvorsen möchte Sie für das Projekt kennenlernen. 45 Minuten per Teams.",
    )
    # The body writes the whole job: its first word is the job's own, not an employer.
    _t(
        "Coding test - Robotics Software Engineer",
        interview=True,
        company="Tarn Dynamics",
        role="Robotics Software Engineer",
        org=("jobs@tarndynamics.com", "Tarn Dynamics Careers"),
        desc="Thanks for applying for the Robotics Software Engineer role. Please complete the coding test within 5 days.",
    )


def _names_and_jobs() -> None:
    _t(
        "Spencer Stuart - CFO search (client: Larkspur Foods) - first conversation",
        interview=True,
        company="Larkspur Foods",
        org=("m.havel@spencerstuart.com", "Martina Havel"),
        zone="Europe/Prague",
        desc="Dear Alex, thank you for making time. I would like to introduce the CFO mandate at Larkspur Foods and hear about your experience.",
    )
    _t(
        "Interview - Ashgrove Investment Banking Graduate Programme",
        interview=True,
        company="Ashgrove",
        role="Investment Banking Graduate",
        org=("graduates@ashgrovecap.co.uk", "Ashgrove Graduate Recruitment"),
        zone="Europe/London",
    )
    _t(
        "Assessment Centre - Graduate Scheme (Commercial Finance) - Redfern Water",
        interview=True,
        company="Redfern Water",
        role="Commercial Finance Graduate",
        org=("earlycareers@redfernwater.co.uk", "Redfern Water Early Careers"),
        zone="Europe/London",
        desc="Congratulations on reaching our assessment centre: a group exercise, a written case and an interview.",
    )
    _t(
        "Call with Ines (HR, Valtura) - Product Designer role discuss",
        interview=True,
        company="Valtura",
        role="Product Designer",
        zone="Europe/Lisbon",
    )
    _t(
        "Interview - Studio Brask (Motion Designer freelance)",
        interview=True,
        company="Studio Brask",
        role="Motion Designer",
        org=("hej@studiobrask.dk", "Studio Brask"),
        zone="Europe/Copenhagen",
    )
    _t(
        "Video Interview (HireVue) - Summer Internship",
        interview=True,
        company="Coldharbour Insurance",
        org=("no-reply@hirevue.com", "HireVue"),
        zone="Europe/London",
        desc="Coldharbour Insurance has invited you to complete a video interview for the Summer Internship. Please complete it within 5 days.",
    )


def _round8_families() -> None:
    _t(
        "Take-home walkthrough - live",
        interview=True,
        company="Brindle Foods",
        org=("notifications@comeet.co", "Comeet"),
        desc="Hi Alex, the Brindle Foods data team has reviewed your take-home and would like to go through it with you. Sent by Comeet on behalf of Brindle Foods.",
    )
    _t(
        "Alex Rivera // Virtual onsite",
        interview=True,
        company="Quillbyte",
        org=("ats@jobadder-mail.com", "JobAdder"),
        att=[person("mo@quillbyte.io", "Mo Haddad"), person("lin@quillbyte.io", "Lin Chen")],
    )
    _t("Harrowgate onsite (full day)", interview=True, company="Harrowgate")
    _t(
        "Trial shift (assessed) - Copper Pot Kitchen",
        interview=True,
        company="Copper Pot Kitchen",
        zone="Europe/London",
    )
    _t(
        "Final interview",
        interview=True,
        company="Osprey Instruments",
        org=("dana.reyes.talent@gmail.com", "Dana Reyes"),
        loc="Osprey Instruments Campus, Floor 3, 41 Quarry Road, Cambridge",
        zone="Europe/London",
    )
    _t(
        "Loop - session 3: coding",
        interview=True,
        company="Velvetine",
        org=("loops@velvetine.io", "Velvetine Loops"),
        att=[person("ra@velvetine.io", "Ravi Anand")],
    )
    _t(
        "Confidential - initial conversation",
        interview=True,
        company="Kettering Search",
        org=("j.oduya@ketteringsearch.com", "Jide Oduya"),
        desc="Thank you for your time, Alex. We have been retained on a VP Engineering search for a listed logistics group; I will share the name after our conversation.\n\nJide Oduya, Kettering Search",
    )
    _t(
        "Technical interview - Arden Pay",
        interview=True,
        company="Arden Pay",
        desc="codesignal link in the recruiter's email. two leetcode easy + one medium, 70 min",
    )
    _t(
        "Presentation to the panel + Q&A",
        interview=True,
        company="Harbourside Trust",
        role="Head of Finance",
        org=("people@harboursidetrust.org", "Harbourside Trust People Team"),
        zone="Europe/London",
        desc="Shortlisted candidates for Head of Finance will present for 20 minutes, then take questions from the selection panel.",
    )
    _t(
        "Internal candidate interview - Data Lead (Alex R.)",
        interview=True,
        company="Initech",
        role="Data Lead",
        me="alex.rivera@initech.com",
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("omar.s@initech.com", "Omar Said")],
    )


def _round8_families_negatives() -> None:
    _t(
        "Internal candidate interview - Jamie Fox (Data Lead)",
        interview=False,
        me="alex.rivera@initech.com",
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("jamie.fox@initech.com", "Jamie Fox"),
            person("omar.s@initech.com", "Omar Said"),
        ],
    )
    _t("LeetCode practice - medium problems", interview=False)
    _t(
        "Product launch walkthrough + Q&A",
        interview=False,
        org=("events@brightpaper.io", "Brightpaper Events"),
    )
    _t("Loop trail run (all day) - Ridgeback", interview=False)


def _round8_names() -> None:
    _t(
        "Video interview (via Larchmont Recruitment)",
        interview=True,
        company="Dunmore Foods",
        role="Supply Chain Analyst",
        org=("k.obi@larchmontrecruitment.co.uk", "Kemi Obi | Larchmont Recruitment"),
        zone="Europe/London",
        desc="Our client, Dunmore Foods, would like to meet you for the Supply Chain Analyst contract (9 months).",
    )
    _t(
        "Quick intro - Platform Engineer role",
        interview=True,
        company="Tidewell",
        role="Platform Engineer",
        org=("sam.achebe.dev@gmail.com", "Sam Achebe"),
        desc="Hi Alex, I'm one of the cofounders of Tidewell (pre-seed, tide tables for sailors). Keen to tell you about the Platform Engineer role; it's the first step of our process.",
    )
    _t(
        "Round 2: Technical deep dive",
        interview=True,
        company="Brackenfold",
        org=("interviews@gem-scheduling.com", "Gem"),
        att=[person("ola.n@brackenfold.com", "Ola Nowak")],
        desc="Hi Alex, round 2 is a deep dive into a system you built. Ola Nowak | Engineering Manager, Brackenfold",
    )
    _t(
        "Interview with Alex Rivera (Rescheduling)",
        interview=True,
        company="Saltway",
        org=("people@saltway.io", "Saltway People"),
        desc="We need to move this interview; new times to follow for your Data Engineer interview.",
    )
    _t(
        "phone screen w Dara",
        interview=True,
        company="Larkhill Labs",
        desc="larkhill labs – recruiter screen, 30 min. Dara = talent partner",
    )
    _t(
        "Confidential - introductory call",
        interview=True,
        company="Merrow Search",
        role="Chief Operating Officer",
        org=("t.baird@merrowsearch.com", "Tessa Baird"),
        desc="Thank you, Alex. Merrow Search is retained on a Chief Operating Officer mandate for a family-owned retailer; the name follows after this call.",
    )


def _round8_more_names() -> None:
    _t(
        "Interview Scheduled: R-2231 Treasury Analyst",
        interview=True,
        company="Gallowmere Mutual",
        role="Treasury Analyst",
        org=("gallowmeremutual@myworkday.com", "Workday"),
        desc="Dear Alex Rivera, an interview has been scheduled for requisition R-2231 Treasury Analyst. Kind regards, Talent Acquisition Gallowmere Mutual",
    )
    _t("Intvw 3pm Brightfold (bring portfolio)", interview=True, company="Brightfold")
    _t("ring w/ Tomasz re monzo role", interview=True, company="Monzo", zone="Europe/London")
