"""The human-readable view of the sandbox: `GET /_sandbox/` shows its calendar and mailbox.

Everything on the page comes from untrusted input (event titles, sender names, snippets), so it is
rendered by Jinja2 with autoescaping on; no value is ever marked safe. No JavaScript: the page
refreshes itself every few seconds. `GET /_sandbox/user` tells scripts (and `seed_over_http`) whose
calendar and mailbox the sandbox holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import jinja2
from dateutil.rrule import rrulestr
from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from followup.sandbox.deps import AdminUser, StateDep

router = APIRouter(tags=["admin"])

PAGE_LIMIT = 100  # rows per section: a benchmark's 10,000 events stay out of the page


@router.get("/user")
async def sandbox_user(user: AdminUser) -> dict[str, Any]:
    """A user (the default one unless `?user=`): the owner of a calendar and a mailbox."""
    return {"email": user.email, "name": user.name, "time_zone": user.time_zone}


@router.get("/", response_class=HTMLResponse)
async def sandbox_page(state: StateDep, user: AdminUser) -> HTMLResponse:
    """A user's calendar and mailbox, and the request log, at a glance (refreshes every 5
    seconds)."""
    now = state.now()
    events = [_event_view(event, now) for event in user.calendar.all_events()]
    upcoming = sorted((e for e in events if not e.past), key=lambda e: e.sort_key)
    past = sorted((e for e in events if e.past), key=lambda e: e.sort_key, reverse=True)
    mailbox = user.gmail.mailbox_view()
    drafts = [_message_view(_draft_message(item)) for item in mailbox.get("drafts", [])]
    threads = [_thread_view(thread) for thread in mailbox.get("threads", [])]
    html = _TEMPLATE.render(
        user_name=user.name,
        user_email=user.email,
        now=_format_moment(now, "UTC"),
        clock_offset=state.clock_offset,
        upcoming=upcoming[:PAGE_LIMIT],
        upcoming_total=len(upcoming),
        past=past[:PAGE_LIMIT],
        past_total=len(past),
        drafts=drafts[:PAGE_LIMIT],
        drafts_total=len(drafts),
        threads=threads[:PAGE_LIMIT],
        threads_total=len(threads),
        limit=PAGE_LIMIT,
        request_count=len(state.requests),
        fault_count=len(state.faults),
        user_count=len(state.users),
    )
    return HTMLResponse(html, headers={"Cache-Control": "no-store"})


# View models ------------------------------------------------------------------------------------


@dataclass
class PersonView:
    label: str
    status: str = ""
    is_self: bool = False
    is_organizer: bool = False


@dataclass
class EventView:
    title: str
    when: str
    zone: str
    status: str
    cancelled: bool
    past: bool
    sort_key: datetime
    organizer: str = ""
    attendees: list[PersonView] = field(default_factory=list)
    location: str = ""
    link: str = ""
    repeats: str = ""
    event_id: str = ""


@dataclass
class MessageView:
    sender: str
    to: str
    subject: str
    date: str
    labels: list[str]
    snippet: str
    is_draft: bool
    message_id: str


@dataclass
class ThreadView:
    subject: str
    thread_id: str
    messages: list[MessageView]


def _person_label(person: Any) -> str:
    if not isinstance(person, dict):
        return ""
    name = str(person.get("displayName") or "")
    email = str(person.get("email") or "")
    if name and email:
        return f"{name} <{email}>"
    return name or email


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _parse_moment(value: Any) -> datetime | None:
    """A `start`/`end` object as an aware datetime (all-day dates at midnight UTC)."""
    if not isinstance(value, dict):
        return None
    try:
        if value.get("dateTime"):
            moment = datetime.fromisoformat(str(value["dateTime"]))
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        if value.get("date"):
            return datetime.combine(
                date.fromisoformat(str(value["date"])), datetime.min.time(), UTC
            )
    except ValueError:
        return None
    return None


def _format_moment(moment: datetime, zone_name: str) -> str:
    zone = _zone(zone_name)
    local = moment.astimezone(zone) if zone else moment
    return f"{local:%a %d %b %Y, %H:%M}"


def _event_when(start: dict[str, Any], end: dict[str, Any], zone_name: str) -> str:
    if "date" in start and "dateTime" not in start:
        first = _parse_moment(start)
        last = _parse_moment(end)
        if first is None:
            return "?"
        if last is None or last - first <= timedelta(days=1):
            return f"{first:%a %d %b %Y} (all day)"
        return f"{first:%a %d %b} – {last - timedelta(days=1):%a %d %b %Y} (all day)"
    begin = _parse_moment(start)
    finish = _parse_moment(end)
    if begin is None:
        return "?"
    text = _format_moment(begin, zone_name)
    if finish is not None:
        zone = _zone(zone_name)
        local_begin = begin.astimezone(zone) if zone else begin
        local_finish = finish.astimezone(zone) if zone else finish
        if local_begin.date() == local_finish.date():
            text += f"–{local_finish:%H:%M}"
        else:
            text += " – " + _format_moment(finish, zone_name)
    return text


def _next_occurrence(event: dict[str, Any], start: datetime, now: datetime) -> datetime | None:
    """For a recurring series: its next instance's start after `now` (None when it has ended
    or its rules cannot be read)."""
    rules = [line for line in event.get("recurrence") or [] if isinstance(line, str)]
    zone = _zone(str(event.get("start", {}).get("timeZone") or "")) or UTC
    try:
        ruleset = rrulestr("\n".join(rules), dtstart=start.astimezone(zone), forceset=True)
        found = ruleset.after(now)
    except (ValueError, TypeError):
        return None  # a rule the page cannot read: show the series' first instance
    return found if isinstance(found, datetime) else None


def _event_view(event: dict[str, Any], now: datetime) -> EventView:
    start = event.get("start") or {}
    end = event.get("end") or {}
    zone = str(start.get("timeZone") or ("" if "date" in start else "UTC"))
    begin = _parse_moment(start) or now
    finish = _parse_moment(end) or begin
    status = str(event.get("status") or "confirmed")
    repeats = ""
    past = finish <= now
    sort_key = begin
    if event.get("recurrence"):
        repeats = "; ".join(str(line) for line in event["recurrence"])
        upcoming = _next_occurrence(event, begin, now)
        if upcoming is not None:
            past = False
            sort_key = upcoming
    when = _event_when(start, end, zone)
    if repeats and sort_key != begin:
        when = f"next {_format_moment(sort_key, zone)} (series from {when})"
    attendees = [
        PersonView(
            label=_person_label(person),
            status=str(person.get("responseStatus") or ""),
            is_self=bool(person.get("self")),
            is_organizer=bool(person.get("organizer")),
        )
        for person in event.get("attendees") or []
        if isinstance(person, dict)
    ]
    return EventView(
        title=str(event.get("summary") or "(no title)"),
        when=when,
        zone=zone,
        status=status,
        cancelled=status == "cancelled",
        past=past,
        sort_key=sort_key,
        organizer=_person_label(event.get("organizer")),
        attendees=attendees,
        location=str(event.get("location") or ""),
        link=str(event.get("hangoutLink") or ""),
        repeats=repeats,
        event_id=str(event.get("id") or ""),
    )


def _draft_message(item: Any) -> dict[str, Any]:
    if not isinstance(item, dict):
        return {}
    inner = item.get("message")
    return {**item, **inner, "is_draft": True} if isinstance(inner, dict) else item


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(part) for part in value)
    return str(value)


def _message_date(value: Any) -> str:
    """ISO 8601 dates read like the calendar's (in UTC); anything else is shown as given."""
    text = _text(value)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return _format_moment(moment, "UTC") + " UTC"


