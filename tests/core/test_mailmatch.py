"""Which company an incoming mail belongs to."""

from __future__ import annotations

from followup.core.mailmatch import CompanyMail, match_company

QUILL = CompanyMail.build(
    "quillfeather", "Quillfeather", ["dana.li@quillfeather.io", "priya@talent.quillfeather.io"]
)
HALDEN = CompanyMail.build("haldenrobotics", "Halden Robotics", ["sam.okafor@gmail.com"])
COMPANIES = [QUILL, HALDEN]


def key(sender: str, name: str = "", subject: str = "") -> str | None:
    found = match_company(sender, name, subject, COMPANIES)
    return found.key if found else None


def test_a_known_person_matches_even_on_free_mail() -> None:
    assert key("Sam.Okafor@gmail.com") == "haldenrobotics"
    assert key("someone.else@gmail.com") is None  # a free-mail domain names no company


def test_the_company_domain_matches_any_of_its_addresses() -> None:
    assert key("hiring@quillfeather.io") == "quillfeather"
    assert key("noreply@mail.quillfeather.io") == "quillfeather"  # same registrable domain
    assert key("dana.li@quillfeather.io.evil.example") is None


def test_an_ats_sender_matches_by_the_company_it_names() -> None:
    assert key("no-reply@us.greenhouse-mail.io", "Quillfeather Recruiting") == "quillfeather"
    assert key("notifications@lever.co", "", "Your application to Halden Robotics") == (
        "haldenrobotics"
    )
    assert key("no-reply@us.greenhouse-mail.io", "Other Corp Recruiting", "Hello") is None
    # A word that merely contains the name is no mention.
    assert key("no-reply@ashbyhq.com", "", "Quillfeathers anonymous newsletter") is None


def test_an_unrelated_company_mentioning_the_name_is_not_it() -> None:
    # Only tools and robots may speak for a company by name; a person elsewhere may not.
    assert key("alex@news.example", "Alex", "Quillfeather raises a round") is None


def test_nonsense_senders_match_nothing() -> None:
    assert key("") is None
    assert key("not an address") is None
    assert match_company("dana.li@quillfeather.io", "", "", []) is None
