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

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from hfs.jobs.video import report_path
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
    unattached = (Video.patient_id.is_(None), Video.contact_request_id.is_(None))
    with sessions() as db:
        stale = db.execute(
            select(Video.id, Video.uploaded_at, Video.stored_path)
            .where(*unattached, Video.uploaded_at < cutoff)
            .order_by(Video.id)
        ).all()
        for vid, uploaded_at, stored in stale:
            # Deleted only if still unattached: a clinician may attach it meanwhile, and
            # another server process may be purging at the same moment.
            gone = db.execute(delete(Video).where(Video.id == vid, *unattached)).rowcount
            if gone != 1:
                db.rollback()
                continue
            audit(db, actor, "purge", "video", vid)
            db.commit()  # the row first: no row is ever left pointing at a deleted file
            path = Path(stored).resolve()
            removed = False
            # Only files of the uploads folder are ever deleted.
            if path.parent == videos_dir and path.is_file():
                path.unlink(missing_ok=True)
                removed = True
            report_path(settings.reports_dir, path).unlink(missing_ok=True)
            out.append(Purged(vid, uploaded_at, removed))
    if out:
        log.info("upload retention: removed %d unattached uploads", len(out))
    return out
