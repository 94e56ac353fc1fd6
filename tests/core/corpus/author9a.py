# ruff: noqa: E501 -- data: event texts as written
"""Independent author 9a: three job seekers' calendars merged into Alex's. (1) A nurse moving
between hospitals and clinics in the UK, Ireland, the Philippines, the Gulf and Australia: NHS
Trac/NHS Jobs invites, competency and panel interviews, agency-booked shifts, Manila recruitment
tours, OSCE-style hospital assessments next to licensing exams that are not job selection.
(2) A teacher and school administrator in Spain, Italy, Portugal, Mexico, Brazil, Argentina and
Chile: oposiciones and concorsi, clases de prueba / aulas-teste / clase muestra, entrevistas con
la dirección, next to parent meetings ("entrevista", "colloquio"), oral exams Alex sets, tribunals
Alex sits on. (3) A warehouse / logistics / retail manager in the Netherlands, Belgium, Poland,
Germany, Czechia and Romania: agency intakes, proefdag / Probearbeit / dzień próbny trial days,
assessments, group interviews, next to Alex's own staff interviews, trainings, audits and works
council meetings on the Initech work calendar."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]

ZOOM = "Zoom Meeting"
TEAMS = "Microsoft Teams Meeting"


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author9a", **kw)


def build() -> None:
    _nurse_uk()
    _nurse_ireland()
    _nurse_philippines_gulf()
    _nurse_australia()
    _teacher_spain()
    _teacher_italy_portugal()
    _teacher_latam()
    _logistics_nl_be()
    _logistics_pl_de()
    _logistics_cz_ro()


# ---------------------------------------------------------------------------------------------
# (1) Nurse: UK
# ---------------------------------------------------------------------------------------------


def _nurse_uk() -> None:
    _x(
        "Interview - Staff Nurse Band 5 AMU (Calder Valley) 😬",
        interview=True,
        company="Calder Valley Hospitals NHS Foundation Trust",
        role="Staff Nurse Band 5",
        desc=(
            "copied from Trac email:\n\n"
            "Dear Alex Rivera\n\nJob Reference: 245-AMU-1127-A\nStaff Nurse - Band 5 - Acute Medical Unit\n\n"
            "Thank you for your application. We are pleased to invite you for interview on the date below. "
            "The interview will last approximately 30 minutes and will be with the Ward Manager and a Matron.\n\n"
            "Please bring the following original documents: passport/BRP, 2x proof of address (dated within 3 months), "
            "NMC PIN confirmation, qualification certificates.\n\n"
            "Calder Valley Hospitals NHS Foundation Trust - Recruitment Team"
        ),
        loc="Education Centre Room 3, Calder Royal Infirmary",
        zone="Europe/London",
    )
    _x(
        "Return to work interview w/ Sister Okafor",
        interview=False,
        desc="after the 3 days off with D&V. self cert form done. 10 mins in her office before the shift",
        loc="Ward 24 office",
        zone="Europe/London",
    )
    _x(
        "NHS Jobs: Interview invitation – Sister/Charge Nurse Band 6, Emergency Department",
        interview=True,
        company="Ashcombe & Wyre NHS Foundation Trust",
        role="Sister/Charge Nurse Band 6",
        org=("no-reply@jobs.nhs.uk", "NHS Jobs"),
        desc=(
            "<p>Dear Alex,</p><p>You have been shortlisted for <b>Sister/Charge Nurse Band 6 - Emergency Department</b> "
            "at <b>Ashcombe &amp; Wyre NHS Foundation Trust</b> (ref 320-ED-6634).</p>"
            "<p>Your interview will take place on Microsoft Teams. The panel will be the ED Matron, a Band 7 Senior Sister "
            "and a representative from the Practice Development team.</p>"
            "<p>Please note you will also be asked to complete a short drug calculation test (20 minutes) before the interview.</p>"
            "<p>Kind regards<br>Recruitment Services</p><p><i>This is an automated message from NHS Jobs, please do not reply.</i></p>"
        ),
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ed6634"),
        zone="Europe/London",
    )
    _x(
        "Mock interview w Priya - band 6 Qs (SBAR, leadership, conflict)",
        interview=False,
        att=[person("priya.n.rn@gmail.com", "Priya Nair")],
        desc="she's done loads of panels. bring the STAR sheet. her flat after late shift",
        zone="Europe/London",
    )
    _x(
        "Ashcombe ED - drug calc + 10 min presentation 'patient flow in ED' THEN panel",
        interview=True,
        company="Ashcombe & Wyre NHS Foundation Trust",
        role="Sister/Charge Nurse Band 6",
        desc="2nd part of the Band 6 process. in person this time. Practice Dev office, 2nd floor by the chapel. laptop + clicker",
        loc="Ashcombe General Hospital, Practice Development",
        zone="Europe/London",
    )
    _x(
        "Shift confirmed: Critical Care, Ashcombe General 19:30-08:00",
        interview=False,
        org=("bookings@pinnaclenursing.co.uk", "Pinnacle Nursing Bookings"),
        desc=(
            "Hi Alex, your shift is confirmed.\nClient: Ashcombe General Hospital\nWard: Critical Care Unit\n"
            "Shift: Night 19:30-08:00\nRate: as per your pay grid (enhanced - weekend)\n"
            "Please report to the Nurse in Charge for handover. Timesheet must be signed before leaving.\nPinnacle Nursing"
        ),
        loc="Ashcombe General Hospital",
        zone="Europe/London",
    )
    _x(
        "Nights x3 🌙 ward 24",
        interview=False,
        all_day=True,
        zone="Europe/London",
    )
    _x(
        "Pinnacle - Hannah calling re 6 month ICU contract @ St Gregory's",
        interview=True,
        company="St Gregory's Hospital",
        role="Critical Care Staff Nurse",
        org=("hannah.brook@pinnaclenursing.co.uk", "Hannah Brook"),
        desc="Hi Alex, as discussed by text - quick call to go through the St Gregory's ICU contract (Critical Care Staff Nurse, 6 months, 37.5h). They want someone with vent + CRRT experience so I'll ask you a few clinical questions for the client. Speak soon, Hannah",
        zone="Europe/London",
    )
    _x(
        "Pinnacle compliance - upload DBS + mandatory training certs by today!!",
        interview=False,
        all_day=True,
        zone="Europe/London",
    )
    _x(
        "Exit interview - Ward Mgr (leaving Calder 😢)",
        interview=False,
        org=("lisa.whitworth@caldervalley.nhs.uk", "Whitworth Lisa (Calder Valley)"),
        desc="Exit interview as per Trust policy. 20 mins. You can also complete the online exit questionnaire.",
        zone="Europe/London",
    )
    _x(
        "Practice Nurse interview - Moorside Surgery",
        interview=True,
        company="Moorside Surgery",
        role="Practice Nurse",
        org=("moorside.practicemanager@nhs.net", "Moorside Surgery - Practice Manager"),
        desc="Dear Alex, thank you for applying for the Practice Nurse post (22.5 hrs). Interview with Dr Haworth (GP partner) and myself, Gail Sutcliffe, Practice Manager. Please arrive 10 mins early and use the staff entrance at the back.",
        loc="Moorside Surgery, 14 Moor Lane",
        zone="Europe/London",
    )
    _x(
        "Moorside Surgery - smear test",
        interview=False,
        desc="booked online. nurse appt, 10 mins",
        loc="Moorside Surgery, 14 Moor Lane",
        zone="Europe/London",
    )
    _x(
        "CQC on the unit - make sure I'm on long day",
        interview=False,
        zone="Europe/London",
    )
    _x(
        "RCN branch mtg - pay ballot",
        interview=False,
        loc="Trades Club, upstairs",
        zone="Europe/London",
    )
    _x(
        "Interview: Theatre Practitioner (Band 5) – Kingsholm Treatment Centre",
        interview=True,
        company="Kingsholm Treatment Centre",
        role="Theatre Practitioner (Band 5)",
        org=("recruitment@kingsholmtc.co.uk", "Kingsholm TC Recruitment"),
        my_status="declined",
        desc="Interview for Theatre Practitioner (Band 5), Day Surgery Unit. Panel: Theatre Manager + Team Leader.\n\n-- Alex: withdrew, took the Calder offer. emailed them 12th",
        loc="Kingsholm Treatment Centre, Main Reception",
        zone="Europe/London",
    )
    _x(
        "Revalidation - confirmation discussion w/ Jo",
        interview=False,
        att=[person("joanne.pike@caldervalley.nhs.uk", "Pike Joanne")],
        desc="bring 5 reflective accounts + feedback + CPD log (35h). she signs the confirmation form",
        zone="Europe/London",
    )
    _x(
        "User interview - e-rostering app research (£20 voucher)",
        interview=False,
        org=("research@rosterwise.io", "Rosterwise Research"),
        desc="Thanks for signing up! In this 45 minute user interview we'll ask about how you book bank and agency shifts. There are no right or wrong answers.",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Interview panel - HCA candidates x4 (I'm 2nd panel member)",
        interview=False,
        org=("lisa.whitworth@caldervalley.nhs.uk", "Whitworth Lisa (Calder Valley)"),
        desc="Healthcare Assistant Band 2/3 interviews. Questions + scoring sheets attached. Alex please ask Q3-Q5 (values based). 4 candidates, 30 mins each.",
        loc="Ward 24 seminar room",
        zone="Europe/London",
    )
    _x(
        "call w Nadia (Bluecrest) - community staff nurse job, client tbc",
        interview=True,
        company="Bluecrest Health Recruitment",
        role="Community Staff Nurse",
        desc="she wouldn't say which trust yet. 'large community provider, South Yorks'. days only, car needed. she'll screen me then put me forward",
        zone="Europe/London",
    )
    _x(
        "NHS recruitment open day - interviews ON THE DAY (bring ID + NMC)",
        interview=True,
        company="Wensley Park Hospital",
        role="Band 5 Staff Nurse",
        desc="Wensley Park Hospital nursing open day. Registered nurses who pre-register are interviewed on the day for Band 5 Staff Nurse posts (medicine, surgery, older people). Conditional offers made same day.",
        loc="Wensley Park Hospital, Lecture Theatre",
        zone="Europe/London",
    )
    _x(
        "Interview - Clinical Research Nurse, Hollins Research Unit",
        interview=True,
        company="Hollins University Hospitals",
        role="Clinical Research Nurse",
        org=("crf.admin@hollins-hospitals.nhs.uk", "Hollins CRF Admin"),
        desc="Dear Alex, following shortlisting you are invited to interview for the Clinical Research Nurse (Band 6) post in the Hollins Clinical Research Facility, Hollins University Hospitals. Interview 40 mins incl. a short scenario on consent in trials.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HollinsCRN"),
        zone="Europe/London",
    )
    _x(
        "Research interview (PhD study on internationally educated nurses) - Uni of Hollins",
        interview=False,
        org=("m.adeyemi@hollins.ac.uk", "Mariam Adeyemi"),
        desc="Thank you for agreeing to take part in my doctoral research on the experiences of internationally educated nurses in the NHS. The interview will be recorded (audio only) and last up to 60 minutes. Participant information sheet attached.",
        conf=(ZOOM, "https://hollins-ac-uk.zoom.us/j/93810022114"),
        zone="Europe/London",
    )


# ---------------------------------------------------------------------------------------------
# (1) Nurse: Ireland
# ---------------------------------------------------------------------------------------------


def _nurse_ireland() -> None:
    _x(
        "St Brigid's - CNM1 interview (competency based!!)",
        interview=True,
        company="St. Brigid's Hospital",
        role="Clinical Nurse Manager 1",
        org=("hr.recruitment@stbrigids.ie", "HR Recruitment - St. Brigid's Hospital"),
        desc=(
            "Dear Alex,\n\nRE: Clinical Nurse Manager 1 – Medical Directorate (Ref: SBH-CNM1-0425)\n\n"
            "I am pleased to confirm your interview. This will be a competency-based interview assessing: "
            "Professional Knowledge & Experience; Planning & Managing Resources; Managing & Developing (Self & Others); "
            "Commitment to providing a quality service; Evaluating information & judging situations; Communications & Interpersonal Skills.\n\n"
            "Board: Director of Nursing, ADON Medical, external assessor.\n\nPlease confirm attendance by return email.\n\n"
            "Siobhán Daly, HR Officer, St. Brigid's Hospital"
        ),
        loc="St. Brigid's Hospital, Boardroom (Admin Block)",
        zone="Europe/Dublin",
    )
    _x(
        "prep STAR examples for St Brigid's 📝",
        interview=False,
        desc="one per competency. use the sepsis audit for quality. rostering conflict for managing people",
        zone="Europe/Dublin",
    )
    _x(
        "Teams interview - Theatre Staff Nurse, Larchfield Clinic",
        interview=True,
        company="Larchfield Clinic",
        role="Theatre Staff Nurse",
        org=("talent@larchfieldclinic.ie", "Larchfield Clinic Talent"),
        desc="Hi Alex, thanks for your interest in the Theatre Staff Nurse role at Larchfield Clinic, Sandyford. You'll meet our Theatre Manager, Orla, and Clinical Nurse Educator, Declan. Approx 30 mins.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_LarchTheatre"),
        zone="Europe/Dublin",
    )
    _x(
        "NMBI aptitude test - RCSI 🙏",
        interview=False,
        desc="Nursing & Midwifery Board aptitude test (compensation measure). Skills stations + MCQ. passport + NMBI letter. registration only, nothing to do with any hospital",
        loc="RCSI, 123 St Stephen's Green",
        zone="Europe/Dublin",
    )
    _x(
        "IRP appointment - Burgh Quay",
        interview=False,
        desc="bring passport, employment permit, letter from employer, €300 card",
        loc="Burgh Quay Registration Office",
        zone="Europe/Dublin",
    )
    _x(
        "INMO section meeting - staffing levels ED",
        interview=False,
        zone="Europe/Dublin",
    )
    _x(
        "Phone screen - Shannonside Healthcare (Staff Nurse, Corrib Bay Hospital)",
        interview=True,
        company="Corrib Bay Hospital",
        role="Staff Nurse",
        org=("claire@shannonsidehealthcare.ie", "Claire Mulvey"),
        desc="Hi Alex, great to connect on LinkedIn. I'll give you a ring at this time re the Staff Nurse vacancy (surgical, permanent) with our client Corrib Bay Hospital, Galway. 15-20 mins. Claire, Shannonside Healthcare Recruitment",
        zone="Europe/Dublin",
    )
    _x(
        "Interview skills workshop - INMO (free for members)",
        interview=False,
        org=("education@inmo.ie", "INMO Education Centre"),
        desc="Preparing for competency-based interviews in the public health service. Online workshop.",
        conf=(ZOOM, "https://zoom.us/j/86120043377"),
        zone="Europe/Dublin",
    )
    _x(
        "Interview day - Cork 🚆 Larkspur Hospital 2pm (cardiology SN)",
        interview=True,
        company="Larkspur Hospital",
        role="Staff Nurse, Cardiology",
        all_day=True,
        zone="Europe/Dublin",
    )
    _x(
        "Train Heuston → Cork 07:00",
        interview=False,
        desc="Booking ref IR7X42K. Coach C seat 31",
        zone="Europe/Dublin",
    )
    _x(
        "catch up w Deirdre (DON) - Kilmore",
        interview=True,
        company="Kilmore Community Nursing Unit",
        role="Clinical Nurse Manager 2",
        org=("deirdre.fallon@kilmorecnu.ie", "Deirdre Fallon"),
        desc="Alex - following on from your interview with the board last week, I'd like to meet you myself before we finalise the CNM2 appointment. Informal, in my office. Deirdre",
        loc="Kilmore CNU, Director of Nursing office",
        zone="Europe/Dublin",
    )
    _x(
        "Corporate induction Day 1 - St Brigid's",
        interview=False,
        org=("learning@stbrigids.ie", "Learning & Development, St. Brigid's"),
        desc="Welcome to St. Brigid's! Corporate induction 08:30-16:30. Please bring your ID badge form and bank details. Hand hygiene + manual handling included.",
        loc="St. Brigid's Hospital, Education Centre",
        zone="Europe/Dublin",
    )


# ---------------------------------------------------------------------------------------------
# (1) Nurse: Philippines and the Gulf
# ---------------------------------------------------------------------------------------------


def _nurse_philippines_gulf() -> None:
    _x(
        "FINAL INTERVIEW Al Wafra (client) - Bayanihan Manpower Makati",
        interview=True,
        company="Al Wafra Medical City",
        role="Staff Nurse - ER",
        org=("recruitment@bayanihanmanpower.ph", "Bayanihan Health Manpower Inc."),
        desc=(
            "Good day Ma'am/Sir!\n\nPinapaalala po namin ang inyong FINAL INTERVIEW with the client AL WAFRA MEDICAL CITY (Riyadh, KSA) "
            "for the position of STAFF NURSE - ER.\n\nPlease bring: PRC ID & board rating, passport (valid 1 yr+), updated CV, "
            "COE/certificates of employment, BLS/ACLS cards, 2x2 photo white background.\n"
            "Dress code: corporate attire / white uniform. Walang bayad ang interview.\n\n"
            "Bayanihan Health Manpower Inc. - DMW License No. 000-LB-000000"
        ),
        loc="Bayanihan Manpower, 8F Paseo Tower, Makati City",
        zone="Asia/Manila",
    )
    _x(
        "Al Wafra - final w/ Director of Nursing (WhatsApp video daw)",
        interview=True,
        company="Al Wafra Medical City",
        role="Staff Nurse - ER",
        desc="sabi ni Ms. Joy the DON herself will call after the Makati interview. have PRC ID ready on cam. 7pm PH time",
        zone="Asia/Manila",
    )
    _x(
        "PDOS - OWWA (dala passport + contract)",
        interview=False,
        desc="Pre-Departure Orientation Seminar. required bago umalis",
        loc="OWWA Center, Pasay",
        zone="Asia/Manila",
    )
    _x(
        "GAMCA medical - Ermita clinic (fasting 😩)",
        interview=False,
        desc="slip from agency. no food after 10pm. urine + blood + xray",
        loc="Ermita, Manila",
        zone="Asia/Manila",
    )
    _x(
        "DMW contract verification - Al Wafra",
        interview=False,
        desc="signed na ang contract. agency processes OEC after this",
        zone="Asia/Manila",
    )
    _x(
        "Doha Crescent Hospital - Zoom interview w/ Ms Fatima (NICU)",
        interview=True,
        company="Doha Crescent Hospital",
        role="Registered Nurse - NICU",
        org=("nursing.recruitment@dohacrescent.qa", "Fatima Al-Kuwari"),
        desc="Dear Candidate,\nYou are invited for an online interview for the post of Registered Nurse - NICU at Doha Crescent Hospital. Please join 10 minutes early with your camera on and keep your passport and nursing licence available.\nRegards,\nNursing Recruitment Unit",
        conf=(ZOOM, "https://zoom.us/j/91133002456"),
        zone="Asia/Manila",
    )
    _x(
        "DHA Prometric exam 🇦🇪",
        interview=False,
        desc="Dubai Health Authority licensing exam - Registered Nurse. Prometric Makati. eligibility ID in email",
        loc="Prometric Test Center, Makati",
        zone="Asia/Manila",
    )
    _x(
        "EBH written exam + skills stations @ hotel Ortigas",
        interview=True,
        company="Emirates Bay Hospital",
        role="Staff Nurse - Medical/Surgical",
        desc="Emirates Bay Hospital (Dubai) recruitment mission in Manila. Day 1: written exam (60 items) + 3 OSCE stations (meds, IV insertion, BLS). Day 2 panel interview for those who pass. register 7am, ballroom B",
        loc="Crowne Ortigas Hotel, Ballroom B",
        zone="Asia/Manila",
    )
    _x(
        "OSCE review class - Sigma Review Center",
        interview=False,
        desc="review for the skills stations. P1,500 per session",
        loc="Sigma Review Center, Sampaloc",
        zone="Asia/Manila",
    )
    _x(
        "Duty 3-11 ward 5B",
        interview=False,
        desc="Sta. Clara Medical Center",
        zone="Asia/Manila",
    )
    _x(
        "Interview Invitation | دعوة لمقابلة - Specialist Nurse, Dialysis",
        interview=True,
        company="Al Sahel Healthcare Group",
        role="Specialist Nurse, Dialysis",
        org=("noreply@taleo.net", "Al Sahel Healthcare Group Careers"),
        desc=(
            "<div dir='ltr'><p>Dear Alex Rivera,</p><p>Thank you for applying to Al Sahel Healthcare Group. We would like to invite you "
            "to a video interview for <b>Specialist Nurse, Dialysis</b> (Requisition 24-0915-NUR).</p><p>Interview time is shown in "
            "Arabia Standard Time (AST).</p></div><div dir='rtl'><p>عزيزي المرشح، يسعدنا دعوتك لإجراء مقابلة عبر الفيديو لوظيفة ممرض أخصائي غسيل الكلى.</p></div>"
            "<p>Talent Acquisition - Nursing</p>"
        ),
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_AlSahelDialysis"),
        zone="Asia/Riyadh",
    )
    _x(
        "CANCELLED - interview Gulf Care Hospital Kuwait (via Luzon Global)",
        interview=True,
        company="Gulf Care Hospital",
        role="ICU Staff Nurse",
        org=("hiring@luzonglobal.com.ph", "Luzon Global Manpower"),
        my_status="needsAction",
        desc="Dear applicant, the client Gulf Care Hospital (Kuwait) has postponed the interview for ICU Staff Nurse until further notice. We will inform you of the new schedule. Sorry for the inconvenience.",
        loc="Luzon Global Manpower, Ermita",
        zone="Asia/Manila",
    )
    _x(
        "Initial screening - Luzon Global (UK deployment batch)",
        interview=True,
        company="Luzon Global Manpower",
        role="Staff Nurse (UK)",
        org=("hiring@luzonglobal.com.ph", "Luzon Global Manpower"),
        desc="Initial screening for Staff Nurse (UK) deployment, batch 14. English check + clinical questions + documents review (IELTS/OET result, PRC, COE). Client NHS trusts to be announced after screening.",
        meet="meet",
        zone="Asia/Manila",
    )
    _x(
        "Intl Nursing Career Expo - SMX",
        interview=False,
        desc="free entry. bring 10 CVs. Gulf + UK + AU hospitals booths",
        loc="SMX Convention Center, Pasay",
        zone="Asia/Manila",
    )
    _x(
        "interview w/ GMA News re nurse exodus 🙈",
        interview=False,
        att=[person("k.santos.producer@gmail.com", "Karla Santos")],
        desc="5 min segment for the evening news. they want to film me packing lol",
        zone="Asia/Manila",
    )


# ---------------------------------------------------------------------------------------------
# (1) Nurse: Australia
# ---------------------------------------------------------------------------------------------


def _nurse_australia() -> None:
    _x(
        "Interview: Registered Nurse – Emergency (Req 24117) | Sunbay Health Service",
        interview=True,
        company="Sunbay Health Service",
        role="Registered Nurse – Emergency",
        org=("noreply@pageuppeople.com", "Sunbay Health Service Careers"),
        desc=(
            "<p>Hi Alex,</p><p>Thank you for your application for <strong>Registered Nurse – Emergency</strong> (Req 24117). "
            "We'd like to invite you to a panel interview with the ED Nurse Unit Manager and Clinical Nurse Consultant.</p>"
            "<p>Please have your AHPRA registration number handy and two referees' details (you will be asked for these at interview).</p>"
            "<p>Cheers,<br>Sunbay Health Service Talent Acquisition</p>"
        ),
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_SunbayED24117"),
        zone="Australia/Brisbane",
    )
    _x(
        "AHPRA ID check - Australia Post",
        interview=False,
        desc="certified ID check for registration. passport + proof of address",
        loc="Australia Post, Fortitude Valley",
        zone="Australia/Brisbane",
    )
    _x(
        "OET speaking 🤞",
        interview=False,
        desc="Occupational English Test - speaking subtest, online. 2 role plays",
        zone="Australia/Brisbane",
    )
    _x(
        "Panel interview (3 ppl) - CNS Perioperative, Riverton Private",
        interview=True,
        company="Riverton Private Hospital",
        role="Clinical Nurse Specialist – Perioperative",
        org=("people@rivertonprivate.com.au", "Riverton Private People & Culture"),
        desc="Panel: Director of Clinical Services, Perioperative Services Manager, HR Business Partner. 45 mins. Webex link below.",
        conf=("Webex", "https://rivertonprivate.webex.com/meet/pc-panel"),
        zone="Australia/Perth",
    )
    _x(
        "NMBA OSCE - Adelaide (outcome-based assessment, stage 2)",
        interview=False,
        desc="registration pathway for IQNMs. 6 stations. Adelaide Health Simulation. flights + hotel booked",
        loc="Adelaide Health Simulation, North Terrace",
        zone="Australia/Adelaide",
    )
    _x(
        "Kylie @ Redgum Nursing - remote area RN contract (Goldfields)",
        interview=True,
        company="Redgum Nursing Agency",
        role="Remote Area Nurse",
        org=("kylie@redgumnursing.com.au", "Kylie Marsh"),
        desc="Hey Alex! As promised here's a time to chat about the 13 week Remote Area Nurse contract in the Goldfields. I'll run through your experience (ED + solo practice?) and then I can put you forward to the facility. Kylie :)",
        zone="Australia/Perth",
    )
    _x(
        "Agency shift - Sunbay ED 0700-1530 (Redgum)",
        interview=False,
        org=("rostering@redgumnursing.com.au", "Redgum Rostering"),
        desc="Shift booked: Sunbay Hospital Emergency Dept, AM 0700-1530. Report to Team Leader. Bring lanyard + ID. Redgum Nursing Agency",
        loc="Sunbay Hospital ED",
        zone="Australia/Brisbane",
    )
    _x(
        "Call w/ HR - offer + salary step (Riverton)",
        interview=True,
        company="Riverton Private Hospital",
        role="Clinical Nurse Specialist – Perioperative",
        org=("people@rivertonprivate.com.au", "Riverton Private People & Culture"),
        desc="Hi Alex, congratulations on being our preferred candidate for the CNS Perioperative position. Let's talk through the offer, pay point recognition of your overseas experience and start date before we issue the contract.",
        zone="Australia/Perth",
    )
    _x(
        "Orientation + ED onboarding - Sunbay",
        interview=False,
        org=("ed.education@sunbayhealth.org.au", "ED Nurse Educator"),
        desc="Welcome to the team! Day 1: corporate orientation, Day 2-3: ED supernumerary shifts with your preceptor.",
        loc="Sunbay Hospital, Education Centre Level 2",
        zone="Australia/Brisbane",
    )
    _x(
        "Staff health - Hep B titre + flu jab (pre-employment)",
        interview=False,
        desc="needed before start date at Sunbay. vaccination record form",
        zone="Australia/Brisbane",
    )
    _x(
        "Webinar: Working as a nurse in Australia 🇦🇺",
        interview=False,
        org=("events@nursepathways.com.au", "Nurse Pathways Events"),
        desc="Free webinar covering AHPRA registration, visa options and what employers look for. Q&A at the end.",
        conf=(ZOOM, "https://zoom.us/j/81770091234"),
        zone="Australia/Sydney",
    )
    _x(
        "do the HireVue for Harbourline tonight!!",
        # (round 18) relabelled: a self-paced test has no live interviewer to meet or thank
        interview=False,
        desc="one-way video interview, 6 questions, 2 min each. link in gmail from Harbourline Aged Care careers (Registered Nurse - Aged Care, Newcastle). good lighting pls",
        zone="Australia/Sydney",
    )
    _x(
        "Tele-interview w/ NUM - Cardiac Cath Lab, Eastgate",
        interview=True,
        company="Eastgate Hospital",
        role="Registered Nurse - Cardiac Catheter Lab",
        org=("s.whitlam@eastgatehospital.org.au", "Sophie Whitlam"),
        desc="Hi Alex, I'm the Nurse Unit Manager of the Cardiac Catheter Lab at Eastgate Hospital. Thanks for applying for the Registered Nurse - Cardiac Catheter Lab role. I'll call you on your mobile at this time (Melbourne time). Sophie",
        zone="Australia/Melbourne",
    )
    _x(
        "Kingfisher Private - NUM interview Ward 3 Surgical",
        interview=True,
        company="Kingfisher Private Hospital",
        role="Nurse Unit Manager",
        desc="Director of Nursing + GM. bring the ward budget / rostering examples. level 1 admin, ask at front desk",
        loc="Kingfisher Private Hospital, Level 1 Administration",
        zone="Australia/Brisbane",
    )


# ---------------------------------------------------------------------------------------------
# (2) Teacher: Spain
# ---------------------------------------------------------------------------------------------


def _teacher_spain() -> None:
    _x(
        "entrevista con la directora - Colegio Los Olivares (concertado)",
        interview=True,
        company="Colegio Los Olivares",
        role="Profesor/a de Matemáticas ESO",
        org=("direccion@colegiolosolivares.es", "Dirección Colegio Los Olivares"),
        desc="Estimado/a Alex:\n\nHemos recibido su currículum para la plaza de profesor/a de Matemáticas de ESO (sustitución, jornada completa). Le citamos para una entrevista con la directora, Dña. Pilar Ortega. Traiga, por favor, el título y el máster de profesorado.\n\nUn saludo,\nSecretaría",
        loc="Colegio Los Olivares, C/ Olivo 12, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Clase de prueba 2ºESO - Los Olivares (ecuaciones, 20')",
        interview=True,
        company="Colegio Los Olivares",
        role="Profesor/a de Matemáticas ESO",
        desc="me dijeron que la jefa de estudios y el jefe de depto de mates estarán en el aula. llevar fotocopias para 28 + pendrive",
        loc="Colegio Los Olivares",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista familia de Hugo Martín (3ºB)",
        interview=False,
        desc="la madre pidió cita por Raíces. tema: suspensos 1ª evaluación + móvil en clase",
        loc="Sala de visitas",
        zone="Europe/Madrid",
    )
    _x(
        "Claustro",
        interview=False,
        loc="Salón de actos",
        zone="Europe/Madrid",
    )
    _x(
        "Examen tema 5 - 4ºA (funciones)",
        interview=False,
        zone="Europe/Madrid",
    )
    _x(
        "OPOS Mates - 1ª prueba (práctico + tema) - llamamiento 8:30 IES Cervantes",
        interview=True,
        company="Junta de Andalucía",
        role="Profesor de Enseñanza Secundaria - Matemáticas",
        desc="Procedimiento selectivo de ingreso al Cuerpo de Profesores de Enseñanza Secundaria, especialidad Matemáticas. Consejería de Desarrollo Educativo y FP, Junta de Andalucía. Tribunal nº 12. DNI original, boli azul, calculadora NO programable. ¡¡Ánimo!!",
        loc="IES Cervantes, Sevilla",
        zone="Europe/Madrid",
    )
    _x(
        "Opos - defensa programación + UD (Tribunal 12)",
        interview=True,
        company="Junta de Andalucía",
        role="Profesor de Enseñanza Secundaria - Matemáticas",
        desc="2ª prueba. 1h de encerrona para preparar la unidad didáctica, luego 30' programación + 30' UD + debate con el tribunal. llevar 3 copias de la programación",
        loc="IES Cervantes, Sevilla",
        zone="Europe/Madrid",
    )
    _x(
        "Simulacro defensa programación - academia",
        interview=False,
        desc="Academia Preparadores Sur. el preparador hace de tribunal. grabarme con el móvil",
        loc="Academia Preparadores Sur",
        zone="Europe/Madrid",
    )
    _x(
        "Tribunal opos Maestros Inglés - soy vocal (sorteo, constitución)",
        interview=False,
        desc="me ha tocado de vocal 🙃 constitución del tribunal + criterios de evaluación. no puedo faltar",
        loc="CEIP Reina Sofía",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista Academia Pitágoras - profe de refuerzo tardes",
        interview=True,
        company="Academia Pitágoras",
        role="Profesor de refuerzo",
        att=[person("academiapitagoras.jerez@gmail.com", "Academia Pitágoras")],
        desc="L-J de 17 a 20h, mates y física de bachillerato. Preguntar por Rafa",
        loc="Academia Pitágoras, Jerez",
        zone="Europe/Madrid",
    )
    _x(
        "Clase de prueba natación Martina 🏊",
        interview=False,
        loc="Polideportivo municipal",
        zone="Europe/Madrid",
    )
    _x(
        "Kingswood Intl School - interview Head of Maths (Zoom)",
        interview=True,
        company="Kingswood International School Madrid",
        role="Head of Mathematics",
        org=("hr@kingswood-madrid.edu.es", "Kingswood HR"),
        desc="Dear Alex, thank you for your application for the post of Head of Mathematics (September start). You will meet the Principal and the Head of Secondary. Please be ready to discuss your approach to IGCSE and IB Maths AA/AI. Safer recruitment: we will discuss any gaps in your employment history.",
        conf=(ZOOM, "https://zoom.us/j/82211007765"),
        zone="Europe/Madrid",
    )
    _x(
        "Sesión de evaluación 2º trimestre - 3º ESO",
        interview=False,
        zone="Europe/Madrid",
    )
    _x(
        "Asamblea CCOO Enseñanza - interinos",
        interview=False,
        loc="Sede CCOO, 2ª planta",
        zone="Europe/Madrid",
    )
    _x(
        "Visita Inspección educativa al centro",
        interview=False,
        desc="la inspectora revisa programaciones de departamento + actas. tener todo subido",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista: Coordinador/a de Secundaria - Grupo Educativo Arce",
        interview=True,
        company="Grupo Educativo Arce",
        role="Coordinador/a de Secundaria",
        org=("no-reply@infojobs.net", "InfoJobs"),
        desc=(
            "<p>Hola Alex,</p><p><b>Grupo Educativo Arce</b> te ha citado a una entrevista para la oferta <b>Coordinador/a de Secundaria</b>.</p>"
            "<p>Modalidad: videollamada (Google Meet)</p><p>Si no puedes asistir, avisa a la empresa desde tu área de candidato.</p>"
            "<p>Equipo InfoJobs</p>"
        ),
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevistas candidatos auxiliar de conversación (entrevisto yo + Marisa)",
        interview=False,
        desc="3 candidatas para el programa bilingüe. preguntas en inglés. yo como coordinadora bilingüe",
        loc="Despacho de Jefatura",
        zone="Europe/Madrid",
    )
    _x(
        "Los Olivares - 1er claustro (ya contratada!) + recoger horario",
        interview=False,
        desc="firmado contrato el lunes. traer nº SS y cuenta",
        loc="Colegio Los Olivares",
        zone="Europe/Madrid",
    )


# ---------------------------------------------------------------------------------------------
# (2) Teacher: Italy and Portugal
# ---------------------------------------------------------------------------------------------


def _teacher_italy_portugal() -> None:
    _x(
        "Colloquio - Istituto Paritario San Giuseppe (mate e fisica)",
        interview=True,
        company="Istituto Paritario San Giuseppe",
        role="Docente di matematica e fisica",
        org=("segreteria@istitutosangiuseppe.it", "Segreteria Istituto San Giuseppe"),
        desc="Gentile Alex, in riferimento alla Sua candidatura per il posto di docente di matematica e fisica (liceo scientifico, 18 ore), La invitiamo a un colloquio con il Coordinatore didattico. Portare CV e titoli. Cordiali saluti",
        loc="Istituto San Giuseppe, Via Manzoni 40, Bergamo",
        zone="Europe/Rome",
    )
    _x(
        "Colloqui generali genitori 🙃",
        interview=False,
        desc="15:00-19:00, prenotazioni dal registro elettronico. 42 famiglie...",
        loc="Aula magna",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio orale maturità - 5B (commissario interno)",
        interview=False,
        desc="6 candidati oggi. materiale spunto pronto. griglia di valutazione ministeriale",
        zone="Europe/Rome",
    )
    _x(
        "Concorso PNRR A026 - prova scritta (CBT) 🤞",
        interview=True,
        company="Ministero dell'Istruzione e del Merito",
        role="Docente di Matematica (A026)",
        desc="Concorso ordinario docenti scuola secondaria, classe di concorso A026 Matematica. Prova scritta computer based, 50 quesiti in 100 minuti. Sede assegnata dall'USR Lombardia. Portare documento + ricevuta del contributo",
        loc="ITIS Galilei, aula informatica 2, Milano",
        zone="Europe/Rome",
    )
    _x(
        "Concorso A026 - orale + lezione simulata",
        interview=True,
        company="Ministero dell'Istruzione e del Merito",
        role="Docente di Matematica (A026)",
        desc="traccia estratta 24h prima!! lezione simulata 30' + domande della commissione + inglese B2",
        loc="Liceo Volta, Milano",
        zone="Europe/Rome",
    )
    _x(
        "colloquio con la dirigente IC Treviglio Est - supplenza matematica (da MAD)",
        interview=True,
        company="IC Treviglio Est",
        role="Docente di matematica e scienze (supplenza)",
        att=[person("bgic8xx00x@istruzione.it", "IC Treviglio Est")],
        desc="mi hanno chiamata dalla MAD! supplenza fino al 30/06, matematica e scienze alle medie, 18h. colloquio conoscitivo con la dirigente prima di firmare. portare titoli",
        loc="IC Treviglio Est, presidenza",
        zone="Europe/Rome",
    )
    _x(
        "Corso preparazione concorso - lezione 4 (didattica per competenze)",
        interview=False,
        conf=(ZOOM, "https://zoom.us/j/84455120098"),
        zone="Europe/Rome",
    )
    _x(
        "Consiglio di classe 3C",
        interview=False,
        zone="Europe/Rome",
    )
    _x(
        "Colloquio Bilingual School Leonardo - Middle School Coordinator",
        interview=True,
        company="Bilingual School Leonardo",
        role="Middle School Coordinator",
        org=("recruiting@bsleonardo.it", "BS Leonardo Recruiting"),
        my_status="declined",
        desc="Dear Alex, we would be delighted to meet you online for the Middle School Coordinator position. Interview with the Head of School and the Academic Director.\n\n(Alex: declined, too far from Bergamo)",
        conf=(ZOOM, "https://zoom.us/j/87700114455"),
        zone="Europe/Rome",
    )
    _x(
        "Assemblea sindacale FLC CGIL (prime 2 ore)",
        interview=False,
        zone="Europe/Rome",
    )
    _x(
        "Contratação de escola - entrevista AE Vale do Sousa (grupo 500, horário 14h)",
        interview=True,
        company="Agrupamento de Escolas de Vale do Sousa",
        role="Professor de Matemática (grupo 500)",
        org=("direcao@aevaledosousa.pt", "Direção AE Vale do Sousa"),
        desc="Exmo(a). Sr(a). Professor(a),\nNo âmbito da contratação de escola para o horário n.º 14 (grupo de recrutamento 500 - Matemática, 14 horas, temporário), convocamo-lo(a) para entrevista de avaliação. Deverá fazer-se acompanhar do documento de identificação.\nA Diretora",
        loc="Escola Secundária de Vale do Sousa, Direção",
        zone="Europe/Lisbon",
    )
    _x(
        "Colégio Atlântico - entrevista c/ diretora pedagógica + aula de demonstração",
        interview=True,
        company="Colégio Atlântico",
        role="Professor de Matemática",
        desc="aula de 25 min ao 9º ano (funções afins). depois conversa com a Dra. Helena. levar portátil",
        loc="Colégio Atlântico, Cascais",
        zone="Europe/Lisbon",
    )
    _x(
        "Reunião de pais 7ºB (sou DT)",
        interview=False,
        loc="Sala 12",
        zone="Europe/Lisbon",
    )
    _x(
        "ADD - aula observada (avaliador externo)",
        interview=False,
        desc="avaliação de desempenho docente, 4º escalão. 90 min. plano de aula entregue",
        zone="Europe/Lisbon",
    )
    _x(
        "Concurso nacional DGAE - candidatura fecha hoje!",
        interview=False,
        all_day=True,
        desc="SIGRHE. validar graduação + preferências",
        zone="Europe/Lisbon",
    )


# ---------------------------------------------------------------------------------------------
# (2) Teacher: Mexico, Brazil, Argentina, Chile
# ---------------------------------------------------------------------------------------------


def _teacher_latam() -> None:
    # Mexico
    _x(
        "Entrevista + clase muestra - Instituto Tepeyac Norte",
        interview=True,
        company="Instituto Tepeyac Norte",
        role="Coordinadora académica de secundaria",
        org=("rh@tepeyacnorte.edu.mx", "Recursos Humanos Instituto Tepeyac Norte"),
        desc="Buen día Alex:\nLe confirmamos su entrevista para la vacante de Coordinadora académica de secundaria. Primero impartirá una clase muestra de 30 minutos a un grupo de 2° de secundaria (tema libre de matemáticas) y después tendrá entrevista con la Directora General.\nSaludos cordiales",
        loc="Instituto Tepeyac Norte, Av. de los Maestros 210, CDMX",
        zone="America/Mexico_City",
    )
    _x(
        "Psicométrico en línea Tepeyac (antes del viernes)",
        interview=True,
        company="Instituto Tepeyac Norte",
        role="Coordinadora académica de secundaria",
        desc="liga que mandó RH: Cleaver + Terman + razonamiento. ~90 min sin interrupciones",
        zone="America/Mexico_City",
    )
    _x(
        "CTE - Consejo Técnico Escolar (sesión ordinaria)",
        interview=False,
        zone="America/Mexico_City",
    )
    _x(
        "junta con papás 2°A 🙄",
        interview=False,
        desc="boletas 1er trimestre + kermés",
        zone="America/Mexico_City",
    )
    _x(
        "OCC | Entrevista Teams - Docente de inglés, Colegio Valle Alto",
        interview=True,
        company="Colegio Valle Alto",
        role="Docente de inglés",
        org=("notificaciones@occ.com.mx", "OCCMundial"),
        desc=(
            "<p>¡Hola Alex!</p><p>El reclutador de <b>Colegio Valle Alto</b> te invitó a una entrevista para la vacante "
            "<b>Docente de inglés (primaria alta)</b>.</p><p>Modalidad: Microsoft Teams</p><p>¡Mucho éxito!<br>OCCMundial</p>"
        ),
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ValleAltoIngles"),
        zone="America/Mexico_City",
    )
    # Brazil
    _x(
        "Entrevista com a coordenação - Professor(a) de Matemática | Colégio Vértice",
        interview=True,
        company="Colégio Vértice",
        role="Professor(a) de Matemática",
        org=("no-reply@gupy.io", "Colégio Vértice via Gupy"),
        desc=(
            "<p>Olá, Alex!</p><p>Parabéns, você avançou para a etapa de <b>Entrevista com a coordenação</b> no processo seletivo "
            "<b>Professor(a) de Matemática - Ensino Fundamental II</b> do <b>Colégio Vértice</b>.</p>"
            "<p>A entrevista será online pelo Google Meet. Em caso de imprevisto, responda por aqui.</p><p>Equipe de Gente &amp; Gestão</p>"
        ),
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Aula-teste Vértice 8º ano (30 min) 🤓",
        interview=True,
        company="Colégio Vértice",
        role="Professor(a) de Matemática",
        desc="tema: equações do 1º grau. a coordenadora + 1 professor assistem. levar plano de aula impresso",
        loc="Colégio Vértice - Unidade Pinheiros",
        zone="America/Sao_Paulo",
    )
    _x(
        "Concurso Instituto Federal do Planalto - PROVA DIDÁTICA (EBTT Matemática)",
        interview=True,
        company="Instituto Federal do Planalto",
        role="Professor EBTT - Matemática",
        desc="Edital 12/2025. Sorteio do ponto 24h antes. Aula de 50 min para a banca, entregar 3 vias do plano de aula. Chegar 30 min antes, documento com foto",
        loc="IF do Planalto - Campus Central, Bloco B",
        zone="America/Sao_Paulo",
    )
    _x(
        "Reunião de pais e mestres",
        interview=False,
        zone="America/Sao_Paulo",
    )
    _x(
        "Conselho de classe 9ºA",
        interview=False,
        zone="America/Sao_Paulo",
    )
    _x(
        "Banca TCC - Ana Luiza (sou avaliadora)",
        interview=False,
        desc="Licenciatura em Matemática. ler o trabalho antes!!",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista escola do Theo (matrícula 2026)",
        interview=False,
        desc="entrevista com a orientadora educacional + visita. levar histórico dele",
        loc="Escola Casa Verde",
        zone="America/Sao_Paulo",
    )
    _x(
        "Processo seletivo Rede Aprender - dinâmica de grupo (Coordenador Pedagógico)",
        interview=True,
        company="Rede Aprender",
        role="Coordenador Pedagógico",
        org=("selecao@redeaprender.com.br", "Seleção Rede Aprender"),
        desc="Prezado(a) candidato(a), você foi selecionado(a) para a etapa de dinâmica de grupo da vaga de Coordenador Pedagógico. Duração: 2h. Vestimenta casual.",
        loc="Rede Aprender - Sede administrativa, Campinas",
        zone="America/Sao_Paulo",
    )
    # Argentina
    _x(
        "Entrevista con la rectora - Colegio del Lago",
        interview=True,
        company="Colegio del Lago",
        role="Profesor de Matemática (secundaria)",
        att=[person("rectoria@colegiodellago.edu.ar", "Rectoría Colegio del Lago")],
        desc="por las horas cátedra de Matemática de 3er y 4to año (suplencia hasta diciembre). llevar título + CV impreso",
        loc="Colegio del Lago, Bariloche",
        zone="America/Argentina/Buenos_Aires",
    )
    _x(
        "Entrevista con los padres de Tomi R. (4to)",
        interview=False,
        desc="con la psicopedagoga del colegio",
        zone="America/Argentina/Buenos_Aires",
    )
    _x(
        "Concurso directores - defensa del proyecto institucional ante el jurado",
        interview=True,
        company="Dirección General de Cultura y Educación",
        role="Director de escuela secundaria",
        desc="Concurso de títulos, antecedentes y oposición para cargos de Director/a - Educación Secundaria (DGCyE, Provincia de Buenos Aires). Instancia de coloquio: defensa del proyecto ante el jurado, 40 min.",
        loc="Jefatura Regional, La Plata",
        zone="America/Argentina/Buenos_Aires",
    )
    _x(
        "Asamblea SUTEBA - paro del jueves",
        interview=False,
        zone="America/Argentina/Buenos_Aires",
    )
    # Chile
    _x(
        "Entrevista psicolaboral - Colegio Los Alerces (Jefe UTP)",
        interview=True,
        company="Colegio Los Alerces",
        role="Jefe de UTP",
        org=("seleccion@psicoconsult.cl", "PsicoConsult Selección"),
        desc="Estimado/a Alex: en el marco del proceso de selección para el cargo de Jefe/a de Unidad Técnico Pedagógica de Colegio Los Alerces, le citamos a entrevista psicolaboral y aplicación de test. Duración aprox. 2 horas. Traer lápiz grafito.",
        loc="PsicoConsult, Providencia, Santiago",
        zone="America/Santiago",
    )
    _x(
        "Los Alerces - clase demostrativa + entrevista dirección",
        interview=True,
        company="Colegio Los Alerces",
        role="Jefe de UTP",
        desc="última etapa!! clase demostrativa 1° medio + conversación con el director y sostenedor",
        loc="Colegio Los Alerces, Puente Alto",
        zone="America/Santiago",
    )
    _x(
        "Evaluación Docente - grabación clase portafolio",
        interview=False,
        desc="módulo 2. pedir cámara a la UTP. autorizaciones de apoderados firmadas",
        zone="America/Santiago",
    )
    _x(
        "Entrevista apoderados 6°B - Sofía M.",
        interview=False,
        loc="Sala de entrevistas",
        zone="America/Santiago",
    )
    _x(
        "Entrevista Teams - Profesor de Matemáticas, Colegio San Esteban",
        interview=True,
        company="Colegio San Esteban",
        role="Profesor de Matemáticas",
        org=("no-reply@trabajando.com", "Trabajando.com"),
        desc="<p>Colegio San Esteban te ha invitado a una entrevista para el cargo <b>Profesor de Matemáticas Enseñanza Media</b>.</p><p>Confirma tu asistencia desde tu perfil.</p>",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_SanEstebanMat"),
        zone="America/Santiago",
    )


# ---------------------------------------------------------------------------------------------
# (3) Warehouse / logistics / retail: Netherlands and Belgium
# ---------------------------------------------------------------------------------------------


def _logistics_nl_be() -> None:
    _x(
        "Intake FlexPoint - vacature Teamleider Expeditie",
        interview=True,
        company="FlexPoint Uitzendbureau",
        role="Teamleider Expeditie",
        org=("tilburg@flexpoint-uitzend.nl", "FlexPoint Tilburg"),
        desc="Hoi Alex,\n\nLeuk dat je gereageerd hebt op de vacature Teamleider Expeditie (2-ploegen, regio Tilburg). De naam van onze opdrachtgever mogen we nog niet noemen. In het intakegesprek bespreken we je ervaring, beschikbaarheid en salarisindicatie.\n\nNeem je ID-bewijs mee.\n\nGroet, Sem - FlexPoint Uitzendbureau",
        loc="FlexPoint, Heuvelring 88, Tilburg",
        zone="Europe/Amsterdam",
    )
    _x(
        "sollicitatiegesprek Van der Wal Logistics - Teamleider Warehouse (Venlo)",
        interview=True,
        company="Van der Wal Logistics",
        role="Teamleider Warehouse",
        att=[person("m.hendriks@vanderwal-logistics.nl", "Marloes Hendriks")],
        desc="met Marloes (HR) + operations manager Erik. route: Venlo Trade Port Noord, poort 2 melden",
        loc="Van der Wal Logistics, Trade Port Noord, Venlo",
        zone="Europe/Amsterdam",
    )
    _x(
        "Proefdag Van der Wal 🥾 (veiligheidsschoenen mee!)",
        interview=True,
        company="Van der Wal Logistics",
        role="Teamleider Warehouse",
        desc="07:00-15:30 meelopen met de avond-/dagploeg teamleider. hesje krijg ik daar",
        loc="Van der Wal Logistics, Venlo",
        zone="Europe/Amsterdam",
    )
    _x(
        "Toolbox hal 3 - heftruck & voetgangers",
        interview=False,
        me=WORK_ME,
        org=("k.bakker@initech.com", "Kees Bakker"),
        att=[person("k.bakker@initech.com", "Kees Bakker")],
        zone="Europe/Amsterdam",
    )
    _x(
        "Sollicitatiegesprekken orderpickers (ik + HR)",
        interview=False,
        me=WORK_ME,
        org=("hr.nl@initech.com", "HR Initech NL"),
        att=[person("hr.nl@initech.com", "HR Initech NL")],
        desc="3 kandidaten via uitzendbureau, 20 min per persoon. Alex voert gesprek, HR doet contract. CV's in de gedeelde map.",
        loc="Kantine 1e verdieping",
        zone="Europe/Amsterdam",
    )
    _x(
        "Functioneringsgesprek Sanne",
        interview=False,
        me=WORK_ME,
        att=[person("s.dejong@initech.com", "Sanne de Jong")],
        zone="Europe/Amsterdam",
    )
    _x(
        "CBR praktijkexamen C 🚚",
        interview=False,
        desc="rijschool Van Dijk haalt me op 8:15",
        loc="CBR examencentrum Eindhoven",
        zone="Europe/Amsterdam",
    )
    _x(
        "Heftruckcertificaat herhalingstraining",
        interview=False,
        me=WORK_ME,
        org=("training@initech.com", "Initech Training"),
        zone="Europe/Amsterdam",
    )
    _x(
        "Interview: Shift Lead Inbound – Bolder Fulfilment",
        interview=True,
        company="Bolder Fulfilment",
        role="Shift Lead Inbound",
        org=("noreply@recruitee.com", "Bolder Fulfilment"),
        desc=(
            "<p>Hi Alex,</p><p>Thanks for applying to <strong>Shift Lead Inbound</strong> at <strong>Bolder Fulfilment</strong>! "
            "We'd love to get to know you better in a 45 minute video interview with our Site Manager.</p>"
            "<p>Need to reschedule? Use the link in your email.</p><p>Powered by Recruitee</p>"
        ),
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Assessment Maasdal Retail (capaciteitentest + persoonlijkheid) via Vectra",
        interview=True,
        company="Maasdal Retail",
        role="Storemanager",
        org=("planning@vectra-assessment.nl", "Vectra Assessment Planning"),
        desc="Beste Alex, in opdracht van Maasdal Retail nodigen wij je uit voor een assessment voor de functie Storemanager. Onderdelen: capaciteitentest (verbaal, numeriek), persoonlijkheidsvragenlijst en een rollenspel met een medewerker. Duur: ca. 4 uur.",
        loc="Vectra Assessment, Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "OR vergadering",
        interview=False,
        me=WORK_ME,
        org=("or@initech.com", "Ondernemingsraad Initech"),
        zone="Europe/Amsterdam",
    )
    _x(
        "proefdag kandidaat Mehmet - inwerken reachtruck",
        interview=False,
        me=WORK_ME,
        desc="ik begeleid hem, 1e uur veiligheidsinstructie. bij goed resultaat contract via uitzendbureau",
        zone="Europe/Amsterdam",
    )
    _x(
        "Groepssollicitatie bedrijfsleider Kado & Co 👥",
        interview=True,
        company="Kado & Co",
        role="Bedrijfsleider",
        desc="groepsgesprek met 6 kandidaten + rayonmanager. casus: omzet filiaal daalt. daarna kort 1-op-1",
        loc="Kado & Co, Kalverstraat filiaal (achteringang)",
        zone="Europe/Amsterdam",
    )
    _x(
        "Interview Operations Manager (internal) - Initech",
        interview=True,
        company="Initech",
        role="Operations Manager",
        me=WORK_ME,
        org=("talent@initech.com", "Initech Talent Acquisition"),
        att=[
            person("talent@initech.com", "Initech Talent Acquisition"),
            person("d.vermeer@initech.com", "Daan Vermeer"),
        ],
        desc="Internal vacancy Operations Manager Benelux. Interview with Daan Vermeer (Director Operations) and Talent Acquisition. Internal candidates: please inform your line manager.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_InitechOpsMgr"),
        zone="Europe/Amsterdam",
    )
    _x(
        "Van der Wal - werkschoenen + pasje ophalen (contract getekend)",
        interview=False,
        loc="Van der Wal Logistics, receptie",
        zone="Europe/Amsterdam",
    )
    # Belgium
    _x(
        "Entretien d'embauche - Responsable d'entrepôt, Logisport Liège",
        interview=True,
        company="Logisport Liège",
        role="Responsable d'entrepôt",
        org=("rh@logisport.be", "RH Logisport"),
        desc="Bonjour Alex,\nSuite à votre candidature pour le poste de Responsable d'entrepôt (site Liège Trilogiport), nous avons le plaisir de vous convier à un entretien avec notre Directeur des opérations.\nMerci de vous présenter à l'accueil du bâtiment B.\nCordialement,\nService RH",
        loc="Logisport, Trilogiport, Hermalle-sous-Argenteau",
        zone="Europe/Brussels",
    )
    _x(
        "Journée d'essai Logisport (8h-16h)",
        interview=True,
        company="Logisport Liège",
        role="Responsable d'entrepôt",
        desc="chaussures de sécu + gilet. je suis le chef d'équipe de jour",
        loc="Logisport, Trilogiport",
        zone="Europe/Brussels",
    )
    _x(
        "Réunion syndicale FGTB - délégation",
        interview=False,
        zone="Europe/Brussels",
    )
    _x(
        "Médecine du travail Mensura - visite d'embauche",
        interview=False,
        desc="contrat signé chez Logisport, examen médical obligatoire avant le début",
        loc="Mensura, Liège",
        zone="Europe/Brussels",
    )
    _x(
        "Sollicitatie Site Manager Scheldepoort DC - 2e ronde met CEO",
        interview=True,
        company="Scheldepoort DC",
        role="Site Manager",
        att=[person("an.peeters@scheldepoort.be", "An Peeters")],
        desc="2e gesprek, nu met de CEO en An (HR). 1e ronde ging goed. visie op automatisering + verzuim",
        loc="Scheldepoort DC, Haven 1200, Antwerpen",
        zone="Europe/Brussels",
    )
    _x(
        "Entretien collectif - Gérant de magasin Delmarché",
        interview=True,
        company="Delmarché",
        role="Gérant de magasin",
        org=("recrutement@delmarche.be", "Recrutement Delmarché"),
        desc="Session de recrutement collective pour le poste de Gérant de magasin (région Namur-Luxembourg): présentation de l'entreprise, mise en situation en groupe, puis entretiens individuels.",
        loc="Delmarché, siège, Namur",
        zone="Europe/Brussels",
    )


# ---------------------------------------------------------------------------------------------
# (3) Warehouse / logistics / retail: Poland and Germany
# ---------------------------------------------------------------------------------------------


def _logistics_pl_de() -> None:
    _x(
        "Rozmowa kwalifikacyjna - Kierownik Zmiany, LogiPol Stryków",
        interview=True,
        company="LogiPol",
        role="Kierownik Zmiany",
        org=("rekrutacja@logipol.pl", "Rekrutacja LogiPol"),
        desc="Dzień dobry Panie Alex,\ndziękujemy za przesłanie CV na stanowisko Kierownik Zmiany (magazyn e-commerce, Stryków). Zapraszamy na rozmowę kwalifikacyjną z Dyrektorem Operacyjnym. Prosimy zabrać dowód osobisty.\nPozdrawiamy,\nDział HR",
        loc="LogiPol, ul. Magazynowa 5, Stryków",
        zone="Europe/Warsaw",
    )
    _x(
        "rozmowa z rekruterką Kadra Plus - kierownik magazynu (klient Poznań)",
        interview=True,
        company="Kadra Plus",
        role="Kierownik magazynu",
        att=[person("j.wisniewska@kadraplus.pl", "Joanna Wiśniewska")],
        desc="nie podała nazwy klienta, 'duża sieć FMCG pod Poznaniem'. telefonicznie, ok 20 min",
        zone="Europe/Warsaw",
    )
    _x(
        "Zaproszenie na spotkanie rekrutacyjne – Koordynator Logistyki | Vistula Retail",
        interview=True,
        company="Vistula Retail",
        role="Koordynator Logistyki",
        org=("powiadomienia@erecruiter.pl", "Vistula Retail - eRecruiter"),
        desc=(
            "<p>Szanowny Panie,</p><p>Uprzejmie zapraszamy na spotkanie rekrutacyjne na stanowisko <b>Koordynator Logistyki</b> w firmie "
            "<b>Vistula Retail</b>.</p><p>Spotkanie odbędzie się online w aplikacji Microsoft Teams.</p><p>Prosimy o potwierdzenie udziału.</p>"
        ),
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_VistulaKoord"),
        zone="Europe/Warsaw",
    )
    _x(
        "Szkolenie BHP okresowe",
        interview=False,
        me=WORK_ME,
        org=("bhp@initech.com", "BHP Initech"),
        zone="Europe/Warsaw",
    )
    _x(
        "Egzamin UDT - wózki widłowe",
        interview=False,
        desc="egzamin państwowy, część teoretyczna + praktyczna. zabrać zaświadczenie z kursu",
        loc="UDT Oddział Łódź",
        zone="Europe/Warsaw",
    )
    _x(
        "Rekrutacja - rozmowy z kandydatami na magazyniera (sala 2)",
        interview=False,
        me=WORK_ME,
        org=("hr.pl@initech.com", "HR Initech Polska"),
        desc="5 kandydatów, 15 min każdy. Alex + kierownik zmiany B",
        loc="Sala konferencyjna 2",
        zone="Europe/Warsaw",
    )
    _x(
        "Dzień próbny - Kropka Market (sklep Mokotów)",
        interview=True,
        company="Kropka Market",
        role="Kierownik sklepu",
        desc="dzień próbny na stanowisko kierownika sklepu. 6:00 otwarcie z kierownikiem regionu. ubrać się wygodnie",
        loc="Kropka Market, ul. Puławska 120, Warszawa",
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa roczna z szefem (ocena)",
        interview=False,
        me=WORK_ME,
        att=[person("p.nowak@initech.com", "Piotr Nowak")],
        zone="Europe/Warsaw",
    )
    # Germany
    _x(
        "Einladung zum Vorstellungsgespräch: Schichtleiter Lager (m/w/d) – Rheinlager GmbH",
        interview=True,
        company="Rheinlager GmbH",
        role="Schichtleiter Lager (m/w/d)",
        org=("jobs@rheinlager.de", "Rheinlager GmbH via Personio"),
        desc=(
            "<p>Hallo Alex,</p><p>vielen Dank für Ihre Bewerbung als <b>Schichtleiter Lager (m/w/d)</b>. Gerne möchten wir Sie zu einem persönlichen "
            "Gespräch mit unserem Standortleiter einladen.</p><p>Adresse: Rheinlager GmbH, Hafenstraße 18, Duisburg. Bitte melden Sie sich am Pförtner.</p>"
            "<p>Viele Grüße<br>Ihr Rheinlager Recruiting-Team</p>"
        ),
        loc="Rheinlager GmbH, Hafenstraße 18, Duisburg",
        zone="Europe/Berlin",
    )
    _x(
        "Probearbeit Rheinlager 6-14 Uhr",
        interview=True,
        company="Rheinlager GmbH",
        role="Schichtleiter Lager",
        desc="Sicherheitsschuhe!! Frühschicht mitlaufen, Übergabe an Spätschicht um 14h angucken",
        loc="Rheinlager GmbH, Duisburg",
        zone="Europe/Berlin",
    )
    _x(
        "Assessment Center Bereichsleiter Filialen - Frischmarkt Nord",
        interview=True,
        company="Frischmarkt Nord",
        role="Bereichsleiter Filialen",
        org=("karriere@frischmarkt-nord.de", "Frischmarkt Nord Karriere"),
        desc="Ablauf: 8:30 Begrüßung, Postkorbübung, Mitarbeitergespräch (Rollenspiel), Gruppendiskussion, Präsentation Filialanalyse, Einzelinterview. Ende ca. 17 Uhr. Verpflegung wird gestellt.",
        loc="Frischmarkt Nord Zentrale, Hamburg",
        zone="Europe/Berlin",
    )
    _x(
        "Betriebsratssitzung",
        interview=False,
        me=WORK_ME,
        org=("betriebsrat@initech.com", "Betriebsrat Initech"),
        zone="Europe/Berlin",
    )
    _x(
        "Agentur für Arbeit - Beratungstermin (Jobsuche)",
        interview=False,
        desc="Termin bei der Vermittlerin, Frau Öztürk. Lebenslauf + Kündigung mitbringen",
        loc="Agentur für Arbeit Duisburg, Raum 2.14",
        zone="Europe/Berlin",
    )
    _x(
        "Bewerbungsgespräche Aushilfen Weihnachtsgeschäft (ich führe)",
        interview=False,
        me=WORK_ME,
        desc="4 Bewerber, 20 min pro Person. Fragebogen im Teams-Ordner",
        zone="Europe/Berlin",
    )
    _x(
        "Telefoninterview Personalwerk Kessler - Standortleiter Logistik (Kunde: Havelkontor)",
        interview=True,
        company="Havelkontor Logistik",
        role="Standortleiter Logistik",
        org=("t.kessler@personalwerk-kessler.de", "Tobias Kessler"),
        desc="Hallo Alex, wie besprochen rufe ich Sie zum vereinbarten Termin an. Es geht um die Position Standortleiter Logistik bei unserem Kunden Havelkontor Logistik in Ludwigsfelde. Beste Grüße, Tobias Kessler",
        zone="Europe/Berlin",
    )
    _x(
        "Kennenlernen Standortleiter Havelkontor (vor Ort, mit Hr. Kessler)",
        interview=True,
        company="Havelkontor Logistik",
        role="Standortleiter Logistik",
        org=("t.kessler@personalwerk-kessler.de", "Tobias Kessler"),
        desc="Vorstellung beim Kunden: Gespräch mit der Geschäftsführung von Havelkontor Logistik + Rundgang durch das Lager. Herr Kessler begleitet Sie. Ca. 2 Stunden.",
        loc="Havelkontor Logistik, Ludwigsfelde",
        zone="Europe/Berlin",
    )
    _x(
        "Mitarbeitergespräch (meins) mit Fr. Krause",
        interview=False,
        me=WORK_ME,
        org=("a.krause@initech.com", "Anja Krause"),
        zone="Europe/Berlin",
    )
    _x(
        "Vorstellungsgespräch Teamleiter Versand | Spreewald Versandhaus",
        interview=True,
        company="Spreewald Versandhaus",
        role="Teamleiter Versand",
        org=("noreply@softgarden.io", "Spreewald Versandhaus"),
        my_status="declined",
        desc="Sehr geehrte/r Alex Rivera, wir laden Sie herzlich zu einem Vorstellungsgespräch für die Position Teamleiter Versand (m/w/d) ein. Bitte bestätigen Sie den Termin über den Link in der E-Mail.",
        conf=(ZOOM, "https://zoom.us/j/85522004411"),
        zone="Europe/Berlin",
    )


# ---------------------------------------------------------------------------------------------
# (3) Warehouse / logistics / retail: Czechia and Romania
# ---------------------------------------------------------------------------------------------


def _logistics_cz_ro() -> None:
    _x(
        "Pohovor - vedoucí skladu, Moravia Logistik (Brno)",
        interview=True,
        company="Moravia Logistik",
        role="Vedoucí skladu",
        att=[person("hana.dvorakova@moravialogistik.cz", "Hana Dvořáková")],
        desc="s paní Dvořákovou (HR) a provozním ředitelem. vzít občanku + VZV průkaz",
        loc="Moravia Logistik, Průmyslová 12, Brno",
        zone="Europe/Prague",
    )
    _x(
        "Zkušební den Moravia Logistik",
        interview=True,
        company="Moravia Logistik",
        role="Vedoucí skladu",
        desc="celá ranní směna, 6-14:30. pracovní boty",
        loc="Moravia Logistik, Brno",
        zone="Europe/Prague",
    )
    _x(
        "Práce Hned - telefonát, vedoucí směny pro Brněnské Sklady",
        interview=True,
        company="Brněnské Sklady",
        role="Vedoucí směny",
        org=("petra.kralova@pracehned.cz", "Petra Králová"),
        desc="Dobrý den, jak jsme se domluvili, zavolám Vám ohledně pozice vedoucí směny u našeho klienta Brněnské Sklady (Modřice). Krátký telefonický pohovor cca 15 minut. Petra, Práce Hned personální agentura",
        zone="Europe/Prague",
    )
    _x(
        "Školení BOZP + PO",
        interview=False,
        me=WORK_ME,
        org=("bozp@initech.com", "BOZP Initech"),
        zone="Europe/Prague",
    )
    _x(
        "Pozvánka na pohovor – Supply Chain Coordinator | Vltava Distribution",
        interview=True,
        company="Vltava Distribution",
        role="Supply Chain Coordinator",
        org=("noreply@teamio.com", "Vltava Distribution (Teamio)"),
        desc="<p>Dobrý den,</p><p>děkujeme za Váš zájem o pozici <b>Supply Chain Coordinator</b> ve společnosti <b>Vltava Distribution</b>. Rádi bychom Vás pozvali na online pohovor přes Microsoft Teams.</p><p>S pozdravem, HR tým</p>",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_VltavaSCC"),
        zone="Europe/Prague",
    )
    _x(
        "Porada vedoucích směn",
        interview=False,
        me=WORK_ME,
        zone="Europe/Prague",
    )
    # Romania
    _x(
        "Interviu - Manager Depozit, Carpați Logistic (Ploiești)",
        interview=True,
        company="Carpați Logistic",
        role="Manager Depozit",
        org=("hr@carpatilogistic.ro", "HR Carpați Logistic"),
        desc="Bună ziua,\nVă confirmăm interviul pentru postul de Manager Depozit. Interviul va avea loc la sediul nostru din Ploiești, cu Directorul de Operațiuni. Vă rugăm să aveți la dumneavoastră actul de identitate.\nO zi bună,\nDepartamentul HR",
        loc="Carpați Logistic, DN1 km 55, Ploiești",
        zone="Europe/Bucharest",
    )
    _x(
        "Zi de probă Carpați Logistic",
        interview=True,
        company="Carpați Logistic",
        role="Manager Depozit",
        desc="o tura intreaga cu managerul actual. bocanci de protectie",
        loc="Carpați Logistic, Ploiești",
        zone="Europe/Bucharest",
    )
    _x(
        "interviu de grup sef tura - Dunarea Retail (Constanta)",
        interview=True,
        company="Dunărea Retail",
        role="Șef tură",
        desc="interviu de grup cu inca 8 candidati + test scris (excel + calcul productivitate). depozitul din Ovidiu",
        loc="Dunărea Retail, depozit Ovidiu",
        zone="Europe/Bucharest",
    )
    _x(
        "Instructaj SSM periodic",
        interview=False,
        me=WORK_ME,
        zone="Europe/Bucharest",
    )
    _x(
        "Interviu online - Store Manager | Magazinele Zarea",
        interview=True,
        company="Magazinele Zarea",
        role="Store Manager",
        org=("notificari@ejobs.ro", "eJobs"),
        desc="<p>Salut, Alex!</p><p>Angajatorul <b>Magazinele Zarea</b> te-a invitat la un interviu online pentru jobul <b>Store Manager</b> (București).</p><p>Succes!<br>Echipa eJobs</p>",
        meet="meet",
        zone="Europe/Bucharest",
    )
    _x(
        "Interviu Radio Ploiești - lipsa de șoferi și depozitari",
        interview=False,
        att=[person("redactie@radioploiesti.ro", "Redacția Radio Ploiești")],
        desc="emisiune live 10 min, despre piața muncii în logistică",
        zone="Europe/Bucharest",
    )
    _x(
        "Inspecție ITM la depozit",
        interview=False,
        me=WORK_ME,
        desc="Inspecția Muncii - verificare contracte + pontaje. HR pregătește dosarele",
        zone="Europe/Bucharest",
    )
