"""Answer readers: yes/no, choices, phone, e-mail, dates, text limits."""

from __future__ import annotations

import datetime as dt

import pytest

from hfs.assistant.answers import (
    Invalid,
    read_answer,
    read_choice,
    read_email,
    read_phone,
    read_yesno,
)
from hfs.assistant.scenario import AskStep

CHOICE = AskStep(
    id="side",
    kind="ask",
    input="choice",
    save="side",
    text="Which side?",
    next="x",
    choices=[{"value": "left", "label": "Left"}, {"value": "right", "label": "Right"}],
)


@pytest.mark.parametrize(
    ("text", "value"), [("Yes!", "yes"), ("yep", "yes"), ("No thanks", "no"), ("nope", "no")]
)
def test_yesno(text, value):
    assert read_yesno(text) == value


def test_yesno_rejects_other_text():
    with pytest.raises(Invalid):
        read_yesno("maybe later")


@pytest.mark.parametrize(
    ("text", "value"),
    [("left", "left"), ("RIGHT.", "right"), ("2", "right"), ("the left one", "left")],
)
def test_choice(text, value):
    assert read_choice(CHOICE, text) == value


@pytest.mark.parametrize("text", ["middle", "3", "left and right", ""])
def test_choice_rejects(text):
    with pytest.raises(Invalid):
        read_choice(CHOICE, text)


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("412-647-3685", "+14126473685"),
        ("(877) 320-8762", "+18773208762"),
        ("+44 20 7946 0000", "+442079460000"),
    ],
)
def test_phone_valid(text, e164):
    assert read_phone(text) == e164


@pytest.mark.parametrize("text", ["12", "phone", "000", "+1 555", "4" * 60])
def test_phone_invalid(text):
    with pytest.raises(Invalid):
        read_phone(text)


def test_email():
    assert read_email(" Sam@Example.com ") == "Sam@example.com"
    for bad in ("sam", "sam@", "sam at example.com", "a@b"):
        with pytest.raises(Invalid):
            read_email(bad)


def test_date_and_skip():
    step = AskStep(
        id="d", kind="ask", input="date", save="d", text="When?", next="x", optional=True
    )
    today = dt.date(2026, 11, 24)
    assert read_answer(step, "2026-12-01", today) == "2026-12-01"
    assert read_answer(step, "1 December 2026", today) == "2026-12-01"
    assert read_answer(step, "skip", today) == ""
    with pytest.raises(Invalid, match="past"):
        read_answer(step, "2026-11-23", today)
    # Everyday words, through dateparser (today is a Tuesday).
    assert read_answer(step, "next tuesday", today) == "2026-12-01"
    assert read_answer(step, "next Monday morning", today) == "2026-11-30"
    assert read_answer(step, "tomorrow after 3", today) == "2026-11-25"
    with pytest.raises(Invalid, match="past"):
        read_answer(step, "yesterday", today)
    for nonsense in ("banana", "after 3", "whenever suits"):
        with pytest.raises(Invalid, match="not a date"):
            read_answer(step, nonsense, today)


def test_text_length_limit():
    step = AskStep(id="t", kind="ask", input="text", save="t", text="Say", next="x", max_length=10)
    assert read_answer(step, "  short  ") == "short"
    with pytest.raises(Invalid, match="too long"):
        read_answer(step, "x" * 11)
