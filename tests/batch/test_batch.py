"""``hfs batch``, the executor and the pure tasks, on simulated data with known truth.

The cluster tests start a real ``dask scheduler`` and two ``dask worker`` processes on
loopback (see conftest); one worker is killed in the middle of a task and the batch
still completes.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from hfs.batch import read_rows, run_batch, write_rows
from hfs.errors import InputError
from hfs.executor import DaskExecutor, InProcessExecutor, get_executor
from hfs.neurophys import SCHEMA as NEURO_SCHEMA
from hfs.settings import Settings
from hfs.tasks import neuro_task
from tests.batch.conftest import child_env, kill_a_busy_worker

pytestmark = pytest.mark.slow


def hfs(*args, timeout=600) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["nice", "-n", "10", sys.executable, "-m", "hfs.cli.main", *map(str, args)],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=timeout,
    )


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def csv_rows(path: Path) -> dict[str, dict]:
    with open(path, newline="", encoding="utf-8") as f:
        return {Path(r["path"]).name: r for r in csv.DictReader(f)}


def assert_lsr_matches_truth(row: dict, truth: dict) -> None:
    for pair in truth["lsr"]:
        col = f"lsr_{slug(pair['stim_site'])}_{slug(pair['channel'])}_present"
        assert row[col] in (pair["present"], str(pair["present"])), (col, row[col], pair)


# --------------------------------------------------------------------------- tasks


def test_a_task_given_bytes_measures_what_it_measures_from_the_path_and_leaves_nothing(
    recordings, tmp_path, monkeypatch
):
    folder, truth = recordings
    path = folder / "lsr.edf"
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    from_path = neuro_task(path)
    from_bytes = neuro_task(path.read_bytes(), {"name": "lsr.edf"})
    assert from_bytes["schema"] == NEURO_SCHEMA
    assert from_bytes["source"] == "lsr.edf"  # not the private temporary file
    assert from_bytes["lsr"] == from_path["lsr"]
    assert {(m["stim_site"], m["channel"], m["present"]) for m in from_bytes["lsr"]} == {
        (m["stim_site"], m["channel"], m["present"]) for m in truth["lsr.edf"]["lsr"]
    }
    with pytest.raises(InputError) as err:
        neuro_task(b"0       not an EDF file at all" * 20, {"name": "junk.edf"})
    assert "\n" not in err.value.message and "junk.edf" in err.value.message
    assert list(tmp_path.iterdir()) == []  # both temporary copies removed


# --------------------------------------------------------------------------- results table


class CountingExecutor(InProcessExecutor):
    """The in-process executor, remembering what it was given."""

    def __init__(self):
        super().__init__()
        self.submitted: list[str] = []

    def submit(self, fn, *args):
        self.submitted.append(Path(args[2]["name"]).name)
        return super().submit(fn, *args)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_rerun_skips_done_files_and_redoes_failed_and_changed_ones(recordings, tmp_path, fmt):
    folder, truth = recordings
    data = tmp_path / "in"
    shutil.copytree(folder, data)
    (data / "broken.edf").write_bytes(b"\x00" * 600)
    out = tmp_path / f"results.{fmt}"

    def run():
        ex = CountingExecutor()
        res = run_batch("neuro", [data], out, executor=lambda n: ex)
        return res, sorted(ex.submitted), {Path(r["path"]).name: r for r in read_rows(out)}

    res, sent, rows = run()
    assert sent == ["broken.edf", "lsr.edf", "no_lsr.edf"]
    assert (res.n_ok, res.n_failed, res.n_skipped) == (2, 1, 0)
    assert rows["broken.edf"]["status"] == "error" and rows["broken.edf"]["error"]
    for name in ("lsr.edf", "no_lsr.edf"):
        assert rows[name]["status"] == "ok" and not rows[name]["error"]
        assert_lsr_matches_truth(rows[name], truth[name])

    res, sent, again = run()
    assert sent == ["broken.edf"]  # the failed file is tried again, the others skipped
    assert (res.n_ok, res.n_failed, res.n_skipped) == (0, 1, 2)
    assert again["lsr.edf"] == rows["lsr.edf"]

    st = (data / "no_lsr.edf").stat()
    os.utime(data / "no_lsr.edf", ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    res, sent, rows = run()
    assert sent == ["broken.edf", "no_lsr.edf"]  # changed since: measured again
    assert len(rows) == 3
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_an_interrupted_batch_leaves_a_whole_table_of_what_it_measured(recordings, tmp_path):
    folder, truth = recordings
    out = tmp_path / "results.csv"

    def stop_after_first(done, total):
        if done == 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(
            "neuro",
            [folder],
            out,
            executor=lambda n: InProcessExecutor(),
            progress=stop_after_first,
        )
    rows = csv_rows(out)
    assert len(rows) == 1
    ((name, row),) = rows.items()
    assert row["status"] == "ok"
    assert_lsr_matches_truth(row, truth[name])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results.csv"]  # no temporary left


def test_cannot_tell_is_an_empty_cell_beside_its_reason(tmp_path):
    from hfs.batch import flatten_video

    analysis = {
        "schema": "hfs.video.analysis/1",
        "video": {"duration_s": 12.0, "mirrored": False},
        "quality": {"face_found_fraction": 0.5, "warnings": ["face out of view for 6 s"]},
        "summary": {
            "affected_side": None,
            "cannot_tell": "only 6 s of visible face; at least 10 s are needed",
            "spasms_per_min": None,
            "jankovic": None,
            "smc": None,
            "n_spasms": 1,
        },
    }
    row = {"path": "/x.mp4", "status": "ok", **flatten_video(analysis)}
    assert row["visible_s"] == 6.0 and row["n_warnings"] == 1
    for fmt in ("csv", "parquet"):
        out = tmp_path / f"r.{fmt}"
        write_rows(out, [row])
        (back,) = read_rows(out)
        empty = "" if fmt == "csv" else None
        assert back["affected_side"] == empty and back["smc_grade"] == empty
        assert back["jankovic_total"] == empty and back["spasms_per_min"] == empty
        assert back["cannot_tell"] == analysis["summary"]["cannot_tell"]


# --------------------------------------------------------------------------- the command


def run_cli(capsys, *args) -> tuple[int, str]:
    from hfs.cli.main import run

    with pytest.raises(SystemExit) as stop:
        run(["batch", *map(str, args)])
    return stop.value.code, capsys.readouterr().err


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_usage_errors_are_one_line_and_exit_2(recordings, tmp_path, capsys):
    folder, _ = recordings
    out = tmp_path / "r.csv"
    unused = f"tcp://127.0.0.1:{free_port()}"
    cases = [
        (["neuro", folder, "--out", tmp_path / "r.xlsx"], ".csv or .parquet"),
        (["neuro", folder, "--out", out, "--scheduler", "nonsense"], "not a Dask scheduler"),
        (
            ["neuro", folder, "--out", out, "--connect-timeout", "1", "--scheduler", unused],
            "cannot reach the Dask scheduler",
        ),
        (
            ["neuro", folder, "--out", out, "--scheduler", "tcp://127.0.0.1:1", "--workers", "2"],
            "not both",
        ),
        (["neuro", tmp_path / "missing", "--out", out], "no such file or folder"),
        (["video", folder, "--out", out], "no video files"),
    ]
    for args, needle in cases:
        code, err = run_cli(capsys, *args)
        lines = [ln for ln in err.splitlines() if ln.strip()]
        assert code == 2, (args, err)
        assert len(lines) == 1 and lines[0].startswith("hfs: error:") and needle in lines[0], err
    assert not out.exists()


def test_local_cluster_of_two_workers_with_a_corrupt_file_and_reports(clips, tmp_path):
    folder, truth = clips
    data = tmp_path / "videos"
    shutil.copytree(folder, data)
    (data / "corrupt.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42" + os.urandom(2000))
    (data / "notes.txt").write_text("not a video")
    out, reports = tmp_path / "results.csv", tmp_path / "reports"
    r = hfs("batch", "video", data, "--out", out, "--workers", "2", "--report-dir", reports)
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr
    assert "hfs: error: 1 of 3 file(s) failed" in r.stderr
    rows = csv_rows(out)
    assert sorted(rows) == ["corrupt.mp4", "left.mp4", "right.mp4"]
    assert rows["corrupt.mp4"]["status"] == "error"
    assert "corrupt.mp4" in rows["corrupt.mp4"]["error"]
    for name, t in truth.items():
        assert rows[name]["status"] == "ok", rows[name]
        assert rows[name]["affected_side"] == t["summary"]["affected_side"]
        report = Path(rows[name]["report"])
        assert report.parent == reports and report.stem == Path(name).stem
        assert "<html" in report.read_text()[:500].lower()
    assert sorted(p.name for p in reports.iterdir()) == ["left.html", "right.html"]


# --------------------------------------------------------------------------- a real cluster


def test_the_executor_from_settings_runs_a_task_on_the_cluster(dask_cluster, recordings):
    address, _ = dask_cluster
    folder, _ = recordings
    data = (folder / "lsr.edf").read_bytes()
    with get_executor(Settings(dask_scheduler=address)) as ex:
        assert isinstance(ex, DaskExecutor) and ex.ships_bytes
        remote = ex.submit(neuro_task, data, {"name": "lsr.edf"}).result(timeout=300)
    with get_executor(Settings(dask_scheduler=None)) as ex:
        assert isinstance(ex, InProcessExecutor)
        local = ex.submit(neuro_task, data, {"name": "lsr.edf"}).result()
    assert isinstance(remote, dict) and remote["lsr"] == local["lsr"]


def test_batch_of_recordings_on_the_cluster_matches_the_truth(dask_cluster, recordings, tmp_path):
    address, _ = dask_cluster
    folder, truth = recordings
    out = tmp_path / "results.parquet"
    r = hfs("batch", "neuro", folder, "--out", out, "--scheduler", address)
    assert r.returncode == 0, r.stderr
    rows = {Path(x["path"]).name: x for x in read_rows(out)}
    assert sorted(rows) == sorted(truth)
    for name, t in truth.items():
        assert rows[name]["status"] == "ok" and rows[name]["schema"] == NEURO_SCHEMA
        assert_lsr_matches_truth(rows[name], t)
        assert rows[name]["n_lsr_present"] == sum(p["present"] for p in t["lsr"])


def test_batch_of_clips_completes_when_a_worker_is_killed_mid_task(dask_cluster, clips, tmp_path):
    address, workers = dask_cluster
    folder, truth = clips
    out = tmp_path / "results.csv"
    killed: dict = {}

    scratch = set(Path(tempfile.gettempdir()).glob("hfs-task-*"))
    stop = threading.Event()
    killer = threading.Thread(
        target=kill_a_busy_worker, args=(address, workers, stop, killed), daemon=True
    )
    killer.start()
    try:
        r = hfs("batch", "video", folder, "--out", out, "--scheduler", address)
    finally:
        stop.set()
        killer.join(timeout=60)
    assert killed, "no worker was seen busy"
    assert r.returncode == 0, r.stderr
    rows = csv_rows(out)
    assert sorted(rows) == sorted(truth)
    for name, t in truth.items():
        assert rows[name]["status"] == "ok", rows[name]
        assert rows[name]["affected_side"] == t["summary"]["affected_side"]
    # The killed worker's copy of the clip is in its own Dask folder, which Dask
    # clears when a worker next starts there, not left in the system's temporary folder.
    assert set(Path(tempfile.gettempdir()).glob("hfs-task-*")) == scratch
