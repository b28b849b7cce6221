"""Question matching: sentence embeddings plus a lexical signal, with a threshold.

Each intent (a knowledge topic, or a scenario that can be started by name) has
example phrasings. A message is embedded with all-MiniLM-L6-v2
(:mod:`hfs.assistant.embedding`); its semantic score for an intent is the highest
cosine similarity to that intent's examples. The lexical signal counts the intent's
keywords found in the message, tolerating typos with RapidFuzz (``botx`` still finds
``botox``). The final score is ``semantic + lexical_weight * min(hits, 2) / 2``.
Below ``threshold`` the matcher answers "not sure" and the engine says so, offering
the menu and the contact scenario instead of guessing.

Two choices keep the semantic signal on what a question is *about*:

- the condition's name is replaced by "this condition" before embedding, in examples and
  messages alike (:data:`CONDITION_NAME`). Nearly every question names it, so it
  carries no information about the topic but pulls every question towards "what is
  hemifacial spasm";
- an intent may have *passages* (the sentences of its vetted answer): they count as
  examples with a weight below one (``passage_weight``), so a question about a fact
  the answer states is found even when no example is phrased like it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from hfs.assistant.embedding import Embedder
from hfs.assistant.text import normalise

DEFAULT_THRESHOLD = 0.5
PASSAGE_WEIGHT = 0.9
#: The condition's name, as people type it; replaced by "this condition" for the semantic signal.
CONDITION_NAME = re.compile(
    r"\b(hemi[\s-]*facial|hemifacial|hemi)[\s-]*(spa\w*|twitch\w*)|\bhfs\b|\bhemifacial\b",
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
class Match:
    intent: str | None  # None when below the threshold
    score: float
    best: str  # the best intent even when below the threshold
    semantic: float
    lexical_hits: int


def neutralise(text: str) -> str:
    """Replace the condition's name by "this condition" (see the module docstring)."""
    return " ".join(CONDITION_NAME.sub("this condition", text).split())


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
    ):
        if not intents:
            raise ValueError("a matcher needs at least one intent")
        self.intents = list(intents)
        self.embedder = embedder
        self.threshold = threshold
        self.lexical_weight = lexical_weight
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
        self._owner = np.array(owner)
        self._weight = np.array(weight, np.float32)
        self._vectors = embedder.embed([neutralise(t) for t in texts])
        self._keywords = [
            [normalise(k) for k in intent.keywords if normalise(k)] for intent in self.intents
        ]

    def _lexical_hits(self, words: list[str], norm: str, keywords: list[str]) -> int:
        hits = 0
        for kw in keywords:
            if " " in kw:
                if kw in norm:
                    hits += 1
            elif kw in words:
                hits += 1
            elif len(kw) >= 5 and words:
                found = process.extractOne(kw, words, scorer=fuzz.ratio, score_cutoff=80)
                if found is not None:
                    hits += 1
        return hits

    def scores(self, text: str) -> list[tuple[str, float, float, int]]:
        """(intent, combined, semantic, lexical hits) for every intent, best first."""
        vec = self.embedder.embed([neutralise(text)])[0]
        sims = (self._vectors @ vec) * self._weight
        semantic = np.full(len(self.intents), -1.0)
        np.maximum.at(semantic, self._owner, sims)
        norm = normalise(text)
        words = [w for w in norm.split() if w not in STOPWORDS]
        out = []
        for i, intent in enumerate(self.intents):
            hits = self._lexical_hits(words, norm, self._keywords[i])
            combined = float(semantic[i]) + self.lexical_weight * min(hits, 2) / 2
            out.append((intent.id, combined, float(semantic[i]), hits))
        out.sort(key=lambda r: r[1], reverse=True)
        return out

    def match(self, text: str) -> Match:
        best, score, semantic, hits = self.scores(text)[0]
        accepted = best if score >= self.threshold else None
        return Match(accepted, score, best, semantic, hits)
