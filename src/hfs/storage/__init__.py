"""Storage: SQLAlchemy 2 models on one declarative :class:`Base`, Alembic migrations.

- :mod:`hfs.storage.db`: engine and session factory (SQLite in WAL mode with foreign
  keys on), :func:`migrate` applies the Alembic migrations programmatically.
- :mod:`hfs.storage.models`: the tables. The assistant's tables are ``chat_sessions``,
  ``contact_requests`` and ``feedback``; the clinic adds its own to the same ``Base``
  and a new migration under ``migrations/versions``.
- :mod:`hfs.storage.assistant_store`: the assistant's store on these tables.
"""

from hfs.storage.assistant_store import SqlAssistantStore
from hfs.storage.db import create_db_engine, make_session_factory, migrate
from hfs.storage.models import Base, ChatSession, ContactRequest, Feedback

__all__ = [
    "Base",
    "ChatSession",
    "ContactRequest",
    "Feedback",
    "SqlAssistantStore",
    "create_db_engine",
    "make_session_factory",
    "migrate",
]
