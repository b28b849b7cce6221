"""Shared data and a real Dask cluster (scheduler + two workers on loopback) for batch tests."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from hfs.simulate.recording import simulate_recording
from hfs.simulate.video import simulate_video

SRC = str(Path(__file__).resolve().parents[2] / "src")

#: Short clips (12 s: above the 10 s of visible face a side needs) and small recordings.
CLIPS = {"left.mp4": dict(side="left", rng=31), "right.mp4": dict(side="right", rng=5)}
#: 20 s at 3 stimuli/s: about 30 sweeps per stimulation site (at least 10 are needed).
RECORDINGS = {
    "lsr.edf": dict(lsr_present=True, rng=11),
    "no_lsr.edf": dict(lsr_present=False, rng=13),
}


SCHEDULER_ARGS = ("--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--idle-timeout", "900")
WORKER_ARGS = ("--host", "127.0.0.1", "--nthreads", "1", "--no-nanny", "--no-dashboard")
WORKER_ARGS += ("--death-timeout", "60")


def child_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (SRC, env.get("PYTHONPATH")) if p)
    env.setdefault("GLOG_minloglevel", "2")
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    return env


@pytest.fixture(scope="session")
def clips(tmp_path_factory) -> tuple[Path, dict[str, dict]]:
    """A folder with two simulated clips; their truth by file name."""
    d = tmp_path_factory.mktemp("clips")
    truth = {
        name: simulate_video(
            d / name,
            duration_s=12,
            fps=15,
            size="320x240",
            spasm_rate=20,
            regions=("eye",),
            **kw,
        )
        for name, kw in CLIPS.items()
    }
    return d, truth


@pytest.fixture(scope="session")
def recordings(tmp_path_factory) -> tuple[Path, dict[str, dict]]:
    """A folder with two simulated diagnostic recordings (LSR present / absent)."""
    d = tmp_path_factory.mktemp("recordings")
    truth = {}
    for name, kw in RECORDINGS.items():
        sim = simulate_recording("diagnostic", duration_s=20, sfreq=5000, stim_rate_hz=3, **kw)
        sim.write_edf(d / name)
        truth[name] = sim.truth
    return d, truth


def _stop(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 15
    for p in procs:
        try:
            p.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory):
    """``dask scheduler`` and two ``dask worker`` processes (one thread each, no nanny,
    so a killed worker stays dead) on 127.0.0.1 with random ports.

    Yields ``(address, workers)``; every process is stopped afterwards, and each also
    stops by itself if left alone (scheduler idle timeout, workers' death timeout).
    """
    d = tmp_path_factory.mktemp("dask")
    info = d / "scheduler.json"
    env = child_env()
    dask = ["nice", "-n", "10", sys.executable, "-m", "dask"]
    procs: list[subprocess.Popen] = []
    try:
        procs.append(
            subprocess.Popen(
                [*dask, "scheduler", *SCHEDULER_ARGS, "--scheduler-file", str(info)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=open(d / "scheduler.log", "w"),  # noqa: SIM115
            )
        )
        deadline = time.monotonic() + 120
        while not (info.exists() and info.stat().st_size):
            assert procs[0].poll() is None, (d / "scheduler.log").read_text()
            assert time.monotonic() < deadline, "the scheduler did not start"
            time.sleep(0.2)
        address = json.loads(info.read_text())["address"]
        workers = [
            subprocess.Popen(
                [*dask, "worker", address, *WORKER_ARGS, "--name", f"w{i}"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=open(d / f"worker{i}.log", "w"),  # noqa: SIM115
            )
            for i in range(2)
        ]
        procs += workers
        from distributed import Client

        with Client(address, timeout="60s", set_as_default=False) as c:
            c.wait_for_workers(2, timeout=180)
        yield address, workers
    finally:
        _stop(procs)


def kill_a_busy_worker(address: str, workers, stop: threading.Event, killed: dict) -> None:
    """SIGKILL the first Dask worker seen running a task, a second into it; its pid goes
    into ``killed``. ``workers``: the worker processes (``dask_cluster``)."""
    from distributed import Client

    with Client(address, timeout="60s", set_as_default=False) as c:
        pids = c.run(os.getpid)  # worker address -> its process
        while not stop.is_set():
            busy = [w for w, keys in c.processing().items() if keys]
            if busy:
                time.sleep(1.0)  # well inside the task (several seconds)
                pid = pids[busy[0]]
                (proc,) = [p for p in workers if p.pid == pid]
                os.kill(pid, signal.SIGKILL)
                proc.wait(timeout=30)
                killed["pid"] = pid
                return
            time.sleep(0.1)
