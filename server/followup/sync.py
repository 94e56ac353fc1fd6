"""Calendar sync: Google Calendar → interviews in the database.

First run: a full sync over a window; then incremental with the saved sync token. A 410
answers with a full sync that keeps everything the user decided (it only ever updates the
detector's fields). Each page is one transaction; the sync token is saved only after the
last page, so a crash mid-way repeats work but never skips it.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlmodel import Session, col, select

from followup.config import Settings
from followup.core.detect import Detection, Participant, detect, may_be_interview
from followup.core.events import CalendarEvent
from followup.google.calendar import CalendarClient, EventPage, SyncTokenExpired, Wanted
from followup.models import (
    Account,
    Interview,
    InterviewPerson,
    Person,
    PersonRole,
    SyncState,
    utcnow,
    watched_late,
)

# A sync's lease runs this long and is renewed every RENEW_EVERY while the sync runs: a holder
# that died on another host (where its pid cannot be asked about) blocks the account at most
# this long.
LEASE = timedelta(minutes=1)
RENEW_EVERY = timedelta(seconds=15)
FULL_RESYNC_EVERY = timedelta(days=7)  # the window slides: refresh it weekly
# Events the detector doubts are kept too (not shown as interviews), so the user can confirm one.
MIN_STORED_CONFIDENCE = 0.3

Progress = Callable[[int], None]
log = logging.getLogger(__name__)
_T = TypeVar("_T")


class SyncBusy(Exception):
    """Another sync of this account is running (here or in another process)."""


@dataclass
class SyncSummary:
    events_read: int = 0
    interviews_found: int = 0
    created: int = 0
    updated: int = 0
    cancelled: int = 0
    skipped: int = 0
    full_syncs: int = 0
    calendars: list[str] = field(default_factory=list)  # the ones synced
    failures: list[Exception] = field(default_factory=list)  # the others' failures
    # What the rest of the tick did (Gmail and the follow-up plan).
    planned: int = 0
    drafted: int = 0
    sent: int = 0
    replies: int = 0
    rejections: int = 0

    @property
    def changes(self) -> int:
        return self.created + self.updated + self.cancelled


# The lease ---------------------------------------------------------------------------------


def lease_owner() -> str:
    """Who holds a lease: this host and process (so a successor can tell it died), and a
    nonce (so two holders in one process differ)."""
    return f"{_host()}:{os.getpid()}:{uuid.uuid4().hex}"  # at most 80 characters


def _host() -> str:
    return socket.gethostname()[:40]


def _holder_is_dead(owner: str | None) -> bool:
    """Whether a lease's holder was a process on this host that no longer runs (a crash)."""
    host, _, rest = (owner or "").partition(":")
    pid_text = rest.partition(":")[0]
    if os.name != "posix" or host != _host() or not pid_text.isdigit():
        return False  # cannot tell: wait for the lease to expire
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # it exists, run by someone else
    return False


def acquire_lease(engine: sa.Engine, account_id: int, owner: str, now: datetime) -> bool:
    """Atomically take the account's sync lease unless a live one is held. A lease left by a
    process of this host that died mid-sync (killed, crashed) is taken over at once."""
    table = Account.__table__  # type: ignore[attr-defined]
    with engine.begin() as connection:
        free = sa.or_(table.c.sync_lock_until.is_(None), table.c.sync_lock_until < now)
        take = (
            sa.update(table)
            .where(table.c.id == account_id)
            .values(sync_lock_owner=owner, sync_lock_until=now + LEASE)
        )
        if connection.execute(take.where(free)).rowcount == 1:
            return True
        holder = connection.execute(
            sa.select(table.c.sync_lock_owner).where(table.c.id == account_id)
        ).scalar()
        if not _holder_is_dead(holder):
            return False
        # Conditional on the same dead holder: of two successors, only one takes it.
        return connection.execute(take.where(table.c.sync_lock_owner == holder)).rowcount == 1


