"""The web app with ``HFS_DASK_SCHEDULER``: uploads analysed on a real Dask cluster
(scheduler + two workers on loopback, no shared disk used), results against the
simulator's truth, written by the web process; a worker killed mid-task loses nothing."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from hfs.jobs.video import report_path
from hfs.settings import Settings
from hfs.storage.accounts import create_user
from hfs.storage.models import NeurophysRow, RecordingRow, Video
from hfs.web import create_app
from tests.batch.conftest import kill_a_busy_worker

PASSWORD = "correct horse battery staple"
PATIENT = {
    "mrn": "MRN-0042",
    "family_name": "Testperson",
    "given_names": ["Alma"],
    "birth_date": "1961-05-02",
    "sex": "female",
    "affected_side": "left",
}


def _wait(client: TestClient, url: str, timeout: float = 240.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        d = client.get(url).json()
        if d["status"] in ("done", "failed"):
            return d
        time.sleep(0.2)
    raise AssertionError(f"analysis did not finish: {d}")


@pytest.fixture
def web(dask_cluster, tmp_path):
    """The clinic app, configured with the cluster's scheduler address."""
    address, _ = dask_cluster
    settings = Settings(data_dir=tmp_path / "data", database_url=None, dask_scheduler=address)
    app = create_app(settings)
    with TestClient(app) as client:
        yield app, client


def _upload_clip(client: TestClient, clip: Path) -> str:
    r = client.post("/api/uploads", files={"video": ("clip.mp4", clip.read_bytes(), "video/mp4")})
    assert r.status_code == 202, r.text
    return r.json()["status_url"]


def _check_clip_result(app, d: dict, truth: dict) -> None:
    assert d["status"] == "done", d
    assert d["result"]["measures"]["affected_side"] == truth["summary"]["affected_side"]
    # The web process wrote the analysis and the report the worker rendered.
    with app.state.sessions() as db:
        (video,) = db.scalars(select(Video)).all()
        assert video.analysis["summary"]["affected_side"] == truth["summary"]["affected_side"]
        report = report_path(app.state.settings.reports_dir, video.stored_path)
    assert report.is_file() and report.stat().st_mode & 0o077 == 0
    assert "<html" in report.read_text(encoding="utf-8").lower()


def test_a_patients_clip_is_analysed_on_the_cluster(web, clips, dask_cluster):
    from distributed import Client, get_task_stream

    app, client = web
    folder, truth = clips
    address, _ = dask_cluster
    with Client(address, timeout="60s", set_as_default=False) as c, get_task_stream(c) as ts:
        url = _upload_clip(client, folder / "right.mp4")
        seen: list[float] = []  # the progress a patient's page shows while it runs
        deadline = time.monotonic() + 240
        while (d := client.get(url).json())["status"] not in ("done", "failed"):
            assert time.monotonic() < deadline, d
            if d["status"] == "running":
                seen.append(d["progress"])
            time.sleep(0.05)
    ran = list(ts.data)  # collected when the block ends
    _check_clip_result(app, d, truth["right.mp4"])
    # One task, run by a worker: not in the web process.
    assert [str(t["key"]).startswith("run_task") for t in ran] == [True], ran
    # The worker's progress reached the page while it ran (on 07c7ef4: 0 until the end).
    assert any(0 < p < 1 for p in seen), seen
    assert seen == sorted(seen) and d["progress"] == 1.0


