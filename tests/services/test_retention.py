"""Retention of patients' uploads: unattached uploads older than
HFS_UPLOAD_RETENTION_DAYS are deleted (file and row) at app start and by
``hfs clinic purge-uploads``; uploads attached to a patient or a contact request stay."""

from __future__ import annotations

import datetime as dt
import os
import secrets

from fastapi.testclient import TestClient
from sqlalchemy import select

from hfs.jobs.video import report_path
from hfs.storage import create_db_engine, make_session_factory, migrate
from hfs.storage.accounts import utcnow
from hfs.storage.clinic_store import create_contact_request, create_patient
from hfs.storage.models import AuditEntry, Video
from hfs.web import create_app
from tests.clitools import run_hfs


def _seed(settings, ages_days: dict[str, float]) -> dict[str, tuple[int, str]]:
    """Videos with known ages: name -> (id, file). Names starting with 'patient' are
    attached to a patient, 'contact' to a contact request, the others to nothing."""
    engine = create_db_engine(settings.sqlalchemy_url)
    migrate(engine)
    sessions = make_session_factory(engine)
    folder = settings.videos_dir
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    with sessions() as db:
        p = create_patient(
            db,
            mrn="R-1",
            family_name="Keep",
            given_names=["Ada"],
            birth_date="1970-01-01",
            sex="female",
            affected_side="left",
        )
        req = create_contact_request(db, name="Bo", phone="+14125550100", source="video")
        for name, age in ages_days.items():
            path = folder / f"{secrets.token_hex(8)}.mp4"
            path.write_bytes(b"\0" * 100)
            v = Video(
                token=secrets.token_urlsafe(18),
                stored_path=str(path),
                content_type="video/mp4",
                original_bytes=100,
                uploaded_at=utcnow() - dt.timedelta(days=age),
                status="done",
                progress=1.0,
                patient_id=p.id if name.startswith("patient") else None,
                contact_request_id=req.id if name.startswith("contact") else None,
            )
            db.add(v)
            db.flush()
            out[name] = (v.id, path)
        db.commit()
    engine.dispose()
    return out


AGES = {"stale": 31, "stale2": 400, "fresh": 29, "patient_old": 400, "contact_old": 90}


def _left(settings) -> set[int]:
    engine = create_db_engine(settings.sqlalchemy_url)
    with make_session_factory(engine)() as db:
        ids = set(db.scalars(select(Video.id)))
    engine.dispose()
    return ids


def test_the_app_start_purges_stale_unattached_uploads(settings):
    seeded = _seed(settings, AGES)
    # each video's saved full report goes (or stays) with it
    reports = {name: report_path(settings.reports_dir, path) for name, (_, path) in seeded.items()}
    settings.reports_dir.mkdir(parents=True, exist_ok=True)
    for r in reports.values():
        r.write_text("<html></html>")
    with TestClient(create_app(settings)) as client:
        app = client.app
        with app.state.sessions() as db:
            purged = db.scalars(select(AuditEntry).where(AuditEntry.action == "purge")).all()
    gone = {seeded["stale"][0], seeded["stale2"][0]}
    assert {int(a.object_id) for a in purged} == gone
    assert all(a.actor_type == "system" and a.outcome == "ok" for a in purged)
    assert _left(settings) == {v for v, _ in seeded.values()} - gone
    for name, (_, path) in seeded.items():
        assert path.exists() == (name not in ("stale", "stale2")), name
        assert reports[name].exists() == (name not in ("stale", "stale2")), name


def test_the_retention_period_is_a_setting(settings):
    seeded = _seed(settings, AGES)
    with TestClient(create_app(settings.model_copy(update={"upload_retention_days": 28}))):
        pass
    assert _left(settings) == {seeded["patient_old"][0], seeded["contact_old"][0]}


def test_purge_uploads_command_prints_what_it_removed(settings):
    seeded = _seed(settings, AGES)
    env = {**os.environ, "HFS_DATA_DIR": str(settings.data_dir), "HFS_UPLOAD_RETENTION_DAYS": "60"}
    env.pop("HFS_DATABASE_URL", None)
    r = run_hfs("clinic", "purge-uploads", env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith(f"removed video {seeded['stale2'][0]} uploaded ")
    assert lines[-2] == "removed 1 unattached upload(s) older than 60 days"
    assert lines[-1].startswith("removed 0 stale upload temp file(s) from ")
    assert not seeded["stale2"][1].exists() and seeded["stale"][1].exists()
    again = run_hfs("clinic", "purge-uploads", env=env, timeout=120)
    assert again.stdout.splitlines()[0] == "removed 0 unattached upload(s) older than 60 days"
