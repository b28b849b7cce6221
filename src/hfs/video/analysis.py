"""The video pipeline: decode -> landmarks -> signals -> events -> summary.

Decoding runs in its own process (a thread where no process can start, or for a
short clip) and hands frames to the landmark model through a small ring of shared
buffers, so the two overlap on two cores without sharing Python's GIL, and memory
stays flat however long the video is: only a few dozen landmark coordinates per frame
are kept. A long clip is read in two halves at once, each with its own decoder and
its own Face Mesh (MediaPipe runs its graph without holding the GIL), so the model,
the slowest part, runs on both cores.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from hfs import __version__
from hfs.errors import NoFaceError, VideoError
from hfs.video.appearance import Appearance, AppearanceReader, read_parts
from hfs.video.events import (
    Activations,
    Event,
    Movement,
    Thresholds,
    activations,
    detect_events,
    voluntary_movements,
)
from hfs.video.io import (
    ANALYSIS_MAX_SIDE,
    Split,
    VideoInfo,
    iter_frames,
    open_frames,
    probe,
    split_point,
)
from hfs.video.landmarks import (
    SUBSET,
    FaceFinder,
    LandmarkBackend,
    MediaPipeFaceMesh,
    pick_face,
    where_in_frame,
)
from hfs.video.signals import FacialSignals, compute_signals
from hfs.video.summary import quality, summarize

SCHEMA = "hfs.video.analysis/1"
DISCLAIMER = (
    "Measurements from one video, for a clinician to read alongside an examination. "
    "They are not a diagnosis."
)
REFERENCES = [
    "Kartynnik Y et al. Real-time facial surface geometry from monocular video on mobile GPUs (MediaPipe Face Mesh). CVPR Workshops 2019.",
    "Soukupova T, Cech J. Real-time eye blink detection using facial landmarks (eye aspect ratio). CVWW 2016.",
    "Umeyama S. Least-squares estimation of transformation parameters between two point patterns. IEEE TPAMI 1991.",
    "Jankovic J, Kenney C et al. Rating scale for blepharospasm / hemifacial spasm (JRS).",
    "Lee JA et al. SMC grading of hemifacial spasm severity, 2012.",
    "Bentivoglio AR et al. Analysis of blink rate patterns in normal subjects. Mov Disord 1997.",
]
ProgressFn = Callable[[int, int], None]


@dataclass
class VideoAnalysis:
    """Everything one analysis produced. :meth:`to_dict` is the JSON contract."""

    info: VideoInfo
    mirrored: bool
    backend: str
    signals: FacialSignals
    act: Activations
    events: list[Event]
    summary: dict
    quality: dict
    thresholds: Thresholds
    points: np.ndarray = field(repr=False)  # (n, len(SUBSET), 3), analysis pixels
    analysis_size: tuple[int, int] = (0, 0)
    movements: list[Movement] = field(default_factory=list)
    #: How the cheek was read: from the landmarks, from the image (with its threshold),
    #: or not (with the reason).
    cheek: dict = field(default_factory=lambda: {"read_from": "landmarks"})

    @property
    def strongest_spasm(self) -> tuple[Event, float] | None:
        """The spasm with the largest activation, and the time of its peak."""
        side = self.summary["affected_side"]
        spasms = [e for e in self.events if e.kind == "spasm" and e.side == side]
        if not spasms:
            return None
        best = max(
            spasms, key=lambda e: (e.peak.get("eye", 0.0) + sum(e.peak.values()), e.duration_s)
        )
        t = self.signals.t_s
        sl = (t >= best.onset_s) & (t <= best.offset_s)
        score = sum(np.nan_to_num(self.act.act[side][r]) / self.act.thr[r] for r in best.regions)
        idx = np.flatnonzero(sl)
        t_peak = float(t[idx[np.argmax(score[idx])]]) if len(idx) else best.onset_s
        return best, t_peak

    def method(self) -> dict:
        return {
            "landmarks": self.backend,
            "analysis_max_side_px": ANALYSIS_MAX_SIDE,
            "head_motion": "3-D similarity fit to a per-video reference on forehead, nose and "
            "temple points; residual pose dependence regressed out",
            "normalisation": "inter-ocular distance (IOD)",
            "cheek": self.cheek,
            "baselines": {
                s: {k: (round(v, 4) if np.isfinite(v) else None) for k, v in b.items()}
                for s, b in self.act.baseline.items()
            },
            "thresholds": {
                **self.thresholds.to_dict(),
                "effective": {r: round(v, 4) for r, v in self.act.thr.items()},
            },
            "description": (
                "Per frame, 478 face landmarks; rigid head motion removed; per side the lid "
                "aperture, brow, infraorbital cheek and mouth-corner positions in IOD. Each "
                "region's activation is measured against the person's own resting value in "
                "this video. A spasm is a one-sided contraction (the region clearly more active "
                "than on the other side), clonic under 1 s, tonic from 1 s; a blink closes both "
                "eyes together. Sides are the patient's."
            ),
            "references": REFERENCES,
        }

    def to_dict(self) -> dict:
        """The JSON contract ``hfs.video.analysis/1``; non-finite numbers become null."""
        return _finite(self._dict())

    def _dict(self) -> dict:
        i = self.info
        return {
            "schema": SCHEMA,
            "hfs_version": __version__,
            "video": {
                "file": Path(i.path).name,
                "fps": round(i.fps, 3),
                "n_frames": int(self.signals.n),
                "duration_s": round(_duration(self.signals.t_s, i), 3),
                "width": i.width,
                "height": i.height,
                "codec": i.codec,
                "rotation": i.rotation,
                "mirrored": self.mirrored,
            },
            "quality": self.quality,
            "events": [e.to_dict() for e in self.events],
            "movements": [m.to_dict() for m in self.movements],
            "summary": self.summary,
            "method": self.method(),
            "disclaimer": DISCLAIMER,
        }


def _finite(x):
    """Replace NaN/inf (not valid JSON) by None, and numpy scalars by Python ones."""
    if isinstance(x, dict):
        return {k: _finite(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [_finite(v) for v in x]
    if isinstance(x, np.generic):
        x = x.item()
    if isinstance(x, float) and not np.isfinite(x):
        return None
    return x


def _duration(t: np.ndarray, info: VideoInfo | None) -> float:
    if len(t) > 1:
        return float(t[-1] - t[0] + np.median(np.diff(t)))
    return info.duration_s if info else 0.0


#: Below this much visible face no side, rate or grade is given.
MIN_VISIBLE_S = 10.0
#: Lost stretches at least this long are the face leaving (or entering) the frame.
GAP_MIN_S = 0.3
#: Events within this of a face's exit or entry are not counted: a landmark model
#: guesses the half of a face outside the frame, and the guess moves.
GAP_MARGIN_S = 0.6
#: The person's own lid-closure noise above this (x k_noise) means even a half closure
#: cannot be told from noise.
MAX_EYE_THRESHOLD = 0.45
MIN_IOD_PX = 12.0


def visible_seconds(t: np.ndarray, valid: np.ndarray) -> float:
    """Seconds of video with a face: each frame with a face counts its own interval."""
    if len(t) < 2:
        return 0.0
    dt = np.diff(t, append=t[-1] + np.median(np.diff(t)))
    dt = np.minimum(dt, 4 * np.median(np.diff(t)))  # a long pause in timestamps is no face
    return float(dt[valid].sum())


def face_gaps(t: np.ndarray, valid: np.ndarray) -> list[tuple[float, float]]:
    """Stretches (start, end in s) without a face lasting at least :data:`GAP_MIN_S`."""
    out: list[tuple[float, float]] = []
    n = len(valid)
    i = 0
    while i < n:
        if valid[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and not valid[j + 1]:
            j += 1
        a = t[i - 1] if i > 0 else t[i]
        b = t[j + 1] if j + 1 < n else t[j]
        if b - a >= GAP_MIN_S:
            out.append((float(a), float(b)))
        i = j + 1
    return out


#: A spasm this close to a voluntary movement is counted as set off by it.
TASK_MARGIN_S = 0.5


def segments(events: list[Event], movements: list[Movement], visible_s: float) -> dict:
    """Spasms at rest and during voluntary movements (talking, smiling, closing the
    eyes: the filming guide's tasks), counted apart. The movements themselves are
    never spasms; spasms they set off are real but are not the resting rate."""
    spans = [(m.onset_s - TASK_MARGIN_S, m.offset_s + TASK_MARGIN_S) for m in movements]
    task_s = sum(m.offset_s - m.onset_s for m in movements)
    spasms = [e for e in events if e.kind == "spasm"]
    during = [e for e in spasms if any(e.onset_s <= b and e.offset_s >= a for a, b in spans)]
    rest_s = max(visible_s - task_s, 0.0)
    kinds: dict[str, int] = {}
    for m in movements:
        kinds[m.kind] = kinds.get(m.kind, 0) + 1
    n_rest = len(spasms) - len(during)
    return {
        "rest": {
            "seconds": round(rest_s, 3),
            "n_spasms": n_rest,
            "spasms_per_min": round(n_rest / (rest_s / 60.0), 3) if rest_s >= 10.0 else None,
        },
        "voluntary": {
            "seconds": round(task_s, 3),
            "n_spasms": len(during),
            "movements": kinds,
        },
    }


def _at_gap(e: Event | Movement, gaps: list[tuple[float, float]]) -> bool:
    return any(e.onset_s <= b + GAP_MARGIN_S and e.offset_s >= a - GAP_MARGIN_S for a, b in gaps)


def cannot_tell(visible_s: float, act: Activations, iod_px: float) -> str | None:
    """Why this video cannot give a side, rate or grade, or None when it can."""
    if visible_s < MIN_VISIBLE_S:
        return (
            f"the face was visible for only {visible_s:.1f} s; at least {MIN_VISIBLE_S:.0f} s "
            "are needed to tell spasms from normal blinking (30-60 s is better)"
        )
    if np.isfinite(iod_px) and iod_px < MIN_IOD_PX:
        return (
            f"the face is too small to measure ({iod_px:.0f} px between the eyes); "
            "film closer so the face fills about half the frame"
        )
    if act.thr.get("eye", 0.0) > MAX_EYE_THRESHOLD:
        return (
            "the face landmarks are too unsteady to measure the eyelids (blur, dim light, "
            "or a face turned away); film again in good light, facing the camera"
        )
    return None


def analyze_points(
    t_s: np.ndarray,
    points: np.ndarray,
    info: VideoInfo,
    *,
    thresholds: Thresholds = Thresholds(),
    mirrored: bool = False,
    backend: str = "given landmarks",
    brightness: float = 128.0,
    analysis_size: tuple[int, int] | None = None,
    faces: dict | None = None,
    reads_cheek: bool = True,
    appearance: Appearance | None = None,
) -> VideoAnalysis:
    """Analyse a landmark series (``points`` in :data:`SUBSET` order, NaN = no face).

    ``faces`` describes how many faces were in view (see :func:`_landmark_stream`).
    ``reads_cheek``: whether the landmarks follow a cheek raise (given landmarks that
    carry the true displacement do; MediaPipe on video does not, see
    :attr:`MediaPipeFaceMesh.reads_cheek`). ``appearance``: the cheek and brow read
    from the image (:mod:`hfs.video.appearance`); where it is usable the spasms' cheek
    is named from it and the cheek counts as read.
    """
    sig = compute_signals(t_s, points)
    valid = sig.valid
    if valid.sum() < 10 or valid.mean() < 0.2:
        raise NoFaceError(
            f"{Path(info.path).name}: no face could be followed (found in {100 * valid.mean():.0f}% "
            "of frames); film the face from the front, well lit, filling about half the frame"
        )
    act = activations(sig, thresholds)
    events = detect_events(act, thresholds)
    duration = _duration(sig.t_s, info)
    visible = visible_seconds(sig.t_s, valid)
    gaps = face_gaps(sig.t_s, valid)
    events = [e for e in events if not _at_gap(e, gaps)]
    not_read = None
    cheek = {"read_from": "landmarks" if reads_cheek else None}
    if appearance is not None and not reads_cheek:
        appearance = appearance.without_pose(sig)
        if appearance.usable:
            events, reads_cheek = appearance.name_regions(events), True
            cheek = {
                "read_from": "image: malar crest contrast against the person's rest "
                "(hfs.video.appearance)",
                "threshold_log_brightness": round(appearance.threshold(), 4),
                **appearance.rules.to_dict(),
            }
        else:
            not_read = appearance.reason
            cheek = {"read_from": None, "image_not_read": not_read}
    movements = [m for m in voluntary_movements(act, thresholds) if not _at_gap(m, gaps)]
    w = analysis_size[0] if analysis_size else info.width
    scale = info.width / w if w else 1.0
    reason = cannot_tell(visible, act, sig.iod_px)
    summary = summarize(
        events,
        act,
        duration,
        visible_s=visible,
        cannot_tell=reason,
        reads_cheek=reads_cheek,
        cheek_not_read=not_read,
    )
    summary["segments"] = segments(events, movements, visible)
    q = quality(
        duration_s=duration,
        fps=info.fps,
        n_frames=len(t_s),
        valid=valid,
        head=sig.head,
        iod_px=sig.iod_px * scale,
        frame_width=info.width,
        brightness=brightness,
        visible_s=visible,
        face_gaps=gaps,
    )
    if reason:
        q["warnings"].insert(0, f"cannot tell: {reason}")
    if faces:
        q["faces"] = faces
        if faces.get("two_faces_fraction", 0.0) > 0.0:
            q["warnings"].append(
                f"{faces['max_faces']} faces in view (in {100 * faces['two_faces_fraction']:.0f}% "
                f"of the frames checked); measured the face at the {faces['measured']} "
                "(the largest and most central). Film one face only"
            )
    return VideoAnalysis(
        info,
        mirrored,
        backend,
        sig,
        act,
        events,
        summary,
        q,
        thresholds,
        np.asarray(points, dtype=np.float32),
        analysis_size or (info.width, info.height),
        movements,
        cheek,
    )


def analyze_video(
    path: str | Path,
    *,
    mirrored: bool = False,
    backend: LandmarkBackend | None = None,
    thresholds: Thresholds = Thresholds(),
    progress: ProgressFn | None = None,
    max_side: int = ANALYSIS_MAX_SIDE,
) -> VideoAnalysis:
    """Analyse a face video for hemifacial spasm.

    Parameters
    ----------
    path : path
        MP4/MOV (H.264, HEVC), WebM, or anything FFmpeg reads.
    mirrored : bool
        The video is a mirrored selfie (front camera): flip it so sides are the patient's.
    backend : LandmarkBackend, optional
        The landmark model; default MediaPipe Face Mesh.
    progress : callable, optional
        Called as ``progress(frames_done, frames_expected)``.

    Raises
    ------
    VideoError
        The file is not a usable video.
    NoFaceError
        No face could be followed.
    """
    info = probe(path)
    own_finder = backend is None
    finder = FaceFinder() if own_finder else None
    reads_cheek = (
        MediaPipeFaceMesh.reads_cheek
        if backend is None
        else bool(getattr(backend, "reads_cheek", True))
    )
    # Where the landmarks miss the cheek, the image is read beside them.
    reader = None if reads_cheek else AppearanceReader(backend)
    # A long clip is read in two halves at once, each with its own Face Mesh (ours
    # only: a backend given from outside is one model, run once over the clip).
    split = second = None
    try:
        if own_finder and reader is not None and info.n_frames >= SPLIT_MIN_FRAMES:
            split = split_point(path, info)
        if split is not None:
            second = AppearanceReader(None, after=reader)
        decode_side, faces0 = _plan(path, info, mirrored, max_side, finder)
        times, pts, size, luma, name, faces = _landmark_stream(
            path,
            info,
            reader or backend,
            mirrored,
            decode_side,
            progress,
            finder,
            faces0,
            split=(split, second) if split is not None else None,
        )
    finally:
        if finder is not None:
            finder.close()
        for r in (reader, second):
            if r is not None:
                r.close()
    if not times:
        raise NoFaceError(f"{Path(path).name}: the video has no frames")
    decoded_s = times[-1] - times[0]
    if info.duration_s > 2.0 and decoded_s < 0.9 * info.duration_s - 0.5:
        raise VideoError(
            f"{Path(path).name}: the video is truncated: only {decoded_s:.1f} s of the "
            f"{info.duration_s:.1f} s it declares could be decoded; send the complete file"
        )
    return analyze_points(
        np.asarray(times),
        np.stack(pts),
        info,
        thresholds=thresholds,
        mirrored=mirrored,
        backend=name,
        brightness=float(np.mean(luma)) if luma else 128.0,
        analysis_size=size,
        faces=faces,
        reads_cheek=reads_cheek,
        appearance=read_parts([r for r in (reader, second) if r is not None], times)
        if reader is not None
        else None,
    )


#: The face mesh needs a face at least this wide (pixels) to place its landmarks well.
MESH_MIN_FACE_PX = 128
#: Faces narrower than this share of the analysis frame are landmarked on a crop.
CROP_BELOW = 0.2
#: Largest decode size when a small face needs more pixels.
DETAIL_MAX_SIDE = 2048
#: How often (seconds of video) the whole frame is searched for faces.
FACE_CHECK_S = 2.0


def _plan(path, info: VideoInfo, mirrored: bool, max_side: int, finder: FaceFinder | None):
    """Decode size and the faces on the first frame.

    A small face (under :data:`MESH_MIN_FACE_PX` at the usual analysis size) gets a
    larger decode size, up to :data:`DETAIL_MAX_SIDE`, so its crop has enough pixels.
    """
    if finder is None:
        return max_side, []
    first = next(iter_frames(path, max_side=max_side, mirrored=mirrored), None)
    if first is None:
        return max_side, []
    faces = finder.find(first.rgb)
    if not faces:
        return max_side, []
    h, w = first.rgb.shape[:2]
    face = faces[pick_face(faces, (w, h))]
    if face[2] >= MESH_MIN_FACE_PX:
        return max_side, faces
    full = max(info.width, info.height)
    side = min(full, DETAIL_MAX_SIDE, int(np.ceil(max_side * MESH_MIN_FACE_PX / face[2])))
    scale = side / max(w, h)
    return max(side, max_side), [(*(v * scale for v in f[:4]), f[4]) for f in faces]


class _Crop:
    """Which face to landmark, and the square crop of the frame around it."""

    def __init__(self, box, size):
        self.size = size
        self.set(box)

    def set(self, box) -> None:
        x, y, bw, bh = box[:4]
        self.cx, self.cy = x + bw / 2, y + bh / 2
        self.side = max(3.0 * max(bw, bh), 96.0)

    def follow(self, lm: np.ndarray) -> None:
        """Re-centre on the landmarks when they drift from the middle; resize to them."""
        lo, hi = np.nanmin(lm[:, :2], axis=0), np.nanmax(lm[:, :2], axis=0)
        c = (lo + hi) / 2
        span = float(max(hi - lo))
        if abs(c[0] - self.cx) > 0.1 * self.side or abs(c[1] - self.cy) > 0.1 * self.side:
            self.cx, self.cy = float(c[0]), float(c[1])
        if not (2.2 * span <= self.side <= 3.8 * span):
            self.side = max(3.0 * span, 96.0)

    def window(self) -> tuple[int, int, int, int]:
        w, h = self.size
        half = self.side / 2
        x0 = int(max(0, min(self.cx - half, w - self.side)))
        y0 = int(max(0, min(self.cy - half, h - self.side)))
        return x0, y0, int(min(w, x0 + self.side)), int(min(h, y0 + self.side))

    def landmarks(self, backend, rgb: np.ndarray, t_s: float) -> np.ndarray | None:
        x0, y0, x1, y1 = self.window()
        crop = rgb[y0:y1, x0:x1]
        k = 1.0
        if max(crop.shape[:2]) > ANALYSIS_MAX_SIDE:
            k = ANALYSIS_MAX_SIDE / max(crop.shape[:2])
            crop = cv2.resize(crop, None, fx=k, fy=k, interpolation=cv2.INTER_AREA)
        lm = backend.process(np.ascontiguousarray(crop), t_s)
        if lm is None:
            return None
        lm = lm / k
        lm[:, 0] += x0
        lm[:, 1] += y0
        return lm


class _Part:
    """What one reader saw of its part of a clip."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.pts: list[np.ndarray] = []
        self.luma: list[float] = []
        self.size = (0, 0)
        self.checks = self.multi = self.max_faces = 0
        self.measured: str | None = None
        self.cropped = False
        #: The second reader: whether its model started (else the first reads on),
        #: and what it raised.
        self.started = threading.Event()
        self.no_start: BaseException | None = None
        self.error: BaseException | None = None


def _read_part(
    frames,
    backend,
    part: _Part,
    *,
    find,
    faces0,
    every: int,
    stop_at: Callable | None = None,
    stop: threading.Event | None = None,
    on_frame: Callable[[], None] | None = None,
) -> None:
    """Landmark ``frames`` (a part of a clip, or all of it) into ``part``.

    ``find``: the face finder's ``find`` (None without one); the whole frame is
    searched every ``every`` frames of the clip, and on a part's first frame (a reader
    that starts mid-clip knows no face yet). ``stop_at(frame)``: true where the part
    ends; ``stop``: set when another thread wants this one to end.
    """
    nan = np.full((len(SUBSET), 3), np.nan, dtype=np.float32)
    crop: _Crop | None = None
    first = True
    for fr in frames:
        if stop is not None and stop.is_set():
            break
        if stop_at is not None and stop_at(fr):
            break
        if fr.index % 15 == 0:
            part.luma.append(float(fr.rgb[::4, ::4].mean()))
        size = part.size = (fr.rgb.shape[1], fr.rgb.shape[0])
        if find is not None and (fr.index % every == 0 or first):
            faces = faces0 if (fr.index == 0 and faces0) else find(fr.rgb)
            part.checks += 1
            part.max_faces = max(part.max_faces, len(faces))
            if faces:
                pick = faces[pick_face(faces, size)]
                part.multi += len(faces) > 1
                small = pick[2] < CROP_BELOW * size[0]
                lost = bool(part.pts) and not np.isfinite(part.pts[-1]).all()
                if (len(faces) > 1 or small) and (crop is None or lost):
                    crop = _Crop(pick, size)
                    part.cropped = True
                if len(faces) > 1:
                    part.measured = where_in_frame(pick, size[0])
        first = False
        if crop is not None:
            lm = crop.landmarks(backend, fr.rgb, fr.t_s)
            if lm is not None:
                crop.follow(lm)
        else:
            lm = backend.process(fr.rgb, fr.t_s)
        part.times.append(fr.t_s)
        part.pts.append(nan if lm is None else lm[SUBSET].astype(np.float32))
        if on_frame is not None:
            on_frame()


#: Clips of at least this many frames are read in two halves at once (each with its
#: own decoder and Face Mesh); shorter ones in one piece, where a second model's start
#: (about 0.1 s of CPU) and a second decode process (about 0.3 s) cost more than they
#: save (docs/video.md, "Speed").
SPLIT_MIN_FRAMES = 450


def _second_part(path, info, max_side, mirrored, split: Split, reader, part: _Part, stop, **kw):
    """The second half of a split clip, in a thread of its own (see :func:`_landmark_stream`)."""
    try:
        stream = open_frames(
            path,
            info=info,
            max_side=max_side,
            mirrored=mirrored,
            start_s=split.t_s,
            first_index=split.index,
        )
        try:
            try:
                reader.start()
            except Exception as exc:  # no second model: the first reader reads on
                part.no_start = exc
                return
            finally:
                part.started.set()
            _read_part(stream, reader, part, stop=stop, **kw)
        finally:
            stream.close()
    except BaseException as exc:  # raised in the caller's thread
        part.error = exc
    finally:
        part.started.set()


def _landmark_stream(
    path,
    info: VideoInfo,
    backend: LandmarkBackend | None,
    mirrored: bool,
    max_side: int,
    progress: ProgressFn | None,
    finder: FaceFinder | None = None,
    faces0: list | None = None,
    split: tuple[Split, AppearanceReader] | None = None,
):
    """Decode in another process (or a thread, see :func:`open_frames`), landmark here.

    With a face finder, the whole frame is searched for faces every
    :data:`FACE_CHECK_S` seconds. A small face, or one of several (the largest and most
    central), is landmarked on a crop around it that follows it.

    ``split``: where to cut the clip (:func:`hfs.video.io.split_point`) and the reader
    of the second part (an :class:`AppearanceReader` after ``backend``). The second
    part is then read at the same time in a thread of its own, with its own decoder
    and Face Mesh (which runs without holding the GIL, so the two models use two
    cores); this thread reads the first part and stops at the cut. The second model
    starts cold at the cut (it finds the face again, as at the clip's start). Where it
    cannot start, this thread reads the whole clip. An error or Ctrl-C in either stops
    both, and both decoders, before it is raised here.

    Returns frame times, subset landmarks per frame, the analysis frame size, sampled
    brightness, the backend's name, and what was seen of faces (None without a finder).
    """
    own_backend = backend is None
    # Decoding starts (in another process where it can) while the model is built.
    stream = open_frames(path, info=info, max_side=max_side, mirrored=mirrored)
    try:
        backend = backend or MediaPipeFaceMesh()
    except BaseException:
        stream.close()
        raise
    every = max(1, int(round(FACE_CHECK_S * (info.fps or 30.0))))
    find = finder.find if finder is not None else None
    first, second = _Part(), _Part()
    total = max(info.n_frames, 1)

    def report() -> None:
        if progress is not None:
            done = len(first.times) + len(second.times)
            progress(done, max(total, done))

    stop = threading.Event()
    worker = None
    stop_at = None
    try:
        if split is not None:
            cut, reader = split
            if find is not None:  # one finder, used by both readers in turn
                lock = threading.Lock()

                def find(rgb, _find=finder.find):
                    with lock:
                        return _find(rgb)

            worker = threading.Thread(
                target=_second_part,
                args=(path, info, max_side, mirrored, cut, reader, second, stop),
                kwargs={"find": find, "faces0": None, "every": every},
                name="hfs-landmarks-2",
                daemon=True,
            )
            worker.start()

            def stop_at(fr) -> bool:
                if second.error is not None:  # raised below
                    return True
                if fr.t_s < cut.t_s - 1e-6:
                    return False
                second.started.wait()
                return second.no_start is None

        _read_part(
            stream,
            backend,
            first,
            find=find,
            faces0=faces0,
            every=every,
            stop_at=stop_at,
            stop=stop,
            on_frame=report,
        )
        stream.close()
        if worker is not None:
            if hasattr(backend, "settle"):
                backend.settle()
            while worker.is_alive():
                worker.join(timeout=0.25)
                report()
            if second.error is not None:
                raise second.error
    finally:
        stop.set()
        if hasattr(backend, "settle"):
            backend.settle()  # a second reader waiting for the face's grid stops waiting
        stream.close()
        if worker is not None:
            worker.join()
        if own_backend:
            backend.close()
    times = first.times + second.times
    pts = first.pts + second.pts
    seen = None
    if finder is not None:
        checks = first.checks + second.checks
        multi = first.multi + second.multi
        seen = {
            "checked_frames": checks,
            "max_faces": max(first.max_faces, second.max_faces),
            "two_faces_fraction": round(multi / checks, 3) if checks else 0.0,
            "measured": second.measured or first.measured,
            "cropped": first.cropped or second.cropped,
        }
    size = first.size if first.times else second.size
    luma = first.luma + second.luma
    return times, pts, size, luma, getattr(backend, "name", type(backend).__name__), seen
