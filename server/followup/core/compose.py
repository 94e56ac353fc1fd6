"""Composing follow-up e-mails: a template per kind → a checked RFC 5322 message.

Templates are Jinja2 files named `<kind>.j2` (see `templates/README.md`): a `Subject:` line,
then the body. They are rendered in a sandboxed environment with strict
undefined variables; a user overrides one by putting a file of the same name in their own
template directory, which is searched before the bundled one (`template_search_path`).

Values the context lacks (no role, no notes…) reach the template as *missing* values: false
in `{% if %}`, replaced by `or` and by `default(...)`, and printed as a visible placeholder
(`[role]`) when a template uses one unconditionally, so the draft is flagged instead of
silently reading "at None" or "at ."

Every draft is checked. `Draft.flags` holds codes:
- `too_long`: the body (signature excluded) is over the word limit (150 by default);
- `placeholder`: an unfilled placeholder is left (`[Company]`, `{{ x }}`, `<name>`, `XXX`…);
- `no_subject`: the template rendered an empty subject on a new (non-reply) message;
- `no_notes`: a thank-you without the user's notes on the interview (it reads fine, but the
  guide asks for something specific);
- `no_first_name`: the recipient's first name is unknown, so the greeting is generic.
The first three make `needs_personal_touch` a human-readable reason; the last two are
informational.

Messages are built with the standard library's `email` package. Every header-bound value is
reduced to one line (control characters, CR, LF and Unicode line separators become spaces;
text that looks like an RFC 2047 encoded word is kept literal) and the produced bytes are
parsed back and compared with what was meant, so no value can add a header. Pure: no clock
(the context carries `now`); the only I/O is reading template files.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email import policy as email_policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from followup.core.events import zone

__all__ = [
    "DEFAULT_WORD_LIMIT",
    "KEY_HEADER",
    "ComposeContext",
    "ComposeError",
    "Composer",
    "Draft",
    "TemplateError",
    "ThreadRef",
    "bundled_templates_dir",
    "count_words",
    "find_placeholders",
    "first_name_of",
    "message_id_for",
    "reply_subject",
    "template_search_path",
]

DEFAULT_WORD_LIMIT = 150
TEMPLATE_SUFFIX = ".j2"
KEY_HEADER = "X-Followup-Key"
# At most this many Message-IDs in `References`: the thread's first and its latest ones.
MAX_REFERENCES = 10

# Headers are generated with long lines allowed: the default 78 can fold a long non-ASCII
# header between two encoded words and lose the space between them.
GENERATION_POLICY = email_policy.default.clone(max_line_length=998, linesep="\r\n")
# The body is encoded (quoted-printable when needed) with RFC 2045's 76-character lines.
_CONTENT_POLICY = email_policy.default.clone(max_line_length=76)


class ComposeError(ValueError):
    """The draft cannot be made from this context (bad address, bad Message-ID…)."""


class TemplateError(ComposeError):
    """A template is missing, malformed, or fails when rendered."""

    def __init__(self, template: str, message: str) -> None:
        super().__init__(f"template {template}: {message}")
        self.template = template


# ---------------------------------------------------------------------------------------------
# Input and output


@dataclass(frozen=True, slots=True)
class ThreadRef:
    """The Gmail thread a draft replies to: its subject and its messages' Message-IDs, oldest
    first (each item may also be a whole `References` value: every `<id>` in it is used)."""

    subject: str
    message_ids: Sequence[str] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "message_ids", tuple(self.message_ids))


@dataclass(frozen=True, slots=True, kw_only=True)
class ComposeContext:
    """Everything one draft is made from. Optional text left empty or None is "missing"."""

    kind: str
    recipient_email: str
    sender_email: str
    message_id: str
    now: datetime
    recipient_name: str | None = None
    sender_name: str | None = None
    company: str | None = None
    role: str | None = None
    interview_start: datetime | None = None
    time_zone: str | None = None
    # The talking points for this recipient (the interview's and theirs): they go into the
    # e-mail. Private notes are never part of a context.
    notes: str | None = None
    qualifications: str | None = None
    signature: str | None = None
    thread: ThreadRef | None = None
    # 1st, 2nd… follow-up of this kind to this person (a second check-in reads differently).
    sequence: int = 1
    # The interview's outcome as far as we know: "pending", "rejected", "offer", "withdrawn".
    outcome: str = "pending"
    # Which of a template's phrasings to use: the recipient's place among the interviewers
    # (0, 1…), so two people of one interview do not get word-for-word the same note.
    variant: int = 0

    def __post_init__(self) -> None:
        if self.now.tzinfo is None or self.now.utcoffset() is None:
            raise ComposeError("now must be a timezone-aware datetime")
        start = self.interview_start
        if start is not None and (start.tzinfo is None or start.utcoffset() is None):
            raise ComposeError("interview_start must be a timezone-aware datetime")
        if self.sequence < 1:
            raise ComposeError("sequence starts at 1")


@dataclass(frozen=True, slots=True)
class Draft:
    kind: str
    message: EmailMessage
    raw: bytes  # RFC 5322, CRLF line ends, 7-bit clean
    message_id: str
    subject: str
    body: str  # the whole text, signature included
    word_count: int  # body words, signature excluded
    flags: tuple[str, ...] = field(default=())
    needs_personal_touch: str | None = None

    @property
    def gmail_raw(self) -> str:
        """`raw` as Gmail's `drafts.create` wants it (base64url)."""
        return base64.urlsafe_b64encode(self.raw).decode("ascii")


