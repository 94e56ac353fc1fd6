"""Trains the second reader of `detect` (server/followup/core/event_model.json) on the labelled
calendar corpus, and says how it would do on events by an author it has not read.

Run: `.venv/bin/python -m tests.core.train_event_model`: reads every event of
tests/core/corpus/events.json but the held-out part's (HELD_OUT), fits a logistic regression
over `detect.model_features` and writes the weights, rounded, with a digest of the corpus it
read. The output is the same for the same corpus and scikit-learn version.

`--cv [-v]` instead reads each part (split) with a model trained on all the others and prints,
for thresholds around `detect`'s, what the rules alone and the rules with the model find. A
"tuned" event written after a part was read (from that part's misses) is left out of the
training for that part, so its model has seen nothing of its author. The parts by an author
nobody had read before (AUTHORS) are the most telling: their vocabulary and habits are new.
`detect`'s thresholds were chosen from this, never from a held-out part. (The rules themselves
have been tuned on every part: the "rules alone" figures here are better than the rules did
on each part unseen.)
"""

from __future__ import annotations

import hashlib
import importlib
import json
import math
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from followup.core.detect import Detection, detect, may_be_interview, model_features
from followup.core.detect_model import MODEL_PATH, Model
from followup.core.events import CalendarEvent
from tests.core.corpus_report import CORPUS, SPLITS, same_name

# The module (followup.core re-exports its function under the same name).
rules = importlib.import_module("followup.core.detect")

C = 1.0  # inverse regularisation strength (see --cv)
MIN_EVENTS = 2  # a feature seen in fewer events says nothing general
DIGITS = 3
FLOOR = 0.3  # sync.MIN_STORED_CONFIDENCE: the sync's floor (the screen drops what cannot reach it)
# The parts by independent authors, in the order they came (the most informative folds).
AUTHORS = (
    "round7",
    "author8",
    "round8",
    "author8b",
    "author8c",
    "author9a",
    "author9b",
    "round9",
    "author10a",
)
# Never trained on: the newest round's held-out part (read by the model as unseen mail is).
HELD_OUT = frozenset({"round10"})


@dataclass
class Sample:
    index: int
    split: str
    interview: bool
    company: str | None
    features: set[str]
    rules: Detection
    screened_in: bool  # the sync's screen lets it through at FLOOR
    title: str


@cache
def corpus_entries() -> tuple[dict[str, Any], ...]:
    return tuple(json.loads(CORPUS.read_text(encoding="utf-8")))


@cache
def samples() -> tuple[Sample, ...]:
    out = []
    for index, entry in enumerate(corpus_entries()):
        if entry["split"] in HELD_OUT:
            continue
        event = CalendarEvent.from_api(entry["event"])
        me = entry.get("me")
        out.append(
            Sample(
                index,
                entry["split"],
                bool(entry["expect"]["interview"]),
                entry["expect"]["company"],
                model_features(event, me),
                detect(event, me, model=None),
                may_be_interview(entry["event"], FLOOR),
                entry["event"].get("summary", ""),
            )
        )
    return tuple(out)


def corpus_digest() -> str:
    return hashlib.sha256(CORPUS.read_bytes()).hexdigest()


def training_for(part: str | None, every: tuple[Sample, ...]) -> list[Sample]:
    """The events a model for `part` may read: every other part's, but not the tuned events
    written after `part` was first read (they were written from its misses)."""
    if part is None:
        return list(every)
    first = min(s.index for s in every if s.split == part)
    return [
        s
        for s in every
        if s.split != part and not (part != "tuned" and s.split == "tuned" and s.index > first)
    ]


def fit(train: list[Sample]) -> dict[str, Any]:
    """The model's data: bias and the weights of every feature that matters."""
    from scipy.sparse import csr_matrix  # training-only dependencies
    from sklearn.linear_model import LogisticRegression

    seen: dict[str, int] = {}
    for sample in train:
        for feature in sample.features:
            seen[feature] = seen.get(feature, 0) + 1
    vocabulary = sorted(f for f, n in seen.items() if n >= MIN_EVENTS)
    column = {feature: index for index, feature in enumerate(vocabulary)}
    rows, cols = [], []
    for row, sample in enumerate(train):
        for feature in sample.features:
            if feature in column:
                rows.append(row)
                cols.append(column[feature])
    matrix = csr_matrix(([1.0] * len(rows), (rows, cols)), shape=(len(train), len(vocabulary)))
    model = LogisticRegression(C=C, max_iter=5000, tol=1e-6)
    model.fit(matrix, [s.interview for s in train])
    coef = model.coef_[0]
    floor = 10.0**-DIGITS
    weights = {}
    for feature, index in column.items():
        weight = round(float(coef[index]), DIGITS)
        if abs(weight) >= floor:
            weights[feature] = weight
    return {"bias": round(float(model.intercept_[0]), DIGITS), "weights": weights}


def train() -> dict[str, Any]:
    import sklearn

    every = samples()
    data = fit(list(every))
    data["meta"] = {
        "events": len(every),
        "held_out": sorted(HELD_OUT),
        "corpus_sha256": corpus_digest(),
        "C": C,
        "min_events": MIN_EVENTS,
        "scikit_learn": sklearn.__version__,
    }
    return data


