"""Gmail's search language (`q`), enough of it for an honest sandbox.

`parse(q)` turns a query into a `Query`; `Query.matches(view, now)` tests one message.

Supported:
- `from:` `to:` `cc:` `bcc:` `subject:` with a word, a `"quoted phrase"`, `(all of these words)`
  or `{any of these words}`;
- `rfc822msgid:` (angle brackets optional; the Message-ID must match exactly);
- `in:inbox|sent|drafts|draft|trash|spam|starred|important|unread|anywhere` (other names: a label),
  `label:`, `is:unread|read|starred|unstarred|important|draft|sent|inbox`, `has:attachment`,
  `filename:`;
- `after:` / `before:` with `YYYY/MM/DD` (also `YYYY-MM-DD`) or epoch seconds. **Dates are midnight
  UTC** (Gmail itself uses the account's time zone). `after:` includes its instant, `before:`
  excludes it, so `after:2024/05/01 before:2024/05/02` is the whole of 1 May (UTC);
- `newer_than:` / `older_than:` with `Nd`, `Nm` (months) or `Ny`, measured from `now`;
- `OR` (upper case) and `{a b}`, `-` negation, `(...)` grouping, `"quoted phrases"` and bare words.
  Terms side by side are ANDed (`AND` is accepted and ignored).

Words and phrases match case-insensitively on word boundaries ("interview" does not match
"interviews"); bare ones search the subject, the body text, From, To and Cc.
Malformed queries raise `QueryError` (the API answers 400).
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import ClassVar

from dateutil.relativedelta import relativedelta


class QueryError(ValueError):
    """A query Gmail's search could not make sense of."""


@dataclass(frozen=True)
class MessageView:
    """What the search sees of one message (header values decoded)."""

    subject: str = ""
    sender: str = ""
    to: str = ""
    cc: str = ""
    bcc: str = ""
    body: str = ""
    message_id: str = ""  # without angle brackets
    label_ids: frozenset[str] = frozenset()
    internal_date: int = 0  # ms since the epoch
    filenames: tuple[str, ...] = ()


# The fields each operator reads. Gmail's `to:` also matches Cc recipients (it is
# "sent to", not "the To header"); `cc:` and `bcc:` read only their own header.
TEXT_FIELDS = {
    "from": ("sender",),
    "to": ("to", "cc"),
    "cc": ("cc",),
    "bcc": ("bcc",),
    "subject": ("subject",),
}
OPERATORS = frozenset(
    {
        *TEXT_FIELDS,
        "rfc822msgid",
        "in",
        "label",
        "is",
        "has",
        "filename",
        "after",
        "before",
        "newer_than",
        "older_than",
        "newer",
        "older",
    }
)
IN_LABELS = {
    "inbox": "INBOX",
    "sent": "SENT",
    "drafts": "DRAFT",
    "draft": "DRAFT",
    "trash": "TRASH",
    "spam": "SPAM",
    "starred": "STARRED",
    "important": "IMPORTANT",
    "unread": "UNREAD",
    "chats": "CHAT",
}
IS_LABELS = {
    "unread": ("UNREAD", True),
    "read": ("UNREAD", False),
    "starred": ("STARRED", True),
    "unstarred": ("STARRED", False),
    "important": ("IMPORTANT", True),
    "unimportant": ("IMPORTANT", False),
    "draft": ("DRAFT", True),
    "sent": ("SENT", True),
    "inbox": ("INBOX", True),
}


# The tree ------------------------------------------------------------------


class Node(ABC):
    @abstractmethod
    def matches(self, view: MessageView, now: datetime) -> bool: ...

    def labels_named(self) -> set[str]:
        """Label ids named by in:/label:/is: anywhere in the query (for spam/trash inclusion)."""
        return set()


@dataclass(frozen=True)
class And(Node):
    items: tuple[Node, ...]

    def matches(self, view: MessageView, now: datetime) -> bool:
        return all(item.matches(view, now) for item in self.items)

    def labels_named(self) -> set[str]:
        return set().union(*(item.labels_named() for item in self.items))


