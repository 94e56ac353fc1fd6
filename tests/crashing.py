"""Helpers for the crash tests (tests/test_crash.py): real `followup serve` processes against
the in-process sandbox, a scripted scenario in batches, and what a run ends with.

Starting Python and importing followup costs seconds on a busy machine, and the crash test
starts a server twenty-odd times. So besides a plain `python -m followup serve`
(`ExecLauncher`), servers can be forked from a *zygote* (`Zygote`): a process that imported
followup once and forks a child per server, which then runs the real CLI (`followup serve`,
argv and environment as given). Each child is an ordinary process with its own pid, its own
database connections and sockets, killed with a real SIGKILL. Run as `python -m tests.crashing`
this module is the zygote.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import IO, Any, Protocol

import httpx

ROOT = Path(__file__).resolve().parent.parent
API_TOKEN = "crash-test-token-4d9f0c2b7e"
ME = "candidate@example.com"
GREENHOUSE_NO_REPLY = "no-reply@us.greenhouse-mail.io"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


# The database of a data directory: its SQLite file, or (the suite on PostgreSQL) the database
# that `prepare_data_dir` made for it, whose URL it leaves in this file.
DATABASE_URL_FILE = "database-url"


def database_url(data_dir: Path) -> str:
    """The SQLAlchemy URL of the data directory's database."""
    recorded = data_dir / DATABASE_URL_FILE
    if recorded.exists():
        return recorded.read_text(encoding="utf-8").strip()
    return f"sqlite:///{data_dir / 'followup.db'}"


def server_env(data_dir: Path, sandbox_url: str, port: int) -> dict[str, str]:
    """A clean environment (no FOLLOWUP_* of the caller's) for one server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    env.update(
        FOLLOWUP_DATA_DIR=str(data_dir),
        FOLLOWUP_DATABASE_URL=database_url(data_dir),
        FOLLOWUP_GOOGLE_ENDPOINT=sandbox_url,
        FOLLOWUP_PORT=str(port),
        FOLLOWUP_API_TOKEN=API_TOKEN,
        # The loop ticks once at start-up; the tests drive every other tick ("sync now").
        FOLLOWUP_SYNC_INTERVAL="3600",
        # A user's own timing: check-ins two days after the thank-you, so that a scenario on
        # the real clock (the server's) has check-ins due.
        FOLLOWUP_CHECK_IN_AFTER_DAYS="2",
        PYTHONUNBUFFERED="1",
    )
    return env


# Processes ------------------------------------------------------------------------------


class Process(Protocol):
    pid: int

    def wait(self) -> int: ...

    def exited(self) -> bool: ...


class Launcher(Protocol):
    def spawn(self, env: dict[str, str], cwd: Path, log: Path) -> Process: ...


class _Popened:
    def __init__(self, popen: subprocess.Popen[bytes], log: IO[bytes]) -> None:
        self.popen = popen
        self.pid = popen.pid
        self._log = log

    def wait(self) -> int:
        code = self.popen.wait(timeout=30)
        self._log.close()
        return code

    def exited(self) -> bool:
        return self.popen.poll() is not None


class ExecLauncher:
    """`python -m followup serve`, a fresh interpreter each time."""

    def spawn(self, env: dict[str, str], cwd: Path, log: Path) -> Process:
        out = log.open("ab")
        popen = subprocess.Popen(
            [sys.executable, "-m", "followup", "serve"],
            env=env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        return _Popened(popen, out)


class _Forked:
    def __init__(self, zygote: Zygote, pid: int) -> None:
        self.zygote = zygote
        self.pid = pid
        self.status: int | None = None

    def wait(self) -> int:
        if self.status is None:
            self.status = self.zygote.wait(self.pid)
        return self.status

    def exited(self) -> bool:
        if self.status is None:
            self.status = self.zygote.poll(self.pid)
        return self.status is not None


class Zygote:
    """`followup serve` forked from a process that has already imported followup."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.crashing"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.children: set[int] = set()  # the first request waits for its imports

    def _ask(self, request: dict[str, Any]) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the zygote died (exit {self.proc.poll()})")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def spawn(self, env: dict[str, str], cwd: Path, log: Path) -> Process:
        answer = self._ask(
            {"op": "spawn", "env": env, "cwd": str(cwd), "log": str(log), "argv": ["serve"]}
        )
        pid = int(answer["pid"])
        self.children.add(pid)
        return _Forked(self, pid)

    def wait(self, pid: int) -> int:
        status = int(self._ask({"op": "wait", "pid": pid})["status"])
        self.children.discard(pid)
        return status

    def poll(self, pid: int) -> int | None:
        status = self._ask({"op": "poll", "pid": pid})["status"]
        if status is None:
            return None
        self.children.discard(pid)
        return int(status)

    def close(self) -> None:
        for pid in list(self.children):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            self.wait(pid)
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def _zygote_main() -> None:  # pragma: no cover - runs in the zygote process
    # What `followup serve` imports, imported once.
    import uvicorn  # noqa: F401

    import followup.app
    import followup.cli
    import followup.db
    import followup.tick  # noqa: F401

    for line in sys.stdin:
        request = json.loads(line)
        op = request["op"]
        if op == "spawn":
            sys.stdout.flush()
            pid = os.fork()
            if pid == 0:
                _run_child(request)
            answer: dict[str, Any] = {"pid": pid}
        elif op == "wait":
            _, status = os.waitpid(request["pid"], 0)
            answer = {"status": os.waitstatus_to_exitcode(status)}
        elif op == "poll":
            done, status = os.waitpid(request["pid"], os.WNOHANG)
            answer = {"status": os.waitstatus_to_exitcode(status) if done else None}
        else:
            answer = {"ok": True}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


