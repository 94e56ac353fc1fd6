"""A second reader for `detect`: a linear model over the words and shape of an event.

The rules read an invitation's *shape* in the words they know; an author who writes in words
no rule knows (another language, their own shorthand) gets "no interview". This model has read
every event of the labelled corpus (tests/core/corpus) as a bag of words and a few structural
flags, and says how much an event reads like one of the person's own job interviews. `detect`
asks it only where the rules are unsure (see `detect.MODEL_*`), and lets it turn the verdict
into an interview only when it is sure: a false alarm costs a thank-you draft nobody wanted.

Features (one obvious place, shared with the trainer, tests/core/train_event_model.py):

* the folded words of the title ("t:"), their pairs, and the first five letters of the longer
  ones ("t:entre*": "entrevista", "entretien", "entrevue" share it); a word in a script
  written without spaces (Chinese, Japanese, Thai …) or in any non-Latin script also gives its
  letter pairs, so "面试" is found inside "技术面试";
* the same from the description's first `_MAX_DESC` characters ("d:"), without pairs;
* the words of the organizer's name and address ("o:": "talent", "recruiting", "noreply");
* a few flags of the event's shape ("s:"): who organised it (the person, a colleague, a
  personal address, someone outside), how many others attend and from how many outside
  domains, the scheduling, hiring and coding tools it names, a conference link, all-day, the
  person's answer.

The person's own name and domain words are left out: every corpus event is Alex Rivera's, and
a real user's name says nothing either. The weights are a logistic regression (scikit-learn,
only at training time); here they are a plain dict, so scoring costs a few dict lookups per
word and nothing to install. `event_model.json` is rebuilt with
`python -m tests.core.train_event_model`.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from followup.core.companies import (
    APPLICANT_TRACKING,
    CODING_TOOLS,
    MEETING_TOOLS,
    domain_of,
    is_free_mail,
    registrable,
)
from followup.core.events import CalendarEvent

__all__ = ["MODEL_PATH", "Model", "Reading", "features", "load_model"]

MODEL_PATH = Path(__file__).with_name("event_model.json")

_MAX_TITLE = 300
_MAX_DESC = 3_000  # an invitation says what it is near the top; the rest is dial-ins and legalese
_MAX_WORDS = 600
_STEM = 5
# Letters (any script) or digits; "_" is no letter.
_WORD = re.compile(r"[^\W\d_]+|\d+")
# A word outside Latin letters: read by its letter pairs too.
_NON_LATIN = re.compile(r"[^\x00-\u024f]")
_LOCAL_PARTS = re.compile(r"[a-z]+")
_BOOKING = frozenset(
    {"Calendly", "SavvyCal", "YouCanBookMe", "Doodle", "Cronofy", "Chili Piper", "HubSpot"}
)


def features(
    event: CalendarEvent, me: str | None, f_title: str, f_desc: str, tools: Iterable[str]
) -> set[str]:
    """The features of an event, from its folded title line and description (as `detect`
    reads them: the description without its links) and the tools `detect` found on it."""
    mine = _my_words(me)
    found: set[str] = set()
    title = [w for w in _words(f_title[:_MAX_TITLE]) if w not in mine]
    _add_words(found, "t:", title)
    found.update(f"t:{a} {b}" for a, b in pairwise(title))
    desc = [w for w in _words(f_desc[:_MAX_DESC])[:_MAX_WORDS] if w not in mine]
    _add_words(found, "d:", desc)
    if not desc:
        found.add("s:no description")
    found.update(_organizer(event, me, mine))
    found.update(_shape(event, me, tools))
    return found


def _words(folded: str) -> list[str]:
    return ["#" if word[0].isdigit() else word for word in _WORD.findall(folded)]


def _add_words(found: set[str], prefix: str, words: list[str]) -> None:
    for word in words:
        if _NON_LATIN.search(word):
            if len(word) <= 12:
                found.add(prefix + word)
            found.update(prefix + a + b for a, b in pairwise(word))
            continue
        found.add(prefix + word)
        if len(word) > _STEM:
            found.add(prefix + word[:_STEM] + "*")


@cache
def _my_words(me: str | None) -> frozenset[str]:
    """The words of the person's own address ("alex", "rivera", "initech")."""
    if not me:
        return frozenset()
    local, _, domain = me.lower().partition("@")
    words = set(_LOCAL_PARTS.findall(local))
    if domain and not is_free_mail(domain):
        words.update(_LOCAL_PARTS.findall(registrable(domain).partition(".")[0]))
    return frozenset(w for w in words if len(w) > 1)


def _organizer(event: CalendarEvent, me: str | None, mine: frozenset[str]) -> set[str]:
    organizer = event.organizer
    if organizer is None or organizer.self or (me and organizer.email == me):
        return set()
    found = {"o:" + w for w in _LOCAL_PARTS.findall(organizer.email.partition("@")[0])}
    if organizer.display_name:
        found.update("o:" + w for w in _words(organizer.display_name.lower()))
    return {f for f in found if f[2:] not in mine and len(f) > 3}


