# ruff: noqa: E501 -- data: event texts as written
"""Part written by author 18c: six weeks of Alex Rivera's personal and Initech work calendars while Alex, living in Europe, job-hunts across countries: interviews in every shape (ATS and scheduler invitations, agency calls, Alex's own hurried notes, reschedules, onsite parts, trial days, case presentations, assessment centres) in many languages, next to stand-ups, 1:1s, interviews Alex runs for Initech, family life, sport, travel, bills, prep blocks, tests without an interviewer, webinars and other look-alikes."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author18c", **kw)


def build() -> None:
    _ats_invitations()
    _scheduler_links()
    _agency_calls()
    _own_notes()
    _european_languages()
    _far_languages()
    _onsite_trial_assessment()
    _followups_reschedules()
    _work_routine()
    _initech_hiring()
    _personal_life()
    _family_and_kids()
    _job_search_tasks()
    _lookalikes()


def _ats_invitations() -> None:
    _x(
        "Interview: Alex Rivera - Senior Backend Engineer (Payments)",
        interview=True,
        company="Nordlicht Mobility",
        role="Senior Backend Engineer (Payments)",
        org=("jana.hoffmann@nordlicht-mobility.de", "Jana Hoffmann"),
        att=[
            person("felix.brandt@nordlicht-mobility.de", "Felix Brandt"),
            person("jana.hoffmann@nordlicht-mobility.de", "Jana Hoffmann"),
        ],
        desc="<p>Hi Alex,</p><p>thanks for making time for the <b>Hiring Manager Interview</b> with Felix Brandt (Engineering Lead, Payments).</p><p>Format: 45 min, conversation about your background, how you approach system design and what you are looking for next. No coding.</p><p>Please join via the Google Meet link below. If you need to reschedule, just reply to this email.</p><p>Best,<br>Jana<br>Talent Acquisition | Nordlicht Mobility GmbH</p><p style='color:#888'>Scheduled via Greenhouse</p>",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Nordlicht Mobility | Technical Interview (System Design) | Alex Rivera",
        interview=True,
        company="Nordlicht Mobility",
        role="Senior Backend Engineer",
        org=("jana.hoffmann@nordlicht-mobility.de", "Jana Hoffmann"),
        att=[
            person("ole.jansen@nordlicht-mobility.de", "Ole Jansen"),
            person("mira.schulz@nordlicht-mobility.de", "Mira Schulz"),
        ],
        desc="Position: Senior Backend Engineer\nStage: Technical Interview – System Design (60 min)\nInterviewers: Ole Jansen (Staff Engineer), Mira Schulz (Backend Engineer)\n\nYou will design a service together with the interviewers on a shared Excalidraw board. Link will be shared in the call.\n\nPowered by Greenhouse",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Alex Rivera <> Helixa Health: Recruiter Screen",
        interview=True,
        company="Helixa Health",
        role="Senior Data Engineer",
        org=("priya.shah@helixahealth.co.uk", "Priya Shah"),
        desc="Hi Alex - looking forward to our chat about the Senior Data Engineer role on the Clinical Data Platform team. 30 minutes, just a conversation: your experience, your notice period, salary expectations and right to work in the UK (we can sponsor).\n\nPriya\n\n---\nThis invitation was sent from Lever. Need to make changes? Reply to priya.shah@helixahealth.co.uk",
        conf=("Zoom Meeting", "https://helixahealth.zoom.us/j/83302291145"),
        zone="Europe/London",
    )
    _x(
        "Helixa Health - Panel interview (Data modelling + Pipeline design)",
        interview=True,
        company="Helixa Health",
        role=None,
        org=("priya.shah@helixahealth.co.uk", "Priya Shah"),
        att=[
            person("tom.okafor@helixahealth.co.uk", "Tom Okafor"),
            person("hannah.reid@helixahealth.co.uk", "Hannah Reid"),
            person("interviews@helixahealth.co.uk", "Helixa Interviews Room", resource=True),
        ],
        desc="Schedule (all times London):\n14:00–14:45 Data modelling with Tom Okafor\n14:45–14:55 break\n14:55–15:40 Pipeline design with Hannah Reid\n\nNo preparation needed beyond a working camera and a quiet spot. Tom will share a small dataset description at the start.",
        conf=("Zoom Meeting", "https://helixahealth.zoom.us/j/85510023981"),
        zone="Europe/London",
    )
    _x(
        "Tejo Pay: Technical Screen with Rui Almeida",
        interview=True,
        company="Tejo Pay",
        role="Staff Software Engineer",
        org=("ines.carvalho@tejopay.pt", "Inês Carvalho"),
        att=[person("rui.almeida@tejopay.pt", "Rui Almeida")],
        desc="Hey Alex!\n\nYou're confirmed for the Technical Screen for Staff Software Engineer.\n\nWhat to expect: 60 minutes pairing with Rui in CoderPad on a realistic problem from our ledger service. Use the language you're most comfortable with.\n\nCoderPad link: https://app.coderpad.io/TJP7K2QX\n\nThis event was scheduled with Ashby.",
        meet="meet",
        zone="Europe/Lisbon",
    )
    _x(
        "Copperline | Alex Rivera | Backend Engineer II | Virtual Onsite - Round 1",
        interview=True,
        company="Copperline",
        role="Backend Engineer II",
        org=("ciara.byrne@copperline.ie", "Ciara Byrne"),
        att=[
            person("declan.murphy@copperline.ie", "Declan Murphy"),
            person("ciara.byrne@copperline.ie", "Ciara Byrne"),
        ],
        desc="Requisition: R-10442 Backend Engineer II (Dublin / Hybrid)\nCandidate: Alex Rivera\nInterview type: Coding (Live)\nDuration: 60 minutes\n\nPlease do not forward this invitation.\n\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 344 812 990 17\nPasscode: Kq7wPz",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Copperline44812",
        ),
        zone="Europe/Dublin",
    )
    _x(
        "Copperline | Alex Rivera | Backend Engineer II | Virtual Onsite - Round 2 (Behavioural)",
        interview=True,
        company="Copperline",
        role="Backend Engineer II",
        org=("ciara.byrne@copperline.ie", "Ciara Byrne"),
        att=[person("aoife.kelly@copperline.ie", "Aoife Kelly")],
        desc="Interview type: Behavioural / Values (STAR format)\nInterviewer: Aoife Kelly, Director of Engineering\nDuration: 45 minutes",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Copperline44813",
        ),
        zone="Europe/Dublin",
    )
    _x(
        "Quarry Analytics Interview — Alex Rivera (Staff Data Engineer) — Architecture Deep Dive",
        interview=True,
        company="Quarry Analytics",
        role="Staff Data Engineer",
        org=("interviews@quarryanalytics.com", "Quarry Analytics Recruiting"),
        att=[
            person("devon.price@quarryanalytics.com", "Devon Price"),
            person("li.wen@quarryanalytics.com", "Li Wen"),
        ],
        desc="This interview was scheduled by GoodTime on behalf of Quarry Analytics.\n\nCandidate: Alex Rivera\nPosition: Staff Data Engineer (Remote, EMEA)\nInterview: Architecture Deep Dive — walk us through a system you built end to end. Slides optional.\n\nNeed to reschedule? https://app.goodtime.io/candidate/reschedule/qa-88172",
        conf=("Zoom Meeting", "https://quarryanalytics.zoom.us/j/91288476620"),
        zone="Europe/Berlin",
    )
    _x(
        "Entretien RH - Alex Rivera - Lead Data Engineer",
        interview=True,
        company="Maison Ardent",
        role="Lead Data Engineer",
        org=("camille.lefevre@maisonardent.fr", "Camille Lefèvre"),
        desc="Bonjour Alex,\n\nMerci pour votre candidature au poste de Lead Data Engineer chez Maison Ardent. Je vous confirme notre entretien RH de 30 minutes.\n\nAu programme : votre parcours, vos motivations, vos attentes (salaire, télétravail, date de disponibilité).\n\nÀ très vite,\nCamille Lefèvre\nTalent Acquisition – Maison Ardent\n\nEnvoyé depuis Teamtailor",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Gesprek Alex Rivera – Platform Engineer (ronde 1)",
        interview=True,
        company="Grachtwerk",
        role="Platform Engineer",
        org=("sanne.devries@grachtwerk.nl", "Sanne de Vries"),
        att=[person("bas.vandenberg@grachtwerk.nl", "Bas van den Berg")],
        desc="Hoi Alex,\n\nLeuk dat je bij Grachtwerk wilt komen praten! Bij deze de uitnodiging voor het eerste gesprek met Bas (Teamlead Platform) en mij. We nemen een uur: kennismaken, jouw ervaring met Kubernetes en Terraform, en jouw vragen over het team.\n\nGroet,\nSanne\n\n-- verstuurd via Recruitee",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "[Workday] Interview Scheduled: Senior Engineer - Cloud Platform (JR-20931)",
        interview=True,
        company="Lumenfold",
        role="Senior Engineer - Cloud Platform",
        org=("no-reply-workday@lumenfold.ch", "Lumenfold Careers"),
        att=[person("reto.keller@lumenfold.ch", "Reto Keller")],
        desc="Dear Alex Rivera,\n\nThank you for your interest in Lumenfold AG. Your interview for Senior Engineer - Cloud Platform (JR-20931) has been scheduled.\n\nInterviewer: Reto Keller, Head of Cloud Platform\nFormat: Video interview (Webex)\nDuration: 60 minutes\n\nPlease log in to your candidate home to view details.\n\nKind regards,\nLumenfold Talent Acquisition",
        loc="https://lumenfold.webex.com/meet/reto.keller",
        zone="Europe/Zurich",
    )
    _x(
        "Kestrel Robotics / Alex Rivera – Coding Interview",
        interview=True,
        company="Kestrel Robotics",
        role="Software Engineer Backend",
        org=("talent@kestrel-robotics.de", "Kestrel Talent Team"),
        att=[
            person("anna.vogel@kestrel-robotics.de", "Anna Vogel"),
            person("k.yildiz@kestrel-robotics.de", "Kaan Yıldız"),
        ],
        desc="Hello Alex,\n\nhere are the details for your Coding Interview for the role Software Engineer Backend (m/w/d).\n\nWe will use a shared VS Code Live Share session; please have Python or Go set up locally. Expect one practical task, ~50 min, plus 10 min for your questions.\n\nYour Personio recruiting team",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Arbor Atlas x Alex — Take-home review",
        interview=True,
        company="Arbor Atlas",
        role="Analytics Engineer",
        org=("marc.soler@arboratlas.com", "Marc Soler"),
        att=[person("nuria.vidal@arboratlas.com", "Núria Vidal")],
        desc="Hi Alex, thanks for sending the dbt project! In this 45-minute session Núria and I will go through your take-home with you: your modelling choices, tests and what you would do with more time. Analytics Engineer process, step 3 of 4.\n\nMarc",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Invitation: Fjällkod – Intervju med Alex Rivera @ tis 14:00 - 15:00 (CET)",
        interview=True,
        company="Fjällkod",
        role="Senior Software Engineer, Infrastructure",
        org=("elin.lindqvist@fjallkod.se", "Elin Lindqvist"),
        att=[person("johan.berg@fjallkod.se", "Johan Berg")],
        desc="Hej Alex!\n\nTack för din ansökan till tjänsten Senior Software Engineer, Infrastructure. Här kommer inbjudan till en första intervju med mig och Johan Berg (Engineering Manager).\n\nVi pratar om din bakgrund och om hur vi jobbar på Fjällkod. Intervjun hålls på engelska om du föredrar det.\n\nVänliga hälsningar,\nElin\n\nSkickat via Teamtailor",
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Interview with Marlowe & Grant - Case Interview 1",
        interview=True,
        company="Marlowe & Grant",
        role="Senior Consultant, Data & AI",
        org=("recruiting.emea@marlowegrant.com", "Marlowe & Grant Recruiting EMEA"),
        att=[person("sophie.laurent@marlowegrant.com", "Sophie Laurent")],
        desc="Dear Alex,\n\nPlease find below the details of your first case interview for the Senior Consultant, Data & AI position (Berlin office).\n\nThe interview lasts 60 minutes: 40 minutes case, 20 minutes personal fit. Pen and paper recommended. Calculators are not permitted.\n\nBest regards,\nMarlowe & Grant Recruiting Team",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MG99812",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "SmartRecruiters: Video Interview confirmed — Engineering Manager, Plataforma",
        interview=True,
        company="Alba Logística",
        role="Engineering Manager, Plataforma",
        org=("lucia.moreno@albalogistica.es", "Lucía Moreno"),
        att=[person("javier.ortega@albalogistica.es", "Javier Ortega")],
        desc="Hola Alex,\n\nTu entrevista con Javier Ortega (CTO) queda confirmada. Duración: 1 hora. Hablaremos de liderazgo de equipos, gestión de personas y arquitectura de la plataforma.\n\nUn saludo,\nLucía Moreno\nPeople Team · Alba Logística",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Zuiderlicht Energie – videosollicitatie Data Engineer",
        interview=True,
        company="Zuiderlicht Energie",
        role="Data Engineer",
        org=("werkenbij@zuiderlicht.nl", "Werken bij Zuiderlicht"),
        att=[person("pieter.smit@zuiderlicht.nl", "Pieter Smit")],
        desc="Beste Alex,\n\nHierbij bevestigen wij je videosollicitatie voor de functie Data Engineer (32-40 uur, Utrecht/hybride). Je spreekt met Pieter Smit, manager Data & Analytics.\n\nMet vriendelijke groet,\nTeam Recruitment Zuiderlicht Energie",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZLE7712",
        ),
        zone="Europe/Amsterdam",
    )
    _x(
        "Karat Interview: Quarry Analytics — Staff Data Engineer",
        interview=True,
        company="Quarry Analytics",
        role="Staff Data Engineer",
        org=("scheduling@karat.io", "Karat Scheduling"),
        desc="Hi Alex,\n\nYour Karat technical interview on behalf of Quarry Analytics is confirmed. A Karat Interview Engineer will conduct a 60-minute live interview: a short conversation about your experience followed by coding questions.\n\nJoin through your Karat candidate portal 5 minutes before the start. You can redo this interview once if you feel it did not go well.\n\nKarat — on behalf of Quarry Analytics",
        loc="https://app.karat.io/candidate/interview/QA-5521",
        zone="Europe/Berlin",
    )


def _scheduler_links() -> None:
    _x(
        "Alex Rivera and Giulia Romano",
        interview=True,
        company="Ventisei",
        role="Senior Backend Developer",
        org=("giulia.romano@ventisei.it", "Giulia Romano"),
        desc="Event Name: Primo colloquio – Senior Backend Developer\n\nhttps://calendly.com/giulia-ventisei/primo-colloquio\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/7f3a1b\nReschedule: https://calendly.com/reschedulings/7f3a1b\n\nPowered by Calendly.com",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "30 Minute Meeting between Katarzyna Nowak and Alex Rivera",
        interview=True,
        company="Wiślana Data",
        role="Data Platform Lead",
        org=("katarzyna.nowak@wislanadata.pl", "Katarzyna Nowak"),
        desc="Event Name: 30 Minute Meeting\n\nPlease share anything that will help prepare for our meeting.: Application for Data Platform Lead at Wiślana Data – first call with the recruiter\n\nLocation: This is a Google Meet web conference.\n\nPowered by Calendly.com",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Intro call: Tejo Pay x Alex",
        interview=True,
        company="Tejo Pay",
        role=None,
        org=("ines.carvalho@tejopay.pt", "Inês Carvalho"),
        desc="Booked via cal.com/ines-tejopay/intro\n\nAdditional notes from Alex: Saw the Staff role on LinkedIn, Miguel Santos referred me.",
        meet="meet",
        zone="Europe/Lisbon",
    )
    _x(
        "Chat with Hiring Manager (Sebastian Krüger) – booked",
        interview=True,
        company="Kiezküche Software",
        role="Tech Lead Backend",
        org=("sebastian.krueger@kiezkueche.de", "Sebastian Krüger"),
        desc='Appointment booked via Google Calendar appointment schedule "Kennenlernen Tech Lead Backend".\n\nBooked by: Alex Rivera (alex.rivera@gmail.com)\n\nTo cancel or change, open the booking page.',
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Microsoft Bookings: Teams-Interview Hanseatische Versicherung",
        interview=True,
        company="Hanseatische Versicherung",
        role="Teamleitung IT-Plattformen",
        org=("karriere@hanseatische-vers.de", "Karriere Hanseatische Versicherung"),
        desc="Ihre Buchung ist bestätigt.\n\nDienst: Erstgespräch Teamleitung IT-Plattformen (45 Min.)\nMitarbeiter: Frau Dr. Birgit Lange\n\nSie nehmen über Microsoft Teams teil. Den Link finden Sie unten.\n\nStornieren oder Verschieben: https://outlook.office365.com/owa/calendar/HanseVersKarriere@hanseatische-vers.de/bookings/",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HVB30021",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "ModernLoop: Final round – Values interview with Sanjay (Arbor Atlas)",
        interview=True,
        company="Arbor Atlas",
        role="Analytics Engineer",
        org=("recruiting@arboratlas.com", "Arbor Atlas Recruiting"),
        att=[person("sanjay.menon@arboratlas.com", "Sanjay Menon")],
        desc="Candidate: Alex Rivera\nRole: Analytics Engineer\nStage: Final Round\nInterview: Values & Collaboration (30 min)\n\nScheduled with ModernLoop",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Quick call – Helixa (reschedule link used)",
        interview=True,
        company="Helixa Health",
        role=None,
        org=("tom.okafor@helixahealth.co.uk", "Tom Okafor"),
        desc='Rebooked through Calendly by Alex Rivera.\nReason: "Clash with a meeting at my current job, sorry!"\n\nTopic: follow-up technical questions from the panel.',
        conf=("Zoom Meeting", "https://helixahealth.zoom.us/j/80077123456"),
        zone="Europe/London",
    )
    _x(
        "Grachtwerk | Technical interview | Alex Rivera",
        interview=True,
        company="Grachtwerk",
        role="Platform Engineer",
        org=("sanne.devries@grachtwerk.nl", "Sanne de Vries"),
        att=[
            person("lotte.bakker@grachtwerk.nl", "Lotte Bakker"),
            person("ahmed.elamrani@grachtwerk.nl", "Ahmed El Amrani"),
        ],
        desc="Self-scheduled via Recruitee.\n\nRound 2 of 3 for Platform Engineer: troubleshooting exercise on a broken Kubernetes cluster (we give you a shell), then discussion. 90 minutes.",
        meet="meet",
        zone="Europe/Amsterdam",
    )


def _agency_calls() -> None:
    _x(
        "Call with Lena (Talentbrücke) – Rolle bei Nordlicht?",
        interview=True,
        company="Nordlicht Mobility",
        role=None,
        org=("lena.maier@talentbruecke.de", "Lena Maier"),
        desc="Hallo Alex,\n\nwie besprochen kurzer Call zu der Position bei unserem Kunden Nordlicht Mobility. Ich erzähle dir mehr zum Team und wir gehen deinen CV durch, bevor ich dich vorstelle.\n\nViele Grüße\nLena Maier\nSenior Consultant IT | Talentbrücke GmbH",
        loc="Telefon: Lena ruft an (+49 30 5550 1187)",
        zone="Europe/Berlin",
    )
    _x(
        "Harbour & Finch: intro call re fintech role (London)",
        interview=True,
        company=None,
        role="Senior Backend Engineer",
        org=("oliver.grant@harbourfinch.co.uk", "Oliver Grant"),
        desc="Hi Alex, as discussed on LinkedIn I'd love to run through the Senior Backend Engineer opportunity with my client, a Series C payments fintech in London (can't name them until you're happy to be put forward). 20 mins, I'll call your mobile.\n\nOliver Grant | Principal Consultant | Harbour & Finch Recruitment",
        zone="Europe/London",
    )
    _x(
        "Interview with Helixa Health via Harbour & Finch – 2nd stage",
        interview=True,
        company="Helixa Health",
        role=None,
        org=("oliver.grant@harbourfinch.co.uk", "Oliver Grant"),
        att=[person("priya.shah@helixahealth.co.uk", "Priya Shah", status="needsAction")],
        desc="Alex – confirmed with Helixa for the 2nd stage. Interviewers: Tom Okafor and Hannah Reid. Remember to mention the Airflow migration and the GDPR work. Call me straight after!\nOliver",
        conf=("Zoom Meeting", "https://helixahealth.zoom.us/j/83300012299"),
        zone="Europe/London",
    )
    _x(
        "Llamada Nexo Talent – proceso Alba Logística",
        interview=True,
        company="Alba Logística",
        role="Engineering Manager",
        org=("carmen.ruiz@nexotalent.es", "Carmen Ruiz"),
        desc="Hola Alex, te llamo para comentarte el feedback de la primera entrevista y preparar la siguiente con el CTO de Alba Logística. Puesto: Engineering Manager. 15-20 min.\nCarmen Ruiz – Nexo Talent, Headhunting Tecnológico",
        loc="+34 91 555 0147",
        zone="Europe/Madrid",
    )
    _x(
        "Rozmowa rekrutacyjna – Krok Rekrutacja / klient: Wiślana Data",
        interview=True,
        company="Wiślana Data",
        role="Data Platform Lead",
        org=("m.zielinski@krokrekrutacja.pl", "Marek Zieliński"),
        desc="Dzień dobry Panie Alexie,\n\nzgodnie z ustaleniami zapraszam na krótką rozmowę (ok. 30 min) dotyczącą stanowiska Data Platform Lead u naszego klienta, firmy Wiślana Data z Krakowa. Rozmowa odbędzie się po angielsku.\n\nPozdrawiam serdecznie,\nMarek Zieliński\nKrok Rekrutacja Sp. z o.o.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_KROK8812",
        ),
        zone="Europe/Warsaw",
    )
    _x(
        "Recruiter call – Sarah, Pinewood Search (the Amsterdam one)",
        interview=True,
        company=None,
        role=None,
        desc="Sarah from Pinewood Search, says she has 'a couple of lead roles in Amsterdam'. She calls me.",
        zone="Europe/Berlin",
    )
    _x(
        "Talentbrücke: Vorstellungsgespräch bei Kestrel Robotics (über uns)",
        interview=True,
        company="Kestrel Robotics",
        role="Software Engineer Backend",
        org=("lena.maier@talentbruecke.de", "Lena Maier"),
        att=[person("anna.vogel@kestrel-robotics.de", "Anna Vogel")],
        desc="Hallo Alex,\n\nanbei die Einladung zum ersten Gespräch bei Kestrel Robotics (Software Engineer Backend, München/remote). Gesprächspartnerin: Anna Vogel, Engineering Managerin. Dauer ca. 45 Minuten.\n\nBitte gib mir nach dem Gespräch kurz Feedback.\n\nLena",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Agency screening — Vantage Tech Talent (contract role, 6 months)",
        interview=True,
        company=None,
        role="Contract Data Engineer",
        org=("josh.whitfield@vantagetechtalent.com", "Josh Whitfield"),
        desc="Hi Alex, thanks for applying via LinkedIn. This is a short screening call for the Contract Data Engineer role (6 months, outside IR35, remote from EU). End client is a global retailer; I'll share the name once you're shortlisted.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/8123456701"),
        zone="Europe/London",
    )


def _own_notes() -> None:
    _x("Fjällkod 15:30", interview=True, company="Fjällkod", role=None, zone="Europe/Stockholm")
    _x("int. Ventisei #2 (tech)", interview=True, company="Ventisei", role=None, zone="Europe/Rome")
    _x(
        "Tejo – HM",
        interview=True,
        company="Tejo Pay",
        role=None,
        desc="HM = Beatriz Nunes, VP Eng. Ask about on-call + relocation package. Link in email from Inês",
        zone="Europe/Lisbon",
    )
    _x(
        "Phone screen Copperline",
        interview=True,
        company="Copperline",
        role=None,
        desc="they call me, +353 number. have CV open",
        zone="Europe/Dublin",
    )
    _x(
        "!! Maison Ardent entretien technique",
        interview=True,
        company="Maison Ardent",
        role=None,
        zone="Europe/Paris",
    )
    _x(
        "call w/ recruiter @ Lumenfold",
        interview=True,
        company="Lumenfold",
        role=None,
        desc="Nadine? Nadia? – check LinkedIn msg. CHF range ask early",
        zone="Europe/Zurich",
    )
    _x(
        "Kestrel 2nd round w/ CTO",
        interview=True,
        company="Kestrel Robotics",
        role=None,
        zone="Europe/Berlin",
    )
    _x(
        "IV Zuiderlicht",
        interview=True,
        company="Zuiderlicht Energie",
        role=None,
        desc="teams link in mail. Pieter + someone from HR",
        zone="Europe/Amsterdam",
    )
    _x(
        "Gespräch Hanseatische – Fachinterview",
        interview=True,
        company="Hanseatische Versicherung",
        role=None,
        desc="mit Hr. Petersen (Bereichsleiter IT) + Fr. Dr. Lange\nFragen: Budgetverantwortung? wie viele Leute? Remote-Anteil?",
        zone="Europe/Berlin",
    )
    _x("wislana - tech", interview=True, company="Wiślana Data", role=None, zone="Europe/Warsaw")
    _x(
        "Interview - Alba (CTO)",
        interview=True,
        company="Alba Logística",
        role=None,
        loc="Google Meet (link from Lucía)",
        zone="Europe/Madrid",
    )
    _x(
        "Quarry – sys design",
        interview=True,
        company="Quarry Analytics",
        role=None,
        desc="45m. think: ingestion at scale, backfills, idempotency. they use Snowflake + Dagster",
        zone="Europe/Berlin",
    )
    _x(
        "Grachtwerk final (culture)",
        interview=True,
        company="Grachtwerk",
        role=None,
        zone="Europe/Amsterdam",
    )
    _x(
        "Brasa Seguros – entrevista",
        interview=True,
        company="Brasa Seguros",
        role="Tech Lead",
        desc="Tech Lead, Porto. Falar com a Joana (RH) e depois com o Henrique. Levar exemplos de mentoring.",
        zone="Europe/Lisbon",
    )
    _x(
        "Marlowe case 2 + partner",
        interview=True,
        company="Marlowe & Grant",
        role=None,
        zone="Europe/Berlin",
    )
    _x(
        "helixa final - w/ CTO",
        interview=True,
        company="Helixa Health",
        role=None,
        desc="30 min. Hannah said it's 'mostly a sell call' but still prep questions",
        zone="Europe/London",
    )
    _x(
        "Nordlicht: Bar Raiser",
        interview=True,
        company="Nordlicht Mobility",
        role=None,
        zone="Europe/Berlin",
    )
    _x(
        "Vorstellungsgespräch Kiezküche",
        interview=True,
        company="Kiezküche Software",
        role="Tech Lead Backend",
        desc="Tech Lead Backend. Adresse: Oranienstr. 185, 2. HH, klingeln bei Kiezküche",
        loc="Oranienstraße 185, 10999 Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "screening Vantage client (retailer?)",
        interview=True,
        company=None,
        role=None,
        desc="Josh says end client wants a 30 min call with their data lead. still don't know who",
        zone="Europe/London",
    )
    _x(
        "Copperline onsite?? confirm",
        interview=True,
        company="Copperline",
        role=None,
        zone="Europe/Dublin",
    )
    _x(
        "Interview",
        interview=True,
        company=None,
        role=None,
        desc="zoom – link in inbox",
        zone="Europe/Berlin",
    )
    _x(
        "Ventisei colloquio finale – CEO",
        interview=True,
        company="Ventisei",
        role=None,
        desc="Marco Bellini, CEO. Non parlare di stipendio, lo gestisce Giulia",
        zone="Europe/Rome",
    )


def _european_languages() -> None:
    _x(
        "Einladung zum Vorstellungsgespräch – Senior Data Engineer (m/w/d)",
        interview=True,
        company="Rheinfeld Energie",
        role="Senior Data Engineer (m/w/d)",
        org=("bewerbung@rheinfeld-energie.de", "Rheinfeld Energie Personalabteilung"),
        att=[
            person("thomas.wagner@rheinfeld-energie.de", "Thomas Wagner"),
            person("s.becker@rheinfeld-energie.de", "Sabine Becker"),
        ],
        desc="Sehr geehrte*r Alex Rivera,\n\nvielen Dank für Ihre Bewerbung als Senior Data Engineer (m/w/d). Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch per Videokonferenz ein.\n\nGesprächspartner: Thomas Wagner (Leitung Datenplattform), Sabine Becker (Personal)\nDauer: ca. 60 Minuten\n\nMit freundlichen Grüßen\nIhre Personalabteilung\nRheinfeld Energie AG",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_RFE22019",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Entretien avec le manager – Consultant Senior Data – Rouxel Conseil",
        interview=True,
        company="Rouxel Conseil",
        role="Consultant Senior Data",
        org=("recrutement@rouxel-conseil.fr", "Recrutement Rouxel Conseil"),
        att=[person("antoine.marchand@rouxel-conseil.fr", "Antoine Marchand")],
        desc="Bonjour,\n\nSuite à votre échange avec notre chargée de recrutement, nous avons le plaisir de vous convier à un entretien avec Antoine Marchand, Manager de la practice Data.\n\nDurée : 45 minutes. Prévoyez de présenter une mission dont vous êtes fier.\n\nCordialement,\nL'équipe Recrutement",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_RXC11874",
        ),
        zone="Europe/Paris",
    )
    _x(
        "Entrevista técnica – Ingeniero/a Backend Senior | Calima Viajes",
        interview=True,
        company="Calima Viajes",
        role="Ingeniero/a Backend Senior",
        org=("talento@calimaviajes.com", "Talento Calima"),
        att=[
            person("pablo.serrano@calimaviajes.com", "Pablo Serrano"),
            person("irene.gil@calimaviajes.com", "Irene Gil"),
        ],
        desc="¡Hola Alex!\n\nTe confirmamos la entrevista técnica para el puesto de Ingeniero/a Backend Senior. Estarán Pablo (Tech Lead) e Irene (Backend). Primero revisaremos un caso práctico en vivo y después tendrás tiempo para preguntas.\n\nSi tienes cualquier duda, escríbenos.\n\nEquipo de Talento · Calima Viajes (Valencia)",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Bate-papo com a equipa – Tejo Pay",
        interview=True,
        company="Tejo Pay",
        role="Staff Software Engineer",
        org=("ines.carvalho@tejopay.pt", "Inês Carvalho"),
        att=[
            person("andre.costa@tejopay.pt", "André Costa"),
            person("sofia.matos@tejopay.pt", "Sofia Matos"),
        ],
        desc="Olá Alex,\n\nÚltima etapa do processo para Staff Software Engineer: uma conversa informal com duas pessoas da equipa com quem vais trabalhar de perto. Não é técnico – é para conheceres a equipa e nós a ti.\n\nAté já!\nInês",
        meet="meet",
        zone="Europe/Lisbon",
    )
    _x(
        "Entrevista com a Diretora de Tecnologia – Brasa Seguros",
        interview=True,
        company="Brasa Seguros",
        role="Tech Lead",
        org=("joana.pires@brasaseguros.pt", "Joana Pires"),
        att=[person("helena.rocha@brasaseguros.pt", "Helena Rocha")],
        desc="Caro Alex,\n\nNa sequência da primeira entrevista, gostaríamos de agendar uma conversa com a Eng.ª Helena Rocha, Diretora de Tecnologia, para a função de Tech Lead.\n\nCumprimentos,\nJoana Pires\nRecursos Humanos",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_BRS44120",
        ),
        zone="Europe/Lisbon",
    )
    _x(
        "Colloquio tecnico – Ventisei – Alex Rivera",
        interview=True,
        company="Ventisei",
        role="Senior Backend Developer",
        org=("giulia.romano@ventisei.it", "Giulia Romano"),
        att=[
            person("luca.ferri@ventisei.it", "Luca Ferri"),
            person("chiara.esposito@ventisei.it", "Chiara Esposito"),
        ],
        desc="Ciao Alex,\n\nti confermo il colloquio tecnico per la posizione di Senior Backend Developer. Parlerai con Luca (Head of Engineering) e Chiara (Senior Developer): un po' di live coding in Kotlin o Java e una discussione di architettura.\n\nIl colloquio può svolgersi in inglese.\n\nA presto,\nGiulia – People & Culture, Ventisei S.r.l.",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Sollicitatiegesprek 2e ronde – Zuiderlicht Energie",
        interview=True,
        company="Zuiderlicht Energie",
        role="Data Engineer",
        org=("werkenbij@zuiderlicht.nl", "Werken bij Zuiderlicht"),
        att=[
            person("pieter.smit@zuiderlicht.nl", "Pieter Smit"),
            person("femke.visser@zuiderlicht.nl", "Femke Visser"),
        ],
        desc="Beste Alex,\n\nWat fijn dat we je mogen uitnodigen voor het tweede gesprek voor de functie Data Engineer! Dit gesprek vindt plaats op ons kantoor in Utrecht. Je spreekt met Pieter en met Femke (Product Owner Energiedata).\n\nAdres: Catharijnesingel 40, Utrecht. Meld je bij de receptie op de begane grond.\n\nTot dan!",
        loc="Catharijnesingel 40, 3511 GB Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Zaproszenie na rozmowę techniczną – Data Platform Lead",
        interview=True,
        company="Wiślana Data",
        role="Data Platform Lead",
        org=("rekrutacja@wislanadata.pl", "Rekrutacja Wiślana Data"),
        att=[
            person("piotr.wojcik@wislanadata.pl", "Piotr Wójcik"),
            person("agnieszka.kaminska@wislanadata.pl", "Agnieszka Kamińska"),
        ],
        desc="Cześć Alex,\n\ndziękujemy za rozmowę z Kasią! Zapraszamy na etap techniczny: 90 minut z Piotrem (CTO) i Agnieszką (Principal Engineer). Rozmowa po angielsku. Porozmawiamy o architekturze platformy danych i przejdziemy przez jedno zadanie projektowe.\n\nPozdrawiamy,\nZespół Wiślana Data",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Teknisk intervju – Fjällkod (Senior Software Engineer, Infrastructure)",
        interview=True,
        company="Fjällkod",
        role="Senior Software Engineer, Infrastructure",
        org=("elin.lindqvist@fjallkod.se", "Elin Lindqvist"),
        att=[
            person("karin.nilsson@fjallkod.se", "Karin Nilsson"),
            person("erik.holm@fjallkod.se", "Erik Holm"),
        ],
        desc="Hej igen Alex!\n\nNästa steg: teknisk intervju med Karin och Erik från infra-teamet. Ni kommer att gå igenom ett incidentscenario tillsammans och prata om observability. Cirka 75 minuter, på engelska.\n\nHa det gott,\nElin",
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Slutintervju med CTO – Fjällkod",
        interview=True,
        company="Fjällkod",
        role=None,
        org=("elin.lindqvist@fjallkod.se", "Elin Lindqvist"),
        att=[person("magnus.ek@fjallkod.se", "Magnus Ek")],
        desc="Sista steget: 45 minuter med Magnus Ek, CTO. Mer om vision, team och förväntningar. Referenser efter detta steg.",
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Kennenlerngespräch Rheinfeld – HR + Fachbereich",
        interview=True,
        company="Rheinfeld Energie",
        role=None,
        org=("s.becker@rheinfeld-energie.de", "Sabine Becker"),
        desc="Hallo Herr Rivera, wie telefonisch besprochen anbei die Einladung. Wir freuen uns auf das Gespräch! Viele Grüße, Sabine Becker",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_RFE22050",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Entretien technique – Lead Data Engineer – Maison Ardent",
        interview=True,
        company="Maison Ardent",
        role="Lead Data Engineer",
        org=("camille.lefevre@maisonardent.fr", "Camille Lefèvre"),
        att=[
            person("julien.moreau@maisonardent.fr", "Julien Moreau"),
            person("ines.benali@maisonardent.fr", "Inès Benali"),
        ],
        desc="Bonjour Alex,\n\nComme convenu, voici l'invitation pour l'entretien technique avec Julien (Head of Data) et Inès (Data Engineer senior). 1h15 : étude d'un cas de modélisation (catalogue produits / ventes) puis questions sur GCP et BigQuery.\n\nBonne préparation !\nCamille",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Segunda entrevista – Engineering Manager – Alba Logística (equipo)",
        interview=True,
        company="Alba Logística",
        role="Engineering Manager",
        org=("lucia.moreno@albalogistica.es", "Lucía Moreno"),
        att=[
            person("marta.navarro@albalogistica.es", "Marta Navarro"),
            person("diego.castillo@albalogistica.es", "Diego Castillo"),
        ],
        desc='Hola Alex, en esta segunda entrevista conocerás a dos personas del equipo que liderarías (Marta, Senior Backend, y Diego, SRE). Formato "reverse interview": tú preguntas, ellos también. 45 min.',
        meet="meet",
        zone="Europe/Madrid",
    )


def _far_languages() -> None:
    _x(
        "【面接のご案内】一次面接（シニアバックエンドエンジニア）／Alex Rivera様",
        interview=True,
        company="Hoshizora Systems",
        role="シニアバックエンドエンジニア",
        org=("saiyo@hoshizora-systems.eu", "星空システムズ 採用担当"),
        att=[person("k.tanaka@hoshizora-systems.eu", "田中 健一")],
        desc="Alex Rivera様\n\nこの度は、星空システムズ（Hoshizora Systems Europe GmbH）のシニアバックエンドエンジニア職にご応募いただき、誠にありがとうございます。\n\n一次面接の詳細は以下のとおりです。\n面接官：田中（開発部長）\n所要時間：約45分\n形式：オンライン（Microsoft Teams）\n※面接は英語でも可能です。\n\nご不明な点がございましたら、お気軽にお問い合わせください。\n\n採用担当 佐藤",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HSE50321",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "最終面接 – 星空システムズ（デュッセルドルフ本社）",
        interview=True,
        company="Hoshizora Systems",
        role=None,
        org=("saiyo@hoshizora-systems.eu", "星空システムズ 採用担当"),
        att=[person("h.yamamoto@hoshizora-systems.eu", "山本 浩")],
        desc="最終面接は代表取締役・山本との対面面接となります。交通費は弊社にて負担いたします。当日は受付にてお名前をお伝えください。",
        loc="Immermannstraße 45, 40210 Düsseldorf",
        zone="Europe/Berlin",
    )
    _x(
        "[한빛 인터랙티브] 1차 면접 안내 - 백엔드 엔지니어 (유럽 오피스)",
        interview=True,
        company="Hanbit Interactive",
        role="백엔드 엔지니어",
        org=("recruit@hanbit-interactive.com", "한빛 인터랙티브 채용팀"),
        att=[person("jiwoo.park@hanbit-interactive.com", "박지우")],
        desc="안녕하세요, Alex Rivera 님.\n\n한빛 인터랙티브(Hanbit Interactive) 백엔드 엔지니어 포지션에 지원해 주셔서 감사합니다. 1차 면접 일정을 안내드립니다.\n\n- 면접관: 박지우 (서버팀 리드)\n- 소요 시간: 약 60분 (기술 면접, 영어 진행)\n- 방식: Zoom 화상 면접\n\n감사합니다.\n한빛 인터랙티브 채용팀 드림",
        conf=("Zoom Meeting", "https://zoom.us/j/96633104528"),
        zone="Europe/Amsterdam",
    )
    _x(
        "한빛 2차 면접 (컬처핏)",
        interview=True,
        company="Hanbit Interactive",
        role=None,
        org=("recruit@hanbit-interactive.com", "한빛 인터랙티브 채용팀"),
        att=[person("minseo.kim@hanbit-interactive.com", "김민서")],
        desc="2차 면접은 인사팀 김민서 매니저와 컬처핏 면접으로 진행됩니다. 30분 예정입니다.",
        conf=("Zoom Meeting", "https://zoom.us/j/96633109911"),
        zone="Europe/Amsterdam",
    )
    _x(
        "面试邀请：蓝桥科技 数据工程师（柏林办公室）",
        interview=True,
        company="Lanqiao Tech",
        role="数据工程师",
        org=("hr@lanqiao-tech.com", "蓝桥科技 人力资源部"),
        att=[person("chen.hao@lanqiao-tech.com", "陈浩")],
        desc="Alex 您好：\n\n感谢您应聘蓝桥科技（Lanqiao Tech）欧洲研发中心的数据工程师职位。现邀请您参加第一轮技术面试。\n\n面试官：陈浩（数据平台负责人）\n时长：约60分钟，可用英文进行\n方式：腾讯会议 / Zoom\n\n如需调整时间，请回复此邮件。\n\n蓝桥科技 人力资源部",
        conf=("Zoom Meeting", "https://zoom.us/j/94455210037"),
        zone="Europe/Berlin",
    )
    _x(
        "蓝桥 HR面",
        interview=True,
        company="Lanqiao Tech",
        role=None,
        desc="HR: 王丽. 聊薪资和入职时间",
        zone="Asia/Shanghai",
    )
    _x(
        "Mülakat Daveti – Kuzey Fintech – Kıdemli Yazılım Mühendisi",
        interview=True,
        company="Kuzey Fintech",
        role="Kıdemli Yazılım Mühendisi",
        org=("ik@kuzeyfintech.com.tr", "Kuzey Fintech İnsan Kaynakları"),
        att=[
            person("emre.aydin@kuzeyfintech.com.tr", "Emre Aydın"),
            person("zeynep.celik@kuzeyfintech.com.tr", "Zeynep Çelik"),
        ],
        desc="Merhaba Alex,\n\nKıdemli Yazılım Mühendisi pozisyonu için yaptığın başvuru için teşekkür ederiz. Teknik mülakat davetimiz aşağıdadır.\n\nMülakatçılar: Emre Aydın (Engineering Manager), Zeynep Çelik (Senior Backend)\nSüre: 60 dakika (İngilizce)\n\nBaşarılar dileriz!\nKuzey Fintech İK Ekibi",
        meet="meet",
        zone="Europe/Istanbul",
    )
    _x(
        "مقابلة عمل – سحاب كلاود – مهندس بيانات أول",
        interview=True,
        company="Sahab Cloud",
        role="مهندس بيانات أول",
        org=("careers@sahabcloud.ae", "سحاب كلاود - التوظيف"),
        att=[person("omar.haddad@sahabcloud.ae", "عمر حداد")],
        desc="عزيزي أليكس،\n\nشكرًا لاهتمامك بوظيفة مهندس بيانات أول لدى سحاب كلاود (Sahab Cloud) في دبي. يسعدنا دعوتك إلى مقابلة عبر الفيديو مع السيد عمر حداد، مدير هندسة البيانات.\n\nمدة المقابلة: 45 دقيقة، وستُجرى باللغة الإنجليزية.\n\nمع أطيب التحيات،\nفريق التوظيف",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_SHB71001",
        ),
        zone="Asia/Dubai",
    )
    _x(
        "साक्षात्कार: गंगा डेटा लैब्स – वरिष्ठ डेटा इंजीनियर (रिमोट)",
        interview=True,
        company="Ganga Data Labs",
        role="वरिष्ठ डेटा इंजीनियर",
        org=("talent@gangadatalabs.in", "Ganga Data Labs Talent"),
        att=[
            person("rohit.verma@gangadatalabs.in", "Rohit Verma"),
            person("ananya.iyer@gangadatalabs.in", "Ananya Iyer"),
        ],
        desc="नमस्ते Alex,\n\nगंगा डेटा लैब्स (Ganga Data Labs) में वरिष्ठ डेटा इंजीनियर पद के लिए आपके आवेदन के लिए धन्यवाद। तकनीकी साक्षात्कार का विवरण:\n\nसाक्षात्कारकर्ता: रोहित वर्मा (इंजीनियरिंग प्रमुख), अनन्या अय्यर\nअवधि: 60 मिनट (अंग्रेज़ी में)\n\nशुभकामनाएँ,\nटैलेंट टीम",
        meet="meet",
        zone="Asia/Kolkata",
    )


def _onsite_trial_assessment() -> None:
    _x(
        "Onsite @ Nordlicht Mobility – Part 1: Pair Programming",
        interview=True,
        company="Nordlicht Mobility",
        role=None,
        org=("jana.hoffmann@nordlicht-mobility.de", "Jana Hoffmann"),
        att=[
            person("ole.jansen@nordlicht-mobility.de", "Ole Jansen"),
            person("room.spree@nordlicht-mobility.de", "Raum Spree (6)", resource=True),
        ],
        desc="Welcome to our office! Please ask for Jana at the reception on the 4th floor. Part 1 of your onsite: 60 min pair programming with Ole on one of our laptops (IntelliJ, Kotlin or Java). Bring ID for the building.",
        loc="Nordlicht Mobility, Schlesische Str. 26, 10997 Berlin – Raum Spree",
        zone="Europe/Berlin",
    )
    _x(
        "Onsite @ Nordlicht Mobility – Lunch with the team",
        interview=True,
        company="Nordlicht Mobility",
        role=None,
        org=("jana.hoffmann@nordlicht-mobility.de", "Jana Hoffmann"),
        att=[
            person("mira.schulz@nordlicht-mobility.de", "Mira Schulz"),
            person("tarek.haddad@nordlicht-mobility.de", "Tarek Haddad"),
        ],
        desc="Informal lunch with two engineers from the Payments team. Not evaluated on technical questions – ask them anything!",
        loc="Kantine 5. OG",
        zone="Europe/Berlin",
    )
    _x(
        "Onsite @ Nordlicht Mobility – Part 3: Values & Leadership",
        interview=True,
        company="Nordlicht Mobility",
        role=None,
        org=("jana.hoffmann@nordlicht-mobility.de", "Jana Hoffmann"),
        att=[person("katrin.albers@nordlicht-mobility.de", "Katrin Albers")],
        desc="45 min with Katrin Albers (VP Engineering).",
        loc="Raum Landwehr",
        zone="Europe/Berlin",
    )
    _x(
        "Probearbeiten bei Kiezküche Software",
        interview=True,
        company="Kiezküche Software",
        role=None,
        org=("sebastian.krueger@kiezkueche.de", "Sebastian Krüger"),
        desc="Hi Alex,\n\nwie besprochen: ein Tag Probearbeiten im Team (ca. 10–16 Uhr). Du bist mit beim Standup, wir pairen an einem echten Ticket, und am Nachmittag gibt's eine kurze Runde mit dem ganzen Team. Natürlich vergütet, Mittagessen geht auf uns.\n\nBis dann!\nSebastian",
        loc="Oranienstraße 185, 10999 Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Proefdag Grachtwerk",
        interview=True,
        company="Grachtwerk",
        role=None,
        org=("sanne.devries@grachtwerk.nl", "Sanne de Vries"),
        att=[person("bas.vandenberg@grachtwerk.nl", "Bas van den Berg")],
        desc="Laatste stap: een proefdag op kantoor. Je draait een dag mee met het platformteam, inclusief de stand-up en een sessie over onze CI/CD. We vergoeden je reis- en verblijfskosten.\n\nKeizersgracht 312, Amsterdam – bel aan bij Grachtwerk.",
        loc="Keizersgracht 312, 1016 EZ Amsterdam",
        zone="Europe/Amsterdam",
        all_day=True,
    )
    _x(
        "Dia de experiência – Brasa Seguros (Porto)",
        interview=True,
        company="Brasa Seguros",
        role=None,
        org=("joana.pires@brasaseguros.pt", "Joana Pires"),
        desc="Olá Alex, como combinado, o dia de experiência será no nosso escritório na Boavista. Vais passar a manhã com a equipa de sinistros digitais e à tarde apresentas-lhes uma proposta para a arquitetura do novo portal. Almoço incluído.",
        loc="Av. da Boavista 1837, 4100-133 Porto",
        zone="Europe/Lisbon",
    )
    _x(
        "Case Presentation – Marlowe & Grant (final round)",
        interview=True,
        company="Marlowe & Grant",
        role=None,
        org=("recruiting.emea@marlowegrant.com", "Marlowe & Grant Recruiting EMEA"),
        att=[
            person("henrik.strand@marlowegrant.com", "Henrik Strand"),
            person("sophie.laurent@marlowegrant.com", "Sophie Laurent"),
        ],
        desc="Final round, Berlin office. You will receive the case materials 48 hours before. Please prepare a 20-minute presentation (max. 8 slides) followed by 25 minutes of Q&A with Partner Henrik Strand and Principal Sophie Laurent.",
        loc="Marlowe & Grant, Potsdamer Platz 1, 10785 Berlin, 9. Etage",
        zone="Europe/Berlin",
    )
    _x(
        "Présentation du cas – Rouxel Conseil",
        interview=True,
        company="Rouxel Conseil",
        role=None,
        org=("recrutement@rouxel-conseil.fr", "Recrutement Rouxel Conseil"),
        att=[
            person("antoine.marchand@rouxel-conseil.fr", "Antoine Marchand"),
            person("claire.dubois@rouxel-conseil.fr", "Claire Dubois"),
        ],
        desc="Dernière étape : restitution de l'étude de cas envoyée la semaine dernière (20 min de présentation, 20 min d'échange) devant Antoine Marchand et Claire Dubois, associée.",
        loc="12 rue de la Chaussée-d'Antin, 75009 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Assessment Center – Teamleitung IT-Plattformen",
        interview=True,
        company="Hanseatische Versicherung",
        role="Teamleitung IT-Plattformen",
        org=("karriere@hanseatische-vers.de", "Karriere Hanseatische Versicherung"),
        att=[
            person("birgit.lange@hanseatische-vers.de", "Dr. Birgit Lange"),
            person("jan.petersen@hanseatische-vers.de", "Jan Petersen"),
        ],
        desc="Sehr geehrter Herr Rivera,\n\nwir freuen uns, Sie zu unserem eintägigen Assessment Center einzuladen.\n\nAblauf:\n08:30 Begrüßung\n09:00 Selbstpräsentation (10 Min.)\n09:30 Fallstudie in Einzelarbeit\n11:00 Rollenspiel Mitarbeitergespräch\n12:30 Mittagessen\n13:30 Gruppendiskussion\n15:00 Interview mit dem Bereichsleiter\n16:30 Feedback\n\nReisekosten werden erstattet.\n\nMit freundlichen Grüßen\nDr. Birgit Lange",
        loc="Hanseatische Versicherung AG, Ballindamm 7, 20095 Hamburg",
        zone="Europe/Berlin",
        all_day=True,
    )
    _x(
        "Copperline Onsite – Dublin (System Design + Team Lunch)",
        interview=True,
        company="Copperline",
        role=None,
        org=("ciara.byrne@copperline.ie", "Ciara Byrne"),
        att=[
            person("declan.murphy@copperline.ie", "Declan Murphy"),
            person("niamh.walsh@copperline.ie", "Niamh Walsh"),
        ],
        desc="Hi Alex, really looking forward to having you in the office! 10:00 System design with Niamh, 11:15 meet the team, 12:30 lunch. We'll cover flights and one night at the Marker Hotel.\n\nCiara",
        loc="Copperline, 2 Grand Canal Square, Dublin 2",
        zone="Europe/Dublin",
    )
    _x(
        "Assessment Centre (virtual) – Graduate & Experienced Tech Hires",
        interview=True,
        company="Marlowe & Grant",
        role=None,
        org=("recruiting.emea@marlowegrant.com", "Marlowe & Grant Recruiting EMEA"),
        desc="Virtual assessment centre: group exercise (60 min), written exercise (45 min), competency interview (45 min). You will be placed in a breakout room with 4–5 other candidates. Camera on throughout, please.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MGAC2201",
        ),
        zone="Europe/London",
    )
    _x(
        "Tejo Pay – Onsite em Lisboa (arquitetura + equipa)",
        interview=True,
        company="Tejo Pay",
        role=None,
        org=("ines.carvalho@tejopay.pt", "Inês Carvalho"),
        att=[
            person("beatriz.nunes@tejopay.pt", "Beatriz Nunes"),
            person("rui.almeida@tejopay.pt", "Rui Almeida"),
        ],
        desc="Agenda:\n10:00 Architecture interview (Rui + Beatriz)\n11:30 Coffee with the ledger team\n12:30 Lunch at Time Out Market\n14:00 Q&A with Beatriz\n\nWe booked you at Hotel Baixa Lisboa, 2 nights.",
        loc="Tejo Pay, Rua da Prata 80, 1100-415 Lisboa",
        zone="Europe/Lisbon",
    )
    _x(
        "Trial shift / paid work sample – Quarry (2 hrs, live with team)",
        interview=True,
        company="Quarry Analytics",
        role=None,
        org=("devon.price@quarryanalytics.com", "Devon Price"),
        att=[person("li.wen@quarryanalytics.com", "Li Wen")],
        desc="As agreed, a paid 2-hour working session with Li and me: we'll pick a real backlog ticket from our ingestion repo and work through it together in a Slack huddle + screen share. You'll get a sandbox account in advance.",
        conf=("Zoom Meeting", "https://quarryanalytics.zoom.us/j/91200078810"),
        zone="Europe/Berlin",
    )
    _x(
        "Kestrel: Vor-Ort-Termin München (Team + Labor)",
        interview=True,
        company="Kestrel Robotics",
        role=None,
        org=("talent@kestrel-robotics.de", "Kestrel Talent Team"),
        att=[
            person("anna.vogel@kestrel-robotics.de", "Anna Vogel"),
            person("florian.huber@kestrel-robotics.de", "Florian Huber"),
        ],
        desc="Hallo Alex, zur letzten Runde laden wir dich zu uns nach München ein: 2 Gespräche (Architektur mit Florian, Teamfit mit Anna) und eine Führung durchs Robotik-Labor. Bahnticket buchen wir dir.",
        loc="Kestrel Robotics GmbH, Landsberger Str. 110, 80339 München",
        zone="Europe/Berlin",
    )


def _followups_reschedules() -> None:
    _x(
        "Updated invitation: Interview: Alex Rivera - Senior Backend Engineer (Payments) @ Thu 16:00 - 16:45 (CET)",
        interview=True,
        company="Nordlicht Mobility",
        role="Senior Backend Engineer (Payments)",
        org=("jana.hoffmann@nordlicht-mobility.de", "Jana Hoffmann"),
        att=[person("felix.brandt@nordlicht-mobility.de", "Felix Brandt")],
        desc="This event has been changed.\nChanged: time\n\nSorry Alex, Felix had a conflict – moved by one day. Same link.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Rescheduled: Ventisei <> Alex – Colloquio tecnico",
        interview=True,
        company="Ventisei",
        role=None,
        org=("giulia.romano@ventisei.it", "Giulia Romano"),
        desc="Ciao Alex, come da tua richiesta abbiamo spostato il colloquio tecnico. Nuovo orario in questo invito. Grazie per la flessibilità!",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Verschoben: Fachinterview Hanseatische Versicherung (neuer Termin)",
        interview=True,
        company="Hanseatische Versicherung",
        role=None,
        org=("birgit.lange@hanseatische-vers.de", "Dr. Birgit Lange"),
        att=[person("jan.petersen@hanseatische-vers.de", "Jan Petersen")],
        desc="Sehr geehrter Herr Rivera, aufgrund einer kurzfristigen Terminkollision bei Herrn Petersen müssen wir das Gespräch leider verschieben. Wir bitten um Ihr Verständnis.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HVB30077",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Follow-up: a few more questions from Beatriz (Tejo)",
        interview=True,
        company="Tejo Pay",
        role=None,
        org=("beatriz.nunes@tejopay.pt", "Beatriz Nunes"),
        desc="Hi Alex, thanks again for Thursday. I had a couple of follow-up questions on how you'd handle the ledger migration and on-call expectations before we make a decision. 20 min is enough.\nBeatriz",
        meet="meet",
        zone="Europe/Lisbon",
    )
    _x(
        "Helixa Health – additional interview (Head of Data Platform)",
        interview=True,
        company="Helixa Health",
        role=None,
        org=("priya.shah@helixahealth.co.uk", "Priya Shah"),
        att=[person("grace.milne@helixahealth.co.uk", "Grace Milne")],
        desc="Hi Alex, the panel were really positive! Grace, our new Head of Data Platform, started this week and would love to meet you before we move to final stage. 30 mins, informal.",
        conf=("Zoom Meeting", "https://helixahealth.zoom.us/j/84411902213"),
        zone="Europe/London",
    )
    _x(
        "moved → Fjällkod tech (Thu instead of Tue)",
        interview=True,
        company="Fjällkod",
        role=None,
        desc="Elin moved it, Karin sick. new meet link in email",
        zone="Europe/Stockholm",
    )
    _x(
        "Nachgespräch Kiezküche – Feedback zum Probetag & nächste Schritte",
        interview=True,
        company="Kiezküche Software",
        role=None,
        org=("sebastian.krueger@kiezkueche.de", "Sebastian Krüger"),
        att=[person("nina.kaya@kiezkueche.de", "Nina Kaya")],
        desc="Kurzes Gespräch mit Nina (Gründerin) und mir: wie war der Tag für dich, was sind deine offenen Fragen, und wir erzählen dir, wie es weitergeht.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Seguimiento – 2ª conversación con Javier (CTO Alba)",
        interview=True,
        company="Alba Logística",
        role=None,
        org=("javier.ortega@albalogistica.es", "Javier Ortega"),
        desc="Alex, quería seguir la conversación del otro día: profundizar en cómo organizarías el equipo de plataforma en los primeros 90 días. 30 min.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Re-do: Karat interview (Quarry Analytics)",
        interview=True,
        company="Quarry Analytics",
        role=None,
        org=("scheduling@karat.io", "Karat Scheduling"),
        desc="You've chosen to use your redo. Your new Karat interview on behalf of Quarry Analytics is confirmed. Only the better of the two results will be shared with Quarry Analytics.",
        loc="https://app.karat.io/candidate/interview/QA-5588",
        zone="Europe/Berlin",
    )
    _x(
        "Nouvelle date : entretien final Maison Ardent (CPO + CEO)",
        interview=True,
        company="Maison Ardent",
        role=None,
        org=("camille.lefevre@maisonardent.fr", "Camille Lefèvre"),
        att=[
            person("elise.garnier@maisonardent.fr", "Élise Garnier"),
            person("vincent.roche@maisonardent.fr", "Vincent Roche"),
        ],
        desc="Bonjour Alex, suite à l'indisponibilité de Vincent, l'entretien final est déplacé. Il aura lieu dans nos bureaux du 2e arrondissement : 38 rue du Sentier. Merci de vous présenter 10 minutes en avance.",
        loc="38 rue du Sentier, 75002 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Wiślana – rozmowa z CEO (dodatkowa)",
        interview=True,
        company="Wiślana Data",
        role=None,
        org=("katarzyna.nowak@wislanadata.pl", "Katarzyna Nowak"),
        att=[person("tomasz.lewandowski@wislanadata.pl", "Tomasz Lewandowski")],
        desc="Alex, Tomasz (CEO) would like a short conversation before we prepare the offer. 30 minut, po angielsku.",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Sahab – 2nd interview moved to Sunday?? (their work week)",
        interview=True,
        company="Sahab Cloud",
        role=None,
        desc="Omar's assistant: Sun 11:00 Dubai = 08:00 here. Teams.",
        zone="Asia/Dubai",
    )


_DANA = ("dana.whitaker@initech.com", "Dana Whitaker")
_TEAM = [
    person("priyanka.rao@initech.com", "Priyanka Rao"),
    person("jonas.keller@initech.com", "Jonas Keller"),
    person("marek.novak@initech.com", "Marek Novak"),
    person("sofia.lind@initech.com", "Sofia Lind"),
]


def _work_routine() -> None:
    _x(
        "Daily Stand-up – Data Platform",
        interview=False,
        me=WORK_ME,
        org=_DANA,
        att=_TEAM,
        desc="15 min. Yesterday / today / blockers. Keep it short, deep dives after.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Alex / Dana 1:1",
        interview=False,
        me=WORK_ME,
        org=_DANA,
        desc="Running notes: https://docs.google.com/document/d/1aB_alex-dana-1on1\n- Q3 goals\n- promo packet timeline\n- holiday in August",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Sprint 42 Planning",
        interview=False,
        me=WORK_ME,
        org=("sofia.lind@initech.com", "Sofia Lind"),
        att=[*_TEAM, person("dana.whitaker@initech.com", "Dana Whitaker")],
        desc="Please groom your tickets in Jira before the meeting. Capacity sheet: https://initech.atlassian.net/wiki/x/cap42",
        loc="Initech Berlin – Room Milton (4th floor)",
        zone="Europe/Berlin",
    )
    _x(
        "Sprint 42 Retro",
        interview=False,
        me=WORK_ME,
        org=("sofia.lind@initech.com", "Sofia Lind"),
        att=_TEAM,
        desc="Board: https://easyretro.io/publicboard/initech-dp-42 – add your stickies before we start (mad / sad / glad).",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Sprint Review / Demo",
        interview=False,
        me=WORK_ME,
        org=("sofia.lind@initech.com", "Sofia Lind"),
        att=[*_TEAM, person("stakeholders-dp@initech.com", "DP Stakeholders")],
        desc="Demos: Priyanka – new lineage view; Alex – backfill tooling; Marek – cost dashboard.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Architecture Review: Event ingestion v2 (RFC-118)",
        interview=False,
        me=WORK_ME,
        att=[
            person("arch-guild@initech.com", "Architecture Guild"),
            person("dana.whitaker@initech.com", "Dana Whitaker"),
        ],
        desc="RFC: https://initech.atlassian.net/wiki/spaces/ARCH/pages/RFC-118\nAuthor: Alex Rivera\nReviewers please leave comments in the doc by Wednesday.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Postmortem: INC-2291 late nightly loads",
        interview=False,
        me=WORK_ME,
        org=("marek.novak@initech.com", "Marek Novak"),
        att=[*_TEAM, person("sre-oncall@initech.com", "SRE On-call")],
        desc="Blameless postmortem. Timeline draft in the incident doc. Facilitator: Marek.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Initech All Hands – Q3 kickoff",
        interview=False,
        me=WORK_ME,
        org=("ceo-office@initech.com", "Office of the CEO"),
        att=[
            person("all-berlin@initech.com", "All Berlin"),
            person("all-remote@initech.com", "All Remote"),
        ],
        desc="Livestream for remote folks. Q&A via Slido: #initech-allhands",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/99000111222"),
        zone="Europe/Berlin",
    )
    _x("Focus time", interview=False, me=WORK_ME, desc="Blocked by Clockwise", zone="Europe/Berlin")
    _x(
        "On-call handover (Alex → Jonas)",
        interview=False,
        me=WORK_ME,
        att=[person("jonas.keller@initech.com", "Jonas Keller")],
        desc="Open alerts: disk usage on warehouse-02, flaky Airflow sensor. PagerDuty schedule swapped.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "OKR planning H2 – Data Platform",
        interview=False,
        me=WORK_ME,
        org=_DANA,
        att=_TEAM,
        desc="Pre-read: draft OKRs in the H2 doc. We'll vote on the top 3 objectives.",
        loc="Initech Berlin – Room Samir",
        zone="Europe/Berlin",
    )
    _x(
        "Lunch & Learn: dbt at Initech (Priyanka)",
        interview=False,
        me=WORK_ME,
        org=("priyanka.rao@initech.com", "Priyanka Rao"),
        att=[person("eng-berlin@initech.com", "Engineering Berlin")],
        desc="Pizza provided 🍕 – talk is 30 min + Q&A.",
        loc="Kitchen, 5th floor",
        zone="Europe/Berlin",
        my_status="tentative",
    )
    _x(
        "Mandatory: Security Awareness Training 2025",
        interview=False,
        me=WORK_ME,
        org=("security@initech.com", "Initech Security"),
        desc="Complete the e-learning module in Workday Learning by Friday. This calendar block is a reminder.",
        zone="Europe/Berlin",
        all_day=True,
    )
    _x(
        "Vendor call: Snowflake account team – renewal",
        interview=False,
        me=WORK_ME,
        org=("procurement@initech.com", "Initech Procurement"),
        att=[
            person("mark.ellison@snowflake-partner.example", "Mark Ellison"),
            person("dana.whitaker@initech.com", "Dana Whitaker"),
        ],
        desc="Agenda: credit consumption, committed spend for next year, new features.",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/8877665544"),
        zone="Europe/Berlin",
    )
    _x(
        "Design review – Payments API v3 data contracts",
        interview=False,
        me=WORK_ME,
        org=("tom.becker@initech.com", "Tom Becker"),
        att=[person("priyanka.rao@initech.com", "Priyanka Rao")],
        desc="Alex please review the schema section before.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Code review pairing w/ Sofia",
        interview=False,
        me=WORK_ME,
        att=[person("sofia.lind@initech.com", "Sofia Lind")],
        desc="PR #4412 – partitioning refactor",
        zone="Europe/Berlin",
    )
    _x(
        "Mid-year performance review – Alex",
        interview=False,
        me=WORK_ME,
        org=_DANA,
        desc="Please complete your self-assessment in Lattice beforehand. We'll go through peer feedback and your goals for H2.",
        loc="Initech Berlin – Room Lumbergh",
        zone="Europe/Berlin",
    )
    _x(
        "Skip-level with Rob (VP Eng)",
        interview=False,
        me=WORK_ME,
        org=("rob.sanders@initech.com", "Rob Sanders"),
        desc="Informal chat, no agenda. Bring anything you want to talk about.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Farewell drinks for Jonas 🍻",
        interview=False,
        me=WORK_ME,
        org=("marek.novak@initech.com", "Marek Novak"),
        att=[*_TEAM, person("eng-berlin@initech.com", "Engineering Berlin")],
        desc="Jonas's last day is Friday! Join us at Café Kreuzberg after work.",
        loc="Café Kreuzberg, Bergmannstraße 12",
        zone="Europe/Berlin",
    )
    _x(
        "Team offsite – Potsdam",
        interview=False,
        me=WORK_ME,
        org=_DANA,
        att=_TEAM,
        desc="Train from Hbf 08:42. Agenda: strategy morning, kayaking afternoon, dinner.",
        loc="Seminarhaus am Griebnitzsee, Potsdam",
        zone="Europe/Berlin",
        all_day=True,
    )
    _x(
        "Stakeholder sync – Finance reporting",
        interview=False,
        me=WORK_ME,
        org=("laura.schmidt@initech.com", "Laura Schmidt"),
        att=[person("finance-bi@initech.com", "Finance BI")],
        desc="Month-end close dashboards, SLA for revenue tables.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_INIFIN03",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Backlog grooming",
        interview=False,
        me=WORK_ME,
        org=("sofia.lind@initech.com", "Sofia Lind"),
        att=_TEAM,
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Alex OOO – Dr. appt",
        interview=False,
        me=WORK_ME,
        desc="back by 13:00",
        zone="Europe/Berlin",
    )
    _x(
        "Out of office",
        interview=False,
        me=WORK_ME,
        desc="Personal day",
        zone="Europe/Berlin",
        all_day=True,
    )
    _x(
        "Customer call – Penetrode Ltd data export issue",
        interview=False,
        me=WORK_ME,
        org=("csm-emea@initech.com", "Customer Success EMEA"),
        att=[person("g.hall@penetrode.example", "Gareth Hall")],
        desc="Customer reports missing rows in the weekly export since the migration. Alex to join as technical SME.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_INICS771",
        ),
        zone="Europe/London",
    )
    _x(
        "Mentoring – Lea (working student)",
        interview=False,
        me=WORK_ME,
        att=[person("lea.hartmann@initech.com", "Lea Hartmann")],
        desc="biweekly. She wants to talk about SQL performance + career paths",
        zone="Europe/Berlin",
    )
    _x(
        "Data Guild monthly",
        interview=False,
        me=WORK_ME,
        org=("data-guild@initech.com", "Data Guild"),
        att=[person("data-guild-members@initech.com", "Data Guild Members")],
        desc="Topics: Iceberg evaluation, data quality SLAs, open mic.",
        meet="meet",
        zone="Europe/Berlin",
        my_status="needsAction",
    )
    _x(
        "Release freeze starts",
        interview=False,
        me=WORK_ME,
        org=("release-mgmt@initech.com", "Release Management"),
        desc="No production deploys until the quarter-end freeze is lifted, except hotfixes approved in #release-approvals.",
        zone="Europe/Berlin",
        all_day=True,
    )
    _x(
        "Budget review H2 tooling",
        interview=False,
        me=WORK_ME,
        org=_DANA,
        att=[person("laura.schmidt@initech.com", "Laura Schmidt")],
        desc="Dana + Alex + Finance. Need numbers for Monte Carlo vs. in-house DQ.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Coffee w/ Tom (Payments)",
        interview=False,
        me=WORK_ME,
        att=[person("tom.becker@initech.com", "Tom Becker")],
        zone="Europe/Berlin",
    )
    _x(
        "Initech Summer Party 🎉",
        interview=False,
        me=WORK_ME,
        org=("people@initech.com", "Initech People Team"),
        att=[person("all-berlin@initech.com", "All Berlin")],
        desc="Rooftop, food trucks and a DJ. Plus-ones welcome. RSVP by Monday!",
        loc="Klunkerkranich, Karl-Marx-Straße 66, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Quarterly Business Review – Data Platform",
        interview=False,
        me=WORK_ME,
        org=("rob.sanders@initech.com", "Rob Sanders"),
        att=[
            person("dana.whitaker@initech.com", "Dana Whitaker"),
            person("leadership-eng@initech.com", "Eng Leadership"),
        ],
        desc="Alex presents platform reliability numbers (slides 8–12).",
        loc="Initech Berlin – Boardroom",
        zone="Europe/Berlin",
    )
    _x(
        "Prep slides for QBR",
        interview=False,
        me=WORK_ME,
        desc="reliability numbers from Grafana, cost per TB",
        zone="Europe/Berlin",
    )
    _x(
        "Onboarding buddy check-in – Yusuf",
        interview=False,
        me=WORK_ME,
        att=[person("yusuf.demir@initech.com", "Yusuf Demir")],
        desc="First week check-in for our new data engineer. Laptop ok? Access to Snowflake + GitHub?",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Interview training: Structured interviewing at Initech",
        interview=False,
        me=WORK_ME,
        org=("talent@initech.com", "Initech Talent Acquisition"),
        att=[person("interviewers-eng@initech.com", "Engineering Interviewers")],
        desc="Required for everyone joining an interview loop. Covers scorecards in Greenhouse, bias, and legal do's and don'ts (no questions about family plans, age, religion...).",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/99000333444"),
        zone="Europe/Berlin",
    )
    _x(
        "Hackathon demo day",
        interview=False,
        me=WORK_ME,
        org=("devrel@initech.com", "Initech DevRel"),
        att=[person("eng-all@initech.com", "All Engineering")],
        desc="3 minutes per team, judges vote on Slack.",
        loc="Initech Berlin – Atrium",
        zone="Europe/Berlin",
    )


def _initech_hiring() -> None:
    _x(
        "Interview: Marta Silva – Senior Data Engineer (Technical)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("marta.silva.dev@gmail.com", "Marta Silva"),
            person("priyanka.rao@initech.com", "Priyanka Rao"),
        ],
        desc="Candidate: Marta Silva\nPosition: Senior Data Engineer (Berlin)\nInterviewers: Alex Rivera, Priyanka Rao\nFocus: SQL + data modelling\n\nScorecard: https://initech.greenhouse.io/scorecards/88123\nPlease submit feedback within 24h.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Phone Screen – Daniel Okoye (Backend Engineer)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("d.okoye@outlook.com", "Daniel Okoye")],
        desc="Hiring manager screen, 30 min. CV attached in Greenhouse. Alex is the interviewer.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/99000555666"),
        zone="Europe/Berlin",
    )
    _x(
        "Debrief: Marta Silva (Sr DE)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("priyanka.rao@initech.com", "Priyanka Rao"),
            person("dana.whitaker@initech.com", "Dana Whitaker"),
            person("hannes.frey@initech.com", "Hannes Frey"),
        ],
        desc="Hiring debrief. Submit your scorecard BEFORE the debrief, please – no reading others' feedback first.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Onsite loop – candidate Yuki Sato (Data Engineer) – Alex: system design slot",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("yuki.sato.work@gmail.com", "Yuki Sato"),
            person("room.milton@initech.com", "Room Milton", resource=True),
        ],
        desc="11:00–12:00 System design (Alex Rivera)\nOther slots: 09:30 coding (Marek), 13:00 values (Dana)\nCandidate arrives 09:15 at reception.",
        loc="Initech Berlin – Room Milton",
        zone="Europe/Berlin",
    )
    _x(
        "Shadow interview (Alex shadows Marek) – coding round",
        interview=False,
        me=WORK_ME,
        org=("marek.novak@initech.com", "Marek Novak"),
        att=[person("candidate-pool@initech.com", "Candidate (hidden)")],
        desc="Part of interviewer certification: Alex observes, doesn't ask questions. Write a practice scorecard.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Hiring committee – Backend & Data roles",
        interview=False,
        me=WORK_ME,
        org=("rob.sanders@initech.com", "Rob Sanders"),
        att=[
            person("dana.whitaker@initech.com", "Dana Whitaker"),
            person("talent@initech.com", "Talent Acquisition"),
        ],
        desc="Weekly. Candidates for decision: M. Silva (Sr DE), Y. Sato (DE), two backend candidates.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Interview feedback due – Daniel Okoye",
        interview=False,
        me=WORK_ME,
        desc="Greenhouse reminder. Feedback overdue!",
        zone="Europe/Berlin",
    )
    _x(
        "Sync w/ Tanja (recruiter) – Sr DE pipeline",
        interview=False,
        me=WORK_ME,
        org=("tanja.roth@initech.com", "Tanja Roth"),
        desc="Calibrate the job ad, sourcing channels, how many onsites per week we can handle.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Initech Interview – Lucas Ferreira (Analytics Engineer) – Take-home review",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("lucas.ferreira.ae@gmail.com", "Lucas Ferreira"),
            person("sofia.lind@initech.com", "Sofia Lind"),
        ],
        desc="Interview panel: Alex Rivera (lead), Sofia Lind. Review the candidate's take-home (repo linked in Greenhouse) together with the candidate.",
        meet="meet",
        zone="Europe/Lisbon",
    )
    _x(
        "Exit interview – Jonas Keller",
        interview=False,
        me=WORK_ME,
        org=("people@initech.com", "Initech People Team"),
        att=[person("jonas.keller@initech.com", "Jonas Keller")],
        add_me=False,
        desc="FYI for manager calendar share. HR-only meeting.",
        zone="Europe/Berlin",
        my_status="needsAction",
    )
    _x(
        "Write interview questions bank – system design",
        interview=False,
        me=WORK_ME,
        desc="Dana asked for 3 new prompts + rubric. Ideas: rate limiter, CDC pipeline, metrics store",
        zone="Europe/Berlin",
    )
    _x(
        "Culture interview: Aylin Yılmaz (Staff Engineer) – Alex as bar raiser",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("aylin.yilmaz@protonmail.com", "Aylin Yılmaz")],
        desc="You are the bar raiser for this loop. Values rubric in Greenhouse.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/99000777888"),
        zone="Europe/Istanbul",
    )
    _x(
        "Intern interviews (block) – Summer 2025",
        interview=False,
        me=WORK_ME,
        desc="3x 30 min back to back with intern candidates via HackerRank Interview. List in the sheet.",
        zone="Europe/Berlin",
    )
    _x(
        "University career day – Initech booth (TU Berlin)",
        interview=False,
        me=WORK_ME,
        org=("employer-branding@initech.com", "Employer Branding"),
        att=[person("tanja.roth@initech.com", "Tanja Roth")],
        desc="Alex + Tanja at the booth from 10–14. Bring hoodies and the QR code poster.",
        loc="TU Berlin, Hauptgebäude, Lichthof",
        zone="Europe/Berlin",
    )
    _x(
        "Offer call prep: Marta Silva – align on level",
        interview=False,
        me=WORK_ME,
        org=_DANA,
        att=[person("tanja.roth@initech.com", "Tanja Roth")],
        desc="Senior vs. Staff? Comp band check before Tanja calls her.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Vorstellungsgespräch Werkstudent*in Data – Lena Brückner",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("lena.brueckner@student.tu-berlin.de", "Lena Brückner")],
        desc="Gesprächsführung: Alex Rivera. 30 Minuten, gern auf Deutsch.",
        loc="Initech Berlin – Room Samir",
        zone="Europe/Berlin",
    )


def _personal_life() -> None:
    _x(
        "Hausarzt Dr. Öztürk",
        interview=False,
        desc="Blutergebnisse besprechen. Versichertenkarte mitnehmen!",
        loc="Praxis Dr. Öztürk, Gneisenaustraße 58, 10961 Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Zahnarzt – Kontrolle + PZR",
        interview=False,
        org=("termine@zahnarzt-bergmannkiez.de", "Zahnarztpraxis Bergmannkiez"),
        desc="Ihr Termin bei Zahnarztpraxis Bergmannkiez. Bitte sagen Sie mindestens 24h vorher ab, falls Sie verhindert sind. Gebucht über Doctolib.",
        loc="Bergmannstraße 101, 10961 Berlin",
        zone="Europe/Berlin",
    )
    _x("Physio (Schulter)", interview=False, loc="Physiopraxis am Südstern", zone="Europe/Berlin")
    _x(
        "Augenarzt",
        interview=False,
        desc="Brille neu? Rezept fürs Optiker mitbringen lassen",
        zone="Europe/Berlin",
    )
    _x(
        "Padel w/ Tiago & co",
        interview=False,
        att=[
            person("tiago.mendes@gmail.com", "Tiago Mendes"),
            person("n.weiss@gmx.de", "Niklas Weiss"),
        ],
        loc="Padel Berlin Mitte, Court 3",
        zone="Europe/Berlin",
    )
    _x("Bouldern 🧗", interview=False, loc="Der Kegel, Revaler Str. 99", zone="Europe/Berlin")
    _x(
        "Lauftreff Tempelhofer Feld",
        interview=False,
        desc="10k easy, Treffpunkt Eingang Columbiadamm",
        zone="Europe/Berlin",
    )
    _x(
        "Yoga (online)",
        interview=False,
        org=("studio@yogaflow.example", "YogaFlow Studio"),
        desc="Vinyasa 60 min with Marie",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/8123456799"),
        zone="Europe/Berlin",
    )
    _x(
        "Cena cumple Carla 🎂",
        interview=False,
        att=[
            person("carla.fdz@gmail.com", "Carla Fernández"),
            person("pedro.gomez@hotmail.es", "Pedro Gómez"),
        ],
        desc="Reserva a nombre de Carla, 8 personas. Regalo: el libro que dijo Pedro",
        loc="Tapas Bar Madrid, Kastanienallee 7, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Flight BER → LIS (TP 551)",
        interview=False,
        desc="Booking ref: XK7P2Q\nDeparture 06:55 BER T1 – arrival 09:25 LIS T1\nSeat 14A, 1 cabin bag",
        loc="Berlin Brandenburg Airport (BER)",
        zone="Europe/Berlin",
    )
    _x(
        "Flight LIS → BER (TP 554)",
        interview=False,
        desc="Booking ref: XK7P2Q",
        loc="Lisbon Humberto Delgado Airport",
        zone="Europe/Lisbon",
    )
    _x(
        "ICE 1013 Berlin Hbf → Hamburg Hbf",
        interview=False,
        desc="Auftragsnummer 604 118 992 1\nWagen 7, Platz 45, Fenster\nAbfahrt 06:36 – Ankunft 08:19",
        loc="Berlin Hbf",
        zone="Europe/Berlin",
    )
    _x(
        "Flight to Dublin EI 337 ✈️",
        interview=False,
        desc="Copperline booked it. Confirmation in the email from Ciara. Hotel: The Marker, 1 night",
        zone="Europe/Berlin",
    )
    _x("Hotel check-out Dublin", interview=False, zone="Europe/Dublin")
    _x(
        "Miete überweisen",
        interview=False,
        desc="1.340 € an Hausverwaltung Kreuzberg GmbH, DE89 3704 0044 0532 0130 00",
        zone="Europe/Berlin",
        all_day=True,
    )
    _x(
        "Stromrechnung – Abschlag anpassen",
        interview=False,
        desc="Spreestrom Kundenportal, Zählerstand eintragen",
        zone="Europe/Berlin",
    )
    _x(
        "Steuererklärung 2024 – Abgabe (ELSTER)",
        interview=False,
        desc="Belege Arbeitszimmer + Kita-Kosten sammeln. Steuerberaterin Frau Kunz hat Frist bis Ende des Monats",
        zone="Europe/Berlin",
        all_day=True,
    )
    _x(
        "Bürgeramt – Reisepass abholen",
        interview=False,
        desc="Vorgangsnummer 88213. Alten Pass mitbringen.",
        loc="Bürgeramt Friedrichshain-Kreuzberg, Yorckstraße 4-11",
        zone="Europe/Berlin",
    )
    _x("Friseur", interview=False, loc="Salon Haarmonie", zone="Europe/Berlin")
    _x(
        "Klempner kommt (Bad)",
        interview=False,
        desc="zwischen 8 und 12 Uhr, Herr Szymański ruft vorher an",
        zone="Europe/Berlin",
    )
    _x(
        "IKEA Lieferung – Regal + Kinderbett",
        interview=False,
        org=("noreply@ikea-delivery.example", "IKEA Lieferservice"),
        desc="Zeitfenster 14:00–18:00. Lieferung bis hinter die Wohnungstür.",
        zone="Europe/Berlin",
    )
    _x(
        "Llamar a mamá 📞",
        interview=False,
        desc="domingo, después de comer. Preguntar por el médico de papá",
        zone="Europe/Madrid",
    )
    _x(
        "Casamento Ana & Luís – Porto",
        interview=False,
        att=[person("ana.luis.casamento@gmail.com", "Ana & Luís")],
        desc="Cerimónia às 15h na Igreja de Cedofeita, copo-d'água na Quinta da Aveleda. Dress code: formal.",
        loc="Igreja Paroquial de Cedofeita, Porto",
        zone="Europe/Lisbon",
        all_day=True,
    )
    _x(
        "Konzert: Moderat (Columbiahalle)",
        interview=False,
        desc="Tickets in der Eventim-App, Einlass 19:00",
        loc="Columbiahalle, Columbiadamm 13-21",
        zone="Europe/Berlin",
    )
    _x(
        "Book club – 'Klara and the Sun'",
        interview=False,
        att=[person("julia.bookclub@gmail.com", "Julia"), person("sam.o@proton.me", "Sam")],
        loc="Julia's place",
        zone="Europe/Berlin",
    )
    _x(
        "Auto – Inspektion + Reifenwechsel",
        interview=False,
        desc="Werkstatt Kfz Yilmaz, Auftrag 2291. Ersatzwagen nicht nötig.",
        loc="Kfz Yilmaz, Hasenheide 69",
        zone="Europe/Berlin",
    )
    _x(
        "Aperitivo con Giorgia",
        interview=False,
        att=[person("giorgia.conti@libero.it", "Giorgia Conti")],
        desc="è a Berlino per un convegno, solo questa sera",
        loc="Bar Raval",
        zone="Europe/Berlin",
    )
    _x(
        "Borrel bij Joost (housewarming)",
        interview=False,
        att=[person("joost.dekker@gmail.com", "Joost Dekker")],
        desc="Nieuw adres! Neem wat te drinken mee.",
        loc="Weserstraße 41, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Fika med Sara",
        interview=False,
        att=[person("sara.lindgren@outlook.com", "Sara Lindgren")],
        loc="Café Fräulein Frost",
        zone="Europe/Berlin",
    )
    _x(
        "Kolacja u Magdy i Kuby",
        interview=False,
        desc="przynieść wino i deser",
        zone="Europe/Berlin",
    )
    _x(
        "Netflix-Abo kündigen",
        interview=False,
        desc="vor dem 15., sonst noch ein Monat",
        zone="Europe/Berlin",
    )
    _x(
        "Blood donation – DRK",
        interview=False,
        desc="Termin über die Blutspende-App. Vorher gut essen und trinken.",
        loc="DRK Blutspendedienst, Am Juliusturm 13",
        zone="Europe/Berlin",
    )
    _x(
        "Therapie",
        interview=False,
        zone="Europe/Berlin",
    )
    _x(
        "Vacaciones Menorca 🏖️",
        interview=False,
        desc="Casa en Fornells, check-in a partir de las 16h. Ferry Ciutadella?",
        zone="Europe/Madrid",
        all_day=True,
    )


def _family_and_kids() -> None:
    _x(
        "Kita-Entwicklungsgespräch Lucía",
        interview=False,
        org=("kita.sonnenblume@kita-berlin.example", "Kita Sonnenblume"),
        desc="Liebe Eltern, wir laden Sie herzlich zum jährlichen Entwicklungsgespräch ein. Dauer ca. 30 Minuten mit Erzieherin Frau Haas.",
        loc="Kita Sonnenblume, Körtestraße 20",
        zone="Europe/Berlin",
    )
    _x(
        "Elternabend Klasse 2b",
        interview=False,
        desc="Themen: Klassenfahrt, Hausaufgaben, Wahl der Elternvertreter",
        loc="Lenau-Grundschule, Raum 104",
        zone="Europe/Berlin",
    )
    _x(
        "Mateo – Kinderarzt U10",
        interview=False,
        desc="Impfpass + gelbes Heft!",
        loc="Kinderarztpraxis Dr. Brandt, Zossener Str. 37",
        zone="Europe/Berlin",
    )
    _x("Abholen Kita (ich)", interview=False, desc="Jo hat Spätdienst", zone="Europe/Berlin")
    _x(
        "Schwimmkurs Mateo (Seepferdchen)",
        interview=False,
        desc="Badesachen, Handtuch, 2€ für Spind",
        loc="Stadtbad Neukölln",
        zone="Europe/Berlin",
    )
    _x(
        "Fußballtraining Mateo",
        interview=False,
        loc="Sportplatz Hasenheide",
        zone="Europe/Berlin",
    )
    _x(
        "Kindergeburtstag Emil 🎈",
        interview=False,
        org=("emil.eltern@web.de", "Katja & Tim"),
        desc="Emil wird 7! Party im Trampolinpark, bitte Stoppersocken mitgeben. Abholung 17:30.",
        loc="Jump House Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Schulfoto-Tag",
        interview=False,
        desc="Mateo: das blaue Hemd",
        zone="Europe/Berlin",
        all_day=True,
    )
    _x(
        "Sommerferien Berlin",
        interview=False,
        org=("de.german#holiday@group.v.calendar.google.com", "Holidays in Germany"),
        add_me=False,
        zone="Europe/Berlin",
        all_day=True,
    )
    _x(
        "Babysitter Hannah 18–23h",
        interview=False,
        desc="15€/h, Pizza im Tiefkühler, Lucía schläft um 19:30",
        zone="Europe/Berlin",
    )
    _x(
        "Laternenumzug Kita",
        interview=False,
        desc="Laterne basteln am Wochenende vorher!",
        zone="Europe/Berlin",
    )
    _x(
        "Jo – Dienstreise Wien",
        interview=False,
        org=("jo.rivera.schmidt@gmail.com", "Jo"),
        desc="Ich bin Di–Do in Wien, du bist mit Kindern dran ❤️",
        zone="Europe/Vienna",
        all_day=True,
    )
    _x(
        "Anmeldegespräch weiterführende Schule? (nur Info, Mateo zu jung)",
        interview=False,
        desc="Tag der offenen Tür Gymnasium – nur mal anschauen, fürs nächste Jahr",
        zone="Europe/Berlin",
    )
    _x(
        "Zahnarzt Lucía (Kinderzahnarzt)",
        interview=False,
        loc="Kinderzahnärzte am Mehringdamm",
        zone="Europe/Berlin",
    )
    _x(
        "Oma & Opa kommen (Madrid)",
        interview=False,
        desc="Vuelo IB 3672 llega 17:40 BER. Recoger con el coche.",
        zone="Europe/Berlin",
        all_day=True,
    )
    _x(
        "Musikschule Probestunde Geige – Lucía",
        interview=False,
        desc="Schnupperstunde, kostenlos",
        loc="Musikschule Friedrichshain-Kreuzberg",
        zone="Europe/Berlin",
    )
    _x(
        "Date night 🍷",
        interview=False,
        att=[person("jo.rivera.schmidt@gmail.com", "Jo")],
        loc="Lode & Stijn",
        zone="Europe/Berlin",
    )
    _x(
        "Mateo Schulausflug – Brotbüchse + Regenjacke",
        interview=False,
        zone="Europe/Berlin",
        all_day=True,
    )


def _job_search_tasks() -> None:
    _x(
        "Prep: Nordlicht system design",
        interview=False,
        desc="- reread payments idempotency notes\n- practice: design a ride payment ledger in 45 min\n- questions for Ole",
        zone="Europe/Berlin",
    )
    _x(
        "Prep Helixa panel – STAR stories",
        interview=False,
        desc="1) Airflow → Dagster migration 2) GDPR deletion pipeline 3) conflict with PM on SLAs",
        zone="Europe/Berlin",
    )
    _x(
        "Application deadline: Fjällkod Staff Engineer",
        interview=False,
        desc="Apply via Teamtailor. Cover letter optional but write 5 lines",
        zone="Europe/Stockholm",
        all_day=True,
    )
    _x(
        "Bewerbung Rheinfeld abschicken!",
        interview=False,
        desc="Anschreiben auf Deutsch, Zeugnisse als ein PDF",
        zone="Europe/Berlin",
    )
    _x(
        "Send thank-you notes – Copperline (Declan, Aoife)",
        interview=False,
        desc="short, mention the on-call discussion with Aoife",
        zone="Europe/Berlin",
    )
    _x(
        "Merci à Camille + Julien (mail)",
        interview=False,
        zone="Europe/Paris",
    )
    _x(
        "HackerRank test – Hanbit Interactive (due)",
        interview=False,
        org=("no-reply@hackerrank.com", "HackerRank"),
        desc="You have been invited to take the Hanbit Interactive Backend Assessment. 90 minutes, 3 questions. The test link expires at 23:59 UTC on the due date. Take it whenever you're ready; the timer starts when you click Start.",
        loc="https://www.hackerrank.com/test/hanbit-be-2025",
        zone="UTC",
        all_day=True,
    )
    _x(
        "Codility – Kuzey Fintech online test",
        interview=False,
        desc="unproctored, 2 tasks, 100 min. Do it Sat morning when kids are out",
        loc="https://app.codility.com/test/KUZEY-8TQ2",
        zone="Europe/Berlin",
    )
    _x(
        "Take-home Arbor Atlas – work on it",
        interview=False,
        desc="dbt project, due Sunday 23:59. Aim for 4h max as they said",
        zone="Europe/Berlin",
    )
    _x(
        "Case study Rouxel – deadline envoi",
        interview=False,
        desc="PDF max 10 pages, envoyer à recrutement@rouxel-conseil.fr",
        zone="Europe/Paris",
        all_day=True,
    )
    _x(
        "HireVue one-way video – Marlowe & Grant (complete by Fri)",
        interview=False,
        org=("no-reply@hirevue.com", "HireVue"),
        desc="Complete your on-demand video interview for Marlowe & Grant. 5 pre-recorded questions, 2 minutes per answer, no live interviewer. Deadline Friday 23:59 CET.",
        loc="https://app.hirevue.com/interviews/mg-8812",
        zone="Europe/Berlin",
        all_day=True,
    )
    _x(
        "Personality questionnaire (SHL) – Hanseatische",
        interview=False,
        desc="Online-Fragebogen, ca. 30 Min., vor dem AC ausfüllen",
        zone="Europe/Berlin",
    )
    _x(
        "Update CV + LinkedIn headline",
        interview=False,
        desc="add QBR numbers, remove old PHP stuff",
        zone="Europe/Berlin",
    )
    _x(
        "Networking coffee – Miguel (ex-colleague, now at Tejo)",
        interview=False,
        att=[person("miguel.santos@gmail.com", "Miguel Santos")],
        desc="Ask him how the eng culture really is + if he can refer me",
        loc="Café Bravo, Auguststraße",
        zone="Europe/Berlin",
    )
    _x(
        "Berlin Tech Job Fair",
        interview=False,
        desc="Free ticket via Eventbrite. Bring 10 printed CVs. Booths to visit: Nordlicht, Kestrel, Rheinfeld",
        loc="Arena Berlin, Eichenstraße 4",
        zone="Europe/Berlin",
        all_day=True,
    )
    _x(
        "Webinar: Salary negotiation for engineers in the EU",
        interview=False,
        org=("events@levels-webinars.example", "Comp Talk Webinars"),
        desc="Join us live! Topics: equity in EU startups, relocation packages, how to answer 'what are your salary expectations?'.",
        conf=("Zoom Webinar", "https://us06web.zoom.us/w/8765432109"),
        zone="Europe/London",
    )
    _x(
        "Webinar Tejo Pay: Meet our Engineering team (open event)",
        interview=False,
        org=("talent@tejopay.pt", "Tejo Pay Talent"),
        desc="A public online session for anyone curious about engineering at Tejo Pay: talks from our CTO and two engineers, then open Q&A. Not part of any interview process.",
        conf=("Zoom Webinar", "https://tejopay.zoom.us/w/93388112200"),
        zone="Europe/Lisbon",
    )
    _x(
        "Follow up w/ Lumenfold recruiter – no answer in 10 days",
        interview=False,
        desc="polite nudge email. if nothing by Fri → move on",
        zone="Europe/Berlin",
    )
    _x(
        "Offer deadline – Wiślana Data",
        interview=False,
        desc="Must reply to offer by EOD. Compare with Tejo + Nordlicht",
        zone="Europe/Warsaw",
        all_day=True,
    )
    _x(
        "Compare offers spreadsheet",
        interview=False,
        desc="gross/net calculators DE, PT (NHR?), PL B2B, SE. include cost of moving with kids",
        zone="Europe/Berlin",
    )
    _x(
        "References: ask Dana? NO – ask Priyanka + old boss Jens",
        interview=False,
        zone="Europe/Berlin",
    )
    _x(
        "Applications sprint (3x)",
        interview=False,
        desc="Zuiderlicht, Calima, Ganga Data Labs – tailor CV each",
        zone="Europe/Berlin",
    )
    _x(
        "Read up on Maison Ardent before entretien",
        interview=False,
        desc="annual report, their engineering blog post about BigQuery costs",
        zone="Europe/Paris",
    )
    _x(
        "Japanese: review self-introduction (自己紹介) for Hoshizora",
        interview=False,
        desc="Just the first 2 sentences in Japanese, rest English",
        zone="Europe/Berlin",
    )
    _x(
        "Speak to Jo about relocation options",
        interview=False,
        desc="Lisbon vs Stockholm vs stay. Schools, her job, grandparents",
        zone="Europe/Berlin",
    )
    _x(
        "LinkedIn Live: 'Hiring in Dutch tech 2025' (Grachtwerk CTO speaking)",
        interview=False,
        desc="Watch if time – good prep for Grachtwerk, but just a livestream",
        loc="https://www.linkedin.com/events/hiring-dutch-tech-2025",
        zone="Europe/Amsterdam",
    )
    _x(
        "Kündigungsfrist prüfen – Arbeitsvertrag Initech",
        interview=False,
        desc="3 Monate zum Monatsende? Probezeit längst vorbei. Resturlaub?",
        zone="Europe/Berlin",
    )


def _lookalikes() -> None:
    _x(
        "Mock interview w/ Niklas – system design (he plays interviewer)",
        interview=False,
        att=[person("n.weiss@gmx.de", "Niklas Weiss")],
        desc="45 min, then swap. He uses the 'design a URL shortener' prompt, I do 'design a metrics pipeline' for him",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Peer mock interview (behavioral) – Exponent community",
        interview=False,
        org=("mocks@exponent-community.example", "Exponent Mock Interviews"),
        desc="You've been matched with a peer for a practice behavioral interview. Each person interviews the other for 30 minutes. This is practice only.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/8123456788"),
        zone="Europe/Berlin",
    )
    _x(
        "Career coaching – Bettina (Session 3: negotiation)",
        interview=False,
        org=("bettina@karrierekompass.example", "Bettina Vogt"),
        desc="Session 3 von 5. Hausaufgabe: Gehaltsspannen für DE/PT/SE recherchieren.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Podcast recording: 'Pipelines & Pints' – guest interview",
        interview=False,
        org=("host@pipelinespints.fm", "Ravi Kapoor"),
        desc="Thanks for coming on the show! We'll record about 50 minutes on your Airflow→Dagster migration at Initech. Riverside link below, please use headphones.",
        loc="https://riverside.fm/studio/pipelines-and-pints",
        zone="Europe/London",
    )
    _x(
        "Press interview – Tagesspiegel Background (Initech data team)",
        interview=False,
        me=WORK_ME,
        org=("press@initech.com", "Initech Press Office"),
        att=[person("m.lorenz@tagesspiegel-background.example", "Miriam Lorenz")],
        desc="Journalist interview about how Initech uses data in product decisions. PR will join. Talking points attached; please don't discuss revenue.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Visa interview – US Consulate Frankfurt (B-1, conference)",
        interview=False,
        desc="DS-160 confirmation + appointment letter + passport + proof of employment (Initech letter). No electronics allowed inside!",
        loc="Generalkonsulat der USA, Gießener Str. 30, 60435 Frankfurt am Main",
        zone="Europe/Berlin",
    )
    _x(
        "Jo – Vorstellungsgespräch Klinikum (ich hole Kinder!)",
        interview=False,
        org=("jo.rivera.schmidt@gmail.com", "Jo"),
        desc="Mein Gespräch für die Stationsleitung ist um 14 Uhr, kannst du bitte Lucía von der Kita holen? Danke!! 😘",
        zone="Europe/Berlin",
    )
    _x(
        "Tiago's final round today – text him good luck",
        interview=False,
        zone="Europe/Berlin",
    )
    _x(
        "Priyanka interviewing at Grachtwerk (she told me, keep quiet)",
        interview=False,
        me=WORK_ME,
        desc="she's out 14–16, cover her review of PR #4420",
        zone="Europe/Berlin",
    )
    _x(
        "User research interview – Spreestrom app (paid, €40 voucher)",
        interview=False,
        org=("research@spreestrom.example", "Spreestrom UX Research"),
        desc="Thank you for signing up for our research study! In this 45-minute interview our designer will ask about how you use the Spreestrom app to track your energy usage. There are no right or wrong answers.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/8123456777"),
        zone="Europe/Berlin",
    )
    _x(
        "Interview mit Oma – Schulprojekt Mateo 'Früher und heute'",
        interview=False,
        desc="Mateo soll Oma per Video Fragen stellen (Fragenzettel im Ranzen). Ich helfe mit dem Tablet.",
        zone="Europe/Berlin",
    )
    _x(
        "Nanny interviews – 3 candidates (Sat morning)",
        interview=False,
        att=[person("jo.rivera.schmidt@gmail.com", "Jo")],
        desc="10:00 Agnieszka, 10:45 Hannah (already knows kids), 11:30 Mariana. Questions list in Notes app.",
        zone="Europe/Berlin",
    )
    _x(
        "Aufnahmegespräch Kita Regenbogen (Platz für Lucía ab August?)",
        interview=False,
        org=("leitung@kita-regenbogen.example", "Kita Regenbogen Leitung"),
        desc="Kennenlerngespräch mit der Kitaleitung für den möglichen Betreuungsplatz. Bitte Kita-Gutschein mitbringen.",
        loc="Kita Regenbogen, Fontanestraße 5",
        zone="Europe/Berlin",
    )
    _x(
        "Visita virtual – T3 em Alvalade (Idealista)",
        interview=False,
        org=("rita.imobiliaria@example.pt", "Rita Fonseca"),
        desc="Visita por videochamada ao apartamento T3, Av. da Igreja. Renda 2.100€. Caso avance a proposta da Tejo…",
        meet="meet",
        zone="Europe/Lisbon",
    )
    _x(
        "Hautkrebs-Screening",
        interview=False,
        loc="Hautarztpraxis am Kottbusser Tor",
        zone="Europe/Berlin",
    )
    _x(
        "Probetraining Mateo – SV Kreuzberg U8",
        interview=False,
        desc="Schienbeinschoner! Trainer Herr Aksoy",
        zone="Europe/Berlin",
    )
    _x(
        "Mentoring (ADPList) – mentee wants interview tips",
        interview=False,
        org=("notifications@adplist.example", "ADPList"),
        att=[person("fatima.zahra.dev@gmail.com", "Fatima Zahra")],
        desc="Session booked by Fatima: 'I have my first data engineering technical interview next week and would love advice on how to prepare.'",
        meet="meet",
        zone="Africa/Casablanca",
    )
    _x(
        "Speaker: panel 'Hiring data engineers in 2025' – Data Council Berlin",
        interview=False,
        org=("speakers@datacouncil-berlin.example", "Data Council Berlin"),
        desc="Panel with 3 hiring managers, moderated by Ravi Kapoor. Alex speaks as an Initech hiring manager. Green room from 13:30.",
        loc="bcc Berlin Congress Center, Saal B",
        zone="Europe/Berlin",
    )
    _x(
        "Gutachter Wasserschaden – Besichtigung",
        interview=False,
        desc="Versicherung schickt Gutachter, Fotos vom Bad bereithalten. Schadennr. HV-22-88131",
        zone="Europe/Berlin",
    )
    _x(
        "Kino: 'The Interview' (Jo's pick 🙄)",
        interview=False,
        att=[person("jo.rivera.schmidt@gmail.com", "Jo")],
        loc="Moviemento",
        zone="Europe/Berlin",
    )
    _x(
        "Informational chat w/ Elena Ruiz – Head of Data at a Madrid scale-up (not applying, just advice)",
        interview=False,
        att=[person("elena.ruiz.data@gmail.com", "Elena Ruiz")],
        desc="Friend of Carla. Ask about the Madrid market, EM vs IC track.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Hiring freeze Q&A with HR",
        interview=False,
        me=WORK_ME,
        org=("people@initech.com", "Initech People Team"),
        att=[person("managers-berlin@initech.com", "Managers Berlin")],
        desc="Open Q&A for managers on the new hiring freeze: which open reqs stay, how to communicate to candidates in process.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/99000999000"),
        zone="Europe/Berlin",
    )
    _x(
        "Interview recording review – Initech interviewer calibration",
        interview=False,
        me=WORK_ME,
        org=("talent@initech.com", "Initech Talent Acquisition"),
        att=[person("interviewers-eng@initech.com", "Engineering Interviewers")],
        desc="We'll watch two anonymized recorded interviews and score them independently, then compare. Calibration for the Backend loop.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Eingewöhnung Kita Regenbogen – Tag 1 (Probetag)",
        interview=False,
        desc="1 Stunde mit Lucía, ich bleibe im Raum",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien annuel – Jo (chez elle, télétravail → garder les enfants calmes)",
        interview=False,
        desc="Jo a son entretien annuel en visio 9h–10h, je sors avec les enfants",
        zone="Europe/Berlin",
    )
