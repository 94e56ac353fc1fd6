"""The `judgment` part: how long the e-mail classifier and the interview detector take, over
their labelled corpora (tests/core). Issue 15 sets the classifier's bound: 2 ms per message.

Each message is classified three times and its best time kept (a scheduler hiccup is not the
classifier's); the figure is the median over every mail of every corpus part. Parsing the file
is not counted: the product classifies messages it has already parsed. The baseline, measured
in the same run, is reading each message's text (what any classifier must do first), so the
ratio says what the judgment itself costs."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from email.message import EmailMessage
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.run import Report

CLASSIFY_GOAL_MS = 2.0


def best_of(call: Callable[[], object], tries: int = 3) -> float:
    """The fastest of `tries` calls, in milliseconds."""
    best = float("inf")
    for _ in range(tries):
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def corpus_messages() -> list[EmailMessage]:
    from tests.core.classify_report import SETS, load_entries, read_message

    return [
        read_message(folder / name)
        for folder in SETS.values()
        for name in sorted(load_entries(folder))
    ]


def text_of(message: EmailMessage) -> str:
    """Every text part's content: the baseline's work."""
    parts = [part for part in message.walk() if part.get_content_maintype() == "text"]
    return "\n".join(str(part.get_content()) for part in parts)


def measure_judgment(report: Report, quick: bool = False) -> None:
    from tests.core.corpus_report import load_corpus, median_seconds

    from bench.run import Row
    from followup.core.classify import classify_message

    messages = corpus_messages()[:: 20 if quick else 1]
    classify = statistics.median(best_of(lambda m=m: classify_message(m)) for m in messages)
    reading = statistics.median(best_of(lambda m=m: text_of(m)) for m in messages)
    report.add(
        Row(
            "classify one e-mail",
            f"{classify:.2f} ms",
            baseline=f"{reading:.2f} ms (reading the mail's text)",
            ratio=f"{classify / reading:.1f}",
            goal=f"≤ {CLASSIFY_GOAL_MS:g} ms",
            verdict="met" if classify <= CLASSIFY_GOAL_MS else "missed",
        )
    )
    events = load_corpus()[:: 20 if quick else 1]
    detect = median_seconds(events, rounds=5) * 1000
    report.add(
        Row(
            "detect one calendar event",
            f"{detect:.3f} ms",
            goal="report",
            verdict="report",
        )
    )
    report.notes.append(
        f"Judgment: the median over {len(messages):,} corpus mails (best of 3 each) and "
        f"{len(events):,} corpus events (5 rounds); `python -m tests.core.classify_report "
        f"--time` and `python -m tests.core.corpus_report -t` give them per corpus part."
    )