def renew_lease(engine: sa.Engine, account_id: int, owner: str, until: datetime) -> bool:
    """Push a held lease's end to `until`; False if `owner` no longer holds it."""
    table = Account.__table__  # type: ignore[attr-defined]
    with engine.begin() as connection:
        renewed = connection.execute(
            sa.update(table)
            .where(table.c.id == account_id, table.c.sync_lock_owner == owner)
            .values(sync_lock_until=until)
        )
        return renewed.rowcount == 1


def _keep_renewed(
    engine: sa.Engine, account_id: int, owner: str, taken_at: datetime, stop: threading.Event
) -> None:
    """Renew the lease every RENEW_EVERY until `stop`. The caller's clock may stand still (a
    tick reads it once), so the lease runs from when it was taken plus the time gone since."""
    started = time.monotonic()
    while not stop.wait(RENEW_EVERY.total_seconds()):
        gone = timedelta(seconds=time.monotonic() - started)
        try:
            if not renew_lease(engine, account_id, owner, taken_at + gone + LEASE):
                return
        except sa.exc.SQLAlchemyError:  # the database is away: the sync's own work will say so
            log.warning("could not renew the sync lease of account %s", account_id)


def release_lease(engine: sa.Engine, account_id: int, owner: str) -> None:
    table = Account.__table__  # type: ignore[attr-defined]
    with engine.begin() as connection:
        connection.execute(
            sa.update(table)
            .where(table.c.id == account_id, table.c.sync_lock_owner == owner)
            .values(sync_lock_owner=None, sync_lock_until=None)
        )


# The sync ----------------------------------------------------------------------------------


def sync_account(
    engine: sa.Engine,
    account_id: int,
    client: CalendarClient,
    settings: Settings,
    now: datetime,
    progress: Progress | None = None,
) -> SyncSummary:
    """Sync the account's calendars under its lease (SyncBusy if another sync holds it)."""
    with lease(engine, account_id, lambda: now):
        return sync_calendars(engine, account_id, client, settings, now, progress)


@contextmanager
def lease(
    engine: sa.Engine, account_id: int, clock: Callable[[], datetime], wait: float = 0.0
) -> Iterator[None]:
    """Hold the account's lease; wait up to `wait` seconds for a running sync to end, then
    raise SyncBusy."""
    owner = lease_owner()
    deadline = time.monotonic() + wait
    while not acquire_lease(engine, account_id, owner, taken_at := clock()):
        if time.monotonic() >= deadline:
            raise SyncBusy("a sync of this account is already running")
        time.sleep(0.25)
    stop = threading.Event()
    keeper = threading.Thread(
        target=_keep_renewed, args=(engine, account_id, owner, taken_at, stop),
        name=f"lease-{account_id}", daemon=True,
    )  # fmt: skip
    keeper.start()
    try:
        yield
    finally:
        stop.set()
        keeper.join()
        release_lease(engine, account_id, owner)


def sync_calendars(
    engine: sa.Engine,
    account_id: int,
    client: CalendarClient,
    settings: Settings,
    now: datetime,
    progress: Progress | None = None,
    tolerate: tuple[type[Exception], ...] = (),
) -> SyncSummary:
    """The calendar part of a tick; the caller holds the lease. A calendar whose sync fails
    with one of `tolerate` is passed over (the failure kept in `summary.failures`), so that
    one broken calendar does not hold up the others or the Gmail work."""
    summary = SyncSummary()
    with Session(engine) as session:
        account = session.get(Account, account_id)
        if account is None:
            raise ValueError(f"no account {account_id}")
        me = account.email
    for calendar_id in settings.calendars:
        try:
            _sync_calendar(engine, account_id, me, calendar_id, client, settings, now, summary,
                           progress)  # fmt: skip
        except tolerate as exc:
            summary.failures.append(exc)
            continue
        summary.calendars.append(calendar_id)
    with Session(engine) as session:
        summary.interviews_found = _count_interviews(session, account_id)
    return summary


