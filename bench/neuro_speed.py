"""Speed and memory of ``hfs neuro``: analyse vs merely reading, and the monitor.

A 30-minute, 8-channel, 20 kHz EDF+ (simulated intraoperative LSR recording with
stimulation at 2 Hz: 3600 sweeps) is written once to bench/_data/. Each measure runs
in a fresh subprocess (so that one's memory cannot hide in another's), and the
figures are printed side by side:

- time: MNE merely reading the file (``mne.io.read_raw_edf(preload=True)``) against
  ``analyze`` (``read_recording`` + ``analyze_recording``): wall and CPU time of the
  work itself (imports excluded), best of ``--repeats``; target analyze <= 1.6x read;
- memory: each child's own peak resident memory (Linux ``VmHWM`` of
  ``/proc/self/status``, imports included) over the file's size, for MNE's read,
  ``analyze`` and a ``monitor --replay`` at full speed; targets analyze <= 1.5x,
  replay <= 2x. Not ``getrusage(RUSAGE_SELF).ru_maxrss``: Linux carries the parent's
  peak over into a child started with fork or vfork and exec, so on the run that first
  wrote the file (a parent of several GB) every child reported the parent's peak. The
  files are also written by a subprocess of their own, so this process stays small;
- the monitor's cost per sweep on that replay (8 channels per sweep; target <= 1 ms)
  and on a 2-minute BAEP recording (1 channel).

Run: ``python bench/neuro_speed.py [--minutes 30] [--repeats 3]``. It prints figures,
not pass/fail. On a shared machine wall times swing with the load; CPU time much less.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

# One BLAS thread: the matrix products here are small, and on a shared machine
# OpenBLAS threads that spin for a busy core make timings swing several-fold.
# Override by setting OPENBLAS_NUM_THREADS yourself.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

DATA = Path(__file__).resolve().parent / "_data"
MUSCLES = (
    "orbicularis_oculi",
    "orbicularis_oris",
    "mentalis",
    "zygomaticus",
    "frontalis",
    "nasalis",
    "depressor_anguli_oris",
    "platysma",
)

#: What each subprocess runs; it prints one JSON line.
CHILD = r"""
import json, os, resource, sys, time
import mne
mne.set_log_level("ERROR")
from hfs.neurophys import analyze_recording, read_recording
from hfs.neurophys.monitor import replay_file, run_monitor
mode, path = sys.argv[1], sys.argv[2]


def peak_kb():
    # This process's own high-water mark (VmHWM belongs to the address space made at
    # exec); ru_maxrss would include the parent's peak where the parent was larger.
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


base = peak_kb()
t, c = time.perf_counter(), time.process_time()
out = {}
if mode == "read":
    raw = mne.io.read_raw_edf(path, preload=True, verbose="error")
    out["n_channels"], out["n_times"] = len(raw.ch_names), raw.n_times
elif mode == "analyze":
    rec = read_recording(path)
    res = analyze_recording(rec)
    out["n_stimuli"] = len(rec.stimuli)
    out["lsr"] = [(m.stim_site, m.channel, m.present, m.onset_latency_ms) for m in res.lsr]
    out["n_m"] = len(res.m_response)
elif mode == "replay":
    rec = read_recording(path)
    mon = run_monitor(replay_file(rec), rec.channels, rec.sfreq)
    out["n_sweeps"], out["sweep_s"] = mon.n_sweeps, mon.sweep_seconds
    out["sweep_cpu_s"] = getattr(mon, "sweep_cpu_seconds", float("nan"))  # older hfs: none
    out["n_channels"] = len(rec.channels)
