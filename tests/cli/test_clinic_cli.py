"""``hfs admin create-user`` and ``hfs clinic export-fhir``."""

from __future__ import annotations

import json
import os

import pytest
from fhir.resources.R4B.bundle import Bundle
from sqlalchemy import select

from hfs.errors import ConflictError
from hfs.storage import clinic_store as store
from hfs.storage import create_db_engine, make_session_factory, migrate
from hfs.storage.accounts import verify_password
from hfs.storage.models import AuditEntry, NeurophysRow, RecordingRow, User
from tests.clitools import run_hfs


def _hfs(data_dir, *args, stdin=None):
    env = {**os.environ, "HFS_DATA_DIR": str(data_dir)}
    env.pop("HFS_DATABASE_URL", None)
    return run_hfs(*args, env=env, stdin=stdin, timeout=120)


def _sessions(data_dir):
    engine = create_db_engine(f"sqlite:///{data_dir / 'hfs.sqlite3'}")
    migrate(engine)
    return make_session_factory(engine)


def test_create_user_with_generated_password_printed_once(tmp_path):
    r = _hfs(
        tmp_path, "admin", "create-user", "Doc@Clinic.example", "--role", "clinician", "--generate"
    )
    assert r.returncode == 0, r.stderr
    password = r.stdout.split("password (shown once): ")[1].strip()
    with _sessions(tmp_path)() as db:
        user = db.scalar(select(User))
        assert user.email == "doc@clinic.example" and user.role == "clinician"
        assert verify_password(user.password_hash, password)
        assert password not in user.password_hash
    again = _hfs(
        tmp_path, "admin", "create-user", "doc@clinic.example", "--role", "staff", "--generate"
    )
    assert again.returncode == 2 and again.stderr.startswith("hfs: error:")


def test_create_user_prompts_twice_and_checks_the_password(tmp_path):
    pw = "a long enough password"
    r = _hfs(
        tmp_path,
        "admin",
        "create-user",
        "s@clinic.example",
        "--role",
        "staff",
        stdin=f"{pw}\n{pw}\n",
    )
    assert r.returncode == 0, r.stderr
    assert pw not in r.stdout
    r = _hfs(
        tmp_path,
        "admin",
        "create-user",
        "t@clinic.example",
        "--role",
        "staff",
        stdin="short\nshort\n",
    )
    assert r.returncode == 2 and "at least 12" in r.stderr
    r = _hfs(tmp_path, "admin", "create-user", "u@clinic.example", "--role", "root", "--generate")
    assert r.returncode == 2


def test_export_fhir_writes_a_valid_bundle_and_is_audited(tmp_path):
    sessions = _sessions(tmp_path)
    with sessions() as db:
        p = store.create_patient(
            db,
            mrn="C-1",
            family_name="Cli",
            given_names=["Pat"],
            birth_date="1955-03-04",
            sex="male",
            affected_side="right",
        )
        store.add_record(
            db,
            p,
            "mvd",
            {"performed_on": "2026-01-01", "side": "right", "lsr_outcome": "persisted"},
        )
        db.commit()
        pid = p.id
    out = tmp_path / "bundle.json"
    r = _hfs(tmp_path, "clinic", "export-fhir", pid, "--out", str(out))
    assert r.returncode == 0, r.stderr
    bundle = Bundle.model_validate(json.loads(out.read_text()))
    assert {e.resource.get_resource_type() for e in bundle.entry} >= {"Patient", "Procedure"}
    with sessions() as db:
        rows = db.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert [(a.actor_type, a.object_id, a.outcome) for a in rows] == [("system", pid, "ok")]
    r = _hfs(
        tmp_path, "clinic", "export-fhir", "no-such-patient", "--out", str(tmp_path / "x.json")
    )
    assert r.returncode == 4 and "no such patient" in r.stderr
    assert not (tmp_path / "x.json").exists()


def test_seed_demo_adds_invented_patients_with_analysed_videos(tmp_path):
    from hfs.services.demo import DEMO_PATIENTS, seed_demo

    sessions = _sessions(tmp_path)
    # 11 s: below 10 s of visible face a video gives no side, rate or grade.
    out = seed_demo(sessions, tmp_path / "videos", patients=2, duration_s=11, size="320x240")
    reports = sorted(p.name for p in (tmp_path / "reports").iterdir())
    n_videos = sum(len(p["visits"]) for p in DEMO_PATIENTS[:2])
    assert sum(name.startswith("video-") for name in reports) == n_videos  # a full report each
    assert len(reports) == n_videos + 2  # and the two recordings' reports
    assert len(out["patients"]) == 2 and len(out["password"]) >= 16
    with sessions() as db:
        user = db.scalar(select(User))
        assert user.role == "clinician" and verify_password(user.password_hash, out["password"])
        for pid in out["patients"]:
            p = store.get_patient(db, pid)
            assert p.mrn.startswith("DEMO-")
            r = store.patient_records(db, p)
            assert len(r.videos) >= 3 and r.scales
            Bundle.model_validate(store.fhir_bundle(db, p))
        second = store.patient_records(db, store.get_patient(db, out["patients"][1]))
        assert [s.lsr_outcome for s in second.surgeries] == ["disappeared"]
        # its LSR comes from simulated recordings analysed by hfs.neurophys
        recs = {r.kind: r for r in db.scalars(select(RecordingRow))}
        assert {r.status for r in recs.values()} == {"done"}
        assert all(r.patient_id == out["patients"][1] for r in recs.values())
        (lsr,) = db.scalars(select(NeurophysRow)).all()
        assert lsr.recording_id == recs["diagnostic"].id and lsr.lsr_present
        assert 8.0 <= lsr.onset_latency_ms <= 11.5
        alerts = [a["kind"] for a in recs["intraop"].analysis["alerts"]]
        assert "lsr_disappeared" in alerts and "lsr_reappeared" not in alerts
        inbox = store.contact_requests(db)
        assert len(inbox) == 2 and {r.status for r in inbox} == {"new"}
        assert len(store.feedback_list(db)) == 2
    with pytest.raises(ConflictError):
        seed_demo(sessions, tmp_path / "videos", patients=1, duration_s=2, size="320x240")


def test_cli_roles_are_the_storage_roles():
    """The CLI spells the roles out (so `hfs` starts without the database layer)."""
    from hfs.cli.clinic import ROLES as CLI_ROLES
    from hfs.storage.models import ROLES

    assert tuple(CLI_ROLES) == tuple(ROLES)
