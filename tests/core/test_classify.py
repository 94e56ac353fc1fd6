from __future__ import annotations

import functools
import io
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest

from followup.classify_cli import run_classify
from followup.core.classify import KINDS, EmailVerdict, classify, classify_message, html_to_text
from followup.watching import REJECTION_CONFIDENCE
from tests.core.classify_report import (
    EMAILS,
    SETS,
    Figures,
    evaluate,
    load_entries,
    load_labels,
    read_message,
)
from tests.core.emails.generate import FORMATS

LANGUAGES = ("en", "de", "fr", "es", "pt")

# ------------------------------------------------------------------------------------- corpus


def test_corpus_figures() -> None:
    figures = evaluate()
    print("\n" + figures.summary())
    for miss in figures.misses:
        print("  " + miss)
    assert figures.total >= 60
    assert figures.precision("rejection") >= 0.95
    assert figures.recall("rejection") >= 0.95
    assert figures.accuracy >= 0.9


def test_corpus_shape() -> None:
    labels = load_labels()
    files = sorted(p.name for p in EMAILS.glob("*.eml"))
    assert files == sorted(labels)
    kinds = list(labels.values())
    assert set(kinds) == set(KINDS)
    assert 0.28 <= kinds.count("rejection") / len(kinds) <= 0.4
    html_only = 0
    for name in files:
        message = read_message(EMAILS / name)
        assert message["From"] and message["Subject"] and message["Date"]
        if message.get_body(preferencelist=("plain",)) is None:
            html_only += 1
    assert html_only >= 10


# ------------------------------------------------------- the generated parts (issue 15)
# `emails/generated/`, `emails/generated3/` (written in round 3), `emails/generated4/` (written
# in round 4), `emails/generated5/` (written in round 5), `emails/generated6/` (written in round
# 6), `emails/generated7/` (written in round 7), `emails/generated8/` (written in round 8, too
# small for the shape test), `emails/round1/`, `emails/heldout/`,
# `emails/sealed/` and `emails/round3/` (the earlier rounds' held-out and sealed parts, looked
# at) are tuned on, and so are `emails/round4/` (round 4's held-out part) since round 5,
# `emails/round5/` since round 6 and `emails/round6/` since round 7 (its misses looked at, its
# families given rules and new examples in `generated7/`, the model trained on it), and
# `emails/round7/` since round 8 (its families given rules, new examples in `generated8/`).


@pytest.fixture(scope="module")
def tuned() -> Figures:
    return evaluate(SETS["generated"])


@pytest.fixture(scope="module")
def heldout() -> Figures:
    return evaluate(SETS["heldout"])


@pytest.fixture(scope="module")
def round6() -> Figures:
    return evaluate(SETS["round6"])


@pytest.mark.parametrize(
    "part",
    [
        "generated",
        "generated3",
        "generated4",
        "generated5",
        "generated6",
        "generated7",
        "round1",
        "heldout",
        "round3",
        "round4",
        "round5",
        "round6",
    ],
)
def test_generated_corpus_shape(part: str) -> None:
    folder = SETS[part]
    entries = load_entries(folder)
    assert sorted(p.name for p in folder.glob("*.eml")) == sorted(entries)
    assert {e["kind"] for e in entries.values()} == set(KINDS)
    assert {e["format"] for e in entries.values()} == set(FORMATS)
    for lang in LANGUAGES:
        kinds = [e["kind"] for e in entries.values() if e["lang"] == lang]
        # every language has rejections and enough other mail to measure precision on
        assert kinds.count("rejection") >= 28, lang
        assert len(kinds) - kinds.count("rejection") >= 16, lang
        assert {"acknowledgement", "interview_invite"} <= set(kinds), lang
    kinds = [e["kind"] for e in entries.values()]
    assert 0.45 <= kinds.count("rejection") / len(kinds) <= 0.7
    html_only = sum(e["format"] == "html" for e in entries.values())
    assert html_only >= len(entries) / 10


@pytest.mark.parametrize(
    "part",
    [
        "generated",
        "generated3",
        "generated4",
        "generated5",
        "generated6",
        "generated7",
        "generated8",
        "generated9",
        "generated10",
        "generated11",
        "generated12",
        "generated14",
        "generated15",
        "round1",
        "heldout",
        "sealed",
        "round3",
        "round4",
        "round5",
        "round6",
    ],
)
def test_tuned_figures(part: str) -> None:
    figures = evaluate(SETS[part])
    print("\n" + figures.summary(part))
    for miss in figures.misses:
        print("  " + miss)
    for lang in LANGUAGES:
        assert figures.by_lang[lang].precision("rejection") >= 0.99, lang
    assert figures.recall("rejection") >= 0.99
    assert figures.confused("acknowledgement", "rejection") == 0
    assert figures.accuracy >= 0.98


def test_round6_figures(round6: Figures) -> None:
    """Round 6's held-out part (558 mails, 296 rejections), written before round 6's changes by
    an evaluator who did not read the classifier, tuned on since round 7 (rules for its
    families, new examples in `generated7/`, the model trained with it). Held out, after round
    6, it read: rejection recall 0.895 (EN 0.917, DE 0.839, FR 0.821, ES 0.964, PT 0.929),
    precision 0.978 (2 receipts read as rejections); receipts 0.859, invitations 0.927, offers
    0.625. The floors are what it reads after round 7 (1.000 everywhere, the rules alone too;
    how it reads with a model that never saw it: `train_model --cv`)."""
    print("\n" + round6.summary("round 6 (tuned on since round 7)"))
    assert round6.recall("rejection") >= 0.99
    for lang in LANGUAGES:
        assert round6.by_lang[lang].recall("rejection") >= 0.99, lang
        assert round6.by_lang[lang].precision("rejection") >= 0.99, lang
    assert round6.confused("acknowledgement", "rejection") == 0
    assert round6.recall("interview_invite") >= 0.99
    assert round6.recall("acknowledgement") >= 0.99
    assert round6.recall("offer") >= 0.99
    assert round6.accuracy >= 0.99


@pytest.fixture(scope="module")
def round7() -> Figures:
    return evaluate(SETS["round7"])


def test_round7_figures(round7: Figures) -> None:
    """Round 7's held-out part (560 mails, 280 rejections), written before round 7's changes by
    an evaluator who did not read the classifier, never tuned on. Before (a9a69bf): rejection
    recall 0.889 (EN 0.946, DE 0.893, FR 0.857, ES 0.839, PT 0.911), precision 0.961 (no
    receipt read as a rejection), receipts 0.900, invitations 0.787, offers 0.700. After round
    7's rules and a model trained with two more authors' parts: recall 0.932 (EN 0.946, DE
    0.929, FR 0.964, ES 0.893, PT 0.929), precision 0.960, one receipt read as a rejection,
    receipts 0.912, invitations 0.825, offers 0.775. Tuned on since round 8 (its misses' families
    given rules, new examples in `generated8/`, the model not retrained): every figure 1.000.
    The floors are what was measured."""
    print("\n" + round7.summary("round 7 (tuned on since round 8)"))
    assert round7.recall("rejection") >= 0.99
    assert round7.precision("rejection") >= 0.99
    for lang in LANGUAGES:
        assert round7.by_lang[lang].recall("rejection") >= 0.99, lang
    assert round7.confused("acknowledgement", "rejection") == 0
    assert round7.recall("interview_invite") >= 0.99
    assert round7.recall("acknowledgement") >= 0.99
    assert round7.recall("offer") >= 0.99


def test_round7_goals_met(round7: Figures) -> None:
    """Issue 15's goals, met on round 7 since it is tuned on (round 8): no longer a held-out
    measurement."""
    assert round7.recall("rejection") >= 0.95
    for lang in LANGUAGES:
        assert round7.by_lang[lang].recall("rejection") >= 0.95, lang
        assert round7.by_lang[lang].precision("rejection") >= 0.99, lang
    assert round7.confused("acknowledgement", "rejection") == 0
    assert round7.recall("interview_invite") >= 0.85
    assert round7.recall("acknowledgement") >= 0.95


@pytest.mark.parametrize(
    ("part", "recall", "precision"), [("author7a", 0.99, 0.99), ("author7b", 0.99, 0.99)]
)
def test_second_authors_parts(part: str, recall: float, precision: float) -> None:
    """Two training parts written in round 7 by authors who did not read the classifier. Read
    before the model was trained with them (round 7's rules): recall 0.913 / 0.839, precision
    0.993 / 0.949. The model learns them but the rules do not cover every family, so they stay
    short of 1.000. Since round 8 their residual misses' families have rules too (recall and
    precision 1.000 on both); the floors are what they read now."""
    figures = evaluate(SETS[part])
    print("\n" + figures.summary(part))
    assert figures.recall("rejection") >= recall
    assert figures.precision("rejection") >= precision


@pytest.fixture(scope="module")
def round8() -> Figures:
    return evaluate(SETS["round8"])


# What round 8's part reads now, per language: (rejection recall, precision).
ROUND8_FLOORS = {
    "en": (0.999, 0.999),
    "de": (0.999, 0.999),
    "fr": (0.999, 0.999),
    "es": (0.999, 0.999),
    "pt": (0.999, 0.999),
}


