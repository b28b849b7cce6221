"""Speed of `hfs video analyze`, measured side by side in one run.

On a 60 s 720p30 clip and a 30 s 480p30 clip, prints frames per second of
(a) decoding alone (PyAV, scaled to the analysis size, RGB),
(b) the landmark model alone on frames decoded beforehand,
(c) the whole analysis as shipped: the clip read in two halves at once, each with
    its own decode process and Face Mesh (see ``SPLIT_MIN_FRAMES``),
(c') the same with one Face Mesh over the whole clip (what shipped before),
(d) with ``--thread``: one Face Mesh, the decoding in a thread of this process,
and the ratios to (b): (c)/(b) near 2 means both cores run the model; (c')/(b) near 1
means decoding is hidden behind one model. Targets: (c) >= 0.8 x (b); the 60 s
720p30 clip in <= 15 s. Each repeat runs (c) and (c') side by side, and says whether
they found the same events.

Each figure also comes as CPU time per frame (all threads of this process, plus the
decode processes it waited for): on a shared machine wall-clock rates fall with the
load, CPU time much less, so the CPU ratio (b)/(c) says what share of the whole
analysis's work is the landmark model. ``--crossover`` analyses the first few seconds
of the 720p clip both ways (why clips under ``SPLIT_MIN_FRAMES`` are read in one
piece). Last, the start cost of a decode process against a thread on a 2 s clip (why
clips under ``PROCESS_MIN_FRAMES`` decode in a thread).

    python bench/video_speed.py [--repeat N] [--clip 720p30_60s] [--thread] [--crossover] [--heap]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("GLOG_minloglevel", "2")

import av

from hfs.simulate.video import simulate_video
from hfs.video import analysis as video_analysis
from hfs.video import io as video_io
from hfs.video.analysis import analyze_video
from hfs.video.io import iter_frames, open_frames
from hfs.video.landmarks import MediaPipeFaceMesh, native_stderr_silenced

DATA = Path(__file__).parent / "_data" / "video_speed"
CLIPS = {
    "720p30_60s": dict(size="1280x720", duration_s=60.0, fps=30, side="left", spasm_rate=10, rng=1),
    "480p30_30s": dict(size="854x480", duration_s=30.0, fps=30, side="right", spasm_rate=10, rng=2),
}


def clip_path(name: str) -> Path:
    path = DATA / f"{name}.mp4"
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        print(f"generating {path.name} ...", flush=True)
        simulate_video(path, **CLIPS[name])
    return path


def cpu_s() -> float:
    """CPU seconds used so far by this process, all threads, and by the child
    processes (decoders) it has waited for."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    c = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime + c.ru_utime + c.ru_stime


def first_seconds(path: Path, seconds: float) -> Path:
    """The first ``seconds`` of ``path``, its packets copied (no re-encoding)."""
    out = DATA / f"{path.stem}_first{seconds:g}s.mp4"
    if out.exists():
        return out
    with av.open(str(path)) as src, av.open(str(out), "w") as dst:
        s_in = src.streams.video[0]
        s_out = dst.add_stream_from_template(s_in)
        for pkt in src.demux(s_in):
            if pkt.dts is None or pkt.pts is None:
                continue
            if float(pkt.pts * s_in.time_base) >= seconds:
                continue
            pkt.stream = s_out
            dst.mux(pkt)
    return out


def decode_only(path: Path) -> tuple[int, float, float]:
    t0, c0 = time.perf_counter(), cpu_s()
    n = sum(1 for _ in iter_frames(path))
    return n, time.perf_counter() - t0, cpu_s() - c0


def landmarks_only(path: Path, limit: int = 600) -> tuple[int, float, float]:
    frames = []
    for f in iter_frames(path):
        frames.append(f)
        if len(frames) >= limit:
            break
    mesh = MediaPipeFaceMesh()
    mesh.process(frames[0].rgb, 0.0)  # start the graph outside the timing
    t0, c0 = time.perf_counter(), cpu_s()
    for f in frames[1:]:
        mesh.process(f.rgb, f.t_s)
    dt, dc = time.perf_counter() - t0, cpu_s() - c0
    mesh.close()
    return len(frames) - 1, dt, dc


def whole(path: Path, process: bool = True, split: bool = True) -> tuple[int, float, float, list]:
    keep = video_io.PROCESS_MIN_FRAMES, video_analysis.SPLIT_MIN_FRAMES
    video_io.PROCESS_MIN_FRAMES = 0 if process else 10**9
    video_analysis.SPLIT_MIN_FRAMES = 0 if split else 10**9
    try:
        t0, c0 = time.perf_counter(), cpu_s()
        res = analyze_video(path)
        return res.signals.n, time.perf_counter() - t0, cpu_s() - c0, res.events
    finally:
        video_io.PROCESS_MIN_FRAMES, video_analysis.SPLIT_MIN_FRAMES = keep


