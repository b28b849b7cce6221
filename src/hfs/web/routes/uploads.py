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
from typing import Literal

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from hfs.services import uploads as service
from hfs.storage.clinic_store import Actor
from hfs.video.intake import MAX_UPLOAD_BYTES
from hfs.web.analyses import submit_video
from hfs.web.i18n import translations
from hfs.web.policy import PUBLIC, SessionDep
from hfs.web.security import client_address
from hfs.web.upload_io import new_temp_file, receive_to, upload_gate

router = APIRouter(prefix="/api/uploads", tags=["uploads"], dependencies=[Depends(PUBLIC)])


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
        await run_in_threadpool(
            service.rate_check, sessions, actor.client, settings.uploads_per_hour
        )
        tmp = await run_in_threadpool(new_temp_file, settings)
        try:
            rec = await receive_to(request, tmp, max_bytes)
            accepted = await run_in_threadpool(
                service.accept_video, tmp, settings.videos_dir, max_bytes=max_bytes
            )
        except BaseException:
            tmp.unlink(missing_ok=True)  # first, before any await: also when cancelled
            with contextlib.suppress(Exception):
                await run_in_threadpool(service.audit_refused, sessions, actor)
            raise
        finally:
            tmp.unlink(missing_ok=True)
    video = await run_in_threadpool(
        service.store_video, sessions, accepted, actor, service.request_note_of(rec.fields)
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
    return service.upload_status(db, token, _translator(lang))
