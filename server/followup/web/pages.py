"""The web app's pages. Each reads through the same functions as the API and acts through
the API's own route functions or the services they call (actions, interviewing, export…):
no page re-implements a route."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.responses import RedirectResponse
from sqlmodel import Session, col, select

from followup import actions, db, export, interviewing
from followup.api import followups as followups_api
from followup.api import interviews as interviews_api
from followup.api import profile as profile_api
from followup.api import sync as sync_api
from followup.api.deps import Caller, google_failures_as_http
from followup.api.followups import FollowUpOut, SnoozeIn, list_followups, view
from followup.api.interviews import InterviewPatch, When
from followup.models import (
    Account,
    FollowUp,
    FollowUpKind,
    FollowUpState,
    Interview,
    InterviewPerson,
    MailReview,
    Outcome,
)
from followup.web import auth
from followup.web.auth import CheckedSession, PageCaller, SessionCookie
from followup.web.previews import Preview, body_of, diff_lines, preview

if TYPE_CHECKING:
    from followup.drafting import Mailbox

_T = TypeVar("_T")
HERE = Path(__file__).parent


@functools.cache
def _templates() -> Any:
    """The pages' Jinja2, built on the first page shown: a server start does not load Jinja2
    (tests/test_startup.py), and most starts serve the extension and the API first."""
    from fastapi.templating import Jinja2Templates

    return Jinja2Templates(directory=HERE / "templates")


router = APIRouter(include_in_schema=False)

KIND_NAMES = {
    FollowUpKind.thank_you: "Thank-you",
    FollowUpKind.check_in: "Check-in",
    FollowUpKind.update: "Update",
    FollowUpKind.feedback_request: "Feedback request",
    FollowUpKind.nudge: "Nudge",
}
# Actions a page may ask for, by the API route function that does it.
LOCAL_ACTIONS = {"mark-sent", "done", "not-an-interview", "snooze"}
GMAIL_ACTIONS = {"skip", "regenerate", "undo"}
DIFF_KEY = "web_diffs"
FLASH_KEY = "web_flash"


def _now(request: Request) -> datetime:
    now: datetime = request.app.state.tick_context.clock()
    return now


def _session(request: Request) -> Session:
    return Session(request.app.state.engine, expire_on_commit=False)


def _flash(request: Request, cookie: str, message: str, undo: int | None = None) -> None:
    """A sentence for the next page this browser sees (with an Undo button, for one-click
    actions that can be undone)."""
    request.app.state.__dict__.setdefault(FLASH_KEY, {})[cookie] = {"text": message, "undo": undo}


def _take_flash(request: Request, cookie: str) -> dict[str, Any] | None:
    found: dict[str, Any] | None = request.app.state.__dict__.setdefault(FLASH_KEY, {}).pop(
        cookie, None
    )
    return found


def _back(form_value: Any, default: str = "/") -> str:
    """Only a path on this server (never another site) to go back to after a form."""
    target = form_value if isinstance(form_value, str) else ""
    parts = urlsplit(target)
    if not target.startswith("/") or target.startswith("//") or parts.scheme or parts.netloc:
        return default
    return target


def _see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def render(
    request: Request, cookie: str | None, name: str, status: int = 200, **context: Any
) -> Response:
    context.setdefault("page", name.removesuffix(".html"))
    flash = _take_flash(request, cookie) if cookie else None
    page: Response = _templates().TemplateResponse(
        request,
        name,
        {
            "csrf": auth.csrf_token(request.app.state.api_token, cookie) if cookie else "",
            "flash": flash,
            "signed_in": cookie is not None,
            "multi_user": request.app.state.settings.multi_user,
            "signed_in_as": _whose(request, cookie),
            "kind_names": KIND_NAMES,
            "now": _now(request),
            **context,
        },
        status_code=status,
    )
    return page


def _whose(request: Request, cookie: str | None) -> str | None:
    """Multi-user mode: the signed-in person's address, for the page's footer."""
    if cookie is None or not request.app.state.settings.multi_user:
        return None
    account_id = auth.session_account(request.app.state.api_token, cookie)
    with _session(request) as session:
        account = session.get(Account, account_id) if account_id else None
        return account.email if account else None


# Sign-in ------------------------------------------------------------------------------------


def _signed_in(request: Request, target: str = "/") -> Response:
    answer = _see_other(target)
    auth.set_session_cookie(request, answer, 0)
    return answer


@router.get("/signin")
def signin(request: Request, code: str = "") -> Response:
    """The link the server printed: a one-time code becomes a session cookie."""
    codes: auth.SignInCodes = request.app.state.signin_codes
    if request.app.state.settings.multi_user:  # people sign in with Google (google_auth.py)
        return render(request, None, "signin.html", 401, problem=None)
    if code and codes.redeem(code):
        return _signed_in(request)
    problem = "This sign-in link was already used or is not this server's." if code else None
    return render(request, None, "signin.html", 401, problem=problem)


@router.post("/signin")
async def signin_with_token(request: Request) -> Response:
    """The fallback: the API token (`followup pair`) pasted into the form."""
    import hmac

    if request.app.state.settings.multi_user:
        return render(request, None, "signin.html", 401, problem="Sign in with Google.")
    form = await request.form()
    token = form.get("token", "")
    given = token.strip() if isinstance(token, str) else ""
    if auth.same_origin(request) and hmac.compare_digest(
        given.encode(), request.app.state.api_token.encode()
    ):
        return _signed_in(request)
    return render(request, None, "signin.html", 401, problem="That is not this server's API token.")


@router.post("/signout")
def signout(request: Request, cookie: CheckedSession) -> Response:
    answer = render(request, None, "signin.html", 200, problem=None, signed_out=True)
    answer.delete_cookie(auth.COOKIE, path="/")
    return answer


# Today --------------------------------------------------------------------------------------


@dataclass
class Card:
    item: FollowUpOut
    preview: Preview


def _cards(
    request: Request, session: Session, items: list[FollowUpOut], now: datetime
) -> list[Card]:
    ids = [item.id for item in items]
    rows = {row.id: row for row in session.exec(select(FollowUp).where(col(FollowUp.id).in_(ids)))}
    cards = []
    for item in items:
        row = rows[item.id]
        interview = session.get(Interview, row.interview_id)
        assert interview is not None
        shown = preview(session, request.app.state.settings, interview, row, now)
        cards.append(Card(item, shown))
    return cards


@router.get("/")
def today(request: Request, cookie: SessionCookie, caller: PageCaller) -> Response:
    now = _now(request)
    with _session(request) as session:
        account = session.get(Account, caller.account_ids[0]) if caller.account_ids else None
        pending = list_followups(
            session, caller, now, [FollowUpState.scheduled, FollowUpState.drafted]
        )
        needs = [item for item in pending.items if item.needs_you]
        mail = [
            i for i in needs if i.kind not in (FollowUpKind.nudge, FollowUpKind.feedback_request)
        ]
        mail.sort(key=lambda i: (not i.late, i.due_at))
        feedback = [i for i in needs if i.kind is FollowUpKind.feedback_request]
        nudges = [i for i in needs if i.kind is FollowUpKind.nudge]
        coming = [i for i in pending.items if not i.needs_you and i.kind is not FollowUpKind.nudge]
        return render(
            request,
            cookie,
            "today.html",
            account=account,
            mail=_cards(request, session, mail, now),
            feedback=_cards(request, session, feedback, now),
            nudges=nudges,
            coming=coming[:8],
        )


@router.post("/sync")
async def sync_now(request: Request, cookie: CheckedSession, caller: PageCaller) -> Response:
    form = await request.form()
    try:
        done = await sync_api.sync_now(request, caller)
    except HTTPException as exc:
        _flash(request, cookie, str(exc.detail))
    else:
        _flash(
            request,
            cookie,
            f"Synced: {done.events_read} calendar events read, {done.drafted} drafts made.",
        )
    return _see_other(_back(form.get("back")))


# Follow-up actions: the API's own route functions -----------------------------------------


def _local_action(
    request: Request, caller: Caller, action: str, followup_id: int, form: Any
) -> str:
    now = _now(request)
    with _session(request) as session:
        if action == "mark-sent":
            followups_api.mark_sent(followup_id, now, session, caller)
            message = "Marked as sent. The next step is planned from now."
        elif action == "done":
            followups_api.done(followup_id, now, session, caller)
            message = "Done."
        elif action == "not-an-interview":
            followups_api.not_an_interview(followup_id, now, session, caller)
            message = "Marked as not an interview; the next sync ends its follow-ups."
        else:
            hours = float(form.get("hours") or 24)
            followups_api.snooze(followup_id, SnoozeIn(hours=hours), now, session, caller)
            message = f"Snoozed for {hours:g} hours."
        session.commit()
    return message


def _redraft(request: Request, caller: Caller, followup_id: int) -> None:
    """Re-draft in place, remembering the text before and after for the diff."""

    def act(session: Session, box: Mailbox | None, row: FollowUp) -> FollowUp:
        if box is None:
            raise actions.ActionRefused(
                f"Only a drafted follow-up can be re-drafted; this one is {row.state.value}."
            )
        before = box.gmail.message_full(row.gmail_message_id or "")
        actions.regenerate(session, box, row)
        after = box.gmail.message_full(row.gmail_message_id or "")
        diffs = request.app.state.__dict__.setdefault(DIFF_KEY, {})
        diffs[row.id] = diff_lines(
            body_of(before[1]) if before else "", body_of(after[1]) if after else ""
        )
        return row

    followups_api._with_gmail(
        request,
        request.app.state.engine,
        caller,
        followup_id,
        act,
        lambda row: row.state is FollowUpState.drafted,
    )


@router.post("/followups/{followup_id}/{action}")
async def followup_action(
    followup_id: int, action: str, request: Request, cookie: CheckedSession, caller: PageCaller
) -> Response:
    form = await request.form()
    back = _back(form.get("back"))
    try:
        if action in LOCAL_ACTIONS:
            message = await asyncio.to_thread(
                _local_action, request, caller, action, followup_id, form
            )
        elif action == "skip":
            await followups_api.skip(followup_id, request, request.app.state.engine, caller)
            message = "Skipped; followup's untouched draft was deleted from Gmail."
        elif action == "undo":
            await followups_api.undo(followup_id, request, request.app.state.engine, caller)
            message = "Undone."
        elif action == "regenerate":
            await asyncio.to_thread(_redraft, request, caller, followup_id)
            message = "Re-drafted in Gmail: the changes are shown below."
        else:
            raise auth.Refused(404, "There is no such action.")
    except HTTPException as exc:
        _flash(request, cookie, str(exc.detail))
    except ValueError:
        _flash(request, cookie, "That snooze is not a number of hours.")
    else:
        undoable = action in ("mark-sent", "done", "skip", "not-an-interview")
        _flash(request, cookie, message, followup_id if undoable else None)
    return _see_other(back)


# Interviews ---------------------------------------------------------------------------------


@router.get("/interviews")
def interviews(request: Request, cookie: SessionCookie, caller: PageCaller) -> Response:
    now = _now(request)
    with _session(request) as session:
        upcoming = interviews_api.list_interviews(session, now, caller, When.upcoming)
        past = interviews_api.list_interviews(session, now, caller, When.past)
        return render(request, cookie, "interviews.html", upcoming=upcoming, past=past)


def _interview_or_404(session: Session, caller: Caller, interview_id: int) -> Interview:
    row = db.get_row(session, Interview, interview_id)
    if row is None or not caller.owns(row.account_id):
        raise auth.Refused(404, f"There is no interview {interview_id}: it may have been removed.")
    return row


@router.get("/interviews/{interview_id}")
def interview(
    interview_id: int, request: Request, cookie: SessionCookie, caller: PageCaller
) -> Response:
    now = _now(request)
    settings = request.app.state.settings
    with _session(request) as session:
        row = _interview_or_404(session, caller, interview_id)
        shown = interviews_api.get_interview(interview_id, session, caller)
        people = interviewing.people_of(session, interview_id)
        account = session.get(Account, row.account_id)
        assert account is not None
        rows = list(
            session.exec(
                select(FollowUp)
                .where(FollowUp.interview_id == interview_id)
                .order_by(col(FollowUp.due_at), col(FollowUp.id))
            )
        )
        items = [view(r, row, account.email, now) for r in rows]
        pending = [
            r for r in rows if r.state in actions.PENDING and r.kind is not FollowUpKind.nudge
        ]
        drafts = [(r, preview(session, settings, row, r, now)) for r in pending]
        if not pending and row.ends_at > now:
            # Before the plan exists: the thank-yous as they would read today.
            for person in people:
                if person.role.value != "interviewer":
                    continue
                link = session.get(InterviewPerson, person.link_id)
                draft_row = FollowUp(
                    account_id=row.account_id,
                    interview_id=interview_id,
                    person_id=link.person_id if link else None,
                    kind=FollowUpKind.thank_you,
                    recipient_email=person.email,
                    recipient_name=person.name,
                    due_at=row.ends_at,
                )
                drafts.append((draft_row, preview(session, settings, row, draft_row, now)))
        diffs: dict[int, Any] = request.app.state.__dict__.get(DIFF_KEY, {})
        return render(
            request,
            cookie,
            "interview.html",
            interview=shown,
            row=row,
            people=people,
            items=items,
            drafts=drafts,
            diffs={r.id: diffs[r.id] for r in rows if r.id in diffs},
            outcomes=list(Outcome),
        )


def _patch(request: Request, caller: Caller, interview_id: int, patch: InterviewPatch) -> None:
    with _session(request) as session:
        _interview_or_404(session, caller, interview_id)
        interviews_api.patch_interview(interview_id, patch, session, _now(request), caller)
        session.commit()


@router.post("/interviews/{interview_id}/decide")
async def decide(
    interview_id: int, request: Request, cookie: CheckedSession, caller: PageCaller
) -> Response:
    form = await request.form()
    yes = form.get("is_interview") == "yes"
    await asyncio.to_thread(_patch, request, caller, interview_id, InterviewPatch(is_interview=yes))
    _flash(
        request,
        cookie,
        "Confirmed as an interview: its follow-ups are planned on the next sync."
        if yes
        else "Marked as not an interview: the next sync ends its follow-ups.",
    )
    return _see_other(_back(form.get("back"), f"/interviews/{interview_id}"))


@router.post("/interviews/{interview_id}/outcome")
async def outcome(
    interview_id: int, request: Request, cookie: CheckedSession, caller: PageCaller
) -> Response:
    form = await request.form()
    try:
        chosen = Outcome(str(form.get("outcome")))
    except ValueError:
        raise auth.Refused(422, "Choose one of the outcomes in the list.") from None
    await asyncio.to_thread(_patch, request, caller, interview_id, InterviewPatch(outcome=chosen))
    message = f"Outcome set to {chosen.value}."
    if chosen is Outcome.rejected:
        message += " A reply asking for feedback is planned on the next sync."
    _flash(request, cookie, message)
    return _see_other(_back(form.get("back"), f"/interviews/{interview_id}"))


@router.post("/interviews/{interview_id}/notes")
async def notes(
    interview_id: int, request: Request, cookie: CheckedSession, caller: PageCaller
) -> Response:
    form = await request.form()

    def save() -> None:
        now = _now(request)
        with _session(request) as session:
            row = _interview_or_404(session, caller, interview_id)
            interviews_api.patch_interview(
                interview_id,
                InterviewPatch(
                    talking_points=str(form.get("talking_points", ""))[:10_000],
                    private_notes=str(form.get("private_notes", ""))[:10_000],
                ),
                session,
                now,
                caller,
            )
            for person in interviewing.people_of(session, interview_id):
                field = form.get(f"points_{person.link_id}")
                if isinstance(field, str):
                    interviewing.set_person_points(session, row, person.link_id, field[:10_000])
            session.commit()

    await asyncio.to_thread(save)
    _flash(request, cookie, "Saved. Talking points go into drafts made from now on.")
    return _see_other(f"/interviews/{interview_id}")


@router.post("/interviews/{interview_id}/edit")
async def edit(
    interview_id: int, request: Request, cookie: CheckedSession, caller: PageCaller
) -> Response:
    form = await request.form()
    names = [str(v) for v in form.getlist("name")]
    emails = [str(v) for v in form.getlist("email")]

    def save() -> str:
        with _session(request) as session:
            row = _interview_or_404(session, caller, interview_id)
            try:
                interviewing.correct(
                    session,
                    row,
                    _now(request),
                    company=str(form.get("company", ""))[:300],
                    role=str(form.get("role", ""))[:300],
                    interviewers=list(zip(names, emails, strict=False)),
                )
            except interviewing.EditRefused as exc:
                return str(exc)
            session.commit()
        return "Saved. Later syncs keep your corrections."

    _flash(request, cookie, await asyncio.to_thread(save))
    return _see_other(f"/interviews/{interview_id}")


# Review -------------------------------------------------------------------------------------

UNSURE_BELOW = 0.7


def _calendar_work(request: Request, caller: Caller, work: Callable[[Any, int], _T]) -> _T:
    """Read the calendar (in this worker thread), its failures as the API's errors."""
    from followup.tick import calendar_for

    ctx = request.app.state.tick_context
    account_id = caller.account_id
    with google_failures_as_http(ctx.engine, account_id):
        return work(calendar_for(ctx, account_id), account_id)