def test_round8_figures(round8: Figures) -> None:
    """Round 8's held-out part (560 mails, 280 rejections), written before round 8's changes by
    an evaluator who did not read the classifier, never tuned on. Before (e2d57bd): rejection
    recall 0.946 (EN 0.964, DE 0.946, FR 0.929, ES 0.964, PT 0.929), precision 0.985 (no
    receipt read as a rejection), receipts 0.963, invitations 0.863, offers 0.625. After round
    8's changes: recall 0.979, precision 0.986 (ES 0.966, PT 0.964: four invitations read as
    rejections), invitations 0.875, offers 0.675. Tuned on since round 9 (its misses' families
    given rules in classify_rules' round-11 block, new examples in `generated11/`, the model
    trained with it): rejections, receipts and invitations 1.000, offers 0.975 (the paperwork of
    a hire is "other" in earlier parts). The floors are what it reads now."""
    print("\n" + round8.summary("round 8 (tuned on since round 9)"))
    assert round8.recall("rejection") >= 0.99
    assert round8.precision("rejection") >= 0.99
    for lang, (recall, precision) in ROUND8_FLOORS.items():
        assert round8.by_lang[lang].recall("rejection") >= recall, lang
        assert round8.by_lang[lang].precision("rejection") >= precision, lang
    assert round8.confused("acknowledgement", "rejection") == 0
    assert round8.recall("interview_invite") >= 0.99
    assert round8.recall("acknowledgement") >= 0.99
    assert round8.recall("offer") >= 0.97


def test_round8_goals_met(round8: Figures) -> None:
    assert round8.recall("rejection") >= 0.95
    for lang in LANGUAGES:
        assert round8.by_lang[lang].recall("rejection") >= 0.95, lang
        assert round8.by_lang[lang].precision("rejection") >= 0.99, lang
    assert round8.confused("acknowledgement", "rejection") == 0
    assert round8.recall("interview_invite") >= 0.85
    assert round8.recall("acknowledgement") >= 0.95


@pytest.mark.parametrize(
    ("part", "recall", "precision"),
    [
        ("author8a", 0.99, 0.99),
        ("author8b", 0.99, 0.99),
        ("author8c", 0.99, 0.99),
        ("author8d", 0.99, 0.99),
        ("author9a", 0.99, 0.99),
        ("author9b", 0.99, 0.99),
        ("author10a", 0.99, 0.99),
        ("author11a", 0.994, 0.999),
        ("author11b", 0.982, 0.999),
        ("author12a", 0.991, 0.999),
        ("author12b", 0.984, 0.999),
        ("author12c", 0.983, 0.999),
        ("author13a", 0.999, 0.999),
        ("author13b", 0.999, 0.999),
    ],
)
def test_round8_authors_parts(part: str, recall: float, precision: float) -> None:
    """Two training parts written in round 8 by two more authors who did not read the
    classifier (corporate and public-sector mail; small employers writing casually). Read once
    before any round-8 change (e2d57bd): recall 0.965 / 0.893, precision 0.952 / 0.954 (nine of
    8a's receipts read as rejections). Two more (tech companies and universities; mail across
    languages, agencies and public bodies), read once after round 8's first two tunings and
    before the model saw them: recall 0.967 / 0.923, precision 0.979 / 0.976, offers 0.60 /
    0.50. Round 9's first author's part (`author9a`: Spanish and Portuguese largest, hard
    invitations that carry a "no", public procedures, offers in every shape) read before round
    11's tuning: recall 0.948, precision 0.914 (ES 0.868), invitations 0.595, offers 0.464; and
    its second (`author9b`: big tech, banks, Behörden, concours, headhunters): recall 0.992,
    precision 0.958, receipts 0.621 (reserve lists), invitations 0.782, offers 0.667. Round
    10's author (`author10a`: decisions without stock phrases, public procedures in five
    countries, subject-only decisions, negative "offer") read before round 10's tuning: recall
    0.885, precision 0.982, receipts 0.867, invitations 0.810, offers 0.450; with the model
    trained on it, 0.970 / 0.983. Round 11's author (`author11a`: receipts, invitations, offers
    and newsletters in rejection words; short plain rejections) read with the model's veto
    before the model saw it: recall 0.978, precision 0.863 (44 invitations and 14 receipts
    read as rejections), invitations 0.673; the rules were never tuned to it, the model is
    trained on it: recall 0.995, precision 1.000. Its second (`author11b`: the breadth of who
    writes and how) read unseen: recall 0.960 (DE 0.938, FR 0.925), precision 0.990; with the
    model trained on it: 0.983 / 1.000. Round 12's (`author12a`: receipts that explain the
    whole process beside rejections in the same words, status notices) read unseen: recall
    0.986, precision 0.946 (status-changed notices and receipts whose rule for everyone the
    silence rule missed); with the silence rule read by its shape, 0.963; with the model
    trained on it, 0.992 / 1.000. Two more (`author12b`: rejections in people's own plain words
    across sectors; `author12c`: trackers, public employers, graduate schemes, agencies) read
    unseen: recall 0.871 (DE 0.773) / 0.958, precision 0.950 / 0.989; author12b with the
    plain-words rules written from it: 0.942 / 0.954; with the model trained on both: 0.985 /
    1.000 and 0.984 / 1.000. Round 13's (`author13a`: receipts that state rules about
    applicants in general beside rejections in the same words; `author13b`: French, Spanish and
    Portuguese mail across countries) read unseen: recall 0.958 / 0.995, precision 0.922 /
    0.991; with the rules written from them: 0.994 / 0.986 and 1.000 / 1.000; with the model
    trained on them: 1.000 / 1.000 both. The floors are what they read now."""
    figures = evaluate(SETS[part])
    print("\n" + figures.summary(part))
    assert figures.recall("rejection") >= recall
    assert figures.precision("rejection") >= precision


def test_review_probes() -> None:
    """`generated13/`: hard negatives and true positives written to probe round 11's rule
    families (a review, before they landed): 0.267 of its mails read right before the review's
    guards, 0.933 after. Left: "declined the other offer … confirm ours" read as a rejection (en),
    a confidentiality contract read as an offer (es), a few with no wording of their own. The
    floors are what it reads now."""
    figures = evaluate(SETS["generated13"])
    print("\n" + figures.summary("generated13"))
    assert figures.recall("rejection") >= 0.99
    assert figures.precision("rejection") >= 0.96
    assert figures.confused("acknowledgement", "rejection") == 0
    assert figures.accuracy >= 0.93


@pytest.fixture(scope="module")
def round9() -> Figures:
    return evaluate(SETS["round9"])


def test_round9_figures(round9: Figures) -> None:
    """Round 9's held-out part (590 mails, 280 rejections: hospitals, supermarkets, freight,
    pharma, law firms, insurers, hotels, NGOs, city governments, start-ups, headhunters),
    written before round 9's changes by an evaluator who did not read the classifier. Before
    (4b1544e): rejection recall 0.936 (EN 1.000, DE 0.964, FR 0.929, ES 0.911, PT 0.875),
    precision 0.963, receipts 0.875, invitations 0.844, offers 0.880. After round 9's changes:
    recall 0.943, precision 0.957, receipts 0.900, invitations 0.833, offers 0.880. Tuned on
    since round 10 (rules for its missed families, generated14/, and the model's training):
    every mail read right. The floors are what it reads now."""
    print("\n" + round9.summary("round 9"))
    for lang in LANGUAGES:
        assert round9.by_lang[lang].recall("rejection") >= 0.99, lang
        assert round9.by_lang[lang].precision("rejection") >= 0.99, lang
    assert round9.accuracy >= 0.99


