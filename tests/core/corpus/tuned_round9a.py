# ruff: noqa: E501 -- data: event texts as written
"""Tuned part written from author9a's weak families (split "tuned"), in new words and with new
companies (none copies an author9a event): an employer's return-to-work meeting, a teacher's
meeting with a pupil's family, a broadcast's segment, the person on an interview panel or
interviewing candidates themselves; a clinic's practice and theatre jobs, a one-way video
tool in the title, a call with HR typed "w/", a Polish recruitment meeting, trial days and
teachers' demonstration lessons at the premises the title names, a teaching competition's
written test and defence; a nursing agency's call about a contract, its client named in
its letter, a job read without the stage word before it or the company after it, and a
time in a title; next to each, a candidate's own interview that reads
alike, so the negatives stay narrow."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _t(summary: str, **kw: Any) -> None:
    ev(summary, split="tuned", **kw)


def build() -> None:
    _not_a_hiring()
    _not_a_hiring_look_alikes()
    _clinic_and_school_words()
    _trials_and_competitions()
    _agencies_and_names()
    _premises_in_full()
    _recruitment_drive_tests()
    _tracker_sender()


def _not_a_hiring() -> None:
    _t(
        "Back to work meeting with ward manager",
        interview=False,
        loc="Ward 7 office",
        desc="after 2 weeks off with my back. fit note to hand in, phased return plan",
    )
    _t(
        "Rückkehrgespräch mit Frau Lenz",
        interview=False,
        me=WORK_ME,
        org=("a.lenz@initech.com", "Anke Lenz"),
        att=[person("a.lenz@initech.com", "Anke Lenz")],
        zone="Europe/Berlin",
    )
    _t(
        "Entrevista familia de Lucía Prieto (1ºC)",
        interview=False,
        loc="Tutoría 1ºC",
        desc="el padre pidió cita: notas de la 2ª evaluación",
        zone="Europe/Madrid",
    )
    _t(
        "Entrevista com os pais do Rafael (5º ano)",
        interview=False,
        desc="comportamento em sala + tarefas de casa",
        zone="America/Sao_Paulo",
    )
    _t(
        "Colloquio genitori - Bianchi Matteo 3B",
        interview=False,
        zone="Europe/Rome",
    )
    _t(
        "Entrevista escuela de Nico (matrícula kínder)",
        interview=False,
        desc="entrevista con la directora para la matrícula. llevar certificado de nacimiento",
        zone="America/Santiago",
    )
    _t(
        "Interview with Channel 6 about the midwife shortage",
        interview=False,
        org=("d.arnott.tv@gmail.com", "Dee Arnott"),
        att=[person("d.arnott.tv@gmail.com", "Dee Arnott")],
        desc="4 min segment for the evening news, they will film on the ward if allowed",
    )
    _t(
        "Interview panel - porter candidates x3 (I'm the 3rd panel member)",
        interview=False,
        org=("j.moss@elmfield.nhs.uk", "Moss Janet (Elmfield)"),
        att=[person("j.moss@elmfield.nhs.uk", "Moss Janet (Elmfield)")],
        desc="Porter Band 2 interviews. Scoring sheets attached. 3 candidates, 25 mins each.",
    )
    _t(
        "Entrevistas candidatas monitor de comedor (entrevisto yo)",
        interview=False,
        desc="2 candidatas, 20 min cada una. preguntas en la carpeta de dirección",
        zone="Europe/Madrid",
    )
    _t(
        "Bewerbungsgespräche Azubis Lager (ich führe)",
        interview=False,
        me=WORK_ME,
        desc="3 Bewerber, je 30 min. Bewertungsbogen im Ordner",
        zone="Europe/Berlin",
    )


def _not_a_hiring_look_alikes() -> None:
    _t(
        "Return to Work Programme interview - Castlemere Insurance",
        interview=True,
        company="Castlemere Insurance",
        org=("returners@castlemere-insurance.co.uk", "Castlemere Returners"),
        att=[person("returners@castlemere-insurance.co.uk", "Castlemere Returners")],
        desc="Thank you for applying to our 16-week returners programme after your career break. This interview is with two of the programme managers.",
    )
    _t(
        "Entrevista con la directora - Colegio Santa Brígida (profesora de lengua)",
        interview=True,
        company="Colegio Santa Brígida",
        role="Profesora de lengua",
        org=("direccion@colegiosantabrigida.es", "Dirección Colegio Santa Brígida"),
        att=[person("direccion@colegiosantabrigida.es", "Dirección Colegio Santa Brígida")],
        desc="Gracias por su candidatura. Entrevista con la directora y la jefa de estudios.",
        zone="Europe/Madrid",
    )
    _t(
        "Interview - Assistant Producer, Northgate News",
        interview=True,
        company="Northgate News",
        role="Assistant Producer",
        org=("careers@northgatenews.co.uk", "Northgate News Careers"),
        att=[person("careers@northgatenews.co.uk", "Northgate News Careers")],
        desc="Thank you for your application. Your interview is with the head of the newsdesk.",
    )
    _t(
        "Group interview - Halden Home Stores (6 candidates)",
        interview=True,
        company="Halden Home Stores",
        org=("jobs@haldenhome.nl", "Halden Home Stores"),
        att=[person("jobs@haldenhome.nl", "Halden Home Stores")],
        desc="Thank you for applying. You'll meet the area manager with five other candidates.",
        zone="Europe/Amsterdam",
    )


def _clinic_and_school_words() -> None:
    _t(
        "Practice Manager interview - Holloway Green Surgery",
        interview=True,
        company="Holloway Green Surgery",
        role="Practice Manager",
        org=("hollowaygreen.partners@nhs.net", "Holloway Green Surgery - GP Partners"),
        att=[person("hollowaygreen.partners@nhs.net", "Holloway Green Surgery - GP Partners")],
        desc="Dear Alex, thank you for applying for the Practice Manager post. Interview with two GP partners; please bring ID.",
    )
    _t(
        "Practice session - STAR answers for Band 6",
        interview=False,
        desc="go over the 5 questions with Jo from the ward",
    )
    _t(
        "Interview: Theatre Nurse (Band 6) – Fairbrook Day Surgery",
        interview=True,
        company="Fairbrook Day Surgery",
        role="Theatre Nurse (Band 6)",
        org=("recruitment@fairbrookds.co.uk", "Fairbrook DS Recruitment"),
        att=[person("recruitment@fairbrookds.co.uk", "Fairbrook DS Recruitment")],
        desc="Interview for Theatre Nurse (Band 6). Panel: Theatre Manager and Matron.",
    )
    _t(
        "Interview with the Vampire - theatre night",
        interview=False,
        loc="Playhouse",
    )
    _t(
        "finish the Spark Hire video for Oakridge Dental tonight",
        interview=True,
        company="Oakridge Dental",
        desc="one-way video interview, 5 questions. link in the email from Oakridge Dental careers",
    )
    _t(
        "Call w/ HR - Linden Hall Care (start date + pay)",
        interview=True,
        company="Linden Hall Care",
        org=("people@lindenhallcare.co.uk", "Linden Hall Care People Team"),
        att=[person("people@lindenhallcare.co.uk", "Linden Hall Care People Team")],
        desc="Hi Alex, congratulations on being our preferred candidate for the Senior Carer position.",
    )
    _t(
        "Spotkanie rekrutacyjne – Magazynier | Wisła Trans",
        interview=True,
        company="Wisła Trans",
        role="Magazynier",
        org=("rekrutacja@wislatrans.pl", "Wisła Trans Rekrutacja"),
        att=[person("rekrutacja@wislatrans.pl", "Wisła Trans Rekrutacja")],
        desc="Zapraszamy na spotkanie rekrutacyjne na stanowisko Magazynier.",
        zone="Europe/Warsaw",
    )


def _trials_and_competitions() -> None:
    _t(
        "Zkušební den Hanácké Sklady",
        interview=True,
        company="Hanácké Sklady",
        loc="Hanácké Sklady, Olomouc",
        desc="ranní směna 6-14. pracovní obuv",
        zone="Europe/Prague",
    )
    _t(
        "Proefdag Brandsma 🦺",
        interview=True,
        company="Brandsma Logistiek",
        loc="Brandsma Logistiek, Zwolle",
        desc="meelopen met de ploegleider, 7-15u",
        zone="Europe/Amsterdam",
    )
    _t(
        "Demo lesson Year 9 - Ashgrove (fractions)",
        interview=True,
        company="Ashgrove Academy",
        loc="Ashgrove Academy - Reception",
        desc="20 mins, head of maths + deputy head watching. bring 30 copies",
        zone="Europe/London",
    )
    _t(
        "Clase de prueba 3ºESO - Albaida (funciones, 25')",
        interview=True,
        company="Colegio Albaida",
        loc="Colegio Albaida",
        desc="la jefa de estudios estará en el aula",
        zone="Europe/Madrid",
    )
    _t(
        "Clase de prueba yoga con Inés",
        interview=False,
        loc="Centro Shanti",
        zone="Europe/Madrid",
    )
    _t(
        "Free trial day - Gymbox",
        interview=False,
        loc="Gymbox, Holborn",
        zone="Europe/London",
    )
    _t(
        "Concorso Comune di Lecco - prova scritta 🍀",
        interview=True,
        company="Comune di Lecco",
        loc="Liceo Fermi, aula 3",
        desc="Concorso pubblico per istruttore amministrativo. Prova scritta, 30 quesiti.",
        zone="Europe/Rome",
    )
    _t(
        "Oposiciones Ayuntamiento de Huesca - 2ª prueba (Tribunal 4)",
        interview=True,
        company="Ayuntamiento de Huesca",
        loc="IES Miguel Servet",
        desc="defensa de la programación y unidad didáctica ante el tribunal",
        zone="Europe/Madrid",
    )
    _t(
        "Corso online concorso - prova scritta simulata",
        interview=False,
        zone="Europe/Rome",
    )
    _t(
        "Tribunal opos Geografía - soy vocal (2ª prueba)",
        interview=False,
        loc="IES Goya",
        zone="Europe/Madrid",
    )


def _agencies_and_names() -> None:
    _t(
        "Tamsin @ Fernvale Medical Staffing - ward sister contract (Truro)",
        interview=True,
        company="Fernvale Medical Staffing",
        org=("tamsin@fernvalestaffing.co.uk", "Tamsin Pryor"),
        att=[person("tamsin@fernvalestaffing.co.uk", "Tamsin Pryor")],
        desc="Hi Alex, a quick chat about the 12 week Ward Sister contract in Truro. I'll go through your experience and then put you forward to the trust.",
    )
    _t(
        "Orla ringing re 6 month HDU contract",
        interview=True,
        company="Harbour Nurses",
        org=("orla@harbournurses.ie", "Orla Keane"),
        att=[person("orla@harbournurses.ie", "Orla Keane")],
        desc="As discussed - a call about the HDU contract. I'll ask you a few clinical questions for the client before I send your CV.",
        zone="Europe/Dublin",
    )
    _t(
        "call re 24 month phone contract (Vodafone)",
        interview=False,
        desc="ask about the roaming add-on before renewing",
    )
    _t(
        "Call w/ Maeve re the kitchen contract",
        interview=False,
        org=("maeve.builds@gmail.com", "Maeve"),
        att=[person("maeve.builds@gmail.com", "Maeve")],
        desc="the builder's quote, ask about the deposit",
    )
    _t(
        "FINAL INTERVIEW - Mabuhay Careers Manila",
        interview=True,
        company="Northstar Specialist Hospital",
        role="Staff Nurse - ICU",
        org=("recruitment@mabuhaycareers.ph", "Mabuhay Careers Inc."),
        att=[person("recruitment@mabuhaycareers.ph", "Mabuhay Careers Inc.")],
        desc="Good day! Reminder of your FINAL INTERVIEW with the client NORTHSTAR SPECIALIST HOSPITAL (Doha, Qatar) for the position of STAFF NURSE - ICU. Please bring your PRC ID and passport.",
        zone="Asia/Manila",
    )
    _t(
        "Sollicitatie Filiaalmanager Dijkpoort Wonen - 2e gesprek",
        interview=True,
        company="Dijkpoort Wonen",
        role="Filiaalmanager",
        org=("hr@dijkpoortwonen.nl", "HR Dijkpoort Wonen"),
        att=[person("hr@dijkpoortwonen.nl", "HR Dijkpoort Wonen")],
        desc="Beste Alex, graag nodigen wij je uit voor het tweede gesprek voor de vacature Filiaalmanager.",
        zone="Europe/Amsterdam",
    )
    _t(
        "Telefonát - vedoucí expedice pro Hanácké Sklady",
        interview=True,
        company="Hanácké Sklady",
        role="Vedoucí expedice",
        org=("nabor@hanackesklady.cz", "Nábor Hanácké Sklady"),
        att=[person("nabor@hanackesklady.cz", "Nábor Hanácké Sklady")],
        desc="Dobrý den, děkujeme za Vaši přihlášku na pozici vedoucí expedice.",
        zone="Europe/Prague",
    )
    _t(
        "Interview - Brookmere Care Home 3pm",
        interview=True,
        company="Brookmere Care Home",
        org=("manager@brookmerecare.co.uk", "Brookmere Care Home"),
        att=[person("manager@brookmerecare.co.uk", "Brookmere Care Home")],
        desc="Thank you for applying for the Senior Carer role.",
    )


def _premises_in_full() -> None:
    _t(
        "Ashdown General - Ward Manager interview",
        interview=True,
        company="Ashdown General Hospital",
        role="Ward Manager",
        loc="Ashdown General Hospital, Level 2 Seminar Room",
        desc="panel of 3, values based questions. bring NMC PIN + ID",
    )
    _t(
        "Entrevista Academia Newton - profe de física tardes",
        interview=True,
        company="Academia Newton",
        loc="Academia Newton, Murcia",
        desc="L-J tardes, física de 2º bachillerato. preguntar por Lola",
        zone="Europe/Madrid",
    )
    _t(
        "Interview - Brackwell Partners (final round)",
        interview=True,
        company="Brackwell Partners",
        org=("talent@brackwellpartners.com", "Brackwell Talent"),
        att=[person("talent@brackwellpartners.com", "Brackwell Talent")],
        loc="Brackwell Partners Tower, Canary Wharf",
        desc="Thank you for your application. Final round with two partners.",
        zone="Europe/London",
    )


def _recruitment_drive_tests() -> None:
    _t(
        "KRH written exam + OSCE @ the hotel in Lahug",
        interview=True,
        company="Khalifa Royal Hospital",
        loc="Marriott Cebu, Function Room 2",
        desc="Khalifa Royal Hospital (Abu Dhabi) recruitment drive in Cebu. Written exam 50 items then 2 OSCE stations. Interview on day 2 for those who pass.",
        zone="Asia/Manila",
    )
    _t(
        "Written exam - Pharmacology (NURS 204)",
        interview=False,
        loc="Hall B",
        desc="chapters 7-12, bring calculator",
        zone="Asia/Manila",
    )
    _t(
        "OSCE practice with Jen - IV insertion",
        interview=False,
        loc="Skills lab",
        zone="Asia/Manila",
    )


def _tracker_sender() -> None:
    _t(
        "Interview: Night Shift Supervisor – Kestrel Parcel Hub",
        interview=True,
        company="Kestrel Parcel Hub",
        role="Night Shift Supervisor",
        org=("noreply@recruitee.com", "Kestrel Parcel Hub"),
        att=[person("noreply@recruitee.com", "Kestrel Parcel Hub")],
        desc="Hi Alex, thanks for applying to Night Shift Supervisor at Kestrel Parcel Hub! A 30 minute video interview with our Hub Manager. Powered by Recruitee",
        zone="Europe/Amsterdam",
    )
    _t(
        "Interview with Dana Whitlock",
        interview=True,
        company="Orchard Lane Foods",
        org=("no-reply@greenhouse.io", "Dana Whitlock"),
        att=[person("no-reply@greenhouse.io", "Dana Whitlock")],
        desc="Thanks for your interest in Orchard Lane Foods! Dana Whitlock, our Operations Director, will interview you for the Warehouse Manager role. Scheduled via Greenhouse.",
    )