@router.get("/review")
async def review(
    request: Request, cookie: SessionCookie, caller: PageCaller, everything: bool = False
) -> Response:
    from followup.sync import unkept_events

    now = _now(request)
    settings = request.app.state.settings
    calendar: list[Any] = []
    problem = None
    if everything:
        try:
            calendar = await asyncio.to_thread(
                _calendar_work,
                request,
                caller,
                lambda client, account_id: unkept_events(
                    request.app.state.engine, account_id, client, settings, now
                ),
            )
        except HTTPException as exc:
            problem = str(exc.detail)
    with _session(request) as session:
        rows = interviews_api.list_interviews(
            session, now, caller, When.all, include_dismissed=True
        )
        mail = [
            found
            for account_id in caller.account_ids
            for found in interviewing.open_mail_reviews(session, account_id)
        ]
    undecided = [r for r in rows if r.user_decision is None]
    unsure = [r for r in undecided if r.confidence < UNSURE_BELOW]
    unsure.sort(key=lambda r: r.starts_at, reverse=True)
    others = [r for r in rows if not r.is_interview and r not in unsure]
    return render(
        request,
        cookie,
        "review.html",
        mail=mail,
        unsure=unsure,
        others=others,
        everything=everything,
        calendar=calendar,
        problem=problem,
    )


