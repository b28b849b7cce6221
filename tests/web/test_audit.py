"""The audit log: written for every read, change and export of patient data; append-only."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy import select

from hfs.errors import AppendOnlyError
from hfs.storage.models import AuditEntry
from tests.clinicapp import PATIENT


def _log(clinic) -> list[AuditEntry]:
    with clinic.sessions() as db:
        return list(db.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_reads_changes_and_exports_are_audited_without_personal_values(
    clinic, clinician, patient_id
):
    clinician.get("/api/patients?q=Testperson")
    clinician.get(f"/api/patients/{patient_id}")
    clinician.post(
        f"/api/patients/{patient_id}/scales",
        json={"scored_on": "2026-01-05", "jrs_severity": 2, "jrs_frequency": 2},
    )
    clinician.get(f"/api/patients/{patient_id}/fhir")
    rows = _log(clinic)
    seen = {(r.action, r.object_type, r.outcome) for r in rows}
    for expected in [
        ("create", "patient", "ok"),
        ("search", "patient", "ok"),
        ("read", "patient", "ok"),
        ("create", "scale", "ok"),
        ("export", "patient", "ok"),
        ("login", "user", "ok"),
    ]:
        assert expected in seen, expected
    assert all(r.actor == "clinician@clinic.example" for r in rows if r.actor_type == "user")
    text = " ".join(str(v) for r in rows for v in vars(r).values())
    for phi in (PATIENT["mrn"], PATIENT["family_name"], "Alma", "1961-05-02"):
        assert phi not in text


def test_denied_access_is_audited(clinic, staff, patient_id):
    assert staff.get(f"/api/patients/{patient_id}").status_code == 403
    denied = [r for r in _log(clinic) if r.outcome == "denied"]
    assert denied and denied[-1].actor == "staff@clinic.example"


def test_failed_validation_is_audited_as_error(clinic, clinician, patient_id):
    r = clinician.post(
        f"/api/patients/{patient_id}/injections",
        json={"given_on": "2026-01-05", "product": "x", "total_units": -5, "side": "left"},
    )
    assert r.status_code == 400 and "total_units" in r.json()["detail"]
    assert ("create", "injection", "error") in {
        (e.action, e.object_type, e.outcome) for e in _log(clinic)
    }


def test_only_admins_read_the_audit_log(clinic, admin, clinician):
    assert clinician.get("/api/audit").status_code == 403
    r = admin.get("/api/audit?limit=5")
    assert r.status_code == 200
    assert {"at", "actor", "action", "object_type", "object_id", "outcome"} <= set(r.json()[0])


def test_audit_rows_cannot_be_changed_through_the_app(clinic, clinician):
    with clinic.sessions() as db:
        row = db.scalars(select(AuditEntry)).first()
        row.outcome = "denied"
        with pytest.raises(AppendOnlyError):
            db.commit()
        db.rollback()
        row = db.scalars(select(AuditEntry)).first()
        db.delete(row)
        with pytest.raises(AppendOnlyError):
            db.commit()


@pytest.mark.parametrize(
    "sql", ["UPDATE audit_log SET outcome = 'denied'", "DELETE FROM audit_log"]
)
def test_audit_rows_cannot_be_changed_in_the_database(clinic, clinician, sql):
    engine = clinic.app.state.db_engine
    with pytest.raises(sa.exc.DatabaseError, match="append-only"), engine.begin() as conn:
        conn.exec_driver_sql(sql)
    assert len(_log(clinic)) >= 1
