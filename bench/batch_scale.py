"""Scaling of ``hfs batch video``: 1 and 2 local workers against single analyses.

The same N simulated clips (default 20, 10 s each, 320x240 at 15 fps; written once to
bench/_data/batch_clips/) are measured:

- one by one in this process (``hfs.tasks.video_task``, the function a worker runs,
  which is what ``hfs video analyze`` does without its start-up): the sum of their
  wall times is the work itself. It is measured before and after the batches, so a
  change in the machine's load shows;
- ``hfs video analyze CLIP -q`` run once per clip (subprocesses: each pays the
  interpreter's start, the imports and the model's start-up, as a person's loop over
  the files would), summed;
- ``hfs batch video --workers W --out ...`` as a person runs it (a fresh subprocess,
  so interpreter start, imports, the LocalCluster and every worker's model start-up
  count), for W = 1 and 2.

Printed side by side: wall and CPU times (CPU: every thread and worker process; less
sensitive to other work on the machine), the batch's overhead with 1
worker over both sums (target <= 10%), and the speed-up with 2. The in-process sum is
the stricter reference: the batch's fixed cost (interpreter, Dask, the worker's
imports; a few seconds) shows against it, and shrinks with longer clips.

It prints figures, not pass/fail. On a shared machine the figures swing with other
work: say so when quoting them.

Run: ``python bench/batch_scale.py [--clips 20] [--seconds 10]``.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("GLOG_minloglevel", "2")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from hfs.simulate.video import simulate_video

DATA = Path(__file__).resolve().parent / "_data" / "batch_clips"
SIDES = ("left", "right", "none")


def make_clips(n: int, seconds: float) -> list[Path]:
    folder = DATA / f"{seconds:g}s"
    folder.mkdir(parents=True, exist_ok=True)
    clips = []
    for i in range(n):
        path = folder / f"clip{i:03d}.mp4"
        if not path.exists():
            side = SIDES[i % len(SIDES)]
            tmp = path.with_name(f".{path.name}")
            simulate_video(
                tmp,
                side=side,
                duration_s=seconds,
                fps=15,
                size="320x240",
                spasm_rate=0 if side == "none" else 15,
                rng=7000 + i,
            )
            tmp.replace(path)
        clips.append(path)
    return clips


def one_by_one(clips: list[Path]) -> tuple[float, float]:
    """Wall and CPU seconds (all this process's threads) of analysing each clip in turn."""
    from hfs.tasks import video_task

    wall = cpu = 0.0
    for c in clips:
        t, c0 = time.perf_counter(), time.process_time()
        video_task(c)
        wall += time.perf_counter() - t
        cpu += time.process_time() - c0
    return wall, cpu


def one_command_each(clips: list[Path]) -> tuple[float, float]:
    """Wall and CPU seconds of ``hfs video analyze CLIP -q`` run once per clip."""
    wall = cpu = 0.0
    for c in clips:
        t, c0 = time.perf_counter(), _children_cpu()
        r = subprocess.run(
            [sys.executable, "-m", "hfs.cli.main", "video", "analyze", str(c), "-q"],
            capture_output=True,
            text=True,
        )
        wall += time.perf_counter() - t
        cpu += _children_cpu() - c0
        if r.returncode != 0:
            raise SystemExit(f"hfs video analyze failed: {r.stderr.strip()[-500:]}")
    return wall, cpu


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def batch(clips: list[Path], workers: int) -> tuple[float, float]:
    """Wall and CPU seconds of ``hfs batch`` (its worker processes included)."""
    with tempfile.TemporaryDirectory() as d:
        links = Path(d) / "in"
        links.mkdir()
        for c in clips:
            (links / c.name).symlink_to(c)
        cmd = [sys.executable, "-m", "hfs.cli.main", "batch", "video", str(links)]
        cmd += ["--out", str(Path(d) / "r.csv"), "--workers", str(workers), "--quiet"]
        t, c0 = time.perf_counter(), _children_cpu()
        r = subprocess.run(cmd, capture_output=True, text=True)
        wall, cpu = time.perf_counter() - t, _children_cpu() - c0
    if r.returncode != 0:
        raise SystemExit(f"hfs batch failed ({r.returncode}): {r.stderr.strip()[-500:]}")
    return wall, cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clips", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=10.0)
    args = ap.parse_args()
    t = time.perf_counter()
    clips = make_clips(args.clips, args.seconds)
    print(f"{len(clips)} clips of {args.seconds:g} s ready in {time.perf_counter() - t:.0f} s")
    print(f"cores: {os.cpu_count()}, load average now: {os.getloadavg()[0]:.1f}")
    before = one_by_one(clips)
    w1 = batch(clips, 1)
    w2 = batch(clips, 2)
    after = one_by_one(clips)
    commands = one_command_each(clips)
    single = ((before[0] + after[0]) / 2, (before[1] + after[1]) / 2)
    print()
    print(f"{'measure':<48}{'wall s':>10}{'CPU s':>10}")
    for label, (wall, cpu) in (
        ("sum of single analyses, before (in-process)", before),
        ("sum of single analyses, after (in-process)", after),
        ("sum of single `hfs video analyze` (subprocesses)", commands),
        ("hfs batch video --workers 1 (subprocess)", w1),
        ("hfs batch video --workers 2 (subprocess)", w2),
    ):
        print(f"{label:<48}{wall:>10.1f}{cpu:>10.1f}")
    print()
    print(f"per clip: {single[0] / len(clips):.2f} s; load average now: {os.getloadavg()[0]:.1f}")
    for what, i in (("wall", 0), ("CPU", 1)):
        print(
            f"overhead of hfs batch (1 worker) over the mean sum, {what} time: "
            f"{100 * (w1[i] / single[i] - 1):+.1f}% (target <= 10%)"
        )
    for what, i in (("wall", 0), ("CPU", 1)):
        print(
            f"overhead of hfs batch (1 worker) over the sum of `hfs video analyze` runs, "
            f"{what} time: {100 * (w1[i] / commands[i] - 1):+.1f}% (target <= 10%)"
        )
    print(f"speed-up with 2 workers over the mean sum (wall): {single[0] / w2[0]:.2f}x (2 cores)")


if __name__ == "__main__":
    main()