# ---------------------------------------------------------------------------------------------
# Cleaning values


# Every character that could end a header line or hide in one: C0 controls (tab, CR and LF
# included), DEL, C1 controls (NEL included) and the Unicode line and paragraph separators.
_LINE_BREAKING = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# The same minus LF and tab, for multi-line text (notes, signature).
_CONTROL_KEEP_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# Lone surrogates (JSON's "\ud800" escape makes one) cannot be encoded: U+FFFD instead.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# "=?" opens an RFC 2047 encoded word. The `email` package decodes encoded words found in a
# header value when the value is assigned, so "=?utf-8?q?=0D=0ABcc:_x@y?=" would become a line
# break and a header of its own. A word joiner after the "=" keeps such text literal.
_ENCODED_WORD_OPEN = "=?"
_ENCODED_WORD_BROKEN = "=\u2060?"


def one_line(value: str | None) -> str:
    """`value` as a single clean line: every control or line-breaking character becomes a
    space, runs of white space become one space, lone surrogates become U+FFFD."""
    if not value:
        return ""
    return " ".join(_LINE_BREAKING.sub(" ", _SURROGATE.sub("\ufffd", value)).split())


# Longer header values are cut (with "…"): a long non-ASCII value is folded into several
# encoded words, which the `email` package does not always read back the same (and slowly).
MAX_NAME_CHARS = 100
MAX_SUBJECT_CHARS = 250


def header_text(value: str | None, limit: int) -> str:
    """`one_line(value)`, safe as a header value: at most `limit` characters, and no RFC 2047
    encoded word in it is decoded."""
    text = one_line(value)
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text.replace(_ENCODED_WORD_OPEN, _ENCODED_WORD_BROKEN)


def _multi_line(value: str | None) -> str:
    if not value:
        return ""
    text = _SURROGATE.sub("\ufffd", value).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\t", " ")
    text = _CONTROL_KEEP_LINES.sub(" ", text)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_ADDR_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_ADDR_DOMAIN = re.compile(
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9-]{2,63}", re.ASCII
)


def _address(value: str, what: str) -> str:
    """A plain `local@domain` address (international domains in their ASCII form)."""
    text = value.strip()
    local, at, domain = text.rpartition("@")
    if at and not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            domain = ""
    if not (at and _ADDR_LOCAL.fullmatch(local) and _ADDR_DOMAIN.fullmatch(domain)):
        raise ComposeError(f"the {what} address {one_line(value)!r} is not a usable e-mail address")
    return f"{local}@{domain.lower()}"