# The held-out parts (never tuned on, never in the model's training: train_model.HELD_OUT),
# each written by an evaluator who read only the corpus format. Their history:
#
# Round 10's held-out part (1,200 mails, 600 rejections: logistics, offshore energy, games,
# medtech, insurance, engineering, a co-operative, payments, publishing, textiles, digital health;
# public-sector notices in five countries; decisions only in the subject; invitations that carry a
# "no"), written before round 10's changes by an evaluator who did not read the classifier; never
# tuned on, never in the model's training (train_model.HELD_OUT). Before (e6b1432): rejection
# recall 0.970 (EN 0.967, DE 0.950, FR 0.983, ES 0.975, PT 0.975), precision 0.943 (EN 0.951, DE
# 0.950, FR 0.937, ES 0.936, PT 0.944; 24 invitations and 9 other mails read as rejections), 2
# receipts read as rejections, receipts 0.920, invitations 0.840, offers 0.740. After the model
# retrained with round 9 and author10a and the rules tuned to round 9 (which then reads 1.000):
# recall 0.975 (PT 0.975), precision 0.944, receipts 0.953, invitations 0.827, offers 0.740:
# tuning on one author's mail moves another's little. With author10a tuned on too (generated15):
# offers 0.800, the rest alike. With the model's veto over the rules' rejections (round 14;
# thresholds chosen on other parts, `train_model --unseen-cv`): precision 0.944 -> 0.969 (EN
# 0.967, DE 0.983, FR 0.967, ES 0.967, PT 0.959; invitations read as rejections 24 -> 11), no
# receipt read as a rejection, invitations 0.827 -> 0.913, receipts 0.967, recall unchanged. With
# the second reading's thresholds chosen again on the parts as they came (`train_model --unseen-
# cv`): recall 0.980 (DE 0.958, ES 1.000, PT 0.983), receipts 0.973. With the model trained on
# author11a too (no rule changed): precision 0.969 -> 0.980 (EN 0.975, ES 1.000, PT 0.975; 5
# invitations and 7 other mails read as rejections), invitations 0.913 -> 0.953, receipts 0.980.
# With author11b too: precision 0.982 (FR 0.975), invitations 0.960. With round 12's rules and
# authors: recall 0.982 (PT 0.992), precision 0.982, receipts 0.987. The floors are what it reads
# now.
#
# Round 11's held-out part (1,132 mails, 562 rejections: final-round decisions with feedback,
# roles cancelled or frozen, formal requirements unmet, talent-pool "no"s, decisions buried or
# only in the subject, graduate schemes and faculty searches; receipts that warn, invitations
# after an earlier "no", reschedules, conditional offers), written by an evaluator who read only
# the corpus format; never tuned on, never in the model's training. At e6b1432 (before round 10):
# recall 0.904, precision 0.920. At 929d4d3 (round 10): recall 0.907 (EN 0.895, DE 0.920, FR
# 0.929, ES 0.884, PT 0.911), precision 0.917 (32 invitations, 12 receipts and 2 offers read as
# rejections), invitations 0.721. With the model's veto over the rules' rejections (chosen on
# other parts): precision 0.959 (EN 1.000, DE 0.972, FR 0.981, ES 0.917, PT 0.927; 8 invitations,
# 12 receipts, 2 offers), invitations 0.893, recall unchanged. With the second reading's
# thresholds chosen again on the parts as they came (`train_model --unseen-cv`: WORDS_ASKED,
# ANOTHER_KIND): recall 0.927 (EN 0.904, DE 0.946, FR 0.929, ES 0.938, PT 0.920), precision 0.954
# (15 receipts: 3 of them asked about, not acted on), invitations 0.900. With the model trained on
# author11a too (no rule changed): precision 0.954 -> 0.967 (DE 0.991, ES 0.937; 12 receipts, 5
# invitations, 1 offer), invitations 0.921, receipts 0.864 -> 0.893, recall unchanged. With
# author11b too: recall 0.925 (PT 0.911; one rejection fewer), precision 0.967 (11 receipts, 5
# invitations, 2 offers), offers 0.767: about even. The rules alone: recall 0.829, precision
# 0.921. Round 12, with author12a in the model (and the silence rule read by its shape, which left
# this part alike): recall 0.922 (DE 0.946, FR 0.920: two rejections fewer), precision 0.968 (10
# receipts). With author12b and author12c too: recall 0.923 (DE 0.938, FR 0.929, ES 0.938),
# precision 0.968 (11 receipts, 4 invitations, 2 offers): about even. The floors are what it reads
# now.
#
# Round 12's held-out part (1,120 mails, 570 rejections: the decision in many words, someone else
# chosen, a lone softener, the role gone, public-sector notices, no offer to be made, decisions
# after an interview, late, terse or only in the subject; receipts about high volumes, "still
# reviewing" updates, invitations without the word, "next steps", conditional offers, alerts, cold
# mail, logistics, withdrawals), written by an evaluator who read only the corpus format; never
# tuned on, never in the model's training. Read at a176cbd3, before any change of round 12: recall
# 0.972 (EN 0.965, DE 0.982, FR 0.965, ES 0.991, PT 0.956), precision 0.988 (EN 1.000, DE 1.000,
# FR 0.973, ES 0.974, PT 0.991; 5 receipts, 4 of them only asked about, and 2 invitations),
# invitations 0.963, receipts 0.953, offers 0.871. With the silence rule read by its shape: alike.
# With author12a in the model: recall 0.970 (ES 0.982), precision 0.989 (PT 1.000; 4 receipts, 3
# only asked about). With the plain-words rules and author12b and author12c in the model: alike
# (receipts 0.953, other 0.973).
#
# Round 13's held-out part (1,120 mails, 550 rejections, 14 families in five languages:
# hospitality, hospitals, universities, retail, city governments, NGOs, logistics, law firms,
# game studios, airlines, banks; rejections that invite to the talent pool or mention the
# volume, public notices, decisions buried; receipts that explain the process or warn, status
# updates, invitations without the word, offers, alerts and admin mail), written by an evaluator
# who read only the corpus format; never tuned on, never in the model's training. Read at
# 474bceb1, before any change of round 13: recall 0.971 (EN 1.000, DE 0.982, FR 0.936, ES 0.964,
# PT 0.973), precision 0.983 (9 receipts read as rejections, 6 of them acted on), receipts 0.868,
# invitations 0.950, offers 0.671. Round 13's rules (from its four authors' parts) left it
# alike; with those authors in the model: recall 0.976 (FR 0.964, ES 0.973, PT 0.964),
# precision 0.989 (EN 0.982, FR 0.981, PT 0.981; 6 receipts, 5 acted on), receipts 0.891.
# The same models read round 10 at precision 0.985 (DE 1.000, FR 0.967) and invitations 0.973,
# round 11 at recall 0.920 (DE 0.929, FR 0.920: 5 rejections fewer) and 10 receipts, round 12
# at precision 0.993 (EN 0.991, FR 0.991) and 1 receipt. The floors are what each reads now.
#
# Round 14's held-out part (1,120 mails, 560 rejections, 27 families in five languages:
# start-ups, car makers, insurers, consultancies, pharma, utilities, telecoms, publishers,
# schools, museums, builders, supermarkets, government agencies), written by an evaluator who
# read only the corpus format, measured at 530f0a49 before any change of round 14: recall
# 0.988, precision 0.963 (DE 0.957, FR 0.924, ES 0.974, PT 0.964), 10 receipts read as
# rejections (7 acted on), invitations 0.936, receipts 0.874. With round 14's rules and its
# first eight authors in the model: recall 0.989 (FR 0.982, PT 0.964), precision 0.975 (DE
# 0.966, FR 0.957, ES 0.974, PT 0.982), 6 receipts (4 acted on), invitations 0.950, receipts
# 0.891; the same read round 12 at every goal of the issue (no receipt, precision 0.991 or more
# in each language). With author14f too (the ninth, read unseen, no rule tuned on any held-out
# part): recall 0.988 (ES 0.991), precision 0.972 (DE 0.957, FR 0.948), 7 receipts (4 acted
# on), receipts 0.896; round 12 at one receipt (asked about) and ES precision 0.982, round 11
# at recall 0.923 and 9 receipts (6 acted on), round 10 at precision 0.988, round 13 at
# precision 0.994 and 3 receipts. The floors are what each reads now.
# - round 15 (parts_round15.py, 1,020 mails, 470 rejections, five languages; fourteen sectors
#   not used before: farms and food, fashion, sports clubs, property, ports, aerospace,
#   charities, security firms, audit, research institutes, travel, cooperatives, clinics,
#   regional transport), written blind by an evaluator who read only the parts format, measured
#   at 1e5680f4 before any mail rule of round 15: recall 0.957 (EN 0.968, DE 0.979, FR 0.915,
#   ES 0.968, PT 0.957), precision 0.980 (EN 0.978, DE 0.958, FR 0.966), 9 receipts read as
#   rejections, invitations 1.000, receipts 0.940, offers 0.800. With round 15's rules (from
#   author15a and author15b only) and the second reader trained on them: recall 0.960 (FR
#   0.926), precision 0.991 (DE 0.968, FR 0.989), 4 receipts, receipts 0.960; the same read
#   round 14 at precision 0.979 and 4 receipts (7 before), round 13 at 2 (3), round 11 at 8 (9).
#   With author15c too (French and German, read unseen): precision 0.993 (DE 0.979), 3
#   receipts; round 10 at precision 0.983 (0.987) and invitations 0.973 (0.987).
# - round 16 (parts_round16.py, 1,020 mails, 470 rejections, five languages, ten rejection
#   families), written blind by an evaluator who read only the parts format, measured at
#   4819197e before any rule of round 16: recall 0.970 (EN 1.000, DE 0.979, FR 0.936, ES 0.979,
#   PT 0.957), precision 0.979 (DE 0.989, FR 0.978, ES 0.958, PT 0.968), 6 receipts read as
#   rejections, invitations 0.967, receipts 0.928, offers 0.800. Round 16's rules (from
#   author16a-c only) left it alike; with those authors in the second reader: recall 0.974 (FR
#   0.957, PT 0.947), precision 0.981, 5 receipts, receipts 0.940. The same read round 10 at
#   0.985 / 0.987, round 12 at recall 0.972, round 13 at 1 receipt (2), round 14 at 1 (4),
#   round 11 at recall 0.922 (0.925). With author16d too (Spanish and Portuguese, read unseen
#   after those rules) and the rules written from it: recall 0.977, precision 0.989 (DE 1.000,
#   FR 1.000, ES 0.979, PT 0.967), 3 receipts; round 11 at 7 receipts, round 12 at PT recall
#   0.947 (0.965).
# - round 17 (parts_round17.py, 1,006 mails, 490 rejections, five languages: public-sector and
#   agency notices, terse and warm refusals, receipts that warn, invitations and offers without
#   the word), written blind by an evaluator who read only the parts format, measured at
#   58d0f708 before any change of round 17: recall 0.988 (EN 0.980, DE 0.960, FR, ES and PT
#   1.000), precision 0.994 (EN 0.980, FR 0.990), 3 receipts read as rejections, invitations
#   0.969, receipts 0.934, offers 0.685. Round 17's rules (from author17a-d) and the second
#   reader trained on them left it alike (offers too: the offers without the word that author17c
#   taught are not the ones it holds). The same read round 16 at precision 0.996 (PT 0.989) and
#   2 receipts (3), round 15 at 2 receipts (3), round 11 at 6 (7) and recall 0.927 (0.923).
# - round 18 (parts_round18.py, 1,082 mails, 562 rejections, five languages), written blind by
#   an evaluator who read only the parts format, measured at af5843e6 before any mail rule of
#   round 18: recall 0.989 (EN 0.979, DE 0.983, FR, ES and PT 1.000), precision 0.995 (EN
#   0.984), 3 receipts read as rejections, invitations 0.985, receipts 0.924, offers 0.881. With
#   round 18's rules (from author18a-d, read unseen in two batches) and the second reader
#   trained on them: recall 0.989, precision 0.998 (EN 0.995), 1 receipt, receipts 0.935. The
#   same read round 17's offers at 0.704 (0.685), round 13 at recall 0.982 (0.978), round 12 at
#   recall 0.975 (0.968) but precision 0.995 (0.996) and receipts 0.971 (0.976), round 15 at
#   recall 0.960 (0.962).
# - round 19 (parts_round19.py, 1,040 mails, 520 rejections, five languages), written blind by
#   an evaluator who read only the parts format, measured at 71f6996b before any mail rule of
#   round 19: recall 0.981 (EN 0.962, DE 0.990, FR and ES 1.000, PT 0.974), precision 0.996 (ES
#   0.987), 2 receipts read as rejections, invitations 0.965, receipts 0.950, offers 0.926.
#   With round 19's rules (from author19a) and the second reader retrained: alike (precision
#   0.996 with DE 0.990 and ES 1.000). The same read round 18 at precision 1.000 and no receipt
#   as a rejection (1), round 15 at 1 receipt (2) and recall 0.962 (0.960), round 13 at recall
#   0.982 (0.984, FR 0.982). The retrained second reader (not the rules: with round 18's reader
#   and round 19's rules these read as before) reads one mail fewer in round 11 (DE recall
#   0.955), round 12 (an ES receipt read as a rejection, precision 0.993; invitations 0.950),
#   round 14 (FR recall 0.973) and round 16 (ES recall 0.979); their floors follow it. Retrained
#   again on author19c: round 19 at recall 0.985 (EN 0.973), round 16 at precision 0.998,
#   round 13 at 0.980 (FR 0.973), round 11 at 0.927 / 0.985 (EN recall 0.895, DE precision
#   0.991, offers one fewer).
# - round 20 (parts_round20.py, 1,040 mails, 520 rejections, five languages), written blind by
#   an evaluator who read only the parts format, measured at d6d08232 before any mail rule of
#   round 20: recall 0.971 (EN 0.971, DE 1.000, FR and ES 0.949, PT 0.987), precision 0.998 (FR
#   0.987), 1 receipt read as a rejection, invitations 1.000, receipts 0.980, offers 0.863.
#   With round 20's rules (from author20a-c, read unseen in two batches) and the second reader
#   retrained on them: recall 0.969 (DE 0.987: the reader retrained on author20c reads one
#   German rejection no more; with the reader trained before it, 0.971), precision 0.998,
#   offers 0.887. The same read offers better where they are said without the word: round 13
#   at 0.714 (0.686), round 15 at 0.900 (0.817), round 17 at 0.722 (0.704), round 19 at 0.941
#   (0.926); no receipt as a rejection in round 16 (2 before), one in round 19 (2); round 16
#   at recall 0.979 (DE 1.000), round 12 at precision 0.994. The retrained reader reads one
#   rejection fewer in round 11 (DE 0.946, ES 0.929; EN up to 0.904) and one receipt fewer in
#   round 14 (0.948); their floors follow it.