@router.post("/review/mail/{review_id}")
async def answer_mail(
    review_id: int, request: Request, cookie: CheckedSession, caller: PageCaller
) -> Response:
    """The person says whether a mail followup was unsure about is a rejection."""
    answer = str((await request.form()).get("answer", ""))
    if answer not in ("rejection", "not_rejection"):
        raise auth.Refused(422, "Say whether it is a rejection.")

    def work() -> str | None:
        with _session(request) as session:
            review = db.get_row(session, MailReview, review_id)
            if review is None or not caller.owns(review.account_id):
                raise auth.Refused(404, "There is no such mail to answer.")
            if review.answer is not None:
                return None
            interview = interviewing.answer_mail_review(
                session, review, answer == "rejection", _now(request)
            )
            session.commit()
            return interview.company or interview.title

    company = await asyncio.to_thread(work)
    if company is None:
        message = "That mail was already answered."
    elif answer == "rejection":
        message = f"Marked as a rejection from {company}: a reply asking for feedback is planned."
    else:
        message = "Noted: not a rejection. followup goes on as before."
    _flash(request, cookie, message)
    return _see_other("/review")


@router.post("/review/adopt")
async def adopt(request: Request, cookie: CheckedSession, caller: PageCaller) -> Response:
    """Any event in the sync window, stored as an interview on the person's word."""
    from followup.sync import adopt_event, lease

    form = await request.form()
    calendar_id, event_id = str(form.get("calendar_id", "")), str(form.get("event_id", ""))
    ctx = request.app.state.tick_context

    def work(client: Any, account_id: int) -> int | None:
        with lease(ctx.engine, account_id, ctx.clock, wait=actions.LEASE_WAIT_SECONDS):
            return adopt_event(
                ctx.engine, account_id, client, ctx.settings, calendar_id, event_id, ctx.clock()
            )

    try:
        found = await asyncio.to_thread(_calendar_work, request, caller, work)
    except HTTPException as exc:
        _flash(request, cookie, str(exc.detail))
        return _see_other("/review?everything=1")
    if found is None:
        _flash(request, cookie, "That event is no longer in your calendar's sync window.")
        return _see_other("/review?everything=1")
    _flash(request, cookie, "Marked as an interview: its follow-ups are planned on the next sync.")
    return _see_other(f"/interviews/{found}")


