"""Small helpers the assistant's safety tests share."""

from __future__ import annotations

import unicodedata


def strip_accents(text: str) -> str:
    """The text as typed without accents (case and punctuation kept), to check that a
    Spanish message is read the same with and without them."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def is_crisis(engine, text: str) -> bool:
    """Whether the engine's safety screen gives ``text`` the crisis reply."""
    check = engine.screen(text)
    return check.flag is not None and check.flag.name == "crisis"


def kind(engine, text: str) -> str | None:
    """The name of the flag the engine's safety screen raises on ``text`` ('crisis' or a
    red flag's), or None (no alarm)."""
    check = engine.screen(text)
    return None if check.flag is None else check.flag.name


def quiet(engine, text: str) -> bool:
    """Whether the screen adds nothing to ``text``'s answer: no alarm, no mention of a
    sign, no safety net."""
    check = engine.screen(text)
    return check.flag is None and check.mention is None and check.net is None
