"""Text normalisation shared by keywords, red flags and the matcher."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^a-z0-9']+")


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Lower-case, strip accents and punctuation, collapse spaces: ``"Start-Over!" -> "start over"``.

    Cached: a turn normalises the same message some 25 times (the crisis and red-flag
    screens, the language check, the matcher, the answer readers), which was a quarter
    of a turn's CPU when the embedding came from the matcher's cache (round 8 profile).
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("\u2019", "'")
    return " ".join(_NON_WORD.sub(" ", text).replace("'", "").split())


def tokens(text: str) -> list[str]:
    return normalise(text).split()