_MSG_ID = re.compile(r"<([^<>\s@]+@[^<>\s@]+)>")
_BARE_MSG_ID = re.compile(r"[^<>\s@]+@[^<>\s@]+")


def _message_ids(values: Sequence[str]) -> list[str]:
    """Well-formed `<id@host>` values found in `values`, in order, without repeats."""
    seen: dict[str, None] = {}
    for value in values:
        text = value.strip() if isinstance(value, str) else ""
        found = _MSG_ID.findall(text)
        if not found and _BARE_MSG_ID.fullmatch(text):
            found = [text]
        for item in found:
            # "=?" would be read as an RFC 2047 encoded word when the header is set: skip it.
            if item.isascii() and item.isprintable() and _ENCODED_WORD_OPEN not in item:
                seen.setdefault(f"<{item}>", None)
    return list(seen)


def _own_message_id(value: str) -> str:
    text = value.strip()
    ids = _message_ids([text])
    if len(ids) != 1 or text not in (ids[0], ids[0][1:-1]) or len(ids[0]) > 250:
        raise ComposeError(f"message_id {one_line(value)!r} is not a valid Message-ID")
    return ids[0]


def message_id_for(followup_key: str, domain: str = "followup.local") -> str:
    """A deterministic Message-ID (with its angle brackets) for one follow-up.

    The key should name the follow-up for good, e.g. "<account email>/<event id>/thank_you/
    <person email>/1": the same key always gives the same id, so a retried draft can be found
    with Gmail's `rfc822msgid:` search before another one is made."""
    if not _ADDR_DOMAIN.fullmatch(domain) and domain != "localhost":
        raise ComposeError(f"{domain!r} is not a usable Message-ID domain")
    digest = hashlib.sha256(followup_key.encode("utf-8", "surrogatepass")).hexdigest()[:40]
    return f"<followup.{digest}@{domain.lower()}>"


_REPLY_PREFIX = re.compile(
    r"^(?:(?:re|aw|sv|antw|res|rif)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)+", re.IGNORECASE
)


def reply_subject(thread_subject: str) -> str:
    """`Re: <subject>`, never `Re: Re:` (also folds `RE:`, `Aw:`, `Sv:`, `Re[2]:`…);
    "" when the thread has no subject."""
    rest = _REPLY_PREFIX.sub("", one_line(thread_subject)).strip()
    return f"Re: {rest}" if rest else ""


def _references(ids: list[str]) -> list[str]:
    if len(ids) <= MAX_REFERENCES:
        return ids
    return [ids[0], *ids[-(MAX_REFERENCES - 1) :]]


# ---------------------------------------------------------------------------------------------
# Names, dates and words


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_HONORIFICS = _words(
    "dr mr mrs ms mx miss mister prof professor sir madam herr frau sr sra srta dra m "
    "mme mlle monsieur madame dott ing"
)
_SUFFIXES = _words("jr sr ii iii iv phd md mba cpa pmp esq msc bsc ma ba")
_NOT_A_PERSON = _words(
    "team recruiting recruitment recruiter recruiters talent careers career jobs "
    "hiring hr people noreply no-reply notifications acquisition support info admin "
    "office the"
)


def _word(token: str) -> str:
    return token.strip(".,;:!?\"'()[]{}«»“”‘’").casefold()


def _tidy_name(token: str) -> str:
    """Capitalise a name written all in lower or upper case; leave "McKay", "DeShawn"."""
    if token.islower() or token.isupper():
        return "-".join(part[:1].upper() + part[1:].lower() for part in token.split("-"))
    return token