@dataclass(frozen=True)
class HeldOutFloors:
    """What a held-out part reads now: rejection recall and precision, per language too, the
    receipts read as rejections, and the other kinds' recall."""

    recall: float
    precision: float
    by_lang: dict[str, tuple[float, float]]  # language: (rejection recall, precision)
    receipts_as_rejections: int
    invitations: float
    receipts: float
    offers: float


HELD_OUT_FLOORS = {
    "round10": HeldOutFloors(
        0.984,
        0.984,
        {
            "en": (0.965, 0.982),
            "de": (0.965, 0.999),
            "fr": (0.999, 0.982),
            "es": (0.999, 0.982),
            "pt": (0.990, 0.974),
        },
        0,
        0.979,
        0.999,
        0.809,
    ),
    "round11": HeldOutFloors(
        0.924,
        0.983,
        {
            "en": (0.902, 0.999),
            "de": (0.945, 0.989),
            "fr": (0.909, 0.999),
            "es": (0.927, 0.961),
            "pt": (0.936, 0.971),
        },
        5,
        0.949,
        0.963,
        0.810,
    ),
    "round12": HeldOutFloors(
        0.974,
        0.993,
        {
            "en": (0.981, 0.990),
            "de": (0.981, 0.999),
            "fr": (0.990, 0.990),
            "es": (0.972, 0.990),
            "pt": (0.946, 0.999),
        },
        1,
        0.961,
        0.975,
        0.870,
    ),
    "round13": HeldOutFloors(
        0.979,
        0.997,
        {
            "en": (0.999, 0.999),
            "de": (0.980, 0.999),
            "fr": (0.971, 0.989),
            "es": (0.980, 0.999),
            "pt": (0.962, 0.999),
        },
        1,
        0.956,
        0.917,
        0.713,
    ),
    "round14": HeldOutFloors(
        0.984,
        0.982,
        {
            "en": (0.999, 0.999),
            "de": (0.999, 0.964),
            "fr": (0.972, 0.989),
            "es": (0.990, 0.964),
            "pt": (0.963, 0.999),
        },
        1,
        0.949,
        0.946,
        0.856,
    ),
    "round15": HeldOutFloors(
        0.960,
        0.996,
        {
            "en": (0.967, 0.999),
            "de": (0.977, 0.988),
            "fr": (0.924, 0.999),
            "es": (0.977, 0.999),
            "pt": (0.956, 0.999),
        },
        1,
        0.999,
        0.983,
        0.899,
    ),
    "round16": HeldOutFloors(
        0.979,
        0.999,
        {
            "en": (0.999, 0.999),
            "de": (0.999, 0.999),
            "fr": (0.967, 0.999),
            "es": (0.988, 0.999),
            "pt": (0.945, 0.999),
        },
        0,
        0.982,
        0.967,
        0.815,
    ),
    "round17": HeldOutFloors(
        0.986,
        0.992,
        {
            "en": (0.979, 0.979),
            "de": (0.959, 0.999),
            "fr": (0.999, 0.988),
            "es": (0.999, 0.999),
            "pt": (0.999, 0.999),
        },
        3,
        0.980,
        0.942,
        0.721,
    ),
    "round18": HeldOutFloors(
        0.988,
        0.999,
        {
            "en": (0.978, 0.999),
            "de": (0.982, 0.999),
            "fr": (0.999, 0.999),
            "es": (0.999, 0.999),
            "pt": (0.999, 0.999),
        },
        0,
        0.983,
        0.944,
        0.927,
    ),
    "round19": HeldOutFloors(
        0.983,
        0.997,
        {
            "en": (0.971, 0.999),
            "de": (0.989, 0.989),
            "fr": (0.999, 0.999),
            "es": (0.999, 0.999),
            "pt": (0.973, 0.999),
        },
        1,
        0.971,
        0.954,
        0.940,
    ),
    "round20": HeldOutFloors(
        0.968,
        0.997,
        {
            "en": (0.970, 0.999),
            "de": (0.986, 0.999),
            "fr": (0.947, 0.985),
            "es": (0.947, 0.999),
            "pt": (0.986, 0.999),
        },
        1,
        0.999,
        0.979,
        0.886,
    ),
}


@functools.cache
def held_out(split: str) -> Figures:
    return evaluate(SETS[split])


@pytest.mark.parametrize("split", sorted(HELD_OUT_FLOORS))
def test_held_out_figures(split: str) -> None:
    floors, figures = HELD_OUT_FLOORS[split], held_out(split)
    print("\n" + figures.summary(f"{split} (held out)"))
    # Plain numbers only: a failure must not print the held-out part's verdicts.
    low = [
        name
        for name, got, floor in (
            ("recall", figures.recall("rejection"), floors.recall),
            ("precision", figures.precision("rejection"), floors.precision),
            *(
                (f"{lang} {measure}", getattr(figures.by_lang[lang], measure)("rejection"), floor)
                for lang, pair in floors.by_lang.items()
                for measure, floor in zip(("recall", "precision"), pair, strict=True)
            ),
            ("invitations", figures.recall("interview_invite"), floors.invitations),
            ("receipts", figures.recall("acknowledgement"), floors.receipts),
            ("offers", figures.recall("offer"), floors.offers),
        )
        if got < floor
    ]
    receipts_as_rejections = figures.confused("acknowledgement", "rejection")
    assert not low, f"{split} below its floors: {low}"
    assert receipts_as_rejections <= floors.receipts_as_rejections, receipts_as_rejections


@pytest.mark.parametrize(
    "split",
    [
        pytest.param(split, marks=pytest.mark.xfail(strict=True, reason="issue 15's goals"))
        for split in sorted(HELD_OUT_FLOORS)
    ],
)
def test_held_out_goals_met(split: str) -> None:
    figures = held_out(split)
    met = [
        figures.recall("rejection") >= 0.95,
        *(figures.by_lang[lang].recall("rejection") >= 0.95 for lang in LANGUAGES),
        *(figures.by_lang[lang].precision("rejection") >= 0.99 for lang in LANGUAGES),
        figures.confused("acknowledgement", "rejection") == 0,
        figures.recall("interview_invite") >= 0.85,
        figures.recall("acknowledgement") >= 0.95,
    ]
    assert all(met), met  # (plain booleans: a failure prints no held-out verdict)


# The time per message (issue 15: at most 2 ms) is a benchmark figure, not a test:
# `python -m bench.run --only judgment`.


# --------------------------------------------------------------------- phrasings not in corpus
# Written after the corpus, as a check that the vocabulary generalises.

