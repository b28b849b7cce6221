"""Patients' video uploads (no login): rate limit, the stored row, its status.

The web shell streams the body into a private temporary file and
:func:`hfs.video.intake.accept_upload` keeps a clean copy; these functions write the
row and its audit line (or the refusal's), and read an upload back by its token,
the only handle a patient gets. The analysis is queued by the caller
(:mod:`hfs.services.analyses`).
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hfs.errors import ConflictError, NotFoundError, ThrottledError
from hfs.storage.accounts import utcnow
from hfs.storage.clinic_store import Actor, audit, recent_actions
from hfs.storage.models import Video
from hfs.storage.private import make_private, private_dir

_TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
#: The figures a patient's status answer carries besides the plain-language summary.
MEASURES = (
    "affected_side",
    "spasms_per_min",
    "spasm_time_fraction",
    "longest_spasm_s",
    "blinks_per_min",
    "n_spasms",
    "n_blinks",
)


def accept_video(tmp: Path, videos_dir: Path, *, max_bytes: int):
    """Check the received file by content and keep a clean copy under a random name in
    the (private) videos folder: :func:`hfs.video.intake.accept_upload`'s answer."""
    from hfs.video.intake import accept_upload

    accepted = accept_upload(tmp, private_dir(videos_dir), max_bytes=max_bytes)
    make_private(accepted.path)
    return accepted


def rate_check(sessions: sessionmaker[Session], client: str, per_hour: int) -> None:
    """Refuse a client address that sent ``per_hour`` uploads in the last hour (audit log)."""
    with sessions() as db:
        if recent_actions(db, action="upload", object_type="video", client=client) >= per_hour:
            raise ThrottledError("too many uploads from this address; please try again in an hour")


def audit_refused(sessions: sessionmaker[Session], actor: Actor) -> None:
    with sessions() as db:
        audit(db, actor, "upload", "video", None, "error")
        db.commit()


def request_note_of(fields: dict[str, bytes]) -> dict | None:
    """What the upload form asked for (a mirrored camera), kept on the row for the job."""
    from hfs.jobs.video import mirrored_from_form, request_note

    return request_note(mirrored_from_form(fields))


def store_video(
    sessions: sessionmaker[Session], accepted, actor: Actor, note: dict | None = None
) -> Video:
    """The accepted upload's row (queued for analysis) and its audit line; committed.
    If the row cannot be written, the stored file is removed."""
    with sessions() as db:
        try:
            video = Video(
                token=secrets.token_urlsafe(18),
                stored_path=str(accepted.path),
                content_type="video/webm" if accepted.path.suffix == ".webm" else "video/mp4",
                original_bytes=accepted.original_bytes,
                uploaded_at=utcnow(),
                status="queued",
                progress=0.0,
                analysis=note,
            )
            db.add(video)
            db.flush()
            audit(db, actor, "upload", "video", video.id)
            db.commit()
        except BaseException:
            db.rollback()
            accepted.path.unlink(missing_ok=True)
            raise
    return video


def find_upload(db: Session, token: str) -> Video:
    """The upload of this token, or NotFoundError (a malformed token is not looked up)."""
    v = db.scalar(select(Video).where(Video.token == token)) if _TOKEN.match(token) else None
    if v is None:
        raise NotFoundError("no such upload (the link may be mistyped)")
    return v


def upload_to_send(db: Session, token: str) -> Video:
    """The upload a patient sends to the clinic: once only (ConflictError after)."""
    v = find_upload(db, token)
    if v.contact_request_id is not None:
        raise ConflictError("this video has already been sent to the clinic")
    return v


def upload_status(db: Session, token: str, translate: tuple | None = None) -> dict:
    """``{"status", "progress", "error", "result"}``; ``result`` (when done) is the
    plain-language summary, the event plot and the measured figures, in the language
    of ``translate`` (``(gettext, ngettext)``; English without it)."""
    from hfs.reports.plain import event_plot, plain_summary
    from hfs.reports.refusals import UNMEASURED, refusal_text

    tr = tuple(translate or ())

    v = find_upload(db, token)
    error = v.error  # stored in English
    if error and tr:
        # in the page's language; a sentence the catalog lacks is said generally
        # rather than in English (issue 18)
        error = refusal_text(error, tr[0]) or tr[0](UNMEASURED)
    out = {"status": v.status, "progress": round(v.progress, 3), "error": error, "result": None}
    if v.status == "done" and v.analysis:
        s = v.analysis.get("summary", {})
        out["result"] = {
            **plain_summary(v.analysis, *tr),
            "plot": event_plot(v.analysis, *tr),
            "measures": {k: s.get(k) for k in MEASURES},
        }
    return out
