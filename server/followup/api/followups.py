"""`/api/v1/followups`: what is planned, drafted and done, and the user's one-click actions.

The browser extension depends on these names and shapes; keep them stable."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Annotated, Any, Literal
from urllib.parse import quote

import sqlalchemy as sa
from fastapi import APIRouter, HTTPException, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlmodel import Session, col, select

from followup import actions
from followup.api.deps import (
    Caller,
    CallerDep,
    EngineDep,
    NowDep,
    SessionDep,
    google_failures_as_http,
    owned,
)
from followup.api.pagecache import PageCache
from followup.context import Context
from followup.core.plan import FOLLOW_COMPANY, LINKEDIN, NETWORKING_EVENTS, linkedin_search_url
from followup.models import Account, FollowUp, FollowUpKind, FollowUpState, Interview

if TYPE_CHECKING:
    from followup.drafting import Mailbox

router = APIRouter(prefix="/followups", tags=["followups"])

_LINKEDIN = "https://www.linkedin.com/search/results"


class Recipient(BaseModel):
    name: str | None
    email: str


class InterviewRef(BaseModel):
    id: int
    title: str
    company: str | None
    role: str | None
    start: datetime
    end: datetime


class DraftRef(BaseModel):
    id: str
    thread_id: str | None
    gmail_url: str


class FollowUpOut(BaseModel):
    id: int
    kind: FollowUpKind
    status: FollowUpState
    due_at: datetime
    late: bool
    needs_you: bool = Field(description="Drafted and due, a due nudge, or late: the badge count.")
    title: str
    recipient: Recipient | None
    interview: InterviewRef
    draft: DraftRef | None
    flags: list[str]
    personal_touch: str | None = Field(description="Why the draft needs your edit, if it does.")
    note: str
    link: str | None = Field(description="For nudges: where to do it (a LinkedIn search).")
    sent_at: datetime | None


class FollowUpList(BaseModel):
    items: list[FollowUpOut]
    total: int = Field(description="How many follow-ups match the filters, over all pages.")
    next_offset: int | None = Field(
        default=None, description="The `offset` of the next page; null on the last page."
    )


def _link(row: FollowUp, interview: Interview) -> str | None:
    if row.kind is not FollowUpKind.nudge:
        return None
    company = quote(interview.company or "", safe="")
    if row.slot.startswith(LINKEDIN):
        return linkedin_search_url(row.recipient_name, interview.company)
    if row.slot == FOLLOW_COMPANY and company:
        return f"{_LINKEDIN}/companies/?keywords={company}"
    if row.slot == NETWORKING_EVENTS and company:
        return f"{_LINKEDIN}/events/?keywords={company}"
    return None


def gmail_url(account_email: str, message_id: str) -> str:
    """Opens the draft in Gmail's compose window (for the signed-in account)."""
    return f"https://mail.google.com/mail/?authuser={account_email}#drafts?compose={message_id}"


def view(row: FollowUp, interview: Interview, account_email: str, now: datetime) -> FollowUpOut:
    assert row.id is not None and interview.id is not None
    pending = row.state in actions.PENDING
    due = row.effective_due
    snoozed = pending and row.snoozed_until is not None and row.snoozed_until > now
    # Snoozed means "not now": neither late nor needing you until the snooze ends.
    late = pending and not snoozed and row.late_at is not None and now >= row.late_at
    due_now = pending and due <= now
    needs_you = late or (
        due_now and (row.state is FollowUpState.drafted or row.kind is FollowUpKind.nudge)
    )
    flags = [flag for flag in row.flags.split() if flag]
    if row.needs_personal_touch:
        flags.insert(0, "needs_personal_touch")
    if late:
        flags.append("late")
    if row.draft_edited:
        flags.append("draft_edited")
    if snoozed:
        flags.append("snoozed")
    draft = None
    if row.draft_id and row.gmail_message_id:
        draft = DraftRef(
            id=row.draft_id,
            thread_id=row.thread_id,
            gmail_url=gmail_url(account_email, row.gmail_message_id),
        )
    recipient = None  # for a nudge about a person (LinkedIn), that person
    if row.recipient_email:
        recipient = Recipient(name=row.recipient_name, email=row.recipient_email)
    return FollowUpOut(
        id=row.id,
        kind=row.kind,
        status=row.state,
        due_at=due,
        late=late,
        needs_you=needs_you,
        title=row.title,
        recipient=recipient,
        interview=InterviewRef(
            id=interview.id,
            title=interview.title,
            company=interview.company,
            role=interview.role,
            start=interview.starts_at,
            end=interview.ends_at,
        ),
        draft=draft,
        flags=flags,
        personal_touch=row.needs_personal_touch,
        note=row.note,
        link=_link(row, interview),
        sent_at=row.sent_at,
    )


