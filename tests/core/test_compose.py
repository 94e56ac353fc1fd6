from __future__ import annotations

import base64
import re
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest

from followup.core.compose import (
    ComposeContext,
    ComposeError,
    Composer,
    Draft,
    TemplateError,
    ThreadRef,
    as_sentences,
    bundled_templates_dir,
    count_words,
    find_placeholders,
    first_name_of,
    message_id_for,
    reply_subject,
    template_search_path,
)

KINDS = ("thank_you", "check_in", "update", "feedback_request")
NOW = datetime(2025, 3, 5, 16, 0, tzinfo=UTC)  # 08:00 in Los Angeles
# A 45-minute video interview at 10:00 Pacific the day before.
INTERVIEW = datetime(2025, 3, 4, 18, 0, tzinfo=UTC)
NOTES = (
    "I especially enjoyed hearing how your team moved fleet telemetry from nightly batches "
    "to streaming, and why you chose to keep the ingestion layer in Go."
)
QUALIFICATIONS = (
    "I've spent six years building high-volume data pipelines in Python and Go, most recently "
    "cutting ingestion latency at Finly from hours to seconds."
)
SIGNATURE = "Alex Rivera\n+1 415 555 0134 · linkedin.com/in/alex-rivera-dev"
BASE_HEADERS = [
    "content-transfer-encoding",
    "content-type",
    "date",
    "from",
    "message-id",
    "mime-version",
    "subject",
    "to",
    "x-followup-key",
]
REPLY_HEADERS = sorted([*BASE_HEADERS, "in-reply-to", "references"])


def full(kind: str = "thank_you", **changes: Any) -> ComposeContext:
    ctx = ComposeContext(
        kind=kind,
        recipient_email="priya.raman@acme-robotics.com",
        recipient_name="Priya Raman",
        sender_email="alex.rivera.dev@gmail.com",
        sender_name="Alex Rivera",
        message_id=message_id_for(f"alex.rivera.dev@gmail.com/evt-7f3k2/{kind}/1"),
        now=NOW,
        company="Acme Robotics",
        role="Senior Backend Engineer",
        interview_start=INTERVIEW,
        time_zone="America/Los_Angeles",
        notes=NOTES,
        qualifications=QUALIFICATIONS,
        signature=SIGNATURE,
    )
    return replace(ctx, **changes)


def minimal(kind: str = "thank_you", **changes: Any) -> ComposeContext:
    ctx = ComposeContext(
        kind=kind,
        recipient_email="talent@northwind-health.io",
        sender_email="sam.okafor@fastmail.com",
        message_id="<followup.minimal@followup.local>",
        now=NOW,
    )
    return replace(ctx, **changes)


@pytest.fixture(scope="module")
def composer() -> Composer:
    return Composer(template_search_path())


def parse(raw: bytes) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    return message


def header_names(message: EmailMessage) -> list[str]:
    return sorted(name.lower() for name in message)


def assert_reads_cleanly(draft: Draft) -> None:
    """Nothing a reader would stumble on: no leftovers, no gaps from missing values."""
    text = f"{draft.subject}\n{draft.body}"
    for bad in ("None", "[", "]", "{", "}", "<", ">", "  ", " .", " ,", "..", ",.", "\n\n\n"):
        assert bad not in text, (bad, text)
    assert draft.needs_personal_touch is None
    assert draft.subject and draft.subject == draft.subject.strip()
    first_line = draft.body.split("\n", 1)[0]
    assert re.fullmatch(r"(Hi \w+|Hello),", first_line), first_line


# ------------------------------------------------------------------------------- templates


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_renders_with_a_full_context(composer: Composer, kind: str) -> None:
    draft = composer.compose(full(kind))
    assert_reads_cleanly(draft)
    assert draft.flags == ()
    assert draft.body.startswith("Hi Priya,\n\n")
    assert draft.body.endswith(",\n" + SIGNATURE)
    assert "Acme Robotics" in draft.body
    assert "Senior Backend Engineer" in f"{draft.subject} {draft.body}"
    assert 40 <= draft.word_count <= 150


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_renders_with_a_minimal_context(composer: Composer, kind: str) -> None:
    draft = composer.compose(minimal(kind))
    assert_reads_cleanly(draft)
    assert draft.body.startswith("Hello,\n\n")
    assert "no_first_name" in draft.flags
    assert "placeholder" not in draft.flags
    # No signature and no name in the profile: the sign-off is the last line.
    assert draft.body.endswith(",")
    assert 25 <= draft.word_count <= 110


