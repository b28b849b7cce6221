"""Question matching: sentence embeddings plus a lexical signal, with a threshold.

Each intent (a knowledge topic, or a scenario that can be started by name) has
example phrasings. A message has its typos repaired (:mod:`hfs.assistant.spelling`:
an unknown word becomes the nearest word of the assistant's texts or of the model's
vocabulary) and is embedded with all-MiniLM-L6-v2 (:mod:`hfs.assistant.embedding`);
its semantic score for an intent is the highest cosine similarity to that intent's
examples. The lexical signal counts the intent's keywords found in the message,
tolerating typos with RapidFuzz (``botx`` still finds ``botox``); a keyword that other
intents' examples also use counts half. The final score is
``semantic + lexical_weight * min(weighted hits, 2) / 2``. Below ``threshold`` the
matcher answers "not sure" and the engine says so, offering the menu and the contact
scenario instead of guessing.

Nearest-example similarity looks at one example at a time. A multinomial logistic
regression over the same vectors (:mod:`hfs.assistant.classifier`), trained on all the
intents' texts and on patients' own questions, sees every phrasing together. Its
probability for an intent, times ``classifier_weight``, is added to the score used to
RANK the intents; whether the best one is good enough (``threshold``) is still judged on
the similarity and lexical score alone, so the classifier re-orders close calls but
never makes a stray message look confident. Its binary sibling gives the red-flag
signal (:meth:`Matcher.alarm`).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from hfs.assistant.classifier import Classifiers
from hfs.assistant.classifier import fit as fit_classifiers
from hfs.assistant.embedding import Embedder
from hfs.assistant.spelling import Speller
from hfs.assistant.text import normalise

DEFAULT_THRESHOLD = 0.5
PASSAGE_WEIGHT = 0.9
KEYWORD_WEIGHT = 0.85
#: Weight of the classifier's probability in the ranking score; a best intent below the
#: threshold is still accepted when its score reaches ACCEPT_FLOOR and the classifier
#: gives it at least ACCEPT_PROBABILITY and more than to "none of them" (chosen by
#: cross-validation: bench/assistant_nlu.py --cv).
CLASSIFIER_WEIGHT = 0.3
ACCEPT_FLOOR = 0.38
ACCEPT_PROBABILITY = 0.5
#: A question for alternatives ("what ELSE could cause one side of my face to twitch",
#: "could it be SOMETHING ELSE"): the look-alikes answer it, not the usual cause. The
#: sentence vectors barely tell "what else could cause" from "what causes", so when the
#: causes topic leads the look-alikes by less than ALTERNATIVE_MARGIN, these words decide.
ALTERNATIVE = re.compile(
    r"\b(what|who|which|anything|something|somethin) else\b|\b(other than|apart from|besides|"
    r"instead of|rather than)\b|\b(another|other|different) (condition|conditions|illness|"
    r"illnesses|disease|diseases|problem|problems|thing|things|possibilit\w+)\b",
    re.IGNORECASE,
)
ALTERNATIVE_MARGIN = 0.15
#: The condition's name, as people type it; replaced by "this condition" for the semantic signal.
CONDITION_NAME = re.compile(
    r"\b(hemi[\s-]*facial|hemifacial|hemi)[\s-]*(spa\w*|twitch\w*)|\bhfs\b|\bhemifacial\b",
    re.IGNORECASE,
)
#: The operation's names: like the condition's, they are in questions about what it is,
#: its risks, recovery and monitoring alike; "the operation" keeps the topic words in front.
OPERATION_NAME = re.compile(
    r"\b(micro[\s-]*vascular[\s-]*decompression|mvd|decompression)([\s-]+(surgery|operation|op))?\b",
    re.IGNORECASE,
)
LEXICAL_WEIGHT = 0.12
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "i",
        "im",
        "my",
        "me",
        "is",
        "it",
        "its",
        "of",
        "to",
        "and",
        "or",
        "in",
        "on",
        "at",
        "for",
        "with",
        "do",
        "does",
        "did",
        "can",
        "could",
        "will",
        "would",
        "be",
        "been",
        "am",
        "are",
        "was",
        "were",
        "have",
        "has",
        "had",
        "this",
        "that",
        "what",
        "how",
        "why",
        "when",
        "which",
        "who",
        "about",
        "you",
        "your",
        "there",
        "get",
        "got",
    ]
)


@dataclass(frozen=True)
class Intent:
    """Something a message can mean: ``topic:<id>`` or ``scenario:<id>``."""

    id: str
    examples: tuple[str, ...]
    keywords: tuple[str, ...] = ()
    passages: tuple[str, ...] = ()


@dataclass(frozen=True)
class Alarm:
    """How much a message reads like a report of a warning sign (see
    :meth:`Matcher.alarm`)."""

    probability: float  # the flag classifier's, best over the message and its pieces
    description: str  # the warning-sign description nearest to it (for logs and tests)
    #: the fine-tuned net's red-flag probability, best over the message and its pieces
    net: float | None = None


@dataclass(frozen=True)
class Match:
    intent: str | None  # None when below the threshold
    score: float
    best: str  # the best intent even when below the threshold
    semantic: float
    lexical_hits: int
    probability: float = 0.0  # the classifier's probability for ``best``
    off_topic: float = 0.0  # the classifier's probability that no intent answers it


#: Short forms patients type, spelled out before embedding (the model knows the long ones).
ABBREVIATIONS = {
    "appt": "appointment",
    "appts": "appointments",
    "dr": "doctor",
    "docs": "doctors",
    "doc": "doctor",
    "op": "operation",
    "ops": "operations",
    "u": "you",
    "ur": "your",
    "r": "are",
    "pls": "please",
    "plz": "please",
    "meds": "medicines",
    "tho": "though",
    "w": "with",
    "b4": "before",
    "bc": "because",
    "coz": "because",
    "cos": "because",
    "wat": "what",
    "wot": "what",
    "wats": "whats",
    "wots": "whats",
    "y": "why",
    "gp": "doctor",
    "gps": "doctors",
    "neuro": "neurologist",
    "ppl": "people",
    "abt": "about",
    "yr": "year",
    "yrs": "years",
    "wk": "week",
    "wks": "weeks",
    "cuz": "because",
    "hosp": "hospital",
    "info": "information",
    "surg": "surgery",
    # British "in theatre" is the operating room; the model reads it as a stage
    "theatre": "surgery",
    "theater": "surgery",
    "tabs": "tablets",
    # technical short names the model hardly knows: said with what they are
    "emg": "EMG nerve test",
    "emgs": "EMG nerve tests",
    "baep": "BAEP hearing monitoring",
    "baeps": "BAEP hearing monitoring",
}
_WORD = re.compile(r"[A-Za-z0-9]+")
#: Sentence ends and clause breaks of a rambling message.
_PIECES = re.compile(r"(?<=[.!?;])\s+|\n+|,\s+(?=(?:so|but|and|also|anyway|basically)\b)")
_QUESTION = re.compile(
    r"\?\s*$|^(what|whats|how|why|when|where|who|which|is|are|can|could|will|would|"
    r"should|do|does|did|am|any|tell me|explain)\b",
    re.IGNORECASE,
)
_QUESTION_START = re.compile(
    r"^(what|whats|how|why|when|where|who|which|is|are|can|could|will|would|should|do|"
    r"does|did|am|any|tell me|explain)\b",
    re.IGNORECASE,
)
MIN_PIECE_WORDS = 3
_COMMA_QUESTION = re.compile(
    r",\s+(?=(?:does|do|is|are|can|could|will|would|should|what|whats|how|why|when|where|"
    r"which)\b)",
    re.IGNORECASE,
)
_RUN_ON = re.compile(
    r"(?<=[a-z0-9])(?<!what)(?<!whats)(?<!how)(?<!why)(?<!when)(?<!where)(?<!who)"
    r"\s+(?=(?:what|whats|how|why|when|will it|does it|is it|can it|could it|"
    r"should i|do i|is that|is this|can i|can you|could you)\b)",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(it|they|them|those|these|that|this|one|ones)\b", re.IGNORECASE)
#: A question with no topic of its own ("it keeps me awake at night, WHAT CAN I DO?"):
#: it is about the sentence before it, and alone it reads like "what can you do" (help).
_GENERIC_ASK = re.compile(
    r"^(so |and |but |ok |okay )?(what (can|should|could|do|would) (i|we|he|she|you) do|"
    r"what (would|do) you (suggest|recommend|advise)|any (advice|tips|ideas|suggestions|help)|"
    r"is there anything (i|we|he|she) (can|could) do|what (are|r) my options|"
    r"what now|now what|help)( about (it|this|that))?( (then|now|please|pls))?\W*$",
    re.IGNORECASE,
)


def is_question(text: str) -> bool:
    """Whether a message reads as a question ("what causes it?", "does botox hurt")."""
    return bool(_QUESTION.search(text.strip()))


def opens_as_question(text: str) -> bool:
    """Whether a message starts like a question ("what causes it", "is it genetic?"):
    an unsure answer ("the eye and mouth, I think?") only ends like one."""
    return bool(_QUESTION_START.search(text.strip()))


MAX_PIECES = 6


def neutralise(text: str) -> str:
    """Replace the condition's name by "this condition" (see the module docstring) and
    spell out short forms (``appt`` -> ``appointment``)."""
    text = CONDITION_NAME.sub("this condition", text)
    text = OPERATION_NAME.sub("the operation", text)
    text = _WORD.sub(lambda m: ABBREVIATIONS.get(m.group(0).lower(), m.group(0)), text)
    return " ".join(text.split())


def pieces(text: str) -> list[str]:
    """The sentences of a longer message (empty for a one-sentence message).

    A rambling message ("I've had this for years... anyway, does botox wear off?") is
    matched on its whole text AND on each sentence, and an intent keeps its best score,
    so the question inside is not drowned by the story around it.
    """
    parts = [p.strip() for p in _PIECES.split(text) if p and p.strip()]
    # A story, then a question after a comma ("my eye has gone crazy all week with
    # work stress, does stress make it worse?"): the question is a piece of its own.
    # Not between two questions ("what does it feel like, how do I know"): they stay one.
    split: list[str] = []
    for p in parts:
        m = _COMMA_QUESTION.search(p)
        if m is not None and not is_question(p[: m.start()]):
            split += [p[: m.start()], p[m.end() :]]
        else:
            split.append(p)
    parts = split
    # A long message typed without punctuation ("my gp said its hemifacial spasm what
    # is that") is also split where a question starts.
    if len(parts) == 1 and len(text.split()) >= 10 and not re.search(r"[,.;:?!]", text):
        parts = _RUN_ON.split(text)
    parts = [p.strip() for p in parts if p and p.strip()]
    parts = [p for p in parts if len(p.split()) >= MIN_PIECE_WORDS]
    if len(parts) < 2:
        return []
    # The story around a question ("it started in my eye, now my cheek too") should
    # not outvote the question itself ("will it keep getting worse?"): when some
    # sentences are questions, only those are matched on their own.
    # A question that leans on the sentence before it ("My GP mentioned injections.
    # Do THEY work?") is also matched together with that sentence.
    out: list[str] = []
    for k, p in enumerate(parts):
        if k > 0 and _GENERIC_ASK.match(p):
            out.append(f"{parts[k - 1]} {p}")  # never alone (see _GENERIC_ASK)
        elif is_question(p):
            out.append(p)
            if k > 0 and _PRONOUN.search(p):
                out.append(f"{parts[k - 1]} {p}")
    return (out or parts)[:MAX_PIECES]


class Matcher:
    """Match free text to intents.

    Parameters
    ----------
    intents : sequence of Intent
    embedder : Embedder
        Returns L2-normalised sentence vectors.
    threshold : float
        Minimum combined score to accept the best intent.
    """

    def __init__(
        self,
        intents: Sequence[Intent],
        embedder: Embedder,
        threshold: float = DEFAULT_THRESHOLD,
        lexical_weight: float = LEXICAL_WEIGHT,
        passage_weight: float = PASSAGE_WEIGHT,
        cache_size: int = 4096,
        speller: Speller | None = None,
        alarms: Sequence[str] = (),
        classifier_weight: float = CLASSIFIER_WEIGHT,
        classifiers: Classifiers | bool = True,
    ):
        if not intents:
            raise ValueError("a matcher needs at least one intent")
        self.intents = list(intents)
        self.embedder = embedder
        self.threshold = threshold
        self.lexical_weight = lexical_weight
        self.cache_size = cache_size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()
        texts: list[str] = []
        owner: list[int] = []
        weight: list[float] = []
        for i, intent in enumerate(self.intents):
            for ex in intent.examples:
                texts.append(ex)
                owner.append(i)
                weight.append(1.0)
            for passage in intent.passages:
                texts.append(passage)
                owner.append(i)
                weight.append(passage_weight)
            for kw in intent.keywords:
                texts.append(kw)
                owner.append(i)
                weight.append(KEYWORD_WEIGHT)
        self._owner = np.array(owner)
        self._weight = np.array(weight, np.float32)
        self._vectors = embedder.embed([neutralise(t) for t in texts])
        self.classifier_weight = classifier_weight
        self._keywords = [
            [normalise(k) for k in intent.keywords if normalise(k)] for intent in self.intents
        ]
        # A keyword that other intents' examples use too ("surgery" in questions about
        # the risks of surgery, recovery after it, monitoring during it) says less about
        # this intent: its weight is 1 / (1 + the number of other intents using it).
        spoken = [
            f" {' '.join(normalise(t) for t in (*i.examples, *i.passages))} " for i in self.intents
        ]
        self._keyword_weights = [
            [
                1.0 if not any(f" {k} " in spoken[j] for j in range(len(spoken)) if j != i) else 0.5
                for k in kws
            ]
            for i, kws in enumerate(self._keywords)
        ]
        # Descriptions of warning signs ("my face suddenly droops on one side"): a message
        # much nearer to one of them than to any question the assistant answers reads
        # like a report of a warning sign (:meth:`alarm`).
        self.alarms = tuple(alarms)
        self._alarm_vectors = (
            embedder.embed([neutralise(a) for a in self.alarms]) if self.alarms else None
        )
        vocabulary = getattr(embedder, "vocabulary", None)
        if speller is None and vocabulary is not None:
            own = [*texts, *(k for i in self.intents for k in i.keywords), *ABBREVIATIONS]
            speller = Speller([*own, "hemi hemifacial spasm spasms"], vocabulary)
        self.speller = speller
        # ``True``: fitted here on the intents' own texts (no training sets); False: none.
        self.classifiers: Classifiers | None = None
        if classifiers is True and len(set(owner)) >= 2:
            classifiers = fit_classifiers(self, [])
        if classifiers:
            self.classifiers = classifiers

    @property
    def corpus(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The vectors of every intent text (examples, answer sentences, keywords), the
        index of the intent each belongs to, and its weight: what the classifiers are
        fitted on besides the training sets."""
        return self._vectors, self._owner, self._weight

    @property
    def alarm_vectors(self) -> np.ndarray | None:
        """The vectors of the warning-sign descriptions (None without any)."""
        return self._alarm_vectors

    def message_vectors(self, text: str) -> np.ndarray:
        """The vectors of a message and its pieces, as matching sees them (cached)."""
        return self._message_vectors(text)[1]

    def message_vector(self, text: str) -> np.ndarray:
        """A whole message's vector as matching sees it (typos repaired, names
        neutralised, through the cache)."""
        return self._message_vectors(text)[1][0]

    def _lexical_hits(
        self, words: list[str], norm: str, keywords: list[str], weights: list[float]
    ) -> tuple[int, float]:
        """(keywords found, their summed weight)."""
        hits, weight = 0, 0.0
        padded = f" {norm} "
        for kw, w in zip(keywords, weights, strict=True):
            if " " in kw:
                found = f" {kw} " in padded
            elif kw in words:
                found = True
            elif len(kw) >= 5 and words:
                found = (
                    process.extractOne(kw, words, scorer=fuzz.ratio, score_cutoff=80) is not None
                )
            else:
                found = False
            if found:
                hits += 1
                weight += w
        return hits, weight

    def clear_cache(self) -> None:
        """Forget every cached vector and red-flag probability (after the embedder's
        fine-tuned layers were swapped: the cached probabilities were theirs)."""
        with self._cache_lock:
            self._cache.clear()

    def _embed(self, texts: list[str]) -> np.ndarray:
        """Embed neutralised texts through a small LRU cache (repeated messages are common:
        menu labels typed, the same question asked by many people)."""
        return self._embed_scored(texts)[0]

    def _embed_scored(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`_embed`, and each text's red-flag probability from the embedder's
        fine-tuned layers (NaN when it has none), cached with the vector."""
        out: list[tuple[np.ndarray, np.ndarray] | None] = []
        todo: list[int] = []
        with self._cache_lock:
            for i, t in enumerate(texts):
                hit = self._cache.get(t)
                if hit is not None:
                    self._cache.move_to_end(t)
                else:
                    todo.append(i)
                out.append(hit)
        if todo:
            todo_texts = [texts[i] for i in todo]
            scored = getattr(self.embedder, "embed_scored", None)
            if scored is not None:
                fresh, flags = scored(todo_texts)
            else:
                fresh = self.embedder.embed(todo_texts)
                flags = np.full(len(todo), np.nan, np.float32)
            with self._cache_lock:
                for i, vec, p in zip(todo, fresh, flags, strict=True):
                    out[i] = (vec, p)
                    self._cache[texts[i]] = out[i]
                    self._cache.move_to_end(texts[i])
                while len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
        return (
            np.stack([o[0] for o in out]),  # type: ignore[index]
            np.stack([o[1] for o in out]),  # type: ignore[index]
        )

    def _message_vectors(self, text: str) -> tuple[str, np.ndarray]:
        """The message with its typos repaired, and the vectors of it and its pieces
        (through the cache: :meth:`alarm` and :meth:`scores` embed a message once)."""
        text, vecs, _ = self._message_scored(text)
        return text, vecs

    def _message_scored(self, text: str) -> tuple[str, np.ndarray, np.ndarray]:
        """:meth:`_message_vectors` with the fine-tuned red-flag probabilities."""
        if self.speller is not None:
            text = self.speller.correct(text)
        texts = list(dict.fromkeys([neutralise(text), *(neutralise(p) for p in pieces(text))]))
        return text, *self._embed_scored(texts)

    def alarm(self, text: str) -> Alarm | None:
        """How much ``text`` reads like a report of a warning sign: the flag
        classifier's probability, the best over the message and its pieces, with the
        fine-tuned red-flag net's (:mod:`hfs.assistant.flagnet`) beside it when the
        embedder has it (the net's alone when there is no flag classifier). None
        without classifiers."""
        if self.classifiers is None:
            return None
        _, vecs, net = self._message_scored(text)
        has_net = not np.isnan(net).any()
        if self.classifiers.flags is not None:
            p = self.classifiers.flags.proba(vecs)[:, 0]
        elif has_net:
            p = net
        else:
            return None
        k = int(np.argmax(p))
        description = ""
        if self._alarm_vectors is not None:
            description = self.alarms[int(np.argmax(self._alarm_vectors @ vecs[k]))]
        if not has_net:
            return Alarm(float(p[k]), description)
        # the net's best over the message and its pieces, as the regression's
        return Alarm(float(p[k]), description, float(net.max()))

    def _probabilities(self, vecs: np.ndarray) -> tuple[np.ndarray, float]:
        """The classifier's probability for every intent (the best over the message and
        its pieces), and that no intent answers it (over the whole message); zeros
        without a classifier."""
        prob = np.zeros(len(self.intents) + 1)
        if self.classifiers is not None:
            model = self.classifiers.intents
            p = model.proba(vecs)
            prob[model.classes] = p.max(axis=0)
            none = np.flatnonzero(model.classes == len(self.intents))
            if none.size:
                prob[-1] = p[0, none[0]]
        return prob[:-1], float(prob[-1])

    def scores(self, text: str) -> list[tuple[str, float, float, int, float]]:
        """(intent, ranking score, semantic, lexical hits, classifier probability) for
        every intent, best first. The ranking score is the combined score (semantic and
        lexical) plus ``classifier_weight`` times the probability."""
        return self._rank(text)[0]

    def _rank(self, text: str) -> tuple[list[tuple[str, float, float, int, float]], float]:
        """:meth:`scores`, and the classifier's probability that no intent answers it."""
        text, vecs = self._message_vectors(text)
        sims = (vecs @ self._vectors.T).max(axis=0) * self._weight
        semantic = np.full(len(self.intents), -1.0)
        np.maximum.at(semantic, self._owner, sims)
        prob, off_topic = self._probabilities(vecs)
        norm = normalise(text)
        words = [w for w in norm.split() if w not in STOPWORDS]
        out = []
        for i, intent in enumerate(self.intents):
            hits, weight = self._lexical_hits(
                words, norm, self._keywords[i], self._keyword_weights[i]
            )
            combined = float(semantic[i]) + self.lexical_weight * min(weight, 2) / 2
            ranked = combined + self.classifier_weight * float(prob[i])
            out.append((intent.id, ranked, float(semantic[i]), hits, float(prob[i])))
        out.sort(key=lambda r: r[1], reverse=True)
        return out, off_topic

    def match(self, text: str) -> Match:
        """The best intent, or None when it is not good enough: its score without the
        classifier's share (``Match.score``) is below the threshold, unless it reaches
        ``ACCEPT_FLOOR`` and the classifier is fairly sure of it (at least
        ``ACCEPT_PROBABILITY``, and more than of "none of them"); and None whenever the
        classifier is that sure of "none of them" ("what's the best phone to buy")."""
        rows, off_topic = self._rank(text)
        if (
            len(rows) > 1
            and rows[0][0] == "topic:causes"
            and rows[1][0] == "topic:differential"
            and rows[0][1] - rows[1][1] < ALTERNATIVE_MARGIN
            and ALTERNATIVE.search(text)
        ):
            rows = [rows[1], rows[0], *rows[2:]]
        best, ranked, semantic, hits, prob = rows[0]
        score = ranked - self.classifier_weight * prob
        sure = score >= ACCEPT_FLOOR and prob >= ACCEPT_PROBABILITY and prob > off_topic
        stray = off_topic >= ACCEPT_PROBABILITY and off_topic > prob
        accepted = best if (score >= self.threshold or sure) and not stray else None
        return Match(accepted, score, best, semantic, hits, prob, off_topic)
