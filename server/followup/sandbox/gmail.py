"""The sandbox's Gmail v1: one mailbox, drafts, threads, search, history.

Behaviour follows Gmail's documentation where the product depends on it:
- Messages have 16-hex-digit ids; a thread's id is its first message's id.
- A draft or sent message joins a thread only when all three hold (Gmail's rule for
  `Message.threadId`): the request names `threadId`, its In-Reply-To/References name a
  Message-ID in the thread, and its subject matches the thread's (ignoring Re:/Fwd:
  prefixes); otherwise it starts a new thread.
- A draft's message gets a new id on every update, and sending makes a new message with
  a new id (Gmail's guide "Working with drafts"). A draft alone in its thread so changes
  its thread id too.
- Undocumented or lagging behaviour is behind switches (`GmailBehaviour`): whether Gmail
  keeps a client's Message-ID on create and on send, how long search lags a write, and
  whether the web UI moves a draft whose subject was edited to a new thread.
- Incoming (admin-injected) messages without a threadId join the thread their
  In-Reply-To/References point into when the subject matches.
- A raw message without a Message-ID gets one `<...@mail.gmail.com>`; a given one is kept.
- Every change bumps one global historyId and is recorded; `history.list` with a
  `startHistoryId` older than the retained history answers 404.
- `messages.list`/`threads.list`/`drafts.list` hide SPAM and TRASH unless
  `includeSpamTrash`, `labelIds` or the query (`in:trash`, `in:anywhere`...) ask for them.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import formataddr
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

from fastapi import APIRouter, Body, Depends, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from followup.sandbox import mime
from followup.sandbox.deps import AdminUser, Authorized, StateDep, TokenUser
from followup.sandbox.errors import GoogleError, bad_request, not_found
from followup.sandbox.gmail_query import MessageView, QueryError, parse

if TYPE_CHECKING:
    from followup.sandbox.users import SandboxUser

T = TypeVar("T")

FIRST_HISTORY_ID = 1000
DEFAULT_PAGE = 100
MAX_PAGE = 500
FORMATS = ("full", "metadata", "minimal", "raw")
HISTORY_TYPES = {
    "messageAdded": "messagesAdded",
    "messageDeleted": "messagesDeleted",
    "labelAdded": "labelsAdded",
    "labelRemoved": "labelsRemoved",
}
MODIFIABLE_LABELS = frozenset({"INBOX", "SPAM", "TRASH", "UNREAD", "STARRED", "IMPORTANT"})
_PREFIX = re.compile(r"^\s*((re|fwd?|aw|wg|sv|antw)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
NOT_FOUND_MESSAGE = "Requested entity was not found."


def normalized_subject(subject: str) -> str:
    """A subject as threading compares it: no Re:/Fwd: prefixes, spaces collapsed, lower case."""
    return " ".join(_PREFIX.sub("", subject).split()).lower()


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


# Messages ------------------------------------------------------------------


@dataclass
class StoredMessage:
    id: str
    thread_id: str
    raw: bytes
    label_ids: list[str]
    internal_date: int  # ms since the epoch
    history_id: int
    seq: int
    written_at: int = 0  # ms, the sandbox clock when this message was written (search lag)
    send_at: int | None = None  # a scheduled message: ms when it goes out
    _parsed: EmailMessage | None = field(default=None, init=False, repr=False, compare=False)
    _view: MessageView | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def parsed(self) -> EmailMessage:
        if self._parsed is None:
            self._parsed = mime.parse_message(self.raw)
        return self._parsed

    def header(self, name: str) -> str:
        return mime.header_value(self.parsed, name)

    @property
    def message_id(self) -> str:
        """The Message-ID header as written (with angle brackets)."""
        return self.header("Message-ID").strip()

    @property
    def view(self) -> MessageView:
        if self._view is None:
            parsed = self.parsed
            self._view = MessageView(
                subject=self.header("Subject"),
                sender=self.header("From"),
                to=self.header("To"),
                cc=self.header("Cc"),
                bcc=self.header("Bcc"),
                body=mime.body_text(parsed),
                message_id=mime.bare_message_id(self.message_id),
                label_ids=frozenset(self.label_ids),
                internal_date=self.internal_date,
                filenames=tuple(mime.attachment_filenames(parsed)),
            )
        return self._view

    def relabel(self, label_ids: list[str]) -> None:
        self.label_ids = label_ids
        self._view = None

    @property
    def snippet(self) -> str:
        return mime.snippet(self.view.body)

    def sort_key(self) -> tuple[int, ...]:
        return (self.internal_date, self.seq)

    def reference(self) -> dict[str, Any]:
        return {"id": self.id, "threadId": self.thread_id}

    def snapshot(self) -> dict[str, Any]:
        return {"id": self.id, "threadId": self.thread_id, "labelIds": list(self.label_ids)}

    def resource(
        self, fmt: str = "full", metadata_headers: list[str] | None = None
    ) -> dict[str, Any]:
        """The `Message` resource in one of Gmail's formats."""
        result: dict[str, Any] = {
            "id": self.id,
            "threadId": self.thread_id,
            "labelIds": list(self.label_ids),
            "snippet": self.snippet,
            "sizeEstimate": len(self.raw),
            "historyId": str(self.history_id),
            "internalDate": str(self.internal_date),
        }
        if fmt == "raw":
            result["raw"] = mime.encode_base64url(self.raw)
        elif fmt == "metadata":
            result["payload"] = {
                "mimeType": self.parsed.get_content_type(),
                "headers": mime.headers(self.parsed, metadata_headers or None),
            }
        elif fmt == "full":
            result["payload"] = mime.message_part(self.parsed, attachment_id)
        return result

    def dump(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "thread_id": self.thread_id,
            "raw": mime.encode_base64url(self.raw),
            "label_ids": self.label_ids,
            "internal_date": self.internal_date,
            "history_id": self.history_id,
            "seq": self.seq,
            "written_at": self.written_at,
            "send_at": self.send_at,
        }

    @classmethod
    def load(cls, data: dict[str, Any]) -> StoredMessage:
        return cls(
            id=data["id"],
            thread_id=data["thread_id"],
            raw=mime.decode_base64url(data["raw"]),
            label_ids=list(data["label_ids"]),
            internal_date=int(data["internal_date"]),
            history_id=int(data["history_id"]),
            seq=int(data["seq"]),
            written_at=int(data.get("written_at", 0)),
            send_at=data.get("send_at"),
        )


