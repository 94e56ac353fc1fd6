"""Bad mail into the classifier, property-based: `classify` answers for any strings, and
`classify_message` for any message the `email` package can parse: missing headers, garbage
From, undecodable or unknown charsets, broken transfer encodings, huge bodies, deeply nested
multiparts, no Date."""

from __future__ import annotations

import math
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any, get_args

from hypothesis import given
from hypothesis import strategies as st

from followup.core.classify import EmailVerdict, Kind, classify, classify_message
from tests.fuzz import fuzz, odd_text, report

KINDS = set(get_args(Kind))

CHARSETS = (
    "utf-8",
    "us-ascii",
    "iso-8859-1",
    "windows-1252",
    "shift_jis",
    "utf-16",
    "utf-7",
    "idna",
    "punycode",
    "base64",
    "zlib",
    "rot13",
    "x-unknown-charset",
    "",
    '"utf-8',
    "utf-8'; evil",
)
ENCODINGS = ("7bit", "8bit", "binary", "base64", "quoted-printable", "x-uuencode", "garbage")
HEADER_NAMES = (
    "From",
    "To",
    "Subject",
    "Date",
    "Message-ID",
    "Reply-To",
    "Auto-Submitted",
    "Precedence",
    "X-Autoreply",
    "Content-Disposition",
    "X-\u00e9",
    "",
)
SENDERS = (
    "Priya Raman <priya.raman@quillfeather.io>",
    "no-reply@us.greenhouse-mail.io",
    "<>",
    "@",
    '"unterminated <x@y',
    "=?utf-8?b?////?= <a@b>",
    "a@b, c@d, e@f",
    "",
    "\x00",
)
BODIES = (
    "Thank you for your interest. Unfortunately we have decided not to move forward.",
    "We received your application and will be in touch.",
    "We are delighted to offer you the position!",
    "Could you share your availability for an interview next week?",
)

raw_bytes = st.one_of(
    st.binary(max_size=300),
    st.builds(
        lambda seed, n: seed * n,
        st.binary(min_size=1, max_size=8),
        st.sampled_from((1, 1000, 50_000)),
    ),
    st.sampled_from((b"\xff\xfe\x00", b"=?", b"=\r\n", b"====", b"\xc3\x28" * 100)),
)


@st.composite
def header_block(draw: Any) -> bytes:
    lines = []
    for _ in range(draw(st.integers(0, 6))):
        name = draw(st.sampled_from(HEADER_NAMES))
        value = draw(st.one_of(st.sampled_from(SENDERS), odd_text))
        line = f"{name}: {value}".encode("utf-8", "surrogatepass")
        lines.append(line[:3000])
    return b"\r\n".join(lines)


@st.composite
def part(draw: Any, depth: int = 0) -> bytes:
    charset = draw(st.sampled_from(CHARSETS))
    cte = draw(st.sampled_from(ENCODINGS))
    subtype = draw(st.sampled_from(("plain", "html", "calendar", "x-weird")))
    multipart = depth < 30 and draw(st.integers(0, 3)) == 0
    if multipart:
        boundary = draw(st.sampled_from(("b1", "b1", "", '"quoted"', "x" * 80)))
        count = draw(st.integers(0, 3))
        children = [draw(part(depth + 1)) for _ in range(count)]
        inner = b"".join(b"--" + boundary.encode() + b"\r\n" + c + b"\r\n" for c in children)
        closing = b"--" + boundary.encode() + b"--\r\n" if draw(st.booleans()) else b""
        subtype = draw(st.sampled_from(("mixed", "alternative")))
        head = f"Content-Type: multipart/{subtype}; boundary={boundary}"
        return head.encode() + b"\r\n\r\n" + inner + closing
    body = draw(st.one_of(st.sampled_from(BODIES).map(str.encode), raw_bytes))
    head = f"Content-Type: text/{subtype}; charset={charset}\r\nContent-Transfer-Encoding: {cte}"
    return head.encode() + b"\r\n\r\n" + body


@st.composite
def raw_message(draw: Any) -> bytes:
    head = draw(header_block())
    if draw(st.booleans()):
        return head + b"\r\n" + draw(part())
    return head + b"\r\n\r\n" + draw(raw_bytes)


def nested(depth: int) -> bytes:
    """A multipart nested `depth` deep, the text at the bottom."""
    message = b"Content-Type: text/plain\r\n\r\nUnfortunately we will not move forward.\r\n"
    for level in range(depth):
        boundary = f"b{level}".encode()
        message = (
            b"Content-Type: multipart/mixed; boundary="
            + boundary
            + b"\r\n\r\n--"
            + boundary
            + b"\r\n"
            + message
            + b"\r\n--"
            + boundary
            + b"--\r\n"
        )
    return b"From: hr@quillfeather.io\r\nSubject: Your application\r\n" + message


def _check(verdict: EmailVerdict) -> None:
    assert verdict.kind in KINDS
    assert 0.0 <= verdict.confidence <= 1.0 and math.isfinite(verdict.confidence)
    assert isinstance(verdict.reason, str)


def test_classify_answers_for_any_strings(record_property: Callable[[str, object], None]) -> None:
    ran = 0

    @fuzz(400)
    @given(
        subject=odd_text,
        text=odd_text,
        html=st.one_of(st.none(), odd_text),
        sender=st.one_of(st.none(), st.sampled_from(SENDERS), odd_text),
    )
    def prop(subject: str, text: str, html: str | None, sender: str | None) -> None:
        nonlocal ran
        ran += 1
        _check(classify(subject, text, html, sender))

    prop()
    report(record_property, "classify", ran, minimum=400)


def test_classify_message_answers_for_any_parsable_message(
    record_property: Callable[[str, object], None],
) -> None:
    ran = 0

    @fuzz(400)
    @given(raw=raw_message())
    def prop(raw: bytes) -> None:
        nonlocal ran
        ran += 1
        message = BytesParser(policy=policy.default).parsebytes(raw)
        assert isinstance(message, EmailMessage)
        _check(classify_message(message))

    prop()
    report(record_property, "classify_message", ran, minimum=400)


def test_deeply_nested_multipart_is_read_without_recursion() -> None:
    message = BytesParser(policy=policy.default).parsebytes(nested(60))
    assert isinstance(message, EmailMessage)
    _check(classify_message(message))
