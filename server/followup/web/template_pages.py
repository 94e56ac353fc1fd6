"""The Templates page: edit an e-mail template with a preview against a real interview,
save it into the data directory's `templates/` (where the next draft reads it), or reset to
the bundled default. A template that does not work is shown in plain words with its line,
and is not saved."""

from __future__ import annotations

import asyncio
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request, Response
from sqlmodel import Session, col, select

from followup.api.deps import Caller
from followup.config import Settings
from followup.models import FollowUp, FollowUpKind, Interview, InterviewPerson, Person
from followup.web import auth
from followup.web.auth import CheckedSession, PageCaller, SessionCookie
from followup.web.pages import _flash, _now, _see_other, _session, render
from followup.web.previews import Preview, preview

router = APIRouter(include_in_schema=False)

KINDS = {
    "thank_you": "Thank-you (after the interview)",
    "check_in": "Check-in (when the company goes quiet)",
    "update": "Update (staying in touch)",
    "feedback_request": "Feedback request (after a no)",
}
MAX_TEMPLATE_CHARS = 20_000


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise auth.Refused(404, f"There is no e-mail template “{kind}”.")
    return kind


def _files(settings: Settings, caller: Caller, kind: str) -> tuple[Path, Path]:
    """The person's own template file (which may not exist) and the bundled one."""
    from followup.core.compose import TEMPLATE_SUFFIX, bundled_templates_dir

    name = f"{kind}{TEMPLATE_SUFFIX}"
    return settings.templates_dir(caller.owner) / name, bundled_templates_dir() / name


def _source(settings: Settings, caller: Caller, kind: str) -> tuple[str, bool]:
    """The template in force, and whether it is the person's own."""
    own, bundled = _files(settings, caller, kind)
    if own.is_file():
        return own.read_text(encoding="utf-8"), True
    return bundled.read_text(encoding="utf-8"), False


def _sample(session: Session, interview: Interview, kind: str) -> FollowUp:
    """The interview's own follow-up of this kind, or one as the plan would make it."""
    found = session.exec(
        select(FollowUp).where(FollowUp.interview_id == interview.id, FollowUp.kind == kind)
    ).first()
    if found is not None and found.recipient_email:
        return found
    person = session.exec(
        select(Person)
        .join(InterviewPerson, col(InterviewPerson.person_id) == col(Person.id))
        .where(InterviewPerson.interview_id == interview.id)
        .order_by(col(InterviewPerson.id))
    ).first()
    return FollowUp(
        account_id=interview.account_id,
        interview_id=interview.id or 0,
        person_id=person.id if person else None,
        kind=FollowUpKind(kind),
        recipient_email=person.email if person else "someone@example.com",
        recipient_name=person.name if person else None,
        due_at=interview.ends_at,
    )


def _try(
    request: Request,
    session: Session,
    caller: Caller,
    kind: str,
    text: str,
    interview: Interview | None,
) -> Preview:
    """The draft the text makes for the interview, read from a scratch folder (never saved)."""
    from followup.core.compose import Composer, template_search_path

    settings: Settings = request.app.state.settings
    with tempfile.TemporaryDirectory(prefix="followup-template-") as scratch:
        Path(scratch, f"{kind}.j2").write_text(text, encoding="utf-8")
        composer = Composer(
            [scratch, *template_search_path(settings.templates_dir(caller.owner))],
            word_limit=settings.word_limit,
        )
        if interview is None:
            return Preview(error="No interview yet to try it on; it is checked when saved.")
        shown = preview(
            session, settings, interview, _sample(session, interview, kind), _now(request),
            composer,
        )  # fmt: skip
    if shown.error:
        plain = shown.error.replace(f"template {kind}.j2: ", "", 1).replace(f"{scratch}/", "")
        return Preview(error=plain)
    return shown


def _interviews(session: Session, caller: Caller) -> list[Interview]:
    """The caller's interviews to try a template on, latest first."""
    rows = session.exec(
        select(Interview)
        .where(col(Interview.account_id).in_(caller.account_ids), ~col(Interview.cancelled))
        .order_by(col(Interview.starts_at).desc())
    )
    return [row for row in rows if row.is_interview][:30]


def _chosen(interviews: list[Interview], wanted: Any, now: datetime) -> Interview | None:
    for row in interviews:
        if str(row.id) == str(wanted):
            return row
    past = [row for row in interviews if row.ends_at <= now]
    if past:
        return past[0]
    return interviews[0] if interviews else None


@router.get("/templates")
def templates_list(request: Request, cookie: SessionCookie, caller: PageCaller) -> Response:
    settings: Settings = request.app.state.settings
    kinds = [
        (kind, name, _files(settings, caller, kind)[0].is_file()) for kind, name in KINDS.items()
    ]
    folder = settings.templates_dir(caller.owner)
    return render(request, cookie, "templates.html", kinds=kinds, folder=folder)


def _editor(
    request: Request,
    cookie: str,
    caller: Caller,
    kind: str,
    text: str,
    own: bool,
    interview_id: Any,
) -> Response:
    now = _now(request)
    with _session(request) as session:
        interviews = _interviews(session, caller)
        chosen = _chosen(interviews, interview_id, now)
        shown = _try(request, session, caller, kind, text, chosen)
        return render(
            request,
            cookie,
            "template.html",
            kind=kind,
            title=KINDS[kind],
            text=text,
            own=own,
            interviews=interviews,
            chosen=chosen,
            shown=shown,
        )


@router.get("/templates/{kind}")
def template_page(
    kind: str, request: Request, cookie: SessionCookie, caller: PageCaller, interview: str = ""
) -> Response:
    text, own = _source(request.app.state.settings, caller, _kind(kind))
    return _editor(request, cookie, caller, kind, text, own, interview)


@router.post("/templates/{kind}")
async def template_action(
    kind: str, request: Request, cookie: CheckedSession, caller: PageCaller
) -> Response:
    """`action`: preview (nothing saved), save (only a template that works), reset."""
    settings: Settings = request.app.state.settings
    own_file, _ = _files(settings, caller, _kind(kind))
    form = await request.form()
    action = form.get("action")
    text = str(form.get("text", ""))[:MAX_TEMPLATE_CHARS].replace("\r\n", "\n")
    interview_id = form.get("interview", "")
    if action == "reset":
        await asyncio.to_thread(own_file.unlink, True)
        _flash(request, cookie, "Back to the bundled template: the next draft uses it.")
        return _see_other(f"/templates/{kind}")
    if action == "save":

        def check() -> Preview:
            with _session(request) as session:
                chosen = _chosen(_interviews(session, caller), interview_id, _now(request))
                return _try(request, session, caller, kind, text, chosen)

        if not (await asyncio.to_thread(check)).error:
            own_file.parent.mkdir(parents=True, exist_ok=True)
            await asyncio.to_thread(own_file.write_text, text, "utf-8")
            _flash(request, cookie, f"Saved to {own_file}: the next draft of this kind uses it.")
            return _see_other(f"/templates/{kind}?interview={interview_id}")
        _flash(request, cookie, "Not saved: the template has a problem (shown below).")
    return await asyncio.to_thread(
        _editor, request, cookie, caller, kind, text, own_file.is_file(), interview_id
    )