def attachment_id(part_id: str) -> str:
    return "ANGjd" + mime.encode_base64url(f"part:{part_id}".encode()).rstrip("=")


def part_id_of(attachment: str) -> str | None:
    if not attachment.startswith("ANGjd"):
        return None
    try:
        decoded = mime.decode_base64url(attachment[5:]).decode()
    except (mime.MimeError, UnicodeDecodeError):
        return None
    return decoded[5:] if decoded.startswith("part:") else None


def _decode_raw(raw: str | None, field_name: str = "raw") -> bytes:
    if not raw:
        raise bad_request(
            f"Invalid value at '{field_name}': a base64url RFC 5322 message is required"
        )
    try:
        data = mime.decode_base64url(raw, field_name)
        mime.parse_message(data)
    except mime.MimeError as exc:
        raise bad_request(str(exc)) from exc
    return data


def _line_ending(raw: bytes) -> bytes:
    return b"\r\n" if b"\r\n" in raw[:4096] else b"\n"


def _without_header(raw: bytes, name: str) -> bytes:
    """`raw` without the header `name` (its header lines only; the body is untouched)."""
    ending = _line_ending(raw)
    head, sep, body = raw.partition(ending + ending)
    lines = head.split(ending)
    kept: list[bytes] = []
    dropping = False
    for line in lines:
        if line[:1] in (b" ", b"\t"):  # a folded continuation of the header above
            if not dropping:
                kept.append(line)
            continue
        dropping = line.split(b":", 1)[0].strip().lower() == name.lower().encode()
        if not dropping:
            kept.append(line)
    return ending.join(kept) + sep + body


def _with_header(raw: bytes, name: str, value: str) -> bytes:
    """Prepend a header to the raw bytes, keeping everything else byte for byte."""
    return f"{name}: {value}".encode() + _line_ending(raw) + raw


def new_message_id_header() -> str:
    return f"<CA{secrets.token_urlsafe(30)}@mail.gmail.com>"


# Paging --------------------------------------------------------------------


def page_size(max_results: int | None) -> int:
    if max_results is None:
        return DEFAULT_PAGE
    if max_results < 1:
        raise bad_request("Invalid value for maxResults: it must be a positive number")
    return min(max_results, MAX_PAGE)


def paginate(
    items: Sequence[T],
    key: Callable[[T], tuple[int, ...]],
    size: int,
    token: str | None,
    descending: bool = True,
) -> tuple[list[T], str | None]:
    """Keyset paging: the token is the sort key of the last item of the previous page."""
    remaining = list(items)
    if token:
        try:
            after = tuple(int(part) for part in token.split("_"))
        except ValueError as exc:
            raise bad_request(f"Invalid pageToken: {token!r}") from exc
        if descending:
            remaining = [item for item in remaining if key(item) < after]
        else:
            remaining = [item for item in remaining if key(item) > after]
    page = remaining[:size]
    next_token = None
    if len(remaining) > size:
        next_token = "_".join(str(part) for part in key(page[-1]))
    return page, next_token


# The store -------------------------------------------------------------------

MESSAGE_ID_MODES = ("keep", "create", "send", "both")


@dataclass
class GmailBehaviour:
    """Switches for what Google leaves undocumented or what varies in practice.

    - `replace_message_id`: "keep" a client's Message-ID (the default), or replace it with
      Gmail's own on "create" (drafts.create/update), on "send", or "both". Gmail replaces it
      on messages.send (FlowCrypt's reports); for drafts no source says.
    - `search_lag_seconds`: a search (messages.list, threads.list or drafts.list with `q`)
      sees a message only this long after it was written (commonly 2-5 s at Gmail).
    - `rethread_on_subject_edit`: the web UI (the admin `edit` route) moves a draft whose
      subject the person edited to a new thread (seen in practice), instead of keeping it.
    """

    replace_message_id: str = "keep"
    search_lag_seconds: float = 0.0
    rethread_on_subject_edit: bool = False

    def replaces_on(self, moment: str) -> bool:
        return self.replace_message_id in (moment, "both")

    def to_dict(self) -> dict[str, Any]:
        return {
            "replace_message_id": self.replace_message_id,
            "search_lag_seconds": self.search_lag_seconds,
            "rethread_on_subject_edit": self.rethread_on_subject_edit,
        }