def first_name_of(name: str | None) -> str | None:
    """The first name in a display name: "Dr. Priya Raman" → "Priya", "Raman, Priya" →
    "Priya", "jean-luc picard" → "Jean-Luc"; None for addresses, teams and initials."""
    text = re.sub(r"\([^)]*\)", " ", one_line(name))  # "(she/her)", "(Recruiting)"
    if not text or "@" in text:
        return None
    head, comma, tail = text.partition(",")
    tail_words = [_word(t) for t in tail.split()]
    if comma and tail_words and not all(w in _SUFFIXES for w in tail_words):
        # "Raman, Priya": the family name first.
        text = tail if len(head.split()) == 1 else head
    elif comma:
        text = head
    tokens = [t for t in text.split() if _word(t)]
    if any(_word(t) in _NOT_A_PERSON for t in tokens):
        return None
    for token in tokens:
        word = _word(token)
        if word in _HONORIFICS or word in _SUFFIXES:
            continue
        clean = token.strip(".,;:!?\"'()[]{}«»“”‘’")
        if len(clean.replace(".", "")) < 2 or not any(c.isalpha() for c in clean):
            continue  # an initial: "J. Robert Smith"
        if not all(c.isalpha() or c in "-'’" for c in clean):
            return None
        return _tidy_name(clean)
    return None


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _dates(start: datetime, time_zone: str | None, now: datetime) -> tuple[str, str, str]:
    """(date, weekday, relative phrase) of the interview in its own time zone, in English and
    independent of the machine's locale: ("Tuesday, March 4", "Tuesday", "yesterday")."""
    tz = zone(time_zone) or start.tzinfo
    day = start.astimezone(tz).date()
    today = now.astimezone(tz).date()
    weekday = _WEEKDAYS[day.weekday()]
    month_day = f"{_MONTHS[day.month - 1]} {day.day}"
    if day.year != today.year:
        month_day += f", {day.year}"
    date_text = f"{weekday}, {month_day}"
    days_ago = (today - day).days
    if days_ago == 0:
        when = "today"
    elif days_ago == 1:
        when = "yesterday"
    elif 2 <= days_ago <= 6:
        when = f"on {weekday}"
    else:
        when = f"on {month_day}"
    return date_text, weekday, when


def count_words(text: str) -> int:
    """Words as a reader counts them: white-space separated tokens holding a letter or digit
    (a lone dash or bullet is not a word)."""
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


_PLACEHOLDERS = re.compile(
    r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}"  # Jinja left in the text
    r"|\{\s*[A-Za-z_][\w .]{0,40}\}"  # {company}
    r"|\$\{\w+\}|%\(\w+\)[sd]"  # ${name}, %(name)s
    r"|\[\s*[A-Za-z][A-Za-z0-9 '’_./-]{0,40}\]"  # [Company], [your name]
    r"|<\s*[A-Za-z_][A-Za-z _-]{0,40}>"  # <name>, <Company Name>
    r"|\b(?:TODO|TBD|FIXME|X{3,})\b|_{3,}|\blorem ipsum\b",
    re.IGNORECASE,
)
# Matches that are ordinary writing, not placeholders.
_NOT_PLACEHOLDERS = frozenset({"[sic]", "[at]", "[dot]", "[...]", "[…]"})
_CASE_SENSITIVE = re.compile(r"\b(?:todo|tbd|fixme|x{3,})\b", re.IGNORECASE)


def find_placeholders(text: str) -> list[str]:
    """Unfilled placeholders left in `text`, in order, without repeats."""
    found: dict[str, None] = {}
    for match in _PLACEHOLDERS.finditer(text):
        value = match.group(0)
        if value.lower() in _NOT_PLACEHOLDERS:
            continue
        if _CASE_SENSITIVE.fullmatch(value) and not value.isupper():
            continue  # "todo" is Spanish and Portuguese for "all"
        found.setdefault(value, None)
    return list(found)


# ---------------------------------------------------------------------------------------------
# Templates


