"""Gmail at the edge: the few calls followup makes, returning the project's own types.

Reads are retried on 429/5xx/connection errors (google/services.py). Writes are not: a
retried `drafts.create` whose first response was lost makes a second draft, so creation is
made idempotent one level up (a deterministic Message-ID, looked for before creating).
"""

from __future__ import annotations

import base64
import contextlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy as email_policy
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parseaddr
from typing import Any, Protocol

from googleapiclient.errors import HttpError

METADATA_HEADERS = (
    "From",
    "To",
    "Cc",
    "Subject",
    "Message-ID",
    "References",
    "In-Reply-To",
    "X-Followup-Key",
)


class HistoryExpired(Exception):
    """Gmail answered 404 to `history.list`: the saved historyId is too old."""


@dataclass(frozen=True, slots=True)
class MessageMeta:
    id: str
    thread_id: str
    label_ids: frozenset[str]
    internal_date: datetime
    sender: str  # the From address, lower-case ("" when missing)
    sender_name: str
    recipients: tuple[str, ...]  # To and Cc addresses, lower-case
    subject: str
    message_id: str  # the Message-ID header as written
    references: str  # References, else In-Reply-To
    key: str = ""  # our X-Followup-Key header: the Message-ID we gave it, whatever Gmail did

    @property
    def is_draft(self) -> bool:
        return "DRAFT" in self.label_ids

    @property
    def is_sent(self) -> bool:
        return "SENT" in self.label_ids


@dataclass(frozen=True, slots=True)
class DraftRef:
    id: str
    message_id: str  # Gmail's id of the draft's current message (it changes on every edit)
    thread_id: str


@dataclass(frozen=True, slots=True)
class HistoryChange:
    message_id: str
    thread_id: str
    label_ids: frozenset[str]  # the message's labels when the change was recorded
    kind: str  # "added", "deleted", "labelAdded", "labelRemoved"
    labels: frozenset[str] = frozenset()  # for label changes: which labels


class GmailClient(Protocol):
    def history_id(self) -> str: ...
    def history(self, start: str) -> tuple[list[HistoryChange], str]: ...
    def search(self, query: str, limit: int = 10) -> list[tuple[str, str]]: ...
    def message(self, message_id: str) -> MessageMeta | None: ...
    def message_full(self, message_id: str) -> tuple[MessageMeta, bytes] | None: ...
    def thread(self, thread_id: str) -> list[MessageMeta]: ...
    def find_draft(self, rfc822_message_id: str) -> DraftRef | None: ...
    def draft(self, draft_id: str) -> DraftRef | None: ...
    def draft_of(self, message_id: str) -> DraftRef | None: ...
    def create_draft(self, raw: bytes, thread_id: str | None) -> DraftRef: ...
    def update_draft(self, draft_id: str, raw: bytes, thread_id: str | None) -> DraftRef: ...
    def delete_draft(self, draft_id: str) -> None: ...


