"""Clinicians' EDF/BDF uploads for a patient: checked by content, limited, analysed by
hfs.neurophys in the job runner against the simulator's truth, the derived LSR row on
the timeline and in FHIR, the report only for the patient's own recording."""

from __future__ import annotations

import dataclasses

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from hfs.simulate.recording import simulate_recording
from hfs.storage.models import AuditEntry, NeurophysRow, RecordingRow
from hfs.web import create_app
from tests.clinicapp import PATIENT, assert_nothing_left, files_under, wait_done, zip_bytes


@pytest.fixture(scope="module")
def diagnostic(tmp_path_factory):
    """A short diagnostic recording (10 s, 5 Hz stimulation, 20 kHz) and its truth."""
    sim = simulate_recording(
        "diagnostic",
        duration_s=10,
        sfreq=20000,
        stim_rate_hz=5,
        lsr_amplitude_uv=150,
        noise_uv=5,
        muscles=("orbicularis_oculi", "mentalis"),
        rng=3,
    )
    folder = tmp_path_factory.mktemp("rec")
    return sim.write_edf(folder / "diag.edf"), sim, folder


def _post(client, patient_id, data: bytes, name="rec.edf", **fields):
    return client.post(
        f"/api/patients/{patient_id}/recordings",
        files={"edf": (name, data, "application/octet-stream")},
        data=fields,
    )


_wait = wait_done


def _nothing_left(clinic):
    assert_nothing_left(clinic, "recordings", RecordingRow)


def test_upload_is_analysed_and_gives_the_patients_lsr(clinic, clinician, patient_id, diagnostic):
    path, sim, _ = diagnostic
    r = _post(clinician, patient_id, path.read_bytes(), recorded_on="2026-03-02")
    assert r.status_code == 202, r.text
    body = r.json()
    assert body["status"] == "queued"
    d = _wait(clinician, body["status_url"])
    assert d["status"] == "done", d
    s = d["summary"]
    truth = {(t["stim_site"], t["channel"]): t for t in sim.truth["lsr"]}
    assert {(m["stim_site"], m["channel"]) for m in s["lsr"]} == set(truth)
    for m in s["lsr"]:
        t = truth[(m["stim_site"], m["channel"])]
        assert m["present"] is True
        assert abs(m["onset_latency_ms"] - t["onset_latency_ms"]) <= 0.2, (m, t)
        assert m["peak_to_peak_uv"] == pytest.approx(t["peak_to_peak_uv"], rel=0.35)
    assert "not a diagnosis" in d["note"]
    assert "alerts" not in s  # diagnostic: no monitoring
    # stored under a random name in the data dir, private, never the uploaded name
    stored = files_under(clinic.app.state.settings.recordings_dir)
    assert len(stored) == 1 and "rec" not in stored[0].stem and stored[0].suffix == ".edf"
    assert stored[0].parent.stat().st_mode & 0o077 == 0
    assert files_under(clinic.app.state.settings.data_dir / "tmp") == []

    # the derived LSR row: on the timeline and in the FHIR export, linked to the recording
    detail = clinician.get(f"/api/patients/{patient_id}").json()
    rows = [e for e in detail["timeline"] if e["kind"] == "neurophys"]
    assert len(rows) == 1 and rows[0]["date"] == "2026-03-02"
    rec = rows[0]["record"]
    best = max(sim.truth["lsr"], key=lambda t: t["peak_to_peak_uv"])
    assert rec["lsr_present"] is True and rec["side"] == PATIENT["affected_side"]
    assert min(abs(rec["onset_latency_ms"] - t["onset_latency_ms"]) for t in truth.values()) <= 0.2
    assert rec["amplitude_uv"] == pytest.approx(best["peak_to_peak_uv"], rel=0.35)
    with clinic.sessions() as db:
        row = db.scalar(select(NeurophysRow))
        assert row.recording_id == body["id"]
    bundle = clinician.get(f"/api/patients/{patient_id}/fhir").json()
    codes = [
        e["resource"].get("code", {}).get("text", "")
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "Observation"
    ]
    assert any("lateral spread" in c.lower() for c in codes), codes

    # the report: HTML saved at analysis time, served only through this route
    rep = clinician.get(body["status_url"] + "/report")
    assert rep.status_code == 200 and rep.headers["content-type"].startswith("text/html")
    assert "Lateral spread response" in rep.text and "<script" not in rep.text
    assert "default-src 'none'" in rep.headers["content-security-policy"]
    assert rep.headers["cache-control"] == "no-store"
    listing = clinician.get(f"/api/patients/{patient_id}/recordings").json()
    assert [x["id"] for x in listing] == [body["id"]] and listing[0]["report_url"]

    with clinic.sessions() as db:
        lines = db.scalars(select(AuditEntry).where(AuditEntry.object_type == "recording")).all()
    got = {(a.action, a.outcome) for a in lines}
    assert {("upload", "ok"), ("analyze", "ok"), ("read", "ok"), ("export", "ok")} <= got
    assert all(a.object_id in (None, str(body["id"])) for a in lines)