def test_thank_you_is_personal_and_specific(composer: Composer) -> None:
    draft = composer.compose(full())
    assert draft.subject == "Thank you — Senior Backend Engineer interview"
    paragraphs = draft.body.split("\n\n")
    assert paragraphs[1].startswith(
        "Thank you for taking the time to speak with me yesterday about the Senior Backend "
        "Engineer role at Acme Robotics."
    )
    assert paragraphs[1].endswith(NOTES)
    assert paragraphs[2] == QUALIFICATIONS + " I'd love to bring that experience to Acme Robotics."
    assert paragraphs[-1] == "Best regards,\n" + SIGNATURE


def test_thank_you_without_notes_or_role_reads_naturally(composer: Composer) -> None:
    draft = composer.compose(full(notes=None, role=None, qualifications="  "))
    assert_reads_cleanly(draft)
    assert draft.subject == "Thank you — Acme Robotics interview"
    assert "speak with me yesterday at Acme Robotics." in draft.body
    assert "role" not in draft.body
    assert draft.flags == ("no_notes",)
    assert draft.needs_personal_touch is None

    bare = composer.compose(full(notes="", role="", company=None, interview_start=None))
    assert bare.subject == "Thank you for the interview"
    assert "Thank you for taking the time to speak with me. It was" in bare.body


def test_check_in_second_time_reads_differently(composer: Composer) -> None:
    first = composer.compose(full("check_in", now=NOW + timedelta(days=8)))
    second = composer.compose(full("check_in", now=NOW + timedelta(days=15), sequence=2))
    assert "follow up on my interview on Tuesday for the Senior Backend Engineer role" not in (
        first.body
    )
    assert "my interview on March 4 for the Senior Backend Engineer role at Acme Robotics" in (
        first.body
    )
    assert "once more" in second.body and "once more" not in first.body
    assert QUALIFICATIONS in first.body and QUALIFICATIONS not in second.body
    assert second.word_count < first.word_count


def test_update_after_a_rejection_does_not_claim_the_role_is_open(composer: Composer) -> None:
    pending = composer.compose(full("update", now=NOW + timedelta(weeks=6)))
    rejected = composer.compose(full("update", now=NOW + timedelta(days=95), outcome="rejected"))
    assert "still very interested in the Senior Backend Engineer role" in pending.body
    assert "still very interested in the Senior Backend Engineer role" not in rejected.body
    assert "future openings" in rejected.body
    assert "on March 4 about the Senior Backend Engineer role" in rejected.body
    assert_reads_cleanly(rejected)


def test_feedback_request_as_a_reply_and_as_a_new_message(composer: Composer) -> None:
    thread = ThreadRef("Your application to Acme Robotics", ["<r1@acme-robotics.com>"])
    reply = composer.compose(full("feedback_request", thread=thread))
    fresh = composer.compose(full("feedback_request"))
    assert reply.body.split("\n\n")[1].startswith("Thank you for letting me know, and for")
    assert fresh.body.split("\n\n")[1].startswith("Thank you for letting me know about your")
    assert fresh.subject == "Thank you — Senior Backend Engineer role, and a request for feedback"
    assert reply.subject == "Re: Your application to Acme Robotics"
    assert "feedback" in reply.body


@pytest.mark.parametrize(
    ("start", "zone", "when"),
    [
        (datetime(2025, 3, 5, 15, 0, tzinfo=UTC), "Europe/Berlin", "today"),
        (INTERVIEW, "America/Los_Angeles", "yesterday"),
        # 02:00 UTC on the 5th is still the evening of the 4th in Los Angeles.
        (datetime(2025, 3, 5, 2, 0, tzinfo=UTC), "America/Los_Angeles", "yesterday"),
        # 14:00 UTC on the 5th: early that morning in Los Angeles, late that night in Tokyo,
        # where `now` is already the 6th.
        (datetime(2025, 3, 5, 14, 0, tzinfo=UTC), "America/Los_Angeles", "today"),
        (datetime(2025, 3, 5, 14, 0, tzinfo=UTC), "Asia/Tokyo", "yesterday"),
        (datetime(2025, 2, 28, 9, 0, tzinfo=UTC), "Europe/London", "on Friday"),
        (datetime(2025, 2, 20, 9, 0, tzinfo=UTC), "Europe/London", "on February 20"),
        (datetime(2024, 12, 30, 9, 0, tzinfo=UTC), None, "on December 30, 2024"),
        (datetime(2025, 3, 4, 18, 0, tzinfo=UTC), "Not/A_Zone", "yesterday"),
    ],
)
def test_interview_date_in_the_interview_time_zone(
    composer: Composer, start: datetime, zone: str | None, when: str
) -> None:
    draft = composer.compose(full(interview_start=start, time_zone=zone))
    assert f"speak with me {when} about" in draft.body


