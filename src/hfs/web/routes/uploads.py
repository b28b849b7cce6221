"""Patients' video uploads (no login) and their analysis status.

``POST /api/uploads`` (multipart/form-data, the file in field ``video``): the body is
streamed to a private temporary file and refused with 413 as soon as it passes 200 MB;
:func:`hfs.video.intake.accept_upload` checks it by content and stores a clean copy
under a random name in ``HFS_DATA_DIR/videos``; the temporary file is always removed.
A background job analyses it. Answer 202 ``{"token", "status", "status_url"}``.

``GET /api/uploads/{token}``: ``{"status": queued|running|done|failed, "progress",
"error", "result"}``; ``result`` (when done) is the plain-language summary and the
measured figures. The token is random (144 bits) and the only handle a patient gets:
it shows that one video's status and nothing about any patient.
"""

from __future__ import annotations

import os
import re
import secrets
import tempfile
from pathlib import Path

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from python_multipart.multipart import MultipartParser, parse_options_header
from sqlalchemy import select

from hfs.errors import InputError, NotFoundError, ThrottledError, TooLargeError
from hfs.jobs.video import analyze_stored_video, mirrored_from_form, request_note
from hfs.reports.plain import event_plot, plain_summary
from hfs.storage.accounts import utcnow
from hfs.storage.clinic_store import Actor, audit, recent_actions
from hfs.storage.models import Video
from hfs.video.intake import MAX_UPLOAD_BYTES, accept_upload
from hfs.web.deps import SettingsDep
from hfs.web.policy import PUBLIC, SessionDep
from hfs.web.security import client_address

router = APIRouter(prefix="/api/uploads", tags=["uploads"], dependencies=[Depends(PUBLIC)])

FIELD = "video"
MAX_OTHER_FIELD_BYTES = 16 * 1024
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")


class _Receiver:
    """Callbacks for the streaming multipart parser: the ``video`` part goes to a file."""

    def __init__(self, out, max_bytes: int, field: str = FIELD, too_large: str | None = None):
        self.out, self.max_bytes = out, max_bytes
        self.field = field
        self.too_large = too_large or (
            f"the video is larger than {max_bytes / 2**20:.0f} MB; "
            "send a shorter clip (30-60 s is best)"
        )
        self.fields: dict[str, bytes] = {}  # the other (small) fields' values
        self.header_field = b""
        self.header_value = b""
        self.headers: dict[bytes, bytes] = {}
        self.name: str | None = None
        self.video_parts = 0
        self.video_bytes = 0
        self.other_bytes = 0

    def on_part_begin(self) -> None:
        self.headers, self.name = {}, None

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self.header_field += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self.header_value += data[start:end]

    def on_header_end(self) -> None:
        self.headers[self.header_field.lower()] = self.header_value
        self.header_field, self.header_value = b"", b""

    def on_headers_finished(self) -> None:
        _, opts = parse_options_header(self.headers.get(b"content-disposition", b""))
        self.name = opts.get(b"name", b"").decode("latin-1")
        if self.name == self.field:
            self.video_parts += 1
            if self.video_parts > 1:
                raise InputError(f"send one file at a time in the field {self.field!r}")

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        n = end - start
        if self.name == self.field:
            self.video_bytes += n
            if self.video_bytes > self.max_bytes:
                raise TooLargeError(self.too_large)
            self.out.write(data[start:end])
        else:
            self.other_bytes += n
            if self.other_bytes > MAX_OTHER_FIELD_BYTES:
                raise InputError(
                    f"the form has too much data besides the file (send the file in the field {self.field!r})"
                )
            if self.name:
                self.fields[self.name] = self.fields.get(self.name, b"") + data[start:end]

    def callbacks(self) -> dict:
        return {
            "on_part_begin": self.on_part_begin,
            "on_header_field": self.on_header_field,
            "on_header_value": self.on_header_value,
            "on_header_end": self.on_header_end,
            "on_headers_finished": self.on_headers_finished,
            "on_part_data": self.on_part_data,
        }