def test_an_undecidable_lsr_shows_cannot_tell_with_its_reason(clinician, patient_id, tmp_path):
    """8 sweeps of one site (under the 10 a decision needs): the summary keeps present
    null with its reason, and the patient page says "cannot tell" and why, never
    "absent" (it said "absent" for every present that was not true)."""
    sim = simulate_recording(
        "diagnostic",
        duration_s=4,
        sfreq=10000,
        stim_rate_hz=2,
        sites=("zygomatic",),
        muscles=("orbicularis_oculi", "mentalis"),
        rng=5,
    )
    path = sim.write_edf(tmp_path / "short.edf")
    r = _post(clinician, patient_id, path.read_bytes())
    assert r.status_code == 202, r.text
    d = _wait(clinician, r.json()["status_url"])
    assert d["status"] == "done", d
    lsr = d["summary"]["lsr"]
    assert lsr and all(m["present"] is None and "at least 10" in m["reason"] for m in lsr)
    assert any("cannot tell" in w for w in d["summary"]["warnings"])
    page = clinician.get(f"/patients/{patient_id}")
    assert page.status_code == 200
    findings = page.text.split('id="recordings-table"')[1].split("</table>")[0]
    assert findings.count("cannot tell") == len(lsr) and "at least 10" in findings
    assert "absent" not in findings


def test_a_recording_without_stimuli_fails_with_the_message(clinician, patient_id, diagnostic):
    _path, sim, folder = diagnostic
    bare = dataclasses.replace(sim, annotations=()).write_edf(folder / "bare.edf")
    r = _post(clinician, patient_id, bare.read_bytes())
    assert r.status_code == 202, r.text
    d = _wait(clinician, r.json()["status_url"])
    assert d["status"] == "failed" and d["summary"] is None
    assert d["error"].startswith("the recording: no stimuli found") and "\n" not in d["error"]
    rep = clinician.get(r.json()["status_url"] + "/report")
    assert rep.status_code == 409
    detail = clinician.get(f"/api/patients/{patient_id}").json()
    assert not [e for e in detail["timeline"] if e["kind"] == "neurophys"]


def test_a_sampling_rate_too_low_fails_with_the_message(clinician, patient_id, tmp_path):
    sim = simulate_recording("diagnostic", duration_s=6, sfreq=2000, stim_rate_hz=5, rng=5)
    path = sim.write_edf(tmp_path / "slow.edf")
    r = _post(clinician, patient_id, path.read_bytes())
    d = _wait(clinician, r.json()["status_url"])
    assert d["status"] == "failed" and "sampling rate 2000 Hz is too low" in d["error"]


