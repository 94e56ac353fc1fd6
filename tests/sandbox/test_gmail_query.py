"""Gmail's `q` search language, tested directly on message views."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from followup.sandbox.gmail_query import MessageView, QueryError, parse

NOW = datetime(2024, 6, 15, 12, 0, tzinfo=UTC)


def ms(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> int:
    return int(datetime(year, month, day, hour, minute, tzinfo=UTC).timestamp() * 1000)


THANKS = MessageView(
    subject="Re: Interview with Acme — thank you",
    sender="Casey Candidate <casey@example.com>",
    to="Jane Doe <jane.doe@acme.com>",
    cc="recruiting@acme.com",
    body="Thanks for the great conversation about the platform team. It's exciting!",
    message_id="thanks-1@example.com",
    label_ids=frozenset({"DRAFT"}),
    internal_date=ms(2024, 6, 14, 18, 30),
)
OFFER = MessageView(
    subject="Your offer from Globex",
    sender="HR <hr@globex.io>",
    to="casey@example.com",
    body="We are pleased to offer you the role.",
    message_id="offer@globex.io",
    label_ids=frozenset({"INBOX", "UNREAD", "STARRED"}),
    internal_date=ms(2024, 1, 10),
    filenames=("offer-letter.pdf",),
)


def hits(q: str, view: MessageView) -> bool:
    return parse(q).matches(view, NOW)


@pytest.mark.parametrize(
    ("q", "thanks", "offer"),
    [
        ("", True, True),
        ("   ", True, True),
        ("from:casey@example.com", True, False),
        ("from:casey", True, False),
        ("from:globex.io", False, True),
        ('from:"Casey Candidate"', True, False),
        ("FROM:HR", False, True),
        ("to:jane.doe@acme.com", True, False),
        ("to:casey@example.com", False, True),
        ("to:recruiting@acme.com", True, False),  # Gmail's to: includes Cc
        ("to:recruiting -cc:recruiting", False, False),
        ("cc:recruiting@acme.com", True, False),
        ("cc:acme.com", True, False),
        ("subject:interview", True, False),
        ("subject:INTERVIEW", True, False),
        ("subject:interviews", False, False),
        ('subject:"interview with acme"', True, False),
        ('subject:"acme with interview"', False, False),
        ("subject:(offer globex)", False, True),
        ("subject:(offer acme)", False, False),
        ("subject:{offer acme}", True, True),
        ("subject:(offer OR acme)", True, True),
        ("rfc822msgid:thanks-1@example.com", True, False),
        ("rfc822msgid:<thanks-1@example.com>", True, False),
        ('rfc822msgid:"<offer@globex.io>"', False, True),
        ("rfc822msgid:thanks-1", False, False),
        ("rfc822msgid:THANKS-1@example.com", False, False),
        ("in:inbox", False, True),
        ("in:drafts", True, False),
        ("in:draft", True, False),
        ("in:sent", False, False),
        ("in:anywhere", True, True),
        ("label:starred", False, True),
        ("label:INBOX", False, True),
        ("is:unread", False, True),
        ("is:read", True, False),
        ("is:starred", False, True),
        ("has:attachment", False, True),
        ("filename:pdf", False, True),
        ("after:2024/06/14", True, False),
        ("after:2024/06/15", False, False),
        ("before:2024/06/14", False, True),
        ("after:2024-01-10 before:2024/01/11", False, True),
        (f"after:{ms(2024, 6, 14, 18, 30) // 1000}", True, False),
        (f"before:{ms(2024, 6, 14, 18, 30) // 1000}", False, True),
        ("newer_than:2d", True, False),
        ("older_than:2d", False, True),
        ("newer_than:6m", True, True),
        ("newer_than:4m", True, False),
        ("older_than:1y", False, False),
        ("newer_than:1Y", True, True),
        ("platform", True, False),
        ("Platform Team", True, False),
        ('"platform team"', True, False),
        ('"team platform"', False, False),
        ("plat", False, False),
        ("it's", True, False),
        ("jane.doe@acme.com", True, False),
        ("globex", False, True),
        ("acme globex", False, False),
        ("acme OR globex", True, True),
        ("{acme globex}", True, True),
        ("{acme missing}", True, False),
        ("-acme", False, True),
        ("-from:casey", False, True),
        ('-"platform team"', False, True),
        ("-(acme thanks)", False, True),
        ("-{acme globex}", False, False),
        ("(acme OR globex) -is:unread", True, False),
        ("(acme OR globex) in:inbox", False, True),
        ("from:hr OR from:casey subject:offer", False, True),
        ("from:(hr OR casey)", True, True),
        ("acme AND thanks", True, False),
        ("unknownop:value", False, False),
        ("self-made", False, False),
    ],
)
def test_operators(q: str, thanks: bool, offer: bool) -> None:
    assert hits(q, THANKS) is thanks, f"{q!r} on THANKS"
    assert hits(q, OFFER) is offer, f"{q!r} on OFFER"


def test_or_binds_tighter_than_and() -> None:
    # "a OR b c" is "(a OR b) AND c", like Gmail.
    assert hits("globex OR acme thanks", THANKS)
    assert not hits("globex OR acme thanks", OFFER)


def test_dates_are_utc_midnight() -> None:
    late = MessageView(internal_date=ms(2024, 6, 14, 23, 59))
    early = MessageView(internal_date=ms(2024, 6, 15, 0, 0))
    assert hits("before:2024/06/15", late)
    assert not hits("before:2024/06/15", early)
    assert hits("after:2024/06/15", early)


def test_spam_and_trash_are_named_by_the_query() -> None:
    assert parse("in:trash").names_label("TRASH")
    assert parse("in:anywhere").names_label("SPAM")
    assert parse("label:spam foo").names_label("SPAM")
    assert not parse("from:x").names_label("TRASH")
    assert not parse("").names_label("TRASH")


@pytest.mark.parametrize(
    ("q", "complaint"),
    [
        ('subject:"unfinished', "Unterminated quote"),
        ("(acme", "Missing ')'"),
        ("acme)", "Unbalanced ')'"),
        ("{acme", "Missing '}'"),
        ("()", "Empty '()'"),
        ("{}", "Empty '{}'"),
        ("OR acme", "needs a term before"),
        ("acme OR", "needs a term after"),
        ("acme OR OR globex", "needs a term after"),
        ("from:", "needs a value"),
        ("from: casey", "needs a value"),
        ("(from:)", "needs a value"),
        ("- acme", "must be followed by a term"),
        ("acme -", "must be followed by a term"),
        ("after:yesterday", "YYYY/MM/DD"),
        ("before:2024/02/30", "not a real date"),
        ("newer_than:3w", "2d"),
        ("older_than:d", "2d"),
        ("is:weird", "is:weird"),
        ("has:drive", "has:drive"),
    ],
)
def test_malformed_queries_raise_clear_errors(q: str, complaint: str) -> None:
    with pytest.raises(QueryError, match=re.escape(complaint)):
        parse(q)
