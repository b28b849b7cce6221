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

import contextlib
import os
import re
import secrets
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Literal

import anyio
from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from python_multipart.multipart import MultipartParser, parse_options_header
from sqlalchemy import select

from hfs.errors import InputError, NotFoundError, ThrottledError, TooLargeError
from hfs.jobs.video import mirrored_from_form, request_note
from hfs.reports.plain import event_plot, plain_summary
from hfs.storage.accounts import utcnow
from hfs.storage.clinic_store import Actor, audit, recent_actions
from hfs.storage.models import Video
from hfs.storage.private import TMP_DIR, make_private, private_dir
from hfs.video.intake import MAX_UPLOAD_BYTES, accept_upload
from hfs.web.analyses import submit_video
from hfs.web.i18n import translations
from hfs.web.policy import PUBLIC, SessionDep
from hfs.web.security import client_address

router = APIRouter(prefix="/api/uploads", tags=["uploads"], dependencies=[Depends(PUBLIC)])

FIELD = "video"
MAX_OTHER_FIELD_BYTES = 16 * 1024
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
#: The received body is written to disk (in a worker thread) in pieces of this size.
WRITE_BYTES = 1 << 20


class UploadTimeoutError(InputError):
    """The upload's body stalled or took too long (the client is sent 408)."""

    http_status = 408


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


class UploadGate:
    """Uploads in progress in this server process: at most ``per_client`` per client
    address and ``total`` in all; one more is refused with 429 before its body is read.

    Counted in the event loop (no await between the check and the count), so no lock."""

    def __init__(self, per_client: int, total: int):
        self.per_client, self.total = per_client, total
        self.by_client: dict[str, int] = {}
        self.in_progress = 0

    @contextlib.contextmanager
    def slot(self, client: str) -> Iterator[None]:
        if self.by_client.get(client, 0) >= self.per_client:
            raise ThrottledError(
                "this address already has uploads in progress; wait for them to finish"
            )
        if self.in_progress >= self.total:
            raise ThrottledError("the server is receiving many uploads; please try again soon")
        self.by_client[client] = self.by_client.get(client, 0) + 1
        self.in_progress += 1
        try:
            yield
        finally:
            self.in_progress -= 1
            left = self.by_client[client] - 1
            if left:
                self.by_client[client] = left
            else:
                del self.by_client[client]


def upload_gate(app) -> UploadGate:
    gate = getattr(app.state, "upload_gate", None)
    if gate is None:
        s = app.state.settings
        gate = app.state.upload_gate = UploadGate(
            s.uploads_in_progress_per_client, s.uploads_in_progress
        )
    return gate


