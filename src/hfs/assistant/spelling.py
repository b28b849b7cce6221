"""Typo repair before matching: "hemifacil spazm", "botx", "sugrery" -> the words meant.

The sentence encoder splits a misspelled word into word pieces that carry little of
its meaning ("sugrery" -> "sug", "##rer", "##y"), so a question full of typos lands
far from its topic. :class:`Speller` replaces a word only when it is UNKNOWN (neither
a whole word of the encoder's vocabulary nor a word of the assistant's own texts) and
one of the assistant's own words (examples, answers, keywords, scenario triggers) is
within a small edit distance (optimal string alignment: a swap of two neighbouring
letters counts as one edit): 1 for words of 4-5 letters, 2 for 6-10, 3 for longer.
A word of the encoder's vocabulary one edit away wins over a domain word further away
("cuased" -> "caused", not "cause"). Known words are never changed, so a correctly
spelled question is matched as typed. Ties go to the word the assistant's texts use
most.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

_WORD = re.compile(r"[A-Za-z]+")
MIN_LENGTH = 4
#: Contractions typed without the apostrophe: spelled right, though not in the vocabulary.
CONTRACTIONS = frozenset(
    [
        "whats", "thats", "dont", "doesnt", "didnt", "cant", "wont", "isnt", "arent",
        "wasnt", "werent", "couldnt", "shouldnt", "wouldnt", "havent", "hasnt", "hadnt",
        "youre", "theyre", "youve", "theyve", "weve", "hows", "wheres", "whos", "theres",
        "heres", "ill", "shell", "itll", "hed", "shed", "theyll", "youll",
    ]
)  # fmt: skip


def max_edits(word: str) -> int:
    n = len(word)
    return 1 if n <= 5 else 2 if n <= 10 else 3


def _by_length(words: list[str]) -> dict:
    """Words by length (a word within k edits is within k letters of the length), in
    their order (most used or most frequent first), and ``"rank"``: word -> position."""
    out: dict = {"rank": {w: i for i, w in enumerate(words)}}
    for w in words:
        out.setdefault(len(w), []).append(w)
    return out


def _nearest(word: str, by_length: dict[int, list[str]], limit: int) -> tuple[str, int] | None:
    """The closest word within ``limit`` edits; ties: the earlier (more used) word."""
    best: tuple[int, int, str] | None = None  # (distance, rank, word)
    n = len(word)
    for length in range(n - limit, n + limit + 1):
        words = by_length.get(length)
        if not words:
            continue
        found = process.extractOne(
            word, words, scorer=OSA.distance, score_cutoff=limit, processor=None
        )
        if found is not None:
            # the first best in this length; its rank among all lengths decides ties
            candidate = (int(found[1]), by_length["rank"][found[0]], found[0])
            if best is None or candidate < best:
                best = candidate
    return None if best is None else (best[2], best[0])


class Speller:
    """Correct unknown words towards a domain vocabulary.

    Parameters
    ----------
    texts : iterable of str
        The assistant's own texts; their words are the targets, most used first.
    known : iterable of str
        Further words that are spelled right (the encoder's vocabulary), most frequent
        first: one edit away, they are targets too (unless ``general=False``).
    general : bool
        Whether ``known`` words are targets as well as the texts' words.
    """

    def __init__(self, texts: Iterable[str], known: Iterable[str] = (), general: bool = True):
        counts: Counter[str] = Counter()
        for t in texts:
            counts.update(w.lower() for w in _WORD.findall(t))
        self.targets = [w for w, _ in counts.most_common() if len(w) >= 3]
        self.known = frozenset(counts) | frozenset(w.lower() for w in known) | CONTRACTIONS
        general_words = (
            [w for w in dict.fromkeys(w.lower() for w in known) if w not in counts]
            if general
            else []
        )
        # Words by length: a word within k edits is within k letters of the length.
        self._targets_by_length = _by_length(self.targets)
        self._general_by_length = _by_length(general_words)
        self.correct_word = lru_cache(maxsize=8192)(self._correct_word)

    def _correct_word(self, word: str) -> str:
        low = word.lower()
        if len(low) < MIN_LENGTH or low in self.known:
            return word
        limit = max_edits(low)
        found = _nearest(low, self._targets_by_length, limit)
        if len(self._general_by_length) > 1 and (found is None or found[1] > 1):
            near = _nearest(low, self._general_by_length, 1)
            if near is not None and (found is None or near[1] < found[1]):
                found = near
        return word if found is None else found[0]

    def correct(self, text: str) -> str:
        """``text`` with each unknown word replaced by the nearest domain word, if close."""
        return _WORD.sub(lambda m: self.correct_word(m.group(0)), text)
