"""Speed of `hfs video analyze`, measured side by side in one run.

On a 60 s 720p30 clip and a 30 s 480p30 clip, prints frames per second of
(a) decoding alone (PyAV, scaled to the analysis size, RGB),
(b) the landmark model alone on frames decoded beforehand,
(c) the whole analysis (decode in a thread + landmarks + signals + events),
and the ratio (c)/(b): near 1 means decoding is hidden behind the model.
Targets: (c) >= 0.8 x (b); the 60 s 720p30 clip in <= 15 s.

Each figure also comes as CPU time per frame (all threads of this process): on a
shared machine wall-clock rates fall with the load, CPU time much less, so the CPU
ratio (b)/(c) says what share of the whole analysis's work is the landmark model.

    python bench/video_speed.py
"""

from __future__ import annotations

import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("GLOG_minloglevel", "2")

from hfs.simulate.video import simulate_video
from hfs.video.analysis import analyze_video
from hfs.video.io import iter_frames
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
    """CPU seconds used so far by this process, all threads."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


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


def whole(path: Path) -> tuple[int, float, float]:
    t0, c0 = time.perf_counter(), cpu_s()
    res = analyze_video(path)
    return res.signals.n, time.perf_counter() - t0, cpu_s() - c0


def heap_peak_mib(path: Path) -> float:
    """Peak Python heap during an analysis (a separate run: tracing slows it down)."""
    tracemalloc.start()
    analyze_video(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> int:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"cpus: {os.cpu_count()}, load average at start: {load:.2f} (figures are noisy above ~0.5)"
    )
    for name in CLIPS:
        path = clip_path(name)
        n_a, t_a, c_a = decode_only(path)
        n_b, t_b, c_b = landmarks_only(path)
        n_c, t_c, c_c = whole(path)
        fa, fb, fc = n_a / t_a, n_b / t_b, n_c / t_c
        ms = [1000 * c / n for c, n in ((c_a, n_a), (c_b, n_b), (c_c, n_c))]
        print(f"\n{name}: {n_c} frames")
        print(f"  (a) decode only        {fa:7.1f} frames/s   {ms[0]:5.2f} ms CPU/frame")
        print(f"  (b) landmarks only     {fb:7.1f} frames/s   {ms[1]:5.2f} ms CPU/frame")
        print(
            f"  (c) whole analysis     {fc:7.1f} frames/s   {ms[2]:5.2f} ms CPU/frame   "
            f"({t_c:.1f} s wall, {c_c:.1f} s CPU, {n_c / CLIPS[name]['fps'] / t_c:.1f}x real time)"
        )
        print(
            f"  (c)/(b) = {fc / fb:.2f}   (target >= 0.8); by CPU time (b)/(c) = {ms[1] / ms[2]:.2f}"
        )
        print(
            f"  Python heap peak during analysis: {heap_peak_mib(path):.1f} MiB "
            f"(landmarks kept per frame, never frames)"
        )
    return 0


if __name__ == "__main__":
    with native_stderr_silenced():
        code = main()
    sys.exit(code)