@dataclass
class GmailStore:
    messages: dict[str, StoredMessage] = field(default_factory=dict)
    drafts: dict[str, str] = field(default_factory=dict)  # draft id -> message id
    history: list[dict[str, Any]] = field(default_factory=list)  # retained records, oldest first
    counter: int = FIRST_HISTORY_ID
    history_floor: int = FIRST_HISTORY_ID  # a startHistoryId below this answers 404
    seq: int = 0
    behaviour: GmailBehaviour = field(default_factory=GmailBehaviour)

    @property
    def history_id(self) -> int:
        """The mailbox's current historyId."""
        return self.counter

    # Persistence -------------------------------------------------------

    def dump(self) -> dict[str, Any]:
        return {
            "messages": [message.dump() for message in self.messages.values()],
            "drafts": self.drafts,
            "history": self.history,
            "counter": self.counter,
            "history_floor": self.history_floor,
            "seq": self.seq,
            "behaviour": self.behaviour.to_dict(),
        }

    @classmethod
    def load(cls, data: dict[str, Any]) -> GmailStore:
        store = cls()
        for item in data.get("messages", []):
            message = StoredMessage.load(item)
            store.messages[message.id] = message
        store.drafts = dict(data.get("drafts", {}))
        store.history = list(data.get("history", []))
        store.counter = int(data.get("counter", FIRST_HISTORY_ID))
        store.history_floor = int(data.get("history_floor", FIRST_HISTORY_ID))
        store.seq = int(data.get("seq", 0))
        store.behaviour = GmailBehaviour(**data.get("behaviour", {}))
        return store

    def invalidate_tokens(self) -> None:
        """Gmail has no sync tokens to invalidate (history ids are handled by expire_history)."""

    # Lookups -----------------------------------------------------------

    def message(self, message_id: str) -> StoredMessage:
        found = self.messages.get(message_id)
        if found is None:
            raise not_found(NOT_FOUND_MESSAGE)
        return found

    def draft_message(self, draft_id: str) -> StoredMessage:
        message_id = self.drafts.get(draft_id)
        if message_id is None:
            raise not_found(NOT_FOUND_MESSAGE)
        return self.messages[message_id]

    def draft_id_of(self, message_id: str) -> str | None:
        for draft_id, held in self.drafts.items():
            if held == message_id:
                return draft_id
        return None

    def threads(self) -> dict[str, list[StoredMessage]]:
        """Thread id → its messages, oldest first."""
        grouped: dict[str, list[StoredMessage]] = {}
        for message in sorted(self.messages.values(), key=StoredMessage.sort_key):
            grouped.setdefault(message.thread_id, []).append(message)
        return grouped

    def thread(self, thread_id: str) -> list[StoredMessage]:
        messages = self.threads().get(thread_id)
        if not messages:
            raise not_found(NOT_FOUND_MESSAGE)
        return messages

    def find_by_message_id(self, message_id: str) -> list[StoredMessage]:
        bare = mime.bare_message_id(message_id)
        return [m for m in self.messages.values() if mime.bare_message_id(m.message_id) == bare]

    # History -----------------------------------------------------------

    def _record(self, changes: list[dict[str, Any]]) -> int:
        """One mailbox change: bump the historyId, remember what changed."""
        self.counter += 1
        for change in changes:
            held = self.messages.get(change["message"]["id"])
            if held is not None:
                held.history_id = self.counter
        self.history.append({"id": self.counter, "changes": changes})
        return self.counter

    def expire_history(self) -> None:
        """Forget the history before now: older startHistoryIds answer 404 from now on."""
        self.history_floor = self.counter
        self.history.clear()

    def history_since(
        self, start: int, types: list[str] | None = None, label_id: str | None = None
    ) -> list[dict[str, Any]]:
        """`History` resources after `start`, oldest first (404 when `start` is too old)."""
        if start < self.history_floor:
            raise not_found(NOT_FOUND_MESSAGE)
        wanted = set(types or HISTORY_TYPES)
        found = []
        for record in self.history:
            if record["id"] <= start:
                continue
            entry: dict[str, Any] = {"id": str(record["id"])}
            referenced: dict[str, dict[str, Any]] = {}
            for change in record["changes"]:
                if change["type"] not in wanted:
                    continue
                snapshot = change["message"]
                labels = change.get("labelIds")
                if label_id is not None and label_id not in snapshot["labelIds"] + (labels or []):
                    continue
                item: dict[str, Any] = {"message": snapshot}
                if labels is not None:
                    item["labelIds"] = labels
                entry.setdefault(HISTORY_TYPES[change["type"]], []).append(item)
                referenced.setdefault(
                    snapshot["id"], {"id": snapshot["id"], "threadId": snapshot["threadId"]}
                )
            if referenced:
                entry["messages"] = list(referenced.values())
                found.append(entry)
        return found

    # Changes -----------------------------------------------------------

    def _new_id(self, now: datetime) -> str:
        taken = set(self.messages) | {m.thread_id for m in self.messages.values()}
        while True:
            self.seq += 1
            value = ((max(_ms(now), 0) << 20) | (self.seq & 0xFFFFF)) & 0xFFFFFFFFFFFFFFFF
            candidate = f"{value:016x}"
            if candidate not in taken:
                return candidate

    def _new_draft_id(self) -> str:
        while True:
            candidate = f"r{secrets.randbelow(9 * 10**18) + 10**18}"
            if candidate not in self.drafts:
                return candidate

    def _ensure_message_id(self, raw: bytes) -> bytes:
        parsed = mime.parse_message(raw)
        if not mime.has_header(parsed, "Message-ID"):
            return _with_header(raw, "Message-ID", new_message_id_header())
        return raw

    def _reply_thread(self, raw: bytes, thread_id: str | None) -> str | None:
        """The thread a draft or sent message joins: the named one, if it is a reply to it."""
        if not thread_id:
            return None
        thread = self.threads().get(thread_id)
        if not thread:
            raise not_found(f"Invalid thread_id value: {thread_id}")
        parsed = mime.parse_message(raw)
        named = {
            mime.bare_message_id(ref)
            for header in ("In-Reply-To", "References")
            for ref in mime.message_ids(mime.header_value(parsed, header))
        }
        in_thread = {mime.bare_message_id(m.message_id) for m in thread if m.message_id}
        subject = normalized_subject(mime.header_value(parsed, "Subject"))
        thread_subject = normalized_subject(thread[0].header("Subject"))
        if named & in_thread and subject == thread_subject:
            return thread_id
        return None

    def _referenced_thread(self, raw: bytes) -> str | None:
        """For incoming mail: the thread its In-Reply-To/References point into (same subject)."""
        parsed = mime.parse_message(raw)
        refs = mime.message_ids(mime.header_value(parsed, "References"))
        refs += mime.message_ids(mime.header_value(parsed, "In-Reply-To"))
        subject = normalized_subject(mime.header_value(parsed, "Subject"))
        threads = self.threads()
        for ref in reversed(refs):
            for message in self.find_by_message_id(ref):
                first = threads[message.thread_id][0]
                if normalized_subject(first.header("Subject")) == subject:
                    return message.thread_id
        return None

    def _insert(
        self,
        raw: bytes,
        label_ids: list[str],
        now: datetime,
        thread_id: str | None,
        internal_date: int | None = None,
        *,
        own_message_id: bool = False,
    ) -> StoredMessage:
        """Store a message. `own_message_id`: Gmail writes its own Message-ID over the
        client's (the `replace_message_id` switch)."""
        if own_message_id:
            # Gmail's own id is random; here it is derived from what it replaces, so that two
            # runs of one script hold the same ids and can be compared.
            given = mime.header_value(mime.parse_message(raw), "Message-ID") or raw.decode(
                "latin-1"
            )
            digest = hashlib.sha256(given.encode("utf-8", "replace")).hexdigest()[:40]
            raw = _with_header(_without_header(raw, "Message-ID"), "Message-ID",
                               f"<CA{digest}@mail.gmail.com>")  # fmt: skip
        raw = self._ensure_message_id(raw)
        message_id = self._new_id(now)
        message = StoredMessage(
            id=message_id,
            thread_id=thread_id or message_id,
            raw=raw,
            label_ids=list(dict.fromkeys(label_ids)),
            internal_date=_ms(now) if internal_date is None else internal_date,
            history_id=self.counter,
            seq=self.seq,
            written_at=_ms(now),
        )
        self.messages[message.id] = message
        return message

    def add_message(
        self,
        raw: bytes,
        label_ids: list[str],
        now: datetime,
        thread_id: str | None = None,
        *,
        internal_date: int | None = None,
    ) -> dict[str, Any]:
        """Mail arriving (or appearing) in the mailbox, as an admin injects it: the `Message`.

        With `thread_id` it joins that thread; without, it joins the thread its
        In-Reply-To/References point into when the subject matches.
        """
        try:
            mime.parse_message(raw)
        except mime.MimeError as exc:
            raise bad_request(str(exc)) from exc
        if thread_id is not None:
            self.thread(thread_id)
        else:
            thread_id = self._referenced_thread(raw)
        message = self._insert(raw, label_ids, now, thread_id, internal_date)
        self._record([{"type": "messageAdded", "message": message.snapshot()}])
        if "DRAFT" in message.label_ids:
            self.drafts[self._new_draft_id()] = message.id
        return message.resource()

    def create_draft(self, raw: bytes, thread_id: str | None, now: datetime) -> dict[str, Any]:
        joined = self._reply_thread(raw, thread_id)
        replace = self.behaviour.replaces_on("create")
        message = self._insert(raw, ["DRAFT"], now, joined, own_message_id=replace)
        self._record([{"type": "messageAdded", "message": message.snapshot()}])
        draft_id = self._new_draft_id()
        self.drafts[draft_id] = message.id
        return self.draft_resource(draft_id, "minimal")

    def update_draft(
        self, draft_id: str, raw: bytes, thread_id: str | None, now: datetime
    ) -> dict[str, Any]:
        old = self.draft_message(draft_id)
        joined = self._reply_thread(raw, thread_id)
        replace = self.behaviour.replaces_on("create")
        message = self._insert(raw, ["DRAFT"], now, joined, own_message_id=replace)
        self._replace_draft_message(draft_id, old, message)
        return self.draft_resource(draft_id, "minimal")

    def _replace_draft_message(
        self, draft_id: str, old: StoredMessage, message: StoredMessage
    ) -> None:
        del self.messages[old.id]
        self.drafts[draft_id] = message.id
        self._record(
            [
                {"type": "messageDeleted", "message": old.snapshot()},
                {"type": "messageAdded", "message": message.snapshot()},
            ]
        )

    def edit_in_web_ui(
        self, draft_id: str, now: datetime, subject: str | None, text: str | None
    ) -> dict[str, Any]:
        """What the person editing a draft in Gmail's web UI does: a new message id, and with
        `rethread_on_subject_edit`, an edited subject moves the draft to a new thread."""
        old = self.draft_message(draft_id)
        parsed = mime.parse_message(old.raw)
        if subject is not None:
            del parsed["Subject"]
            parsed["Subject"] = subject
        if text is not None:
            part = parsed.get_body(("plain",)) if parsed.is_multipart() else parsed
            if part is None:
                raise bad_request("The draft has no plain-text part to edit")
            part.set_content(text)
        raw = parsed.as_bytes()
        edited = normalized_subject(mime.header_value(parsed, "Subject")) != normalized_subject(
            old.header("Subject")
        )
        thread = None if edited and self.behaviour.rethread_on_subject_edit else old.thread_id
        if thread == old.thread_id and len(self.thread(old.thread_id)) == 1:
            thread = None  # alone in its thread: the thread goes with the old message
        message = self._insert(raw, ["DRAFT"], now, thread)
        self._replace_draft_message(draft_id, old, message)
        return self.draft_resource(draft_id, "minimal")

    def delete_draft(self, draft_id: str) -> None:
        message = self.draft_message(draft_id)
        del self.drafts[draft_id]
        del self.messages[message.id]
        self._record([{"type": "messageDeleted", "message": message.snapshot()}])

    def send_draft(self, draft_id: str, now: datetime, sender: str) -> dict[str, Any]:
        """What pressing Send does: DRAFT becomes SENT, the draft is gone, the message stays."""
        draft = self.draft_message(draft_id)
        del self.drafts[draft_id]
        return self._send_as_new(draft, now, sender, ["SENT"]).resource("minimal")

    def _send_as_new(
        self, old: StoredMessage, now: datetime, sender: str, labels: list[str]
    ) -> StoredMessage:
        """The message goes out as a new message with a new id, in the same thread (the old
        one is deleted): what sending a draft, or a scheduled send, does at Gmail."""
        raw = old.raw
        if not mime.has_header(old.parsed, "From"):
            raw = _with_header(raw, "From", sender)
        kept = [label for label in old.label_ids if label not in ("DRAFT", "SCHEDULED", "SENT")]
        thread = old.thread_id if len(self.thread(old.thread_id)) > 1 else None
        del self.messages[old.id]
        replace = self.behaviour.replaces_on("send")
        message = self._insert(raw, kept + labels, now, thread, own_message_id=replace)
        self._record(
            [
                {"type": "messageDeleted", "message": old.snapshot()},
                {"type": "messageAdded", "message": message.snapshot()},
            ]
        )
        return message

    def schedule_draft(
        self, draft_id: str, now: datetime, send_at: datetime, sender: str
    ) -> dict[str, Any]:
        """Scheduled send (Gmail's web UI): the draft leaves Drafts now, as a new message
        labelled SCHEDULED; at `send_at` it goes out (`release_scheduled`)."""
        draft = self.draft_message(draft_id)
        del self.drafts[draft_id]
        message = self._send_as_new(draft, now, sender, ["SCHEDULED"])
        message.send_at = _ms(send_at)
        return message.resource("minimal")

    def release_scheduled(self, now: datetime, sender: str) -> None:
        """Send what was scheduled for now or earlier (called before every Gmail request)."""
        due = [m for m in self.messages.values() if m.send_at is not None and m.send_at <= _ms(now)]
        for message in sorted(due, key=StoredMessage.sort_key):
            self._send_as_new(message, now, sender, ["SENT"])

    def send_message(
        self, raw: bytes, thread_id: str | None, now: datetime, sender: str
    ) -> dict[str, Any]:
        if not mime.has_header(mime.parse_message(raw), "From"):
            raw = _with_header(raw, "From", sender)
        joined = self._reply_thread(raw, thread_id)
        replace = self.behaviour.replaces_on("send")
        message = self._insert(raw, ["SENT"], now, joined, own_message_id=replace)
        self._record([{"type": "messageAdded", "message": message.snapshot()}])
        return message.resource("minimal")

    def modify(self, message_id: str, add: list[str], remove: list[str]) -> dict[str, Any]:
        message = self.message(message_id)
        for label in [*add, *remove]:
            if label not in MODIFIABLE_LABELS:
                raise bad_request(f"Invalid label: {label}")
        added = [label for label in dict.fromkeys(add) if label not in message.label_ids]
        removed = [label for label in dict.fromkeys(remove) if label in message.label_ids]
        if added or removed:
            labels = [label for label in message.label_ids if label not in removed] + added
            message.relabel(labels)
            snapshot = message.snapshot()
            changes = []
            if added:
                changes.append({"type": "labelAdded", "message": snapshot, "labelIds": added})
            if removed:
                changes.append({"type": "labelRemoved", "message": snapshot, "labelIds": removed})
            self._record(changes)
        return message.resource("minimal")

    def delete_message(self, message_id: str) -> None:
        message = self.message(message_id)
        draft_id = self.draft_id_of(message_id)
        if draft_id is not None:
            del self.drafts[draft_id]
        del self.messages[message_id]
        self._record([{"type": "messageDeleted", "message": message.snapshot()}])

    # Queries -----------------------------------------------------------

    def search(
        self,
        q: str | None,
        label_ids: list[str] | None,
        include_spam_trash: bool,
        now: datetime,
    ) -> list[StoredMessage]:
        """Matching messages, newest first."""
        try:
            query = parse(q)
        except QueryError as exc:
            raise bad_request(f"Invalid search query {q!r}: {exc}") from exc
        wanted = [label for label in (label_ids or []) if label]
        found = []
        lag = self.behaviour.search_lag_seconds if q else 0.0
        seen_before = _ms(now) - int(lag * 1000)
        for message in self.messages.values():
            if lag and message.written_at > seen_before:
                continue  # not yet in the search index
            labels = set(message.label_ids)
            if not all(label in labels for label in wanted):
                continue
            if not include_spam_trash and any(
                hidden in labels and hidden not in wanted and not query.names_label(hidden)
                for hidden in ("SPAM", "TRASH")
            ):
                continue
            if query.matches(message.view, now):
                found.append(message)
        found.sort(key=StoredMessage.sort_key, reverse=True)
        return found

    def draft_resource(
        self, draft_id: str, fmt: str = "full", metadata_headers: list[str] | None = None
    ) -> dict[str, Any]:
        message = self.draft_message(draft_id)
        return {"id": draft_id, "message": message.resource(fmt, metadata_headers)}

    def thread_resource(
        self, thread_id: str, fmt: str = "full", metadata_headers: list[str] | None = None
    ) -> dict[str, Any]:
        messages = self.thread(thread_id)
        return {
            "id": thread_id,
            "snippet": messages[-1].snippet,
            "historyId": str(max(m.history_id for m in messages)),
            "messages": [m.resource(fmt, metadata_headers) for m in messages],
        }

    def profile(self, email: str) -> dict[str, Any]:
        return {
            "emailAddress": email,
            "messagesTotal": len(self.messages),
            "threadsTotal": len(self.threads()),
            "historyId": str(self.counter),
        }

    def mailbox_view(self) -> dict[str, Any]:
        """The mailbox for the sandbox's web page: drafts, and threads newest first."""
        drafts_by_message = {message_id: draft_id for draft_id, message_id in self.drafts.items()}

        def summary(message: StoredMessage) -> dict[str, Any]:
            return {
                "id": message.id,
                "threadId": message.thread_id,
                "labelIds": list(message.label_ids),
                "from": message.header("From"),
                "to": message.header("To"),
                "subject": message.header("Subject"),
                "date": datetime.fromtimestamp(message.internal_date / 1000, UTC).isoformat(),
                "snippet": html.unescape(message.snippet),
                "message_id": message.message_id,
                "key": message.header("X-Followup-Key"),  # followup's own name for a draft
                "is_draft": message.id in drafts_by_message,
                "draft_id": drafts_by_message.get(message.id),
            }

        drafts = sorted(
            ((draft_id, self.messages[message_id]) for draft_id, message_id in self.drafts.items()),
            key=lambda pair: pair[1].sort_key(),
            reverse=True,
        )
        threads = sorted(
            self.threads().items(), key=lambda item: item[1][-1].sort_key(), reverse=True
        )
        return {
            "drafts": [
                {"id": draft_id, "message": summary(message)} for draft_id, message in drafts
            ],
            "threads": [
                {
                    "id": thread_id,
                    "subject": messages[0].header("Subject"),
                    "messages": [summary(message) for message in messages],
                }
                for thread_id, messages in threads
            ],
        }