def _raw(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def _not_found(exc: HttpError) -> bool:
    return int(exc.resp.status) == 404


def _read_or_none(request: Any) -> dict[str, Any] | None:
    """Execute a read (retried on 429/5xx); None when Google answers 404 (it is gone)."""
    try:
        resource: dict[str, Any] = request.execute()
    except HttpError as exc:
        if _not_found(exc):
            return None
        raise
    return resource


def _headers(payload: dict[str, Any]) -> dict[str, str]:
    found: dict[str, str] = {}
    for header in payload.get("headers", []) or []:
        name = str(header.get("name", "")).lower()
        if name and name not in found:
            found[name] = str(header.get("value", ""))
    return found


def _header_text(value: Any) -> str:
    """A header's text: encoded words decoded when they decode, on one line."""
    text = str(value)
    with contextlib.suppress(ValueError, LookupError, UnicodeError, HeaderParseError):
        text = str(make_header(decode_header(text)))
    return " ".join(text.split())


def _addresses(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(addr.lower() for _, addr in getaddresses(list(values)) if "@" in addr)


def meta_from_api(resource: dict[str, Any]) -> MessageMeta:
    headers = _headers(resource.get("payload") or {})
    name, sender = parseaddr(headers.get("from", ""))
    try:
        internal = datetime.fromtimestamp(int(resource.get("internalDate", 0)) / 1000, UTC)
    except (TypeError, ValueError, OverflowError):
        internal = datetime.fromtimestamp(0, UTC)
    return MessageMeta(
        id=str(resource["id"]),
        thread_id=str(resource.get("threadId", resource["id"])),
        label_ids=frozenset(resource.get("labelIds", []) or []),
        internal_date=internal,
        sender=sender.lower() if "@" in sender else "",
        sender_name=name,
        recipients=_addresses([headers.get("to", ""), headers.get("cc", "")]),
        subject=headers.get("subject", ""),
        message_id=headers.get("message-id", "").strip(),
        references=headers.get("references") or headers.get("in-reply-to", ""),
        key=headers.get("x-followup-key", "").strip(),
    )


def _draft_ref(resource: dict[str, Any]) -> DraftRef:
    message = resource.get("message") or {}
    return DraftRef(
        id=str(resource["id"]),
        message_id=str(message.get("id", "")),
        thread_id=str(message.get("threadId", message.get("id", ""))),
    )


_HISTORY_KINDS = {
    "messagesAdded": "added",
    "messagesDeleted": "deleted",
    "labelsAdded": "labelAdded",
    "labelsRemoved": "labelRemoved",
}


class GoogleGmail:
    """GmailClient over a google-api-python-client service (one per thread)."""

    def __init__(self, service: Any) -> None:
        self._users = service.users()

    def history_id(self) -> str:
        profile = self._users.getProfile(userId="me").execute()
        return str(profile["historyId"])

    def history(self, start: str) -> tuple[list[HistoryChange], str]:
        """Every change since `start` (all pages) and the mailbox's historyId now."""
        changes: list[HistoryChange] = []
        history = self._users.history()
        request = history.list(userId="me", startHistoryId=start, maxResults=500)
        latest = start
        while request is not None:
            try:
                response = request.execute()
            except HttpError as exc:
                if _not_found(exc):
                    raise HistoryExpired(start) from exc
                raise
            latest = str(response.get("historyId", latest))
            for record in response.get("history", []) or []:
                changes.extend(self._changes(record))
            request = history.list_next(request, response)
        return changes, latest

    @staticmethod
    def _changes(record: dict[str, Any]) -> Iterator[HistoryChange]:
        for field, kind in _HISTORY_KINDS.items():
            for item in record.get(field, []) or []:
                message = item.get("message") or {}
                if "id" not in message:
                    continue
                yield HistoryChange(
                    message_id=str(message["id"]),
                    thread_id=str(message.get("threadId", message["id"])),
                    label_ids=frozenset(message.get("labelIds", []) or []),
                    kind=kind,
                    labels=frozenset(item.get("labelIds", []) or []),
                )

    def search(self, query: str, limit: int = 10) -> list[tuple[str, str]]:
        """(message id, thread id) of the newest messages matching `query`, newest first."""
        response = self._users.messages().list(userId="me", q=query, maxResults=limit).execute()
        return [
            (str(m["id"]), str(m.get("threadId", m["id"])))
            for m in response.get("messages", []) or []
        ]

    def message(self, message_id: str) -> MessageMeta | None:
        resource = _read_or_none(
            self._users.messages().get(
                userId="me", id=message_id, format="metadata", metadataHeaders=[*METADATA_HEADERS]
            )
        )
        return meta_from_api(resource) if resource is not None else None

    def message_full(self, message_id: str) -> tuple[MessageMeta, bytes] | None:
        """The message's facts and its RFC 5322 bytes, in one request (None when gone)."""
        resource = _read_or_none(
            self._users.messages().get(userId="me", id=message_id, format="raw")
        )
        if resource is None:
            return None
        data = str(resource.get("raw", ""))
        raw = base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))
        # compat32: values as written (anyone can send a malformed header; parsing it into
        # structure must not fail the tick), then decoded one by one where they decode.
        parsed = BytesHeaderParser(policy=email_policy.compat32).parsebytes(raw)
        headers = [{"name": name, "value": _header_text(value)} for name, value in parsed.items()]
        return meta_from_api({**resource, "payload": {"headers": headers}}), raw

    def thread(self, thread_id: str) -> list[MessageMeta]:
        """The thread's messages, oldest first ([] when it is gone)."""
        resource = _read_or_none(
            self._users.threads().get(
                userId="me", id=thread_id, format="metadata", metadataHeaders=[*METADATA_HEADERS]
            )
        )
        return [meta_from_api(m) for m in (resource or {}).get("messages", []) or []]

    def find_draft(self, rfc822_message_id: str) -> DraftRef | None:
        bare = rfc822_message_id.strip().strip("<>")
        response = (
            self._users.drafts().list(userId="me", q=f"rfc822msgid:{bare}", maxResults=5).execute()
        )
        drafts = response.get("drafts", []) or []
        return _draft_ref(drafts[0]) if drafts else None

    def draft(self, draft_id: str) -> DraftRef | None:
        resource = _read_or_none(
            self._users.drafts().get(userId="me", id=draft_id, format="minimal")
        )
        return _draft_ref(resource) if resource is not None else None

    def draft_of(self, message_id: str) -> DraftRef | None:
        """The draft whose current message is `message_id` (a listing, not a search: it
        does not lag writes)."""
        drafts = self._users.drafts()
        request = drafts.list(userId="me", maxResults=500)
        while request is not None:
            response = request.execute()
            for draft in response.get("drafts", []) or []:
                ref = _draft_ref(draft)
                if ref.message_id == message_id:
                    return ref
            request = drafts.list_next(request, response)
        return None

    def create_draft(self, raw: bytes, thread_id: str | None) -> DraftRef:
        message: dict[str, Any] = {"raw": _raw(raw)}
        if thread_id:
            message["threadId"] = thread_id
        resource = self._users.drafts().create(userId="me", body={"message": message}).execute()
        return _draft_ref(resource)

    def update_draft(self, draft_id: str, raw: bytes, thread_id: str | None) -> DraftRef:
        message: dict[str, Any] = {"raw": _raw(raw)}
        if thread_id:
            message["threadId"] = thread_id
        resource = (
            self._users.drafts()
            .update(userId="me", id=draft_id, body={"id": draft_id, "message": message})
            .execute()
        )
        return _draft_ref(resource)

    def delete_draft(self, draft_id: str) -> None:
        try:
            self._users.drafts().delete(userId="me", id=draft_id).execute()
        except HttpError as exc:
            if not _not_found(exc):
                raise


def latest(messages: Sequence[MessageMeta]) -> MessageMeta | None:
    """The newest message that is not a draft."""
    real = [m for m in messages if not m.is_draft]
    return max(real, key=lambda m: m.internal_date) if real else None
