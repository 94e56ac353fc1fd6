"""Hypothesis strategies for bad input: what Google could send, at its oddest.

Shared by `tests/core/test_fuzz_*.py` (pure parts) and `tests/test_bad_input.py` (the tick
through the sandbox). Every property runs with `FUZZ` settings: derandomized (the same
examples on every run, so CI is deterministic) and without the example database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

FUZZ = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def fuzz(max_examples: int) -> settings:
    """`FUZZ` with this many examples."""
    return settings(FUZZ, max_examples=max_examples)


# Text that has bitten parsers and mail composers before.
NASTY = (
    "",
    " ",
    "\x00",
    "\r",
    "\n",
    "\r\n",
    "\r\n Bcc: evil@x.example",
    "Dana\r\nBcc: evil@x.example",
    "dana@quillfeather.io\r\nCc: evil@x.example",
    "x\nTo: evil@x.example",
    "=?utf-8?q?=0D=0ABcc:_evil@x.example?=",
    "\u2028Bcc: evil@x.example",
    "\u0085Bcc: evil@x.example",
    "\u202eevil\u202c",
    "\u200f\u05d3\u05e0\u05d4 \u05dc\u05d9\u200e",  # RTL name between direction marks
    "Zoë Ünal-Ağaoğlu",
    "李小龍",
    "👩🏽‍💻 Dana 🎉",
    "\U0001f600" * 50,
    "\ufeffBOM",
    "\ud800",  # a lone surrogate: JSON's "\ud800" escape decodes to this
    "\udfff tail",
    "a\ud83d",
    "<script>alert(1)</script>",
    "Robert'); DROP TABLE interview;--",
    "{{ 7*7 }} {% raw %}",
    "%s%s%s%n",
    "interview" * 600,
    "Interview with Dana " + "x" * 5000,
    "Interview with Dana " + " " * 3000 + "x",
    "\t\t\t",
    "\x1b[31mred\x1b[0m",
    "\x7f\x80\x9f",
    "null",
    "undefined",
)

ODD_DATETIMES = (
    "2026-02-30T25:61",
    "2026-02-30T10:00:00Z",
    "2026-13-01T10:00:00Z",
    "2026-03-10T24:00:00Z",
    "2026-03-10T10:00:60Z",
    "2026-03-10T10:00:00+25:00",
    "2026-03-10T10:00:00-24:00",
    "2026-03-10T10:00:00.123456789Z",
    "2026-03-10T10:00:00",  # no offset
    "2026-03-10 10:00:00Z",
    "2026-03-10",
    "20260310T100000Z",
    "+012026-03-10T10:00:00Z",
    "0000-01-01T00:00:00Z",
    "0001-01-01T00:00:00+14:00",
    "0001-01-01T00:00:00-14:00",
    "0001-01-01T00:00:00",
    "9999-12-31T23:59:59-12:00",
    "9999-12-31T23:59:59+12:00",
    "9999-12-31T23:59:59",
    "1970-01-01T00:00:00Z",
    "1969-12-31T23:59:59Z",
    "2038-01-19T03:14:08Z",
    "tomorrow at 10",
    "",
    " ",
    "Z",
    "T",
    "\u0662\u0660\u0662\u0666-03-10T10:00:00Z",  # Arabic-Indic digits
    "2026-03-10T10:00:00Z\x00",
)
ODD_DATES = (
    "2026-02-30",
    "2026-00-10",
    "0001-01-01",
    "9999-12-31",
    "2026-03-10T10:00:00Z",
    "10/03/2026",
    "",
    "2026-3-1",
)
ODD_ZONES = (
    "UTC",
    "America/New_York",
    "Asia/Kolkata",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
    "Australia/Lord_Howe",
    "Etc/GMT+12",
    "Etc/GMT-14",
    "Mars/Olympus_Mons",
    "America/New York",
    "america/new_york",
    "EST5EDT",
    "Factory",
    "posixrules",
    "../../../../etc/passwd",
    "/etc/localtime",
    "UTC\x00",
    "\ud800",
    "",
    " ",
    "Europe/" + "x" * 300,
    "+05:30",
    "GMT+5",
)

# Every Unicode plane, surrogates and controls included.
ANY_CHAR = st.characters(codec=None, exclude_categories=())
PLANE_CHARS = st.one_of(
    st.characters(max_codepoint=0x7F, exclude_categories=()),
    st.characters(min_codepoint=0x80, max_codepoint=0xFFFF, exclude_categories=()),
    st.characters(min_codepoint=0x10000, max_codepoint=0x1FFFF),
    st.characters(min_codepoint=0x20000, max_codepoint=0x3FFFF),
    st.characters(min_codepoint=0xE0000, max_codepoint=0x10FFFF),
)


def huge(sizes: tuple[int, ...] = (5_000, 20_000)) -> st.SearchStrategy[str]:
    """Long strings built, not drawn (drawing 20,000 characters is slow)."""
    return st.builds(
        lambda seed, size: (seed or "x") * (size // max(1, len(seed or "x"))),
        st.sampled_from(NASTY[1:]),
        st.sampled_from(sizes),
    )


odd_text: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(NASTY),
    st.text(PLANE_CHARS, max_size=40),
    st.text(ANY_CHAR, max_size=20),
    st.builds(
        lambda a, b, c: a + b + c,
        st.sampled_from(NASTY),
        st.text(max_size=10),
        st.sampled_from(NASTY),
    ),
    huge(),
)

json_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    odd_text,
)
json_value: st.SearchStrategy[Any] = st.recursive(
    json_scalar,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=8,
)


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly the typed odd value, sometimes any JSON value at all (the wrong type)."""
    return st.one_of(strategy, strategy, strategy, json_value)