def parse_choices(
    values: Iterable[str] | None, allowed: type[FollowUpKind] | type[FollowUpState]
) -> list[Any]:
    """Members of `allowed` from values that may be comma lists; ValueError names the
    choices. Shared by the API's filters and `followup list`."""
    chosen: list[Any] = []
    for value in values or []:
        for part in value.split(","):
            part = part.strip()
            if not part:
                continue
            try:
                chosen.append(allowed(part))
            except ValueError:
                names = ", ".join(member.value for member in allowed)
                raise ValueError(f"unknown value {part!r}: use one of {names}") from None
    return chosen


def _choices_pattern(allowed: type[FollowUpKind] | type[FollowUpState]) -> str:
    """What `parse_choices` takes, for the API document: a comma list of the names."""
    names = "|".join(member.value for member in allowed)
    return rf"^\s*(?:(?:{names})\s*)?(?:,\s*(?:(?:{names})\s*)?)*$"


_StatusNames = Annotated[str, Field(pattern=_choices_pattern(FollowUpState))]
_KindNames = Annotated[str, Field(pattern=_choices_pattern(FollowUpKind))]

# "due": soonest first (a snooze moves an item later). "recent": latest finished first.
Order = Literal["due", "recent"]
_EFFECTIVE_DUE = sa.case(
    (col(FollowUp.snoozed_until) > col(FollowUp.due_at), col(FollowUp.snoozed_until)),
    else_=col(FollowUp.due_at),
)
_ORDERS: dict[str, tuple[Any, ...]] = {
    "due": (_EFFECTIVE_DUE, col(FollowUp.id)),
    "recent": (
        sa.func.coalesce(col(FollowUp.sent_at), col(FollowUp.due_at)).desc(),
        col(FollowUp.id).desc(),
    ),
}
PAGE_DEFAULT = 100
PAGE_MAX = 500


def list_followups(
    session: Session,
    caller: Caller,
    now: datetime,
    statuses: list[FollowUpState] | None = None,
    kinds: list[FollowUpKind] | None = None,
    *,
    order: Order = "due",
    limit: int | None = None,
    offset: int = 0,
) -> FollowUpList:
    """One page of follow-ups (all of them when `limit` is None), sorted in the database."""
    return _page(session, caller, now, statuses, kinds, order, limit, offset)[0]


def _page(
    session: Session,
    caller: Caller,
    now: datetime,
    statuses: list[FollowUpState] | None,
    kinds: list[FollowUpKind] | None,
    order: Order,
    limit: int | None,
    offset: int,
) -> tuple[FollowUpList, datetime | None]:
    """The page, and the first moment after `now` when the clock alone changes it."""
    where = [col(FollowUp.account_id).in_(caller.account_ids)]
    if statuses:
        where.append(col(FollowUp.state).in_(statuses))
    if kinds:
        where.append(col(FollowUp.kind).in_(kinds))
    query = (
        select(FollowUp, Interview, Account.email)
        .join(Interview, col(Interview.id) == col(FollowUp.interview_id))
        .join(Account, col(Account.id) == col(FollowUp.account_id))
        .where(*where)
        .order_by(*_ORDERS[order])
        .offset(offset)
        .limit(limit)
    )
    items, moments = [], []
    for row, interview, email in session.exec(query):
        items.append(view(row, interview, email, now))
        changes = (row.effective_due, row.late_at, row.snoozed_until)
        moments += [moment for moment in changes if moment is not None and moment > now]
    total = session.exec(select(sa.func.count()).select_from(FollowUp).where(*where)).one()
    more = limit is not None and offset + len(items) < total
    page = FollowUpList(items=items, total=total, next_offset=offset + len(items) if more else None)
    return page, min(moments, default=None)


