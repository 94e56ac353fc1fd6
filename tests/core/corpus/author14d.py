# ruff: noqa: E501 -- data: event texts as written
"""Round 14's fourth calendar author: a job seeker's whole calendar, its look-alikes beside its interviews, in many languages.

One job seeker (Alex Rivera, data engineer at Initech, looking for the next job from Berlin)
over about two months: the user's own interviews at every stage (recruiter screens, hiring
manager chats, technical rounds, case presentations, panels, onsites, trial days, final rounds)
sent by ATS and scheduling tools or typed in shorthand, in English, German, French, Spanish,
Portuguese, Italian, Dutch, Polish, Swedish and a few in Japanese, Korean, Chinese, Turkish,
Arabic and Hindi. Beside them the events that come close: the user interviewing candidates at
Initech on the work calendar (screens, loops, debriefs, candidate lunches, hiring syncs), other
people's interviews the user drives to or helps with, mock interviews and coaching, career
services, job fairs, employer info sessions and webinars, recruiter coffees without an opening,
networking, alumni calls and informational interviews, press and podcast appearances, research
interviews the user runs, customer/vendor calls, 1:1s and reviews, an exit interview, the
onboarding, background check and medical after the offer, visa/embassy/bank/landlord/school/
doctor/government appointments, exams, sport and clubs, films and books with "interview" in the
title, and reminders around interviews (prep, thank-you notes, follow-ups).
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author14d", **kw)


def build() -> None:
    _interviews_english()
    _interviews_german()
    _interviews_french()
    _interviews_spanish_portuguese()
    _interviews_italian_dutch()
    _interviews_polish_swedish()
    _interviews_other_scripts()
    _interviews_more()
    _initech_interviewer()
    _helping_others()
    _mocks_and_coaching()
    _career_services_and_fairs()
    _recruiters_and_networking()
    _press_and_research()
    _work_calls()
    _after_the_offer()
    _life_admin()
    _exams_sports_culture()
    _reminders()


# ---------------------------------------------------------------------------
# The user's own interviews
# ---------------------------------------------------------------------------


def _interviews_english() -> None:
    _x(
        "Alex Rivera <> Oakhurst Labs | Recruiter Screen",
        interview=True,
        company="Oakhurst Labs",
        role="Senior Data Engineer",
        org=("maya.chen@oakhurstlabs.com", "Maya Chen"),
        att=[person("maya.chen@oakhurstlabs.com", "Maya Chen")],
        desc="Hi Alex,\n\nThanks for taking the time to chat with us about the Senior Data Engineer role at Oakhurst Labs! This is a 30-minute conversation to learn more about your background and share more about the team.\n\nPlease use the Google Meet link attached to this invite.\n\nBest,\nMaya Chen\nTechnical Recruiter, Oakhurst Labs",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Interview with Tallgrass Health - Technical Interview (Alex Rivera)",
        interview=True,
        company="Tallgrass Health",
        role="Backend Engineer, Data Services",
        org=("no-reply@hire.lever.co", "Tallgrass Health Recruiting"),
        att=[
            person("omar.haddad@tallgrasshealth.com", "Omar Haddad"),
            person("june.park@tallgrasshealth.com", "June Park"),
        ],
        desc="<p>Hi Alex,</p><p>You're confirmed for your <b>Technical Interview</b> for the <b>Backend Engineer, Data Services</b> position at Tallgrass Health.</p><p>Interviewers: Omar Haddad, June Park<br>Duration: 60 minutes<br>Format: live coding in CoderPad (link will be shared in the Zoom chat)</p><p>Need to reschedule? Reply to this email.</p>",
        conf=("Zoom Meeting", "https://tallgrasshealth.zoom.us/j/84410239915"),
        zone="America/Chicago",
    )
    _x(
        "Brightwater call 3pm",
        interview=True,
        company="Brightwater",
        role="Product Manager, Data",
        desc="recruiter screen w/ Jess - PM, Data role. ask about remote + visa. she'll call my cell",
        zone="Europe/Berlin",
    )
    _x(
        "Alex Rivera and Priya Nair",
        interview=True,
        company="Larkspur Finance",
        role="Staff Analytics Engineer",
        org=("priya.nair@larkspurfinance.com", "Priya Nair"),
        att=[person("priya.nair@larkspurfinance.com", "Priya Nair")],
        desc="Event Name: Intro call – Staff Analytics Engineer (Larkspur Finance)\n\nPlease share anything that will help prepare for our meeting.\nLooking forward to hearing about your experience with dbt and the data platform work.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/5f1c2a\nReschedule: https://calendly.com/reschedulings/5f1c2a\n\nPowered by Calendly.com",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/81933024417"),
        zone="Europe/London",
    )
    _x(
        "Onsite: Halcyon Robotics (4 interviews)",
        interview=True,
        company="Halcyon Robotics",
        role="Senior Data Platform Engineer",
        org=("recruiting@halcyonrobotics.com", "Halcyon Robotics Recruiting"),
        att=[
            person("ines.duarte@halcyonrobotics.com", "Ines Duarte"),
            person("karl.webb@halcyonrobotics.com", "Karl Webb"),
            person("li.zhao@halcyonrobotics.com", "Li Zhao"),
        ],
        desc="Schedule for Alex Rivera – Senior Data Platform Engineer\n\n10:00 Welcome & office tour – Ines Duarte (Recruiting)\n10:15 Data modelling – Karl Webb\n11:15 System design – Li Zhao\n12:15 Lunch with the team\n13:15 Hiring manager – Ruth Okafor\n14:00 Values – Tom Beck\n\nPlease bring a photo ID for the front desk. Visitor parking is on level -1.",
        loc="Halcyon Robotics, Invalidenstraße 112, 10115 Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Final round – Cobalt & Pine",
        interview=True,
        company="Cobalt & Pine",
        role="Head of Data",
        org=("talent@cobaltandpine.co.uk", "Cobalt & Pine Talent"),
        att=[
            person("eleanor.voss@cobaltandpine.co.uk", "Eleanor Voss"),
            person("sam.adeyemi@cobaltandpine.co.uk", "Sam Adeyemi"),
        ],
        desc="Hi Alex,\n\nAs discussed, here is your final round for the Head of Data position: a 90-minute panel with Eleanor Voss (CEO) and Sam Adeyemi (CFO). Please prepare a 15-minute presentation on your first 90 days.\n\nKind regards,\nRosie\nPeople Team | Cobalt & Pine",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Case study presentation — Meridian Freight",
        interview=True,
        company="Meridian Freight",
        role="Operations Analytics Lead",
        org=("h.osei@meridianfreight.com", "Hannah Osei"),
        att=[
            person("h.osei@meridianfreight.com", "Hannah Osei"),
            person("d.kowalczyk@meridianfreight.com", "Dominik Kowalczyk"),
        ],
        desc="Alex – thanks for sending the case deck. You'll have 25 minutes to walk us through your analysis of the lane-pricing dataset, followed by Q&A. This is the third stage for the Operations Analytics Lead role.\n\nHannah Osei | Talent Acquisition | Meridian Freight",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzE4ZDM",
        ),
        zone="Europe/Amsterdam",
    )
    _x(
        "Interview: Redwood Mutual – Data Engineer (via Harbor Talent)",
        interview=True,
        company="Redwood Mutual",
        role="Data Engineer",
        org=("lucy.grant@harbortalent.com", "Lucy Grant"),
        att=[
            person("lucy.grant@harbortalent.com", "Lucy Grant"),
            person("mark.dyer@redwoodmutual.com", "Mark Dyer"),
        ],
        desc="Hi Alex,\n\nGreat news – Redwood Mutual would like to meet you! Mark Dyer (Data Engineering Manager) will interview you for the Data Engineer contract-to-perm position. I'll join for the first 5 minutes to do introductions.\n\nGood luck!\nLucy Grant\nSenior Consultant | Harbor Talent Partners",
        conf=("Zoom Meeting", "https://harbortalent.zoom.us/j/93018822310"),
        zone="Europe/London",
    )
    _x(
        "Brightpath Consulting – Case Interview Round 1",
        interview=True,
        company="Brightpath Consulting",
        role="Associate Consultant, Data & Analytics",
        org=("careers@brightpathconsulting.com", "Brightpath Careers"),
        att=[person("n.ferreira@brightpathconsulting.com", "Nuno Ferreira")],
        desc="Dear Alex,\n\nThank you for your application for the Associate Consultant, Data & Analytics role. Your first-round case interview will be held with Nuno Ferreira (Manager). Please have pen and paper ready; no preparation is required.\n\nBrightpath Consulting GmbH – Graduate & Experienced Hire Recruiting",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Chat with Dana (Hiring Manager) – Quillmark",
        interview=True,
        company="Quillmark",
        role="Analytics Manager",
        org=("dana.whitfield@quillmark.io", "Dana Whitfield"),
        att=[person("dana.whitfield@quillmark.io", "Dana Whitfield")],
        desc="Hi Alex – looking forward to chatting about the Analytics Manager role and what the team is working on. 45 min, informal but I'll ask about your experience leading projects.\n-- \nDana Whitfield\nDirector of Analytics, Quillmark",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Interview Confirmation: Alex Rivera - Software Engineer, Data Platform - Vantablue",
        interview=True,
        company="Vantablue",
        role="Software Engineer, Data Platform",
        org=("scheduling@vantablue.com", "Vantablue Interview Scheduling"),
        att=[
            person("r.mendes@vantablue.com", "Rita Mendes"),
            person("a.olsen@vantablue.com", "Anders Olsen"),
        ],
        desc="Your interview has been scheduled.\n\nPosition: Software Engineer, Data Platform\nInterview type: Virtual onsite – Coding (45 min) + Architecture (45 min)\nInterviewers: Rita Mendes, Anders Olsen\n\nPowered by GoodTime",
        conf=("Zoom Meeting", "https://vantablue.zoom.us/j/99120038821"),
        zone="America/New_York",
    )
    _x(
        "Zoom: Alex / Sorrel Energy – second interview",
        interview=True,
        company="Sorrel Energy",
        role=None,
        org=("grace.liu@sorrelenergy.com", "Grace Liu"),
        att=[
            person("grace.liu@sorrelenergy.com", "Grace Liu"),
            person("ben.ito@sorrelenergy.com", "Ben Ito"),
        ],
        desc="Second-round conversation with Grace and Ben from the grid analytics team.",
        conf=("Zoom Meeting", "https://sorrelenergy.zoom.us/j/87742019934"),
        zone="America/Denver",
    )
    _x(
        "int w/ Novalink @ 10 — bring laptop",
        interview=True,
        company="Novalink",
        role=None,
        desc="2nd floor, ask for Petra. pairing exercise, ~1.5h",
        loc="Novalink, Skalitzer Str. 85, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Interview Scheduled: Lead Data Analyst (R-10482) - Alder & Finch Insurance",
        interview=True,
        company="Alder & Finch Insurance",
        role="Lead Data Analyst",
        org=("alderfinch@myworkday.com", "Alder & Finch Talent Acquisition"),
        att=[person("k.marsh@alderfinch.com", "Kevin Marsh")],
        desc="Dear Alex Rivera,\n\nThank you for your interest in the Lead Data Analyst (R-10482) position at Alder & Finch Insurance. Your interview has been scheduled as follows:\n\nInterviewer: Kevin Marsh, VP Actuarial Analytics\nType: Video interview (Microsoft Teams)\n\nPlease log in to the Candidate Home to view details.\n\nThis is an automated message from Workday.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_QWxkZXI",
        ),
        zone="America/New_York",
    )
    _x(
        "Phone interview - Pinebrook Public Library",
        interview=True,
        company="Pinebrook Public Library",
        role="Data Services Coordinator",
        org=("hr@pinebrooklibrary.org", "Pinebrook Library HR"),
        desc="Phone interview for the Data Services Coordinator posting (#2024-117). Interview panel: Carla Benson (Head of Digital Services), Ray Kim (IT). We will call you at the number on your application. Approx. 40 minutes.",
        zone="America/Chicago",
    )
    _x(
        "Alex Rivera: Technical Deep Dive with Kestrel Ridge",
        interview=True,
        company="Kestrel Ridge",
        role="Staff Data Engineer",
        org=("noreply@ashbyhq.com", "Kestrel Ridge via Ashby"),
        att=[person("m.abara@kestrelridge.com", "Moses Abara")],
        desc="Hi Alex, here are the details for your Technical Deep Dive for the Staff Data Engineer position at Kestrel Ridge.\n\nYou'll walk Moses through a past project of your choice in depth (architecture, trade-offs, what you'd change).\n\nJoin: see Google Meet link.\n\nScheduled with Ashby",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Paid trial day – Fernhill Studio",
        interview=True,
        company="Fernhill Studio",
        role="Analytics Engineer",
        org=("ops@fernhillstudio.com", "Lotte at Fernhill"),
        desc="Paid trial day for the Analytics Engineer role: you'll work with the team on a small dbt task in the morning and present it to Lotte and Jonah at 4pm. Lunch is on us.",
        loc="Fernhill Studio, Lindenstraße 34, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Behavioral interview | Graniteview Analytics",
        interview=True,
        company="Graniteview Analytics",
        role="Data Engineering Manager",
        org=("careers@graniteview.ai", "Graniteview Careers"),
        att=[person("s.rahman@graniteview.ai", "Sadia Rahman")],
        desc="Interview for: Data Engineering Manager\nStage: Behavioral (45 min)\nInterviewer: Sadia Rahman, Head of People\n\nThis invitation was sent via Greenhouse on behalf of Graniteview Analytics.",
        meet="meet",
        zone="Europe/Dublin",
    )


def _interviews_german() -> None:
    _x(
        "Vorstellungsgespräch – Senior Data Engineer (m/w/d) – Kestrel Logistik GmbH",
        interview=True,
        company="Kestrel Logistik",
        role="Senior Data Engineer",
        org=("jobs@kestrel-logistik.de", "Kestrel Logistik Recruiting"),
        att=[
            person("s.albrecht@kestrel-logistik.de", "Sabine Albrecht"),
            person("t.nguyen@kestrel-logistik.de", "Thanh Nguyen"),
        ],
        desc="Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Senior Data Engineer (m/w/d). Gerne möchten wir Sie zu einem persönlichen Gespräch einladen.\n\nGesprächspartner: Sabine Albrecht (HR), Thanh Nguyen (Head of Data)\nDauer: ca. 60 Minuten\n\nBitte melden Sie sich am Empfang.\n\nMit freundlichen Grüßen\nKestrel Logistik GmbH\n\nGesendet über Personio",
        loc="Kestrel Logistik GmbH, Am Hafen 4, 20457 Hamburg",
        zone="Europe/Berlin",
    )
    _x(
        "Zweitgespräch Lindenhof Versicherung",
        interview=True,
        company="Lindenhof Versicherung",
        role=None,
        desc="mit Bereichsleiter + jemand aus IT. Zeugnisse mitnehmen!",
        loc="Lindenhof Versicherung AG, Königsallee 60, Düsseldorf",
        zone="Europe/Berlin",
    )
    _x(
        "Kennenlerngespräch mit Frau Albers (Hartwig Medien)",
        interview=True,
        company="Hartwig Medien",
        role="Teamleitung Business Intelligence",
        org=("k.albers@hartwig-medien.de", "Katrin Albers"),
        att=[person("k.albers@hartwig-medien.de", "Katrin Albers")],
        desc="Hallo Alex,\n\nwie telefonisch besprochen hier die Einladung zu unserem ersten Kennenlernen für die Position Teamleitung Business Intelligence. Wir sprechen ca. 45 Minuten über Ihren Werdegang und die Aufgaben im Team.\n\nViele Grüße\nKatrin Albers\nPersonalreferentin | Hartwig Medien GmbH & Co. KG",
        conf=(
            "Microsoft Teams-Besprechung",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_SGFydHdpZw",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Probetag bei Sonnwerk Solar",
        interview=True,
        company="Sonnwerk Solar",
        role="Data Analyst",
        org=("team@sonnwerk.de", "Sonnwerk People"),
        desc="Hallo Alex, wie besprochen kommst du für einen Probetag (Data Analyst) zu uns ins Büro. Du lernst das Team kennen und arbeitest mit Jana an einer kleinen Aufgabe zu unseren Anlagen-Daten. Feedbackgespräch um 16 Uhr. Grüße, Moritz",
        loc="Sonnwerk Solar, Gewerbehof Alte Mälzerei, Leipzig",
        zone="Europe/Berlin",
    )
    _x(
        "Fachinterview: Cloud Architect – Brückner IT",
        interview=True,
        company="Brückner IT",
        role="Cloud Architect",
        org=("recruiting@brueckner-it.de", "Brückner IT Recruiting"),
        att=[person("f.hagen@brueckner-it.de", "Felix Hagen")],
        desc="Technisches Interview mit Felix Hagen (Principal Architect). Themen: AWS, Datenplattform, Infrastructure as Code. Bitte Kamera aktivieren.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Telefoninterview Auerbach & Söhne",
        interview=True,
        company="Auerbach & Söhne",
        role=None,
        desc="ruft mich an (Hr. Krause, Personal). Gehaltsvorstellung überlegen!",
        zone="Europe/Berlin",
    )
    _x(
        "Interview (MS Teams) – Stadtwerke Eichenau – Referent*in Datenmanagement",
        interview=True,
        company="Stadtwerke Eichenau",
        role="Referent*in Datenmanagement",
        org=("bewerbung@stadtwerke-eichenau.de", "Stadtwerke Eichenau Personal"),
        att=[
            person("r.wolf@stadtwerke-eichenau.de", "Renate Wolf"),
            person("personalrat@stadtwerke-eichenau.de", "Personalrat"),
        ],
        desc="Auswahlgespräch für die Stelle Referent*in Datenmanagement (Kennziffer 23/41). Teilnehmende: Fachbereich, Personalabteilung, Personalrat, Gleichstellungsbeauftragte.",
        conf=(
            "Microsoft Teams-Besprechung",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_U3RhZHR3",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Bewerbungsgespräch Rheinberg Pharma – Runde 3 (Geschäftsführung)",
        interview=True,
        company="Rheinberg Pharma",
        role="Leiter Data & Analytics",
        org=("m.stein@rheinberg-pharma.de", "Dr. Martin Stein"),
        desc="Sehr geehrter Herr Rivera,\nwir freuen uns, Sie in der dritten Runde für die Position Leiter Data & Analytics (m/w/d) begrüßen zu dürfen. Das Gespräch findet mit unserer Geschäftsführung statt.\n\nDr. Martin Stein\nCHRO | Rheinberg Pharma GmbH",
        loc="Rheinberg Pharma GmbH, Konferenzraum Rhein, Industriestraße 9, Mainz",
        zone="Europe/Berlin",
    )


def _interviews_french() -> None:
    _x(
        "Entretien d'embauche – Maison Ferrand – Chef de projet data",
        interview=True,
        company="Maison Ferrand",
        role="Chef de projet data",
        org=("recrutement@maisonferrand.fr", "Recrutement Maison Ferrand"),
        att=[person("c.lefevre@maisonferrand.fr", "Claire Lefèvre")],
        desc="Bonjour Alex,\n\nSuite à votre candidature au poste de Chef de projet data, nous avons le plaisir de vous convier à un entretien avec Claire Lefèvre, Directrice des Systèmes d'Information.\n\nCordialement,\nL'équipe Recrutement – Maison Ferrand",
        loc="Maison Ferrand, 18 rue du Faubourg Saint-Honoré, 75008 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Entretien RH avec Camille – Orléo",
        interview=True,
        company="Orléo",
        role="Data Engineer Senior",
        org=("camille.roux@orleo.io", "Camille Roux"),
        att=[person("camille.roux@orleo.io", "Camille Roux")],
        desc="Bonjour Alex ! Ravie d'échanger avec vous pour le poste de Data Engineer Senior. Premier échange de 30 min pour faire connaissance.\n\nCamille Roux – Talent Acquisition @ Orléo\n\nProgrammé via Welcome to the Jungle",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entretien technique : Ingénieur données – Groupe Valmont",
        interview=True,
        company="Groupe Valmont",
        role="Ingénieur données",
        org=("talents@groupe-valmont.com", "Groupe Valmont Talents"),
        att=[
            person("p.girard@groupe-valmont.com", "Pierre Girard"),
            person("a.benali@groupe-valmont.com", "Amina Benali"),
        ],
        desc="Entretien technique (1h30) : exercice SQL/Python en direct puis discussion d'architecture avec Pierre Girard et Amina Benali.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_VmFsbW9u",
        ),
        zone="Europe/Paris",
    )
    _x(
        "2e entretien Lumière Assurances",
        interview=True,
        company="Lumière Assurances",
        role=None,
        desc="avec le N+2. Revoir le cas de tarification. Métro ligne 1, La Défense",
        loc="Tour Lumière, La Défense",
        zone="Europe/Paris",
    )
    _x(
        "Échange avec Julien (manager) – poste Analyste BI – Vignoble Delorme",
        interview=True,
        company="Vignoble Delorme",
        role="Analyste BI",
        org=("julien.moreau@vignobledelorme.fr", "Julien Moreau"),
        desc="Bonjour Alex,\nComme convenu avec Sophie des RH, voici l'invitation pour notre échange sur le poste d'Analyste BI. Je vous présenterai l'équipe et nos projets, puis j'aurai quelques questions sur votre parcours.\nJulien Moreau\nResponsable Data – Vignoble Delorme SAS",
        conf=("Zoom", "https://us06web.zoom.us/j/88120347761"),
        zone="Europe/Paris",
    )
    _x(
        "Entretien final – Comité de direction – Atelier Brisac",
        interview=True,
        company="Atelier Brisac",
        role="Head of Data",
        org=("rh@atelierbrisac.fr", "RH Atelier Brisac"),
        desc="Dernière étape du processus de recrutement pour le poste de Head of Data : rencontre avec le comité de direction (45 min) suivie d'un déjeuner avec l'équipe.",
        loc="Atelier Brisac, 7 quai Saint-Antoine, 69002 Lyon",
        zone="Europe/Paris",
    )


def _interviews_spanish_portuguese() -> None:
    _x(
        "Entrevista con Alba – Cobre Digital",
        interview=True,
        company="Cobre Digital",
        role="Ingeniero/a de Datos",
        org=("alba.serrano@cobredigital.es", "Alba Serrano"),
        att=[person("alba.serrano@cobredigital.es", "Alba Serrano")],
        desc="Hola Alex,\n\nGracias por tu interés en la posición de Ingeniero/a de Datos. Te propongo una primera conversación de 30 minutos para conocerte y contarte más sobre el equipo.\n\nUn saludo,\nAlba Serrano\nTalent Acquisition | Cobre Digital",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista técnica – Ingeniero de Datos Senior – Naranjo Seguros",
        interview=True,
        company="Naranjo Seguros",
        role="Ingeniero de Datos Senior",
        org=("seleccion@naranjoseguros.es", "Selección Naranjo Seguros"),
        att=[
            person("j.ibarra@naranjoseguros.es", "Javier Ibarra"),
            person("m.quintana@naranjoseguros.es", "Mercedes Quintana"),
        ],
        desc="Estimado Alex:\n\nLe confirmamos la entrevista técnica para el puesto de Ingeniero de Datos Senior. Duración aproximada: 75 minutos. Se realizará un ejercicio práctico de SQL y modelado.\n\nDepartamento de Personas – Naranjo Seguros S.A.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_TmFyYW5q",
        ),
        zone="Europe/Madrid",
    )
    _x(
        "Segunda entrevista Grupo Alameda",
        interview=True,
        company="Grupo Alameda",
        role=None,
        desc="con la directora de operaciones. llevar copia del CV. preguntar por teletrabajo",
        loc="Grupo Alameda, Paseo de la Castellana 95, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista telefónica: Analista BI – Tierra Clara Logística",
        interview=True,
        company="Tierra Clara Logística",
        role="Analista BI",
        org=("rrhh@tierraclara.mx", "RR.HH. Tierra Clara"),
        desc="Hola Alex, te llamaremos al número que indicaste en tu candidatura de InfoJobs para una entrevista telefónica de unos 20 minutos sobre la vacante de Analista BI. Saludos, Equipo de RR.HH. – Tierra Clara Logística",
        zone="America/Mexico_City",
    )
    _x(
        "Entrevista – Engenheiro de Dados – Caravela Tech",
        interview=True,
        company="Caravela Tech",
        role="Engenheiro de Dados",
        org=("pessoas@caravela.tech", "Pessoas @ Caravela"),
        att=[person("rui.matos@caravela.tech", "Rui Matos")],
        desc="Olá Alex,\n\nObrigado pela candidatura para Engenheiro de Dados. A entrevista será com o Rui Matos (Engineering Lead) e terá a duração de 1 hora.\n\nCumprimentos,\nEquipa de Pessoas – Caravela Tech",
        meet="meet",
        zone="Europe/Lisbon",
    )
    _x(
        "Bate-papo com RH – Ipê Pagamentos",
        interview=True,
        company="Ipê Pagamentos",
        role="Analista de Dados Sênior",
        org=("talentos@ipepagamentos.com.br", "Talentos Ipê"),
        att=[person("fernanda.lima@ipepagamentos.com.br", "Fernanda Lima")],
        desc="Oi Alex! Tudo bem? Esse é o nosso primeiro bate-papo sobre a vaga de Analista de Dados Sênior. Vamos conversar sobre sua trajetória, expectativas e o modelo de trabalho remoto. Abraços, Fernanda – Tech Recruiter | Ipê Pagamentos",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista | Analista de Dados Sênior | Jabuti Seguros",
        interview=True,
        company="Jabuti Seguros",
        role="Analista de Dados Sênior",
        org=("no-reply@gupy.io", "Jabuti Seguros via Gupy"),
        desc="Olá, Alex! Você foi convidado(a) para a etapa Entrevista com Gestor do processo seletivo Analista de Dados Sênior da Jabuti Seguros. Acesse o link da videochamada no horário agendado.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_SmFidXRp",
        ),
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista final Maré Energia",
        interview=True,
        company="Maré Energia",
        role=None,
        desc="última etapa – diretor + CFO. Levar números do projeto de previsão",
        loc="Maré Energia, Av. da Liberdade 190, Lisboa",
        zone="Europe/Lisbon",
    )


def _interviews_italian_dutch() -> None:
    _x(
        "Colloquio conoscitivo – Ferretti Logistica",
        interview=True,
        company="Ferretti Logistica",
        role="Data Engineer",
        org=("selezione@ferrettilogistica.it", "Selezione Ferretti"),
        att=[person("g.conti@ferrettilogistica.it", "Giulia Conti")],
        desc="Gentile Alex,\n\ncon la presente la invitiamo a un primo colloquio conoscitivo per la posizione di Data Engineer. Il colloquio si terrà in videochiamata con Giulia Conti (HR Business Partner).\n\nCordiali saluti,\nFerretti Logistica S.p.A.",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio tecnico – Borgo Digitale – Senior Analytics Engineer",
        interview=True,
        company="Borgo Digitale",
        role="Senior Analytics Engineer",
        org=("talent@borgodigitale.it", "Borgo Digitale Talent"),
        att=[
            person("l.marini@borgodigitale.it", "Luca Marini"),
            person("s.greco@borgodigitale.it", "Sara Greco"),
        ],
        desc="Ciao Alex, ecco l'invito per il colloquio tecnico (90 min) con Luca e Sara del team dati: live coding in Python e discussione su dbt e orchestrazione. A presto! – Team Talent, Borgo Digitale",
        conf=("Zoom", "https://borgodigitale.zoom.us/j/86601928374"),
        zone="Europe/Rome",
    )
    _x(
        "Secondo colloquio Assicurazioni Corvino",
        interview=True,
        company="Assicurazioni Corvino",
        role=None,
        desc="con il responsabile IT, portare referenze. Milano, via Torino",
        loc="Assicurazioni Corvino, Via Torino 48, Milano",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio HR – Olivetta Software",
        interview=True,
        company="Olivetta Software",
        role="Business Intelligence Lead",
        org=("hr@olivetta.software", "Olivetta HR"),
        desc="Colloquio con HR per la posizione di Business Intelligence Lead. Durata 30 minuti. Chiamata su Teams.\n\nMarta Bellini | People & Culture | Olivetta Software Srl",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_T2xpdmV0",
        ),
        zone="Europe/Rome",
    )
    _x(
        "Sollicitatiegesprek – Data Engineer – Dijkstra Logistiek",
        interview=True,
        company="Dijkstra Logistiek",
        role="Data Engineer",
        org=("werkenbij@dijkstralogistiek.nl", "Werken bij Dijkstra"),
        att=[
            person("e.dijkstra@dijkstralogistiek.nl", "Eva Dijkstra"),
            person("m.bakker@dijkstralogistiek.nl", "Mark Bakker"),
        ],
        desc="Beste Alex,\n\nBedankt voor je sollicitatie op de vacature Data Engineer. Graag nodigen we je uit voor een eerste gesprek met Eva Dijkstra (HR) en Mark Bakker (Teamlead Data).\n\nMet vriendelijke groet,\nDijkstra Logistiek B.V.",
        loc="Dijkstra Logistiek, Havenweg 12, Rotterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Kennismakingsgesprek Polderkracht",
        interview=True,
        company="Polderkracht",
        role="Analytics Engineer",
        org=("recruitment@polderkracht.nl", "Polderkracht Recruitment"),
        desc="Hoi Alex, leuk dat je hebt gesolliciteerd op de functie Analytics Engineer! In dit kennismakingsgesprek (30 min) vertellen we meer over Polderkracht en horen we graag meer over jou.\n\nVerstuurd via Recruitee",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Tweede gesprek Van Leeuwen Verzekeringen",
        interview=True,
        company="Van Leeuwen Verzekeringen",
        role=None,
        desc="met afdelingshoofd en iemand van het team. NS trein 8:12 naar Utrecht",
        loc="Van Leeuwen Verzekeringen, Catharijnesingel 30, Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Technisch interview Grachtwerk (Data Platform Engineer)",
        interview=True,
        company="Grachtwerk",
        role="Data Platform Engineer",
        org=("jobs@grachtwerk.io", "Grachtwerk Jobs"),
        att=[person("sanne@grachtwerk.io", "Sanne de Vries")],
        desc="Technisch interview van 60 minuten met Sanne (Staff Engineer). We bespreken een systeemontwerp voor onze event-pipeline. Geen voorbereiding nodig.",
        conf=("Zoom", "https://grachtwerk.zoom.us/j/81227730016"),
        zone="Europe/Amsterdam",
    )


def _interviews_polish_swedish() -> None:
    _x(
        "Rozmowa kwalifikacyjna – Wisła Data sp. z o.o.",
        interview=True,
        company="Wisła Data",
        role="Inżynier danych",
        org=("rekrutacja@wisladata.pl", "Rekrutacja Wisła Data"),
        att=[person("a.nowak@wisladata.pl", "Agnieszka Nowak")],
        desc="Dzień dobry Panie Alexie,\n\ndziękujemy za przesłanie aplikacji na stanowisko Inżynier danych. Zapraszamy na rozmowę kwalifikacyjną z Agnieszką Nowak (HR) i kierownikiem zespołu.\n\nPozdrawiamy,\nZespół Rekrutacji Wisła Data sp. z o.o.",
        loc="Wisła Data, ul. Prosta 51, Warszawa",
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa rekrutacyjna – Analityk danych – Bursztyn Bank",
        interview=True,
        company="Bursztyn Bank",
        role="Analityk danych",
        org=("kariera@bursztynbank.pl", "Kariera Bursztyn Bank"),
        desc="Zaproszenie na rozmowę rekrutacyjną (online, MS Teams) na stanowisko Analityk danych. Prosimy o przygotowanie dokumentu tożsamości.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_QnVyc3p0",
        ),
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa techniczna z zespołem – Tatra Soft",
        interview=True,
        company="Tatra Soft",
        role="Senior Data Engineer",
        org=("hr@tatrasoft.pl", "Tatra Soft HR"),
        att=[
            person("m.wojcik@tatrasoft.pl", "Marek Wójcik"),
            person("k.lis@tatrasoft.pl", "Karolina Lis"),
        ],
        desc="Cześć Alex! Zapraszamy na rozmowę techniczną na stanowisko Senior Data Engineer z Markiem i Karoliną z zespołu w Krakowie. Około 60 min, część po angielsku.",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "rozmowa Bałtyk Logistics 11:00",
        interview=True,
        company="Bałtyk Logistics",
        role=None,
        desc="pierwszy etap, dzwoni pani Ewa z HR",
        zone="Europe/Warsaw",
    )
    _x(
        "Intervju – Dataingenjör – Lindqvist Data AB",
        interview=True,
        company="Lindqvist Data",
        role="Dataingenjör",
        org=("rekrytering@lindqvistdata.se", "Lindqvist Data Rekrytering"),
        att=[
            person("anna.berg@lindqvistdata.se", "Anna Berg"),
            person("johan.ek@lindqvistdata.se", "Johan Ek"),
        ],
        desc="Hej Alex!\n\nTack för din ansökan till tjänsten som Dataingenjör. Vi vill gärna träffa dig för en intervju med Anna Berg (rekryterande chef) och Johan Ek (teamlead).\n\nVänliga hälsningar\nLindqvist Data AB\n\nSkickat via Teamtailor",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_TGluZHF2",
        ),
        zone="Europe/Stockholm",
    )
    _x(
        "Första intervju med Fjällgruppen",
        interview=True,
        company="Fjällgruppen",
        role="BI-utvecklare",
        org=("karin.holm@fjallgruppen.se", "Karin Holm"),
        desc="Hej! Här kommer inbjudan till en första intervju för tjänsten som BI-utvecklare. Vi ses på Teams.\n/Karin Holm, HR, Fjällgruppen",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_RmphbGxn",
        ),
        zone="Europe/Stockholm",
    )
    _x(
        "Andra intervju: Sjöberg & Co",
        interview=True,
        company="Sjöberg & Co",
        role=None,
        desc="case-intervju med partner. ta med dator",
        loc="Sjöberg & Co, Stureplan 4, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Teknisk intervju Norrsken Energi – Dataplattformsarkitekt",
        interview=True,
        company="Norrsken Energi",
        role="Dataplattformsarkitekt",
        org=("jobb@norrskenenergi.se", "Norrsken Energi"),
        att=[person("erik.lund@norrskenenergi.se", "Erik Lund")],
        desc="Teknisk intervju (60 min) för tjänsten Dataplattformsarkitekt med Erik Lund. Vi går igenom en arkitekturövning tillsammans.",
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Slutintervju Lindqvist Data – VD och CTO",
        interview=True,
        company="Lindqvist Data",
        role="Dataingenjör",
        org=("anna.berg@lindqvistdata.se", "Anna Berg"),
        desc="Hej Alex, sista steget för tjänsten som Dataingenjör: ett samtal med vår VD Maria Lindqvist och CTO Oskar Nyström. Välkommen till kontoret!\n/Anna",
        loc="Lindqvist Data AB, Kungsgatan 12, Stockholm",
        zone="Europe/Stockholm",
    )


def _interviews_other_scripts() -> None:
    _x(
        "【一次面接】データエンジニア職 / Hoshizora Technologies株式会社",
        interview=True,
        company="Hoshizora Technologies",
        role="データエンジニア",
        org=("recruit@hoshizora-tech.jp", "Hoshizora Technologies 採用担当"),
        desc="Alex Rivera 様\n\nこの度はデータエンジニア職にご応募いただき、誠にありがとうございます。一次面接の日程が確定いたしましたのでご連絡いたします。\n\n形式：オンライン（Google Meet）\n所要時間：約60分\n面接官：開発部 部長 佐藤\n\nHoshizora Technologies株式会社 人事部 採用担当",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "最終面接（役員）– Minato Analytics",
        interview=True,
        company="Minato Analytics",
        role=None,
        org=("saiyo@minato-analytics.co.jp", "Minato Analytics 採用チーム"),
        desc="最終面接のご案内です。当日は本社受付にてお名前をお伝えください。所要時間は45分程度を予定しております。",
        loc="Minato Analytics 本社 東京都港区芝浦3-4-1 12階",
        zone="Asia/Tokyo",
    )
    _x(
        "[면접 안내] 데이터 엔지니어 1차 면접 - Hanbit Mobility",
        interview=True,
        company="Hanbit Mobility",
        role="데이터 엔지니어",
        org=("recruit@hanbitmobility.kr", "Hanbit Mobility 인사팀"),
        desc="안녕하세요 Alex Rivera님,\n\nHanbit Mobility 데이터 엔지니어 포지션 1차 면접 일정을 안내드립니다. 화상 면접으로 진행되며 약 1시간 소요됩니다.\n\n감사합니다.\nHanbit Mobility 인사팀 드림",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "Qinghe Tech 数据工程师 视频面试（二面）",
        interview=True,
        company="Qinghe Tech",
        role="数据工程师",
        org=("hr@qinghetech.cn", "Qinghe Tech 招聘组"),
        desc="Alex 您好，\n\n感谢您应聘 Qinghe Tech（青禾科技）数据工程师岗位。二面安排如下：面试官为数据平台负责人王磊，时长约60分钟，请提前5分钟进入会议。\n\n青禾科技 人力资源部",
        conf=("腾讯会议", "https://meeting.tencent.com/dm/7Qh2kW9xZ"),
        zone="Asia/Shanghai",
    )
    _x(
        "Mülakat: Veri Mühendisi – Boğaziçi Yazılım A.Ş.",
        interview=True,
        company="Boğaziçi Yazılım",
        role="Veri Mühendisi",
        org=("ik@bogaziciyazilim.com.tr", "Boğaziçi Yazılım İK"),
        desc="Merhaba Alex,\n\nVeri Mühendisi pozisyonu için yaptığınız başvuru kapsamında sizinle online bir mülakat gerçekleştirmek istiyoruz. Görüşme yaklaşık 45 dakika sürecektir.\n\nSaygılarımızla,\nBoğaziçi Yazılım A.Ş. İnsan Kaynakları",
        meet="meet",
        zone="Europe/Istanbul",
    )
    _x(
        "مقابلة عمل – مهندس بيانات – Nakheel Digital",
        interview=True,
        company="Nakheel Digital",
        role="مهندس بيانات",
        org=("careers@nakheeldigital.ae", "Nakheel Digital Careers"),
        desc="عزيزي أليكس،\n\nيسعدنا دعوتك لإجراء مقابلة عمل لوظيفة مهندس بيانات عبر Microsoft Teams مع مدير فريق البيانات. مدة المقابلة حوالي ٤٥ دقيقة.\n\nمع أطيب التحيات،\nفريق الموارد البشرية – Nakheel Digital",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_TmFraGVl",
        ),
        zone="Asia/Dubai",
    )
    _x(
        "साक्षात्कार: डेटा इंजीनियर – Saffron Systems",
        interview=True,
        company="Saffron Systems",
        role="डेटा इंजीनियर",
        org=("talent@saffronsystems.in", "Saffron Systems Talent Team"),
        desc="प्रिय Alex,\n\nडेटा इंजीनियर पद के लिए आपके आवेदन के लिए धन्यवाद। आपका तकनीकी साक्षात्कार Google Meet पर होगा, अवधि लगभग 60 मिनट।\n\nसादर,\nटैलेंट टीम, Saffron Systems Pvt. Ltd.",
        meet="meet",
        zone="Asia/Kolkata",
    )


def _interviews_more() -> None:
    _x(
        "Oakhurst Labs – Hiring Manager Interview (Alex Rivera)",
        interview=True,
        company="Oakhurst Labs",
        role="Senior Data Engineer",
        org=("maya.chen@oakhurstlabs.com", "Maya Chen"),
        att=[person("tariq.bell@oakhurstlabs.com", "Tariq Bell")],
        desc="Hi Alex,\n\nNext step for the Senior Data Engineer role: 45 minutes with Tariq Bell, Engineering Manager for Data Infrastructure.\n\nMaya Chen | Technical Recruiter | Oakhurst Labs\n\nScheduled via Greenhouse",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Panel interview – Larkspur Finance (Analytics Engineering)",
        interview=True,
        company="Larkspur Finance",
        role="Staff Analytics Engineer",
        org=("priya.nair@larkspurfinance.com", "Priya Nair"),
        att=[
            person("g.hale@larkspurfinance.com", "George Hale"),
            person("a.moretti@larkspurfinance.com", "Anna Moretti"),
            person("y.tan@larkspurfinance.com", "Yusuf Tan"),
        ],
        desc="Panel for the Staff Analytics Engineer position: George (Head of Analytics Engineering), Anna (Finance Data), Yusuf (Platform). 60 min, a mix of technical and stakeholder questions.",
        conf=("Zoom Meeting", "https://larkspurfinance.zoom.us/j/91822047713"),
        zone="Europe/London",
    )
    _x(
        "Llamada con la recruiter de Naranjo (primer filtro)",
        interview=True,
        company="Naranjo Seguros",
        role="Ingeniero de Datos Senior",
        org=("p.vidal@naranjoseguros.es", "Paula Vidal"),
        desc="Hola Alex, como hablamos por LinkedIn, te llamo para una primera toma de contacto sobre la vacante de Ingeniero de Datos Senior. 20 minutos. Paula Vidal – Talent Acquisition, Naranjo Seguros",
        zone="Europe/Madrid",
    )
    _x(
        "Gespräch mit Personalberatung Falkner – Mandat Nordwerk Maschinenbau",
        interview=True,
        company="Nordwerk Maschinenbau",
        role="Head of Data Engineering",
        org=("c.falkner@falkner-executive.de", "Christoph Falkner"),
        desc="Sehr geehrter Herr Rivera,\nwie besprochen führen wir im Auftrag unseres Mandanten Nordwerk Maschinenbau AG ein erstes Interview für die Position Head of Data Engineering. Bei Eignung stellen wir Sie anschließend dem Vorstand vor.\n\nChristoph Falkner\nFalkner Executive Search GmbH",
        conf=(
            "Microsoft Teams-Besprechung",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_RmFsa25l",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Halcyon exec round w/ CTO (30 min)",
        interview=True,
        company="Halcyon Robotics",
        role="Senior Data Platform Engineer",
        desc="Ines said the CTO wants 30 min before they decide. Questions for him: roadmap, team size, on-call",
        conf=("Zoom Meeting", "https://halcyonrobotics.zoom.us/j/82013374452"),
        zone="Europe/Berlin",
    )
    _x(
        "Videocolloquio con il CTO – Borgo Digitale (ultimo step)",
        interview=True,
        company="Borgo Digitale",
        role="Senior Analytics Engineer",
        org=("talent@borgodigitale.it", "Borgo Digitale Talent"),
        desc="Ciao Alex, ultimo step del processo per Senior Analytics Engineer: una chiacchierata di 40 minuti con il nostro CTO, Davide Ruggeri. In bocca al lupo!",
        meet="meet",
        zone="Europe/Rome",
    )


# ---------------------------------------------------------------------------
# Close to an interview, but not the user's own
# ---------------------------------------------------------------------------


def _initech_interviewer() -> None:
    _x(
        "Phone Screen: Jordan Blake (Data Engineer II) – Interviewer: Alex Rivera",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("jordan.blake.dev@gmail.com", "Jordan Blake")],
        desc="Candidate: Jordan Blake\nPosition: Data Engineer II (Req #DE-2291)\nInterviewer: Alex Rivera\nFocus: SQL, pipeline debugging\n\nPlease submit your scorecard in Greenhouse within 24 hours.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Onsite Loop – Mei Tanaka – System Design (Alex)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("mei.tanaka@fastmail.com", "Mei Tanaka")],
        desc="Interview kit: Senior Analytics Engineer – System Design\nInterviewer: Alex Rivera\nRoom: Brandenburg (3rd floor)\nCandidate arrives at reception at 09:45; Lisa will bring her up.",
        loc="Initech Berlin – Brandenburg (3.OG)",
        zone="Europe/Berlin",
    )
    _x(
        "Debrief: Mei Tanaka – Senior Analytics Engineer",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("lisa.krueger@initech.com", "Lisa Krüger"),
        att=[
            person("priya.shah@initech.com", "Priya Shah"),
            person("tom.keller@initech.com", "Tom Keller"),
        ],
        desc="Hire / no hire discussion for Mei. Please have scorecards submitted before the debrief.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Candidate lunch w/ Rafael Ortiz",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("lisa.krueger@initech.com", "Lisa Krüger"),
        desc="Informal lunch with Rafael during his onsite (Staff Data Engineer). Not evaluated – just sell the team. Expense it under recruiting.",
        loc="Markthalle Neun, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Weekly hiring sync – Data Platform",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("priya.shah@initech.com", "Priya Shah"),
        att=[
            person("lisa.krueger@initech.com", "Lisa Krüger"),
            person("tom.keller@initech.com", "Tom Keller"),
        ],
        desc="Pipeline review for DE-2291, AE-2304, SDE-2310. Who's in onsite this week, offers out, sourcing.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Bewerbungsgespräch: Lena Voigt (Werkstudentin BI)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("personal.berlin@initech.com", "Initech Personal Berlin"),
        att=[
            person("lena.voigt@student.tu-berlin.de", "Lena Voigt"),
            person("sandra.bauer@initech.com", "Sandra Bauer"),
        ],
        desc="Gesprächsführung: Alex Rivera (Fachbereich), Sandra Bauer (HR). Bewerbungsunterlagen im Personio-Profil. Bitte Bewertungsbogen im Anschluss ausfüllen.",
        loc="Initech Berlin, Raum Spree",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien technique – candidat Hugo Marchand (Initech Paris)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recrutement.paris@initech.com", "Recrutement Initech Paris"),
        att=[person("hugo.marchand@proton.me", "Hugo Marchand")],
        desc="Alex, merci de mener la partie technique (SQL + modélisation) pour le poste de Data Engineer à Paris. Grille d'évaluation dans Greenhouse.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Take-home review: Priyanka S. submission",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Review the repo before Thursday's debrief. Rubric: correctness, tests, README.",
        zone="Europe/Berlin",
    )
    _x(
        "Hiring committee – Q3 data roles",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("dana.ross@initech.com", "Dana Ross"),
        att=[
            person("priya.shah@initech.com", "Priya Shah"),
            person("lisa.krueger@initech.com", "Lisa Krüger"),
        ],
        desc="Final calibration on candidates who completed the loop. Packets attached in Drive.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Scorecard due: Jordan Blake",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Greenhouse reminder: your feedback for Jordan Blake (Phone Screen) is overdue.",
        zone="Europe/Berlin",
    )
    _x(
        "Intake meeting: new req – Staff Data Engineer",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("lisa.krueger@initech.com", "Lisa Krüger"),
        desc="Define must-haves, interview plan and interview panel for the new Staff DE req.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Entrevista a candidata – Lucía Fernández – Initech Madrid",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("talento.madrid@initech.com", "Talento Initech Madrid"),
        att=[person("lucia.fernandez.m@gmail.com", "Lucía Fernández")],
        desc="Alex, te toca la entrevista de arquitectura con Lucía (candidata a Data Engineer, equipo Madrid). Deja tu feedback en Greenhouse antes del viernes.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Rozmowa z kandydatem – Piotr Zieliński (staż Data)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("rekrutacja.wroclaw@initech.com", "Initech Wrocław HR"),
        att=[person("piotr.zielinski99@wp.pl", "Piotr Zieliński")],
        desc="Alex prowadzi część techniczną rozmowy ze stażystą (program letni Data). Arkusz oceny w Greenhouse.",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Interviewer training: structured interviewing at Initech",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("learning@initech.com", "Initech Learning"),
        desc="Mandatory for everyone on an interview panel: writing good scorecards, avoiding bias, legal do's and don'ts.",
        loc="Initech Berlin – Auditorium",
        zone="Europe/Berlin",
    )


def _helping_others() -> None:
    _x(
        "Drop Sam at Ferrous Motors for his interview",
        interview=False,
        company=None,
        role=None,
        desc="his car is in the shop. leave 8:15, pick him up ~11:30",
        loc="Ferrous Motors, Ostbahnhof, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Mock interview for Maya (her Brightline final)",
        interview=False,
        company=None,
        role=None,
        att=[person("maya.rivera@gmail.com", "Maya Rivera")],
        desc="I play the hiring manager. She sends me the job ad tonight.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Jonas hat Vorstellungsgespräch bei Kranich Bau – ihn zum Bahnhof fahren",
        interview=False,
        company=None,
        role=None,
        desc="Zug 8:42 nach Potsdam, Jonas um 8:15 abholen",
        zone="Europe/Berlin",
    )
    _x(
        "Accompagner Inès à son entretien chez Vauban Conseil",
        interview=False,
        company=None,
        role=None,
        desc="elle stresse, on prend un café avant. RDV 9h30 devant la gare",
        zone="Europe/Paris",
    )
    _x(
        "Revisar o CV da Bia antes da entrevista dela na Sabiá",
        interview=False,
        company=None,
        role=None,
        att=[person("bia.souza@gmail.com", "Beatriz Souza")],
        desc="chamada rápida pra revisar o CV e simular umas perguntas",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Babysit for Chloe (she has a job interview downtown)",
        interview=False,
        company=None,
        role=None,
        desc="kids at hers, 1–4pm",
        zone="Europe/Berlin",
    )
    _x(
        "Papa sollicitatiegesprek gemeente – oppassen op Noor",
        interview=False,
        company=None,
        role=None,
        desc="Noor uit school halen om 15:00",
        zone="Europe/Amsterdam",
    )


def _mocks_and_coaching() -> None:
    _x(
        "Mock interview with coach (Renata) – behavioral",
        interview=False,
        org=("renata@brightsidecareers.com", "Renata Alves"),
        desc="Session 3 of 5 of your Interview Ready package. We'll run a full 45-min behavioral mock (Oakhurst-style questions) and then debrief.\n\nRenata Alves – Career Coach, Brightside Careers",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/85510293348"),
        zone="Europe/Berlin",
    )
    _x(
        "Mock system design w/ Dev",
        interview=False,
        att=[person("dev.malhotra@gmail.com", "Dev Malhotra")],
        desc="he does the Vantablue-style prompt, I do his next week. excalidraw",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Probe-Vorstellungsgespräch mit Karriere-Coach",
        interview=False,
        org=("info@karriere-kompass-berlin.de", "Karriere Kompass Berlin"),
        desc="Übungsgespräch auf Deutsch mit Videoaufzeichnung und Feedback. Bitte eine echte Stellenanzeige mitbringen.",
        loc="Karriere Kompass, Torstraße 140, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Simulation d'entretien – atelier APEC",
        interview=False,
        org=("atelier@apec-conseil.fr", "Conseil carrière"),
        desc="Atelier collectif : simulation d'entretien de recrutement filmée, retours du consultant et des participants.",
        conf=("Zoom", "https://us06web.zoom.us/j/83320019485"),
        zone="Europe/Paris",
    )
    _x(
        "Simulacro de entrevista con Marta (mentora)",
        interview=False,
        att=[person("marta.gil@gmail.com", "Marta Gil")],
        desc="practicar en español para Naranjo y Cobre. preguntas de liderazgo",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Simulazione di colloquio – Career Service Politecnico",
        interview=False,
        org=("careerservice@alumni-polimi.example.it", "Career Service Alumni"),
        desc="Simulazione individuale di colloquio in italiano con feedback. Servizio gratuito per gli alumni.",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Oefensollicitatie met loopbaancoach",
        interview=False,
        org=("hanneke@loopbaanlicht.nl", "Hanneke Smit"),
        desc="We oefenen het gesprek voor Dijkstra: STAR-antwoorden en salarisvraag.",
        conf=("Zoom", "https://us02web.zoom.us/j/84419920031"),
        zone="Europe/Amsterdam",
    )
    _x(
        "Próbna rozmowa kwalifikacyjna z Kasią",
        interview=False,
        att=[person("kasia.wrobel@gmail.com", "Katarzyna Wróbel")],
        desc="Kasia zadaje pytania po polsku, ja odpowiadam. potem feedback",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "模擬面接（キャリアセンター）",
        interview=False,
        org=("career@alumni-career.example.jp", "キャリアセンター"),
        desc="卒業生向け模擬面接。日本語での自己紹介と志望動機の練習。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "모의 면접 스터디 3회차",
        interview=False,
        desc="스터디원 4명, 각자 15분씩 면접관/지원자 역할 교대",
        loc="강남역 스터디카페",
        zone="Asia/Seoul",
    )
    _x(
        "मॉक इंटरव्यू – रोहन के साथ",
        interview=False,
        att=[person("rohan.mehta@gmail.com", "Rohan Mehta")],
        desc="Saffron वाले इंटरव्यू से पहले प्रैक्टिस",
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "Salary negotiation coaching – Brightside Careers",
        interview=False,
        org=("renata@brightsidecareers.com", "Renata Alves"),
        desc="Session 5 of 5: negotiating the offer. Bring all offer details and your numbers.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/85510293349"),
        zone="Europe/Berlin",
    )


def _career_services_and_fairs() -> None:
    _x(
        "Career Center appointment: resume review",
        interview=False,
        org=("careers@alumni.stateu.example.edu", "Alumni Career Services"),
        desc="30-minute virtual advising appointment. Please upload your resume to Handshake beforehand.",
        conf=("Zoom Meeting", "https://stateu.zoom.us/j/91102938847"),
        zone="America/Chicago",
    )
    _x(
        "Tech Career Fair Berlin",
        interview=False,
        all_day=True,
        desc="60+ employers. bring 15 printed CVs. Halcyon + Novalink have booths",
        loc="Station Berlin, Luckenwalder Str. 4-6",
        zone="Europe/Berlin",
    )
    _x(
        "Info session: Graduate & Early Careers at Northwind Bank",
        interview=False,
        org=("earlycareers@northwindbank.com", "Northwind Bank Early Careers"),
        desc="Join our virtual information session to hear about our programmes, meet current analysts and ask questions. This is not part of the selection process.",
        conf=(
            "Microsoft Teams Live Event",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Tm9ydGh3",
        ),
        zone="Europe/London",
    )
    _x(
        "Webinar: Acing the Behavioral Interview",
        interview=False,
        org=("events@jobhuntacademy.com", "JobHunt Academy"),
        desc="Thanks for registering! In this free 60-minute webinar, we'll cover the STAR method, common pitfalls and how to answer 'tell me about a time you failed'.\n\nJoin: https://jobhuntacademy.webinar.example/join/8812",
        zone="America/New_York",
    )
    _x(
        "Jobmesse Hamburg – Standliste durchgehen",
        interview=False,
        desc="Messe ab 10 Uhr, vorher Liste der Aussteller markieren (Kestrel Logistik Halle B)",
        loc="Messe Hamburg, Halle B1",
        zone="Europe/Berlin",
    )
    _x(
        "Forum Entreprises – réseau des anciens",
        interview=False,
        org=("forum@alumni-ecole.example.fr", "Association des Anciens"),
        desc="Forum annuel : rencontres avec plus de 40 entreprises, ateliers CV. Inscription confirmée.",
        loc="Palais des Congrès, Paris",
        zone="Europe/Paris",
    )
    _x(
        "Feria de empleo TIC Madrid",
        interview=False,
        desc="pabellón 10. llevar CV impresos en español e inglés",
        loc="IFEMA, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Webinar: Como se preparar para entrevistas em inglês",
        interview=False,
        org=("eventos@carreiraglobal.com.br", "Carreira Global"),
        desc="Webinar gratuito com dicas práticas para entrevistas em inglês com empresas internacionais. Link enviado por e-mail.",
        zone="America/Sao_Paulo",
    )
    _x(
        "Carrièrebeurs Data & Tech Utrecht",
        interview=False,
        desc="Jaarbeurs, hal 3. Grachtwerk en Polderkracht staan er",
        loc="Jaarbeurs Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Targi pracy IT – Politechnika Warszawska",
        interview=False,
        desc="stoiska firm, prelekcje. wejście bezpłatne",
        loc="Gmach Główny PW, Warszawa",
        zone="Europe/Warsaw",
    )
    _x(
        "Jobbmässa för tech – Stockholmsmässan",
        interview=False,
        desc="Norrsken och Lindqvist har montrar. ta med visitkort",
        loc="Stockholmsmässan, Älvsjö",
        zone="Europe/Stockholm",
    )
    _x(
        "Termin Agentur für Arbeit – Beratungsgespräch",
        interview=False,
        org=("berlin-mitte.beratung@arbeitsagentur.example.de", "Agentur für Arbeit Berlin Mitte"),
        desc="Einladung zur Berufsberatung im Erwerbsleben. Bitte Lebenslauf und Personalausweis mitbringen.",
        loc="Agentur für Arbeit Berlin Mitte, Friedrichstraße 39",
        zone="Europe/Berlin",
    )


def _recruiters_and_networking() -> None:
    _x(
        "Coffee w/ Hannah (Talentbridge recruiter)",
        interview=False,
        desc="I reached out – she has nothing open for me right now, just want to be on her radar for Q4. Ask what salary bands look like in Berlin.",
        loc="Bonanza Coffee, Oderberger Str.",
        zone="Europe/Berlin",
    )
    _x(
        "Recruiter catch-up – Nate (Stackhire), general market chat",
        interview=False,
        org=("nate@stackhire.example.com", "Nate Brooks"),
        desc="Hey Alex, happy to do a quick catch-up. To be upfront I don't have a role that fits right now, but let's talk about what you're looking for and I'll keep you in mind.",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Kaffee mit Headhunterin Frau Schäfer – Marktüberblick",
        interview=False,
        desc="hab sie über LinkedIn angeschrieben, kein konkretes Mandat. Gehälter Head of Data fragen",
        loc="Café Einstein, Unter den Linden",
        zone="Europe/Berlin",
    )
    _x(
        "Data Engineering Berlin Meetup #58",
        interview=False,
        org=("noreply@meetup.example.com", "Meetup"),
        desc="Talks: 'Lakehouse in production' and 'Streaming joins without tears'. Pizza and drinks sponsored by Novalink. 7pm.",
        loc="Novalink, Skalitzer Str. 85, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Apéro networking French Tech Berlin",
        interview=False,
        desc="afterwork franco-allemand, 19h",
        loc="Institut français, Kurfürstendamm 211",
        zone="Europe/Berlin",
    )
    _x(
        "Alumni call – Sofia Grant ('16) at Orchard Analytics",
        interview=False,
        att=[person("sofia.grant@orchardanalytics.com", "Sofia Grant")],
        desc="found her through the alumni directory. ask how she moved from DE into product, what Orchard is like. not applying there (yet)",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Informational interview with Ben Cole (Data Lead, Pinewood Games)",
        interview=False,
        att=[person("ben.cole@pinewoodgames.com", "Ben Cole")],
        desc="20 min, he kindly agreed to tell me about data roles in games. no openings – just learning. questions in notes doc",
        conf=("Zoom Meeting", "https://pinewoodgames.zoom.us/j/80012293341"),
        zone="America/Los_Angeles",
    )
    _x(
        "Entrevista informativa con Laura (directora de datos, Banco Aurora)",
        interview=False,
        att=[person("laura.pena@bancoaurora.es", "Laura Peña")],
        desc="me la presentó Marta. solo para entender el sector bancario en España, no hay vacante",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Café com a Joana – conversa sobre o mercado em Lisboa",
        interview=False,
        desc="ex-colega, agora na Caravela. perguntar como é viver/trabalhar em Lisboa",
        loc="Fábrica Coffee Roasters, Lisboa",
        zone="Europe/Lisbon",
    )
    _x(
        "Aperitivo networking – Women in Data Milano",
        interview=False,
        org=("eventi@womenindata-mi.example.it", "Women in Data Milano"),
        desc="Aperitivo e networking aperto a tutti, con breve talk su data governance.",
        loc="Base Milano, Via Bergognone 34",
        zone="Europe/Rome",
    )
    _x(
        "Borrel Data Engineering NL",
        interview=False,
        desc="na de talks, 18:00. Sanne van Grachtwerk is er misschien",
        loc="Pllek, Amsterdam-Noord",
        zone="Europe/Amsterdam",
    )
    _x(
        "Fika med Erik – tips om jobbmarknaden i Stockholm",
        interview=False,
        att=[person("erik.sandberg@gmail.com", "Erik Sandberg")],
        desc="gammal kursare. fråga om lönenivåer och hyresmarknaden",
        loc="Vete-Katten, Kungsgatan 55",
        zone="Europe/Stockholm",
    )
    _x(
        "校友聚会 – 柏林",
        interview=False,
        desc="校友会秋季聚餐，AA制",
        loc="Restaurant Lon Men's Noodle House, Kantstraße 33, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "لقاء تعارف مع خريجي الجامعة في برلين",
        interview=False,
        desc="لقاء غير رسمي لخريجي الجامعة العاملين في قطاع التقنية",
        loc="Café Kreuzberg, Oranienstraße 20, Berlin",
        zone="Europe/Berlin",
    )


def _press_and_research() -> None:
    _x(
        "Podcast recording – Pipelines & Pints (guest: Alex Rivera)",
        interview=False,
        org=("host@pipelinesandpints.fm", "Pipelines & Pints"),
        desc="Thanks for coming on the show! We'll record ~50 min about migrating off a legacy warehouse. Riverside link below; please use headphones.\nhttps://riverside.example.fm/studio/pipelines-pints",
        zone="Europe/London",
    )
    _x(
        "Radio Spreewelle – Interview zum Thema KI im Alltag",
        interview=False,
        org=("redaktion@radiospreewelle.example.de", "Redaktion Radio Spreewelle"),
        desc="Live-Interview in der Sendung 'Digitalcheck', ca. 8 Minuten. Bitte 15 Minuten vorher im Studio sein.",
        loc="Radio Spreewelle, Funkhaus Nalepastraße, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Interview presse – Le Journal du Numérique",
        interview=False,
        org=("redaction@journaldunumerique.example.fr", "Le Journal du Numérique"),
        desc="Interview téléphonique avec la journaliste Élise Martin pour un article sur les équipes data distribuées. 20 min.",
        zone="Europe/Paris",
    )
    _x(
        "User research interview #4 – P07 (churned customer)",
        interview=False,
        me=WORK_ME,
        att=[person("p07.participant@example.com", "Research participant P07")],
        desc="Discussion guide v2 in Notion. I moderate, Priya takes notes. Consent form signed. $50 gift card after.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Customer discovery interview – Koala Freight ops manager",
        interview=False,
        me=WORK_ME,
        att=[person("m.reyes@koalafreight.com", "Miguel Reyes")],
        desc="We're interviewing 8 ops managers about how they use delay reports. Alex leads, 30 min.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/99012230017"),
        zone="America/Chicago",
    )
    _x(
        "Intervista con TechItalia Magazine",
        interview=False,
        org=("redazione@techitalia-mag.example.it", "Redazione TechItalia"),
        desc="Intervista per la rubrica 'Chi fa i dati' – 30 minuti in videochiamata, poi foto.",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "مقابلة بودكاست – بودكاست «بيانات»",
        interview=False,
        org=("host@bayanat-podcast.example", "بودكاست بيانات"),
        desc="تسجيل حلقة عن هندسة البيانات في الشركات الناشئة، حوالي ٤٠ دقيقة",
        meet="meet",
        zone="Asia/Dubai",
    )
    _x(
        "Interviewstudie UvA – ik ben deelnemer",
        interview=False,
        org=("onderzoek.thuiswerken@uva.example.nl", "Onderzoeksteam Thuiswerken"),
        desc="Bedankt voor uw deelname aan ons onderzoek naar hybride werken. Het interview duurt ongeveer 45 minuten en wordt opgenomen.",
        conf=("Zoom", "https://uva.zoom.us/j/82210034451"),
        zone="Europe/Amsterdam",
    )


def _work_calls() -> None:
    _x(
        "1:1 Alex / Priya",
        interview=False,
        me=WORK_ME,
        org=("priya.shah@initech.com", "Priya Shah"),
        desc="Agenda doc: https://docs.example.com/initech/1on1-alex-priya",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Mid-year performance review – Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("priya.shah@initech.com", "Priya Shah"),
        desc="Please complete your self-assessment in Lattice before our conversation.",
        loc="Initech Berlin – Room Havel",
        zone="Europe/Berlin",
    )
    _x(
        "Customer call: Globex – pipeline SLA",
        interview=False,
        me=WORK_ME,
        org=("am.globex@initech.com", "Initech Account Team"),
        att=[person("r.hughes@globex.example.com", "Rob Hughes")],
        desc="Globex escalated late daily loads. Alex to present root cause + fix timeline.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/99012230101"),
        zone="America/New_York",
    )
    _x(
        "Vendor demo: Snowdrift warehouse",
        interview=False,
        me=WORK_ME,
        org=("ae@snowdrift.example.io", "Kyle from Snowdrift"),
        desc="Demo of Snowdrift's serverless warehouse + pricing discussion for Initech.",
        conf=("Zoom Meeting", "https://snowdrift.zoom.us/j/81102235510"),
        zone="Europe/Berlin",
    )
    _x(
        "QBR with Umbrella Logistics",
        interview=False,
        me=WORK_ME,
        org=("am.umbrella@initech.com", "Initech Account Team"),
        desc="Quarterly business review. Alex covers data quality metrics (slides 8-12).",
        loc="Umbrella Logistics, Frankfurt – Konferenzraum 2",
        zone="Europe/Berlin",
    )
    _x(
        "Jahresgespräch mit Teamleitung",
        interview=False,
        me=WORK_ME,
        org=("priya.shah@initech.com", "Priya Shah"),
        desc="Jährliches Mitarbeitergespräch: Zielerreichung, Entwicklung, Ziele fürs nächste Jahr.",
        loc="Initech Berlin, Raum Spree",
        zone="Europe/Berlin",
    )
    _x(
        "Skip-level with Dana (VP Eng)",
        interview=False,
        me=WORK_ME,
        org=("dana.ross@initech.com", "Dana Ross"),
        desc="Open conversation, no agenda.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Exit interview – Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("people@initech.com", "Initech People Team"),
        desc="Hi Alex, as part of your offboarding we'd like to hear about your experience at Initech. 30 minutes, confidential. Also covers laptop return and final payslip.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien annuel d'évaluation – équipe Paris",
        interview=False,
        me=WORK_ME,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("hugo.lambert@initech.com", "Hugo Lambert")],
        desc="Entretien annuel de Hugo (je suis son manager fonctionnel). Formulaire dans Lattice.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Vendor renewal call – Streamline ETL",
        interview=False,
        me=WORK_ME,
        org=("renewals@streamline-etl.example.com", "Streamline ETL Renewals"),
        desc="Contract renewal for 2025, seat count and connector pricing.",
        conf=("Zoom Meeting", "https://streamline.zoom.us/j/87700122390"),
        zone="America/New_York",
    )
    _x(
        "SOC 2 audit – control owner interview (data retention)",
        interview=False,
        me=WORK_ME,
        org=("compliance@initech.com", "Initech Compliance"),
        att=[person("auditor@ledgerpoint-audit.example.com", "Ledgerpoint Audit")],
        desc="The auditors will interview control owners. Alex walks through the data retention job and evidence screenshots.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Revisión de desempeño trimestral – Lucía",
        interview=False,
        me=WORK_ME,
        att=[person("lucia.ortega@initech.com", "Lucía Ortega")],
        desc="revisión Q3 con Lucía (mi reporte en Madrid)",
        meet="meet",
        zone="Europe/Madrid",
    )


def _after_the_offer() -> None:
    _x(
        "Onboarding Day 1 – Lindqvist Data",
        interview=False,
        org=("anna.berg@lindqvistdata.se", "Anna Berg"),
        desc="Välkommen Alex! Day 1 schedule: 9:00 breakfast with the team, 10:00 IT setup with Jonas, 13:00 intro to the data platform, 15:00 HR admin.",
        loc="Lindqvist Data AB, Kungsgatan 12, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Introduktion: IT-setup med Jonas (Lindqvist)",
        interview=False,
        org=("it@lindqvistdata.se", "Lindqvist IT"),
        desc="Vi går igenom dator, konton, VPN och tvåfaktorsinloggning inför din första dag.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_SVQtc2V0",
        ),
        zone="Europe/Stockholm",
    )
    _x(
        "Background check – complete Clearcheck consent form (Halcyon)",
        interview=False,
        desc="Halcyon's conditional offer requires the background check. Link in email from Clearcheck, need passport + previous addresses",
        zone="Europe/Berlin",
    )
    _x(
        "Drug screen – Clearpath Labs",
        interview=False,
        org=("scheduling@clearpathlabs.example.com", "Clearpath Labs"),
        desc="Pre-employment screening appointment. Bring photo ID and your donor pass (attached).",
        loc="Clearpath Labs, 221 Market St, Suite 4, San Francisco",
        zone="America/Los_Angeles",
    )
    _x(
        "Sign offer letter (DocuSign) – Lindqvist Data",
        interview=False,
        desc="deadline today 17:00 CET. check start date + relocation clause",
        zone="Europe/Berlin",
    )
    _x(
        "Welcome lunch with the data team – Lindqvist",
        interview=False,
        org=("johan.ek@lindqvistdata.se", "Johan Ek"),
        desc="Välkommen! Lunch on us at Östermalmshallen.",
        loc="Östermalmshallen, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Referenssamtal: Priya ringer upp Lindqvist",
        interview=False,
        desc="påminn Priya (min chef) att Anna Berg ringer henne för referens kl 14",
        zone="Europe/Stockholm",
    )
    _x(
        "Talk to Priya about resignation",
        interview=False,
        desc="tell her before HR. notice period 3 months – ask about shortening",
        zone="Europe/Berlin",
    )


def _life_admin() -> None:
    _x(
        "Visa interview – U.S. Consulate General Frankfurt",
        interview=False,
        org=("noreply@ustraveldocs.example.com", "US Travel Docs"),
        desc="Appointment confirmation. Nonimmigrant visa interview. Bring: passport, DS-160 confirmation page, appointment confirmation, one photo. No electronic devices allowed.",
        loc="U.S. Consulate General, Gießener Str. 30, 60435 Frankfurt am Main",
        zone="Europe/Berlin",
    )
    _x(
        "Termin Landesamt für Einwanderung – Blaue Karte verlängern",
        interview=False,
        desc="Unterlagen: Pass, Arbeitsvertrag, Gehaltsnachweise, Mietvertrag, biometrisches Foto",
        loc="LEA Berlin, Friedrich-Krause-Ufer 24",
        zone="Europe/Berlin",
    )
    _x(
        "Rendez-vous préfecture – titre de séjour",
        interview=False,
        desc="convocation + 3 photos + justificatif de domicile",
        loc="Préfecture de Police, 1 bis rue de Lutèce, Paris",
        zone="Europe/Paris",
    )
    _x(
        "Cita previa – NIE Policía Nacional",
        interview=False,
        desc="llevar formulario EX-15 y tasa 790 pagada",
        loc="Comisaría de Policía, Calle de Pradillo 40, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Appuntamento in banca – mutuo",
        interview=False,
        desc="consulente Sig. Ferri, portare buste paga",
        loc="Banca Popolare, Corso Buenos Aires 12, Milano",
        zone="Europe/Rome",
    )
    _x(
        "Afspraak huisarts",
        interview=False,
        desc="controle bloeddruk",
        loc="Huisartsenpraktijk De Pijp, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Wizyta u dentysty",
        interview=False,
        desc="przegląd + higienizacja",
        loc="Gabinet stomatologiczny, ul. Hoża 20, Warszawa",
        zone="Europe/Warsaw",
    )
    _x(
        "Tandläkare",
        interview=False,
        loc="Folktandvården Kungsholmen",
        zone="Europe/Stockholm",
    )
    _x(
        "Sparkasse – Kontoeröffnung & Beratung",
        interview=False,
        desc="Ausweis + Meldebescheinigung mitnehmen",
        loc="Berliner Sparkasse, Alexanderplatz 2",
        zone="Europe/Berlin",
    )
    _x(
        "Wohnungsbesichtigung Stockholm (Vasastan) – via video",
        interview=False,
        desc="hyresvärd visar lägenheten på FaceTime, 2 rok, Odengatan",
        zone="Europe/Stockholm",
    )
    _x(
        "Call landlord re: ending lease",
        interview=False,
        desc="Herr Becker – notice period, Übergabe date, Kaution",
        zone="Europe/Berlin",
    )
    _x(
        "Parent-teacher conference – Emma",
        interview=False,
        desc="Ms. Okoye, room 12",
        loc="Berlin International School",
        zone="Europe/Berlin",
    )
    _x(
        "Entrevista de admisión – colegio de Lucas",
        interview=False,
        desc="entrevista con la familia para la admisión de Lucas en 1º de primaria. vamos los dos",
        loc="Colegio Santa María del Parque, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Doctor – annual physical",
        interview=False,
        desc="fasting from midnight for blood work",
        loc="Praxis Dr. Hoffmann, Schönhauser Allee 80",
        zone="Europe/Berlin",
    )
    _x(
        "Bürgeramt – Abmeldung",
        interview=False,
        desc="Abmeldung vor Umzug nach Stockholm. Formular + Pass",
        loc="Bürgeramt Pankow, Fröbelstraße 17",
        zone="Europe/Berlin",
    )
    _x(
        "Konsolosluk randevusu – pasaport yenileme",
        interview=False,
        desc="annem için, eski pasaport + 2 fotoğraf",
        loc="T.C. Berlin Başkonsolosluğu",
        zone="Europe/Berlin",
    )
    _x(
        "موعد في السفارة – تصديق الشهادات",
        interview=False,
        desc="إحضار الشهادة الجامعية الأصلية وصورة عن جواز السفر",
        loc="السفارة، برلين",
        zone="Europe/Berlin",
    )
    _x(
        "签证中心预约 – 申根签证（父母）",
        interview=False,
        desc="帮爸妈预约，带邀请函和保险",
        loc="VFS Global, Shanghai",
        zone="Asia/Shanghai",
    )
    _x(
        "은행 방문 – 해외송금 상담",
        interview=False,
        desc="신분증, 재직증명서 지참",
        loc="신한은행 강남역점",
        zone="Asia/Seoul",
    )
    _x(
        "पासपोर्ट सेवा केंद्र – माँ का अपॉइंटमेंट",
        interview=False,
        desc="माँ का पासपोर्ट रिन्यूअल, सभी ओरिजिनल दस्तावेज़ साथ ले जाएँ",
        loc="Passport Seva Kendra, Lucknow",
        zone="Asia/Kolkata",
    )
    _x(
        "歯医者（定期検診）",
        interview=False,
        loc="さくら歯科クリニック",
        zone="Asia/Tokyo",
    )


def _exams_sports_culture() -> None:
    _x(
        "AWS Certified Data Engineer – Associate exam (Pearson VUE)",
        interview=False,
        org=("noreply@pearsonvue.example.com", "Pearson VUE"),
        desc="Online proctored exam. Check in 30 minutes early, clear desk, government ID required.",
        zone="Europe/Berlin",
    )
    _x(
        "Goethe-Zertifikat C1 – mündliche Prüfung",
        interview=False,
        desc="Paarprüfung, 15 Min Vorbereitung",
        loc="Goethe-Institut Berlin, Neue Schönhauser Str. 20",
        zone="Europe/Berlin",
    )
    _x(
        "DELF B2 – épreuve orale",
        interview=False,
        desc="convocation + pièce d'identité",
        loc="Institut français Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Egzamin ustny – certyfikat z polskiego B2",
        interview=False,
        desc="sala 204, dowód osobisty",
        loc="Instytut Polski, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Futsal – Initech team",
        interview=False,
        me=WORK_ME,
        desc="Halle am Gleisdreieck, bring indoor shoes",
        zone="Europe/Berlin",
    )
    _x(
        "Bouldern mit Lea",
        interview=False,
        loc="Ostbloc Boulderhalle",
        zone="Europe/Berlin",
    )
    _x(
        "Tennis club – doubles ladder",
        interview=False,
        loc="TC Grün-Weiß Pankow, Court 3",
        zone="Europe/Berlin",
    )
    _x(
        "Movie night: The Interview (2014)",
        interview=False,
        desc="at Sam's, bring snacks",
        zone="Europe/Berlin",
    )
    _x(
        "Book club: Interview with the Vampire",
        interview=False,
        desc="chapters 1–6. Marie hosts",
        loc="Marie's place, Weserstraße",
        zone="Europe/Berlin",
    )
    _x(
        "Calcetto del giovedì",
        interview=False,
        desc="portare pettorine",
        loc="Centro Sportivo Isola, Milano",
        zone="Europe/Rome",
    )
    _x(
        "Innebandy med gänget",
        interview=False,
        loc="Eriksdalshallen",
        zone="Europe/Stockholm",
    )
    _x(
        "Halı saha maçı",
        interview=False,
        desc="Kreuzberg halı saha, 7'ye 7",
        zone="Europe/Berlin",
    )


def _reminders() -> None:
    _x(
        "Send thank-you note to Oakhurst Labs",
        interview=False,
        desc="Maya + Tariq. mention the lineage idea",
        zone="Europe/Berlin",
    )
    _x(
        "Prep for Halcyon onsite – STAR stories + system design",
        interview=False,
        desc="review 6 stories, redo the rate limiter design, read their eng blog",
        zone="Europe/Berlin",
    )
    _x(
        "Follow up with recruiter (Maya @ Oakhurst)",
        interview=False,
        desc="it's been a week since the HM interview – polite nudge",
        zone="Europe/Berlin",
    )
    _x(
        "Dankesmail an Kestrel Logistik schicken",
        interview=False,
        desc="an Frau Albrecht + Herrn Nguyen",
        zone="Europe/Berlin",
    )
    _x(
        "Relancer Maison Ferrand (pas de nouvelles)",
        interview=False,
        desc="mail à l'équipe recrutement si rien d'ici vendredi",
        zone="Europe/Paris",
    )
    _x(
        "Preparar entrevista Naranjo – repasar SQL y ventanas",
        interview=False,
        desc="ejercicios LeetCode SQL + modelo de datos de seguros",
        zone="Europe/Madrid",
    )
    _x(
        "Enviar e-mail de agradecimento à Caravela",
        interview=False,
        desc="para o Rui",
        zone="Europe/Lisbon",
    )
    _x(
        "Ricordarsi: mandare portfolio a Ferretti Logistica",
        interview=False,
        desc="Giulia lo ha chiesto dopo il colloquio",
        zone="Europe/Rome",
    )
    _x(
        "Voorbereiden gesprek Dijkstra – jaarverslag lezen",
        interview=False,
        zone="Europe/Amsterdam",
    )
    _x(
        "Przygotować się do rozmowy w Bursztyn Banku",
        interview=False,
        desc="przeczytać raport roczny, przygotować pytania",
        zone="Europe/Warsaw",
    )
    _x(
        "Take-home due – Tallgrass Health",
        # (round 18) relabelled: a take-home's deadline has no live interviewer to meet or thank
        interview=False,
        desc="submit repo link via Lever portal before 23:59 CT",
        zone="America/Chicago",
    )
    _x(
        "面接のお礼メールを送る（Hoshizora）",
        interview=False,
        desc="佐藤部長宛て",
        zone="Asia/Tokyo",
    )
