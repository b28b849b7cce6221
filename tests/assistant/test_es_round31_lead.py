"""Round 31 (the lead, Spanish): a word spelled by sound that is rare or no word at all is
read, in a message that holds Spanish, as the commonest Spanish word that sounds the same
(``shorthand_es.read_sounds_es`` with ``keep``, wordfreq's Spanish list). Round 17's list
of the screen's context words did not hold "fiebre", "boca" or "cierro": on ES v25 "tengo
fievre i el cueyo duro despues de la operasion" got nothing. The wordings are ours; each
sign below got nothing or only a line before."""

from __future__ import annotations

import pytest

from hfs.assistant.redflags_es import standard_es
from hfs.assistant.shorthand_es import read_sounds_es
from tests.assistant.helpers import kind

SIGNS = [
    "desde la operasion tengo mucha fievre y el cueyo tieso",
    "depues de la operacion no sierro bien el ojo derecho",
    "despues de la operasion se me cayo la voca de un lado",
    "me dio fievre alta y tengo el cueyo duro, me operaron el lunes",
]


@pytest.mark.parametrize("text", SIGNS)
def test_signs_spelled_by_sound_get_the_alarm(engine, text):
    assert kind(engine, text) is not None, engine.screen(text)


def test_rare_words_are_read_as_the_common_word_of_their_sound():
    assert standard_es("tengo fievre y no sierro la voca") == "tengo fiebre y no cierro la boca"


def test_real_words_and_english_words_stay():
    # "caza" is a word (hunting), however much commoner "casa" is; English words stay
    assert standard_es("fui de caza con mi primo y la familia") == (
        "fui de caza con mi primo y la familia"
    )
    assert read_sounds_es("the twitch in my cheek", frozenset()) == "the twitch in my cheek"
    # only for a message that holds Spanish: an English one keeps its words
    assert standard_es("my fievre is gone") == "my fievre is gone"
    # the screen's own clinical words are read as written ("paresia" is rare in wordfreq)
    assert "debilidad de la cara" in standard_es(
        "POP dia 3 con paresia facial nueva del lado operado"
    )


@pytest.mark.parametrize(
    "text",
    [
        "mi mama dice que la fievre de mi hijo ya paso, solo preguntaba por el espasmo",
        "fui de caza con mi primo el sabado y me dio el tic todo el dia",
    ],
)
def test_near_misses_spelled_by_sound_raise_no_alarm(engine, text):
    assert kind(engine, text) is None, engine.screen(text)