# Profile, settings, export ------------------------------------------------------------------


@router.get("/profile")
def profile(request: Request, cookie: SessionCookie, caller: PageCaller) -> Response:
    with _session(request) as session:
        try:
            data = profile_api.get_profile(session, caller)
        except HTTPException as exc:
            return render(request, cookie, "profile.html", data=None, problem=exc.detail)
        return render(request, cookie, "profile.html", data=data, problem=None)


@router.post("/profile")
async def save_profile(request: Request, cookie: CheckedSession, caller: PageCaller) -> Response:
    form = await request.form()
    try:
        data = profile_api.ProfileData(
            full_name=str(form.get("full_name", "")),
            qualifications=str(form.get("qualifications", "")),
            signature=str(form.get("signature", "")),
            send_updates=form.get("send_updates") == "on",
            updates_after_rejection=form.get("updates_after_rejection") == "on",
        )
    except ValueError:
        _flash(request, cookie, "Too long: the name takes 200 characters, qualifications 4,000.")
        return _see_other("/profile")

    def save() -> str:
        with _session(request) as session:
            try:
                profile_api.put_profile(data, session, caller)
            except HTTPException as exc:
                return str(exc.detail)
            session.commit()
        return "Profile saved: drafts made from now on use it."

    _flash(request, cookie, await asyncio.to_thread(save))
    return _see_other("/profile")


