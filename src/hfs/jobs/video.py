"""The video analysis job: ``queued -> running (progress 0..1) -> done | failed``."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from hfs.jobs.files import write_private
from hfs.jobs.lifecycle import requeue_unfinished as _requeue
from hfs.jobs.lifecycle import run_job, run_remote
from hfs.storage.clinic_store import Actor
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
    executor=None,
) -> str | None:
    """Analyse the stored video of row ``video_id``; status and progress go on the row,
    and the full HTML report into ``reports_dir`` (see :func:`report_path`) when given.
    Returns what :func:`hfs.jobs.lifecycle.run_job` does (``"queued"`` when the cluster
    went away and the row is queued again).

    With an ``executor`` (a Dask cluster: :mod:`hfs.executor`) the analysis runs there
    as a pure task and comes back as a dict and the report's text, which are written
    here; without one it runs in this thread, with its progress on the row.
    ``analyze`` defaults to :func:`hfs.video.analysis.analyze_video` (tests may pass a
    stand-in with the same signature; in-process only).
    """

    def work(job: tuple[Path, bool]) -> dict:
        path, mirrored = job
        if executor is not None:
            out = run_remote(
                executor,
                "video",
                path,
                {"report": reports_dir is not None, "mirrored": mirrored},
                progress=_progress(sessions, video_id),
            )
            if reports_dir is not None and out.get("report_html") is not None:
                name = report_path(reports_dir, path).name
                write_private(reports_dir, name, out["report_html"])
            return out["analysis"]
        # Passed only when set: stand-in analyzers without the argument keep working.
        extra = {"mirrored": True} if mirrored else {}
        analysis = (analyze or _analyze_video)(
            path, progress=_progress(sessions, video_id), **extra
        )
        if reports_dir is not None:
            save_report(analysis, path, reports_dir)
        return analysis.to_dict()

    def finish(db: Session, row: Video, result: dict | None) -> None:
        row.analysis = result
        row.progress = 1.0 if result is not None else row.progress

    return run_job(
        sessions,
        Video,
        video_id,
        actor=SYSTEM,
        target="video",
        claim_values={"progress": 0.0},
        load=lambda row: (Path(row.stored_path), _mirrored(row)),
        work=work,
        finish=finish,
        unexpected="the analysis failed unexpectedly; please try again or contact the clinic",
    )


def _mirrored(row: Video) -> bool:
    """The upload's "who filmed" answer, kept in the row until the analysis replaces it."""
    note = row.analysis if isinstance(row.analysis, dict) else {}
    return bool((note.get("request") or {}).get("mirrored", False))


def _analyze_video(path, progress=None, mirrored=False):
    from hfs.video.analysis import analyze_video

    return analyze_video(path, progress=progress, mirrored=mirrored)


def _progress(sessions: sessionmaker[Session], video_id: int):
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

    return progress


def requeue_unfinished(sessions: sessionmaker[Session]) -> list[int]:
    """Ids of videos left queued or running by a previous process, set back to queued."""
    return _requeue(sessions, Video, progress=0.0)
