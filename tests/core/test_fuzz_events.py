"""Bad Calendar input, property-based: `CalendarEvent.from_api` and `detect` on whatever an
`events.list` item could hold. Either a typed event comes out or the one documented error,
ValueError ("no usable id"), which `GoogleCalendar` counts as skipped; detection always
answers."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.core.detect import Detection, detect
from followup.core.events import CalendarEvent
from tests.fuzz import (
    ODD_DATETIMES,
    ODD_ZONES,
    event_time,
    fuzz,
    interview_resource,
    many_attendees,
    odd_event,
    odd_text,
    report,
    zone_text,
)

ME = "candidate@example.com"
# What the planner adds to an interview's times at most (lookback, check-ins, updates…):
# a stored start or end must leave room for that arithmetic.
PLANNING_REACH = timedelta(days=3 * 366)
# Column sizes of the schema (migrations 0001 and 0003): what the sync writes must fit
# (SQLite does not enforce them; PostgreSQL does).
PERSON_NAME_MAX = 300
EMAIL_MAX = 320


def _no_controls(text: str) -> bool:
    return not any((ord(c) < 0x20 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F for c in text)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_moment(moment: datetime | None) -> None:
    if moment is None:
        return
    assert moment.tzinfo is not None and moment.utcoffset() is not None
    # The sync stores it as UTC and the planner adds days and weeks to it: neither may overflow.
    utc = moment.astimezone(UTC)
    utc + PLANNING_REACH
    utc - PLANNING_REACH


def _check_event(event: CalendarEvent) -> None:
    assert event.id and isinstance(event.id, str)
    for text in (event.id, event.summary, event.location, event.description, event.status):
        assert _no_controls(text), repr(text[:80])
        assert _encodable(text), "a lone surrogate survived into the event"
    for moment in (event.start, event.end, event.original_start):
        _check_moment(moment)
    for moment in (event.updated, event.created):
        # Stored as `event_updated`: the column refuses naive datetimes.
        if moment is not None:
            assert moment.tzinfo is not None and moment.utcoffset() is not None
            moment.astimezone(UTC)
    for attendee in event.attendees:
        assert attendee.email == attendee.email.lower()
        assert _no_controls(attendee.email) and _no_controls(attendee.display_name or "")
        assert _encodable(attendee.email) and _encodable(attendee.display_name or "")


def _check_detection(event: CalendarEvent, detection: Detection) -> None:
    assert detection.event_id == event.id
    assert 0.0 <= detection.confidence <= 1.0 and math.isfinite(detection.confidence)
    assert isinstance(detection.reason, str) and detection.reason
    json.dumps(detection.to_json())  # the `followup detect` line is always writable


def _parse(resource: Any, zone: Any) -> CalendarEvent | None:
    """The property: a CalendarEvent, or ValueError and nothing else."""
    try:
        return CalendarEvent.from_api(resource, "primary", zone)
    except ValueError:
        return None


def test_any_event_resource_parses_or_is_refused_with_value_error(
    record_property: Callable[[str, object], None],
) -> None:
    ran = parsed = 0

    @fuzz(600)
    @given(resource=odd_event, zone=st.one_of(st.none(), zone_text))
    def prop(resource: dict[str, Any], zone: str | None) -> None:
        nonlocal ran, parsed
        ran += 1
        event = _parse(resource, zone)
        if event is None:
            return
        parsed += 1
        _check_event(event)
        _check_detection(event, detect(event, ME))
        _check_detection(event, detect(event, None))

    prop()
    report(record_property, "from_api+detect", ran, minimum=600)
    # About half the generated events have a usable id; the share moves a little with what
    # Hypothesis replays, so the bound is a third (a generator gone wrong gives far fewer).
    assert parsed > ran // 3, f"too few generated events had a usable id: {parsed} of {ran}"


def test_not_even_an_object_is_refused_with_value_error(
    record_property: Callable[[str, object], None],
) -> None:
    ran = 0

    @fuzz(100)
    @given(st.one_of(st.none(), st.integers(), odd_text, st.lists(st.integers(), max_size=3)))
    def prop(resource: Any) -> None:
        nonlocal ran
        ran += 1
        assert _parse(resource, None) is None

    prop()
    report(record_property, "from_api non-object", ran, minimum=50)


def test_impossible_times_and_unknown_zones_never_escape_as_other_errors(
    record_property: Callable[[str, object], None],
) -> None:
    """Every odd time, in every odd zone, as start, end and original start."""
    ran = 0

    @fuzz(400)
    @given(start=event_time, end=event_time, calendar_zone=st.sampled_from(ODD_ZONES))
    def prop(start: Any, end: Any, calendar_zone: str) -> None:
        nonlocal ran
        ran += 1
        resource = {
            "id": "evt1",
            "summary": "Interview",
            "start": start,
            "end": end,
            "originalStartTime": start,
            "updated": start,
            "created": end,
        }
        event = _parse(resource, calendar_zone)
        assert event is not None  # it has an id: odd times never refuse the whole event
        _check_event(event)
        _check_detection(event, detect(event, ME))

    prop()
    report(record_property, "odd times", ran, minimum=400)


def test_every_listed_odd_datetime_in_every_listed_zone() -> None:
    """The hand-picked table, exhaustively (every datetime, every zone, as dateTime and as date)."""
    for text in ODD_DATETIMES:
        for name in ODD_ZONES:
            for node in ({"dateTime": text, "timeZone": name}, {"date": text, "timeZone": name}):
                event = _parse({"id": "e", "start": node, "end": node, "updated": text}, name)
                assert event is not None
                _check_event(event)


def test_ten_thousand_attendees_parse_and_detect_quickly() -> None:
    resource = interview_resource("bigloop1", datetime(2026, 3, 10, 10, tzinfo=UTC))
    resource["attendees"] = many_attendees(10_000)
    began = time.perf_counter()
    event = CalendarEvent.from_api(resource)
    detection = detect(event, ME)
    elapsed = time.perf_counter() - began
    assert len(event.attendees) == 10_001
    assert detection.interview
    _check_detection(event, detection)
    assert elapsed < 2.0, f"10,000 attendees took {elapsed:.2f}s"


@pytest.mark.parametrize(
    "title",
    [
        "Interview with Dana " + " " * 3000 + "x",  # took 3.4 s before titles were capped
        "Interview with " + " ".join(["Acme"] * 1500),
        "Interview " + "a - b / c, " * 400,
        "Interview | " * 500,
    ],
    ids=["space-run", "word-run", "separators", "pipes"],
)
def test_a_hostile_title_is_read_quickly(title: str) -> None:
    """Anyone can send an invitation: a title built to make the reading slow must not stall
    the sync (each of these takes about a millisecond; the bound is far above that)."""
    resource = interview_resource("hostile1", datetime(2026, 3, 10, 10, tzinfo=UTC))
    resource["summary"] = title
    event = CalendarEvent.from_api(resource)
    began = time.perf_counter()
    detection = detect(event, ME)
    elapsed = time.perf_counter() - began
    _check_detection(event, detection)
    assert elapsed < 0.5, f"a {len(title)}-character title took {elapsed:.2f}s"


def test_detected_people_fit_the_database_columns(
    record_property: Callable[[str, object], None],
) -> None:
    """What the sync writes into `person` (name ≤ 300, e-mail ≤ 320) must fit, or a strict
    database (PostgreSQL) refuses the whole page of events."""
    ran = 0

    @fuzz(150)
    @given(name=odd_text, local=st.sampled_from(("dana", "d" * 400)))
    def prop(name: str, local: str) -> None:
        nonlocal ran
        ran += 1
        resource = interview_resource("fits1", datetime(2026, 3, 10, 10, tzinfo=UTC))
        resource["attendees"].append({"email": f"{local}@quillfeather.io", "displayName": name})
        detection = detect(CalendarEvent.from_api(resource), ME)
        for who in (*detection.interviewers, detection.recruiter):
            if who is None:
                continue
            assert len(who.email) <= EMAIL_MAX
            assert who.name is None or len(who.name) <= PERSON_NAME_MAX

    prop()
    report(record_property, "people fit columns", ran, minimum=100)
