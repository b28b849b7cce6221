"""Synthetic conversations: random walks through the assistant's scenarios.

:func:`random_conversation` plays a simulated person against an engine: mostly
valid answers to the pending question, sometimes a wrong one, a keyword, a free
question or an off-topic remark, and it records what each turn must satisfy
(the ground truth the tests check): nothing is stored unless the person confirmed it
in the turn that stored it, and the state always serialises.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from hfs.assistant.engine import ConversationState, Engine, Turn
from hfs.assistant.scenario import AskStep

KEYWORD_LINES = (
    "help",
    "terms",
    "menu",
    "start over",
    "feedback",
    "what do you know",
    "forget me",
    "cancel",
)
FREE_LINES = (
    "what causes it",
    "how long does botox last",
    "is the operation risky",
    "what is the weather like",
    "asdf",
)
VALID = {
    "yesno": ("yes", "no"),
    "text": ("Alex Example", "I would like to talk about treatment", "skip"),
    "phone": ("412 647 3685", "+44 20 7946 0000"),
    "email": ("alex@example.org",),
    "date": ("2030-05-01", "skip"),
}
INVALID = {
    "yesno": ("purple",),
    "choice": ("seventeen",),
    "phone": ("12", "call me"),
    "email": ("alex at example",),
    "date": ("someday", "2001-01-01"),
    "text": ("",),
}


@dataclass
class SimTurn:
    text: str
    turn: Turn
    pending_kind: str | None  # input kind of the question that was pending


@dataclass
class SimConversation:
    turns: list[SimTurn] = field(default_factory=list)


def _pending(engine: Engine, state: ConversationState) -> AskStep | None:
    if not state.stack:
        return None
    frame = state.stack[-1]
    step = engine.scenarios[frame.scenario].step(frame.step)
    return step if isinstance(step, AskStep) else None


def _line(
    engine: Engine, state: ConversationState, rng: np.random.Generator
) -> tuple[str, str | None]:
    ask = _pending(engine, state)
    roll = rng.random()
    if ask is None:
        if roll < 0.5:
            labels = [c.label for c in engine.scenarios["menu"].steps[0].choices]
            return str(rng.choice(labels)), None
        return str(rng.choice(FREE_LINES + KEYWORD_LINES)), None
    if roll < 0.08:
        return str(rng.choice(KEYWORD_LINES)), ask.input
    if roll < 0.14:
        return str(rng.choice(FREE_LINES)), ask.input
    if roll < 0.24 and ask.input in INVALID:
        return str(rng.choice(INVALID[ask.input])) or "?", ask.input
    if ask.input == "choice":
        c = ask.choices[int(rng.integers(len(ask.choices)))]
        return (c.label if rng.random() < 0.7 else str(ask.choices.index(c) + 1)), ask.input
    return str(rng.choice(VALID[ask.input])), ask.input


def random_conversation(
    engine: Engine,
    turns: int = 30,
    rng: int | np.random.Generator | None = None,
    today: dt.date = dt.date(2026, 11, 24),
) -> SimConversation:
    """Play ``turns`` simulated messages against ``engine`` from a fresh conversation."""
    rng = np.random.default_rng(rng)
    state = engine.start(f"sim{int(rng.integers(1 << 30)):010d}").state
    out = SimConversation()
    for _ in range(turns):
        text, kind = _line(engine, state, rng)
        turn = engine.turn(state, text, today=today)
        out.turns.append(SimTurn(text, turn, kind))
        state = turn.state
    return out