# API -----------------------------------------------------------------------


def _release_scheduled(state: StateDep, user: TokenUser) -> None:
    """Scheduled sends whose time has come go out before any Gmail request is answered."""
    user.gmail.release_scheduled(state.now(), sender_of(user))


router = APIRouter(tags=["gmail"], dependencies=[Authorized, Depends(_release_scheduled)])
upload_router = APIRouter(tags=["gmail"], dependencies=[Authorized])
admin_router = APIRouter(tags=["admin"])

Repeated = Annotated[list[str] | None, Query()]


class MessageIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    raw: str | None = None
    threadId: str | None = None
    labelIds: list[str] | None = None


class DraftIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str | None = None
    message: MessageIn | None = None


class ModifyIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    addLabelIds: list[str] = []
    removeLabelIds: list[str] = []


def check_user(user_id: str, user: SandboxUser) -> None:
    """`me` or the token user's own address; another address is Google's 403."""
    if user_id == "me" or user_id.lower() == user.email.lower():
        return
    if "@" in user_id:
        raise GoogleError(403, f"Delegation denied for {user.email}", "forbidden")
    raise GoogleError(
        400, "Invalid user id specified in request/Delegation denied", "invalidArgument"
    )


def check_format(fmt: str, allowed: tuple[str, ...] = FORMATS) -> str:
    if fmt not in allowed:
        raise bad_request(f"Invalid value for format: {fmt!r} (one of: {', '.join(allowed)})")
    return fmt


