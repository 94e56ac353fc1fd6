"""Precision, recall and company/role accuracy of `detect` over the labelled corpus.

Run: `.venv/bin/python -m tests.core.corpus_report [SPLIT …]` (every split by default; add `-v`
to list every miss, `-t` for the median time `detect` takes per event, `--rules` for the rules
alone, without the second reader). The figures are what the product reads: the rules and the
committed second reader (detect_model). That reader was trained on every part but the held-out
one (train_event_model.HELD_OUT), so only the held-out part's figures say how it does on events
it never saw (`python -m tests.core.train_event_model --cv` reads each other part with a model
trained without it). The parts are listed in SPLITS, oldest first; corpus/build_corpus.py says
which were written when, and which are held out.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from followup.core.companies import fold
from followup.core.detect import Detection, detect
from followup.core.events import CalendarEvent

CORPUS = Path(__file__).with_name("corpus") / "events.json"


SPLITS = (
    "tuned",
    "round1",
    "held_out",
    "sealed",
    "round3",
    "round4",
    "round5",
    "round6",
    "round7",
    "author8",
    "author8b",
    "author8c",
    "round8",
    "author9a",
    "author9b",
    "round9",
    "round10",
    "author10a",
    "round11",
    "author11a",
    "round12",
    "author12a",
    "author12b",
    "author13a",
    "round13",
    "author13b",
    "author13c",
    "author13d",
    "round14",
    "author14a",
    "author14b",
    "author14c",
    "author14d",
    "author14e",
    "author14f",
    "round15",
    "author15a",
    "author15b",
    "author16b",
    "round16",
    "author16a",
    "author16c",
    "author16d",
    "round17",
    "author17a",
    "author17b",
    "author17d",
    "author17c",
    "author18b",
    "round18",
    "author18a",
    "round18b",
    "author18c",
    "author18d",
    "round19",
    "author19a",
    "author19b",
    "author19c",
    "author19d",
    "author20c",
    "author20b",
    "round20",
    "author20a",
    "author20e",
    "author20d",
)


def load_corpus(split: str | None = None) -> list[dict[str, Any]]:
    """Every labelled event, or those of one part (one of SPLITS)."""
    data: list[dict[str, Any]] = json.loads(CORPUS.read_text(encoding="utf-8"))
    return [e for e in data if split is None or e["split"] == split]


# A legal form at the end names no other company: "Elbwerk GmbH" is Elbwerk (authors label
# either way; round 10b: "s.r.o.", "A.Ş.", "Sdn Bhd", "จำกัด" and "有限公司" as well; round 12:
# "S.A. de C.V.", "K.K.", "LLP" and "Co."; round 16: "Pvt. Ltd.").
# Letters of every script count ("晨曦半導體" is not "株式会社ミナト").
_LEGAL_FORM = re.compile(
    r"(?:[\s,]+(?:gmbh(?: & co\.? kg)?|ag|se|kg|s\.?a\.?s?|s\.?a\.?r\.?l\.?|s\.?r\.?l\.?"
    r"|s\.?p\.?a\.?|s\.?l\.?|b\.?v\.?|n\.?v\.?|a/?s|asa|ab|oy|oyj|aps|ltd\.?|limited|llc"
    r"|inc\.?|plc|corp\.?|lda\.?|ltda\.?|sp\.? z o\.?o|s\.?r\.?o|a\.s|sdn\.? bhd"
    r"|pty\.? ltd\.?|จำกัด|股份有限公司|有限公司"
    # round 16: India's "Pvt. Ltd." and "Private Limited"
    r"|pvt\.?|private"
    # round 12: "S.A. de C.V.", "K.K.", "LLP", "& Co." and "Co."
    r"|s\.?a\.? de c\.?v\.?|k\.?k\.?|llp|&? ?co\.?))+\.?$"
)


def name_key(name: str) -> str:
    return "".join(re.findall(r"\w", _LEGAL_FORM.sub("", fold(name).strip()))).replace("_", "")


def same_name(a: str | None, b: str | None) -> bool:
    return (a is None and b is None) or (
        a is not None and b is not None and name_key(a) == name_key(b)
    )


@dataclass
class Figures:
    events: int = 0
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    true_neg: int = 0
    company_right: int = 0
    role_total: int = 0
    role_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_pos + self.false_neg
        return self.true_pos / wanted if wanted else 1.0

    @property
    def company_accuracy(self) -> float:
        return self.company_right / self.true_pos if self.true_pos else 1.0

    @property
    def role_accuracy(self) -> float:
        return self.role_right / self.role_total if self.role_total else 1.0

    def summary(self) -> str:
        return (
            f"corpus: {self.events} events ({self.true_pos + self.false_neg} interviews); "
            f"precision {self.precision:.3f}, recall {self.recall:.3f}, "
            f"company accuracy {self.company_accuracy:.3f} ({self.company_right}/{self.true_pos}), "
            f"role accuracy {self.role_accuracy:.3f} ({self.role_right}/{self.role_total})"
        )


def evaluate(corpus: list[dict[str, Any]] | None = None, *, rules_only: bool = False) -> Figures:
    """The figures of `detect` as the product runs it (with the committed second reader), or
    of its rules alone."""
    figures = Figures()
    for entry in corpus if corpus is not None else load_corpus():
        event = CalendarEvent.from_api(entry["event"])
        expect = entry["expect"]
        got: Detection = (
            detect(event, entry.get("me"), model=None)
            if rules_only
            else detect(event, entry.get("me"))
        )
        figures.events += 1
        title = entry["event"].get("summary", "")
        if expect["interview"] and got.interview:
            figures.true_pos += 1
            if same_name(got.company, expect["company"]):
                figures.company_right += 1
            else:
                figures.misses.append(f"company {got.company!r} != {expect['company']!r}: {title}")
            if expect.get("role"):
                figures.role_total += 1
                if same_name(got.role, expect["role"]):
                    figures.role_right += 1
                else:
                    figures.misses.append(f"role {got.role!r} != {expect['role']!r}: {title}")
        elif expect["interview"]:
            figures.false_neg += 1
            figures.misses.append(f"missed ({got.confidence}; {got.reason}): {title}")
        elif got.interview:
            figures.false_pos += 1
            figures.misses.append(f"false alarm ({got.confidence}; {got.reason}): {title}")
        else:
            figures.true_neg += 1
    return figures


def median_seconds(corpus: list[dict[str, Any]], rounds: int = 20) -> float:
    """The median time of one `detect` call over the corpus's events (parsed beforehand)."""
    events = [(CalendarEvent.from_api(e["event"]), e.get("me")) for e in corpus]
    times: list[float] = []
    for _ in range(rounds):
        for event, me in events:
            start = time.perf_counter()
            detect(event, me)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    wanted = [arg for arg in sys.argv[1:] if not arg.startswith("-")]
    for split in wanted or SPLITS:
        figures = evaluate(load_corpus(split), rules_only="--rules" in sys.argv)
        print(f"{split}: {figures.summary()}")
        if "-v" in sys.argv:
            for miss in figures.misses:
                print("  " + miss)
    if "-t" in sys.argv:
        print(f"median detect time per event: {median_seconds(load_corpus()) * 1e6:.0f} µs")


if __name__ == "__main__":
    main()
