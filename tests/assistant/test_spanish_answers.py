"""Issue 18, round 2: what a Spanish conversation showed in English: the one-line detail
of an unreadable phone number or e-mail address, and dates in words."""

from __future__ import annotations

import datetime as dt

import pytest

from hfs.assistant.answers import Invalid, read_date, read_email, read_phone
from hfs.assistant.engine import ConversationState, Frame
from hfs.assistant.language import detect_language

SUNDAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("el martes", dt.date(2026, 12, 8)),
        ("el próximo lunes por la mañana", dt.date(2026, 12, 7)),
        ("15 de marzo", dt.date(2027, 3, 15)),
        ("el 20 de diciembre despues de las 3", dt.date(2026, 12, 20)),
        ("pasado mañana", dt.date(2026, 12, 8)),
        ("mañana a las 10", dt.date(2026, 12, 7)),
        ("jueves que viene", dt.date(2026, 12, 10)),
    ],
)
def test_spanish_dates_in_words(text, day):
    assert read_date(text, SUNDAY, "es") == day


def test_a_spanish_non_date_is_still_not_a_date():
    with pytest.raises(Invalid, match="not a date"):
        read_date("cuando pueda", SUNDAY, "es")


@pytest.mark.parametrize(
    ("read", "text", "words"),
    [
        (read_phone, "12345", "muy pocos dígitos"),
        (read_phone, "555-1234", "código de área"),
        (read_phone, "+999 123", "código de país"),
        (read_email, "ana@@correo", "dirección de correo"),
    ],
)
def test_unreadable_phone_or_email_detail_in_spanish(read, text, words):
    with pytest.raises(Invalid) as caught:
        read(text)
    es = caught.value.detail_in("es")
    assert words in es and text in es and detect_language(es) == "es"
    assert caught.value.detail_in("en") == caught.value.detail  # English unchanged


def _at(step: str) -> ConversationState:
    return ConversationState(
        nonce="spanish2a", lang="es", stack=[Frame(scenario="contact_request", step=step)]
    )


def test_spanish_conversation_gets_the_phone_detail_in_spanish(engine):
    turn = engine.turn(_at("phone"), "12345", lang="es")
    text = " ".join(r.text for r in turn.replies)
    assert "muy pocos dígitos" in text and "too few" not in text


def test_spanish_conversation_reads_a_date_in_words(engine):
    turn = engine.turn(_at("from_date"), "el martes", today=SUNDAY, lang="es")
    assert turn.state.stack[-1].slots.get("from_date") == "2026-12-08"
