"""Round 30 (the lead): a warning sign that only the English learned signals found is
read by the crisis classifier (crisis talk against the other warning signs) to choose
WHICH answer it gets (``engine.CRISIS_READ_PROBABILITY``): the crisis reply instead of
the emergency one for an alarm, the direct question about suicidal thoughts instead of a
body's safety line for an unsure one. The wordings are ours, written after a new
training author's file (dev_v30b) showed eleven crisis messages getting the emergency
reply; on the starting commit each one below got the emergency reply or a stroke's line."""

from __future__ import annotations

import pytest

from hfs.assistant import engine as engine_module

#: crisis talk that no crisis pattern reads, alarmed by the learned signals alone
CRISIS_BY_THE_SIGNALS = [
    "Phoned my sister tonight to say goodbye, she thought I meant for the weekend",
    "staring at the river from the bridge, it would be quick, thinking tonight",
    "sliced my arm again just now and it won't stop bleeding",
]
#: unsure crisis talk: the direct question, not a stroke's safety line
CRISIS_UNSURE = "The twitch wins. I'm checking out for good this evening, the car is in the garage with the door down"
#: warning signs of the body keep the emergency reply
BODY_SIGNS = [
    ("my face has dropped on one side and my arm is weak since ten minutes ago", "facial droop"),
    ("since the op my wound is hot and leaking yellow stuff", "wound infection"),
    ("woke up from the op and my right ear has gone completely dead, just a hum", None),
    ("suddenly i see two of everything, started twenty minutes ago", None),
]


@pytest.mark.parametrize("text", CRISIS_BY_THE_SIGNALS)
def test_the_learned_signals_crisis_talk_gets_the_crisis_reply(engine, text, monkeypatch):
    found = engine.screen(text)
    assert found.flag is not None and found.flag.name == "crisis", found
    # the rule, not a pattern: without it the same message gets the emergency reply
    monkeypatch.setattr(engine_module, "CRISIS_READ_PROBABILITY", 2.0)
    engine.matcher.clear_cache()
    off = engine.screen(text)
    assert off.flag is not None and off.flag.name != "crisis", off


def test_unsure_crisis_talk_gets_the_direct_question(engine, monkeypatch):
    found = engine.screen(CRISIS_UNSURE)
    assert found.flag is None and found.net == "crisis", found
    monkeypatch.setattr(engine_module, "CRISIS_READ_PROBABILITY", 2.0)
    off = engine.screen(CRISIS_UNSURE)
    assert off.net != "crisis", off


@pytest.mark.parametrize("text, name", BODY_SIGNS)
def test_signs_of_the_body_keep_the_emergency_reply(engine, text, name):
    found = engine.screen(text)
    assert found.flag is not None and found.flag.name != "crisis", found
    if name is not None:
        assert name in found.flag.name


def test_a_crisis_message_gets_the_crisis_answer_in_the_chat(engine):
    turn = engine.turn(engine.start(nonce="round30lead").state, CRISIS_BY_THE_SIGNALS[1])
    text = " ".join(r.text for r in turn.replies)
    assert turn.safety == "alarm" and "988" in text and "911" in text, turn.replies
