"""Settings from the environment (prefix ``HFS_``), read once: :func:`get_settings`.

``HFS_DATA_DIR``       where data lives (default: the per-user data folder of the OS)
``HFS_DATABASE_URL``   SQLAlchemy URL (default: SQLite file ``hfs.sqlite3`` in the data dir)
``HFS_DASK_SCHEDULER`` run analyses on this Dask cluster (``tcp://host:8786``); unset:
                       in this process (:mod:`hfs.executor`)
``HFS_SESSION_TTL_MINUTES``  chat sessions expire after this long without activity
``HFS_CLINIC_IDLE_MINUTES``  a clinic login ends after this long without a request (30)
``HFS_CLINIC_SESSION_HOURS`` and after this long in any case (12)
``HFS_LOGIN_MAX_FAILURES``   failed logins per account in the window before refusing (5)
``HFS_LOGIN_MAX_FAILURES_PER_CLIENT``  ... per client address (20)
``HFS_LOGIN_WINDOW_MINUTES`` the throttling window (15)
``HFS_UPLOADS_PER_HOUR``     video uploads accepted per client address per hour (20)
``HFS_UPLOAD_RETENTION_DAYS`` patients' uploads attached to no patient and no contact
                             request are deleted after this many days (30)
``HFS_RECORDING_MAX_BYTES``  largest EDF/BDF recording a clinician may upload (500 MB)
``HFS_UPLOADS_IN_PROGRESS_PER_CLIENT``  uploads one client address may have in progress (3)
``HFS_UPLOADS_IN_PROGRESS``  uploads in progress in one server process, all clients (32)
``HFS_UPLOAD_IDLE_SECONDS``  an upload that sends nothing for this long is dropped (30)
``HFS_UPLOAD_MAX_MINUTES``   an upload must be received within this long (30)
``HFS_TRUSTED_PROXIES``      comma-separated addresses/networks of reverse proxies whose
                             ``X-Forwarded-For`` is believed (default: none; the peer's
                             address is the client's)
``HFS_SMTP_URL``             mail server for notices to the clinic: ``smtp://host:25``,
                             ``smtp+starttls://user:password@host:587`` or ``smtps://...``
``HFS_NOTIFY_TO``            the clinic's address(es) for "a request is waiting" notices
``HFS_NOTIFY_FROM``          the notices' sender (default ``hfs@localhost``)
``HFS_BASE_URL``             the app's address as the clinic reaches it, for the inbox link
                             in notices (default ``http://127.0.0.1:8000``)

The clinic app's secret key is generated on first run into ``<data dir>/secret_key``
(mode 0600); there are no default accounts (``hfs admin create-user``).

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
    dask_scheduler: str | None = None
    session_ttl_minutes: int = Field(default=30, ge=1, le=7 * 24 * 60)
    clinic_idle_minutes: float = Field(default=30, gt=0, le=24 * 60)
    clinic_session_hours: float = Field(default=12, gt=0, le=7 * 24)
    login_max_failures: int = Field(default=5, ge=1, le=100)
    login_max_failures_per_client: int = Field(default=20, ge=1, le=10_000)
    login_window_minutes: float = Field(default=15, gt=0, le=24 * 60)
    uploads_per_hour: int = Field(default=20, ge=1, le=100_000)
    upload_retention_days: float = Field(default=30, gt=0, le=36_500)
    recording_max_bytes: int = Field(default=500 * 2**20, ge=1024, le=64 * 2**30)
    uploads_in_progress_per_client: int = Field(default=3, ge=1, le=1000)
    uploads_in_progress: int = Field(default=32, ge=1, le=10_000)
    upload_idle_seconds: float = Field(default=30, gt=0, le=3600)
    upload_max_minutes: float = Field(default=30, gt=0, le=24 * 60)
    trusted_proxies: str = ""

    @property
    def trusted_proxy_list(self) -> list[str]:
        """``HFS_TRUSTED_PROXIES`` as a list (empty: no forwarded header is believed)."""
        return [p.strip() for p in self.trusted_proxies.split(",") if p.strip()]

    smtp_url: str | None = None
    notify_to: str | None = None
    notify_from: str = "hfs@localhost"
    base_url: str = "http://127.0.0.1:8000"

    @property
    def notify_configured(self) -> bool:
        """Whether notices to the clinic can be sent (a mail server and an address)."""
        return bool(self.smtp_url and self.notify_to)

    @property
    def videos_dir(self) -> Path:
        """Where accepted uploads are kept (outside any web root; never served as files)."""
        return self.data_dir / "videos"

    @property
    def recordings_dir(self) -> Path:
        """Uploaded EDF/BDF recordings (random names; never served as files)."""
        return self.data_dir / "recordings"

    @property
    def reports_dir(self) -> Path:
        """HTML reports saved at analysis time (served only through a clinician route)."""
        return self.data_dir / "reports"

    @property
    def documents_dir(self) -> Path:
        """Documents attached to records (the operating-room case report; served only
        through a clinician route)."""
        return self.data_dir / "documents"

    @property
    def sqlalchemy_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'hfs.sqlite3').as_posix()}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (cached; clear with ``get_settings.cache_clear()``)."""
    return Settings()
