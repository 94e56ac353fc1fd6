# ruff: noqa: E501 -- data: event texts as written
"""Independent author 10a: naming the employer right.

About 150 events, two thirds of them Alex's own interviews where the employer is hard to pin
down: only in the organizer's or attendees' e-mail domain (subdomains such as careers.x.de,
mail.x.co.uk, x-group.com), in the signature of an HTML description, in a meeting-link
subdomain (x.zoom.us, x.webex.com, x.my.webex.com), in the location, or in a "Company:",
"Employer:", "Arbeitgeber:", "Empresa:", "on behalf of" line. Events sent by schedulers
(Calendly, GoodTime, ModernLoop, Paradox, Cronofy, YouCanBook.me), ATS and assessment
platforms (Workable, Teamtailor, Personio, Lever, Ashby, CoderPad, Codility, HireVue, Karat)
and invented staffing agencies (Brightwell Staffing, Haysworth, Hollis & Kane, Fjelltopp
Bemanning, Kroon Uitzendbureau) where the employer is named elsewhere, plus one where the
agency hires Alex itself and one confidential client (company None). Title shapes:
"Interview with <Company> - <Role>", "<Role> @ <Company>", "<Company> | <Stage>",
"<Stage> - <Company> (<Person>)", "<Person> and Alex Rivera", Calendly "<Event> between
Alex Rivera and <Person>" and "between <Person> and Alex Rivera"; multi-word names with &,
+, hyphens, commas, legal forms (GmbH, B.V., AS, ApS, Oy, AB, sp. z o.o., A.S., LLP, Inc.),
German/Dutch/Nordic compounds and non-Latin scripts (Japanese, Chinese, Korean, Russian,
Hebrew, Arabic); trailing words after the company (dates, "- rescheduled", "(updated)",
"[Zoom]", "Bcc", "verschoben", Google "Updated invitation" wrappers). Languages: English,
German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Norwegian, Danish, Finnish,
Polish, Czech, Turkish, Japanese, Chinese, Korean, Russian, Hebrew, Arabic.

The other third are hard negatives that name companies too: Alex interviewing candidates on
the Initech work calendar (GoodTime and Calendly invites among them), debriefs, vendor demos,
QBRs, agency sales pitches, webinars on company Zoom subdomains, meetups and hackathons at
company offices, coffee chats and informational interviews, mock interviews, agency prep
calls, podcasts and press interviews, user-research sessions, exams, a dentist booked on
Calendly, a friend's interview, and Alex interviewing a nanny.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author10a", **kw)


def _calendly(
    event_name: str,
    answers: str = "",
    where: str = "This is a Google Meet web conference. You can join this meeting from your computer, tablet, or smartphone.",
) -> str:
    out = f"Event Name: {event_name}\n\nLocation: {where}\n\n"
    if answers:
        out += answers + "\n\n"
    out += (
        "Need to make changes to this event?\n"
        "Cancel: https://calendly.com/cancellations/4f2a9c1e-77b1-4c1e-9d0a-2b6f0c1d8e11\n"
        "Reschedule: https://calendly.com/reschedulings/4f2a9c1e-77b1-4c1e-9d0a-2b6f0c1d8e11\n\n"
        "Powered by Calendly.com"
    )
    return out


def build() -> None:
    _domain_only()
    _html_signatures()
    _meeting_links()
    _locations()
    _explicit_lines()
    _schedulers()
    _assessment_platforms()
    _agencies()
    _title_shapes()
    _complex_names()
    _trailing_words()
    _more_languages()
    _neg_work_calendar()
    _neg_personal()


# --------------------------------------------------------------------------------------------
# Employer only in e-mail domains
# --------------------------------------------------------------------------------------------
def _domain_only() -> None:
    _x(
        "Technical Interview – Alex Rivera",
        interview=True,
        company="Brennwald",
        org=("talent@careers.brennwald.de", "Talent Acquisition"),
        att=[person("j.krause@brennwald.de", "Jonas Krause")],
        desc="Hi Alex,\n\nlooking forward to our conversation. The session covers system design and a short code review of a small service. Please have your camera on.\n\nBest,\nJonas",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Intro call with Alex Rivera",
        interview=True,
        company="Harrowgate",
        role="Platform Engineer",
        org=("r.patel@mail.harrowgate.co.uk", "Ria Patel"),
        desc="Initial 30 minute call to walk through the Platform Engineer opening and your background. No preparation needed.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Nzk4OTBh",
        ),
        zone="Europe/London",
    )
    _x(
        "Alex Rivera – second round",
        interview=True,
        company="Kestrel Group",
        org=("hanna.berg@kestrel-group.com", "Hanna Berg"),
        att=[
            person("ole.strand@kestrel-group.com", "Ole Strand"),
            person("mia.lund@kestrel-group.com", "Mia Lund", optional=True),
        ],
        desc="Panel with Ole (Engineering Manager) and me. 60 minutes: a case discussion followed by your questions for us.",
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Hiring manager conversation",
        interview=True,
        company="Vantorra",
        role="Senior Backend Engineer",
        org=("m.oduya@vantorra.io", "Marcus Oduya"),
        desc="Following up on your application for Senior Backend Engineer. I lead the payments squad and would like to hear about your recent projects.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Phone screen (30 min)",
        interview=True,
        company="Pellucid Labs",
        org=("recruiting@jobs.pellucidlabs.com", None),
        att=[person("sara.nyman@pellucidlabs.com", "Sara Nyman")],
        desc="Sara will call you at the number on your application.",
        zone="America/Chicago",
    )
    _x(
        "Onsite – Alex Rivera",
        interview=True,
        company="Marrowbank",
        org=("onsite-scheduling@corp.marrowbank.com", "Onsite Scheduling"),
        att=[
            person("dev.patel@marrowbank.com", "Dev Patel"),
            person("lin.zhao@marrowbank.com", "Lin Zhao"),
            person("grace.obi@marrowbank.com", "Grace Obi"),
        ],
        desc="10:00 Coding (Dev Patel)\n11:00 System design (Lin Zhao)\n12:00 Lunch with the team\n13:00 Behavioral (Grace Obi)\n\nPlease check in at reception 15 minutes early.",
        zone="America/New_York",
    )
    _x(
        "Alex / Tomás – charla sobre el puesto",
        interview=True,
        company="Solvanta",
        role="Data Engineer",
        org=("tomas.iglesias@solvanta.es", "Tomás Iglesias"),
        desc="Hola Alex,\n\ncomo hablamos, una llamada corta para conocernos y contarte más sobre la posición de Data Engineer en el equipo de plataforma.\n\nUn saludo,\nTomás",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Video interview: Alex Rivera",
        interview=True,
        company="Ferrowind",
        org=("noreply@talent.ferrowind.com.au", None),
        att=[
            person("kate.oneill@ferrowind.com.au", "Kate O'Neill"),
            person("raj.iyer@ferrowind.com.au", "Raj Iyer"),
        ],
        desc="Join with the link below. Kate and Raj from the analytics team will interview you.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTZhMjc",
        ),
        zone="Australia/Sydney",
    )
    _x(
        "Follow-up chat re: ML Engineer role",
        interview=True,
        company="Quorvex",
        role="ML Engineer",
        att=[person("d.huang@quorvex.ai", "Daniel Huang")],
        desc="Daniel asked for a second conversation after the take-home. Talk through model serving choices.",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Interview: Alex Rivera <> Engineering",
        interview=True,
        company="Northgale",
        org=("people@northgale.energy", None),
        att=[
            person("f.adeyemi@northgale.energy", "Folake Adeyemi"),
            person("p.schultz@northgale.energy", "Peter Schultz"),
        ],
        desc="Structured interview with two engineers. Topics: distributed systems, incident handling.",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Kennismakingsgesprek Alex Rivera",
        interview=True,
        company="Veldkamp Bouw",
        role="Projectleider Digitalisering",
        org=("werving@veldkamp-bouw.nl", "Werving"),
        att=[person("a.dekker@veldkamp-bouw.nl", "Annelies Dekker")],
        desc="Beste Alex,\n\nHierbij de uitnodiging voor het kennismakingsgesprek voor de functie Projectleider Digitalisering. Het gesprek duurt ongeveer een uur.\n\nMet vriendelijke groet,\nAnnelies Dekker",
        loc="Microsoft Teams",
        zone="Europe/Amsterdam",
    )
    _x(
        "Chat with Alex",
        interview=True,
        company="Emberlight",
        org=("hiring@emberlight.studio", None),
        att=[person("noor@emberlight.studio", "Noor Haddad")],
        desc="Hey Alex – thanks for applying! This is a 45 minute first interview with Noor, our head of engineering.",
        meet="meet",
        zone="America/Denver",
        my_status="tentative",
    )


# --------------------------------------------------------------------------------------------
# Employer only in the signature of an HTML description (ATS / tool organizers)
# --------------------------------------------------------------------------------------------
def _html_signatures() -> None:
    _x(
        "Interview Alex Rivera",
        interview=True,
        company="Corvina Health",
        role="Product Analyst",
        org=("noreply@calendar.workable.com", "Workable"),
        desc="<p>Hi Alex,</p><p>Thank you for your interest in the <b>Product Analyst</b> position. You will meet our Head of Product for a 45 minute video interview.</p><br><p>Kind regards,<br><b>Julia Mendes</b><br>Senior Talent Partner | <b>Corvina Health</b><br><a href='https://www.corvinahealth.com'>www.corvinahealth.com</a></p><p style='color:#999'>Sent with Workable</p>",
        meet="meet",
        zone="Europe/Lisbon",
    )
    _x(
        "Intervju – Alex Rivera",
        interview=True,
        company="Fjällbacka Energi",
        role="Dataingenjör",
        org=("no-reply@teamtailor-mail.com", "Teamtailor"),
        desc="<p>Hej Alex!</p><p>Välkommen till intervju för tjänsten som <strong>Dataingenjör</strong>. Vi ses digitalt via länken nedan.</p><p>Med vänliga hälsningar<br>Lina Sjöberg<br>Rekryterare<br>Fjällbacka Energi AB<br>+46 8 555 010 20</p>",
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Vorstellungsgespräch",
        interview=True,
        company="Hellweg & Sohn Maschinenbau",
        role="Embedded Softwareentwickler",
        org=("no-reply@personio.de", "Personio"),
        desc="<p>Hallo Alex,</p><p>vielen Dank für Ihre Bewerbung als Embedded Softwareentwickler. Gerne laden wir Sie zu einem persönlichen Gespräch ein.</p><p>Mit freundlichen Grüßen<br>Katrin Vogel<br>HR Business Partner<br><br><b>Hellweg &amp; Sohn Maschinenbau GmbH</b><br>Industriestraße 12, 44135 Dortmund<br>Geschäftsführer: Dr. Bernd Hellweg · Amtsgericht Dortmund HRB 12345</p>",
        loc="Industriestraße 12, 44135 Dortmund",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien – Alex Rivera",
        interview=True,
        company="Maison Bellerive",
        org=("noreply@recruitee.com", None),
        desc="<p>Bonjour Alex,</p><p>Suite à votre candidature, nous avons le plaisir de vous convier à un premier entretien visio de 30 minutes.</p><p>Bien cordialement,</p><p>Claire Dubois | Responsable recrutement<br><b>Maison Bellerive SAS</b><br>8 quai des Chartrons, 33000 Bordeaux</p>",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Conversation with the Data team",
        interview=True,
        company="Lumenfield",
        role="Analytics Engineer",
        org=("interviews@greenhouse-mail.io", None),
        att=[person("t.ward@gh-interviewer.net", "Tessa Ward")],
        desc="<div>Hi Alex,<br><br>As discussed, this is your interview with Tessa for the Analytics Engineer role.<br><br>Best,<br>Priya Raman<br>Talent Acquisition<br><b>Lumenfield</b> (part of the Arcadia Group)<br><i>This e-mail and any attachments are confidential.</i></div>",
        conf=("Zoom Meeting", "https://zoom.us/j/93155512345"),
        zone="Europe/London",
    )
    _x(
        "Chat with Ben (CTO)",
        interview=True,
        company="Tallyho Robotics",
        role="Founding Engineer",
        org=("ben.okafor@gmail.com", "Ben Okafor"),
        desc="<p>Hey Alex, great to connect. Let's use this hour to dig into the founding engineer role and a bit of the robotics stack.</p><p>--<br>Ben Okafor<br>Co-founder &amp; CTO, Tallyho Robotics<br>We're hiring: tallyho.dev/jobs</p>",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Interview (45 min)",
        interview=True,
        company="Saltmarsh Analytics",
        org=("calendar@app.ashbyhq.com", "Ashby"),
        desc="<p>Hi Alex, here is the invite for your interview with Martin.</p><table><tr><td><img src='https://cdn.example-cdn.net/sig/sm.png' alt='Saltmarsh Analytics logo' width='80'></td><td>Martin Cole<br>Engineering Manager<br>+1 415 555 0142</td></tr></table>",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Colloquio conoscitivo",
        interview=True,
        company="Ventoverde",
        role="Backend Developer",
        org=("no-reply@hire.lever.co", "Lever"),
        desc="<p>Ciao Alex,</p><p>ti confermo il colloquio conoscitivo per la posizione di <b>Backend Developer</b>.</p><p>A presto,<br>Giulia Ferraro<br>Talent Acquisition Specialist<br>Ventoverde S.p.A. – Via Tortona 27, Milano</p>",
        meet="meet",
        zone="Europe/Rome",
    )


# --------------------------------------------------------------------------------------------
# Employer only in the meeting-link subdomain
# --------------------------------------------------------------------------------------------
def _meeting_links() -> None:
    _x(
        "Interview: Alex Rivera (Frontend Engineer)",
        interview=True,
        company="Quillfeather",
        role="Frontend Engineer",
        org=("no-reply@ashbyhq.com", "Ashby"),
        desc="Join Zoom Meeting\nhttps://quillfeather.zoom.us/j/84512345678?pwd=Zk1xQ2\n\nMeeting ID: 845 1234 5678\nPasscode: 551203",
        conf=("Zoom Meeting", "https://quillfeather.zoom.us/j/84512345678?pwd=Zk1xQ2"),
        zone="America/New_York",
    )
    _x(
        "Interview - Alex Rivera",
        interview=True,
        company="Lindqvist",
        org=("noreply@smartrecruiters.com", "SmartRecruiters"),
        desc="Your interview has been scheduled. Join the Webex meeting at the time below.",
        loc="https://lindqvist.webex.com/meet/k.holm",
        conf=("Webex", "https://lindqvist.webex.com/meet/k.holm"),
        zone="Europe/Stockholm",
    )
    _x(
        "Interview 2nd round",
        interview=True,
        company="Brightmoor",
        desc="Link from the recruiter: https://brightmoor.zoom.us/j/9911223344\nPrep: STAR stories, the migration project.",
        zone="America/Chicago",
    )
    _x(
        "Intervju, runde 1",
        interview=True,
        company="Halvorsen",
        org=("no-reply@teamtailor-mail.com", None),
        desc="Hei Alex! Takk for søknaden din. Her er lenken til intervjuet: https://halvorsen.zoom.us/j/7712009911",
        conf=("Zoom Meeting", "https://halvorsen.zoom.us/j/7712009911"),
        zone="Europe/Oslo",
    )
    _x(
        "Panel Interview – Senior SRE",
        interview=True,
        company="Orbitalis",
        role="Senior SRE",
        org=("scheduling@interviewplanner.net", None),
        desc="Meeting link: https://orbitalis.webex.com/orbitalis/j.php?MTID=m5f2c0a11b9e\nMeeting number: 2634 118 0077\nPanel: 3 interviewers, 60 minutes.",
        conf=("Webex", "https://orbitalis.webex.com/orbitalis/j.php?MTID=m5f2c0a11b9e"),
        zone="America/Los_Angeles",
    )
    _x(
        "Technical screen",
        interview=True,
        company="Stratoglass",
        org=("no-reply@hire.lever.co", "Lever"),
        desc="Please join via Webex: https://stratoglass.my.webex.com/meet/engineering-hiring",
        loc="https://stratoglass.my.webex.com/meet/engineering-hiring",
        zone="Europe/Dublin",
    )


# --------------------------------------------------------------------------------------------
# Employer only in the location
# --------------------------------------------------------------------------------------------
def _locations() -> None:
    _x(
        "Onsite interview",
        interview=True,
        company="Glasshouse Robotics",
        desc="Bring ID. Ask reception for Maya.",
        loc="Glasshouse Robotics HQ, 3rd floor, 200 Harbor Way, San Francisco, CA",
        zone="America/Los_Angeles",
    )
    _x(
        "Vorstellungsgespräch 2. Runde",
        interview=True,
        company="Brückner Logistik",
        desc="Mit Teamleitung und Personalabteilung. Unterlagen mitbringen.",
        loc="Brückner Logistik GmbH, Empfang Haus B, Hafenstraße 4, 20457 Hamburg",
        zone="Europe/Berlin",
    )
    _x(
        "Final round",
        interview=True,
        company="Tidewell Bank",
        org=("priya.s@outlook.com", "Priya S."),
        desc="Three back-to-back conversations, about 3 hours in total.",
        loc="Tidewell Bank – Canary Wharf office, Level 12 (ask for Priya)",
        zone="Europe/London",
    )
    _x(
        "Entretien sur site",
        interview=True,
        company="Atelier Lumière",
        desc="Rencontre avec l'équipe produit puis le CTO.",
        loc="Atelier Lumière, 14 rue de Paradis, 75010 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Trial day – backend",
        interview=True,
        company="Fjordline Studios",
        desc="Paid trial day, pairing with the team on a real ticket. Laptop + charger.",
        loc="Fjordline Studios office, Storgata 12, 0155 Oslo",
        zone="Europe/Oslo",
    )
    _x(
        "Interview",
        interview=True,
        company="Summitly",
        org=("office@summitly.co", None),
        loc="Meeting room 'Everest', Summitly Inc., 5th floor, 88 King St W, Toronto",
        zone="America/Toronto",
    )


# --------------------------------------------------------------------------------------------
# "Company:", "Employer:", "on behalf of" lines
# --------------------------------------------------------------------------------------------
def _explicit_lines() -> None:
    _x(
        "interview",
        interview=True,
        company="Marlowe & Finch",
        role="Senior Product Manager",
        org=("notifications@interviews.hirebridge.app", "HireBridge"),
        desc="Company: Marlowe & Finch Ltd\nPosition: Senior Product Manager\nInterviewers: Gemma Hart, Rob Singh\nFormat: video, 60 min\n\nManaged with HireBridge",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Interview confirmation – Alex Rivera",
        interview=True,
        company="Norrland Mining",
        role="Data Engineer",
        org=("noreply@cronofy.com", "Cronofy Scheduler"),
        desc="This invitation is sent on behalf of Norrland Mining.\n\nRole: Data Engineer\nInterviewer: Erik Holmström\n\nScheduled with Cronofy.",
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Entrevista – Alex Rivera",
        interview=True,
        company="Grupo Ondarreta",
        role="Jefe de Proyecto IT",
        org=("rrhh.seleccion@gmail.com", "Selección RRHH"),
        desc="Empresa: Grupo Ondarreta S.L.\nPuesto: Jefe de Proyecto IT\nEntrevistadora: Itziar Etxeberria (Dirección de Sistemas)\nDuración: 45 minutos",
        loc="Paseo de la Concha 3, Donostia",
        zone="Europe/Madrid",
    )
    _x(
        "Sollicitatiegesprek",
        interview=True,
        company="Gemeente Zeewolde",
        role="Informatieadviseur",
        org=("noreply@werkenvoornederland.example", None),
        desc="Organisatie: Gemeente Zeewolde\nVacature: Informatieadviseur\nCommissie: teamleider I&A, HR-adviseur en een collega\nLocatie: gemeentehuis, Raadhuisplein 1",
        loc="Raadhuisplein 1, Zeewolde",
        zone="Europe/Amsterdam",
    )
    _x(
        "Hiring team interview",
        interview=True,
        company="Seabright Analytics",
        org=("scheduler@interviewbot.io", "Interview Bot"),
        desc="Scheduled on behalf of Seabright Analytics by their recruiting team.\n\nYou will meet: Hannah Voss (Director of Data)\nVideo link below.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Interview – Alex Rivera (Cloud Engineer)",
        interview=True,
        company="Kilnworth Group",
        role="Cloud Engineer",
        org=("talent@rpo-partners.com", "RPO Partners Talent Team"),
        desc="Employer: Kilnworth Group\nRole: Cloud Engineer\nThis hiring process is run by RPO Partners on behalf of the employer; your interviewers are Kilnworth staff.",
        meet="meet",
        zone="Europe/Dublin",
    )
    _x(
        "Interview slot booked",
        interview=True,
        company="Cartwright Engineering",
        role="Controls Engineer",
        org=("bookings@slotfinder.app", None),
        desc="Hiring company: Cartwright Engineering\nJob: Controls Engineer\nPlease arrive 10 minutes early.",
        loc="Unit 4, Riverside Park, Leeds",
        zone="Europe/London",
    )


# --------------------------------------------------------------------------------------------
# Schedulers: Calendly, GoodTime, ModernLoop, Paradox, Cronofy, YouCanBook.me
# --------------------------------------------------------------------------------------------
def _schedulers() -> None:
    _x(
        "Recruiter Screen between Priya Natarajan and Alex Rivera",
        interview=True,
        company="Veridian",
        role="Staff Data Scientist",
        org=("priya.natarajan@veridian.io", "Priya Natarajan"),
        desc=_calendly(
            "Recruiter Screen",
            "Please share anything that will help prepare for our meeting.: Applied for the Staff Data Scientist role via LinkedIn.",
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "30 Minute Meeting between Alex Rivera and Sofia Lindgren",
        interview=True,
        company="Frostbyte Interactive",
        role="Gameplay Programmer",
        att=[person("sofia.lindgren@frostbyte.se", "Sofia Lindgren")],
        desc=_calendly(
            "30 Minute Meeting",
            "Please share anything that will help prepare for our meeting.: Hi Alex! I'm the recruiter for our Gameplay Programmer opening at Frostbyte Interactive and would love to tell you more.",
        ),
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Hiring Manager Chat between Alex Rivera and Owen Price",
        interview=True,
        company="Redwick Tools",
        att=[person("owen.price@gmail.com", "Owen Price")],
        desc=_calendly(
            "Hiring Manager Chat",
            "Company name: Redwick Tools\nWhat would you like to discuss?: Next step after your recruiter call – I manage the firmware team.",
        ),
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Alex Rivera - Virtual Onsite - Software Engineer II",
        interview=True,
        company="Halcyra",
        role="Software Engineer II",
        org=("recruiting-coordination@halcyra.com", "Recruiting Coordination"),
        att=[
            person("ian.moss@halcyra.com", "Ian Moss"),
            person("zoe.tran@halcyra.com", "Zoe Tran"),
        ],
        desc="Welcome to your virtual onsite with Halcyra!\n\n1:00 PM Coding – Ian Moss\n2:00 PM Architecture – Zoe Tran\n\nThis interview was scheduled with GoodTime. Need to reschedule? Reply to your coordinator.",
        conf=("Zoom Meeting", "https://zoom.us/j/98123004411"),
        zone="America/Los_Angeles",
    )
    _x(
        "Interview Loop: Alex Rivera (Product Designer)",
        interview=True,
        company="Brindle",
        role="Product Designer",
        org=("scheduler@modernloop.io", "ModernLoop"),
        att=[
            person("kai@brindle.design", "Kai Brandt"),
            person("oona@brindle.design", "Oona Park"),
            person("lee@brindle.design", "Lee Ames"),
        ],
        desc="Portfolio review (Kai), design exercise (Oona), values (Lee).\n\nPowered by ModernLoop",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Your interview at Greenleaf Markets",
        interview=True,
        company="Greenleaf Markets",
        role="Assistant Store Manager",
        org=("olivia@paradox.ai", "Olivia"),
        desc="Hi Alex, it's Olivia, the virtual assistant for Greenleaf Markets! Your interview for Assistant Store Manager is confirmed. Reply R to reschedule.\n\nPowered by Paradox",
        loc="Greenleaf Markets, 1200 Alder Ave, Portland, OR",
        zone="America/Los_Angeles",
    )
    _x(
        "Booking: Alex Rivera – Graduate Assessment Interview",
        interview=True,
        company="Ashgrove Water",
        role="Graduate Engineer",
        org=("notifications@youcanbook.me", "YouCanBook.me"),
        desc="Your booking with the Ashgrove Water early-careers team is confirmed.\nProgramme: Graduate Engineer 2025\nYou will speak with one assessor for 40 minutes.\n\nCancel or change: https://ashgrovegrads.youcanbook.me/",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Alex Rivera | Technical Screen | Pomelo Pay",
        interview=True,
        company="Pomelo Pay",
        org=("interviews@pomelopay.com", "Pomelo Pay Interviews"),
        desc="Scheduled by GoodTime on behalf of the Pomelo Pay recruiting team.",
        conf=("Zoom Meeting", "https://zoom.us/j/91022330044"),
        zone="Asia/Singapore",
    )
    _x(
        "Interview Loop: Alex Rivera (Staff Engineer) (updated)",
        interview=True,
        company="Cinderpath",
        role="Staff Engineer",
        org=("scheduler@modernloop.io", "ModernLoop"),
        att=[
            person("r.gomez@cinderpath.com", "Rosa Gómez"),
            person("h.ito@cinderpath.com", "Hiro Ito"),
        ],
        desc="Updated: Rosa's session moved to 2:00 PM.\n\nPowered by ModernLoop",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Intro Call between Marta Kowalska and Alex Rivera",
        interview=True,
        company="Krakenfield",
        org=("marta.kowalska@krakenfield.pl", "Marta Kowalska"),
        desc=_calendly(
            "Intro Call",
            "Anything we should know?: Saw your profile, we're hiring senior backend folks in Warsaw.",
        ),
        meet="meet",
        zone="Europe/Warsaw",
    )


# --------------------------------------------------------------------------------------------
# Assessment / interview-as-a-service platforms
# --------------------------------------------------------------------------------------------
def _assessment_platforms() -> None:
    _x(
        "Live coding (CoderPad) – Alex Rivera",
        interview=True,
        company="Tessellate",
        org=("no-reply@coderpad.io", "CoderPad"),
        desc="Your interviewer from Tessellate will join the pad at the scheduled time.\nPad: https://app.coderpad.io/ZX81QW",
        zone="America/New_York",
    )
    _x(
        "Codility Live interview",
        interview=True,
        company="Marwick Systems",
        role="Java Developer",
        org=("no-reply@codility.com", "Codility"),
        desc="You have been invited by Marwick Systems to a Codility Live pair-programming interview for the Java Developer position.",
        zone="Europe/London",
    )
    _x(
        "HireVue Live Interview",
        interview=True,
        company="Glenmore Insurance",
        org=("noreply@hirevue.com", "HireVue"),
        desc="Glenmore Insurance has invited you to a live video interview. Please test your device beforehand.",
        zone="America/New_York",
    )
    _x(
        "Karat Interview",
        interview=True,
        company="Belvedere Payments",
        role="Senior Software Engineer",
        org=("scheduling@karat.io", "Karat"),
        desc="Karat conducts the first-round technical interview on behalf of Belvedere Payments for the Senior Software Engineer role. Your Interview Engineer will meet you in the Karat Studio.",
        zone="America/Los_Angeles",
    )
    _x(
        "CodeSignal Interview – Backend",
        interview=True,
        company="Arcturus Freight",
        role="Backend Engineer",
        org=("no-reply@codesignal.com", "CodeSignal"),
        desc="Company: Arcturus Freight\nPosition: Backend Engineer\nInterviewer will join the CodeSignal room.",
        zone="America/Chicago",
    )


# --------------------------------------------------------------------------------------------
# Staffing agencies
# --------------------------------------------------------------------------------------------
def _agencies() -> None:
    _x(
        "Interview Alex Rivera – Lindenhoff Foods",
        interview=True,
        company="Lindenhoff Foods",
        org=("eva.maas@brightwell-staffing.com", "Eva Maas | Brightwell Staffing"),
        desc="Hi Alex, as promised: the interview with Lindenhoff Foods is confirmed. Their IT manager will host. Good luck!\n\nEva Maas\nConsultant, Brightwell Staffing",
        loc="Lindenhoff Foods, Veemarkt 7, Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Client interview – DevOps Engineer",
        interview=True,
        company="Halberd Security",
        role="DevOps Engineer",
        org=("j.ward@haysworth.co.uk", "James Ward"),
        desc="Client: Halberd Security\nInterviewer: Mark Osei (Head of Infrastructure)\nAddress: 3 Finsbury Sq, London\nDress: smart casual\n\nJames Ward | Haysworth Recruitment | Technology",
        loc="3 Finsbury Square, London",
        zone="Europe/London",
    )
    _x(
        "Interviewtermin",
        interview=True,
        company="Kappel Medizintechnik",
        role="Qualitätsingenieur",
        org=("j.weber@holliskane.de", "Julia Weber"),
        desc="Sehr geehrter Herr Rivera,\n\nwie besprochen hier Ihr Termin.\n\nArbeitgeber: Kappel Medizintechnik GmbH\nPosition: Qualitätsingenieur\nGesprächspartner: Hr. Dr. Lenz\n\nViele Grüße\nJulia Weber\nHollis & Kane Recruitment GmbH",
        loc="Kappel Medizintechnik, Am Wiesengrund 9, Tuttlingen",
        zone="Europe/Berlin",
    )
    _x(
        "Interview – Internal Technical Recruiter",
        interview=True,
        company="Brightwell Staffing",
        role="Internal Technical Recruiter",
        org=("careers@brightwell-staffing.com", "Brightwell Careers"),
        desc="Thanks for applying to join Brightwell Staffing itself! This role sits in our own internal talent team (not a client placement). You'll meet our Head of Talent.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Interview with hiring manager",
        interview=True,
        company="Pinecrest",
        org=("tom.becker@stafford-blue.co.uk", "Tom Becker"),
        desc="Hi Alex, your interview with our client is confirmed. The hiring manager will host on their own Zoom: https://pinecrest.zoom.us/j/8800112233\n\nTom\nStafford Blue",
        conf=("Zoom Meeting", "https://pinecrest.zoom.us/j/8800112233"),
        zone="Europe/London",
    )
    _x(
        "Sollicitatiegesprek bij Van Dijk Installatietechniek (via Kroon)",
        interview=True,
        company="Van Dijk Installatietechniek",
        role="Werkvoorbereider",
        org=("planning@kroonuitzendbureau.nl", "Kroon Uitzendbureau"),
        desc="Functie: Werkvoorbereider\nMeld je bij de receptie en vraag naar Henk.",
        loc="Industrieweg 22, Zwolle",
        zone="Europe/Amsterdam",
    )
    _x(
        "Intervju",
        interview=True,
        company="Nordvik Havbruk",
        role="Driftsingeniør",
        org=("rekruttering@fjelltopp-bemanning.no", "Fjelltopp Bemanning"),
        desc="Hei Alex,\n\nArbeidsgiver: Nordvik Havbruk AS\nStilling: Driftsingeniør\nIntervjuet holdes på Teams med daglig leder.\n\nHilsen\nSiri, Fjelltopp Bemanning",
        loc="Microsoft Teams",
        zone="Europe/Oslo",
    )
    _x(
        "Confidential client – Head of Data interview",
        interview=True,
        company=None,
        role="Head of Data",
        org=("a.knight@meridianexec.com", "Alice Knight"),
        desc="As discussed, the client wishes to remain confidential until the second stage. It is a Series C consumer fintech. Interview with their CFO.",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Kandidatgespräch – IT-Leiter",
        interview=True,
        company="Ostwind Spedition",
        role="IT-Leiter",
        org=("m.roth@hollis-kane.de", "Marc Roth"),
        desc="Vorstellung beim Mandanten Ostwind Spedition (Frau Brandt, Geschäftsführung).\nBitte Zeugnisse mitbringen.",
        loc="Ostwind Spedition, Am Hafen 5, Bremen",
        zone="Europe/Berlin",
    )


# --------------------------------------------------------------------------------------------
# Title shapes
# --------------------------------------------------------------------------------------------
def _title_shapes() -> None:
    _x(
        "Interview with Copperline – Senior iOS Engineer",
        interview=True,
        company="Copperline",
        role="Senior iOS Engineer",
        org=("talent@copperline.app", None),
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Data Platform Lead @ Moss & Ember",
        interview=True,
        company="Moss & Ember",
        role="Data Platform Lead",
        org=("hiring@mossandember.com", "Moss & Ember Hiring"),
        desc="First conversation with our VP Engineering.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Yellowpine | Hiring Manager Interview",
        interview=True,
        company="Yellowpine",
        org=("no-reply@hire.lever.co", "Lever"),
        desc="You'll meet Chris, who manages the integrations team.",
        meet="meet",
        zone="America/Denver",
    )
    _x(
        "Technical Round – Ostara Labs (Felix Nguyen)",
        interview=True,
        company="Ostara Labs",
        org=("felix@ostaralabs.com", "Felix Nguyen"),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Maya Lin and Alex Rivera",
        interview=True,
        company="Sundial",
        role="Clinical Data Analyst",
        org=("maya.lin@sundial.health", "Maya Lin"),
        desc="Hi Alex – booking us a slot for the first interview for the Clinical Data Analyst role at Sundial. Talk soon!",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Alex Rivera <> Thistle Capital",
        interview=True,
        company="Thistle Capital",
        role="Quant Developer",
        org=("j.mackay@thistlecap.com", "Jamie MacKay"),
        desc="First interview for the Quant Developer opening. 45 min with Jamie (Head of Trading Tech).",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk2ZmQ",
        ),
        zone="Europe/London",
    )
    _x(
        "Final interview: CEO – Bramblewood",
        interview=True,
        company="Bramblewood",
        org=("ops@bramblewood.io", None),
        desc="Last step – 30 minutes with our CEO, Hattie.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "[Kiteline] Round 2 – System Design",
        interview=True,
        company="Kiteline",
        org=("no-reply@ashbyhq.com", "Ashby"),
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Alex Rivera x Northbeam — culture fit",
        interview=True,
        company="Northbeam",
        org=("people@northbeam.so", "Northbeam People"),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Solutions Architect interview (Greywater Cloud)",
        interview=True,
        company="Greywater Cloud",
        role="Solutions Architect",
        desc="Recruiter: Dana. Panel of 2.",
        zone="America/Chicago",
    )
    _x(
        "Interview: Senior Analyst, Pricing — Blue Heron Insurance Group",
        interview=True,
        company="Blue Heron Insurance Group",
        role="Senior Analyst, Pricing",
        org=("careers@blueheron-ig.com", None),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Interview w/ Hana @ Lumio",
        interview=True,
        company="Lumio",
        desc="Hana = eng manager. Ask about on-call.",
        zone="America/Los_Angeles",
    )
    _x(
        "Panel: Alex Rivera for Staff Engineer, Payments (Quarry)",
        interview=True,
        company="Quarry",
        role="Staff Engineer, Payments",
        org=("recruiting@quarry.finance", "Quarry Recruiting"),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Phone interview – Alder & Rowan (Sam Whitlock)",
        interview=True,
        company="Alder & Rowan",
        org=("sam.whitlock@alderrowan.com", "Sam Whitlock"),
        zone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# Multi-word names, legal forms, compounds, non-Latin scripts
# --------------------------------------------------------------------------------------------
def _complex_names() -> None:
    _x(
        "Interview – Smith, Larkin & Oyelaran LLP – Legal Tech Developer",
        interview=True,
        company="Smith, Larkin & Oyelaran",
        role="Legal Tech Developer",
        org=("recruitment@slo-law.com", "SLO Recruitment"),
        zone="Europe/London",
    )
    _x(
        "Erstgespräch Stadtwerke Ostholzhausen",
        interview=True,
        company="Stadtwerke Ostholzhausen",
        org=("personal@stadtwerke-ostholzhausen.de", "Personalabteilung"),
        desc="Bewerbung als Datenbankadministrator (Kennziffer 2025-17).",
        role="Datenbankadministrator",
        zone="Europe/Berlin",
    )
    _x(
        "Sollicitatiegesprek – Koninklijke Van Wijnen Scheepsbouw B.V.",
        interview=True,
        company="Koninklijke Van Wijnen Scheepsbouw",
        org=("hr@vanwijnenscheepsbouw.nl", None),
        loc="Werfweg 1, Hardinxveld-Giessendam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Intervju – Ålesund Fiskeriteknologi AS",
        interview=True,
        company="Ålesund Fiskeriteknologi",
        role="Utvikler",
        desc="Stilling: Utvikler. Møt opp i resepsjonen.",
        loc="Nedre Strandgate 10, Ålesund",
        zone="Europe/Oslo",
    )
    _x(
        "Samtale hos Østergaard & Brønnum ApS",
        interview=True,
        company="Østergaard & Brønnum",
        org=("job@oestergaard-broennum.dk", None),
        desc="Første samtale om stillingen. Varighed 1 time.",
        zone="Europe/Copenhagen",
    )
    _x(
        "Työhaastattelu: Pohjolan Tietotekniikka Oy",
        interview=True,
        company="Pohjolan Tietotekniikka",
        role="Ohjelmistokehittäjä",
        org=("rekry@pohjolantt.fi", "Rekrytointi"),
        desc="Tehtävä: Ohjelmistokehittäjä\nHaastattelijat: tiimin esihenkilö ja HR",
        meet="meet",
        zone="Europe/Helsinki",
    )
    _x(
        "Interview – Rhein-Main Verkehrsdaten GmbH",
        interview=True,
        company="Rhein-Main Verkehrsdaten",
        org=("bewerbung@rm-verkehrsdaten.de", None),
        zone="Europe/Berlin",
    )
    _x(
        "Second interview Arclight Holdings, Inc.",
        interview=True,
        company="Arclight Holdings",
        zone="America/New_York",
    )
    _x(
        "一次面接（ミナトテック）— バックエンドエンジニア",
        interview=True,
        company="ミナトテック",
        role="バックエンドエンジニア",
        org=("saiyo@minatotech.co.jp", "採用担当"),
        desc="アレックス・リベラ様\n\nこの度はご応募いただきありがとうございます。一次面接の詳細は以下の通りです。\n\nミナトテック株式会社 人事部 佐藤",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "面试邀请｜星河数据科技 - 后端开发工程师",
        interview=True,
        company="星河数据科技",
        role="后端开发工程师",
        org=("hr@xinghedata.cn", "星河数据HR"),
        desc="您好，感谢您投递后端开发工程师岗位，现邀请您参加视频面试。",
        zone="Asia/Shanghai",
    )
    _x(
        "[한빛소프트] 1차 기술면접 안내",
        interview=True,
        company="한빛소프트",
        org=("recruit@hanbitsoft.example.kr", "한빛소프트 인사팀"),
        desc="알렉스 리베라님, 서류 전형 합격을 축하드립니다. 1차 기술면접은 화상으로 진행됩니다.",
        zone="Asia/Seoul",
    )
    _x(
        "Собеседование: «Северный Ветер» — аналитик данных",
        interview=True,
        company="Северный Ветер",
        role="аналитик данных",
        org=("hr@severveter.example.ru", "HR"),
        desc="Алекс, добрый день! Подтверждаем собеседование на позицию аналитика данных.",
        zone="Europe/Moscow",
    )
    _x(
        "ראיון עבודה – אופק מערכות",
        interview=True,
        company="אופק מערכות",
        org=("jobs@ofek-systems.co.il", None),
        desc="שלום אלכס, מאשרים את הראיון עם ראש הצוות.",
        zone="Asia/Jerusalem",
    )
    _x(
        "مقابلة عمل - شركة الواحة للتقنية",
        interview=True,
        company="الواحة للتقنية",
        role="مهندس برمجيات",
        org=("careers@alwaha-tech.ae", None),
        desc="عزيزي أليكس، يسعدنا دعوتك لمقابلة لوظيفة مهندس برمجيات.",
        zone="Asia/Dubai",
    )
    _x(
        "Interview with Studio Fern+Fable",
        interview=True,
        company="Studio Fern+Fable",
        role="Creative Technologist",
        org=("hello@fernfable.studio", "Studio Fern+Fable"),
        desc="Creative Technologist role – portfolio walkthrough.",
        meet="meet",
        zone="Europe/London",
    )


# --------------------------------------------------------------------------------------------
# Trailing words after the company
# --------------------------------------------------------------------------------------------
def _trailing_words() -> None:
    _x(
        "Interview with Ravenscar Bio – rescheduled",
        interview=True,
        company="Ravenscar Bio",
        org=("talent@ravenscarbio.com", None),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Halden Systems | Final Round (updated)",
        interview=True,
        company="Halden Systems",
        org=("no-reply@ashbyhq.com", "Ashby"),
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Technical interview Perrault Foods [Zoom]",
        interview=True,
        company="Perrault Foods",
        conf=("Zoom Meeting", "https://zoom.us/j/81234509876"),
        zone="America/Chicago",
    )
    _x(
        "Final interview Tidewater Insurance Bcc",
        interview=True,
        company="Tidewater Insurance",
        org=("k.marsh@tidewaterins.com", "Kelly Marsh"),
        zone="America/New_York",
    )
    _x(
        "Interview Corvo Analytics 14.03.",
        interview=True,
        company="Corvo Analytics",
        zone="Europe/Berlin",
    )
    _x(
        "Zweitgespräch Lindner Optik – verschoben",
        interview=True,
        company="Lindner Optik",
        org=("bewerbung@lindner-optik.de", None),
        desc="Neuer Termin wie telefonisch vereinbart.",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien Valmonde – 2e tour (nouvel horaire)",
        interview=True,
        company="Valmonde",
        org=("recrutement@valmonde.fr", None),
        zone="Europe/Paris",
    )
    _x(
        "Interview Glenfield Partners Tues 3pm EST - CONFIRMED",
        interview=True,
        company="Glenfield Partners",
        zone="America/New_York",
    )
    _x(
        "Updated invitation: Interview – Amberlane @ Mon Mar 3, 2025 10am - 11am (PST) (alex.rivera@gmail.com)",
        interview=True,
        company="Amberlane",
        org=("recruiting@amberlane.com", None),
        meet="meet",
        zone="America/Los_Angeles",
    )


# --------------------------------------------------------------------------------------------
# More languages
# --------------------------------------------------------------------------------------------
def _more_languages() -> None:
    _x(
        "Entrevista técnica",
        interview=True,
        company="Marés Digital",
        role="Engenheiro de Dados Sênior",
        org=("talentos@maresdigital.com.br", "Talentos"),
        desc="Empresa: Marés Digital Ltda.\nVaga: Engenheiro de Dados Sênior\nEntrevistadores: Paula e Rodrigo",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Rozmowa rekrutacyjna – Wisła Software sp. z o.o.",
        interview=True,
        company="Wisła Software",
        role="Programista Python",
        org=("rekrutacja@wislasoftware.pl", None),
        desc="Stanowisko: Programista Python. Rozmowa z kierownikiem zespołu.",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Mülakat Daveti – Boğaziçi Yazılım A.Ş.",
        interview=True,
        company="Boğaziçi Yazılım",
        org=("ik@bogaziciyazilim.com.tr", "İnsan Kaynakları"),
        desc="Sayın Alex Rivera, teknik mülakat için sizi ofisimize davet ediyoruz.",
        loc="Maslak, İstanbul",
        zone="Europe/Istanbul",
    )
    _x(
        "Pohovor – Vltava Data s.r.o.",
        interview=True,
        company="Vltava Data",
        org=("nabor@vltavadata.cz", None),
        desc="Pozice: Data Engineer. Pohovor proběhne online.",
        role="Data Engineer",
        meet="meet",
        zone="Europe/Prague",
    )
    _x(
        "Colloquio tecnico – secondo step",
        interview=True,
        company="Fonderie Adriatiche",
        org=("selezione@fonderieadriatiche.it", "Selezione del Personale"),
        desc="Gentile Alex, confermiamo il secondo colloquio con il responsabile IT.",
        loc="Fonderie Adriatiche, Via del Porto 40, Ancona",
        zone="Europe/Rome",
    )


# --------------------------------------------------------------------------------------------
# Hard negatives on the Initech work calendar
# --------------------------------------------------------------------------------------------
def _neg_work_calendar() -> None:
    _x(
        "Interview: Jamie Cole – Backend Engineer",
        interview=False,
        me=WORK_ME,
        org=("recruiting-coordination@initech.com", "Initech Recruiting"),
        att=[
            person("jamie.cole@gmail.com", "Jamie Cole"),
            person("r.bose@initech.com", "Ravi Bose"),
        ],
        desc="Interviewers: Alex Rivera (system design), Ravi Bose (coding)\nCandidate: Jamie Cole (currently at Halcyra)\nScorecard due within 24h.\n\nScheduled with GoodTime",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/9012345678"),
    )
    _x(
        "Candidate Interview between Alex Rivera and Tomás Rey",
        interview=False,
        me=WORK_ME,
        att=[person("tomas.rey@outlook.com", "Tomás Rey")],
        desc=_calendly(
            "Candidate Interview",
            "Which role are you interviewing for?: Backend Engineer at Initech\nCurrent company: Solvanta",
        ),
    )
    _x(
        "Debrief – Priya S. (Staff Eng candidate from Veridian)",
        interview=False,
        me=WORK_ME,
        org=("r.bose@initech.com", "Ravi Bose"),
        att=[person("l.chen@initech.com", "Lucy Chen")],
        desc="Hire / no-hire discussion. Bring your scorecard.",
    )
    _x(
        "Onsite: Ahmed Farouk (Senior SRE) – Initech loop",
        interview=False,
        me=WORK_ME,
        org=("recruiting-coordination@initech.com", "Initech Recruiting"),
        desc="Your slot: 11:00 architecture. Candidate previously at Orbitalis and Kestrel Group.",
    )
    _x(
        "Panel interview – candidate Mara Ionescu (Ferrolux)",
        interview=False,
        me=WORK_ME,
        org=("hiring@initech.com", None),
        att=[person("mara.ionescu@ferrolux.ro", "Mara Ionescu")],
        desc="You are on the panel as the data platform interviewer.",
        meet="meet",
    )
    _x(
        "Vendor demo: Tracewell observability",
        interview=False,
        me=WORK_ME,
        org=("ae.nick@tracewell.io", "Nick Ferris"),
        att=[person("s.ng@initech.com", "Sam Ng")],
        desc="Tracewell Inc. – platform walkthrough and pricing for Initech.",
        conf=("Zoom Meeting", "https://tracewell.zoom.us/j/7788990011"),
    )
    _x(
        "Initech x Parcelwise – QBR",
        interview=False,
        me=WORK_ME,
        org=("csm@parcelwise.com", "Parcelwise Customer Success"),
        desc="Quarterly business review: usage, renewals, roadmap.",
    )
    _x(
        "Product Demo between Alex Rivera and Kira Holt",
        interview=False,
        me=WORK_ME,
        att=[person("kira.holt@salesloom.io", "Kira Holt")],
        desc=_calendly(
            "Product Demo",
            "Company: Salesloom\nWhat would you like to see?: Pipeline analytics for Initech's sales ops.",
        ),
    )
    _x(
        "Stafford Blue – contractor bench intro",
        interview=False,
        me=WORK_ME,
        org=("tom.becker@stafford-blue.co.uk", "Tom Becker"),
        desc="Tom wants to pitch contract data engineers for Initech's Q3 backlog.",
        meet="meet",
    )
    _x(
        "Interviewer training (structured interviewing)",
        interview=False,
        me=WORK_ME,
        org=("people-ops@initech.com", "Initech People Ops"),
        desc="Mandatory for everyone on hiring loops. Covers Greenhouse scorecards and bias.",
    )
    _x(
        "Hiring sync – Data Eng req #4411",
        interview=False,
        me=WORK_ME,
        org=("l.chen@initech.com", "Lucy Chen"),
        desc="Pipeline review: 3 candidates from Brightwell Staffing, 2 referrals.",
    )
    _x(
        "Security review with Halberd Audit",
        interview=False,
        me=WORK_ME,
        org=("audit@halberdaudit.com", "Halberd Audit"),
        loc="Initech HQ, Room 4B",
    )
    _x(
        "Lunch & learn: Snowcap on lakehouse design",
        interview=False,
        me=WORK_ME,
        org=("events@initech.com", None),
        loc="Initech HQ cafeteria",
        desc="Guest speaker from Snowcap Data.",
    )
    _x(
        "Press interview – The Ledger (launch story)",
        interview=False,
        me=WORK_ME,
        org=("comms@initech.com", "Initech Comms"),
        att=[person("reporter@theledger.news", "Jo Park")],
        desc="Alex to speak about the new payments API. Comms will sit in.",
    )
    _x(
        "1:1 Alex / Morgan",
        interview=False,
        me=WORK_ME,
        org=("morgan.lee@initech.com", "Morgan Lee"),
    )
    _x(
        "Intern interview – Jordan Blake",
        interview=False,
        me=WORK_ME,
        org=("university@initech.com", "Initech University Recruiting"),
        desc="Alex interviews; candidate from Hollowell University, summer internship.",
        meet="meet",
    )
    _x(
        "Candidate lunch – Sam Reyes (Marrowbank)",
        interview=False,
        me=WORK_ME,
        org=("recruiting-coordination@initech.com", "Initech Recruiting"),
        desc="Take the candidate to lunch as part of the Initech onsite. Not evaluated.",
        loc="Initech HQ lobby",
    )
    _x(
        "Reference check call: Sam Ortiz (ex-Initech) for Copperfield",
        interview=False,
        me=WORK_ME,
        org=("hr@copperfield-co.com", "Copperfield HR"),
        desc="Alex giving a reference for Sam, who is applying to Copperfield.",
    )


# --------------------------------------------------------------------------------------------
# Hard negatives on the personal calendar
# --------------------------------------------------------------------------------------------
def _neg_personal() -> None:
    _x(
        "Webinar: How Vellichor builds data teams",
        interview=False,
        org=("events@vellichor.com", "Vellichor Events"),
        desc="Thanks for registering! Join the live webinar here.",
        conf=("Zoom Webinar", "https://vellichor.zoom.us/w/99123450011"),
    )
    _x(
        "Berlin Python Meetup @ Zalvador HQ",
        interview=False,
        zone="Europe/Berlin",
        loc="Zalvador HQ, 5th floor, Torstraße 100, Berlin",
        desc="Talks + pizza. Hosted by Zalvador GmbH.",
    )
    _x(
        "Coffee w/ Dana (she's at Moonridge now)",
        interview=False,
        desc="Catch up, she just moved to Moonridge. Bring her book back.",
        loc="Blue Bottle, Hayes Valley",
    )
    _x(
        "Lunch with Marco – Fernwood Capital",
        interview=False,
        att=[person("marco.bellini@fernwoodcap.com", "Marco Bellini")],
        desc="Old college friend, just catching up.",
    )
    _x(
        "Podcast recording – 'Inside Ingest' (Stackwise)",
        interview=False,
        org=("host@stackwise.fm", "Stackwise Podcast"),
        desc="You'll be interviewed about streaming pipelines. 45 min recording.",
        conf=("Riverside", "https://riverside.fm/studio/inside-ingest"),
    )
    _x(
        "Mock system design interview (Pramp)",
        interview=False,
        org=("no-reply@pramp.com", "Pramp"),
        desc="Peer practice session. You'll interview your peer, then swap.",
    )
    _x(
        "Mock interview w/ coach – behavioral",
        interview=False,
        att=[person("coach.rita@gmail.com", "Rita")],
        desc="Practice for Marrowbank onsite; Rita plays hiring manager.",
    )
    _x(
        "Interview prep with Eva (Brightwell Staffing)",
        interview=False,
        org=("eva.maas@brightwell-staffing.com", "Eva Maas | Brightwell Staffing"),
        desc="Prep call before your Lindenhoff Foods interview: what they'll ask, salary expectations.",
        zone="Europe/Amsterdam",
    )
    _x(
        "Informational interview with Nina (Product at Orrery)",
        interview=False,
        att=[person("nina.k@orrery.app", "Nina Kowal")],
        desc="No role open – just learning how their product org works. She offered 20 minutes.",
        meet="meet",
    )
    _x(
        "Career coaching session",
        interview=False,
        org=("bookings@careerlift.coach", "CareerLift"),
        desc="CV review and LinkedIn profile. Bring job ads from Quorvex and Halcyra.",
    )
    _x(
        "Talk: Scaling Kafka at Wavecrest (DataConf)",
        interview=False,
        loc="DataConf, Hall 3",
        desc="Alex speaking, 25 min + Q&A.",
    )
    _x(
        "Virtual career fair – Nordic Tech Jobs",
        interview=False,
        org=("events@nordictechjobs.example", "Nordic Tech Jobs"),
        desc="Booths: Frostbyte, Halvorsen, Lindqvist and 40 more. Drop in anytime.",
        zone="Europe/Stockholm",
    )
    _x(
        "CV workshop – Haysworth Recruitment",
        interview=False,
        org=("events@haysworth.co.uk", "Haysworth Events"),
        desc="Free webinar: how to write a CV that gets past ATS filters.",
        zone="Europe/London",
    )
    _x(
        "Book club: 'Interview with the Vampire'",
        interview=False,
        loc="Dana's place",
    )
    _x(
        "Drive Sam to her interview at Cedarline",
        interview=False,
        desc="Pick her up 8:15, Cedarline campus building C.",
    )
    _x(
        "Cleaning between Dr. Ana Ruiz and Alex Rivera",
        interview=False,
        org=("frontdesk@brightsmiledental.com", "Brightsmile Dental"),
        desc=_calendly("Cleaning", where="Brightsmile Dental, 455 Market St, Suite 300"),
    )
    _x(
        "Alumni mixer @ Pinewood Labs",
        interview=False,
        org=("alumni@hollowell.edu", "Hollowell Alumni"),
        loc="Pinewood Labs, 12 Mission St",
    )
    _x(
        "Open hackathon – Gridlight office",
        interview=False,
        loc="Gridlight Inc., 400 Spear St",
        desc="24h hackathon; prizes sponsored by Gridlight.",
        all_day=True,
    )
    _x(
        "Product launch livestream",
        interview=False,
        org=("no-reply@zoom.us", None),
        conf=("Zoom Webinar", "https://quasarly.zoom.us/w/88776655"),
        desc="Quasarly Spring launch event. You registered via their website.",
    )
    _x(
        "User research session – Tallow app ($50 gift card)",
        interview=False,
        org=("research@tallow.app", "Tallow Research"),
        desc="You'll be the participant in a 45 minute user interview about budgeting habits. Scheduled with Cronofy.",
        meet="meet",
    )
    _x(
        "AWS Solutions Architect exam (Pearson VUE)",
        interview=False,
        loc="Pearson VUE test centre, 101 Howard St",
        desc="Bring two forms of ID.",
    )
    _x(
        "System design study group",
        interview=False,
        att=[person("li.wei@gmail.com", "Li Wei"), person("o.banks@gmail.com", "Omar Banks")],
        desc="This week: design a rate limiter (the Ostara Labs question).",
        meet="meet",
    )
    _x(
        "Farewell drinks – Jonas leaves for Ambergate",
        interview=False,
        loc="The Crown, Shoreditch",
        zone="Europe/London",
    )
    _x(
        "Interview with Alex Rivera – Founders Weekly",
        interview=False,
        org=("editor@foundersweekly.news", "Founders Weekly"),
        desc="Q&A for our 'Builders' column about your side project. ~30 min, will be published.",
    )
    _x(
        "Interviewing nanny candidates – Maria (via Sittercity)",
        interview=False,
        desc="We interview Maria at home. Ask about references from the Lindgren family.",
    )
    _x(
        "Booking confirmed: bike service at Spokehaus",
        interview=False,
        org=("notifications@youcanbook.me", "YouCanBook.me"),
        desc="Your booking with Spokehaus Cycles is confirmed.",
    )
    _x(
        "Dinner with Lena (recruiter at Harbourline) – catch-up",
        interview=False,
        desc="She's an old roommate; not about jobs this time.",
        loc="Nopa",
    )
    _x(
        "Tech talk at Rivermark: lessons from our Kubernetes migration",
        interview=False,
        org=("devrel@rivermark.io", "Rivermark DevRel"),
        desc="You're the guest speaker at Rivermark's internal tech talk series.",
        loc="Rivermark, 9 Howard St",
    )
    _x(
        "Mentoring session – Code for Good",
        interview=False,
        desc="I'm mentoring Priya on her Tessellate application.",
        meet="meet",
    )
    _x(
        "Apartment viewing – Brixton Lettings",
        interview=False,
        loc="Flat 3, 22 Acre Lane",
        zone="Europe/London",
    )
    _x(
        "Strategy call between Alex Rivera and Ben Okafor",
        interview=False,
        att=[person("ben.okafor@gmail.com", "Ben Okafor")],
        desc=_calendly(
            "Strategy call",
            "What would you like to discuss?: Advising on Tallyho's seed deck – friend favour, no job.",
        ),
    )
    _x(
        "Kaffe med Sofia (Frostbyte)",
        interview=False,
        desc="Fika, hon flyttar till Göteborg.",
        zone="Europe/Stockholm",
    )
    _x(
        "Stammtisch der Berliner Data Engineers bei Brückner Logistik",
        interview=False,
        loc="Brückner Logistik GmbH, Kantine",
        desc="Offenes Treffen, Vorträge und Getränke.",
        zone="Europe/Berlin",
    )
