"""What reading the cheek from the image costs per frame, beside the landmark model.

Renders the simulator's face (a one-sided cheek raise coming and going) at 480p and
720p, then times, on the same frames, MediaPipe Face Mesh alone and the
:class:`hfs.video.appearance.AppearanceReader` around it (the patches sampled from
each frame and its landmarks). Prints wall and CPU milliseconds per frame side by side.

    python bench/video_appearance_cost.py            # 150 frames per size
    python bench/video_appearance_cost.py --frames 300
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("GLOG_minloglevel", "2")

import numpy as np

from hfs.simulate.face import FaceModel, load_face_photo
from hfs.simulate.schedule import Activation
from hfs.video.appearance import AppearanceReader
from hfs.video.landmarks import MediaPipeFaceMesh, native_stderr_silenced


class _Replay:
    """Hands back landmarks already found, so only the reader's own work is timed."""

    name = "replay"

    def __init__(self, points):
        self._points = iter(points)

    def process(self, rgb, t_s):
        return next(self._points)

    def close(self):
        pass


def _timed(fn, frames) -> tuple[float, float]:
    w0, c0 = time.perf_counter(), time.process_time()
    for i, f in enumerate(frames):
        fn(f, i / 30.0)
    n = len(frames)
    return 1000 * (time.perf_counter() - w0) / n, 1000 * (time.process_time() - c0) / n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--frames", type=int, default=150)
    args = ap.parse_args()
    photo = load_face_photo()
    print(f"{'size':>9s} {'landmarks ms (cpu)':>20s} {'image cheek ms (cpu)':>22s} {'share':>6s}")
    for size in ((854, 480), (1280, 720)):
        model = FaceModel(photo, size)
        frames = []
        for i in range(args.frames):
            c = max(0.0, np.sin(2 * np.pi * i / 60.0))
            frames.append(model.render(Activation(cheek={"left": c, "right": 0.0})))
        mesh = MediaPipeFaceMesh()
        points = [mesh.process(frames[0], 0.0)]  # warm up
        lm_wall, lm_cpu = _timed(lambda f, t, m=mesh, p=points: p.append(m.process(f, t)), frames)
        mesh.close()
        reader = AppearanceReader(_Replay(points[1:]))
        ap_wall, ap_cpu = _timed(reader.process, frames)
        print(
            f"{size[0]:>4d}x{size[1]:<4d} {lm_wall:9.2f} ({lm_cpu:6.2f}) {ap_wall:11.3f} ({ap_cpu:7.3f})"
            f" {ap_cpu / lm_cpu:6.1%}"
        )
    print(
        f"load average: {os.getloadavg()[0]:.1f} (a shared machine: CPU time is the steadier figure)"
    )
    return 0


if __name__ == "__main__":
    with native_stderr_silenced():
        code = main()
    sys.exit(code)