datetime_text = st.one_of(
    st.sampled_from(ODD_DATETIMES),
    st.datetimes(
        min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
    ).map(lambda moment: moment.isoformat()),
    st.builds(
        lambda moment, minutes: (
            moment.isoformat(timespec="seconds")
            + f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        ),
        st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)),
        st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59),
    ),
    odd_text,
)
zone_text = st.one_of(st.sampled_from(ODD_ZONES), odd_text)

event_time = st.one_of(
    st.fixed_dictionaries(
        {},
        optional={
            "dateTime": maybe(datetime_text),
            "date": maybe(st.one_of(st.sampled_from(ODD_DATES), datetime_text)),
            "timeZone": maybe(zone_text),
        },
    ),
    json_value,
)

email_text = st.one_of(
    st.sampled_from(
        (
            "dana.li@quillfeather.io",
            "DANA.LI@QUILLFEATHER.IO",
            "dana@",
            "@quillfeather.io",
            "dana",
            "dana@@quillfeather.io",
            "dana li@quillfeather.io",
            "dana@quillfeather.io\r\nBcc: evil@x.example",
            "dana@quillfeather.io, evil@x.example",
            '"Dana" <dana@quillfeather.io>',
            "dana@xn--bcher-kva.example",
            "dana@bücher.example",
            "δοκιμή@παράδειγμα.δοκιμή",
            "dana@localhost",
            "dana@[127.0.0.1]",
            "recruiting@greenhouse.io",
            "noreply@calendar.google.com",
            "c_1234abcd@resource.calendar.google.com",
            "x" * 400 + "@quillfeather.io",
            "dana@" + "a" * 300 + ".com",
        )
    ),
    st.emails(),
    odd_text,
)
person = st.fixed_dictionaries(
    {},
    optional={
        "email": maybe(email_text),
        "displayName": maybe(odd_text),
        "self": maybe(st.booleans()),
        "organizer": maybe(st.booleans()),
        "resource": maybe(st.booleans()),
        "optional": maybe(st.booleans()),
        "responseStatus": maybe(
            st.sampled_from(("accepted", "declined", "tentative", "needsAction", "maybe", ""))
        ),
        "comment": maybe(odd_text),
    },
)