def sender_of(user: SandboxUser) -> str:
    """The From Gmail writes on mail sent without one (names quoted or encoded as needed)."""
    return formataddr((user.name, user.email))


def _draft_raw(body: DraftIn) -> tuple[bytes, str | None]:
    if body.message is None or not body.message.raw:
        raise bad_request("Invalid draft: message.raw is required (a base64url RFC 5322 message)")
    return _decode_raw(body.message.raw, "draft.message.raw"), body.message.threadId


@router.get("/users/{userId}/profile")
async def get_profile(userId: str, user: TokenUser) -> dict[str, Any]:
    check_user(userId, user)
    return user.gmail.profile(user.email)


@router.post("/users/{userId}/drafts")
async def create_draft(
    userId: str, state: StateDep, user: TokenUser, body: DraftIn
) -> dict[str, Any]:
    check_user(userId, user)
    raw, thread_id = _draft_raw(body)
    return user.gmail.create_draft(raw, thread_id, state.now())


@router.get("/users/{userId}/drafts")
async def list_drafts(
    userId: str,
    state: StateDep,
    user: TokenUser,
    q: str | None = None,
    maxResults: int | None = None,
    pageToken: str | None = None,
    includeSpamTrash: bool = False,
) -> dict[str, Any]:
    check_user(userId, user)
    store = user.gmail
    drafted = {message_id: draft_id for draft_id, message_id in store.drafts.items()}
    found = [m for m in store.search(q, None, includeSpamTrash, state.now()) if m.id in drafted]
    page, token = paginate(found, StoredMessage.sort_key, page_size(maxResults), pageToken)
    result: dict[str, Any] = {}
    if page:
        result["drafts"] = [{"id": drafted[m.id], "message": m.reference()} for m in page]
    if token:
        result["nextPageToken"] = token
    result["resultSizeEstimate"] = len(found)
    return result


