"""The assistant's store (:class:`hfs.assistant.store.AssistantStore`) on SQLAlchemy."""

from __future__ import annotations

import datetime as dt
import threading
from contextlib import contextmanager

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from hfs.assistant.store import StoredSession
from hfs.storage import outbox
from hfs.storage.models import ChatSession, ContactRequest, Feedback


def _aware(value: dt.datetime) -> dt.datetime:
    # SQLite returns naive datetimes; everything stored is UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


class SqlAssistantStore:
    """Sessions, contact requests and feedback in the hfs database."""

    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions
        bind = sessions.kw.get("bind")
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

    def load_session(self, session_id: str) -> StoredSession | None:
        with self._sessions() as db:
            row = db.get(ChatSession, session_id)
            if row is None:
                return None
            return StoredSession(row.id, dict(row.state), _aware(row.updated_at))

    def save_session(self, session_id: str, state: dict, now: dt.datetime) -> None:
        with self._write() as db:
            row = db.get(ChatSession, session_id)
            if row is None:
                db.add(ChatSession(id=session_id, state=state, created_at=now, updated_at=now))
            else:
                row.state = state
                row.updated_at = now

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
