"""Round 1's held-out part of the corpus (split "round1"): looked at after round 1 of issue 15,
so tuned on since round 2; the held-out part is now heldout.py.

Written before the detector was changed for issue 15, in phrasings that the tuned part
(build_corpus.py, tuned_families.py) does not use, so that its figures say how the detector
does on events it was not shaped to. Do not change the detector to fix a miss listed here:
add a *different* event of the same family to the tuned part, and fix that one.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import ME, WORK_ME, ev, person

__all__ = ["build"]


def _h(summary: str, **kw: Any) -> None:
    ev(summary, split="round1", **kw)


def build() -> None:
    _interviews()
    _negatives()


def _interviews() -> None:
    # ATS invitations sent to the candidate, which list the interviewers.
    _h(
        "Alex Rivera - Technical Interview - Lumora Health",
        interview=True,
        company="Lumora Health",
        org=("gina.holt@lumorahealth.com", "Gina Holt"),
        att=[
            person("gina.holt@lumorahealth.com", "Gina Holt"),
            person("priyanka.das@lumorahealth.com", "Priyanka Das"),
        ],
        desc=(
            "Hi Alex,\n\nYour interview has been scheduled. Details below.\n\n"
            "Interviewer: Priyanka Das, Engineering Manager\nDuration: 45 minutes\n\n"
            "Zoom: https://lumorahealth.zoom.us/j/9912003411\n\nScheduled via Greenhouse"
        ),
    )
    _h(
        "Interview Confirmed: Software Engineer II at Pellucid Systems",
        interview=True,
        company="Pellucid Systems",
        role="Software Engineer II",
        org=("scheduling@pellucid.io", "Pellucid Recruiting"),
        att=[
            person("hannah.ortiz@pellucid.io", "Hannah Ortiz"),
            person("viktor.sandoval@pellucid.io", "Viktor Sandoval"),
        ],
        desc=(
            "<p>Interviewers:</p><ul><li>Hannah Ortiz (Staff Engineer)</li>"
            "<li>Viktor Sandoval (Engineering Manager)</li></ul>"
            "<p>This schedule was created with GoodTime. "
            '<a href="https://app.goodtime.io/c/a81f">View itinerary</a></p>'
        ),
    )
    _h(
        "[Tessaract] Alex Rivera // Virtual Onsite",
        interview=True,
        company="Tessaract",
        org=("leah.frost@tessaract.ai", "Leah Frost"),
        att=[
            person("leah.frost@tessaract.ai", "Leah Frost"),
            person("ken.ito@tessaract.ai", "Ken Ito"),
            person("amara.obi@tessaract.ai", "Amara Obi"),
        ],
        desc=(
            "Agenda\n1:00 pm  Interviewer: Ken Ito — Coding\n2:00 pm  Interviewer: Amara Obi — "
            "Architecture\n\nPowered by ModernLoop · https://app.modernloop.io/x/123"
        ),
    )
    _h(
        "30 Minute Recruiter Screen between Maya Chen and Alex Rivera",
        interview=True,
        company="Orbitly",
        org=("maya.chen@orbitly.com", "Maya Chen"),
        att=[person("maya.chen@orbitly.com", "Maya Chen")],
        desc=(
            "Event Name: 30 Minute Recruiter Screen\n\nLocation: Google Meet\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/q1\n"
            "Powered by Calendly.com"
        ),
    )
    _h(
        "Kestrel Robotics – Intro Call between Jon Park and Alex Rivera",
        interview=True,
        company="Kestrel Robotics",
        org=("jon.park@kestrelrobotics.com", "Jon Park"),
        att=[person("jon.park@kestrelrobotics.com", "Jon Park")],
        desc=(
            "Event Name: Kestrel Robotics – Intro Call\n\nA first conversation about the Controls "
            "Engineer opening.\n\nReschedule: https://calendly.com/reschedulings/k2\n"
            "Powered by Calendly.com"
        ),
    )
    # Assessment platforms: the employer is the company, not the platform.
    _h(
        "HackerRank Interview: Alex Rivera – Fenwick Analytics",
        interview=True,
        company="Fenwick Analytics",
        org=("tal.ben@fenwickanalytics.com", "Tal Ben-Ami"),
        att=[person("tal.ben@fenwickanalytics.com", "Tal Ben-Ami")],
        desc="Join the CodePair session: https://www.hackerrank.com/x/interviews/fa-773",
    )
    _h(
        "CodeSignal Technical Interview for Brixton Bank",
        interview=True,
        company="Brixton Bank",
        org=("no-reply@codesignal.com", "CodeSignal"),
        att=[person("omar.reyes@brixtonbank.co.uk", "Omar Reyes")],
        desc=(
            "You've been invited by Brixton Bank to a live technical interview on CodeSignal.\n"
            "Interviewer: Omar Reyes\nLink: https://app.codesignal.com/live-interview/bb19"
        ),
    )
    _h(
        "Codility live session | Quantara | Backend Developer",
        interview=True,
        company="Quantara",
        role="Backend Developer",
        org=("jobs@quantara.eu", "Quantara Jobs"),
        att=[person("lukas.brandt@quantara.eu", "Lukas Brandt")],
        desc="Session link: https://app.codility.com/interview/qx-88",
    )
    # Staffing agencies: the client is the company.
    _h(
        "Interview at Harborline Logistics (via Robert Half)",
        interview=True,
        company="Harborline Logistics",
        org=("kate.morrow@roberthalf.com", "Kate Morrow"),
        att=[person("kate.morrow@roberthalf.com", "Kate Morrow")],
        desc=(
            "Hi Alex, as discussed you're confirmed for an interview with Harborline Logistics "
            "for the Data Analyst contract role.\nInterviewer: Paul Greene, BI Lead\n"
            "Address: 400 Pier Ave, Suite 2"
        ),
    )
    _h(
        "Randstad | Interview with Vellum Insurance – Claims Analyst",
        interview=True,
        company="Vellum Insurance",
        role="Claims Analyst",
        org=("s.jansen@randstad.nl", "Sanne Jansen"),
        att=[person("s.jansen@randstad.nl", "Sanne Jansen")],
    )
    _h(
        "Vorstellungsgespräch bei der Kranzberger Präzisionstechnik GmbH (über Hays)",
        interview=True,
        company="Kranzberger Präzisionstechnik GmbH",
        org=("lena.vogt@hays.de", "Lena Vogt"),
        att=[person("lena.vogt@hays.de", "Lena Vogt")],
        zone="Europe/Berlin",
        desc="Ansprechpartner vor Ort: Herr Maier (Leitung Konstruktion)",
    )
    _h(
        "Entretien client – Groupe Valmont (Michael Page)",
        interview=True,
        company="Groupe Valmont",
        org=("c.dubois@michaelpage.fr", "Claire Dubois"),
        att=[person("c.dubois@michaelpage.fr", "Claire Dubois")],
        zone="Europe/Paris",
    )
    _h(
        "TEKsystems: interview with Ardent Mutual hiring manager",
        interview=True,
        company="Ardent Mutual",
        org=("jdoe@teksystems.com", "Jordan Doe"),
        att=[person("jdoe@teksystems.com", "Jordan Doe")],
    )
    _h(
        "Entrevista con cliente: Cervecera Ibérica (Adecco)",
        interview=True,
        company="Cervecera Ibérica",
        org=("marta.gil@adecco.es", "Marta Gil"),
        att=[person("marta.gil@adecco.es", "Marta Gil")],
        zone="Europe/Madrid",
    )
    # Dutch and Italian.
    _h(
        "Sollicitatiegesprek – Veldhoven Data",
        interview=True,
        company="Veldhoven Data",
        org=("hr@veldhovendata.nl", "HR Veldhoven Data"),
        att=[person("hr@veldhovendata.nl")],
        zone="Europe/Amsterdam",
        desc=(
            "Beste Alex,\n\nHierbij bevestigen wij je sollicitatiegesprek voor de functie van "
            "Data Engineer.\n\nMet vriendelijke groet,\nTeam Recruitment"
        ),
    )
    _h(
        "Kennismakingsgesprek met Maartje (Tulpstra)",
        interview=True,
        company="Tulpstra",
        org=("maartje@tulpstra.nl", "Maartje de Boer"),
        att=[person("maartje@tulpstra.nl", "Maartje de Boer")],
        zone="Europe/Amsterdam",
        desc="Naar aanleiding van je sollicitatie nodigen we je graag uit voor een gesprek.",
    )
    _h(
        "Tweede gesprek bij Zeewind Energie",
        interview=True,
        company="Zeewind Energie",
        org=("p.visser@zeewind.nl", "Pieter Visser"),
        att=[person("p.visser@zeewind.nl", "Pieter Visser")],
        zone="Europe/Amsterdam",
        desc="Vervolg op je sollicitatie voor de vacature Projectleider.",
    )
    _h(
        "Colloquio tecnico – Brenta Software",
        interview=True,
        company="Brenta Software",
        org=("selezione@brentasoftware.it", "Selezione Brenta"),
        att=[person("selezione@brentasoftware.it")],
        zone="Europe/Rome",
    )
    _h(
        "Colloquio di selezione per Analista Dati presso Ligure Assicurazioni",
        interview=True,
        company="Ligure Assicurazioni",
        role="Analista Dati",
        org=("g.rossi@ligureassicurazioni.it", "Giulia Rossi"),
        att=[person("g.rossi@ligureassicurazioni.it", "Giulia Rossi")],
        zone="Europe/Rome",
    )
    _h(
        "Primo colloquio conoscitivo con HR – Vesuvio Foods",
        interview=True,
        company="Vesuvio Foods",
        org=("hr@vesuviofoods.it", "Vesuvio Foods HR"),
        att=[person("hr@vesuviofoods.it")],
        zone="Europe/Rome",
    )
    _h(
        "Colloquio con il responsabile tecnico – Dolomiti Cloud",
        interview=True,
        company="Dolomiti Cloud",
        org=("marco.zanella@dolomiticloud.it", "Marco Zanella"),
        att=[person("marco.zanella@dolomiticloud.it", "Marco Zanella")],
        zone="Europe/Rome",
    )
    # Other languages.
    _h(
        "Entrevista por videollamada – Aranda Consultores",
        interview=True,
        company="Aranda Consultores",
        org=("talento@arandaconsultores.es", "Talento Aranda"),
        att=[person("talento@arandaconsultores.es")],
        zone="Europe/Madrid",
    )
    _h(
        "Entrevista com gestor – Ipê Pagamentos",
        interview=True,
        company="Ipê Pagamentos",
        org=("renata.alves@ipepagamentos.com.br", "Renata Alves"),
        att=[person("renata.alves@ipepagamentos.com.br", "Renata Alves")],
        zone="America/Sao_Paulo",
    )
    _h(
        "Entrevista | Vaga Analista de Dados | Jacarandá Seguros",
        interview=True,
        company="Jacarandá Seguros",
        org=("vagas@jacarandaseguros.com.br", "Jacarandá Vagas"),
        att=[person("vagas@jacarandaseguros.com.br")],
        zone="America/Sao_Paulo",
    )
    _h(
        "Entretien visio avec la DRH – Maison Solène",
        interview=True,
        company="Maison Solène",
        org=("drh@maisonsolene.fr", "DRH Maison Solène"),
        att=[person("drh@maisonsolene.fr")],
        zone="Europe/Paris",
    )
    _h(
        "Entretien - Alex Rivera - Cobalt Assurances",
        interview=True,
        company="Cobalt Assurances",
        org=("recrutement@cobalt-assurances.fr", "Recrutement Cobalt"),
        att=[person("recrutement@cobalt-assurances.fr")],
        zone="Europe/Paris",
        desc="Interlocuteurs : Julie Martin (RH), Karim Benali (Responsable technique)",
    )
    _h(
        "Kennenlerngespräch mit Teamleitung – Rheinwerk Solutions",
        interview=True,
        company="Rheinwerk Solutions",
        org=("t.keller@rheinwerk-solutions.de", "Tobias Keller"),
        att=[person("t.keller@rheinwerk-solutions.de", "Tobias Keller")],
        zone="Europe/Berlin",
    )
    _h(
        "Bewerbungsgespräch – Bayerische Kabel Systemtechnik GmbH",
        interview=True,
        company="Bayerische Kabel Systemtechnik GmbH",
        org=("personal@bks-gmbh.de", "Personalabteilung BKS"),
        att=[person("personal@bks-gmbh.de")],
        zone="Europe/Berlin",
    )
    _h(
        "Einladung zum Vorstellungsgespräch – Lindqvist Medical",
        interview=True,
        company="Lindqvist Medical",
        org=("karriere@lindqvist-medical.de", "Lindqvist Karriere"),
        att=[person("eva.roth@lindqvist-medical.de", "Dr. Eva Roth")],
        zone="Europe/Berlin",
        desc="Gesprächspartner: Dr. Eva Roth (Teamleitung)\nInterviewer: Jonas Feld",
    )
    # Very short titles: a stage and a company.
    _h(
        "Tech screen – Quillon",
        interview=True,
        company="Quillon",
        org=("ravi@quillon.io", "Ravi Menon"),
        att=[person("ravi@quillon.io", "Ravi Menon")],
    )
    _h(
        "Final round – Parcelo",
        interview=True,
        company="Parcelo",
        org=("anna@parcelo.com", "Anna Ruiz"),
        att=[person("anna@parcelo.com", "Anna Ruiz"), person("ceo@parcelo.com", "Ben Ruiz")],
    )
    _h(
        "Onsite — Brightpath",
        interview=True,
        company="Brightpath",
        org=("people@brightpath.ai", "Brightpath People"),
        att=[person("people@brightpath.ai")],
        loc="Brightpath HQ, 12 Market St",
    )
    _h("Recruiter call / Hollis", interview=True, company="Hollis")
    # A chat with a named person; role and company only in parentheses.
    _h(
        "Call with Rohan Mehta (Hiring Manager @ Sundial)",
        interview=True,
        company="Sundial",
        org=("rohan@sundial.so", "Rohan Mehta"),
        att=[person("rohan@sundial.so", "Rohan Mehta")],
    )
    _h(
        "Conversation with Elise (Head of Talent · Noctua)",
        interview=True,
        company="Noctua",
        org=("elise@noctua.io", "Elise Moreau"),
        att=[person("elise@noctua.io", "Elise Moreau")],
    )
    # An onsite split into parts.
    for n, part in ((1, "Coding"), (2, "System design"), (3, "Values")):
        _h(
            f"Onsite {n}/3: {part} – Fathom Labs",
            interview=True,
            company="Fathom Labs",
            org=("recruiting@fathomlabs.com", "Fathom Labs Recruiting"),
            att=[person("recruiting@fathomlabs.com"), person(f"eng{n}@fathomlabs.com")],
        )
    for part in ("Part 1 (Product Sense)", "Part 2 (Execution)", "Lunch with the team"):
        _h(
            f"Tidal Bank Onsite — {part}",
            interview=True,
            company="Tidal Bank",
            org=("nora.lind@tidalbank.com", "Nora Lind"),
            att=[person("nora.lind@tidalbank.com", "Nora Lind")],
        )
    _h(
        "Interview Loop Day (Session 2 of 4) — Cartwheel",
        interview=True,
        company="Cartwheel",
        org=("loops@cartwheel.com", "Cartwheel Interviews"),
        att=[person("dev.lead@cartwheel.com", "Sam Tran")],
    )
    # More ATS shapes.
    _h(
        "Interview - Alex Rivera - Mistral Cargo",
        interview=True,
        company="Mistral Cargo",
        org=("recruiting@mistralcargo.com", "Mistral Cargo Recruiting"),
        att=[person("tomasz.nowak@mistralcargo.com", "Tomasz Nowak")],
        desc=(
            "Interviewer: Tomasz Nowak\nFormat: video call\nPlease let us know if you need any "
            "accommodations."
        ),
    )
    _h(
        "Interview for Junior Accountant at Pinecrest Dental Group",
        interview=True,
        company="Pinecrest Dental Group",
        role="Junior Accountant",
        org=("office@pinecrestdental.com", "Pinecrest Office"),
        att=[person("office@pinecrestdental.com")],
        desc="This interview was scheduled via Workable.\nInterviewers: Dr. Leigh, Sue Park",
    )
    _h(
        "Alex Rivera <> Fernhill: Hiring Manager Interview",
        interview=True,
        company="Fernhill",
        org=("sophie@fernhill.com", "Sophie Grant"),
        att=[person("sophie@fernhill.com", "Sophie Grant")],
        desc="Interviewer(s): Sophie Grant\nhttps://jobs.lever.co/fernhill/3e1",
    )
    _h(
        "Interview: Alex Rivera | Product Designer | Copse",
        interview=True,
        company="Copse",
        role="Product Designer",
        org=("talent@copse.design", "Copse Talent"),
        att=[person("mia.hart@copse.design", "Mia Hart")],
        desc="Powered by Ashby",
    )
    _h(
        "Interview with Sorrel Health\r\nCc: hiring@sorrelhealth.com",
        interview=True,
        company="Sorrel Health",
        org=("hiring@sorrelhealth.com", "Sorrel Health Hiring"),
        att=[person("hiring@sorrelhealth.com")],
    )
    _h(
        "Product Manager interview @ Wren Analytics between Tom Reyes and Alex Rivera",
        interview=True,
        company="Wren Analytics",
        role="Product Manager",
        org=("tom.reyes.talent@gmail.com", "Tom Reyes"),
        att=[person("tom.reyes.talent@gmail.com", "Tom Reyes")],
        desc="Event Name: Product Manager interview @ Wren Analytics\n\nPowered by Calendly.com",
    )


def _negatives() -> None:
    _h("Anonymous practice interview (interviewing.io)", interview=False)
    _h("Interview prep w/ career coach", interview=False)
    _h(
        "Podcast recording: interview with Lena Ortiz",
        interview=False,
        org=("host@shipitpod.fm", "Ship It Pod"),
        att=[person("host@shipitpod.fm")],
    )
    _h("Press interview – Handelsblatt", interview=False, zone="Europe/Berlin")
    _h("Customer discovery interviews – logistics SMBs", interview=False)
    _h("UX interview session #7 (Lookback)", interview=False)
    _h("Exit interview – HR", interview=False, me=WORK_ME, org=("hr@initech.com", "HR"))
    _h(
        "Interview: Jamie Fox for Senior Data Engineer",
        interview=False,
        me=WORK_ME,
        org=("coordinator@initech.com", "Initech Recruiting"),
        att=[person("coordinator@initech.com")],
        desc=(
            "Candidate: Jamie Fox\nResume: attached in Greenhouse\n"
            "Please submit feedback within 24 hours."
        ),
    )
    _h(
        "Interview with candidate Ola Nordmann – Frontend role",
        interview=False,
        me=WORK_ME,
        att=[person("ola.nordmann@gmail.com", "Ola Nordmann")],
    )
    _h(
        "Phone screen: Priya Raman (Backend Engineer candidate)",
        interview=False,
        me=WORK_ME,
        org=("recruiter@initech.com", "Initech Recruiter"),
        att=[person("recruiter@initech.com"), person("priya.raman@outlook.com", "Priya Raman")],
    )
    _h("Career expo at Moscone Center", interview=False)
    _h("Webinar: Salary negotiation after the interview", interview=False)
    _h("The Interview (2014) – movie night", interview=False, loc="Jess's place")
    _h("Interview with the Vampire – Episode 3", interview=False)
    _h("Book club – Interview with the Vampire (Anne Rice), ch. 1–6", interview=False)
    _h("Cinema: Interview (Steve Buscemi)", interview=False, loc="Roxie Theater")
    _h("Oefengesprek sollicitatie met loopbaancoach", interview=False, zone="Europe/Amsterdam")
    _h("Simulazione di colloquio con tutor", interview=False, zone="Europe/Rome")
    _h(
        "Interview panel training for hiring managers",
        interview=False,
        me=WORK_ME,
        org=("ld@initech.com", "Initech L&D"),
        att=[person("ld@initech.com")],
    )
    _h("Colloquio di uscita con HR", interview=False, zone="Europe/Rome", me=WORK_ME)
    _h("Panel: Future of Work – speakers", interview=False)
    _h("Quarterly onsite – Berlin office", interview=False, me=WORK_ME)
    _h("Screening: Oppenheimer (IMAX)", interview=False, loc="AMC Metreon")
    _h("Mammogram screening", interview=False, loc="UCSF Imaging")
    _h("Interviewing customers: pricing research", interview=False)
    _h("Radio interview on WNYC", interview=False)
    _h("Informational chat with Sam about PM careers", interview=False)
    _h(
        "Career fair debrief with recruiting team",
        interview=False,
        me=WORK_ME,
        org=("talent@initech.com", "Initech Talent"),
        att=[person("talent@initech.com")],
    )
    _h(
        "Hiring manager sync – backend req",
        interview=False,
        me=WORK_ME,
        org=("talent@initech.com", "Initech Talent"),
        att=[person("talent@initech.com")],
    )
    _h(
        "30 Minute Meeting between Pat Lin and Alex Rivera",
        interview=False,
        org=("pat@linstudio.design", "Pat Lin"),
        att=[person("pat@linstudio.design", "Pat Lin")],
        desc=(
            "Event Name: 30 Minute Meeting\n\nPlease share anything that will help prepare for our "
            "meeting.: quote for the portfolio website redesign\n\nPowered by Calendly.com"
        ),
    )
    _h(
        "Timesheet reminder – Randstad",
        interview=False,
        org=("timesheets@randstad.com", "Randstad"),
        att=[person("timesheets@randstad.com")],
    )
    _h("Interview transcription for thesis – participant 12", interview=False)
    _h("Entrevista a Rosalía – podcast Hablemos", interview=False, zone="Europe/Madrid")
    _h("Feira de carreiras – USP", interview=False, zone="America/Sao_Paulo")
    _h("Weekly 1:1 with Tom", interview=False, me=WORK_ME, org=("tom@initech.com", "Tom"))
    _h("Flight to Lisbon (TP 1351)", interview=False)
    _h("Codility webinar: hiring engineers fairly", interview=False)
    _h("HackerRank practice contest", interview=False)
    _h(
        "Greenhouse admin training",
        interview=False,
        me=WORK_ME,
        org=("ops@initech.com", "Recruiting Ops"),
        att=[person("ops@initech.com")],
    )
    _h("Sollicitatietraining bij het UWV", interview=False, zone="Europe/Amsterdam")
    _h("Abschlussgespräch Praktikum", interview=False, zone="Europe/Berlin", me=WORK_ME)
    _h(
        "Debrief: onsite for Riley Chen",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("recruiting@initech.com")],
    )
    _h("Recruiter meetup: Talent Leaders Berlin", interview=False, zone="Europe/Berlin")
    _h("Dentist – cleaning", interview=False, me=ME)
