"""Two linear classifiers over the matcher's MiniLM vectors, trained on patients' words.

The matcher's nearest-example similarity judges one example at a time, and the red-flag
patterns only know the wordings someone thought of. Both miss what real people type:
rambling stories, broken English, text-speak. Two logistic regressions (scikit-learn)
learn from many people's phrasings at once:

- **intents**: multinomial, over every intent's examples, answer sentences and keywords
  (weighted as the matcher weighs them) and the labelled questions of the training sets,
  plus a class of its own for messages the assistant does not answer (the training
  sets' ``off_topic``: the weather, a sprained ankle, "test test"); its probability
  re-ranks the intents and lets a clear question through that the similarity alone
  finds too weak (:class:`hfs.assistant.matcher.Matcher`);
- **flags**: binary, warning-sign reports (the red flags of the training sets and
  :data:`hfs.assistant.redflags.SIGN_DESCRIPTIONS`) against everything else (near-misses,
  questions, the intents' texts); its probability is the semantic red-flag signal that
  :func:`hfs.assistant.redflags.screen` uses;
- **crisis** (round 19, Spanish): binary, the training sets' red flags of the category
  ``crisis`` against their other red flags: which reply a sign that only the learned
  signal finds gets (the crisis reply with 988, or the emergency one). The Spanish
  screen has no pattern for crisis talk in new words ("ya regalé mi perro y dejé todo
  arreglado"), and the English side's crisis-like regex does not read Spanish.
- **calm** (round 32): binary, the same crisis messages against the sets' near-misses,
  questions and off-topic messages: whether talk that reads like crisis is a report or
  calm talk in the same words (suicide as a topic, a party's date picked, clothes given
  to charity). The crisis model above was never shown such messages: it only tells
  crisis talk from signs of the body.

The training sets (``hfs/assistant/training/*.yaml``) were written by people who saw
only the intent list, the vetted answers and DOMAIN.md; they were once benchmark sets
and are now training data. The benchmark (bench/assistant_nlu.py) judges on a set that
is in no training file, and its ``--cv`` mode gives leave-one-set-out figures.

Fitting needs every training text embedded (about 2,000 sentences, ten seconds or so),
so the fitted weights ship in ``classifier.npz`` with a fingerprint of everything they
were fitted from (model settings, intents' texts, warning-sign descriptions, training
files). :func:`packaged` uses that file when its fingerprint matches and otherwise fits
anew (and says so in the log); ``python -m hfs.assistant.train`` rewrites it, and a
test fails when it is stale.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import yaml
from sklearn.linear_model import LogisticRegression

from hfs.errors import ConfigError


class Matcher(Protocol):
    """What fitting needs of :class:`hfs.assistant.matcher.Matcher` (which imports this
    module; a protocol here keeps the two free of an import cycle)."""

    intents: Sequence[Any]
    alarms: Sequence[str]

    @property
    def corpus(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]: ...

    @property
    def alarm_vectors(self) -> np.ndarray | None: ...

    def message_vector(self, text: str) -> np.ndarray: ...


log = logging.getLogger(__name__)

VERSION = 3  # 2: the crisis model (round 19); 3: the calm model (round 32)
#: Inverse regularisation strengths and the weight of a training question (an example
#: weighs 1, an answer sentence 0.9, a keyword 0.85: the matcher's weights), chosen by
#: leave-one-set-out cross-validation (``bench/assistant_nlu.py --cv``).
INTENT_C = 100.0
FLAG_C = 10.0
QUESTION_WEIGHT = 1.0
TRAINING_DIR = Path(str(files("hfs.assistant") / "training"))
MODEL_FILE = Path(str(files("hfs.assistant") / "classifier.npz"))
#: The Spanish intent classifier (issue 18): fitted the same way over the multilingual
#: vectors of the Spanish matcher (its Spanish and English texts) and the Spanish tuning
#: sets (``training_es/*.yaml``, never a benchmark set).
TRAINING_DIR_ES = Path(str(files("hfs.assistant") / "training_es"))
MODEL_FILE_ES = Path(str(files("hfs.assistant") / "classifier_es.npz"))


@dataclass(frozen=True)
class TrainingSet:
    """One file of labelled messages."""

    name: str
    questions: tuple[tuple[str, str], ...]  # (text, intent id)
    red_flags: tuple[str, ...]
    near_misses: tuple[str, ...]
    off_topic: tuple[str, ...] = ()  # messages the assistant does not answer
    #: the category of each red flag ("" when the file lists them without categories)
    flag_categories: tuple[str, ...] = ()
    #: answers typed at a scenario's question: ("scenario/step", text, must it flag?)
    in_step: tuple[tuple[str, str, bool], ...] = ()


def load_training_set(path: Path) -> TrainingSet:
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path.name}: {' '.join(str(exc).split())[:200]}") from exc
    if not isinstance(data, dict) or not {"questions", "red_flags", "near_misses"} <= set(data):
        raise ConfigError(f"{path.name} needs questions, red_flags and near_misses")
    questions = tuple(
        (str(q), str(intent)) for intent, qs in data["questions"].items() for q in qs or ()
    )
    flags = data["red_flags"] or ()
    if isinstance(flags, dict):  # grouped by category
        pairs = [(str(t), str(cat)) for cat, texts in flags.items() for t in texts or ()]
    else:
        pairs = [(str(t), "") for t in flags]
    try:
        in_step = tuple(
            (str(a["at"]), str(a["text"]), bool(a["flag"])) for a in data.get("in_step") or ()
        )
    except (TypeError, KeyError) as exc:
        raise ConfigError(f"{path.name}: in_step entries need at, text and flag") from exc
    return TrainingSet(
        path.stem,
        questions,
        tuple(t for t, _ in pairs),
        tuple(str(t) for t in data["near_misses"] or ()),
        tuple(str(t) for t in data.get("off_topic") or ()),
        tuple(c for _, c in pairs),
        in_step,
    )


def load_training(folder: Path = TRAINING_DIR) -> list[TrainingSet]:
    """Every ``*.yaml`` training set in ``folder``, by name."""
    return [load_training_set(p) for p in sorted(folder.glob("*.yaml"))]


@dataclass(frozen=True)
class LinearModel:
    """A fitted logistic regression, kept as its weights: ``classes`` are intent indices,
    the number of intents standing for "none of them" (multinomial), or ``[1]``
    (binary: the probability of a warning sign)."""

    coef: np.ndarray
    intercept: np.ndarray
    classes: np.ndarray

    @classmethod
    def of(cls, model: LogisticRegression) -> LinearModel:
        classes = model.classes_ if len(model.classes_) > 2 else np.array([1])
        return cls(
            model.coef_.astype(np.float32), model.intercept_.astype(np.float32), classes.astype(int)
        )

    def proba(self, vectors: np.ndarray) -> np.ndarray:
        """Probabilities, one row per vector, one column per class."""
        z = vectors @ self.coef.T + self.intercept
        if len(self.classes) == 1:
            return 1.0 / (1.0 + np.exp(-z))
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


@dataclass(frozen=True)
class Classifiers:
    intents: LinearModel
    flags: LinearModel | None
    fingerprint: str
    #: crisis talk among warning signs (None without categorised crisis flags)
    crisis: LinearModel | None = None
    #: crisis talk against calm messages (near-misses, questions, off-topic)
    calm: LinearModel | None = None


def fingerprint(matcher: Matcher, sets: list[TrainingSet]) -> str:
    """What the weights depend on (settings, every text fitted on, their labels)."""
    parts = {
        "version": VERSION,
        "settings": [INTENT_C, FLAG_C, QUESTION_WEIGHT],
        "intents": [
            [i.id, list(i.examples), list(i.passages), list(i.keywords)] for i in matcher.intents
        ],
        "weights": [float(w) for w in matcher.corpus[2]],
        "alarms": list(matcher.alarms),
        "training": [[s.name, s.questions, s.red_flags, s.near_misses, s.off_topic] for s in sets],
    }
    # Rewrites applied before embedding (the Spanish regional spellings) change every
    # vector; a speller that has such rules says so, so changing them makes the shipped
    # weights stale. (The English speller repairs typos against a fixed word list.)
    rules = getattr(getattr(matcher, "speller", None), "signature", None)
    if rules is not None:
        parts["speller"] = rules()
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def _vectors(matcher: Matcher, texts: list[str]) -> np.ndarray:
    """The whole-message vector of each text, as the matcher computes it at run time
    (typos repaired, names neutralised)."""
    if not texts:
        return np.zeros((0, matcher.corpus[0].shape[1]), np.float32)
    return np.stack([matcher.message_vector(t) for t in texts])


def fit(matcher: Matcher, sets: list[TrainingSet]) -> Classifiers:
    """Fit both classifiers on the matcher's texts and the training sets."""
    index = {intent.id: k for k, intent in enumerate(matcher.intents)}
    questions = [(q, index[i]) for s in sets for q, i in s.questions if i in index]
    vectors, owner, weight = matcher.corpus
    q_vec = _vectors(matcher, [q for q, _ in questions])
    off = _vectors(matcher, [t for s in sets for t in s.off_topic])
    none = len(matcher.intents)  # the class of messages no intent answers
    X = np.vstack([vectors, q_vec, off])
    y = np.concatenate([owner, [i for _, i in questions], np.full(len(off), none)])
    y = y.astype(int)
    w = np.concatenate([weight, np.full(len(questions) + len(off), QUESTION_WEIGHT)])
    intents = LogisticRegression(C=INTENT_C, max_iter=5000).fit(X, y, sample_weight=w)
    flags = None
    reports = [t for s in sets for t in s.red_flags]
    alarms = matcher.alarm_vectors
    if alarms is not None or reports:
        r_vec = _vectors(matcher, reports)
        n_vec = _vectors(matcher, [t for s in sets for t in s.near_misses])
        if alarms is None:
            alarms = np.zeros((0, X.shape[1]), np.float32)
        pos = np.vstack([alarms, r_vec])
        neg = np.vstack([vectors, q_vec, n_vec, off])
        flags = LinearModel.of(
            LogisticRegression(C=FLAG_C, max_iter=5000).fit(
                np.vstack([pos, neg]), np.r_[np.ones(len(pos)), np.zeros(len(neg))]
            )
        )
    return Classifiers(
        LinearModel.of(intents),
        flags,
        fingerprint(matcher, sets),
        fit_crisis(matcher, sets),
        fit_calm(matcher, sets),
    )


