"""Face landmarks: the :class:`LandmarkBackend` protocol and MediaPipe Face Mesh behind it.

Indices follow MediaPipe Face Mesh (478 points with the refined iris). "Left" and
"right" are always the PATIENT's anatomical sides: in an unmirrored video the
patient's left is on the image's right.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol, runtime_checkable

import numpy as np

# Eye contours, outer corner -> inner corner along the upper lid, then the lower lid.
EYE_UPPER = {
    "right": [33, 246, 161, 160, 159, 158, 157, 173, 133],
    "left": [263, 466, 388, 387, 386, 385, 384, 398, 362],
}
EYE_LOWER = {
    "right": [33, 7, 163, 144, 145, 153, 154, 155, 133],
    "left": [263, 249, 390, 373, 374, 380, 381, 382, 362],
}
# Six-point eye aspect ratio contour p1..p6 (Soukupova & Cech 2016).
EAR_POINTS = {
    "right": [33, 160, 158, 133, 153, 144],
    "left": [362, 385, 387, 263, 373, 380],
}
# Lid midpoints (upper, lower) for the lid aperture.
LID_MID = {"right": (159, 145), "left": (386, 374)}
BROW = {
    "right": [70, 63, 105, 66, 107, 46, 53, 52, 65, 55],
    "left": [300, 293, 334, 296, 336, 276, 283, 282, 295, 285],
}
BROW_LOWER = {"right": [46, 53, 52, 65, 55], "left": [276, 283, 282, 295, 285]}
# Infraorbital (malar) cheek points.
CHEEK = {"right": [117, 118, 101, 50, 205], "left": [346, 347, 330, 280, 425]}
MOUTH_CORNER = {"right": 61, "left": 291}
# Points that move little with facial expression: forehead, nose bridge and tip,
# face outline at the temples. Used to fit and remove rigid head motion.
RIGID = [10, 151, 9, 8, 168, 6, 197, 195, 5, 4, 1, 109, 338, 67, 297, 234, 454, 127, 356]
# The facial midline, for mouth-corner positions.
MIDLINE = [10, 151, 9, 8, 168, 6, 197, 195, 5, 4, 1, 2, 164, 0]


def _subset() -> list[int]:
    idx: set[int] = set(RIGID) | set(MIDLINE)
    for table in (EYE_UPPER, EYE_LOWER, EAR_POINTS, BROW, CHEEK):
        for side in ("left", "right"):
            idx.update(table[side])
    for side in ("left", "right"):
        idx.update(LID_MID[side])
        idx.add(MOUTH_CORNER[side])
    idx.update([17, 13, 14])  # lip centres
    return sorted(idx)


#: The landmarks kept per frame (a few dozen of 478): enough for every signal.
SUBSET: list[int] = _subset()
#: Position of each full-mesh index inside :data:`SUBSET`.
SUBSET_POS: dict[int, int] = {k: i for i, k in enumerate(SUBSET)}


@contextmanager
def native_stderr_silenced() -> Iterator[None]:
    """Drop what native code (TFLite, absl, MediaPipe's graph threads) writes to stderr.

    MediaPipe prints start-up chatter straight to file descriptor 2, from its own
    threads and at moments of its choosing (a model is built lazily the first time it
    runs). Meanwhile fd 2 points at the null device, and Python's ``sys.stderr`` is
    rebound to a duplicate of the real stderr, so Python messages, warnings and
    progress bars still reach the person.

    This changes process-wide state, so it is for a terminal command around its whole
    piece of work (the CLI uses it), never inside library code that a server may run
    in a thread.
    """
    try:
        fd = sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):
        yield
        return
    py_stderr = sys.stderr
    py_stderr.flush()
    saved = os.dup(fd)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    sys.stderr = open(  # noqa: SIM115 - closed in the finally below
        saved,
        "w",
        buffering=1,
        closefd=False,
        encoding=getattr(py_stderr, "encoding", None) or "utf-8",
        errors="backslashreplace",
    )
    try:
        yield
    finally:
        sys.stderr.flush()
        sys.stderr.close()
        sys.stderr = py_stderr
        os.dup2(saved, fd)
        os.close(saved)
        os.close(devnull)


@runtime_checkable
class LandmarkBackend(Protocol):
    """Anything that turns an RGB frame into face landmarks.

    ``process`` takes an ``(H, W, 3)`` uint8 RGB frame and its time in seconds and
    returns an ``(478, 3)`` float array of x, y (pixels) and z (pixels, same scale as
    x, larger = farther), or ``None`` when no face is found. Frames arrive in time
    order, so a backend may track between frames.
    """

    name: str

    def process(self, rgb: np.ndarray, t_s: float) -> np.ndarray | None: ...

    def close(self) -> None: ...


class MediaPipeFaceMesh:
    """MediaPipe Face Mesh (legacy solution, model shipped inside the wheel).

    Parameters
    ----------
    static : bool
        Detect the face in every frame instead of tracking (slower; for photos).
    min_confidence : float
        Detection and tracking confidence.
    """

    name = "mediapipe-face-mesh"

    def __init__(self, *, static: bool = False, min_confidence: float = 0.5):
        os.environ.setdefault("GLOG_minloglevel", "2")
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import mediapipe as mp

        self._mesh = mp.solutions.face_mesh.FaceMesh(
            static_image_mode=static,
            max_num_faces=1,
            refine_landmarks=True,
            min_detection_confidence=min_confidence,
            min_tracking_confidence=min_confidence,
        )

    def process(self, rgb: np.ndarray, t_s: float = 0.0) -> np.ndarray | None:
        import warnings

        h, w = rgb.shape[:2]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = self._mesh.process(rgb)
        if not res.multi_face_landmarks:
            return None
        lm = res.multi_face_landmarks[0].landmark
        out = np.array([(p.x, p.y, p.z) for p in lm], dtype=np.float32)
        out *= np.array([w, h, w], dtype=np.float32)
        return out

    def close(self) -> None:
        self._mesh.close()

    def __enter__(self) -> MediaPipeFaceMesh:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def detect_still(rgb: np.ndarray) -> np.ndarray | None:
    """Landmarks of one still image (static detection), or ``None``."""
    with MediaPipeFaceMesh(static=True) as mesh:
        return mesh.process(rgb)


def inter_ocular(points: np.ndarray) -> float:
    """Distance between the two eye centres (mean of each eye contour), in the points' units."""
    r = points[EYE_UPPER["right"] + EYE_LOWER["right"], :2].mean(axis=0)
    left = points[EYE_UPPER["left"] + EYE_LOWER["left"], :2].mean(axis=0)
    return float(np.linalg.norm(r - left))