# -------------------------------------------------------------------------------- checks


def test_word_limit_flags_long_bodies_but_not_long_signatures(composer: Composer) -> None:
    rambling = " ".join([NOTES] * 4)
    draft = composer.compose(full(notes=rambling))
    assert draft.word_count > 150
    assert draft.flags == ("too_long",)
    assert draft.needs_personal_touch == (
        f"{draft.word_count} words, over the limit of 150: shorten it"
    )

    long_signature = SIGNATURE + "\n" + " ".join(["Volunteer mentor at Code for Oakland."] * 30)
    signed = composer.compose(full(signature=long_signature))
    assert count_words(signed.body) > 150
    assert signed.word_count == composer.compose(full()).word_count
    assert signed.needs_personal_touch is None


def test_word_limit_is_a_setting() -> None:
    strict = Composer(template_search_path(), word_limit=60)
    draft = strict.compose(full())
    assert "too_long" in draft.flags
    assert "limit of 60" in (draft.needs_personal_touch or "")
    with pytest.raises(ValueError, match="positive"):
        Composer(template_search_path(), word_limit=0)


def test_count_words() -> None:
    assert count_words("Hi Priya,\n\nThank you — truly. I'm glad we met; e-mail me!") == 11
    assert count_words("  - • —  ") == 0


def test_placeholder_in_the_signature_is_flagged(composer: Composer) -> None:
    draft = composer.compose(full(signature="Alex Rivera\n[Phone number]"))
    assert draft.flags == ("placeholder",)
    assert draft.needs_personal_touch == "unfilled placeholder: [Phone number]"


def test_placeholder_and_length_reasons_combine(composer: Composer) -> None:
    draft = composer.compose(full(notes="TODO " + " ".join([NOTES] * 4)))
    assert draft.flags == ("too_long", "placeholder")
    reason = draft.needs_personal_touch or ""
    assert reason.startswith(f"{draft.word_count} words, over the limit of 150")
    assert reason.endswith("; unfilled placeholder: TODO")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Thanks again for your time at [Company].", ["[Company]"]),
        ("Hi [interviewer's name], thanks!", ["[interviewer's name]"]),
        ("Hi {{ first_name }}, {% if x %}", ["{{ first_name }}", "{% if x %}"]),
        ("Dear {name}, see ${role} and %(company)s", ["{name}", "${role}", "%(company)s"]),
        ("Hello <name>, from <Your Name>", ["<name>", "<Your Name>"]),
        ("We met on March XX at XXX.", ["XXX"]),
        ("TODO: add something. TBD. FIXME", ["TODO", "TBD", "FIXME"]),
        ("Sign here: ______", ["______"]),
        ("Lorem ipsum dolor sit amet", ["Lorem ipsum"]),
        ("I said [sic] and wrote alex [at] example [dot] com", []),
        ("Write to Alex Rivera <alex.rivera.dev@gmail.com> or https://x.dev/a_b", []),
        ("Fue todo un placer hablar con usted; todo bien.", []),
        ("I led the migration (2019–2023) and cut costs by 40%.", []),
        ("", []),
    ],
)
def test_find_placeholders(text: str, found: list[str]) -> None:
    assert find_placeholders(text) == found


# ------------------------------------------------------------------------- user templates


def write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_template_wins_and_others_stay_bundled(tmp_path: Path) -> None:
    user = tmp_path / "templates"
    write(
        user,
        "thank_you.j2",
        "Subject: Merci, {{ first_name }} !\n\nBonjour {{ first_name }},\n\n"
        "Merci pour l'entretien {{ interview_when }}.\n\nCordialement,\n",
    )
    composer = Composer(template_search_path(user))
    draft = composer.compose(full())
    assert draft.subject == "Merci, Priya !"
    assert draft.body == (
        "Bonjour Priya,\n\nMerci pour l'entretien yesterday.\n\nCordialement,\n" + SIGNATURE
    )
    check_in = composer.compose(full("check_in"))
    assert check_in.subject == "Following up — Senior Backend Engineer at Acme Robotics"


