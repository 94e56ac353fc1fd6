"""Drafts as followup would write them, read without Gmail: the same `drafting.compose` the
tick calls, with the account's profile and templates (a reply's `Re:` subject is not known
here, so the template's own subject is shown)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.parser import BytesParser
from typing import TYPE_CHECKING, cast

from sqlmodel import Session

from followup.config import Settings
from followup.models import Account, FollowUp, FollowUpKind, Interview

if TYPE_CHECKING:
    from followup.core.compose import Composer
    from followup.drafting import Mailbox
    from followup.google.gmail import GmailClient


@dataclass(frozen=True)
class Preview:
    subject: str = ""
    body: str = ""
    warning: str | None = None  # "needs a personal touch" and why
    error: str | None = None  # the template failed: what and where


def _box(
    session: Session,
    settings: Settings,
    account: Account,
    now: datetime,
    composer: Composer | None = None,
) -> Mailbox:
    from followup.drafting import Mailbox, load_profile
    from followup.tick import composer_for

    assert account.id is not None
    # compose() never reads Gmail: a preview needs no connection.
    no_gmail = cast("GmailClient", None)
    return Mailbox(
        no_gmail,
        composer or composer_for(settings, account.id),
        account,
        load_profile(session, account.id),
        now,
    )


def preview(
    session: Session,
    settings: Settings,
    interview: Interview,
    followup: FollowUp,
    now: datetime,
    composer: Composer | None = None,
) -> Preview:
    from followup.core.compose import ComposeError
    from followup.drafting import compose

    if followup.kind is FollowUpKind.nudge or not followup.recipient_email:
        return Preview()
    account = session.get(Account, interview.account_id)
    assert account is not None
    try:
        draft = compose(_box(session, settings, account, now, composer), interview, followup, None)
    except ComposeError as exc:
        return Preview(error=str(exc))
    return Preview(subject=draft.subject, body=draft.body, warning=draft.needs_personal_touch)


def body_of(raw: bytes) -> str:
    message = BytesParser(policy=policy.default).parsebytes(raw)
    part = message.get_body(("plain",))
    return str(part.get_content()) if part is not None else ""


def diff_lines(before: str, after: str) -> list[tuple[str, str]]:
    """(mark, line) pairs: ' ' kept, '-' removed, '+' added."""
    lines: list[tuple[str, str]] = []
    for line in difflib.ndiff(before.splitlines(), after.splitlines()):
        if line[:1] in (" ", "-", "+"):
            lines.append((line[:1], line[2:]))
    return lines
