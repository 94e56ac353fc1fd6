"""followup's benchmarks (issue 7): quota, sync speed, API latency, memory and start-up; and
(issue 18) scale: many accounts on PostgreSQL, ticked by `followup worker` processes.

    .venv/bin/python -m bench.run            # the full run; writes bench/RESULTS.md
    .venv/bin/python -m bench.run --quick    # tiny sizes, one run each (the smoke test)

Everything runs against the built-in Google sandbox, served in this process on a loopback port;
followup's servers run in this process (uvicorn in a thread) or as a `followup serve` child
process where the figure is about that process (memory, start-up). Each figure is the median of
several runs; timings are also given as a ratio to a baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import random
import re
import shlex
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import google_auth_httplib2
import httplib2
import httpx
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from sqlmodel import Session, select

from followup import db
from followup.app import create_app, settle_heap
from followup.config import Settings
from followup.context import Context
from followup.core.plan import FOLLOW_COMPANY, LINKEDIN, NETWORKING_EVENTS
from followup.google.auth import load_credentials, save_credentials, upsert_account
from followup.google.calendar import GoogleCalendar
from followup.google.services import build_calendar, build_gmail
from followup.models import (
    Account,
    FollowUp,
    FollowUpKind,
    FollowUpState,
    Interview,
)
from followup.sandbox.state import DEFAULT_USER
from followup.serving import serve_in_thread
from followup.sync import sync_account
from followup.tick import run_tick

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "bench" / "RESULTS.md"
ME = DEFAULT_USER
# The interview's life runs on the sandbox's clock, from a fixed Tuesday morning.
EPOCH = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
API_TOKEN = "bench-token-0123456789"  # noqa: S105 (a throwaway token for a throwaway server)

# Gmail's published quota units per method
# (https://developers.google.com/workspace/gmail/api/reference/quota).
GMAIL_UNITS: dict[str, int] = {
    "messages.list": 5,
    "messages.get": 5,
    "messages.send": 100,
    "drafts.create": 10,
    "drafts.get": 5,
    "drafts.list": 5,
    "drafts.update": 15,
    "drafts.delete": 10,
    "drafts.send": 100,
    "history.list": 2,
    "getProfile": 1,
    "threads.get": 10,
    "threads.list": 10,
}
_USER = r"/users/[^/]+"
GMAIL_METHODS: list[tuple[str, str, str]] = [
    ("GET", rf"{_USER}/messages", "messages.list"),
    ("POST", rf"{_USER}/messages/send", "messages.send"),
    ("GET", rf"{_USER}/messages/[^/]+", "messages.get"),
    ("POST", rf"{_USER}/drafts", "drafts.create"),
    ("POST", rf"{_USER}/drafts/send", "drafts.send"),
    ("GET", rf"{_USER}/drafts", "drafts.list"),
    ("GET", rf"{_USER}/drafts/[^/]+", "drafts.get"),
    ("PUT", rf"{_USER}/drafts/[^/]+", "drafts.update"),
    ("DELETE", rf"{_USER}/drafts/[^/]+", "drafts.delete"),
    ("GET", rf"{_USER}/history", "history.list"),
    ("GET", rf"{_USER}/profile", "getProfile"),
    ("GET", rf"{_USER}/threads", "threads.list"),
    ("GET", rf"{_USER}/threads/[^/]+", "threads.get"),
]

# The rows of the summary table, in order (the smoke test checks every one is there).
FIGURES: tuple[str, ...] = (
    "Google requests per quiet tick",
    "Google requests for one interview's life",
    "Gmail quota units for one interview's life",
    "first full sync of {events} events",
    "GET /api/v1/followups p50 (16 clients)",
    "GET /api/v1/followups p99 (16 clients)",
    "server RSS after start",
    "server RSS after the {events}-event sync",
    "start-up: `followup serve` to first /healthz",
    "restart: the same, on an existing data directory",
    "popup render of {popup} follow-ups",
    "quiet ticks per second, {accounts} accounts, {workers} worker(s)",
    "database statements per quiet tick (PostgreSQL)",
    "time per quiet tick with {accounts} accounts in the database",
    "classify one e-mail",
    "detect one calendar event",
)


@dataclass(frozen=True)
class Sizes:
    runs: int
    events: int
    interviews: int
    followups: int
    clients: int
    requests_per_client: int
    quiet_ticks: int
    popup: int


FULL = Sizes(
    runs=5,
    events=10_000,
    interviews=1_000,
    followups=5_000,
    clients=16,
    requests_per_client=3,
    quiet_ticks=5,
    popup=200,
)
QUICK = Sizes(
    runs=1,
    events=200,
    interviews=20,
    followups=100,
    clients=16,
    requests_per_client=2,
    quiet_ticks=2,
    popup=200,
)


@dataclass
class Row:
    figure: str
    value: str
    baseline: str = ""
    ratio: str = ""
    goal: str = ""
    verdict: str = ""


@dataclass
class Report:
    sizes: Sizes
    rows: list[Row] = field(default_factory=list)
    life: list[tuple[str, Counter[str], int]] = field(default_factory=list)
    quiet: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, row: Row) -> None:
        self.rows.append(row)
        print(f"  {row.figure}: {row.value}  {row.ratio}  {row.verdict}".rstrip(), flush=True)


# The sandbox -------------------------------------------------------------------------------


@dataclass
class Google:
    """The sandbox served from this process, with its admin API."""

    url: str
    admin: httpx.Client

    def credentials(self) -> Credentials:
        grant = self.admin.post("/_sandbox/oauth/tokens", json={}).raise_for_status().json()
        return Credentials(
            token=grant["access_token"],
            refresh_token=grant["refresh_token"],
            token_uri=f"{self.url}token",
            client_id=grant["client_id"],
            client_secret=grant["client_secret"],
            scopes=grant["scope"].split(),
        )

    def reset(self) -> None:
        self.admin.post("/_sandbox/reset").raise_for_status()
        self.admin.delete("/_sandbox/faults").raise_for_status()

    def now(self) -> datetime:
        answer = self.admin.get("/_sandbox/clock").raise_for_status().json()
        return datetime.fromisoformat(answer["now"])

    def set_clock(self, moment: datetime) -> None:
        offset = (moment - datetime.now(UTC)).total_seconds()
        self.admin.post("/_sandbox/clock", json={"offset_seconds": offset}).raise_for_status()

    def advance(self, **delta: float) -> None:
        seconds = timedelta(**delta).total_seconds()
        self.admin.post("/_sandbox/clock", json={"advance_seconds": seconds}).raise_for_status()

    def forget_requests(self) -> None:
        self.admin.delete("/_sandbox/requests").raise_for_status()

    def requests(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self.admin.get("/_sandbox/requests").json()["requests"]
        return found

    def add_events(self, events: list[dict[str, Any]], chunk: int = 1000) -> None:
        for start in range(0, len(events), chunk):
            items = events[start : start + chunk]
            self.admin.post(
                "/_sandbox/calendar/events:batch", json={"items": items}
            ).raise_for_status()


@contextlib.contextmanager
def sandbox(tmp: Path) -> Iterator[Google]:
    """The sandbox in a process of its own, as Google is: its work does not share this
    process's interpreter lock with the client under test."""
    port = free_port()
    command = [sys.executable, "-m", "followup", "sandbox", "--port", str(port)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    url = f"http://127.0.0.1:{port}/"
    with (
        launched(command, port, env, tmp, ready="_sandbox/clock"),
        httpx.Client(base_url=url, timeout=300) as admin,
    ):
        yield Google(url, admin)


@dataclass
class Followup:
    """followup's pieces in this process, on a SQLite file in `data_dir`, connected to the
    sandbox."""

    settings: Settings
    ctx: Context
    account_id: int
    credentials: Credentials

    def close(self) -> None:
        self.ctx.engine.dispose()

    def token_expired(self) -> None:
        """The saved access token has expired, as it has after the sandbox's clock jumped an
        hour or more. google-auth compares expiry with the real clock, so without this the
        Google client would find out from a 401 and refresh mid-tick (and that refreshed token
        is not saved), where a real hour would have let the tick refresh it up front."""
        with db.session_scope(self.ctx.engine) as session:
            account = session.get(Account, self.account_id)
            assert account is not None
            credentials = load_credentials(account, self.ctx.cipher, self.settings)
            credentials.expiry = datetime(2000, 1, 1)  # naive UTC, as google-auth keeps it
            save_credentials(account, credentials, self.ctx.cipher)
            session.add(account)


def connect(google: Google, data_dir: Path, *, shared_clock: bool = False) -> Followup:
    settings = Settings(
        data_dir=data_dir, google_endpoint=google.url, background_sync=False, api_token=API_TOKEN
    )
    app = create_app(settings)
    db.upgrade(app.state.engine)
    credentials = google.credentials()
    with db.session_scope(app.state.engine) as session:
        account = upsert_account(session, credentials, app.state.cipher, settings)
        assert account.id is not None
        account_id = account.id
    ctx: Context = app.state.tick_context
    if shared_clock:
        ctx = replace(ctx, clock=google.now)
    return Followup(settings, ctx, account_id, credentials)


# Request accounting --------------------------------------------------------------------------


def classify(method: str, path: str) -> tuple[str, str]:
    """("Calendar" | "Gmail" | "OAuth" | "other", method name)."""
    if path.startswith("/calendar/"):
        last = path.rstrip("/").rsplit("/", 1)[-1]
        return "Calendar", f"{method} …/{last}"
    if path.startswith(("/gmail/v1", "/upload/gmail/v1")):
        rest = re.sub(r"^(/upload)?/gmail/v1", "", path)
        for verb, pattern, name in GMAIL_METHODS:
            if verb == method and re.fullmatch(pattern, rest):
                return "Gmail", name
        return "Gmail", f"{method} {rest}"
    if path.startswith("/token"):
        return "OAuth", "token"
    return "other", f"{method} {path}"


@dataclass
class Cost:
    calendar: int = 0
    gmail: int = 0
    oauth: int = 0
    units: int = 0
    unknown: int = 0
    methods: Counter[str] = field(default_factory=Counter)

    @property
    def google(self) -> int:
        return self.calendar + self.gmail


def cost_of(requests: list[dict[str, Any]]) -> Cost:
    cost = Cost()
    for record in requests:
        api, name = classify(record["method"], record["path"])
        if api == "Calendar":
            cost.calendar += 1
            cost.methods[f"Calendar {name}"] += 1
        elif api == "Gmail":
            cost.gmail += 1
            cost.methods[f"Gmail {name}"] += 1
            units = GMAIL_UNITS.get(name)
            if units is None:
                cost.unknown += 1
            else:
                cost.units += units
        elif api == "OAuth":
            cost.oauth += 1
            cost.methods["OAuth token refresh"] += 1
    return cost


# Sample data ---------------------------------------------------------------------------------

ORDINARY = (
    "Standup",
    "1:1 with Sam",
    "Sprint planning",
    "Team retro",
    "Dentist",
    "Lunch with Alex",
    "Gym",
    "Coffee chat",
    "Book club",
    "Design review",
    "Flight to Lisbon",
    "Quarterly planning",
)


def when(moment: datetime) -> dict[str, str]:
    return {"dateTime": moment.isoformat(), "timeZone": "UTC"}


def interview_event(start: datetime, company: str = "Quillfeather") -> dict[str, Any]:
    domain = f"{company.lower()}.io"
    attendees = [
        {"email": ME, "self": True, "responseStatus": "accepted"},
        {"email": f"dana.li@{domain}", "displayName": "Dana Li"},
        {"email": f"omar.haddad@{domain}", "displayName": "Omar Haddad"},
    ]
    return {
        "summary": f"Technical interview – {company}",
        "description": "Senior Backend Engineer loop. Scheduled via Greenhouse.",
        "start": when(start),
        "end": when(start + timedelta(minutes=45)),
        "organizer": {"email": f"priya.raman@{domain}", "displayName": "Priya Raman"},
        "attendees": attendees,
    }


def calendar_events(count: int, now: datetime) -> list[dict[str, Any]]:
    """`count` events between 55 days back and 170 days ahead (inside followup's window);
    one in a hundred is an interview, the rest an ordinary working life."""
    rng = random.Random(7)
    first = now.replace(minute=0, second=0, microsecond=0) - timedelta(days=55)
    slots = 225 * 24 * 4  # quarter hours in the span
    events = []
    for index in range(count):
        start = first + timedelta(minutes=15 * rng.randrange(slots))
        if index % 100 == 0:
            events.append(interview_event(start, company=f"Company{index // 100:03d}"))
            continue
        colleagues = [
            {"email": f"colleague{rng.randrange(40)}@mycompany.example"}
            for _ in range(rng.randrange(4))
        ]
        event: dict[str, Any] = {
            "summary": rng.choice(ORDINARY),
            "start": when(start),
            "end": when(start + timedelta(minutes=rng.choice((15, 30, 45, 60, 90)))),
        }
        if colleagues:
            event["attendees"] = [{"email": ME, "self": True}, *colleagues]
            event["organizer"] = {"email": colleagues[0]["email"]}
        if rng.random() < 0.3:
            event["description"] = "Agenda: updates, blockers, next steps. https://meet.example/abc"
        events.append(event)
    return events


# Statistics and formatting -------------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def mib(kib: float) -> str:
    return f"{kib / 1024:.0f} MiB"


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


# 1 and 2: quota ------------------------------------------------------------------------------


def interview_life(
    google: Google, data_dir: Path, quiet_ticks: int
) -> tuple[list[tuple[str, Cost]], list[Cost]]:
    """One interview from calendar to check-in, each step a tick; then quiet ticks."""
    google.reset()
    google.set_clock(EPOCH - timedelta(hours=1))
    world = connect(google, data_dir, shared_clock=True)
    try:
        run_tick(world.ctx, world.account_id)  # the account's first look: not part of the life
        steps: list[tuple[str, Cost]] = []

        def step(name: str, check: Callable[[], bool]) -> None:
            world.token_expired()  # every step comes an hour or more after the last
            google.forget_requests()
            run_tick(world.ctx, world.account_id)
            steps.append((name, cost_of(google.requests())))
            if not check():
                raise RuntimeError(f"the interview's life went wrong at: {name}")

        def rows(kind: FollowUpKind, state: FollowUpState) -> list[FollowUp]:
            with Session(world.ctx.engine) as session:
                query = select(FollowUp).where(FollowUp.kind == kind, FollowUp.state == state)
                return list(session.exec(query))

        google.set_clock(EPOCH)
        google.admin.post("/_sandbox/calendar/events", json=interview_event(EPOCH))
        step(
            "sync: interview found, thank-yous planned",
            lambda: len(rows(FollowUpKind.thank_you, FollowUpState.scheduled)) == 2,
        )
        google.set_clock(EPOCH + timedelta(minutes=45, hours=1, seconds=1))
        step(
            "two thank-yous drafted",
            lambda: len(rows(FollowUpKind.thank_you, FollowUpState.drafted)) == 2,
        )
        google.advance(hours=2)
        draft_id = rows(FollowUpKind.thank_you, FollowUpState.drafted)[0].draft_id
        gmail = build_gmail(google.credentials(), google.url)
        gmail.users().drafts().send(userId="me", body={"id": draft_id}).execute()
        step(
            "one sent (noticed; check-in planned)",
            lambda: len(rows(FollowUpKind.check_in, FollowUpState.scheduled)) == 1,
        )
        google.advance(days=7, minutes=1)
        step(
            "check-in drafted",
            lambda: len(rows(FollowUpKind.check_in, FollowUpState.drafted)) == 1,
        )
        quiet = []
        for _ in range(quiet_ticks):
            google.advance(minutes=5)
            google.forget_requests()
            run_tick(world.ctx, world.account_id)
            quiet.append(cost_of(google.requests()))
        return steps, quiet
    finally:
        world.close()


def measure_quota(google: Google, tmp: Path, sizes: Sizes, report: Report) -> None:
    lives = [
        interview_life(google, tmp / f"life-{run}", sizes.quiet_ticks) for run in range(sizes.runs)
    ]
    quiet = [cost for _, ticks in lives for cost in ticks]
    per_tick = median([cost.google for cost in quiet])
    composition = Counter[str]()
    for cost in quiet:
        composition.update(cost.methods)
    report.quiet = [
        f"{name}: {count / len(quiet):g}" for name, count in sorted(composition.items())
    ]
    report.add(
        Row(
            FIGURES[0],
            f"{per_tick:g}",
            goal="2 (one Calendar, one Gmail)",
            verdict=verdict(per_tick <= 2),
        )
    )
    names = [name for name, _ in lives[0][0]]
    totals = Cost()
    for index, name in enumerate(names):
        costs = [steps[index][1] for steps, _ in lives]
        middle = sorted(costs, key=lambda c: (c.google, c.units))[len(costs) // 2]
        report.life.append((name, middle.methods, middle.units))
        totals.calendar += middle.calendar
        totals.gmail += middle.gmail
        totals.oauth += middle.oauth
        totals.units += middle.units
        totals.unknown += middle.unknown
    report.add(
        Row(
            FIGURES[1],
            f"{totals.google} ({totals.calendar} Calendar, {totals.gmail} Gmail)",
            goal="report, then cut",
            verdict="report",
        )
    )
    report.add(
        Row(
            FIGURES[2],
            f"{totals.units} units" + (f" (+{totals.unknown} unpriced)" if totals.unknown else ""),
            goal="report, then cut",
            verdict="report",
        )
    )
    report.notes.append(
        f"Quota: the interview's life also made {totals.oauth} OAuth token refresh(es) (not "
        "API quota; each step comes an hour or more after the last, when the access token has "
        "expired). Quiet ticks come 5 minutes apart after the check-in, token still valid."
    )


# 3: first full sync --------------------------------------------------------------------------


def bare_listing(google: Google, credentials: Credentials, time_min: str, time_max: str) -> int:
    """The baseline: google-api-python-client paging the same events, nothing else."""
    http = google_auth_httplib2.AuthorizedHttp(credentials, http=httplib2.Http(timeout=300))
    service = build(
        "calendar",
        "v3",
        http=http,
        static_discovery=True,
        cache_discovery=False,
        client_options={"api_endpoint": f"{google.url}calendar/v3/"},
    )
    events = service.events()
    request = events.list(
        calendarId="primary",
        maxResults=2500,
        singleEvents=True,
        timeMin=time_min,
        timeMax=time_max,
    )
    count = 0
    while request is not None:
        response = request.execute()
        count += len(response.get("items", []))
        request = events.list_next(request, response)
    return count


def measure_sync(google: Google, tmp: Path, sizes: Sizes, report: Report) -> None:
    ours: list[float] = []
    bare: list[float] = []
    found = 0
    for run in range(sizes.runs):
        world = connect(google, tmp / f"sync-{run}")
        try:
            now = datetime.now(UTC)
            settings = world.settings
            time_min = (now - timedelta(days=settings.sync_days_back)).isoformat()
            time_max = (now + timedelta(days=settings.sync_days_ahead)).isoformat()
            # The heap as the server keeps it (start-up frozen), and not whatever earlier
            # parts of this bench left: both loops then run on the same settled heap.
            settle_heap()
            started = time.perf_counter()
            listed = bare_listing(google, world.credentials, time_min, time_max)
            bare.append(time.perf_counter() - started)
            client = GoogleCalendar(build_calendar(world.credentials, google.url))
            started = time.perf_counter()
            summary = sync_account(world.ctx.engine, world.account_id, client, settings, now)
            ours.append(time.perf_counter() - started)
            if listed != sizes.events or summary.events_read != sizes.events:
                raise RuntimeError(
                    f"expected {sizes.events} events; bare loop read {listed}, "
                    f"followup {summary.events_read}"
                )
            found = summary.interviews_found
        finally:
            world.close()
    ratio = median(ours) / median(bare)
    report.add(
        Row(
            FIGURES[3].format(events=f"{sizes.events:,}"),
            ms(median(ours)),
            baseline=f"{ms(median(bare))} (bare client paging)",
            ratio=f"{ratio:.2f}",
            goal="≤ 1.3",
            verdict=verdict(ratio <= 1.3),
        )
    )
    report.notes.append(
        f"Sync: {sizes.events:,} events, {found} recognised as interviews "
        f"(one in a hundred was written as one); each run on a fresh SQLite file. Both loops "
        "page the same events (2,500 a page) from the sandbox in its own process, as Google "
        "is: followup reads and stores a page while the next one is fetched."
    )


# 4: API latency under load -------------------------------------------------------------------


def fill_database(settings: Settings, interviews: int, followups: int, now: datetime) -> None:
    engine = db.make_engine(settings.resolved_database_url)
    db.upgrade(engine)
    rng = random.Random(11)
    kinds = list(FollowUpKind)
    states = list(FollowUpState)
    with db.session_scope(engine) as session:
        account = Account(email=ME, scopes="")
        session.add(account)
        session.flush()
        assert account.id is not None
        rows = []
        for index in range(interviews):
            start = now + timedelta(hours=rng.randrange(-24 * 60, 24 * 60))
            company = f"Company{index:04d}"
            rows.append(
                Interview(
                    account_id=account.id,
                    calendar_id="primary",
                    event_id=f"event{index:05d}",
                    title=f"Technical interview – {company}",
                    starts_at=start,
                    ends_at=start + timedelta(minutes=45),
                    company=company,
                    role="Senior Backend Engineer",
                    detected=True,
                    confidence=0.95,
                    reason="interview words in the title; a company domain among attendees",
                )
            )
        session.add_all(rows)
        session.flush()
        per = max(1, followups // max(1, interviews))
        made = 0
        for interview in rows:
            assert interview.id is not None
            company = interview.company or ""
            for seq in range(per):
                if made >= followups:
                    break
                kind = kinds[seq % len(kinds)]
                slot = {
                    FollowUpKind.nudge: (LINKEDIN + "dana", FOLLOW_COMPANY, NETWORKING_EVENTS)[
                        seq % 3
                    ],
                }.get(kind, f"person{seq}@{company.lower()}.io")
                state = rng.choice(states)
                drafted = state in (FollowUpState.drafted, FollowUpState.sent)
                session.add(
                    FollowUp(
                        account_id=account.id,
                        interview_id=interview.id,
                        kind=kind,
                        slot=slot,
                        sequence=seq + 1,
                        state=state,
                        title=f"{kind.value.replace('_', ' ').capitalize()} to Person {seq}",
                        recipient_email=None if kind is FollowUpKind.nudge else slot,
                        recipient_name=f"Person {seq}",
                        due_at=interview.ends_at + timedelta(hours=1 + 24 * seq),
                        late_at=interview.ends_at + timedelta(hours=48 + 24 * seq),
                        draft_id=f"r-{made}" if drafted else None,
                        gmail_message_id=f"m-{made}" if drafted else None,
                        thread_id=f"t-{made}" if drafted else None,
                        flags="no_notes" if seq % 2 else "",
                    )
                )
                made += 1
    engine.dispose()


def load(url: str, path: str, clients: int, each: int) -> list[float]:
    """`clients` threads, each with its own connection, `each` requests after a warm-up."""
    latencies: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(clients)
    errors: list[BaseException] = []
    headers = {"Authorization": f"Bearer {API_TOKEN}"}

    def client() -> None:
        try:
            with httpx.Client(base_url=url, headers=headers, timeout=300) as http:
                http.get(path).raise_for_status()
                barrier.wait()
                for _ in range(each):
                    started = time.perf_counter()
                    answer = http.get(path)
                    answer.raise_for_status()
                    _ = answer.content
                    took = time.perf_counter() - started
                    with lock:
                        latencies.append(took)
        except BaseException as exc:
            errors.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return latencies


def measure_api(tmp: Path, sizes: Sizes, report: Report) -> None:
    settings = Settings(data_dir=tmp / "api", background_sync=False, api_token=API_TOKEN)
    settings.ensure_data_dir()
    fill_database(settings, sizes.interviews, sizes.followups, datetime.now(UTC))
    app = create_app(settings)
    p50s, p99s, health99s, health50s = [], [], [], []
    size = 0
    with serve_in_thread(app) as url:
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {API_TOKEN}"}) as one:
            page = one.get("/api/v1/followups", timeout=300)
            size = len(page.content)
            items, total = len(page.json()["items"]), page.json()["total"]
        for _ in range(sizes.runs):
            listed = load(url, "/api/v1/followups", sizes.clients, sizes.requests_per_client)
            health = load(url, "/healthz", sizes.clients, sizes.requests_per_client)
            p50s.append(percentile(listed, 50))
            p99s.append(percentile(listed, 99))
            health50s.append(percentile(health, 50))
            health99s.append(percentile(health, 99))
    ratio = median(p99s) / median(health99s)
    report.add(
        Row(
            FIGURES[4],
            ms(median(p50s)),
            baseline=f"{ms(median(health50s))} (/healthz p50)",
            ratio=f"{median(p50s) / median(health50s):.1f}",
            goal="",
            verdict="report",
        )
    )
    report.add(
        Row(
            FIGURES[5],
            ms(median(p99s)),
            baseline=f"{ms(median(health99s))} (/healthz p99)",
            ratio=f"{ratio:.1f}",
            goal="p99 ≤ 3× /healthz",
            verdict=verdict(ratio <= 3),
        )
    )
    report.notes.append(
        f"API: {sizes.interviews:,} interviews and {total:,} follow-ups in SQLite; each request "
        f"is the extension's: `GET /api/v1/followups`, its first page ({items} follow-ups, "
        f"{size / 1e3:.0f} kB of JSON). {sizes.clients} client threads × "
        f"{sizes.requests_per_client} requests per run, uvicorn in a thread of this process; "
        "/healthz under the same load (same clients, same server) is the baseline."
    )


# 5 and 6: the server as its own process --------------------------------------------------------


HELLO = """
import sys
import uvicorn
from fastapi import FastAPI
app = FastAPI()
@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def followup_command(port: int) -> list[str]:
    script = Path(sys.executable).parent / "followup"
    head = [str(script)] if script.exists() else [sys.executable, "-m", "followup"]
    return [*head, "serve", "--port", str(port)]


@contextlib.contextmanager
def launched(
    command: list[str], port: int, env: dict[str, str], cwd: Path, ready: str = "healthz"
) -> Iterator[tuple[subprocess.Popen[bytes], float]]:
    """Start a server process; yields it and the seconds from launch to the first 200 on
    `ready`."""
    log = (cwd / f"server-{port}.log").open("wb")
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/{ready}"
        deadline = started + 60
        while True:
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(url, timeout=5).status_code == 200:
                    break
            if process.poll() is not None or time.perf_counter() > deadline:
                log.flush()
                output = (cwd / f"server-{port}.log").read_text(errors="replace")
                raise RuntimeError(f"{shlex.join(command)} did not start:\n{output[-2000:]}")
            time.sleep(0.005)
        yield process, time.perf_counter() - started
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def rss_kib(pid: int) -> float | None:
    """The process's resident set (Linux: /proc/<pid>/status)."""
    status = Path(f"/proc/{pid}/status")
    if not status.exists():
        return None
    for line in status.read_text().splitlines():
        if line.startswith("VmRSS:"):
            return float(line.split()[1])
    return None


def server_env(data_dir: Path, port: int, google: Google | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    env.update(
        FOLLOWUP_DATA_DIR=str(data_dir),
        FOLLOWUP_BACKGROUND_SYNC="false",
        FOLLOWUP_PORT=str(port),
        FOLLOWUP_API_TOKEN=API_TOKEN,
    )
    if google is not None:
        env["FOLLOWUP_GOOGLE_ENDPOINT"] = google.url
    return env


def measure_startup(tmp: Path, sizes: Sizes, report: Report) -> float:
    """Start-up times; answers the hello-world server's RSS (the memory figure's baseline)."""
    ours, again, hello, hello_rss = [], [], [], []
    runs = max(sizes.runs, 2) if sizes.runs > 1 else 1
    for run in range(runs):
        data_dir = tmp / f"start-{run}"
        data_dir.mkdir()
        port = free_port()
        command = [sys.executable, "-c", HELLO, str(port)]
        with launched(command, port, server_env(data_dir, port, None), data_dir) as (proc, took):
            hello.append(took)
            hello_rss.append(rss_kib(proc.pid) or 0)
        port = free_port()
        env = server_env(data_dir, port, None)
        with launched(followup_command(port), port, env, data_dir) as (_, took):
            ours.append(took)
        with launched(followup_command(port), port, env, data_dir) as (_, took):
            again.append(took)  # key, token and schema in place: what every later start costs
    ratio = median(ours) / median(hello)
    report.add(
        Row(
            FIGURES[8],
            ms(median(ours)),
            baseline=f"{ms(median(hello))} (a hello-world FastAPI on uvicorn)",
            ratio=f"{ratio:.1f}",
            goal="report, then cut",
            verdict="report",
        )
    )
    report.add(
        Row(
            FIGURES[9],
            ms(median(again)),
            baseline=f"{ms(median(hello))} (the same hello-world)",
            ratio=f"{median(again) / median(hello):.1f}",
            goal="report",
            verdict="report",
        )
    )
    report.notes.append(
        "Start-up: the first launch on a fresh data directory (so it includes creating the key, "
        "the token and migrating an empty database), then a restart on it; polled every 5 ms."
    )
    return median(hello_rss)


def measure_memory(
    google: Google, tmp: Path, sizes: Sizes, report: Report, baseline: float
) -> None:
    at_start, after_sync = [], []
    for run in range(sizes.runs):
        data_dir = tmp / f"memory-{run}"
        connect(google, data_dir).close()  # the account, as after `followup auth`
        port = free_port()
        env = server_env(data_dir, port, google)
        with launched(followup_command(port), port, env, data_dir) as (process, _):
            at_start.append(rss_kib(process.pid) or 0)
            answer = httpx.post(
                f"http://127.0.0.1:{port}/api/v1/sync",
                headers={"Authorization": f"Bearer {API_TOKEN}"},
                timeout=600,
            )
            answer.raise_for_status()
            read = answer.json()["events_read"]
            if read != sizes.events:
                raise RuntimeError(f"the server's sync read {read} events, not {sizes.events}")
            after_sync.append(rss_kib(process.pid) or 0)
    if not any(at_start):
        for name in FIGURES[6:8]:
            report.add(Row(name.format(events=f"{sizes.events:,}"), "not measured (no /proc)"))
        return
    report.add(
        Row(
            FIGURES[6],
            mib(median(at_start)),
            baseline=f"{mib(baseline)} (hello-world FastAPI)" if baseline else "",
            ratio=f"{median(at_start) / baseline:.1f}" if baseline else "",
            goal="report, then cut",
            verdict="report",
        )
    )
    report.add(
        Row(
            FIGURES[7].format(events=f"{sizes.events:,}"),
            mib(median(after_sync)),
            baseline=f"{mib(median(at_start))} (after start)",
            ratio=f"{median(after_sync) / median(at_start):.1f}",
            goal="report, then cut",
            verdict="report",
        )
    )
    report.notes.append(
        "Memory: VmRSS of the `followup serve` process itself (/proc/<pid>/status), right after "
        "its first /healthz answer, then after `POST /api/v1/sync` (a whole tick: the "
        f"{sizes.events:,}-event calendar sync, Gmail, planning and drafting)."
    )


# 7: popup ------------------------------------------------------------------------------------


def measure_popup(sizes: Sizes, report: Report) -> None:
    from bench.popup import PopupUnavailable, popup_render_times

    name = FIGURES[10].format(popup=sizes.popup)
    try:
        times = popup_render_times(sizes.popup, sizes.runs)
    except PopupUnavailable as exc:
        if os.environ.get("FOLLOWUP_REQUIRE_BROWSER") == "1":
            raise  # as for the browser tests: where Chromium is required, its absence fails
        report.add(Row(name, "not measured", goal="report", verdict="not measured"))
        report.notes.append(f"Popup render: not measured ({exc}).")
        return
    full, empty = times.measured, times.baseline

    def samples(values: list[float]) -> str:
        return ", ".join(f"{value:.0f}" for value in values)

    report.add(
        Row(
            name,
            ms(full.list_median / 1000),
            baseline=f"{ms(empty.list_median / 1000)} (the same popup, no follow-ups)",
            ratio=f"{times.ratio:.2f}",
            goal="report",
            verdict="report",
        )
    )
    report.notes.append(
        f"Popup render: {times.chromium}, headless, the unpacked extension against followup "
        f"serving {sizes.popup} pending follow-ups from SQLite. Time from the popup's "
        "navigation start until the whole list is in the DOM and the next frame is drawn "
        "(performance.now() in the page), rendered from the snapshot the service worker "
        "keeps; one warm-up open, then every run a fresh page, the empty popup and the full "
        "one interleaved. Until the popup's own refresh from the server is rendered too: "
        f"{ms(full.settled_median / 1000)} vs {ms(empty.settled_median / 1000)} "
        f"(×{times.settled_ratio:.1f}); with no snapshot cached yet: "
        f"{ms(full.uncached_median / 1000)} vs {ms(empty.uncached_median / 1000)}. "
        f"Samples (ms): {samples(full.list_ms)}; empty popup {samples(empty.list_ms)}."
    )


# The report ----------------------------------------------------------------------------------


def machine() -> str:
    return (
        f"{os.cpu_count()} CPUs, {platform.platform()}, {platform.machine()}, "
        f"Python {platform.python_version()} ({platform.python_implementation()})"
    )


def table(rows: list[Row]) -> str:
    lines = [
        "| figure | result | baseline (same run) | ratio | goal | verdict |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        cells = (row.figure, row.value, row.baseline, row.ratio, row.goal, row.verdict)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def life_table(report: Report) -> str:
    lines = [
        "| step | Calendar | Gmail | Gmail units | requests |",
        "|---|---|---|---|---|",
    ]
    total_cal = total_gmail = total_units = 0
    for name, methods, units in report.life:
        cal = sum(n for m, n in methods.items() if m.startswith("Calendar"))
        gmail = sum(n for m, n in methods.items() if m.startswith("Gmail"))
        detail = ", ".join(
            f"{m.removeprefix('Gmail ').removeprefix('Calendar ')} ×{n}"
            for m, n in sorted(methods.items())
        )
        lines.append(f"| {name} | {cal} | {gmail} | {units} | {detail} |")
        total_cal, total_gmail, total_units = (
            total_cal + cal,
            total_gmail + gmail,
            total_units + units,
        )
    lines.append(f"| **total** | {total_cal} | {total_gmail} | {total_units} | |")
    return "\n".join(lines)


def render(report: Report, command: str, started: datetime, took: float) -> str:
    units = ", ".join(f"{name} {units}" for name, units in GMAIL_UNITS.items())
    notes = "\n".join(f"- {note}" for note in report.notes)
    quiet = "; ".join(report.quiet) or "n/a"
    mode = "quick (tiny sizes, one run)" if report.sizes is QUICK else "full"
    return f"""# followup benchmarks

- **Machine:** {machine()}
- **Date:** {started.strftime("%Y-%m-%d %H:%M UTC")}
- **Command:** `{command}` ({mode}; took {took:.0f} s)
- **Runs:** every figure is the median of {report.sizes.runs} run(s); ratios are to a baseline
  measured in the same run. The Google side is the built-in sandbox, in its own process
  on loopback.

{table(report.rows)}

## One interview's life, per tick

Gmail's published quota units per method: {units}. Calendar requests are counted, not priced.
The account's first look (an empty calendar) comes before and is not counted.

{life_table(report)}

A quiet tick, on average: {quiet}.

## Notes

{notes}
"""


PARTS = ("quota", "sync", "api", "startup", "memory", "popup", "scale", "judgment")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one run each")
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="where to write the results (Markdown)"
    )
    parser.add_argument(
        "--only",
        default=",".join(PARTS),
        help=f"comma-separated parts to run (for profiling; default all): {', '.join(PARTS)}",
    )
    args = parser.parse_args(argv)
    parts = {part.strip() for part in args.only.split(",") if part.strip()}
    if parts - set(PARTS):
        parser.error(f"unknown part(s): {', '.join(sorted(parts - set(PARTS)))}")
    sizes = QUICK if args.quick else FULL
    python = Path(sys.executable)
    with contextlib.suppress(ValueError):
        python = python.relative_to(ROOT)
    command = shlex.join([str(python), "-m", "bench.run", *(argv or sys.argv[1:])])
    started = datetime.now(UTC)
    clock = time.perf_counter()
    report = Report(sizes)
    print(f"followup benchmarks ({'quick' if args.quick else 'full'}) on {machine()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="followup-bench-") as temp:
        tmp = Path(temp)
        with sandbox(tmp) as google:
            if "quota" in parts:
                measure_quota(google, tmp, sizes, report)
            google.reset()
            if parts & {"sync", "memory"}:
                google.add_events(calendar_events(sizes.events, google.now()))
            if "sync" in parts:
                measure_sync(google, tmp, sizes, report)
            if "api" in parts:
                measure_api(tmp, sizes, report)
            hello_rss = measure_startup(tmp, sizes, report) if "startup" in parts else 0.0
            if "memory" in parts:
                measure_memory(google, tmp, sizes, report, hello_rss)
            if "popup" in parts:
                measure_popup(sizes, report)
            if "scale" in parts:
                from bench.scale import measure_scale

                measure_scale(google, tmp, report, quick=args.quick)
    if "judgment" in parts:
        from bench.judgment import measure_judgment

        measure_judgment(report, quick=args.quick)
    # Keep the table's order whatever order the figures were measured in.
    order = {name.split("{")[0]: index for index, name in enumerate(FIGURES)}
    report.rows.sort(key=lambda row: next(i for p, i in order.items() if row.figure.startswith(p)))
    text = render(report, command, started, time.perf_counter() - clock)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    print()
    print(table(report.rows))
    print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
