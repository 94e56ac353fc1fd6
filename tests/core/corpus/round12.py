# ruff: noqa: E501 -- data: event texts as written
"""Held-out calendar corpus, round 12.

Written blind by an independent evaluator who read only the format description
(calendar_format.md) and none of the product's code, tests or earlier corpora.
All people, companies and addresses are invented.

Covers: invitations as ATS tools write them (Greenhouse-, Lever-, Workday-,
SmartRecruiters-, Personio- and Teamtailor-style, with "Interviewer:" /
"Interviewers:" lines in invitations sent to the candidate); scheduling tools
(Calendly-, GoodTime-, ModernLoop-, Bookings-style); live assessment platforms
and assessment days; staffing agencies and RPOs (employer = client company,
unless the agency hires for itself, or None when the client is confidential);
terse events typed by the user; events typed by recruiters; onsites split into
several events; hiring-manager chats where the company/role only appear in
parentheses, the description or the organizer's domain; long, multi-word,
"&" and legal-form company names; two-line titles; interviews in German, Dutch,
French (France and Québec), Spanish (Spain and Mexico), Italian, Portuguese
(Portugal and Brazil), Polish, Japanese, Swedish, Danish, Czech and Turkish.

Hard negatives: the user interviewing candidates on the Initech work calendar,
mock interviews and coaching, podcast/press/radio/user-research interviews,
film/book/play titles, study groups, meetups, informational interviews and
networking coffees, internal HR meetings at Initech (including exit and stay
interviews), medical and administrative appointments (visa and citizenship
interviews included), and reminders/deadlines that merely mention a company,
a job or an interview.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="round12", **kw)


def build() -> None:
    _ats_invitations()
    _scheduling_tools()
    _assessment_platforms()
    _agencies_and_rpo()
    _hurried_user_titles()
    _recruiter_typed()
    _onsite_split()
    _hiring_manager_chats()
    _long_and_legal_names()
    _german_interviews()
    _dutch_interviews()
    _french_interviews()
    _iberian_interviews()
    _italian_interviews()
    _polish_interviews()
    _japanese_interviews()
    _nordic_and_other_interviews()
    _work_calendar_interviewer()
    _mock_and_coaching()
    _press_podcast_research()
    _film_book_titles()
    _study_meetups_networking()
    _initech_internal()
    _medical_admin()
    _non_job_selection()
    _mentions_only()


# ---------------------------------------------------------------------------
# Interviews
# ---------------------------------------------------------------------------


def _ats_invitations() -> None:
    _x(
        "Alex Rivera <> Quillfeather Analytics - Technical Interview",
        interview=True,
        company="Quillfeather Analytics",
        role="Senior Data Engineer",
        org=("scheduling@quillfeather.io", "Quillfeather Recruiting"),
        att=[person("dana.whitfield@quillfeather.io", "Dana Whitfield")],
        desc=(
            "Hi Alex,\n\n"
            "Thanks for making time to speak with us! Below are the details for your upcoming interview.\n\n"
            "Position: Senior Data Engineer\n"
            "Interviewer: Dana Whitfield (Engineering Manager, Data Platform)\n"
            "Duration: 60 minutes\n"
            "Format: Live coding in SQL and Python, followed by time for your questions.\n\n"
            "If you need to reschedule, just reply to this email and we'll find a new time.\n\n"
            "Best,\nThe Quillfeather Recruiting Team\n\n"
            "Powered by Greenhouse"
        ),
        conf=("Zoom Meeting", "https://quillfeather.zoom.us/j/84120937714?pwd=cXdlZkFhN0"),
        zone="America/New_York",
    )
    _x(
        "Interview with Brightwater Logistics",
        interview=True,
        company="Brightwater Logistics",
        role="Operations Research Analyst",
        org=("recruiting@brightwaterlogistics.com", "Brightwater Logistics Recruiting"),
        att=[
            person("omar.castellanos@brightwaterlogistics.com", "Omar Castellanos"),
            person("priya.natarajan@brightwaterlogistics.com", "Priya Natarajan"),
        ],
        desc=(
            "Candidate: Alex Rivera\n"
            "Role: Operations Research Analyst (Req #2231)\n\n"
            "Interviewers:\n"
            "- Omar Castellanos, Director of Operations Analytics\n"
            "- Priya Natarajan, Senior Analyst\n\n"
            "Please join using the Google Meet link on this invitation. The conversation will focus on "
            "optimisation problems you've worked on and a short routing case."
        ),
        meet="meet",
        zone="America/Chicago",
        my_status="needsAction",
    )
    _x(
        "Alex Rivera - Hiring Manager Interview (Staff Product Designer)",
        interview=True,
        company="Lumenpath",
        role="Staff Product Designer",
        org=("talent@lumenpath.com", "Lumenpath Talent"),
        att=[person("rosalind.achterberg@lumenpath.com", "Rosalind Achterberg")],
        desc=(
            "<p>Hi Alex,</p>"
            "<p>You're confirmed for your <b>Hiring Manager Interview</b> for the <b>Staff Product Designer</b> "
            "role at <b>Lumenpath</b>.</p>"
            "<p><b>Interviewer:</b> Rosalind Achterberg, Director of Design</p>"
            "<p><b>What to expect:</b> a 45-minute conversation about your portfolio, how you partner with "
            "engineering, and the design system work you'd own.</p>"
            "<p>Looking forward to it!<br>Lumenpath Talent Team</p>"
        ),
        conf=("Zoom Meeting", "https://lumenpath.zoom.us/j/93311204588"),
        zone="America/Los_Angeles",
    )
    _x(
        "Final Round – Kestrel Bioworks\nComputational Biologist II",
        interview=True,
        company="Kestrel Bioworks",
        role="Computational Biologist II",
        org=("careers@kestrelbio.com", "Kestrel Bioworks Careers"),
        att=[
            person("h.nakagawa@kestrelbio.com", "Haruto Nakagawa"),
            person("s.oyelaran@kestrelbio.com", "Simi Oyelaran"),
        ],
        desc=(
            "Final round interview for Computational Biologist II.\n\n"
            "Interviewers: Haruto Nakagawa (VP Research), Simi Oyelaran (Head of Genomics)\n"
            "Location: Kestrel Bioworks, 88 Fenwick Street, Cambridge MA – check in at the front desk.\n"
            "Scheduled via Greenhouse."
        ),
        loc="Kestrel Bioworks, 88 Fenwick Street, Cambridge, MA 02141",
        zone="America/New_York",
    )
    _x(
        "Interview: Alex Rivera for Growth Marketing Manager at Tallowbrook",
        interview=True,
        company="Tallowbrook",
        role="Growth Marketing Manager",
        org=("mira.santos@tallowbrook.com", "Mira Santos"),
        att=[
            person("mira.santos@tallowbrook.com", "Mira Santos"),
            person("jonah.pettigrew@tallowbrook.com", "Jonah Pettigrew"),
        ],
        desc=(
            "This interview was scheduled via Lever.\n\n"
            "Candidate: Alex Rivera\n"
            "Position: Growth Marketing Manager\n"
            "Interviewers: Mira Santos, Jonah Pettigrew\n\n"
            "Join with Google Meet (link attached)."
        ),
        meet="meet",
        zone="America/Denver",
    )
    _x(
        "Alex Rivera – Phone Screen",
        interview=True,
        company="Cindervale",
        role="Customer Success Lead",
        org=("hollis.grant@cindervale.com", "Hollis Grant (Cindervale)"),
        att=[person("hollis.grant@cindervale.com", "Hollis Grant")],
        desc=(
            "Hi Alex, looking forward to our chat about the Customer Success Lead opening on our team. "
            "I'll call you at the number on your application.\n\n"
            "— Hollis Grant, Talent Partner, Cindervale"
        ),
        loc="Phone call",
        zone="Europe/London",
    )
    _x(
        "Cindervale | Take-home review with Alex Rivera",
        interview=True,
        company="Cindervale",
        role="Customer Success Lead",
        org=("hollis.grant@cindervale.com", "Hollis Grant (Cindervale)"),
        att=[
            person("hollis.grant@cindervale.com", "Hollis Grant"),
            person("tobias.reinholt@cindervale.com", "Tobias Reinholt"),
        ],
        desc=(
            "Next step for the Customer Success Lead role: walk the team through your take-home "
            "(onboarding plan for a 200-seat account). 20 min presentation, 25 min Q&A.\n\n"
            "Interviewers: Hollis Grant; Tobias Reinholt (VP Customer Success)"
        ),
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Interview Scheduled: R-0045127 Financial Analyst II",
        interview=True,
        company="Halvorsen Energy ASA",
        role="Financial Analyst II",
        org=("halvorsenenergy@myworkday.com", "Halvorsen Energy Careers"),
        att=[
            person("ingrid.solberg@halvorsen-energy.no", "Ingrid Solberg"),
            person("marcus.teague@halvorsen-energy.no", "Marcus Teague"),
        ],
        desc=(
            "Candidate: Alex Rivera\n"
            "Job Requisition: R-0045127 Financial Analyst II (Open)\n"
            "Interview Type: Panel\n"
            "Interviewers: Ingrid Solberg; Marcus Teague\n"
            "Location: Microsoft Teams\n\n"
            "Halvorsen Energy ASA\n"
            "This message was generated by Workday. Please do not reply."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1ZTc2%40thread.v2/0",
        ),
        zone="Europe/Oslo",
        my_status="needsAction",
    )
    _x(
        "Candidate Interview - Alex Rivera - Supply Chain Planner",
        interview=True,
        company="Pemberton Foods Corporation",
        role="Supply Chain Planner",
        org=("no-reply@myworkday.com", "Workday"),
        att=[person("gwen.albright@pembertonfoods.com", "Gwen Albright")],
        desc=(
            "You have been scheduled for an interview with Pemberton Foods Corporation.\n\n"
            "Position: Supply Chain Planner (JR-22871)\n"
            "Interviewer: Gwen Albright, Planning Manager\n"
            "Interview Format: Video (Zoom)\n\n"
            "To view or update your candidate profile, sign in to the Pemberton Foods careers site."
        ),
        conf=("Zoom Meeting", "https://pembertonfoods.zoom.us/j/71120458839"),
        zone="America/Chicago",
    )
    _x(
        "Interview for Mobile Developer (iOS) at Carrow & Webb",
        interview=True,
        company="Carrow & Webb",
        role="Mobile Developer (iOS)",
        org=("notifications@smartrecruiters.com", "Carrow & Webb via SmartRecruiters"),
        att=[person("felix.oduya@carrowwebb.co.uk", "Felix Oduya")],
        desc=(
            "Dear Alex,\n\n"
            "Carrow & Webb has scheduled an interview with you for the Mobile Developer (iOS) position.\n\n"
            "Interviewer: Felix Oduya (Mobile Lead)\n"
            "Duration: 45 min\n"
            "Video link: see conference details\n\n"
            "Good luck!\nSmartRecruiters on behalf of Carrow & Webb"
        ),
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Video Interview – Junior Account Executive – Alex Rivera",
        interview=True,
        company="Orbelle Group",
        role="Junior Account Executive",
        org=("sabine.marchetti@orbelle.com", "Sabine Marchetti"),
        att=[person("sabine.marchetti@orbelle.com", "Sabine Marchetti")],
        desc=(
            "Company: Orbelle Group\n"
            "Job: Junior Account Executive – Benelux\n"
            "Hiring team: Sabine Marchetti (Talent Acquisition)\n\n"
            "Please test your camera and microphone before the call."
        ),
        meet="meet",
        zone="Europe/Brussels",
    )
    _x(
        "Vorstellungsgespräch: Alex Rivera – Senior Data Analyst (m/w/d)",
        interview=True,
        company="Brandt & Söhne Maschinenbau GmbH",
        role="Senior Data Analyst",
        org=("recruiting@brandt-soehne.de", "Brandt & Söhne Recruiting"),
        att=[
            person("k.albrecht@brandt-soehne.de", "Katrin Albrecht"),
            person("f.marquardt@brandt-soehne.de", "Dr. Felix Marquardt"),
        ],
        desc=(
            "Hallo Alex,\n\n"
            "vielen Dank für Ihre Bewerbung als Senior Data Analyst (m/w/d) bei der Brandt & Söhne "
            "Maschinenbau GmbH. Hiermit bestätigen wir Ihren Termin für das Vorstellungsgespräch.\n\n"
            "Gesprächspartner: Katrin Albrecht (HR Business Partner), Dr. Felix Marquardt (Leitung Business Intelligence)\n"
            "Dauer: ca. 60 Minuten\n"
            "Ort: Microsoft Teams (Link siehe unten)\n\n"
            "Mit freundlichen Grüßen\nIhr Recruiting-Team\n\n"
            "Gesendet mit Personio"
        ),
        conf=(
            "Microsoft Teams-Besprechung",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmFkM2%40thread.v2/0",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Interview | Alex Rivera | Product Owner",
        interview=True,
        company="Moosgrün GmbH",
        role="Product Owner",
        org=("hr@moosgruen.de", "Moosgrün People & Culture"),
        att=[
            person("lea.brunner@moosgruen.de", "Lea Brunner"),
            person("jan.vollmer@moosgruen.de", "Jan Vollmer"),
        ],
        desc=(
            "Your interview with Moosgrün GmbH for the position Product Owner.\n\n"
            "Participants: Lea Brunner (People & Culture), Jan Vollmer (CPO)\n"
            "Address: Moosgrün GmbH, Lindwurmstraße 112, 80337 München, 3rd floor\n\n"
            "Personio"
        ),
        loc="Lindwurmstraße 112, 80337 München",
        zone="Europe/Berlin",
    )
    _x(
        "Intervju: Alex Rivera – Backendutvecklare",
        interview=True,
        company="Fjällström & Dotter AB",
        role="Backendutvecklare",
        org=("no-reply@teamtailor.com", "Fjällström & Dotter AB"),
        att=[person("elin.bergqvist@fjallstromdotter.se", "Elin Bergqvist")],
        desc=(
            "Hej Alex!\n\n"
            "Tack för att du bokat en tid för intervju för tjänsten Backendutvecklare hos Fjällström & Dotter.\n\n"
            "Intervjuare: Elin Bergqvist, Teknisk chef\n"
            "Plats: Google Meet\n\n"
            "Vänliga hälsningar\nFjällström & Dotter AB"
        ),
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Interview with Alex Rivera",
        interview=True,
        company="Harrow & Finch",
        role="Senior UX Researcher",
        org=("no-reply@teamtailor.com", "Harrow & Finch"),
        att=[person("beatrix.lowe@harrowfinch.com", "Beatrix Lowe")],
        desc=(
            "Hi Alex,\n\nHere are the details for your interview.\n\n"
            "Role: Senior UX Researcher\n"
            "Interviewer: Beatrix Lowe, Research Director\n"
            "Meeting: Microsoft Teams – link below\n\n"
            "Kind regards,\nHarrow & Finch"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zjk4Mz%40thread.v2/0",
        ),
        zone="Europe/London",
        my_status="tentative",
    )


def _scheduling_tools() -> None:
    _x(
        "Alex Rivera and Marguerite Osei",
        interview=True,
        company="Pellucid Health",
        role="Senior Backend Engineer",
        org=("marguerite.osei@pellucidhealth.com", "Marguerite Osei"),
        att=[person("marguerite.osei@pellucidhealth.com", "Marguerite Osei")],
        desc=(
            "Event Name: 30 Minute Recruiter Screen – Pellucid Health\n\n"
            "Location: This is a Google Meet web conference.\n\n"
            "Questions:\n"
            "Which role are you applying for?\n"
            "Senior Backend Engineer\n\n"
            "Need to make changes to this event?\n"
            "Cancel: https://calendly.com/cancellations/3f2b9c1e-7a41\n"
            "Reschedule: https://calendly.com/reschedulings/3f2b9c1e-7a41\n\n"
            "Powered by Calendly.com"
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Intro call: Ferrowind x Alex Rivera",
        interview=True,
        company="Ferrowind",
        role="Wind Resource Analyst",
        org=("talent@ferrowind.dk", "Ferrowind Talent"),
        att=[person("mette.skov@ferrowind.dk", "Mette Skov")],
        desc=(
            "Event Name: Intro call (Talent team)\n\n"
            "Please share anything that will help prepare for our meeting.\n"
            "Applying for the Wind Resource Analyst position – CV attached to my application.\n\n"
            "Powered by Calendly.com"
        ),
        conf=("Zoom Meeting", "https://ferrowind.zoom.us/j/62210984412"),
        zone="Europe/Copenhagen",
    )
    _x(
        "Hiring Manager Interview between Noor Haddad and Alex Rivera",
        interview=True,
        company="Saltmarsh Studio",
        role="Art Director",
        org=("noor@saltmarsh.studio", "Noor Haddad"),
        att=[person("noor@saltmarsh.studio", "Noor Haddad")],
        desc=(
            "Event Name: Hiring Manager Interview — Art Director\n\n"
            "Saltmarsh Studio · 45 min\n"
            "Location: Zoom. Details will be provided upon confirmation.\n\n"
            "Powered by Calendly.com"
        ),
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/85730011926"),
        zone="America/Los_Angeles",
    )
    _x(
        "Interview Confirmation: Alex Rivera <> Meridia Cloud",
        interview=True,
        company="Meridia Cloud",
        role="Site Reliability Engineer",
        org=("interviews@meridiacloud.com", "Meridia Cloud Interviews"),
        att=[
            person("kenji.mori@meridiacloud.com", "Kenji Mori"),
            person("sofia.brandao@meridiacloud.com", "Sofia Brandão"),
        ],
        desc=(
            "Your interview is confirmed.\n\n"
            "Company: Meridia Cloud\n"
            "Position: Site Reliability Engineer\n\n"
            "Schedule:\n"
            "10:00 – 10:45  Coding — Interviewer: Kenji Mori\n"
            "10:45 – 11:30  System Design — Interviewer: Sofia Brandão\n\n"
            "Need to reschedule? Use the link in your confirmation email.\n"
            "Scheduled with GoodTime"
        ),
        conf=("Zoom Meeting", "https://meridiacloud.zoom.us/j/99812003311"),
        zone="America/Los_Angeles",
    )
    _x(
        "Alex Rivera - Virtual Onsite (Staff Engineer, Payments)",
        interview=True,
        company="Tindra Financial",
        role="Staff Engineer, Payments",
        org=("interviews@tindra.com", "Tindra Recruiting Coordination"),
        att=[
            person("l.ferreira@tindra.com", "Lucas Ferreira"),
            person("a.bianchi@tindra.com", "Aurora Bianchi"),
            person("r.kaplan@tindra.com", "Rachel Kaplan"),
        ],
        desc=(
            "Hi Alex — here is your virtual onsite with Tindra Financial.\n\n"
            "Interviewers:\n"
            "• Lucas Ferreira – Architecture\n"
            "• Aurora Bianchi – Coding\n"
            "• Rachel Kaplan – Hiring Manager\n\n"
            "There is a 15-minute break between sessions. Scheduled with GoodTime."
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Recruiter Call – Alex Rivera / Oriel Aerospace",
        interview=True,
        company="Oriel Aerospace",
        role="Avionics Software Engineer",
        org=("nadia.petrov@orielaero.com", "Nadia Petrov"),
        att=[person("nadia.petrov@orielaero.com", "Nadia Petrov")],
        desc=(
            "Hi Alex, confirming your call with Nadia Petrov, Technical Recruiter at Oriel Aerospace. "
            "We'll discuss your background and the Avionics Software Engineer opening in Toulouse.\n\n"
            "Scheduled with GoodTime"
        ),
        loc="Phone: Nadia will call you",
        zone="Europe/Paris",
    )
    _x(
        "Alex Rivera | Round 2 | Bramblecode",
        interview=True,
        company="Bramblecode",
        role="Frontend Engineer",
        org=("recruiting@bramblecode.io", "Bramblecode Recruiting"),
        att=[person("wes.okonkwo@bramblecode.io", "Wes Okonkwo")],
        desc=(
            "Scheduled via ModernLoop\n\n"
            "Role: Frontend Engineer\n"
            "Stage: Round 2 – Component architecture\n"
            "Interviewers: Wes Okonkwo (Frontend Lead)\n"
        ),
        meet="meet",
        zone="Europe/Dublin",
    )
    _x(
        "Interview: Pair Programming — Alex Rivera",
        interview=True,
        company="Glasswing",
        role="Senior Full-Stack Engineer",
        org=("recruiting@glasswing.dev", "Glasswing Recruiting"),
        att=[person("tamsin.hale@glasswing.dev", "Tamsin Hale")],
        desc=(
            "Glasswing · Senior Full-Stack Engineer\n"
            "Interviewer: Tamsin Hale\n"
            "You'll pair on a small feature in TypeScript. The CoderPad link will be shared at the start.\n\n"
            "Scheduled via ModernLoop"
        ),
        conf=("Zoom Meeting", "https://glasswing.zoom.us/j/81230098812"),
        zone="America/Toronto",
    )
    _x(
        "Alex Rivera - Values Interview",
        interview=True,
        company="Ashgrove Robotics",
        role="Robotics Software Engineer",
        org=("people@ashgrove-robotics.com", "Ashgrove People Team"),
        att=[person("d.mbeki@ashgrove-robotics.com", "Dineo Mbeki")],
        desc=(
            "Ashgrove Robotics Ltd.\n"
            "Role: Robotics Software Engineer\n"
            "Interviewer: Dineo Mbeki (Engineering Director)\n"
            "This conversation is about how you work rather than what you know — no prep needed.\n"
            "Scheduled via ModernLoop"
        ),
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Interview - Alex Rivera",
        interview=True,
        company="Kelmscott College",
        role="Research Software Engineer",
        org=("bookings@kelmscott.ac.uk", "Kelmscott College HR"),
        att=[
            person("p.ashworth@kelmscott.ac.uk", "Prof. Philippa Ashworth"),
            person("hr-recruitment@kelmscott.ac.uk", "HR Recruitment"),
        ],
        desc=(
            "Interview for the post of Research Software Engineer (Ref. KC-2291), Department of Earth Sciences.\n\n"
            "Panel: Prof. Philippa Ashworth (Chair), Dr. Ravi Sethi, Ms. Hannah Crewe (HR)\n"
            "You will be asked to give a 10-minute presentation: 'Sustainable research code'.\n\n"
            "Booked with Microsoft Bookings"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTc0Mj%40thread.v2/0",
        ),
        zone="Europe/London",
    )


def _assessment_platforms() -> None:
    _x(
        "CodeSignal Live Interview – Tessellate Systems",
        interview=True,
        company="Tessellate Systems",
        role="Backend Engineer (Go)",
        org=("no-reply@codesignal.com", "CodeSignal"),
        att=[person("ravi.menon@tessellate.systems", "Ravi Menon")],
        desc=(
            "Tessellate Systems has invited you to a live technical interview on CodeSignal.\n\n"
            "Position: Backend Engineer (Go)\n"
            "Interviewer: Ravi Menon\n"
            "Join: https://app.codesignal.com/live-interview/9f2c1e\n\n"
            "Tip: make sure you're using the latest version of Chrome."
        ),
        zone="America/New_York",
    )
    _x(
        "HackerRank Interview: Alex Rivera – Data Engineer",
        interview=True,
        company="Morrow & Sable",
        role="Data Engineer",
        org=("interviews@hackerrank.com", "HackerRank Interviews"),
        att=[person("chidi.ekwueme@morrowsable.com", "Chidi Ekwueme")],
        desc=(
            "You have been invited by Morrow & Sable to a HackerRank Interview.\n\n"
            "Interviewer: Chidi Ekwueme\n"
            "Role: Data Engineer\n"
            "Interview link: https://hr.gs/m0rr0w-5ab1e\n\n"
            "The interview includes a shared code editor and video."
        ),
        zone="Europe/London",
    )
    _x(
        "Live coding (CoderPad) – Greyhaven Labs",
        interview=True,
        company="Greyhaven Labs",
        role=None,
        desc="pad link in Ines's email. 60 min. python ok",
        zone="Europe/Berlin",
        add_me=False,
    )
    _x(
        "Assessment Day – Audit Senior Associate",
        interview=True,
        company="Wexford & Lyle LLP",
        role="Audit Senior Associate",
        org=("earlycareers@wexfordlyle.co.uk", "Wexford & Lyle Recruitment"),
        att=[person("t.ndlovu@wexfordlyle.co.uk", "Themba Ndlovu")],
        desc=(
            "Dear Alex,\n\n"
            "We are pleased to invite you to our assessment day for the Audit Senior Associate role.\n\n"
            "09:30  Welcome and introductions\n"
            "10:00  Group exercise (observed by assessors)\n"
            "11:15  Case study presentation\n"
            "13:00  Partner interview\n\n"
            "Wexford & Lyle LLP, 14 Queen's Dock, Liverpool L3 4AA. Please bring photo ID."
        ),
        loc="Wexford & Lyle LLP, 14 Queen's Dock, Liverpool L3 4AA",
        zone="Europe/London",
    )
    _x(
        "Proctored technical interview – Karst Semiconductors (via Codility)",
        interview=True,
        company="Karst Semiconductors",
        role="Embedded Firmware Engineer",
        org=("talent@karstsemi.com", "Karst Semiconductors Talent"),
        att=[person("yuki.tanabe@karstsemi.com", "Yuki Tanabe")],
        desc=(
            "Codility Interview\n"
            "Interviewer: Yuki Tanabe\n"
            "Role: Embedded Firmware Engineer\n"
            "C/C++, 75 minutes. Your webcam will be on for the whole session."
        ),
        zone="Asia/Singapore",
    )


def _agencies_and_rpo() -> None:
    _x(
        "Interview: Alex Rivera – Senior DevOps Engineer (Client: Northpoint Mutual)",
        interview=True,
        company="Northpoint Mutual",
        role="Senior DevOps Engineer",
        org=("e.rasmussen@brightsidetalent.com", "Erik Rasmussen | Brightside Talent"),
        att=[
            person("e.rasmussen@brightsidetalent.com", "Erik Rasmussen"),
            person("helen.sato@northpointmutual.com", "Helen Sato"),
        ],
        desc=(
            "Hi Alex,\n\n"
            "As discussed, I've secured an interview for you with my client Northpoint Mutual for the "
            "Senior DevOps Engineer contract (6 months, hybrid, Leeds).\n\n"
            "Interviewer at Northpoint: Helen Sato, Platform Engineering Manager.\n"
            "Give me a ring afterwards so we can debrief.\n\n"
            "Erik Rasmussen\nSenior Consultant, Brightside Talent"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2E1Nj%40thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x(
        "Initial call – Meridian Staffing / Alex",
        interview=True,
        company=None,
        role="Data Platform Lead",
        org=("c.devries@meridianstaffing.com", "Claire de Vries"),
        att=[person("c.devries@meridianstaffing.com", "Claire de Vries")],
        desc=(
            "Quick intro call to talk through a Data Platform Lead role with a confidential fintech client "
            "in Amsterdam. I'll share the client name once we've spoken and you're happy to be submitted.\n\n"
            "Claire – Meridian Staffing Group"
        ),
        loc="Phone",
        zone="Europe/Amsterdam",
    )
    _x(
        "Phone Interview – Halcyon Pharmaceuticals – Regulatory Affairs Specialist",
        interview=True,
        company="Halcyon Pharmaceuticals",
        role="Regulatory Affairs Specialist",
        org=("talent@cobaltrpo.com", "Cobalt RPO on behalf of Halcyon Pharmaceuticals"),
        att=[person("j.whitcombe@cobaltrpo.com", "Jasmine Whitcombe")],
        desc=(
            "Thank you for your application to Halcyon Pharmaceuticals. Cobalt RPO manages recruitment on "
            "Halcyon's behalf.\n\n"
            "Your phone interview will be conducted by Jasmine Whitcombe, Talent Acquisition Partner."
        ),
        loc="Telephone",
        zone="America/New_York",
    )
    _x(
        "Client interview – Aldermoor Bank (via Kinsley Recruitment)",
        interview=True,
        company="Aldermoor Bank",
        role="Risk Analyst",
        org=("owen.price@kinsleyrecruitment.co.uk", "Owen Price"),
        att=[person("owen.price@kinsleyrecruitment.co.uk", "Owen Price")],
        desc=(
            "Role: Risk Analyst (12-month contract)\n"
            "Interviewing: Fatima Qureshi, Head of Credit Risk, Aldermoor Bank\n"
            "Address: 1 Aldermoor Square, Edinburgh – ask for Fatima at reception.\n"
            "Dress: business smart. Good luck! Owen"
        ),
        loc="1 Aldermoor Square, Edinburgh EH2 1AB",
        zone="Europe/London",
    )
    _x(
        "Interview – Senior Recruitment Consultant – Meridian Staffing Group",
        interview=True,
        company="Meridian Staffing Group",
        role="Senior Recruitment Consultant",
        org=("careers@meridianstaffing.com", "Meridian Staffing Group Careers"),
        att=[person("r.holloway@meridianstaffing.com", "Rupert Holloway")],
        desc=(
            "Thanks for applying to join us! This is an internal role in our Manchester office, "
            "building our technology desk.\n\n"
            "Interviewer: Rupert Holloway, Managing Director"
        ),
        loc="Meridian Staffing Group, 3 Spinningfields, Manchester",
        zone="Europe/London",
    )
    _x(
        "Vorstellungsgespräch beim Kunden: Stadtwerke Lindenau",
        interview=True,
        company="Stadtwerke Lindenau",
        role="SAP-Berater",
        org=("m.krause@brueckner-personal.de", "Monika Krause – Brückner Personal"),
        att=[person("m.krause@brueckner-personal.de", "Monika Krause")],
        desc=(
            "Hallo Alex,\n\n"
            "wie besprochen hier der Termin beim Kunden Stadtwerke Lindenau für die Position "
            "SAP-Berater (m/w/d) im Bereich IS-U.\n"
            "Gesprächspartner vor Ort: Herr Dietrich (IT-Leitung).\n"
            "Bitte melden Sie sich am Empfang, Hauptgebäude.\n\n"
            "Viel Erfolg!\nMonika Krause\nBrückner Personal GmbH"
        ),
        loc="Stadtwerke Lindenau, Am Wasserturm 4, 04177 Leipzig",
        zone="Europe/Berlin",
    )
    _x(
        "Kennismaking opdrachtgever – Rijnmond Havendiensten",
        interview=True,
        company="Rijnmond Havendiensten",
        role="Planner Logistiek",
        org=("bram@talentbrug.nl", "Bram Jansen (Talentbrug)"),
        att=[
            person("bram@talentbrug.nl", "Bram Jansen"),
            person("s.dewit@rijnmondhaven.nl", "Sanne de Wit"),
        ],
        desc=(
            "Hoi Alex,\n\n"
            "Je gesprek bij Rijnmond Havendiensten voor de functie Planner Logistiek is bevestigd. "
            "Contactpersoon ter plaatse: Sanne de Wit (teamleider planning).\n\n"
            "Succes! Groet, Bram – Talentbrug Uitzendbureau"
        ),
        loc="Waalhaven Oostzijde 21, Rotterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Interview – Hartwell Search",
        interview=True,
        company="Dunmore Estates",
        role="Financial Controller",
        org=("g.ashby@hartwellsearch.com", "Georgina Ashby"),
        att=[person("g.ashby@hartwellsearch.com", "Georgina Ashby")],
        desc=(
            "Alex – confirming your interview with Charles Penrose, CFO of our client Dunmore Estates Ltd, "
            "for the Financial Controller position. I'll join for the first five minutes to make introductions.\n\n"
            "Georgina Ashby\nPartner, Hartwell Search"
        ),
        conf=("Zoom Meeting", "https://hartwellsearch.zoom.us/j/77340019982"),
        zone="Europe/London",
    )


def _hurried_user_titles() -> None:
    _x(
        "HM Veltrano",
        interview=True,
        company="Veltrano",
        role=None,
        desc="hiring mgr – Priscilla. ask re team size + on-call",
        zone="America/New_York",
        add_me=False,
    )
    _x(
        "tech int Zalvora",
        interview=True,
        company="Zalvora",
        role=None,
        zone="Europe/Berlin",
        add_me=False,
    )
    _x(
        "Phone screen - Kitemark",
        interview=True,
        company="Kitemark",
        role=None,
        zone="Europe/London",
        add_me=False,
    )
    _x(
        "Final rnd @ Sorrel & Pine",
        interview=True,
        company="Sorrel & Pine",
        role=None,
        loc="Sorrel & Pine office, 5th fl",
        zone="America/New_York",
        add_me=False,
    )
    _x(
        "Int: Bluefjord (Product Analyst)",
        interview=True,
        company="Bluefjord",
        role="Product Analyst",
        zone="Europe/Oslo",
        add_me=False,
    )
    _x(
        "2nd int w/ Lanternfish",
        interview=True,
        company="Lanternfish",
        role=None,
        zone="America/Los_Angeles",
        add_me=False,
    )
    _x(
        "Recruiter call Copperline Energy",
        interview=True,
        company="Copperline Energy",
        role=None,
        zone="America/Denver",
        add_me=False,
    )
    _x(
        "Call w/ recruiter (Hollow Oak Games)",
        interview=True,
        company="Hollow Oak Games",
        role=None,
        desc="she'll call my cell",
        zone="America/Los_Angeles",
        add_me=False,
    )
    _x(
        "Onsite - Quarrystone",
        interview=True,
        company="Quarrystone",
        role=None,
        loc="400 Harbor Blvd, Oakland",
        desc="bring ID, 4 rounds, done ~3pm",
        zone="America/Los_Angeles",
        add_me=False,
    )
    _x(
        "Sys design Nordlicht",
        interview=True,
        company="Nordlicht",
        role=None,
        zone="Europe/Berlin",
        add_me=False,
    )
    _x(
        "Interview!! Tidewell",
        interview=True,
        company="Tidewell",
        role=None,
        zone="Australia/Sydney",
        add_me=False,
    )
    _x(
        "2. Gespräch Alpenblick Versicherung",
        interview=True,
        company="Alpenblick Versicherung",
        role=None,
        zone="Europe/Vienna",
        add_me=False,
    )
    _x(
        "entretien Maison Fauvel",
        interview=True,
        company="Maison Fauvel",
        role=None,
        zone="Europe/Paris",
        add_me=False,
    )
    _x(
        "Teams call - hiring mgr - Orrin Labs",
        interview=True,
        company="Orrin Labs",
        role=None,
        zone="Europe/London",
        add_me=False,
    )


def _recruiter_typed() -> None:
    _x(
        "Alex Rivera / Sunniva Dahl – intro call",
        interview=True,
        company="Nordkyst Seafood AS",
        role="Senior Product Manager",
        org=("sunniva.dahl@nordkyst.no", "Sunniva Dahl"),
        att=[person("sunniva.dahl@nordkyst.no", "Sunniva Dahl")],
        desc=(
            "Hi Alex – as promised, a 30-min intro about the Senior Product Manager role at Nordkyst Seafood AS. "
            "I'll call you on the number you gave me.\n\nSunniva (Talent Acquisition)"
        ),
        zone="Europe/Oslo",
    )
    _x(
        "Alex <> Gideon (Arclight) – next steps on Solutions Architect role",
        interview=True,
        company="Arclight",
        role="Solutions Architect",
        org=("gideon.marsh@arclight.cloud", "Gideon Marsh"),
        att=[person("gideon.marsh@arclight.cloud", "Gideon Marsh")],
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Catch-up re: Engineering Manager position",
        interview=True,
        company="Ironbark Capital",
        role="Engineering Manager",
        org=("t.vasquez@ironbarkcapital.com", "Teresa Vasquez"),
        att=[person("t.vasquez@ironbarkcapital.com", "Teresa Vasquez")],
        desc=(
            "Thanks again for your interest in joining Ironbark Capital. This is a second conversation with "
            "me and our CTO, Rahul Iyer, to go deeper on how you lead teams."
        ),
        conf=("Zoom Meeting", "https://ironbarkcapital.zoom.us/j/66198800231"),
        zone="America/New_York",
    )
    _x(
        "Interview - Alex Rivera (Data Scientist) - Round 1",
        interview=True,
        company="Pinecrest Analytics",
        role="Data Scientist",
        org=("hr@pinecrest-analytics.com", "Pinecrest Analytics HR"),
        att=[person("hr@pinecrest-analytics.com", "Pinecrest Analytics HR")],
        zone="America/Chicago",
    )
    _x(
        "Alex Rivera - Initial Conversation",
        interview=True,
        company="Fablewood",
        role=None,
        org=("joanna@fablewood.co", "Joanna Kerr"),
        att=[person("joanna@fablewood.co", "Joanna Kerr")],
        desc=(
            "Joanna Kerr, Head of Talent at Fablewood, is inviting you to a scheduled Zoom meeting.\n\n"
            "Join Zoom Meeting\nhttps://fablewood.zoom.us/j/88120033945\n\n"
            "Meeting ID: 881 2003 3945\nPasscode: 551203"
        ),
        conf=("Zoom Meeting", "https://fablewood.zoom.us/j/88120033945"),
        zone="Europe/London",
    )
    _x(
        "Call with Alex re Head of Data",
        interview=True,
        company="Greenmantle Trust",
        role="Head of Data",
        org=("m.oduya@greenmantle.org", "Michael Oduya"),
        att=[person("m.oduya@greenmantle.org", "Michael Oduya")],
        desc="Greenmantle Trust – Head of Data recruitment. First-stage conversation with the Director of Operations.",
        zone="Europe/London",
    )
    _x(
        "Interview confirmation – Alex Rivera – Wednesday",
        interview=True,
        company="Thornfield Borough Council",
        role="Digital Services Manager",
        org=("recruitment@thornfield.gov.uk", "Thornfield Borough Council Recruitment"),
        att=[person("recruitment@thornfield.gov.uk", "Thornfield Borough Council Recruitment")],
        desc=(
            "Post: Digital Services Manager (Grade 9), ref TBC/0412\n"
            "Panel: Cllr. June Farrow, Mark Ellery (Head of IT), Rekha Shah (HR)\n"
            "Venue: Committee Room 2, Town Hall, Market Place, Thornfield\n"
            "Please bring proof of your right to work in the UK."
        ),
        loc="Town Hall, Market Place, Thornfield",
        zone="Europe/London",
    )


def _onsite_split() -> None:
    marlowe = {
        "interview": True,
        "company": "Marlowe Dynamics",
        "role": "Senior ML Engineer",
        "org": ("onsite@marlowedynamics.com", "Marlowe Dynamics Recruiting"),
        "loc": "Marlowe Dynamics, 1200 Larkin St, San Francisco",
        "zone": "America/Los_Angeles",
    }
    _x(
        "Onsite 1/4: Coding – Marlowe Dynamics",
        att=[person("wren.castillo@marlowedynamics.com", "Wren Castillo")],
        desc="Senior ML Engineer onsite.\nInterviewer: Wren Castillo\nWhiteboard coding, 50 min.",
        **marlowe,
    )
    _x(
        "Onsite 2/4: ML System Design – Marlowe Dynamics",
        att=[person("b.adeyemi@marlowedynamics.com", "Bola Adeyemi")],
        desc="Senior ML Engineer onsite.\nInterviewer: Bola Adeyemi\nDesign a ranking system end to end.",
        **marlowe,
    )
    _x(
        "Onsite 3/4: Team Q&A – Marlowe Dynamics",
        att=[person("ml-team@marlowedynamics.com", "ML Team")],
        desc="Senior ML Engineer onsite.\nInformal conversation with three engineers from the team you'd join. Interviewers take notes.",
        **marlowe,
    )
    _x(
        "Onsite 4/4: Hiring Manager – Marlowe Dynamics",
        att=[person("k.lindqvist@marlowedynamics.com", "Karin Lindqvist")],
        desc="Senior ML Engineer onsite.\nInterviewer: Karin Lindqvist (Head of Applied ML)",
        **marlowe,
    )

    cobalt = {
        "interview": True,
        "company": "Cobaltline",
        "role": "Senior Product Manager, Growth",
        "org": ("recruiting@cobaltline.com", "Cobaltline Recruiting"),
        "meet": "meet",
        "zone": "America/New_York",
    }
    _x(
        "Virtual Onsite – Product Sense",
        att=[person("n.achebe@cobaltline.com", "Ngozi Achebe")],
        desc="Cobaltline · Senior Product Manager, Growth\nSession 1 of 3\nInterviewer: Ngozi Achebe (Group PM)",
        **cobalt,
    )
    _x(
        "Virtual Onsite – Execution",
        att=[person("d.kowal@cobaltline.com", "Derek Kowal")],
        desc="Cobaltline · Senior Product Manager, Growth\nSession 2 of 3\nInterviewer: Derek Kowal (Eng Director)",
        **cobalt,
    )
    _x(
        "Virtual Onsite – Leadership & Drive",
        att=[person("s.mahlangu@cobaltline.com", "Sipho Mahlangu")],
        desc="Cobaltline · Senior Product Manager, Growth\nSession 3 of 3\nInterviewer: Sipho Mahlangu (VP Product)",
        **cobalt,
    )

    rhein = {
        "interview": True,
        "company": "Rheinblick Automotive AG",
        "role": "Teamleiter Qualitätssicherung",
        "org": ("karriere@rheinblick-automotive.de", "Rheinblick Automotive – Personal"),
        "loc": "Rheinblick Automotive AG, Werk 2, Industriestraße 40, 67059 Ludwigshafen",
        "zone": "Europe/Berlin",
    }
    _x(
        "Vor-Ort-Termin Teil 1: Fachgespräch – Rheinblick Automotive AG",
        att=[person("t.hagen@rheinblick-automotive.de", "Thomas Hagen")],
        desc="Position: Teamleiter Qualitätssicherung (m/w/d)\nGesprächspartner: Thomas Hagen (Leitung Qualität)",
        **rhein,
    )
    _x(
        "Vor-Ort-Termin Teil 2: Fallstudie mit dem Team – Rheinblick Automotive AG",
        att=[person("qs-team@rheinblick-automotive.de", "QS-Team")],
        desc="Position: Teamleiter Qualitätssicherung (m/w/d)\nFallstudie: 8D-Report zu einer Reklamation, Präsentation vor dem Team.",
        **rhein,
    )
    _x(
        "Vor-Ort-Termin Teil 3: Gespräch mit der Bereichsleitung – Rheinblick Automotive AG",
        att=[person("c.wenzel@rheinblick-automotive.de", "Claudia Wenzel")],
        desc="Position: Teamleiter Qualitätssicherung (m/w/d)\nGesprächspartnerin: Claudia Wenzel (Bereichsleitung Produktion), anschließend Frau Ott (HR).",
        **rhein,
    )

    banca = {
        "interview": True,
        "company": "Banca Marítima Iberia",
        "role": "Analista de Inversiones",
        "org": ("seleccion@bmiberia.es", "Banca Marítima Iberia – Selección"),
        "loc": "Paseo de la Castellana 210, Madrid",
        "zone": "Europe/Madrid",
    }
    _x(
        "Superday – Ronda 1 – Banca Marítima Iberia",
        att=[person("l.ortega@bmiberia.es", "Lucía Ortega")],
        desc="Proceso de selección: Analista de Inversiones\nEntrevistadora: Lucía Ortega (Directora de Inversiones)\nCaso práctico de valoración.",
        **banca,
    )
    _x(
        "Superday – Ronda 2 – Banca Marítima Iberia",
        att=[person("j.villalba@bmiberia.es", "Javier Villalba")],
        desc="Proceso de selección: Analista de Inversiones\nEntrevistador: Javier Villalba (Socio)\nEntrevista de encaje y motivación.",
        **banca,
    )


def _hiring_manager_chats() -> None:
    _x(
        "Chat with Priyanka Rao (Wrenfield Freight – Senior Backend Engineer role)",
        interview=True,
        company="Wrenfield Freight",
        role="Senior Backend Engineer",
        org=("priyanka.rao@wrenfieldfreight.com", "Priyanka Rao"),
        att=[person("priyanka.rao@wrenfieldfreight.com", "Priyanka Rao")],
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Hiring manager chat (Analytics Engineer, Lodestar Mobility)",
        interview=True,
        company="Lodestar Mobility",
        role="Analytics Engineer",
        org=("ben.ostrowski@lodestarmobility.com", "Ben Ostrowski"),
        att=[person("ben.ostrowski@lodestarmobility.com", "Ben Ostrowski")],
        zone="Europe/Berlin",
        conf=("Zoom Meeting", "https://lodestarmobility.zoom.us/j/90011234876"),
    )
    _x(
        "Coffee chat with Dominik",
        interview=True,
        company="Vltava Systems",
        role="Platform Engineer",
        org=("dominik.hrabal@vltavasystems.cz", "Dominik Hrabal"),
        att=[person("dominik.hrabal@vltavasystems.cz", "Dominik Hrabal")],
        desc=(
            "Dominik Hrabal, Head of Engineering at Vltava Systems, would like to meet you for an informal "
            "conversation about the Platform Engineer opening before the technical round."
        ),
        loc="Café Lounge, Plaská 8, Praha 5",
        zone="Europe/Prague",
    )
    _x(
        "Hiring manager intro – Marisol / Alex",
        interview=True,
        company="Quetzalpay",
        role=None,
        org=("marisol.ibarra@quetzalpay.mx", "Marisol Ibarra"),
        att=[person("marisol.ibarra@quetzalpay.mx", "Marisol Ibarra")],
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "Conversation with our CTO",
        interview=True,
        company="Helixbridge",
        role="Principal Engineer",
        org=("careers@helixbridge.io", "Helixbridge Careers"),
        att=[person("yusuf.demir@helixbridge.io", "Yusuf Demir")],
        desc=(
            "Hi Alex,\n\nAs the next step in the process for the Principal Engineer role, Yusuf Demir (CTO) "
            "would like to speak with you. No preparation needed.\n\nHelixbridge Careers"
        ),
        conf=("Zoom Meeting", "https://helixbridge.zoom.us/j/83320011457"),
        zone="Europe/Istanbul",
    )
    _x(
        "Meet the team (Design Systems Lead)",
        interview=True,
        company="Mossgate",
        role="Design Systems Lead",
        org=("people@mossgate.design", "People at Mossgate"),
        att=[
            person("ari.feld@mossgate.design", "Ari Feld"),
            person("june.takeda@mossgate.design", "June Takeda"),
        ],
        desc="Informal chat with two designers from the team as part of your interview process.",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Follow-up conversation",
        interview=True,
        company="Orchardline",
        role="Operations Manager",
        org=("a.kowalczyk@orchardline.com", "Anna Kowalczyk"),
        att=[
            person("a.kowalczyk@orchardline.com", "Anna Kowalczyk"),
            person("r.bright@orchardline.com", "Robert Bright"),
        ],
        desc=(
            "Hi Alex, following your interview last week for the Operations Manager role I'd like to "
            "introduce you to our COO, Robert Bright. – Anna, Orchardline Talent"
        ),
        zone="America/New_York",
    )
    _x(
        "Alex x Tomasz (hiring manager)",
        interview=True,
        company="Kormoran",
        role=None,
        org=("tomasz.wrobel@kormoran.io", "Tomasz Wróbel"),
        att=[person("tomasz.wrobel@kormoran.io", "Tomasz Wróbel")],
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Chat with Ellen – hiring mgr (Lindqvist Maritime, Fleet Data Analyst)",
        interview=True,
        company="Lindqvist Maritime",
        role="Fleet Data Analyst",
        zone="Europe/Stockholm",
        add_me=False,
    )


def _long_and_legal_names() -> None:
    _x(
        "Interview – Pemberton, Ashe & Gould LLP – Legal Operations Manager",
        interview=True,
        company="Pemberton, Ashe & Gould LLP",
        role="Legal Operations Manager",
        org=("recruitment@pagllp.com", "Pemberton, Ashe & Gould Recruitment"),
        att=[person("c.ashe@pagllp.com", "Cordelia Ashe")],
        desc="Interviewer: Cordelia Ashe, Chief Operating Officer\nPlease arrive 10 minutes early; reception on level 12.",
        loc="30 Cannon Street, London EC4M 6XH, Level 12",
        zone="Europe/London",
    )
    _x(
        "Phone interview: Consolidated Harbour & Rail Holdings plc",
        interview=True,
        company="Consolidated Harbour & Rail Holdings plc",
        role="Treasury Analyst",
        org=("talent@chrh.co.uk", "CHRH Talent"),
        att=[person("d.mcallister@chrh.co.uk", "Duncan McAllister")],
        desc="Role: Treasury Analyst\nInterviewer: Duncan McAllister (Group Treasurer)\nHe will call you on your mobile.",
        zone="Europe/London",
    )
    _x(
        "Second interview — The Old Mill Bakery Co-operative Ltd",
        interview=True,
        company="The Old Mill Bakery Co-operative Ltd",
        role="Operations Lead",
        org=("jobs@oldmillbakery.coop", "The Old Mill Bakery Co-operative"),
        att=[person("members@oldmillbakery.coop", "Hiring Circle")],
        desc="Second interview for the Operations Lead vacancy with members of the hiring circle. Tea and cake provided!",
        loc="The Old Mill, Weir Lane, Hebden Bridge",
        zone="Europe/London",
    )
    _x(
        "Interview – Senior Data Analyst – St Brigid's University Hospital NHS Foundation Trust",
        interview=True,
        company="St Brigid's University Hospital NHS Foundation Trust",
        role="Senior Data Analyst",
        org=("noreply.recruitment@stbrigids.nhs.uk", "St Brigid's Recruitment"),
        att=[person("performance.team@stbrigids.nhs.uk", "Performance & Information")],
        desc=(
            "Job reference: 310-PI-2291 (Band 7)\n"
            "Interview panel: Head of Performance & Information; Deputy Director of Operations\n"
            "Format: presentation (10 min) followed by panel questions."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmQ4OT%40thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x(
        "Technical interview – Okafor, Lindgren & Associates, P.C.",
        interview=True,
        company="Okafor, Lindgren & Associates, P.C.",
        role=None,
        org=("it-hiring@olalaw.com", "OLA IT Hiring"),
        att=[person("n.lindgren@olalaw.com", "Nils Lindgren")],
        desc="Interviewer: Nils Lindgren, IT Director. 45 minutes, networking and Microsoft 365 administration.",
        zone="America/Chicago",
    )
    _x(
        "Video interview – Sunbridge Renewable Energy Solutions Pty Ltd – Grid Integration Engineer",
        interview=True,
        company="Sunbridge Renewable Energy Solutions Pty Ltd",
        role="Grid Integration Engineer",
        org=("careers@sunbridge-res.com.au", "Sunbridge Careers"),
        att=[person("m.tran@sunbridge-res.com.au", "Minh Tran")],
        desc="Interviewer: Minh Tran, Principal Engineer – Grid Connections.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDQ1YT%40thread.v2/0",
        ),
        zone="Australia/Sydney",
    )
    _x(
        "Interview: Kwan & Halvorsen Architects Pte. Ltd. – BIM Coordinator",
        interview=True,
        company="Kwan & Halvorsen Architects Pte. Ltd.",
        role="BIM Coordinator",
        org=("hr@kwanhalvorsen.sg", "Kwan & Halvorsen HR"),
        att=[person("w.kwan@kwanhalvorsen.sg", "Wei Ling Kwan")],
        loc="72 Amoy Street, #03-01, Singapore 069891",
        zone="Asia/Singapore",
    )


# ---------------------------------------------------------------------------
# Interviews in other languages
# ---------------------------------------------------------------------------


def _german_interviews() -> None:
    _x(
        "Vorstellungsgespräch – Senior Backend-Entwickler (m/w/d)",
        interview=True,
        company="Hanseatische Versicherungs-AG",
        role="Senior Backend-Entwickler",
        org=("bewerbung@hanseatische-vers.de", "Hanseatische Versicherungs-AG – Personalabteilung"),
        att=[
            person("s.petersen@hanseatische-vers.de", "Sönke Petersen"),
            person("a.kaya@hanseatische-vers.de", "Ayşe Kaya"),
        ],
        desc=(
            "Guten Tag Alex Rivera,\n\n"
            "wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen.\n\n"
            "Ihre Gesprächspartner: Sönke Petersen (Abteilungsleiter IT-Entwicklung), Ayşe Kaya (Personalreferentin)\n"
            "Ort: Ballindamm 17, 20095 Hamburg, Empfang im Erdgeschoss\n\n"
            "Mit freundlichen Grüßen\nHanseatische Versicherungs-AG"
        ),
        loc="Ballindamm 17, 20095 Hamburg",
        zone="Europe/Berlin",
    )
    _x(
        "Kennenlerngespräch mit Jonas Feldmann (Teamlead Data) – Lichtwerk Solar GmbH",
        interview=True,
        company="Lichtwerk Solar GmbH",
        role="Data Engineer",
        org=("jobs@lichtwerk-solar.de", "Lichtwerk Solar Jobs"),
        att=[person("j.feldmann@lichtwerk-solar.de", "Jonas Feldmann")],
        desc="Position: Data Engineer (w/m/d)\nDauer: 30 Minuten, locker und per Video.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Zweitgespräch – Produktmanager:in – Bergmann & Kleefeld KG",
        interview=True,
        company="Bergmann & Kleefeld KG",
        role="Produktmanager:in",
        org=("personal@bergmann-kleefeld.de", "Bergmann & Kleefeld Personal"),
        att=[person("h.kleefeld@bergmann-kleefeld.de", "Henrike Kleefeld")],
        desc="Zweites Gespräch mit der Geschäftsführung (Frau Kleefeld). Bitte bringen Sie Ihre Gehaltsvorstellung mit.",
        loc="Bergmann & Kleefeld KG, Hafenweg 3, 48155 Münster",
        zone="Europe/Berlin",
    )
    _x(
        "Fachinterview (Teams) – Alpenrose Medizintechnik AG",
        interview=True,
        company="Alpenrose Medizintechnik AG",
        role="Regulatory Affairs Manager",
        org=("talent@alpenrose-med.ch", "Alpenrose Medizintechnik – Talent Acquisition"),
        att=[person("r.gubler@alpenrose-med.ch", "Reto Gubler")],
        desc=(
            "Grüezi Alex\n\n"
            "Gerne bestätigen wir das Fachinterview für die Stelle Regulatory Affairs Manager (80–100 %).\n"
            "Interviewer: Reto Gubler, Head of Regulatory\n\n"
            "Freundliche Grüsse"
        ),
        conf=(
            "Microsoft Teams-Besprechung",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FmZT%40thread.v2/0",
        ),
        zone="Europe/Zurich",
    )
    _x(
        "Probearbeitstag – Kaffeerösterei Hollerbusch",
        interview=True,
        company="Kaffeerösterei Hollerbusch",
        role="Head Roaster",
        org=("moin@hollerbusch-kaffee.de", "Kaffeerösterei Hollerbusch"),
        att=[person("moin@hollerbusch-kaffee.de", "Greta Hollerbusch")],
        desc="Probearbeiten für die Stelle als Head Roaster. Bitte feste Schuhe mitbringen, Mittagessen geht auf uns.",
        loc="Kaffeerösterei Hollerbusch, Schanzenstraße 51, Hamburg",
        zone="Europe/Berlin",
        all_day=True,
    )


def _dutch_interviews() -> None:
    _x(
        "Sollicitatiegesprek – Medior Data Engineer – Van der Heijden & Zonen B.V.",
        interview=True,
        company="Van der Heijden & Zonen B.V.",
        role="Medior Data Engineer",
        org=("werkenbij@vdheijden.nl", "Van der Heijden & Zonen – Werken bij"),
        att=[person("p.vanderheijden@vdheijden.nl", "Pieter van der Heijden")],
        desc=(
            "Beste Alex,\n\nHierbij bevestigen wij je sollicitatiegesprek voor de functie Medior Data Engineer.\n"
            "Gesprekspartner: Pieter van der Heijden (IT-manager)\n\nMet vriendelijke groet,\nHR"
        ),
        loc="Industrieweg 14, 3542 AD Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Kennismakingsgesprek Brouwerij De Drie Molens",
        interview=True,
        company="Brouwerij De Drie Molens",
        role="Marketingmanager",
        org=("lotte@dedriemolens.nl", "Lotte Brinkman"),
        att=[person("lotte@dedriemolens.nl", "Lotte Brinkman")],
        desc="Vacature: Marketingmanager (32-40 uur). Eerste kennismaking met Lotte (eigenaar) in de brouwerij.",
        loc="Molenstraat 9, Delft",
        zone="Europe/Amsterdam",
    )
    _x(
        "Tweede gesprek (video) – Groenveld Energie N.V.",
        interview=True,
        company="Groenveld Energie N.V.",
        role="Productmanager Warmtenetten",
        org=("recruitment@groenveld-energie.nl", "Groenveld Energie Recruitment"),
        att=[
            person("m.bakker@groenveld-energie.nl", "Marieke Bakker"),
            person("y.elamrani@groenveld-energie.nl", "Youssef El Amrani"),
        ],
        desc="Functie: Productmanager Warmtenetten\nIn gesprek met: Marieke Bakker (manager) en Youssef El Amrani (collega).",
        conf=(
            "Microsoft Teams-vergadering",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODYxYz%40thread.v2/0",
        ),
        zone="Europe/Amsterdam",
    )
    _x(
        "Sollicitatie: gesprek met teamleider – Gemeente Zuiderhaven",
        interview=True,
        company="Gemeente Zuiderhaven",
        role="Informatieadviseur",
        org=("sollicitaties@zuiderhaven.nl", "Gemeente Zuiderhaven"),
        att=[person("k.devos@zuiderhaven.nl", "Koen de Vos")],
        desc="Selectiegesprek voor de vacature Informatieadviseur (schaal 10). Meld je bij de balie van het stadskantoor.",
        loc="Stadskantoor, Raadhuisplein 1, Zuiderhaven",
        zone="Europe/Amsterdam",
    )


def _french_interviews() -> None:
    _x(
        "Entretien RH – Chargé de projet data – Groupe Lavallière",
        interview=True,
        company="Groupe Lavallière",
        role="Chargé de projet data",
        org=("recrutement@lavalliere.fr", "Groupe Lavallière – Recrutement"),
        att=[person("c.moreau@lavalliere.fr", "Camille Moreau")],
        desc=(
            "Bonjour Alex,\n\nNous avons le plaisir de vous confirmer votre entretien RH pour le poste de "
            "Chargé de projet data.\nVotre interlocutrice : Camille Moreau, chargée de recrutement.\n\n"
            "Bien cordialement"
        ),
        conf=(
            "Réunion Microsoft Teams",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWRhNz%40thread.v2/0",
        ),
        zone="Europe/Paris",
    )
    _x(
        "Entretien avec le manager – Maison Delorme & Fils SAS",
        interview=True,
        company="Maison Delorme & Fils SAS",
        role="Responsable e-commerce",
        org=("jobs@delorme-fils.fr", "Maison Delorme & Fils"),
        att=[person("a.delorme@delorme-fils.fr", "Antoine Delorme")],
        desc="Poste : Responsable e-commerce (CDI)\nAvec Antoine Delorme, directeur commercial.",
        loc="12 rue de la Verrerie, 69002 Lyon",
        zone="Europe/Paris",
    )
    _x(
        "Entretien technique – Développeur Python – Atelier Numérique Vauban",
        interview=True,
        company="Atelier Numérique Vauban",
        role="Développeur Python",
        org=("tech@ateliervauban.fr", "Atelier Numérique Vauban"),
        att=[person("m.nguyen@ateliervauban.fr", "Minh-Anh Nguyen")],
        desc="Exercice de code en binôme (1h). Intervieweuse : Minh-Anh Nguyen, lead dev.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entrevue – Analyste financier – Coopérative Boréale",
        interview=True,
        company="Coopérative Boréale",
        role="Analyste financier",
        org=("dotation@cooperativeboreale.ca", "Coopérative Boréale – Dotation"),
        att=[person("g.tremblay@cooperativeboreale.ca", "Geneviève Tremblay")],
        desc="Bonjour Alex, voici la confirmation de votre entrevue avec Geneviève Tremblay, directrice des finances.",
        loc="1450, rue Saint-Denis, Montréal (Québec)",
        zone="America/Toronto",
    )
    _x(
        "Échange avec la DG – Caprice Cosmétiques SA (poste : Directeur marketing)",
        interview=True,
        company="Caprice Cosmétiques SA",
        role="Directeur marketing",
        org=("e.roux@caprice-cosmetiques.fr", "Élodie Roux"),
        att=[person("e.roux@caprice-cosmetiques.fr", "Élodie Roux")],
        desc="Dernier échange du processus de recrutement avec notre directrice générale, Élodie Roux.",
        loc="Caprice Cosmétiques, 8 avenue Hoche, Paris 8e",
        zone="Europe/Paris",
    )


def _iberian_interviews() -> None:
    _x(
        "Entrevista con RRHH – Analista de Datos – Grupo Alcázar S.A.",
        interview=True,
        company="Grupo Alcázar S.A.",
        role="Analista de Datos",
        org=("talento@grupoalcazar.es", "Grupo Alcázar – Talento"),
        att=[person("m.gil@grupoalcazar.es", "Marta Gil")],
        desc="Hola Alex:\n\nTe confirmamos la entrevista con Marta Gil (Recursos Humanos) para la posición de Analista de Datos.\n\nUn saludo",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista técnica – Hidrosur Ingeniería S.L.",
        interview=True,
        company="Hidrosur Ingeniería S.L.",
        role="Ingeniero de Software Embebido",
        org=("empleo@hidrosur.es", "Hidrosur Ingeniería"),
        att=[person("p.navarro@hidrosur.es", "Pablo Navarro")],
        desc="Entrevista técnica para el puesto de Ingeniero de Software Embebido. Entrevistador: Pablo Navarro (jefe de I+D).",
        loc="Parque Tecnológico Cartuja, Sevilla",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista – Ejecutivo de Cuenta – Comercializadora del Bajío S.A. de C.V.",
        interview=True,
        company="Comercializadora del Bajío S.A. de C.V.",
        role="Ejecutivo de Cuenta",
        org=("reclutamiento@combajio.com.mx", "Reclutamiento Comercializadora del Bajío"),
        att=[person("a.ramirez@combajio.com.mx", "Adriana Ramírez")],
        desc="Entrevista con Adriana Ramírez, gerente comercial. Favor de traer CV impreso e identificación oficial.",
        loc="Blvd. Adolfo López Mateos 1102, León, Gto.",
        zone="America/Mexico_City",
    )
    _x(
        "Entrevista final com a gestora – Lusitânia Seguros, S.A.",
        interview=True,
        company="Lusitânia Seguros, S.A.",
        role="Atuário Sénior",
        org=("recrutamento@lusitania-seguros.pt", "Lusitânia Seguros – Recrutamento"),
        att=[person("i.sardinha@lusitania-seguros.pt", "Inês Sardinha")],
        desc="Função: Atuário Sénior\nEntrevistadora: Inês Sardinha (Diretora Técnica)",
        loc="Avenida da Liberdade 190, Lisboa",
        zone="Europe/Lisbon",
    )
    _x(
        "Entrevista – Engenheiro de Dados – Cooperativa Agrícola Vale do Sol",
        interview=True,
        company="Cooperativa Agrícola Vale do Sol",
        role="Engenheiro de Dados",
        org=("rh@valedosol.coop.br", "RH Vale do Sol"),
        att=[person("f.almeida@valedosol.coop.br", "Fernanda Almeida")],
        desc="Olá Alex! Sua entrevista com a Fernanda Almeida (coordenadora de TI) está confirmada. Link do Meet no convite.",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Bate-papo com o time de Produto (Tucano Pagamentos)",
        interview=True,
        company="Tucano Pagamentos",
        role="Product Designer Pleno",
        org=("talentos@tucanopag.com.br", "Talentos Tucano"),
        att=[
            person("r.moura@tucanopag.com.br", "Rafael Moura"),
            person("c.lima@tucanopag.com.br", "Carolina Lima"),
        ],
        desc="Etapa do processo seletivo para Product Designer Pleno: conversa com Rafael (Head de Produto) e Carolina (Design Lead).",
        meet="meet",
        zone="America/Sao_Paulo",
    )


def _italian_interviews() -> None:
    _x(
        "Colloquio conoscitivo – Ferretti & Bassi S.r.l.",
        interview=True,
        company="Ferretti & Bassi S.r.l.",
        role="Controller di gestione",
        org=("hr@ferrettibassi.it", "Ferretti & Bassi – Risorse Umane"),
        att=[person("g.bassi@ferrettibassi.it", "Giulia Bassi")],
        desc="Gentile Alex,\nle confermiamo il colloquio conoscitivo per la posizione di Controller di gestione.\nCordiali saluti",
        loc="Via Emilia Est 220, Modena",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio tecnico – Sviluppatore Java – Officine Cavour S.p.A.",
        interview=True,
        company="Officine Cavour S.p.A.",
        role="Sviluppatore Java",
        org=("selezione@officinecavour.it", "Officine Cavour – Selezione"),
        att=[person("l.conti@officinecavour.it", "Luca Conti")],
        desc="Colloquio tecnico con Luca Conti (Tech Lead). Durata prevista: 1 ora.",
        conf=(
            "Riunione di Microsoft Teams",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzJhMD%40thread.v2/0",
        ),
        zone="Europe/Rome",
    )
    _x(
        "Secondo colloquio con la responsabile HR",
        interview=True,
        company="Lanificio Valsesia",
        role="Responsabile Qualità",
        org=("selezione@lanificio-valsesia.it", "Lanificio Valsesia – Selezione del Personale"),
        att=[person("f.rinaldi@lanificio-valsesia.it", "Francesca Rinaldi")],
        desc="Secondo colloquio per la posizione di Responsabile Qualità presso Lanificio Valsesia. Referente: Francesca Rinaldi.",
        loc="Lanificio Valsesia, Via Roma 3, Borgosesia (VC)",
        zone="Europe/Rome",
    )


def _polish_interviews() -> None:
    _x(
        "Rozmowa kwalifikacyjna – Młodszy Analityk – Spółdzielnia Mleczarska Wisłok",
        interview=True,
        company="Spółdzielnia Mleczarska Wisłok",
        role="Młodszy Analityk",
        org=("kadry@smwislok.pl", "SM Wisłok – Dział Kadr"),
        att=[person("a.nowicka@smwislok.pl", "Agnieszka Nowicka")],
        desc="Dzień dobry,\npotwierdzamy termin rozmowy kwalifikacyjnej na stanowisko Młodszy Analityk.\nPozdrawiamy",
        loc="ul. Fabryczna 7, Rzeszów",
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa rekrutacyjna – Zakłady Mechaniczne Orzeł sp. z o.o.",
        interview=True,
        company="Zakłady Mechaniczne Orzeł sp. z o.o.",
        role="Inżynier Procesu",
        org=("rekrutacja@zmorzel.pl", "ZM Orzeł Rekrutacja"),
        att=[person("p.zielinski@zmorzel.pl", "Piotr Zieliński")],
        desc="Stanowisko: Inżynier Procesu\nRozmowę prowadzi: Piotr Zieliński (kierownik produkcji)",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa techniczna – Java Developer – Bursztyn Software S.A.",
        interview=True,
        company="Bursztyn Software S.A.",
        role="Java Developer",
        org=("hr@bursztynsoftware.pl", "Bursztyn Software HR"),
        att=[person("k.lewandowski@bursztynsoftware.pl", "Kamil Lewandowski")],
        desc="Część techniczna procesu rekrutacji. Prowadzący: Kamil Lewandowski. Live coding + pytania o Spring.",
        conf=("Zoom Meeting", "https://bursztyn.zoom.us/j/74401239981"),
        zone="Europe/Warsaw",
    )


def _japanese_interviews() -> None:
    _x(
        "一次面接（みなと精機株式会社）",
        interview=True,
        company="みなと精機株式会社",
        role="生産管理エンジニア",
        org=("saiyo@minato-seiki.co.jp", "みなと精機 採用担当"),
        att=[person("t.sato@minato-seiki.co.jp", "佐藤 拓也")],
        desc="Alex Rivera 様\n\nこの度はご応募いただきありがとうございます。\n職種：生産管理エンジニア\n面接官：佐藤（製造部 課長）\n形式：Web面接（Zoom）",
        conf=("Zoom Meeting", "https://minato-seiki.zoom.us/j/81123400981"),
        zone="Asia/Tokyo",
    )
    _x(
        "最終面接 – 北斗ロジスティクス株式会社 – データエンジニア",
        interview=True,
        company="北斗ロジスティクス株式会社",
        role="データエンジニア",
        org=("recruit@hokuto-logi.co.jp", "北斗ロジスティクス 人事部"),
        att=[person("k.yamamoto@hokuto-logi.co.jp", "山本 健一")],
        desc="最終面接のご案内\n面接官：代表取締役 山本\n場所：本社 8階 会議室",
        loc="東京都港区芝浦3-4-1 北斗ビル8F",
        zone="Asia/Tokyo",
    )
    _x(
        "【二次面接】株式会社アオバテック／バックエンドエンジニア",
        interview=True,
        company="株式会社アオバテック",
        role="バックエンドエンジニア",
        org=("hr@aobatech.jp", "株式会社アオバテック 人事"),
        att=[person("m.suzuki@aobatech.jp", "鈴木 美咲")],
        desc="二次面接（技術面接）\n面接官：鈴木（エンジニアリングマネージャー）\nGoogle Meet にてご参加ください。",
        meet="meet",
        zone="Asia/Tokyo",
    )


def _nordic_and_other_interviews() -> None:
    _x(
        "Jobsamtale – Nordhavn Rederi A/S",
        interview=True,
        company="Nordhavn Rederi A/S",
        role="Økonomikonsulent",
        org=("job@nordhavnrederi.dk", "Nordhavn Rederi HR"),
        att=[person("l.holm@nordhavnrederi.dk", "Line Holm")],
        desc="Kære Alex\n\nTak for din ansøgning til stillingen som økonomikonsulent. Du skal tale med Line Holm (økonomichef).\n\nVenlig hilsen",
        loc="Sundkrogsgade 30, København Ø",
        zone="Europe/Copenhagen",
    )
    _x(
        "Pohovor – Konstruktér – Moravská Strojírna s.r.o.",
        interview=True,
        company="Moravská Strojírna s.r.o.",
        role="Konstruktér",
        org=("personalni@moravskastrojirna.cz", "Moravská Strojírna – personální oddělení"),
        att=[person("j.novak@moravskastrojirna.cz", "Jiří Novák")],
        desc="Dobrý den, potvrzujeme termín pohovoru na pozici Konstruktér. Pohovor povede Ing. Jiří Novák.",
        loc="Průmyslová 12, Brno",
        zone="Europe/Prague",
    )
    _x(
        "Mülakat – Satın Alma Uzmanı – Anadolu Gıda A.Ş.",
        interview=True,
        company="Anadolu Gıda A.Ş.",
        role="Satın Alma Uzmanı",
        org=("ik@anadolugida.com.tr", "Anadolu Gıda İnsan Kaynakları"),
        att=[person("e.yildiz@anadolugida.com.tr", "Elif Yıldız")],
        desc="Merhaba Alex, Satın Alma Uzmanı pozisyonu için mülakatınız Elif Yıldız (Satın Alma Müdürü) ile gerçekleşecektir.",
        meet="meet",
        zone="Europe/Istanbul",
    )


# ---------------------------------------------------------------------------
# Hard negatives
# ---------------------------------------------------------------------------


def _work_calendar_interviewer() -> None:
    _x(
        "Interview: Morgan Lee – Senior SRE",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("morgan.lee.dev@gmail.com", "Morgan Lee"),
            person("dev.patel@initech.com", "Dev Patel"),
        ],
        desc=(
            "Candidate: Morgan Lee\nRole: Senior Site Reliability Engineer\n"
            "Interviewers: Alex Rivera, Dev Patel\n"
            "Focus area: incident response and on-call\n"
            "Please submit your scorecard in Greenhouse within 24 hours."
        ),
        conf=("Zoom Meeting", "https://initech.zoom.us/j/90002311245"),
        zone="America/Chicago",
    )
    _x(
        "Panel Interview – Candidate: Priya Shah (Data Engineer II)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("priya.shah.data@outlook.com", "Priya Shah"),
            person("mariana.costa@initech.com", "Mariana Costa"),
        ],
        desc="You are on the interview panel for this candidate. Resume and scorecard are in Greenhouse.",
        zone="America/Chicago",
    )
    _x(
        "Phone screen – Tomás Herrera (Backend)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        att=[person("tomas.herrera.mx@gmail.com", "Tomás Herrera")],
        desc="Resume in Greenhouse. Focus: Go, concurrency, testing habits. I'm screening.",
        zone="America/Chicago",
    )
    _x(
        "[Interviewer] Coding Interview – Jae-won Park",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("scheduling@initech.com", "Initech Interview Scheduling"),
        desc=(
            "You've been scheduled as an interviewer via GoodTime.\n"
            "Candidate: Jae-won Park\nRole: Frontend Engineer\n"
            "Please review the resume 15 minutes before the session."
        ),
        conf=("Zoom Meeting", "https://initech.zoom.us/j/90002398876"),
        zone="America/Chicago",
    )
    _x(
        "Hiring debrief – Morgan Lee",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("dev.patel@initech.com", "Dev Patel"),
            person("mariana.costa@initech.com", "Mariana Costa"),
        ],
        desc="Debrief for Senior SRE candidate. Please have your feedback submitted beforehand.",
        zone="America/Chicago",
    )
    _x(
        "Interviewer training: Structured Interviewing 101",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("learning@initech.com", "Initech Learning & Development"),
        desc="Required for all new interviewers. Topics: scorecards, bias, legal do's and don'ts.",
        zone="America/Chicago",
    )
    _x(
        "Bewerbungsgespräch mit Kandidatin Lena Vogt (Werkstudentin QA)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting-de@initech.com", "Initech Recruiting DACH"),
        att=[
            person("lena.vogt@web.de", "Lena Vogt"),
            person("markus.pohl@initech.com", "Markus Pohl"),
        ],
        desc="Interviewer: Alex Rivera, Markus Pohl\nBitte Feedback bis Freitag im ATS eintragen.",
        zone="Europe/Berlin",
    )
    _x(
        "Entrevista a candidato – Diego Salas (Soporte N2)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("seleccion@initech.com", "Initech Selección"),
        att=[person("diego.salas84@hotmail.com", "Diego Salas")],
        desc="Entrevistadores: Alex Rivera y Carmen Ruiz. Candidato para el equipo de soporte de nivel 2.",
        zone="Europe/Madrid",
    )
    _x(
        "Campus recruiting: screening interviews at Ridgeview University",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("campus@initech.com", "Initech Campus Recruiting"),
        desc="Alex + Dev staffing the Initech booth, then six back-to-back 20-minute screening interviews with students.",
        loc="Ridgeview University Career Center, Hall B",
        zone="America/Chicago",
        all_day=True,
    )
    _x(
        "Intern candidate interview – Kofi Mensah",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("kofi.mensah@ridgeview.edu", "Kofi Mensah")],
        desc="Interviewer: Alex Rivera\nSummer internship, platform team.",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Alex Rivera – Interview with Candidate Oluwaseun Bello",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("seun.bello.dev@gmail.com", "Oluwaseun Bello")],
        desc=(
            "Interviewer: Alex Rivera\n"
            "Candidate: Oluwaseun Bello\n"
            "Role: Staff Data Engineer (Initech, Data Platform)\n"
            "Interview type: Technical deep dive – use the 'data modelling' question bank.\n\n"
            "Scheduled via Lever"
        ),
        conf=("Zoom Meeting", "https://initech.zoom.us/j/90002477120"),
        zone="America/Chicago",
    )
    _x(
        "Interview: Sakura Ito – Product Designer (shadowing)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("sakura.ito.design@gmail.com", "Sakura Ito"),
            person("lena.marsh@initech.com", "Lena Marsh"),
        ],
        desc="Lead interviewer: Lena Marsh. Shadow: Alex Rivera (interviewer training, observe only).",
        zone="America/Chicago",
    )


def _mock_and_coaching() -> None:
    _x(
        "Mock interview w/ Sam (system design)",
        interview=False,
        company=None,
        role=None,
        att=[person("sam.okafor@gmail.com", "Sam Okafor")],
        desc="practice round – Sam plays interviewer, then we swap",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "PeerPrep mock interview – Behavioral",
        interview=False,
        company=None,
        role=None,
        org=("sessions@peerprep.io", "PeerPrep"),
        desc="Practice interview with a peer. You'll take turns as interviewer and interviewee (30 min each). Your partner: Lior B.",
        zone="Europe/London",
    )
    _x(
        "Interview coaching session with Dana (CareerLift)",
        interview=False,
        company=None,
        role=None,
        org=("dana@careerlift.coach", "Dana Whitmore"),
        att=[person("dana@careerlift.coach", "Dana Whitmore")],
        desc="Session 3 of 5: STAR stories, salary questions, and a short mock for your upcoming final rounds.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/83310088771"),
        zone="America/New_York",
    )
    _x(
        "Career Services: Mock Interview – Consulting case",
        interview=False,
        company=None,
        role=None,
        org=("careers@ridgeview.edu", "Ridgeview University Career Services"),
        desc="Alumni mock interview programme. Your volunteer interviewer is a former strategy consultant.",
        loc="Career Center, Room 204",
        zone="America/Chicago",
    )
    _x(
        "Helping Priya prep: mock PM interview (I'm the interviewer)",
        interview=False,
        company=None,
        role=None,
        att=[person("priya.k.menon@gmail.com", "Priya Menon")],
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Bewerbungstraining: Probe-Vorstellungsgespräch",
        interview=False,
        company=None,
        role=None,
        org=("kurse@bildungswerk-nord.de", "Bildungswerk Nord"),
        desc="Übungsgespräch mit Videoaufzeichnung und Feedback. Bitte eine echte Stellenanzeige mitbringen.",
        loc="Bildungswerk Nord, Raum 3.12",
        zone="Europe/Berlin",
    )
    _x(
        "Simulacro de entrevista – Servicio de Empleo",
        interview=False,
        company=None,
        role=None,
        org=("empleo@uvaldemora.es", "Universidad de Valdemora – Servicio de Empleo"),
        desc="Sesión práctica de entrevista con feedback de una orientadora laboral.",
        zone="Europe/Madrid",
    )
    _x(
        "Próbna rozmowa kwalifikacyjna – warsztaty",
        interview=False,
        company=None,
        role=None,
        org=("kariera@uczelnia-wisla.edu.pl", "Biuro Karier"),
        desc="Warsztaty dla absolwentów: symulacja rozmowy kwalifikacyjnej i omówienie.",
        zone="Europe/Warsaw",
    )
    _x(
        "面接練習（キャリアセンター）",
        interview=False,
        company=None,
        role=None,
        org=("career@univ-tokai-example.ac.jp", "キャリアセンター"),
        desc="模擬面接。担当：キャリアアドバイザー 田中",
        zone="Asia/Tokyo",
    )
    _x(
        "Resume + LinkedIn review",
        interview=False,
        company=None,
        role=None,
        att=[person("dana@careerlift.coach", "Dana Whitmore")],
        zone="America/New_York",
    )


def _press_podcast_research() -> None:
    _x(
        "Podcast interview – The Data Engineering Hour",
        interview=False,
        company=None,
        role=None,
        org=("host@dataengineeringhour.fm", "Marco Lindahl"),
        att=[person("host@dataengineeringhour.fm", "Marco Lindahl")],
        desc="Recording episode 142 about your open-source lineage tool. Riverside link below; please use headphones.",
        zone="Europe/Stockholm",
    )
    _x(
        "Interview with TechPulse Magazine re: open-source project",
        interview=False,
        company=None,
        role=None,
        org=("s.park@techpulsemag.com", "Sora Park"),
        att=[person("s.park@techpulsemag.com", "Sora Park")],
        desc="Journalist Sora Park writing a feature on maintainers' burnout. 30 min, on the record.",
        zone="America/Los_Angeles",
    )
    _x(
        "User research interview – Fernhill app (participant)",
        interview=False,
        company=None,
        role=None,
        org=("research@fernhill.app", "Fernhill Research"),
        desc="Thanks for signing up to help improve Fernhill! You'll chat with a researcher for 45 minutes about how you budget. You'll receive a $50 gift card.",
        conf=("Zoom Meeting", "https://fernhill.zoom.us/j/61190022334"),
        zone="America/New_York",
    )
    _x(
        "Customer interview – Larkspur Retail",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("product@initech.com", "Initech Product"),
        att=[person("ops@larkspurretail.com", "Hannah Grieve")],
        desc="Discovery interview for the inventory sync feature. Alex leads, Mariana takes notes.",
        zone="America/Chicago",
    )
    _x(
        "Entrevista en Radio Valdemora – Semana de la Tecnología",
        interview=False,
        company=None,
        role=None,
        org=("produccion@radiovaldemora.es", "Radio Valdemora"),
        desc="Entrevista en directo de 10 minutos sobre el hackathon municipal. Llegar 15 min antes al estudio.",
        loc="Estudios Radio Valdemora, Calle Mayor 3",
        zone="Europe/Madrid",
    )
    _x(
        "Interview pour le podcast « Les Bâtisseurs du Numérique »",
        interview=False,
        company=None,
        role=None,
        org=("contact@batisseursnumerique.fr", "Les Bâtisseurs du Numérique"),
        desc="Enregistrement de l'épisode sur la reconversion dans la data. Durée : 1h.",
        zone="Europe/Paris",
    )
    _x(
        "Intervista per La Gazzetta del Lago",
        interview=False,
        company=None,
        role=None,
        org=("redazione@gazzettadellago.it", "Redazione Gazzetta del Lago"),
        desc="Intervista telefonica sul progetto di volontariato digitale.",
        zone="Europe/Rome",
    )
    _x(
        "Alumni magazine interview – Class of 2015 profile",
        interview=False,
        company=None,
        role=None,
        org=("magazine@ridgeview.edu", "Ridgeview Alumni Magazine"),
        desc="Short profile for the 'Where are they now' section.",
        zone="America/Chicago",
    )
    _x(
        "Oral history interview w/ Grandma (family project)",
        interview=False,
        company=None,
        role=None,
        loc="Grandma's",
        zone="America/New_York",
        add_me=False,
    )
    _x(
        "Research study: remote work interview (University of Hallam)",
        interview=False,
        company=None,
        role=None,
        org=("remote-study@hallam.ac.uk", "Hallam Work Futures Lab"),
        desc="Thank you for taking part. This semi-structured interview is part of an academic study on hybrid work. It will be recorded with your consent.",
        zone="Europe/London",
    )
    _x(
        "Intervista doppia per il blog aziendale",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("comunicazione@initech.com", "Initech Comunicazione Interna"),
        desc="Intervista doppia con Mariana per la rubrica 'Chi siamo' del blog interno di Initech.",
        zone="Europe/Rome",
    )


def _film_book_titles() -> None:
    _x(
        "Interview with the Vampire – cinema w/ Jo",
        interview=False,
        company=None,
        role=None,
        loc="Electra Picturehouse, Dalston",
        zone="Europe/London",
        add_me=False,
    )
    _x(
        "Movie night: The Interview (2014)",
        interview=False,
        company=None,
        role=None,
        att=[person("jo.marsh@gmail.com", "Jo Marsh")],
        desc="my place, bring snacks",
        zone="America/New_York",
    )
    _x(
        "Book club – 'The Exit Interview' by M. Calloway",
        interview=False,
        company=None,
        role=None,
        org=("bookclub.eastside@gmail.com", "Eastside Book Club"),
        loc="Elm Street Library, meeting room",
        zone="America/New_York",
    )
    _x(
        "Ciné : « Entretien avec un vampire »",
        interview=False,
        company=None,
        role=None,
        loc="Cinéma Le Lumière, Paris 11e",
        zone="Europe/Paris",
        add_me=False,
    )
    _x(
        "Theater: „Das Vorstellungsgespräch“ – Kammerspiele",
        interview=False,
        company=None,
        role=None,
        loc="Kammerspiele, Maximilianstraße 26",
        desc="2 Karten, Reihe 7",
        zone="Europe/Berlin",
        add_me=False,
    )
    _x(
        "Documentary screening: 'The Last Interview'",
        interview=False,
        company=None,
        role=None,
        org=("events@harborfilmsociety.org", "Harbor Film Society"),
        zone="America/Los_Angeles",
    )
    _x(
        "映画『インタビュー』鑑賞",
        interview=False,
        company=None,
        role=None,
        loc="シネマ桜木 新宿",
        zone="Asia/Tokyo",
        add_me=False,
    )


def _study_meetups_networking() -> None:
    _x(
        "LeetCode study group – interview prep (week 6)",
        interview=False,
        company=None,
        role=None,
        org=("algo.circle@gmail.com", "Algo Circle"),
        desc="Graphs: BFS/DFS. Everyone brings 2 problems.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Study group: Cracking the Coding Interview ch. 8–9",
        interview=False,
        company=None,
        role=None,
        att=[person("ines.duarte@gmail.com", "Inês Duarte")],
        zone="Europe/Lisbon",
    )
    _x(
        "Berlin Data Engineering Meetup @ Kestrel Bioworks",
        interview=False,
        company=None,
        role=None,
        org=("organizers@berlin-de-meetup.org", "Berlin Data Engineering Meetup"),
        desc="Talks: 'dbt at scale' and 'Streaming lakehouses'. Pizza sponsored by our host Kestrel Bioworks. They're hiring!",
        loc="Kestrel Bioworks Berlin, Chausseestraße 8",
        zone="Europe/Berlin",
    )
    _x(
        "Networking coffee w/ Jamie Ko (ex-Initech, now at Bramblecode)",
        interview=False,
        company=None,
        role=None,
        att=[person("jamie.ko@gmail.com", "Jamie Ko")],
        desc="catch up, no agenda",
        loc="Blue Door Café",
        zone="Europe/Dublin",
    )
    _x(
        "Alex Rivera and Ravi Kumar",
        interview=False,
        company=None,
        role=None,
        org=("ravi.kumar.design@gmail.com", "Ravi Kumar"),
        att=[person("ravi.kumar.design@gmail.com", "Ravi Kumar")],
        desc=(
            "Event Name: Virtual coffee ☕\n\n"
            "Please share anything that will help prepare for our meeting.\n"
            "Just want to swap notes on the design community in Lisbon and freelancing.\n\n"
            "Powered by Calendly.com"
        ),
        meet="meet",
        zone="Europe/Lisbon",
    )
    _x(
        "Netwerkborrel Product People Utrecht",
        interview=False,
        company=None,
        role=None,
        org=("hallo@productpeople-utrecht.nl", "Product People Utrecht"),
        loc="Café De Gracht, Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Hackathon – Lumenpath Open Hack Day",
        interview=False,
        company=None,
        role=None,
        org=("devrel@lumenpath.com", "Lumenpath DevRel"),
        desc="Public hack day on our API. Prizes for the best three projects.",
        zone="America/Los_Angeles",
        all_day=True,
    )
    _x(
        "Alumni networking night – Kelmscott College",
        interview=False,
        company=None,
        role=None,
        org=("alumni@kelmscott.ac.uk", "Kelmscott Alumni Office"),
        loc="Kelmscott College, Great Hall",
        zone="Europe/London",
    )
    _x(
        "Encontro do grupo de estudos – certificação AWS",
        interview=False,
        company=None,
        role=None,
        att=[person("thiago.rocha@gmail.com", "Thiago Rocha")],
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Gruppo di studio – preparazione colloqui tecnici",
        interview=False,
        company=None,
        role=None,
        att=[person("marco.ferri@gmail.com", "Marco Ferri")],
        desc="esercizi di system design, a turno",
        zone="Europe/Rome",
    )
    _x(
        "Python-Stammtisch Köln",
        interview=False,
        company=None,
        role=None,
        loc="Brauhaus Zum Kranich",
        zone="Europe/Berlin",
        add_me=False,
    )
    _x(
        "Informational interview with Leah (UX at Saltmarsh Studio)",
        interview=False,
        company=None,
        role=None,
        org=("leah.brandt@gmail.com", "Leah Brandt"),
        att=[person("leah.brandt@gmail.com", "Leah Brandt")],
        desc="Friend-of-a-friend intro. Want to hear what agency life is like — not applying anywhere yet.",
        zone="America/Los_Angeles",
    )
    _x(
        "Webinar: Life at Quillfeather – info session for applicants",
        interview=False,
        company=None,
        role=None,
        org=("events@quillfeather.io", "Quillfeather Events"),
        desc="Open info session: meet the team, learn about our culture and hiring process. Recording will be shared afterwards.",
        conf=("Zoom Webinar", "https://quillfeather.zoom.us/w/91120033881"),
        zone="America/New_York",
    )
    _x(
        "Café networking – anciens de l'école",
        interview=False,
        company=None,
        role=None,
        org=("alumni@ecole-valmont.fr", "Association des anciens de l'École Valmont"),
        desc="Rencontre informelle entre diplômés, sans ordre du jour.",
        loc="Café des Arts, Lyon",
        zone="Europe/Paris",
    )


def _initech_internal() -> None:
    _x(
        "1:1 Alex / Mariana",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("mariana.costa@initech.com", "Mariana Costa"),
        zone="America/Chicago",
    )
    _x(
        "Mid-year performance review",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("mariana.costa@initech.com", "Mariana Costa"),
        att=[person("hrbp@initech.com", "Initech HRBP")],
        desc="Self-assessment due the day before.",
        zone="America/Chicago",
    )
    _x(
        "Exit interview – Alex Rivera",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("people@initech.com", "Initech People Team"),
        desc="Confidential conversation about your time at Initech. Please also return your laptop and badge on your last day.",
        zone="America/Chicago",
    )
    _x(
        "Stay interview with your manager",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("people@initech.com", "Initech People Team"),
        desc="Part of our retention programme: what keeps you at Initech and what would make you leave?",
        zone="America/Chicago",
    )
    _x(
        "Benefits enrollment Q&A – People Team",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("benefits@initech.com", "Initech Benefits"),
        zone="America/Chicago",
    )
    _x(
        "Mitarbeitergespräch Alex Rivera / Mariana Costa",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("mariana.costa@initech.com", "Mariana Costa"),
        desc="Jahresgespräch: Ziele 2025, Weiterbildung",
        zone="Europe/Berlin",
    )
    _x(
        "Functioneringsgesprek Q3",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("mariana.costa@initech.com", "Mariana Costa"),
        zone="Europe/Amsterdam",
    )
    _x(
        "HR town hall: updated interview policy",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("people@initech.com", "Initech People Team"),
        desc="New structured interview guidelines for all hiring managers and interviewers.",
        zone="America/Chicago",
    )
    _x(
        "Entrevista de desligamento – RH Initech",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("rh.brasil@initech.com", "RH Initech Brasil"),
        desc="Conversa confidencial sobre sua experiência na Initech.",
        zone="America/Sao_Paulo",
    )
    _x(
        "Internal mobility info session – Initech Careers",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("talent@initech.com", "Initech Talent"),
        desc="How internal job postings work at Initech, with Q&A. Open to all employees.",
        zone="America/Chicago",
    )


def _medical_admin() -> None:
    _x(
        "Dentist – Dr. Abara",
        interview=False,
        company=None,
        role=None,
        loc="Smile Studio, 22 Elm St",
        zone="America/New_York",
        add_me=False,
    )
    _x(
        "Arzttermin Dr. Hoffmann (Hausarzt)",
        interview=False,
        company=None,
        role=None,
        loc="Praxis Dr. Hoffmann, Bergstraße 5",
        zone="Europe/Berlin",
        add_me=False,
    )
    _x(
        "Visa interview at the Consulate General",
        interview=False,
        company=None,
        role=None,
        desc="Bring passport, DS-160 confirmation, appointment letter, photos. No electronics allowed.",
        loc="Consulate General, Visa Section",
        zone="Europe/Berlin",
        add_me=False,
    )
    _x(
        "Citizenship interview – field office",
        interview=False,
        company=None,
        role=None,
        desc="Naturalization interview + civics test. Bring green card and appointment notice.",
        loc="Field Office, 1st floor",
        zone="America/New_York",
        add_me=False,
    )
    _x(
        "Passport renewal appointment",
        interview=False,
        company=None,
        role=None,
        loc="Passport office",
        zone="Europe/London",
        add_me=False,
    )
    _x(
        "Bürgeramt: Anmeldung",
        interview=False,
        company=None,
        role=None,
        desc="Wohnungsgeberbestätigung + Ausweis mitnehmen",
        zone="Europe/Berlin",
        add_me=False,
    )
    _x(
        "Cita médica – Centro de Salud",
        interview=False,
        company=None,
        role=None,
        loc="Centro de Salud Las Delicias",
        zone="Europe/Madrid",
        add_me=False,
    )
    _x(
        "RDV préfecture – titre de séjour",
        interview=False,
        company=None,
        role=None,
        desc="Apporter justificatif de domicile et contrat de travail",
        zone="Europe/Paris",
        add_me=False,
    )
    _x(
        "Car service – Ridgeway Autos",
        interview=False,
        company=None,
        role=None,
        loc="Ridgeway Autos, 9 Mill Rd",
        zone="Europe/London",
        add_me=False,
    )
    _x(
        "歯医者（定期検診）",
        interview=False,
        company=None,
        role=None,
        zone="Asia/Tokyo",
        add_me=False,
    )
    _x(
        "Wizyta u lekarza",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Warsaw",
        add_me=False,
    )
    _x(
        "Huisarts – controle",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Amsterdam",
        add_me=False,
    )


def _non_job_selection() -> None:
    _x(
        "MBA admissions interview – Halford Business School",
        interview=False,
        company=None,
        role=None,
        org=("admissions@halford.edu", "Halford MBA Admissions"),
        desc="Your admissions interview will be conducted by a second-year student. 30 minutes, blind to your file.",
        conf=("Zoom Meeting", "https://halford.zoom.us/j/62233019987"),
        zone="America/New_York",
    )
    _x(
        "Entrevista de admisión – Máster en Ciencia de Datos",
        interview=False,
        company=None,
        role=None,
        org=("posgrado@uvaldemora.es", "Universidad de Valdemora – Posgrado"),
        desc="Entrevista personal del proceso de admisión al máster (curso 2025-26).",
        zone="Europe/Madrid",
    )
    _x(
        "WG-Casting Friedrichshain",
        interview=False,
        company=None,
        role=None,
        desc="Zimmer in 4er-WG, Samariterstr. – Kuchen mitbringen?",
        loc="Samariterstraße 31, Berlin",
        zone="Europe/Berlin",
        add_me=False,
    )
    _x(
        "Kita-Aufnahmegespräch",
        interview=False,
        company=None,
        role=None,
        loc="Kita Sonnenblume, Lindenallee 4",
        zone="Europe/Berlin",
        add_me=False,
    )
    _x(
        "Jury duty – juror selection",
        interview=False,
        company=None,
        role=None,
        desc="Report 8:00am, bring summons. Voir dire questioning may run all day.",
        loc="County Courthouse, Jury Assembly Room",
        zone="America/Chicago",
        all_day=True,
        add_me=False,
    )
    _x(
        "TOEIC 公開テスト",
        interview=False,
        company=None,
        role=None,
        desc="受験票・写真付き身分証を持参",
        loc="試験会場（新宿区・指定校舎）",
        zone="Asia/Tokyo",
        add_me=False,
    )


def _mentions_only() -> None:
    _x(
        "Apply: Lumenpath Staff Designer (closes Fri)",
        interview=False,
        company=None,
        role=None,
        zone="America/Los_Angeles",
        all_day=True,
        add_me=False,
    )
    _x(
        "Prep for Cobaltline onsite",
        interview=False,
        company=None,
        role=None,
        desc="re-read product teardown, practise metrics questions",
        zone="America/New_York",
        add_me=False,
    )
    _x(
        "Send thank-you notes – Marlowe Dynamics",
        interview=False,
        company=None,
        role=None,
        zone="America/Los_Angeles",
        add_me=False,
    )
    _x(
        "Follow up with Hollis (Cindervale) if no news",
        interview=False,
        company=None,
        role=None,
        zone="Europe/London",
        all_day=True,
        add_me=False,
    )
    _x(
        "Deadline: Kestrel Bioworks take-home due",
        interview=False,
        company=None,
        role=None,
        zone="America/New_York",
        all_day=True,
        add_me=False,
    )
    _x(
        "Dinner @ Harbour & Vine",
        interview=False,
        company=None,
        role=None,
        att=[person("jo.marsh@gmail.com", "Jo Marsh")],
        loc="Harbour & Vine, 14 Quay St",
        zone="Europe/London",
    )
    _x(
        "Quarrystone Q2 earnings call (listen in)",
        interview=False,
        company=None,
        role=None,
        desc="webcast link on investor relations page",
        zone="America/New_York",
        add_me=False,
    )
    _x(
        "Offer deadline – Tallowbrook",
        interview=False,
        company=None,
        role=None,
        zone="America/Denver",
        all_day=True,
        add_me=False,
    )
    _x(
        "Bewerbung an Lichtwerk Solar abschicken",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Berlin",
        add_me=False,
    )
    _x(
        "Relancer la recruteuse de Groupe Lavallière",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Paris",
        add_me=False,
    )
    _x(
        "Porte aperte Officine Cavour – visita stabilimento con la famiglia",
        interview=False,
        company=None,
        role=None,
        org=("eventi@officinecavour.it", "Officine Cavour Eventi"),
        zone="Europe/Rome",
    )
    _x(
        "Sign offer letter + background check form (Arclight)",
        interview=False,
        company=None,
        role=None,
        zone="America/Chicago",
        add_me=False,
    )
