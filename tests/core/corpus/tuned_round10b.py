# ruff: noqa: E501 -- data: event texts as written
"""Tuned part written in round 10b from the company-naming shapes that author10a and the
earlier authors' parts showed (split "tuned"), in new words and with new companies: a stage,
a status, a role or a unit read as the employer ("Working", "Callback", "Kandidatgespräch",
"Registered Nurse", "Senior QA role"); a name with a date, a time, a weekday, a status or a
tool trailing it; a name given only in a letter's signature or an address with its legal
form; a name shorter than the event writes it elsewhere. Beside them, the hard cases the other
way: a title naming the company as its own domain spells it, with a longer name nearby that
is another one ("formerly at …"), and the words that end a completion (a team, a programme, a
region, a legal form)."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import ev, person

__all__ = ["build"]


def _t(summary: str, **kw: Any) -> None:
    ev(summary, split="tuned", **kw)


def build() -> None:
    _not_a_name()
    _trailing_words()
    _signed_with_a_legal_form()
    _completed_names()
    _left_as_written()


def _not_a_name() -> None:
    _t("Trial shift – Copperleaf Bakery", interview=True, company="Copperleaf Bakery",
       loc="Copperleaf Bakery, 14 Mill Rd, Leeds")  # fmt: skip
    _t("Callback – Ostrander & Lee (summer associate)", interview=True,
       company="Ostrander & Lee", loc="Ostrander & Lee LLP, 40 State St, 12th Fl",
       desc="3 x 30-min interviews with partners, then lunch")  # fmt: skip
    _t(
        "Kandidatgespräch – Teamleiter Lager",
        interview=True,
        company="Rheinhafen Umschlag",
        org=("j.weber@rheinhafen-umschlag.de", "Jana Weber"),
        loc="Rheinhafen Umschlag, Hafenstraße 9, Duisburg",
        desc="Gespräch mit Herrn Albers (Standortleitung). Bitte Zeugnisse mitbringen.",
    )
    _t(
        "Quick chat re: Staff Data role",
        interview=True,
        company="Perigee Freight",
        org=("nina.cho.talent@gmail.com", "Nina Cho"),
        desc="Hi Alex! I'm a recruiter working on behalf of Perigee Freight on their Staff Data Engineer opening. 20 minutes?",
    )
    _t(
        "Mülakat Daveti – Karadeniz Lojistik",
        interview=True,
        company="Karadeniz Lojistik",
        org=("ik@karadenizlojistik.com.tr", "İnsan Kaynakları"),
        desc="Sayın Alex Rivera, sizi ofisimize mülakata davet ediyoruz.",
    )
    _t(
        "Video interview – Alex Rivera",
        interview=True,
        company="Brisa Dental Group",
        org=("noreply@calendar.workable.com", "Workable"),
        desc="Hi Alex,\n\nYou will meet our clinical director for 40 minutes.\n\nBest,\nMara Quint\nSenior Talent Partner | Brisa Dental Group",
    )


def _trailing_words() -> None:
    _t("Interview Lindqvist Marine 22.04.", interview=True, company="Lindqvist Marine")
    _t("Interview Harrowfield Capital Thurs 2pm GMT - CONFIRMED", interview=True,
       company="Harrowfield Capital")  # fmt: skip
    _t(
        "Final interview Oakmere Logistics Bcc",
        interview=True,
        company="Oakmere Logistics",
        org=("p.hale@oakmerelogistics.com", "Pat Hale"),
    )
    _t("Interview – Pellucid Labs (rescheduled)", interview=True, company="Pellucid Labs")


def _signed_with_a_legal_form() -> None:
    _t(
        "Intervju – Alex Rivera",
        interview=True,
        company="Skärgårdens Kraft",
        org=("no-reply@teamtailor-mail.com", "Teamtailor"),
        desc="Hej Alex!\nVälkommen på intervju för tjänsten som Systemutvecklare.\n\nVänliga hälsningar\nEbba Lund\nRekryterare\nSkärgårdens Kraft AB",
    )
    _t(
        "Colloquio tecnico",
        interview=True,
        company="Valtellina Dati",
        org=("no-reply@hire.lever.co", "Lever"),
        desc="Ciao Alex,\nti confermo il colloquio tecnico per la posizione di Data Engineer.\n\nMarta Gallo\nTalent Acquisition\nValtellina Dati S.r.l., Via Roma 12, Sondrio",
    )
    _t(
        "Vorstellungsgespräch 1. Runde",
        interview=True,
        company="Lindemann Feinmechanik",
        loc="Lindemann Feinmechanik GmbH, Pforte 2, Werkstraße 8, 73430 Aalen",
        desc="Mappe mit Zeugnissen mitnehmen.",
    )


def _completed_names() -> None:
    _t(
        "Alex Rivera - final interview",
        interview=True,
        company="Brightwater Robotics",
        org=("noreply@recruitee.com", "Recruitee"),
        desc="Hi Alex,\nwe'd like to invite you to the final interview for the Controls Engineer position.\n\nCheers,\nTeam Brightwater Robotics",
        loc="https://brightwater.whereby.com/hiring",
    )
    _t(
        "Onsite – Vellum Fields",
        interview=True,
        company="Vellum Fields Winery",
        loc="Vellum Fields Winery, 300 Vine Rd, Napa, CA",
        desc="full onsite for the Cellar Master job: 3 interviews + tasting, bring ID",
    )
    _t(
        "Screening call – Cascadia Talent (RN contract)",
        interview=True,
        company="Cascadia Talent",
        org=("mo@cascadiatalent.com", "Mo Reyes"),
    )


def _left_as_written() -> None:
    # The title names the company as its domain spells it: a longer name near it is another.
    _t(
        "Interview with Marrow",
        interview=True,
        company="Marrow",
        org=("talent@marrow.io", "Marrow Talent"),
        att=[person("lee.ong@marrow.io", "Lee Ong")],
        desc="Lee joined from Marrow Ventures last year and runs the platform team.",
    )
    # A completion stops at a team, a programme, a region and a legal form.
    _t(
        "Assessment centre – Gannet Bank",
        interview=True,
        company="Gannet Bank",
        org=("earlycareers@gannetbank.co.uk", "Gannet Bank Early Careers"),
        desc="Welcome to the Gannet Bank Graduate Programme assessment centre.",
    )
    _t(
        "Rozmowa kwalifikacyjna – Tester",
        interview=True,
        company="Odra Systemy",
        org=("rekrutacja@odrasystemy.pl", "Rekrutacja Odra Systemy"),
        desc="Zapraszamy na rozmowę.\n\nZespół HR Odra Systemy Sp. z o.o.",
    )
    _t("Working session – Q3 roadmap", interview=False,
       org=("dana@initech.com", "Dana"), me="alex.rivera@initech.com")  # fmt: skip
