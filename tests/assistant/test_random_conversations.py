"""Random walks through every scenario (hfs.simulate.conversation): invariants hold."""

from __future__ import annotations

import json

import pytest

from hfs.assistant.engine import ConversationState
from hfs.simulate.conversation import random_conversation


@pytest.mark.parametrize("seed", range(40))
def test_random_conversations_keep_the_invariants(engine, seed):
    conv = random_conversation(engine, turns=30, rng=seed)
    for t in conv.turns:
        turn = t.turn
        assert turn.replies, f"no reply to {t.text!r}"
        for reply in turn.replies:
            assert reply.text.strip()
            assert "{" not in reply.text and "}" not in reply.text, reply.text  # filled templates
        # The state round-trips through JSON (it is what the store keeps).
        again = ConversationState.model_validate(json.loads(turn.state.model_dump_json()))
        assert again == turn.state
        # Something is stored only by a "yes" to a confirmation question.
        for effect in turn.effects:
            assert t.pending_kind == "yesno" and t.text == "yes", (t.text, effect)
        if turn.ended:
            assert turn.state.stack == []
        # The pending question is always visible: a scenario waiting means a question was asked.
        if turn.state.stack:
            assert any(r.text.rstrip().endswith("?") or r.choices for r in turn.replies) or any(
                "?" in r.text for r in turn.replies
            ), [r.text for r in turn.replies]
    visited = {t.turn.scenario for t in conv.turns}
    assert visited - {None}, "the walk never entered a scenario"


def test_walks_cover_every_scenario(engine):
    seen: set[str] = set()
    for seed in range(40):
        for t in random_conversation(engine, turns=30, rng=seed).turns:
            seen.update(f.scenario for f in t.turn.state.stack)
    assert {"screening", "contact_request", "feedback", "video_check", "menu", "forget_me"} <= seen