class Missing(jinja2.Undefined):
    """A value this follow-up does not have (no role, no notes…). False in tests, replaced by
    `or` and `default(...)`, and printed as a visible placeholder that the check flags."""

    __slots__ = ()

    def __str__(self) -> str:
        return f"[{self._undefined_name}]"


def _missing(name: str) -> Missing:
    return Missing(name=name, hint=f"this follow-up has no {name.replace('_', ' ')}")


_BULLET = re.compile(r"^\s*(?:[-*•·–—]+|\d{1,2}[.)])\s+")
_CLOSERS = "\"'”’»)]"


def as_sentences(value: Any) -> Any:
    """Jinja filter `sentences`: user text made fit to stand in a paragraph. Each line (bullet
    marks dropped) starts with a capital and ends with punctuation; lines are joined."""
    if isinstance(value, jinja2.Undefined) or not value:
        return value
    out: list[str] = []
    for raw_line in str(value).splitlines():
        line = " ".join(_BULLET.sub("", raw_line).split())
        if not line:
            continue
        first = line.split(" ", 1)[0]
        if first == first.lower():
            line = line[0].upper() + line[1:]
        if line.rstrip(_CLOSERS)[-1:] not in (".", "!", "?", "…", ":"):
            line += "."
        out.append(line)
    return " ".join(out)