@router.get("", summary="Follow-ups, a page at a time", response_model=FollowUpList)
def get_followups(
    request: Request,
    now: NowDep,
    session: SessionDep,
    caller: CallerDep,
    status: Annotated[
        list[_StatusNames] | None,
        Query(description="Comma-separated or repeated: scheduled, drafted…"),
    ] = None,
    kind: Annotated[
        list[_KindNames] | None,
        Query(description="Comma-separated or repeated: thank_you, nudge…"),
    ] = None,
    order: Annotated[
        Order, Query(description="due: soonest first; recent: latest sent or due first.")
    ] = "due",
    limit: Annotated[int, Query(ge=1, le=PAGE_MAX)] = PAGE_DEFAULT,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    # The query's pattern has refused unknown names already (422); this only splits the lists.
    statuses = parse_choices(status, FollowUpState)
    kinds = parse_choices(kind, FollowUpKind)
    cache: PageCache = request.app.state.page_cache
    key = (
        caller.account_ids,
        tuple(sorted(set(statuses))),
        tuple(sorted(set(kinds))),
        order,
        limit,
        offset,
    )
    version = cache.version.current()  # read before the data, so a write in between shows
    body = cache.get(key, version, now)
    if body is None:
        page, until = _page(session, caller, now, statuses, kinds, order, limit, offset)
        # Already validated: serialise once instead of letting FastAPI validate it again.
        body = page.model_dump_json().encode()
        cache.put(key, version, until, body)
    return Response(body, media_type="application/json")


def _load(
    session: Session, caller: Caller, followup_id: int
) -> tuple[FollowUp, Interview, Account]:
    row = owned(session, FollowUp, followup_id, caller, "follow-up")
    interview = session.get(Interview, row.interview_id)
    account = session.get(Account, row.account_id)
    assert interview is not None and account is not None
    return row, interview, account


def _local(
    now: datetime,
    session: Session,
    caller: Caller,
    followup_id: int,
    act: Callable[[FollowUp, datetime], FollowUp],
) -> FollowUpOut:
    row, interview, account = _load(session, caller, followup_id)
    try:
        act(row, now)
    except actions.ActionRefused as exc:
        raise HTTPException(409, str(exc)) from exc
    session.flush()
    return view(row, interview, account.email, now)


class SnoozeIn(BaseModel):
    # The document says what the validator below wants: exactly one of the two.
    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [
                {"required": ["until"], "properties": {"until": {"type": "string"}}},
                {"required": ["hours"], "properties": {"hours": {"type": "number"}}},
            ]
        }
    )

    until: datetime | None = None
    hours: float | None = Field(default=None, gt=0, le=24 * 365)

    @model_validator(mode="after")
    def _one(self) -> SnoozeIn:
        if (self.until is None) == (self.hours is None):
            raise ValueError('give either "until" (a time) or "hours"')
        if self.until is not None and self.until.tzinfo is None:
            raise ValueError('"until" needs a time zone, e.g. 2026-03-12T09:00:00Z')
        return self


@router.post("/{followup_id}/snooze", summary="Later: until a time, or for some hours")
def snooze(
    followup_id: int, body: SnoozeIn, now: NowDep, session: SessionDep, caller: CallerDep
) -> FollowUpOut:
    def act(row: FollowUp, now: datetime) -> FollowUp:
        until = body.until or now + timedelta(hours=body.hours or 0)
        return actions.snooze(session, row, until, now)

    return _local(now, session, caller, followup_id, act)


@router.post("/{followup_id}/mark-sent", summary="I sent it")
def mark_sent(followup_id: int, now: NowDep, session: SessionDep, caller: CallerDep) -> FollowUpOut:
    return _local(
        now, session, caller, followup_id, lambda row, now: actions.mark_sent(session, row, now)
    )