def test_an_intraoperative_recording_gives_the_monitoring_alerts(clinician, patient_id, tmp_path):
    sim = simulate_recording(
        "intraop-lsr",
        duration_s=60,
        sfreq=10000,
        lsr_amplitude_uv=150,
        noise_uv=5,
        muscles=("mentalis",),
        rng=4,
    )
    path = sim.write_edf(tmp_path / "or.bdf")  # BDF+ this time
    r = _post(clinician, patient_id, path.read_bytes(), name="or.bdf", kind="intraop")
    assert r.status_code == 202, r.text
    d = _wait(clinician, r.json()["status_url"])
    assert d["status"] == "done" and d["format"] == "bdf" and d["kind"] == "intraop"
    alerts = d["summary"]["alerts"]
    (truth,) = sim.truth["alerts"]
    assert [a["kind"] for a in alerts] == ["lsr_disappeared"]
    assert abs(alerts[0]["time_s"] - truth["time_s"]) <= sim.truth["alert_tolerance_s"]
    # an intraoperative recording adds no diagnostic LSR row
    detail = clinician.get(f"/api/patients/{patient_id}").json()
    assert not [e for e in detail["timeline"] if e["kind"] == "neurophys"]


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"<!doctype html><html><script>alert(1)</script></html>" * 20, "not an EDF/BDF file"),
        (zip_bytes(), "not an EDF/BDF file"),
        (b"", "no recording in the form"),
    ],
    ids=["html-as-edf", "zip-as-edf", "empty"],
)
def test_non_recordings_are_refused_and_nothing_is_kept(clinic, clinician, patient_id, data, why):
    r = _post(clinician, patient_id, data)
    assert r.status_code == 400 and why in r.json()["detail"], r.text
    assert "\n" not in r.json()["detail"] and ".upload" not in r.json()["detail"]
    _nothing_left(clinic)


