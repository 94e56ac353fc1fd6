# ruff: noqa: E501 -- data: event texts as written
"""Part author20e, written from scratch by one author: events whose titles or texts carry a word
for interview, screening, trial, assessment, audition, selection, casting or their equivalents
(entrevista, entretien, Gespräch, colloquio, rozmowa, mülakat, 面接, 面试, 면접, собеседование,
مقابلة and more) but are not Alex's own job interviews: interviews Alex conducts at Initech or for
a club, school board, co-op, charity, thesis, book or podcast; other people's interviews; health
screenings and clinical trials; insurance, bank, visa, citizenship, asylum, court and benefits
interviews; adoption home studies; admissions, scholarship and housing-board interviews; pet
adoption screenings; hiring help at home; auditions, castings, tryouts and dating; mock interviews,
coaching, recruiter webinars and fairs; film screenings, legal trials, tax and risk assessments,
solar panels, music loops and work onsites. Next to them sit Alex's own candidate interviews,
written just as plainly (bare company and stage, scheduling-tool confirmations, agency calls about
a client, Alex's own terse notes), in English and more than a dozen other languages."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author20e", **kw)


def build() -> None:
    _conducting_at_work()
    _conducting_elsewhere()
    _other_peoples_interviews()
    _health_and_clinical()
    _money_and_insurance()
    _government_and_law()
    _family_and_social_services()
    _schools_and_housing()
    _pets_and_home_help()
    _auditions_castings_tryouts()
    _practice_and_coaching()
    _recruiting_events_and_tests()
    _other_meanings()
    _own_plain_titles()
    _own_tool_confirmations()
    _own_agency_calls()
    _own_multilingual()
    _own_notes()


# --------------------------------------------------------------------------------------------
# Look-alikes: interviews Alex conducts
# --------------------------------------------------------------------------------------------


def _conducting_at_work() -> None:
    _x(
        "Interview: Priya Nandakumar - Backend Engineer II (Systems Design)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("talent-scheduling@initech.com", "Initech Talent Scheduling"),
        att=[
            person("wendell.okafor@initech.com", "Wendell Okafor"),
            person("priya.nandakumar.dev@gmail.com", "Priya Nandakumar"),
        ],
        desc="Interviewer: Alex Rivera\nCandidate: Priya Nandakumar\nFocus area: Systems design (rate limiter / queueing)\n\nScorecard link in Greenhouse. Please submit feedback within 24 hours.\n\nInterview kit: https://initech.greenhouse.io/interview_kits/88213",
        meet="meet",
    )
    _x(
        "Panel interview — Data Platform Lead candidate (J. Halvorsen)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("marta.villanueva@initech.com", "Marta Villanueva"),
        att=[
            person("wendell.okafor@initech.com", "Wendell Okafor"),
            person("sunita.rao@initech.com", "Sunita Rao"),
            person("jonas.halvorsen@outlook.com", "Jonas Halvorsen"),
            person("conf-4b-fjord@initech.com", "4B Fjord (8)", resource=True),
        ],
        desc="Alex — you're on the panel for the data platform lead. You take the 'working with stakeholders' section, Sunita does architecture, Wendell does the leadership questions.",
        loc="Initech HQ, 4B Fjord",
    )
    _x(
        "Debrief: Staff Eng loop (candidate #4471)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("marta.villanueva@initech.com", "Marta Villanueva"),
        att=[
            person("wendell.okafor@initech.com", "Wendell Okafor"),
            person("sunita.rao@initech.com", "Sunita Rao"),
            person("gideon.marsh@initech.com", "Gideon Marsh"),
        ],
        desc="Hiring committee debrief. Please have scorecards submitted before we meet. Decision: hire / no hire / more signal.",
        meet="meet",
    )
    _x(
        "Phone screen w/ candidate - Frontend (Ruth)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="I'm doing the screen. Resume in the drive folder. Ask about the design-system migration on her CV.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/9301447722"),
    )
    _x(
        "Interviewer training: structured interviewing 101",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("people-learning@initech.com", "Initech People & Learning"),
        desc="Required before you join any interview loop. Covers: structured questions, avoiding bias, writing evidence-based scorecards. 90 min.",
        meet="meet",
    )
    _x(
        "Shadow interview (reverse shadow) — Alex leads, Sunita observes",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("sunita.rao@initech.com", "Sunita Rao"),
        att=[person("candidate-relay+7731@initech.greenhouse.io", "Candidate (via Greenhouse)")],
        desc="Last step of your interviewer certification. You lead coding; I'll stay muted and give you feedback afterwards.",
        meet="meet",
    )
    _x(
        "Onsite loop — hold for interviewers (Tue)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("talent-scheduling@initech.com", "Initech Talent Scheduling"),
        desc="Tentative hold. Candidate: M. Oyelaran, SRE. Your slot will be confirmed by Friday.",
        my_status="tentative",
    )
    _x(
        "Intern interviews — campus batch (3 x 30 min)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("university-programs@initech.com", "Initech University Programs"),
        desc="Back-to-back intern interviews. Candidates: Liang Q., Bárbara M., Theo K. Use the intern rubric, not the SWE II one.",
        loc="Initech HQ, 2A Pike",
    )
    _x(
        "Bewerbungsgespräch Werkstudent (ich interviewe) – Initech Berlin",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("katrin.lobermann@initech.com", "Katrin Lobermann"),
        desc="Hallo Alex, kannst du beim Gespräch mit dem Werkstudenten-Kandidaten dabei sein? Du übernimmst den technischen Teil, ich den Rest. Lebenslauf im Anhang.",
        meet="meet",
    )
    _x(
        "Hiring sync — backfill for Dmitri's role",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("wendell.okafor@initech.com", "Wendell Okafor"),
        desc="Weekly sync on the pipeline: 14 in screening, 3 in onsite, 1 offer out. Alex to own the take-home review.",
        meet="meet",
    )
    _x(
        "Exit interview — Dmitri (HRBP + manager)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("hrbp-platform@initech.com", "Lena Abernathy"),
        att=[person("dmitri.sokolov@initech.com", "Dmitri Sokolov")],
        desc="Alex, as his manager, you join the last 15 minutes.",
        meet="meet",
    )
    _x(
        "User interview #6 — onboarding flow (customer: Fernhill Dental)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("noor.haddad@initech.com", "Noor Haddad"),
        desc="Research session, 45 min. Alex takes notes. Discussion guide: https://docs.google.com/document/d/1uRsch6gd/edit",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/9388102231"),
    )
    _x(
        "Take-home review: candidate B (SWE II)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Grade the submission against the rubric before the debrief. Repo link in Greenhouse.",
    )
    _x(
        "Calibration: interviewer scorecards Q3",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("marta.villanueva@initech.com", "Marta Villanueva"),
        desc="We'll look at scoring drift across interviewers. Bring two scorecards you wrote this quarter.",
        meet="meet",
    )


def _conducting_elsewhere() -> None:
    _x(
        "Interview new volunteer applicants — Riverside Food Pantry",
        interview=False,
        company=None,
        role=None,
        org=("coordinator@riversidefoodpantry.org", "Gloria Mbeki"),
        desc="Thanks for helping with volunteer interviews again! Three applicants, 20 minutes each. Questions sheet is in the shared folder.",
        loc="Riverside Food Pantry, back office",
    )
    _x(
        "Thesis interview #3 — Alex interviewing Dr. Ilse Brandvold",
        interview=False,
        company=None,
        role=None,
        desc="For my MSc thesis (chapter 4, practitioner interviews). Consent form signed. Record audio only. Questions v2.",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/8720044519"),
    )
    _x(
        "Podcast recording: interview with Celeste Arbogast (ep. 31)",
        interview=False,
        company=None,
        role=None,
        att=[person("celeste@arbogastceramics.com", "Celeste Arbogast")],
        desc="Side project 'Weekend Builders'. Riverside.fm studio link sent. Topics: kiln wiring, selling at markets.",
        loc="https://riverside.fm/studio/weekend-builders",
    )
    _x(
        "Book research interview — former lighthouse keeper (Mr. Pettigrew)",
        interview=False,
        company=None,
        role=None,
        desc="Chapter 7 research. Bring recorder + spare batteries. He prefers mornings.",
        loc="Harbour View Care Home, visitors lounge",
    )
    _x(
        "School board — principal candidate interviews (Alex on panel)",
        interview=False,
        company=None,
        role=None,
        org=("clerk@maplecreekschools.org", "Board Clerk"),
        desc="Closed session. Parent representatives: A. Rivera, J. Osei. Candidates: 2. Rubric attached.",
        loc="Maple Creek District Office, Room 12",
    )
    _x(
        "Co-op membership interviews (committee)",
        interview=False,
        company=None,
        role=None,
        org=("membership@oakgroundcoop.org", "Oakground Housing Co-op"),
        desc="You're on the membership committee this month. Two households applying for unit 3C. Please read the applications beforehand.",
        loc="Oakground Co-op common room",
    )
    _x(
        "Entrevistas a candidatos — club de remo (yo en el comité)",
        interview=False,
        company=None,
        role=None,
        org=("secretaria@clubremoelmolino.es", "Secretaría Club de Remo El Molino"),
        desc="Hola Alex, este sábado hacemos las entrevistas para el puesto de entrenador de la cantera. Tú estás en el comité junto con Ramiro y Nieves. Empezamos a las 10.",
        loc="Club de Remo El Molino, sala de juntas",
        zone="Europe/Madrid",
    )
    _x(
        "Charity trustee recruitment — shortlist interviews",
        interview=False,
        company=None,
        role=None,
        org=("chair@lanternliteracy.org.uk", "Harriet Quaile"),
        desc="Alex, as a trustee you're on the panel for the new treasurer. 3 shortlisted. 40 mins each, tea in between.",
        loc="Lantern Literacy Trust, 14 Cobble Lane",
        zone="Europe/London",
    )
    _x(
        "Oral history interview (library project) — Mrs. Adaeze Nwosu",
        interview=False,
        company=None,
        role=None,
        org=("localhistory@eastbrookpl.org", "Eastbrook Public Library"),
        desc="Thank you for volunteering as an interviewer for the Neighbourhood Voices project. Your interviewee: Mrs. Adaeze Nwosu, 82. Recording kit at the front desk.",
        loc="Eastbrook Public Library, Study Room B",
    )
    _x(
        "Blog interview with Tomasz (for the newsletter)",
        interview=False,
        company=None,
        role=None,
        desc="I'm interviewing him about his bike-building hobby. 5 questions, 30 min, written up for the March newsletter.",
    )
    _x(
        "Mentoring programme — matching interviews (mentees)",
        interview=False,
        company=None,
        role=None,
        org=("programme@bridgeupmentors.org", "BridgeUp Mentors"),
        desc="As a mentor you'll meet three prospective mentees for 15 minutes each so we can match you. No preparation needed.",
        meet="meet",
    )
    _x(
        "Wywiad do pracy magisterskiej — rozmowa z p. Zielińską",
        interview=False,
        company=None,
        role=None,
        desc="Przeprowadzam wywiad (rozdział 3). Pytania w wersji 2. Nagrywanie za zgodą.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmI0NTk3",
        ),
        zone="Europe/Warsaw",
    )


# --------------------------------------------------------------------------------------------
# Look-alikes: other people's interviews
# --------------------------------------------------------------------------------------------


def _other_peoples_interviews() -> None:
    _x(
        "Sam's interview @ Corrigan & Pell (drop him off)",
        interview=False,
        company=None,
        role=None,
        desc="Sam's second round. Drive him downtown, he needs to be there by 9:45. Pick up at 12.",
        loc="Corrigan & Pell, 200 Mercer Plaza",
    )
    _x(
        "Jordan — final round at Halden Bio",
        interview=False,
        company=None,
        role=None,
        att=[person("jordan.rivera.k@gmail.com", "Jordan Rivera")],
        desc="Shared by Jordan so we don't book anything. Good luck, J!",
        all_day=True,
    )
    _x(
        "Maya college interview (alumni) — drive her",
        interview=False,
        company=None,
        role=None,
        desc="Alumni interview at the coffee place on 5th. Maya wants to practise in the car.",
        loc="Grindstone Coffee, 5th Ave",
    )
    _x(
        "Mock interview for Lucía (she's applying to nursing school)",
        interview=False,
        company=None,
        role=None,
        att=[person("lucia.beltran.m@gmail.com", "Lucía Beltrán")],
        desc="I'm playing the panel. Her real one is on the 14th.",
        meet="meet",
    )
    _x(
        "Referral — Kwame's interview with Initech (I referred him)",
        interview=False,
        company=None,
        role=None,
        desc="Kwame's phone screen with our recruiting team today. Check the referral portal afterwards, bonus only triggers at hire.",
    )
    _x(
        "Entretien d'embauche de Camille — garder les enfants",
        interview=False,
        company=None,
        role=None,
        att=[person("camille.durand.rivera@gmail.com", "Camille")],
        desc="Camille a son entretien à Lyon toute la journée, je récupère les enfants à l'école à 16h30.",
        zone="Europe/Paris",
    )
    _x(
        "Dad's citizenship interview — go with him",
        interview=False,
        company=None,
        role=None,
        desc="USCIS field office. Bring his green card, passport, appointment notice, tax transcripts. I'm just driving and waiting.",
        loc="USCIS Field Office, 1 Federal Plaza",
    )
    _x(
        "Bruder: Vorstellungsgespräch bei Stadtwerke (Daumen drücken!)",
        interview=False,
        company=None,
        role=None,
        desc="Lukas hat um 14 Uhr sein Gespräch. Abends anrufen und fragen, wie es lief.",
        zone="Europe/Berlin",
    )
    _x(
        "Call Nadia after her interview",
        interview=False,
        company=None,
        role=None,
        desc="She had the panel interview for the museum curator job at 2. Call her ~4.",
    )
    _x(
        "Reference call about Ifeoma (I'm her reference)",
        interview=False,
        company=None,
        role=None,
        org=("talent@pembertonlabs.io", "Gareth Yule"),
        desc="Hi Alex, Ifeoma listed you as a reference for the Product Analyst position. Could we have 20 minutes to ask about your time working together?",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/8512093311"),
    )
    _x(
        "帮表妹准备面试（她面华信银行）",
        interview=False,
        company=None,
        role=None,
        desc="周六下午视频，帮小雯过一遍自我介绍和常见问题。",
        zone="Asia/Shanghai",
    )
    _x(
        "Interview coverage — Tessa out for her interview, cover standup",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("tessa.lindqvist@initech.com", "Tessa Lindqvist"),
        desc="I'm out this morning (personal). Can you run standup and the sprint review? Thanks!!",
    )
    _x(
        "Собеседование у Миши — забрать Лизу из садика",
        interview=False,
        company=None,
        role=None,
        desc="У Миши собеседование в 17:00, садик на мне.",
        zone="Europe/Moscow",
    )
    _x(
        "Hannah's residency interview (virtual) — keep house quiet",
        interview=False,
        company=None,
        role=None,
        desc="Her ERAS interview day, 8am–2pm. No vacuuming, no calls in the living room.",
    )
    _x(
        "مقابلة عمل لأختي ريم — أوصلها إلى المكتب",
        interview=False,
        company=None,
        role=None,
        desc="ريم عندها مقابلة الساعة العاشرة. أوصلها وأنتظرها في المقهى المقابل.",
        zone="Asia/Dubai",
    )


# --------------------------------------------------------------------------------------------
# Look-alikes: health screenings, medical assessments, clinical trials
# --------------------------------------------------------------------------------------------


def _health_and_clinical() -> None:
    _x(
        "Colon cancer screening (colonoscopy) — NPO after midnight",
        interview=False,
        company=None,
        role=None,
        org=("noreply@westlakegi.com", "Westlake Gastroenterology"),
        desc="Appointment confirmed. Begin bowel prep the evening before. You must have a driver; you cannot drive yourself home.",
        loc="Westlake GI Center, Suite 300",
    )
    _x(
        "Hearing screening",
        interview=False,
        company=None,
        role=None,
        loc="ClearSound Audiology, 88 Alder St",
    )
    _x(
        "Pre-employment health assessment — NOT me, Jordan's (drive)",
        interview=False,
        company=None,
        role=None,
        desc="Jordan's occupational health check for the new job. Drop-off 8:15.",
    )
    _x(
        "Clinical trial screening visit — sleep study (ALDER-2)",
        interview=False,
        company=None,
        role=None,
        org=("research.coord@northmeadowhealth.org", "Northmeadow Clinical Research"),
        desc="Thank you for your interest in the ALDER-2 study. This screening visit takes about 2 hours: consent, medical history interview, blood draw, questionnaires. Bring a list of medications.",
        loc="Northmeadow Clinical Research Unit, Building C",
    )
    _x(
        "Physio assessment (knee)",
        interview=False,
        company=None,
        role=None,
        desc="Initial assessment, wear shorts. Referral letter in email.",
        loc="Kinetic Physio, Harbour St",
    )
    _x(
        "Vorsorgeuntersuchung / Check-up 35",
        interview=False,
        company=None,
        role=None,
        desc="Nüchtern kommen. Versichertenkarte mitnehmen.",
        loc="Praxis Dr. Hellwig, Kastanienallee 12",
        zone="Europe/Berlin",
    )
    _x(
        "健康診断（人間ドック）",
        interview=False,
        company=None,
        role=None,
        desc="前日21時以降は絶食。問診票を記入して持参。受付8:30。",
        loc="さくら健診センター 3F",
        zone="Asia/Tokyo",
    )
    _x(
        "Mental health intake assessment",
        interview=False,
        company=None,
        role=None,
        org=("intake@calmharbortherapy.com", "Calm Harbor Therapy"),
        desc="Your intake session is a 50-minute assessment interview with one of our clinicians. Please complete the PHQ-9 and GAD-7 forms in the portal beforehand.",
        conf=("Zoom Meeting", "https://calmharbor.zoom.us/j/9912004471"),
    )
    _x(
        "Dermatology skin screening",
        interview=False,
        company=None,
        role=None,
        loc="Lakeside Dermatology",
    )
    _x(
        "Donor screening — blood donation",
        interview=False,
        company=None,
        role=None,
        org=("appointments@communityblood.org", "Community Blood Services"),
        desc="Eat a good meal and drink water. The short screening interview and mini-physical happen before donation.",
        loc="Community Blood Services — Elm Road Donor Center",
    )
    _x(
        "Wizyta kwalifikacyjna — badanie kliniczne (rozmowa z lekarzem)",
        interview=False,
        company=None,
        role=None,
        desc="Badanie kliniczne leku na migrenę. Wizyta kwalifikacyjna: wywiad lekarski, EKG, morfologia.",
        loc="Centrum Badań Klinicznych Medis, ul. Lipowa 4",
        zone="Europe/Warsaw",
    )
    _x(
        "Mom — cognitive assessment (memory clinic)",
        interview=False,
        company=None,
        role=None,
        desc="Go with Mom. Bring her medication list and the neurologist's letter.",
        loc="St. Brendan's Memory Clinic",
    )
    _x(
        "Eye screening (diabetic) — Dad",
        interview=False,
        company=None,
        role=None,
        desc="Dilation drops, he can't drive after.",
    )
    _x(
        "Kid's developmental screening (18 mo)",
        interview=False,
        company=None,
        role=None,
        desc="Pediatrician. Fill in the ASQ questionnaire before the visit.",
        loc="Brightside Pediatrics",
    )
    _x(
        "Trial follow-up visit #4 (study drug)",
        interview=False,
        company=None,
        role=None,
        desc="Bring the pill diary and unused capsules. Fasting blood draw.",
        loc="Northmeadow Clinical Research Unit, Building C",
    )


# --------------------------------------------------------------------------------------------
# Look-alikes: banks, insurance, taxes
# --------------------------------------------------------------------------------------------


def _money_and_insurance() -> None:
    _x(
        "Life insurance paramedical exam + phone interview",
        interview=False,
        company=None,
        role=None,
        org=("scheduling@paramed-booking.net", "Paramed Scheduling"),
        desc="A mobile examiner will visit your home for height/weight, blood pressure, blood and urine sample. The underwriter's telephone interview follows within 48 hours (about 20 minutes, health history questions).",
        loc="Home",
    )
    _x(
        "Mortgage interview with advisor (Harbourline Building Society)",
        interview=False,
        company=None,
        role=None,
        org=("mortgages@harbourline-bs.co.uk", "Harbourline Mortgage Team"),
        desc="Your mortgage interview will take about 90 minutes. Please have 3 months of payslips, bank statements and photo ID ready.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ1MzE5",
        ),
        zone="Europe/London",
    )
    _x(
        "Insurance claim interview (recorded statement) — car accident",
        interview=False,
        company=None,
        role=None,
        desc="Adjuster from Sentinel Mutual will call to take a recorded statement. Claim #SM-2291-8840. Have photos and the police report number handy.",
    )
    _x(
        "Kreditgespräch Sparkasse (Autofinanzierung)",
        interview=False,
        company=None,
        role=None,
        desc="Gehaltsnachweise der letzten 3 Monate, Personalausweis, Kaufvertrag-Entwurf.",
        loc="Filiale Marktplatz",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien conseiller bancaire — ouverture compte joint",
        interview=False,
        company=None,
        role=None,
        desc="RDV avec Mme Garnier à l'agence. Apporter justificatif de domicile et pièces d'identité.",
        loc="Agence Crédit du Rhône, place Bellecour",
        zone="Europe/Paris",
    )
    _x(
        "Property tax assessment appeal hearing",
        interview=False,
        company=None,
        role=None,
        desc="County Board of Equalization. Bring the comparable sales printout and appraisal. Parcel 114-22-0087.",
        loc="County Administration Bldg, Hearing Room 2",
    )
    _x(
        "Home insurance risk assessment visit",
        interview=False,
        company=None,
        role=None,
        desc="Surveyor checking roof, wiring and the wood stove for the new policy. 1 hour.",
        loc="Home",
    )
    _x(
        "Tax assessment notice — deadline to object",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        desc="Einspruchsfrist gegen den Steuerbescheid läuft heute ab.",
    )
    _x(
        "Colloquio in banca — mutuo prima casa",
        interview=False,
        company=None,
        role=None,
        desc="Colloquio con il consulente per il mutuo. Portare CUD, buste paga, compromesso.",
        loc="Banca Popolare del Tevere, filiale via Nomentana",
        zone="Europe/Rome",
    )
    _x(
        "KYC video interview — new brokerage account",
        interview=False,
        company=None,
        role=None,
        org=("verify@lumenvest.app", "Lumenvest Verification"),
        desc="Short video identification call. Hold your passport up to the camera when asked.",
        loc="https://verify.lumenvest.app/session/7Hk2",
    )
    _x(
        "Kredi görüşmesi — ev kredisi (banka)",
        interview=False,
        company=None,
        role=None,
        desc="Bankadaki müşteri temsilcisiyle görüşme. Maaş bordrosu ve tapu fotokopisi götür.",
        zone="Europe/Istanbul",
    )


# --------------------------------------------------------------------------------------------
# Look-alikes: visas, citizenship, police, courts
# --------------------------------------------------------------------------------------------


def _government_and_law() -> None:
    _x(
        "Visa interview — US Consulate (Jordan's H-4)",
        interview=False,
        company=None,
        role=None,
        desc="Bring DS-160 confirmation, appointment letter, marriage certificate, I-797. No bags, no electronics.",
        loc="U.S. Consulate General",
    )
    _x(
        "Visa interview",
        interview=False,
        company=None,
        role=None,
        desc="Embassy, window 4. Passport, photos, bank statements, invitation letter from Kenji.",
        loc="Embassy of Japan, Consular Section",
    )
    _x(
        "Entrevista consular — visado de residencia (Consulado de España)",
        interview=False,
        company=None,
        role=None,
        desc="Cita para la entrevista del visado. Llevar pasaporte, certificado de antecedentes penales apostillado, seguro médico.",
        loc="Consulado General de España",
    )
    _x(
        "Naturalization interview + civics test",
        interview=False,
        company=None,
        role=None,
        desc="N-400 interview. Study the 100 civics questions. Bring all passports and tax returns.",
        loc="USCIS Field Office",
    )
    _x(
        "Einbürgerungsgespräch (Ausländerbehörde)",
        interview=False,
        company=None,
        role=None,
        desc="Termin zur Einbürgerung. Unterlagen: Einbürgerungstest-Zertifikat, B1-Zeugnis, Rentenversicherungsverlauf.",
        loc="Landesamt für Einwanderung, Raum 2.114",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien préfecture — titre de séjour (accompagner Yasmine)",
        interview=False,
        company=None,
        role=None,
        desc="Yasmine a son rendez-vous à la préfecture pour le renouvellement. Je l'accompagne pour traduire.",
        loc="Préfecture, guichet 7",
        zone="Europe/Paris",
    )
    _x(
        "Asylum interview support — volunteer interpreter (refugee legal clinic)",
        interview=False,
        company=None,
        role=None,
        org=("volunteers@safeharborlegal.org", "Safe Harbor Legal Clinic"),
        desc="You're confirmed as interpreter (Spanish) for a client's asylum interview prep session with the attorney. Confidentiality agreement applies.",
        loc="Safe Harbor Legal Clinic, 3rd floor",
    )
    _x(
        "Jury selection (voir dire) — report 8:00",
        interview=False,
        company=None,
        role=None,
        desc="Juror #1187. Bring summons. Parking at the county garage is validated.",
        loc="Superior Court, Jury Assembly Room",
    )
    _x(
        "Witness interview with police (bike theft)",
        interview=False,
        company=None,
        role=None,
        desc="Detective Ruiz wants a statement about the break-in at the bike shed. Case 24-118873.",
        loc="4th Precinct",
    )
    _x(
        "Small claims trial — Rivera v. Brookfield Movers",
        interview=False,
        company=None,
        role=None,
        desc="Bring 3 copies of invoices, photos of the damaged table, emails. Courtroom 3.",
        loc="County Courthouse, Courtroom 3",
    )
    _x(
        "Custody evaluation interview — Dani (I'm a character witness)",
        interview=False,
        company=None,
        role=None,
        desc="The court-appointed evaluator is interviewing me about Dani as a parent. 45 min by phone.",
    )
    _x(
        "Собеседование в консульстве — виза для мамы",
        interview=False,
        company=None,
        role=None,
        desc="Маме нужно на собеседование в консульство, я сопровождаю. Анкета, фото, справка с работы.",
        zone="Europe/Moscow",
    )
    _x(
        "مقابلة السفارة — تأشيرة الزيارة",
        interview=False,
        company=None,
        role=None,
        desc="موعد المقابلة في السفارة الساعة ٩ صباحًا. أحضر جواز السفر وكشف الحساب البنكي وخطاب الدعوة.",
        zone="Asia/Riyadh",
    )
    _x(
        "Global Entry interview",
        interview=False,
        company=None,
        role=None,
        desc="Enrollment on arrival isn't possible on this trip; booked at the airport office. Bring passport + conditional approval letter.",
        loc="Airport Enrollment Center, Terminal B",
    )
    _x(
        "비자 인터뷰 (미국 대사관) — 동생",
        interview=False,
        company=None,
        role=None,
        desc="동생 학생비자 인터뷰. I-20, SEVIS 영수증 챙기기. 같이 가줘야 함.",
        zone="Asia/Seoul",
    )
    _x(
        "Vergadering: getuigenverhoor (rechtbank)",
        interview=False,
        company=None,
        role=None,
        desc="Opgeroepen als getuige in de zaak van de buren. Oproepingsbrief meenemen.",
        loc="Rechtbank, zaal 5",
        zone="Europe/Amsterdam",
    )


# --------------------------------------------------------------------------------------------
# Look-alikes: family, adoption, social services, benefits
# --------------------------------------------------------------------------------------------


def _family_and_social_services() -> None:
    _x(
        "Adoption home study — visit 2 of 3 (social worker)",
        interview=False,
        company=None,
        role=None,
        org=("casework@brightpathadoption.org", "Brightpath Adoption Services"),
        desc="Second home study interview. Individual interviews with each applicant (about 1 hour each) and a walkthrough of the home. Please have the fire extinguisher and smoke detectors checked.",
        loc="Home",
    )
    _x(
        "Foster care licensing interview",
        interview=False,
        company=None,
        role=None,
        desc="County foster licensing worker. Bring references list, physician's statement, background check receipt.",
        loc="County Family Services, 2nd floor",
    )
    _x(
        "Benefits assessment — Mom's disability (PIP) assessment",
        interview=False,
        company=None,
        role=None,
        desc="Telephone assessment for Mom's PIP claim. I'll be on the call with her to help. Have her diary of bad days ready.",
        zone="Europe/London",
    )
    _x(
        "Unemployment benefits eligibility interview (for Jordan)",
        interview=False,
        company=None,
        role=None,
        desc="State workforce agency will call Jordan 10–12. Make sure the phone is charged and he's home.",
    )
    _x(
        "Rozmowa w MOPS — ocena potrzeb babci (opiekunka)",
        interview=False,
        company=None,
        role=None,
        desc="Pracownica socjalna przychodzi do babci na wywiad środowiskowy. Muszę być na miejscu.",
        loc="u babci, ul. Krótka 7",
        zone="Europe/Warsaw",
    )
    _x(
        "Care needs assessment — Dad (home visit)",
        interview=False,
        company=None,
        role=None,
        desc="Occupational therapist + social worker. They'll assess stairs, bathroom, mobility.",
        loc="Dad's house",
    )
    _x(
        "Gespräch mit dem Jugendamt (Pflegekind-Bewerbung)",
        interview=False,
        company=None,
        role=None,
        desc="Erstes Kennenlerngespräch beim Pflegekinderdienst. Beide kommen.",
        loc="Jugendamt, Zimmer 204",
        zone="Europe/Berlin",
    )
    _x(
        "Marriage-based green card interview (ours)",
        interview=False,
        company=None,
        role=None,
        desc="I-485 / I-130 interview. Bring: joint lease, joint bank statements, photos over time, originals of everything.",
        loc="USCIS Field Office",
    )
    _x(
        "Parent-teacher conference (not an interview!) — Ms. Adeyemi",
        interview=False,
        company=None,
        role=None,
        loc="Lincoln Elementary, Room 14",
    )
    _x(
        "Entrevista con la trabajadora social — adopción internacional",
        interview=False,
        company=None,
        role=None,
        desc="Segunda entrevista psicosocial para el certificado de idoneidad. Vamos los dos.",
        loc="Servicios Sociales, planta 2",
        zone="Europe/Madrid",
    )


# --------------------------------------------------------------------------------------------
# Look-alikes: admissions, scholarships, housing boards
# --------------------------------------------------------------------------------------------


def _schools_and_housing() -> None:
    _x(
        "MBA admissions interview — Hollins School of Management",
        interview=False,
        company=None,
        role=None,
        org=("admissions@hollins-som.edu", "Hollins MBA Admissions"),
        desc="Dear Alex, we are pleased to invite you to an admissions interview for the Part-Time MBA. The 30-minute conversation is conducted by a second-year student and is blind to your file except for your resume.",
        conf=("Zoom Meeting", "https://hollins.zoom.us/j/9640021188"),
    )
    _x(
        "Kindergarten admissions — family interview (Maya)",
        interview=False,
        company=None,
        role=None,
        desc="Playdate-style assessment for Maya + parent interview with the admissions director.",
        loc="Thornfield Day School",
    )
    _x(
        "Scholarship panel interview — Maya (Founders Scholarship)",
        interview=False,
        company=None,
        role=None,
        desc="She goes in alone, parents wait in the lobby. 20 min.",
        loc="Westbrook Community Foundation",
    )
    _x(
        "Fellowship selection panel (I'm a reviewer) — Civic Tech Fellows",
        interview=False,
        company=None,
        role=None,
        org=("selection@civictechfellows.org", "Civic Tech Fellows"),
        desc="Thank you for serving on the final selection panel. You'll interview 4 finalists. Rubric and applications in the reviewer portal.",
        meet="meet",
    )
    _x(
        "PhD admissions interview — Dept. of Computational Linguistics",
        interview=False,
        company=None,
        role=None,
        desc="Part-time PhD interest. Interview with Prof. Varga and Dr. Osei about a research proposal. Not a job.",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/8130077212"),
    )
    _x(
        "Co-op board interview (apt 7F) — bring financials",
        interview=False,
        company=None,
        role=None,
        desc="Board interview for the purchase. Dress like it's a job interview, broker says. Bring tax returns, bank statements, reference letters.",
        loc="Sutton Arms lobby, board room",
    )
    _x(
        "Apartment viewing + landlord interview",
        interview=False,
        company=None,
        role=None,
        desc="Landlord wants to 'meet tenants' before approving. Bring proof of income and references.",
        loc="22 Linden Terrace, Apt 3",
    )
    _x(
        "WG-Casting — Zimmer in der Sonnenallee",
        interview=False,
        company=None,
        role=None,
        desc="WG-Casting für Jordans Cousin, ich komme mit. 19 Uhr, 3. OG links.",
        loc="Sonnenallee 41",
        zone="Europe/Berlin",
    )
    _x(
        "入学面接（長女・私立中学）",
        interview=False,
        company=None,
        role=None,
        desc="保護者同伴面接。受験票と面接資料を持参。",
        loc="白鷺学園中学校",
        zone="Asia/Tokyo",
    )
    _x(
        "Colloquio di ammissione — master serale (Alex)",
        interview=False,
        company=None,
        role=None,
        desc="Colloquio motivazionale per il master in Data Science serale. Portare CV e lettera motivazionale.",
        loc="Politecnico, aula 3.2",
        zone="Europe/Rome",
    )
    _x(
        "대학원 면접 — 야간 석사과정",
        interview=False,
        company=None,
        role=None,
        desc="학업계획서 기반 면접. 15분.",
        zone="Asia/Seoul",
    )
    _x(
        "Rozmowa kwalifikacyjna do liceum — Zosia (klasa dwujęzyczna)",
        interview=False,
        company=None,
        role=None,
        desc="Zosia ma rozmowę kwalifikacyjną do klasy dwujęzycznej. Odwieźć na 8:30.",
        zone="Europe/Warsaw",
    )
    _x(
        "Housing authority — Section 8 recertification interview (for tenant)",
        interview=False,
        company=None,
        role=None,
        desc="Mrs. Alvarez (downstairs) asked me to come to her recertification interview to translate.",
    )


# --------------------------------------------------------------------------------------------
# Look-alikes: pets and help at home
# --------------------------------------------------------------------------------------------


def _pets_and_home_help() -> None:
    _x(
        "Adoption screening call — Greyhound Haven",
        interview=False,
        company=None,
        role=None,
        org=("adopt@greyhoundhaven.org", "Greyhound Haven"),
        desc="Thanks for applying to adopt! Our volunteer will call for a 30-minute screening interview about your home, schedule and any other pets. A home visit follows.",
    )
    _x(
        "Cat rescue home check (Pumpkin & Biscuit)",
        interview=False,
        company=None,
        role=None,
        desc="Volunteer visiting to check the apartment before we adopt the two kittens. Hide the lilies.",
        loc="Home",
    )
    _x(
        "Interview nanny candidates (3) — Saturday",
        interview=False,
        company=None,
        role=None,
        desc="Candidates from the agency: Rosa 10:00, Ebele 11:00, Marisol 12:00. Ask about CPR certification, driving, availability for school holidays.",
        loc="Home",
    )
    _x(
        "Cleaner trial clean (Mónica)",
        interview=False,
        company=None,
        role=None,
        desc="Trial clean, 3 hours, pay cash. If it goes well, every other Thursday.",
        loc="Home",
    )
    _x(
        "Interview tutors for Maya (math)",
        interview=False,
        company=None,
        role=None,
        desc="Two tutors on video, 20 min each. Ask about SAT prep experience and rates.",
        meet="meet",
    )
    _x(
        "Contractor interviews — kitchen remodel (3 bids)",
        interview=False,
        company=None,
        role=None,
        desc="Oak & Iron 9am, Fenwick Builders 11am, Marco's Renovations 2pm. Ask for licence #, insurance certificate, references.",
        loc="Home",
    )
    _x(
        "Entrevista con niñera (Valentina)",
        interview=False,
        company=None,
        role=None,
        desc="Viene a casa a conocer a los niños. Preguntar horarios y si tiene coche.",
        loc="Casa",
        zone="America/Mexico_City",
    )
    _x(
        "Gespräch mit Tagesmutter (Frau Kessler)",
        interview=False,
        company=None,
        role=None,
        desc="Kennenlernen für die Betreuung ab September.",
        loc="Lindenweg 3",
        zone="Europe/Berlin",
    )
    _x(
        "Dog walker meet & greet + short interview",
        interview=False,
        company=None,
        role=None,
        desc="Booked through the PawPals app. 15 min at the park with Bruno.",
        loc="Cedar Park, north gate",
    )
    _x(
        "Entretien avec la future baby-sitter",
        interview=False,
        company=None,
        role=None,
        desc="Léa, étudiante, recommandée par les voisins. Mercredis après-midi.",
        zone="Europe/Paris",
    )


# --------------------------------------------------------------------------------------------
# Look-alikes: auditions, castings, tryouts, selection days, dating
# --------------------------------------------------------------------------------------------


def _auditions_castings_tryouts() -> None:
    _x(
        "Audition — Hillside Community Choir (tenor)",
        interview=False,
        company=None,
        role=None,
        org=("director@hillsidechoir.org", "Margaret Ashdown"),
        desc="Please prepare 16 bars of a piece of your choice. We'll also do a short sight-reading and range check.",
        loc="St. Columba's Hall",
    )
    _x(
        "Open casting call — extras for a feature film",
        interview=False,
        company=None,
        role=None,
        desc="Jordan dared me. Bring a headshot and wear neutral colours. Pays $180/day if selected.",
        loc="Pier 9 Studios, Stage C",
    )
    _x(
        "Maya — dance audition (summer intensive)",
        interview=False,
        company=None,
        role=None,
        desc="Ballet + contemporary. Hair in a bun. Arrive 45 min early for warm-up.",
        loc="Riverside Dance Conservatory",
    )
    _x(
        "U12 soccer tryouts — Leo",
        interview=False,
        company=None,
        role=None,
        desc="Shin guards, water, cleats. Parents watch from the stands.",
        loc="Meadowlands Sports Complex, Field 4",
    )
    _x(
        "Rec league selection day — volleyball (me)",
        interview=False,
        company=None,
        role=None,
        desc="Skills evaluation to place players into divisions. Bring knee pads.",
        loc="Northside Rec Center Gym",
    )
    _x(
        "Casting für Werbespot (Jordan) — begleiten",
        interview=False,
        company=None,
        role=None,
        desc="Jordan hat ein Casting für einen Werbespot. Ich fahre ihn hin.",
        zone="Europe/Berlin",
    )
    _x(
        "Audizione — orchestra amatoriale (violino)",
        interview=False,
        company=None,
        role=None,
        desc="Audizione per i secondi violini: scala a scelta, un movimento di Bach, lettura a prima vista.",
        loc="Sala prove Verdi",
        zone="Europe/Rome",
    )
    _x(
        "オーディション（アマチュア劇団）",
        interview=False,
        company=None,
        role=None,
        desc="台本の一部を読む。動きやすい服装で。",
        zone="Asia/Tokyo",
    )
    _x(
        "Improv troupe audition — second callback",
        interview=False,
        company=None,
        role=None,
        desc="Callback with the group. Just scenes, no monologue.",
        loc="The Basement Theater",
    )
    _x(
        "Seleção — peneira de futebol (Leo)",
        interview=False,
        company=None,
        role=None,
        desc="Peneira do sub-13 no clube. Levar RG e atestado médico.",
        loc="CT do Clube Atlético Serrano",
        zone="America/Sao_Paulo",
    )
    _x(
        "Date w/ Daniel — 'not an interview' he said lol",
        interview=False,
        company=None,
        role=None,
        desc="Drinks at Luma. He said first dates feel like interviews so let's just play pool.",
        loc="Luma Bar",
    )
    _x(
        "Speed dating — 'Interview Night' themed",
        interview=False,
        company=None,
        role=None,
        desc="Each date is a 4-minute 'interview'. Tickets in email.",
        loc="The Copper Fox",
    )
    _x(
        "Отбор в сборную — Лиза, гимнастика",
        interview=False,
        company=None,
        role=None,
        desc="Отборочные соревнования. Купальник, чешки, документы.",
        zone="Europe/Moscow",
    )
    _x(
        "Quiz team trial night (pub league)",
        interview=False,
        company=None,
        role=None,
        desc="The Thursday team wants to 'trial' me as their sixth. Brush up on geography.",
        loc="The Anchor & Crown",
    )


# --------------------------------------------------------------------------------------------
# Look-alikes: mock interviews, coaching, practice
# --------------------------------------------------------------------------------------------


def _practice_and_coaching() -> None:
    _x(
        "Mock interview — system design (with Ravi)",
        interview=False,
        company=None,
        role=None,
        att=[person("ravi.subramaniam@gmail.com", "Ravi Subramaniam")],
        desc="Ravi plays the interviewer, I design a URL shortener. Then swap.",
        meet="meet",
    )
    _x(
        "Peer mock interview (PeerPrep)",
        interview=False,
        company=None,
        role=None,
        org=("sessions@peerprep.io", "PeerPrep Sessions"),
        desc="Your peer practice session is confirmed. Topic: Data structures & algorithms. You'll interview your peer for 30 minutes, then switch roles.",
        loc="https://peerprep.io/room/6f2b",
    )
    _x(
        "Career coaching session #2 — interview stories (STAR)",
        interview=False,
        company=None,
        role=None,
        org=("hello@northstarcareers.co", "Imogen Thackeray"),
        desc="We'll work on your STAR stories for leadership and conflict questions.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/8400178832"),
    )
    _x(
        "Behavioral interview practice (alone) — record myself",
        interview=False,
        company=None,
        role=None,
        desc="Record answers to 10 behavioural questions, watch back.",
    )
    _x(
        "Resume review + mock interview (alumni career services)",
        interview=False,
        company=None,
        role=None,
        org=("careers@alumni.ridgemont.edu", "Ridgemont Alumni Career Services"),
        desc="30-minute resume review followed by a 30-minute practice interview with a career advisor.",
        meet="meet",
    )
    _x(
        "Interview prep: read up on company + questions",
        interview=False,
        company=None,
        role=None,
        desc="Prep block. Glassdoor, engineering blog, product demos. Write 5 questions to ask.",
    )
    _x(
        "Übungs-Vorstellungsgespräch mit Coach",
        interview=False,
        company=None,
        role=None,
        desc="Probelauf auf Deutsch. Schwerpunkt: Gehaltsverhandlung und Stärken/Schwächen.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ4Mzk2",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "模擬面接（キャリアセンター）",
        interview=False,
        company=None,
        role=None,
        desc="英語面接の練習。30分。",
        zone="Asia/Tokyo",
    )
    _x(
        "Simulación de entrevista — taller de empleabilidad",
        interview=False,
        company=None,
        role=None,
        desc="Taller grupal. Cada persona hace una simulación de entrevista de 10 minutos frente al grupo.",
        loc="Centro Cívico La Alameda",
        zone="Europe/Madrid",
    )
    _x(
        "모의 면접 스터디 (주간)",
        interview=False,
        company=None,
        role=None,
        desc="코딩 면접 스터디. 이번 주 내가 면접관 역할.",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "Salary negotiation workshop",
        interview=False,
        company=None,
        role=None,
        desc="Evening workshop from the Women in Data group. Role-play after each section.",
        loc="Hatch Coworking, Event Space",
    )
    _x(
        "Mock case interview — practice with Ines (consulting-style)",
        interview=False,
        company=None,
        role=None,
        att=[person("ines.carvalho.p@gmail.com", "Inês Carvalho")],
        desc="Market sizing + profitability case. She's prepping for her consulting interviews, I'm helping and practising.",
        meet="meet",
    )


# --------------------------------------------------------------------------------------------
# Look-alikes: recruiters' webinars, fairs, self-paced tests
# --------------------------------------------------------------------------------------------


def _recruiting_events_and_tests() -> None:
    _x(
        "Webinar: How to ace your technical interview (hosted by Talentbridge)",
        interview=False,
        company=None,
        role=None,
        org=("events@talentbridge-recruiting.com", "Talentbridge Events"),
        desc="Join our senior recruiters for a live webinar with Q&A. Replay available to registrants.",
        loc="https://talentbridge-recruiting.com/webinar/ace-technical",
    )
    _x(
        "Tech career fair (downtown convention center)",
        interview=False,
        company=None,
        role=None,
        desc="Bring 20 printed resumes. Some booths do on-the-spot screening chats.",
        loc="Convention Center, Hall B",
    )
    _x(
        "Online assessment due — numeric reasoning (self-paced)",
        interview=False,
        company=None,
        role=None,
        desc="Link expires tonight 23:59. 45 minutes, untimed practice first.",
        all_day=True,
    )
    _x(
        "HackerRank practice contest",
        interview=False,
        company=None,
        role=None,
        desc="Weekly practice round. Not for any application.",
    )
    _x(
        "Recruiter office hours — open Q&A (LinkedIn Live)",
        interview=False,
        company=None,
        role=None,
        desc="Anyone can join. Topics: résumé gaps, visa sponsorship, remote roles.",
        loc="https://www.linkedin.com/events/recruiterofficehours",
    )
    _x(
        "Jobmesse — IT & Data (Messe Nord)",
        interview=False,
        company=None,
        role=None,
        desc="Kostenloser Eintritt. Lebenslauf ausgedruckt mitnehmen.",
        loc="Messe Nord, Halle 3",
        zone="Europe/Berlin",
    )
    _x(
        "招聘会（线上）— 数据岗位专场",
        interview=False,
        company=None,
        role=None,
        desc="线上双选会，可以投简历，看直播宣讲。",
        zone="Asia/Shanghai",
    )
    _x(
        "Personality questionnaire — skills profile (self-assessment)",
        interview=False,
        company=None,
        role=None,
        desc="Career centre's free strengths questionnaire. 25 min, results emailed.",
    )
    _x(
        "Feira de carreiras — tecnologia",
        interview=False,
        company=None,
        role=None,
        desc="Levar currículo impresso. Palestras sobre entrevistas técnicas às 15h.",
        zone="America/Sao_Paulo",
    )
    _x(
        "Kariyer fuarı — mülakat teknikleri semineri",
        interview=False,
        company=None,
        role=None,
        desc="Üniversite kariyer merkezinin fuarı. Saat 14:00'te 'mülakatta sık yapılan hatalar' semineri.",
        loc="Kongre Merkezi",
        zone="Europe/Istanbul",
    )


# --------------------------------------------------------------------------------------------
# Look-alikes: screening, trial, assessment, panel, loop, onsite in other senses
# --------------------------------------------------------------------------------------------


def _other_meanings() -> None:
    _x(
        "Film screening: 'The Salt Road' + director Q&A",
        interview=False,
        company=None,
        role=None,
        desc="Tickets: row F, seats 11-12. Q&A with the director after.",
        loc="Rialto Cinema",
    )
    _x(
        "Private screening — Jordan's short film (cast & crew)",
        interview=False,
        company=None,
        role=None,
        desc="Cast and crew screening, drinks after. Plus-ones welcome.",
        loc="Lumière Screening Room, 4 Dock St",
    )
    _x(
        "Free trial ends — Figment Pro (cancel or pay)",
        interview=False,
        company=None,
        role=None,
        all_day=True,
    )
    _x(
        "Trial day 3 — watch the livestream (Hartley case)",
        interview=False,
        company=None,
        role=None,
        desc="Court TV stream of the Hartley trial for the law-and-society class discussion.",
    )
    _x(
        "Risk assessment workshop (Initech security)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("security-grc@initech.com", "Initech GRC"),
        desc="Annual risk assessment for the data platform. Please bring the asset inventory and recent incidents.",
        meet="meet",
    )
    _x(
        "Solar panel site assessment",
        interview=False,
        company=None,
        role=None,
        desc="SunBridge installer measuring the roof + checking the electrical panel. ~1h.",
        loc="Home",
    )
    _x(
        "Panel: 'Data ethics in small companies' (I'm speaking)",
        interview=False,
        company=None,
        role=None,
        org=("events@datameetup-harbor.org", "Harbor Data Meetup"),
        desc="You're on the panel with two other practitioners. Moderator will send questions in advance. 45 min + audience Q&A.",
        loc="Hatch Coworking, Event Space",
    )
    _x(
        "Loop session — jam with Theo (looper pedal)",
        interview=False,
        company=None,
        role=None,
        desc="Bring the RC-30 and the small amp. Working on the loop for the intro.",
        loc="Theo's garage",
    )
    _x(
        "Team onsite — Data Platform (Initech), day 1",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("wendell.okafor@initech.com", "Wendell Okafor"),
        desc="Quarterly in-person onsite. Roadmap planning in the morning, team dinner at 7.",
        loc="Initech HQ, Commons",
    )
    _x(
        "Interviewed on 'Data Mondays' podcast (guest)",
        interview=False,
        company=None,
        role=None,
        org=("producer@datamondays.fm", "Rosalind Achterberg"),
        desc="Thanks for agreeing to be a guest! We'll chat about your talk on data contracts. Please use headphones. Recording lasts ~50 min.",
        loc="https://riverside.fm/studio/data-mondays",
    )
    _x(
        "Local paper interview — community garden story",
        interview=False,
        company=None,
        role=None,
        desc="Reporter from the Eastbrook Gazette wants a quote about the garden plots. 15 min on the phone.",
    )
    _x(
        "Performance review — self assessment due",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        all_day=True,
        desc="Submit your self-assessment in Lattice before your 1:1 with your manager.",
    )
    _x(
        "Hi-fi audition — speakers at Soundhouse",
        interview=False,
        company=None,
        role=None,
        desc="Listening session for the bookshelf speakers. Bring my own CDs.",
        loc="Soundhouse Audio",
    )
    _x(
        "Fly casting lesson",
        interview=False,
        company=None,
        role=None,
        desc="Intro fly-fishing casting on the lawn, then the river.",
        loc="Willow Bend Outfitters",
    )
    _x(
        "Wine selection tasting — wedding menu",
        interview=False,
        company=None,
        role=None,
        desc="Choose 2 reds + 1 white for the reception.",
        loc="Vintner's Table",
    )
    _x(
        "Elterngespräch Kita (Entwicklungsgespräch Leo)",
        interview=False,
        company=None,
        role=None,
        desc="Jährliches Entwicklungsgespräch mit der Erzieherin.",
        loc="Kita Sonnenblume",
        zone="Europe/Berlin",
    )
    _x(
        "Sessão de triagem — documentário no festival",
        interview=False,
        company=None,
        role=None,
        desc="Sessão de exibição do documentário. Ingresso no app do festival.",
        loc="Cine Odeon",
        zone="America/Sao_Paulo",
    )
    _x(
        "Intervju med lokalradion — föreningens loppis",
        interview=False,
        company=None,
        role=None,
        desc="Radiointervju om loppisen i föreningen. 10 minuter, direktsänt.",
        zone="Europe/Stockholm",
    )
    _x(
        "साक्षात्कार — पत्रिका के लिए (सामुदायिक बगीचा)",
        interview=False,
        company=None,
        role=None,
        desc="स्थानीय पत्रिका की रिपोर्टर बगीचे के बारे में बात करना चाहती हैं। 20 मिनट।",
        zone="Asia/Kolkata",
    )
    _x(
        "Συνέντευξη για το περιοδικό του συλλόγου",
        interview=False,
        company=None,
        role=None,
        desc="Η Ελένη θα μου κάνει μερικές ερωτήσεις για τον αγώνα δρόμου του συλλόγου.",
        zone="Europe/Athens",
    )


# --------------------------------------------------------------------------------------------
# Alex's own interviews: plain titles
# --------------------------------------------------------------------------------------------


def _own_plain_titles() -> None:
    _x(
        "Quillstone - phone screen",
        interview=True,
        company="Quillstone",
        role=None,
        org=("bea.lindgren@quillstone.io", "Bea Lindgren"),
        conf=("Zoom Meeting", "https://quillstone.zoom.us/j/9182230045"),
    )
    _x(
        "Interview",
        interview=True,
        company="Corvid Labs",
        role=None,
        org=("hiring@corvidlabs.io", "Corvid Labs Hiring"),
        att=[person("osman.tekin@corvidlabs.io", "Osman Tekin")],
        desc="Alex / Corvid Labs — conversation with the hiring manager.",
        meet="meet",
    )
    _x(
        "Tidewater Freight — round 2",
        interview=True,
        company="Tidewater Freight",
        role=None,
    )
    _x(
        "Chat with Hannelore (Parcelbird)",
        interview=True,
        company="Parcelbird",
        role="Analytics Engineer",
        org=("hannelore.voss@parcelbird.com", "Hannelore Voss"),
        desc="Hi Alex, looking forward to our intro chat about the Analytics Engineer opening. 30 min, nothing to prepare.",
        meet="meet",
    )
    _x(
        "Technical interview",
        interview=True,
        company="Sundial Robotics",
        role="Robotics Software Engineer",
        org=("recruiting@sundialrobotics.com", "Sundial Robotics Recruiting"),
        att=[
            person("paolo.ferri@sundialrobotics.com", "Paolo Ferri"),
            person("yuki.tanabe@sundialrobotics.com", "Yuki Tanabe"),
        ],
        desc="Robotics Software Engineer — technical interview (60 min). Coding in C++ or Python, your choice. We'll use a shared editor link sent 10 min before.",
        meet="meet",
    )
    _x(
        "Onsite — Vellum Health",
        interview=True,
        company="Vellum Health",
        role="Senior Data Engineer",
        org=("talent@vellumhealth.com", "Corinne Abbott"),
        desc="Senior Data Engineer onsite, 4 sessions + lunch with the team. Ask for Corinne at reception.",
        loc="Vellum Health, 510 Foundry St, 6th floor",
    )
    _x(
        "Final round",
        interview=True,
        company="Kestrel Pay",
        role=None,
        org=("emeka.obi@kestrelpay.com", "Emeka Obi"),
        desc="Final conversation with our VP Engineering. Kestrel Pay",
        conf=("Zoom Meeting", "https://kestrelpay.zoom.us/j/9021177640"),
    )
    _x(
        "Trial day @ Northgrain",
        interview=True,
        company="Northgrain Foods",
        role="Data Analyst",
        org=("people@northgrainfoods.com", "Signe Halvorsen"),
        desc="As discussed, your paid trial day for the Data Analyst role. You'll sit with the supply-chain analytics team and work on a small forecasting task, then present it at 4pm.",
        loc="Northgrain Foods, Mill Road Campus",
    )
    _x(
        "Case interview — Brackenridge Capital",
        interview=True,
        company="Brackenridge Capital",
        role="Quantitative Developer",
        org=("careers@brackenridgecap.com", "Brackenridge Careers"),
        desc="Quantitative Developer — case interview with two members of the trading technology team. Please bring a calculator; no laptops.",
        loc="Brackenridge Capital, 40 Wall Crescent, 22nd floor",
    )
    _x(
        "Coffee with Ines (Orrery)",
        interview=True,
        company="Orrery Systems",
        role="Data Platform Lead",
        org=("ines.mackenzie@orrerysystems.com", "Ines MacKenzie"),
        desc="Informal first conversation about the Data Platform Lead role before we kick off the formal process. I'll buy!",
        loc="Kiln Coffee, Dock St",
    )
    _x(
        "Screening",
        interview=True,
        company="Lumenfield",
        role=None,
        org=("tova.arkin@lumenfield.ai", "Tova Arkin"),
        desc="Recruiter screen, Lumenfield — 25 min.",
        meet="meet",
    )
    _x(
        "Assessment day — Fernhollow Insurance",
        interview=True,
        company="Fernhollow Insurance",
        role="Data Science Lead",
        org=("resourcing@fernhollow.co.uk", "Fernhollow Resourcing"),
        desc="Data Science Lead — assessment day. Schedule: 09:30 welcome, 10:00 case exercise, 11:30 panel interview, 13:00 lunch, 14:00 presentation to the CDO.",
        loc="Fernhollow House, 3 Abbey Row",
        zone="Europe/London",
    )
    _x(
        "Presentation to panel — Saltmarsh Games",
        interview=True,
        company="Saltmarsh Games",
        role="Head of Analytics",
        org=("lorna.pike@saltmarshgames.com", "Lorna Pike"),
        desc="Head of Analytics — final stage. 20-minute presentation on the brief we sent, then 40 minutes of questions from the panel.",
        meet="meet",
    )
    _x(
        "Pinecrest Mobility <> Alex Rivera",
        interview=True,
        company="Pinecrest Mobility",
        role=None,
        org=("gustavo.reyes@pinecrestmobility.com", "Gustavo Reyes"),
        meet="meet",
    )
    _x(
        "Loop: Alex Rivera (Staff Data Engineer)",
        interview=True,
        company="Gannetwood",
        role="Staff Data Engineer",
        org=("interviews@gannetwood.com", "Gannetwood Interviews"),
        att=[
            person("celia.brandt@gannetwood.com", "Celia Brandt"),
            person("obi.nwachukwu@gannetwood.com", "Obi Nwachukwu"),
            person("rasmus.holt@gannetwood.com", "Rasmus Holt"),
        ],
        desc="Your virtual loop: 3 x 45 min with 10-minute breaks. 1) Data modeling 2) Pipeline design 3) Values & collaboration.",
        meet="meet",
    )
    _x(
        "Marlowe & Finch 2nd",
        interview=True,
        company="Marlowe & Finch",
        role=None,
    )
    _x(
        "Interview w/ CTO",
        interview=True,
        company="Cobaltline",
        role="ML Platform Engineer",
        org=("priyanka@cobaltline.ai", "Priyanka Deshmukh"),
        desc="Cobaltline — ML Platform Engineer. Next step is a conversation with our CTO, Viktor.",
        meet="meet",
    )
    _x(
        "HM call",
        interview=True,
        company="Driftwood",
        role=None,
        org=("ana.salgado@driftwoodhq.com", "Ana Salgado"),
        meet="meet",
    )
    _x(
        "Pair programming session",
        interview=True,
        company="Emberline",
        role="Senior Backend Engineer",
        org=("talent@emberline.dev", "Emberline Talent"),
        att=[person("jun.watanabe@emberline.dev", "Jun Watanabe")],
        desc="Senior Backend Engineer process, step 3: 90-minute pairing session with Jun on a small feature in our sandbox repo. Bring your own laptop setup; we'll share access beforehand.",
        meet="meet",
    )
    _x(
        "Values interview",
        interview=True,
        company="Greenhollow Co-op",
        role="Data Engineer",
        org=("recruitment@greenhollow.coop", "Greenhollow Co-op Recruitment"),
        desc="Data Engineer — values interview with two member-owners of the co-op. This is part of our standard hiring process.",
        loc="Greenhollow Co-op, 9 Market Lane, meeting room 1",
    )
    _x(
        "Work trial (paid) — day 1",
        interview=True,
        company="Larkspur Studio",
        role="Analytics Engineer (contract-to-hire)",
        org=("hello@larkspurstudio.co", "Fenna de Wit"),
        desc="Welcome to your paid work trial for the Analytics Engineer (contract-to-hire) position! Day 1: set-up and a walkthrough of the dbt project.",
        conf=("Zoom Meeting", "https://us05web.zoom.us/j/8811092734"),
    )
    _x(
        "Panel interview — Research Software Engineer",
        interview=True,
        company="Stonebridge University",
        role="Research Software Engineer",
        org=("hr-recruitment@stonebridge.ac.uk", "Stonebridge University HR"),
        desc="Dear Alex, thank you for your application for the post of Research Software Engineer (Ref. STB-4471). The panel will consist of Prof. Adebayo, Dr. Whitcombe and an HR representative. The interview will last 45 minutes and will begin with a 10-minute presentation.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk4ZmYz",
        ),
        zone="Europe/London",
    )


# --------------------------------------------------------------------------------------------
# Alex's own interviews: scheduling tools and ATS confirmations
# --------------------------------------------------------------------------------------------


def _own_tool_confirmations() -> None:
    _x(
        "Alex Rivera and Mirela Constantin",
        interview=True,
        company="Quayside Analytics",
        role="Senior Analytics Engineer",
        org=("mirela.constantin@quayside-analytics.com", "Mirela Constantin"),
        desc="Event Name: Intro call — Senior Analytics Engineer\n\nLocation: This is a Google Meet web conference.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/9f2c1e\nReschedule: https://calendly.com/reschedulings/9f2c1e\n\nPowered by Calendly.com",
        meet="meet",
    )
    _x(
        "Interview Confirmation: Alex Rivera <> Halcyon Grid",
        interview=True,
        company="Halcyon Grid",
        role="Data Platform Engineer",
        org=("scheduling@halcyongrid.com", "Halcyon Grid Scheduling"),
        desc="<p>Hi Alex,</p><p>Your interview for <b>Data Platform Engineer</b> is confirmed.</p><ul><li>11:00 – 11:45 Technical deep dive with Marguerite Oyelowo</li><li>11:45 – 12:30 Architecture with Haruto Ishii</li></ul><p>Scheduled with GoodTime</p>",
        meet="meet",
    )
    _x(
        "Alex Rivera - Technical Interview",
        interview=True,
        company="Tamarind Health",
        role=None,
        org=("felix.ambrose@tamarindhealth.com", "Felix Ambrose"),
        att=[person("dolores.quint@tamarindhealth.com", "Dolores Quint")],
        desc="Candidate: Alex Rivera\nInterviewers: Dolores Quint\nTamarind Health uses Greenhouse for scheduling. Please reply to this invite if you need to reschedule.",
        conf=("Zoom Meeting", "https://tamarindhealth.zoom.us/j/9445532010"),
    )
    _x(
        "Interview with Ferrowood - Alex Rivera",
        interview=True,
        company="Ferrowood",
        role="Senior Software Engineer, Data",
        org=("no-reply@hire.lever.co", "Ferrowood via Lever"),
        desc="Ferrowood has scheduled an interview with you for Senior Software Engineer, Data.\n\nInterviewers: Nadim Khoury, Freya Mortensen\n\nJoin: https://ferrowood.zoom.us/j/9733120098",
        loc="https://ferrowood.zoom.us/j/9733120098",
    )
    _x(
        "Alex Rivera <> Nimbleroot | Hiring Manager",
        interview=True,
        company="Nimbleroot",
        role="Senior Backend Engineer",
        org=("recruiting@nimbleroot.com", "Nimbleroot Recruiting"),
        att=[person("sabine.okoro@nimbleroot.com", "Sabine Okoro")],
        desc="Hi Alex! Here are the details for your hiring manager interview for the Senior Backend Engineer role.\n\nScheduled via Ashby",
        meet="meet",
    )
    _x(
        "[Onsite] Alex Rivera — Coding",
        interview=True,
        company="Sapphire Rail",
        role=None,
        org=("interview-coordination@sapphirerail.com", "Sapphire Rail Interview Coordination"),
        att=[person("harvey.ng@sapphirerail.com", "Harvey Ng")],
        desc="Sapphire Rail onsite — session 2 of 4 (Coding, 45 min). Room: Signal Box. Coordinated with ModernLoop.",
        loc="Sapphire Rail HQ, Signal Box",
    )
    _x(
        "Karat Interview for Pelican Bay Software",
        interview=True,
        company="Pelican Bay Software",
        role="Software Engineer",
        org=("scheduling@karat-interviews.com", "Karat Scheduling"),
        desc="Hello Alex,\n\nYour technical interview for the Software Engineer role at Pelican Bay Software is confirmed. Your Interview Engineer will meet you in the video room; the interview takes about 60 minutes.\n\nJoin link: https://app.karat-interviews.com/room/PBS-88AK2",
        loc="https://app.karat-interviews.com/room/PBS-88AK2",
    )
    _x(
        "CoderPad Interview — Alex Rivera",
        interview=True,
        company="Brightling",
        role=None,
        org=("amara.lindo@brightling.io", "Amara Lindo"),
        desc="Interviewer: Amara Lindo (Brightling)\nPad: https://app.coderpad.io/J7KX92M\nLanguage: your choice",
        meet="meet",
    )
    _x(
        "Live video interview — Copperline Utilities",
        interview=True,
        company="Copperline Utilities",
        role="Grid Data Analyst",
        org=("talent@copperline-utilities.com", "Copperline Talent Acquisition"),
        desc="Dear Alex, you are invited to a live video interview for the position of Grid Data Analyst. The interview will be hosted on HireVue with two members of the grid operations team. Please test your camera and microphone in advance.",
        loc="https://copperline.hirevue.com/interviews/live/LV-20931",
    )
    _x(
        "Interview scheduled: Data Analyst at Marisol Retail Group",
        interview=True,
        company="Marisol Retail Group",
        role="Data Analyst",
        org=("hiring-assistant@marisolretail.careers", "Mara, Marisol Retail hiring assistant"),
        desc="Hi Alex, this is Mara, Marisol Retail Group's virtual hiring assistant. You're all set! Your phone interview with Daniela Ruiz for the Data Analyst position is scheduled. Text RESCHEDULE to change the time.",
    )
    _x(
        "Booking confirmed: Recruiter call",
        interview=True,
        company="Westmarch Borough Council",
        role="Data Analyst",
        org=("recruitment@westmarch.gov.uk", "Westmarch Borough Council Recruitment"),
        desc="Service: Recruiter call — Data Analyst (Grade 6)\nStaff: Philippa Orme\nYour booking with Westmarch Borough Council is confirmed.\n\nBooked with Microsoft Bookings",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTBlNWQ4",
        ),
        zone="Europe/London",
    )
    _x(
        "Alex Rivera - Screen",
        interview=True,
        company="Thistledown",
        role=None,
        org=("talent@thistledown.com", "Thistledown Talent"),
        conf=("Zoom Meeting", "https://thistledown.zoom.us/j/9010322876"),
    )
    _x(
        "Interview: Senior Data Engineer (R-10442)",
        interview=True,
        company="Oakhaven Bank",
        role="Senior Data Engineer",
        org=("oakhaven@myworkday-notify.com", "Oakhaven Bank Careers"),
        desc="Job Requisition: R-10442 Senior Data Engineer\nInterview Type: Virtual\nInterviewers: Renata Szabo; Idris Bello\n\nOakhaven Bank is an equal opportunity employer.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmY3ODA1",
        ),
    )
    _x(
        "Interview invitation: Alex Rivera",
        interview=True,
        company="Grünfeld Logistik",
        role="Data Engineer (m/w/d)",
        org=("jobs@gruenfeld-logistik.de", "Grünfeld Logistik Recruiting"),
        desc="Sehr geehrte/r Alex Rivera,\n\nvielen Dank für Ihre Bewerbung als Data Engineer (m/w/d). Wir freuen uns, Sie zu einem ersten Interview einzuladen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Grünfeld Logistik GmbH\n\n(versendet über SmartRecruiters)",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2E3NmRm",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Interview: Alex Rivera | Senior Analytics Engineer (m/w/d)",
        interview=True,
        company="Kranich Mobility",
        role="Senior Analytics Engineer (m/w/d)",
        org=("recruiting@kranich-mobility.de", "Kranich Mobility GmbH"),
        att=[person("merle.tiedemann@kranich-mobility.de", "Merle Tiedemann")],
        desc="Personio — Interview\nStelle: Senior Analytics Engineer (m/w/d)\nTeilnehmende: Merle Tiedemann (Head of Data)\nDauer: 45 Minuten",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Intervju: Alex Rivera",
        interview=True,
        company="Fjällsol Energi",
        role="Dataingenjör",
        org=("rekrytering@fjallsol.se", "Fjällsol Energi Rekrytering"),
        desc="Hej Alex! Välkommen på intervju för tjänsten som Dataingenjör hos Fjällsol Energi. Vi ses på Teams. Mvh, Linnea (skickat via Teamtailor)",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzJlMDA2",
        ),
        zone="Europe/Stockholm",
    )
    _x(
        "Yardbird AI x Alex",
        interview=True,
        company="Yardbird AI",
        role=None,
        org=("marguerite@yardbird.ai", "Marguerite Salas"),
        meet="meet",
    )
    _x(
        "Intro call between Kai Nakamura and Alex Rivera",
        interview=True,
        company="Ropewalk",
        role="Founding Data Engineer",
        org=("kai@ropewalk.io", "Kai Nakamura"),
        desc="What: Founding Data Engineer — intro call\nInvitee: Alex Rivera\nBooked via Cal.com",
        loc="https://cal.com/video/ropewalk-kai-8fz2",
    )
    _x(
        "Alex / Otterburn — Recruiter screen",
        interview=True,
        company="Otterburn",
        role=None,
        org=("jessamy.cole@otterburn.com", "Jessamy Cole"),
        desc="Sent with Gem",
        conf=("Zoom Meeting", "https://otterburn.zoom.us/j/9771120334"),
    )
    _x(
        "Updated invitation: Interview — Alex Rivera (rescheduled)",
        interview=True,
        company="Marrowfield Systems",
        role="Staff Software Engineer",
        org=("recruiting@marrowfield.com", "Marrowfield Recruiting"),
        desc="This event has been changed. Marrowfield Systems — Staff Software Engineer, system design interview moved to the new time at the interviewer's request. Apologies for the shuffle!",
        meet="meet",
    )
    _x(
        "Technical Screen (CodeSignal, live)",
        interview=True,
        company="Glasswing Capital",
        role="Software Engineer, Risk Platform",
        org=("talent@glasswingcap.com", "Glasswing Talent"),
        att=[person("bertrand.ochoa@glasswingcap.com", "Bertrand Ochoa")],
        desc="Glasswing Capital — Software Engineer, Risk Platform. Live coding with one of our engineers in CodeSignal. Link will be sent by email 15 minutes before.",
        loc="https://app.codesignal.com/live-interview/GWC-1123",
    )
    _x(
        "Rescheduled: Onsite — Wrenfield",
        interview=True,
        company="Wrenfield",
        role=None,
        org=("coordinator@wrenfield.com", "Wrenfield Interview Coordinator"),
        desc="New date for your onsite. Same agenda as before; badge at the front desk.",
        loc="Wrenfield, 77 Quay Road",
    )


# --------------------------------------------------------------------------------------------
# Alex's own interviews: agencies calling about a client
# --------------------------------------------------------------------------------------------


def _own_agency_calls() -> None:
    _x(
        "Call with Hollis (Crestmoor Talent)",
        interview=True,
        company="Aldgate Reinsurance",
        role="Lead Data Engineer",
        org=("hollis.grant@crestmoortalent.com", "Hollis Grant"),
        desc="Hi Alex, great to connect. As mentioned, I'm representing Aldgate Reinsurance on their Lead Data Engineer search. Let's use this call to go through your background and the role in detail.",
    )
    _x(
        "Recruiter call — Meridale Search",
        interview=True,
        company=None,
        role="Staff Data Engineer",
        org=("nneka@meridalesearch.com", "Nneka Ibekwe"),
        desc="Confidential search: Staff Data Engineer at a Series C fintech (client name shared after first call).",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/8650033918"),
    )
    _x(
        "Client interview (via Bramblewick Recruitment)",
        interview=True,
        company="Tessellate Pharma",
        role="Data Engineer (contract)",
        org=("contracts@bramblewick.co.uk", "Bramblewick Recruitment"),
        desc="Hi Alex, Tessellate Pharma would like to interview you for the Data Engineer (contract) role, 6 months outside IR35. Interviewers: Dr. Mei Chen and Oliver Rusk. Please call me straight after!",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzNhMmY0",
        ),
        zone="Europe/London",
    )
    _x(
        "Contract role chat — Dovetail Staffing",
        interview=True,
        company="Harrowgate Media",
        role=None,
        org=("priya.s@dovetailstaffing.com", "Priya Sethi"),
        desc="Quick screen before I submit you to Harrowgate Media. 15 minutes.",
    )
    _x(
        "Client interview — Ashcombe Water",
        interview=True,
        company="Ashcombe Water",
        role="Senior BI Developer",
        org=("angus@saltirepeople.com", "Angus Munro"),
        desc="Hi Alex, confirming your interview with Ashcombe Water for the Senior BI Developer role. Ask for Fiona at reception. Best, Angus (Saltire People)",
        loc="Ashcombe Water, Riverside House",
        zone="Europe/London",
    )
    _x(
        "Telefonat mit Personalberaterin",
        interview=True,
        company="Möwe Versicherungen",
        role="Lead Data Engineer (m/w/d)",
        org=("j.brandauer@kessler-partner-executive.de", "Johanna Brandauer"),
        desc="Guten Tag Alex, wie besprochen rufe ich Sie an, um über die Position Lead Data Engineer (m/w/d) bei unserer Mandantin, der Möwe Versicherungen AG, zu sprechen.",
        zone="Europe/Berlin",
    )
    _x(
        "Appel cabinet de recrutement",
        interview=True,
        company="Ostrea",
        role="Lead Data",
        org=("claire.morin@talentis-conseil.fr", "Claire Morin"),
        desc="Bonjour Alex, suite à votre candidature, je vous propose un premier échange au sujet du poste de Lead Data chez notre client Ostrea. Durée : 30 minutes.",
        zone="Europe/Paris",
    )
    _x(
        "Interview — client of TechNest Recruiting",
        interview=True,
        company=None,
        role="Senior Data Engineer",
        org=("ross@technestrecruiting.com", "Ross Delaney"),
        desc="Client prefers to stay anonymous until the 2nd stage. Senior Data Engineer, hybrid, 3 days in office.",
        meet="meet",
    )
    _x(
        "Llamada con headhunter",
        interview=True,
        company="Grupo Alcaraván",
        role="Head of Data",
        org=("marina.ortega@sintalento.es", "Marina Ortega"),
        desc="Hola Alex, te llamo para hablar de la posición de Head of Data en Grupo Alcaraván, nuestro cliente. ¿Te viene bien esta hora?",
        zone="Europe/Madrid",
    )
    _x(
        "Screening call — Kettleby Foods (RPO)",
        interview=True,
        company="Kettleby Foods",
        role="Supply Chain Data Analyst",
        org=("kettleby.hiring@talentforge-rpo.com", "Kettleby Foods Hiring Team"),
        desc="Hi Alex, I'm the recruiter supporting Kettleby Foods' hiring (we run their recruitment process). This 20-minute screen covers your experience for the Supply Chain Data Analyst role.",
    )


# --------------------------------------------------------------------------------------------
# Alex's own interviews in other languages
# --------------------------------------------------------------------------------------------


def _own_multilingual() -> None:
    _x(
        "Entrevista — Grupo Ondaluz",
        interview=True,
        company="Grupo Ondaluz",
        role=None,
        org=("seleccion@ondaluz.es", "Selección Grupo Ondaluz"),
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista técnica con Cierzo Software",
        interview=True,
        company="Cierzo Software",
        role="Ingeniero/a de Datos Senior",
        org=("talento@cierzosoftware.com", "Itziar Goikoetxea"),
        desc="Hola Alex, te confirmamos la entrevista técnica para el puesto de Ingeniero/a de Datos Senior. Estarán Unai (tech lead) y Rocío (data). Duración: 1 hora.",
        conf=("Zoom Meeting", "https://cierzo.zoom.us/j/9123006671"),
        zone="Europe/Madrid",
    )
    _x(
        "Entretien RH – Azurine",
        interview=True,
        company="Azurine",
        role=None,
        org=("recrutement@azurine.fr", "Élodie Marchal"),
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entretien technique",
        interview=True,
        company="Cormoran Assurances",
        role="Data Engineer confirmé(e)",
        org=("talents@cormoran-assurances.fr", "Cormoran Assurances – Talents"),
        desc="Bonjour Alex,\nNous avons le plaisir de vous convier à un entretien technique pour le poste de Data Engineer confirmé(e). Vous échangerez avec Baptiste et Nour de l'équipe Data.\nCordialement",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODg3YjEy",
        ),
        zone="Europe/Paris",
    )
    _x(
        "Vorstellungsgespräch Fachbereich — Hafenlicht Energie",
        interview=True,
        company="Hafenlicht Energie",
        role="Senior Data Engineer (m/w/d)",
        org=("karriere@hafenlicht-energie.de", "Hafenlicht Energie Karriere"),
        desc="Zweites Gespräch mit dem Fachbereich (Senior Data Engineer (m/w/d)). Teilnehmer: Dr. Ole Brinkmann, Svenja Rauch.",
        loc="Hafenlicht Energie, Speicherstraße 8, Raum Leuchtturm",
        zone="Europe/Berlin",
    )
    _x(
        "Zweitgespräch Lindwurm",
        interview=True,
        company="Lindwurm Software",
        role=None,
        zone="Europe/Berlin",
    )
    _x(
        "Probearbeiten bei Kranstein Bau",
        interview=True,
        company="Kranstein Bau",
        role="BI-Entwickler",
        org=("personal@kranstein-bau.de", "Frau Albrecht"),
        desc="Wie telefonisch besprochen: Probearbeitstag für die Stelle als BI-Entwickler. Bitte Laptop mitbringen, Zugang zum Testsystem bekommen Sie vor Ort.",
        loc="Kranstein Bau GmbH, Industriestraße 22",
        zone="Europe/Berlin",
    )
    _x(
        "Colloquio conoscitivo — Sirocco Tech",
        interview=True,
        company="Sirocco Tech",
        role=None,
        org=("hr@siroccotech.it", "Giulia Benedetti"),
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Secondo colloquio (tecnico)",
        interview=True,
        company="Ardesia Consulting",
        role="Data Engineer",
        org=("selezione@ardesiaconsulting.it", "Ardesia Consulting Selezione"),
        desc="Gentile Alex, la confermiamo per il secondo colloquio tecnico per la posizione di Data Engineer. Parteciperanno Matteo Ruggeri e Chiara Fontana.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWMzYTI5",
        ),
        zone="Europe/Rome",
    )
    _x(
        "Rozmowa rekrutacyjna — Jaskółka Software",
        interview=True,
        company="Jaskółka Software",
        role="Senior Data Engineer",
        org=("rekrutacja@jaskolka.software", "Agnieszka Wróblewska"),
        desc="Dzień dobry, zapraszamy na rozmowę rekrutacyjną na stanowisko Senior Data Engineer. Spotkanie potrwa ok. 45 minut.",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa techniczna (etap 2)",
        interview=True,
        company="Bursztyn Pay",
        role=None,
        org=("kariera@bursztynpay.pl", "Bursztyn Pay Kariera"),
        att=[person("piotr.nowicki@bursztynpay.pl", "Piotr Nowicki")],
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Mülakat — Karaca Lojistik",
        interview=True,
        company="Karaca Lojistik",
        role="Veri Mühendisi",
        org=("ik@karacalojistik.com.tr", "Karaca Lojistik İK"),
        desc="Merhaba Alex, Veri Mühendisi pozisyonu için ilk görüşmemiz bu saatte. Teams bağlantısı ektedir.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MTRkZjk1",
        ),
        zone="Europe/Istanbul",
    )
    _x(
        "Teknik mülakat: Lale Yazılım",
        interview=True,
        company="Lale Yazılım",
        role=None,
        zone="Europe/Istanbul",
    )
    _x(
        "一次面接（ミナトデータ）",
        interview=True,
        company="ミナトデータ",
        role=None,
        org=("saiyo@minato-data.co.jp", "株式会社ミナトデータ 採用担当"),
        desc="アレックス・リベラ様\n\nこの度はご応募いただきありがとうございます。一次面接の日程が確定しましたのでご連絡いたします。\n所要時間：約45分\n形式：オンライン（Google Meet）",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "最終面接 — 東雲テクノロジーズ",
        interview=True,
        company="東雲テクノロジーズ",
        role="データエンジニア",
        org=("recruit@shinonome-tech.jp", "東雲テクノロジーズ 人事部"),
        desc="データエンジニア職 最終面接（役員面接）。本社受付にてお名前をお伝えください。",
        loc="東雲テクノロジーズ本社 12F",
        zone="Asia/Tokyo",
    )
    _x(
        "面试 — 青岚科技",
        interview=True,
        company="青岚科技",
        role="数据开发工程师",
        org=("hr@qinglan-tech.cn", "青岚科技 招聘组"),
        desc="您好，您应聘的数据开发工程师岗位一面安排如下，面试官：周明，时长约60分钟，腾讯会议号将另行发送。",
        zone="Asia/Shanghai",
    )
    _x(
        "二面（技术面）滨江云",
        interview=True,
        company="滨江云",
        role=None,
        zone="Asia/Shanghai",
    )
    _x(
        "1차 면접 — 해온소프트",
        interview=True,
        company="해온소프트",
        role="데이터 엔지니어",
        org=("recruit@haeonsoft.co.kr", "해온소프트 인사팀"),
        desc="안녕하세요 Alex님, 데이터 엔지니어 포지션 1차 면접 일정 안내드립니다. 실무진 면접이며 약 60분 소요됩니다.",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "최종 면접 하늘결 모빌리티",
        interview=True,
        company="하늘결 모빌리티",
        role=None,
        loc="하늘결 모빌리티 본사 8층",
        zone="Asia/Seoul",
    )
    _x(
        "Собеседование — Северный Ветер Софт",
        interview=True,
        company="Северный Ветер Софт",
        role="Data Engineer",
        org=("hr@sevveter-soft.ru", "Ольга Мельникова"),
        desc="Алекс, добрый день! Подтверждаем собеседование на позицию Data Engineer. Участвуют: тимлид Денис и HR Ольга. Ссылка на встречу ниже.",
        conf=("Zoom Meeting", "https://us04web.zoom.us/j/7650091234"),
        zone="Europe/Moscow",
    )
    _x(
        "Техническое интервью (второй этап)",
        interview=True,
        company="Ладога Финтех",
        role=None,
        org=("talent@ladoga-fintech.ru", "Ладога Финтех Рекрутинг"),
        meet="meet",
        zone="Europe/Moscow",
    )
    _x(
        "مقابلة عمل — شركة الواحة للتقنية",
        interview=True,
        company="الواحة للتقنية",
        role="مهندس بيانات",
        org=("careers@alwaha-tech.sa", "الموارد البشرية - الواحة للتقنية"),
        desc="مرحبًا أليكس، يسعدنا دعوتك لمقابلة عمل لوظيفة مهندس بيانات. مدة المقابلة ٤٥ دقيقة عبر Microsoft Teams.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWE1ZDgy",
        ),
        zone="Asia/Riyadh",
    )
    _x(
        "مقابلة تقنية — رمال للحلول الرقمية",
        interview=True,
        company="رمال للحلول الرقمية",
        role=None,
        zone="Asia/Dubai",
    )
    _x(
        "Entrevista — Cajueiro Tech",
        interview=True,
        company="Cajueiro Tech",
        role="Engenheiro(a) de Dados Sênior",
        org=("talentos@cajueiro.tech", "Talentos Cajueiro"),
        desc="Olá Alex! Sua entrevista para a vaga de Engenheiro(a) de Dados Sênior está confirmada. Você vai conversar com a Luana (gestora) e o Rafael (tech lead).",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Conversa com gestor — Ipê Pagamentos",
        interview=True,
        company="Ipê Pagamentos",
        role=None,
        org=("marcelo.tavares@ipepagamentos.com.br", "Marcelo Tavares"),
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Sollicitatiegesprek — Duinvalk Software",
        interview=True,
        company="Duinvalk Software",
        role="Data Engineer",
        org=("werken@duinvalk.nl", "Duinvalk Software"),
        desc="Hoi Alex, leuk dat je op gesprek komt voor de functie Data Engineer! Je spreekt met Sanne (teamlead) en Joost (HR).",
        loc="Duinvalk Software, Spaarne 14, Haarlem",
        zone="Europe/Amsterdam",
    )
    _x(
        "Tweede gesprek Polderlicht",
        interview=True,
        company="Polderlicht",
        role=None,
        zone="Europe/Amsterdam",
    )


# --------------------------------------------------------------------------------------------
# Alex's own interviews: Alex's own terse notes
# --------------------------------------------------------------------------------------------


def _own_notes() -> None:
    _x(
        "ph screen - Tallowmere (recruiter Jess)",
        interview=True,
        company="Tallowmere",
        role=None,
    )
    _x(
        "Ardent Bio final (in person!!) - wear the blue shirt",
        interview=True,
        company="Ardent Bio",
        role=None,
        loc="Ardent Bio, 12 Kendall Yard",
    )
    _x(
        "Seabright interview round 3 - system design",
        interview=True,
        company="Seabright",
        role=None,
        desc="Review: partitioning, backfills, idempotency. They like whiteboarding in Excalidraw.",
    )
    _x(
        "Take-home debrief w/ Foxglove team",
        interview=True,
        company="Foxglove",
        role="Analytics Engineer",
        desc="They'll walk through my take-home (Analytics Engineer) with me. Have the repo open, know why I chose incremental models.",
        meet="meet",
    )
    _x(
        "Interview (Meadowlark) — leave at 1:15",
        interview=True,
        company="Meadowlark",
        role=None,
        loc="Meadowlark, 300 Tannery Row",
    )
    _x(
        "Brambleway 2nd round — Analytics Eng Manager",
        interview=True,
        company="Brambleway",
        role="Analytics Engineering Manager",
    )
    _x(
        "OOO — Larchmont onsite",
        interview=True,
        company="Larchmont",
        role=None,
        all_day=True,
        desc="Full day. Took PTO, told the team 'personal day'.",
    )
    _x(
        "Skip-level chat - Cinderford (Director of Data)",
        interview=True,
        company="Cinderford",
        role="Director of Data",
    )
    _x(
        "Hollowbrook: meet the team (last step)",
        interview=True,
        company="Hollowbrook",
        role=None,
        desc="Last stage before offer per recruiter. 4 people, 30 min each.",
    )
    _x(
        "Glimmerglass HM + tech",
        interview=True,
        company="Glimmerglass",
        role=None,
    )
    _x(
        "Whitlock & Sons — chat w/ owner about the data job",
        interview=True,
        company="Whitlock & Sons",
        role=None,
        loc="Whitlock & Sons office, above the shop",
    )
    _x(
        "Kittiwake interview",
        interview=True,
        company="Kittiwake",
        role="Platform Engineer",
        desc="Zoom link in email. Role: Platform Engineer. Interviewer: Hugo (eng manager).",
    )
