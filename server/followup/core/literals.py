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

__all__ = ["Prefilter", "Words", "required_literals", "requirements"]

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
    alternatives = requirements(pattern)
    if alternatives is None:
        return None
    return frozenset(word for clauses in alternatives for word in _best(clauses) or ())


def requirements(pattern: re.Pattern[str]) -> tuple[tuple[frozenset[str], ...], ...] | None:
    """A sharper condition: the pattern's top-level alternatives, each with every word set
    ("clause") a match of it needs one word of. A text can match only if, for some
    alternative, it holds a word of each of its clauses. None: no condition is known."""
    if not isinstance(pattern.pattern, str) or pattern.flags & _CASELESS:
        return None
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    # The first choice at the top level ("\\b(?:a b|c)" parses as a boundary, then a choice)
    # is split into its alternatives, each with the clauses of the items around it.
    at = next((i for i, (op, _) in enumerate(items) if op is _c.BRANCH), None)
    if at is None:
        alternatives: tuple[tuple[frozenset[str], ...], ...] = (tuple(_clauses(items)),)
    else:
        around = _clauses(items[:at]) + _clauses(items[at + 1 :])
        alternatives = tuple(tuple(around + _clauses(branch)) for branch in items[at][1][1])
    return None if any(not clauses for clauses in alternatives) else alternatives


def _clauses(items: Iterable[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Every item of a sequence must match, so each item's requirement is one of the
    sequence's clauses."""
    clauses: list[frozenset[str]] = []
    run: set[str] = {""}  # the spellings the literal run so far may take

    def close_run() -> None:
        nonlocal run
        if run != {""}:
            clauses.append(frozenset(run))
        run = {""}

    for op, av in items:
        if op is _c.LITERAL and not chr(av).isspace():
            run = {spelled + chr(av) for spelled in run}
            continue
        letters = _small_class(av) if op is _c.IN else None
        if letters and len(run) * len(letters) <= _MAX_SPELLINGS:
            # "r[1-5]" needs one of r1 … r5, not just "r", which nearly every title holds.
            run = {spelled + letter for spelled in run for letter in letters}
            continue
        close_run()
        found: frozenset[str] | None = None
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not (add_flags | del_flags) & _CASELESS:
                found = _best(_clauses(sub))
        elif op is _c.ATOMIC_GROUP:
            found = _best(_clauses(av))
        elif op is _c.BRANCH:
            found = _branches(av[1])
        elif op in _REPEATS and av[0] >= 1:  # at least one copy of the repeated part
            found = _best(_clauses(av[2]))
        # Anything else (classes, anchors, look-arounds, optional parts) requires no word.
        if found:
            clauses.append(found)
    close_run()
    return clauses


_MAX_SPELLINGS = 32


def _small_class(items: Any) -> list[str] | None:
    """The letters and digits of a character class such as [1-5] or [ae], if that is all it
    holds (no negation, no category, at most ten)."""
    letters: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            letters.append(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < 10:
            letters.extend(chr(code) for code in range(av[0], av[1] + 1))
        else:
            return None
    if len(letters) > 10 or not all(letter.isalnum() for letter in letters):
        return None
    return letters


def _best(clauses: list[frozenset[str]] | tuple[frozenset[str], ...]) -> frozenset[str] | None:
    """The most selective clause: longest shortest word, then fewest words."""
    return max(clauses, key=_selectivity, default=None)


def _branches(branches: Sequence[Any]) -> frozenset[str] | None:
    words: set[str] = set()
    for branch in branches:
        found = _best(_clauses(branch))
        if not found:
            return None  # this alternative needs no word, so the whole choice needs none
        words |= found
    return frozenset(words)


def _selectivity(words: frozenset[str]) -> tuple[int, int]:
    return min(len(word) for word in words), -len(words)


class Prefilter:
    """Whether any of several patterns might match a text (never a false "no").

    One search for any required word rejects most texts; for a text with one, the words of
    every clause are found in one pass (`Words`) and some alternative must hold a word of each
    of its clauses ("chat" alone does not make "(technical|coding) (round|chat)" possible)."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.always = False
        self.alternatives: list[tuple[frozenset[str], ...]] = []
        for pattern in patterns:
            found = requirements(pattern)
            if found is None:
                self.always = True
            else:
                # The most selective clause first: it is the one the index below uses.
                self.alternatives.extend(
                    tuple(sorted(clauses, key=_selectivity, reverse=True)) for clauses in found
                )
        firsts = {word for clauses in self.alternatives for word in clauses[0]}
        # A word containing another adds nothing: the shorter one occurs wherever it does.
        self.words = tuple(sorted(w for w in firsts if not any(v != w and v in w for v in firsts)))
        self._any = re.compile("|".join(map(re.escape, self.words))) if self.words else None
        self._vocabulary = Words(
            word for clauses in self.alternatives for c in clauses for word in c
        )
        # Each alternative's clauses as `Words.found` keys; found key → the alternatives whose
        # first clause it satisfies.
        self._keyed = [tuple(map(self._vocabulary.keys, c)) for c in self.alternatives]
        self._by_key: dict[str, list[int]] = {}
        for index, clauses in enumerate(self._keyed):
            for key in clauses[0]:
                self._by_key.setdefault(key, []).append(index)

    def might_match(self, text: str) -> bool:
        if self.always:
            return True
        if self._any is None or self._any.search(text) is None:
            return False
        found = self._vocabulary.found(text)
        candidates = {i for key in found for i in self._by_key.get(key, ())}
        return any(
            all(not clause.isdisjoint(found) for clause in self._keyed[i]) for i in candidates
        )


class Words:
    """Which of a fixed vocabulary's words occur in a text, all found in one regex pass.

    The vocabulary is compiled into a trie ("cand(?:idat(?:e|ure)?)?"), tried at every position
    of the text: it reports the longest word starting there, so a word occurs in a text exactly
    when a word found in it starts with that word (`keys`). One pass costs about as much as one
    of the patterns the words are read from, and then each pattern's condition is a set test.
    """

    def __init__(self, words: Iterable[str]) -> None:
        vocabulary = sorted({word for word in words if word})
        trie: dict[str, Any] = {}
        for word in vocabulary:
            node = trie
            for char in word:
                node = node.setdefault(char, {})
            node[""] = {}
        self._find = re.compile(f"(?=({_alternation(trie)}))") if vocabulary else None
        self._vocabulary = frozenset(vocabulary)
        # Word → the vocabulary's words that start with it (a sorted run from the word on).
        self._extensions: dict[str, frozenset[str]] = {}
        for i, word in enumerate(vocabulary):
            end = i + 1
            while end < len(vocabulary) and vocabulary[end].startswith(word):
                end += 1
            self._extensions[word] = frozenset(vocabulary[i:end])

    def found(self, text: str) -> frozenset[str]:
        """The longest vocabulary word at each position where one starts."""
        return frozenset(self._find.findall(text)) if self._find is not None else frozenset()

    def keys(self, words: Iterable[str]) -> frozenset[str]:
        """What `found` holds, for some of `words` (all in the vocabulary), exactly when a text
        contains one of them: `not keys.isdisjoint(found(text))`."""
        return frozenset().union(*(self._extensions[word] for word in words))


def _alternation(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _alternation(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    # Greedy: a longer word is tried before the word that ends here.
    return f"(?:{body})?" if "" in node else body
