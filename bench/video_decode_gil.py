"""Does decoding slow the landmark model down? Side by side in one run.

The landmark model runs on decoded 720p frames (a) alone, (b) with the same video
being decoded in a thread of this process, (c) with it being decoded in another
process. (b) much slower than (c) means the two share Python's GIL, not only the CPU.
Uses bench/video_speed.py's 60 s 720p clip (generated there on first use).

    python bench/video_decode_gil.py
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("GLOG_minloglevel", "2")
sys.path.insert(0, str(Path(__file__).parent))

from hfs.video.io import iter_frames
from hfs.video.landmarks import MediaPipeFaceMesh, native_stderr_silenced
from video_speed import clip_path


def decode(path: str, limit: int = 1800) -> None:
    for i, _ in enumerate(iter_frames(path)):
        if i >= limit:
            break


def model_fps(frames, mesh) -> float:
    t0 = time.perf_counter()
    for f in frames:
        mesh.process(f.rgb, f.t_s)
    return len(frames) / (time.perf_counter() - t0)


def main() -> int:
    path = str(clip_path("720p30_60s"))
    frames = []
    for f in iter_frames(path):
        frames.append(f)
        if len(frames) >= 400:
            break
    mesh = MediaPipeFaceMesh()
    mesh.process(frames[0].rgb, 0.0)
    print(f"cpus: {os.cpu_count()}, load average: {os.getloadavg()[0]:.2f}")
    for _ in range(2):
        alone = model_fps(frames, mesh)
        th = threading.Thread(target=decode, args=(path,))
        th.start()
        with_thread = model_fps(frames, mesh)
        th.join()
        pr = multiprocessing.get_context("spawn").Process(target=decode, args=(path,))
        pr.start()
        time.sleep(1.0)  # past the child's start-up
        with_process = model_fps(frames, mesh)
        pr.join()
        print(
            f"landmark model: alone {alone:6.1f} fps; decode thread beside it {with_thread:6.1f} "
            f"fps; decode in another process {with_process:6.1f} fps"
        )
    mesh.close()
    return 0


if __name__ == "__main__":
    with native_stderr_silenced():
        code = main()
    sys.exit(code)