def _count_interviews(session: Session, account_id: int) -> int:
    """The account's interviews not cancelled (`Interview.is_interview`, counted in SQL)."""
    table = Interview.__table__  # type: ignore[attr-defined]
    is_interview = sa.func.coalesce(table.c.user_decision, table.c.detected)
    found = session.execute(
        sa.select(sa.func.count()).where(
            table.c.account_id == account_id, ~table.c.cancelled, is_interview
        )
    ).scalar()
    return int(found or 0)


def _sync_calendar(
    engine: sa.Engine,
    account_id: int,
    me: str,
    calendar_id: str,
    client: CalendarClient,
    settings: Settings,
    now: datetime,
    summary: SyncSummary,
    progress: Progress | None,
) -> None:
    resource = f"calendar:{calendar_id}"
    with Session(engine) as session:
        state = _sync_state(session, account_id, resource)
        cursor = state.cursor if state else None
        last_full = state.last_full_sync_at if state else None
    if last_full is None or now - last_full > FULL_RESYNC_EVERY:
        cursor = None
    window = (now - timedelta(days=settings.sync_days_back),
              now + timedelta(days=settings.sync_days_ahead))  # fmt: skip
    seen: set[str] = set()
    wanted = _wanted(engine, account_id, calendar_id)
    try:
        next_token = _consume(
            engine, account_id, me, calendar_id, now, summary, progress, seen,
            client.list_events(calendar_id, sync_token=cursor, time_min=window[0],
                               time_max=window[1], wanted=wanted),
        )  # fmt: skip
    except SyncTokenExpired:
        cursor = None
        seen.clear()
        next_token = _consume(
            engine, account_id, me, calendar_id, now, summary, progress, seen,
            client.list_events(calendar_id, time_min=window[0], time_max=window[1],
                               wanted=wanted),
        )  # fmt: skip
    full = cursor is None
    with Session(engine) as session:
        if full:
            summary.full_syncs += 1
            summary.cancelled += _cancel_unseen(session, account_id, calendar_id, window, seen, now)
        state = _sync_state(session, account_id, resource) or SyncState(
            account_id=account_id, resource=resource
        )
        state.cursor = next_token
        state.last_sync_at = now
        state.last_error = None
        if full:
            state.last_full_sync_at = now
        session.add(state)
        session.commit()


def window(settings: Settings, now: datetime) -> tuple[datetime, datetime]:
    """The part of the calendar a sync reads."""
    return (now - timedelta(days=settings.sync_days_back),
            now + timedelta(days=settings.sync_days_ahead))  # fmt: skip


def unkept_events(
    engine: sa.Engine, account_id: int, client: CalendarClient, settings: Settings, now: datetime
) -> list[tuple[str, CalendarEvent]]:
    """(calendar id, event) for the events in the sync window that followup did not keep
    (the detector scored them below the floor), soonest first: the Review page offers them."""
    found: list[tuple[str, CalendarEvent]] = []
    start, end = window(settings, now)
    with Session(engine) as session:
        kept = {(row.calendar_id, row.event_id) for row in session.exec(
            select(Interview).where(Interview.account_id == account_id))}  # fmt: skip
    for calendar_id in settings.calendars:
        for page in client.list_events(calendar_id, time_min=start, time_max=end):
            found += [
                (calendar_id, event)
                for event in page.events
                if not event.cancelled and event.start is not None and event.end is not None
                and (calendar_id, event.id) not in kept
            ]  # fmt: skip
    return sorted(found, key=lambda pair: pair[1].start or now)