def _shape(event: CalendarEvent, me: str | None, tools: Iterable[str]) -> set[str]:
    my_domain = domain_of(me) if me else ""
    my_org = registrable(my_domain) if my_domain and not is_free_mail(my_domain) else ""
    found: set[str] = set()
    organizer = event.organizer
    if organizer is None:
        found.add("s:no organizer")
    elif organizer.self or (me and organizer.email == me):
        found.add("s:organizer is me")
    else:
        domain = domain_of(organizer.email)
        if is_free_mail(domain):
            found.add("s:organizer personal")
        elif my_org and registrable(domain) == my_org:
            found.add("s:organizer colleague")
        else:
            found.add("s:organizer outside")
    others = [a for a in event.attendees[:200] if not a.self and a.email != me and not a.resource]
    count = len(others)
    found.add("s:others " + ("0" if not count else "1" if count == 1 else "2" if count == 2
                             else "3-5" if count <= 5 else "6+"))  # fmt: skip
    outside = set()
    for attendee in others:
        domain = domain_of(attendee.email)
        if not domain:
            continue
        if is_free_mail(domain):
            found.add("s:personal guest")
        elif my_org and registrable(domain) == my_org:
            found.add("s:colleague")
        else:
            outside.add(registrable(domain))
    found.add("s:outside " + ("0" if not outside else "1" if len(outside) == 1 else "2+"))
    for tool in tools:
        found.add("s:tool " + tool.lower())
        if tool in APPLICANT_TRACKING:
            found.add("s:hiring tool")
        elif tool in CODING_TOOLS:
            found.add("s:coding tool")
        elif tool in _BOOKING:
            found.add("s:booking tool")
        elif tool in MEETING_TOOLS:
            found.add("s:meeting tool")
    if event.hangout_link or event.conference_urls:
        found.add("s:conference")
    if event.all_day:
        found.add("s:all day")
    if event.location:
        found.add("s:location")
    found.add("s:answer " + (event.my_response or "none"))
    return found


@dataclass(frozen=True, slots=True)
class Reading:
    """How much an event reads like an interview, and the weights of its features."""

    probability: float
    present: tuple[tuple[str, float], ...]
    score: float  # the log-odds

    def cues(self, most: int = 3) -> list[str]:
        """The words that pushed most toward an interview (no shape flags, no short words)."""
        ranked = sorted(((w, f) for f, w in self.present if f[0] in "td" and w > 0), reverse=True)
        shown: list[str] = []
        for _, feature in ranked:
            word = feature[2:]
            if "#" in word or len(word) < (2 if _NON_LATIN.search(word) else 4):
                continue  # "min", "has", "para" say little to a reader
            cue = word.removesuffix("*") + "…" if word.endswith("*") else word
            if not any(c == cue or c.startswith(cue[:-1]) for c in shown):
                shown.append(cue)  # "onsite", not "onsite" and "onsit…" again
            if len(shown) == most:
                break
        return shown

    def words(self) -> int:
        """How many words of the event's text the reading holds (not their pairs or stems)."""
        return sum(1 for f, _ in self.present if f[0] in "td" and " " not in f and "*" not in f)

    def without_top(self) -> float:
        """The probability without the strongest word's family (the word, its first letters
        and the pairs holding it): whether the reading rests on more than one word."""
        words = [(w, f) for f, w in self.present if f[0] in "td" and w > 0]
        if not words:
            return self.probability
        top = max(words)[1][2:].removesuffix("*")
        stem = top[:_STEM]
        dropped = sum(
            w
            for f, w in self.present
            if f[0] in "td" and any(t.startswith(stem) for t in f[2:].split())
        )
        return _sigmoid(self.score - dropped)


class Model:
    def __init__(self, data: dict[str, Any]) -> None:
        self.bias: float = float(data["bias"])
        self.weights: dict[str, float] = data["weights"]
        self.meta: dict[str, Any] = data.get("meta", {})

    def read(self, found: set[str]) -> Reading:
        present = tuple((f, w) for f in found if (w := self.weights.get(f)) is not None)
        score = self.bias + sum(w for _, w in present)
        return Reading(_sigmoid(score), present, score)

    def probability(self, found: set[str]) -> float:
        get = self.weights.get
        return _sigmoid(self.bias + sum(get(f, 0.0) for f in found))


def _sigmoid(score: float) -> float:
    if score < -40:
        return 0.0
    return 1.0 / (1.0 + math.exp(-score))


@cache
def load_model(path: Path = MODEL_PATH) -> Model | None:
    """The committed model, read once; None when the file is missing (the rules alone)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return Model(data)
