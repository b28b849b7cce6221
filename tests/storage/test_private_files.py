"""Everything under HFS_DATA_DIR is private (0700 folders, 0600 files) whatever the
umask; a start-up check repairs looser modes. On e85a7dd the SQLite file and the
patients' videos were created 0644 in 0755 folders under the usual umask 022."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from hfs.settings import Settings
from hfs.web import create_app
from tests.clinicapp import PASSWORD, wait_done
from tests.web.test_uploads import fake_analyze


@pytest.fixture
def open_umask():
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _modes(root: Path) -> dict[str, int]:
    out = {".": stat.S_IMODE(root.stat().st_mode)}
    for p in root.rglob("*"):
        out[str(p.relative_to(root))] = stat.S_IMODE(p.lstat().st_mode)
    return out


def _loose(modes: dict[str, int]) -> dict[str, str]:
    return {k: f"{m:o}" for k, m in modes.items() if m & 0o077}


def test_the_database_videos_reports_and_tmp_are_private_under_umask_022(
    tmp_path, open_umask, short_video
):
    from hfs.storage.accounts import create_user

    settings = Settings(data_dir=tmp_path / "data")
    app = create_app(settings)
    with TestClient(app) as client:
        app.state.video_analyzer = fake_analyze
        r = client.post("/api/uploads", files={"video": ("a.mp4", short_video.read_bytes())})
        assert r.status_code == 202, r.text
        wait_done(client, r.json()["status_url"], 60)
        with app.state.sessions() as db:
            create_user(db, "doc@clinic.example", "clinician", PASSWORD)
            db.commit()
        modes = _modes(settings.data_dir)
    names = set(modes)
    # The SQLite file with its WAL and shared memory, the video, the temp folder.
    assert {"hfs.sqlite3", "hfs.sqlite3-wal", "hfs.sqlite3-shm", "videos", "tmp"} <= names
    assert any(n.startswith("videos/") for n in names)
    assert _loose(modes) == {}


def test_a_recording_and_its_report_are_private(open_umask, clinic, clinician, patient_id):
    from hfs.simulate.recording import simulate_recording

    sim = simulate_recording("diagnostic", duration_s=4, sfreq=10_000, rng=5)
    edf = sim.write_edf(clinic.app.state.settings.data_dir.parent / "rec.edf")
    r = clinician.post(
        f"/api/patients/{patient_id}/recordings",
        files={"edf": ("rec.edf", edf.read_bytes(), "application/octet-stream")},
    )
    assert r.status_code == 202, r.text
    assert wait_done(clinician, r.json()["status_url"])["status"] == "done"
    modes = _modes(clinic.app.state.settings.data_dir)
    assert any(n.startswith("recordings/") for n in modes)
    assert any(n.startswith("reports/") for n in modes)
    assert _loose(modes) == {}


def test_looser_modes_are_repaired_at_start(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    with TestClient(create_app(settings)):
        pass
    data = settings.data_dir
    (data / "videos").mkdir(exist_ok=True)
    clip = data / "videos" / "x.mp4"
    clip.write_bytes(b"x")
    for p, mode in ((data, 0o755), (data / "videos", 0o755), (clip, 0o644)):
        p.chmod(mode)
    (data / "hfs.sqlite3").chmod(0o644)
    assert _loose(_modes(data))
    with TestClient(create_app(settings)):
        assert _loose(_modes(data)) == {}


def test_a_readable_secret_key_still_stops_the_app(tmp_path):
    from hfs.errors import ConfigError

    settings = Settings(data_dir=tmp_path / "data")
    with TestClient(create_app(settings)):
        pass
    (settings.data_dir / "secret_key").chmod(0o644)
    with (
        pytest.raises(ConfigError, match="readable by other users"),
        TestClient(create_app(settings)),
    ):
        pass