PHRASINGS: list[tuple[str, str, str]] = [
    (
        "rejection",
        "Your application",
        "Following your recent interview, the hiring panel has decided that your application "
        "will not progress to the next stage.",
    ),
    (
        "rejection",
        "Product Analyst search",
        "We have now concluded our search and offered the role to an internal candidate.",
    ),
    (
        "rejection",
        "Your application to Nimbus",
        "While your skills are impressive, we've decided to proceed with applicants whose "
        "backgrounds better match the requirements.",
    ),
    ("rejection", "Re: application", "I'm afraid we won't be taking your application any further."),
    ("rejection", "Update", "Sadly, the team has decided not to extend an offer."),
    (
        "rejection",
        "Re: Senior iOS Engineer",
        "They've decided to keep looking, so we won't be moving to the next round with you. "
        "Sorry it's not better news!",
    ),
    (
        "rejection",
        "Thank you for your interest",
        "The selection committee has reviewed all applications and we regret that we are "
        "unable to progress your application at this time.",
    ),
    (
        "rejection",
        "Interview outcome",
        "I am writing to let you know that on this occasion you have not been successful.",
    ),
    ("rejection", "Application status", "Your application for SRE has been declined."),
    (
        "rejection",
        "Tu candidatura",
        "Después de analizar tu perfil, hemos decidido no avanzar con tu candidatura.",
    ),
    (
        "rejection",
        "Ihre Bewerbung",
        "Leider haben wir uns entschieden, die Stelle mit einem anderen Kandidaten zu besetzen.",
    ),
    (
        "rejection",
        "Ihre Bewerbung",
        "Nach reiflicher Überlegung müssen wir Ihnen eine Absage erteilen.",
    ),
    (
        "rejection",
        "Votre candidature",
        "Nous avons finalement retenu un autre profil pour ce poste.",
    ),
    (
        "rejection",
        "Réponse à votre candidature",
        "Nous sommes au regret de ne pouvoir donner une suite favorable à votre candidature.",
    ),
    ("rejection", "Sua candidatura", "Agradecemos seu interesse, mas optamos por outro candidato."),
    # issue 15: the decision in other words, a lone softener, the job gone, "offer" read right
    ("rejection", "Update", "Thanks for your time. Unfortunately, we won't be moving ahead."),
    ("rejection", "Update", "We are unable to consider your application further."),
    ("rejection", "Your application", "The requisition has been cancelled."),
    ("rejection", "Your application", "You were not referred to the hiring manager."),
    ("rejection", "Re: offer", "The offer has gone to another candidate."),
    ("rejection", "Deine Bewerbung", "Leider haben wir uns für andere Bewerber*innen entschieden."),
    ("rejection", "Ihre Bewerbung", "Wir haben die Stelle intern besetzt."),
    ("rejection", "Candidature", "Le poste est désormais pourvu."),
    ("rejection", "Candidatura", "Hemos decidido no avanzar con tu proceso."),
    ("rejection", "Candidatura", "Não daremos continuidade ao seu processo."),
    (
        "acknowledgement",
        "Thanks for applying",
        "Unfortunately we get many applications, so it may take us a few weeks to review yours.",
    ),
    ("acknowledgement", "Update", "We are still reviewing applications and will update you soon."),
    ("interview_invite", "Hello", "Would you be free for a quick call on Thursday?"),
    ("interview_invite", "Kennenlernen", "Wir würden dich gerne kennenlernen. Passt dir Montag?"),
    (
        "other",
        "Opportunity",
        "I came across your profile and have a Staff Engineer role. Apologies if this role is "
        "not a fit!",
    ),
    (
        "acknowledgement",
        "We got it!",
        "Hi Alex, we just wanted to let you know we got your application for Support Lead.",
    ),
    (
        "acknowledgement",
        "Application received - Marketing Manager",
        "Unfortunately, we are not able to provide individual feedback at the application "
        "stage. We will contact you if you are shortlisted.",
    ),
    (
        "acknowledgement",
        "Gracias por tu postulación",
        "Gracias por tu postulación. Revisaremos tu perfil y te contactaremos.",
    ),
    (
        "interview_invite",
        "Next steps",
        "Could we set up a time for a video interview with our CTO next week?",
    ),
    (
        "interview_invite",
        "Good news",
        "You've been shortlisted! The next step is a 1-hour panel interview with the team.",
    ),
    (
        "interview_invite",
        "Entretien",
        "Nous aimerions organiser un entretien téléphonique avec vous la semaine prochaine.",
    ),
    (
        "offer",
        "Welcome aboard",
        "The team wants to bring you on board as our next Data Engineer! Attached is your offer.",
    ),
    (
        "offer",
        "Re: numbers",
        "We can't offer more than the top of the band, but equity is flexible. Let me know if "
        "you'd like to accept the offer.",
    ),
    (
        "offer",
        "Re: the offer",
        "Unfortunately we can't go higher than 60k, but we'd still love to have you. The offer "
        "stands until Friday.",
    ),
    ("other", "Your application was viewed", "Good news! Your application was viewed by Acme."),
    (
        "other",
        "Re: coffee",
        "See you at 3! Unfortunately the cafe closed, so let's meet at the library.",
    ),
    (
        "other",
        "Referral",
        "I submitted your referral for the Backend role at Mosaic. You should hear from them soon.",
    ),
    # Round 12: a receipt's rule for everyone, by its shape (a condition that the person hears
    # nothing, with a time), and its consequence in the same sentence.
    (
        "acknowledgement",
        "Application received",
        "Thanks for applying to Norrland Foods. Should you not be contacted by our team within "
        "three weeks, the process has ended for you.",
    ),
    (
        "acknowledgement",
        "Candidatura recebida",
        "Recebemos a sua candidatura. Se não for chamado para entrevista no prazo de um mês, a "
        "sua candidatura não seguirá em frente.",
    ),
    (
        "acknowledgement",
        "Su solicitud",
        "Hemos recibido su solicitud. No contestamos a los candidatos no preseleccionados; sin "
        "llamada nuestra en 30 días, considere cerrado el proceso.",
    ),
    (
        "acknowledgement",
        "Deine Bewerbung",
        "Danke für deine Bewerbung! Bitte hab Verständnis, dass wir Absagen nicht einzeln "
        "verschicken: Wenn du bis Ende des Monats nichts hörst, hat es leider nicht gereicht.",
    ),
    (
        "acknowledgement",
        "Candidatura",
        "Obrigado por se candidatar! Caso você não seja chamado até o dia 30, considere que o "
        "seu perfil não seguiu para a próxima fase.",
    ),
    (
        "rejection",
        "Your application",
        "We have decided not to move forward with your application. If you have not found "
        "another role within six months, you are welcome to apply again.",
    ),
    # Round 12: the decision in a person's own plain words, "nicht" last in its clause, and
    # "not you" in five languages.
    ("rejection", "Ihre Bewerbung", "Nach dem Probetag stellen wir Sie leider nicht ein."),
    ("rejection", "Re: Bewerbung", "Hallo Alex, das mit der Stelle in der Küche wird nichts."),
    ("rejection", "Tu candidatura", "Lo hemos pensado mucho y no ha sido a tu favor."),
    ("rejection", "Candidature", "Le choix est fait, et ce n'est pas vous. Merci encore."),
    ("rejection", "A sua candidatura", "Infelizmente não temos lugar para si na equipa."),
    (
        "interview_invite",
        "Entretien jeudi",
        "Au départ, la direction voulait pourvoir le poste en interne ; finalement, nous "
        "aimerions vous rencontrer jeudi pour un entretien.",
    ),
    # Round 13: receipts that state what happens if the person is not picked, and the posting
    # closed with the review begun; rejections that say the person is not among them.
    (
        "acknowledgement",
        "Your application",
        "Thank you for applying. If you are not selected for interview, the process ends here "
        "for you and we will delete your data after six months.",
    ),
    (
        "acknowledgement",
        "Ihre Bewerbung",
        "Danke für Ihre Bewerbung. Falls Sie nicht in die engere Auswahl kommen, ist das "
        "Verfahren für Sie beendet; wir informieren Sie per E-Mail.",
    ),
    (
        "acknowledgement",
        "Tu candidatura",
        "Hemos recibido tu candidatura. Si no superas la prueba, el proceso termina aquí para "
        "ti, pero guardaremos tu CV.",
    ),
    (
        "acknowledgement",
        "A sua candidatura",
        "Recebemos a sua candidatura. Caso não seja selecionado, o processo termina aqui para si "
        "e os seus dados serão apagados.",
    ),
    (
        "acknowledgement",
        "Votre candidature",
        "Nous avons bien reçu votre candidature. Si vous ne figurez pas parmi les "
        "présélectionnés, nous vous en informerons par e-mail.",
    ),
    (
        "acknowledgement",
        "Your application",
        "Your application has been received. Candidates who are not among those shortlisted "
        "will be notified once the process closes.",
    ),
    (
        "acknowledgement",
        "Your application",
        "We received your application. The posting has now closed and we have started "
        "reviewing all applications; yours is among them.",
    ),
    (
        "acknowledgement",
        "Ihre Bewerbung",
        "Die Ausschreibung ist beendet. Wir haben mit der Sichtung begonnen und melden uns in "
        "zwei Wochen.",
    ),
    (
        "rejection",
        "Your application",
        "We have now reviewed all applications. The shortlist is complete and unfortunately "
        "you are not on it.",
    ),
    (
        "rejection",
        "Ihre Bewerbung",
        "Leider hat es nicht gereicht: Ihr Ergebnis im Test lag unter der erforderlichen "
        "Mindestpunktzahl, das Verfahren ist damit für Sie beendet.",
    ),
    (
        "rejection",
        "Candidatura",
        "A vaga foi encerrada e a sua candidatura não foi selecionada.",
    ),
    (
        "rejection",
        "Candidatura",
        "We have now completed our interviews with other candidates and have decided to offer "
        "the role to one of them.",
    ),
    (
        "acknowledgement",
        "Update",
        "We are finishing our interviews with other candidates and will come back to you by "
        "Friday.",
    ),
    # …and receipts that say who will be invited, beside real invitations.
    (
        "acknowledgement",
        "Bewerbung",
        "Wenn wir Sie kennenlernen möchten, melden wir uns innerhalb von zwei Wochen. Vielen "
        "Dank für Ihre Bewerbung.",
    ),
    (
        "acknowledgement",
        "Application",
        "Only candidates who are invited to interview will be contacted. Thank you for applying.",
    ),
    (
        "interview_invite",
        "Kennenlernen",
        "Falls Sie Interesse haben, laden wir Sie gern am Montag um 9 Uhr zu einem Kennenlernen "
        "ein.",
    ),
    (
        "interview_invite",
        "Entrevista",
        "Si te parece bien, te invitamos a una entrevista el jueves a las 10.",
    ),
    # (round 14) the job given to someone else, without the verb "offer"…
    (
        "rejection",
        "Vaga interna",
        "Queria avisar antes do e-mail oficial: a vaga de coordenação ficou com uma colega do "
        "escritório do Porto.",
    ),
    # …not a mail passed on to a colleague
    (
        "acknowledgement",
        "Bewerbung",
        "Danke für Ihre Bewerbung. Die Stelle ist noch offen; Ihre Unterlagen sind an eine "
        "Kollegin aus der Fachabteilung weitergeleitet.",
    ),
    # (round 14) the team not growing; nothing here for the person's background
    (
        "rejection",
        "Candidature spontanée",
        "Merci pour votre message. Nous n'agrandirons pas notre équipe de design cette année.",
    ),
    (
        "rejection",
        "Tu CV",
        "Lo he revisado con calma y no hay nada en la oficina ahora mismo que encaje con tu "
        "perfil.",
    ),
    # (round 14) spontaneous applications not taken; the application not to be assessed…
    (
        "rejection",
        "Open application",
        "We do not accept unsolicited applications; every hire goes through our job board.",
    ),
    # …not a posting's footer about agencies
    (
        "acknowledgement",
        "Application received",
        "We have received your application for the Field Technician role and will review it "
        "soon. Please note: we do not accept unsolicited resumes from recruitment agencies.",
    ),
    (
        "rejection",
        "Ihre Bewerbung",
        "Nach unseren Regeln ist eine Wiedereinstellung erst nach zwölf Monaten möglich, daher "
        "können wir Ihre Bewerbung derzeit nicht berücksichtigen.",
    ),
    # …unless something must happen first
    (
        "acknowledgement",
        "Your application",
        "We received your application. We can't review your application until the signed "
        "consent form arrives.",
    ),
    # (round 14) the client does not want to meet the person; no further talk planned
    (
        "rejection",
        "Mandat",
        "Le client a relu la liste et ne souhaite pas vous rencontrer pour ce poste.",
    ),
    (
        "rejection",
        "Take-home",
        "Thanks for the exercise. We won't be scheduling a further interview, as the solution "
        "missed several of the core requirements.",
    ),
    # (round 14) ranked below those taken on; the board's verdict in its minutes
    (
        "rejection",
        "Resultado",
        "O júri ordenou as candidaturas e ficou em sexto lugar; apenas os três primeiros passam "
        "à fase final.",
    ),
    (
        "interview_invite",
        "Result",
        "You ranked first of all applicants, and we would like to invite you to the final "
        "interview on Monday at 10am.",
    ),
    (
        "rejection",
        "Minutes of the panel",
        "From the panel's minutes: \"Applicant 12: good degree, too little hands-on experience. "
        'Not shortlisted." Please ask us if you want the scoring grid.',
    ),
    # (round 14b) a decision against the application, said another way
    (
        "rejection",
        "Notificação",
        "Informamos que o júri propõe a sua exclusão do procedimento por falta do certificado "
        "de habilitações.",
    ),
    (
        "rejection",
        "Re: vaga",
        "Falei agora com o RH: a diretora não aprovou o seu perfil para a vaga. Desculpa!",
    ),
    (
        "rejection",
        "Resolución",
        "La comisión ha resuelto no incluir su candidatura en la propuesta de nombramiento.",
    ),
    (
        "rejection",
        "Ihre Bewerbung",
        "Wir haben Ihre Unterlagen gelesen. Eine Einladung zum Vorstellungsgespräch können wir "
        "Ihnen aber nicht aussprechen.",
    ),
    # …not a company's marketing about its commitments and internal mobility
    (
        "acknowledgement",
        "Votre candidature",
        "Votre dossier est actuellement chez la directrice, qui valide les embauches. Comptez "
        "dix jours.\n\nEngagés dans 9 pays: une entreprise à mission et un programme de "
        "mobilité interne.",
    ),
    # (round 14) "not for this job" as a sentence, before a sister company pointed to
    (
        "rejection",
        "Candidatura",
        "No será para este puesto. Una empresa de nuestro grupo busca perfiles como el tuyo: "
        "grupo.example/empleo.",
    ),
    # (round 15) rules about applicants in general: what becomes of their papers, criteria they
    # fail, when they may apply again; a pause the mail says is no rejection
    (
        "acknowledgement",
        "Bewerbung eingegangen",
        "Ihre Bewerbung ist bei uns eingegangen und wird geprüft. Zeugnisse von Kandidatinnen "
        "und Kandidaten, die wir nicht einstellen, löschen wir nach vier Monaten.",
    ),
    (
        "acknowledgement",
        "Sua inscrição",
        "Recebemos sua inscrição. Os dados de candidatos não contratados ficam guardados por um "
        "ano. Retornaremos assim que a triagem terminar.",
    ),
    (
        "acknowledgement",
        "Application received",
        "Thanks, your application is in. Applicants that don't hold a valid work permit cannot "
        "be considered, so please add yours to your profile.",
    ),
    (
        "acknowledgement",
        "Votre candidature",
        "Nous avons bien reçu votre candidature, qui est à l'étude. Une nouvelle candidature au "
        "même poste n'est possible qu'après un an.",
    ),
    (
        "acknowledgement",
        "Proceso en pausa",
        "Hemos pausado la contratación hasta que se cierre el presupuesto. Ningún candidato ha "
        "sido descartado: te escribiremos en cuanto se reactive.",
    ),
    (
        "acknowledgement",
        "Quick update",
        "The hiring for this team is on hold for a few weeks. Please don't take this as a "
        "rejection; you're still very much in the process.",
    ),
    (
        "rejection",
        "Your application",
        "We've decided not to move forward with your application. Please don't read this as a "
        "no to the whole company: our other teams hire all year.",
    ),
    # (round 15) a "no" back then, a job open now and a talk asked for; still choosing between
    # the person and one other; the job given to someone; no call for the last round
    (
        "interview_invite",
        "Neue Stelle",
        "Im Herbst hat es bei uns leider nicht geklappt. Seit Montag ist eine Stelle im "
        "Plattform-Team frei geworden. Hättest du Lust, am Donnerstag kurz zu telefonieren?",
    ),
    (
        "acknowledgement",
        "Quick update",
        "Honestly, we're torn between you and another finalist. You'll hear from me on Friday.",
    ),
    (
        "rejection",
        "Suite de votre candidature",
        "Merci pour nos échanges. Nous avons confié le poste à une candidate interne.",
    ),
    (
        "rejection",
        "Re: ¿novedades?",
        "Te respondo: no, no te vamos a llamar para la entrevista final. Gracias por tu tiempo.",
    ),
    # (round 16) the outcome as a noun, a post refilled, another preferred, a score not
    # reached, the job given to someone else, passed on, no more word about the job
    (
        "rejection",
        "Votre candidature",
        "Votre dossier pour le poste d'assistante RH a fait l'objet d'un avis défavorable de la "
        "direction.",
    ),
    (
        "rejection",
        "Poste d'informaticien",
        "Le poste d'informaticien a entre-temps été repourvu. Avec nos meilleures salutations.",
    ),
    (
        "rejection",
        "Ihre Bewerbung",
        "Wir haben uns die Entscheidung nicht leicht gemacht und einer anderen Bewerberin den "
        "Vorzug gegeben.",
    ),
    (
        "rejection",
        "Ergebnis des Einstellungstests",
        "Im schriftlichen Test haben Sie die Mindestpunktzahl leider nicht erreicht.",
    ),
    (
        "rejection",
        "Re: Ops lead",
        "Quick note: the founders decided to give the ops lead role to someone from their old "
        "team. Sorry, and thanks for the chats.",
    ),
    (
        "rejection",
        "Re: your CV",
        "I showed your CV to the client and they've passed on it this time.",
    ),
    (
        "rejection",
        "Candidatura",
        "Não voltaremos a contactá-lo sobre esta vaga. Boa sorte!",
    ),
    # (round 16) denials said another way, no step before a date, no answer yet, a document
    # asked for, the person's own no: no rejection
    (
        "acknowledgement",
        "Update",
        "Budget talks have paused the search for a month. This doesn't mean you were "
        "unsuccessful: your application is still with us.",
    ),
    (
        "acknowledgement",
        "Atualização",
        "O processo está suspenso até março. Isso não quer dizer que sua candidatura foi "
        "reprovada.",
    ),
    (
        "acknowledgement",
        "Zwischenstand",
        "Die Gespräche laufen noch. Eine Absage ist mit dieser Mail ausdrücklich nicht verbunden.",
    ),
    (
        "acknowledgement",
        "Re: timeline",
        "We're not moving forward with any interviews until the new year, when the team is back.",
    ),
    (
        "acknowledgement",
        "Votre candidature",
        "Le jury ne s'est pas encore réuni: nous ne pouvons pas vous communiquer de réponse "
        "avant la fin du mois.",
    ),
    (
        "acknowledgement",
        "Documents manquants",
        "Merci d'envoyer votre diplôme. Sans ces pièces, nous ne pourrons pas étudier votre "
        "candidature.",
    ),
    (
        "other",
        "Re: oferta",
        "Gracias por avisar. Es una pena que no vayamos a coincidir, pero respetamos tu "
        "decisión y hemos cerrado la oferta.",
    ),
    # (round 16, from author16d) an earlier message retracted, no decision yet, excluded only
    # provisionally, a pause to be resumed
    (
        "acknowledgement",
        "Correction",
        "Yesterday's email telling you the position was closed went out by mistake. You are "
        "still in our selection process.",
    ),
    (
        "acknowledgement",
        "Stand der Dinge",
        "Das Verfahren ruht bis zur Freigabe der Stelle. Eine Entscheidung wurde noch nicht "
        "getroffen.",
    ),
    (
        "acknowledgement",
        "Lista provisional",
        "En la lista publicada hoy figura como excluida provisionalmente por falta del título. "
        "Puede subsanarlo en diez días.",
    ),
    (
        "acknowledgement",
        "Processo seletivo",
        "O processo está suspenso por falta de orçamento. Vamos avisar você assim que for "
        "retomado.",
    ),
    (
        "interview_invite",
        "Zweites Gespräch",
        "Die Entscheidung ist noch nicht gefallen: Wir möchten Sie vorher zu einem zweiten "
        "Gespräch am Montag einladen.",
    ),  # (round 17) someone else chosen for the stage, other profiles first, the job taken, an
    # offer to the other finalist, the refusal kept
    (
        "rejection",
        "Re: Logistics Planner",
        "Quick update from the client: they've decided to interview applicants who have SAP "
        "experience already.",
    ),
    (
        "rejection",
        "Tu candidatura",
        "Tras revisar los CV, hemos optado por priorizar candidaturas con más años en banca.",
    ),
    (
        "rejection",
        "Vacante de recepcionista",
        "Le escribimos para comunicarle que el puesto de recepcionista del hotel ya ha sido "
        "cubierto.",
    ),
    (
        "rejection",
        "Processo seletivo",
        "Depois de conversar com os finalistas, a diretoria ficou com uma candidata que já "
        "conhecia o sistema.",
    ),
    (
        "rejection",
        "Concurso",
        "Analisado o recurso, a comissão confirmou a exclusão da sua candidatura.",
    ),
    (
        "rejection",
        "Votre candidature",
        "Après réflexion, nous avons adressé une offre à un autre candidat. Merci pour votre "
        "temps.",
    ),
    # (round 17) a pause pending a decision, the application not closed, no decision of any
    # kind made, one document asked for, a provisional list with a window to answer
    (
        "acknowledgement",
        "Update on the search",
        "The board has put hiring on hold pending a decision on next year's budget. Your "
        "application has not been closed.",
    ),
    (
        "acknowledgement",
        "Your application",
        "No final decision has been made yet; we will contact you once the panel has met.",
    ),
    (
        "acknowledgement",
        "Documentação",
        "Falta o seu certificado de conclusão. Sem este documento não conseguimos analisar a "
        "candidatura.",
    ),
    (
        "acknowledgement",
        "Lista provisional",
        "Se ha publicado la lista provisional de admitidos y excluidos; usted figura como "
        "excluido. Dispone de diez días para presentar alegaciones.",
    ),
    # (round 18) Written fresh for round 18's rules: refusals of speculative applications, no
    # next talk, a rival named, a public body's final word, the client's plain no, an offer
    # taken back; receipts that stay open; offers without the word.
    (
        "rejection",
        "Initiativbewerbung",
        "Derzeit haben wir leider keine passende Einsatzmöglichkeit für Ihr Profil.",
    ),
    (
        "rejection",
        "Assessment",
        "Nach Auswertung Ihrer Präsentation werden wir Sie leider nicht zur letzten Runde mit "
        "dem Vorstand einladen.",
    ),
    (
        "rejection",
        "Re: Product Owner",
        "Short one: the client has come back as a no on your profile, they want someone from "
        "retail.",
    ),
    (
        "rejection",
        "Candidatura espontánea",
        "Hemos revisado su solicitud, pero no podremos darle curso al no haber vacantes en "
        "su área.",
    ),
    (
        "rejection",
        "Concours",
        "Votre dossier a été déclaré irrecevable faute de diplôme à la date de clôture.",
    ),
    (
        "rejection",
        "Proposta",
        "Infelizmente a proposta de emprego que lhe enviámos fica sem efeito devido à "
        "reestruturação.",
    ),
    (
        "acknowledgement",
        "Stellenbesetzung",
        "Wegen eines Einstellungsstopps ruhen alle Verfahren; Ihre Bewerbung wird nicht beendet.",
    ),
    (
        "acknowledgement",
        "Vaga republicada",
        "Republicamos a vaga para atrair mais pessoas, não porque você foi descartada: sua "
        "candidatura continua ativa.",
    ),
    (
        "offer",
        "Good news",
        "Just heard from Talia at the client: they want you! They're proposing a start in May.",
    ),
    (
        "offer",
        "Résultat",
        "L'équipe s'est décidée et c'est vous ! Vous prendrez vos fonctions le 3 juin.",
    ),
    (
        "offer",
        "Estágio",
        "Parabéns: você foi aceite para o estágio de verão na área de finanças.",
    ),
    # (round 19) Written fresh for round 19's rules: a pause that denies a decision, a wait for
    # a document or a board, a freeze that closes nothing; a closing notice that is the answer.
    (
        "acknowledgement",
        "Update",
        "The team has paused hiring while the budget is reviewed. To be clear, your application "
        "has been neither withdrawn nor rejected.",
    ),
    (
        "acknowledgement",
        "Ihre Bewerbung",
        "Die Stelle ist vorerst eingefroren, aber nicht geschlossen; wir kommen im Januar auf "
        "Sie zu.",
    ),
    (
        "acknowledgement",
        "Candidatura",
        "Hasta entonces no podemos convocar a nadie: el comité se reúne el día 9.",
    ),
    (
        "acknowledgement",
        "Dossier",
        "Nous ne pouvons pas faire avancer votre dossier tant que votre diplôme n'est pas arrivé.",
    ),
    (
        "rejection",
        "Vacancy closed",
        "Interviews have now been arranged and the candidates invited were told last week. If "
        "you have not heard from us by now, please treat this e-mail as confirmation that you "
        "were not shortlisted.",
    ),
    (
        "rejection",
        "Processo encerrado",
        "Os candidatos selecionados já foram contactados. Considere esta mensagem como "
        "confirmação de que a sua candidatura não avançou.",
    ),
    # (round 20) Written fresh for round 20's rules: "this is not a no" said of a freeze; an
    # offer in other words (the wish to employ, a post appointed, a contract to sign, the start
    # and the pay); an offer withdrawn or gone to the other finalist; a status closed.
    (
        "acknowledgement",
        "Recrutement gelé",
        "Le recrutement est gelé jusqu'en mars. Ce n'est pas un refus : votre dossier reste actif.",
    ),
    (
        "offer",
        "Good news",
        "The directors would like to employ you as our new warehouse supervisor; HR will be in "
        "touch about paperwork.",
    ),
    (
        "offer",
        "Ernennung",
        "Der Kreistag hat beschlossen, Sie als Sachbearbeiterin im Bauamt einzustellen.",
    ),
    (
        "offer",
        "Terms",
        "To recap: your start date would be 6 April and the base salary £52,000. Shout if "
        "anything looks off.",
    ),
    (
        "rejection",
        "Update",
        "I'm sorry to say we have had to rescind the offer we made you last week after the "
        "funding fell through.",
    ),
    (
        "rejection",
        "Proceso",
        "Al final elegimos a la otra finalista, que ya aceptó. Gracias por tu tiempo.",
    ),
    (
        "rejection",
        "Status update",
        "The status of your application has changed to: Not selected.",
    ),
]