@router.post("/users/{userId}/drafts/send")
async def send_draft(
    userId: str, state: StateDep, user: TokenUser, body: DraftIn
) -> dict[str, Any]:
    check_user(userId, user)
    return _send_draft(state, user, body)


def _send_draft(state: Any, user: SandboxUser, body: DraftIn) -> dict[str, Any]:
    store = user.gmail
    if not body.id:
        raise bad_request("Invalid draft: the draft's id is required to send it")
    store.draft_message(body.id)
    if body.message is not None and body.message.raw:
        raw, thread_id = _draft_raw(body)
        store.update_draft(body.id, raw, thread_id, state.now())
    return store.send_draft(body.id, state.now(), sender_of(user))


@router.get("/users/{userId}/drafts/{draftId}")
async def get_draft(
    userId: str,
    draftId: str,
    user: TokenUser,
    format: str = "full",
) -> dict[str, Any]:
    check_user(userId, user)
    return user.gmail.draft_resource(draftId, check_format(format))


@router.put("/users/{userId}/drafts/{draftId}")
async def update_draft(
    userId: str,
    draftId: str,
    state: StateDep,
    user: TokenUser,
    body: DraftIn,
) -> dict[str, Any]:
    check_user(userId, user)
    user.gmail.draft_message(draftId)
    raw, thread_id = _draft_raw(body)
    return user.gmail.update_draft(draftId, raw, thread_id, state.now())


@router.delete("/users/{userId}/drafts/{draftId}", status_code=204)
async def delete_draft(userId: str, draftId: str, user: TokenUser) -> Response:
    check_user(userId, user)
    user.gmail.delete_draft(draftId)
    return Response(status_code=204)


@router.get("/users/{userId}/messages")
async def list_messages(
    userId: str,
    state: StateDep,
    user: TokenUser,
    q: str | None = None,
    labelIds: Repeated = None,
    maxResults: int | None = None,
    pageToken: str | None = None,
    includeSpamTrash: bool = False,
) -> dict[str, Any]:
    check_user(userId, user)
    found = user.gmail.search(q, labelIds, includeSpamTrash, state.now())
    page, token = paginate(found, StoredMessage.sort_key, page_size(maxResults), pageToken)
    result: dict[str, Any] = {}
    if page:
        result["messages"] = [m.reference() for m in page]
    if token:
        result["nextPageToken"] = token
    result["resultSizeEstimate"] = len(found)
    return result