def test_a_truncated_recording_and_bad_fields_are_refused(
    clinic, clinician, patient_id, diagnostic
):
    data = diagnostic[0].read_bytes()
    r = _post(clinician, patient_id, data[: len(data) // 2])
    assert r.status_code == 400 and "truncated" in r.json()["detail"]
    r = _post(clinician, patient_id, data, kind="surgery")
    assert r.status_code == 400 and "kind must be one of" in r.json()["detail"]
    r = _post(clinician, patient_id, data, recorded_on="1900-01-01")
    assert r.status_code == 400 and "before the patient's birth" in r.json()["detail"]
    r = clinician.post(f"/api/patients/{patient_id}/recordings", json={"edf": "x"})
    assert r.status_code == 400 and "multipart" in r.json()["detail"]
    _nothing_left(clinic)


def test_an_oversize_recording_is_refused(settings, diagnostic):
    from tests.clinicapp import Clinic

    small = settings.model_copy(update={"recording_max_bytes": 64 * 1024})
    app = create_app(small)
    with TestClient(app) as client:
        clinic = Clinic(app, client)
        doc = clinic.login(clinic.user("clinician"))
        pid = doc.post("/api/patients", json=PATIENT).json()["id"]
        boundary = "b0undary"

        def body():  # chunked: no Content-Length to refuse up front
            yield (
                f'--{boundary}\r\nContent-Disposition: form-data; name="edf"; '
                'filename="big.edf"\r\n\r\n'
            ).encode()
            yield diagnostic[0].read_bytes()  # 800 kB
            yield f"\r\n--{boundary}--\r\n".encode()

        r = doc.post(
            f"/api/patients/{pid}/recordings",
            content=body(),
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
        assert r.status_code == 413 and "larger than" in r.json()["detail"]
        # an announced oversize body is refused before it is read
        r = doc.post(
            f"/api/patients/{pid}/recordings",
            content=b"x",
            headers={
                "Content-Type": f"multipart/form-data; boundary={boundary}",
                "Content-Length": str(2 * 2**20),
            },
        )
        assert r.status_code == 413
        _nothing_left(clinic)


def test_another_patients_recording_is_not_found(clinic, clinician, patient_id, diagnostic):
    r = _post(clinician, patient_id, diagnostic[0].read_bytes())
    rid = r.json()["id"]
    _wait(clinician, r.json()["status_url"])
    other = clinician.post("/api/patients", json={**PATIENT, "mrn": "M-2"}).json()["id"]
    for url in (
        f"/api/patients/{other}/recordings/{rid}",
        f"/api/patients/{other}/recordings/{rid}/report",
    ):
        res = clinician.get(url)
        assert (
            res.status_code == 404 and res.json()["detail"] == "no such recording for this patient"
        )
    assert clinician.get(f"/api/patients/{other}/recordings").json() == []
    assert clinician.get(f"/api/patients/{patient_id}/recordings/{rid + 1}").status_code == 404
    assert clinician.get(f"/api/patients/{'0' * 32}/recordings/{rid}").status_code == 404
    # staff and admin never see recordings
    for role in ("staff", "admin"):
        c = clinic.login(clinic.user(role))
        assert c.get(f"/api/patients/{patient_id}/recordings/{rid}/report").status_code == 403
    with clinic.sessions() as db:
        denied = db.scalars(
            select(AuditEntry).where(
                AuditEntry.object_type == "recording", AuditEntry.outcome == "error"
            )
        ).all()
    assert len(denied) >= 2


def test_unfinished_recordings_are_analysed_after_a_restart(settings, diagnostic):
    from tests.clinicapp import Clinic

    app = create_app(settings)
    with TestClient(app) as client:
        clinic = Clinic(app, client)
        doc = clinic.login(clinic.user("clinician"))
        pid = doc.post("/api/patients", json=PATIENT).json()["id"]
        real, app.state.jobs = app.state.jobs, type("Dead", (), {"submit": lambda *a, **k: None})()
        r = _post(doc, pid, diagnostic[0].read_bytes())  # accepted; the process then dies
        assert r.status_code == 202, r.text
        app.state.jobs = real
    with app.state.sessions() as db:
        rows = db.scalars(select(RecordingRow)).all()
        assert [x.status for x in rows] == ["queued"]
        rows[0].status = "running"  # as if the process died mid-analysis
        db.commit()
        rid = rows[0].id
    app2 = create_app(settings)
    with TestClient(app2) as client:
        clinic = Clinic(app2, client)
        doc = clinic.login("clinician@clinic.example")
        d = _wait(doc, f"/api/patients/{pid}/recordings/{rid}")
        assert d["status"] == "done"


def test_a_recording_job_runs_only_once(clinic, clinician, patient_id, diagnostic):
    from hfs.jobs.neuro import analyze_stored_recording

    r = _post(clinician, patient_id, diagnostic[0].read_bytes())
    d = _wait(clinician, r.json()["status_url"])
    assert d["status"] == "done"
    settings = clinic.app.state.settings
    analyze_stored_recording(clinic.sessions, r.json()["id"], reports_dir=settings.reports_dir)
    with clinic.sessions() as db:
        assert len(db.scalars(select(NeurophysRow)).all()) == 1
    assert len(files_under(settings.reports_dir)) == 1


def test_check_file_decides_by_content(tmp_path, diagnostic):
    from hfs.errors import RecordingError
    from hfs.neurophys.io import check_file

    renamed = tmp_path / "looks.txt"
    renamed.write_bytes(diagnostic[0].read_bytes())
    assert check_file(renamed) == "edf"
    fake = tmp_path / "fake.edf"
    fake.write_bytes(b"PK\x03\x04" + b"\0" * 400)
    with pytest.raises(RecordingError, match="not an EDF/BDF file"):
        check_file(fake)


def test_stored_files_are_not_reachable_by_path(clinician, diagnostic, patient_id):
    r = _post(clinician, patient_id, diagnostic[0].read_bytes())
    _wait(clinician, r.json()["status_url"])
    for url in ("/recordings/", "/data/recordings", "/reports/", "/static/../reports"):
        assert clinician.get(url).status_code == 404


def test_migration_0003_keeps_existing_lsr_rows(tmp_path):
    import sqlalchemy as sa

    from hfs.storage import create_db_engine, migrate

    engine = create_db_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    migrate(engine, "0002_clinic")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO patients (id, mrn, family_name, given_names, birth_date, sex, "
            "affected_side) VALUES ('p1', 'M1', 'X', '[\"Y\"]', '1960-01-01', 'male', 'left')"
        )
        conn.exec_driver_sql(
            "INSERT INTO neurophys_results (patient_id, measured_on, side, lsr_present, "
            "onset_latency_ms, amplitude_uv) VALUES ('p1', '2025-01-02', 'left', 1, 9.8, 120)"
        )
    migrate(engine)
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT patient_id, onset_latency_ms, recording_id FROM neurophys_results"
        ).fetchall()
        assert rows == [("p1", 9.8, None)]
        fks = sa.inspect(conn).get_foreign_keys("neurophys_results")
        assert {fk["referred_table"] for fk in fks} == {"patients", "recordings"}
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    engine.dispose()