@router.post("/{followup_id}/done", summary="A nudge is done")
def done(followup_id: int, now: NowDep, session: SessionDep, caller: CallerDep) -> FollowUpOut:
    return _local(
        now, session, caller, followup_id, lambda row, now: actions.done(session, row, now)
    )


def _with_gmail(
    request: Request,
    engine: Any,
    caller: Caller,
    followup_id: int,
    act: Callable[[Session, Mailbox | None, FollowUp], FollowUp],
    needs_gmail: Callable[[FollowUp], bool],
) -> FollowUpOut:
    """Run an action that may touch Gmail: under the account's lease, in this worker thread."""
    # The tick's machinery (Google's client…) loads on first use, here in a worker thread.
    from followup.sync import lease
    from followup.tick import gmail_for, mailbox

    ctx: Context = request.app.state.tick_context
    with Session(engine, expire_on_commit=False) as session:
        row, interview, account = _load(session, caller, followup_id)
        assert account.id is not None
        with google_failures_as_http(engine, account.id):
            try:
                with lease(engine, account.id, ctx.clock, wait=actions.LEASE_WAIT_SECONDS):
                    box = None
                    if needs_gmail(row):
                        gmail = gmail_for(ctx, account.id)
                        box = mailbox(session, ctx, account.id, gmail, ctx.clock())
                    act(session, box, row)
                    session.commit()
            except actions.ActionRefused as exc:
                session.commit()  # what the action learnt (e.g. the draft was edited) is kept
                raise HTTPException(409, str(exc)) from exc
        return view(row, interview, account.email, ctx.clock())


@router.post("/{followup_id}/skip", summary="Not this one (our untouched draft is deleted)")
async def skip(
    followup_id: int, request: Request, engine: EngineDep, caller: CallerDep
) -> FollowUpOut:
    def act(session: Session, box: Mailbox | None, row: FollowUp) -> FollowUp:
        now = box.now if box else request.app.state.tick_context.clock()
        return actions.skip(session, box, row, now)

    return await asyncio.to_thread(
        _with_gmail,
        request,
        engine,
        caller,
        followup_id,
        act,
        lambda row: row.state is FollowUpState.drafted,
    )


@router.post("/{followup_id}/regenerate", summary="Write the draft again (after new notes)")
async def regenerate(
    followup_id: int, request: Request, engine: EngineDep, caller: CallerDep
) -> FollowUpOut:
    def act(session: Session, box: Mailbox | None, row: FollowUp) -> FollowUp:
        if box is None:
            raise actions.ActionRefused(
                f"Only a drafted follow-up can be re-drafted; this one is {row.state.value}."
            )
        return actions.regenerate(session, box, row)

    return await asyncio.to_thread(
        _with_gmail,
        request,
        engine,
        caller,
        followup_id,
        act,
        lambda row: row.state is FollowUpState.drafted,
    )


@router.post(
    "/{followup_id}/not-an-interview",
    summary="Its event is not an interview (the next sync ends its follow-ups; undoable)",
)
def not_an_interview(
    followup_id: int, now: NowDep, session: SessionDep, caller: CallerDep
) -> FollowUpOut:
    def act(row: FollowUp, now: datetime) -> FollowUp:
        actions.not_an_interview(session, row, now)
        return row

    return _local(now, session, caller, followup_id, act)


@router.post(
    "/{followup_id}/undo",
    summary="Undo the last mark-sent, skip, done or not-an-interview (within a minute)",
)
async def undo(
    followup_id: int, request: Request, engine: EngineDep, caller: CallerDep
) -> FollowUpOut:
    """Puts back the follow-up's state and, for a skip, the Gmail draft that was deleted (the
    same message, re-created). After undoing "not an interview", the next sync drafts again
    what that sync had ended."""

    def act(session: Session, box: Mailbox | None, row: FollowUp) -> FollowUp:
        now = box.now if box else request.app.state.tick_context.clock()
        return actions.undo(session, box, row, now)

    def needs_gmail(row: FollowUp) -> bool:
        session = Session.object_session(row)
        assert isinstance(session, Session)
        return actions.undo_needs_gmail(session, row, request.app.state.tick_context.clock())

    return await asyncio.to_thread(
        _with_gmail, request, engine, caller, followup_id, act, needs_gmail
    )
