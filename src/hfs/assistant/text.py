"""Text normalisation shared by keywords, red flags and the matcher."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9']+")


def normalise(text: str) -> str:
    """Lower-case, strip accents and punctuation, collapse spaces: ``"Start-Over!" -> "start over"``."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("\u2019", "'")
    return " ".join(_NON_WORD.sub(" ", text).replace("'", "").split())


def tokens(text: str) -> list[str]:
    return normalise(text).split()