out["wall"], out["cpu"] = time.perf_counter() - t, time.process_time() - c
out["peak_kb"] = peak_kb()
out["import_kb"] = base
print(json.dumps(out, default=float))
"""


def child(mode: str, path: Path) -> dict:
    r = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(path)],
        capture_output=True,
        text=True,
    )
    if r.returncode != 0:
        raise SystemExit(f"{mode} {path.name} failed:\n{r.stderr}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def write(call: str, path: Path) -> None:
    """Simulate and write a recording in a subprocess of its own: its memory (GBs for
    30 minutes) is given back before anything is measured."""
    code = (
        "import sys\n"
        "from hfs.simulate.recording import simulate_recording\n"
        f"{call}.write_edf(sys.argv[1])\n"
    )
    r = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"writing {path.name} failed:\n{r.stderr}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=30.0)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    DATA.mkdir(exist_ok=True)
    path = DATA / f"speed_{args.minutes:g}min_8ch_20k.edf"
    if not path.exists():
        t = time.perf_counter()
        write(
            f"simulate_recording('intraop-lsr', duration_s={args.minutes * 60!r}, "
            f"sfreq=20000, muscles={MUSCLES!r}, rng=1)",
            path,
        )
        print(
            f"wrote {path.name} ({os.path.getsize(path) / 1e6:.0f} MB) "
            f"in {time.perf_counter() - t:.1f} s"
        )
    size = os.path.getsize(path)

    # Alternate read and analyze so both see the same load; the first read also
    # warms the page cache for both.
    reads, ans = [], []
    for _ in range(max(1, args.repeats)):
        reads.append(child("read", path))
        ans.append(child("analyze", path))
    rep = child("replay", path)

    bpath = DATA / "speed_baep_120s.edf"
    if not bpath.exists():
        write("simulate_recording('intraop-baep', duration_s=120, sfreq=20000, rng=2)", bpath)
    brep = child("replay", bpath)

    rd, an = reads[0], ans[0]
    t_read = min(r["wall"] for r in reads)
    t_an = min(a["wall"] for a in ans)
    c_read = min(r["cpu"] for r in reads)
    c_an = min(a["cpu"] for a in ans)
    mb = 1024.0 * 1024.0

    def mem(d: dict) -> str:
        return (
            f"{d['peak_kb'] * 1024 / mb:7.0f} MB = {d['peak_kb'] * 1024 / size:4.2f}x the file "
            f"(after imports {d['import_kb'] * 1024 / mb:.0f} MB)"
        )

    print(
        f"recording: {args.minutes:g} min, {rd['n_channels']} channels, 20 kHz, "
        f"{int(rd['n_times'])} samples/channel, {an['n_stimuli']} stimuli; "
        f"file {size / mb:.0f} MB"
    )
    print(
        f"(best of {len(reads)}; each run a fresh process; load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; "
        f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS')})"
    )
    print(f"{'':34}{'wall s':>8}{'CPU s':>8}   peak memory")
    print(f"{'MNE read_raw_edf(preload=True)':34}{t_read:8.2f}{c_read:8.2f}   {mem(rd)}")
    print(f"{'hfs analyze (read + analyse)':34}{t_an:8.2f}{c_an:8.2f}   {mem(an)}")
    print(
        f"{'hfs monitor --replay (max speed)':34}{rep['wall']:8.2f}{rep['cpu']:8.2f}   {mem(rep)}"
    )
    print(
        f"analyze / MNE read: wall {t_an / t_read:.2f}x, CPU {c_an / c_read:.2f}x "
        f"(target <= 1.6x), peak memory {an['peak_kb'] / rd['peak_kb']:.2f}x "
        f"({an['peak_kb'] / 1024:.0f} vs {rd['peak_kb'] / 1024:.0f} MB)"
    )
    print(
        f"peak memory over the file: analyze {an['peak_kb'] * 1024 / size:.2f}x "
        f"(target <= 1.5x), MNE read {rd['peak_kb'] * 1024 / size:.2f}x, "
        f"replay {rep['peak_kb'] * 1024 / size:.2f}x (target <= 2x)"
    )
    print(
        "  all runs: read "
        + ", ".join(f"{r['wall']:.2f}/{r['cpu']:.2f}" for r in reads)
        + " s; analyze "
        + ", ".join(f"{a['wall']:.2f}/{a['cpu']:.2f}" for a in ans)
        + " s (wall/CPU)"
    )
    n_present = sum(1 for x in an["lsr"] if x[2])
    print(f"  {len(an['lsr'])} LSR pairs, {n_present} present; {an['n_m']} M-responses")
    for what, d in (
        (f"LSR sweep ({rep['n_channels']} ch)", rep),
        (f"BAEP sweep ({brep['n_channels']} ch)", brep),
    ):
        per = 1000.0 / max(d["n_sweeps"], 1)
        print(
            f"monitor per {what}: {d['sweep_s'] * per:6.3f} ms wall, "
            f"{d['sweep_cpu_s'] * per:6.3f} ms CPU over {d['n_sweeps']} sweeps"
            + (" (target <= 1 ms)" if d is rep else "")
        )


if __name__ == "__main__":
    main()
