"""Issue 18: the assistant in Spanish: the session's language (asked for, or read from
the patient's messages, following a switch), Spanish texts for every answer and step
(the loaders refuse one without), Spanish keywords and buttons, and contact requests
and feedback stored marked "es"."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from hfs.assistant import AssistantService
from hfs.assistant.knowledge import load_knowledge
from hfs.assistant.language import detect_language
from hfs.assistant.scenario import parse_scenarios
from hfs.errors import ConfigError
from hfs.storage import SqlAssistantStore, create_db_engine, make_session_factory, migrate

PACKAGE = Path(__file__).parents[2] / "src" / "hfs" / "assistant"


def spanish(text: str) -> bool:
    return detect_language(text) == "es"


def talk(engine, lines, state=None, lang=None):
    state = state or engine.start("spanish0", lang=lang).state
    turns = []
    for line in lines:
        turn = engine.turn(state, line, lang=lang)
        state = turn.state
        turns.append(turn)
    return turns


# ---------------------------------------------------------------- the loaders
def test_knowledge_loader_refuses_a_topic_without_its_spanish_text(tmp_path):
    data = yaml.safe_load((PACKAGE / "knowledge.yaml").read_text("utf-8"))
    del data["es"]["topics"]["botox"]
    path = tmp_path / "knowledge.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    with pytest.raises(ConfigError, match=r"without their 'es' text: \['botox'\]"):
        load_knowledge(path)


def test_knowledge_loader_refuses_a_message_without_its_spanish_text(tmp_path):
    data = yaml.safe_load((PACKAGE / "knowledge.yaml").read_text("utf-8"))
    del data["es"]["messages"]["safety_line"]
    path = tmp_path / "knowledge.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    with pytest.raises(ConfigError, match="safety_line"):
        load_knowledge(path)


def _scenarios(edit):
    docs = []
    for p in sorted((PACKAGE / "scenarios").glob("*.yaml")):
        raw = yaml.safe_load(p.read_text("utf-8"))
        edit(raw)
        docs.append((p.name, yaml.safe_dump(raw, allow_unicode=True)))
    return docs


def test_scenario_loader_refuses_a_scenario_without_spanish():
    def drop(raw):
        if raw["id"] == "feedback":
            del raw["es"]

    with pytest.raises(ConfigError, match="scenario 'feedback': no 'es' texts"):
        parse_scenarios(_scenarios(drop))


def test_scenario_loader_refuses_a_step_or_choice_without_spanish():
    def drop_text(raw):
        if raw["id"] == "screening":
            del raw["es"]["steps"]["weakness"]

    with pytest.raises(ConfigError, match="step 'weakness': no 'es' text"):
        parse_scenarios(_scenarios(drop_text))

    def drop_choice(raw):
        if raw["id"] == "screening":
            del raw["es"]["steps"]["side"]["choices"]["left"]

    with pytest.raises(ConfigError, match=r"step 'side': choices without their 'es' label"):
        parse_scenarios(_scenarios(drop_choice))


def test_topic_and_scenario_ids_are_the_same_in_both_languages(engine):
    es = engine.translations["es"]
    assert [t.id for t in es.kb.topics] == [t.id for t in engine.kb.topics]
    assert set(es.scenarios) == set(engine.scenarios)
    for sid, sc in engine.scenarios.items():
        assert [s.id for s in es.scenarios[sid].steps] == [s.id for s in sc.steps]
    # every Spanish answer really is in Spanish, and differs from the English one
    for t in es.kb.topics:
        assert spanish(t.answer), t.id
        assert t.answer != engine.kb.topic(t.id).answer


# ------------------------------------------------------------ the language
def test_language_is_read_from_the_messages_and_follows_a_switch(engine):
    turns = talk(engine, ["¿cuánto dura el bótox?", "what causes it?", "¿y qué lo empeora?"])
    assert [t.state.lang for t in turns] == ["es", "en", "es"]
    assert turns[0].replies[0].topic == "botox" and spanish(turns[0].replies[0].text)
    assert turns[1].replies[0].topic == "causes" and not spanish(turns[1].replies[0].text)
    assert turns[2].replies[0].topic == "triggers" and spanish(turns[2].replies[0].text)


def test_a_language_asked_for_wins_and_short_answers_keep_it(engine):
    turns = talk(engine, ["menu", "2", "1"], lang="es")
    assert all(t.state.lang == "es" for t in turns)
    assert turns[1].replies[-1].text == "¿De qué lado de la cara tiene el temblor?"
    # without lang, a number or a name keeps the session's language
    state = engine.start("spanish1", lang="es").state
    turn = engine.turn(state, "Revisar mis síntomas")
    turn = engine.turn(turn.state, "1")
    assert turn.state.lang == "es" and spanish(turn.replies[-1].text)


def test_spanish_emergency_and_crisis_replies_name_911_and_988(engine):
    (emergency,) = talk(engine, ["se me cayó la cara de un lado"])
    assert emergency.replies[0].topic == "emergency"
    assert "Llame al 911" in emergency.replies[0].text
    (crisis,) = talk(engine, ["ya no quiero vivir"])
    assert crisis.replies[0].topic == "crisis"
    assert "988" in crisis.replies[0].text and "llame al 911" in crisis.replies[0].text
    assert crisis.replies[0].choices == ["Menú"]


# -------------------------------------------------------------- keywords
@pytest.mark.parametrize(
    ("word", "check"),
    [
        ("cancelar", lambda t: t.ended and "no se envió nada" in t.replies[0].text),
        ("salir", lambda t: t.ended),
        ("ayuda", lambda t: t.replies[0].topic == "help"),
        ("términos", lambda t: t.replies[0].topic == "terms"),
        ("terminos", lambda t: t.replies[0].topic == "terms"),
        ("comentarios", lambda t: t.scenario == "feedback"),
        ("menú", lambda t: "Revisar mis síntomas" in t.replies[-1].choices),
        ("olvídame", lambda t: t.scenario == "forget_me"),
    ],
)
def test_spanish_keywords_inside_a_scenario(engine, word, check):
    _first, second, turn = talk(engine, ["Revisar mis síntomas", "Izquierdo", word])
    assert second.scenario == "screening"
    assert check(turn), [r.text for r in turn.replies]
    assert all(spanish(r.text) for r in turn.replies)


@pytest.mark.parametrize("word", ["empezar de nuevo", "reiniciar", "Reiniciar"])
def test_start_over_in_spanish(engine, word):
    *_, turn = talk(engine, ["Revisar mis síntomas", "Izquierdo", word])
    assert turn.replies[-1].text == "¿De qué lado de la cara tiene el temblor?"


def test_buttons_are_spanish(engine):
    (turn,) = talk(engine, ["¿es peligroso el espasmo hemifacial?"])
    assert turn.replies[0].choices == ["Pedir que la clínica me contacte", "Menú"]
    *_, yesno = talk(engine, ["quiero que me llamen"])
    assert yesno.replies[-1].choices == ["Sí", "No"]


# ------------------------------------------------ contact and feedback, "es"
@pytest.fixture
def svc(engine, tmp_path):
    db = create_db_engine(f"sqlite:///{tmp_path / 'hfs.sqlite3'}")
    migrate(db)
    now = dt.datetime(2026, 12, 6, 9, 0, tzinfo=dt.UTC)
    store = SqlAssistantStore(make_session_factory(db))
    yield AssistantService(engine, store, dt.timedelta(minutes=30), lambda: now), store
    db.dispose()


def test_contact_request_in_spanish_reaches_the_inbox_marked_es(svc):
    service, store = svc
    r = service.chat(None, "hola")
    assert r.lang == "es" and spanish(r.replies[0].text)
    sid = r.session_id
    for line in [
        "Pedir que la clínica me contacte",
        "sí",
        "María López",
        "Por teléfono",
        "412 555 0123",
        "En la mañana",
        "saltar",
        "Quiero hablar de la cirugía",
        "sí",
    ]:
        r = service.chat(sid, line)
        assert r.lang == "es", line
    assert re.search(r"Su número de referencia es HFS-", r.replies[-1].text)
    (row,) = store.contact_requests()
    assert (row.name, row.lang, row.preferred_time) == ("María López", "es", "morning")


def test_feedback_in_spanish_is_stored_marked_es_and_english_stays_en(svc):
    service, store = svc
    sid = service.chat(None, None, lang="es").session_id
    for line in ["comentarios", "4", "Muy útil, gracias", "sí"]:
        r = service.chat(sid, line)
    assert "Gracias" in r.replies[-1].text
    sid = service.chat(None, None).session_id
    for line in ["feedback", "5", "skip", "yes"]:
        service.chat(sid, line)
    assert [(f.rating, f.lang) for f in store.feedback()] == [(4, "es"), (5, "en")]