async def _receive_to(
    request: Request,
    path: Path,
    max_bytes: int,
    *,
    field: str = FIELD,
    what: str = "video",
    too_large: str | None = None,
) -> _Receiver:
    """Stream the multipart body's ``field`` into ``path``; the receiver (sizes, other
    fields) is returned. Refused with 413 as soon as the file passes ``max_bytes``."""
    mime, opts = parse_options_header(request.headers.get("content-type", ""))
    boundary = opts.get(b"boundary")
    if mime != b"multipart/form-data" or not boundary:
        raise InputError(f"send the {what} as multipart/form-data in the field {field!r}")
    with open(path, "wb") as out:
        rec = _Receiver(out, max_bytes, field, too_large)
        parser = MultipartParser(boundary, rec.callbacks())
        try:
            async for chunk in request.stream():
                parser.write(chunk)
            parser.finalize()
        except (InputError, TooLargeError):
            raise
        except Exception:
            raise InputError("the upload is not a well-formed multipart form") from None
    if rec.video_parts == 0 or rec.video_bytes == 0:
        raise InputError(f"no {what} in the form (expected a file in the field {field!r})")
    return rec


def _check_rate(db, client: str, per_hour: int) -> None:
    """Refuse a client address that sent ``per_hour`` uploads in the last hour (audit log)."""
    if recent_actions(db, action="upload", object_type="video", client=client) >= per_hour:
        raise ThrottledError("too many uploads from this address; please try again in an hour")


@router.post("", status_code=202)
async def upload_video(request: Request, settings: SettingsDep, db: SessionDep) -> JSONResponse:
    max_bytes = getattr(request.app.state, "max_upload_bytes", MAX_UPLOAD_BYTES)
    tmp_dir = settings.data_dir / "tmp"
    tmp_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=tmp_dir, suffix=".upload")
    os.close(fd)
    tmp = Path(name)
    actor = Actor("anonymous", "patient upload", None, client_address(request))
    _check_rate(db, actor.client, settings.uploads_per_hour)
    try:
        rec = await _receive_to(request, tmp, max_bytes)
        accepted = await run_in_threadpool(
            accept_upload, tmp, settings.videos_dir, max_bytes=max_bytes
        )
    except Exception:
        audit(db, actor, "upload", "video", None, "error")
        db.commit()
        raise
    finally:
        tmp.unlink(missing_ok=True)
    try:
        video = Video(
            token=secrets.token_urlsafe(18),
            stored_path=str(accepted.path),
            content_type="video/webm" if accepted.path.suffix == ".webm" else "video/mp4",
            original_bytes=accepted.original_bytes,
            uploaded_at=utcnow(),
            status="queued",
            progress=0.0,
            analysis=request_note(mirrored_from_form(rec.fields)),
        )
        db.add(video)
        db.flush()
        audit(db, actor, "upload", "video", video.id)
        db.commit()
    except Exception:
        db.rollback()
        accepted.path.unlink(missing_ok=True)
        raise
    request.app.state.jobs.submit(
        analyze_stored_video,
        request.app.state.sessions,
        video.id,
        analyze=getattr(request.app.state, "video_analyzer", None),
        reports_dir=request.app.state.settings.reports_dir,
    )
    return JSONResponse(
        {
            "token": video.token,
            "status": "queued",
            "status_url": f"/api/uploads/{video.token}",
        },
        status_code=202,
    )


@router.get("/{token}")
def upload_status(token: str, db: SessionDep) -> dict:
    v = db.scalar(select(Video).where(Video.token == token)) if _TOKEN.match(token) else None
    if v is None:
        raise NotFoundError("no such upload (the link may be mistyped)")
    out = {"status": v.status, "progress": round(v.progress, 3), "error": v.error, "result": None}
    if v.status == "done" and v.analysis:
        s = v.analysis.get("summary", {})
        out["result"] = {
            **plain_summary(v.analysis),
            "plot": event_plot(v.analysis),
            "measures": {
                k: s.get(k)
                for k in (
                    "affected_side",
                    "spasms_per_min",
                    "spasm_time_fraction",
                    "longest_spasm_s",
                    "blinks_per_min",
                    "n_spasms",
                    "n_blinks",
                )
            },
        }
    return out