@router.post("/users/{userId}/messages/send")
async def send_message(
    userId: str, state: StateDep, user: TokenUser, body: MessageIn
) -> dict[str, Any]:
    check_user(userId, user)
    raw = _decode_raw(body.raw)
    return user.gmail.send_message(raw, body.threadId, state.now(), sender_of(user))


@router.get("/users/{userId}/messages/{messageId}")
async def get_message(
    userId: str,
    messageId: str,
    user: TokenUser,
    format: str = "full",
    metadataHeaders: Repeated = None,
) -> dict[str, Any]:
    check_user(userId, user)
    return user.gmail.message(messageId).resource(check_format(format), metadataHeaders)


@router.get("/users/{userId}/messages/{messageId}/attachments/{attachmentId}")
async def get_attachment(
    userId: str,
    messageId: str,
    attachmentId: str,
    user: TokenUser,
) -> dict[str, Any]:
    check_user(userId, user)
    message = user.gmail.message(messageId)
    part_id = part_id_of(attachmentId)
    part = mime.find_part(message.parsed, part_id) if part_id is not None else None
    if part is None:
        raise not_found(NOT_FOUND_MESSAGE)
    data = mime.part_bytes(part)
    return {"attachmentId": attachmentId, "size": len(data), "data": mime.encode_base64url(data)}


@router.post("/users/{userId}/messages/{messageId}/modify")
async def modify_message(
    userId: str,
    messageId: str,
    user: TokenUser,
    body: ModifyIn,
) -> dict[str, Any]:
    check_user(userId, user)
    return user.gmail.modify(messageId, body.addLabelIds, body.removeLabelIds)


@router.post("/users/{userId}/messages/{messageId}/trash")
async def trash_message(userId: str, messageId: str, user: TokenUser) -> dict[str, Any]:
    check_user(userId, user)
    return user.gmail.modify(messageId, ["TRASH"], [])


@router.post("/users/{userId}/messages/{messageId}/untrash")
async def untrash_message(userId: str, messageId: str, user: TokenUser) -> dict[str, Any]:
    check_user(userId, user)
    return user.gmail.modify(messageId, [], ["TRASH"])


@router.delete("/users/{userId}/messages/{messageId}", status_code=204)
async def delete_message(userId: str, messageId: str, user: TokenUser) -> Response:
    check_user(userId, user)
    user.gmail.delete_message(messageId)
    return Response(status_code=204)


@router.get("/users/{userId}/threads")
async def list_threads(
    userId: str,
    state: StateDep,
    user: TokenUser,
    q: str | None = None,
    labelIds: Repeated = None,
    maxResults: int | None = None,
    pageToken: str | None = None,
    includeSpamTrash: bool = False,
) -> dict[str, Any]:
    check_user(userId, user)
    store = user.gmail
    matching = {m.thread_id for m in store.search(q, labelIds, includeSpamTrash, state.now())}
    threads = [(tid, msgs) for tid, msgs in store.threads().items() if tid in matching]
    threads.sort(key=lambda item: item[1][-1].sort_key(), reverse=True)
    page, token = paginate(
        threads, lambda item: item[1][-1].sort_key(), page_size(maxResults), pageToken
    )
    result: dict[str, Any] = {}
    if page:
        result["threads"] = [
            {
                "id": tid,
                "snippet": msgs[-1].snippet,
                "historyId": str(max(m.history_id for m in msgs)),
            }
            for tid, msgs in page
        ]
    if token:
        result["nextPageToken"] = token
    result["resultSizeEstimate"] = len(threads)
    return result


@router.get("/users/{userId}/threads/{threadId}")
async def get_thread(
    userId: str,
    threadId: str,
    user: TokenUser,
    format: str = "full",
    metadataHeaders: Repeated = None,
) -> dict[str, Any]:
    check_user(userId, user)
    fmt = check_format(format, ("full", "metadata", "minimal"))
    return user.gmail.thread_resource(threadId, fmt, metadataHeaders)


@router.get("/users/{userId}/history")
async def list_history(
    userId: str,
    user: TokenUser,
    startHistoryId: str | None = None,
    historyTypes: Repeated = None,
    labelId: str | None = None,
    maxResults: int | None = None,
    pageToken: str | None = None,
) -> dict[str, Any]:
    check_user(userId, user)
    if not startHistoryId:
        raise bad_request("Required parameter: startHistoryId")
    if not startHistoryId.isdigit():
        raise bad_request(f"Invalid value for startHistoryId: {startHistoryId!r}")
    for kind in historyTypes or []:
        if kind not in HISTORY_TYPES:
            raise bad_request(
                f"Invalid value for historyTypes: {kind!r} (one of: {', '.join(HISTORY_TYPES)})"
            )
    store = user.gmail
    records = store.history_since(int(startHistoryId), historyTypes, labelId)
    page, token = paginate(
        records, lambda r: (int(r["id"]),), page_size(maxResults), pageToken, descending=False
    )
    result: dict[str, Any] = {}
    if page:
        result["history"] = page
    if token:
        result["nextPageToken"] = token
    result["historyId"] = str(store.history_id)
    return result


# Media uploads (`/upload/gmail/v1/...?uploadType=media|multipart`) ------------


def _split_multipart(content_type: str, body: bytes) -> list[tuple[str, bytes]]:
    """The parts of a multipart/related upload as (content type, bytes), exactly as sent."""
    match = re.search(r'boundary="?([^";]+)"?', content_type)
    if not match:
        raise bad_request("Invalid multipart upload: no boundary in Content-Type")
    delimiter = b"--" + match[1].encode()
    parts = []
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break
        chunk = chunk.removeprefix(b"\r\n").removeprefix(b"\n")
        head, separator, content = chunk.partition(b"\r\n\r\n")
        if not separator:
            head, separator, content = chunk.partition(b"\n\n")
        if content.endswith(b"\r\n"):
            content = content[:-2]
        elif content.endswith(b"\n"):
            content = content[:-1]
        kind = "application/octet-stream"
        for line in head.decode("latin-1").splitlines():
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-type":
                kind = value.strip()
        parts.append((kind, content))
    return parts


