"""Cheap necessary conditions for regular expressions: words a match cannot do without.

`required_literals` reads a pattern's own syntax tree and returns a set of words such that
every match of the pattern contains at least one of them. A text containing none of them
cannot match, so `Prefilter.might_match` answers "no" only when the patterns truly cannot
match: it never hides a match, it only saves running them on text that has no chance.
Detection uses it to pass over most of a calendar (standups, lunches) at a fraction of the
cost of its full set of patterns.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["Prefilter", "required_literals"]

# The standard library's own regex parser (the one `re.compile` uses), so the words are read
# from exactly the syntax the pattern is compiled from. Private, hence imported by name.
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_CASELESS = re.IGNORECASE | re.LOCALE


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Words of which every match of `pattern` contains one, or None when no such set is
    known (then the pattern must always be tried). Words never contain white space, so a text
    whose other characters were blanked to spaces cannot gain one."""
    if not isinstance(pattern.pattern, str) or pattern.flags & _CASELESS:
        return None
    return _sequence(_parser.parse(pattern.pattern, pattern.flags))


def _sequence(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """Every item of a sequence must match, so any one item's requirement is the sequence's:
    keep the most selective."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL and not chr(av).isspace():
            run.append(chr(av))
            continue
        close_run()
        found: frozenset[str] | None = None
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not (add_flags | del_flags) & _CASELESS:
                found = _sequence(sub)
        elif op is _c.ATOMIC_GROUP:
            found = _sequence(av)
        elif op is _c.BRANCH:
            found = _branches(av[1])
        elif op in _REPEATS and av[0] >= 1:  # at least one copy of the repeated part
            found = _sequence(av[2])
        # Anything else (classes, anchors, look-arounds, optional parts) requires no word.
        if found:
            candidates.append(found)
    close_run()
    return max(candidates, key=_selectivity, default=None)


def _branches(branches: Sequence[Any]) -> frozenset[str] | None:
    words: set[str] = set()
    for branch in branches:
        found = _sequence(branch)
        if not found:
            return None  # this alternative needs no word, so the whole choice needs none
        words |= found
    return frozenset(words)


def _selectivity(words: frozenset[str]) -> tuple[int, int]:
    return min(len(word) for word in words), -len(words)


class Prefilter:
    """Whether any of several patterns might match a text (never a false "no")."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        words: set[str] = set()
        self.always = False
        for pattern in patterns:
            found = required_literals(pattern)
            if found is None:
                self.always = True
            else:
                words |= found
        # A word containing another adds nothing: the shorter one occurs wherever it does.
        kept = sorted(w for w in words if not any(v != w and v in w for v in words))
        self.words = tuple(kept)
        self._any = re.compile("|".join(re.escape(word) for word in kept)) if kept else None

    def might_match(self, text: str) -> bool:
        if self.always:
            return True
        return self._any is not None and self._any.search(text) is not None
