"""Retention of patients' uploads.

A video a patient uploaded that nobody attached to a patient record and that was
never sent with a contact request is kept ``HFS_UPLOAD_RETENTION_DAYS`` (30) days,
then its file and row are deleted. Attached videos are kept. The purge runs at app
start and from ``hfs clinic purge-uploads``; each deletion is audited as the system.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hfs.settings import Settings
from hfs.storage.accounts import utcnow
from hfs.storage.clinic_store import Actor, audit
from hfs.storage.models import Video

log = logging.getLogger(__name__)
SYSTEM = Actor("system", "upload-retention")


@dataclass(frozen=True)
class Purged:
    video_id: int
    uploaded_at: dt.datetime
    file_removed: bool


def purge_stale_uploads(
    sessions: sessionmaker[Session],
    settings: Settings,
    *,
    now: dt.datetime | None = None,
    actor: Actor = SYSTEM,
) -> list[Purged]:
    """Delete unattached uploads older than the retention period; what was removed."""
    now = now or utcnow()
    cutoff = now - dt.timedelta(days=settings.upload_retention_days)
    videos_dir = settings.videos_dir.resolve()
    out: list[Purged] = []
    with sessions() as db:
        stale = db.scalars(
            select(Video)
            .where(
                Video.patient_id.is_(None),
                Video.contact_request_id.is_(None),
                Video.uploaded_at < cutoff,
            )
            .order_by(Video.id)
        ).all()
        for v in stale:
            vid, uploaded_at, path = v.id, v.uploaded_at, Path(v.stored_path).resolve()
            audit(db, actor, "purge", "video", vid)
            db.delete(v)
            db.commit()  # the row first: no row is ever left pointing at a deleted file
            removed = False
            # Only files of the uploads folder are ever deleted.
            if path.parent == videos_dir and path.is_file():
                path.unlink()
                removed = True
            out.append(Purged(vid, uploaded_at, removed))
    if out:
        log.info("upload retention: removed %d unattached uploads", len(out))
    return out
