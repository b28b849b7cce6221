"""The video pipeline: decode -> landmarks -> signals -> events -> summary.

Decoding runs in its own thread and hands frames to the landmark model through a
small bounded queue, so the two overlap on two cores and memory stays flat however
long the video is: only a few dozen landmark coordinates per frame are kept.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from hfs import __version__
from hfs.errors import NoFaceError, VideoError
from hfs.video.events import Activations, Event, Thresholds, activations, detect_events
from hfs.video.io import ANALYSIS_MAX_SIDE, VideoInfo, iter_frames, probe
from hfs.video.landmarks import SUBSET, LandmarkBackend, MediaPipeFaceMesh
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


def _at_gap(e: Event, gaps: list[tuple[float, float]]) -> bool:
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
) -> VideoAnalysis:
    """Analyse a landmark series (``points`` in :data:`SUBSET` order, NaN = no face)."""
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
    w = analysis_size[0] if analysis_size else info.width
    scale = info.width / w if w else 1.0
    reason = cannot_tell(visible, act, sig.iod_px)
    summary = summarize(events, act, duration, visible_s=visible, cannot_tell=reason)
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
    times, pts, size, luma, name = _landmark_stream(
        path, info, backend, mirrored, max_side, progress
    )
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
    )


def _landmark_stream(
    path,
    info: VideoInfo,
    backend: LandmarkBackend | None,
    mirrored: bool,
    max_side: int,
    progress: ProgressFn | None,
):
    """Decode in a thread, landmark in this one.

    Returns frame times, subset landmarks per frame, the analysis frame size, sampled
    brightness, and the backend's name.
    """
    own_backend = backend is None
    # Room for about a second of frames: decoding starts while the model is built.
    frames: queue.Queue = queue.Queue(maxsize=32)
    stop = threading.Event()
    failure: list[BaseException] = []
    luma: list[float] = []

    def decode() -> None:
        try:
            for fr in iter_frames(path, max_side=max_side, mirrored=mirrored):
                if fr.index % 15 == 0:
                    luma.append(float(fr.rgb[::4, ::4].mean()))
                while not stop.is_set():
                    try:
                        frames.put(fr, timeout=0.2)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
        except BaseException as exc:  # handed to the consumer, raised there
            failure.append(exc)
        finally:
            while True:  # the end marker; give up if the consumer has stopped
                try:
                    frames.put(None, timeout=0.2)
                    break
                except queue.Full:
                    if stop.is_set():
                        break

    worker = threading.Thread(target=decode, name="hfs-decode", daemon=True)
    worker.start()
    try:
        backend = backend or MediaPipeFaceMesh()
    except BaseException:
        stop.set()
        raise
    times: list[float] = []
    pts: list[np.ndarray] = []
    nan = np.full((len(SUBSET), 3), np.nan, dtype=np.float32)
    size = (0, 0)
    try:
        while True:
            fr = frames.get()
            if fr is None:
                break
            size = (fr.rgb.shape[1], fr.rgb.shape[0])
            lm = backend.process(fr.rgb, fr.t_s)
            times.append(fr.t_s)
            pts.append(nan if lm is None else lm[SUBSET].astype(np.float32))
            if progress is not None:
                progress(len(times), max(info.n_frames, len(times)))
    finally:
        stop.set()
        worker.join(timeout=5)
        if own_backend:
            backend.close()
    if failure:
        raise failure[0]
    return times, pts, size, luma, getattr(backend, "name", type(backend).__name__)
