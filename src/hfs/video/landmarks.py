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

    A backend may also say whether it follows a cheek raise (``reads_cheek``; taken as
    true when absent): when it does not, the analysis leaves the cheek's part in the
    spasms, and what hangs on it, undecided.
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
    #: Face Mesh does not follow a cheek raise on video: measured on rendered frames
    #: (docs/video.md, "Known limits"), a full one-sided cheek raise moves its malar
    #: points 0.006-0.009 IOD, an eye closing alone 0.013 IOD. Whether it reads a real
    #: cheek better is for validation on patient videos. The analysis reads the cheek
    #: from the image beside it (:mod:`hfs.video.appearance`).
    reads_cheek = False

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
        out = landmarks_array(res.multi_face_landmarks[0])
        out *= np.array([w, h, w], dtype=np.float32)
        return out

    def close(self) -> None:
        self._mesh.close()

    def __enter__(self) -> MediaPipeFaceMesh:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


#: One landmark of a ``NormalizedLandmarkList`` in protobuf's wire format as Face Mesh
#: sends it: a length-delimited entry (field 1, 15 bytes) holding x, y, z as 32-bit
#: floats (fields 1-3), no visibility or presence.
_WIRE = np.dtype(
    [
        ("key", "u1"),
        ("size", "u1"),
        ("kx", "u1"),
        ("x", "<f4"),
        ("ky", "u1"),
        ("y", "<f4"),
        ("kz", "u1"),
        ("z", "<f4"),
    ]
)


def landmarks_array(landmarks) -> np.ndarray:
    """A ``NormalizedLandmarkList`` as an ``(n, 3)`` float32 array of x, y, z.

    Reading 478 points attribute by attribute costs about 1 ms a frame (a sixth of
    the landmark model's own CPU time); the list's serialised bytes, when every point
    has exactly x, y and z, are read as one array instead (70 times faster). Anything
    else (a coordinate of exactly 0, which protobuf leaves out, or extra fields) is
    read point by point, with the same result.
    """
    buf = landmarks.SerializeToString()
    n = len(landmarks.landmark)
    if n and len(buf) == n * _WIRE.itemsize:
        a = np.frombuffer(buf, dtype=_WIRE)
        if (
            (a["key"] == 0x0A).all()
            and (a["size"] == 15).all()
            and (a["kx"] == 0x0D).all()
            and (a["ky"] == 0x15).all()
            and (a["kz"] == 0x1D).all()
        ):
            return np.stack([a["x"], a["y"], a["z"]], axis=1)
    return np.array([(p.x, p.y, p.z) for p in landmarks.landmark], dtype=np.float32).reshape(-1, 3)


def detect_still(rgb: np.ndarray) -> np.ndarray | None:
    """Landmarks of one still image (static detection), or ``None``."""
    with MediaPipeFaceMesh(static=True) as mesh:
        return mesh.process(rgb)


def inter_ocular(points: np.ndarray) -> float:
    """Distance between the two eye centres (mean of each eye contour), in the points' units."""
    r = points[EYE_UPPER["right"] + EYE_LOWER["right"], :2].mean(axis=0)
    left = points[EYE_UPPER["left"] + EYE_LOWER["left"], :2].mean(axis=0)
    return float(np.linalg.norm(r - left))


class FaceFinder:
    """MediaPipe's face detectors (BlazeFace short- and full-range, models inside the wheel).

    Finds every face on a whole frame: near faces with the short-range model, small
    ones (down to a few percent of the frame's width, which the face mesh's own
    detector misses) with the full-range model. Used to find a small face before
    landmarking a crop of it, and to notice a second face.
    """

    def __init__(self, *, min_confidence: float = 0.5):
        os.environ.setdefault("GLOG_minloglevel", "2")
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import mediapipe as mp

        self._dets = [
            mp.solutions.face_detection.FaceDetection(
                model_selection=m, min_detection_confidence=min_confidence
            )
            for m in (0, 1)
        ]

    def find(
        self, rgb: np.ndarray, *, tiles: bool = True
    ) -> list[tuple[float, float, float, float, float]]:
        """Faces as ``(x, y, width, height, score)`` in pixels, best first.

        When the whole frame shows none, overlapping half-size tiles are searched
        too: the detectors shrink a frame to 128 or 192 px, where a face of 7-10% of
        the frame's width is too few pixels for either.
        """
        found = self._find(rgb)
        if found or not tiles:
            return found
        h, w = rgb.shape[:2]
        th, tw = h // 2, w // 2
        for y0 in (0, h // 4, h - th):
            for x0 in (0, w // 4, w - tw):
                for f in self._find(np.ascontiguousarray(rgb[y0 : y0 + th, x0 : x0 + tw])):
                    found.append((f[0] + x0, f[1] + y0, *f[2:]))
        return _nms(found)

    def _find(self, rgb: np.ndarray) -> list[tuple[float, float, float, float, float]]:
        import warnings

        h, w = rgb.shape[:2]
        found = []
        for det in self._dets:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                res = det.process(rgb)
            for d in res.detections or []:
                b = d.location_data.relative_bounding_box
                found.append((b.xmin * w, b.ymin * h, b.width * w, b.height * h, float(d.score[0])))
        return _nms(found)  # the two models find the same face

    def close(self) -> None:
        for det in self._dets:
            det.close()

    def __enter__(self) -> FaceFinder:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _nms(found: list) -> list:
    """Best first; a box mostly inside a better one (or overlapping it by IoU 0.3) is
    the same face (a tile can show part of a face)."""
    out: list = []
    for f in sorted(found, key=lambda f: -f[4]):
        if all(_iou(f, g) < 0.3 and _inside(f, g) < 0.5 for g in out):
            out.append(f)
    return out


def _inside(a, b) -> float:
    """Share of the smaller of two boxes that lies inside the other."""
    x0, y0 = max(a[0], b[0]), max(a[1], b[1])
    x1, y1 = min(a[0] + a[2], b[0] + b[2]), min(a[1] + a[3], b[1] + b[3])
    inter = max(x1 - x0, 0.0) * max(y1 - y0, 0.0)
    small = min(a[2] * a[3], b[2] * b[3])
    return inter / small if small > 0 else 0.0


def _iou(a, b) -> float:
    x0, y0 = max(a[0], b[0]), max(a[1], b[1])
    x1, y1 = min(a[0] + a[2], b[0] + b[2]), min(a[1] + a[3], b[1] + b[3])
    inter = max(x1 - x0, 0.0) * max(y1 - y0, 0.0)
    union = a[2] * a[3] + b[2] * b[3] - inter
    return inter / union if union > 0 else 0.0


def pick_face(faces: list[tuple[float, float, float, float, float]], size: tuple[int, int]) -> int:
    """Index of the face to measure: the largest, and of faces within 20% of its size
    the most central."""
    w, h = size
    big = max(f[2] * f[3] for f in faces)
    near = [i for i, f in enumerate(faces) if f[2] * f[3] >= 0.8 * big]

    def off_centre(f) -> float:
        return float(np.hypot((f[0] + f[2] / 2) / w - 0.5, (f[1] + f[3] / 2) / h - 0.5))

    return min(near, key=lambda i: off_centre(faces[i]))


def where_in_frame(face: tuple[float, ...], width: int) -> str:
    """'left of the picture', 'centre of the picture' or 'right of the picture'."""
    cx = (face[0] + face[2] / 2) / width
    return (
        "left of the picture"
        if cx < 0.4
        else ("right of the picture" if cx > 0.6 else "centre of the picture")
    )
