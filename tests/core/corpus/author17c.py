# ruff: noqa: E501 -- data: event texts as written
"""Part author17c: invitations sent to Alex by ATS and scheduling tools (Greenhouse, Lever, Ashby,
Workday, SmartRecruiters, Teamtailor, Personio, Gupy, GoodTime, ModernLoop, Calendly, Microsoft
Bookings, Zoom/Teams add-ons, HireVue, Codility, HackerRank, CodeSignal, TestGorilla, SHL), by
staffing agencies (client named, client confidential, the agency's own intake call), and by
employers whose names are hard to cut right (groups and brands, legal forms from many countries,
'&', digits, dots, apostrophes, all caps, long German and Japanese names). About two thirds are
Alex's own interviews where the employer and role sit in the description, location, organizer
name or domain; the rest are look-alikes sent by the same tools: Alex interviewing candidates at
Initech, ATS vendor webinars and demos, vendor calls, job fairs, graduate info sessions and
onboarding. Written in English, German, French, Spanish, Portuguese, Italian, Dutch, Swedish,
Polish, Japanese, Korean, Chinese and Turkish."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author17c", **kw)


def build() -> None:
    _greenhouse_lever_ashby()
    _workday_smartrecruiters_teamtailor_personio()
    _gupy_and_latam()
    _scheduling_tools()
    _live_assessments()
    _agencies()
    _hard_names()
    _alex_interviews_candidates()
    _vendor_webinars_demos_calls()
    _fairs_sessions_onboarding()
    _other_lookalikes()


def _greenhouse_lever_ashby() -> None:
    _x(
        "Interview: Alex Rivera",
        interview=True,
        company="Brightwave Energy",
        role="Senior Data Engineer",
        org=("maria.kovacs@brightwave-energy.com", "Maria Kovacs"),
        att=[person("tomas.ferreira@brightwave-energy.com", "Tomás Ferreira")],
        desc=(
            "Hi Alex,\n\nThanks for making time to speak with us about the Senior Data Engineer role at "
            "Brightwave Energy. You'll be meeting with Tomás Ferreira, Engineering Manager, Data Platform.\n\n"
            "Please join using the Google Meet link in this invite.\n\nBest,\nMaria Kovacs | Recruiting Coordinator\n\n"
            "Powered by Greenhouse"
        ),
        meet="meet",
    )
    _x(
        "Alex Rivera <> Acme",
        interview=True,
        company="Acme Robotics",
        role="Staff Software Engineer, Motion Planning",
        org=("no-reply@ashbyhq.com", "Acme Robotics Recruiting"),
        att=[person("d.okafor@acmerobotics.ai", "Daniel Okafor", status="needsAction")],
        desc=(
            "<p>Hi Alex,</p><p>You're confirmed for a <b>Hiring Manager Screen</b> for the "
            "<b>Staff Software Engineer, Motion Planning</b> position.</p>"
            "<p>Interviewer: Daniel Okafor (Director of Autonomy)</p>"
            '<p>Need to reschedule? <a href="https://app.ashbyhq.com/candidate/reschedule/3f9c1e">Click here</a></p>'
            "<p>— The Acme Robotics Talent Team</p>"
        ),
        conf=("Zoom Meeting", "https://acmerobotics.zoom.us/j/93155501221"),
    )
    _x(
        "Acme | Onsite | Alex Rivera",
        interview=True,
        company="Acme Robotics",
        role="Staff Software Engineer, Motion Planning",
        org=("no-reply@ashbyhq.com", "Acme Robotics Recruiting"),
        loc="Acme Robotics HQ, 455 Bryant St, San Francisco, CA 94107 — ask for Lobby Desk B",
        desc=(
            "Onsite schedule for Alex Rivera — Staff Software Engineer, Motion Planning\n\n"
            "10:00 Welcome & tour — Jenna Ruiz (Recruiter)\n"
            "10:30 Systems design — Priya Natarajan\n"
            "11:30 Coding — Marcus Lee\n"
            "12:30 Lunch with the team\n"
            "13:30 Values interview — Daniel Okafor\n\n"
            "Please bring a government ID for building check-in."
        ),
        att=[
            person("jenna.ruiz@acmerobotics.ai", "Jenna Ruiz"),
            person("priya.n@acmerobotics.ai", "Priya Natarajan"),
            person("marcus.lee@acmerobotics.ai", "Marcus Lee"),
        ],
    )
    _x(
        "[Northwind] Technical Interview - Alex Rivera - Senior Engineer (Remote)",
        interview=True,
        company="Northwind Traders",
        role="Senior Engineer",
        org=("noreply@hire.lever.co", "Northwind Talent"),
        desc=(
            "Hello Alex,\n\nThis confirms your technical interview for Senior Engineer (Remote).\n"
            "Interviewer: Helga Sørensen\nFormat: 60 minutes, pair programming in CoderPad. Bring your own IDE setup if you prefer.\n\n"
            "Sent via Lever on behalf of Northwind Traders Ltd."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWd1f2",
        ),
    )
    _x(
        "Alex Rivera and Maya Chen",
        interview=True,
        company="Lumen Health",
        role="Product Engineer",
        org=("maya.chen@lumenhealth.com", "Maya Chen"),
        desc=(
            "Hi Alex — looking forward to chatting about the Product Engineer opening on our care-navigation team. "
            "This is an informal 30 min conversation, no prep needed.\n\nMaya Chen\nEngineering Lead, Lumen Health"
        ),
        meet="meet",
    )
    _x(
        "30 min with Priya",
        interview=True,
        company="Tidepool Analytics",
        role=None,
        org=("priya.shah@tidepool-analytics.io", "Priya Shah"),
        desc=(
            "Intro call scheduled through Greenhouse.\nCandidate: Alex Rivera\nInterviewer: Priya Shah, Head of Talent\n"
            "Company: Tidepool Analytics"
        ),
        meet="meet",
    )
    _x(
        "Interview Confirmation: Alex Rivera for Backend Engineer II",
        interview=True,
        company="Parcelwise",
        role="Backend Engineer II",
        org=("recruiting@parcelwise.com", "Parcelwise Recruiting"),
        att=[
            person("k.brandt@parcelwise.com", "Kai Brandt"),
            person("l.ito@parcelwise.com", "Lena Ito", optional=True),
        ],
        desc=(
            "Candidate: Alex Rivera\nJob: Backend Engineer II (Payments)\nStage: Technical Screen\n"
            "Interviewers: Kai Brandt, Lena Ito (shadow)\n\nPlease note this invitation was generated from Greenhouse. "
            "Contact recruiting@parcelwise.com with any questions."
        ),
        conf=("Zoom Meeting", "https://parcelwise.zoom.us/j/88112030045"),
    )
    _x(
        "Phone Screen",
        interview=True,
        company="Quarry & Co.",
        role="Engineering Manager",
        org=("talent@quarryco.com", "Quarry & Co. Talent"),
        desc=(
            "Hi Alex,\nThanks for applying to the Engineering Manager role at Quarry & Co. "
            "Sam from our talent team will call you at the number on your application.\n\n"
            "If you need to move this, reply to this email."
        ),
    )
    _x(
        "Alex Rivera - Final Round",
        interview=True,
        company="Fernbrook Labs",
        role="Machine Learning Engineer",
        org=("no-reply@ashbyhq.com", "Fernbrook Labs"),
        desc=(
            "Final round — Machine Learning Engineer\n\n"
            "Sessions (all on the same Zoom link):\n- Research deep dive (Dr. Amara Nwosu)\n- ML system design (Theo Lang)\n"
            "- Founder conversation (Ruth Avni)\n\nAshby scheduling link: https://jobs.ashbyhq.com/fernbrook-labs"
        ),
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/83029119921"),
    )
    _x(
        "Interview with Alex Rivera",
        interview=True,
        company="Kestrel Bank",
        role="Lead Platform Engineer",
        org=("o.hughes@kestrelbank.co.uk", "Olivia Hughes (Kestrel Bank)"),
        loc="Kestrel Bank, 1 Finsbury Avenue, London EC2M 2PF",
        desc="Lead Platform Engineer — second interview with Head of Cloud. Please report to reception 10 minutes early.",
    )
    _x(
        "Recruiter Screen: Alex Rivera",
        interview=True,
        company="Sundial",
        role="Senior iOS Engineer",
        org=("no-reply@hire.lever.co", None),
        att=[person("becca@sundial.app", "Becca Morales")],
        desc=(
            "Sundial is inviting you to a Recruiter Screen for Senior iOS Engineer.\n"
            "Interviewer: Becca Morales\nDuration: 25 minutes\n\n--\nLever · Privacy · Unsubscribe"
        ),
        meet="meet",
    )
    _x(
        "Technical Screen",
        interview=True,
        company=None,
        role=None,
        org=("no-reply@greenhouse.io", None),
        desc="You have been scheduled for an interview. Please join via the link below.\nhttps://meet.google.com/xyz-abcd-efg",
    )
    _x(
        "Alex Rivera <> Orbital Insight Co.",
        interview=True,
        company="Orbital Insight Co.",
        role=None,
        org=("calendar@orbitalinsight.co", "Orbital Insight Co. Hiring"),
        desc="Intro chat with our VP Engineering. Scheduled via Ashby.",
        meet="meet",
    )
    _x(
        "Halcyon | Virtual Onsite Part 2 | Alex Rivera",
        interview=True,
        company="Halcyon",
        role="Senior Full-Stack Engineer",
        org=("coordinator@halcyon.dev", "Rosa Lindqvist"),
        att=[
            person("wei.zhang@halcyon.dev", "Wei Zhang"),
            person("aaron.b@halcyon.dev", "Aaron Brooks"),
        ],
        desc=(
            "Part 2 of 2 — Senior Full-Stack Engineer\nInterviewer: Wei Zhang (architecture)\nInterviewer: Aaron Brooks (behavioral)\n\n"
            "Greenhouse Interview Kit has been shared with your interviewers."
        ),
        meet="meet",
    )
    _x(
        "Take-home debrief",
        interview=True,
        company="Mapleleaf Logistics",
        role="Data Scientist",
        org=("hiring@mapleleaflogistics.ca", "Mapleleaf Logistics"),
        desc=(
            "Hi Alex, we'll walk through your take-home submission together. Please have your notebook open.\n"
            "Role: Data Scientist (Network Optimization)\nInterviewer: Jean-Luc Tremblay"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MLL55",
        ),
    )
    _x(
        "Coffee chat — Alex / Jordan",
        interview=True,
        company="Pinecrest Capital",
        role="Quantitative Developer",
        org=("jordan.west@pinecrestcap.com", "Jordan West"),
        loc="Blue Bottle Coffee, 1 Ferry Building, San Francisco",
        desc="Informal chat before the formal loop for the Quantitative Developer role. Coffee's on us! — Jordan (Pinecrest Capital)",
    )
    _x(
        "Interview: Alex Rivera",
        interview=True,
        company="Oakhurst Insurance",
        role="Solutions Architect",
        org=("no-reply@greenhouse.io", "Oakhurst Insurance Careers"),
        desc=(
            "<div>Dear Alex,</div><div><br></div><div>Your <b>panel interview</b> for <i>Solutions Architect</i> is confirmed.</div>"
            "<div>Interviewers: Greta Wolff, Hamid Qureshi</div><div><br></div>"
            "<div>Oakhurst Insurance is an equal opportunity employer.</div>"
        ),
        conf=("Zoom Meeting", "https://oakhurst.zoom.us/j/99011224455"),
    )
    _x(
        "Hiring Manager Interview",
        interview=True,
        company="Vantablack Games",
        role="Gameplay Programmer",
        org=("hello@vantablack.games", "Vantablack Games"),
        desc=(
            "Hey Alex! Excited for you to meet Kenji, our Gameplay Lead. This is for the Gameplay Programmer role on our new co-op title."
            "\n\nVantablack Games · Montréal"
        ),
        meet="meet",
    )
    _x(
        "Alex Rivera <> Cobalt",
        interview=True,
        company="Cobalt Security",
        role="Security Engineer",
        org=("talent@cobalt-sec.com", "Talent @ Cobalt Security"),
        desc="Role: Security Engineer (AppSec)\nStage: Recruiter call\nInterviewer: Noor Haddad",
        meet="meet",
    )
    _x(
        "Interview - Alex Rivera - Principal Engineer",
        interview=True,
        company="Redwood Retail Group",
        role="Principal Engineer",
        org=("no-reply@ashbyhq.com", "Redwood Retail Group"),
        loc="https://redwoodretail.zoom.us/j/81234509876",
        desc="Principal Engineer, Commerce Platform — Executive interview with CTO. Ashby will send a reminder 24h before.",
    )
    _x(
        "Follow-up: Alex Rivera",
        interview=True,
        company="Glasshouse",
        role="Frontend Engineer",
        org=("ines@glasshouse.design", "Inés Alvarado"),
        desc="Hi Alex, a short follow-up with our design director Ola to close out the loop for Frontend Engineer. Thanks again!",
        meet="meet",
    )
    _x(
        "Interview (Lever)",
        interview=True,
        company="Stratus Cloud",
        role="Site Reliability Engineer",
        org=("no-reply@hire.lever.co", "Stratus Cloud"),
        desc="Site Reliability Engineer — on-call scenario interview.\nInterviewer: Bogdan Petrescu",
        conf=("Zoom Meeting", "https://stratuscloud.zoom.us/j/70770112233"),
    )
    _x(
        "Alex Rivera (Candidate) - Culture Add Interview",
        interview=True,
        company="Beacon Mutual",
        role=None,
        org=("people@beaconmutual.org", "Beacon Mutual People Team"),
        desc="A conversation with two members of the team about how you like to work. This complements your earlier technical rounds.",
        meet="meet",
    )
    _x(
        "Interview: Alex Rivera / Engineering Manager, Growth",
        interview=True,
        company="Hopscotch",
        role="Engineering Manager, Growth",
        org=("no-reply@greenhouse.io", "Hopscotch Recruiting"),
        desc="Hopscotch · Engineering Manager, Growth · Leadership interview with Carla Mendes (VP Eng)",
        meet="meet",
    )


def _workday_smartrecruiters_teamtailor_personio() -> None:
    _x(
        "Vorstellungsgespräch: Alex Rivera",
        interview=True,
        company="Helios Health",
        role="Senior Software Engineer",
        org=("noreply@personio.de", "Helios Health Recruiting"),
        desc=(
            "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Senior Software Engineer (m/w/d) bei Helios Health, "
            "a Fresenius company. Hiermit bestätigen wir Ihren Termin für das erste Kennenlerngespräch.\n\n"
            "Gesprächspartner: Dr. Anja Vogt (Head of Digital Products)\n\nMit freundlichen Grüßen\nIhr Recruiting-Team"
        ),
        conf=(
            "Microsoft Teams-Besprechung",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HLS9",
        ),
    )
    _x(
        "Interview | Alex Rivera | Backend Developer (m/w/d)",
        interview=True,
        company="Kaufhof Digital",
        role="Backend Developer",
        org=("no-reply@personio.de", None),
        desc=(
            "Interviewer: Jonas Richter\nPosition: Backend Developer (m/w/d) – Hamburg oder remote\n"
            "Unternehmen: Kaufhof Digital GmbH\n\nDieser Termin wurde über Personio erstellt."
        ),
        meet="meet",
    )
    _x(
        "Zweitgespräch vor Ort",
        interview=True,
        company="Bergmann & Kühn Maschinenbau",
        role="Teamleiter Softwareentwicklung",
        org=("bewerbung@bergmann-kuehn.de", "Bergmann & Kühn Maschinenbau GmbH & Co. KG"),
        loc="Bergmann & Kühn Maschinenbau GmbH & Co. KG, Industriestraße 14, 73760 Ostfildern, Empfang Gebäude 2",
        desc=(
            "Sehr geehrte/r Alex Rivera,\n\nwir freuen uns, Sie zum Zweitgespräch für die Position Teamleiter Softwareentwicklung "
            "einzuladen. Anwesend sind Herr Kühn (Geschäftsführung) und Frau Albers (Personal).\n\nBitte melden Sie sich am Empfang."
        ),
    )
    _x(
        "Alex Rivera – Interview",
        interview=True,
        company="Norrsken Energi",
        role="Systemutvecklare",
        org=("noreply@teamtailor.com", "Norrsken Energi"),
        desc=(
            "Hej Alex!\n\nVälkommen på intervju för tjänsten Systemutvecklare hos Norrsken Energi AB. "
            "Du träffar Elin Berg (utvecklingschef) och Oskar Nyström.\n\nVänliga hälsningar,\nNorrsken Energi\n\n"
            "Skickat med Teamtailor"
        ),
        conf=(
            "Microsoft Teams-möte",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NRSK",
        ),
    )
    _x(
        "Intervju med Alex Rivera",
        interview=True,
        company="Fjällräv Studio",
        role="UX-designer",
        org=("careers@fjallravstudio.se", "Fjällräv Studio"),
        loc="Fjällräv Studio, Götgatan 22, Stockholm",
        desc="Andra intervjun för UX-designer. Ta gärna med en portfolio. /Karin, Fjällräv Studio",
    )
    _x(
        "Entretien Alex Rivera",
        interview=True,
        company="Société Générale des Eaux de Provence",
        role="Ingénieur DevOps",
        org=("noreply@smartrecruiters.com", "Société Générale des Eaux de Provence"),
        desc=(
            "Bonjour Alex,\n\nNous avons le plaisir de vous confirmer votre entretien pour le poste d'Ingénieur DevOps (H/F).\n"
            "Intervenant : Mathieu Roux, Responsable Infrastructure\nDurée : 45 minutes\n\n"
            "Société Générale des Eaux de Provence S.A.S. — via SmartRecruiters"
        ),
        meet="meet",
    )
    _x(
        "Entretien RH",
        interview=True,
        company="L'Atelier Numérique",
        role="Développeur Full Stack",
        org=("recrutement@latelier-numerique.fr", "L'Atelier Numérique"),
        desc="Entretien RH (30 min) pour le poste de Développeur Full Stack. Interlocutrice : Claire Dubois.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/81110022233"),
    )
    _x(
        "Interview: Alex Rivera - Data Engineer",
        interview=True,
        company="Rabobank",
        role="Data Engineer",
        org=("rabobank@myworkday.com", "Rabobank Talent Acquisition"),
        desc=(
            "Dear Alex,\n\nYou have been scheduled for an interview for the position Data Engineer (Job ID R-0047721).\n"
            "Interviewers: Sanne de Vries, Pieter Bakker\n\nThis message was sent from Workday on behalf of Rabobank."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_RB77",
        ),
    )
    _x(
        "Sollicitatiegesprek Alex Rivera",
        interview=True,
        company="Van der Linden & Zonen",
        role="Software Architect",
        org=("hr@vdlinden-zonen.nl", "HR Van der Linden & Zonen B.V."),
        loc="Van der Linden & Zonen B.V., Stationsplein 8, 3511 ED Utrecht",
        desc="Beste Alex,\n\nHierbij bevestigen wij je gesprek voor de functie Software Architect. Je spreekt met Marloes Jansen (CTO).\n\nMet vriendelijke groet,\nHR",
    )
    _x(
        "Kennismakingsgesprek",
        interview=True,
        company="bol",
        role="Senior Java Developer",
        org=("noreply@smartrecruiters.com", "bol"),
        desc="Hoi Alex, leuk dat je wilt kennismaken! Rol: Senior Java Developer, team Logistics. Gesprekspartner: Daan Visser.",
        meet="meet",
    )
    _x(
        "Rozmowa rekrutacyjna – Alex Rivera",
        interview=True,
        company="Polskie Systemy Płatnicze",
        role="Starszy Programista Python",
        org=("rekrutacja@psp.com.pl", "Polskie Systemy Płatnicze S.A."),
        desc=(
            "Dzień dobry,\n\nzapraszamy na rozmowę rekrutacyjną na stanowisko Starszy Programista Python.\n"
            "Rozmowę poprowadzi: Katarzyna Nowak (Team Leader)\n\nPozdrawiamy,\nZespół HR"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_PSP1",
        ),
    )
    _x(
        "Rozmowa techniczna",
        interview=True,
        company="Kraków Labs",
        role=None,
        org=("noreply@teamtailor.com", "Kraków Labs sp. z o.o."),
        desc="Cześć Alex! Zapraszamy na rozmowę techniczną. Prowadzący: Piotr Zieliński. Wysłano przez Teamtailor.",
        meet="meet",
    )
    _x(
        "Colloquio conoscitivo - Alex Rivera",
        interview=True,
        company="Ferretti & Bassi",
        role="Sviluppatore Backend Senior",
        org=("noreply@smartrecruiters.com", "Ferretti & Bassi S.p.A."),
        desc=(
            "Gentile Alex,\nle confermiamo il colloquio per la posizione di Sviluppatore Backend Senior.\n"
            "Intervistatore: Giulia Marchetti (HR Business Partner)\n\nCordiali saluti"
        ),
        conf=("Zoom Meeting", "https://zoom.us/j/94400112299"),
    )
    _x(
        "Secondo colloquio tecnico",
        interview=True,
        company="Banca Etrusca",
        role="Cloud Engineer",
        org=("bancaetrusca@myworkday.com", "Banca Etrusca – Talent Acquisition"),
        loc="Banca Etrusca, Via dei Calzaiuoli 7, Firenze – Sala Giotto",
        desc="Posizione: Cloud Engineer (Rif. JR-2291). Incontro con il responsabile IT e un membro del team.",
    )
    _x(
        "Interview - Alex Rivera - Product Manager",
        interview=True,
        company="Siemens Healthineers",
        role="Product Manager",
        org=("siemens-healthineers@myworkday.com", None),
        desc=(
            "Product Manager – Digital Diagnostics (Job Requisition 389441)\nInterview type: Video\n"
            "Interviewer: Markus Heilig\n\nSiemens Healthineers AG"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_SHS44",
        ),
    )
    _x(
        "Entrevista - Alex Rivera",
        interview=True,
        company="Grupo Alcázar",
        role="Ingeniero de Datos",
        org=("noreply@smartrecruiters.com", "Grupo Alcázar"),
        desc=(
            "Hola Alex,\nte confirmamos la entrevista para la posición de Ingeniero de Datos en Grupo Alcázar.\n"
            "Entrevistadora: Lucía Serrano (Data Lead)\nDuración: 45 min"
        ),
        meet="meet",
    )
    _x(
        "Interview | Alex Rivera",
        interview=True,
        company="Zalando",
        role="Senior Engineering Manager",
        org=("zalando@myworkday.com", "Zalando SE"),
        desc="Senior Engineering Manager – Logistics Platform. Bar-raiser interview. Interviewer: Friederike Lang.",
        conf=("Zoom Meeting", "https://zalando.zoom.us/j/97711223344"),
    )
    _x(
        "Team-Interview",
        interview=True,
        company="Stadtwerke Neuburg",
        role="IT-Systemadministrator",
        org=(
            "karriere@stadtwerke-neuburg.de",
            "Stadtwerke Neuburg Energieversorgungsgesellschaft mbH",
        ),
        loc="Verwaltungsgebäude, Raum 3.12, Am Kraftwerk 1, Neuburg",
        desc="Gespräch mit dem IT-Team zur Stelle IT-Systemadministrator (m/w/d). Personio-Referenz: 11429",
    )
    _x(
        "Interview Alex Rivera (Teamtailor)",
        interview=True,
        company="Oda",
        role="Frontend Developer",
        org=("noreply@teamtailor.com", "Oda"),
        desc="Hei Alex! Takk for søknaden til stillingen som Frontend Developer. Du møter Ingrid Haugen og Sindre Lie.",
        meet="meet",
    )
    _x(
        "Fachgespräch",
        interview=True,
        company="DATEV",
        role="Softwareentwickler C#",
        org=("datev@myworkday.com", "DATEV eG"),
        desc="Fachgespräch für die Stelle Softwareentwickler C# (w/m/d), Nürnberg. Teilnehmende: Herr Maier, Frau Yilmaz.",
        conf=(
            "Microsoft Teams-Besprechung",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_DTV",
        ),
    )
    _x(
        "Entretien final",
        interview=True,
        company="Decathlon",
        role="Tech Lead",
        org=("noreply@smartrecruiters.com", "Decathlon Technology"),
        loc="Decathlon Campus, 4 Bd de Mons, Villeneuve-d'Ascq",
        desc="Dernier entretien pour le poste de Tech Lead – Supply. Rencontre avec le directeur technique.",
    )
    _x(
        "Alex Rivera – Case Interview",
        interview=True,
        company="Roland Berger",
        role="Consultant",
        org=("roland-berger@myworkday.com", "Roland Berger Recruiting"),
        desc="Case interview (Consultant, Munich office). Interviewer: Principal Florian Haas. Please have pen and paper ready.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_RBG",
        ),
    )


def _gupy_and_latam() -> None:
    _x(
        "Entrevista com Alex Rivera",
        interview=True,
        company="Itaú Unibanco",
        role="Engenheiro de Software Sênior",
        org=("naoresponda@gupy.io", "Itaú Unibanco"),
        desc=(
            "Olá, Alex!\n\nSua entrevista para a vaga de Engenheiro de Software Sênior foi agendada.\n"
            "Entrevistador(a): Fernanda Lima\nEtapa: Entrevista com gestor\n\nBoa sorte!\nEquipe de Atração de Talentos\n\nGupy"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ITAU",
        ),
    )
    _x(
        "Entrevista técnica | Desenvolvedor(a) Back-end Pleno",
        interview=True,
        company="Magalu",
        role="Desenvolvedor(a) Back-end Pleno",
        org=("naoresponda@gupy.io", None),
        desc="Empresa: Magazine Luiza (Magalu)\nVaga: Desenvolvedor(a) Back-end Pleno\nEtapa: Entrevista técnica\nLink enviado pela Gupy.",
        meet="meet",
    )
    _x(
        "Bate-papo com RH",
        interview=True,
        company="Natura &Co",
        role="Analista de Dados",
        org=("talentos@natura.net", "Natura &Co Talentos"),
        desc="Oi Alex! Vamos conversar sobre a vaga de Analista de Dados. Conversa rápida de 30 min com a Juliana (Tech Recruiter).",
        meet="meet",
    )
    _x(
        "Entrevista final - Alex Rivera",
        interview=True,
        company="Banco Inter",
        role="Tech Lead",
        org=("naoresponda@gupy.io", "Banco Inter"),
        loc="Av. Barbacena, 1219 - Santo Agostinho, Belo Horizonte - MG",
        desc="Etapa final presencial para a vaga de Tech Lead. Procure a recepção no térreo e informe seu nome.",
    )
    _x(
        "Entrevista | Alex Rivera | Ingeniero/a de Software",
        interview=True,
        company="Mercado Libre",
        role="Ingeniero/a de Software",
        org=("noreply@smartrecruiters.com", "Mercado Libre"),
        desc="¡Hola Alex! Te confirmamos la entrevista técnica para Ingeniero/a de Software (IT Shipping). Entrevistador: Martín Gómez.",
        meet="meet",
    )
    _x(
        "Entrevista con Alex",
        interview=True,
        company="Rappi",
        role="Backend Engineer",
        org=("valentina.rojas@rappi.com", "Valentina Rojas"),
        desc="Hola Alex, agendamos la entrevista con el hiring manager para Backend Engineer (Payments). Saludos, Vale – Talent Rappi",
        meet="meet",
    )
    _x(
        "Entrevista - Analista de Sistemas Sr.",
        interview=True,
        company="Grupo Bimbo",
        role="Analista de Sistemas Sr.",
        org=("grupobimbo@myworkday.com", "Grupo Bimbo Reclutamiento"),
        loc="Prolongación Paseo de la Reforma 1000, Santa Fe, CDMX - Torre A, piso 3",
        desc="Estimado Alex:\nLe confirmamos su entrevista presencial para la vacante Analista de Sistemas Sr.\nEntrevistadora: Mariana Torres",
    )
    _x(
        "Conversa com o time",
        interview=True,
        company="Nubank",
        role="Senior Software Engineer",
        org=("no-reply@hire.lever.co", "Nubank"),
        desc="Pair interview – Senior Software Engineer (Clojure)\nEntrevistadores: Rafael Souza, Beatriz Alves\nPowered by Lever",
        meet="meet",
    )
    _x(
        "Entrevista por competências",
        interview=True,
        company="Ambev Tech",
        role=None,
        org=("naoresponda@gupy.io", "Ambev Tech"),
        desc="Olá! Você avançou para a etapa de entrevista por competências no processo da Ambev Tech. Acesse pelo link do Teams.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_AMBV",
        ),
    )
    _x(
        "Entrevista RRHH",
        interview=True,
        company="Telefónica Tech",
        role="Arquitecto Cloud",
        org=("seleccion@telefonicatech.com", "Selección Telefónica Tech"),
        desc="Buenos días Alex,\nConfirmamos la entrevista con RRHH para la posición de Arquitecto Cloud. Un saludo, Irene.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_TTEC",
        ),
    )
    _x(
        "Entrevista Alex Rivera - Cabify",
        interview=True,
        company="Cabify",
        role="Staff Engineer",
        org=("no-reply@ashbyhq.com", "Cabify"),
        desc="Staff Engineer · Entrevista de diseño de sistemas\nEntrevistador: Pablo Iglesias Ruiz",
        meet="meet",
    )
    _x(
        "Entrevista online",
        interview=True,
        company="TOTVS",
        role="Desenvolvedor Java",
        org=("naoresponda@gupy.io", "TOTVS"),
        desc="Processo seletivo TOTVS – vaga Desenvolvedor Java. Entrevista com a liderança técnica.",
        meet="meet",
    )


def _scheduling_tools() -> None:
    _x(
        "Interview: Alex Rivera",
        interview=True,
        company="Plaid",
        role="Software Engineer, Identity",
        org=("scheduling@goodtime.io", "Plaid Recruiting (via GoodTime)"),
        att=[
            person("e.nakamura@plaid.com", "Emi Nakamura"),
            person("r.osei@plaid.com", "Richard Osei"),
        ],
        desc=(
            "Hi Alex,\nHere are the details for your upcoming interview for Software Engineer, Identity at Plaid.\n\n"
            "Interviewer: Emi Nakamura — Coding\nInterviewer: Richard Osei — Design\n\n"
            "This event was scheduled by GoodTime. Please do not reply to this email."
        ),
        conf=("Zoom Meeting", "https://plaid.zoom.us/j/95522001188"),
    )
    _x(
        "Alex Rivera - Loop (Session 1 of 4)",
        interview=True,
        company="Dropbox",
        role="Senior Backend Engineer",
        org=("calendar@modernloop.io", "Dropbox Recruiting"),
        desc="Session 1 of 4 — Coding\nRole: Senior Backend Engineer\nInterviewer: Haruto Sato\nScheduled with ModernLoop",
        meet="meet",
    )
    _x(
        "Alex Rivera - Loop (Session 3 of 4)",
        interview=True,
        company="Dropbox",
        role="Senior Backend Engineer",
        org=("calendar@modernloop.io", "Dropbox Recruiting"),
        desc="Session 3 of 4 — Project deep dive\nRole: Senior Backend Engineer\nInterviewer: Alicia Brandt\nScheduled with ModernLoop",
        meet="meet",
    )
    _x(
        "30 Minute Meeting between Sofia Marin and Alex Rivera",
        interview=True,
        company="Greenleaf Bio",
        role="Bioinformatics Engineer",
        org=("sofia.marin@greenleafbio.com", "Sofia Marin"),
        desc=(
            "Event Name: 30 Minute Meeting\n\nLocation: This is a Google Meet web conference.\n\n"
            "Please share anything that will help prepare for our meeting.: Applied for Bioinformatics Engineer, "
            "referred by Tim Park\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/ab12\n"
            "Reschedule: https://calendly.com/reschedulings/ab12\n\nPowered by Calendly.com"
        ),
        meet="meet",
    )
    _x(
        "Intro call with Hugo (Founder, Lattice Foundry)",
        interview=True,
        company="Lattice Foundry",
        role="Founding Engineer",
        org=("hugo@latticefoundry.xyz", "Hugo Marchand"),
        desc=(
            "Event Name: Founding Engineer – intro call\n\nInvitee: Alex Rivera\nInvitee Email: alex.rivera@gmail.com\n\n"
            "Powered by Calendly.com"
        ),
        conf=("Zoom Meeting", "https://us05web.zoom.us/j/88231109922"),
    )
    _x(
        "Talent Acquisition Screening",
        interview=True,
        company="Contoso Pharma",
        role="Lead Data Engineer",
        org=("TalentAcquisition@contosopharma.onmicrosoft.com", "Contoso Pharma Careers"),
        desc=(
            "Booking details\nService: Talent Acquisition Screening (30 min)\nStaff: Nadia Hussain\n"
            "Customer: Alex Rivera\nNotes: Lead Data Engineer — req 22-1145\n\n"
            "Microsoft Bookings · Contoso Pharma"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_CP11",
        ),
    )
    _x(
        "Candidate Interview (Bookings)",
        interview=True,
        company="Fabrikam Manufacturing",
        role=None,
        org=("Careers@fabrikam.com", "Fabrikam Careers"),
        desc="Your appointment with Fabrikam Careers is confirmed.\nService: Candidate Interview\nStaff member: Jamal Wright",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_FBK2",
        ),
    )
    _x(
        "Alex Rivera / Yara",
        interview=True,
        company="Wildflower Schools",
        role="Director of Engineering",
        org=("yara@wildflowerschools.org", "Yara Haddad"),
        desc="Scheduled via Calendly. Conversation about the Director of Engineering search.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/6544332211"),
    )
    _x(
        "Interview",
        interview=True,
        company="Intuit",
        role="Staff Software Engineer",
        org=("scheduling@goodtime.io", "Intuit Talent"),
        desc="Intuit | Staff Software Engineer | Craft Demonstration\nInterviewer: Lakshmi Iyer\nGoodTime Hire",
        conf=("Zoom Meeting", "https://intuit.zoom.us/j/91188772233"),
    )
    _x(
        "Alex Rivera <> Sable",
        interview=True,
        company="Sable",
        role="Product Designer",
        org=("calendar@modernloop.io", "Sable Talent"),
        desc="Portfolio review — Product Designer\nPanel: Ivy Chen, Mo Farouk, Lena Fisher",
        meet="meet",
    )
    _x(
        "Zoom meeting invitation - Interview Alex Rivera",
        interview=True,
        company="Harbor Freight Logistics",
        role="DevOps Engineer",
        org=("gkim@harborfreightlogistics.com", "Grace Kim"),
        desc=(
            "Grace Kim is inviting you to a scheduled Zoom meeting.\n\nTopic: Interview Alex Rivera – DevOps Engineer\n\n"
            "Join Zoom Meeting\nhttps://us06web.zoom.us/j/84421339911?pwd=QkZ\n\nMeeting ID: 844 2133 9911\nPasscode: 552190"
        ),
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/84421339911"),
    )
    _x(
        "Microsoft Teams meeting",
        interview=True,
        company="Aldermore Bank",
        role="Senior Java Developer",
        org=("r.patel@aldermorebank.co.uk", "Ravi Patel"),
        desc=(
            "Interview for Senior Java Developer – Alex Rivera\n________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\n"
            "Meeting ID: 312 998 441 220\nPasscode: bX7k2p"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ALD",
        ),
    )
    _x(
        "Alex <> Brennan (Hiring Manager)",
        interview=True,
        company="Tessellate AI",
        role="Applied Scientist",
        org=("no-reply@calendly.com", "Calendly"),
        desc="Brennan O'Neill (Tessellate AI) scheduled: Hiring Manager chat — Applied Scientist",
        meet="meet",
    )
    _x(
        "Interview Alex Rivera – Senior PM",
        interview=True,
        company="Miro",
        role="Senior Product Manager",
        org=("scheduling@goodtime.io", "Miro Talent Team"),
        desc="Position: Senior Product Manager, Collaboration\nInterviewers: Anouk de Boer, Samir Kaddour\nLocation: Zoom (link below)",
        conf=("Zoom Meeting", "https://miro.zoom.us/j/92211008877"),
    )
    _x(
        "Recruiter call",
        interview=True,
        company="Whetstone",
        role=None,
        org=("talent@whetstone.so", "Whetstone"),
        desc="Powered by Calendly.com — 20 minute recruiter call",
        meet="meet",
    )
    _x(
        "Interview: Alex Rivera — Pairing",
        interview=True,
        company="Thoughtbridge Consulting",
        role="Lead Consultant, Software",
        org=("calendar@modernloop.io", "Thoughtbridge Consulting"),
        desc="Pairing session (90 min) — Lead Consultant, Software\nInterviewer: Adaeze Obi\nYou'll work on a small refactoring kata.",
        conf=("Zoom Meeting", "https://thoughtbridge.zoom.us/j/77120098812"),
    )
    _x(
        "Alex Rivera & Tomasz",
        interview=True,
        company="Allegro",
        role="Senior Software Engineer",
        org=("tomasz.wrobel@allegro.pl", "Tomasz Wróbel"),
        desc="Rozmowa z hiring managerem – Senior Software Engineer (Team Delivery). Umówione przez Calendly.",
        meet="meet",
    )
    _x(
        "Hiring Manager Interview: Alex Rivera",
        interview=True,
        company="Asana",
        role="Engineering Manager, Platform",
        org=("scheduling@goodtime.io", None),
        desc="Asana is looking forward to speaking with you about Engineering Manager, Platform.\nInterviewer: Zoe Carter",
        conf=("Zoom Meeting", "https://asana.zoom.us/j/90080070060"),
    )
    _x(
        "Teams call – Alex Rivera",
        interview=True,
        company="Vattenfall",
        role="IT Architect",
        org=("noreply@teamtailor.com", "Vattenfall"),
        desc="Intervju för rollen IT Architect. Du träffar rekryterande chef Anders Holm. Länk till Teams nedan.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_VTF",
        ),
    )
    _x(
        "15 min call w/ Chloé",
        interview=True,
        company="Qonto",
        role="Backend Engineer (Go)",
        org=("chloe.martin@qonto.com", "Chloé Martin"),
        desc="Premier échange (15 min) pour le poste Backend Engineer (Go). Pris via Calendly.",
        meet="meet",
    )
    _x(
        "Video interview",
        interview=True,
        company="Canva",
        role="Senior Frontend Engineer",
        org=("scheduling@goodtime.io", "Canva Talent"),
        desc="Canva · Senior Frontend Engineer · Craft interview\nInterviewer: Mia Thompson (Sydney)",
        conf=("Zoom Meeting", "https://canva.zoom.us/j/96600112244"),
        zone="Australia/Sydney",
    )
    _x(
        "Interview: Alex Rivera",
        interview=True,
        company=None,
        role="Software Engineer",
        org=("calendar@modernloop.io", "ModernLoop"),
        desc="Software Engineer interview. Your interviewer will join at the scheduled time.",
        meet="meet",
    )


def _live_assessments() -> None:
    _x(
        "CodeSignal Live Interview – Alex Rivera",
        interview=True,
        company="Robinhood",
        role="Software Engineer, Brokerage",
        org=("no-reply@codesignal.com", "CodeSignal"),
        desc=(
            "Robinhood has invited you to a live technical interview on CodeSignal.\n"
            "Position: Software Engineer, Brokerage\nInterviewer: Derek Shaw\n"
            "Join here: https://app.codesignal.com/live-interview/7fa31c\n\nPlease test your camera and microphone beforehand."
        ),
    )
    _x(
        "HackerRank Interview",
        interview=True,
        company="Blue Yonder",
        role="Senior Software Engineer",
        org=("interviews@hackerrank.com", "HackerRank for Work"),
        desc=(
            "You've been invited to a HackerRank interview by Blue Yonder.\nRole: Senior Software Engineer\n"
            "Interviewer: Anjali Rao\nInterview link: https://www.hackerrank.com/interview/bY-29ff1\n"
            "The interview includes a live coding pad and video."
        ),
    )
    _x(
        "Codility Interview: Alex Rivera",
        interview=True,
        company="Wise",
        role="Backend Engineer",
        org=("no-reply@codility.com", "Codility"),
        desc=(
            "Hi Alex,\nWise invites you to a live coding interview on Codility Interview.\n"
            "Role: Backend Engineer (Java/Kotlin)\nInterviewer: Ewa Kowalczyk\nLink: https://app.codility.com/interview/ABC-123/"
        ),
    )
    _x(
        "HireVue Live Interview",
        interview=True,
        company="Unilever",
        role="Graduate Data Analyst",
        org=("noreply@hirevue.com", "Unilever Future Leaders Programme"),
        desc=(
            "Dear Alex,\nYou are invited to a HireVue Live interview with Unilever for the role Graduate Data Analyst.\n"
            "Interviewer: Sarah Bennett\nPlease join 5 minutes early via the link below and allow camera access.\n"
            "https://app.hirevue.com/live/93ff1"
        ),
    )
    _x(
        "Virtual Assessment Centre – Alex Rivera",
        interview=True,
        company="HSBC",
        role="Technology Graduate Programme",
        org=("noreply@shl.com", "HSBC Early Careers"),
        desc=(
            "Your Virtual Assessment Centre for the Technology Graduate Programme is confirmed.\n"
            "Schedule: group exercise, 1:1 competency interview with an assessor, case presentation.\n"
            "Platform: SHL Virtual Assessment & Development Centre"
        ),
    )
    _x(
        "Live coding (CoderPad) – Alex",
        interview=True,
        company="Datadog",
        role="Software Engineer – Distributed Systems",
        org=("scheduling@goodtime.io", "Datadog Recruiting"),
        desc="Datadog | Software Engineer – Distributed Systems | Live coding\nInterviewer: Yusuf Demir\nPad link will be shared in Zoom chat.",
        conf=("Zoom Meeting", "https://datadog.zoom.us/j/91234567001"),
    )
    _x(
        "Technical interview (TestGorilla results review)",
        interview=True,
        company="bunq",
        role="Data Analyst",
        org=("talent@bunq.com", "bunq Talent"),
        desc="We'll go through your TestGorilla assessment results together and discuss a few SQL questions live. Role: Data Analyst.",
        meet="meet",
    )
    _x(
        "CodeSignal: Pair programming with Jess",
        interview=True,
        company="Brex",
        role="Software Engineer",
        org=("no-reply@codesignal.com", "Brex via CodeSignal"),
        desc="Live pair programming interview for Software Engineer. Interviewer: Jess Albright. Environment: CodeSignal IDE.",
    )
    _x(
        "HackerRank CodePair – Alex Rivera",
        interview=True,
        company="Tata Consultancy Services",
        role="Technical Lead",
        org=("tcs.recruitment@tcs.com", "TCS Talent Acquisition"),
        desc="Tata Consultancy Services – Technical Lead (Azure)\nCodePair session with panel. Link: https://www.hackerrank.com/paper/tcs-88c1",
    )
    _x(
        "Assessment Day",
        interview=True,
        company="Deloitte",
        role="Technology Consulting Analyst",
        org=("deloitte@myworkday.com", "Deloitte UK Careers"),
        loc="Deloitte, 1 New Street Square, London EC4A 3HQ",
        desc="Assessment Day – Technology Consulting Analyst\nIncludes partner interview, group exercise and written exercise (SHL).",
    )
    _x(
        "Codility live session",
        interview=True,
        company=None,
        role="Senior Python Developer",
        org=("no-reply@codility.com", "Codility"),
        desc="You have been invited to a live interview for Senior Python Developer. The interviewer will join the session at the scheduled time.",
    )
    _x(
        "HireVue Live: Software Engineer Interview",
        interview=True,
        company="JPMorgan Chase",
        role="Software Engineer III",
        org=("noreply@hirevue.com", "JPMorgan Chase & Co."),
        desc="Live video interview with a hiring manager – Software Engineer III, Corporate & Investment Bank. Hosted on HireVue.",
    )


def _agencies() -> None:
    # client named: company = client
    _x(
        "Interview with Orion Insurance – arranged by Hays",
        interview=True,
        company="Orion Insurance",
        role="Integration Architect",
        org=("emma.clarke@hays.com", "Emma Clarke (Hays)"),
        desc=(
            "Hi Alex,\nAs discussed, here is the invite for your first interview with Orion Insurance for the Integration Architect "
            "contract. You'll meet Phil Garner (Head of Architecture).\n\nGood luck!\nEmma Clarke | Senior Consultant | Hays Technology"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ORI",
        ),
    )
    _x(
        "Alex Rivera – Client Interview (Meridian Foods)",
        interview=True,
        company="Meridian Foods",
        role="ERP Developer",
        org=("jamie@talentbridge-recruitment.co.uk", "Jamie Fowler"),
        desc="Client: Meridian Foods plc\nRole: ERP Developer (SAP ABAP), 6-month contract\nInterviewers: Karen Holt, Dev Singh",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/85511122233"),
    )
    _x(
        "Entrevue – client Banque Laurentide",
        interview=True,
        company="Banque Laurentide",
        role="Analyste programmeur",
        org=("s.gagnon@randstad.ca", "Sophie Gagnon – Randstad"),
        desc="Bonjour Alex, voici la confirmation de votre entrevue avec Banque Laurentide pour le poste d'Analyste programmeur.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_BL",
        ),
    )
    _x(
        "Interview: Alex Rivera",
        interview=True,
        company="Northgate Water",
        role="SCADA Engineer",
        org=("bookings@apexstaffing.com", "Apex Staffing Solutions"),
        desc="Candidate: Alex Rivera\nClient: Northgate Water Authority (Northgate Water)\nPosition: SCADA Engineer\nConsultant: Lee Barnes",
        loc="Northgate Water, Treatment Works Office, Mill Lane",
    )
    _x(
        "Vorstellungsgespräch beim Kunden (Allianz Technology)",
        interview=True,
        company="Allianz Technology",
        role="Cloud Platform Engineer",
        org=("m.schubert@gulp.de", "Martin Schubert | GULP"),
        desc="Hallo Alex,\nanbei die Einladung für das Gespräch bei unserem Kunden Allianz Technology SE (Cloud Platform Engineer, Freelance).\nViele Grüße",
        conf=(
            "Microsoft Teams-Besprechung",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ALZ",
        ),
    )
    _x(
        "Interview at Veridian Pharma (via Michael Page)",
        interview=True,
        company="Veridian Pharma",
        role="Head of Data",
        org=("a.singh@michaelpage.com", "Arjun Singh"),
        loc="Veridian Pharma, Building 4, Cambridge Science Park, CB4 0WA",
        desc="Face-to-face with the Chief Digital Officer. Role: Head of Data. Please bring a copy of your CV.",
    )
    _x(
        "Client call – Helix",
        interview=True,
        company="Helix",
        role="React Native Developer",
        org=("noa@staffwise.io", "Noa Levi – Staffwise"),
        desc="Call with the Helix CTO about the React Native Developer contract. I'll join the first 5 minutes to introduce you.",
        meet="meet",
    )
    _x(
        "Entrevista con cliente: Iberdrola",
        interview=True,
        company="Iberdrola",
        role="Consultor SAP",
        org=("laura.gil@adecco.com", "Laura Gil (Adecco)"),
        desc="Hola Alex, te paso la convocatoria para la entrevista con Iberdrola para el puesto de Consultor SAP. ¡Mucha suerte!",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_IBD",
        ),
    )
    _x(
        "Alex Rivera x Kinetic Partners",
        interview=True,
        company="Kinetic Partners",
        role="VP Engineering",
        org=("rebecca@heidrick-search.com", "Rebecca Lowe"),
        desc="Meeting with Kinetic Partners' managing partner for the VP Engineering search. Retained search led by Rebecca Lowe.",
        loc="Kinetic Partners, 350 Madison Ave, 22nd Floor, New York",
    )
    _x(
        "面接（クライアント：日本電算システムズ株式会社）",
        interview=True,
        company="日本電算システムズ",
        role="バックエンドエンジニア",
        org=("tanaka@recruit-agent.example.jp", "田中 美咲（リクルートエージェント）"),
        desc="Alex様\n\n日本電算システムズ株式会社 バックエンドエンジニア職の一次面接の日程が確定しました。\n面接官：開発部 部長 佐藤様\n\nよろしくお願いいたします。",
        conf=("Zoom Meeting", "https://zoom.us/j/97712340011"),
    )
    # client confidential: company None
    _x(
        "Interview – confidential client",
        interview=True,
        company=None,
        role="Senior Platform Engineer",
        org=("oliver@stackhunters.io", "Oliver Grant – StackHunters"),
        desc="Hi Alex, the client has asked to stay confidential until the second stage. Senior Platform Engineer, fintech, 2 days/week in office.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/83344556677"),
    )
    _x(
        "Client interview (name to follow)",
        interview=True,
        company=None,
        role="Engineering Manager",
        org=("k.duarte@harveynash.com", "Katie Duarte"),
        desc="Hiring manager interview for the Engineering Manager role we discussed. Client is a Series C healthtech — I'll share the name once they confirm.",
        meet="meet",
    )
    _x(
        "Gespräch mit Kunde (vertraulich)",
        interview=True,
        company=None,
        role="Lead Developer",
        org=("s.wagner@hays.de", "Sabine Wagner"),
        desc="Hallo Alex, der Kunde (Versicherung, Raum München) möchte anonym bleiben. Position: Lead Developer. Teams-Link folgt.",
    )
    _x(
        "Entretien client confidentiel",
        interview=True,
        company=None,
        role="Responsable Data",
        org=("p.moreau@fedgroupe.fr", "Pauline Moreau – Fed IT"),
        desc="Entretien avec notre client (grand groupe du luxe, confidentiel) pour le poste de Responsable Data.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_FED",
        ),
    )
    _x(
        "Alex R – 1st stage",
        interview=True,
        company=None,
        role=None,
        org=("dan@meridiantalent.co", "Dan Whitaker"),
        desc="First stage with the client's head of engineering as discussed on the phone. Confidential search.",
        meet="meet",
    )
    _x(
        "Interview for stealth startup",
        interview=True,
        company=None,
        role="Founding Backend Engineer",
        org=("hiring@ventureteams.vc", "VentureTeams Talent"),
        desc="Founding Backend Engineer at a stealth startup (ex-Stripe founders). Company name shared under NDA after this call.",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/81199228833"),
    )
    _x(
        "Sollicitatie via Brunel – klant anoniem",
        interview=True,
        company=None,
        role="Embedded Software Engineer",
        org=("r.dekker@brunel.net", "Ruben Dekker (Brunel)"),
        desc="Gesprek met de opdrachtgever (hightech, regio Eindhoven) voor Embedded Software Engineer. Naam volgt na akkoord.",
    )
    # the agency's own intake call
    _x(
        "Intake call – Alex Rivera",
        interview=True,
        company=None,
        role=None,
        org=("emma.clarke@hays.com", "Emma Clarke (Hays)"),
        desc="Quick intake call so I can understand what you're looking for and share a few live roles. ~20 mins.",
    )
    _x(
        "Kennenlerngespräch Personalberatung",
        interview=True,
        company=None,
        role=None,
        org=("kontakt@talentschmiede-beratung.de", "Talentschmiede Personalberatung"),
        desc="Erstgespräch zu Ihren Wechselwünschen und aktuellen Mandaten. Dauer ca. 30 Minuten.",
        conf=(
            "Microsoft Teams-Besprechung",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_TSB",
        ),
    )
    _x(
        "Registration interview – Robert Walters",
        interview=True,
        company=None,
        role="Senior Software Engineer",
        org=("tom.nguyen@robertwalters.com", "Tom Nguyen"),
        desc="Registration interview for Senior Software Engineer roles in our Technology practice. Please bring ID and right-to-work docs.",
        loc="Robert Walters, 11 Slingsby Place, London WC2E 9AB",
    )
    _x(
        "Intake met Alex (Yacht)",
        interview=True,
        company=None,
        role=None,
        org=("lotte@yacht.nl", "Lotte van Dam"),
        desc="Kennismaking met Yacht: we bespreken je ervaring en de opdrachten waarvoor we je kunnen voordragen.",
        meet="meet",
    )
    _x(
        "Screening call – Andersen Cole for Pinewood Bank",
        interview=True,
        company="Pinewood Bank",
        role="Risk Technology Lead",
        org=("olivia@andersencole.com", "Olivia Andersen"),
        desc="Agency screening before I submit you to Pinewood Bank for the Risk Technology Lead position.",
        meet="meet",
    )


def _hard_names() -> None:
    _x(
        "Interview: Alex Rivera",
        interview=True,
        company="Tessera Pay",
        role="Senior Backend Engineer",
        org=("no-reply@greenhouse.io", "Tessera Pay, a Northstar Group company"),
        desc="Tessera Pay, a Northstar Group company — Senior Backend Engineer\nInterviewer: Ruth Kemal (Engineering Manager, Payouts)",
        meet="meet",
    )
    _x(
        "Bewerbungsgespräch Alex Rivera",
        interview=True,
        company="Müller & Söhne",
        role="Softwareentwickler Embedded",
        org=("jobs@mueller-soehne.de", "Müller & Söhne GmbH & Co. KG"),
        loc="Müller & Söhne GmbH & Co. KG, Werkstraße 3, 33602 Bielefeld",
        desc="Gespräch zur Stelle Softwareentwickler Embedded (m/w/d) mit Herrn Thomas Müller und Frau Petra Lenz.",
    )
    _x(
        "Harlow and Finch | Interview | Alex Rivera",
        interview=True,
        company="Harlow and Finch",
        role="Legal Tech Engineer",
        org=("recruitment@harlowandfinch.com", "Harlow and Finch LLP"),
        desc="Interview for Legal Tech Engineer in the Innovation team. Interviewers: Imogen Hart (Partner), Felix Adeyemi.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HAF",
        ),
    )
    _x(
        "Alex Rivera <> 9Lives",
        interview=True,
        company="9Lives Labs",
        role="Mobile Engineer",
        org=("no-reply@ashbyhq.com", "9Lives Labs"),
        desc="Mobile Engineer — first conversation with our CTO. 9Lives Labs, Inc.",
        meet="meet",
    )
    _x(
        "Interview w/ ledger.fm",
        interview=True,
        company="ledger.fm",
        role="Audio Platform Engineer",
        org=("jobs@ledger.fm", "ledger.fm"),
        desc="hey alex — excited to chat about the audio platform engineer role at ledger.fm. we keep these casual. – nia",
        meet="meet",
    )
    _x(
        "Vorstellungsgespräch Rhein-Main-Verkehrsverbund",
        interview=True,
        company="Rhein-Main-Verkehrsverbund",
        role="Product Owner Fahrgastinformation",
        org=("rmv@myworkday.com", "Rhein-Main-Verkehrsverbund GmbH"),
        desc="Einladung zum Vorstellungsgespräch – Product Owner Fahrgastinformation (m/w/d). Gesprächspartner: Herr Ötztürk, Frau Brandt.",
        loc="Alte Bleiche 5, 65719 Hofheim am Taunus",
    )
    _x(
        "Interview – Hannah's Kitchen",
        interview=True,
        company="Hannah's Kitchen",
        role="E-commerce Developer",
        org=("people@hannahskitchen.co", "Hannah's Kitchen Co."),
        desc="Hi Alex, thanks for your interest in the E-commerce Developer role at Hannah's Kitchen! You'll be chatting with Ben, our Head of Digital.",
        meet="meet",
    )
    _x(
        "AXELO – Entretien technique",
        interview=True,
        company="AXELO",
        role="Ingénieur Logiciel Embarqué",
        org=("noreply@smartrecruiters.com", "AXELO SAS"),
        desc="AXELO SAS – poste Ingénieur Logiciel Embarqué. Entretien technique avec Yannick Perrin.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_AXL",
        ),
    )
    _x(
        "Gespräch Oberrheinische Kraftwerksgesellschaft",
        interview=True,
        company="Oberrheinische Kraftwerksgesellschaft",
        role="Data Scientist Netzbetrieb",
        org=("karriere@okg-energie.de", "Oberrheinische Kraftwerksgesellschaft mbH"),
        desc="Vorstellungsgespräch Data Scientist Netzbetrieb (w/m/d), Dauer 60 Min, mit Bereichsleitung und Betriebsrat.",
        conf=(
            "Microsoft Teams-Besprechung",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OKG",
        ),
    )
    _x(
        "【一次面接】Alex Rivera様",
        interview=True,
        company="東邦デジタルソリューションズ",
        role="クラウドアーキテクト",
        org=("saiyo@toho-digital.example.co.jp", "東邦デジタルソリューションズ株式会社 採用担当"),
        desc="Alex Rivera様\n\nこの度は東邦デジタルソリューションズ株式会社の「クラウドアーキテクト」職にご応募いただき、誠にありがとうございます。\n一次面接を下記の通り実施いたします。\n面接官：技術本部 山本",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_THD",
        ),
    )
    _x(
        "カジュアル面談",
        interview=True,
        company="サイバーフロンティア",
        role="SRE",
        org=("hr@cyberfrontier.example.jp", "株式会社サイバーフロンティア"),
        desc="株式会社サイバーフロンティア SREポジションのカジュアル面談です。エンジニアリングマネージャーの鈴木が参加します。",
        meet="meet",
    )
    _x(
        "Arden Hospitality Group – Interview",
        interview=True,
        company="Arden Hospitality Group",
        role="Head of Digital Guest Experience",
        org=("talent@ardenhg.com", "Arden Hospitality Group"),
        loc="The Arden Hotel, 12 Marylebone High St, London — meet in the lobby bar",
        desc="Meeting with the Group CIO about the Head of Digital Guest Experience role.",
    )
    _x(
        "Alex Rivera <> Quietwater",
        interview=True,
        company="Quietwater Labs",
        role="Research Engineer",
        org=("no-reply@hire.lever.co", "Quietwater Labs"),
        desc="Research Engineer – technical conversation.\nInterviewer: Dr. Simone Achterberg",
        meet="meet",
    )
    _x(
        "Blackridge | Superday | Alex Rivera",
        interview=True,
        company="Blackridge Partners",
        role="Data Engineer, Private Equity",
        org=("recruiting@blackridgepartners.com", "Blackridge Partners Recruiting"),
        loc="Blackridge Partners, 200 Clarendon St, 40th Floor, Boston",
        desc="Superday – Data Engineer, Private Equity. Four 45-minute interviews with the data and investment teams.",
    )
    _x(
        "Interview - First Meridian Bank",
        interview=True,
        company="First Meridian Bank",
        role="Cybersecurity Analyst",
        org=("firstmeridianbank@myworkday.com", "First Meridian Bank, N.A."),
        desc="Position: Cybersecurity Analyst II (R-11827)\nInterview with Information Security Manager Dana Whitfield",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_FMB",
        ),
    )
    _x(
        "Paper Crane Studio / Alex",
        interview=True,
        company="Paper Crane Studio",
        role="Creative Technologist",
        org=("hello@papercrane.studio", "Paper Crane Studio"),
        loc="Paper Crane Studio, Unit 4, 21 Hoxton Square, London",
        desc="Come by the studio to meet the team and talk about the Creative Technologist role.",
    )
    _x(
        "Rozmowa – Kowalski i Wspólnicy",
        interview=True,
        company="Kowalski i Wspólnicy",
        role="Specjalista ds. IT",
        org=("kariera@kowalski-wspolnicy.pl", "Kowalski i Wspólnicy sp.k."),
        loc="ul. Marszałkowska 84/92, 00-514 Warszawa",
        desc="Zapraszamy na rozmowę na stanowisko Specjalista ds. IT. Spotkanie z partnerem zarządzającym.",
    )
    _x(
        "Mülakat – Alex Rivera",
        interview=True,
        company="Ötker Yazılım",
        role="Kıdemli Yazılım Mühendisi",
        org=("ik@otkeryazilim.com.tr", "Ötker Yazılım A.Ş. İnsan Kaynakları"),
        desc="Merhaba Alex,\nKıdemli Yazılım Mühendisi pozisyonu için teknik mülakatınız planlanmıştır.\nMülakatçı: Emre Aydın\nİyi günler",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTK",
        ),
    )
    _x(
        "Intervju Svenska Handelsfastigheter",
        interview=True,
        company="Svenska Handelsfastigheter",
        role="IT-chef",
        org=("noreply@teamtailor.com", "Svenska Handelsfastigheter AB"),
        desc="Intervju för tjänsten IT-chef med vd Maria Ek och HR Johan Lind.",
        loc="Kungsgatan 30, Stockholm",
    )
    _x(
        "Entrevista Costa Verde",
        interview=True,
        company="Costa Verde",
        role="Gerente de TI",
        org=("rh@costaverde.com.mx", "Costa Verde, S.A. de C.V."),
        desc="Entrevista para la vacante Gerente de TI con el Director de Operaciones, Lic. Ramón Ibarra.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/86677889900"),
    )
    _x(
        "Haastattelu / Interview – Alex Rivera",
        interview=True,
        company="Revontuli Software",
        role="Senior Rust Developer",
        org=("no-reply@ashbyhq.com", "Revontuli Software Oy"),
        desc="Senior Rust Developer – tekninen haastattelu / technical interview. Interviewer: Aino Virtanen.",
        meet="meet",
    )
    _x(
        "Kookaburra Tech – chat with Alex",
        interview=True,
        company="Kookaburra Tech",
        role="Platform Lead",
        org=("careers@kookaburratech.com.au", "Kookaburra Tech Pty Ltd"),
        desc="G'day Alex, chat with our founders re: Platform Lead. Times are AEST.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/81237771100"),
        zone="Australia/Brisbane",
    )
    _x(
        "J.W. Harrington & Sons – Interview",
        interview=True,
        company="J.W. Harrington & Sons",
        role="Systems Analyst",
        org=("hr@jwharrington.com", "J.W. Harrington & Sons, Inc."),
        loc="1400 Industrial Pkwy, Dayton, OH 45414",
        desc="Systems Analyst interview with the IT Director, Carol Jennings. Plant tour afterwards — closed-toe shoes please.",
    )
    _x(
        "Interview: Alex Rivera",
        interview=True,
        company="B&W Mobility",
        role="Embedded Linux Engineer",
        org=("scheduling@goodtime.io", "B&W Mobility Talent"),
        desc="B&W Mobility · Embedded Linux Engineer · Technical interview\nInterviewer: Gareth Pryce",
        conf=("Zoom Meeting", "https://bwmobility.zoom.us/j/90011223300"),
    )
    _x(
        "면접 안내 – Alex Rivera",
        interview=True,
        company="한빛소프트웨어",
        role="백엔드 개발자",
        org=("recruit@hanbit-sw.example.co.kr", "한빛소프트웨어 주식회사 인사팀"),
        desc="안녕하세요 Alex님,\n한빛소프트웨어 백엔드 개발자 포지션 1차 면접 일정을 안내드립니다.\n면접관: 개발팀장 김민준",
        conf=("Zoom Meeting", "https://zoom.us/j/95544332211"),
        zone="Asia/Seoul",
    )
    _x(
        "面试邀请：Alex Rivera",
        interview=True,
        company="云帆科技",
        role="高级后端工程师",
        org=("hr@yunfan-tech.example.cn", "深圳云帆科技有限公司"),
        desc="Alex您好，\n感谢您应聘深圳云帆科技有限公司高级后端工程师职位。现邀请您参加第一轮技术面试。\n面试官：王磊（技术总监）",
        conf=("Zoom Meeting", "https://zoom.us/j/93322110099"),
        zone="Asia/Shanghai",
    )
    _x(
        "Stone & Sparrow x Alex Rivera",
        interview=True,
        company="Stone & Sparrow",
        role="Lead Developer",
        org=("no-reply@hire.lever.co", "Stone & Sparrow"),
        desc="Stone & Sparrow — Lead Developer (Agency). Interview with Creative Director Lou Harmon and Tech Director Ama Boateng.",
        meet="meet",
    )
    _x(
        "Colloquio – Lanificio Bertoli",
        interview=True,
        company="Lanificio Bertoli",
        role="Responsabile Sistemi Informativi",
        org=("selezione@lanificiobertoli.it", "Lanificio Bertoli S.r.l."),
        loc="Lanificio Bertoli S.r.l., Via Roma 118, Biella (BI)",
        desc="Colloquio per Responsabile Sistemi Informativi con il titolare, Dott. Bertoli.",
    )
    _x(
        "Interview: Alex Rivera (Nordlys Data)",
        interview=True,
        company="Nordlys Data",
        role="Data Platform Engineer",
        org=("noreply@teamtailor.com", "Nordlys Data ApS"),
        desc="Hej Alex, tak for din ansøgning til Data Platform Engineer. Du møder Mads Kjær og Sofie Holm.",
        meet="meet",
    )
    _x(
        "The Pantry Collective - Hiring Manager Call",
        interview=True,
        company="The Pantry Collective",
        role="Senior Product Engineer",
        org=("no-reply@ashbyhq.com", "The Pantry Collective"),
        desc="Senior Product Engineer\nInterviewer: Marisol Vega (VP Product)",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/87766554433"),
    )


def _alex_interviews_candidates() -> None:
    _x(
        "Interview: Jordan Blake",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("jordan.blake@gmail.com", "Jordan Blake", status="needsAction")],
        desc=(
            "Candidate: Jordan Blake\nJob: Backend Engineer II\nInterviewer: Alex Rivera — Coding\n\n"
            "Interview kit: https://initech.greenhouse.io/interview_kits/88123\nPlease submit your scorecard within 24 hours."
        ),
        meet="meet",
    )
    _x(
        "Initech | Onsite | Samira Patel",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("no-reply@ashbyhq.com", "Initech Recruiting"),
        loc="Initech HQ – Conf Room Bolton (4th floor)",
        desc="Onsite loop for Samira Patel (Senior Data Engineer).\n11:00–11:45 System design — Alex Rivera\nScorecards due EOD.",
    )
    _x(
        "[Initech] Technical Interview - Chris Obuya - Senior Engineer (Remote)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("noreply@hire.lever.co", "Initech Talent"),
        desc="You are scheduled to interview Chris Obuya for Senior Engineer (Remote).\nYour focus area: API design.\nFeedback form in Lever.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/91100220033"),
    )
    _x(
        "Alex Rivera and Lucas Meyer",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("scheduling@goodtime.io", "Initech Recruiting (via GoodTime)"),
        desc="Interviewer: Alex Rivera\nCandidate: Lucas Meyer\nRole: Platform Engineer\nThis interview was scheduled by GoodTime on behalf of Initech.",
        meet="meet",
    )
    _x(
        "Interview Debrief – Samira Patel",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("tina.marsh@initech.com", "Tina Marsh"),
        att=[
            person("bill.lumbergh@initech.com", "Bill Lumbergh"),
            person("peter.gibbons@initech.com", "Peter Gibbons"),
        ],
        desc="Debrief for the Senior Data Engineer loop. Please have your Greenhouse scorecards submitted before we meet.",
        meet="meet",
    )
    _x(
        "30 min with Alex",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("calendar@modernloop.io", "Initech Recruiting"),
        desc="Candidate: Mei Tanaka — Hiring Manager screen for Engineering Manager, Data. Interviewer: Alex Rivera (hiring manager).",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/92200330044"),
    )
    _x(
        "Interview: Dmitri Volkov (Shadow)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Shadow interview: you'll observe Peter Gibbons interviewing Dmitri Volkov (SRE). Part of interviewer certification.",
        meet="meet",
        my_status="tentative",
    )
    _x(
        "Hiring Committee – Backend Engineer II",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
        desc="Review packets for 3 candidates: J. Blake, A. Ferreira, K. Nguyen.",
        loc="Initech HQ – Conf Room Milton",
    )
    _x(
        "Vorstellungsgespräch: Lena Hoffmann",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("noreply@personio.de", "Initech GmbH Recruiting"),
        desc="Kandidatin: Lena Hoffmann\nStelle: Softwareentwicklerin (m/w/d), Berlin\nInterviewer: Alex Rivera, Jan Koch",
        conf=(
            "Microsoft Teams-Besprechung",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_INIB",
        ),
    )
    _x(
        "Entrevista: Camila Duarte",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("naoresponda@gupy.io", "Initech Brasil"),
        desc="Candidata: Camila Duarte\nVaga: Engenheira de Dados\nEntrevistadores: Alex Rivera, Rodrigo Matos",
        meet="meet",
    )
    _x(
        "CodeSignal Live Interview – candidate: Ahmed Saleh",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("no-reply@codesignal.com", "CodeSignal"),
        desc="You are the interviewer for this live session. Candidate: Ahmed Saleh. Role: Software Engineer. Open the interviewer view here: https://app.codesignal.com/live-interview/host/4a1",
    )
    _x(
        "HackerRank Interview with Grace Lin",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("interviews@hackerrank.com", "HackerRank for Work"),
        desc="Initech has scheduled an interview with candidate Grace Lin. Interviewers: Alex Rivera. Interviewer link: https://www.hackerrank.com/interview/host/gl-881",
    )
    _x(
        "Interviewer Training: Structured Interviews",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("people@initech.com", "Initech People Team"),
        desc="Mandatory training for all interviewers. Covers the Greenhouse scorecard, bias awareness and calibrating ratings.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/93300440055"),
    )
    _x(
        "Interview Kim Nguyen – Coding (Alex)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("scheduling@goodtime.io", None),
        desc="Initech · Backend Engineer II · Coding interview\nInterviewer: Alex Rivera\nCandidate: Kim Nguyen",
        meet="meet",
    )
    _x(
        "Teams-møte: intervju kandidat",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("noreply@teamtailor.com", "Initech Nordics"),
        desc="Du er satt opp som intervjuer for kandidat Eirik Solberg (Backend Developer). Vurdering i Teamtailor etterpå.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_INO",
        ),
    )
    _x(
        "Candidate lunch – Samira Patel",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("tina.marsh@initech.com", "Tina Marsh"),
        loc="Chotchkie's, 2 blocks from office",
        desc="Informal lunch with the onsite candidate. Alex + Peter hosting. Expense under Recruiting.",
    )
    _x(
        "Intern interview – Theo Grant",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("university@initech.com", "Initech University Recruiting"),
        desc="Summer internship interview. You are interviewer #2. Candidate résumé attached in Workday.",
        meet="meet",
    )
    _x(
        "Reference check: Jordan Blake",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Alex to call Jordan's former manager (Rita Gomez, +1 415 555 0142) for a reference.",
    )
    _x(
        "Sell call: Samira Patel",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("tina.marsh@initech.com", "Tina Marsh"),
        desc="Offer is out — please do a 20 min sell call with Samira about the team and roadmap.",
        meet="meet",
    )
    _x(
        "Microsoft Bookings: Candidate Interview – Farah Ali",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("InitechCareers@initech.onmicrosoft.com", "Initech Careers"),
        desc="Service: Candidate Interview\nStaff: Alex Rivera\nCustomer: Farah Ali\nNotes: QA Engineer applicant",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_IFA",
        ),
    )
    _x(
        "Calibration: SWE II interview questions",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("peter.gibbons@initech.com", "Peter Gibbons"),
        desc="Refresh the coding question bank and calibrate the rubric before the hiring push.",
    )
    _x(
        "Interview: Alex Rivera",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Interviewer: Alex Rivera\nCandidate: Noah Weiss\nJob: Senior Frontend Engineer\nFocus: frontend architecture",
        meet="meet",
    )


def _vendor_webinars_demos_calls() -> None:
    _x(
        "Webinar: Structured Hiring in 2025 (Greenhouse)",
        interview=False,
        company=None,
        role=None,
        org=("events@greenhouse.io", "Greenhouse Events"),
        desc="Thanks for registering! Join Greenhouse experts to learn how structured interviews reduce bias. Add to calendar link below.",
        conf=("Zoom Webinar", "https://greenhouse.zoom.us/w/81100112233"),
    )
    _x(
        "Ashby Product Demo – Initech",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("kyle@ashbyhq.com", "Kyle Benson (Ashby)"),
        att=[person("tina.marsh@initech.com", "Tina Marsh")],
        desc="Demo of Ashby's scheduling and analytics for the Initech recruiting team. Agenda: scheduling automation, interview plans, reporting.",
        conf=("Zoom Meeting", "https://ashby.zoom.us/j/92211001100"),
    )
    _x(
        "GoodTime <> Initech: Discovery Call",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("sales@goodtime.io", "GoodTime Sales"),
        desc="Discovery call about interview scheduling automation for engineering loops.",
        conf=("Zoom Meeting", "https://goodtime.zoom.us/j/90909090901"),
    )
    _x(
        "ModernLoop onboarding session",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("success@modernloop.io", "ModernLoop Customer Success"),
        desc="Kick-off for the ModernLoop rollout: interviewer pools, load balancing, calendar sync.",
        meet="meet",
    )
    _x(
        "Calendly Webinar: Getting started with Routing Forms",
        interview=False,
        company=None,
        role=None,
        org=("webinars@calendly.com", "Calendly"),
        desc="Live webinar — learn how to route leads and candidates to the right person. Powered by Calendly.com",
        conf=("Zoom Webinar", "https://calendly.zoom.us/w/88776655443"),
    )
    _x(
        "HireVue Hiring Assistant demo",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("ae@hirevue.com", "Rachel Stone, HireVue"),
        desc="Product demo for Initech: on-demand video interviews, assessments and the hiring assistant. 45 min.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HVD",
        ),
    )
    _x(
        "Codility – quarterly business review",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("csm@codility.com", "Marta Wiśniewska (Codility)"),
        desc="QBR: assessment usage, candidate completion rates, renewal timeline for Initech's Codility licence.",
        meet="meet",
    )
    _x(
        "HackerRank renewal call",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("renewals@hackerrank.com", "HackerRank"),
        desc="Contract renewal discussion (seats, CodePair add-on).",
        conf=("Zoom Meeting", "https://hackerrank.zoom.us/j/97700011122"),
    )
    _x(
        "Personio Webinar: Recruiting mit Personio",
        interview=False,
        company=None,
        role=None,
        org=("webinare@personio.de", "Personio"),
        desc="Vielen Dank für Ihre Anmeldung! In 45 Minuten zeigen wir, wie Sie Bewerbungsprozesse mit Personio automatisieren.",
        conf=("Zoom Webinar", "https://personio.zoom.us/w/81234500001"),
    )
    _x(
        "Teamtailor webbinarium: Employer branding",
        interview=False,
        company=None,
        role=None,
        org=("events@teamtailor.com", "Teamtailor"),
        desc="Välkommen till vårt webbinarium om employer branding och karriärsidor. Länk nedan.",
        conf=("Zoom Webinar", "https://teamtailor.zoom.us/w/82233445566"),
    )
    _x(
        "Webinar Gupy: Tendências de RH",
        interview=False,
        company=None,
        role=None,
        org=("eventos@gupy.io", "Gupy"),
        desc="Obrigado por se inscrever no webinar Tendências de RH e Recrutamento com IA. Transmissão ao vivo pelo YouTube.",
        loc="https://www.youtube.com/live/gupy-rh",
    )
    _x(
        "SmartRecruiters: implementation sync",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("implementation@smartrecruiters.com", "SmartRecruiters Services"),
        desc="Weekly implementation sync: job templates, interview scorecards, HRIS integration.",
        meet="meet",
    )
    _x(
        "Workday Recruiting training for hiring managers",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("hr-systems@initech.com", "Initech HR Systems"),
        desc="How to review candidates, give interview feedback and move requisitions in Workday Recruiting.",
        loc="Initech HQ – Training Room 2",
    )
    _x(
        "TestGorilla demo",
        interview=False,
        company=None,
        role=None,
        org=("sales@testgorilla.com", "TestGorilla"),
        desc="Your personal demo of TestGorilla's skills-based hiring platform. Host: Bram de Wit.",
        meet="meet",
    )
    _x(
        "SHL Partner Briefing",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("partners@shl.com", "SHL"),
        desc="Briefing on SHL Verify and the new coding simulations. Attendees: Initech TA + Eng leadership.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_SHLP",
        ),
    )
    _x(
        "Lever Webinar: Nurture campaigns that convert",
        interview=False,
        company=None,
        role=None,
        org=("events@lever.co", "Lever"),
        desc="Join Lever's product team for tips on candidate nurture campaigns.",
        conf=("Zoom Webinar", "https://lever.zoom.us/w/87611223344"),
    )
    _x(
        "Microsoft Bookings – setup call with IT",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("it-helpdesk@initech.com", "Initech IT Helpdesk"),
        desc="Configure a Bookings page for the platform team's office hours.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MBS",
        ),
    )
    _x(
        "Alex Rivera <> Datadog",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("j.moss@datadoghq.com", "Jamie Moss (Datadog)"),
        desc="Account review: Initech's APM usage, log retention and the upcoming contract renewal.",
        conf=("Zoom Meeting", "https://datadog.zoom.us/j/96611223344"),
    )
    _x(
        "Zoom Events: CodeSignal Summit – Future of Technical Hiring",
        interview=False,
        company=None,
        role=None,
        org=("events@codesignal.com", "CodeSignal"),
        desc="Your registration for the CodeSignal Summit is confirmed. Sessions on AI in technical interviews.",
        loc="https://events.zoom.us/ev/CodeSignalSummit",
    )
    _x(
        "Acme | Vendor call | Alex Rivera",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("partners@acmerobotics.ai", "Acme Robotics Partnerships"),
        desc="Vendor call: Acme Robotics' warehouse integration API and Initech's order routing. Agenda attached.",
        meet="meet",
    )


def _fairs_sessions_onboarding() -> None:
    _x(
        "Tech Careers Fair – booth shift (Initech)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("university@initech.com", "Initech University Recruiting"),
        loc="Moscone West, Hall B, Booth 214",
        desc="Thanks for volunteering! Booth shift 10–13h. Bring your laptop for demo. Swag in the blue boxes.",
    )
    _x(
        "Job Fair Booking Confirmation – Alex Rivera",
        interview=False,
        company=None,
        role=None,
        org=("no-reply@calendly.com", "Bay Area Tech Job Fair"),
        desc="Your time slot at the Bay Area Tech Job Fair is confirmed. Entry: 2:00 PM. Bring printed résumés. Powered by Calendly.com",
        loc="Santa Clara Convention Center, Hall C",
    )
    _x(
        "Karrieremesse: Ihr Zeitfenster",
        interview=False,
        company=None,
        role=None,
        org=("noreply@absolventa.de", "Absolventa Karrieremesse"),
        desc="Ihr Besuchs-Slot für die Karrieremesse Berlin ist bestätigt. Über 80 Arbeitgeber vor Ort.",
        loc="Estrel Berlin, Sonnenallee 225, 12057 Berlin",
    )
    _x(
        "Info Session: Kestrel Bank Technology Graduate Scheme",
        interview=False,
        company=None,
        role=None,
        org=("earlycareers@kestrelbank.co.uk", "Kestrel Bank Early Careers"),
        desc="Join our virtual info session to learn about the 2-year Technology Graduate Scheme, application steps and assessment centre tips.",
        conf=(
            "Microsoft Teams Live Event",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_KBGS",
        ),
    )
    _x(
        "Unilever Future Leaders Programme – Virtual Open Day",
        interview=False,
        company=None,
        role=None,
        org=("noreply@hirevue.com", "Unilever Future Leaders Programme"),
        desc="Open day for applicants: meet graduates, hear about rotations, Q&A with recruiters. No interview takes place at this event.",
        loc="https://unilever.on24.com/openday",
    )
    _x(
        "Sessão informativa – Programa de Estágio",
        interview=False,
        company=None,
        role=None,
        org=("naoresponda@gupy.io", "Ambev Tech"),
        desc="Live de apresentação do Programa de Estágio Ambev Tech: etapas, benefícios e dúvidas. Transmissão pelo YouTube.",
        loc="https://youtube.com/live/ambevtech-estagio",
    )
    _x(
        "Welcome to Initech! Day 1 Orientation",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("people@initech.com", "Initech People Team"),
        loc="Initech HQ – Lobby, then Conf Room Bolton",
        desc="New hire orientation: badge photo, laptop pickup, benefits overview, lunch with your buddy.",
    )
    _x(
        "Onboarding: Workday profile & benefits enrollment",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("initech@myworkday.com", "Initech Workday"),
        desc="Complete your onboarding tasks in Workday: tax forms, direct deposit, benefits elections.",
    )
    _x(
        "New hire 1:1 with Bill",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
        desc="Welcome 1:1 — 30/60/90 plan and team intro.",
        meet="meet",
    )
    _x(
        "IT setup – Alex Rivera",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("InitechIT@initech.onmicrosoft.com", "Initech IT Service Desk"),
        desc="Booking details\nService: New starter laptop setup\nStaff: Milton Waddams\nCustomer: Alex Rivera\n\nMicrosoft Bookings",
        loc="IT Bar, 2nd floor",
    )
    _x(
        "Onboarding Buddy Coffee",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("peter.gibbons@initech.com", "Peter Gibbons"),
        desc="Coffee with your onboarding buddy — questions welcome!",
        loc="Initech café",
    )
    _x(
        "Grace Hopper Celebration – Initech recruiting booth",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("university@initech.com", "Initech University Recruiting"),
        desc="Booth duty + resume reviews for attendees. Interview slots for candidates are run by the recruiting team, not you.",
        loc="Orange County Convention Center, Orlando, FL",
        zone="America/New_York",
    )
    _x(
        "Salon de l'emploi tech – inscription confirmée",
        interview=False,
        company=None,
        role=None,
        org=("noreply@weezevent.com", "Salon Tech Emploi Paris"),
        desc="Votre inscription au Salon Tech Emploi est confirmée. Présentez ce billet à l'entrée.",
        loc="Paris Expo Porte de Versailles, Hall 5",
        all_day=True,
    )
    _x(
        "Graduate Scheme Q&A – Deloitte Technology",
        interview=False,
        company=None,
        role=None,
        org=("deloitte@myworkday.com", "Deloitte UK Careers"),
        desc="Drop-in Q&A for applicants to the Technology Consulting graduate scheme. Not part of the assessment.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_DQA",
        ),
    )
    _x(
        "Meet the Team: Open evening at Fernbrook Labs",
        interview=False,
        company=None,
        role=None,
        org=("events@fernbrooklabs.com", "Fernbrook Labs"),
        desc="Drinks, lightning talks and office tour. Open to everyone curious about working with us — RSVP via Luma.",
        loc="Fernbrook Labs, 88 Kings Rd, London",
    )
    _x(
        "合同企業説明会 参加予約",
        interview=False,
        company=None,
        role=None,
        org=("info@career-fair.example.jp", "キャリアフェア運営事務局"),
        desc="合同企業説明会へのご予約ありがとうございます。当日は受付で本メールをご提示ください。",
        loc="東京ビッグサイト 西3ホール",
        zone="Asia/Tokyo",
    )
    _x(
        "Initech – Benefits Q&A (Microsoft Bookings)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("Benefits@initech.onmicrosoft.com", "Initech Benefits"),
        desc="Service: Benefits Q&A (15 min)\nStaff: Joanna\nCustomer: Alex Rivera",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_IBQ",
        ),
    )
    _x(
        "Feria de empleo UPM – turno de stand",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("talento@initech.com", "Initech Talento"),
        desc="Turno en el stand de Initech en la feria de empleo de la UPM. Llevar folletos y pantalla.",
        loc="ETSI Telecomunicación, UPM, Madrid",
    )


def _other_lookalikes() -> None:
    _x(
        "Mock interview with Sam",
        interview=False,
        company=None,
        role=None,
        org=("sam.ortiz@gmail.com", "Sam Ortiz"),
        desc="Event Name: Mock System Design Interview\nPlease share anything that will help prepare for our meeting.: practicing for Acme onsite\n\nPowered by Calendly.com",
        meet="meet",
    )
    _x(
        "Interview coaching session",
        interview=False,
        company=None,
        role=None,
        org=("coach@levelupcareers.co", "Dana Whitmore – LevelUp Careers"),
        desc="Session 2 of 4: behavioural stories (STAR), salary negotiation basics.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/84455667788"),
    )
    _x(
        "Prep: Acme onsite",
        interview=False,
        company=None,
        role=None,
        desc="Review motion planning notes, redo 2 graph problems, re-read Acme's engineering blog.",
    )
    _x(
        "Send thank-you notes – Dropbox loop",
        interview=False,
        company=None,
        role=None,
        desc="Thank Haruto, Alicia and the recruiter. Mention the caching discussion.",
    )
    _x(
        "Interview: Alex Rivera",
        interview=False,
        company=None,
        role=None,
        org=("bookings@devpodcast.fm", "The Dev Podcast"),
        desc="Podcast recording: our host Leah interviews Alex about platform engineering at Initech. Riverside link below.",
        loc="https://riverside.fm/studio/dev-podcast",
    )
    _x(
        "Press interview – TechWeekly",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("comms@initech.com", "Initech Communications"),
        desc="Journalist from TechWeekly interviewing Alex about the Initech migration story. Comms will sit in.",
        meet="meet",
    )
    _x(
        "Visa interview – U.S. Consulate",
        interview=False,
        company=None,
        role=None,
        loc="U.S. Consulate General, Gießener Str. 30, Frankfurt am Main",
        desc="Bring passport, DS-160 confirmation, appointment letter. No electronics.",
    )
    _x(
        "User research session (Calendly)",
        interview=False,
        company=None,
        role=None,
        org=("research@notionlike.app", "Research @ Notionlike"),
        desc="Thanks for signing up to share feedback on our product! $50 gift card for 45 min. Powered by Calendly.com",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/88112233445"),
    )
    _x(
        "HackerRank practice – mock test",
        interview=False,
        company=None,
        role=None,
        desc="Do the 90-min practice assessment on HackerRank (interview prep kit). Timer on.",
    )
    _x(
        "Mid-year review",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
        desc="Mid-year performance conversation. Self-review in Workday due beforehand.",
        loc="Initech HQ – Bill's office",
    )
    _x(
        "Reference call for Maya (Lumen Health)",
        interview=False,
        company=None,
        role=None,
        org=("talent@lumenhealth.com", "Lumen Health Talent"),
        desc="Lumen Health would like to speak with you as a reference for Maya Okoro, who is a candidate for their Staff Engineer role.",
        meet="meet",
    )
    _x(
        "Entretien annuel",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("rh.paris@initech.com", "RH Initech France"),
        desc="Entretien annuel d'évaluation avec votre manager. Formulaire à compléter dans Workday.",
        meet="meet",
    )
    _x(
        "Entrevista de admisión – colegio (Lucía)",
        interview=False,
        company=None,
        role=None,
        org=("admisiones@colegiosanjorge.es", "Colegio San Jorge – Admisiones"),
        desc="Entrevista con las familias para la admisión de Lucía en 1º de Primaria.",
        loc="Colegio San Jorge, Calle del Prado 14, Madrid",
    )
    _x(
        "Alex Rivera <> Jonas (mentoring)",
        interview=False,
        company=None,
        role=None,
        org=("jonas.k@gmail.com", "Jonas Keller"),
        desc="Monthly mentoring chat. Jonas asked for tips on his upcoming Greenhouse onsite at Parcelwise.",
        meet="meet",
    )
    _x(
        "Mülakat provası",
        interview=False,
        company=None,
        role=None,
        org=("elif.sahin@gmail.com", "Elif Şahin"),
        desc="Ötker Yazılım mülakatı öncesi prova – sistem tasarımı soruları.",
        meet="meet",
    )
    _x(
        "Exit interview",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("people@initech.com", "Initech People Team"),
        desc="Exit interview for Alex's former direct report, Michael Bolton — Alex to share manager feedback beforehand.",
        meet="meet",
    )
    _x(
        "模擬面接（転職エージェント）",
        interview=False,
        company=None,
        role=None,
        org=("tanaka@recruit-agent.example.jp", "田中 美咲（リクルートエージェント）"),
        desc="本番の一次面接に向けた模擬面接です。想定質問への回答を一緒に練習しましょう。",
        conf=("Zoom Meeting", "https://zoom.us/j/97712340099"),
    )
