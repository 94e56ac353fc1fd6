# ruff: noqa: E501 -- data: event texts as written
"""Round 14's fifth calendar author: everyday interviews in the major languages, and naming their employer.

Covers ordinary job searches outside tech in English, German, French, Spanish,
Portuguese, Italian and Dutch: shops, bakeries, restaurants, pubs and hotels,
hospitals, GP practices and care homes, schools and nurseries, town halls and
councils, factories, warehouses and logistics, banks and building societies,
law firms, agencies, NGOs and trades; graduate schemes, apprenticeships
(Ausbildung, alternance, FP dual, apprendistato, BBL, Jovem Aprendiz), trial
shifts and internal moves at Initech.  Events arrive as the employer's own
invitation (plain text or HTML), a recruiter's or staffing agency's, a
scheduling tool's, a forwarded e-mail, or the user's own terse notes.  The
employer sits in the title, the description, a signature, a domain, an
address or the organizer's display name, and includes names made of common
words, family names, initials, places, "&", "and", "de", "van", apostrophes,
digits and legal forms.  About 30% are look-alikes in the same languages: the
user interviewing candidates at Initech (me=WORK_ME), appraisals and exit
interviews, mock interviews and coaching, press and podcast interviews,
job-centre and doctor appointments, networking, fairs and reminders about an
interview.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author14e", **kw)


def build() -> None:
    _english_shops_hospitality()
    _english_care_public()
    _english_industry_finance_law()
    _english_tools_agencies_notes()
    _english_lookalikes()
    _german()
    _german_lookalikes()
    _french()
    _french_lookalikes()
    _spanish()
    _spanish_lookalikes()
    _portuguese()
    _portuguese_lookalikes()
    _italian()
    _italian_lookalikes()
    _dutch()
    _dutch_lookalikes()


# ---------------------------------------------------------------------------
# English: shops, food and hospitality
# ---------------------------------------------------------------------------


def _english_shops_hospitality() -> None:
    _x(
        "Interview – Team Member, Crumb & Co. Bakery (High Street)",
        interview=True,
        company="Crumb & Co. Bakery",
        role="Team Member",
        org=("jobs@crumbandco.co.uk", "Crumb & Co. Bakery Jobs"),
        att=[person("shona.mcleod@crumbandco.co.uk", "Shona McLeod")],
        desc=(
            "Hi Alex,\n\nThanks for applying to be a Team Member at our High Street shop. "
            "Your interview will be with Shona, our Shop Manager, and should take about 20 minutes.\n\n"
            "Please come to the shop and ask at the counter. Wear something comfortable - "
            "we may ask you to spend 10 minutes behind the counter with the team.\n\n"
            "See you soon,\nCrumb & Co. Bakery"
        ),
        loc="Crumb & Co. Bakery, 41 High Street, Guildford GU1 3AJ",
        zone="Europe/London",
    )
    _x(
        "Interview: Night Auditor – Wrenfield Hotel",
        interview=True,
        company="Wrenfield Hotel",
        role="Night Auditor",
        org=("hr@wrenfieldhotel.co.uk", "Wrenfield Hotel HR"),
        att=[
            person("tom.ashby@wrenfieldhotel.co.uk", "Tom Ashby"),
            person("g.ferreira@wrenfieldhotel.co.uk", "Gabriela Ferreira"),
        ],
        desc=(
            "<p>Dear Alex,</p><p>We are pleased to invite you to interview for the position of "
            "<b>Night Auditor</b> at the Wrenfield Hotel.</p>"
            "<p>You will meet Tom Ashby (Front Office Manager) and Gabriela Ferreira (Financial Controller). "
            "Please report to Reception and bring photo ID and proof of your right to work in the UK.</p>"
            "<p>Kind regards,<br>People &amp; Culture Team<br>Wrenfield Hotel, 2 Marine Parade, Brighton</p>"
        ),
        loc="Wrenfield Hotel, 2 Marine Parade, Brighton BN2 1TL",
        zone="Europe/London",
    )
    _x(
        "trial shift - line cook @ fig & fennel 🍳 4-8pm",
        interview=True,
        company="Fig & Fennel",
        role="Line Cook",
        desc="ask for Marco (head chef). bring knives + black trousers + non-slip shoes. paid trial apparently",
        loc="Fig & Fennel, 12 Canal Street, Manchester",
        zone="Europe/London",
    )
    _x(
        "bar job interview - the crooked anchor, ask for sean",
        interview=True,
        company="The Crooked Anchor",
        role=None,
        desc="he said come in before the evening rush. weekends + 2 weeknights",
        loc="The Crooked Anchor, Quayside, Whitby",
        zone="Europe/London",
    )
    _x(
        "Interview for Sales Associate at Halloway's",
        interview=True,
        company="Halloway's",
        role="Sales Associate",
        org=("talent@halloways.com", "Halloway's Talent Acquisition"),
        att=[person("denise.park@halloways.com", "Denise Park")],
        desc=(
            "Your interview for Sales Associate (Req #48213, Store 0217 - Riverside Mall) has been scheduled.\n\n"
            "Interviewer: Denise Park, Store Manager\nFormat: In person\n\n"
            "Need to reschedule? Reply to this email at least 24 hours in advance.\n\n"
            "Halloway's is an equal opportunity employer."
        ),
        loc="Halloway's - Riverside Mall, 3400 Riverside Pkwy, Columbus, OH 43215",
        zone="America/New_York",
    )
    _x(
        "Interview – Barista, Little Wattle Café",
        interview=True,
        company="Little Wattle Café",
        role="Barista",
        org=("hello@littlewattle.com.au", "Little Wattle"),
        desc="Hey Alex! Keen to meet you. We'll chat for 15 min then get you on the machine for a couple of flat whites. Cheers, Bec",
        loc="Little Wattle Café, 88 Smith St, Fitzroy VIC 3065",
        zone="Australia/Melbourne",
    )
    _x(
        "Front Desk Agent interview (Harbour View Inn Portsmouth)",
        interview=True,
        company="Harbour View Inn",
        role="Front Desk Agent",
        org=("recruitment@harbourviewinns.co.uk", "Harbour View Inns Recruitment"),
        att=[person("kerry.blythe@harbourviewinns.co.uk", "Kerry Blythe")],
        meet="meet",
        desc=(
            "Hi Alex,\n\nThis is a short video interview for the Front Desk Agent role at our Portsmouth hotel. "
            "Please join using the Google Meet link about 5 minutes before the start time.\n\nKerry Blythe\nHotel Operations Manager"
        ),
        zone="Europe/London",
    )
    _x(
        "Personal Trainer interview + practical at Ironworks Gym",
        interview=True,
        company="Ironworks Gym",
        role="Personal Trainer",
        org=("careers@ironworksgym.co.uk", "Ironworks Gym"),
        att=[person("dev.rana@ironworksgym.co.uk", "Dev Rana")],
        desc=(
            "Thanks for applying for the Personal Trainer role. The session has two parts: a 20 minute interview with Dev "
            "(Fitness Manager) and a 30 minute practical where you take him through a short induction. "
            "Please bring your Level 3 certificate and gym kit."
        ),
        loc="Ironworks Gym, Unit 4 Foundry Lane, Leeds LS9 8AB",
        zone="Europe/London",
    )
    _x(
        "Interview - Optical Assistant",
        interview=True,
        company="4Sight Optometrists",
        role="Optical Assistant",
        org=("practice@4sightoptometrists.co.uk", "4Sight Optometrists Bristol"),
        att=[person("a.choudhury@4sightoptometrists.co.uk", "Amira Choudhury")],
        desc="Dear Alex,\nThank you for your application. Please attend an interview at the practice with our Practice Manager, Amira Choudhury.\nMany thanks,\nThe 4Sight Team",
        loc="4Sight Optometrists, 19 Gloucester Road, Bristol BS7 8AA",
        zone="Europe/London",
    )


# ---------------------------------------------------------------------------
# English: care, health, schools and public sector
# ---------------------------------------------------------------------------


def _english_care_public() -> None:
    _x(
        "Interview invitation: Staff Nurse (Band 5) – Ward 12, Elderly Care",
        interview=True,
        company="Northmere Hospitals NHS Foundation Trust",
        role="Staff Nurse (Band 5)",
        org=("noreply@recruit.northmere.nhs.uk", "Northmere Hospitals NHS Foundation Trust"),
        att=[
            person("jane.osei@northmere.nhs.uk", "Jane Osei"),
            person("paul.kirkland@northmere.nhs.uk", "Paul Kirkland"),
        ],
        desc=(
            "Dear Alex Rivera\n\nJob reference: 312-ELD-4471-B\nJob title: Staff Nurse (Band 5)\nDepartment: Ward 12, Elderly Care\n\n"
            "Thank you for your application. We are pleased to invite you to interview.\n\n"
            "Panel: Jane Osei (Ward Manager), Paul Kirkland (Matron)\n"
            "Venue: Education Centre, Room 3, Northmere General Hospital\n\n"
            "Please bring: photo ID, proof of address, NMC PIN, original qualification certificates.\n\n"
            "Recruitment Team\nNorthmere Hospitals NHS Foundation Trust"
        ),
        loc="Education Centre, Northmere General Hospital, Hollins Road, Northmere NM4 2QR",
        zone="Europe/London",
    )
    _x(
        "rosehill lodge care asst interview 2pm",
        interview=True,
        company="Rosehill Lodge",
        role="Care Assistant",
        desc="bring DBS cert + passport + 2 referee contacts. manager = Linda",
        loc="Rosehill Lodge Care Home, 7 Vicarage Lane, Stafford",
        zone="Europe/London",
    )
    _x(
        "Interview Day – Teacher of Mathematics (Maternity Cover)",
        interview=True,
        company="St Aldric's Academy",
        role="Teacher of Mathematics",
        org=("recruitment@staldrics.org.uk", "St Aldric's Academy"),
        att=[person("headteacher@staldrics.org.uk", "Mrs R. Okonjo")],
        desc=(
            "<p>Dear Alex,</p>"
            "<p>Thank you for your application for the post of Teacher of Mathematics (maternity cover).</p>"
            "<p><b>Schedule for the day</b></p><ul>"
            "<li>08:45 Welcome and tour with students</li>"
            "<li>09:30 Observed lesson: Year 9, 30 minutes (topic: simultaneous equations)</li>"
            "<li>11:00 Student panel</li>"
            "<li>13:30 Formal interview with the Headteacher and Head of Maths</li></ul>"
            "<p>St Aldric's Academy is committed to safeguarding; please bring ID for DBS checks.</p>"
        ),
        loc="St Aldric's Academy, Mill Road, Cambridge CB1 2AZ",
        zone="Europe/London",
    )
    _x(
        "Interview: Licensing Officer",
        interview=True,
        company="Kestleby Borough Council",
        role="Licensing Officer",
        org=("hr.recruitment@kestleby.gov.uk", "Kestleby Borough Council - HR"),
        att=[
            person("m.henshaw@kestleby.gov.uk", "Mark Henshaw"),
            person("s.dunmore@kestleby.gov.uk", "Sarah Dunmore"),
        ],
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_kbc8812",
        ),
        desc=(
            "Post: Licensing Officer, Grade 6 (Ref KBC/0931)\n\n"
            "The interview will last approximately 45 minutes and will include a short written exercise, "
            "which will be sent to you 15 minutes before the start.\n\n"
            "Panel: Mark Henshaw (Licensing Manager), Sarah Dunmore (HR Business Partner)"
        ),
        zone="Europe/London",
    )
    _x(
        "Interview - Home Care Worker",
        interview=True,
        company="CarePoint 24",
        role="Home Care Worker",
        org=("recruitment@carepoint24.co.uk", "CarePoint 24 Recruitment"),
        desc=(
            "Hi Alex, as discussed on the phone your interview is booked at our Derby branch. "
            "It's informal and lasts about 30 minutes. A full driving licence is essential, please bring it along.\n\n"
            "Naomi | Recruitment Coordinator | CarePoint 24 Ltd - home care, day and night"
        ),
        loc="CarePoint 24, Suite 2, Friar Gate House, Derby DE1 1BX",
        zone="Europe/London",
    )
    _x(
        "Interview: RN, Med-Surg – St. Ansel Medical Center",
        interview=True,
        company="St. Ansel Medical Center",
        role="RN, Med-Surg",
        org=("nurserecruitment@stansel.org", "St. Ansel Nurse Recruitment"),
        att=[person("kwalters@stansel.org", "Kim Walters, BSN, RN")],
        desc=(
            "Position: Registered Nurse - Medical/Surgical, 4 West (nights, 3x12)\n"
            "Interview with: Kim Walters, Nurse Manager\n\n"
            "Please check in at the Human Resources desk, Level 1, East Tower. Parking validation available."
        ),
        loc="St. Ansel Medical Center, 1200 N Ashland Ave, Chicago, IL 60622",
        zone="America/Chicago",
    )
    _x(
        "Interview - 3rd Grade Teacher - Juniper Elementary",
        interview=True,
        company="Maple Ridge Unified School District",
        role="3rd Grade Teacher",
        org=("hr@mrusd.k12.ca.us", "Maple Ridge Unified School District"),
        att=[
            person("lortiz@mrusd.k12.ca.us", "Lucia Ortiz"),
            person("bchen@mrusd.k12.ca.us", "Brian Chen"),
        ],
        desc="Site interview panel at Juniper Elementary. Please bring a copy of your credential and be prepared to discuss a sample literacy lesson.",
        loc="Juniper Elementary School, 455 Juniper Way, Maple Ridge, CA",
        zone="America/Los_Angeles",
    )
    _x(
        "Oral Board Interview – Dispatcher I",
        interview=True,
        company="City of Larkspur",
        role="Dispatcher I",
        org=("personnel@larkspur-co.gov", "City of Larkspur Human Resources"),
        desc=(
            "Congratulations on passing the written and typing tests for Dispatcher I (Recruitment #2024-117).\n\n"
            "You are scheduled for an oral board interview with a three-member panel. Please arrive 15 minutes early "
            "to the Public Safety Building and check in with the front desk. Bring a valid driver's license."
        ),
        loc="Public Safety Building, 200 Main St, Larkspur",
        zone="America/Denver",
    )
    _x(
        "Panel interview – Deputy Manager (Pharmacy)",
        interview=True,
        company="Whitlock Pharmacy",
        role="Deputy Manager",
        org=("people@whitlockpharmacy.co.uk", "Whitlock Pharmacy"),
        att=[
            person("r.whitlock@whitlockpharmacy.co.uk", "Robert Whitlock"),
            person("f.amin@whitlockpharmacy.co.uk", "Farah Amin"),
        ],
        desc="Panel: Robert Whitlock (Superintendent Pharmacist) and Farah Amin (Area Manager). Approx 1 hour.",
        loc="Whitlock Pharmacy Head Office, 5 Cathedral Walk, Norwich",
        zone="Europe/London",
    )
    _x(
        "Interview: Fundraising Officer",
        interview=True,
        company="Riverbank Trust",
        role="Fundraising Officer",
        org=("jobs@riverbanktrust.org.uk", "Riverbank Trust"),
        att=[person("helen.moss@riverbanktrust.org.uk", "Helen Moss")],
        meet="meet",
        desc=(
            "Dear Alex,\n\nThank you for applying for the Fundraising Officer (Community & Events) role at Riverbank Trust. "
            "The interview is with Helen Moss, Head of Fundraising, and will include a 10 minute presentation: "
            "'How would you grow our community fundraising in the next 12 months?'\n\n"
            "Riverbank Trust - registered charity no. 1098812"
        ),
        zone="Europe/London",
    )


# ---------------------------------------------------------------------------
# English: industry, warehouses, banks and law
# ---------------------------------------------------------------------------


def _english_industry_finance_law() -> None:
    _x(
        "Maintenance Technician interview - Brightford Plastics Ltd",
        interview=True,
        company="Brightford Plastics",
        role="Maintenance Technician",
        org=("hr@brightfordplastics.co.uk", "Brightford Plastics HR"),
        att=[person("ian.corrigan@brightfordplastics.co.uk", "Ian Corrigan")],
        desc="Interview with Ian Corrigan (Engineering Manager) followed by a walk round the moulding shop. Safety boots will be provided.",
        loc="Brightford Plastics Ltd, Unit 9 Tame Valley Industrial Estate, Tamworth B77 5BY",
        zone="Europe/London",
    )
    _x(
        "Onsite Interview - Warehouse Lead",
        interview=True,
        company="Kimbrell Supply Co.",
        role="Warehouse Lead",
        org=("recruiting@kimbrellsupply.com", "Kimbrell Supply Recruiting"),
        att=[person("dwayne.hollis@kimbrellsupply.com", "Dwayne Hollis")],
        desc=(
            "Hi Alex - confirming your onsite interview for the 2nd shift Warehouse Lead position at our Joliet DC. "
            "You'll meet Dwayne Hollis (Operations Supervisor) and get a tour of the floor. Closed-toe shoes required.\n\n"
            "Kimbrell Supply Co. | Talent Acquisition"
        ),
        loc="Kimbrell Supply Co. Distribution Center, 2150 Channahon Rd, Joliet, IL",
        zone="America/Chicago",
    )
    _x(
        "Site Supervisor interview – JKR Facilities",
        interview=True,
        company="JKR Facilities",
        role="Site Supervisor",
        org=("k.reid@jkrfacilities.co.uk", "Kieran Reid"),
        desc="Hi Alex, good to speak earlier. As agreed, come to the office for a proper chat about the Site Supervisor job on the hospital contract. Kieran\n\nJKR Facilities Management Ltd",
        loc="JKR Facilities, 3 Beaufort Court, Cardiff CF10 4PL",
        zone="Europe/London",
    )
    _x(
        "Assessment Centre – Risk Graduate Programme 2025",
        interview=True,
        company="Ashcombe Bank",
        role="Risk Graduate Programme",
        org=("graduates@ashcombebank.co.uk", "Ashcombe Bank Early Careers"),
        desc=(
            "<div><p>Hello Alex,</p>"
            "<p>Congratulations on reaching the final stage of the <b>Ashcombe Bank Risk Graduate Programme 2025</b>.</p>"
            "<p>The virtual assessment centre includes:</p><ol>"
            "<li>Group exercise (45 min)</li><li>Case study and presentation (60 min)</li>"
            "<li>Competency interview with a senior manager (30 min)</li></ol>"
            "<p>Joining details will be sent 48 hours beforehand.</p>"
            "<p>Early Careers Team, Ashcombe Bank plc</p></div>"
        ),
        all_day=True,
        zone="Europe/London",
    )
    _x(
        "Customer Adviser interview – Dalesford branch",
        interview=True,
        company="Dalesford Building Society",
        role="Customer Adviser",
        org=("careers@dalesford.co.uk", "Dalesford Building Society"),
        att=[person("claire.hebden@dalesford.co.uk", "Claire Hebden")],
        desc="Interview for Customer Adviser (part time, 25 hrs) with Claire Hebden, Branch Manager. Around 45 minutes, competency based.",
        loc="Dalesford Building Society, 14 Market Place, Skipton BD23 1DU",
        zone="Europe/London",
    )
    _x(
        "Training contract interview – Hale & Finch LLP",
        interview=True,
        company="Hale & Finch LLP",
        role="Trainee Solicitor",
        org=("graduaterecruitment@halefinch.com", "Hale & Finch Graduate Recruitment"),
        att=[
            person("j.marlow@halefinch.com", "James Marlow"),
            person("p.sandhu@halefinch.com", "Priya Sandhu"),
        ],
        desc=(
            "Dear Alex\n\nWe are delighted to invite you to a partner interview for a 2026 Training Contract. "
            "The interview will be conducted by James Marlow (Partner, Real Estate) and Priya Sandhu (Senior Associate) "
            "and will include a short written exercise.\n\nGraduate Recruitment Team\nHale & Finch LLP, 20 Fetter Lane, London EC4A 1BT"
        ),
        loc="Hale & Finch LLP, 20 Fetter Lane, London",
        zone="Europe/London",
    )
    _x(
        "Paralegal - interview",
        interview=True,
        company="Brannock Solicitors",
        role="Paralegal",
        org=("e.doyle@brannocksolicitors.ie", "Eimear Doyle"),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_brn55102",
        ),
        desc=(
            "Hi Alex,\n\nThanks for your time on the phone. Please see the Teams invite for our interview for the Paralegal position "
            "in our Conveyancing department.\n\nKind regards\nEimear Doyle\nPractice Manager\nBrannock Solicitors | 11 Eyre Square, Galway"
        ),
        zone="Europe/Dublin",
    )
    _x(
        "Account Executive - second interview",
        interview=True,
        company="Marsh and Pike",
        role="Account Executive",
        org=("studio@marshandpike.co.uk", "Marsh and Pike"),
        att=[
            person("olly@marshandpike.co.uk", "Olly Marsh"),
            person("tess@marshandpike.co.uk", "Tess Pike"),
        ],
        desc="Second stage for the Account Executive role. We'd like you to walk us through one campaign you admire and how you'd have run it. 45 mins, coffee on us.",
        loc="Marsh and Pike, 2nd floor, 9 Northern Quarter Mews, Manchester",
        zone="Europe/London",
    )
    _x(
        "Level 3 Apprenticeship – Assessment Day",
        interview=True,
        company="Corran Engineering",
        role="Engineering Apprentice",
        org=("apprenticeships@corran-eng.co.uk", "Corran Engineering Apprenticeships"),
        desc=(
            "Thank you for applying for our Level 3 Engineering Technician apprenticeship.\n\n"
            "Assessment day programme:\n- Mechanical reasoning test\n- Practical task in the training workshop\n"
            "- Interview with the apprentice manager\n\nParents/guardians are welcome at the welcome talk (9:00-9:30)."
        ),
        loc="Corran Engineering, Kingsway Business Park, Rochdale",
        zone="Europe/London",
    )
    _x(
        "Graduate Civil Engineer interview – Tolland Bright",
        interview=True,
        company="Tolland Bright",
        role="Graduate Civil Engineer",
        org=("careers@tollandbright.com", "Tolland Bright Careers"),
        att=[person("s.whitcombe@tollandbright.com", "Sophie Whitcombe")],
        desc="Technical and competency interview for our Graduate Civil Engineer (Highways) intake. Bring your degree transcript and one piece of design work to discuss.",
        loc="Tolland Bright, 3 Temple Quay, Bristol",
        zone="Europe/London",
    )
    _x(
        "Site Labourer interview",
        interview=True,
        company="Pryce and Sons Builders",
        role="Site Labourer",
        org=("gareth@pryceandsons.co.uk", "Gareth Pryce"),
        desc="Meet me at the site cabin. CSCS card if you have one. Gareth - Pryce and Sons Builders, 07700 900481",
        loc="Site cabin, Plot 14, Meadow View development, Wrexham",
        zone="Europe/London",
    )
    _x(
        "Maintenance Electrician interview",
        interview=True,
        company="Penrose Foods",
        role="Maintenance Electrician",
        org=("jobs@penrosefoods.com", "Jobs at Penrose"),
        desc="Interview with our Engineering Manager and a short electrical fault-finding test in the workshop. Please bring your 18th Edition certificate.",
        loc="Penrose Foods, Chilled Foods Site, Boston Road, Spalding PE11",
        zone="Europe/London",
    )


# ---------------------------------------------------------------------------
# English: tools, agencies, forwards and the user's own notes
# ---------------------------------------------------------------------------


def _english_tools_agencies_notes() -> None:
    _x(
        "Operations Manager intro call (Dunmore Foods) between Priya Nair and Alex Rivera",
        interview=True,
        company="Dunmore Foods",
        role="Operations Manager",
        org=("priya.nair@talentbridgepartners.co.uk", "Priya Nair"),
        desc=(
            "Event Name: Candidate intro call - Operations Manager (Dunmore Foods)\n\n"
            "Location: Priya will call you on the number provided.\n\n"
            "Questions:\nWhich role are you calling about?\nDunmore Foods ops manager - Lincoln site\n\n"
            "Need to make changes to this event?\nCancel: https://meetbook.example-talentbridge.com/cancellations/91be\n"
            "Reschedule: https://meetbook.example-talentbridge.com/reschedulings/91be\n\n"
            "Powered by Meetbook"
        ),
        zone="Europe/London",
    )
    _x(
        "Fwd: Interview confirmation – Payroll Administrator",
        interview=True,
        company="Kettering & Lowe",
        role="Payroll Administrator",
        desc=(
            "---------- Forwarded message ---------\nFrom: Jo Bates <jo.bates@ketteringlowe.co.uk>\n"
            "Date: Mon, 3 Mar\nSubject: Interview confirmation – Payroll Administrator\nTo: Alex Rivera <alex.rivera@gmail.com>\n\n"
            "Hi Alex,\n\nLovely to speak to you. I can confirm your interview for the Payroll Administrator role on Thursday at 10:30 "
            "with myself and Martin Lowe (Director).\n\nWe're on the first floor above the travel agent; there's a buzzer.\n\n"
            "Jo Bates\nOffice Manager\nKettering & Lowe Chartered Accountants\n22 Sheep Street, Northampton NN1 2NF"
        ),
        loc="22 Sheep Street, Northampton",
        zone="Europe/London",
    )
    _x(
        "Interview - Alex Rivera",
        interview=True,
        company="Pennant Logistics",
        role=None,
        org=("jobs@pennantlogistics.com", None),
        att=[person("r.gallagher@pennantlogistics.com", "Ruth Gallagher")],
        desc="Please bring your driving licence and CPC card.",
        loc="Gate 2, Felixstowe Road, Ipswich IP3 9SJ",
        zone="Europe/London",
    )
    _x(
        "Interview: Alex Rivera for Customer Service Lead",
        interview=True,
        company="Lumen Outdoor",
        role="Customer Service Lead",
        org=("amy.fraser@lumenoutdoor.com", "Amy Fraser"),
        att=[
            person("amy.fraser@lumenoutdoor.com", "Amy Fraser"),
            person("nick.sow@lumenoutdoor.com", "Nick Sow"),
        ],
        meet="meet",
        desc=(
            "<p>Hi Alex,</p><p>Here are the details for your interview with <b>Lumen Outdoor</b>.</p>"
            "<table><tr><td><b>Role</b></td><td>Customer Service Lead</td></tr>"
            "<tr><td><b>Interviewers</b></td><td>Nick Sow (Head of Customer Experience)</td></tr>"
            "<tr><td><b>Duration</b></td><td>45 minutes</td></tr></table>"
            "<p>Join with Google Meet using the link in this invitation.</p>"
            "<p style='color:#888'>Scheduled with Hirely</p>"
        ),
        zone="Europe/London",
    )
    _x(
        "Interview for Logistics Coordinator at Brookvale Freight",
        interview=True,
        company="Brookvale Freight",
        role="Logistics Coordinator",
        org=("hiring@brookvalefreight.com", "Brookvale Freight Hiring"),
        att=[person("tanya.mills@brookvalefreight.com", "Tanya Mills")],
        conf=("Zoom Meeting", "https://brookvalefreight.zoom.us/j/84412093377"),
        desc=(
            "You have been invited to an interview for the position Logistics Coordinator.\n\n"
            "Interviewers: Tanya Mills\nCandidate: Alex Rivera\n\nThis event was created with Talentflow."
        ),
        zone="America/New_York",
    )
    _x(
        "Final round: Alex Rivera / Category Manager",
        interview=True,
        company="Pellham Grocers",
        role="Category Manager",
        org=("scheduling@pellhamgrocers.com", "Pellham Grocers Recruiting"),
        att=[
            person("l.grant@pellhamgrocers.com", "Laura Grant"),
            person("v.mendes@pellhamgrocers.com", "Victor Mendes"),
            person("h.kaur@pellhamgrocers.com", "Harpreet Kaur"),
        ],
        desc=(
            "Agenda\n10:00 Laura Grant, Buying Director\n10:45 Victor Mendes, Supply Chain\n11:30 Harpreet Kaur, People Partner\n\n"
            "Please prepare the range review exercise shared by your recruiter."
        ),
        loc="Pellham Grocers Support Centre, 1 Pellham Way, Reading RG2 6GF",
        zone="Europe/London",
    )
    _x(
        "Interview – Recruitment Consultant (Brightwell Staffing)",
        interview=True,
        company="Brightwell Staffing",
        role="Recruitment Consultant",
        org=("leanne.ward@brightwellstaffing.co.uk", "Leanne Ward"),
        desc="Internal hire for our Industrial desk. You'd be recruiting warehouse and driving staff for our clients. Interview with Leanne (Branch Manager), about an hour.",
        loc="Brightwell Staffing, 6 Corporation Street, Coventry",
        zone="Europe/London",
    )
    _x(
        "Warehouse Operative – assessment & interview (Halden Distribution)",
        interview=True,
        company="Halden Distribution",
        role="Warehouse Operative",
        org=("bookings@propickrecruitment.co.uk", "ProPick Recruitment"),
        desc=(
            "Hi Alex, thanks for registering with ProPick. Your assessment for our client Halden Distribution is booked.\n\n"
            "Includes: site induction video, basic maths test, short interview with the shift manager. Hi-vis and boots required.\n\n"
            "ProPick Recruitment - Northampton branch"
        ),
        loc="Halden Distribution, Brackmills Industrial Estate, Northampton NN4 7PB",
        zone="Europe/London",
    )
    _x(
        "call w/ hannah – orchard dental receptionist job 📞",
        interview=True,
        company="Orchard Dental",
        role="Receptionist",
        desc="she'll ring me. have CV open. q's: hours? parking? start date?",
        zone="Europe/London",
    )
    _x(
        "o'donnell electrical apprenticeship chat 🔌 11am",
        interview=True,
        company="O'Donnell Electrical",
        role="Apprentice Electrician",
        desc="at their yard. Declan O'Donnell. bring gcse results",
        loc="O'Donnell Electrical, Unit 3, Ballymount Rd, Dublin 12",
        zone="Europe/Dublin",
    )
    _x(
        "Internal interview – Senior Analyst, Finance Ops",
        interview=True,
        company="Initech",
        role="Senior Analyst, Finance Ops",
        me=WORK_ME,
        org=("talent@initech.com", "Initech Talent"),
        att=[
            person("gwen.harper@initech.com", "Gwen Harper"),
            person("sam.odell@initech.com", "Sam O'Dell"),
        ],
        desc=(
            "Hi Alex,\n\nThanks for applying to the internal vacancy Senior Analyst, Finance Ops (REQ-2291). "
            "Your interview is with Gwen Harper (hiring manager) and Sam O'Dell. Please let your current manager know, "
            "as per the internal mobility policy.\n\nInitech Talent Team"
        ),
        loc="Initech HQ - Room 4.12 'Hudson'",
        zone="America/New_York",
    )
    _x(
        "Interview with Meera – Sous Chef",
        interview=True,
        company="Saffron & Salt",
        role="Sous Chef",
        org=("meera@saffronandsalt.co.uk", "Meera Saffron & Salt"),
        desc="Chat first, then cook us one dish of your choice from the walk-in. Kitchen whites provided.",
        loc="Saffron & Salt, 73 Kensington, Liverpool L7",
        zone="Europe/London",
    )
    _x(
        "Store Assistant telephone interview",
        interview=True,
        company="Greenacre Garden Centre",
        role="Store Assistant",
        org=("jobs@greenacregc.co.uk", "Greenacre Garden Centre"),
        desc="We will call you on 07700 900 215. The call takes about 15 minutes.",
        zone="Europe/London",
    )
    _x(
        "Interview - Bookkeeper (part-time)",
        interview=True,
        company="Ellery & Vance",
        role="Bookkeeper",
        org=("lisa@elleryvance.com", "Lisa Tran"),
        desc="Hi Alex, looking forward to meeting. We're a small family-run HVAC company, so this will be an informal chat with me and Dan Ellery.\n\nLisa Tran | Office Manager | Ellery & Vance Heating and Air",
        loc="Ellery & Vance, 2810 W Broadway, Louisville, KY",
        zone="America/New_York",
    )


# ---------------------------------------------------------------------------
# English look-alikes
# ---------------------------------------------------------------------------


def _english_lookalikes() -> None:
    _x(
        "Interview: Jordan Blake – Data Analyst",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("jordan.blake93@gmail.com", "Jordan Blake"),
            person("priti.das@initech.com", "Priti Das"),
        ],
        desc=(
            "Interviewers: Alex Rivera, Priti Das\nCandidate: Jordan Blake\nRole: Data Analyst (REQ-2310)\n\n"
            "Focus areas: SQL, stakeholder communication. Please submit scorecards within 24h."
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Candidate interview - Shift Supervisor (Keisha Grant)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("hr@initech.com", "Initech HR"),
        att=[person("keisha.grant@outlook.com", "Keisha Grant")],
        desc="You are on the panel for this interview. Interview pack and CV attached in the hiring folder.",
        loc="Initech - Meeting room 2",
        zone="America/New_York",
    )
    _x(
        "Interview debrief – Support Engineer candidates",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("priti.das@initech.com", "Priti Das"),
        att=[person("recruiting@initech.com", "Initech Recruiting")],
        desc="Quick sync to decide on the three finalists. Bring your scorecards.",
        zone="America/New_York",
    )
    _x(
        "Exit interview with HR",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("hr@initech.com", "Initech HR"),
        desc="As part of your leaving process we'd like to hear about your experience at Initech. This conversation is confidential.",
        zone="America/New_York",
    )
    _x(
        "Mock interview with Careers Service",
        interview=False,
        company=None,
        role=None,
        org=("careers@uni-northmere.ac.uk", "University Careers Service"),
        desc="Practice interview with a careers adviser. Bring a job description you're applying for and we'll tailor questions to it.",
        loc="Careers Hub, Student Union Building",
        zone="Europe/London",
    )
    _x(
        "CV review + interview coaching – Dana",
        interview=False,
        company=None,
        role=None,
        org=("dana@brightstepcoaching.co.uk", "Dana Whitfield"),
        desc="Session 2 of 3. We'll work on STAR answers for your care and hospitality applications.",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Podcast recording: 'Shop Floor Stories' interview",
        interview=False,
        company=None,
        role=None,
        org=("produce@shopfloorstories.fm", "Shop Floor Stories"),
        desc="Thanks for agreeing to be interviewed about your years in retail! We'll record for ~40 mins over Riverside (link to follow).",
        zone="Europe/London",
    )
    _x(
        "Radio Kestleby – live interview about the food bank",
        interview=False,
        company=None,
        role=None,
        org=("newsdesk@radiokestleby.co.uk", "Radio Kestleby News"),
        desc="5 minute live slot on the breakfast show about the volunteer food bank appeal. Please arrive 15 min early.",
        loc="Radio Kestleby studios, 1 Wharf St",
        zone="Europe/London",
    )
    _x(
        "coffee w/ mira (ex-halden) – catch up ☕",
        interview=False,
        company=None,
        role=None,
        desc="ask about warehouse shift patterns + whether she likes her new place",
        loc="Costa? or the one by the station",
        zone="Europe/London",
    )
    _x(
        "Send thank-you email to Pennant Logistics",
        interview=False,
        company=None,
        role=None,
        desc="mention the route planning question, thank Ruth",
        zone="Europe/London",
    )
    _x(
        "prep for wrenfield interview tmrw",
        interview=False,
        company=None,
        role=None,
        desc="read up on night audit, print CV, iron shirt, check train times to brighton",
        zone="Europe/London",
    )
    _x(
        "Dentist – Dr Okafor",
        interview=False,
        company=None,
        role=None,
        loc="Smile Street Dental, 4 Church Rd",
        zone="Europe/London",
    )
    _x(
        "Jobs & Careers Fair – Kestleby Town Hall",
        interview=False,
        company=None,
        role=None,
        desc="60+ local employers incl. Kestleby Borough Council, Halden Distribution, Northmere NHS. Free entry, bring CVs.",
        loc="Kestleby Town Hall, Market Square",
        zone="Europe/London",
    )
    _x(
        "Book club – Interview with the Vampire",
        interview=False,
        company=None,
        role=None,
        desc="Chapters 1-6. Jess is hosting, bring wine.",
        loc="Jess's flat",
        zone="Europe/London",
    )
    _x(
        "Jobcentre appointment – work coach",
        interview=False,
        company=None,
        role=None,
        desc="Fortnightly review. Bring job search log.",
        loc="Jobcentre, Kestleby",
        zone="Europe/London",
    )
    _x(
        "Webinar: How to succeed at your NHS interview",
        interview=False,
        company=None,
        role=None,
        org=("events@nursingcareerhub.co.uk", "Nursing Career Hub"),
        desc="Free webinar: values-based questions, presentations and what panels look for.",
        conf=("Zoom Webinar", "https://nursingcareerhub.zoom.us/w/81772"),
        zone="Europe/London",
    )
    _x(
        "Mortgage appointment – Dalesford Building Society",
        interview=False,
        company=None,
        role=None,
        org=("appointments@dalesford.co.uk", "Dalesford Building Society"),
        desc="Your mortgage appointment with one of our advisers. Please bring 3 months' payslips and bank statements.",
        loc="Dalesford Building Society, 14 Market Place, Skipton",
        zone="Europe/London",
    )
    _x(
        "Mid-year review – Alex / Gwen",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("gwen.harper@initech.com", "Gwen Harper"),
        desc="Objectives check-in and development plan.",
        zone="America/New_York",
    )
    _x(
        "Volunteer induction – Riverbank Trust shop",
        interview=False,
        company=None,
        role=None,
        org=("volunteers@riverbanktrust.org.uk", "Riverbank Trust Volunteering"),
        desc="Welcome session for new charity shop volunteers: till training, health & safety, donations handling.",
        loc="Riverbank Trust shop, 9 Bridge St",
        zone="Europe/London",
    )


# ---------------------------------------------------------------------------
# German
# ---------------------------------------------------------------------------


def _german() -> None:
    _x(
        "Vorstellungsgespräch – Verkäufer (m/w/d) Filiale Leipzig-Mitte",
        interview=True,
        company="Bäckerei Hollmann",
        role="Verkäufer (m/w/d)",
        org=("bewerbung@baeckerei-hollmann.de", "Bäckerei Hollmann GmbH"),
        att=[person("s.hollmann@baeckerei-hollmann.de", "Sabine Hollmann")],
        desc=(
            "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Verkäufer (m/w/d) in unserer Filiale Leipzig-Mitte. "
            "Wir laden Sie herzlich zu einem persönlichen Gespräch mit Frau Hollmann ein.\n\n"
            "Bitte melden Sie sich an der Theke.\n\nMit freundlichen Grüßen\nBäckerei Hollmann GmbH\nPersonalabteilung"
        ),
        loc="Bäckerei Hollmann, Grimmaische Str. 12, 04109 Leipzig",
        zone="Europe/Berlin",
    )
    _x(
        "Interview: Alex Rivera | Sachbearbeiter Personalwesen (m/w/d)",
        interview=True,
        company="Kranich Logistik",
        role="Sachbearbeiter Personalwesen (m/w/d)",
        org=("recruiting@kranich-logistik.de", "Kranich Logistik Recruiting"),
        att=[
            person("j.brenner@kranich-logistik.de", "Julia Brenner"),
            person("m.oezdemir@kranich-logistik.de", "Murat Özdemir"),
        ],
        conf=(
            "Microsoft Teams-Besprechung",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_krn2281",
        ),
        desc=(
            "<p>Hallo Alex Rivera,</p><p>wir freuen uns auf das Gespräch zur Position "
            "<b>Sachbearbeiter Personalwesen (m/w/d)</b> am Standort Hamburg-Billbrook.</p>"
            "<p>Gesprächspartner: Julia Brenner (Leitung Personal), Murat Özdemir (Teamleitung Entgeltabrechnung)</p>"
            "<p>Viele Grüße<br>Ihr Recruiting-Team der Kranich Logistik GmbH &amp; Co. KG</p>"
            "<p><small>Termin erstellt mit Bewerbo</small></p>"
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Vorstellungsgespräch Pflegefachkraft – Seniorenzentrum Haus Lindenhof",
        interview=True,
        company="Seniorenzentrum Haus Lindenhof",
        role="Pflegefachkraft",
        org=("pdl@haus-lindenhof.de", "Pflegedienstleitung Haus Lindenhof"),
        desc=(
            "Sehr geehrte/r Alex Rivera,\n\nwir möchten Sie gerne kennenlernen. Das Gespräch findet mit unserer "
            "Pflegedienstleitung Frau Kowalski statt; anschließend zeigen wir Ihnen gerne den Wohnbereich.\n\n"
            "Seniorenzentrum Haus Lindenhof gGmbH"
        ),
        loc="Lindenallee 5, 49074 Osnabrück",
        zone="Europe/Berlin",
    )
    _x(
        "Bewerbungsgespräch MFA",
        interview=True,
        company="Hausarztpraxis Dr. Stiller",
        role="Medizinische Fachangestellte (MFA)",
        org=("praxis@dr-stiller-hausarzt.de", "Hausarztpraxis Dr. med. Anke Stiller"),
        desc="Liebe/r Alex Rivera, wie telefonisch besprochen erwarten wir Sie nach der Sprechstunde in der Praxis. Bitte klingeln.",
        loc="Hausarztpraxis Dr. Stiller, Bahnhofstr. 27, 79098 Freiburg",
        zone="Europe/Berlin",
    )
    _x(
        "Auswahlgespräch Verwaltungsfachangestellte/r (Bürgerbüro)",
        interview=True,
        company="Stadt Eichenau",
        role="Verwaltungsfachangestellte/r",
        org=("personal@eichenau-stadt.de", "Stadtverwaltung Eichenau – Personalamt"),
        att=[
            person("k.riedl@eichenau-stadt.de", "Klaus Riedl"),
            person("personalrat@eichenau-stadt.de", "Personalrat"),
            person("gleichstellung@eichenau-stadt.de", "Gleichstellungsbeauftragte"),
        ],
        desc=(
            "Sehr geehrte Damen und Herren,\n\nim Rahmen des Stellenbesetzungsverfahrens Verwaltungsfachangestellte/r (m/w/d), "
            "Kennziffer 14/2025, EG 8 TVöD, laden wir Sie zu einem Auswahlgespräch ein.\n\n"
            "Die Auswahlkommission besteht aus Vertretern des Fachamts, des Personalrats und der Gleichstellungsbeauftragten.\n\n"
            "Rathaus, Zimmer 204, 2. OG.\n\nIm Auftrag\nRiedl"
        ),
        loc="Rathaus Eichenau, Marktplatz 1",
        zone="Europe/Berlin",
    )
    _x(
        "Vorstellungsgespräch Ausbildung Industriemechaniker 2025",
        interview=True,
        company="Berger & Söhne Maschinenbau",
        role="Auszubildender Industriemechaniker",
        org=("ausbildung@berger-soehne.de", "Berger & Söhne Ausbildung"),
        desc=(
            "Hallo Alex,\n\ndu hast unseren Einstellungstest bestanden – herzlichen Glückwunsch! Jetzt möchten wir dich persönlich kennenlernen.\n"
            "Ablauf: Gespräch mit Ausbildungsleiter Herrn Fuchs (ca. 30 Min.), danach Rundgang durch die Lehrwerkstatt.\n\n"
            "Berger & Söhne Maschinenbau GmbH, Industriestraße 40, 73430 Aalen"
        ),
        loc="Berger & Söhne Maschinenbau GmbH, Industriestraße 40, Aalen",
        zone="Europe/Berlin",
    )
    _x(
        "Zweitgespräch – Kundenberater Privatkunden",
        interview=True,
        company="Sparkasse Talbrück",
        role="Kundenberater Privatkunden",
        org=("karriere@sparkasse-talbrueck.de", "Sparkasse Talbrück"),
        att=[person("thomas.weiland@sparkasse-talbrueck.de", "Thomas Weiland")],
        desc="Zweites Gespräch mit dem Bereichsleiter Privatkunden Herrn Weiland inkl. kurzem Rollenspiel (Beratungsgespräch).",
        loc="Sparkasse Talbrück, Hauptstelle, Am Markt 3",
        zone="Europe/Berlin",
    )
    _x(
        "lager job – gespräch 9:30 bei LTH, halle 3 📦",
        interview=True,
        company="LTH Logistik",
        role=None,
        desc="pforte melden, nach hr. Yilmaz fragen. sicherheitsschuhe mitnehmen?",
        loc="LTH Logistik, Gewerbepark Nord, Halle 3, Kassel",
        zone="Europe/Berlin",
    )
    _x(
        "Kennenlerngespräch Rechtsanwaltsfachangestellte/r",
        interview=True,
        company="Brandt & Oetker",
        role="Rechtsanwaltsfachangestellte/r",
        org=("kanzlei@brandt-oetker.de", "Kanzlei Brandt & Oetker"),
        att=[person("r.brandt@brandt-oetker.de", "RA Dr. Reinhard Brandt")],
        desc="Sehr geehrte/r Alex Rivera,\nwir bestätigen den Termin für ein Kennenlerngespräch in unserer Kanzlei.\n\nBrandt & Oetker Rechtsanwälte PartG mbB\nKönigsallee 60, 40212 Düsseldorf",
        loc="Königsallee 60, 40212 Düsseldorf",
        zone="Europe/Berlin",
    )
    _x(
        "Probearbeiten Service – Hotel Zur Post",
        interview=True,
        company="Hotel Zur Post",
        role="Servicekraft",
        org=("info@hotel-zurpost-bamberg.de", "Hotel Zur Post"),
        desc="Hallo Alex, wie besprochen Probearbeiten im Restaurant von 17 bis 21 Uhr. Schwarze Hose, weißes Hemd. Gruß, Familie Dorn",
        loc="Hotel Zur Post, Luitpoldstraße 8, Bamberg",
        zone="Europe/Berlin",
    )
    _x(
        "Telefoninterview: Buchhalter (m/w/d) für unseren Kunden Vogt Elektrotechnik",
        interview=True,
        company="Vogt Elektrotechnik",
        role="Buchhalter (m/w/d)",
        org=("n.keller@personalwerk-sued.de", "Nina Keller | Personalwerk Süd"),
        desc=(
            "Hallo Alex,\n\nwie besprochen rufe ich Sie an, um die Position Buchhalter (m/w/d) bei unserem Kunden, "
            "der Vogt Elektrotechnik GmbH in Ulm (Direktvermittlung, unbefristet), durchzugehen.\n\n"
            "Nina Keller\nSenior Personalberaterin\nPersonalwerk Süd GmbH"
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Internes Gespräch – Teamleitung Einkauf",
        interview=True,
        company="Initech",
        role="Teamleitung Einkauf",
        me=WORK_ME,
        org=("hr.de@initech.com", "Initech HR Deutschland"),
        att=[person("b.schaefer@initech.com", "Birgit Schäfer")],
        desc="Gespräch im Rahmen Ihrer internen Bewerbung auf die Stelle Teamleitung Einkauf (Standort Frankfurt).",
        loc="Initech Frankfurt, Raum Main",
        zone="Europe/Berlin",
    )
    _x(
        "WG: Einladung zum Vorstellungsgespräch",
        interview=True,
        company="Schreinerei Kuhn",
        role="Schreiner",
        desc=(
            "-----Ursprüngliche Nachricht-----\nVon: Info Schreinerei Kuhn <info@schreinerei-kuhn.de>\n"
            "Gesendet: Dienstag\nAn: alex.rivera@gmail.com\nBetreff: Einladung zum Vorstellungsgespräch\n\n"
            "Hallo Herr/Frau Rivera,\n\ndanke für Ihre Bewerbung als Schreiner/Tischler. Kommen Sie doch am Donnerstag um 7:30 in die Werkstatt, "
            "dann zeigen wir Ihnen alles und reden in Ruhe.\n\nGruß\nMichael Kuhn\nSchreinerei Kuhn – Möbel & Innenausbau\nAm Sägewerk 2, 83022 Rosenheim"
        ),
        loc="Am Sägewerk 2, 83022 Rosenheim",
        zone="Europe/Berlin",
    )
    _x(
        "Bewerbungsgespräch (Teams) – Erzieher/in Kita",
        interview=True,
        company="Kita Sonnenblume",
        role="Erzieher/in",
        org=("leitung@kita-sonnenblume-ev.de", "Kita Sonnenblume e.V."),
        conf=(
            "Microsoft Teams-Besprechung",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_kso9012",
        ),
        desc="Gespräch mit Kitaleitung und Vorstand. Im Anschluss vereinbaren wir gerne einen Hospitationstag.",
        zone="Europe/Berlin",
    )
    _x(
        "Vorstellungsgespräch Projektkoordination Integration",
        interview=True,
        company="Brückenwerk",
        role="Projektkoordination Integration",
        org=("jobs@brueckenwerk.org", "Brückenwerk e.V."),
        att=[person("a.demir@brueckenwerk.org", "Aylin Demir")],
        desc="Wir freuen uns, Sie zu einem Gespräch für die Stelle Projektkoordination (30 Std./Woche, befristet auf 2 Jahre) einzuladen.",
        loc="Brückenwerk e.V., Sonnenallee 112, 12045 Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Bewerbungsgespräch Rezeption – Gasthof Alpenrose",
        interview=True,
        company="Gasthof Alpenrose",
        role="Rezeptionist/in",
        org=("office@alpenrose-tirol.at", "Gasthof Alpenrose"),
        desc="Grüß Gott, wir freuen uns auf Ihren Besuch. Gespräch mit Frau Hofer (Gastgeberin). Personalzimmer kann besichtigt werden.",
        loc="Gasthof Alpenrose, Dorfstraße 14, 6456 Obergurgl",
        zone="Europe/Vienna",
    )
    _x(
        "Vorstellungsgespräch Detailhandelsfachfrau/-mann",
        interview=True,
        company="Müller Optik",
        role="Detailhandelsfachfrau/-mann",
        org=("personal@mueller-optik.ch", "Müller Optik AG"),
        desc="Grüezi Alex Rivera\n\nGerne laden wir Sie zu einem Vorstellungsgespräch in unserer Filiale Bern ein.\n\nFreundliche Grüsse\nMüller Optik AG",
        loc="Müller Optik, Spitalgasse 20, 3011 Bern",
        zone="Europe/Zurich",
    )


def _german_lookalikes() -> None:
    _x(
        "Bewerbungsgespräch: Lukas Fehr – Kundenservice",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("hr.de@initech.com", "Initech HR Deutschland"),
        att=[
            person("lukas.fehr@web.de", "Lukas Fehr"),
            person("b.schaefer@initech.com", "Birgit Schäfer"),
        ],
        desc="Interviewer: Alex Rivera, Birgit Schäfer. Bewerbungsunterlagen im Recruiting-Ordner. Bitte Bewertungsbogen ausfüllen.",
        loc="Initech Frankfurt, Raum Rhein",
        zone="Europe/Berlin",
    )
    _x(
        "Interviewleitfaden abstimmen – Hiring Team Einkauf",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("b.schaefer@initech.com", "Birgit Schäfer"),
        desc="Fragenkatalog für die Gespräche nächste Woche festlegen.",
        zone="Europe/Berlin",
    )
    _x(
        "Termin Agentur für Arbeit – Beratung",
        interview=False,
        company=None,
        role=None,
        desc="Vermittlerin Frau Lenz, Zimmer 112. Eigenbemühungen mitbringen!",
        loc="Agentur für Arbeit, Friedrich-Ebert-Str.",
        zone="Europe/Berlin",
    )
    _x(
        "Bewerbungstraining VHS (Teil 2: Vorstellungsgespräche üben)",
        interview=False,
        company=None,
        role=None,
        desc="Rollenspiele, Feedback mit Video. Kursraum 3.",
        loc="Volkshochschule, Raum 3",
        zone="Europe/Berlin",
    )
    _x(
        "Interview Stadtanzeiger zum Ehrenamt im Sportverein",
        interview=False,
        company=None,
        role=None,
        org=("redaktion@stadtanzeiger-eichenau.de", "Stadtanzeiger Redaktion"),
        desc="Kurzes Gespräch + Foto für die Serie 'Menschen im Ehrenamt'.",
        zone="Europe/Berlin",
    )
    _x(
        "Erinnerung: Zeugnisse für Kranich Logistik ausdrucken",
        interview=False,
        company=None,
        role=None,
        desc="+ Anschreiben nochmal lesen",
        all_day=True,
        zone="Europe/Berlin",
    )
    _x(
        "Zahnarzt Dr. Hoffmann 🦷",
        interview=False,
        company=None,
        role=None,
        loc="Praxis Dr. Hoffmann, Goethestr. 9",
        zone="Europe/Berlin",
    )


# ---------------------------------------------------------------------------
# French
# ---------------------------------------------------------------------------


def _french() -> None:
    _x(
        "Entretien d'embauche – Vendeur(se) en boulangerie",
        interview=True,
        company="Boulangerie Marchal",
        role="Vendeur(se) en boulangerie",
        org=("contact@boulangerie-marchal.fr", "Boulangerie Marchal"),
        desc="Bonjour Alex,\nSuite à votre candidature, nous vous proposons un entretien avec Mme Marchal à la boutique. Merci de vous présenter à l'arrière, côté fournil.\nCordialement",
        loc="Boulangerie Marchal, 8 rue des Tanneurs, 67000 Strasbourg",
        zone="Europe/Paris",
    )
    _x(
        "Entretien RH – Chargé(e) de clientèle particuliers",
        interview=True,
        company="Banque de l'Aubrac",
        role="Chargé(e) de clientèle particuliers",
        org=("recrutement@banque-aubrac.fr", "Banque de l'Aubrac – Recrutement"),
        att=[person("c.bonnefoy@banque-aubrac.fr", "Cécile Bonnefoy")],
        desc=(
            "<p>Bonjour,</p><p>Nous avons le plaisir de vous confirmer votre entretien pour le poste de "
            "<b>Chargé(e) de clientèle particuliers</b> (CDI, agence de Rodez).</p>"
            "<p>Interlocutrice : Cécile Bonnefoy, Chargée de recrutement.</p>"
            "<p>Bien cordialement,<br>Direction des Ressources Humaines<br>Banque de l'Aubrac</p>"
        ),
        loc="Banque de l'Aubrac, Siège, 2 place d'Armes, 12000 Rodez",
        zone="Europe/Paris",
    )
    _x(
        "Entretien – Aide-soignant(e) – service de gériatrie",
        interview=True,
        company="Centre Hospitalier de Vernay",
        role="Aide-soignant(e)",
        org=("drh@ch-vernay.fr", "CH de Vernay – Direction des Ressources Humaines"),
        att=[person("cadre.geriatrie@ch-vernay.fr", "Cadre de santé – Gériatrie")],
        desc=(
            "Madame, Monsieur,\n\nVotre candidature a retenu notre attention. Vous êtes convoqué(e) à un entretien avec la cadre de santé "
            "du service de gériatrie et un représentant de la DRH.\n\nMerci de vous munir de votre diplôme d'État d'aide-soignant "
            "et d'une pièce d'identité.\n\nCentre Hospitalier de Vernay – Bâtiment administratif, 1er étage"
        ),
        loc="Centre Hospitalier de Vernay, 15 avenue Pasteur",
        zone="Europe/Paris",
    )
    _x(
        "entretien ehpad les glycines 14h",
        interview=True,
        company="EHPAD Les Glycines",
        role=None,
        desc="demander Mme Aubert (directrice). poste ASH de nuit ? apporter CV + carte vitale",
        loc="EHPAD Les Glycines, 3 chemin du Moulin, Angers",
        zone="Europe/Paris",
    )
    _x(
        "Entretien de recrutement – Agent d'accueil (catégorie C)",
        interview=True,
        company="Mairie de Saint-Aubin-sur-Lèze",
        role="Agent d'accueil",
        org=("rh@saintaubinsurleze.fr", "Mairie de Saint-Aubin-sur-Lèze"),
        desc=(
            "Suite à votre candidature au poste d'agent d'accueil et d'état civil, nous vous prions de bien vouloir vous présenter "
            "devant le jury composé de M. le Maire, de la Directrice générale des services et de la responsable de l'accueil.\n\n"
            "Salle du conseil municipal, rez-de-chaussée."
        ),
        loc="Mairie, place de la République, Saint-Aubin-sur-Lèze",
        zone="Europe/Paris",
    )
    _x(
        "Essai en cuisine – commis – Chez Lucette",
        interview=True,
        company="Chez Lucette",
        role="Commis de cuisine",
        org=("chezlucette.lyon@gmail.com", "Chez Lucette"),
        desc="Salut Alex, viens pour le service du midi, on verra comment tu te débrouilles au garde-manger. Tenue fournie, apporte tes chaussures de sécu. Julien",
        loc="Chez Lucette, 14 rue Mercière, Lyon 2e",
        zone="Europe/Paris",
    )
    _x(
        "Entretien opérateur de production (équipe 2x8)",
        interview=True,
        company="Plastiques Rouvière",
        role="Opérateur de production",
        org=("rh@plastiques-rouviere.fr", "Plastiques Rouvière SAS – RH"),
        desc="Entretien avec le responsable de production suivi d'une visite de l'atelier d'injection. Prévoir 1h30.",
        loc="ZI des Forges, 42100 Saint-Étienne",
        zone="Europe/Paris",
    )
    _x(
        "Entretien stage élève-avocat – Delorme & Associés",
        interview=True,
        company="Delorme & Associés",
        role="Élève-avocat (stage)",
        org=("stages@delorme-associes.fr", "Delorme & Associés"),
        att=[person("a.delorme@delorme-associes.fr", "Me Anne Delorme")],
        desc="Entretien avec Me Anne Delorme, associée (droit social), pour un stage de 6 mois à compter de janvier.",
        loc="Delorme & Associés, 41 boulevard Haussmann, 75009 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Entretien alternance BTS MCO 🛍️",
        interview=True,
        company="Maison Ferrand",
        role="Alternant(e) BTS MCO",
        org=("alternance@maisonferrand.fr", "Maison Ferrand"),
        desc="Bonjour Alex, merci pour ta candidature en alternance (BTS MCO, rythme 2 jours école / 3 jours magasin). Rendez-vous au magasin avec Sophie, directrice.",
        loc="Maison Ferrand, 22 rue Sainte-Catherine, Bordeaux",
        zone="Europe/Paris",
    )
    _x(
        "Entretien client – Cariste CACES 3 – Transports Guérin",
        interview=True,
        company="Transports Guérin",
        role="Cariste CACES 3",
        org=("agence.nantes@interimplus-recrutement.fr", "Intérim Plus – Agence de Nantes"),
        desc=(
            "Bonjour Alex,\n\nComme convenu, voici votre rendez-vous chez notre client Transports Guérin pour la mission de cariste "
            "(CACES 3, équipe du matin, mission de 3 mois renouvelable). Présentez-vous à l'accueil logistique.\n\nLaure – Intérim Plus Nantes"
        ),
        loc="Transports Guérin, 5 rue de l'Étier, 44800 Saint-Herblain",
        zone="Europe/Paris",
    )
    _x(
        "Entretien avec Alex Rivera – Chargé(e) de communication",
        interview=True,
        company="Solidarités Nomades",
        role="Chargé(e) de communication",
        org=("rh@solidarites-nomades.org", "Solidarités Nomades"),
        att=[person("m.kone@solidarites-nomades.org", "Mariam Koné")],
        meet="meet",
        desc=(
            "<p>Bonjour Alex,</p><p>Votre entretien pour le poste de Chargé(e) de communication est confirmé.</p>"
            "<p>Avec : Mariam Koné, Responsable communication &amp; plaidoyer</p>"
            "<p><i>Planifié avec Recrutio</i></p>"
        ),
        zone="Europe/Paris",
    )
    _x(
        "Entretien – Assistant(e) administratif(ve) – Van Roy & Fils",
        interview=True,
        company="Van Roy & Fils",
        role="Assistant(e) administratif(ve)",
        org=("jobs@vanroy-fils.be", "Van Roy & Fils SRL"),
        desc="Entretien avec M. Van Roy et la responsable administrative. Entreprise de toitures familiale depuis 1962.",
        loc="Van Roy & Fils, chaussée de Waterloo 880, 1180 Uccle",
        zone="Europe/Brussels",
    )
    _x(
        "Entretien – Employé(e) de commerce",
        interview=True,
        company="Horlogerie Dubois-Favre",
        role="Employé(e) de commerce",
        org=("rh@dubois-favre.ch", "Horlogerie Dubois-Favre SA"),
        desc="Madame, Monsieur,\nNous vous remercions de l'intérêt porté à notre maison et vous convions à un entretien au sein de nos ateliers.\nMeilleures salutations",
        loc="Rue du Progrès 31, 2300 La Chaux-de-Fonds",
        zone="Europe/Zurich",
    )
    _x(
        "Entrevue – Préposé(e) aux bénéficiaires",
        interview=True,
        company="Résidence Le Boisé",
        role="Préposé(e) aux bénéficiaires",
        org=("emplois@residenceleboise.qc.ca", "Résidence Le Boisé"),
        conf=("Réunion Zoom", "https://residenceleboise.zoom.us/j/66120478"),
        desc="Bonjour, nous vous confirmons votre entrevue virtuelle pour le poste de préposé(e) aux bénéficiaires (quart de soir). Durée : 30 minutes.",
        zone="America/Toronto",
    )
    _x(
        "TR: Convocation entretien – Conseiller(ère) en insertion",
        interview=True,
        company="Tremplin 13",
        role="Conseiller(ère) en insertion",
        desc=(
            "-------- Message transféré --------\nDe : Association Tremplin 13 <recrutement@tremplin13.org>\n"
            "Objet : Convocation entretien – Conseiller(ère) en insertion\n\n"
            "Bonjour,\nNous vous proposons un entretien pour le poste de Conseiller(ère) en insertion professionnelle (CDD 12 mois, Marseille 3e).\n"
            "Merci de confirmer votre présence.\n\nL'équipe Tremplin 13"
        ),
        loc="Tremplin 13, 12 rue de Crimée, 13003 Marseille",
        zone="Europe/Paris",
    )
    _x(
        "Entretien final – Responsable de rayon frais",
        interview=True,
        company="Fromagerie Lacombe & Fils",
        role="Responsable de rayon frais",
        org=("recrutement@lacombe-fils.fr", "Lacombe & Fils"),
        att=[person("p.lacombe@lacombe-fils.fr", "Pierre Lacombe")],
        desc="Dernier entretien avec M. Pierre Lacombe, gérant. Présentation de votre plan d'action pour le rayon (10 min).",
        loc="Fromagerie Lacombe & Fils, marché couvert, Clermont-Ferrand",
        zone="Europe/Paris",
    )


def _french_lookalikes() -> None:
    _x(
        "Entretien annuel d'évaluation – Alex Rivera",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("m.girard@initech.com", "Marc Girard"),
        desc="Bilan de l'année, objectifs N+1, souhaits de formation. Merci de remplir l'auto-évaluation avant.",
        zone="Europe/Paris",
    )
    _x(
        "Entretien candidat – Julie Masson (Support N2)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recrutement.fr@initech.com", "Initech Recrutement"),
        att=[person("julie.masson@orange.fr", "Julie Masson")],
        desc="Vous faites partie du jury. Grille d'évaluation en pièce jointe.",
        loc="Initech Paris – salle Montmartre",
        zone="Europe/Paris",
    )
    _x(
        "Rdv conseillère emploi (agence de Vernay)",
        interview=False,
        company=None,
        role=None,
        desc="suivi mensuel, apporter la liste des candidatures",
        zone="Europe/Paris",
    )
    _x(
        "Simulation d'entretien – atelier CV de la Mission locale",
        interview=False,
        company=None,
        role=None,
        desc="Atelier collectif, jeux de rôle filmés.",
        loc="Mission locale, 4 rue Carnot",
        zone="Europe/Paris",
    )
    _x(
        "Interview pour le podcast « Métiers de bouche »",
        interview=False,
        company=None,
        role=None,
        org=("podcast@metiersdebouche.fr", "Métiers de bouche"),
        desc="Enregistrement ~30 min sur ton parcours en boulangerie.",
        zone="Europe/Paris",
    )
    _x(
        "Rappel : mail de remerciement Boulangerie Marchal",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Paris",
    )
    _x(
        "Médecin – Dr Lefort",
        interview=False,
        company=None,
        role=None,
        loc="Cabinet médical, 10 rue Victor Hugo",
        zone="Europe/Paris",
    )


# ---------------------------------------------------------------------------
# Spanish
# ---------------------------------------------------------------------------


def _spanish() -> None:
    _x(
        "Entrevista de trabajo – Dependiente/a",
        interview=True,
        company="Zapatería Hermanos Ruiz",
        role="Dependiente/a",
        org=("tienda@zapateriahermanosruiz.es", "Zapatería Hermanos Ruiz"),
        desc="Hola Alex, te esperamos en la tienda para una entrevista con Carmen Ruiz. Trae el CV impreso. Un saludo.",
        loc="Zapatería Hermanos Ruiz, Calle Larios 9, Málaga",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista – Camarero/a de sala – Restaurante Casa Benigno",
        interview=True,
        company="Restaurante Casa Benigno",
        role="Camarero/a de sala",
        org=("reservas@casabenigno.es", "Casa Benigno"),
        desc="Entrevista con el encargado de sala, Paco. Después te quedas a la prueba del servicio de comidas (13:00-16:00).",
        loc="Casa Benigno, Calle de Cava Baja 22, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista: Enfermero/a – Unidad de Hospitalización",
        interview=True,
        company="Hospital San Telmo",
        role="Enfermero/a",
        org=("seleccion@hospitalsantelmo.es", "Hospital San Telmo – Selección"),
        att=[person("supervision.h3@hospitalsantelmo.es", "Supervisión Planta 3")],
        desc=(
            "<p>Estimado/a Alex Rivera:</p><p>Le convocamos a una entrevista para el proceso de selección de "
            "<b>Enfermero/a para la Unidad de Hospitalización</b> (contrato de sustitución, turno rotatorio).</p>"
            "<p>Lugar: Dirección de Enfermería, planta baja.</p><p>Departamento de Recursos Humanos<br>Hospital San Telmo</p>"
        ),
        loc="Hospital San Telmo, Av. de la Constitución 120, Sevilla",
        zone="Europe/Madrid",
    )
    _x(
        "entrevista resi los olivos 10:30 📍 c/ mayor 14",
        interview=True,
        company="Residencia Los Olivos",
        role=None,
        desc="gerocultor/a? preguntar por Mercedes. llevar título + dni",
        loc="Calle Mayor 14, Alcalá de Henares",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista personal – Auxiliar administrativo (bolsa de empleo)",
        interview=True,
        company="Ayuntamiento de Villanueva del Campo",
        role="Auxiliar administrativo",
        org=("rrhh@villanuevadelcampo.es", "Ayuntamiento de Villanueva del Campo"),
        desc="Fase de entrevista del proceso para la constitución de la bolsa de empleo de Auxiliar Administrativo. Traer DNI original.",
        loc="Casa Consistorial, Plaza de España 1",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista mozo/a de almacén – Distribuciones Ferrer (vía ETT)",
        interview=True,
        company="Distribuciones Ferrer",
        role="Mozo/a de almacén",
        org=("valencia@laborex-ett.es", "Laborex ETT Valencia"),
        desc=(
            "Hola Alex,\nte confirmamos la entrevista con nuestro cliente Distribuciones Ferrer para el puesto de mozo/a de almacén "
            "con carretilla. Turno de noche. Pregunta por Raúl en la nave 4.\nUn saludo,\nLaborex ETT"
        ),
        loc="Distribuciones Ferrer, Polígono Fuente del Jarro, Paterna",
        zone="Europe/Madrid",
    )
    _x(
        "Segunda entrevista – Gestor/a comercial oficina",
        interview=True,
        company="Caja Rural de Almenara",
        role="Gestor/a comercial",
        org=("talento@cajaruralalmenara.es", "Caja Rural de Almenara – Talento"),
        att=[person("j.navarro@cajaruralalmenara.es", "Javier Navarro")],
        desc="Entrevista con el Director de Zona, Javier Navarro. Duración aproximada 1 hora.",
        loc="Caja Rural de Almenara, Oficina Principal, Calle Real 5",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista – Abogado/a junior – Ortega & Villalba",
        interview=True,
        company="Ortega & Villalba Abogados",
        role="Abogado/a junior",
        org=("seleccion@ortegavillalba.es", "Ortega & Villalba Abogados"),
        att=[person("lvillalba@ortegavillalba.es", "Lucía Villalba")],
        desc="Entrevista con la socia Lucía Villalba (área laboral). Prevé una breve prueba práctica de redacción.",
        loc="Paseo de Gracia 77, 08008 Barcelona",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista prácticas FP Dual – Mantenimiento industrial",
        interview=True,
        company="Industrias Garrido",
        role="Técnico/a de mantenimiento (FP Dual)",
        org=("rrhh@industriasgarrido.com", "Industrias Garrido S.L."),
        desc="Entrevista para las prácticas de FP Dual en el departamento de mantenimiento. Te acompañará tu tutor/a del instituto si puede.",
        loc="Industrias Garrido S.L., Polígono Industrial Los Llanos, Albacete",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista recepcionista de noche",
        interview=True,
        company="Hotel Mirador del Puerto",
        role="Recepcionista de noche",
        org=("direccion@hotelmiradordelpuerto.com", "Hotel Mirador del Puerto"),
        meet="meet",
        desc="Buenos días, le confirmamos la videollamada con la dirección del Hotel Mirador del Puerto. Se valorará inglés y alemán.",
        zone="Atlantic/Canary",
    )
    _x(
        "Entrevista – Ejecutivo/a de ventas – Grupo Alcántara",
        interview=True,
        company="Grupo Alcántara",
        role="Ejecutivo/a de ventas",
        org=("reclutamiento@grupoalcantara.com.mx", "Reclutamiento Grupo Alcántara"),
        att=[person("fernanda.rios@grupoalcantara.com.mx", "Fernanda Ríos")],
        desc="Entrevista presencial con Fernanda Ríos, Gerente Comercial. Favor de presentarse con identificación oficial en recepción.",
        loc="Grupo Alcántara, Av. Insurgentes Sur 1602, piso 8, CDMX",
        zone="America/Mexico_City",
    )
    _x(
        "Entrevista Analista de RRHH",
        interview=True,
        company="Molinos del Sur",
        role="Analista de RRHH",
        org=("busquedas@molinosdelsur.com.ar", "Molinos del Sur S.A."),
        conf=("Reunión de Zoom", "https://molinosdelsur.zoom.us/j/71233904"),
        desc="Hola Alex, te paso el link para la entrevista con la Jefa de Personas, Valeria. ¡Éxitos!",
        zone="America/Argentina/Buenos_Aires",
    )
    _x(
        "Entrevista virtual – Auxiliar contable",
        interview=True,
        company="Comercializadora J&M",
        role="Auxiliar contable",
        org=(
            "talentohumano@comercializadorajym.co",
            "Talento Humano - Comercializadora J&M S.A.S.",
        ),
        meet="meet",
        desc="Cordial saludo,\nLo invitamos a la entrevista virtual para el cargo de Auxiliar contable. Por favor conectarse 5 minutos antes.\nAtentamente,\nTalento Humano",
        zone="America/Bogota",
    )
    _x(
        "RV: Citación a entrevista – Profesor/a de inglés",
        interview=True,
        company="Colegio Santa Clara de Asís",
        role="Profesor/a de inglés",
        desc=(
            "-----Mensaje original-----\nDe: Secretaría <secretaria@colegiosantaclara-zgz.es>\nAsunto: Citación a entrevista – Profesor/a de inglés\n\n"
            "Estimado/a Alex:\nLe citamos a una entrevista con la Dirección Pedagógica y deberá impartir una clase demostrativa de 20 minutos (3º ESO).\n\n"
            "Secretaría\nColegio Santa Clara de Asís\nCalle Cádiz 18, 50004 Zaragoza"
        ),
        loc="Calle Cádiz 18, Zaragoza",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista – Técnico/a de proyectos",
        interview=True,
        company="Fundación Manos Abiertas",
        role="Técnico/a de proyectos",
        org=("empleo@manosabiertas.org", "Fundación Manos Abiertas"),
        desc="Entrevista con la coordinadora del área de inclusión. Proyecto de inserción sociolaboral, jornada completa.",
        loc="Fundación Manos Abiertas, Calle Bailén 41, Bilbao",
        zone="Europe/Madrid",
    )
    _x(
        "llamada con Nuria de Panadería Ubieto 📞 puesto fin de semana",
        interview=True,
        company="Panadería Ubieto",
        role=None,
        desc="me llama ella. disponibilidad sábados y domingos 6-14h",
        zone="Europe/Madrid",
    )


def _spanish_lookalikes() -> None:
    _x(
        "Entrevista a candidata: Lucía Prieto (Soporte)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("seleccion.es@initech.com", "Initech Selección"),
        att=[person("luciaprieto@hotmail.es", "Lucía Prieto")],
        desc="Entrevistadores: Alex Rivera y Sergio Lara. Rellenad la ficha de evaluación al terminar.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista en Radio Vecinal sobre el huerto comunitario",
        interview=False,
        company=None,
        role=None,
        desc="programa de las 19h, 10 minutos en directo",
        loc="Radio Vecinal, Centro Cívico",
        zone="Europe/Madrid",
    )
    _x(
        "Taller: simulación de entrevistas de trabajo",
        interview=False,
        company=None,
        role=None,
        org=("orientacion@empleomunicipal-villanueva.es", "Servicio Municipal de Empleo"),
        desc="Taller grupal de orientación laboral. Plazas limitadas.",
        zone="Europe/Madrid",
    )
    _x(
        "Cita médico de cabecera",
        interview=False,
        company=None,
        role=None,
        loc="Centro de Salud Delicias",
        zone="Europe/Madrid",
    )
    _x(
        "Recordatorio: llevar DNI y CV a lo de Casa Benigno",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        zone="Europe/Madrid",
    )
    _x(
        "Café networking Mujeres en Logística",
        interview=False,
        company=None,
        role=None,
        desc="Encuentro mensual, sin agenda. Presentaciones de 1 minuto.",
        loc="Café Comercial",
        zone="Europe/Madrid",
    )


# ---------------------------------------------------------------------------
# Portuguese (Portugal and Brazil)
# ---------------------------------------------------------------------------


def _portuguese() -> None:
    _x(
        "Entrevista de emprego – Operador(a) de loja",
        interview=True,
        company="Supermercados Vale Verde",
        role="Operador(a) de loja",
        org=("recrutamento@valeverde.pt", "Supermercados Vale Verde"),
        desc="Olá Alex,\nConfirmamos a sua entrevista para Operador(a) de loja na loja de Braga com a gerente, Dra. Sónia Pires.\nCumprimentos,\nRecursos Humanos",
        loc="Supermercados Vale Verde, Rua Nova de Santa Cruz 200, Braga",
        zone="Europe/Lisbon",
    )
    _x(
        "Entrevista – Técnico(a) Auxiliar de Saúde",
        interview=True,
        company="Hospital Particular do Mondego",
        role="Técnico(a) Auxiliar de Saúde",
        org=("rh@hpmondego.pt", "Hospital Particular do Mondego – RH"),
        desc=(
            "<p>Exmo.(a) Sr.(a) Alex Rivera,</p><p>Na sequência da sua candidatura, convidamo-lo(a) para uma entrevista "
            "para a função de <b>Técnico(a) Auxiliar de Saúde</b> (Serviço de Internamento).</p>"
            "<p>Com os melhores cumprimentos,<br>Direção de Recursos Humanos</p>"
        ),
        loc="Hospital Particular do Mondego, Av. Fernão de Magalhães 500, Coimbra",
        zone="Europe/Lisbon",
    )
    _x(
        "entrevista lar são josé 15h",
        interview=True,
        company="Lar São José",
        role=None,
        desc="falar com a diretora técnica, D. Fátima. levar CC e certificado do curso",
        loc="Lar São José, Rua da Igreja 3, Viseu",
        zone="Europe/Lisbon",
    )
    _x(
        "Entrevista profissional de seleção – Assistente Técnico",
        interview=True,
        company="Câmara Municipal de Alvorinha",
        role="Assistente Técnico",
        org=("recursos.humanos@cm-alvorinha.pt", "Câmara Municipal de Alvorinha"),
        desc="Procedimento concursal comum, Ref.ª B/2025. Entrevista Profissional de Seleção perante o júri do procedimento. Deve fazer-se acompanhar do Cartão de Cidadão.",
        loc="Paços do Concelho, Praça da República",
        zone="Europe/Lisbon",
    )
    _x(
        "Entrevista – Caixa / Atendimento",
        interview=True,
        company="Banco Ipê",
        role="Caixa / Atendimento",
        org=("selecao@bancoipe.com.br", "Banco Ipê – Seleção"),
        att=[person("renata.campos@bancoipe.com.br", "Renata Campos")],
        desc="Olá, Alex! Sua entrevista com a gerente da agência Savassi, Renata Campos, está confirmada. Traga RG e CPF.",
        loc="Banco Ipê – Agência Savassi, Rua Pernambuco 1000, Belo Horizonte",
        zone="America/Sao_Paulo",
    )
    _x(
        "entrevista garçom boteco do zé 17h 🍻",
        interview=True,
        company="Boteco do Zé",
        role="Garçom",
        desc="falar com o Zé Carlos, levar carteira de trabalho",
        loc="Rua Augusta 1420, São Paulo",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista – Auxiliar de produção (1º turno)",
        interview=True,
        company="Metalúrgica Irmãos Tavares",
        role="Auxiliar de produção",
        org=("rh@irmaostavares.ind.br", "RH Metalúrgica Irmãos Tavares Ltda."),
        desc="Processo seletivo: dinâmica de grupo às 8h e entrevista individual com o supervisor de produção em seguida.",
        loc="Metalúrgica Irmãos Tavares, Rod. SC-401 km 3, Joinville",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista Jovem Aprendiz – Drogaria Bem Estar",
        interview=True,
        company="Drogaria Bem Estar",
        role="Jovem Aprendiz",
        org=("aprendiz@drogariabemestar.com.br", "Drogaria Bem Estar"),
        desc="Programa Jovem Aprendiz 2025. Compareça acompanhado(a) do responsável, se menor de 18 anos.",
        loc="Drogaria Bem Estar, Av. Sete de Setembro 88, Salvador",
        zone="America/Bahia",
    )
    _x(
        "Entrevista estágio – Pinheiro, Sá & Associados",
        interview=True,
        company="Pinheiro, Sá & Associados",
        role="Estagiário(a) de Direito",
        org=("estagios@pinheirosa.adv.br", "Pinheiro, Sá & Associados"),
        att=[person("mariana.sa@pinheirosa.adv.br", "Dra. Mariana Sá")],
        desc="Entrevista para estágio em Direito (contencioso cível), 6h diárias. Com a sócia Dra. Mariana Sá.",
        loc="Av. Paulista 1842, cj. 155, São Paulo",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista – Rececionista (época alta)",
        interview=True,
        company="Hotel Quinta do Sobreiro",
        role="Rececionista",
        org=("geral@quintadosobreiro.pt", "Hotel Quinta do Sobreiro"),
        meet="meet",
        desc="Bom dia Alex, segue a ligação para a entrevista por videochamada com o diretor do hotel. Inglês fluente obrigatório.",
        zone="Europe/Lisbon",
    )
    _x(
        "Entrevista com consultora – Analista Fiscal (cliente: Distribuidora Primavera)",
        interview=True,
        company="Distribuidora Primavera",
        role="Analista Fiscal",
        org=("camila@talentohunter.com.br", "Camila Rocha | Talento Hunter"),
        desc=(
            "Oi Alex, tudo bem?\nVamos conversar sobre a vaga de Analista Fiscal na Distribuidora Primavera (nosso cliente), "
            "contratação CLT, híbrido em Campinas.\nAbraço,\nCamila Rocha – Consultora de R&S, Talento Hunter"
        ),
        conf=("Zoom", "https://talentohunter.zoom.us/j/90412238"),
        zone="America/Sao_Paulo",
    )
    _x(
        "Fwd: Convite para entrevista – Professor(a) de Matemática",
        interview=True,
        company="Colégio Novo Horizonte",
        role="Professor(a) de Matemática",
        desc=(
            "---------- Mensagem encaminhada ---------\nDe: Coordenação Pedagógica <coordenacao@colegionovohorizonte.com.br>\n"
            "Assunto: Convite para entrevista – Professor(a) de Matemática\n\n"
            "Prezado(a) Alex,\nConvidamos você para entrevista e aula-teste (20 min, 8º ano) para a vaga de Professor(a) de Matemática.\n\n"
            "Coordenação Pedagógica\nColégio Novo Horizonte"
        ),
        loc="Rua das Acácias 210, Curitiba",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista – Assistente de projetos sociais",
        interview=True,
        company="Associação Mãos Dadas",
        role="Assistente de projetos sociais",
        org=("vagas@maosdadas.org.br", "Associação Mãos Dadas"),
        desc="Conversa com a coordenação de projetos. Duração 40 min.",
        loc="Associação Mãos Dadas, Rua do Lavradio 60, Rio de Janeiro",
        zone="America/Sao_Paulo",
    )
    _x(
        "Painel final – Programa de Trainee 2025",
        interview=True,
        company="Cooperativa Agro Cerrado",
        role="Programa de Trainee 2025",
        org=("trainee@agrocerrado.coop.br", "Cooperativa Agro Cerrado"),
        att=[
            person("diretoria@agrocerrado.coop.br", "Diretoria Executiva"),
            person("gente@agrocerrado.coop.br", "Gente & Gestão"),
        ],
        desc="Etapa final: painel com a diretoria. Apresente o case recebido por e-mail (15 min) + perguntas.",
        loc="Sede Agro Cerrado, Rio Verde - GO",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista técnica (Teams) – Eletricista de manutenção",
        interview=True,
        company="Energia do Tejo",
        role="Eletricista de manutenção",
        org=("recrutamento@energiadotejo.pt", "Energia do Tejo, S.A."),
        conf=(
            "Reunião do Microsoft Teams",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_edt7781",
        ),
        desc="Entrevista técnica com o Responsável de Manutenção da central de Abrantes.",
        zone="Europe/Lisbon",
    )


def _portuguese_lookalikes() -> None:
    _x(
        "Entrevista: candidato Rafael Lima – Suporte N1",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recrutamento.br@initech.com", "Initech Recrutamento"),
        att=[person("rafael.lima88@gmail.com", "Rafael Lima")],
        desc="Você é entrevistador(a). Avaliação no formulário padrão até o fim do dia.",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista para o jornal do bairro sobre a horta comunitária",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Lisbon",
    )
    _x(
        "Mentoria de carreira com Joana",
        interview=False,
        company=None,
        role=None,
        desc="revisar CV e treinar perguntas de entrevista",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Consulta no dentista",
        interview=False,
        company=None,
        role=None,
        zone="America/Sao_Paulo",
    )
    _x(
        "Lembrete: confirmar presença na entrevista do Banco Ipê",
        interview=False,
        company=None,
        role=None,
        zone="America/Sao_Paulo",
    )
    _x(
        "Feira de Emprego – Centro de Emprego de Alvorinha",
        interview=False,
        company=None,
        role=None,
        desc="Mais de 40 empresas da região. Levar vários CVs.",
        loc="Pavilhão Municipal",
        zone="Europe/Lisbon",
    )


# ---------------------------------------------------------------------------
# Italian
# ---------------------------------------------------------------------------


def _italian() -> None:
    _x(
        "Colloquio di lavoro – Commesso/a banco pane",
        interview=True,
        company="Panificio Fratelli Bonetti",
        role="Commesso/a banco pane",
        org=("info@panificiobonetti.it", "Panificio F.lli Bonetti"),
        desc="Buongiorno Alex, la aspettiamo in negozio per un colloquio con il sig. Bonetti. Cordiali saluti",
        loc="Panificio Fratelli Bonetti, Via Roma 45, Bergamo",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio – Cameriere di sala – Trattoria Dall'Oste",
        interview=True,
        company="Trattoria Dall'Oste",
        role="Cameriere di sala",
        org=("trattoriadalloste@gmail.com", "Trattoria Dall'Oste"),
        desc="Ciao Alex, passa prima del servizio serale. Chiedi di Elena.",
        loc="Via dei Neri 31r, Firenze",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio OSS – RSA Villa Serena",
        interview=True,
        company="RSA Villa Serena",
        role="OSS",
        org=("personale@villaserena-rsa.it", "RSA Villa Serena"),
        desc="Colloquio con la Coordinatrice infermieristica. Portare attestato OSS e documento d'identità.",
        loc="RSA Villa Serena, Via Don Minzoni 12, Modena",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio infermiere – reparto di ortopedia",
        interview=True,
        company="Casa di Cura San Giorgio",
        role="Infermiere",
        org=("selezione@casadicurasangiorgio.it", "Casa di Cura San Giorgio – Ufficio Personale"),
        desc=(
            "<p>Gentile Alex Rivera,</p><p>con la presente La invitiamo a un colloquio conoscitivo per la posizione di "
            "<b>Infermiere</b> presso il reparto di Ortopedia.</p><p>Distinti saluti,<br>Ufficio Personale<br>Casa di Cura San Giorgio</p>"
        ),
        loc="Casa di Cura San Giorgio, Viale Europa 5, Pescara",
        zone="Europe/Rome",
    )
    _x(
        "Prova orale concorso – Istruttore amministrativo cat. C",
        interview=True,
        company="Comune di Valdimonte",
        role="Istruttore amministrativo",
        org=("concorsi@comune.valdimonte.it", "Comune di Valdimonte – Ufficio Concorsi"),
        desc="Convocazione alla prova orale del concorso pubblico per n. 2 posti di Istruttore amministrativo, cat. C. Presentarsi con documento di riconoscimento valido.",
        loc="Sala consiliare, Municipio di Valdimonte",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio agenzia Lavorissimo – magazziniere per Logistica Ferraris",
        interview=True,
        company="Logistica Ferraris",
        role="Magazziniere",
        org=("piacenza@lavorissimo-agenzia.it", "Lavorissimo – Filiale di Piacenza"),
        desc="Colloquio presso il cliente Logistica Ferraris S.r.l. con il responsabile di magazzino. Richiesto patentino muletto.",
        loc="Logistica Ferraris, Polo Logistico Le Mose, Piacenza",
        zone="Europe/Rome",
    )
    _x(
        "Secondo colloquio – Addetto/a sportello",
        interview=True,
        company="Banca Popolare del Tenna",
        role="Addetto/a sportello",
        org=("risorseumane@bptenna.it", "Banca Popolare del Tenna"),
        att=[person("g.marchetti@bptenna.it", "Giorgio Marchetti")],
        desc="Colloquio con il Responsabile di filiale Giorgio Marchetti.",
        loc="Banca Popolare del Tenna, Corso Garibaldi 20, Fermo",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio praticante avvocato",
        interview=True,
        company="Studio Legale Rinaldi & Greco",
        role="Praticante avvocato",
        org=("segreteria@rinaldigreco.it", "Studio Legale Rinaldi & Greco"),
        att=[person("avv.greco@rinaldigreco.it", "Avv. Paola Greco")],
        desc="Colloquio con l'Avv. Paola Greco per la pratica forense (diritto di famiglia).",
        loc="Via Toledo 156, Napoli",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio apprendistato – Elettricista",
        interview=True,
        company="Impianti De Santis",
        role="Apprendista elettricista",
        org=("info@impiantidesantis.it", "Impianti De Santis S.r.l."),
        desc="Ciao Alex, ti aspettiamo in sede per conoscerci. Contratto di apprendistato professionalizzante.",
        loc="Impianti De Santis S.r.l., Via dell'Artigianato 8, Latina",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio receptionist stagione estiva",
        interview=True,
        company="Hotel Bellavista Garda",
        role="Receptionist",
        org=("direzione@bellavistagarda.it", "Hotel Bellavista Garda"),
        meet="meet",
        desc="Colloquio in videochiamata con la direzione. Richiesti inglese e tedesco. Vitto e alloggio inclusi.",
        zone="Europe/Rome",
    )
    _x(
        "colloquio bar 3 archi h18 – chiedere di marco",
        interview=True,
        company="Bar 3 Archi",
        role=None,
        desc="portare cv. banconista/barista?",
        loc="Piazza dei Tre Archi, Bologna",
        zone="Europe/Rome",
    )
    _x(
        "I: Convocazione colloquio – Insegnante scuola primaria",
        interview=True,
        company="Scuola Paritaria San Benedetto",
        role="Insegnante scuola primaria",
        desc=(
            "-----Messaggio originale-----\nDa: Segreteria <segreteria@scuolasanbenedetto.it>\nOggetto: Convocazione colloquio – Insegnante scuola primaria\n\n"
            "Gentile Alex,\nLa convochiamo per un colloquio con la Coordinatrice didattica.\n\n"
            "Segreteria\nScuola Paritaria San Benedetto\nVia Garibaldi 40, Torino"
        ),
        loc="Via Garibaldi 40, Torino",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio tecnico – Manutentore meccanico",
        interview=True,
        company="Meccanica Zanardi",
        role="Manutentore meccanico",
        org=("hr@meccanicazanardi.it", "Meccanica Zanardi S.p.A."),
        att=[person("l.zanardi@meccanicazanardi.it", "Luca Zanardi")],
        desc="Colloquio tecnico con il Responsabile manutenzione e visita al reparto.",
        loc="Meccanica Zanardi S.p.A., Via Emilia Ovest 300, Reggio Emilia",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio – Educatore/trice comunità minori",
        interview=True,
        company="Cooperativa Sociale Il Girasole",
        role="Educatore/trice",
        org=("selezione@coopilgirasole.it", "Cooperativa Sociale Il Girasole"),
        desc="Colloquio di gruppo seguito da colloquio individuale con la coordinatrice della comunità.",
        loc="Coop. Il Girasole, Via Nazionale 210, Palermo",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio conoscitivo – Addetto/a paghe",
        interview=True,
        company="Studio Ferri & Associati",
        role="Addetto/a paghe",
        org=("studio@ferriassociati.it", "Studio Ferri & Associati – Commercialisti"),
        desc="Gentile Alex, le confermiamo il colloquio per la posizione di addetto/a paghe e contributi.",
        loc="Corso Vittorio Emanuele 12, Padova",
        zone="Europe/Rome",
    )


def _italian_lookalikes() -> None:
    _x(
        "Colloquio candidata: Giulia Conti – Data Analyst",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("selezione.it@initech.com", "Initech Selezione"),
        att=[person("giulia.conti@libero.it", "Giulia Conti")],
        desc="Intervistatori: Alex Rivera, Marta Villa. Compilare la scheda di valutazione.",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Intervista per il giornale locale – volontariato",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Rome",
    )
    _x(
        "Simulazione colloquio con orientatore",
        interview=False,
        company=None,
        role=None,
        loc="Centro per l'Impiego",
        zone="Europe/Rome",
    )
    _x(
        "Visita medica – dott.ssa Ferri",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Rome",
    )
    _x(
        "Promemoria: portare CV stampato al colloquio Bonetti",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Rome",
    )
    _x(
        "Aperitivo networking giovani professionisti",
        interview=False,
        company=None,
        role=None,
        loc="Navigli",
        zone="Europe/Rome",
    )


# ---------------------------------------------------------------------------
# Dutch (Netherlands and Flanders)
# ---------------------------------------------------------------------------


def _dutch() -> None:
    _x(
        "Sollicitatiegesprek – Verkoopmedewerker",
        interview=True,
        company="Bakkerij Van der Meulen",
        role="Verkoopmedewerker",
        org=("winkel@bakkerijvandermeulen.nl", "Bakkerij Van der Meulen"),
        desc="Hoi Alex, leuk dat je hebt gesolliciteerd! Kom gerust langs voor een gesprek met Ingrid. Groetjes",
        loc="Bakkerij Van der Meulen, Voorstraat 18, Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Kennismakingsgesprek – Kok – Eetcafé De Gouden Leeuw",
        interview=True,
        company="Eetcafé De Gouden Leeuw",
        role="Kok",
        org=("info@degoudenleeuw-eetcafe.nl", "Eetcafé De Gouden Leeuw"),
        desc="Kennismaking met de chef en eigenaar, daarna een proefkookopdracht van een uurtje.",
        loc="Grote Markt 7, Groningen",
        zone="Europe/Amsterdam",
    )
    _x(
        "Sollicitatiegesprek Verzorgende IG",
        interview=True,
        company="Zorggroep Oosterlanden",
        role="Verzorgende IG",
        org=("werkenbij@zorggroep-oosterlanden.nl", "Werken bij Zorggroep Oosterlanden"),
        att=[person("m.bakker@zorggroep-oosterlanden.nl", "Monique Bakker")],
        desc=(
            "<p>Beste Alex,</p><p>Bedankt voor je sollicitatie als <b>Verzorgende IG</b> op locatie De Esch. "
            "Je gesprek is met Monique Bakker (teamleider).</p><p>Met vriendelijke groet,<br>Team Recruitment</p>"
        ),
        loc="Zorgcentrum De Esch, Eschweg 40, Enschede",
        zone="Europe/Amsterdam",
    )
    _x(
        "Gesprek vacature doktersassistent",
        interview=True,
        company="Huisartsenpraktijk De Linde",
        role="Doktersassistent",
        org=("praktijkmanager@hapdelinde.nl", "Huisartsenpraktijk De Linde"),
        desc="Gesprek met de praktijkmanager en een van de huisartsen, na het spreekuur.",
        loc="Lindelaan 2, Amersfoort",
        zone="Europe/Amsterdam",
    )
    _x(
        "Sollicitatiegesprek Medewerker Burgerzaken",
        interview=True,
        company="Gemeente Westerbroek",
        role="Medewerker Burgerzaken",
        org=("werving@westerbroek.nl", "Gemeente Westerbroek – P&O"),
        att=[
            person("j.visser@westerbroek.nl", "Jeroen Visser"),
            person("or@westerbroek.nl", "Ondernemingsraad"),
        ],
        desc="Eerste gespreksronde, vacaturenummer 2025-031. Commissie: teamleider Burgerzaken, HR-adviseur en een lid van de OR.",
        loc="Gemeentehuis Westerbroek, Raadhuisplein 1",
        zone="Europe/Amsterdam",
    )
    _x(
        "Sollicitatie orderpicker DC Hoogveen (via FlexWerk)",
        interview=True,
        company="Distributiecentrum Hoogveen",
        role="Orderpicker",
        org=("planning@flexwerk-uitzend.nl", "FlexWerk Uitzendbureau"),
        desc="Hoi Alex, je kunt je melden bij de portier van DC Hoogveen voor een gesprek met de shiftleider en een rondleiding. Veiligheidsschoenen mee! Groet, Sanne – FlexWerk",
        loc="Distributiecentrum Hoogveen, Industrieweg 90, Hoogeveen",
        zone="Europe/Amsterdam",
    )
    _x(
        "Tweede gesprek – Klantadviseur",
        interview=True,
        company="Spaarbank Noord",
        role="Klantadviseur",
        org=("recruitment@spaarbanknoord.nl", "Spaarbank Noord"),
        conf=(
            "Microsoft Teams-vergadering",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_sbn3390",
        ),
        desc="Tweede gesprek met de regiomanager. Inclusief korte casus (klantgesprek).",
        zone="Europe/Amsterdam",
    )
    _x(
        "Sollicitatiegesprek Juridisch medewerker",
        interview=True,
        company="Bosman & De Wit Advocaten",
        role="Juridisch medewerker",
        org=("secretariaat@bosmandewit.nl", "Bosman & De Wit Advocaten"),
        desc="Geachte heer/mevrouw Rivera,\nHierbij bevestigen wij het gesprek met mr. Bosman.\nMet vriendelijke groet,\nSecretariaat Bosman & De Wit Advocaten",
        loc="Keizersgracht 411, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Gesprek BBL-leerbaan monteur",
        interview=True,
        company="Installatiebedrijf Jansen & Zn.",
        role="Leerling-monteur (BBL)",
        org=("kantoor@jansen-installatie.nl", "Installatiebedrijf Jansen & Zn."),
        desc="Kennismaking op de werkplaats met Kees Jansen. Vier dagen werken, één dag school.",
        loc="Installatiebedrijf Jansen & Zn., Ambachtsweg 12, Zwolle",
        zone="Europe/Amsterdam",
    )
    _x(
        "proefdag bediening hotel 't zwaantje",
        interview=True,
        company="Hotel 't Zwaantje",
        role="Bediening",
        desc="10-16u, zwarte broek + wit shirt. vragen naar Frits",
        loc="Hotel 't Zwaantje, Dorpsstraat 3, Giethoorn",
        zone="Europe/Amsterdam",
    )
    _x(
        "gesprek fietsenwinkel de spaak 10u 🚲",
        interview=True,
        company="Fietsenwinkel De Spaak",
        role=None,
        desc="monteur/verkoop? eigenaar heet Wim",
        loc="De Spaak, Oudegracht 120, Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Sollicitatiegesprek – Boekhouder",
        interview=True,
        company="Vandenberghe",
        role="Boekhouder",
        org=("hr@vandenberghe-nv.be", "Vandenberghe NV"),
        att=[person("an.claes@vandenberghe-nv.be", "An Claes")],
        desc="Gesprek met de financieel directeur en HR. Duur: ongeveer een uur.",
        loc="Vandenberghe NV, Kortrijksesteenweg 1120, Gent",
        zone="Europe/Brussels",
    )
    _x(
        "Doorst: Uitnodiging sollicitatiegesprek leerkracht groep 5",
        interview=True,
        company="Basisschool De Regenboog",
        role="Leerkracht groep 5",
        desc=(
            "-----Oorspronkelijk bericht-----\nVan: Directie OBS De Regenboog <directie@obsderegenboog.nl>\n"
            "Onderwerp: Uitnodiging sollicitatiegesprek leerkracht groep 5\n\n"
            "Beste Alex,\nGraag nodigen wij je uit voor een gesprek met de benoemingsadviescommissie.\n\n"
            "Met vriendelijke groet,\nDirectie Basisschool De Regenboog"
        ),
        loc="Regenbooglaan 4, Haarlem",
        zone="Europe/Amsterdam",
    )
    _x(
        "Sollicitatiegesprek Fondsenwerver",
        interview=True,
        company="Stichting Groene Buurt",
        role="Fondsenwerver",
        org=("vacatures@groenebuurt.nl", "Stichting Groene Buurt"),
        meet="meet",
        desc="Online gesprek met de directeur en de coördinator fondsenwerving.",
        zone="Europe/Amsterdam",
    )
    _x(
        "Assessment + gesprek – Traineeship Finance",
        interview=True,
        company="Koninklijke Dekker Groep",
        role="Traineeship Finance",
        org=("traineeship@dekkergroep.nl", "Koninklijke Dekker Groep"),
        desc="Ochtend: capaciteitentest en groepsopdracht. Middag: gesprek met twee managers uit het traineeprogramma.",
        loc="Dekker Groep hoofdkantoor, Stationsplein 1, Zwolle",
        zone="Europe/Amsterdam",
    )


def _dutch_lookalikes() -> None:
    _x(
        "Sollicitatiegesprek kandidaat Sanne de Vries (Support)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruitment.nl@initech.com", "Initech Recruitment NL"),
        att=[person("sannedevries@ziggo.nl", "Sanne de Vries")],
        desc="Interviewers: Alex Rivera, Bas Hendriks. Scorekaart invullen in het systeem.",
        loc="Initech Amsterdam – ruimte IJ",
        zone="Europe/Amsterdam",
    )
    _x(
        "Interview met regionale omroep over de buurtmoestuin",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Amsterdam",
    )
    _x(
        "Oefengesprek met loopbaancoach",
        interview=False,
        company=None,
        role=None,
        desc="sollicitatiegesprek oefenen, STAR-methode",
        zone="Europe/Amsterdam",
    )
    _x(
        "Tandarts 🦷",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Amsterdam",
    )
    _x(
        "Herinnering: reiskosten declareren gesprek Gemeente Westerbroek",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Amsterdam",
    )
    _x(
        "Netwerkborrel ondernemers Hoogeveen",
        interview=False,
        company=None,
        role=None,
        loc="Café De Kroon",
        zone="Europe/Amsterdam",
    )