@dataclass(frozen=True)
class Or(Node):
    items: tuple[Node, ...]

    def matches(self, view: MessageView, now: datetime) -> bool:
        return any(item.matches(view, now) for item in self.items)

    def labels_named(self) -> set[str]:
        return set().union(*(item.labels_named() for item in self.items))


@dataclass(frozen=True)
class Not(Node):
    item: Node

    def matches(self, view: MessageView, now: datetime) -> bool:
        return not self.item.matches(view, now)


def _word_pattern(text: str) -> re.Pattern[str]:
    words = text.lower().split()
    body = r"\W+".join(re.escape(word) for word in words)
    return re.compile(rf"(?<!\w){body}(?!\w)")


@dataclass(frozen=True)
class Text(Node):
    """A word or phrase in some fields (all the searchable ones when `fields` is empty)."""

    text: str
    fields: tuple[str, ...] = ()
    pattern: re.Pattern[str] = field(init=False, compare=False, repr=False)

    ALL_FIELDS: ClassVar[tuple[str, ...]] = ("subject", "body", "sender", "to", "cc")

    def __post_init__(self) -> None:
        object.__setattr__(self, "pattern", _word_pattern(self.text))

    def matches(self, view: MessageView, now: datetime) -> bool:
        for name in self.fields or self.ALL_FIELDS:
            value: str = getattr(view, name)
            if value and self.pattern.search(value.lower()):
                return True
        return False


@dataclass(frozen=True)
class MessageId(Node):
    message_id: str

    def matches(self, view: MessageView, now: datetime) -> bool:
        return bool(view.message_id) and view.message_id == self.message_id


def _label_key(label: str) -> str:
    return re.sub(r"[\s/_-]+", "-", label.strip().lower())


@dataclass(frozen=True)
class Label(Node):
    label_id: str
    present: bool = True

    def matches(self, view: MessageView, now: datetime) -> bool:
        key = _label_key(self.label_id)
        has = any(_label_key(label) == key for label in view.label_ids)
        return has if self.present else not has

    def labels_named(self) -> set[str]:
        return {self.label_id.upper()}


@dataclass(frozen=True)
class Anywhere(Node):
    def matches(self, view: MessageView, now: datetime) -> bool:
        return True

    def labels_named(self) -> set[str]:
        return {"SPAM", "TRASH"}


@dataclass(frozen=True)
class HasAttachment(Node):
    def matches(self, view: MessageView, now: datetime) -> bool:
        return bool(view.filenames)


@dataclass(frozen=True)
class Filename(Node):
    name: str

    def matches(self, view: MessageView, now: datetime) -> bool:
        wanted = self.name.lower()
        for filename in view.filenames:
            lowered = filename.lower()
            if lowered == wanted or lowered.endswith("." + wanted) or wanted in lowered:
                return True
        return False


@dataclass(frozen=True)
class DateBound(Node):
    """`after` (instant included) or `before` (instant excluded) an absolute time in ms."""

    millis: int
    after: bool

    def matches(self, view: MessageView, now: datetime) -> bool:
        if self.after:
            return view.internal_date >= self.millis
        return view.internal_date < self.millis


@dataclass(frozen=True)
class Age(Node):
    """`newer_than` / `older_than`: relative to `now`."""

    amount: int
    unit: str  # d, m or y
    newer: bool

    def matches(self, view: MessageView, now: datetime) -> bool:
        delta = {
            "d": relativedelta(days=self.amount),
            "m": relativedelta(months=self.amount),
            "y": relativedelta(years=self.amount),
        }[self.unit]
        bound = int((now - delta).timestamp() * 1000)
        return view.internal_date >= bound if self.newer else view.internal_date < bound


@dataclass(frozen=True)
class Everything(Node):
    def matches(self, view: MessageView, now: datetime) -> bool:
        return True