@pytest.mark.parametrize(("kind", "subject", "body"), PHRASINGS)
def test_phrasings(kind: str, subject: str, body: str) -> None:
    got = classify(subject, body)
    assert got.kind == kind, got.reason
    assert 0.5 <= got.confidence <= 1.0


# ----------------------------------------------------------------------------------- the traps


def test_thanks_alone_is_an_uncertain_receipt() -> None:
    got = classify("Acme", "Hi Alex, thank you for applying to Acme. Best, the Acme team")
    assert got.kind == "acknowledgement"
    assert got.confidence < REJECTION_CONFIDENCE and "only thanks" in got.reason


def test_every_verdict_has_a_reason_and_a_confidence(heldout: Figures) -> None:
    for verdict in heldout.verdicts.values():
        assert verdict.reason and "\n" not in verdict.reason
        assert 0.0 <= verdict.confidence <= 1.0


def test_many_applications_sentence_is_an_acknowledgement() -> None:
    got = classify(
        "Thank you for applying",
        "We received your application. Unfortunately we get many applications and are unable "
        "to respond to each one. If you have not heard from us in 2 weeks, please assume your "
        "application was not successful.",
    )
    assert got.kind == "acknowledgement"


def test_regret_about_a_rescheduled_interview_is_an_invitation() -> None:
    got = classify(
        "Interview update",
        "We regret to inform you that the interview is rescheduled to Friday at 2pm.",
    )
    assert got.kind == "interview_invite"


