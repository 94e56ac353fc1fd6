"""RFC 5322 messages as Gmail shows them: base64url, `MessagePart` trees, snippets.

Parsing uses the standard library `email` package with `email.policy.default`,
so header values come out decoded (RFC 2047 encoded words become Unicode), as
Gmail's `payload.headers` shows them.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from email.utils import getaddresses
from typing import Any

SNIPPET_LENGTH = 200
_BASE64URL = re.compile(r"^[A-Za-z0-9_\-+/]*={0,2}$")
_TAG = re.compile(r"<[^>]*>")
_SCRIPT_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_SPACE = re.compile(r"\s+")


class MimeError(ValueError):
    """The bytes are not something Gmail would accept as a message."""


def decode_base64url(value: str, field: str = "raw") -> bytes:
    """Google's `bytes` fields: URL-safe base64, padding optional, standard alphabet accepted."""
    cleaned = "".join(value.split())
    if not _BASE64URL.match(cleaned):
        raise MimeError(
            f"Invalid value at '{field}' (TYPE_BYTES), Base64 decoding failed for {value[:40]!r}"
        )
    cleaned = cleaned.rstrip("=").replace("+", "-").replace("/", "_")
    try:
        return base64.urlsafe_b64decode(cleaned + "=" * (-len(cleaned) % 4))
    except (binascii.Error, ValueError) as exc:
        raise MimeError(
            f"Invalid value at '{field}' (TYPE_BYTES), Base64 decoding failed for {value[:40]!r}"
        ) from exc


def encode_base64url(data: bytes) -> str:
    """What Gmail answers in `raw` and `body.data`: URL-safe base64 with padding."""
    return base64.urlsafe_b64encode(data).decode("ascii")


def parse_message(raw: bytes) -> EmailMessage:
    """Parse an RFC 5322 message; raise `MimeError` when there is no header block at all."""
    if not raw.strip():
        raise MimeError("Invalid raw message: it is empty")
    message = message_from_bytes(raw, policy=policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise MimeError("Invalid raw message: no RFC 5322 header fields found")
    return message


def header_value(part: Message, name: str) -> str:
    """A header's decoded value ('' when absent); several occurrences are joined with ', '."""
    values = [value for key, value in _items(part) if key.lower() == name.lower()]
    if not values:
        return ""
    return ", ".join(_as_text(value) for value in values)


def _items(part: Message) -> list[tuple[str, Any]]:
    """The part's (name, decoded value) pairs; a value the `email` package fails to parse
    (it raises on some malformed addresses and Message-IDs) comes as written."""
    found = []
    for name, raw in part.raw_items():
        try:
            value = part.policy.header_fetch_parse(name, raw)
        except Exception:
            value = " ".join(str(raw).split())
        found.append((name, value))
    return found


def has_header(part: Message, name: str) -> bool:
    """Whether the header is present, without parsing its value."""
    return name in part  # Message.__contains__ compares names only (case-insensitively)


def _as_text(value: Any) -> str:
    try:
        return str(value)
    except Exception:  # a header the parser could not decode: show it as it came
        return repr(value)


def headers(part: Message, only: list[str] | None = None) -> list[dict[str, str]]:
    """The part's headers in order, as `[{name, value}]`, optionally only the named ones."""
    wanted = {name.lower() for name in only} if only is not None else None
    found = []
    for name, value in _items(part):
        if wanted is None or name.lower() in wanted:
            found.append({"name": name, "value": _as_text(value)})
    return found


def message_ids(value: str) -> list[str]:
    """The Message-IDs named in a header such as References: ['<a@b>', ...]."""
    return re.findall(r"<[^<>\s]+>", value)


def bare_message_id(value: str) -> str:
    """`<abc@x>` or `abc@x` → `abc@x`."""
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    return value.strip()


def addresses(value: str) -> list[tuple[str, str]]:
    return getaddresses([value]) if value else []


def _leaf_bytes(part: Message) -> bytes:
    if part.get_content_maintype() == "message":
        inner = part.get_payload()
        if isinstance(inner, list) and inner:
            first = inner[0]
            if isinstance(first, Message):
                return first.as_bytes()
        return b""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _children(part: Message) -> list[Message]:
    if part.get_content_maintype() != "multipart":
        return []
    payload = part.get_payload()
    return (
        [child for child in payload if isinstance(child, Message)]
        if isinstance(payload, list)
        else []
    )


def _child_id(parent_id: str, index: int) -> str:
    return f"{parent_id}.{index}" if parent_id else str(index)


def message_part(part: Message, attachment_id: Any, part_id: str = "") -> dict[str, Any]:
    """The `MessagePart` tree for format=full. `attachment_id(part_id)` names attachment bodies."""
    result: dict[str, Any] = {
        "partId": part_id,
        "mimeType": part.get_content_type(),
        "filename": part.get_filename() or "",
        "headers": headers(part),
    }
    if part.get_content_maintype() == "multipart":
        result["body"] = {"size": 0}
        result["parts"] = [
            message_part(child, attachment_id, _child_id(part_id, index))
            for index, child in enumerate(_children(part))
        ]
        return result
    data = _leaf_bytes(part)
    body: dict[str, Any] = {"size": len(data)}
    if result["filename"]:
        body["attachmentId"] = attachment_id(part_id)
    elif data:
        body["data"] = encode_base64url(data)
    result["body"] = body
    return result


def find_part(message: Message, part_id: str) -> Message | None:
    """The part with this Gmail `partId` ("" is the whole message, "1.0": first of the second)."""
    part = message
    if not part_id:
        return part
    for piece in part_id.split("."):
        if not piece.isdigit():
            return None
        children = _children(part)
        index = int(piece)
        if index >= len(children):
            return None
        part = children[index]
    return part


def part_bytes(part: Message) -> bytes:
    return _leaf_bytes(part)


def walk_leaves(message: Message) -> list[Message]:
    children = _children(message)
    if message.get_content_maintype() == "multipart":
        leaves: list[Message] = []
        for child in children:
            leaves += walk_leaves(child)
        return leaves
    return [message]


def attachment_filenames(message: Message) -> list[str]:
    return [name for leaf in walk_leaves(message) if (name := leaf.get_filename())]


def _leaf_text(part: Message) -> str:
    data = _leaf_bytes(part)
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, errors="replace")
    except (LookupError, UnicodeError):  # unknown, or a codec that refuses "replace" (idna)
        return data.decode("utf-8", errors="replace")


def html_to_text(markup: str) -> str:
    return html.unescape(_TAG.sub(" ", _SCRIPT_STYLE.sub(" ", markup)))


def body_text(message: Message) -> str:
    """The readable text: every text/plain part, or the HTML parts stripped of tags."""
    leaves = [leaf for leaf in walk_leaves(message) if not leaf.get_filename()]
    plain = [_leaf_text(leaf) for leaf in leaves if leaf.get_content_type() == "text/plain"]
    if plain:
        return "\n".join(plain)
    markup = [_leaf_text(leaf) for leaf in leaves if leaf.get_content_type() == "text/html"]
    return "\n".join(html_to_text(text) for text in markup)


def snippet(text: str) -> str:
    """Gmail's snippet: whitespace collapsed, cut short, HTML-escaped (`'` as `&#39;`)."""
    short = _SPACE.sub(" ", text).strip()[:SNIPPET_LENGTH]
    return html.escape(short, quote=True).replace("&#x27;", "&#39;")