async def _body_chunks(request: Request, idle_s: float, total_s: float) -> AsyncIterator[bytes]:
    """The request body as it arrives; an upload that sends nothing for ``idle_s``
    seconds, or takes longer than ``total_s`` in all, is refused (408)."""
    deadline = anyio.current_time() + total_s
    while True:
        wait = min(idle_s, deadline - anyio.current_time())
        if wait <= 0:
            raise UploadTimeoutError(
                f"the upload took longer than {total_s / 60:g} minutes; try a shorter clip"
            )
        with anyio.move_on_after(wait) as scope:
            message = await request.receive()
        if scope.cancelled_caught:
            raise UploadTimeoutError(
                f"the upload stopped sending for {idle_s:g} s; please send it again"
            )
        if message["type"] == "http.disconnect":
            raise InputError("the upload was interrupted before its end")
        body = message.get("body", b"")
        if body:
            yield body
        if not message.get("more_body", False):
            return


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
    fields) is returned. Refused with 413 as soon as the file passes ``max_bytes`` and
    with 408 when the body stalls (``HFS_UPLOAD_IDLE_SECONDS``) or takes too long
    (``HFS_UPLOAD_MAX_MINUTES``). Disk writes run in a worker thread, a megabyte at a
    time, so a slow disk never blocks the event loop; no database connection is held."""
    mime, opts = parse_options_header(request.headers.get("content-type", ""))
    boundary = opts.get(b"boundary")
    if mime != b"multipart/form-data" or not boundary:
        raise InputError(f"send the {what} as multipart/form-data in the field {field!r}")
    settings = request.app.state.settings
    buf = _Buffer()
    with open(path, "wb") as out:
        rec = _Receiver(buf, max_bytes, field, too_large)
        parser = MultipartParser(boundary, rec.callbacks())
        try:
            async for chunk in _body_chunks(
                request, settings.upload_idle_seconds, settings.upload_max_minutes * 60
            ):
                parser.write(chunk)
                if len(buf.data) >= WRITE_BYTES:
                    await run_in_threadpool(buf.flush_to, out)
            parser.finalize()
            await run_in_threadpool(buf.flush_to, out)
        except (InputError, TooLargeError):
            raise
        except Exception:
            raise InputError("the upload is not a well-formed multipart form") from None
    if rec.video_parts == 0 or rec.video_bytes == 0:
        raise InputError(f"no {what} in the form (expected a file in the field {field!r})")
    return rec


class _Buffer:
    """What the parser wrote since the last flush (written to disk off the event loop)."""

    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, b: bytes) -> None:
        self.data += b

    def flush_to(self, out) -> None:
        out.write(self.data)
        out.flush()
        self.data = bytearray()


def new_temp_file(settings) -> Path:
    """A private (0600) empty temp file under ``HFS_DATA_DIR/tmp`` (0700)."""
    tmp_dir = private_dir(settings.data_dir / TMP_DIR)
    fd, name = tempfile.mkstemp(dir=tmp_dir, suffix=".upload")  # mode 0600
    os.close(fd)
    return Path(name)


def _rate_check(sessions, client: str, per_hour: int) -> None:
    """Refuse a client address that sent ``per_hour`` uploads in the last hour (audit log)."""
    with sessions() as db:
        if recent_actions(db, action="upload", object_type="video", client=client) >= per_hour:
            raise ThrottledError("too many uploads from this address; please try again in an hour")


def _audit_failure(sessions, actor: Actor) -> None:
    with sessions() as db:
        audit(db, actor, "upload", "video", None, "error")
        db.commit()


def _store_row(sessions, accepted, actor: Actor, note: dict | None = None) -> Video:
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


@router.post("", status_code=202)
async def upload_video(request: Request) -> JSONResponse:
    # No database session is taken for the request: the body may take minutes to
    # arrive, and each database step below runs in a worker thread with its own
    # short session.
    app = request.app
    settings = app.state.settings
    sessions = app.state.sessions
    max_bytes = getattr(app.state, "max_upload_bytes", MAX_UPLOAD_BYTES)
    actor = Actor("anonymous", "patient upload", None, client_address(request))
    with upload_gate(app).slot(actor.client):
        await run_in_threadpool(_rate_check, sessions, actor.client, settings.uploads_per_hour)
        tmp = await run_in_threadpool(new_temp_file, settings)
        try:
            rec = await _receive_to(request, tmp, max_bytes)
            videos_dir = await run_in_threadpool(private_dir, settings.videos_dir)
            accepted = await run_in_threadpool(accept_upload, tmp, videos_dir, max_bytes=max_bytes)
            await run_in_threadpool(make_private, accepted.path)
        except BaseException:
            tmp.unlink(missing_ok=True)  # first, before any await: also when cancelled
            with contextlib.suppress(Exception):
                await run_in_threadpool(_audit_failure, sessions, actor)
            raise
        finally:
            tmp.unlink(missing_ok=True)
    video = await run_in_threadpool(
        _store_row, sessions, accepted, actor, request_note(mirrored_from_form(rec.fields))
    )
    submit_video(app, video.id)
    return JSONResponse(
        {
            "token": video.token,
            "status": "queued",
            "status_url": f"/api/uploads/{video.token}",
        },
        status_code=202,
    )


def _translator(lang: str):
    t = translations(lang)
    return t.gettext, t.ngettext


@router.get("/{token}")
def upload_status(token: str, db: SessionDep, lang: Literal["en", "es"] = "en") -> dict:
    """The upload's status; ``result`` in ``lang`` (the Spanish page asks for "es")."""
    v = db.scalar(select(Video).where(Video.token == token)) if _TOKEN.match(token) else None
    if v is None:
        raise NotFoundError("no such upload (the link may be mistyped)")
    out = {"status": v.status, "progress": round(v.progress, 3), "error": v.error, "result": None}
    if v.status == "done" and v.analysis:
        s = v.analysis.get("summary", {})
        out["result"] = {
            **plain_summary(v.analysis, *_translator(lang)),
            "plot": event_plot(v.analysis, *_translator(lang)),
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