@router.get("/settings")
def settings_page(request: Request, cookie: SessionCookie, caller: PageCaller) -> Response:
    return _settings_view(request, cookie, caller)


def _settings_view(request: Request, cookie: str, caller: Caller, **shown: str) -> Response:
    settings = request.app.state.settings
    rules = settings.plan_rules()

    def span(value: timedelta) -> str:
        hours = value.total_seconds() / 3600
        return f"{hours / 24:g} days" if hours >= 48 and hours % 24 == 0 else f"{hours:g} hours"

    rows = [
        ("Thank-you drafted", f"{span(rules.thank_you_after)} after the interview ends",
         "FOLLOWUP_THANK_YOU_AFTER_HOURS"),
        ("Thank-you late", f"{span(rules.thank_you_late)} after the interview ends",
         "FOLLOWUP_THANK_YOU_LATE_HOURS"),
        ("Thank-you not drafted any more", f"{span(rules.thank_you_stale)} after the end",
         "FOLLOWUP_THANK_YOU_STALE_DAYS"),
        ("Check-in", f"{span(rules.check_in_after)} after a thank-you with no reply",
         "FOLLOWUP_CHECK_IN_AFTER_DAYS"),
        ("Check-ins at most", str(rules.check_ins_max), "FOLLOWUP_CHECK_INS_MAX"),
        ("Update while pending", f"every {span(rules.update_every)}",
         "FOLLOWUP_UPDATE_EVERY_DAYS"),
        ("Updates at most", str(rules.updates_max), "FOLLOWUP_UPDATES_MAX"),
        ("Update after a rejection (if you opt in)",
         f"every {span(rules.update_after_rejection_every)}",
         "FOLLOWUP_UPDATE_AFTER_REJECTION_DAYS"),
        ("Feedback request late", f"{span(rules.feedback_late)} after the rejection",
         "FOLLOWUP_FEEDBACK_LATE_HOURS"),
        ("Brevity limit", f"{settings.word_limit} words", "FOLLOWUP_WORD_LIMIT"),
        ("Calendar sync", f"every {settings.sync_interval:g} seconds", "FOLLOWUP_SYNC_INTERVAL"),
    ]  # fmt: skip
    return render(
        request,
        cookie,
        "settings.html",
        200,
        rows=rows,
        templates_dir=settings.templates_dir(caller.owner),
        site_url=settings.site_url,
        tokens=_tokens(request, caller),
        **shown,
    )