def adopt_event(
    engine: sa.Engine,
    account_id: int,
    client: CalendarClient,
    settings: Settings,
    calendar_id: str,
    event_id: str,
    now: datetime,
) -> int | None:
    """The person says this event is an interview, whatever the detector scored: it is stored
    as a sync stores one, with their verdict. The interview's id (None: no such event in the
    sync window). The caller holds the lease."""
    if calendar_id not in settings.calendars:
        return None
    start, end = window(settings, now)
    for page in client.list_events(calendar_id, time_min=start, time_max=end):
        for event in page.events:
            if event.id != event_id or event.cancelled or event.start is None or event.end is None:
                continue
            with Session(engine, expire_on_commit=False) as session:
                account = session.get(Account, account_id)
                assert account is not None
                row = session.exec(select(Interview).where(
                    Interview.account_id == account_id, Interview.calendar_id == calendar_id,
                    Interview.event_id == event_id)).first() or Interview(
                    account_id=account_id, calendar_id=calendar_id, event_id=event_id,
                    starts_at=event.start, ends_at=event.end)  # fmt: skip
                detection = detect(event, account.email)
                was_watched = row.id is not None and row.watched
                _update(row, event, detection, now)
                row.user_decision = True
                row.mark_if_watched_late(was_watched, None, now)
                session.add(row)
                session.flush()
                if not row.user_edited:  # else the person chose the interviewers: keep them
                    assert row.id is not None
                    _People(session, account_id, [detection]).link([(row.id, detection)])
                session.commit()
                return row.id
    return None


def _wanted(engine: sa.Engine, account_id: int, calendar_id: str) -> Wanted:
    """Which raw events are worth parsing: every event already stored (it may have changed
    or gone), and new ones that could be stored (`may_be_interview`, exact for the floor).
    Most of a calendar is neither, and is passed over at a fraction of the cost."""
    with Session(engine) as session:
        known = set(
            session.exec(
                select(Interview.event_id).where(
                    Interview.account_id == account_id, Interview.calendar_id == calendar_id
                )
            )
        )

    def wanted(resource: Mapping[str, Any]) -> bool:
        event_id = resource.get("id")
        if not isinstance(event_id, str) or not event_id.isprintable():
            return True  # an odd id: the parser judges it
        return event_id.strip() in known or may_be_interview(resource, MIN_STORED_CONFIDENCE)

    return wanted


def _sync_state(session: Session, account_id: int, resource: str) -> SyncState | None:
    return session.exec(
        select(SyncState).where(SyncState.account_id == account_id, SyncState.resource == resource)
    ).first()


def _consume(
    engine: sa.Engine,
    account_id: int,
    me: str,
    calendar_id: str,
    now: datetime,
    summary: SyncSummary,
    progress: Progress | None,
    seen: set[str],
    pages: Iterable[EventPage],
) -> str | None:
    next_token: str | None = None
    for page in pages:
        with Session(engine, expire_on_commit=False) as session:
            _apply_page(session, account_id, me, calendar_id, page.events, now, summary)
            session.commit()
        seen.update(event.id for event in page.events if not event.cancelled)
        summary.events_read += len(page.events) + page.skipped + page.passed
        summary.skipped += page.skipped
        next_token = page.next_sync_token or next_token
        if progress is not None:
            progress(summary.events_read)
    return next_token


def _apply_page(
    session: Session,
    account_id: int,
    me: str,
    calendar_id: str,
    events: list[CalendarEvent],
    now: datetime,
    summary: SyncSummary,
) -> None:
    if not events:
        return
    existing = {
        row.event_id: row
        for row in session.exec(
            select(Interview).where(
                Interview.account_id == account_id,
                Interview.calendar_id == calendar_id,
                col(Interview.event_id).in_([event.id for event in events]),
            )
        )
    }
    new: list[dict[str, Any]] = []  # the new rows' values
    changed: list[tuple[str, Detection]] = []  # event ids of the rows new or updated, in order
    for event in events:
        row = existing.get(event.id)
        if event.cancelled:
            if row is not None and not row.cancelled:
                row.cancelled = True
                row.updated_at = now
                session.add(row)
                summary.cancelled += 1
            continue
        if event.start is None or event.end is None:
            summary.skipped += 1
            continue
        if row is not None and row.event_updated == event.updated and not row.cancelled:
            continue  # unchanged since we last saw it: no need to detect again
        # A new event only matters if it may be stored: let detect stop early when it cannot.
        detection = detect(event, me, floor=MIN_STORED_CONFIDENCE if row is None else 0.0)
        was_watched, old_end = (row.watched, row.ends_at) if row is not None else (False, None)
        if row is None:
            if not (detection.interview or detection.confidence >= MIN_STORED_CONFIDENCE):
                continue
            # A plain row, inserted with the page's others below: building an Interview
            # object and letting the ORM insert it costs several times more.
            values = _fields(event, detection, now)
            values.update(
                account_id=account_id, calendar_id=calendar_id, event_id=event.id,
                company=detection.company, role=detection.role, created_at=utcnow(),
                # What mark_if_watched_late says of a new row (watched: detected, as it has
                # no user decision and is not cancelled).
                check_past_mail=watched_late(detection.interview, False, event.end, None, now),
            )  # fmt: skip
            new.append(values)
            summary.created += 1
        else:
            summary.updated += 1
            _update(row, event, detection, now)
            row.mark_if_watched_late(was_watched, old_end, now)
            session.add(row)
        changed.append((event.id, detection))
    if not changed:
        return
    ids = _insert_interviews(session, account_id, calendar_id, new)
    # Links follow the detection, except where the person chose the people (user_edited).
    ids.update((row.event_id, row.id) for row in existing.values()
               if row.id is not None and not row.user_edited)  # fmt: skip
    linked = [(ids[event_id], detection) for event_id, detection in changed if event_id in ids]
    _People(session, account_id, [detection for _, detection in changed]).link(linked)


