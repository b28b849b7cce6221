"""``GET /api/audit?before_id=&limit=``: the audit log, newest first; admins only."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Query
from pydantic import BaseModel

from hfs.storage import clinic_store as store
from hfs.web.policy import CurrentAdmin, SessionDep

router = APIRouter(prefix="/api/audit", tags=["audit"])


class AuditPublic(BaseModel):
    id: int
    at: dt.datetime
    actor_type: str
    actor_id: int | None
    actor: str
    action: str
    object_type: str
    object_id: str | None
    outcome: str
    client: str | None


@router.get("", response_model=list[AuditPublic])
def audit_log(
    user: CurrentAdmin,
    db: SessionDep,
    before_id: int | None = Query(default=None, ge=1, le=2**62),
    limit: int = Query(default=100, ge=1, le=1000),
) -> list[AuditPublic]:
    rows = store.audit_entries(db, limit=limit, before_id=before_id)
    out = [AuditPublic.model_validate(r, from_attributes=True) for r in rows]
    store.audit(db, user.actor, "read", "audit_log", None)
    db.commit()
    return out
