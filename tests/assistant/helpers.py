"""Small helpers the assistant's safety tests share."""

from __future__ import annotations

import unicodedata

import pytest


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


#: Round 31: an everyday twin of veiled crisis talk that names no body, which the learned
#: signals alarm on (the direct question before), now gets the crisis reply from the
#: crisis reading of a bodiless alarm (engine.CRISIS_BODILESS_PROBABILITY); noted on
#: issue 15. Out of fold the reading cost no near-miss alarm; on these twins it does.
BODILESS_31 = "round 31: the learned signals' alarm on this twin now gets the crisis reply"
#: Round 31: a near-miss that the learned signals retrained on round 31's training
#: authors alarm on, or put a safety line on where a test wants none; noted on issue 15.
RETRAIN_31 = "round 31: the retrained learned signals alarm or put a line on this near-miss"
#: Round 32: the same, for the signals retrained on round 32's training files (EN v28,
#: dev_v31b, dev_v32a; ES v24, tuning_v31b, tuning_v32a); noted on issue 15.
RETRAIN_32 = "round 32: the retrained learned signals alarm on this near-miss"
#: Round 33: the same, for round 33's training files (EN v29, v30, dev_v32b, dev_v33a; ES
#: v25, v26, tuning_v32b, tuning_v33a); noted on issue 15.
RETRAIN_33 = "round 33: the retrained learned signals' alarm on this twin gets the crisis reply"


def known_false_alarm(text: str, reason: str):
    """``text`` as a parameter whose test is a strict expected failure for ``reason``:
    the day the false alarm goes, the test passes and must lose its mark."""
    return pytest.param(text, marks=pytest.mark.xfail(strict=True, reason=reason))
