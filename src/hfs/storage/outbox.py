"""The notify outbox (:class:`hfs.storage.models.NotifyOutbox`): notices owed to the
clinic, written with the request they announce and sent by :mod:`hfs.notify`.

A row says only *what kind* of thing is waiting (a contact request, feedback): never a
name, number, address or reason. Failed sends are retried after a growing delay
(:data:`RETRY_DELAYS`); after the last one the row is ``failed`` and stays visible to
admins (:func:`status`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hfs.storage.models import NotifyOutbox

KINDS = ("contact_request", "feedback")
#: Seconds to wait after the 1st, 2nd... failed attempt; after the last, ``failed``.
RETRY_DELAYS = (30, 60, 120, 300, 600, 1200, 1800, 3600, 3600, 3600)


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def enqueue(db: Session, kind: str, now: dt.datetime) -> None:
    """Owe the clinic a notice (in the caller's transaction)."""
    if kind not in KINDS:
        raise ValueError(f"unknown notice kind {kind!r}")
    db.add(
        NotifyOutbox(kind=kind, status="pending", attempts=0, created_at=now, next_attempt_at=now)
    )


def due(db: Session, now: dt.datetime) -> list[NotifyOutbox]:
    """Pending notices whose next attempt is due, oldest first."""
    rows = db.scalars(
        select(NotifyOutbox)
        .where(NotifyOutbox.status == "pending", NotifyOutbox.next_attempt_at <= now)
        .order_by(NotifyOutbox.id)
    )
    return list(rows)


def mark_sent(rows: list[NotifyOutbox], now: dt.datetime) -> None:
    for row in rows:
        row.status = "sent"
        row.attempts += 1
        row.last_attempt_at = now
        row.sent_at = now
        row.last_error = None


def mark_failed(rows: list[NotifyOutbox], now: dt.datetime, error: str) -> None:
    """One more failed attempt: retry later, or ``failed`` after the last delay."""
    for row in rows:
        row.attempts += 1
        row.last_attempt_at = now
        row.last_error = error[:300]
        if row.attempts > len(RETRY_DELAYS):
            row.status = "failed"
        else:
            row.next_attempt_at = now + dt.timedelta(seconds=RETRY_DELAYS[row.attempts - 1])


def next_due(db: Session) -> dt.datetime | None:
    """When the next pending notice is due (None: nothing pending)."""
    return _aware(
        db.scalar(
            select(func.min(NotifyOutbox.next_attempt_at)).where(NotifyOutbox.status == "pending")
        )
    )


@dataclass(frozen=True)
class OutboxStatus:
    """What admins see: how many notices wait, how many failed for good, the last error."""

    pending: int
    failed: int
    retrying: int  # pending after at least one failed attempt
    last_error: str | None
    last_error_at: dt.datetime | None
    last_sent_at: dt.datetime | None


def status(db: Session) -> OutboxStatus:
    def count(*where) -> int:
        return int(db.scalar(select(func.count()).select_from(NotifyOutbox).where(*where)) or 0)

    last_bad = db.scalars(
        select(NotifyOutbox)
        .where(NotifyOutbox.last_error.is_not(None))
        .order_by(NotifyOutbox.last_attempt_at.desc())
        .limit(1)
    ).first()
    return OutboxStatus(
        pending=count(NotifyOutbox.status == "pending"),
        failed=count(NotifyOutbox.status == "failed"),
        retrying=count(NotifyOutbox.status == "pending", NotifyOutbox.attempts > 0),
        last_error=last_bad.last_error if last_bad else None,
        last_error_at=_aware(last_bad.last_attempt_at) if last_bad else None,
        last_sent_at=_aware(db.scalar(select(func.max(NotifyOutbox.sent_at)))),
    )
