"""``GET /api/audit?before_id=&limit=&actor=&patient=&action=&since=&until=``: the audit
log, newest first; admins only. ``actor`` is an account's e-mail (or a system actor such
as ``cli``), ``patient`` a patient id or MRN (lines about that patient), ``since`` and
``until`` days (UTC)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel

from hfs.services.audit_log import read_audit_log
from hfs.web.policy import CurrentAdmin, SessionDep
from hfs.web.schemas import Line

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
    actor: Annotated[Line | None, Query(max_length=320)] = None,
    patient: Annotated[Line | None, Query(max_length=64)] = None,
    action: Annotated[str | None, Query(max_length=40, pattern=r"^[a-z_]+$")] = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[AuditPublic]:
    rows = read_audit_log(
        db,
        user.actor,
        before_id=before_id,
        limit=limit,
        by=actor,
        patient=patient,
        action=action,
        since=since,
        until=until,
    )
    return [AuditPublic.model_validate(r, from_attributes=True) for r in rows]