def test_a_clinicians_edf_upload_is_analysed_on_the_cluster(web, recordings, dask_cluster):
    from distributed import Client, get_task_stream

    app, client = web
    folder, truth = recordings
    with app.state.sessions() as db:
        create_user(db, "clinician@clinic.example", "clinician", PASSWORD)
        db.commit()
    r = client.post(
        "/api/auth/login", json={"email": "clinician@clinic.example", "password": PASSWORD}
    )
    assert r.status_code == 200, r.text
    client.headers["X-CSRF-Token"] = r.json()["csrf_token"]
    pid = client.post("/api/patients", json=PATIENT).json()["id"]

    address, _ = dask_cluster
    with Client(address, timeout="60s", set_as_default=False) as c, get_task_stream(c) as ts:
        r = client.post(
            f"/api/patients/{pid}/recordings",
            files={
                "edf": ("lsr.edf", (folder / "lsr.edf").read_bytes(), "application/octet-stream")
            },
            data={"recorded_on": "2026-03-02"},
        )
        assert r.status_code == 202, r.text
        d = _wait(client, r.json()["status_url"])
    ran = list(ts.data)
    assert [str(t["key"]).startswith("run_task") for t in ran] == [True], ran
    assert d["status"] == "done", d
    t = truth["lsr.edf"]
    want = {(p["stim_site"], p["channel"]) for p in t["lsr"]}
    got = {(m["stim_site"], m["channel"]): m for m in d["summary"]["lsr"]}
    assert set(got) == want
    assert all(m["present"] for m in got.values())
    for p in t["lsr"]:
        m = got[(p["stim_site"], p["channel"])]
        assert abs(m["onset_latency_ms"] - p["onset_latency_ms"]) <= 0.3, (m, p)
    # The report, rendered on the worker, is saved and served by the web process; the
    # analysis names the recording, not the worker's temporary copy.
    rid = r.json()["id"]
    rep = client.get(f"/api/patients/{pid}/recordings/{rid}/report")
    assert rep.status_code == 200 and f"Recording {rid}" in rep.text
    assert "hfs-task-" not in rep.text
    with app.state.sessions() as db:
        row = db.get(RecordingRow, rid)
        assert row.analysis["source"] == f"recording-{rid}.edf"
        # ... and the patient's LSR measurement derived from it, as in-process.
        (lsr,) = db.scalars(select(NeurophysRow)).all()
        assert lsr.recording_id == rid and lsr.lsr_present is True


def test_a_worker_killed_mid_task_loses_nothing(web, clips, dask_cluster):
    app, client = web
    folder, truth = clips
    address, workers = dask_cluster
    killed: dict = {}

    stop = threading.Event()
    killer = threading.Thread(
        target=kill_a_busy_worker, args=(address, workers, stop, killed), daemon=True
    )
    killer.start()
    try:
        url = _upload_clip(client, folder / "left.mp4")
        d = _wait(client, url)
    finally:
        stop.set()
        killer.join(timeout=60)
    assert killed, "no worker was seen busy"
    _check_clip_result(app, d, truth["left.mp4"])


class _LostCluster:
    """An executor whose cluster went away: every task's future ends cancelled, as
    ``distributed`` cancels its futures when the scheduler connection is lost."""

    ships_bytes = True

    def __init__(self):
        self.submitted: list[str] = []

    def submit(self, fn, kind, source, options):
        from concurrent.futures import Future

        from distributed.client import FutureCancelledError

        self.submitted.append(kind)
        f: Future = Future()
        f.set_exception(FutureCancelledError("run_task-x", reason="scheduler-connection-lost"))
        return f

    def close(self) -> None:
        pass


def test_a_job_whose_cluster_went_away_is_queued_again_and_runs_after_a_restart(tmp_path, clips):
    folder, truth = clips
    settings = Settings(data_dir=tmp_path / "data", database_url=None)
    app = create_app(settings)
    with TestClient(app) as client:
        app.state.executor = lost = _LostCluster()
        url = _upload_clip(client, folder / "left.mp4")
        deadline = time.monotonic() + 60
        while not (lost.submitted and client.get(url).json()["status"] == "queued"):
            assert time.monotonic() < deadline, client.get(url).json()
            time.sleep(0.05)
        d = client.get(url).json()
    # Not failed: nothing is shown to the patient but "queued", and no result.
    assert lost.submitted == ["video"]
    assert d["status"] == "queued" and d["error"] is None and d["result"] is None
    # The next start runs it (here in-process: the same analysis, the same answer).
    app2 = create_app(settings)
    with TestClient(app2) as client:
        _check_clip_result(app2, _wait(client, url), truth["left.mp4"])


class _ClusterBack(_LostCluster):
    """A cluster that goes away during the first task and is back for the next: the
    second and later tasks run (here, in this process) and return their result."""

    def submit(self, fn, kind, source, options):
        if not self.submitted:
            return super().submit(fn, kind, source, options)
        from concurrent.futures import Future

        self.submitted.append(kind)
        f: Future = Future()
        f.set_result(fn(kind, source, options))
        return f


def test_a_job_whose_cluster_went_away_runs_when_the_cluster_is_back(tmp_path, clips):
    # On 07c7ef4 the row stayed "queued" until the web app was restarted.
    folder, truth = clips
    app = create_app(Settings(data_dir=tmp_path / "data", database_url=None))
    with TestClient(app) as client:
        app.state.executor = back = _ClusterBack()
        url = _upload_clip(client, folder / "left.mp4")
        d = _wait(client, url, timeout=90.0)
        assert back.submitted == ["video", "video"]  # lost once, then run on the cluster
        _check_clip_result(app, d, truth["left.mp4"])
