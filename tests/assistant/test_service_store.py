"""The assistant service over the real SQLite store: persistence, expiry, privacy."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from hfs.assistant import AssistantService
from hfs.errors import InputError, SessionNotFoundError
from hfs.storage import (
    ChatSession,
    ContactRequest,
    Feedback,
    SqlAssistantStore,
    create_db_engine,
    make_session_factory,
    migrate,
)


class Clock:
    def __init__(self):
        self.now = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)

    def __call__(self):
        return self.now


@pytest.fixture
def db(tmp_path):
    engine = create_db_engine(f"sqlite:///{tmp_path / 'hfs.sqlite3'}")
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def clock():
    return Clock()


def service(engine, db, clock):
    return AssistantService(
        engine, SqlAssistantStore(make_session_factory(db)), dt.timedelta(minutes=30), clock
    )


def count(db, model, **where):
    with db.connect() as conn:
        q = select(func.count()).select_from(model)
        for k, v in where.items():
            q = q.where(getattr(model, k) == v)
        return conn.execute(q).scalar_one()


def contact_flow(svc, sid):
    for line in [
        "Ask the clinic to contact me",
        "yes",
        "Ana Silva",
        "email",
        "ana@example.org",
        "morning",
        "skip",
        "surgery questions",
    ]:
        svc.chat(sid, line)
    return svc.chat(sid, "yes")


def test_sqlite_is_in_wal_mode_with_foreign_keys(db):
    with db.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_migrations_are_idempotent(db):
    from importlib import resources

    from alembic.script import ScriptDirectory

    migrate(db)  # a second time: nothing to do, still at the head
    scripts = ScriptDirectory(str(resources.files("hfs.storage") / "migrations"))
    (head,) = scripts.get_heads()
    with db.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head


def test_new_session_gets_a_welcome_and_is_stored(engine, db, clock):
    svc = service(engine, db, clock)
    res = svc.chat(None, None)
    assert res.replies[0].choices and not res.ended and res.scenario is None
    assert count(db, ChatSession, id=res.session_id) == 1


def test_state_survives_a_new_service_and_store(engine, db, clock):
    sid = service(engine, db, clock).chat(None, None).session_id
    service(engine, db, clock).chat(sid, "check my symptoms")
    service(engine, db, clock).chat(sid, "left")
    # A brand-new database engine over the same file: a restarted process.
    db2 = create_db_engine(str(db.url))
    res = service(engine, db2, clock).chat(sid, "only the eyelid")
    assert res.scenario == "screening"
    assert "How long" in res.replies[-1].text
    db2.dispose()


def test_contact_request_is_stored_only_after_confirmation(engine, db, clock):
    svc = service(engine, db, clock)
    sid = svc.chat(None, None).session_id
    for line in [
        "Ask the clinic to contact me",
        "yes",
        "Ana Silva",
        "email",
        "ana@example.org",
        "morning",
        "skip",
        "surgery questions",
    ]:
        svc.chat(sid, line)
        assert count(db, ContactRequest) == 0
    res = svc.chat(sid, "yes")
    assert "HFS-" in res.replies[0].text
    rows = SqlAssistantStore(make_session_factory(db)).contact_requests()
    assert len(rows) == 1
    row = rows[0]
    assert (row.name, row.email, row.phone, row.status) == (
        "Ana Silva",
        "ana@example.org",
        "",
        "new",
    )
    assert row.reference in res.replies[0].text


def test_cancel_stores_nothing_half_entered(engine, db, clock):
    svc = service(engine, db, clock)
    sid = svc.chat(None, None).session_id
    for line in ["Ask the clinic to contact me", "yes", "Secret Name", "phone", "4126473685"]:
        svc.chat(sid, line)
    svc.chat(sid, "cancel")
    assert count(db, ContactRequest) == 0
    with db.connect() as conn:
        stored = conn.execute(select(ChatSession.state).where(ChatSession.id == sid)).scalar_one()
    assert "Secret Name" not in str(stored) and "4126473685" not in str(stored)


def test_forget_me_deletes_everything_from_the_session(engine, db, clock):
    svc = service(engine, db, clock)
    sid = svc.chat(None, None).session_id
    other = svc.chat(None, None).session_id
    contact_flow(svc, sid)
    contact_flow(svc, other)
    for line in ["feedback", "5", "great", "yes"]:
        svc.chat(sid, line)
    assert count(db, ContactRequest) == 2 and count(db, Feedback) == 1
    svc.chat(sid, "forget me")
    assert count(db, ContactRequest, session_id=sid) == 1  # not before the confirmation
    res = svc.chat(sid, "yes")
    assert res.ended
    assert count(db, ContactRequest, session_id=sid) == 0
    assert count(db, Feedback) == 0
    assert count(db, ChatSession, id=sid) == 0
    assert count(db, ContactRequest, session_id=other) == 1  # others untouched
    with pytest.raises(SessionNotFoundError):
        svc.chat(sid, "hello")


def test_sessions_expire_after_inactivity_but_sent_requests_stay(engine, db, clock):
    svc = service(engine, db, clock)
    sid = svc.chat(None, None).session_id
    contact_flow(svc, sid)
    clock.now += dt.timedelta(minutes=29)
    svc.chat(sid, "what causes it")  # activity keeps it alive
    clock.now += dt.timedelta(minutes=31)
    with pytest.raises(SessionNotFoundError, match="expired"):
        svc.chat(sid, "hello")
    assert count(db, ChatSession, id=sid) == 0
    rows = SqlAssistantStore(make_session_factory(db)).contact_requests()
    assert len(rows) == 1 and rows[0].session_id is None  # kept for the clinic, unlinked


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n ", "empty"),
        ("x" * 2001, "too long"),
        ("hello\x00world", "control or binary"),
        ("\x1b[31mred", "control or binary"),
        ("bad \ufffd bytes", "control or binary"),
    ],
)
def test_bad_text_is_an_input_error(engine, db, clock, text, message):
    svc = service(engine, db, clock)
    sid = svc.chat(None, None).session_id
    with pytest.raises(InputError, match=message):
        svc.chat(sid, text)


def test_text_of_exactly_2000_characters_is_accepted(engine, db, clock):
    svc = service(engine, db, clock)
    sid = svc.chat(None, None).session_id
    res = svc.chat(sid, ("my eye twitches " * 200)[:2000])
    assert res.replies


def test_unknown_session_is_not_found(engine, db, clock):
    with pytest.raises(SessionNotFoundError):
        service(engine, db, clock).chat("no-such-session", "hello")


def test_a_state_from_an_older_scenario_set_is_not_continued(engine, db, clock):
    svc = service(engine, db, clock)
    sid = svc.chat(None, None).session_id
    svc.chat(sid, "check my symptoms")
    state = svc.store.load_session(sid).state
    state["stack"][-1]["step"] = "a_step_that_was_removed"
    svc.store.save_session(sid, state, clock.now)
    with pytest.raises(SessionNotFoundError, match="can no longer be continued"):
        svc.chat(sid, "left")


def test_concurrent_confirmations_store_one_request(engine, db, clock):
    from concurrent.futures import ThreadPoolExecutor

    svc = service(engine, db, clock)
    sid = svc.chat(None, None).session_id
    for line in [
        "Ask the clinic to contact me",
        "yes",
        "Ana",
        "email",
        "ana@example.org",
        "morning",
        "skip",
        "surgery questions",
    ]:
        svc.chat(sid, line)
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: svc.chat(sid, "yes"), range(4)))
    assert any("reference is" in r.replies[0].text for r in results)
    assert count(db, ContactRequest) == 1


def test_the_same_reference_is_stored_once(db, clock):
    store = SqlAssistantStore(make_session_factory(db))
    store.save_session("s1", {}, clock.now)
    data = {"reference": "HFS-ABCDEF12", "name": "A"}
    store.add_contact_request("s1", data, clock.now)
    store.add_contact_request("s1", data, clock.now)
    assert count(db, ContactRequest) == 1


def test_a_new_data_folder_is_private(tmp_path):
    folder = tmp_path / "fresh"
    engine = create_db_engine(f"sqlite:///{folder / 'hfs.sqlite3'}")
    migrate(engine)
    engine.dispose()
    assert folder.stat().st_mode & 0o777 == 0o700
