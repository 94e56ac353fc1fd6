# ruff: noqa: E501 -- data: event texts as written
"""Tuned part written from round 9's missed families (split "tuned"), in new words and with new
companies (none copies a round 9 event): the word for an interview mistyped on the person's own
entry; a university's hiring visit (a job talk, a campus interview, a "Probevortrag"); a note
or an invitation saying the event is part of a selection; a trade's test of skill; a company's
hiring address inviting the person by name. Beside each, its look-alikes, in several
languages: someone else named as the applicant ("ansøger", "uchazeč", "hakija", "kandydat"),
the press ("toimittaja", "novinář", "dziennikarz"), letting one's home ("pronájem", "huurder",
"inquilino"), a first meeting with one's own new doctor, a pet's adoption, a visa of a kind,
someone else's job talk, a selection's "not part of", so the rules stay narrow."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _t(summary: str, **kw: Any) -> None:
    ev(summary, split="tuned", **kw)


def build() -> None:
    _mistyped()
    _academic()
    _academic_negatives()
    _part_of_a_selection()
    _trade_tests()
    _named_invites()
    _applicants_named()
    _press()
    _lettings_and_carers()
    _adoptions_and_visas()


def _mistyped() -> None:
    _t("interveiw - Larkspur Freight", interview=True, company="Larkspur Freight")
    _t("Inteview - Quillmoor Analytics", interview=True, company="Quillmoor Analytics")
    _t(
        "Intervew w/ Sorrel Bank",
        interview=True,
        company="Sorrel Bank",
        desc="2nd round, bring portfolio",
    )
    _t("mock interveiw with Jess (career centre)", interview=False)
    _t("Podcast intervew – Data Dialogues ep. 12", interview=False)


def _academic() -> None:
    _t(
        "Job talk – Harrowgate University (Physics)",
        interview=True,
        company="Harrowgate University",
        desc="Campus visit, day 2. 50 min talk + Q&A, then lunch with the search committee.",
    )
    _t(
        "Fenwick College – campus interview (History)",
        interview=True,
        company="Fenwick College",
        desc="Teaching demo at 10, meetings with the dean and the search committee after.",
    )
    _t(
        "Probevortrag – Universität Lindenau",
        interview=True,
        company="Universität Lindenau",
        zone="Europe/Berlin",
        desc="Berufungsverfahren W2-Professur Informatik: Vortrag 30 min, danach Gespräch mit der Berufungskommission.",
    )
    _t(
        "Proefcollege – Hogeschool Veldhoven",
        interview=True,
        company="Hogeschool Veldhoven",
        zone="Europe/Amsterdam",
        desc="Sollicitatie docent bedrijfskunde: proefcollege van 20 minuten voor de benoemingsadviescommissie.",
    )


def _academic_negatives() -> None:
    _t(
        "Job talk: Dr. Mei Tanaka (candidate, Asst Prof search)",
        interview=False,
        me=WORK_ME,
        org=("dept-admin@initech.com", "Physics Admin"),
        att=[person("r.osei@initech.com", "Ruth Osei")],
        desc="Faculty are encouraged to attend. Candidate CV attached.",
    )
    _t(
        "Faculty candidate job talk – Prof. Adebayo",
        interview=False,
        desc="Room 204. Search committee members please stay for the debrief.",
    )
    _t(
        "Campus visit with Maya (prospective students day)",
        interview=False,
        loc="Fenwick College, Admissions Office",
    )
    _t("Chalk talk practice w/ lab", interview=False)


def _part_of_a_selection() -> None:
    _t(
        "Riverside General – ward visit",
        interview=True,
        company="Riverside General",
        desc="meet the charge nurse on 5B. part of the interview process, panel interview straight after",
    )
    _t(
        "Kita Sonnenblume – Hospitation",
        interview=True,
        company="Kita Sonnenblume",
        zone="Europe/Berlin",
        desc="Teil des Auswahlverfahrens für die Erzieherstelle – Vorstellungsgespräch im Anschluss.",
    )
    _t(
        "Menuiserie Dubreuil – visite de l'atelier",
        interview=True,
        company="Menuiserie Dubreuil",
        zone="Europe/Paris",
        desc="Fait partie du processus de recrutement : entretien d'embauche avec le chef d'atelier ensuite.",
    )
    _t(
        "Coffee with the Brightwell design team",
        interview=False,
        org=("lena@brightwell.io", "Lena Park"),
        desc="Just a casual hello – this is not part of the interview process, no prep needed.",
    )
    _t(
        "Netzwerktreffen Kraftwerk Nord",
        interview=False,
        zone="Europe/Berlin",
        desc="Lockeres Kennenlernen, kein Teil des Auswahlverfahrens.",
    )


def _trade_tests() -> None:
    _t(
        "Weld test – Harrow Steelworks",
        interview=True,
        company="Harrow Steelworks",
        role="Pipe Welder",
        desc="for the Pipe Welder opening. 6G position, bring PPE.",
        loc="Harrow Steelworks, 88 Mill Road, Sheffield",
    )
    _t(
        "Trade test – Kowhai Electrical",
        interview=True,
        company="Kowhai Electrical",
        role="Apprentice Electrician",
        zone="Pacific/Auckland",
        desc="Practical wiring task for the Apprentice Electrician role, then a chat with the owner.",
    )
    _t(
        "Welding class – bend test practice",
        interview=False,
        loc="Westfield Community College",
    )
    _t("MOT test – Corsa", interview=False, loc="Kwik Garage, Leeds")


def _named_invites() -> None:
    _t(
        "Alex Rivera | Tallowmere | Execution",
        interview=True,
        company="Tallowmere",
        org=("interviews@tallowmere.com", "Tallowmere Interviews"),
        desc="Session 3 of 4 — Execution with Priya Shah\nhttps://tallowmere.zoom.us/j/8812345",
    )
    _t(
        "Alex Rivera / Oakhurst Energy – Data Modelling",
        interview=True,
        company="Oakhurst Energy",
        zone="Europe/London",
        org=("recruitment@oakhurstenergy.co.uk", "Oakhurst Energy Recruitment"),
        desc="Part 2: data modelling with Tom Reyes (45 min).",
    )
    _t(
        "Alex Rivera | Tallowmere | Mock interview",
        interview=False,
        org=("interviews@tallowmere.com", "Tallowmere Interviews"),
        desc="Practice round for our internal interviewer training.",
    )
    _t(
        "Alex Rivera | Brightline Talent | Headshots",
        interview=False,
        org=("talent@brightlinetalent.com", "Brightline Talent"),
        desc="Photo session for your acting portfolio.",
    )


def _applicants_named() -> None:
    _t(
        "Ansættelsessamtale med Freja (ansøger)",
        interview=False,
        zone="Europe/Copenhagen",
        desc="Jeg og Søren taler med Freja om praktikpladsen hos os.",
    )
    _t(
        "Pohovor s uchazečem – Tomáš N.",
        interview=False,
        zone="Europe/Prague",
        desc="Na pozici junior účetní u nás, připravit otázky.",
    )
    _t("Haastattelu: hakija Virtanen", interview=False, zone="Europe/Helsinki")
    _t("Rozmowa z kandydatem – Piotr W.", interview=False, zone="Europe/Warsaw")
    _t("Entrevista postulante – Camila R.", interview=False, zone="America/Santiago")
    _t(
        "Applicant Interview",
        interview=True,
        company="Fernbrook Dental",
        org=("hiring@fernbrookdental.com", "Fernbrook Dental Hiring"),
        desc="Thank you for applying to Fernbrook Dental. We look forward to meeting you.",
    )
    _t(
        "Jobsamtale – Havnø Logistik",
        interview=True,
        company="Havnø Logistik",
        zone="Europe/Copenhagen",
        desc="Samtale om stillingen som lagerchef.",
    )


def _press() -> None:
    _t(
        "Haastattelu Kaleva-lehteen",
        interview=False,
        zone="Europe/Helsinki",
        desc="toimittaja soittaa klo 10, aiheena etätyö",
    )
    _t(
        "Rozhovor – novinářka z Deníku",
        interview=False,
        zone="Europe/Prague",
        desc="Téma: práce z domova, cca 15 minut.",
    )
    _t(
        "Wywiad dla dziennikarza Gazety Lokalnej",
        interview=False,
        zone="Europe/Warsaw",
    )
    _t(
        "Haastattelu – Puuhamaa Oy",
        interview=True,
        company="Puuhamaa Oy",
        zone="Europe/Helsinki",
        desc="Työhaastattelu, myyntipäällikön tehtävä. Tampere, 2. krs.",
    )


def _lettings_and_carers() -> None:
    _t(
        "Prohlídka bytu – zájemce o pronájem",
        interview=False,
        zone="Europe/Prague",
        loc="Korunní 12, Praha 2",
    )
    _t("Gesprek met nieuwe huurder kamer 2", interview=False, zone="Europe/Amsterdam")
    _t("Entrevista inquilino piso Chamberí", interview=False, zone="Europe/Madrid")
    _t("Colloquio affitto – monolocale Navigli", interview=False, zone="Europe/Rome")
    _t(
        "Interview – Tenant Relations Officer, Harbourside Homes",
        interview=True,
        company="Harbourside Homes",
        role="Tenant Relations Officer",
        zone="Europe/London",
    )
    _t("Kennismaking nieuwe tandarts", interview=False, zone="Europe/Amsterdam")
    _t("Erstgespräch neue Hausärztin", interview=False, zone="Europe/Berlin")
    _t(
        "Sollicitatiegesprek – Huisartsenpraktijk De Esch (doktersassistent)",
        interview=True,
        company="Huisartsenpraktijk De Esch",
        zone="Europe/Amsterdam",
    )


def _adoptions_and_visas() -> None:
    _t("Dog adoption interview – Second Chance Rescue", interview=False)
    _t("Entrevista de adopción – Protectora Huellas", interview=False, zone="Europe/Madrid")
    _t("Adoptiegesprek dierenasiel Tilburg", interview=False, zone="Europe/Amsterdam")
    _t(
        "Vorstellungsgespräch Tierheim Lindenhof – Tierpfleger",
        interview=True,
        company="Tierheim Lindenhof",
        zone="Europe/Berlin",
    )
    _t("Student visa interview – bring I-20", interview=False)
    _t("Phỏng vấn xin visa du lịch Nhật", interview=False, zone="Asia/Ho_Chi_Minh")
    _t(
        "Phỏng vấn – Công ty Sao Mai (kế toán)",
        interview=True,
        company="Công ty Sao Mai",
        zone="Asia/Ho_Chi_Minh",
    )