def _message_view(message: dict[str, Any]) -> MessageView:
    labels = [str(label) for label in message.get("labelIds") or message.get("labels") or []]
    return MessageView(
        sender=_text(message.get("from")),
        to=_text(message.get("to")),
        subject=_text(message.get("subject")) or "(no subject)",
        date=_message_date(message.get("date")),
        labels=labels,
        snippet=_text(message.get("snippet")),
        is_draft=bool(message.get("is_draft")) or "DRAFT" in labels,
        message_id=_text(message.get("message_id")),
    )


def _thread_view(thread: Any) -> ThreadView:
    if not isinstance(thread, dict):
        return ThreadView(subject="", thread_id="", messages=[])
    messages = [
        _message_view(item) for item in thread.get("messages") or [] if isinstance(item, dict)
    ]
    subject = _text(thread.get("subject")) or (messages[0].subject if messages else "")
    return ThreadView(subject=subject, thread_id=_text(thread.get("id")), messages=messages)


# The page ---------------------------------------------------------------------------------------

_ENV = jinja2.Environment(
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)

_TEMPLATE = _ENV.from_string(
    """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5">
<title>Google sandbox – {{ user_email }}</title>
<style>
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #656d76;
  --line: #d8dee4; --chip: #eef1f5; --accent: #0b57d0; --draft: #9a6700; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #8d96a0; --line: #30363d;
    --chip: #1f252d; --accent: #79b8ff; --draft: #e3b341; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 70rem; padding: 1.25rem; color: var(--fg);
  background: var(--bg); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 1.35rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; border-bottom: 1px solid var(--line);
  padding-bottom: .25rem; }
h3 { font-size: .95rem; margin: 1rem 0 .35rem; }
a { color: var(--accent); }
.muted, .meta { color: var(--muted); font-size: .85rem; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem;
  border-bottom: 1px solid var(--line); }
th { font-size: .8rem; color: var(--muted); font-weight: 600; }
td.when { white-space: nowrap; width: 1%; }
.chip { display: inline-block; padding: 0 .4rem; margin: 0 .15rem .15rem 0; border-radius: .6rem;
  background: var(--chip); font-size: .78rem; }
.cancelled { color: var(--muted); }
.draft { color: var(--draft); font-weight: 600; }
.thread { border: 1px solid var(--line); border-radius: .5rem; padding: .5rem .75rem;
  margin: .6rem 0; }
.msg { border-top: 1px dashed var(--line); padding: .4rem 0; }
.msg:first-of-type { border-top: 0; }
.snippet { margin: .15rem 0 0; }
ul.people { margin: 0; padding-left: 1rem; }
nav a { margin-right: 1rem; }
</style>
</head>
<body>
<h1>Google sandbox</h1>
<p class="muted">Calendar and mailbox of <strong>{{ user_name }}</strong> &lt;{{ user_email }}&gt;
 · sandbox clock {{ now }} UTC{% if clock_offset %} (shifted by {{ clock_offset }} s){% endif %}
 · refreshes every 5 s</p>
<nav>
<a href="/_sandbox/requests">Logged API requests: {{ request_count }}</a>
<a href="/_sandbox/faults">Armed faults: {{ fault_count }}</a>
<a href="/_sandbox/docs">Admin API docs</a>
<a href="/_sandbox/clock">Clock</a>
<a href="/_sandbox/users">Users: {{ user_count }}</a> (another's page: <code>?user=address</code>)
</nav>

{% macro event_table(events, empty) %}
{% if events %}
<table>
<thead><tr><th>When</th><th>Event</th><th>Organizer and attendees</th><th>Status</th></tr></thead>
<tbody>
{% for e in events %}
<tr{% if e.cancelled %} class="cancelled"{% endif %}>
<td class="when">{{ e.when }}<div class="meta">{{ e.zone or "all day" }}</div></td>
<td>{% if e.cancelled %}<del>{{ e.title }}</del>{% else %}<strong>{{ e.title }}</strong>{% endif %}
{% if e.location %}<div class="meta">{{ e.location }}</div>{% endif %}
{% if e.link %}<div class="meta">{{ e.link }}</div>{% endif %}
{% if e.repeats %}<div class="meta">repeats: {{ e.repeats }}</div>{% endif %}
</td>
<td>{% if e.organizer %}<div>{{ e.organizer }} <span class="chip">organizer</span></div>{% endif %}
{% if e.attendees %}<ul class="people">
{% for p in e.attendees %}
<li>{{ p.label }}{% if p.is_self %} <span class="chip">you</span>{% endif %}
{% if p.status %} <span class="meta">{{ p.status }}</span>{% endif %}</li>
{% endfor %}
</ul>{% endif %}
</td>
<td>{% if e.cancelled %}<del>{{ e.status }}</del>{% else %}{{ e.status }}{% endif %}</td>
</tr>
{% endfor %}
</tbody>
</table>
{% else %}
<p class="muted">{{ empty }}</p>
{% endif %}
{% endmacro %}

{% macro more(total, link) %}
{% if total > limit %}
<p class="muted">… and {{ total - limit }} more
 (all of them: <a href="{{ link }}">{{ link }}</a>).</p>
{% endif %}
{% endmacro %}

{% macro message(m) %}
<div class="msg">
<div>{% if m.is_draft %}<span class="draft">Draft</span> · {% endif %}
<strong>{{ m.subject }}</strong></div>
<div class="meta">From {{ m.sender }} · to {{ m.to }} · {{ m.date }}</div>
<div>{% for label in m.labels %}<span class="chip">{{ label }}</span>{% endfor %}</div>
{% if m.snippet %}<p class="snippet">{{ m.snippet }}</p>{% endif %}
</div>
{% endmacro %}

<h2>Calendar</h2>
<h3>Upcoming ({{ upcoming_total }})</h3>
{{ event_table(upcoming, "Nothing coming up.") }}
{{ more(upcoming_total, "/_sandbox/calendar/events") }}
<h3>Past ({{ past_total }})</h3>
{{ event_table(past, "Nothing in the past.") }}
{{ more(past_total, "/_sandbox/calendar/events") }}

<h2>Mailbox</h2>
<h3>Drafts ({{ drafts_total }})</h3>
{% if drafts %}
<div class="thread">
{% for m in drafts %}{{ message(m) }}{% endfor %}
</div>
{{ more(drafts_total, "/_sandbox/gmail/mailbox") }}
{% else %}
<p class="muted">No drafts.</p>
{% endif %}
<h3>Threads ({{ threads_total }})</h3>
{% for t in threads %}
<div class="thread">
<div><strong>{{ t.subject }}</strong>
 <span class="meta">{{ t.messages|length }}
 message{% if t.messages|length != 1 %}s{% endif %}</span></div>
{% for m in t.messages %}{{ message(m) }}{% endfor %}
</div>
{% else %}
<p class="muted">The mailbox is empty.</p>
{% endfor %}
{{ more(threads_total, "/_sandbox/gmail/mailbox") }}
</body>
</html>
"""
)
