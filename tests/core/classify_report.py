"""Precision and recall per kind (and per language) of `classify_message` over the labelled e-mail
corpus: the hand-written mails (`emails/*.eml`), the generated tuned parts (`emails/generated/`,
`emails/generated3/` written in round 3, `emails/generated4/` written in round 4,
`emails/generated5/` written in round 5, `emails/generated6/` written in round 6,
`emails/generated7/` written in round 7, `emails/generated8/` written in round 8,
`emails/generated9/` written in round 9, `emails/generated10/` written in round 10,
`emails/generated11/`, `emails/generated12/` and `emails/generated13/` written in round 11,
`emails/generated14/` written in round 12, `emails/generated15/` written in round 13), round
1's held-out part (`emails/round1/`, tuned on since round 2), round 2's held-out and sealed parts
(`emails/heldout/`, `emails/sealed/`, tuned on since round 3), round 3's held-out part
(`emails/round3/`, tuned on since round 4), round 4's held-out part (`emails/round4/`, written
before round 4's tuning, measured before and after, tuned on since round 5), round 5's held-out part
(`emails/round5/`, tuned on since round 6) and round 6's held-out part (`emails/round6/`, written
before round 6's changes by an evaluator who did not read the classifier, tuned on since round 7).

Run: `.venv/bin/python -m tests.core.classify_report [SET …] [-v]`, SET one of hand, generated,
generated3, generated4, generated5, generated6, generated7, generated8, generated9, generated10,
generated11, generated12, generated13, generated14, generated15, round1, heldout, sealed, round3,
round4, round5, round6, round7, author7a, author7b, round8, author8a, author8b, author8c, author8d,
author9a, author9b, round9, author10a, round10, round11, author11a, author11b, author12a, author12b,
author12c, round12, round13, author13b, author13a, author13c, round14, author14a, author14b,
author14c, author14e, author14d, author14f, round15, author15a, author15b,
author15c, author16a, author16c, author16b, round16, author16d, round17, author17a, author17b,
author17d, author17c, round18, author18b, author18a, author18c, author18d, round19, author19a,
author19b (`-v` prints every verdict); `--time` adds the median time per message."""

from __future__ import annotations

import json
import statistics
import sys
import time
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

from followup.core.classify import KINDS, EmailVerdict, classify_message

EMAILS = Path(__file__).with_name("emails")
SETS = {
    "hand": EMAILS,
    "generated": EMAILS / "generated",
    "generated3": EMAILS / "generated3",
    "generated4": EMAILS / "generated4",
    "generated5": EMAILS / "generated5",
    "generated6": EMAILS / "generated6",
    "generated7": EMAILS / "generated7",
    "generated8": EMAILS / "generated8",
    "generated9": EMAILS / "generated9",
    "generated10": EMAILS / "generated10",
    "generated11": EMAILS / "generated11",
    "generated12": EMAILS / "generated12",
    "generated13": EMAILS / "generated13",
    "generated14": EMAILS / "generated14",
    "generated15": EMAILS / "generated15",
    "round1": EMAILS / "round1",
    "heldout": EMAILS / "heldout",
    "sealed": EMAILS / "sealed",
    "round3": EMAILS / "round3",
    "round4": EMAILS / "round4",
    "round5": EMAILS / "round5",
    "round6": EMAILS / "round6",
    "round7": EMAILS / "round7",
    "author7a": EMAILS / "author7a",
    "author7b": EMAILS / "author7b",
    "round8": EMAILS / "round8",
    "author8a": EMAILS / "author8a",
    "author8b": EMAILS / "author8b",
    "author8c": EMAILS / "author8c",
    "author8d": EMAILS / "author8d",
    "author9a": EMAILS / "author9a",
    "author9b": EMAILS / "author9b",
    "round9": EMAILS / "round9",
    "author10a": EMAILS / "author10a",
    "round10": EMAILS / "round10",
    "round11": EMAILS / "round11",
    "author11a": EMAILS / "author11a",
    "author11b": EMAILS / "author11b",
    "author12a": EMAILS / "author12a",
    "author12b": EMAILS / "author12b",
    "author12c": EMAILS / "author12c",
    "round12": EMAILS / "round12",
    "round13": EMAILS / "round13",
    "author13b": EMAILS / "author13b",
    "author13a": EMAILS / "author13a",
    "author13c": EMAILS / "author13c",
    "round14": EMAILS / "round14",
    "author14a": EMAILS / "author14a",
    "author14b": EMAILS / "author14b",
    "author14c": EMAILS / "author14c",
    "author14e": EMAILS / "author14e",
    "author14d": EMAILS / "author14d",
    "author14f": EMAILS / "author14f",
    "round15": EMAILS / "round15",
    "author15a": EMAILS / "author15a",
    "author15b": EMAILS / "author15b",
    "author15c": EMAILS / "author15c",
    "author16a": EMAILS / "author16a",
    "author16c": EMAILS / "author16c",
    "author16b": EMAILS / "author16b",
    "round16": EMAILS / "round16",
    "author16d": EMAILS / "author16d",
    "round17": EMAILS / "round17",
    "author17a": EMAILS / "author17a",
    "author17b": EMAILS / "author17b",
    "author17d": EMAILS / "author17d",
    "author17c": EMAILS / "author17c",
    "round18": EMAILS / "round18",
    "author18b": EMAILS / "author18b",
    "author18a": EMAILS / "author18a",
    "author18c": EMAILS / "author18c",
    "author18d": EMAILS / "author18d",
    "round19": EMAILS / "round19",
    "author19a": EMAILS / "author19a",
    "author19b": EMAILS / "author19b",
    "author19c": EMAILS / "author19c",
    "author20b": EMAILS / "author20b",
    "round20": EMAILS / "round20",
    "author20a": EMAILS / "author20a",
    "author20c": EMAILS / "author20c",
}
LANGS = ("en", "de", "fr", "es", "pt", "nl", "it")