def fit_crisis(matcher: Matcher, sets: list[TrainingSet]) -> LinearModel | None:
    """Crisis talk against the other warning signs, over the sets' categorised red flags
    (None when they name no crisis or nothing else)."""
    pairs = [(t, c) for s in sets for t, c in zip(s.red_flags, s.flag_categories, strict=False)]
    pairs = [(t, c) for t, c in pairs if c]
    y = np.array([c == "crisis" for _, c in pairs], dtype=float)
    if not pairs or y.min() == y.max():
        return None
    X = _vectors(matcher, [t for t, _ in pairs])
    return LinearModel.of(LogisticRegression(C=FLAG_C, max_iter=5000).fit(X, y))


def fit_calm(matcher: Matcher, sets: list[TrainingSet]) -> LinearModel | None:
    """Crisis talk against calm messages: the sets' red flags of the category ``crisis``
    against their near-misses, questions and off-topic messages, the two classes weighed
    alike (None without both)."""
    crisis = [
        t
        for s in sets
        for t, c in zip(s.red_flags, s.flag_categories, strict=False)
        if c == "crisis"
    ]
    calm = [t for s in sets for t in (*s.near_misses, *(q for q, _ in s.questions), *s.off_topic)]
    if not crisis or not calm:
        return None
    X = _vectors(matcher, crisis + calm)
    y = np.r_[np.ones(len(crisis)), np.zeros(len(calm))]
    model = LogisticRegression(C=FLAG_C, max_iter=5000, class_weight="balanced")
    return LinearModel.of(model.fit(X, y))