def _run_child(request: dict[str, Any]) -> None:  # pragma: no cover - the forked server
    code = 1
    try:
        os.chdir(request["cwd"])
        null = os.open(os.devnull, os.O_RDONLY)
        log = os.open(request["log"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.dup2(null, 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        os.environ.clear()
        os.environ.update(request["env"])
        sys.argv = ["followup", *request["argv"]]
        from followup.cli import main

        main()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


@dataclass
class Sync:
    """One "sync now": the HTTP status and, on 200, the summary."""

    status: int
    body: dict[str, Any]

    @property
    def quiet(self) -> bool:
        keys = ("created", "updated", "cancelled", "drafted", "sent", "replies", "rejections")
        return self.status == 200 and not any(self.body.get(key) for key in keys)


class Server:
    """One `followup serve` process on its own port, with an API client."""

    def __init__(
        self, launcher: Launcher, data_dir: Path, sandbox_url: str, name: str = "server"
    ) -> None:
        self.data_dir = data_dir
        self.port = free_port()
        self.log = data_dir / f"{name}.log"
        self.process = launcher.spawn(server_env(data_dir, sandbox_url, self.port), data_dir,
                                      self.log)  # fmt: skip
        self.api = httpx.Client(
            base_url=f"http://127.0.0.1:{self.port}",
            headers={"Authorization": f"Bearer {API_TOKEN}"},
            timeout=120,
        )

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.exited():
                raise RuntimeError(f"the server exited:\n{self.log_text()[-3000:]}")
            try:
                if self.api.get("/healthz").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.02)
        raise RuntimeError(f"the server did not start:\n{self.log_text()[-3000:]}")

    def sync(self) -> Sync:
        answer = self.api.post("/api/v1/sync")
        if answer.status_code not in (200, 409):
            raise AssertionError(f"sync now answered {answer.status_code}: {answer.text}")
        return Sync(answer.status_code, answer.json())

    def settle(self, timeout: float = 60) -> int:
        """Sync now until two ticks in a row change nothing; a 409 (the start-up tick is
        running) is waited out. Returns the number of ticks that did something."""
        deadline = time.monotonic() + timeout
        busy = quiet = 0
        while quiet < 2:
            if time.monotonic() > deadline:
                raise AssertionError(f"no quiet tick within {timeout} s")
            result = self.sync()
            if result.status == 409:
                time.sleep(0.05)
                continue
            if result.quiet:
                quiet += 1
            else:
                quiet = 0
                busy += 1
        return busy

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self.api.close()

    def stop(self) -> int:
        os.kill(self.process.pid, signal.SIGTERM)
        code = self.process.wait()
        self.api.close()
        return code

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""


def prepare_data_dir(data_dir: Path, sandbox_url: str, credentials: Any) -> None:
    """A data directory with the sandbox's account connected (as after `followup auth`) and
    the user's profile filled in."""
    from followup import db
    from followup.config import Settings
    from followup.crypto import TokenCipher
    from followup.google.auth import upsert_account
    from followup.serving import seed_profile
    from tests.pg import fresh_database_url

    url = fresh_database_url()  # None: the data directory's SQLite file
    settings = Settings(data_dir=data_dir, google_endpoint=sandbox_url, database_url=url,
                        _env_file=None)  # type: ignore[call-arg]  # fmt: skip
    settings.ensure_data_dir()
    if url is not None:
        (data_dir / DATABASE_URL_FILE).write_text(url, encoding="utf-8")
    engine = db.make_engine(settings.resolved_database_url)
    try:
        db.upgrade(engine)
        cipher = TokenCipher.load_or_create(data_dir)
        with db.session_scope(engine) as session:
            account = upsert_account(session, credentials, cipher, settings)
            assert account.id is not None
            seed_profile(session, account.id)
    finally:
        engine.dispose()


# The kill ---------------------------------------------------------------------------------


@dataclass
class Kill:
    """Where one SIGKILL landed."""

    target: int  # kill once this many Google requests of the tick were answered…
    delay: float  # …and this many seconds more passed
    answered: int  # Google requests of the tick answered when the process was dead
    last_request: str  # the last of them ("METHOD /path"), "" if none
    tick_finished: bool  # "sync now" had answered before the kill
    orphans: int = 0  # drafts in Gmail the database did not know of, at the kill
    lease_held: bool = False  # the dead process's lease was still in the database

    @property
    def phase(self) -> str:
        if self.tick_finished:
            return "after the tick"
        if self.orphans:
            return "between a draft's create and its database update"
        return phase_of(self.last_request)


def phase_of(request: str) -> str:
    method, _, path = request.partition(" ")
    if not request:
        return "before the first Google request"
    if path.startswith("/token"):
        return "refreshing the token"
    if "/calendar/v3/" in path:
        return "calendar sync"
    if "/history" in path or path.endswith("/profile"):
        return "watching Gmail"
    if "/drafts" in path and method == "POST":
        return "drafting: just after a create"
    if "/drafts" in path and method == "DELETE":
        return "drafting: just after a delete"
    if "/messages" in path or "/threads" in path or "/drafts" in path:
        return "drafting: looking in Gmail"
    return f"other ({request})"


def kill_during_tick(
    server: Server,
    requests: Callable[[], list[Any]],
    target: int,
    delay: float,
) -> Kill:
    """ "Sync now", and SIGKILL the server once `target` Google requests of that tick were
    answered and `delay` seconds more have passed (or once the tick is over)."""
    base = len(requests())
    finished = threading.Event()

    def killer() -> None:
        while len(requests()) < base + target and not finished.is_set():
            time.sleep(0.0005)
        time.sleep(delay)
        os.kill(server.process.pid, signal.SIGKILL)

    thread = threading.Thread(target=killer, name="killer")
    thread.start()
    tick_finished = False
    try:
        answer = server.api.post("/api/v1/sync")
        assert answer.status_code == 200, answer.text
        tick_finished = True
    except httpx.TransportError:
        pass
    finally:
        finished.set()
        thread.join()
        server.process.wait()
        server.api.close()
    done = requests()[base:]
    last = f"{done[-1].method} {done[-1].path}" if done else ""
    return Kill(target, delay, len(done), last, tick_finished)


def lease_left_held(db_path: Path) -> bool:
    """Whether the killed process left its sync lease in the database (the restarted server
    must take it over: its holder is dead)."""
    held = _rows(db_path, "SELECT count(*) FROM account WHERE sync_lock_owner IS NOT NULL")
    return bool(held[0][0])


# The scenario -----------------------------------------------------------------------------

_PREFIXES = ("Amber", "Birch", "Cobalt", "Driftwood", "Ember", "Fjord", "Granite", "Harbor",
             "Ironleaf", "Juniper", "Kestrel", "Lumen", "Meadow")  # fmt: skip
_SUFFIXES = ("line", "works", "field", "stack", "forge", "point", "wave")
_FIRST = ("Dana", "Omar", "Priya", "Marcus", "Wen", "Nadia", "Tomas", "Aisha", "Lukas", "Mei",
          "Rafael", "Ingrid", "Kofi", "Sofia", "Hiro", "Leila", "Jonas")  # fmt: skip
_LAST = ("Li", "Haddad", "Raman", "Okafor", "Zhang", "Petrov", "Silva", "Khan", "Berg", "Tanaka",
         "Moreau", "Nyberg", "Mensah", "Rossi", "Sato", "Farah")  # fmt: skip
MAX_BATCHES = len(_PREFIXES) * len(_SUFFIXES) // 3


def company(index: int) -> tuple[str, str]:
    """A made-up company and its domain; no name is part of another."""
    name = _PREFIXES[index % len(_PREFIXES)] + _SUFFIXES[index // len(_PREFIXES)]
    return name, f"{name.lower()}.io"


def person(index: int, domain: str) -> tuple[str, str]:
    first, last = _FIRST[index % len(_FIRST)], _LAST[(index * 7 + 3) % len(_LAST)]
    return f"{first} {last}", f"{first.lower()}.{last.lower()}@{domain}"


def _when(moment: datetime) -> dict[str, str]:
    return {"dateTime": moment.isoformat(), "timeZone": "UTC"}


def _event(
    event_id: str,
    title: str,
    start: datetime,
    interviewers: list[tuple[str, str]],
    recruiter: tuple[str, str],
) -> dict[str, Any]:
    attendees: list[dict[str, Any]] = [{"email": ME, "self": True, "responseStatus": "accepted"}]
    attendees += [
        {"email": email, "displayName": name, "responseStatus": "accepted"}
        for name, email in interviewers
    ]
    attendees.append({"email": recruiter[1], "displayName": recruiter[0]})
    return {
        "id": event_id,
        "summary": title,
        "description": "Senior Backend Engineer interview loop. Scheduled via Greenhouse.",
        "start": _when(start),
        "end": _when(start + timedelta(minutes=45)),
        "organizer": {"email": recruiter[1], "displayName": recruiter[0]},
        "attendees": attendees,
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": "https://meet.google.com/abc-defg-hij"}
            ]
        },
    }


def _mail(
    admin: httpx.Client,
    *,
    message_id: str,
    sender: str,
    to: str,
    subject: str,
    body: str,
    at: datetime,
    sent: bool,
) -> None:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(at)
    message["Message-ID"] = message_id
    message.set_content(body)
    payload = {
        "raw": base64.urlsafe_b64encode(message.as_bytes()).decode(),
        "labelIds": ["SENT"] if sent else ["INBOX", "UNREAD"],
        "internalDate": str(int(at.timestamp() * 1000)),
    }
    admin.post("/_sandbox/gmail/messages", json=payload).raise_for_status()


def add_batch(admin: httpx.Client, k: int, now: datetime | None = None) -> None:
    """Batch k of the scenario, timed around `now` (the real clock, which the server uses):

    - an interview at company 3k that ended two hours ago, two interviewers: two thank-yous due;
    - one at 3k+1 four days ago, the user thanked the interviewer themselves: the thank-you is
      done and a check-in to the recruiter is due (two days after, in these settings);
    - one at 3k+2 six days ago, thanked, then rejected yesterday by Greenhouse's no-reply
      address: a feedback request to the recruiter, in the rejection's thread.
    """
    assert 0 <= k < MAX_BATCHES
    now = (now or datetime.now(UTC)).replace(second=0, microsecond=0)
    me = f"Casey Candidate <{ME}>"
    events = []

    name, domain = company(3 * k)
    people = [person(9 * k + i, domain) for i in range(3)]
    events.append(_event(f"crash{k:03d}a", f"Technical interview – {name}",
                         now - timedelta(hours=2, minutes=45), people[:2], people[2]))  # fmt: skip

    name, domain = company(3 * k + 1)
    interviewer, recruiter = person(9 * k + 3, domain), person(9 * k + 4, domain)
    start = now - timedelta(days=4, hours=1)
    events.append(_event(f"crash{k:03d}b", f"Hiring manager interview – {name}", start,
                         [interviewer], recruiter))  # fmt: skip
    _mail(admin, message_id=f"<thanks-{k}-b@mail.example.com>", sender=me, to=interviewer[1],
          subject=f"Thank you – {name}", at=start + timedelta(hours=3), sent=True,
          body=f"Hi {interviewer[0].split()[0]},\n\nThank you for the conversation about the "
               f"team's roadmap today. I enjoyed it.\n\nBest,\nCasey")  # fmt: skip

    name, domain = company(3 * k + 2)
    interviewer, recruiter = person(9 * k + 5, domain), person(9 * k + 6, domain)
    start = now - timedelta(days=6)
    events.append(_event(f"crash{k:03d}c", f"Final round – {name}", start, [interviewer],
                         recruiter))  # fmt: skip
    _mail(admin, message_id=f"<thanks-{k}-c@mail.example.com>", sender=me, to=interviewer[1],
          subject=f"Thanks for today – {name}", at=start + timedelta(hours=2), sent=True,
          body=f"Hi {interviewer[0].split()[0]},\n\nThanks for walking me through the "
               f"on-call setup. It was a great final round.\n\nCasey")  # fmt: skip
    _mail(admin, message_id=f"<rejection-{k}-c@us.greenhouse-mail.io>",
          sender=f"{name} Recruiting <{GREENHOUSE_NO_REPLY}>", to=ME,
          subject=f"Your application to {name}", at=now - timedelta(hours=20), sent=False,
          body=f"Hi Casey,\n\nThank you for taking the time to interview for the Senior "
               f"Backend Engineer role at {name}. After careful consideration, we have decided "
               f"not to move forward with your candidacy at this time.\n\nWe wish you the best "
               f"in your search.\n\n{name} Talent")  # fmt: skip
    admin.post("/_sandbox/calendar/events:batch", json={"items": events}).raise_for_status()


# What a run ends with ---------------------------------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    """The outcome of a run, without ids or times that differ between runs."""

    interviews: frozenset[tuple[str, bool, str]]  # event, cancelled, outcome
    followups: frozenset[tuple[str, str, str, int, str]]  # event, kind, slot, sequence, state
    drafts: frozenset[tuple[str, str, str, str]]  # our key, To, Subject, first of thread

    def describe(self) -> str:
        states = Counter(row[4] for row in self.followups)
        return (
            f"{len(self.interviews)} interviews, follow-ups {dict(states)}, "
            f"{len(self.drafts)} drafts"
        )


def _rows(db_path: Path, query: str) -> list[tuple[Any, ...]]:
    """`query`'s rows, read the way another program would: a connection of its own to the
    database of `db_path`'s data directory (the file itself, or its PostgreSQL database)."""
    url = database_url(db_path.parent)
    if url.startswith("sqlite"):
        con = sqlite3.connect(db_path, timeout=30)
        try:
            return con.execute(query).fetchall()
        finally:
            con.close()
    import sqlalchemy as sa

    engine = sa.create_engine(url, poolclass=sa.NullPool)
    try:
        with engine.begin() as connection:
            result = connection.exec_driver_sql(query)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


def stable_id(message: dict[str, Any]) -> str:
    """A message as the sandbox's mailbox view shows it, by a name that is the same in every
    run: for a draft of ours its X-Followup-Key (Gmail may replace the Message-ID we gave
    it), for other mail its Message-ID."""
    return str(message.get("key") or message["message_id"])


def snapshot(db_path: Path, admin: httpx.Client) -> Snapshot:
    interviews = _rows(db_path, "SELECT event_id, cancelled, outcome FROM interview")
    followups = _rows(
        db_path,
        "SELECT i.event_id, f.kind, f.slot, f.sequence, f.state "
        "FROM followup f JOIN interview i ON i.id = f.interview_id",
    )
    box = admin.get("/_sandbox/gmail/mailbox").raise_for_status().json()
    first_of_thread = {t["id"]: stable_id(t["messages"][0]) for t in box["threads"]}
    drafts = [
        (stable_id(m), m["to"], m["subject"], first_of_thread.get(m["threadId"], ""))
        for m in (d["message"] for d in box["drafts"])
    ]
    return Snapshot(
        frozenset((e, bool(c), o) for e, c, o in interviews),
        frozenset((e, k, s, int(q), st) for e, k, s, q, st in followups),
        frozenset(drafts),
    )


def mailbox_problems(db_path: Path, admin: httpx.Client) -> list[str]:
    """Duplicate, unknown and lost drafts: every draft in Gmail is one drafted follow-up's,
    once, and every drafted follow-up's draft is in Gmail."""
    box = admin.get("/_sandbox/gmail/mailbox").raise_for_status().json()
    drafts = {d["id"]: d["message"] for d in box["drafts"]}
    rows = _rows(
        db_path,
        "SELECT id, kind, recipient_email, message_id_header, draft_id FROM followup "
        "WHERE state = 'drafted'",
    )
    problems = []
    by_message_id = Counter(stable_id(m) for m in drafts.values())
    problems += [f"{n} drafts with Message-ID {mid}" for mid, n in by_message_id.items() if n > 1]
    known = {row[3]: row for row in rows}
    per_recipient_kind: Counter[tuple[str, str]] = Counter()
    for draft_id, message in drafts.items():
        row = known.get(stable_id(message))
        if row is None:
            problems.append(f"draft {draft_id} ({stable_id(message)}) belongs to no follow-up")
            continue
        if row[4] != draft_id:
            problems.append(f"draft {draft_id} is not the one follow-up {row[0]} records")
        per_recipient_kind[(row[2], row[1])] += 1
    problems += [f"{n} {kind} drafts to {to}" for (to, kind), n in per_recipient_kind.items()
                 if n > 1]  # fmt: skip
    problems += [f"follow-up {row[0]}'s draft {row[4]} is not in Gmail" for row in rows
                 if row[4] not in drafts]  # fmt: skip
    return problems


def orphan_drafts(db_path: Path, admin: httpx.Client) -> int:
    """Drafts in Gmail whose Message-ID no follow-up row records (yet)."""
    box = admin.get("/_sandbox/gmail/mailbox").raise_for_status().json()
    recorded = {row[0] for row in _rows(db_path, "SELECT message_id_header FROM followup")}
    return sum(1 for d in box["drafts"] if stable_id(d["message"]) not in recorded)


def database_health(db_path: Path) -> tuple[str, list[tuple[Any, ...]]]:
    """`PRAGMA integrity_check` and `PRAGMA foreign_key_check`, as another program sees the
    file (the WAL is read the way a restarted server would read it). On PostgreSQL, which
    a killed client cannot corrupt and which enforces foreign keys itself: amcheck's check of
    every index, and the foreign keys it does not enforce (none should be)."""
    if not database_url(db_path.parent).startswith("sqlite"):
        return _postgresql_health(db_path)
    con = sqlite3.connect(db_path, timeout=30)
    try:
        integrity = ", ".join(str(row[0]) for row in con.execute("PRAGMA integrity_check"))
        dangling = con.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        con.close()
    return integrity, dangling


def _postgresql_health(db_path: Path) -> tuple[str, list[tuple[Any, ...]]]:
    import sqlalchemy as sa

    _rows(db_path, "CREATE EXTENSION IF NOT EXISTS amcheck")
    try:  # amcheck raises on the first index that is not consistent with its table
        checked = _rows(
            db_path,
            "SELECT c.relname, bt_index_check(c.oid, true) FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE a.amname = 'btree' AND n.nspname = 'public'",
        )
        integrity = "ok" if checked else "no index to check"
    except sa.exc.DatabaseError as exc:
        integrity = str(exc.orig)
    unenforced = _rows(
        db_path, "SELECT conname FROM pg_constraint WHERE contype = 'f' AND NOT convalidated"
    )
    return integrity, unenforced


if __name__ == "__main__":  # pragma: no cover
    _zygote_main()
