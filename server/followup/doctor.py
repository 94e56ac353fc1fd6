"""`followup doctor --live`: how the person's own Gmail behaves where Google's documentation is
silent or vague, measured with one throwaway draft to themself.

It makes a draft carrying a Message-ID and an X-Followup-Key of ours (as followup's drafts do),
reads it back, times how long until a `rfc822msgid:` search finds it, updates it the way
followup re-drafts, reads it back again, and deletes it, also when a step fails or the person
presses Ctrl-C. It uses followup's own Gmail client, so only followup's scopes (gmail.compose
to make, update and delete the draft; gmail.readonly to read and search), and it never sends.

The same checks run against the sandbox under each of its `GmailBehaviour` switches
(tests/test_doctor.py): the sandbox and a live account are held to one contract.
"""

from __future__ import annotations

import contextlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate

from rich.table import Table

from followup.core.compose import KEY_HEADER
from followup.google.gmail import DraftRef, GmailClient, MessageMeta

SEARCH_BOUND_SECONDS = 30.0
POLL_SECONDS = 0.5
SUBJECT = "followup doctor: a test draft (it deletes itself)"


@dataclass
class Report:
    """What one run saw. `None`: not measured (an earlier step failed or timed out)."""

    message_id_kept_on_create: bool | None = None
    key_kept_on_create: bool | None = None
    searchable_after: float | None = None  # seconds until `rfc822msgid:` found the draft
    search_timed_out: bool = False  # not found within `search_bound`
    found_by_our_message_id: bool | None = None
    id_changes_on_update: bool | None = None
    thread_kept_on_update: bool | None = None
    message_id_kept_on_update: bool | None = None
    key_kept_on_update: bool | None = None
    cleaned_up: bool = False
    search_bound: float = SEARCH_BOUND_SECONDS
    problems: list[str] = field(default_factory=list)

    def failure(self, what: str) -> str:
        """A one-line error for a run that stopped: what happened, and what to do."""
        if self.cleaned_up:
            return f"{what}; the test draft was deleted. Run `followup doctor --live` again."
        return (
            f"{what}; the test draft may still be in your Drafts (subject “{SUBJECT}”): "
            "delete it by hand, then run `followup doctor --live` again"
        )

    def rows(self) -> list[tuple[str, str, str]]:
        """(check, what Gmail did, what it means for followup) for the table."""

        def yes_no(value: bool | None, yes: str = "yes", no: str = "no") -> str:
            return "not measured" if value is None else (yes if value else no)

        if self.searchable_after is not None:
            searchable = f"after {self.searchable_after:.1f} s"
        elif self.search_timed_out:
            searchable = f"not within {self.search_bound:.0f} s"
        else:
            searchable = "not measured"
        replaced = "followup finds its drafts by X-Followup-Key instead"
        by_draft_id = "followup follows its drafts by draft id"
        key_lost = "followup cannot recognise a draft whose create answer was lost"
        return [
            (
                "Message-ID kept on create",
                yes_no(self.message_id_kept_on_create, no="no: Gmail wrote its own"),
                "" if self.message_id_kept_on_create is not False else replaced,
            ),
            (
                "X-Followup-Key kept on create",
                yes_no(self.key_kept_on_create),
                "" if self.key_kept_on_create is not False else key_lost,
            ),
            (
                "draft searchable (rfc822msgid:)",
                searchable,
                "a search right after a create can miss it"
                if self.search_timed_out or (self.searchable_after or 0) > 0
                else "",
            ),
            (
                "found by followup's own Message-ID",
                yes_no(self.found_by_our_message_id),
                "" if self.found_by_our_message_id is not False else replaced,
            ),
            (
                "message id changes on update",
                yes_no(self.id_changes_on_update),
                by_draft_id if self.id_changes_on_update else "",
            ),
            (
                "thread kept on update",
                yes_no(self.thread_kept_on_update, no="no: a new thread"),
                "" if self.thread_kept_on_update is not False else by_draft_id,
            ),
            ("Message-ID kept on update", yes_no(self.message_id_kept_on_update), ""),
            (
                "X-Followup-Key kept on update",
                yes_no(self.key_kept_on_update),
                "" if self.key_kept_on_update is not False else key_lost,
            ),
            ("test draft deleted", "yes" if self.cleaned_up else "NO: delete it by hand", ""),
        ]


