"""`followup detect FILE [--me EMAIL]`: interview recognition over a JSON file of events.

Input: a Calendar `events.list` response (`{"items": [...]}`) or a JSON array of Event
resources. Output: one JSON object per event, in input order, one per line (see
`Detection.to_json`). No network, no database.

Errors: an unreadable or malformed file (not JSON, wrong shape) prints one line on stderr and
returns 2. A single bad event among good ones does not stop the others: it gets its own line,
`"interview": false`, `"confidence": 0.0` and a reason starting with "unreadable event:"
(its `id` is null when it has no usable id).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TextIO

from followup.core.detect import detect
from followup.core.events import CalendarEvent

__all__ = ["load_events", "run_detect"]


class InputError(ValueError):
    """The file cannot be used at all."""


def load_events(path: Path) -> list[Any]:
    """The list of Event resources in `path` (InputError when the file is unusable)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise InputError(f"{path} is not valid JSON: {exc}") from exc
    if isinstance(data, Mapping):
        items = data.get("items", [] if data.get("kind") == "calendar#events" else None)
        if not isinstance(items, list):
            raise InputError(f"{path}: expected a JSON array of events or an object with 'items'")
        return items
    if isinstance(data, list):
        return data
    raise InputError(f"{path}: expected a JSON array of events or an object with 'items'")


def _file_owner(items: list[Any]) -> str | None:
    """The calendar owner's address from the events' `self` flags."""
    for item in items:
        if not isinstance(item, Mapping):
            continue
        attendees = item.get("attendees")
        for attendee in attendees if isinstance(attendees, list) else ():
            if isinstance(attendee, Mapping) and attendee.get("self") is True:
                email = attendee.get("email")
                if isinstance(email, str) and "@" in email:
                    return email.strip().lower()
        for key in ("organizer", "creator"):
            person = item.get(key)
            if isinstance(person, Mapping) and person.get("self") is True:
                email = person.get("email")
                if isinstance(email, str) and "@" in email:
                    return email.strip().lower()
    return None


def _unreadable(item: Any, error: Exception) -> dict[str, Any]:
    raw_id = item.get("id") if isinstance(item, Mapping) else None
    return {
        "id": raw_id if isinstance(raw_id, str) and raw_id.strip() else None,
        "interview": False,
        "confidence": 0.0,
        "company": None,
        "role": None,
        "interviewers": [],
        "recruiter": None,
        "reason": f"unreadable event: {' '.join(str(error).split())}",
    }


def run_detect(path: Path, me: str | None, out: TextIO, err: TextIO | None = None) -> int:
    """Print one detection line per event of `path` to `out`; 0 on success, 2 on a bad file."""
    err = err if err is not None else sys.stderr
    try:
        items = load_events(Path(path))
    except InputError as exc:
        print(f"error: {' '.join(str(exc).split())}", file=err)
        return 2
    owner = me.strip().lower() if me and me.strip() else _file_owner(items)
    for item in items:
        try:
            event = CalendarEvent.from_api(item)
            line = detect(event, me or (None if event.self_attendee else owner)).to_json()
        except Exception as exc:  # one bad event must not stop the others
            line = _unreadable(item, exc)
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    out.flush()
    return 0


def main(argv: list[str] | None = None) -> int:
    """`python -m followup.detect_cli FILE [--me EMAIL]`: the `followup detect` contract."""
    args = list(sys.argv[1:] if argv is None else argv)
    me: str | None = None
    if "--me" in args:
        at = args.index("--me")
        if at + 1 >= len(args):
            print("error: --me needs an address", file=sys.stderr)
            return 2
        me = args[at + 1]
        del args[at : at + 2]
    if len(args) != 1:
        print("usage: followup detect FILE [--me EMAIL]", file=sys.stderr)
        return 2
    return run_detect(Path(args[0]), me, sys.stdout)


if __name__ == "__main__":
    raise SystemExit(main())
