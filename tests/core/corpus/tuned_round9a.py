# ruff: noqa: E501 -- data: event texts as written
"""Tuned part written from author9a's weak families (split "tuned"), in new words and with new
companies (none copies an author9a event): an employer's return-to-work meeting, a teacher's
meeting with a pupil's family, a broadcast's segment, the person on an interview panel or
interviewing candidates themselves; next to each, a candidate's own interview that reads
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