def _tidy_body(text: str) -> str:
    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = re.sub(r"(?<=\S) {2,}", " ", line.rstrip())
        line = re.sub(r"(?<=\w) +(?=[.,](?:\s|$))", "", line)
        lines.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def bundled_templates_dir() -> Path:
    """The default templates: `followup/_templates` inside an installed wheel, the
    repository's `templates/` in development."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "_templates", package.parent.parent / "templates"):
        if (candidate / f"thank_you{TEMPLATE_SUFFIX}").is_file():
            return candidate
    raise FileNotFoundError(
        f"the bundled e-mail templates are missing (looked in {package / '_templates'} and "
        f"{package.parent.parent / 'templates'}): reinstall followup"
    )


def template_search_path(user_dir: Path | None = None) -> list[Path]:
    """Where templates are looked up, first match wins: the user's directory (for example
    `<data dir>/templates`, which need not exist), then the bundled templates."""
    dirs = [user_dir] if user_dir is not None else []
    return [*dirs, bundled_templates_dir()]


_KIND = re.compile(r"[a-z][a-z0-9_]{0,63}")


class Composer:
    """Renders drafts from the templates in `template_dirs` (first match wins). Compiled
    templates are kept, so one Composer serves many drafts; a changed file is seen by a new
    Composer."""

    def __init__(
        self, template_dirs: Sequence[Path | str], *, word_limit: int = DEFAULT_WORD_LIMIT
    ) -> None:
        if word_limit < 1:
            raise ValueError("word_limit must be positive")
        self.template_dirs = tuple(Path(d) for d in template_dirs)
        self.word_limit = word_limit
        self._env = ImmutableSandboxedEnvironment(
            loader=jinja2.FileSystemLoader(self.template_dirs, encoding="utf-8"),
            undefined=jinja2.StrictUndefined,
            autoescape=False,  # plain-text mail, not HTML
            trim_blocks=False,  # a tag alone on its line leaves an empty line; runs collapse
            lstrip_blocks=True,
            keep_trailing_newline=False,
            auto_reload=False,
        )
        self._env.filters["sentences"] = as_sentences
        self._templates: dict[str, jinja2.Template] = {}

    # Templates ---------------------------------------------------------------------------

    def _template(self, kind: str) -> jinja2.Template:
        cached = self._templates.get(kind)
        if cached is not None:
            return cached
        name = f"{kind}{TEMPLATE_SUFFIX}"
        if not _KIND.fullmatch(kind):
            raise TemplateError(name, "a follow-up kind is lower-case letters, digits and _")
        try:
            template = self._env.get_template(name)
        except jinja2.TemplateNotFound as exc:
            where = ", ".join(str(d) for d in self.template_dirs)
            raise TemplateError(name, f"not found (looked in {where})") from exc
        except jinja2.TemplateSyntaxError as exc:
            where = exc.filename or name
            raise TemplateError(name, f"{where}, line {exc.lineno}: {exc.message}") from exc
        self._templates[kind] = template
        return template

    def render(self, ctx: ComposeContext) -> tuple[str, str]:
        """(subject, body) from the kind's template, before the signature and the checks."""
        template = self._template(ctx.kind)
        name = f"{ctx.kind}{TEMPLATE_SUFFIX}"
        where = template.filename or name
        try:
            text = template.render(_variables(ctx))
        except jinja2.UndefinedError as exc:
            raise TemplateError(
                name, f"{where} uses an unknown value: {exc.message}{_line(exc, where)}"
            ) from exc
        except SecurityError as exc:
            raise TemplateError(
                name, f"{where} tried an unsafe operation: {exc}{_line(exc, where)}"
            ) from exc
        except Exception as exc:  # a user's template can fail in any way; say which one
            raise TemplateError(
                name, f"{where} failed: {type(exc).__name__}: {exc}{_line(exc, where)}"
            ) from exc
        head, _, body = text.replace("\r\n", "\n").lstrip().partition("\n")
        label, colon, subject = head.partition(":")
        if not colon or label.strip().lower() != "subject":
            raise TemplateError(
                name, f"{where} must start with a 'Subject:' line, followed by the body"
            )
        body = _tidy_body(body)
        if not body.strip():
            raise TemplateError(name, f"{where} rendered an empty body")
        return one_line(subject), body

    # Drafts ------------------------------------------------------------------------------

    def compose(self, ctx: ComposeContext) -> Draft:
        """The draft for `ctx`: a checked message ready for Gmail. Raises ComposeError for an
        unusable address or Message-ID and TemplateError (a ComposeError) for a bad template."""
        recipient = _address(ctx.recipient_email, "recipient")
        sender = _address(ctx.sender_email, "sender")
        message_id = _own_message_id(ctx.message_id)

        own_subject, text = self.render(ctx)
        flags: list[str] = []
        reasons: list[str] = []

        subject = reply_subject(ctx.thread.subject) if ctx.thread else ""
        subject = header_text(subject or own_subject, MAX_SUBJECT_CHARS)
        if not subject:
            flags.append("no_subject")
            reasons.append("the subject is empty")

        signature = _multi_line(ctx.signature) or one_line(ctx.sender_name)
        body = f"{text}\n{signature}" if signature else text

        words = count_words(text)
        if words > self.word_limit:
            flags.append("too_long")
            reasons.append(f"{words} words, over the limit of {self.word_limit}: shorten it")
        placeholders = find_placeholders(f"{subject}\n{body}")
        if placeholders:
            flags.append("placeholder")
            shown = ", ".join(placeholders[:3]) + (", …" if len(placeholders) > 3 else "")
            reasons.append(f"unfilled placeholder: {shown}")
        if ctx.kind == "thank_you" and not _multi_line(ctx.notes):
            flags.append("no_notes")
        if first_name_of(ctx.recipient_name) is None:
            flags.append("no_first_name")

        thread_ids = _message_ids(ctx.thread.message_ids) if ctx.thread else []
        thread_ids = [i for i in thread_ids if i != message_id]
        message = _message(
            ctx=ctx,
            sender=Address(
                display_name=header_text(ctx.sender_name, MAX_NAME_CHARS), addr_spec=sender
            ),
            recipient=Address(
                display_name=header_text(ctx.recipient_name, MAX_NAME_CHARS),
                addr_spec=recipient,
            ),
            subject=subject,
            body=body,
            message_id=message_id,
            thread_ids=thread_ids,
        )
        raw = message.as_bytes(policy=GENERATION_POLICY)
        _verify(raw, message)
        return Draft(
            kind=ctx.kind,
            message=message,
            raw=raw,
            message_id=message_id,
            subject=subject,
            body=body,
            word_count=words,
            flags=tuple(flags),
            needs_personal_touch="; ".join(reasons) or None,
        )