def _insert_interviews(
    session: Session, account_id: int, calendar_id: str, new: list[dict[str, Any]]
) -> dict[str, int]:
    """Insert the new rows with one executemany, not one INSERT … RETURNING a row as the ORM
    does, and read their ids back (one query per 500): event id → interview id."""
    if not new:
        return {}
    table = Interview.__table__  # type: ignore[attr-defined]
    session.execute(sa.insert(table), new)
    ids: dict[str, int] = {}
    for chunk in _chunks([values["event_id"] for values in new]):
        found = session.execute(
            sa.select(table.c.event_id, table.c.id).where(
                table.c.account_id == account_id,
                table.c.calendar_id == calendar_id,
                table.c.event_id.in_(chunk),
            )
        )
        ids.update((event_id, interview_id) for event_id, interview_id in found)
    return ids


def _fields(event: CalendarEvent, detection: Detection, now: datetime) -> dict[str, Any]:
    """An interview's calendar and detector fields, all but company and role (`_update`)."""
    assert event.start is not None and event.end is not None
    return {
        "title": event.summary,
        "starts_at": event.start,
        "ends_at": event.end,
        "time_zone": event.time_zone,
        "all_day": event.all_day,
        "cancelled": False,
        "declined": event.my_response == "declined",
        "html_link": event.html_link,
        "detected": detection.interview,
        "confidence": detection.confidence,
        "reason": detection.reason,
        "event_updated": event.updated,
        "updated_at": now,
    }


def _update(row: Interview, event: CalendarEvent, detection: Detection, now: datetime) -> None:
    """Only the calendar's and the detector's fields: user decisions, notes and outcomes stay."""
    for name, value in _fields(event, detection, now).items():
        setattr(row, name, value)
    if not row.user_edited:  # the person's corrections win over the detector's reading
        row.company = detection.company
        row.role = detection.role