def doctor_message(me: str, message_id: str, text: str) -> bytes:
    """A draft to the person themself, shaped like followup's (Message-ID and key header)."""
    message = EmailMessage()
    message["From"] = me
    message["To"] = me
    message["Subject"] = SUBJECT
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = message_id
    message[KEY_HEADER] = message_id
    message.set_content(text)
    return message.as_bytes()


def check_gmail(
    gmail: GmailClient,
    me: str,
    *,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    search_bound: float = SEARCH_BOUND_SECONDS,
    poll: float = POLL_SECONDS,
    report: Report | None = None,
) -> Report:
    """Run the checks; the test draft is deleted whatever happens (errors and Ctrl-C still
    propagate, after the clean-up, with what was measured so far in `report`).

    `sleep` and `clock` are injected so that a test can run the search poll on the sandbox's
    clock instead of waiting."""
    report = report or Report()
    report.search_bound = search_bound
    ours = f"<followup.doctor.{secrets.token_hex(8)}@followup.local>"
    draft: DraftRef | None = None
    before = gmail.history_id()  # to find the draft if the create's answer is lost
    try:
        try:
            draft = gmail.create_draft(doctor_message(me, ours, "Made by followup doctor."), None)
        except BaseException:
            draft = _lost_create(gmail, before, ours)
            raise
        written = clock()
        created = _read(gmail, draft.message_id)
        report.message_id_kept_on_create = created.message_id == ours
        report.key_kept_on_create = created.key == ours
        # Time the search with the Message-ID the draft really has, so that the lag is measured
        # even when Gmail replaced ours; then ask with ours, as followup's "never twice" does.
        report.searchable_after = _time_until_found(
            gmail, created.message_id or ours, sleep, clock, written, search_bound, poll
        )
        report.search_timed_out = report.searchable_after is None
        if report.searchable_after is not None:
            report.found_by_our_message_id = gmail.find_draft(ours) is not None
        # Re-draft in place, as followup's "regenerate" does: same draft, same thread id.
        text = "Made by followup doctor, then updated."
        updated_ref = gmail.update_draft(draft.id, doctor_message(me, ours, text), draft.thread_id)
        updated = _read(gmail, updated_ref.message_id)
        report.id_changes_on_update = updated_ref.message_id != draft.message_id
        report.thread_kept_on_update = updated_ref.thread_id == draft.thread_id
        report.message_id_kept_on_update = updated.message_id == ours
        report.key_kept_on_update = updated.key == ours
    finally:
        if draft is not None:
            gmail.delete_draft(draft.id)
            report.cleaned_up = gmail.draft(draft.id) is None
    return report


def _lost_create(gmail: GmailClient, before: str, ours: str) -> DraftRef | None:
    """The draft a failed create may still have made (an answer lost on the way back): the
    draft added since `before` that carries our key. Best effort: None when it cannot tell."""
    with contextlib.suppress(Exception):
        changes, _latest = gmail.history(before)
        for change in changes:
            if change.kind == "added" and "DRAFT" in change.label_ids:
                meta = gmail.message(change.message_id)
                if meta is not None and meta.key == ours:
                    return gmail.draft_of(change.message_id)
    return None


def _read(gmail: GmailClient, message_id: str) -> MessageMeta:
    meta = gmail.message(message_id)
    if meta is None:
        raise RuntimeError("Gmail lost the test draft's message right after writing it")
    return meta


def _time_until_found(
    gmail: GmailClient,
    message_id: str,
    sleep: Callable[[float], None],
    clock: Callable[[], float],
    started: float,
    bound: float,
    poll: float,
) -> float | None:
    """Seconds from `started` until a `rfc822msgid:` search finds the draft (0.0 when the first
    search does); None if not within `bound`."""
    first = True
    while True:
        if gmail.find_draft(message_id) is not None:
            return 0.0 if first else clock() - started
        if clock() - started >= bound:
            return None
        sleep(poll)
        first = False


def table(report: Report) -> Table:
    """The report as a rich table."""
    view = Table(title="How your Gmail behaves (followup doctor --live)")
    view.add_column("check")
    view.add_column("your Gmail")
    view.add_column("for followup", style="dim")
    for check, seen, meaning in report.rows():
        view.add_row(check, seen, meaning)
    return view
