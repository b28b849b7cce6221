"""The assistant's store (:class:`hfs.assistant.store.AssistantStore`) on SQLAlchemy."""

from __future__ import annotations

import datetime as dt
import threading
from contextlib import contextmanager, nullcontext

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from hfs.assistant.store import StoredSession
from hfs.storage import outbox
from hfs.storage.models import ChatSession, ContactRequest, Feedback

_SESSIONS = ChatSession.__table__
# Built once: a statement built per call costs more than running it on SQLite.
_LOAD = select(_SESSIONS.c.state, _SESSIONS.c.updated_at).where(_SESSIONS.c.id == bindparam("sid"))
_UPDATE = (
    update(_SESSIONS)
    .where(_SESSIONS.c.id == bindparam("sid"))
    .values(state=bindparam("state"), updated_at=bindparam("now"))
)
_INSERT = insert(_SESSIONS).values(
    id=bindparam("sid"),
    state=bindparam("state"),
    created_at=bindparam("now"),
    updated_at=bindparam("now"),
)


def _aware(value: dt.datetime) -> dt.datetime:
    # SQLite returns naive datetimes; everything stored is UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


class SqlAssistantStore:
    """Sessions, contact requests and feedback in the hfs database."""

    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions
        bind = sessions.kw.get("bind")
        if bind is None:
            raise ValueError("the session factory must be bound to an engine")
        self._engine = bind
        # SQLite has one writer at a time; its busy handler makes waiting threads sleep
        # in growing steps. Threads of this process queue on a lock instead, which is
        # fair and immediate. (Other processes still meet the busy timeout.)
        sqlite = bind is not None and bind.dialect.name == "sqlite"
        self._write_lock = threading.Lock() if sqlite else None

    @contextmanager
    def _write(self):
        if self._write_lock is None:
            with self._sessions.begin() as db:
                yield db
            return
        with self._write_lock, self._sessions.begin() as db:
            yield db

    # A chat turn is one read (load_session) and one write (save_session), each a
    # single SQL statement in Core: no ORM object, no identity map, no re-read before
    # the write (issue 15: the ORM's get + flush was most of a turn's time).
    def load_session(self, session_id: str) -> StoredSession | None:
        with self._connect() as conn:
            row = conn.execute(_LOAD, {"sid": session_id}).first()
            if row is None:
                return None
            return StoredSession(session_id, dict(row.state), _aware(row.updated_at))

    def save_session(self, session_id: str, state: dict, now: dt.datetime) -> None:
        params = {"sid": session_id, "state": state, "now": now}
        with self._write_lock or nullcontext(), self._engine.begin() as conn:
            if not conn.execute(_UPDATE, params).rowcount:  # a new conversation
                conn.execute(_INSERT, params)

    def _connect(self):
        return self._engine.connect()

    def delete_session(self, session_id: str) -> None:
        with self._write() as db:
            db.execute(delete(ContactRequest).where(ContactRequest.session_id == session_id))
            db.execute(delete(Feedback).where(Feedback.session_id == session_id))
            db.execute(delete(ChatSession).where(ChatSession.id == session_id))

    def add_contact_request(self, session_id: str, data: dict, now: dt.datetime) -> None:
        """Store a request; the same reference twice (a retried turn) is stored once."""
        with self._write() as db:
            if db.scalar(
                select(ContactRequest.id).where(ContactRequest.reference == data["reference"])
            ):
                return
            db.add(
                ContactRequest(
                    session_id=session_id,
                    reference=data["reference"],
                    name=data.get("name", ""),
                    phone=data.get("phone", ""),
                    email=data.get("email", ""),
                    preferred_time=data.get("preferred_time", ""),
                    from_date=data.get("from_date", ""),
                    reason=data.get("reason", ""),
                    lang=data.get("lang", "en"),
                    created_at=now,
                )
            )
            # The clinic's notice, in the same transaction: sent (and retried) by
            # hfs.notify.Notifier; it holds no patient data.
            outbox.enqueue(db, "contact_request", now)

    def add_feedback(self, session_id: str, data: dict, now: dt.datetime) -> None:
        with self._write() as db:
            db.add(
                Feedback(
                    session_id=session_id,
                    rating=int(data["rating"]),
                    comment=data.get("comment", ""),
                    lang=data.get("lang", "en"),
                    created_at=now,
                )
            )
            outbox.enqueue(db, "feedback", now)

    def purge_sessions(self, idle_before: dt.datetime) -> int:
        with self._write() as db:
            result = db.execute(delete(ChatSession).where(ChatSession.updated_at < idle_before))
            return int(result.rowcount or 0)

    # Read helpers for staff tools and tests.
    def contact_requests(self) -> list[ContactRequest]:
        with self._sessions() as db:
            return list(db.scalars(select(ContactRequest).order_by(ContactRequest.id)))

    def feedback(self) -> list[Feedback]:
        with self._sessions() as db:
            return list(db.scalars(select(Feedback).order_by(Feedback.id)))
