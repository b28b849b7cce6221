"""A patient's electrodiagnostic recordings (EDF+/BDF+), analysed by :mod:`hfs.neurophys`.

===================================================  ========  ==========================
route                                                policy    does
===================================================  ========  ==========================
POST /api/patients/{id}/recordings                   CLINICAL  upload (multipart ``edf``)
GET  /api/patients/{id}/recordings                   CLINICAL  the patient's recordings
GET  /api/patients/{id}/recordings/{rid}             CLINICAL  status and summary
GET  /api/patients/{id}/recordings/{rid}/report      CLINICAL  the HTML report
===================================================  ========  ==========================

Upload: multipart/form-data with the file in field ``edf`` and optional fields
``recorded_on`` (YYYY-MM-DD) and ``kind`` (``diagnostic``, default, or ``intraop``);
send the session's CSRF token in ``X-CSRF-Token``. The body streams into a private
temporary file and is refused with 413 past ``HFS_RECORDING_MAX_BYTES``; the file is
checked by content (EDF/BDF header, MNE's header parse), whatever its name; a refused
file leaves no file and no row. Accepted files are kept under a random name in
``HFS_DATA_DIR/recordings`` and analysed by a background job. Answer 202
``{"id", "status", "status_url"}``.
"""

from __future__ import annotations

import contextlib
from pathlib import Path as FsPath
from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse

from hfs.services import recordings as service
from hfs.web.analyses import submit_recording
from hfs.web.deps import SettingsDep
from hfs.web.policy import CurrentClinician, SessionDep
from hfs.web.report_frame import download_name, with_patient
from hfs.web.templating import report_response
from hfs.web.upload_io import new_temp_file, receive_to, upload_gate

router = APIRouter(prefix="/api/patients", tags=["recordings"])

FIELD = "edf"
RecordingId = Annotated[int, Path(ge=1, le=2**31 - 1)]


@router.post("/{patient_id}/recordings", status_code=202)
async def upload_recording(
    patient_id: str,
    request: Request,
    user: CurrentClinician,
    settings: SettingsDep,
) -> JSONResponse:
    # As for patients' uploads: no database session is held while the body arrives;
    # each database step runs in a worker thread with its own short session.
    sessions = request.app.state.sessions
    actor = user.actor
    patient = await run_in_threadpool(service.patient_for_upload, sessions, actor, patient_id)
    max_bytes = settings.recording_max_bytes
    stored: FsPath | None = None
    with upload_gate(request.app).slot(user.client):
        tmp = await run_in_threadpool(new_temp_file, settings)
        try:
            rec = await receive_to(
                request,
                tmp,
                max_bytes,
                field=FIELD,
                what="recording",
                too_large=f"the recording is larger than {max_bytes / 2**20:.0f} MB",
            )
            kind, recorded_on = service.upload_options(rec.fields, patient)
            fmt = await run_in_threadpool(service.check_recording, tmp)
            stored = await run_in_threadpool(service.stored_path, settings.recordings_dir, fmt)
            service.keep_file(tmp, stored)
            row = await run_in_threadpool(
                lambda: service.store_recording(
                    sessions,
                    actor,
                    patient_id=patient.id,
                    user_id=user.user_id,
                    kind=kind,
                    fmt=fmt,
                    stored=stored,
                    original_bytes=rec.video_bytes,
                    recorded_on=recorded_on,
                )
            )
        except BaseException:
            tmp.unlink(missing_ok=True)  # first, before any await: also when cancelled
            if stored is not None:
                stored.unlink(missing_ok=True)
            with contextlib.suppress(Exception):
                await run_in_threadpool(service.audit_refused, sessions, actor)
            raise
        finally:
            tmp.unlink(missing_ok=True)
    submit_recording(request.app, row.id)
    return JSONResponse(
        {
            "id": row.id,
            "status": "queued",
            "status_url": f"/api/patients/{patient.id}/recordings/{row.id}",
        },
        status_code=202,
    )


@router.get("/{patient_id}/recordings")
def list_recordings(patient_id: str, user: CurrentClinician, db: SessionDep) -> list[dict]:
    return service.list_recordings(db, user.actor, patient_id)


@router.get("/{patient_id}/recordings/{recording_id}")
def recording_status(
    patient_id: str, recording_id: RecordingId, user: CurrentClinician, db: SessionDep
) -> dict:
    return service.recording_status(db, user.actor, patient_id, recording_id)


@router.get("/{patient_id}/recordings/{recording_id}/report", response_class=HTMLResponse)
def recording_report(
    patient_id: str,
    recording_id: RecordingId,
    user: CurrentClinician,
    settings: SettingsDep,
    db: SessionDep,
) -> HTMLResponse:
    patient, row, html = service.recording_report(
        db, user.actor, patient_id, recording_id, settings.reports_dir
    )
    day = row.recorded_on or row.uploaded_at.date()
    what = "monitoring recording" if row.kind == "intraop" else "recording"
    name = download_name(patient, "recording-report", day, row.id)
    return report_response(with_patient(html, patient, what, day), name)
