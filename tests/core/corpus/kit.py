"""Helpers that write one labelled calendar event of the corpus (see build_corpus.py)."""

from __future__ import annotations

from typing import Any

ME = "alex.rivera@gmail.com"
WORK_ME = "alex.rivera@initech.com"
ENTRIES: list[dict[str, Any]] = []
_day = [0]


def person(email: str, name: str | None = None, **flags: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"email": email, "responseStatus": flags.pop("status", "accepted")}
    if name:
        out["displayName"] = name
    out.update(flags)
    return out


def ev(
    summary: str,
    *,
    interview: bool,
    company: str | None = None,
    role: str | None = None,
    desc: str | None = None,
    org: tuple[str, str | None] | None = None,
    att: list[dict[str, Any]] | None = None,
    me: str = ME,
    my_status: str = "accepted",
    loc: str | None = None,
    meet: str | None = None,
    conf: tuple[str, str] | None = None,
    zone: str = "America/Los_Angeles",
    all_day: bool = False,
    add_me: bool = True,
    split: str = "tuned",
) -> None:
    _day[0] += 1
    n = _day[0]
    day = f"2025-{(n % 11) + 1:02d}-{(n % 27) + 1:02d}"
    event: dict[str, Any] = {
        "kind": "calendar#event",
        "id": f"corpus{n:03d}",
        "status": "confirmed",
        "htmlLink": f"https://www.google.com/calendar/event?eid=corpus{n:03d}",
        "created": "2025-01-02T09:00:00.000Z",
        "updated": "2025-01-03T09:00:00.000Z",
        "summary": summary,
        "iCalUID": f"corpus{n:03d}@google.com",
        "sequence": 0,
        "eventType": "default",
    }
    if desc:
        event["description"] = desc
    if loc:
        event["location"] = loc
    if all_day:
        event["start"] = {"date": day}
        event["end"] = {"date": day}
    else:
        event["start"] = {"dateTime": f"{day}T10:00:00", "timeZone": zone}
        event["end"] = {"dateTime": f"{day}T11:00:00", "timeZone": zone}
    organizer = org or (me, None)
    event["organizer"] = {"email": organizer[0]}
    if organizer[1]:
        event["organizer"]["displayName"] = organizer[1]
    if organizer[0] == me:
        event["organizer"]["self"] = True
    event["creator"] = dict(event["organizer"])
    attendees = [dict(a) for a in (att or [])]
    for a in attendees:
        if a["email"] == organizer[0]:
            a["organizer"] = True
    if add_me and (attendees or org):
        attendees.append(person(me, "Alex Rivera", self=True, status=my_status))
    if attendees:
        event["attendees"] = attendees
    if meet == "meet":
        event["hangoutLink"] = f"https://meet.google.com/abc-defg-{n:03d}"
        event["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": event["hangoutLink"]}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": f"abc-defg-{n:03d}",
        }
    if conf is not None:  # (solution name, join URL): a Zoom or Teams add-on's conference data
        event["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": conf[1]}],
            "conferenceSolution": {"key": {"type": "addOn"}, "name": conf[0]},
            "conferenceId": conf[1].rsplit("/", 1)[-1],
        }
    ENTRIES.append(
        {
            "me": me,
            "split": split,
            "expect": {"interview": interview, "company": company, "role": role},
            "event": event,
        }
    )