def many_attendees(count: int) -> list[dict[str, Any]]:
    """A realistic huge invitation: an all-hands with `count` people."""
    people: list[dict[str, Any]] = [
        {"email": f"employee{n:05d}@quillfeather.io", "displayName": f"Employee {n}"}
        for n in range(count)
    ]
    people.append({"email": "candidate@example.com", "self": True, "responseStatus": "accepted"})
    return people


attendee_list = st.one_of(
    st.lists(person, max_size=6),
    st.sampled_from((0, 1, 10, 10_000)).map(many_attendees),
    json_value,
)

ODD_EVENT_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "kind": maybe(st.just("calendar#event")),
    "status": maybe(st.sampled_from(("confirmed", "tentative", "cancelled", "", "CANCELLED"))),
    "summary": maybe(odd_text),
    "description": maybe(st.one_of(odd_text, st.just("<a href='x'>" * 3000))),
    "location": maybe(odd_text),
    "start": event_time,
    "end": event_time,
    "originalStartTime": event_time,
    "organizer": maybe(person),
    "creator": maybe(person),
    "attendees": attendee_list,
    "attendeesOmitted": maybe(st.booleans()),
    "htmlLink": maybe(odd_text),
    "hangoutLink": maybe(st.one_of(st.just("https://meet.google.com/abc-defg-hij"), odd_text)),
    "conferenceData": json_value,
    "recurringEventId": maybe(odd_text),
    "updated": maybe(datetime_text),
    "created": maybe(datetime_text),
    "sequence": maybe(st.integers(min_value=-(2**40), max_value=2**70)),
    "eventType": maybe(st.sampled_from(("default", "outOfOffice", "focusTime", "workingLocation"))),
    "iCalUID": maybe(odd_text),
}

event_id = st.one_of(
    st.text(st.sampled_from("abcdefghijklmnopqrstuv0123456789"), min_size=5, max_size=30),
    odd_text,
    json_scalar,
)

odd_event: st.SearchStrategy[dict[str, Any]] = st.builds(
    lambda identity, fields: {"id": identity, **fields} if identity is not ... else fields,
    st.one_of(event_id, st.just(...)),
    st.fixed_dictionaries({}, optional=ODD_EVENT_FIELDS),
)


def interview_resource(
    event_id: str, start: datetime, *, minutes: int = 45, me: str = "candidate@example.com"
) -> dict[str, Any]:
    """A plain interview, as Google lists it: the control next to the odd events."""
    return {
        "kind": "calendar#event",
        "id": event_id,
        "status": "confirmed",
        "summary": "Technical interview – Quillfeather",
        "description": "Senior Backend Engineer loop. Scheduled via Greenhouse.",
        "start": {"dateTime": start.isoformat(), "timeZone": "UTC"},
        "end": {"dateTime": (start + timedelta(minutes=minutes)).isoformat(), "timeZone": "UTC"},
        "organizer": {"email": "priya.raman@quillfeather.io", "displayName": "Priya Raman"},
        "attendees": [
            {"email": me, "self": True, "responseStatus": "accepted"},
            {"email": "dana.li@quillfeather.io", "displayName": "Dana Li"},
            {"email": "omar.haddad@quillfeather.io", "displayName": "Omar Haddad"},
        ],
        "updated": "2026-03-01T09:00:00.000Z",
    }


def report(record: Callable[[str, object], None], name: str, ran: int, minimum: int) -> None:
    """Record how many examples a property really ran (in the junit properties and in the
    output), and fail when filtering left too few for the property to mean anything."""
    record(f"examples:{name}", ran)
    print(f"[fuzz] {name}: {ran} examples")
    assert ran >= minimum, f"{name}: only {ran} examples ran (expected at least {minimum})"
