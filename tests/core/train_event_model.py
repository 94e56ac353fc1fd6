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

`--unseen-cv [-v]` reads the independent authors' parts (AUTHORS) as they came: each by the
rules of the commit before they were tuned on it (UNSEEN_AT; checked out in a temporary git
worktree and run in a subprocess, which reports what those rules left for the second reader:
their verdict, company, score, reasons against, and whether the event is internal or has the
screen's wording), and by a model trained without it and without the tuned events written
after it (`training_for`). It prints what `detect`'s policy (`detect.with_model`: asked where
the rules are unsure, decisive only when sure) finds at `detect`'s thresholds and around them,
pooled and part by part, beside the rules alone as they came. `-v` lists, at the chosen
thresholds, the events it gets wrong or the model reads as likely interviews. `detect`'s
thresholds were checked against this, never against a held-out part.
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
from followup.core.detect_model import MODEL_PATH, Model, Reading
from followup.core.events import CalendarEvent
from tests.core.corpus_report import CORPUS, SPLITS, same_name
from tests.core.old_rules import run_at, thresholds

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
    "author11a",
    "author18a",
    "author18b",
    "author18c",
    "author18d",
    "author19a",
    "author19b",
    "author19c",
    "author19d",
    "author20a",
    "author20b",
    "author20c",
    "author20d",
    "author20e",
)
# Never trained on: the newest round's held-out part (read by the model as unseen mail is).
HELD_OUT = frozenset(
    {
        "round10",
        "round11",
        "round12",
        "round13",
        "round14",
        "round15",
        "round16",
        "round17",
        "round18",
        "round18b",
        "round19",
        "round20",
    }
)


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


# ------------------------------------------------------------------- parts as they came