def test_missing_user_directory_falls_back_to_bundled(tmp_path: Path) -> None:
    composer = Composer(template_search_path(tmp_path / "does-not-exist"))
    assert composer.compose(full()).subject == "Thank you — Senior Backend Engineer interview"


def test_subject_is_the_first_line_only(tmp_path: Path) -> None:
    user = tmp_path / "templates"
    write(
        user,
        "update.j2",
        "{# a comment #}\n{% set x = 1 %}\n\nSubject: Checking in{% if company %}"
        " — {{ company }}{% endif %}\nHello,\n\n\n\nStill keen.\n\n\nBest,\n",
    )
    draft = Composer([user]).compose(full("update"))
    assert draft.subject == "Checking in — Acme Robotics"
    assert draft.body == "Hello,\n\nStill keen.\n\nBest,\n" + SIGNATURE


def test_compiled_templates_are_cached(tmp_path: Path) -> None:
    user = tmp_path / "templates"
    path = write(user, "update.j2", "Subject: First\n\nHello,\n\nOne.\n")
    composer = Composer([user])
    assert composer.compose(full("update")).subject == "First"
    path.write_text("Subject: Second\n\nHello,\n\nTwo.\n", encoding="utf-8")
    assert composer.compose(full("update")).subject == "First"
    assert Composer([user]).compose(full("update")).subject == "Second"


def test_bare_missing_value_in_a_user_template_is_a_visible_flagged_placeholder(
    tmp_path: Path,
) -> None:
    user = tmp_path / "templates"
    write(
        user,
        "check_in.j2",
        "Subject: About the {{ role }} role\n\nHi {{ first_name }},\n\n"
        "Any news from {{ company | default('your team') }} since {{ interview_date }}?\n",
    )
    draft = Composer([user]).compose(minimal("check_in"))
    assert draft.subject == "About the [role] role"
    assert draft.body.startswith(
        "Hi [first_name],\n\nAny news from your team since [interview_date]?"
    )
    assert "placeholder" in draft.flags
    assert draft.needs_personal_touch == (
        "unfilled placeholder: [role], [first_name], [interview_date]"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Subject: Hi\n\nHello {{ interviewer_name }},\n",
            r"thank_you\.j2 uses an unknown value: 'interviewer_name' is undefined",
        ),
        ("Subject: Hi\n\n{% if notes %}Hello\n", r"thank_you\.j2, line 3: Unexpected end"),
        ("Hello {{ first_name }},\n\nThanks.\n", r"must start with a 'Subject:' line"),
        ("\n{# notes #}\nSubject  \n\nHello,\n", r"must start with a 'Subject:' line"),
        ("Subject: Hi\n\n{% if false %}x{% endif %}\n", r"rendered an empty body"),
        ("Subject: Hi\n\n{{ 1 / 0 }}\n", r"thank_you\.j2 failed: ZeroDivisionError"),
        ("Subject: Hi\n\n{{ company.legal_name }}\n", r"thank_you\.j2 uses an unknown value"),
    ],
)
def test_bad_user_template_is_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    user = tmp_path / "templates"
    write(user, "thank_you.j2", text)
    with pytest.raises(TemplateError, match=message) as caught:
        Composer(template_search_path(user)).compose(minimal())
    assert isinstance(caught.value, ValueError)
    assert caught.value.template == "thank_you.j2"
    assert str(user / "thank_you.j2") in str(caught.value) or "line" in str(caught.value)


def test_unknown_kind_is_a_clear_error(composer: Composer) -> None:
    with pytest.raises(TemplateError, match=r"template nudge\.j2: not found \(looked in .+\)"):
        composer.compose(full("nudge"))
    with pytest.raises(TemplateError, match="lower-case letters"):
        composer.compose(full("../../etc/passwd"))


@pytest.mark.parametrize(
    "trick",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__.os.system('id') }}",
        "{{ lipsum.__globals__['os'].popen('id').read() }}",
        "{{ first_name.__class__.__base__ }}",
        "{{ company.__init__ }}",
        "{{ 'a{0.__class__}'.format(role) }}",
        "{% set items = [] %}{{ items.append(1) }}",
        "{{ self._TemplateReference__context }}",
    ],
)
def test_sandbox_blocks_attribute_tricks(tmp_path: Path, trick: str) -> None:
    user = tmp_path / "templates"
    write(user, "thank_you.j2", f"Subject: Hi\n\nHello,\n\n{trick}\n")
    with pytest.raises(TemplateError, match=r"thank_you\.j2") as caught:
        Composer([user]).compose(full())
    assert re.search(r"unsafe|unknown value|undefined", str(caught.value))