def _line(exc: BaseException, filename: str) -> str:
    """' (line N)': where in the template a render failed (Jinja2 puts the template's own
    lines into the traceback), or '' when it cannot tell."""
    line = None
    trace = exc.__traceback__
    while trace is not None:
        if trace.tb_frame.f_code.co_filename == filename:
            line = trace.tb_lineno
        trace = trace.tb_next
    return f" (line {line})" if line else ""


def _variables(ctx: ComposeContext) -> dict[str, Any]:
    """What a template sees (documented in templates/README.md)."""

    def text(name: str, value: str | None, *, lines: bool = False) -> str | Missing:
        clean = _multi_line(value) if lines else one_line(value)
        return clean or _missing(name)

    first = first_name_of(ctx.recipient_name)
    variables: dict[str, Any] = {
        "kind": ctx.kind,
        "sequence": ctx.sequence,
        "outcome": one_line(ctx.outcome) or "pending",
        "is_reply": ctx.thread is not None,
        "first_name": first or _missing("first_name"),
        "recipient_name": text("recipient_name", ctx.recipient_name),
        "sender_name": text("sender_name", ctx.sender_name),
        "company": text("company", ctx.company),
        "role": text("role", ctx.role),
        "notes": text("notes", ctx.notes, lines=True),
        "talking_points": text("talking_points", ctx.notes, lines=True),
        "variant": max(ctx.variant, 0),
        "qualifications": text("qualifications", ctx.qualifications, lines=True),
    }
    if ctx.interview_start is not None:
        date_text, weekday, when = _dates(ctx.interview_start, ctx.time_zone, ctx.now)
        variables |= {
            "interview_date": date_text,
            "interview_day": weekday,
            "interview_when": when,
        }
    else:
        for name in ("interview_date", "interview_day", "interview_when"):
            variables[name] = _missing(name)
    return variables


def _message(
    *,
    ctx: ComposeContext,
    sender: Address,
    recipient: Address,
    subject: str,
    body: str,
    message_id: str,
    thread_ids: list[str],
) -> EmailMessage:
    message = EmailMessage(policy=_CONTENT_POLICY)
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = subject
    message["Date"] = ctx.now
    message["Message-ID"] = message_id
    # Gmail may write its own Message-ID over ours; a header of our own survives to name it.
    message[KEY_HEADER] = message_id
    if thread_ids:
        message["In-Reply-To"] = thread_ids[-1]
        message["References"] = " ".join(_references(thread_ids))
    long_lines = any(len(line) > 990 for line in body.split("\n"))
    cte = "7bit" if body.isascii() and not long_lines else "quoted-printable"
    message.set_content(body + "\n", subtype="plain", charset="utf-8", cte=cte)
    message.policy = GENERATION_POLICY
    return message


def _header_names(message: EmailMessage) -> list[str]:
    return sorted(name.lower() for name in message)


def _verify(raw: bytes, message: EmailMessage) -> None:
    """Parse the produced bytes back: the same headers, once each, the same addresses."""
    parsed = BytesParser(policy=email_policy.default).parsebytes(raw)
    problems: list[str] = []
    if _header_names(parsed) != _header_names(message):
        problems.append(f"headers {_header_names(parsed)} != {_header_names(message)}")
    for name in ("From", "To"):
        want_addresses = [(a.display_name, a.addr_spec) for a in message[name].addresses]
        got_addresses = [(a.display_name, a.addr_spec) for a in parsed[name].addresses]
        if got_addresses != want_addresses or len(got_addresses) != 1:
            problems.append(f"{name} reads back as {got_addresses}")
    if str(parsed["Subject"]) != str(message["Subject"]):
        problems.append("the subject does not read back the same")
    if problems:
        raise ComposeError("the generated message is not what was meant: " + "; ".join(problems))
