"""The second reader of `detect` (detect_model): its features, where `detect` asks it, and that
the committed model is the one the corpus trains (`python -m tests.core.train_event_model`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from followup.core.detect import MODEL_SURE, detect, model_features
from followup.core.detect_model import MODEL_PATH, Model, load_model
from followup.core.events import CalendarEvent
from tests.core import train_event_model
from tests.core.corpus_report import load_corpus
from tests.core.test_detect import make


def _model(bias: float = -4.0, **weights: float) -> Model:
    return Model({"bias": bias, "weights": dict(weights)})


# Sure of "zzz" and "lunch" in a title, each alone enough.
SURE = _model(**{"t:zzz": 9.0, "t:lunch": 9.0})


def test_features_read_words_stems_other_scripts_and_shape() -> None:
    event = make(
        "Entrevista técnica – Ocelot", "Hola Alex, la entrevista es con el equipo.", org="a@o.io"
    )
    found = model_features(event, "alex.rivera@gmail.com")
    assert {"t:entrevista", "t:entre*", "t:tecnica ocelot", "d:equipo"} <= found
    assert {"s:organizer outside", "s:others 1", "s:outside 1", "s:answer accepted"} <= found
    assert not any("alex" in f for f in found)  # the person's own name says nothing
    cjk = model_features(make("技术面试 – 星河科技"), "alex.rivera@gmail.com")
    assert {"t:面试", "t:技术"} <= cjk


def test_cues_name_words_once_and_skip_short_ones() -> None:
    model = _model(**{"t:onsite": 3.0, "t:onsit*": 2.0, "t:has": 4.0, "s:conference": 5.0})
    reading = model.read({"t:onsite", "t:onsit*", "t:has", "s:conference"})
    assert reading.cues() == ["onsite"]
    assert reading.without_top() < reading.probability


def test_the_model_decides_only_where_the_rules_are_unsure() -> None:
    event = make("Onsite zzz lunch", org="pm@globex.com")
    assert not detect(event, model=None).interview  # an ambiguous word alone: too weak
    got = detect(event, model=SURE)
    assert got.interview and got.company == "Globex"
    assert got.reason.startswith("reads like an interview (model 1.00: ")
    assert 0.5 < got.confidence <= 0.9
    assert detect(event, model=SURE, floor=0.3) == got  # the sync's early answer agrees
    # A reason against from the rules stands: a mock interview, colleagues, a candidate named.
    assert not detect(make("Mock interview zzz lunch", org="pm@globex.com"), model=SURE).interview
    # No wording the rules' screen knows: the model is not asked (the sync never reads it).
    assert not detect(make("zzz lunch", org="pm@globex.com"), model=SURE).interview
    # No company to follow up with.
    assert not detect(make("Onsite zzz lunch", org=None), model=SURE).interview
    # One word alone, however strong, is not enough.
    one_word = _model(**{"t:zzz": 20.0})
    assert not detect(event, model=one_word).interview
    # Below MODEL_SURE the rules' answer stands.
    unsure = _model(bias=0.0, **{"t:zzz": 0.0})
    assert unsure.probability({"t:zzz"}) < MODEL_SURE
    assert not detect(event, model=unsure).interview


def test_a_missing_model_file_means_the_rules_alone(tmp_path: Path) -> None:
    assert load_model(tmp_path / "absent.json") is None


def test_the_committed_model_is_trained_on_the_current_corpus() -> None:
    """Fails when the corpus changed without retraining (`train_event_model`)."""
    meta = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["meta"]
    assert meta["corpus_sha256"] == train_event_model.corpus_digest()
    held_out = train_event_model.HELD_OUT
    assert meta["held_out"] == sorted(held_out)
    entries = train_event_model.corpus_entries()
    assert meta["events"] == sum(1 for e in entries if e["split"] not in held_out)
    assert MODEL_PATH.stat().st_size < 2_000_000


def test_the_model_never_turns_a_negative_of_the_tuned_part_into_an_interview() -> None:
    for entry in load_corpus("tuned"):
        if entry["expect"]["interview"]:
            continue
        event = CalendarEvent.from_api(entry["event"])
        got = detect(event, entry.get("me"))
        assert not got.interview, (entry["event"]["summary"], got.reason)


@pytest.mark.slow
@pytest.mark.timeout(600)  # (the whole corpus is fitted)
def test_training_reproduces_the_committed_model() -> None:
    trained = Model(train_event_model.fit(list(train_event_model.samples())))
    committed = load_model()
    assert committed is not None
    for sample in train_event_model.samples():
        a, b = trained.probability(sample.features), committed.probability(sample.features)
        assert abs(a - b) < 0.01, sample.title