# ------------------------------------------------------------------------------- headers

INJECTIONS = [
    "\r\nBcc: evil@x",
    "\nBcc: evil@x",
    "\rBcc: evil@x",
    "\u2028Bcc: evil@x",
    "\x85Bcc: evil@x",
    "\r\n\r\nBcc: evil@x",
    "\x00\r\n Bcc: evil@x",
]


@pytest.mark.parametrize("attack", INJECTIONS)
def test_header_injection_through_names_company_role_and_thread(
    composer: Composer, attack: str
) -> None:
    thread = ThreadRef(
        subject=f"Interview invitation{attack}",
        message_ids=[f"<inv-1@acme-robotics.com>{attack}", "<inv-2@acme-robotics.com>"],
    )
    ctx = full(
        recipient_name=f"Priya Raman{attack}",
        sender_name=f"Alex Rivera{attack}",
        company=f"Acme Robotics{attack}",
        role=f"Senior Backend Engineer{attack}",
        thread=thread,
    )
    for candidate in (ctx, replace(ctx, thread=None)):
        draft = composer.compose(candidate)
        parsed = parse(draft.raw)
        expected = REPLY_HEADERS if candidate.thread else BASE_HEADERS
        assert header_names(parsed) == expected
        assert all(n == 1 for n in Counter(header_names(parsed)).values())
        assert b"\nBcc:" not in draft.raw and b"\rBcc:" not in draft.raw
        (to,) = parsed["To"].addresses
        assert to.addr_spec == "priya.raman@acme-robotics.com"
        assert to.display_name == "Priya Raman Bcc: evil@x"
        assert parsed["From"].addresses[0].display_name == "Alex Rivera Bcc: evil@x"
        assert "\n" not in str(parsed["Subject"]) and "\r" not in str(parsed["Subject"])
        assert "Bcc: evil@x" in str(parsed["Subject"])  # harmless text, not a header
        assert parsed["Bcc"] is None and parsed["bcc"] is None
        assert "Acme Robotics Bcc: evil@x" in draft.body  # one line in the body too


def test_reply_thread_ids_with_injection_keep_only_well_formed_ids(composer: Composer) -> None:
    thread = ThreadRef(
        "Next steps",
        ["<a1@mail.acme-robotics.com>\r\nBcc: evil@x", "not an id", "<bad id@x>", "b2@mx.io"],
    )
    parsed = parse(composer.compose(full(thread=thread)).raw)
    assert header_names(parsed) == REPLY_HEADERS
    assert parsed["In-Reply-To"] == "<b2@mx.io>"
    assert parsed["References"] == "<a1@mail.acme-robotics.com> <b2@mx.io>"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("recipient_email", "priya@acme-robotics.com\r\nBcc: evil@x"),
        ("recipient_email", "priya@acme-robotics.com, evil@x.com"),
        ("recipient_email", "Priya <priya@acme-robotics.com>"),
        ("recipient_email", "not-an-address"),
        ("sender_email", "alex@gmail.com\nBcc: evil@x"),
        ("message_id", "<abc@followup.local>\r\nBcc: evil@x"),
        ("message_id", "no brackets and spaces"),
    ],
)
def test_unusable_addresses_and_ids_are_refused(composer: Composer, field: str, value: str) -> None:
    with pytest.raises(ComposeError, match=r"not a (usable e-mail address|valid Message-ID)"):
        composer.compose(full(**{field: value}))


def test_international_domain_is_sent_in_ascii(composer: Composer) -> None:
    draft = composer.compose(full(recipient_email="j@bücher.de"))
    assert parse(draft.raw)["To"].addresses[0].addr_spec == "j@xn--bcher-kva.de"


