"""E-mail notices to the clinic: "a request is waiting", with a link to the inbox.

A confirmed contact request or feedback writes a row to the outbox
(:mod:`hfs.storage.outbox`) in the same transaction; :class:`Notifier`, a background
thread of the web app, sends what is due with :mod:`smtplib` and retries failures
from the database with a growing delay. The chat never waits for it: the assistant
only wakes the thread. The e-mail holds no patient data: only how many requests and
feedback are waiting, and the inbox's address (``HFS_BASE_URL`` + ``/inbox``).

Settings: ``HFS_SMTP_URL`` (``smtp://[user:password@]host[:port]``; ``smtp+starttls://``
upgrades with STARTTLS, ``smtps://`` is TLS from the start), ``HFS_NOTIFY_TO`` (the
clinic's address; several separated by commas), ``HFS_NOTIFY_FROM``, ``HFS_BASE_URL``.
Without ``HFS_SMTP_URL`` and ``HFS_NOTIFY_TO`` nothing is sent and the notices wait;
the inbox and ``GET /api/admin/notifications`` say so.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
import ssl
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from urllib.parse import unquote, urlsplit

from sqlalchemy.orm import Session, sessionmaker

from hfs.errors import ConfigError
from hfs.storage import outbox

log = logging.getLogger(__name__)

SMTP_TIMEOUT_S = 10.0
#: The longest the thread sleeps between looks at the outbox (a wake-up comes sooner).
MAX_SLEEP_S = 60.0


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    security: str  # none | starttls | tls
    username: str | None = None
    password: str | None = None

    @classmethod
    def from_url(cls, url: str) -> SmtpConfig:
        """``smtp://host:25``, ``smtp+starttls://user:pw@host:587``, ``smtps://host:465``."""
        parts = urlsplit(url)
        schemes = {"smtp": ("none", 25), "smtp+starttls": ("starttls", 587), "smtps": ("tls", 465)}
        if parts.scheme not in schemes or not parts.hostname:
            raise ConfigError(
                f"HFS_SMTP_URL must look like smtp://host:port, smtp+starttls://... or "
                f"smtps://... (got scheme {parts.scheme!r})"
            )
        security, default_port = schemes[parts.scheme]
        try:
            port = parts.port or default_port
        except ValueError as exc:
            raise ConfigError(f"HFS_SMTP_URL: {exc}") from None
        return cls(
            parts.hostname,
            port,
            security,
            unquote(parts.username) if parts.username else None,
            unquote(parts.password) if parts.password else None,
        )


def recipients(notify_to: str) -> list[str]:
    return [a.strip() for a in notify_to.split(",") if a.strip()]


def compose(counts: Counter, inbox_url: str, sender: str, to: list[str]) -> EmailMessage:
    """The notice: how many requests and feedback wait, and where. No patient data."""
    what = []
    if counts.get("contact_request"):
        n = counts["contact_request"]
        what.append(f"{n} new contact request{'s' if n > 1 else ''}")
    if counts.get("feedback"):
        n = counts["feedback"]
        what.append(f"{n} new feedback message{'s' if n > 1 else ''}")
    summary = " and ".join(what) or "new items"
    msg = EmailMessage()
    msg["Subject"] = f"hfs: {summary} waiting in the clinic inbox"
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    msg.set_content(
        f"{summary[0].upper()}{summary[1:]} {'is' if sum(counts.values()) == 1 else 'are'} "
        f"waiting in the clinic inbox:\n\n{inbox_url}\n\n"
        "Sign in to see it. This message holds no patient details on purpose.\n"
    )
    return msg


def send(config: SmtpConfig, msg: EmailMessage) -> None:
    """Send one message; raises OSError or smtplib.SMTPException on failure."""
    context = ssl.create_default_context()
    if config.security == "tls":
        client: smtplib.SMTP = smtplib.SMTP_SSL(
            config.host, config.port, timeout=SMTP_TIMEOUT_S, context=context
        )
    else:
        client = smtplib.SMTP(config.host, config.port, timeout=SMTP_TIMEOUT_S)
    with client:
        if config.security == "starttls":
            client.starttls(context=context)
        if config.username:
            client.login(config.username, config.password or "")
        client.send_message(msg)


class Notifier:
    """Sends the outbox's due notices in a background thread (:meth:`start`), or once
    (:meth:`run_once`, for tests and the CLI).

    Parameters
    ----------
    sessions : sessionmaker
    smtp_url, notify_to, sender, base_url : the settings (see the module docstring)
    clock : callable returning an aware UTC datetime
    """

    def __init__(
        self,
        sessions: sessionmaker[Session],
        smtp_url: str,
        notify_to: str,
        sender: str,
        base_url: str,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ):
        self.sessions = sessions
        self.config = SmtpConfig.from_url(smtp_url)
        self.to = recipients(notify_to)
        if not self.to:
            raise ConfigError("HFS_NOTIFY_TO names no address")
        self.sender = sender
        self.inbox_url = base_url.rstrip("/") + "/inbox"
        self.clock = clock
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def wake(self) -> None:
        """Something was queued: look now (never blocks)."""
        self._wake.set()

    def run_once(self) -> int:
        """Send every due notice as one e-mail; returns how many notices it covered (0
        when none were due or sending failed, which is recorded on the rows)."""
        now = self.clock()
        with self.sessions.begin() as db:
            rows = outbox.due(db, now)
            if not rows:
                return 0
            msg = compose(Counter(r.kind for r in rows), self.inbox_url, self.sender, self.to)
            try:
                send(self.config, msg)
            except (OSError, smtplib.SMTPException) as exc:
                error = f"{type(exc).__name__}: {' '.join(str(exc).split())}"[:300]
                log.warning("e-mail notice to the clinic failed: %s", error)
                outbox.mark_failed(rows, now, error)
                return 0
            outbox.mark_sent(rows, now)
            return len(rows)

    def _sleep_s(self) -> float:
        with self.sessions() as db:
            nxt = outbox.next_due(db)
        if nxt is None:
            return MAX_SLEEP_S
        return min(MAX_SLEEP_S, max(0.0, (nxt - self.clock()).total_seconds()))

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
                delay = self._sleep_s()
            except Exception:  # the database may be briefly unavailable: try again later
                log.exception("the notice sender failed; trying again in a minute")
                delay = MAX_SLEEP_S
            self._wake.wait(delay)
            self._wake.clear()

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="hfs-notify", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None


def admin_notice(db: Session, configured: bool) -> str | None:
    """One line for the clinic pages when notices are not going out, else None."""
    st = outbox.status(db)
    if not configured:
        if st.pending:
            return (
                f"E-mail notices to the clinic are not set up (HFS_SMTP_URL, HFS_NOTIFY_TO): "
                f"{st.pending} waiting unsent."
            )
        return None
    if st.failed or st.retrying:
        when = st.last_error_at.strftime("%Y-%m-%d %H:%M UTC") if st.last_error_at else "?"
        gave_up = f", {st.failed} given up" if st.failed else ""
        return (
            f"E-mail notice to the clinic failed ({st.last_error}; last try {when}): "
            f"{st.retrying} retrying{gave_up}. Check HFS_SMTP_URL and the mail server."
        )
    return None
