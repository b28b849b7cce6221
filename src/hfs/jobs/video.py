"""The video analysis job: ``queued -> running (progress 0..1) -> done | failed``."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from hfs.errors import HFSError
from hfs.jobs.files import write_private
from hfs.storage.accounts import utcnow
from hfs.storage.clinic_store import Actor, audit
from hfs.storage.models import Video

log = logging.getLogger(__name__)
SYSTEM = Actor("system", "video-analysis job")


def report_path(reports_dir: Path, stored_video: str | Path) -> Path:
    """Where the clinicians' HTML report of a stored video is kept: named after the
    video's own random file name, so it needs no column and no other handle."""
    return reports_dir / f"video-{Path(stored_video).stem}.html"


def save_report(result, stored_video: str | Path, reports_dir: Path) -> Path | None:
    """Write the full HTML report (traces, events, the strongest-spasm frame) of a
    :class:`~hfs.video.analysis.VideoAnalysis`, which needs the per-frame signals and
    the video that the stored JSON does not keep. None for anything else (a test's
    stand-in analysis)."""
    from hfs.reports.video import render_report
    from hfs.video.analysis import VideoAnalysis

    if not isinstance(result, VideoAnalysis):
        return None
    name = report_path(reports_dir, stored_video).name
    return write_private(reports_dir, name, render_report(result))


#: The upload form's answer to "who filmed?": the front camera saves a mirrored selfie.
FILMED_BY = {
    "self-front": True,  # "I filmed myself with the front camera"
    "other-or-back": False,  # "someone else filmed me, or the back camera"
    "browser": False,  # recorded on the page: the camera's own picture, never mirrored
}


def mirrored_from_form(fields: dict[str, bytes]) -> bool:
    """Whether an upload is a mirrored selfie, from its form's ``filmed_by`` field.

    Unknown or missing answers count as not mirrored (the analysis says which
    convention it applied, so a wrong guess is visible)."""
    value = fields.get("filmed_by", b"").decode("ascii", "replace").strip()
    return FILMED_BY.get(value, False)


def request_note(mirrored: bool) -> dict:
    """What the job must know about a stored video until its analysis replaces it: kept
    in the row's analysis column, so a job requeued after a restart still knows."""
    return {"request": {"mirrored": bool(mirrored)}}


def analyze_stored_video(
    sessions: sessionmaker[Session],
    video_id: int,
    *,
    analyze=None,
    reports_dir: Path | None = None,
) -> None:
    """Analyse the stored video of row ``video_id``; status and progress go on the row,
    and the full HTML report into ``reports_dir`` (see :func:`report_path`) when given.

    ``analyze`` defaults to :func:`hfs.video.analysis.analyze_video` (tests may pass a
    stand-in with the same signature).
    """
    if analyze is None:
        from hfs.video.analysis import analyze_video as analyze

    with sessions() as db:
        # Claim the job atomically: with several server processes only one runs it.
        claimed = db.execute(
            update(Video)
            .where(Video.id == video_id, Video.status == "queued")
            .values(status="running", progress=0.0)
        ).rowcount
        db.commit()
        if claimed != 1:
            return
        row = db.get(Video, video_id)
        path = Path(row.stored_path)
        note = row.analysis if isinstance(row.analysis, dict) else {}
        mirrored = bool((note.get("request") or {}).get("mirrored", False))

    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] < 0.5 or total <= 0:
            return
        last[0] = now
        with sessions() as db:
            row = db.get(Video, video_id)
            if row is not None:
                row.progress = round(min(0.99, done / total), 3)
                db.commit()

    status, error, result = "failed", None, None
    try:
        # Passed only when set: stand-in analyzers without the argument keep working.
        extra = {"mirrored": True} if mirrored else {}
        analysis = analyze(path, progress=progress, **extra)
        result = analysis.to_dict()
        if reports_dir is not None:
            save_report(analysis, path, reports_dir)
        status = "done"
    except HFSError as exc:
        error = exc.message
    except Exception:
        log.exception("video analysis %d failed", video_id)
        error = "the analysis failed unexpectedly; please try again or contact the clinic"
    with sessions() as db:
        row = db.get(Video, video_id)
        if row is None:
            return
        row.status, row.error, row.analysis = status, error, result
        row.progress = 1.0 if status == "done" else row.progress
        row.finished_at = utcnow()
        audit(db, SYSTEM, "analyze", "video", video_id, "ok" if status == "done" else "error")
        db.commit()


def requeue_unfinished(sessions: sessionmaker[Session]) -> list[int]:
    """Ids of videos left queued or running by a previous process, set back to queued."""
    with sessions() as db:
        rows = list(db.scalars(select(Video).where(Video.status.in_(("queued", "running")))))
        for r in rows:
            r.status, r.progress = "queued", 0.0
        db.commit()
        return [r.id for r in rows]
