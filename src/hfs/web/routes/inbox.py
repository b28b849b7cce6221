"""The clinic inbox: contact requests (new -> contacted -> scheduled -> closed) and feedback.

``GET /api/inbox/contact-requests?status=``, ``PATCH /api/inbox/contact-requests/{id}``
``{"status"}`` (a step back is 409), ``GET /api/inbox/feedback``; staff and clinicians.
Contact requests carry personal data, so each read and change is audited.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, ConfigDict

from hfs.storage import clinic_store as store
from hfs.web.policy import CurrentInboxUser, SessionDep

router = APIRouter(prefix="/api/inbox", tags=["inbox"])

MAX_ID = 2**31 - 1
Status = Literal["new", "contacted", "scheduled", "closed"]


class ContactRequestPublic(BaseModel):
    id: int
    reference: str
    name: str
    phone: str
    email: str
    preferred_time: str
    from_date: str
    reason: str
    source: str
    status: str
    created_at: dt.datetime | None


class StatusChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Status


class FeedbackPublic(BaseModel):
    id: int
    rating: int
    comment: str
    created_at: dt.datetime | None


def _public(r) -> ContactRequestPublic:
    return ContactRequestPublic.model_validate(r, from_attributes=True)


@router.get("/contact-requests", response_model=list[ContactRequestPublic])
def list_contact_requests(
    user: CurrentInboxUser, db: SessionDep, status: Status | None = Query(default=None)
) -> list[ContactRequestPublic]:
    rows = store.contact_requests(db, status)
    store.audit(db, user.actor, "list", "contact_request", None)
    db.commit()
    return [_public(r) for r in rows]


@router.patch("/contact-requests/{request_id}", response_model=ContactRequestPublic)
def change_status(
    body: StatusChange,
    user: CurrentInboxUser,
    db: SessionDep,
    request_id: int = Path(ge=1, le=MAX_ID),
) -> ContactRequestPublic:
    try:
        row = store.set_contact_status(db, request_id, body.status)
    except Exception:
        db.rollback()
        store.audit(db, user.actor, "update", "contact_request", request_id, "error")
        db.commit()
        raise
    store.audit(db, user.actor, "update", "contact_request", request_id)
    db.commit()
    return _public(row)


@router.get("/feedback", response_model=list[FeedbackPublic])
def list_feedback(user: CurrentInboxUser, db: SessionDep) -> list[FeedbackPublic]:
    rows = store.feedback_list(db)
    store.audit(db, user.actor, "list", "feedback", None)
    db.commit()
    return [FeedbackPublic.model_validate(r, from_attributes=True) for r in rows]
