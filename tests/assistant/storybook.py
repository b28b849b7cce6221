"""Runs conversation stories (data) against the engine and checks expectations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from hfs.assistant.engine import ConversationState, Engine, Turn

STORIES = Path(__file__).parent / "stories"
TODAY = dt.date(2026, 11, 24)


def load(name: str):
    return yaml.safe_load((STORIES / name).read_text("utf-8"))


def text_of(turn: Turn) -> str:
    return "\n".join(r.text for r in turn.replies)


def check(turn: Turn, expect: dict, where: str) -> None:
    said = text_of(turn)
    low = said.lower()
    says = expect.get("says", [])
    for s in [says] if isinstance(says, str) else says:
        assert s.lower() in low, f"{where}: expected {s!r} in reply:\n{said}"
    for s in expect.get("not_says", []):
        assert s.lower() not in low, f"{where}: did not expect {s!r} in reply:\n{said}"
    topics = [r.topic for r in turn.replies]
    if "topic" in expect:
        assert expect["topic"] in topics, f"{where}: expected topic {expect['topic']}, got {topics}"
    if "not_topic" in expect:
        assert expect["not_topic"] not in topics, f"{where}: unexpected topic in {topics}"
    if "scenario" in expect:
        assert turn.scenario == expect["scenario"], (
            f"{where}: scenario {turn.scenario!r}, expected {expect['scenario']!r}"
        )
    if "ended" in expect:
        assert turn.ended == expect["ended"], f"{where}: ended={turn.ended}"
    offered = [c for r in turn.replies for c in r.choices]
    for c in expect.get("choices", []):
        assert c in offered, f"{where}: choice {c!r} not offered in {offered}"
    if "stored" in expect:
        got = [e.action for e in turn.effects]
        assert got == expect["stored"], f"{where}: effects {got}, expected {expect['stored']}"
    if expect.get("no_effects"):
        assert not turn.effects, f"{where}: unexpected effects {turn.effects}"


def play(engine: Engine, lines: list[str], state: ConversationState | None = None):
    """Send lines from a fresh (or given) state; return the list of turns."""
    if state is None:
        state = engine.start("storytest01").state
    turns = []
    for line in lines:
        turn = engine.turn(state, str(line), today=TODAY)
        turns.append(turn)
        state = turn.state
    return turns
