"""Precision and recall per kind of `classify_message` over the labelled e-mail corpus.

Run: `.venv/bin/python -m tests.core.classify_report` (add `-v` to print every verdict)."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

from followup.core.classify import KINDS, EmailVerdict, classify_message

EMAILS = Path(__file__).with_name("emails")


def load_labels() -> dict[str, str]:
    labels = json.loads((EMAILS / "labels.json").read_text(encoding="utf-8"))
    return {name: entry["kind"] for name, entry in labels.items()}


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

    def count(self, expected: str, got: str) -> None:
        self.pairs[(expected, got)] = self.pairs.get((expected, got), 0) + 1

    def precision(self, kind: str) -> float:
        found = sum(n for (_, got), n in self.pairs.items() if got == kind)
        return self.pairs.get((kind, kind), 0) / found if found else 1.0

    def recall(self, kind: str) -> float:
        wanted = sum(n for (exp, _), n in self.pairs.items() if exp == kind)
        return self.pairs.get((kind, kind), 0) / wanted if wanted else 1.0

    def support(self, kind: str) -> int:
        return sum(n for (exp, _), n in self.pairs.items() if exp == kind)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0

    def summary(self) -> str:
        lines = [f"corpus: {self.total} mails, accuracy {self.accuracy:.3f}"]
        for kind in KINDS:
            lines.append(
                f"  {kind:<17} n={self.support(kind):<3} precision {self.precision(kind):.3f}"
                f"  recall {self.recall(kind):.3f}"
            )
        return "\n".join(lines)


def evaluate() -> Figures:
    figures = Figures()
    for name, expected in sorted(load_labels().items()):
        verdict = classify_message(read_message(EMAILS / name))
        figures.total += 1
        figures.verdicts[name] = verdict
        figures.count(expected, verdict.kind)
        if verdict.kind == expected:
            figures.right += 1
        else:
            figures.misses.append(
                f"{name}: expected {expected}, got {verdict.kind} "
                f"({verdict.confidence}) — {verdict.reason}"
            )
    return figures


def main() -> None:
    figures = evaluate()
    print(figures.summary())
    for miss in figures.misses:
        print("  miss " + miss)
    if "-v" in sys.argv[1:]:
        for name, verdict in figures.verdicts.items():
            print(f"{name:<45} {verdict.kind:<17} {verdict.confidence:<6} {verdict.reason}")


if __name__ == "__main__":
    main()