async def _upload(request: Request) -> tuple[dict[str, Any], bytes]:
    """(JSON metadata, raw message) of an upload request."""
    upload_type = request.query_params.get("uploadType", "")
    body = await request.body()
    content_type = request.headers.get("content-type", "")
    if upload_type == "media":
        metadata: dict[str, Any] = {}
        raw = body
    elif upload_type == "multipart":
        parts = _split_multipart(content_type, body)
        if len(parts) != 2:
            raise bad_request("Invalid multipart upload: expected JSON metadata and one media part")
        try:
            metadata = json.loads(parts[0][1] or b"{}")
        except ValueError as exc:
            raise bad_request("Invalid multipart upload: the metadata part is not JSON") from exc
        raw = parts[1][1]
    else:
        raise bad_request(f"Invalid uploadType: {upload_type!r} (use media or multipart)")
    try:
        mime.parse_message(raw)
    except mime.MimeError as exc:
        raise bad_request(str(exc)) from exc
    return metadata, raw


def _metadata_thread(metadata: Any) -> str | None:
    if not isinstance(metadata, dict):
        return None
    message = metadata.get("message") if "message" in metadata else metadata
    thread = message.get("threadId") if isinstance(message, dict) else None
    return str(thread) if thread else None


@upload_router.post("/users/{userId}/drafts")
async def upload_create_draft(
    userId: str, request: Request, state: StateDep, user: TokenUser
) -> dict[str, Any]:
    check_user(userId, user)
    metadata, raw = await _upload(request)
    return user.gmail.create_draft(raw, _metadata_thread(metadata), state.now())


@upload_router.put("/users/{userId}/drafts/{draftId}")
async def upload_update_draft(
    userId: str,
    draftId: str,
    request: Request,
    state: StateDep,
    user: TokenUser,
) -> dict[str, Any]:
    check_user(userId, user)
    metadata, raw = await _upload(request)
    user.gmail.draft_message(draftId)
    return user.gmail.update_draft(draftId, raw, _metadata_thread(metadata), state.now())


@upload_router.post("/users/{userId}/messages/send")
async def upload_send_message(
    userId: str, request: Request, state: StateDep, user: TokenUser
) -> dict[str, Any]:
    check_user(userId, user)
    metadata, raw = await _upload(request)
    return user.gmail.send_message(raw, _metadata_thread(metadata), state.now(), sender_of(user))


# Admin ---------------------------------------------------------------------


class InjectIn(BaseModel):
    raw: str
    labelIds: list[str] | None = None
    threadId: str | None = None
    internalDate: int | None = None


@admin_router.post("/messages")
async def inject_message(
    state: StateDep, user: AdminUser, body: Annotated[InjectIn, Body()]
) -> dict[str, Any]:
    """A message arrives (INBOX + UNREAD by default) or appears (e.g. `["SENT"]`)."""
    raw = _decode_raw(body.raw)
    labels = body.labelIds if body.labelIds is not None else ["INBOX", "UNREAD"]
    return user.gmail.add_message(
        raw, labels, state.now(), body.threadId, internal_date=body.internalDate
    )


@admin_router.post("/expire-history")
async def expire_history(user: AdminUser) -> dict[str, Any]:
    """History before now is no longer retained: older startHistoryIds answer 404."""
    user.gmail.expire_history()
    return {"historyId": str(user.gmail.history_id)}


@admin_router.get("/mailbox")
async def mailbox(user: AdminUser) -> dict[str, Any]:
    return user.gmail.mailbox_view()


class BehaviourIn(BaseModel):
    replace_message_id: str | None = None
    search_lag_seconds: float | None = Field(default=None, ge=0, le=600)
    rethread_on_subject_edit: bool | None = None


@admin_router.get("/behaviour")
async def get_behaviour(user: AdminUser) -> dict[str, Any]:
    return user.gmail.behaviour.to_dict()


@admin_router.post("/behaviour")
async def set_behaviour(user: AdminUser, body: BehaviourIn) -> dict[str, Any]:
    """Switch Gmail's undocumented or lagging behaviour (see `GmailBehaviour`); fields left
    out keep their value."""
    behaviour = user.gmail.behaviour
    if body.replace_message_id is not None:
        if body.replace_message_id not in MESSAGE_ID_MODES:
            raise bad_request(f"replace_message_id must be one of {', '.join(MESSAGE_ID_MODES)}")
        behaviour.replace_message_id = body.replace_message_id
    if body.search_lag_seconds is not None:
        behaviour.search_lag_seconds = body.search_lag_seconds
    if body.rethread_on_subject_edit is not None:
        behaviour.rethread_on_subject_edit = body.rethread_on_subject_edit
    return behaviour.to_dict()


class EditIn(BaseModel):
    subject: str | None = Field(default=None, max_length=2000)
    text: str | None = Field(default=None, max_length=100_000)


@admin_router.post("/drafts/{draftId}/edit")
async def edit_draft(
    draftId: str, state: StateDep, user: AdminUser, body: EditIn
) -> dict[str, Any]:
    """The person edits the draft in Gmail's web UI (subject and/or plain text)."""
    return user.gmail.edit_in_web_ui(draftId, state.now(), body.subject, body.text)


class ScheduleIn(BaseModel):
    send_at: datetime


@admin_router.post("/drafts/{draftId}/schedule")
async def schedule_draft(
    draftId: str, state: StateDep, user: AdminUser, body: ScheduleIn
) -> dict[str, Any]:
    """The person schedules the draft's sending in Gmail's web UI."""
    send_at = body.send_at if body.send_at.tzinfo else body.send_at.replace(tzinfo=UTC)
    return user.gmail.schedule_draft(draftId, state.now(), send_at, sender_of(user))


@admin_router.post("/drafts/{draftId}/send")
async def send_from_web_ui(draftId: str, state: StateDep, user: AdminUser) -> dict[str, Any]:
    """The person presses Send in Gmail's web UI."""
    return user.gmail.send_draft(draftId, state.now(), sender_of(user))
