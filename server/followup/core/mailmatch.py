"""Which company an incoming e-mail is from, given the companies the user interviews with.

A mail matches a company when it comes from one of its people, from its (non-free-mail)
domain, or from an applicant-tracking system (Greenhouse, Lever, Workday…) naming the
company in the sender's name or the subject: rejections usually come that last way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from followup.core.companies import (
    domain_of,
    fold,
    is_free_mail,
    is_robot_address,
    registrable,
    tool_for_host,
)


@dataclass(frozen=True, slots=True)
class CompanyMail:
    """What identifies one company's mail."""

    key: str  # the caller's handle (e.g. the folded company name)
    name: str | None
    addresses: frozenset[str]  # people at the company or hiring for it, lower-case
    domains: frozenset[str]  # registrable domains of those people, free-mail ones left out

    @classmethod
    def build(cls, key: str, name: str | None, addresses: Iterable[str]) -> CompanyMail:
        emails = frozenset(a.strip().lower() for a in addresses if "@" in a)
        domains = frozenset(
            registrable(domain)
            for domain in map(domain_of, emails)
            if domain and not is_free_mail(domain) and tool_for_host(domain) is None
        )
        return cls(key=key, name=name, addresses=emails, domains=domains)


def _mentions(text: str, name: str) -> bool:
    wanted = fold(name).strip()
    if len(wanted) < 2:
        return False
    return re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", fold(text)) is not None


def match_company(
    sender: str, sender_name: str, subject: str, companies: Sequence[CompanyMail]
) -> CompanyMail | None:
    """The company `sender` writes for, or None. Ties go to the first company given."""
    address = sender.strip().lower()
    if "@" not in address:
        return None
    for company in companies:
        if address in company.addresses:
            return company
    domain = domain_of(address)
    if domain and not is_free_mail(domain):
        home = registrable(domain)
        for company in companies:
            if home in company.domains:
                return company
    if tool_for_host(domain) is not None or is_robot_address(address):
        for company in companies:
            if company.name and (
                _mentions(sender_name, company.name) or _mentions(subject, company.name)
            ):
                return company
    return None