# Parts as they came: each read by the rules of the commit before they were tuned on it (the
# part's own commit where it changed no rule), so that the rules had not been shaped to it.
UNSEEN_AT = {
    # round7.py came with round 6's tuning (63efaa8c), which read it alike before and after:
    # its parent.
    "65284ae0dd9f9aaef619b8553f360761cee09e31": ("round7",),
    "169b77171271db53d95422ef3df18f0a3eb62d7b": ("author8", "round8"),  # e2d57bd's rules
    "a670218cad38f08b2cfec724c67bdaf63a3a22bc": ("author8b", "author8c"),
    # round9.py came in 81d9be7e, with the rules of ec01690c.
    "ec01690c35282a44149a402233ede6c343ca7f3f": ("author9a", "author9b", "round9"),
    "8abc645b2e751bb951bd81d7405267d6745be61d": ("author10a",),  # e6b1432's rules
    # author11a.py came in 2bd93fa3, which tuned no rule: its own rules read it unseen.
    "2bd93fa3344e72c738c9af016a7f6d4fd88b9838": ("author11a",),
    # author12a.py came in a176cbd3 (no rule changed since 2bd93fa3), author12b.py
    # after round 12's company rules (87a5484a), before any rule was tuned to it.
    "a176cbd326d7e19b842b8f063b4895b4fb56d570": ("author12a",),
    "87a5484a8708845e2d2eb1ddbdf5fabd188e204e": ("author12b",),
    # (round 13) author13a.py came in baeb33c8, with the name-pair rule written from author12b;
    # author13b.py in f5806038, after the rules written from author13a, before any from it.
    "baeb33c85f35edfdfa0ac89e74f8015886d4ff39": ("author13a",),
    "f5806038f8300fd7c0895eaa53fa3fea9b7dc664": ("author13b",),
    # author13c.py and author13d.py came in 13309a0a, with the second reader's new policy and
    # before any rule written from them.
    "13309a0aaafbaf0d1c7d9a727d1ac81d34e5933d": ("author13c", "author13d"),
    # (round 14) author14a-c came in a46b30f1, before any rule written from them.
    "a46b30f166acaf42cb19ea469d82c386aaf26523": ("author14a", "author14b", "author14c"),
    # author14d-e came in 6ca37528, read by the rules of cc929180 (the same as 6ca37528's).
    "cc929180c84310618c19a6bf73f88bce56c71afc": ("author14d", "author14e"),
    # author14f.py came after the rules written from those two (b3e6cce6).
    "b3e6cce64b73200bc2bfa3a18db27855b3bf5f40": ("author14f",),
    # (round 15) author15a.py was read by the rules of 1e5680f4, before any rule written from it;
    # author15b.py by those of bd9a1c49, after the rules written from author15a.
    "1e5680f4ddb7d6ba68fdfaa3a2f327dcf969d4c7": ("author15a",),
    "bd9a1c499e66cf914ce305e3aedd45e42b83ff54": ("author15b",),
    # (round 16) author16b.py (the person's own typed notes) was read by the rules of 2cf8e662,
    # before any rule written from it.
    "2cf8e662abbb39e5022adee1a98515d5a04ad4aa": ("author16b",),
    # author16a.py (naming the employer) by those of 4819197e (the same), before any rule from it.
    "4819197e5f35ba62adc35f92c817afb1f32008af": ("author16a",),
    # author16c.py (a whole calendar's look-alikes) and author16d.py (interviews that do not
    # say so) by those of 8a8e3545, after the rules written from author16a and author16b.
    "8a8e3545e70fa74ad95fe50d478173f29df783b2": ("author16c", "author16d"),
    # (round 17) author17a.py and author17b.py came in 2cc27df4, before any rule of round 17.
    "2cc27df40eda360cddf8f8f47b96d0fac390ee81": ("author17a", "author17b"),
    # author17d.py came in 983520dc, after the rules and second reader trained on those two.
    "983520dc55b80c9c6bb9215ca2d920bcab80bba3": ("author17d",),
    # author17c.py came in 09da30fb, after the rules written from author17d.
    "09da30fb79de52d2d9fa76262265cc5a4278b303": ("author17c",),
    # (round 18) author18a.py and author18b.py came in 2bab2af8, before any rule of round 18.
    "2bab2af8875f463f6c4f8af97d2ec045aeaa305e": ("author18a", "author18b"),
    # author18c.py and author18d.py came in a8bdaef1, after the rules and second reader
    # trained on those two.
    "a8bdaef1be7a1e54fd197e560947655fa1f7d0e4": ("author18c", "author18d"),
    # (round 19) author19a.py and author19b.py came in 71f6996b, before any rule of round 19.
    "71f6996b09dea90db78bfff3f613119d825dd4ff": ("author19a", "author19b"),
    # author19c.py came in 89eaed2b, after the rules and second reader trained on those two.
    "89eaed2b1628cba380d871eee63bee0d1e399803": ("author19c",),
    # author19d.py came in 17c9b947, after the rules written from author19c.
    "17c9b947f5212ec5e924ab17096f16d118d09693": ("author19d",),
    # (round 20) author20b.py and author20c.py came in 1857f35d, before any rule of round 20.
    "1857f35dca2a840fcd87d3c4a3e692c0b19cdd8d": ("author20b", "author20c"),
    # author20a.py came in add944af, also before any rule of round 20.
    "add944afa1a5d8670934fc2bca16c84ef9c84e62": ("author20a",),
    # author20e.py came in 3babafce, after the rules and second reader trained on those three.
    "3babafce763e3930429de11853d85709c0991cc3": ("author20e",),
    # author20d.py came in 5d47f75d, with the same rules.
    "5d47f75d7edc057bc19b9cb64e572544e8d7afcf": ("author20d",),
}
# Run in an old commit's checkout: for each event of main's corpus given on stdin, what its
# rules left for the second reader (no model: none of these commits let one decide), read
# where `detect` builds its verdict: the verdict, the company, the rules' score, whether a rule
# found a reason against, whether the event is organised inside the person's own organisation
# and whether it has wording the screen looks for.
_OLD_STATES = """
import importlib, inspect, json, sys
from followup.core.events import CalendarEvent

rules = importlib.import_module("followup.core.detect")
seen = []
plain = rules._verdict

def _verdict(event, wording, found, *rest, **named):
    at = sys._getframe(1).f_locals
    seen.append([
        sum(f.weight for f in found),
        any(f.weight <= 0 for f in found),
        bool(at["internal"]),
        rules._may_have_wording(at["f_title"], at["f_desc"], at["f_loc"]),
    ])
    return plain(event, wording, found, *rest, **named)

rules._verdict = _verdict
alone = {"model": None} if "model" in inspect.signature(rules.detect).parameters else {}
out = {}
for index, entry in json.load(sys.stdin):
    seen.clear()
    got = rules.detect(CalendarEvent.from_api(entry["event"]), entry.get("me"), **alone)
    out[index] = [got.interview, got.company, *seen[-1]]
print(json.dumps(out))
"""


@dataclass
class OldState:
    """What an old commit's rules left for the second reader (see `_OLD_STATES`)."""

    interview: bool
    company: str | None
    score: float
    against: bool
    internal: bool
    wording: bool


def old_states(commit: str, parts: tuple[str, ...]) -> dict[int, OldState]:
    """What `commit`'s rules make of the events of `parts` (checked out in a temporary
    worktree, run in a subprocess), by corpus index."""
    assert not HELD_OUT.intersection(parts)
    entries = [[i, e] for i, e in enumerate(corpus_entries()) if e["split"] in parts]
    found = json.loads(run_at(commit, _OLD_STATES, stdin=json.dumps(entries)))
    return {int(index): OldState(*state) for index, state in found.items()}


@dataclass
class AsItCame:
    sample: Sample
    old: OldState  # the rules' findings before they were tuned on its part
    reading: Reading  # by a model trained without its part (nor the tuned events after it)


