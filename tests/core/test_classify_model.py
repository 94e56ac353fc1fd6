"""The second reader of the e-mail classifier (issue 15): its features, how `classify` asks it,
and that the committed model is the one the corpus trains (`make model`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from followup.core.classify import (
    ONLY_THANKS,
    REJECTION_ACTED,
    REJECTION_ASKED,
    VETOED,
    WORDS,
    WORDS_ASKED,
    EmailVerdict,
    classify,
    second_reading,
    vetoed,
)
from followup.core.classify_model import MODEL_PATH, Model, features, load_model
from followup.watching import REJECTION_CONFIDENCE, maybe_rejection
from tests.core import train_model

KINDS = ["acknowledgement", "interview_invite", "offer", "other", "rejection"]


def _model(**weights: list[float]) -> Model:
    """A real model with a few hand-set weights (order of KINDS)."""
    return Model({"kinds": KINDS, "bias": [0.0] * 5, "weights": dict(weights)})


def _with_p_rejection(p: float) -> Model:
    # one feature, "zzz", whose weight gives p(rejection) = p against four equal kinds
    import math

    lift = math.log(4 * p / (1 - p))
    return _model(zzz=[0.0, 0.0, 0.0, 0.0, lift])


def test_features_are_words_pairs_and_negated_words() -> None:
    found = features("we will not be moving your application forward. call me on 0151 22")
    assert {"we", "moving", "application", "will not", "your application"} <= found
    # a negation reaches the next few words, whatever they are
    assert {"~be", "~moving", "~your", "~application"} <= found
    assert "~forward" not in found
    assert "#" in found and "0151" not in found  # numbers are one word


def test_features_read_other_languages_negations() -> None:
    assert "~berucksichtigen" in features("wir konnen ihre bewerbung nicht berucksichtigen")
    assert "~retenue" in features("votre candidature n a pas ete retenue")
    assert "~seguir" in features("nao vamos seguir com a sua candidatura")


def test_inflections_share_the_first_letters_and_cues_show_them_cut() -> None:
    one, other = features("nao foi selecionado"), features("nao foi selecionada")
    assert {"selec*", "~selec*"} <= one & other
    assert "foi*" not in one  # short words are themselves already
    reading = _model(**{"~selec*": [0.0, 0.0, 0.0, 0.0, 3.0]}).read("nao foi selecionados")
    assert reading.cues("rejection") == ["not … selec…"]


def test_second_reading_turns_other_into_a_rejection_only_when_sure() -> None:
    other = EmailVerdict("other", 0.87, "other: no rejection, receipt, invitation or offer wording")
    sure = second_reading(other, _with_p_rejection(0.97).read("zzz"))
    assert sure.kind == "rejection" and sure.confidence >= REJECTION_CONFIDENCE
    assert not maybe_rejection(sure)  # acted on
    assert sure.reason.startswith("rejection: reads like one (0.97): 'zzz'")
    half = second_reading(
        other, _with_p_rejection((REJECTION_ASKED + REJECTION_ACTED) / 2).read("zzz")
    )
    assert half.kind == "rejection" and half.confidence < REJECTION_CONFIDENCE
    assert maybe_rejection(half)  # the person is asked
    unsure = second_reading(other, _with_p_rejection(REJECTION_ASKED - 0.05).read("zzz"))
    assert unsure == other


def _leaning(words: float, p: float) -> Model:
    """One feature, "zzz", whose weight alone gives p(rejection) = `words` against four equal
    kinds; the intercept lifts the model's p(rejection) to `p`."""
    import math

    lift = math.log(4 * words / (1 - words))
    bias = math.log(4 * p / (1 - p)) - lift
    return Model(
        {"kinds": KINDS, "bias": [0.0] * 4 + [bias], "weights": {"zzz": [0.0] * 4 + [lift]}}
    )


def test_a_rejection_the_words_alone_barely_say_is_asked_about_never_acted_on() -> None:
    other = EmailVerdict("other", 0.87, "other: no rejection, receipt, invitation or offer wording")
    reading = _leaning(0.3, 0.97).read("zzz")
    assert WORDS_ASKED < reading.words_say("rejection") < WORDS
    asked = second_reading(other, reading)
    assert asked.kind == "rejection" and maybe_rejection(asked)
    assert asked.confidence < REJECTION_CONFIDENCE
    # the intercept alone (the words lean away) makes no rejection, however sure the model is
    assert second_reading(other, _leaning(0.1, 0.97).read("zzz")) == other
    # the words saying it as well: acted on
    assert not maybe_rejection(second_reading(other, _leaning(0.6, 0.97).read("zzz")))


def test_second_reading_leaves_decisions_and_worded_receipts_alone() -> None:
    reading = _with_p_rejection(0.99).read("zzz")
    receipt = EmailVerdict("acknowledgement", 0.9, "acknowledgement: 'we have received'")
    assert second_reading(receipt, reading) == receipt
    offer = EmailVerdict("offer", 0.9, "offer: 'pleased to offer you'")
    assert second_reading(offer, reading) == offer
    thanks = EmailVerdict("acknowledgement", 0.55, f"{ONLY_THANKS}, 'thank you for applying'")
    assert second_reading(thanks, reading).kind == "rejection"