def load_entries(folder: Path = EMAILS) -> dict[str, dict[str, str]]:
    entries: dict[str, dict[str, str]] = json.loads(
        (folder / "labels.json").read_text(encoding="utf-8")
    )
    return entries


def load_labels(folder: Path = EMAILS) -> dict[str, str]:
    return {name: entry["kind"] for name, entry in load_entries(folder).items()}


def read_message(path: Path) -> EmailMessage:
    message = message_from_bytes(path.read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    return message


@dataclass
class Figures:
    total: int = 0
    right: int = 0
    # (expected, got) → count
    pairs: dict[tuple[str, str], int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    verdicts: dict[str, EmailVerdict] = field(default_factory=dict)
    by_lang: dict[str, Figures] = field(default_factory=dict)

    def count(self, expected: str, got: str) -> None:
        self.total += 1
        self.right += expected == got
        self.pairs[(expected, got)] = self.pairs.get((expected, got), 0) + 1

    def precision(self, kind: str) -> float:
        found = sum(n for (_, got), n in self.pairs.items() if got == kind)
        return self.pairs.get((kind, kind), 0) / found if found else 1.0

    def recall(self, kind: str) -> float:
        wanted = sum(n for (exp, _), n in self.pairs.items() if exp == kind)
        return self.pairs.get((kind, kind), 0) / wanted if wanted else 1.0

    def support(self, kind: str) -> int:
        return sum(n for (exp, _), n in self.pairs.items() if exp == kind)

    def confused(self, expected: str, got: str) -> int:
        return self.pairs.get((expected, got), 0)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0

    def summary(self, title: str = "corpus") -> str:
        lines = [f"{title}: {self.total} mails, accuracy {self.accuracy:.3f}"]
        for kind in KINDS:
            lines.append(
                f"  {kind:<17} n={self.support(kind):<4} precision {self.precision(kind):.3f}"
                f"  recall {self.recall(kind):.3f}"
            )
        for lang, sub in self.by_lang.items():
            lines.append(
                f"  [{lang}] n={sub.total:<4} rejection n={sub.support('rejection'):<3} "
                f"precision {sub.precision('rejection'):.3f} recall {sub.recall('rejection'):.3f}"
                f"  accuracy {sub.accuracy:.3f}"
            )
        return "\n".join(lines)


def evaluate(folder: Path = EMAILS) -> Figures:
    figures = Figures()
    for name, entry in sorted(load_entries(folder).items()):
        expected = entry["kind"]
        verdict = classify_message(read_message(folder / name))
        figures.verdicts[name] = verdict
        figures.count(expected, verdict.kind)
        lang = entry.get("lang")
        if lang:
            figures.by_lang.setdefault(lang, Figures()).count(expected, verdict.kind)
        if verdict.kind != expected:
            figures.misses.append(
                f"{name}: expected {expected}, got {verdict.kind} "
                f"({verdict.confidence}) — {verdict.reason}"
            )
    figures.by_lang = {k: figures.by_lang[k] for k in LANGS if k in figures.by_lang}
    return figures


def median_ms(folder: Path) -> float:
    """Median wall time of `classify_message` per mail (parsing excluded), best of 3 runs."""
    messages = [read_message(folder / name) for name in sorted(load_entries(folder))]
    times: list[float] = []
    for message in messages:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            classify_message(message)
            best = min(best, time.perf_counter() - start)
        times.append(best * 1000)
    return statistics.median(times)


def main() -> None:
    args = sys.argv[1:]
    chosen = [a for a in args if a in SETS] or list(SETS)
    for key in chosen:
        figures = evaluate(SETS[key])
        print(figures.summary(key))
        for miss in figures.misses:
            print("  miss " + miss)
        if "-v" in args:
            for name, verdict in figures.verdicts.items():
                print(f"{name:<45} {verdict.kind:<17} {verdict.confidence:<6} {verdict.reason}")
        if "--time" in args:
            print(f"  median {median_ms(SETS[key]):.3f} ms per message")


if __name__ == "__main__":
    main()