def write(data: dict[str, Any], path: Path = MODEL_PATH) -> None:
    path.write_text(json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n")


# ------------------------------------------------------------------------- cross-validation


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    by_model: int = 0
    company: int = 0

    def add(self, sample: Sample, got: bool, by_model: bool, company: str | None) -> None:
        expected = sample.interview
        self.tp += expected and got
        self.company += expected and got and same_name(company, sample.company)
        self.fp += got and not expected
        self.fn += expected and not got
        self.by_model += by_model

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def cell(self) -> str:
        company = self.company / self.tp if self.tp else 1.0
        return (
            f"{self.precision:.3f} {self.recall:.3f} {company:.3f} {self.fp:>2} {self.by_model:>+3}"
        )


# A policy: whether an event is an interview, from its sample and its held-out model; whether
# the model's verdict decided it; the company.
Policy = Callable[[Sample, Model], tuple[bool, bool, str | None]]


def rules_alone(sample: Sample, model: Model) -> tuple[bool, bool, str | None]:
    return sample.rules.interview, False, sample.rules.company


def anywhere(sure: float) -> Policy:
    """The model on every event the rules call no (no gate, screened events too)."""

    def policy(sample: Sample, model: Model) -> tuple[bool, bool, str | None]:
        if sample.rules.interview:
            return True, False, sample.rules.company
        sure_enough = model.probability(sample.features) >= sure
        return sure_enough, sure_enough, sample.rules.company

    return policy


def as_detect(sure: float, lowest: float, beyond: float = 0.9, company: bool = True) -> Policy:
    """`detect` itself with the held-out model and these thresholds (the sync's floor)."""

    def policy(sample: Sample, model: Model) -> tuple[bool, bool, str | None]:
        rules.MODEL_SURE, rules.MODEL_FROM = sure, lowest
        rules.MODEL_BEYOND_ONE_WORD, rules.MODEL_NEEDS_COMPANY = beyond, company
        event = CalendarEvent.from_api(corpus_entries()[sample.index]["event"])
        me = corpus_entries()[sample.index].get("me")
        got = detect(event, me, model=model, floor=FLOOR)
        return got.interview, got.interview and not sample.rules.interview, got.company

    return policy


def cross_validate() -> None:
    every = samples()
    parts = [part for part in SPLITS if part not in HELD_OUT]
    models = {part: Model(fit(training_for(part, every))) for part in parts}
    print(f"{len(every)} events in {len(parts)} parts, each read by a model without its part")
    print(
        "precision, recall, company (of interviews found), false alarms, interviews the model"
        " added; 'authors' pools AUTHORS"
    )
    policies: list[tuple[str, Policy]] = [("rules alone", rules_alone)]
    policies += [(f"model anywhere >= {t}", anywhere(t)) for t in (0.8, 0.9, 0.95)]
    chosen = (
        rules.MODEL_SURE,
        rules.MODEL_FROM,
        rules.MODEL_BEYOND_ONE_WORD,
        rules.MODEL_NEEDS_COMPANY,
    )
    for sure in (0.8, 0.9, 0.95, 0.97):
        for beyond in (0.0, 0.8, 0.9):
            policies.append(
                (
                    f"detect: sure {sure}, beyond one word {beyond}",
                    as_detect(sure, -math.inf, beyond),
                )
            )
    for lowest in (0.5, 1.5):
        policies.append((f"detect: sure 0.95, from score {lowest}", as_detect(0.95, lowest)))
    policies.append(("detect: sure 0.95, any company", as_detect(0.95, -math.inf, 0.9, False)))
    columns = ["pooled", "authors", *AUTHORS, "others"]
    print(f"{'':34}" + "".join(f"{c:>28}" for c in columns))
    for title, policy in policies:
        table = {c: Counts() for c in columns}
        for sample in every:
            got, by_model, company = policy(sample, models[sample.split])
            for column in (
                "pooled",
                sample.split if sample.split in AUTHORS else "others",
                *(("authors",) if sample.split in AUTHORS else ()),
            ):
                table[column].add(sample, got, by_model, company)
        print(f"{title:34}" + "".join(f"{table[c].cell():>28}" for c in columns))
    (
        rules.MODEL_SURE,
        rules.MODEL_FROM,
        rules.MODEL_BEYOND_ONE_WORD,
        rules.MODEL_NEEDS_COMPANY,
    ) = chosen
    if "-v" in sys.argv:
        for sample in every:
            p = models[sample.split].probability(sample.features)
            if sample.interview != sample.rules.interview or p >= 0.8:
                print(
                    f"  {sample.split}: expected {sample.interview} rules {sample.rules.confidence}"
                    f" model {p:.2f} screen {sample.screened_in}: {sample.title}"
                )


def main() -> None:
    if "--cv" in sys.argv:
        cross_validate()
        return
    data = train()
    write(data)
    size = MODEL_PATH.stat().st_size
    print(
        f"wrote {MODEL_PATH.name}: {len(data['weights'])} features from"
        f" {data['meta']['events']} events ({size / 1e6:.2f} MB)"
    )


if __name__ == "__main__":
    main()