def test_second_reading_can_find_an_invitation_or_a_receipt() -> None:
    other = EmailVerdict("other", 0.87, "other: no rejection, receipt, invitation or offer wording")
    invite = second_reading(other, _model(zzz=[0.0, 6.0, 0.0, 0.0, 0.0]).read("zzz"))
    assert invite.kind == "interview_invite"
    assert invite.reason.startswith("interview invite: reads like one")
    receipt = second_reading(other, _model(zzz=[6.0, 0.0, 0.0, 0.0, 0.0]).read("zzz"))
    assert receipt.kind == "acknowledgement"
    # a bare "thank you for applying" stays one the person is asked about
    thanks = EmailVerdict("acknowledgement", 0.55, f"{ONLY_THANKS}, 'thank you for applying'")
    assert second_reading(thanks, _model(zzz=[6.0, 0.0, 0.0, 0.0, 0.0]).read("zzz")) == thanks
    # below the threshold, the rules' verdict stands
    assert second_reading(other, _model(zzz=[1.0, 0.0, 0.0, 0.0, 0.0]).read("zzz")) == other


def test_classify_asks_the_model_only_where_the_rules_found_no_decision() -> None:
    says_no = _model(
        **{"the role": [0.0, 0.0, 0.0, 0.0, 9.0], "unsubscribe": [0.0, 0.0, 0.0, 0.0, 9.0]}
    )
    body = "Thanks for your time. The role is one we thought about for a long while. Best, Kim"
    assert classify("Hello", body, model=None).kind == "other"
    assert classify("Hello", body, model=says_no).kind == "rejection"
    # a decision the rules read stays theirs
    invite = "We'd like to invite you to an interview next week. The role is exciting."
    assert classify("Interview", invite, model=says_no).kind == "interview_invite"
    # plain bulk mail (an out-of-office reply) is not read again
    away = "I am out of the office until Monday with limited access to e-mail. The role …"
    assert classify("Out of office", away, model=says_no).kind == "other"


def test_the_model_vetoes_a_rules_rejection_only_when_it_all_but_rules_one_out() -> None:
    said_no = EmailVerdict("rejection", 0.92, "rejection: 'was not successful'")
    invite = vetoed(said_no, _model(zzz=[0.0, 6.0, 0.0, 0.0, 0.0]).read("zzz"))
    assert invite.kind == "interview_invite" and invite.confidence == VETOED
    assert invite.leaning == "rejection"
    assert invite.reason.startswith("interview invite: reads like one (0.99): 'zzz'")
    assert invite.reason.endswith("; yet the rules read a rejection in 'was not successful'")
    assert maybe_rejection(invite)  # never acted on: the Review page asks the person
    # the model still finds some rejection in it (p 0.1): the rules' verdict stands
    assert vetoed(said_no, _with_p_rejection(0.1).read("zzz")) == said_no
    # no other kind it is sure of (two at 0.5): the rules' verdict stands
    split = _model(zzz=[9.0, 9.0, 0.0, 0.0, 0.0]).read("zzz")
    assert split.of("rejection") < 0.05 and vetoed(said_no, split) == said_no
    # only rejections are vetoed
    offer = EmailVerdict("offer", 0.9, "offer: 'pleased to offer you'")
    assert vetoed(offer, _model(zzz=[9.0, 0.0, 0.0, 0.0, 0.0]).read("zzz")) == offer


def test_classify_asks_the_model_about_the_rules_rejections() -> None:
    body = (
        "Last spring we let you know that your application was not successful. A new role has"
        " opened in the platform team, and we would love to talk."
    )
    assert classify("Hello again", body, model=None).kind == "rejection"
    talks = _model(**{"platform": [0.0, 9.0, 0.0, 0.0, 0.0]})
    verdict = classify("Hello again", body, model=talks)
    assert (verdict.kind, verdict.leaning) == ("interview_invite", "rejection")
    # a model that agrees leaves the rules' rejection, acted on
    agrees = _model(**{"platform": [0.0, 0.0, 0.0, 0.0, 9.0]})
    assert classify("Hello again", body, model=agrees).kind == "rejection"


def test_the_committed_model_loads_and_is_used_by_default() -> None:
    model = load_model()
    assert model is not None
    assert sorted(model.kinds) == sorted(KINDS)
    assert len(model.weights) > 1_000
    # A decision in words no rule of ours knows (written for this test): the model reads it.
    body = (
        "Dear Alex, thank you for applying. Sadly, the panel felt your experience was not quite"
        " what the team needs right now. All the best for your search."
    )
    assert classify("Your application", body, model=None).kind == "acknowledgement"
    verdict = classify("Your application", body)
    assert verdict.kind == "rejection", verdict
    assert verdict.reason.startswith("rejection: reads like one")


def test_a_missing_model_file_means_the_rules_alone(tmp_path: Path) -> None:
    assert load_model(tmp_path / "absent.json") is None


def test_the_committed_model_is_trained_on_the_current_corpus() -> None:
    """Fails when the corpus changed without `make model` (or a held-out part was trained on)."""
    meta = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["meta"]
    parts = train_model.tuned_parts()
    assert meta["parts"] == parts
    assert not set(parts) & train_model.HELD_OUT
    assert meta["corpus_sha256"] == train_model.corpus_digest(parts)


@pytest.mark.slow
@pytest.mark.timeout(600)  # (the whole corpus is fitted: about two minutes on two cores)
def test_training_reproduces_the_committed_model() -> None:
    trained = Model(
        train_model.fit([m for p in train_model.tuned_parts() for m in train_model.read_part(p)])
    )
    committed = load_model()
    assert committed is not None and trained.kinds == committed.kinds
    for part in ("hand", "round4"):
        for mail in train_model.read_part(part):
            a, b = trained.read_features(mail.features), committed.read_features(mail.features)
            assert (
                max(abs(x - y) for x, y in zip(a.probabilities, b.probabilities, strict=True))
                < 0.01
            ), mail.name