def _tokens(request: Request, caller: Caller) -> list[Any]:
    """Multi-user mode: the person's extension tokens (single-user mode has the server's)."""
    from followup import apitokens

    if not request.app.state.settings.multi_user:
        return []
    with _session(request) as session:
        return apitokens.listed(session, caller.account_id)


def _multi_user_only(request: Request) -> None:
    if not request.app.state.settings.multi_user:
        raise auth.Refused(404, "This server has one API token: `followup pair` prints it.")


@router.post("/settings/tokens")
async def make_token(request: Request, cookie: CheckedSession, caller: PageCaller) -> Response:
    """A new extension token, shown on the page this answers (once: only its hash is kept)."""
    from followup import apitokens

    _multi_user_only(request)
    name = str((await request.form()).get("name", ""))

    def make() -> tuple[str, str]:
        with _session(request) as session:
            row, token = apitokens.create(session, caller.account_id, name, _now(request))
            session.commit()
            return row.name, token

    try:
        made, token = await asyncio.to_thread(make)
    except apitokens.TooManyTokens as exc:
        _flash(request, cookie, str(exc))
        return _see_other("/settings")
    return _settings_view(request, cookie, caller, new_token=token, new_token_name=made)


@router.post("/settings/tokens/{token_id}/revoke")
async def revoke_token(
    token_id: int, request: Request, cookie: CheckedSession, caller: PageCaller
) -> Response:
    from followup import apitokens

    _multi_user_only(request)

    def revoke() -> bool:
        with _session(request) as session:
            done = apitokens.revoke(session, caller.account_id, token_id, _now(request))
            session.commit()
            return done

    done = await asyncio.to_thread(revoke)
    _flash(request, cookie, "Revoked: the extension using it is signed out." if done else
           "That token was already revoked.")  # fmt: skip
    return _see_other("/settings")


@router.get("/export")
def export_page(request: Request, cookie: SessionCookie) -> Response:
    return render(request, cookie, "export.html", tables=export.TABLES)


@router.get("/export/followup.json")
def export_json(request: Request, cookie: SessionCookie, caller: PageCaller) -> Response:
    with _session(request) as session:
        text = export.as_json(export.collect(session, caller.account_ids))
    return _download(text, "followup.json", "application/json")


@router.get("/export/{table}.csv")
def export_csv(table: str, request: Request, cookie: SessionCookie, caller: PageCaller) -> Response:
    if table not in export.TABLES:
        raise auth.Refused(404, f"There is no table “{table}” to export.")
    with _session(request) as session:
        text = export.as_csv(export.collect(session, caller.account_ids)[table])
    return _download(text, f"followup-{table}.csv", "text/csv; charset=utf-8")


def _download(text: str, name: str, media_type: str) -> Response:
    return Response(
        text,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
