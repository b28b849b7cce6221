"""Conversation tests as data: every story in stories/*.yaml, and the keyword matrix."""

from __future__ import annotations

import pytest

from hfs.assistant.scenario import AskStep

from .storybook import TODAY, check, load, play, text_of

STORIES = load("scenarios.yaml") + load("red_flags.yaml") + load("issue15.yaml")
MATRIX = load("keywords.yaml")


@pytest.mark.parametrize("story", STORIES, ids=[s["story"] for s in STORIES])
def test_story(engine, story):
    state = engine.start("storytest01").state
    for i, step in enumerate(story["steps"]):
        turn = engine.turn(state, str(step["user"]), today=TODAY)
        check(turn, step.get("expect", {}), f"step {i + 1} ({step['user']!r})")
        state = turn.state


CASES = [
    (scenario, kw)
    for scenario in MATRIX["prefixes"]
    for kw in MATRIX["keywords"]
    # A keyword that starts the very scenario it is sent from just asks again.
    if not (scenario == "feedback" and kw["send"] == "feedback")
    and not (scenario == "menu" and kw["send"].lower() == "menu")
    and not (scenario == "forget_me" and kw["send"] == "forget me")
]


@pytest.mark.parametrize(("scenario", "kw"), CASES, ids=[f"{s}-{k['send']}" for s, k in CASES])
def test_keyword_in_the_middle_of_every_scenario(engine, scenario, kw):
    prefix = MATRIX["prefixes"][scenario]
    turns = play(engine, prefix)
    before = turns[-1]
    assert before.scenario == scenario
    pending = before.replies[-1].text
    frame = before.state.stack[-1]
    turn = engine.turn(before.state, kw["send"], today=TODAY)
    expect = dict(kw["expect"])
    where = f"{kw['send']!r} in {scenario}"
    same = expect.pop("same_scenario", False)
    reasks = expect.pop("reasks", False)
    restarted = expect.pop("restarted", False)
    check(turn, expect, where)
    if same:
        assert turn.scenario == scenario, where
    if reasks:
        assert pending.split("\n")[-1] in text_of(turn), (
            f"{where}: pending question not asked again"
        )
    if restarted:
        sc = engine.scenarios[scenario]
        first_ask = next(s for s in sc.steps if isinstance(s, AskStep))
        assert first_ask.text.strip() in text_of(turn), f"{where}: not back at the first question"
        assert turn.state.stack[-1].slots == {}, f"{where}: answers kept after start over"
        assert len(turn.state.stack) == len(before.state.stack)
    if "returns_after" in kw:
        state = turn.state
        for line in kw["returns_after"]:
            last = engine.turn(state, line, today=TODAY)
            state = last.state
        assert last.scenario == scenario, f"{where}: did not return to {scenario}"
        assert pending.split("\n")[-1] in text_of(last), (
            f"{where}: pending question not asked again"
        )
        assert state.stack[-1].slots == frame.slots, f"{where}: answers lost on return"


def test_cancel_keeps_nothing_half_entered(engine):
    turns = play(engine, ["Ask the clinic to contact me", "yes", "Maria", "phone", "4126473685"])
    assert turns[-1].state.stack[-1].slots["phone"] == "+14126473685"
    turn = engine.turn(turns[-1].state, "cancel", today=TODAY)
    assert turn.state.stack == [] and turn.effects == []
    assert "Maria" not in turn.state.model_dump_json()


def test_keywords_are_whole_messages_only(engine):
    # "help" inside a sentence is a question, not the keyword.
    turn = play(engine, ["can botox help my twitch"])[-1]
    assert [r.topic for r in turn.replies] != ["help"]
    turn = play(engine, ["how do I cancel an appointment"])[-1]
    assert not turn.ended
