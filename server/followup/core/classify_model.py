"""A second reader for `classify`: a linear model over the words of a mail (issue 15).

The rules read the *shape* of a decision; where a real mail says it in words no rule knows,
they answer "other" or "acknowledgement". This model has read every mail of the tuned corpus
(written by us: tests/core/emails) as bags of words and word pairs, and says how much a mail
reads like each kind. `classify` asks it only when the rules found no decision, and lets it
turn the verdict into a rejection (or an invitation) only when it is sure; when it is half
sure, the mail goes to the person (the Review page) instead of being guessed.

Features (one obvious place, shared with the trainer, tests/core/train_model.py): the folded
words of the body's first `_MAX_CHARS` characters, their pairs, and words within a few places
after a negation ("~" prefix: "not … progress", "nicht … berücksichtigt"), so a negated verb
of progress is one feature in every wording.
Longer words also give their first five letters ("selec*", and "~selec*" after a negation),
so the inflections of a word share a feature. Numbers are one word ("#"). The subject is left
to the rules: in our corpus it comes from a few templates per part, and a model would learn
those rather than the decision. The weights are a multinomial logistic regression
(scikit-learn, only at training time); here they are a plain dict, so scoring costs a few dict
lookups per word and nothing to install.
`mail_model.json` is rebuilt with `make model`.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

__all__ = ["MODEL_PATH", "Model", "Reading", "features", "load_model"]

MODEL_PATH = Path(__file__).with_name("mail_model.json")

# The decision sits near the top; marketing paragraphs before it are seldom longer than this.
_MAX_CHARS = 4_000
_WORD = re.compile(r"[a-z]+|[0-9]+")
# Folded (lower case, no accents). "no" is Spanish and Portuguese "not" too.
_NEGATIONS = frozenset(
    {
        *("not", "no", "never", "cannot", "cant", "wont", "dont", "didnt", "unable"),
        *("isnt", "arent", "wasnt", "werent"),
        *("nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie"),
        *("ne", "pas", "jamais", "aucun", "aucune"),
        *("nao", "nem", "nunca", "nenhum", "nenhuma"),
        *("niet", "geen", "non"),
    }
)
_NEGATION_REACH = 4
# A longer word's first letters, too ("selec*"): the inflections of one verb or adjective
# ("selecionado", "selecionada", "seleccionados") and a German compound's head ("absage",
# "absagen") are then one feature. Five read unseen parts best (`train_model --cv`: the
# model alone 0.933 -> 0.948 accurate; four and six did worse).
_STEM = 5


def features(f_text: str) -> set[str]:
    """The features of a mail from its folded body text."""
    words = _words(f_text[:_MAX_CHARS])
    found = set(words)
    found.update(a + " " + b for a, b in pairwise(words))
    found.update(word[:_STEM] + "*" for word in words if len(word) > _STEM)
    reach = 0
    for word in words:
        if word in _NEGATIONS:
            reach = _NEGATION_REACH
        elif reach:
            found.add("~" + word)
            if len(word) > _STEM:
                found.add("~" + word[:_STEM] + "*")
            reach -= 1
    return found


def _words(folded: str) -> list[str]:
    return ["#" if word[0].isdigit() else word for word in _WORD.findall(folded)]


@dataclass(frozen=True, slots=True)
class Reading:
    """How much a mail reads like each kind (probabilities summing to 1), and the weights of
    the features it has, to name its cues."""

    kinds: tuple[str, ...]
    probabilities: tuple[float, ...]
    present: tuple[tuple[str, list[float]], ...]
    # The same from the words alone, without the model's intercepts.
    from_words: tuple[float, ...]

    def of(self, kind: str) -> float:
        return self.probabilities[self.kinds.index(kind)] if kind in self.kinds else 0.0

    def words_say(self, kind: str) -> float:
        return self.from_words[self.kinds.index(kind)] if kind in self.kinds else 0.0

    def cues(self, kind: str, most: int = 3) -> list[str]:
        """The features that pushed most toward `kind` rather than the others."""
        k = self.kinds.index(kind)
        share = len(self.kinds) - 1
        lift = sorted(
            ((row[k] - (sum(row) - row[k]) / share, feature) for feature, row in self.present),
            reverse=True,
        )
        return [_shown(feature) for value, feature in lift[:most] if value > 0]


class Model:
    def __init__(self, data: dict[str, Any]) -> None:
        self.kinds: tuple[str, ...] = tuple(data["kinds"])
        self.bias: list[float] = [float(b) for b in data["bias"]]
        self.weights: dict[str, list[float]] = data["weights"]
        self.meta: dict[str, Any] = data.get("meta", {})

    def read(self, f_text: str) -> Reading:
        """The reading of a mail from its folded body text."""
        return self.read_features(features(f_text))

    def read_features(self, found: set[str]) -> Reading:
        get = self.weights.get
        present = [(feature, row) for feature in found if (row := get(feature)) is not None]
        # Each kind's column summed in C, in the features' order (a loop per weight was a tenth
        # of classify's time).
        columns = zip(*(row for _, row in present), strict=True)
        words = [0.0 + sum(column) for column in columns] or [0.0] * len(self.kinds)
        scores = [w + b for w, b in zip(words, self.bias, strict=True)]
        return Reading(self.kinds, _softmax(scores), tuple(present), _softmax(words))


def _softmax(scores: list[float]) -> tuple[float, ...]:
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    return tuple(e / total for e in exps)


def _shown(feature: str) -> str:
    shown = feature.removesuffix("*") + "…" if feature.endswith("*") else feature
    return "not … " + shown[1:] if shown.startswith("~") else shown


@cache
def load_model(path: Path = MODEL_PATH) -> Model | None:
    """The committed model, read once; None when the file is missing (the rules alone)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return Model(data)
