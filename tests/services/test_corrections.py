"""Records entered in error: marked with a reason by a clinician, gone from the
timeline and the tables, struck through on request, audited, exported to FHIR as
``entered-in-error``, never deleted. On e85a7dd nothing could be corrected."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from hfs.storage import clinic_store as store
from hfs.storage.models import AuditEntry, InjectionRow, NeurophysRow, RecordingRow, Video
from tests.clinicapp import PATIENT, wait_done
from tests.web.test_clinic_api import _record_all
from tests.web.test_uploads import fake_analyze

KINDS = {
    "injections": "injection",
    "medications": "medication",
    "surgeries": "mvd",
    "scales": "scale",
    "neurophys": "neurophys",
}


@pytest.fixture(scope="module")
def edf(tmp_path_factory):
    from hfs.simulate.recording import simulate_recording

    # Long enough for every pair to be decided (a pair with under 10 sweeps is "cannot
    # tell" and leaves no LSR row to retract).
    sim = simulate_recording(
        "diagnostic",
        duration_s=10,
        sfreq=10_000,
        stim_rate_hz=5,
        lsr_amplitude_uv=150,
        noise_uv=5,
        muscles=("orbicularis_oculi", "mentalis"),
        rng=3,
    )
    return sim.write_edf(tmp_path_factory.mktemp("edf") / "d.edf").read_bytes()


def _ids(clinic, pid) -> dict[str, str]:
    """The record id of each kind (one of each was recorded)."""
    with clinic.sessions() as db:
        r = store.patient_records(db, store.get_patient(db, pid))
    return {
        rec.record_id.split("-")[0]: rec.record_id
        for items in (r.injections, r.medications, r.surgeries, r.scales, r.neurophys, r.videos)
        for rec in items
    }


def _attached_video(clinic, clinician, pid, short_video) -> str:
    clinic.app.state.video_analyzer = fake_analyze
    r = clinic.client.post("/api/uploads", files={"video": ("a.mp4", short_video.read_bytes())})
    assert r.status_code == 202, r.text
    wait_done(clinic.client, r.json()["status_url"])
    r = clinician.post(f"/api/patients/{pid}/videos", json={"token": r.json()["token"]})
    assert r.status_code == 200, r.text
    return f"video-{r.json()['id']}"


def _statuses(bundle: dict) -> dict[str, str]:
    return {
        e["resource"]["id"]: e["resource"].get("status")
        for e in bundle["entry"]
        if e["resource"]["resourceType"] not in ("Patient", "Condition", "Questionnaire")
    }


def _types(bundle: dict, ids) -> set[str]:
    return {e["resource"]["resourceType"] for e in bundle["entry"] if e["resource"]["id"] in ids}


def test_every_record_kind_can_be_marked_entered_in_error(
    clinic, clinician, patient_id, short_video
):
    pid = patient_id
    _record_all(clinician, pid)
    video = _attached_video(clinic, clinician, pid, short_video)
    ids = _ids(clinic, pid)
    assert set(ids) == {*KINDS.values(), "video"} and ids["video"] == video
    before = clinician.get(f"/api/patients/{pid}/fhir").json()
    assert "entered-in-error" not in _statuses(before).values()

    marked = []
    for kind in ("injection", "medication", "mvd", "scale", "video"):
        r = clinician.post(
            f"/api/patients/{pid}/entered-in-error",
            json={"record": ids[kind], "reason": "entered on the wrong patient"},
        )
        assert r.status_code == 200, r.text
        assert r.json() == {"marked": [ids[kind]]}
        marked.append(ids[kind])

    d = clinician.get(f"/api/patients/{pid}").json()
    assert [e["kind"] for e in d["timeline"]] == ["neurophys"]  # only the one left
    # The video's own page still opens (nothing is deleted) and says it is in error.
    page = clinician.get(f"/patients/{pid}/videos/{video.split('-')[1]}").text
    assert 'id="in-error-note"' in page and "entered on the wrong patient" in page
    assert d["video_measures"] == []
    assert {e["record_id"] for e in d["entered_in_error"]} == set(marked)
    assert {e["reason"] for e in d["entered_in_error"]} == {"entered on the wrong patient"}

    after = clinician.get(f"/api/patients/{pid}/fhir").json()
    b, a = _statuses(before), _statuses(after)
    assert set(a) == set(b)  # nothing deleted: the same resources
    changed = {k for k in a if a[k] != b[k]}
    assert {a[k] for k in changed} == {"entered-in-error"}
    # injection -> MedicationAdministration/Procedure, medication -> MedicationStatement,
    # MVD -> Procedure, scales -> Observation/QuestionnaireResponse, video ->
    # DocumentReference + Observations; the LSR measurement is untouched.
    assert {"MedicationStatement", "Procedure", "DocumentReference", "Observation"} <= _types(
        after, changed
    )
    neuro_obs = [
        e["resource"]
        for e in after["entry"]
        if e["resource"]["resourceType"] == "Observation" and e["resource"]["status"] == "final"
    ]
    assert len(neuro_obs) >= 1

    with clinic.sessions() as db:  # still there, marked
        assert db.scalar(select(func.count()).select_from(InjectionRow)) == 1
        row = db.scalar(select(InjectionRow))
        assert row.entered_in_error_reason == "entered on the wrong patient"
        assert row.entered_in_error_at is not None and row.entered_in_error_by is not None
        assert db.scalar(select(func.count()).select_from(Video)) == 1
        lines = db.scalars(select(AuditEntry).where(AuditEntry.action == "entered_in_error")).all()
        assert sorted(f"{x.object_type}-{x.object_id}" for x in lines) == sorted(marked)
        assert all(x.outcome == "ok" for x in lines)


def test_a_bad_recording_and_its_lsr_are_retracted_together(clinic, clinician, patient_id, edf):
    r = clinician.post(
        f"/api/patients/{patient_id}/recordings",
        files={"edf": ("d.edf", edf, "application/octet-stream")},
    )
    assert r.status_code == 202, r.text
    rec = r.json()["id"]
    assert wait_done(clinician, r.json()["status_url"])["status"] == "done"
    d = clinician.get(f"/api/patients/{patient_id}").json()
    assert [e["kind"] for e in d["timeline"]] == ["neurophys"]  # the derived LSR
    r = clinician.post(
        f"/api/patients/{patient_id}/entered-in-error",
        json={"record": f"recording-{rec}", "reason": "electrodes on the other side"},
    )
    assert r.status_code == 200, r.text
    with clinic.sessions() as db:
        derived = db.scalar(select(NeurophysRow).where(NeurophysRow.recording_id == rec))
        assert r.json()["marked"] == [f"recording-{rec}", f"neurophys-{derived.id}"]
        assert "electrodes on the other side" in derived.entered_in_error_reason
        assert db.get(RecordingRow, rec).entered_in_error_at is not None
    d = clinician.get(f"/api/patients/{patient_id}").json()
    assert d["timeline"] == []
    lst = clinician.get(f"/api/patients/{patient_id}/recordings").json()
    assert lst[0]["entered_in_error"]["reason"] == "electrodes on the other side"
    bundle = clinician.get(f"/api/patients/{patient_id}/fhir").json()
    lsr = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"]
    assert lsr and {o["status"] for o in lsr} == {"entered-in-error"}
    # The page: gone from the tables, struck through on request.
    page = clinician.get(f"/patients/{patient_id}").text
    assert f'data-recording="{rec}"' not in page and "Show the 2 entries in error" in page
    page = clinician.get(f"/patients/{patient_id}?show_errors=1").text
    assert page.count('class="in-error"') == 2 and "<del>Recording" in page
    assert "<del>LSR measurement" in page


def test_refusals_change_nothing(clinic, clinician, patient_id):
    _record_all(clinician, patient_id)
    ids = _ids(clinic, patient_id)
    other = clinician.post("/api/patients", json={**PATIENT, "mrn": "MRN-OTHER"}).json()["id"]
    url = f"/api/patients/{patient_id}/entered-in-error"
    cases = [
        ({"record": ids["injection"], "reason": "x"}, 422),  # no real reason
        ({"record": "patient-1", "reason": "wrong one"}, 400),  # not a record kind
        ({"record": "injection-999", "reason": "wrong one"}, 404),
    ]
    for body, code in cases:
        r = clinician.post(url, json=body)
        assert r.status_code == code, (body, r.text)
    # Another patient's record is as unknown as a missing one.
    r = clinician.post(
        f"/api/patients/{other}/entered-in-error",
        json={"record": ids["injection"], "reason": "wrong patient"},
    )
    assert r.status_code == 404
    d = clinician.get(f"/api/patients/{patient_id}").json()
    assert len(d["timeline"]) == 5 and d["entered_in_error"] == []
    r = clinician.post(url, json={"record": ids["scale"], "reason": "scored twice"})
    assert r.status_code == 200
    r = clinician.post(url, json={"record": ids["scale"], "reason": "scored twice"})
    assert r.status_code == 409
    with clinic.sessions() as db:
        errors = db.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "entered_in_error", AuditEntry.outcome == "error"
            )
        ).all()
        assert len(errors) == 4  # 400, 404, 404 (other patient), 409


def test_staff_cannot_mark_records(clinic, clinician, staff, patient_id):
    _record_all(clinician, patient_id)
    ids = _ids(clinic, patient_id)
    r = staff.post(
        f"/api/patients/{patient_id}/entered-in-error",
        json={"record": ids["injection"], "reason": "wrong"},
    )
    assert r.status_code == 403


def test_migration_0005_on_an_0003_database(tmp_path):
    from hfs.storage import create_db_engine, migrate

    engine = create_db_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    migrate(engine, "0003_recordings")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO patients (id, mrn, family_name, given_names, birth_date, sex, "
            "affected_side) VALUES ('p1', 'M1', 'X', '[\"Y\"]', '1960-01-01', 'male', 'left')"
        )
        conn.exec_driver_sql(
            "INSERT INTO injections (patient_id, given_on, product, total_units, side, sites) "
            "VALUES ('p1', '2025-01-02', 'onabotulinumtoxinA', 20, 'left', '[]')"
        )
        conn.exec_driver_sql(
            "INSERT INTO contact_requests (reference, name, phone, email, preferred_time, "
            "from_date, reason, source, status) VALUES ('HFS-AAAAAAAA', 'Ann \u202eFER-SFH', "
            "'+14126473685', '', '', '', 'twitch\u200bing', 'form', 'new')"
        )
    migrate(engine)
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT patient_id, total_units, entered_in_error_at FROM injections"
        ).fetchall()
        assert rows == [("p1", 20.0, None)]
        names = conn.exec_driver_sql("SELECT name, reason FROM contact_requests").fetchall()
        assert names == [("Ann FER-SFH", "twitching")]
    engine.dispose()