def matched(a: list, b: list, tol_s: float = 0.2) -> int:
    """Events of ``a`` with an event of ``b`` of the same kind and side starting within
    ``tol_s`` (MediaPipe's CPU landmarks are not bit-for-bit repeatable)."""
    return sum(
        any(
            e.kind == f.kind and e.side == f.side and abs(e.onset_s - f.onset_s) <= tol_s for f in b
        )
        for e in a
    )


def start_cost(path: Path, repeat: int = 5) -> dict[bool, tuple[float, float]]:
    """Median seconds to the first frame and for all frames of ``path``."""
    out = {}
    for process in (True, False):
        first, total = [], []
        for _ in range(repeat):
            t0 = time.perf_counter()
            with open_frames(path, process=process) as frames:
                for i, _ in enumerate(frames):
                    if i == 0:
                        first.append(time.perf_counter() - t0)
            total.append(time.perf_counter() - t0)
        out[process] = (sorted(first)[repeat // 2], sorted(total)[repeat // 2])
    return out


def heap_peak_mib(path: Path) -> float:
    """Peak Python heap during an analysis (a separate run: tracing slows it down)."""
    tracemalloc.start()
    analyze_video(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=1, help="whole analyses per clip and way")
    ap.add_argument("--clip", choices=list(CLIPS), action="append", help="only this clip")
    ap.add_argument("--heap", action="store_true", help="also the Python heap peak (slow)")
    ap.add_argument("--thread", action="store_true", help="also (d), decoding in a thread")
    ap.add_argument(
        "--crossover",
        action="store_true",
        help="also the first 5, 10, 15, 20 s of the 720p clip, split and not",
    )
    args = ap.parse_args()
    print(
        f"cpus: {os.cpu_count()}, load average at start: {os.getloadavg()[0]:.2f} "
        "(figures are noisy above ~0.5)"
    )
    for name in args.clip or CLIPS:
        path = clip_path(name)
        n_a, t_a, c_a = decode_only(path)
        n_b, t_b, c_b = landmarks_only(path)
        fa, fb = n_a / t_a, n_b / t_b
        print(f"\n{name}: load average {os.getloadavg()[0]:.2f}")
        print(f"  (a) decode only        {fa:7.1f} frames/s   {1000 * c_a / n_a:5.2f} ms CPU/frame")
        print(f"  (b) landmarks only     {fb:7.1f} frames/s   {1000 * c_b / n_b:5.2f} ms CPU/frame")
        ways = [
            ("(c) whole, split in two", True, True),
            ("(c') whole, one Face Mesh", True, False),
        ]
        if args.thread:
            ways.append(("(d) one, decode thread", False, False))
        for _ in range(args.repeat):
            events = {}
            for label, process, split in ways:
                n, t, c, events[label] = whole(path, process, split)
                print(
                    f"  {label:26s} {n / t:6.1f} frames/s  {1000 * c / n:5.2f} ms CPU/frame  "
                    f"{t:5.1f} s wall  x(b) {n / t / fb:4.2f}  CPU (b)/this "
                    f"{(c_b / n_b) / (c / n):4.2f}  load {os.getloadavg()[0]:.2f}"
                )
            p, t = events[ways[0][0]], events[ways[1][0]]
            print(
                f"  events: {len(p)} split, {len(t)} with one Face Mesh; "
                f"{matched(p, t)} and {matched(t, p)} matched within 0.2 s"
            )
        if args.heap:
            print(
                f"  Python heap peak during analysis: {heap_peak_mib(path):.1f} MiB "
                f"(landmarks kept per frame, never frames)"
            )
    if args.crossover:
        print("\ncrossover: the first seconds of 720p30_60s, split in two and not")
        for seconds in (5, 10, 15, 20):
            part = first_seconds(clip_path("720p30_60s"), seconds)
            row = []
            for split in (True, False):
                n, t, c, _ = whole(part, True, split)
                row.append(f"{t:5.2f} s wall {1000 * c / n:5.2f} ms CPU/frame")
            print(
                f"  {seconds:2d} s ({n} frames): split {row[0]}; one {row[1]}  "
                f"load {os.getloadavg()[0]:.2f}"
            )
    short = DATA / "short_2s.mp4"
    if not short.exists():
        simulate_video(short, size="1280x720", duration_s=2.0, fps=30, rng=3)
    cost = start_cost(short)
    print("\nstart cost on a 2 s 720p clip (median of 5):")
    for process, (first, total) in cost.items():
        way = "process" if process else "thread "
        print(
            f"  decode {way}: first frame after {1000 * first:5.0f} ms, all 60 in {1000 * total:5.0f} ms"
        )
    return 0


if __name__ == "__main__":
    with native_stderr_silenced():
        code = main()
    sys.exit(code)
