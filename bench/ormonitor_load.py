"""Memory and pace of the operating-room monitor over a long case with live viewers.

A simulated intraoperative LSR recording (2 Hz zygomatic stimulation, 3 facial
channels, 10 kHz; SYNTHETIC) is repeated to make a case of ``--hours`` (default 4) and
fed as fast as possible through the monitor with the case record (``--case-dir`` in a
temporary folder) and the live page served on 127.0.0.1 with ``--viewers`` (default 2)
server-sent-event clients reading every message. Prints the monitor process's resident
memory (RSS) as the case goes on and at its end (target: under 300 MB with 2 viewers),
its peak, the messages each viewer got, and the pace.

Run: ``python bench/ormonitor_load.py [--hours 4] [--viewers 2] [--emg]``.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import threading
import time
from pathlib import Path

import httpx

from hfs.neurophys.case import CaseRecorder
from hfs.neurophys.monitor import run_monitor
from hfs.simulate.recording import simulate_recording
from hfs.web.ormonitor import LiveHub, serve


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def source(sim, hours: float, chunk_s: float = 0.1):
    """The recording repeated (its stimuli with it) for ``hours``."""
    x = sim.data_uv.T  # (n, channels)
    n = x.shape[0]
    stims = sorted((round(t * sim.sfreq), text.split()[-1]) for t, text in sim.annotations)
    step = int(chunk_s * sim.sfreq)
    total = int(hours * 3600 * sim.sfreq)
    pos = 0
    while pos < total:
        a = pos % n
        b = min(a + step, n)
        ev = [(pos - a + s, k) for s, k in stims if a <= s < b]
        yield x[a:b], ev
        pos += b - a


def viewer(url: str, token: str, counts: list, i: int, stop: threading.Event) -> None:
    with httpx.stream("GET", f"{url}/events", params={"token": token}, timeout=None) as r:
        for line in r.iter_lines():
            if line.startswith("data:"):
                counts[i] += 1
            if stop.is_set():
                break


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--hours", type=float, default=4.0)
    ap.add_argument("--viewers", type=int, default=2)
    ap.add_argument("--emg", action="store_true", help="also the free-running EMG")
    args = ap.parse_args()
    sim = simulate_recording("intraop-lsr", story="transient", duration_s=90, sfreq=10000, rng=5)
    import gc

    gc.collect()
    from hfs.neurophys.montage import recognise_channel

    channels = [recognise_channel(lb) for lb in sim.labels]
    with tempfile.TemporaryDirectory() as tmp:
        rec = CaseRecorder(
            Path(tmp) / "case",
            {
                "source": "bench",
                "sfreq": sim.sfreq,
                "channels": [c.to_dict() for c in channels],
                "baseline_s": [0, 30],
                "confirm_sweeps": 3,
                "baep_sweeps": 500,
            },
        )
        hub = LiveHub(sim.sfreq, speed=None, recorder=rec)
        server, url, _, view = serve(hub, "127.0.0.1", 0)
        counts = [0] * args.viewers
        stop = threading.Event()
        threads = [
            threading.Thread(target=viewer, args=(url, view, counts, i, stop), daemon=True)
            for i in range(args.viewers)
        ]
        for t in threads:
            t.start()
        time.sleep(1.0)
        base = rss_mb()
        marks = []

        def hook(mon, new):
            rec(mon, new)
            hub(mon, new)
            if mon.n_sweeps % 1800 == 0 and mon.n_sweeps:
                marks.append((mon.time_s / 3600, rss_mb()))

        rows = list(range(len(channels)))
        t0, c0 = time.perf_counter(), time.process_time()
        mon = run_monitor(
            hub.chunks(source(sim, args.hours), [c.label for c in channels], rows),
            channels,
            sim.sfreq,
            mains_hz=50.0,
            baseline_s=(0, 30),
            prepare=rec.prepare,
            on_event=hook,
            free_run=args.emg,
        )
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        rec.close()
        time.sleep(1.0)
        end = rss_mb()
        stop.set()
        server.should_exit = True
        size = (Path(tmp) / "case" / "events.jsonl").stat().st_size / 1e6
    peak = max([end] + [m for _, m in marks])
    sim_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{args.hours:g} h case, {mon.n_sweeps} sweeps, {len(mon.alerts)} alerts, "
        f"{args.viewers} SSE viewers, free-running EMG {'on' if args.emg else 'off'}"
    )
    print("  RSS by case hour: " + ", ".join(f"{h:.1f} h {m:.0f} MB" for h, m in marks[::4]))
    print(
        f"monitor RSS: {base:.0f} MB when the case began (imports, server, simulated "
        f"source), {end:.0f} MB at its end, highest sampled {peak:.0f} MB (target < 300 "
        f"MB); process peak including the simulation beforehand {sim_peak:.0f} MB; case "
        f"record {size:.0f} MB"
    )
    print(
        f"messages per viewer: {counts}; {wall:.0f} s wall, {cpu:.0f} s CPU "
        f"({args.hours * 3600 / wall:.0f}x real time)"
    )


if __name__ == "__main__":
    main()
