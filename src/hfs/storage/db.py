"""Engine, session factory and migrations.

SQLite (the default) is opened in WAL mode with foreign keys enforced and a busy
timeout, so concurrent requests wait for each other instead of failing. Any other
SQLAlchemy URL (PostgreSQL) is used as given.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from hfs.errors import ConfigError
from hfs.storage.private import create_private_file


def create_db_engine(url: str) -> Engine:
    """An SQLAlchemy engine for ``url``; SQLite files get their folder created."""
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise ConfigError(f"database URL {url!r} is not valid: {exc}") from None
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        # Patient data: the file is created 0600 in a 0700 folder before SQLite opens
        # it; SQLite gives its -wal and -shm files the database file's mode.
        create_private_file(Path(parsed.database).expanduser())
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_conn, _record) -> None:  # pragma: no branch
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def migrate(engine: Engine, revision: str = "head") -> None:
    """Apply the Alembic migrations shipped in :mod:`hfs.storage.migrations`."""
    from alembic import command
    from alembic.config import Config

    script_location = str(resources.files("hfs.storage") / "migrations")
    cfg = Config()
    cfg.set_main_option("script_location", script_location)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