def save(classifiers: Classifiers, path: Path = MODEL_FILE) -> None:
    arrays = {
        "fingerprint": np.array(classifiers.fingerprint),
        "intent_coef": classifiers.intents.coef,
        "intent_intercept": classifiers.intents.intercept,
        "intent_classes": classifiers.intents.classes,
    }
    if classifiers.flags is not None:
        arrays |= {
            "flag_coef": classifiers.flags.coef,
            "flag_intercept": classifiers.flags.intercept,
        }
    if classifiers.crisis is not None:
        arrays |= {
            "crisis_coef": classifiers.crisis.coef,
            "crisis_intercept": classifiers.crisis.intercept,
        }
    if classifiers.calm is not None:
        arrays |= {"calm_coef": classifiers.calm.coef, "calm_intercept": classifiers.calm.intercept}
    tmp = path.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, **arrays)
    tmp.replace(path)


def load(path: Path = MODEL_FILE) -> Classifiers | None:
    """The saved weights, or None when there is no readable file."""
    try:
        with np.load(path) as z:
            intents = LinearModel(z["intent_coef"], z["intent_intercept"], z["intent_classes"])
            flags = (
                LinearModel(z["flag_coef"], z["flag_intercept"], np.array([1]))
                if "flag_coef" in z
                else None
            )
            crisis = (
                LinearModel(z["crisis_coef"], z["crisis_intercept"], np.array([1]))
                if "crisis_coef" in z
                else None
            )
            calm = (
                LinearModel(z["calm_coef"], z["calm_intercept"], np.array([1]))
                if "calm_coef" in z
                else None
            )
            return Classifiers(intents, flags, str(z["fingerprint"]), crisis, calm)
    except (OSError, KeyError, ValueError):
        return None


def packaged(matcher: Matcher, folder: Path = TRAINING_DIR, path: Path = MODEL_FILE) -> Classifiers:
    """The shipped weights when they were fitted from exactly these texts; otherwise a
    fresh fit (slower to start; logged, and ``python -m hfs.assistant.train``
    writes the file)."""
    sets = load_training(folder)
    saved = load(path)
    if saved is not None and saved.fingerprint == fingerprint(matcher, sets):
        return saved
    log.warning("%s is missing or stale: fitting the assistant's classifiers now", path.name)
    return fit(matcher, sets)