def as_they_came() -> list[AsItCame]:
    every = samples()
    by_index = {s.index: s for s in every}
    cases = []
    for commit, parts in UNSEEN_AT.items():
        states = old_states(commit, parts)
        for part in parts:
            train = training_for(part, every)
            model = Model(fit(train))
            for index, old in sorted(states.items()):
                sample = by_index[index]
                if sample.split == part:
                    cases.append(AsItCame(sample, old, model.read(sample.features)))
            print(
                f"read {part} as at {commit[:8]}, by a model of {len(train)} events",
                file=sys.stderr,
            )
    return cases


def as_it_came(case: AsItCame, asked_against: bool = False) -> tuple[bool, bool, str | None]:
    """`detect`'s policy (`detect.with_model`) over the old rules' findings; with
    `asked_against`, the model is asked despite a rule's reason against (never inside the
    person's own organisation)."""
    old = case.old
    if old.interview:  # (round 20: unless the model all but rules it out)
        got = rules.with_model(old.score, False, old.wording, old.company, lambda: case.reading)
        return got, False, old.company
    against = old.internal or (old.against and not asked_against)
    got = rules.with_model(old.score, against, old.wording, old.company, lambda: case.reading)
    return got, got, old.company


# Thresholds tried around `detect`'s (the chosen ones first), and conditions for asking.
_TRIED: tuple[dict[str, float], ...] = (
    {},
    *({"MODEL_SURE": sure} for sure in (0.8, 0.85, 0.9, 0.92, 0.97, 0.99)),
    *({"MODEL_BEYOND_ONE_WORD": beyond} for beyond in (0.0, 0.5, 0.7, 0.8, 0.85, 0.95)),
    *(
        {"MODEL_SURE": sure, "MODEL_BEYOND_ONE_WORD": beyond}
        for sure in (0.8, 0.9)
        for beyond in (0.0, 0.7, 0.8)
    ),
    {"MODEL_NEEDS_COMPANY": False},
    *({"MODEL_FROM": lowest} for lowest in (0.0, 0.5, 1.0, 1.5)),
)


def unseen_cv() -> None:
    """The parts of `UNSEEN_AT` as they came, read with the second reader at `detect`'s
    thresholds and around them (`detect.with_model`, as the product does)."""
    cases = as_they_came()
    parts = [part for read in UNSEEN_AT.values() for part in read]
    print(f"{len(cases)} events in {len(parts)} parts, read as they came")
    print(
        "precision, recall, company (of interviews found), false alarms, interviews the model"
        " added; then each part's recall and false alarms"
    )
    rows: list[tuple[str, Callable[[AsItCame], tuple[bool, bool, str | None]]]] = [
        ("today's rules alone (tuned on them)", lambda c: _today(c.sample)),
        ("the rules alone as they came", lambda c: (c.old.interview, False, c.old.company)),
    ]
    rows += [(_title(changed), _with(changed)) for changed in _TRIED]
    rows.append(("asked despite a reason against", lambda c: as_it_came(c, asked_against=True)))
    print(f"{'':44}{'pooled':>26}   " + " ".join(f"{p:>12}" for p in parts))
    for title, policy in rows:
        table = {column: Counts() for column in ("pooled", *parts)}
        for case in cases:
            got, by_model, company = policy(case)
            for column in ("pooled", case.sample.split):
                table[column].add(case.sample, got, by_model, company)
        cells = " ".join(
            f"{table[p].recall:.3f} {table[p].fp:>2}{table[p].by_model:>+3}" for p in parts
        )
        print(f"{title:44}{table['pooled'].cell():>26}   {cells}")
        if title in ("the rules alone as they came", "as chosen"):
            print("    " + ", ".join(f"{p} {table[p].cell()}" for p in parts[:5]))
            print("    " + ", ".join(f"{p} {table[p].cell()}" for p in parts[5:]))
        if title == "as chosen" and "-v" in sys.argv:
            for case in cases:
                got, _, _ = policy(case)
                if got != case.sample.interview or case.reading.probability >= 0.8:
                    print(
                        f"  {case.sample.split}: expected {case.sample.interview} got {got}"
                        f" score {case.old.score:.2f} model {case.reading.probability:.2f}"
                        f" without top {case.reading.without_top():.2f}: {case.sample.title}"
                    )


def _today(sample: Sample) -> tuple[bool, bool, str | None]:
    return sample.rules.interview, False, sample.rules.company


def _title(changed: dict[str, float]) -> str:
    return (
        ", ".join(f"{name[6:].lower()} {value}" for name, value in changed.items()) or "as chosen"
    )


def _with(changed: dict[str, float]) -> Callable[[AsItCame], tuple[bool, bool, str | None]]:
    def policy(case: AsItCame) -> tuple[bool, bool, str | None]:
        with thresholds(rules, changed):
            return as_it_came(case)

    return policy


def main() -> None:
    if "--cv" in sys.argv:
        cross_validate()
        return
    if "--unseen-cv" in sys.argv:
        unseen_cv()
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
