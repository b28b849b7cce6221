"""Patients and their records (JSON, clinic accounts only; every access audited).

==========================================  =============  ==================================
route                                       policy         does
==========================================  =============  ==================================
GET  /api/patients?q=&limit=&offset=        PATIENT_INDEX  list / search (name, MRN)
POST /api/patients                          PATIENT_INDEX  create
GET  /api/patients/{id}                     CLINICAL       detail: timeline, measures, scales
POST /api/patients/{id}/injections          CLINICAL       botulinum toxin session
POST /api/patients/{id}/medications         CLINICAL       medication
POST /api/patients/{id}/surgeries           CLINICAL       MVD with LSR outcome
POST /api/patients/{id}/scales              CLINICAL       JRS / SMC / HFS-7
POST /api/patients/{id}/neurophys           CLINICAL       LSR measurement
POST /api/patients/{id}/videos              CLINICAL       attach an uploaded video (its token)
GET  /api/patients/{id}/fhir                CLINICAL       FHIR R4B Bundle download
==========================================  =============  ==================================
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response
from pydantic import BaseModel, Field

from hfs.clinic.records import (
    Injection,
    Medication,
    MVDSurgery,
    NeurophysResult,
    PatientRecord,
    ScaleScore,
    event_date,
)
from hfs.services import corrections, records
from hfs.storage import clinic_store as store
from hfs.storage.models import Patient
from hfs.web.policy import CurrentClinician, CurrentIndexUser, Principal, SessionDep
from hfs.web.schemas import Line, StrictIn, Text, input_model

router = APIRouter(prefix="/api/patients", tags=["patients"])


_In = StrictIn


# The request models of the patient and the record types, derived from their
# declarations in hfs.clinic.records.
PatientCreate = input_model(PatientRecord)


class PatientPublic(BaseModel):
    id: str
    mrn: str
    family_name: str
    given_names: list[str]
    birth_date: dt.date
    sex: str
    affected_side: str

    @classmethod
    def of(cls, p: Patient) -> PatientPublic:
        return cls(
            id=p.id,
            mrn=p.mrn,
            family_name=p.family_name,
            given_names=list(p.given_names),
            birth_date=p.birth_date,
            sex=p.sex,
            affected_side=p.affected_side,
        )


InjectionCreate = input_model(Injection)
MedicationCreate = input_model(Medication)
SurgeryCreate = input_model(MVDSurgery)
ScaleCreate = input_model(ScaleScore)
NeurophysCreate = input_model(NeurophysResult)


class VideoAttach(_In):
    token: str = Field(min_length=16, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")
    recorded_on: dt.date | None = None


class Created(BaseModel):
    id: str


class EnteredInError(_In):
    record: str = Field(min_length=3, max_length=40, pattern=r"^[a-z]+-[0-9]{1,10}$")
    reason: Text = Field(min_length=3, max_length=500)


@router.get("", response_model=list[PatientPublic])
def list_patients(
    user: CurrentIndexUser,
    db: SessionDep,
    q: Annotated[Line, Query(max_length=100)] = "",
    limit: int = Query(default=50, ge=1, le=200),
    offset: int = Query(default=0, ge=0, le=1_000_000),
) -> list[PatientPublic]:
    rows = records.list_patients(db, user.actor, q, limit=limit, offset=offset)
    return [PatientPublic.of(p) for p in rows]


@router.post("", response_model=PatientPublic, status_code=201)
def create_patient(body: PatientCreate, user: CurrentIndexUser, db: SessionDep) -> PatientPublic:
    return PatientPublic.of(records.create_patient(db, user.actor, body.model_dump()))


def _timeline(r: store.PatientRecords) -> list[dict[str, Any]]:
    items: list[tuple[dt.date, str, dict]] = []
    for kind, records_ in r.by_kind().items():
        for rec in records_:
            items.append((getattr(rec, event_date(type(rec))[0]), kind, rec.to_dict()))
    items.sort(key=lambda t: (t[0], t[1]))
    return [{"date": d.isoformat(), "kind": k, "record": rec} for d, k, rec in items]


def in_error_list(r: store.PatientRecords) -> list[dict[str, Any]]:
    return [
        {"record_id": e.record_id, "at": e.at.isoformat(), "reason": e.reason}
        for e in sorted(r.in_error.values(), key=lambda e: (e.at, e.record_id))
    ]


@router.get("/{patient_id}")
def patient_detail(patient_id: str, user: CurrentClinician, db: SessionDep) -> dict:
    p, everything, pending = records.read_patient(db, user.actor, patient_id)
    r = everything.active()
    return {
        "patient": PatientPublic.of(p).model_dump(mode="json"),
        "timeline": _timeline(r),
        # Left out of the timeline and the figures; kept, and listed here.
        "entered_in_error": in_error_list(everything),
        "video_measures": [
            {
                "date": v.measured_on.isoformat(),
                "record_id": v.record_id,
                "spasms_per_min": v.spasms_per_min,
                "spasm_time_fraction": v.spasm_time_fraction,
                "affected_side": v.affected_side,
            }
            for v in r.videos
        ],
        "videos_pending": [
            {"id": v.id, "status": v.status, "progress": v.progress} for v in pending
        ],
        "note": "Video figures are measurements by software, not a diagnosis.",
    }


def _add(kind: str, patient_id: str, body: _In, user: Principal, db) -> Created:
    values = body.model_dump(mode="json")
    return Created(id=str(records.add_record(db, user.actor, kind, patient_id, values)))


@router.post("/{patient_id}/injections", response_model=Created, status_code=201)
def add_injection(patient_id: str, body: InjectionCreate, user: CurrentClinician, db: SessionDep):
    return _add("injection", patient_id, body, user, db)


@router.post("/{patient_id}/medications", response_model=Created, status_code=201)
def add_medication(patient_id: str, body: MedicationCreate, user: CurrentClinician, db: SessionDep):
    return _add("medication", patient_id, body, user, db)


@router.post("/{patient_id}/surgeries", response_model=Created, status_code=201)
def add_surgery(patient_id: str, body: SurgeryCreate, user: CurrentClinician, db: SessionDep):
    return _add("mvd", patient_id, body, user, db)


@router.post("/{patient_id}/scales", response_model=Created, status_code=201)
def add_scale(patient_id: str, body: ScaleCreate, user: CurrentClinician, db: SessionDep):
    return _add("scale", patient_id, body, user, db)


@router.post("/{patient_id}/neurophys", response_model=Created, status_code=201)
def add_neurophys(patient_id: str, body: NeurophysCreate, user: CurrentClinician, db: SessionDep):
    return _add("neurophys", patient_id, body, user, db)


@router.post("/{patient_id}/videos", response_model=Created)
def attach_video(patient_id: str, body: VideoAttach, user: CurrentClinician, db: SessionDep):
    video_id = records.attach_video(db, user.actor, patient_id, body.token, body.recorded_on)
    return Created(id=str(video_id))


@router.post("/{patient_id}/entered-in-error")
def mark_entered_in_error(
    patient_id: str, body: EnteredInError, user: CurrentClinician, db: SessionDep
) -> dict:
    """Mark one of the patient's records (``injection-3``, ``video-7``, ``recording-2``
    ...) entered in error, with the reason. Nothing is deleted; every row marked (a
    recording's derived LSR rows too) gets an audit line ``entered_in_error``."""
    marked = corrections.mark_entered_in_error(
        db, user.actor, user.user_id, patient_id, body.record, body.reason
    )
    return {"marked": marked}


@router.get("/{patient_id}/fhir")
def export_fhir(patient_id: str, user: CurrentClinician, db: SessionDep) -> Response:
    p, bundle = records.export_fhir(db, user.actor, patient_id)
    return Response(
        json.dumps(bundle, indent=1),
        media_type="application/fhir+json",
        headers={
            "Content-Disposition": f'attachment; filename="patient-{p.id}-fhir.json"',
            "Cache-Control": "no-store",
        },
    )