def test_salary_negotiation_is_an_offer() -> None:
    got = classify(
        "Re: your offer",
        "We are not able to offer a higher salary, but we can add a signing bonus of $10k.",
    )
    assert got.kind == "offer"
    assert "higher salary" in got.reason


def test_offer_to_someone_else_is_a_rejection() -> None:
    got = classify("Update", "We have extended an offer to another candidate for the role.")
    assert got.kind == "rejection"


def test_rejection_for_another_position_is_a_rejection() -> None:
    got = classify(
        "Your application: Data Analyst",
        "This concerns only your application for the Data Analyst role, which we will not be "
        "moving forward with. Your Backend Engineer interviews continue as planned.",
    )
    assert got.kind == "rejection"


def test_quoted_rejection_in_a_newsletter_is_other() -> None:
    got = classify(
        "Weekly career tips",
        "“We have decided to move forward with other candidates.” We all know that line. "
        "Read in browser. Unsubscribe.",
    )
    assert got.kind == "other"


def test_the_quoted_thank_you_does_not_count() -> None:
    body = (
        "Thanks Alex, noted.\n\n"
        "On Mon, Mar 3, 2025 at 10:00 AM Alex Rivera <alex@example.com> wrote:\n"
        "> We have decided to move forward with other candidates, your note said.\n"
    )
    assert classify("Re: question", body).kind == "other"