class _People:
    """Interviewers and recruiters: one Person per address per account. Everything a page
    needs is read in two queries up front, not one per attendee; the new people and links are
    written with one statement each (executemany), not one ORM object and INSERT a row."""

    def __init__(self, session: Session, account_id: int, detections: list[Detection]) -> None:
        self.session = session
        self.account_id = account_id
        emails = {
            who.email.lower()
            for detection in detections
            for who in (*detection.interviewers, detection.recruiter)
            if who is not None
        }
        self.cache: dict[str, Person] = {}
        for chunk in _chunks(sorted(emails)):
            for person in session.exec(
                select(Person).where(Person.account_id == account_id, col(Person.email).in_(chunk))
            ):
                self.cache[person.email] = person
        # People not stored yet, by address: their row's values, in the order first met.
        self.new: dict[str, dict[str, Any]] = {}

    def _person(self, who: Participant, company: str | None) -> str:
        """The person's address (the key of `cache` or `new`), their name and company set."""
        email = who.email.lower()
        person = self.cache.get(email)
        if person is None:
            values = self.new.get(email)
            if values is None:
                values = self.new[email] = {"account_id": self.account_id, "email": email,
                                            "name": None, "company": None}  # fmt: skip
            if who.name:
                values["name"] = who.name
            if company:
                values["company"] = company
            return email
        if who.name:
            person.name = who.name
        if company:
            person.company = company
        self.session.add(person)
        return email

    def _store_new(self) -> dict[str, int]:
        """Insert the new people (one executemany): address → id."""
        if not self.new:
            return {}
        table = Person.__table__  # type: ignore[attr-defined]
        self.session.execute(sa.insert(table), list(self.new.values()))
        ids: dict[str, int] = {}
        for chunk in _chunks(list(self.new)):
            found = self.session.execute(
                sa.select(table.c.email, table.c.id).where(
                    table.c.account_id == self.account_id, table.c.email.in_(chunk)
                )
            )
            ids.update((email, person_id) for email, person_id in found)
        return ids

    def link(self, changed: list[tuple[int, Detection]]) -> None:
        """Each interview's people (by interview id) as its detection says: links added and
        removed, with one statement for the new people, one query per 500 interviews for the
        current links and one statement for the new links. The caller leaves out interviews
        whose people the person chose (user_edited)."""
        wanted: dict[int, list[tuple[str, PersonRole]]] = {}
        for interview_id, detection in changed:
            roles = [
                (self._person(who, detection.company), PersonRole.interviewer)
                for who in detection.interviewers
            ]
            if detection.recruiter is not None:
                roles.append((self._person(detection.recruiter, None), PersonRole.recruiter))
            wanted[interview_id] = roles
        self.session.flush()  # the changed people, before new ones are inserted beside them
        person_ids = self._store_new()
        for email, person in self.cache.items():
            assert person.id is not None
            person_ids[email] = person.id
        current: dict[int, dict[tuple[int, PersonRole], InterviewPerson]] = {i: {} for i in wanted}
        for chunk in _chunks(sorted(wanted)):
            for link in self.session.exec(
                select(InterviewPerson).where(col(InterviewPerson.interview_id).in_(chunk))
            ):
                current[link.interview_id][(link.person_id, link.role)] = link
        added: list[dict[str, Any]] = []
        for interview_id, roles in wanted.items():
            keep: set[tuple[int, PersonRole]] = set()
            for email, role in roles:
                key = (person_ids[email], role)
                if key not in current[interview_id] and key not in keep:
                    added.append(
                        {
                            "account_id": self.account_id,
                            "interview_id": interview_id,
                            "person_id": key[0],
                            "role": role,
                            "talking_points": "",
                        }
                    )
                keep.add(key)
            for key, link in current[interview_id].items():
                if key not in keep:
                    self.session.delete(link)
        if added:
            table = InterviewPerson.__table__  # type: ignore[attr-defined]
            self.session.execute(sa.insert(table), added)


def _chunks(items: list[_T], size: int = 500) -> Iterable[list[_T]]:
    for index in range(0, len(items), size):
        yield items[index : index + size]


def _cancel_unseen(
    session: Session,
    account_id: int,
    calendar_id: str,
    window: tuple[datetime, datetime],
    seen: set[str],
    now: datetime,
) -> int:
    """After a full sync, an interview in the window that Google no longer lists is gone.
    (Only ids and event ids are read, and the gone rows updated with one statement per 500.)"""
    table = Interview.__table__  # type: ignore[attr-defined]
    rows = session.execute(
        sa.select(table.c.id, table.c.event_id).where(
            table.c.account_id == account_id,
            table.c.calendar_id == calendar_id,
            ~table.c.cancelled,
            table.c.ends_at > window[0],
            table.c.starts_at < window[1],
        )
    )
    gone = [interview_id for interview_id, event_id in rows if event_id not in seen]
    for chunk in _chunks(gone):
        session.execute(
            sa.update(table).where(table.c.id.in_(chunk)).values(cancelled=True, updated_at=now)
        )
    return len(gone)
