"""Patients, records, inbox and FHIR export through the JSON API."""

from __future__ import annotations

import datetime as dt

from fhir.resources.R4B.bundle import Bundle

from hfs.storage.models import ContactRequest, Feedback
from tests.clinicapp import PATIENT


def _record_all(c, pid):
    calls = [
        (
            "injections",
            {
                "given_on": "2026-01-10",
                "product": "onabotulinumtoxinA",
                "total_units": 25,
                "side": "left",
                "sites": [
                    {"muscle": "orbicularis oculi", "side": "left", "units": 15},
                    {"muscle": "zygomaticus major", "side": "left", "units": 10},
                ],
            },
        ),
        (
            "medications",
            {"name": "carbamazepine", "dose": "200 mg twice daily", "start_date": "2025-06-01"},
        ),
        ("surgeries", {"performed_on": "2026-04-02", "side": "left", "lsr_outcome": "disappeared"}),
        (
            "scales",
            {
                "scored_on": "2026-01-10",
                "jrs_severity": 3,
                "jrs_frequency": 2,
                "smc_grade": 2,
                "hfs7_answers": [2, 1, 3, 2, 1, 0, 2],
            },
        ),
        (
            "neurophys",
            {
                "measured_on": "2026-04-02",
                "side": "left",
                "lsr_present": True,
                "onset_latency_ms": 9.4,
                "amplitude_uv": 150,
            },
        ),
    ]
    for kind, body in calls:
        r = c.post(f"/api/patients/{pid}/{kind}", json=body)
        assert r.status_code == 201, (kind, r.text)


def test_patient_timeline_and_fhir_export(clinician, patient_id):
    _record_all(clinician, patient_id)
    r = clinician.get(f"/api/patients/{patient_id}")
    assert r.status_code == 200
    d = r.json()
    assert d["patient"]["mrn"] == PATIENT["mrn"]
    kinds = [e["kind"] for e in d["timeline"]]
    assert kinds == ["medication", "injection", "scale", "mvd", "neurophys"]
    dates = [e["date"] for e in d["timeline"]]
    assert dates == sorted(dates)
    r = clinician.get(f"/api/patients/{patient_id}/fhir")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/fhir+json")
    assert "attachment" in r.headers["content-disposition"]
    bundle = Bundle.model_validate_json(r.content)
    types = {e.resource.get_resource_type() for e in bundle.entry}
    assert {"Patient", "Condition", "Procedure", "Observation", "MedicationStatement"} <= types


def test_search_by_name_and_mrn(clinician, staff):
    for i, fam in enumerate(["Lindqvist", "Okafor", "Lind"]):
        body = {**PATIENT, "mrn": f"M-{i}", "family_name": fam}
        assert staff.post("/api/patients", json=body).status_code == 201
    names = [p["family_name"] for p in clinician.get("/api/patients?q=lind").json()]
    assert names == ["Lind", "Lindqvist"]
    assert [p["mrn"] for p in staff.get("/api/patients?q=M-1").json()] == ["M-1"]
    assert len(staff.get("/api/patients?limit=2").json()) == 2


def test_bad_input_is_a_clear_4xx(clinician, patient_id):
    bad = {
        **PATIENT,
        "mrn": "X-1",
        "birth_date": (dt.date.today() + dt.timedelta(days=3)).isoformat(),
    }
    r = clinician.post("/api/patients", json=bad)
    assert r.status_code == 400 and "future" in r.json()["detail"]
    r = clinician.post("/api/patients", json={**PATIENT, "sex": "robot"})
    assert r.status_code == 422 and "sex" in r.json()["detail"]
    r = clinician.post("/api/patients", json=PATIENT)
    assert r.status_code == 409 and "MRN" in r.json()["detail"]
    r = clinician.post(
        f"/api/patients/{patient_id}/scales", json={"scored_on": "2026-01-01", "jrs_severity": 2}
    )
    assert r.status_code == 400 and "both" in r.json()["detail"]
    r = clinician.post(
        f"/api/patients/{patient_id}/scales",
        json={"scored_on": "2026-01-01", "hfs7_answers": [9] * 7},
    )
    assert r.status_code == 400
    r = clinician.post(
        f"/api/patients/{patient_id}/medications",
        json={"name": "x", "dose": "1", "start_date": "2026-02-01", "stop_date": "2026-01-01"},
    )
    assert r.status_code == 400 and "before" in r.json()["detail"]
    assert clinician.get("/api/patients/nope").status_code == 404
    assert clinician.get("/api/patients/" + "a" * 300).status_code == 404
    assert clinician.get("/api/patients/nope/fhir").status_code == 404


def test_contact_request_workflow_and_feedback(clinic, staff):
    with clinic.sessions() as db:
        db.add(
            ContactRequest(
                reference="HFS-ABC123",
                name="A Person",
                phone="+3580000",
                reason="twitch",
                source="chat",
            )
        )
        db.add(Feedback(rating=4, comment="helpful"))
        db.commit()
    rows = staff.get("/api/inbox/contact-requests").json()
    assert [r["status"] for r in rows] == ["new"]
    rid = rows[0]["id"]
    for status in ("contacted", "scheduled"):
        r = staff.patch(f"/api/inbox/contact-requests/{rid}", json={"status": status})
        assert r.status_code == 200 and r.json()["status"] == status
    r = staff.patch(f"/api/inbox/contact-requests/{rid}", json={"status": "new"})
    assert r.status_code == 409
    r = staff.patch(f"/api/inbox/contact-requests/{rid}", json={"status": "lost"})
    assert r.status_code == 422
    assert (
        staff.patch("/api/inbox/contact-requests/999", json={"status": "closed"}).status_code == 404
    )
    assert (
        staff.patch(f"/api/inbox/contact-requests/{rid}", json={"status": "closed"}).status_code
        == 200
    )
    assert staff.get("/api/inbox/contact-requests?status=closed").json()[0]["id"] == rid
    assert staff.get("/api/inbox/feedback").json()[0]["rating"] == 4


def test_dates_and_text_are_checked(clinician, patient_id):
    r = clinician.post(
        f"/api/patients/{patient_id}/surgeries",
        json={"performed_on": "1950-01-01", "side": "left", "lsr_outcome": "persisted"},
    )
    assert r.status_code == 400 and "before the patient's birth date" in r.json()["detail"]
    future = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    r = clinician.post(
        f"/api/patients/{patient_id}/scales",
        json={"scored_on": future, "smc_grade": 1},
    )
    assert r.status_code == 400 and "future" in r.json()["detail"]
    r = clinician.post("/api/patients", json={**PATIENT, "mrn": "N-1", "family_name": "Nul\x00l"})
    assert r.status_code == 422 and "control characters" in r.json()["detail"]
    r = clinician.get("/api/patients", params={"q": "a\x00"})
    assert r.status_code == 422