@pytest.mark.parametrize(
    "name",
    [
        "Raman, Priya",
        'Dana "DJ" Jones',
        "José Álvarez-Núñez",
        "Zoë O'Connor, PhD",
        "Müller, Jürgen (he/him)",
        "山田 太郎",
        "Évelyne Dubois-Lefèvre de la Tour-Saint-Aubin, Directrice des talents, Groupe Aéro",
        "<script>@evil.com; x",
    ],
)
def test_display_names_round_trip(composer: Composer, name: str) -> None:
    draft = composer.compose(full(recipient_name=name, sender_name=name))
    parsed = parse(draft.raw)
    for header in ("To", "From"):
        (address,) = parsed[header].addresses
        assert address.display_name == name
    assert parsed["To"].addresses[0].addr_spec == "priya.raman@acme-robotics.com"
    assert header_names(parsed) == BASE_HEADERS


def test_reply_headers_are_exact(composer: Composer) -> None:
    thread = ThreadRef(
        subject="RE: Re: Senior Backend Engineer — interview confirmation",
        message_ids=[
            "<CAF7n1@mail.gmail.com>",
            "<0100018e@email.greenhouse.io>",
            "<CAF7n1@mail.gmail.com>",  # repeated: once only
            "<5a1c@acme-robotics.com>",
        ],
    )
    draft = composer.compose(full(thread=thread))
    parsed = parse(draft.raw)
    assert header_names(parsed) == REPLY_HEADERS
    assert parsed["Subject"] == "Re: Senior Backend Engineer — interview confirmation"
    assert draft.subject == "Re: Senior Backend Engineer — interview confirmation"
    assert parsed["In-Reply-To"] == "<5a1c@acme-robotics.com>"
    assert parsed["References"] == (
        "<CAF7n1@mail.gmail.com> <0100018e@email.greenhouse.io> <5a1c@acme-robotics.com>"
    )
    assert parsed["Message-ID"] == draft.message_id == full().message_id


def test_long_threads_keep_the_first_and_latest_references(composer: Composer) -> None:
    ids = [f"<m{i:02d}.x7@mail.acme-robotics.com>" for i in range(25)]
    parsed = parse(composer.compose(full(thread=ThreadRef("Scheduling", ids))).raw)
    assert parsed["References"].split() == [ids[0], *ids[-9:]]
    assert parsed["In-Reply-To"] == ids[-1]


def test_thread_without_subject_or_ids(composer: Composer) -> None:
    draft = composer.compose(full(thread=ThreadRef("  Re:  ", [])))
    parsed = parse(draft.raw)
    assert parsed["Subject"] == "Thank you — Senior Backend Engineer interview"
    assert header_names(parsed) == BASE_HEADERS


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Interview with Acme", "Re: Interview with Acme"),
        ("Re: Interview with Acme", "Re: Interview with Acme"),
        ("RE: re:Re : Interview", "Re: Interview"),
        ("AW: SV: Antw: Re[2]: Gespräch", "Re: Gespräch"),
        ("Fwd: Interview packet", "Re: Fwd: Interview packet"),
        ("Regarding: your visit", "Re: Regarding: your visit"),
        ("Re:", ""),
        ("", ""),
    ],
)
def test_reply_subject(subject: str, expected: str) -> None:
    assert reply_subject(subject) == expected


def test_raw_is_seven_bit_rfc5322_and_base64url_ready(composer: Composer) -> None:
    ctx = full(notes="Merci pour la visite des bureaux à Montréal — très inspirant.")
    draft = composer.compose(ctx)
    raw = draft.raw
    assert raw.isascii()
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    head, _, _ = raw.partition(b"\r\n\r\n")
    assert b"Content-Transfer-Encoding: quoted-printable" in head
    assert base64.urlsafe_b64decode(draft.gmail_raw) == raw
    assert "=" not in draft.gmail_raw.rstrip("=") and "+" not in draft.gmail_raw
    parsed = parse(raw)
    # Python keeps the message's CRLF line ends in the decoded text.
    assert parsed.get_content().replace("\r\n", "\n") == draft.body + "\n"
    assert parsed["Date"].datetime == NOW
    assert parsed["Date"] == "Wed, 05 Mar 2025 16:00:00 +0000"
    assert draft.message.as_bytes() == raw


def test_ascii_body_is_plain_seven_bit(composer: Composer) -> None:
    draft = composer.compose(full(signature="Alex Rivera"))
    head, _, body = draft.raw.partition(b"\r\n\r\n")
    assert b"Content-Transfer-Encoding: 7bit" in head
    assert body.decode("ascii").replace("\r\n", "\n") == draft.body + "\n"


