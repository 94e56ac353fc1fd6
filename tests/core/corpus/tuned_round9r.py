# ruff: noqa: E501 -- data: event texts as written
"""Tuned part written in review of round 9's and round 9a's rule families (split "tuned"): for
each family, hard negatives that carry its wording but are no job interview of the person
(the person at their current job, as a consultant with clients, as a parent, as the
interviewer or reviewer, in their personal life, in the family's other languages), and a true
positive or two it must still catch. Families: "entretien avec la DRH / le manager / l'équipe";
one-way video tools in a title (HireVue, Spark Hire); a Polish recruitment meeting; "call w/
X re … role/job"; one block of a "Loop"; trial days and demonstration or trial lessons in more
languages and a trial at the premises the title names; rounds named by who runs them
("leadership round", "client round"); hiring tests by kind or vendor and team matching; a
nurse's or carer's contract and "re 12 month … contract"; more job words before "role" or
"position"; a teaching competition's and a nursing drive's tests; an agency's wording; a
client's interview with a contract word; an own entry's session note ("(all day)",
"(assessed)"); "call w/ HR"; Japanese agents' meetings; a return-to-work programme; a founder's
coffee chat; shortlisted candidates who present; the client who postponed."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _t(summary: str, **kw: Any) -> None:
    ev(summary, split="tuned", **kw)


def build() -> None:
    _french_hiring_person()
    _video_tools_and_polish()
    _call_re_role_and_loop()
    _trial_days_and_lessons()
    _rounds_by_who()
    _tests_and_team_matching()
    _nursing_contracts_and_job_words()
    _teaching_competitions()
    _agency_and_client_interviews()
    _own_entries_and_hr()
    _other_families()


def _french_hiring_person() -> None:
    _t(
        "Entretien avec la DRH - entretien annuel",
        interview=False,
        me=WORK_ME,
        zone="Europe/Paris",
        desc="Point annuel: objectifs, formation, souhaits de mobilité interne.",
    )
    _t(
        "Entretien avec le manager - point mi-année",
        interview=False,
        zone="Europe/Paris",
    )
    _t(
        "Entretien avec l'équipe pédagogique - Léo (CE2)",
        interview=False,
        zone="Europe/Paris",
        loc="École Jules Ferry, salle 4",
        desc="Bilan du premier trimestre de Léo avec la maîtresse et la psychologue scolaire.",
    )
    _t(
        "Entretien avec le directeur - Cabinet Morel (rupture conventionnelle)",
        interview=False,
        me=WORK_ME,
        zone="Europe/Paris",
    )
    _t(
        "Entretien avec l'associée - Cabinet Lemaire Avocats",
        interview=True,
        company="Cabinet Lemaire Avocats",
        org=("recrutement@lemaire-avocats.fr", "Cabinet Lemaire - Recrutement"),
        zone="Europe/Paris",
        desc="Suite à votre candidature au poste de collaborateur, Maître Lemaire souhaite vous rencontrer.",
    )


def _video_tools_and_polish() -> None:
    _t(
        "Review HireVue submissions - grad intake batch 3",
        interview=False,
        me=WORK_ME,
        desc="Score the 12 recorded answers in the HireVue portal before Friday's calibration.",
    )
    _t(
        "HireVue admin training - TA team",
        interview=False,
        me=WORK_ME,
        org=("ta-ops@initech.com", "TA Ops"),
    )
    _t(
        "Spark Hire ratings - warehouse supervisor candidates",
        interview=False,
        me=WORK_ME,
        desc="Rate the one-way videos, then shortlist three for onsite.",
    )
    _t(
        "Spotkanie rekrutacyjne do przedszkola - Zosia",
        interview=False,
        zone="Europe/Warsaw",
        loc="Przedszkole nr 12, ul. Lipowa 3",
        desc="Rekrutacja do przedszkola na rok 2025/26, zabrać akt urodzenia.",
    )
    _t(
        "HireVue - Ostrander Foods (Supply Chain Analyst)",
        interview=True,
        company="Ostrander Foods",
        role="Supply Chain Analyst",
        desc="Ostrander Foods invited me to a recorded interview, 5 questions, due Sunday.",
    )


def _call_re_role_and_loop() -> None:
    _t("call w/ Dave re bathroom job", interview=False, desc="plumber quote, tiles ordered")
    _t(
        "call w/ Jess re intern role descriptions",
        interview=False,
        me=WORK_ME,
        desc="finalise the two JDs before they go to recruiting",
    )
    _t("chat with Mum re Sam's new job", interview=False)
    _t(
        "Loop - session 1: intro to Microsoft Loop",
        interview=False,
        me=WORK_ME,
        desc="Lunch & learn on Loop workspaces for the ops team.",
    )
    _t(
        "call w/ Priya re Fernhill Bank role",
        interview=True,
        company="Fernhill Bank",
        desc="Priya (recruiter at Hollis Search) - Fernhill Bank VP Data, hybrid.",
    )


def _trial_days_and_lessons() -> None:
    _t(
        "Trial day - Little Acorns",
        interview=False,
        loc="Little Acorns Nursery, 12 Elm Rd",
        zone="Europe/London",
        desc="Maisie's settling-in trial day, pack spare clothes and her bunny.",
    )
    _t(
        "Clase de prueba - Academia Kids English (Pablo, 3º primaria)",
        interview=False,
        loc="Academia Kids English, Calle Mayor 8",
        zone="Europe/Madrid",
    )
    _t(
        "Aula teste - Colégio Aurora (Pedro, 7º ano)",
        interview=False,
        loc="Colégio Aurora - Unidade Centro",
        zone="America/Sao_Paulo",
        desc="Aula experimental para o Pedro antes da matrícula.",
    )
    _t(
        "Dzień próbny - Siłownia Atlas",
        interview=False,
        loc="Siłownia Atlas, ul. Długa 5",
        zone="Europe/Warsaw",
        desc="darmowy karnet na jeden dzień",
    )
    _t(
        "Model lesson - Ms Park Year 4 (observing for my ECT CPD)",
        interview=False,
        me=WORK_ME,
        zone="Europe/London",
    )
    _t(
        "Zkušební den - Sklad Hanák",
        interview=True,
        company="Sklad Hanák",
        loc="Sklad Hanák, Přerov",
        zone="Europe/Prague",
        desc="zkušební den na pozici skladník, vzít pracovní boty",
    )


def _rounds_by_who() -> None:
    _t("Leadership round table - Q3 priorities", interview=False, me=WORK_ME)
    _t("Client round-up - weekly", interview=False, me=WORK_ME)
    _t("HR round-up: policy changes", interview=False, me=WORK_ME)
    _t(
        "Partner round - Brightline (seed)",
        interview=False,
        desc="Pitch to the Brightline partners for our seed round. Deck v7.",
    )
    _t(
        "Leadership round - Ashdown Retail (Store Manager)",
        interview=True,
        company="Ashdown Retail",
        role="Store Manager",
        org=("careers@ashdownretail.co.uk", "Ashdown Retail Careers"),
        zone="Europe/London",
    )


def _tests_and_team_matching() -> None:
    _t("Team matching - U9s football", interview=False, desc="coaches split the kids into squads")
    _t(
        "Team matching night 🍻",
        interview=False,
        loc="The Crown, 4 High St",
        desc="Speed-friending for the charity quiz league.",
    )
    _t("Acceptance criteria test review - sprint 14", interview=False, me=WORK_ME)
    _t("Digital case management demo - Northgate", interview=False, me=WORK_ME)
    _t(
        "HackerRank challenge review - backend candidates",
        interview=False,
        me=WORK_ME,
        desc="Go through the submissions and flag who moves to the onsite.",
    )
    _t("Casey handover task", interview=False, me=WORK_ME)
    _t(
        "Numerical reasoning - Harrow Kingsley (Audit Trainee)",
        interview=True,
        company="Harrow Kingsley",
        role="Audit Trainee",
        zone="Europe/London",
    )


def _nursing_contracts_and_job_words() -> None:
    _t(
        "Mum - carer contract renewal",
        interview=False,
        zone="Europe/London",
        desc="Ring Bluebird Care about the hours for Mum's carer.",
    )
    _t(
        "RN contract review - ward 7 rota",
        interview=False,
        me=WORK_ME,
        zone="Europe/London",
    )
    _t("Call letting agent re 12 month tenancy contract", interview=False)
    _t("Draft executive position paper - board pack", interview=False, me=WORK_ME)
    _t(
        "Review coordinator role description with Ops",
        interview=False,
        me=WORK_ME,
    )
    _t(
        "Agency call re 13 week ICU contract - Northgate General",
        interview=True,
        company="Northgate General",
        org=("bookings@medstaffuk.co.uk", "MedStaff UK Bookings"),
        zone="Europe/London",
        desc="Quick chat about the ICU contract at Northgate General, then I can put you forward to the ward manager.",
    )


def _teaching_competitions() -> None:
    _t(
        "Examen oral francés - Lucía",
        interview=False,
        zone="Europe/Madrid",
        desc="Lucía tiene el oral de francés de 4º ESO, llevarla a las 9.",
    )
    _t(
        "Prueba de conocimientos - carnet de conducir",
        interview=False,
        zone="Europe/Madrid",
        loc="DGT Jefatura Provincial, Calle Josefa Valcárcel 28",
    )
    _t(
        "OSCE stations - Year 3 med students (examiner)",
        interview=False,
        me=WORK_ME,
        zone="Europe/London",
    )
    _t(
        "Prova scritta matematica - 3B",
        interview=False,
        me=WORK_ME,
        zone="Europe/Rome",
        desc="verifica sulle equazioni, fotocopie in sala docenti",
    )
    _t(
        "Defensa del proyecto - TFG Laura (tutora)",
        interview=False,
        me=WORK_ME,
        zone="Europe/Madrid",
    )
    _t(
        "Written exam - Meridian Health nurse recruitment drive",
        interview=True,
        company="Meridian Health",
        zone="Asia/Manila",
        desc="Meridian Health recruitment drive for staff nurses: written exam, then OSCE stations.",
    )


def _agency_and_client_interviews() -> None:
    _t(
        "Kundeninterview via Zoom - Onboarding-Feedback (Stadtwerke Rhein)",
        interview=False,
        me=WORK_ME,
        zone="Europe/Berlin",
        desc="Interview mit der Kundin zu ihren Erfahrungen mit dem neuen Portal.",
    )
    _t(
        "Client interview - contract renewal, Halvorsen",
        interview=False,
        me=WORK_ME,
        desc="Account review with Halvorsen's procurement lead before the renewal.",
    )
    _t(
        "Client interview - 6 months post go-live review",
        interview=False,
        me=WORK_ME,
    )
    _t(
        "Entretien client via Teams - satisfaction annuelle",
        interview=False,
        me=WORK_ME,
        zone="Europe/Paris",
    )
    _t(
        "Internal sync - Harbor Logistics discovery",
        interview=False,
        me=WORK_ME,
        desc="Agree the questions for the client before Thursday's interviews with their ops leads. The client Harbor Logistics has postponed the warehouse visit.",
    )
    _t(
        "Client interview - Senior Java Developer contract via Hays",
        interview=True,
        company="Hays",
        role="Senior Java Developer",
        org=("tom.reed@hays.co.uk", "Tom Reed"),
        zone="Europe/London",
        desc="Tom from Hays: the client would like a 45-minute interview for the 6 month Senior Java Developer contract.",
    )


def _own_entries_and_hr() -> None:
    _t(
        "Onsite - Harlow (all day)",
        interview=False,
        me=WORK_ME,
        desc="install + training at the Harlow depot",
    )
    _t(
        "Presentation - Marlowe (assessed)",
        interview=False,
        desc="MKT302 group presentation, 10 min",
    )
    _t("Final - Henley (all day)", interview=False, desc="regatta, pack the picnic")
    _t("Call w/ HR re parental leave", interview=False, me=WORK_ME)
    _t("Chat with HR - payroll question", interview=False, me=WORK_ME)
    _t("Bate-papo com RH - férias", interview=False, me=WORK_ME, zone="America/Sao_Paulo")
    _t(
        "Onsite - Maplestone (all day)",
        interview=True,
        company="Maplestone",
        loc="Maplestone HQ, 40 Pier St",
    )


def _other_families() -> None:
    _t(
        "不動産エージェント面談（物件相談）",
        interview=False,
        zone="Asia/Tokyo",
        loc="三井のリハウス 渋谷店",
    )
    _t(
        "Coffee chat w/ founder - Ledgerly",
        interview=False,
        me=WORK_ME,
        desc="Maya is one of the cofounders of Ledgerly; she wants to show us their reconciliation API.",
    )
    _t(
        "Candidate presentations - Head of Data",
        interview=False,
        me=WORK_ME,
        org=("people@initech.com", "Initech People"),
        desc="Shortlisted candidates for Head of Data will present to the panel. You are on the panel; scoring sheet attached.",
    )
    _t(
        "Return to work interview - Halden Bank returnship",
        interview=True,
        company="Halden Bank",
        org=("returners@haldenbank.com", "Halden Bank Returners"),
        zone="Europe/London",
        desc="Thank you for applying to the Halden Bank Returner Programme. This interview is for the Returner Analyst role.",
    )
    _t(
        "Stakeholder interviews - Harbor Logistics",
        interview=False,
        me=WORK_ME,
        att=[person("ops.lead@harborlogistics.com", "Dana Ruiz")],
        desc="Discovery interviews for the client's warehouse project.",
    )