@dataclass(frozen=True)
class Query:
    node: Node
    source: str = ""

    def matches(self, view: MessageView, now: datetime) -> bool:
        return self.node.matches(view, now)

    def names_label(self, label_id: str) -> bool:
        """Whether the query itself asks for this label (SPAM/TRASH are then not hidden)."""
        return label_id.upper() in self.node.labels_named()


# Tokens --------------------------------------------------------------------


@dataclass(frozen=True)
class Token:
    kind: str  # ( ) { } - OR OP WORD PHRASE
    text: str = ""
    position: int = 0


_SPECIAL = '(){}"'


def tokenize(q: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    n = len(q)
    while i < n:
        char = q[i]
        if char.isspace():
            i += 1
        elif char in "(){}":
            tokens.append(Token(char, char, i))
            i += 1
        elif char == '"':
            end = q.find('"', i + 1)
            if end < 0:
                raise QueryError(f"Unterminated quote at position {i + 1} in search query")
            tokens.append(Token("PHRASE", q[i + 1 : end], i))
            i = end + 1
        elif char == "-" and (i == 0 or q[i - 1].isspace() or q[i - 1] in "({"):
            if i + 1 >= n or q[i + 1].isspace():
                raise QueryError(f"'-' at position {i + 1} must be followed by a term to exclude")
            tokens.append(Token("-", "-", i))
            i += 1
        else:
            start = i
            while i < n and not q[i].isspace() and q[i] not in _SPECIAL:
                i += 1
            word = q[start:i]
            name, colon, rest = word.partition(":")
            if colon and name.lower() in OPERATORS:
                tokens.append(Token("OP", name.lower(), start))
                if rest:
                    tokens.append(Token("WORD", rest, start + len(name) + 1))
                elif i >= n or q[i].isspace() or q[i] in ")}":
                    raise QueryError(f"'{name}:' at position {start + 1} needs a value")
            elif word == "OR":
                tokens.append(Token("OR", word, start))
            elif word != "AND":
                tokens.append(Token("WORD", word, start))
    return tokens


# Parser --------------------------------------------------------------------


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.index = 0

    def peek(self) -> Token | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def sequence(self, field_name: str | None, closer: str | None) -> Node:
        items: list[Node] = []
        while (token := self.peek()) is not None and token.kind != closer:
            if token.kind in ")}":
                raise QueryError(f"Unbalanced '{token.text}' at position {token.position + 1}")
            items.append(self.disjunction(field_name))
        if closer is not None and self.peek() is None:
            opener = "(" if closer == ")" else "{"
            raise QueryError(f"Missing '{closer}' to close '{opener}' in search query")
        if len(items) == 1:
            return items[0]
        return And(tuple(items)) if items else Everything()

    def disjunction(self, field_name: str | None) -> Node:
        token = self.peek()
        if token is not None and token.kind == "OR":
            raise QueryError(f"'OR' at position {token.position + 1} needs a term before it")
        items = [self.unary(field_name)]
        while (token := self.peek()) is not None and token.kind == "OR":
            self.take()
            following = self.peek()
            if following is None or following.kind in (")", "}", "OR"):
                raise QueryError(f"'OR' at position {token.position + 1} needs a term after it")
            items.append(self.unary(field_name))
        return items[0] if len(items) == 1 else Or(tuple(items))

    def unary(self, field_name: str | None) -> Node:
        token = self.peek()
        if token is not None and token.kind == "-":
            self.take()
            if self.peek() is None:
                raise QueryError("'-' at the end of the query must be followed by a term")
            return Not(self.unary(field_name))
        return self.atom(field_name)

    def atom(self, field_name: str | None) -> Node:
        token = self.take()
        if token.kind == "(":
            node = self.sequence(field_name, ")")
            self.take()
            if isinstance(node, Everything):
                raise QueryError(f"Empty '()' at position {token.position + 1}")
            return node
        if token.kind == "{":
            items: list[Node] = []
            while (inner := self.peek()) is not None and inner.kind != "}":
                if inner.kind == ")":
                    raise QueryError(f"Unbalanced ')' at position {inner.position + 1}")
                if inner.kind == "OR":
                    self.take()
                    continue
                items.append(self.unary(field_name))
            if self.peek() is None:
                raise QueryError("Missing '}' to close '{' in search query")
            self.take()
            if not items:
                raise QueryError(f"Empty '{{}}' at position {token.position + 1}")
            return items[0] if len(items) == 1 else Or(tuple(items))
        if token.kind == "OP":
            following = self.peek()
            if following is None or following.kind not in ("WORD", "PHRASE", "(", "{"):
                raise QueryError(f"'{token.text}:' at position {token.position + 1} needs a value")
            return self.atom(token.text)
        if token.kind in ("WORD", "PHRASE"):
            return term(field_name, token.text, token.kind == "PHRASE")
        raise QueryError(f"Unexpected '{token.text}' at position {token.position + 1}")


def parse(q: str | None) -> Query:
    """Parse a Gmail search query. An empty query matches every message."""
    source = q or ""
    tokens = tokenize(source)
    parser = _Parser(tokens)
    node = parser.sequence(None, None)
    return Query(node, source)


# Terms ---------------------------------------------------------------------

_DATE = re.compile(r"^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$")
_AGE = re.compile(r"^(\d+)([dmy])$", re.IGNORECASE)


def _date_millis(operator: str, value: str) -> int:
    if value.isdigit():
        return int(value) * 1000
    match = _DATE.match(value)
    if match:
        try:
            day = datetime(int(match[1]), int(match[2]), int(match[3]), tzinfo=UTC)
        except ValueError as exc:
            raise QueryError(f"'{operator}:{value}' is not a real date") from exc
        return int(day.timestamp() * 1000)
    raise QueryError(
        f"'{operator}:{value}' needs a date as YYYY/MM/DD or a time in seconds since the epoch"
    )


def term(field_name: str | None, value: str, phrase: bool = False) -> Node:
    """One search term: `value` under operator `field_name` (None: a bare word or phrase)."""
    if not value.strip():
        if phrase and field_name is None:
            return Everything()
        raise QueryError(f"'{field_name}:' needs a value")
    if field_name is None:
        return Text(value)
    if field_name in TEXT_FIELDS:
        return Text(value, TEXT_FIELDS[field_name])
    lowered = value.strip().lower()
    if field_name == "rfc822msgid":
        bare = value.strip()
        if bare.startswith("<") and bare.endswith(">"):
            bare = bare[1:-1]
        return MessageId(bare.strip())
    if field_name == "in":
        if lowered == "anywhere":
            return Anywhere()
        return Label(IN_LABELS.get(lowered, value.strip()))
    if field_name == "label":
        return Label(IN_LABELS.get(lowered, value.strip()))
    if field_name == "is":
        if lowered not in IS_LABELS:
            known = ", ".join(sorted(IS_LABELS))
            raise QueryError(f"'is:{value}' is not supported (use one of: {known})")
        label_id, present = IS_LABELS[lowered]
        return Label(label_id, present)
    if field_name == "has":
        if lowered != "attachment":
            raise QueryError(f"'has:{value}' is not supported (only has:attachment)")
        return HasAttachment()
    if field_name == "filename":
        return Filename(value.strip())
    if field_name in ("after", "before", "newer", "older"):
        return DateBound(_date_millis(field_name, value.strip()), field_name in ("after", "newer"))
    # newer_than / older_than
    match = _AGE.match(value.strip())
    if not match:
        raise QueryError(
            f"'{field_name}:{value}' needs an amount such as 2d (days), 3m (months) or 1y (years)"
        )
    return Age(int(match[1]), match[2].lower(), field_name == "newer_than")