def test_long_non_ascii_subject_keeps_its_spaces(composer: Composer) -> None:
    role = "Ingénieure logicielle principale, plateforme de données télémétriques embarquées"
    thread = ThreadRef(f"Entretien — {role} — confirmation du créneau de jeudi après-midi", [])
    draft = composer.compose(full(role=role, thread=thread))
    assert parse(draft.raw)["Subject"] == f"Re: {thread.subject}"
    fresh = composer.compose(full(role=role))
    assert parse(fresh.raw)["Subject"] == f"Thank you — {role} interview"


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ComposeError, match="now must be"):
        full(now=datetime(2025, 3, 5, 16, 0))
    with pytest.raises(ComposeError, match="interview_start must be"):
        full(interview_start=datetime(2025, 3, 4, 10, 0))
    with pytest.raises(ComposeError, match="sequence"):
        full(sequence=0)


# ------------------------------------------------------------------------------- helpers


def test_message_id_for_is_deterministic() -> None:
    key = "alex.rivera.dev@gmail.com/evt-7f3k2/thank_you/priya.raman@acme-robotics.com/1"
    first = message_id_for(key)
    assert first == message_id_for(key)
    assert first != message_id_for(key.replace("/1", "/2"))
    assert re.fullmatch(r"<followup\.[0-9a-f]{40}@followup\.local>", first)
    assert message_id_for(key, "Mail.Example.org").endswith("@mail.example.org>")
    with pytest.raises(ComposeError):
        message_id_for(key, "bad domain\r\nBcc: x")


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Priya Raman", "Priya"),
        ("Dr. Priya Raman", "Priya"),
        ("Raman, Priya", "Priya"),
        ("Priya Raman, PhD", "Priya"),
        ("jean-luc picard", "Jean-Luc"),
        ("JOSÉ ÁLVAREZ", "José"),
        ("DeShawn McKay", "DeShawn"),
        ("J. Robert Oppen", "Robert"),
        ("Sophie Martin (she/her)", "Sophie"),
        ("Siobhán O'Neill", "Siobhán"),
        ("Acme Recruiting Team", None),
        ("Talent Acquisition", None),
        ("priya.raman@acme-robotics.com", None),
        ("", None),
        (None, None),
        ("R2-D2", None),
    ],
)
def test_first_name_of(name: str | None, first: str | None) -> None:
    assert first_name_of(name) == first


def test_sentences_filter() -> None:
    notes = "- loved the demo of the fleet dashboard\n* they're opening a Lisbon office!\n\n"
    assert as_sentences(notes) == (
        "Loved the demo of the fleet dashboard. They're opening a Lisbon office!"
    )
    assert as_sentences("eBay-style auctions came up") == "eBay-style auctions came up."
    assert as_sentences('We talked about "streaming."') == 'We talked about "streaming."'
    assert as_sentences("") == ""


def test_bundled_templates_are_found() -> None:
    directory = bundled_templates_dir()
    assert directory == Path(__file__).resolve().parents[2] / "templates"
    for kind in KINDS:
        assert (directory / f"{kind}.j2").is_file()
    assert template_search_path() == [directory]


def test_two_interviewers_of_one_interview_get_different_thank_yous(composer: Composer) -> None:
    """`variant` is each recipient's place among the interviewers: the bundled thank-you words
    itself differently for each, so two notes never match word for word."""
    bodies = []
    for variant in range(3):
        draft = composer.compose(full(variant=variant, recipient_name="Sam Lee"))
        assert NOTES.rstrip(".") in draft.body  # the talking points are in every one
        assert not draft.needs_personal_touch
        bodies.append(draft.body)
    assert len(set(bodies)) == 3


def test_templates_see_the_talking_points_under_both_names(tmp_path: Path) -> None:
    (tmp_path / "thank_you.j2").write_text(
        "Subject: Hi\n\n{{ talking_points }} / {{ notes }} / {{ variant }}\n\nBest,\n"
    )
    draft = Composer([tmp_path]).compose(full(notes="We spoke about robots.", variant=2))
    assert "We spoke about robots. / We spoke about robots. / 2" in draft.body


def test_a_failing_template_says_on_which_line(tmp_path: Path) -> None:
    (tmp_path / "thank_you.j2").write_text("Subject: Hi\n\nHello,\n\n{{ 1 / 0 }}\n")
    with pytest.raises(TemplateError, match=r"ZeroDivisionError: .* \(line 5\)"):
        Composer([tmp_path]).compose(full())
