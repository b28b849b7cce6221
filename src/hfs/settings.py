"""Settings from the environment (prefix ``HFS_``), read once: :func:`get_settings`.

``HFS_DATA_DIR``       where data lives (default: the per-user data folder of the OS)
``HFS_DATABASE_URL``   SQLAlchemy URL (default: SQLite file ``hfs.sqlite3`` in the data dir)
``HFS_SESSION_TTL_MINUTES``  chat sessions expire after this long without activity

No secret has a default here: anything secret is generated and stored on first use
by the component that needs it, or must be given.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import platformdirs
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("hfs", appauthor=False))


class Settings(BaseSettings):
    """Runtime settings of hfs."""

    model_config = SettingsConfigDict(env_prefix="HFS_", extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir)
    database_url: str | None = None
    session_ttl_minutes: int = Field(default=30, ge=1, le=7 * 24 * 60)

    @property
    def sqlalchemy_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'hfs.sqlite3').as_posix()}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (cached; clear with ``get_settings.cache_clear()``)."""
    return Settings()
