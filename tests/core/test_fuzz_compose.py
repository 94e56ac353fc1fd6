"""Bad input to the composer, property-based: every header-bound value (names, addresses,
company, role, the thread's subject and Message-IDs) carries CR, LF, `\\r\\n Bcc: …`, NUL,
direction marks, emoji or 5,000 characters. A draft comes out, or ComposeError (an unusable
address or Message-ID), never anything else; and the bytes of every draft, parsed back with the
`email` package, hold exactly the headers meant: no Bcc, no Cc, one To with one address, no
header value with CR or LF."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from hypothesis import given
from hypothesis import strategies as st

from followup.core.compose import (
    ComposeContext,
    ComposeError,
    Composer,
    Draft,
    ThreadRef,
    bundled_templates_dir,
    message_id_for,
)
from tests.fuzz import NASTY, ODD_ZONES, email_text, fuzz, odd_text, report

COMPOSER = Composer([bundled_templates_dir()])
KINDS = ("thank_you", "check_in", "update", "feedback_request")
GOOD_RECIPIENTS = (
    "dana.li@quillfeather.io",
    "Dana.Li@QuillFeather.IO",
    "o'brien+jobs@acme-robotics.co.uk",
    "dana@bücher.example",
)
BASE_HEADERS = {
    "content-transfer-encoding",
    "content-type",
    "date",
    "from",
    "message-id",
    "mime-version",
    "subject",
    "to",
    "x-followup-key",
}

header_text = st.one_of(st.none(), odd_text)
message_ids = st.lists(
    st.one_of(
        st.sampled_from(
            (
                "<CAF=abc123@mail.gmail.com>",
                "<a@b> <c@d>",
                "<x@y>\r\nBcc: evil@x.example",
                "not an id",
                "<spaces in@id>",
                "<ünï@cödé>",
                "",
            )
        ),
        odd_text,
    ),
    max_size=15,
)
threads = st.one_of(
    st.none(),
    st.builds(
        ThreadRef, subject=st.one_of(odd_text, st.sampled_from(NASTY)), message_ids=message_ids
    ),
)
moments = st.datetimes(
    min_value=datetime(100, 1, 1), max_value=datetime(9899, 12, 31), timezones=st.just(UTC)
)


def _context(
    kind: str,
    recipient_email: str,
    sender_email: str,
    texts: tuple[str | None, ...],
    thread: ThreadRef | None,
    start: datetime | None,
    now: datetime,
    zone: str | None,
    sequence: int,
) -> ComposeContext:
    recipient_name, sender_name, company, role, notes, qualifications, signature = texts
    return ComposeContext(
        kind=kind,
        recipient_email=recipient_email,
        recipient_name=recipient_name,
        sender_email=sender_email,
        sender_name=sender_name,
        message_id=message_id_for(f"{sender_email}/evt/{kind}/{recipient_email}/{sequence}"),
        now=now,
        company=company,
        role=role,
        interview_start=start,
        time_zone=zone,
        notes=notes,
        qualifications=qualifications,
        signature=signature,
        thread=thread,
        sequence=sequence,
    )


def _unfolded_headers(raw: bytes) -> list[tuple[str, str]]:
    """The header block of `raw` as (name, value) pairs, continuation lines unfolded."""
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    assert "\r" not in head.replace("\r\n", "") and "\n" not in head.replace("\r\n", "")
    unfolded = re.sub(r"\r\n(?=[ \t])", "", head)
    pairs = []
    for line in unfolded.split("\r\n"):
        name, colon, value = line.partition(":")
        assert colon and name and " " not in name, f"not a header line: {line[:80]!r}"
        pairs.append((name.lower(), value))
    return pairs


def check_draft(draft: Draft, ctx: ComposeContext) -> None:
    raw = draft.raw
    assert raw.isascii(), "the message must be 7-bit clean"
    pairs = _unfolded_headers(raw)
    names = [name for name, _ in pairs]
    expected = set(BASE_HEADERS)
    if "in-reply-to" in names:
        expected |= {"in-reply-to", "references"}
    assert sorted(names) == sorted(expected), f"headers {names}"  # each once, nothing extra
    parsed = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(parsed, EmailMessage)
    assert parsed.get_all("bcc") is None and parsed.get_all("cc") is None
    to = parsed.get_all("to")
    assert to is not None and len(to) == 1
    addresses = parsed["to"].addresses
    assert len(addresses) == 1
    wanted = ctx.recipient_email.strip()
    local, _, domain = wanted.rpartition("@")
    assert addresses[0].addr_spec.lower() in (
        wanted.lower(),
        f"{local}@{domain.encode('idna').decode('ascii')}".lower()
        if not domain.isascii()
        else wanted.lower(),
    )
    assert len(parsed["from"].addresses) == 1
    for name in names:
        value = str(parsed[name])
        assert "\r" not in value and "\n" not in value, f"{name}: {value[:80]!r}"
        assert "\x00" not in value
    # The body is text; whatever it says, it is not a header block of its own.
    body = parsed.get_body(("plain",))
    assert body is not None and isinstance(body.get_content(), str)


def test_odd_header_values_never_inject_a_header(
    record_property: Callable[[str, object], None],
) -> None:
    ran = drafted = 0

    @fuzz(500)
    @given(
        kind=st.sampled_from(KINDS),
        recipient=st.sampled_from(GOOD_RECIPIENTS),
        texts=st.tuples(*[header_text] * 7),
        thread=threads,
        start=st.one_of(st.none(), moments),
        now=moments,
        zone=st.one_of(st.none(), st.sampled_from(ODD_ZONES)),
        sequence=st.integers(min_value=1, max_value=5),
    )
    def prop(
        kind: str,
        recipient: str,
        texts: tuple[str | None, ...],
        thread: ThreadRef | None,
        start: datetime | None,
        now: datetime,
        zone: str | None,
        sequence: int,
    ) -> None:
        nonlocal ran, drafted
        ran += 1
        ctx = _context(
            kind, recipient, "alex.rivera.dev@gmail.com", texts, thread, start, now, zone, sequence
        )
        draft = COMPOSER.compose(ctx)  # a usable address: odd text never stops the draft
        drafted += 1
        check_draft(draft, ctx)

    prop()
    report(record_property, "compose (good addresses)", ran, minimum=500)
    assert drafted == ran


def test_odd_addresses_give_a_clean_draft_or_compose_error(
    record_property: Callable[[str, object], None],
) -> None:
    ran = drafted = refused = 0

    @fuzz(400)
    @given(
        recipient=email_text,
        sender=st.one_of(st.just("alex.rivera.dev@gmail.com"), email_text),
        texts=st.tuples(*[header_text] * 7),
        thread=threads,
    )
    def prop(
        recipient: str, sender: str, texts: tuple[str | None, ...], thread: ThreadRef | None
    ) -> None:
        nonlocal ran, drafted, refused
        ran += 1
        now = datetime(2026, 3, 11, 9, tzinfo=UTC)
        try:
            ctx = _context(
                "thank_you",
                recipient,
                sender,
                texts,
                thread,
                now - timedelta(days=1),
                now,
                "Europe/Berlin",
                1,
            )
            draft = COMPOSER.compose(ctx)
        except ComposeError:
            refused += 1
            return
        drafted += 1
        check_draft(draft, ctx)

    prop()
    report(record_property, "compose (odd addresses)", ran, minimum=400)
    assert drafted >= 10 and refused >= 100, (drafted, refused)
