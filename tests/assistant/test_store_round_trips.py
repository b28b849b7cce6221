"""Issue 15 (latency): a chat turn is one read and one write of the session, no more.

The statements SQLAlchemy sends to SQLite are counted: a turn of a running
conversation is one SELECT of the session and one UPDATE (before: the session was read
again in ``save_session`` before the write); a new conversation is one write.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event

from hfs.assistant import AssistantService
from hfs.storage import SqlAssistantStore, create_db_engine, make_session_factory, migrate


def test_a_turn_is_one_read_and_one_write(engine, tmp_path):
    db = create_db_engine(f"sqlite:///{tmp_path / 'hfs.sqlite3'}")
    migrate(db)
    svc = AssistantService(engine, SqlAssistantStore(make_session_factory(db)))
    statements: list[str] = []

    @event.listens_for(db, "before_cursor_execute")
    def _count(conn, cursor, statement, *args):
        if statement.split()[0].upper() in ("SELECT", "INSERT", "UPDATE", "DELETE"):
            statements.append(statement.split()[0].upper())

    sid = svc.chat(None, None).session_id
    assert statements.count("INSERT") == 1 and "SELECT" not in statements
    for text in ("how long does botox last", "check my symptoms", "left"):
        statements.clear()
        result = svc.chat(sid, text)
        assert result.session_id == sid
        assert statements == ["SELECT", "UPDATE"], text
    # what was written is what the next turn reads
    stored = SqlAssistantStore(make_session_factory(db)).load_session(sid)
    assert stored is not None and stored.state["stack"][-1]["scenario"] == result.scenario
    assert stored.updated_at.tzinfo is not None
    assert abs(stored.updated_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
    db.dispose()
