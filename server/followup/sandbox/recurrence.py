"""RFC 5545 recurrence (RRULE, EXRULE, RDATE, EXDATE) as Google Calendar stores it on an event.

Expansion runs on *local wall-clock* times in the event's own time zone, so a weekly
09:00 meeting stays at 09:00 across daylight-saving changes, as in Google Calendar.
Callers turn the naive local results into aware datetimes (timed events) or dates
(all-day events).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrule, rruleset, rrulestr

MAX_INSTANCES = 2000

_PROPERTIES = ("RRULE", "EXRULE", "RDATE", "EXDATE")
_UNTIL_UTC = re.compile(r"UNTIL=(\d{8}T\d{6})Z", re.IGNORECASE)


@dataclass(frozen=True)
class Recurrence:
    """A parsed `recurrence` list, expanding to naive local start times."""

    rules: rruleset
    all_day: bool
    excluded_dates: frozenset[date]  # EXDATE;VALUE=DATE on a timed event: the whole local day

    def occurrences(self, after: datetime, limit: int = MAX_INSTANCES) -> Iterator[datetime]:
        """Naive local starts at or after `after` (naive local), at most `limit` of them."""
        produced = 0
        for start in self.rules.xafter(after, count=None, inc=True):
            if start.date() in self.excluded_dates:
                continue
            yield start
            produced += 1
            if produced >= limit:
                return

    def contains(self, start: datetime) -> bool:
        """Is `start` (naive local) one of the occurrences?"""
        first = next(self.occurrences(start, limit=1), None)
        return first == start


def parse_recurrence(lines: list[str], start: datetime | date, zone: tzinfo | None) -> Recurrence:
    """Parse Google's `recurrence` lines for an event starting at `start`.

    `start` is an aware datetime (timed event; `zone` is the event's zone) or a date
    (all-day event). Raises ValueError with a readable message on bad input.
    """
    all_day = not isinstance(start, datetime)
    if all_day:
        dtstart = datetime(start.year, start.month, start.day)
    else:
        assert isinstance(start, datetime)
        local_zone = zone or start.tzinfo or UTC
        dtstart = start.astimezone(local_zone).replace(tzinfo=None)
    local = zone if not all_day else None
    rules = rruleset()
    excluded: set[date] = set()
    has_rule = False
    for raw in lines:
        if not isinstance(raw, str):
            raise ValueError("recurrence lines must be strings")
        line = raw.strip()
        name, sep, value = line.partition(":")
        prop, _, params = name.partition(";")
        prop = prop.upper()
        if not sep or prop not in _PROPERTIES:
            raise ValueError(f"Invalid recurrence rule: {raw!r}")
        if prop in ("RRULE", "EXRULE"):
            rule = _parse_rule(value, dtstart, local, all_day)
            if prop == "RRULE":
                rules.rrule(rule)
                has_rule = True
            else:
                rules.exrule(rule)
            continue
        for moment in _parse_dates(params, value, local, all_day):
            if prop == "RDATE":
                if isinstance(moment, datetime):
                    rules.rdate(moment)
                    has_rule = True
            elif isinstance(moment, datetime):
                rules.exdate(moment)
            elif all_day:
                rules.exdate(datetime(moment.year, moment.month, moment.day))
            else:
                excluded.add(moment)
    if not has_rule:
        raise ValueError("Invalid recurrence rule: a recurring event needs an RRULE or RDATE.")
    # The event's own start is always the first instance (RFC 5545 counts DTSTART).
    rules.rdate(dtstart)
    return Recurrence(rules=rules, all_day=all_day, excluded_dates=frozenset(excluded))


def _parse_rule(value: str, dtstart: datetime, zone: tzinfo | None, all_day: bool) -> rrule:
    def local_until(match: re.Match[str]) -> str:
        moment = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        if not all_day and zone is not None:
            moment = moment.astimezone(zone)
        return "UNTIL=" + moment.strftime("%Y%m%dT%H%M%S")

    text = _UNTIL_UTC.sub(local_until, value)
    try:
        rule = rrulestr(text, dtstart=dtstart, ignoretz=True)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"Invalid recurrence rule: {value!r} ({exc})") from exc
    if not isinstance(rule, rrule):
        raise ValueError(f"Invalid recurrence rule: {value!r}")
    return rule


def _parse_dates(
    params: str, value: str, zone: tzinfo | None, all_day: bool
) -> Iterator[datetime | date]:
    """Values of an RDATE/EXDATE line as naive local datetimes (or dates for VALUE=DATE)."""
    options = dict(part.split("=", 1) for part in params.split(";") if "=" in part)
    source_zone: tzinfo | None = None
    if "TZID" in {key.upper() for key in options}:
        tzid = next(v for k, v in options.items() if k.upper() == "TZID")
        try:
            source_zone = ZoneInfo(tzid.strip('"'))
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"Invalid time zone in recurrence: {tzid!r}") from exc
    for item in value.split(","):
        text = item.strip()
        if not text:
            continue
        try:
            if len(text) == 8:
                yield datetime.strptime(text, "%Y%m%d").date()
                continue
            if "/" in text:  # PERIOD values: only the start matters here
                text = text.split("/", 1)[0]
            utc = text.upper().endswith("Z")
            moment = datetime.strptime(text.rstrip("zZ"), "%Y%m%dT%H%M%S")
        except ValueError as exc:
            raise ValueError(f"Invalid date in recurrence: {item!r}") from exc
        if all_day:
            yield moment.date()
            continue
        origin = UTC if utc else source_zone
        if origin is not None and zone is not None:
            moment = moment.replace(tzinfo=origin).astimezone(zone).replace(tzinfo=None)
        yield moment