@pytest.mark.parametrize(
    "subject",
    [
        "Automatic reply: Thank you",
        "Out of Office: Re: Backend Engineer interview",
        "Abwesenheitsnotiz: Ihre Bewerbung",
        "Respuesta automática: entrevista",
        "Réponse automatique : votre candidature",
    ],
)
def test_auto_reply_subjects(subject: str) -> None:
    got = classify(subject, "We have decided to move forward with other candidates.")
    assert got.kind == "other"
    assert "auto-reply" in got.reason


def test_auto_submitted_header() -> None:
    message = EmailMessage(policy=default)
    message["Subject"] = "Re: Thank you"
    message["Auto-Submitted"] = "auto-replied"
    message.set_content("I will be back on Monday.")
    assert classify_message(message).kind == "other"
    message.replace_header("Auto-Submitted", "auto-generated")  # ATS notifications say this
    message.set_content("We have decided not to move forward with your application.")
    assert classify_message(message).kind == "rejection"


def test_nothing_to_go_on() -> None:
    got = classify("", "")
    assert got == EmailVerdict("other", got.confidence, got.reason)
    assert got.kind == "other" and got.reason


# ------------------------------------------------------------------------------ HTML and MIME


def test_html_to_text_drops_markup_scripts_and_quotes() -> None:
    markup = (
        "<html><head><style>p{color:red}</style><title>x</title></head><body>"
        "<script>var a = 'decided to move forward with other candidates';</script>"
        "<p>Caf&eacute; &amp; co&nbsp;&mdash; we&rsquo;re glad</p><div>line two</div>"
        "<!-- hidden comment -->"
        '<div class="gmail_quote">On Mon someone wrote: old text</div></body></html>'
    )
    text = html_to_text(markup)
    assert "Café & co — we’re glad" in text
    assert "line two" in text.splitlines()[-1]
    assert "decided" not in text and "color" not in text and "hidden" not in text
    assert "old text" not in text


def test_html_only_message_with_text_stub() -> None:
    message = EmailMessage(policy=default)
    message["Subject"] = "Your application"
    message.set_content("View this email in a browser.")
    message.add_alternative(
        "<p>We&rsquo;ve decided not to move forward with your application.</p>", subtype="html"
    )
    assert classify_message(message).kind == "rejection"


def test_html_part_behind_a_longer_text_stub() -> None:
    message = EmailMessage(policy=default)
    message["Subject"] = "Your application"
    message.set_content(
        "This message is best viewed in HTML. If it does not display correctly, open it in "
        "your browser: https://example.com/m/123"
    )
    message.add_alternative(
        "<table><tr><td>Thank you for applying.</td></tr><tr><td>After careful review we "
        "will not be moving forward with your application.</td></tr></table>",
        subtype="html",
    )
    assert classify_message(message).kind == "rejection"


def test_attachment_text_is_not_read() -> None:
    message = EmailMessage(policy=default)
    message["Subject"] = "Documents"
    message.set_content("Here are the documents you asked for.")
    message.add_attachment(
        b"we have decided to move forward with other candidates",
        maintype="text",
        subtype="plain",
        filename="template.txt",
    )
    assert classify_message(message).kind == "other"


def test_latin1_message() -> None:
    raw = (
        "From: rh@exemple.fr\nSubject: Votre candidature\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n"
        "Votre candidature n'a pas été retenue.\n"
    ).encode("latin-1")
    from email import message_from_bytes

    message = message_from_bytes(raw, policy=default)
    assert isinstance(message, EmailMessage)
    assert classify_message(message).kind == "rejection"


def test_reason_quotes_the_mail_and_names_the_ats() -> None:
    got = classify_message(read_message(EMAILS / "rej_greenhouse_backend.eml"))
    assert got.kind == "rejection"
    assert "move forward with other candidates" in got.reason
    assert "Greenhouse" in got.reason
    assert got.to_json() == {
        "kind": "rejection",
        "confidence": got.confidence,
        "reason": got.reason,
    }


# ----------------------------------------------------------------------------- hostile input


@pytest.mark.timeout(10)  # catastrophic regex backtracking would hang here
def test_huge_or_hostile_input_is_handled() -> None:
    body = ("unfortunately " * 20000) + ("<script>" * 5000) + ("“" * 5000)
    got = classify("x" * 10000, body, "<p>" + "<div>" * 50000 + "</p>")
    assert got.kind in KINDS


# ----------------------------------------------------------------------------------------- CLI


def test_cli_prints_one_line_per_file_in_order(tmp_path: Path) -> None:
    names = ["rej_lever_html_only.eml", "ack_es_recibido.eml", "off_fr_promesse.eml"]
    paths = [EMAILS / n for n in names]
    out = io.StringIO()
    assert run_classify(paths, out) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["file"] for line in lines] == [str(p) for p in paths]
    assert [line["kind"] for line in lines] == ["rejection", "acknowledgement", "offer"]
    for line in lines:
        assert set(line) == {"file", "kind", "confidence", "reason"}
        assert 0.0 <= line["confidence"] <= 1.0 and line["reason"]


def test_cli_unreadable_file_gets_its_own_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    paths = [tmp_path / "missing.eml", EMAILS / "inv_de_einladung.eml", empty, tmp_path]
    out, err = io.StringIO(), io.StringIO()
    assert run_classify(paths, out, err) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["kind"] for line in lines] == ["other", "interview_invite", "other", "other"]
    for index in (0, 2, 3):
        assert lines[index]["confidence"] == 0.0
        assert lines[index]["reason"].startswith("unreadable:")
    assert err.getvalue() == ""


def test_cli_nothing_readable(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run_classify([tmp_path / "a.eml", tmp_path / "b.eml"], out, err) == 2
    assert len(out.getvalue().splitlines()) == 2
    assert err.getvalue().count("\n") == 1 and err.getvalue().startswith("error:")


def test_cli_no_files() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run_classify([], out, err) == 2
    assert out.getvalue() == ""
    assert err.getvalue().startswith("error:") and err.getvalue().count("\n") == 1


def test_cli_as_a_module() -> None:
    path = EMAILS / "oth_out_of_office.eml"
    done = subprocess.run(
        [sys.executable, "-m", "followup.classify_cli", str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    line = json.loads(done.stdout)
    assert line["file"] == str(path) and line["kind"] == "other"


# ------------------------------------------------------------------------ round 2 (issue 15)


def test_a_promise_to_call_if_shortlisted_is_a_receipt() -> None:
    got = classify(
        "Your application",
        "Thanks for applying. If your background matches the role, we will contact you to"
        " arrange an interview.",
    )
    assert got.kind == "acknowledgement", got.reason


def test_an_invitation_that_says_if_is_still_an_invitation() -> None:
    got = classify(
        "Next step", "Let me know if Monday at 10 works and I'll send a calendar invite."
    )
    assert got.kind == "interview_invite", got.reason


def test_a_forwarded_decision_is_read() -> None:
    body = (
        "FYI\n\n---------- Forwarded message ---------\nFrom: Jobs <jobs@acme.example>\n"
        "Subject: Your application\n\nDear Alex, we will not be moving forward with your"
        " application.\n"
    )
    assert classify("Fwd: Your application", body).kind == "rejection"


@pytest.mark.parametrize(
    "text",
    [
        "Infelizmente desta vez não rolou.",
        "Esta vez no ha podido ser.",
        "Leider hat es nicht gereicht.",
    ],
)
def test_a_very_short_mail_is_read_in_its_language(text: str) -> None:
    assert classify("Retorno", text).kind == "rejection"


def test_a_hoisted_pattern_splits_back_into_its_alternatives_in_order() -> None:
    from followup.core.classify_rules import _hoisted, alternatives

    pattern = r"\bnot (?:a|the) fit|\bdecline[ds]?\b|[(]x|y\)|\bpass(?:ed)? on|z\b"
    assert alternatives(_hoisted(pattern)) == [
        r"\bnot (?:a|the) fit",
        r"\bdecline[ds]?\b",
        r"[(]x",
        r"y\)",
        r"\bpass(?:ed)? on",
        r"z\b",
    ]
    # a group that does not end the alternative is kept whole
    assert alternatives(r"\b(?:a|b) c|\bd|e") == [r"\b(?:a|b) c", r"\bd", "e"]


def test_a_shared_word_boundary_is_said_once_and_matches_the_same() -> None:
    from followup.core.classify_rules import _hoisted

    pattern = r"\bnot (?:a|the) fit|\bdecline[ds]?\b|[(]x|y\)|\bpass(?:ed)? on|z\b"
    assert (
        _hoisted(pattern) == r"\b(?:not (?:a|the) fit|decline[ds]?\b)|[(]x|y\)|\bpass(?:ed)? on|z\b"
    )
    texts = ["we decline", "not the fit", "bypass on", "passed on it", "(x y) z", "declined."]
    for text in texts:
        plain, hoisted = re.search(pattern, text), re.search(_hoisted(pattern), text)
        assert (plain and plain.span()) == (hoisted and hoisted.span()), text
