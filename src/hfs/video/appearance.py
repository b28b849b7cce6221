"""The cheek read from the image, where the landmarks miss it.

A cheek raise (FACS AU6: orbicularis oculi, pars orbitalis) lifts and bulges the
malar skin: the bulge's crest catches more of the light, a shadow forms under it.
MediaPipe's Face Mesh barely moves its cheek points for it (docs/video.md, "Known
limits"), but the pixels change. This is how appearance-based facial action coding
reads AU6: Ekman and Friesen's FACS manual describes AU6 by these appearance changes,
and OpenFace's action-unit intensities come from appearance features of the aligned
face against the person's own median look (Baltrusaitis et al. 2015, 2018).

Per frame, a small grey patch of each malar cheek is sampled on a grid fixed to the
face (a similarity fit of the landmarks' rigid points, so head motion and scale are
removed; 17 x 12 samples a side, 0.4 x 0.28 inter-ocular distances). Only those
patches are kept (408 bytes a frame). At the end, per side, the **crest contrast**:
how much brighter the bulge's crest is than the skin under it, against the person's
own resting value (the median over the video). A cheek raise on one side raises that
side's contrast beyond the other's; in units of the video's own noise of that
difference, this names the cheek in a spasm.

Hook: :class:`AppearanceReader` wraps the landmark backend (it sees each frame and
the landmarks found on it; nothing else in the stream changes); :meth:`~AppearanceReader.read`
turns what it kept into an :class:`Appearance` that
:func:`hfs.video.analysis.analyze_points` uses to name the cheek in the spasms.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace

import cv2
import numpy as np

from hfs.video.events import Event
from hfs.video.signals import FacialSignals, remove_pose_effects

SIDES = ("left", "right")
# Full-mesh indices (patient's sides).
_EYE_OUTER = {"right": 33, "left": 263}
_EYE_INNER = {"right": 133, "left": 362}
_CHEEK = {"right": [117, 118, 101, 50, 205], "left": [346, 347, 330, 280, 425]}
#: Points that move little with expression (forehead, nose bridge and tip, temples,
#: inner eye corners): the face-fixed frame the patches are sampled in.
_ANCHOR = [10, 151, 9, 8, 168, 6, 197, 195, 5, 4, 1, 109, 338, 67, 297, 234, 454, 133, 362]

#: Grid step of the patch, in inter-ocular distances (IOD).
STEP_IOD = 0.025
#: The malar patch, in IOD, in a face frame whose x runs outwards (towards this
#: side's ear) and y downwards, around the mean of the infraorbital points: from the
#: skin just below the lower lid's fold to below the malar bulge.
PATCH_X, PATCH_Y = (-0.20, 0.20), (-0.10, 0.18)
#: Rows above this (IOD, same frame) are the bulge's crest, below it the skin under it.
CREST_Y = 0.04

#: Quality gate: the image is read only with at least this many pixels between the
#: eyes (a patch step of about a pixel), patches neither dark nor blown out, and the
#: face found in most frames.
MIN_IOD_PX = 40.0
MIN_LUMA, MAX_LUMA = 35.0, 225.0
MIN_FOUND = 0.5
#: ... and the noise of the two cheeks' difference (times ``Rules.k_noise``, log
#: brightness) at most this: about the change that three quarters of a full cheek raise
#: make on the simulated face (0.06-0.07). Beyond it a cheek raise would be lost in
#: the noise (a head that turns a lot, a shaking camera, dim noisy video).
MAX_THRESHOLD = 0.05


@dataclass(frozen=True)
class Rules:
    """How the image names the cheek in a spasm.

    The cheek is named in a spasm on side *s* when, at some frame of it, this side's
    crest contrast beyond the other side's rises above ``k_noise`` times the robust
    noise of that difference over the video, and above ``floor`` (log brightness).
    """

    k_noise: float = 5.0
    floor: float = 0.01

    def to_dict(self) -> dict:
        return {"k_noise": self.k_noise, "floor": self.floor}


@dataclass
class Appearance:
    """Crest contrast of the malar cheek per side (0 at the person's rest), per frame."""

    t_s: np.ndarray
    contrast: dict[str, np.ndarray]  # per side
    usable: bool
    reason: str | None  # why the image is not read (None when it is)
    iod_px: float = float("nan")
    luma: float = float("nan")
    rules: Rules = field(default_factory=Rules)

    def without_pose(self, sig: FacialSignals) -> Appearance:
        """The contrast with what head rotation leaves in it removed.

        The patches follow a similarity fit, which cannot undo a turn: the malar patch
        then slides over the cheek's curve, and its light changes. As for the
        landmark signals, the contrast is regressed on yaw and pitch over quiet frames
        (:func:`hfs.video.signals.remove_pose_effects`) and the fitted part removed.
        """
        if not self.usable:
            return self
        sides = {
            s: {"aperture": sig.side[s]["aperture"], "crest": self.contrast[s].copy()}
            for s in SIDES
        }
        remove_pose_effects(sides, sig.head, sig.valid & np.isfinite(self.contrast["left"]))
        out = replace(self, contrast={s: sides[s]["crest"] for s in SIDES})
        thr = out.threshold()
        if not thr <= MAX_THRESHOLD:
            return replace(
                out,
                usable=False,
                reason=(
                    "the cheeks' shading varies too much in this video (the head moving or "
                    "turning, a shaking camera or a noisy picture) to see a cheek rise in it"
                ),
            )
        return out

    def threshold(self) -> float:
        """The one-sided change (log brightness) that names the cheek."""
        d = self.contrast["left"] - self.contrast["right"]
        ok = np.isfinite(d)
        if not ok.any():
            return float("nan")
        noise = float(1.4826 * np.median(np.abs(d[ok] - np.median(d[ok]))))
        return max(self.rules.k_noise * noise, self.rules.floor)

    def onesided(self, side: str) -> np.ndarray:
        """This side's cheek rise beyond the other's, in units of its threshold."""
        other = "right" if side == "left" else "left"
        d = self.contrast[side] - self.contrast[other]
        ok = np.isfinite(d)
        if not ok.any():
            return np.full_like(d, np.nan)
        return (d - float(np.median(d[ok]))) / self.threshold()

    def name_regions(self, events: list[Event]) -> list[Event]:
        """The spasms with the cheek named as the image says (the landmarks' own
        cheek is dropped: they do not follow it). ``peak["cheek"]`` is then the image's
        one-sided change in units of its threshold (1 = just named)."""
        if not self.usable:
            return events
        t = self.t_s
        score = {s: self.onesided(s) for s in SIDES}
        out = []
        for e in events:
            if e.kind != "spasm" or e.side not in score:
                out.append(e)
                continue
            named = set(e.regions) - {"cheek"}
            v = score[e.side][(t >= e.onset_s - 1e-6) & (t <= e.offset_s + 1e-6)]
            best = float(np.nanmax(v)) if np.isfinite(v).any() else 0.0
            if best >= 1.0:
                named.add("cheek")
            if not named:  # the cheek alone started it but the image says no: keep it
                named = set(e.regions)
            regions = tuple(r for r in ("eye", "brow", "cheek", "mouth") if r in named)
            peak = {r: v for r, v in e.peak.items() if r in regions and r != "cheek"}
            if "cheek" in regions:
                peak["cheek"] = best
            out.append(Event(e.onset_s, e.offset_s, e.kind, e.side, regions, e.pattern, peak))
        return out


_GRID = np.stack(
    np.meshgrid(
        np.arange(PATCH_X[0], PATCH_X[1] + 1e-9, STEP_IOD),
        np.arange(PATCH_Y[0], PATCH_Y[1] + 1e-9, STEP_IOD),
    ),
    axis=-1,
)  # (rows, cols, 2)
_CREST = _GRID[:, 0, 1] < CREST_Y  # rows of the crest


def _similarity(src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """2x3 matrix of the least-squares 2-D similarity ``dst ~ A @ [src, 1]``.

    In the plane, rotation and scale are one complex factor ``a``; least squares gives
    ``a = sum(conj(s) d) / sum(|s|^2)`` on centred points (Umeyama 1991 in 2-D).
    """
    zs = src[:, 0] + 1j * src[:, 1]
    zd = dst[:, 0] + 1j * dst[:, 1]
    ms, md = zs.mean(), zd.mean()
    cs = zs - ms
    a = complex(np.vdot(cs, zd - md) / max(float(np.vdot(cs, cs).real), 1e-12))
    b = md - a * ms
    return np.array([[a.real, -a.imag, b.real], [a.imag, a.real, b.imag]])


class AppearanceReader:
    """A landmark backend that also keeps small face-fixed patches of each frame.

    ``inner`` is the backend doing the landmarking; None: MediaPipe Face Mesh, made on
    the first frame (so decoding starts meanwhile) or by :meth:`start`, and closed by
    :meth:`close`. Its ``name`` is the inner one's.

    ``after``: the reader of the part of the same clip before this one's (the clip read
    in two parts at once, :func:`hfs.video.analysis._landmark_stream`). The patches are
    sampled on a grid fixed to the face as the clip's first face placed it, so this
    reader takes that reader's grid, waiting for it if need be, until that reader is
    settled (:meth:`settle`: its part is done; a face first seen in this part then
    places the grid).
    """

    def __init__(self, inner=None, *, after: AppearanceReader | None = None):
        self._inner = inner
        self._own = inner is None
        self._after = after
        self._ref: np.ndarray | None = None  # anchor points in the face frame (IOD)
        self._grids: dict[str, np.ndarray] = {}  # per side, (k, 2) in the face frame
        #: Set once the grid is placed, or nothing more will be read.
        self.settled = threading.Event()
        self.t_s: list[float] = []
        self.patches: list[np.ndarray | None] = []
        self.iod_px: list[float] = []

    @property
    def name(self) -> str:
        return getattr(self._inner, "name", "mediapipe-face-mesh")

    def start(self) -> None:
        """Build the landmark model now (it is otherwise built on the first frame)."""
        if self._inner is None:
            from hfs.video.landmarks import MediaPipeFaceMesh

            self._inner = MediaPipeFaceMesh()

    def settle(self) -> None:
        """Nothing more will be read: a reader after this one stops waiting for its grid."""
        self.settled.set()

    def process(self, rgb: np.ndarray, t_s: float = 0.0) -> np.ndarray | None:
        self.start()
        lm = self._inner.process(rgb, t_s)
        self.t_s.append(float(t_s))
        self.patches.append(None if lm is None else self._sample(rgb, lm))
        return lm

    def close(self) -> None:
        if self._inner is not None and self._own:
            self._inner.close()
            self._inner = None

    def _setup(self, lm: np.ndarray) -> None:
        """The face frame from the first face: origin between the eyes, unit IOD."""
        xy = lm[:, :2].astype(np.float64)
        er = xy[[_EYE_OUTER["right"], _EYE_INNER["right"]]].mean(axis=0)
        el = xy[[_EYE_OUTER["left"], _EYE_INNER["left"]]].mean(axis=0)
        iod = float(np.linalg.norm(el - er))
        ex = (el - er) / iod
        ey = np.array([-ex[1], ex[0]])
        rot = np.stack([ex, ey])  # image -> face frame
        c = (er + el) / 2

        def to_face(p: np.ndarray) -> np.ndarray:
            return (p - c) @ rot.T / iod

        for side in SIDES:
            # Outwards = away from the midline: the patient's left eye's side of the face.
            out = 1.0 if side == "left" else -1.0
            g = _GRID.copy()
            g[..., 0] *= out
            self._grids[side] = (g + to_face(xy[_CHEEK[side]].mean(axis=0))).reshape(-1, 2)
        self._ref = to_face(xy[_ANCHOR])
        self.settle()

    def _sample(self, rgb: np.ndarray, lm: np.ndarray) -> np.ndarray | None:
        if not np.isfinite(lm[:, :2]).all():
            return None
        if self._ref is None and self._after is not None:
            self._after.settled.wait()
            if self._after._ref is not None:
                self._grids, self._ref = self._after._grids, self._after._ref
                self.settle()
        if self._ref is None:
            self._setup(lm)
        m = _similarity(self._ref, lm[_ANCHOR, :2].astype(np.float64))
        scale = float(np.hypot(m[0, 0], m[1, 0]))  # pixels per IOD
        self.iod_px.append(scale)
        sigma = 0.5 * STEP_IOD * scale  # average over a grid cell: finer texture would alias
        pad = int(np.ceil(3.0 * sigma)) + 2
        h, w = rgb.shape[:2]
        out = []
        for side in SIDES:  # one small crop per cheek: a few hundred pixels each
            img = self._grids[side] @ m[:, :2].T + m[:, 2]
            lo = np.floor(img.min(axis=0)).astype(int) - pad
            hi = np.ceil(img.max(axis=0)).astype(int) + pad + 1
            if lo[0] < 0 or lo[1] < 0 or hi[0] > w or hi[1] > h:
                return None  # part of a cheek outside the frame
            crop = cv2.cvtColor(
                np.ascontiguousarray(rgb[lo[1] : hi[1], lo[0] : hi[0]]), cv2.COLOR_RGB2GRAY
            )
            if sigma > 0.6:
                crop = cv2.GaussianBlur(crop, (0, 0), sigma)
            mx = (img[:, 0] - lo[0]).astype(np.float32).reshape(1, -1)
            my = (img[:, 1] - lo[1]).astype(np.float32).reshape(1, -1)
            out.append(cv2.remap(crop, mx, my, cv2.INTER_LINEAR).ravel())
        return np.concatenate(out)

    def read(self, times: list[float] | np.ndarray, rules: Rules = Rules()) -> Appearance:
        """The cheeks' crest contrast at ``times`` (the stream's frames)."""
        return read_parts([self], times, rules)


def read_parts(
    readers: list[AppearanceReader], times: list[float] | np.ndarray, rules: Rules = Rules()
) -> Appearance:
    """The cheeks' crest contrast at ``times`` from readers of consecutive parts of a
    clip (each after the one before, see :class:`AppearanceReader`)."""
    return appearance_from_patches(
        times,
        [t for r in readers for t in r.t_s],
        [p for r in readers for p in r.patches],
        [v for r in readers for v in r.iod_px],
        rules,
    )


def appearance_from_patches(
    times, t_kept, patches: list[np.ndarray | None], iod_px: list[float], rules: Rules = Rules()
) -> Appearance:
    """:class:`Appearance` from per-frame patches (see :class:`AppearanceReader`) at
    the frame times ``times``; the quality gate decides whether it is usable."""
    t = np.asarray(times, dtype=np.float64)
    n = len(t)
    empty = {s: np.full(n, np.nan) for s in SIDES}
    by_t = dict(zip(t_kept, patches, strict=False))
    rows = [by_t.get(float(tt)) for tt in t]
    found = np.array([r is not None for r in rows], dtype=bool)
    iod = float(np.median(iod_px)) if iod_px else float("nan")
    if not n or found.mean() < MIN_FOUND:
        return Appearance(
            t, empty, False, "the cheeks were in full view too little of the time", iod
        )
    if not np.isfinite(iod) or iod < MIN_IOD_PX:
        return Appearance(
            t,
            empty,
            False,
            f"too few pixels on the face ({iod:.0f} px between the eyes, {MIN_IOD_PX:.0f} "
            "needed) to see the cheek's skin change",
            iod,
        )
    x = np.full((n, 2, *_GRID.shape[:2]), np.nan, dtype=np.float32)
    x[found] = np.stack([r for r in rows if r is not None]).reshape(-1, 2, *_GRID.shape[:2])
    luma = float(np.nanmedian(x))
    if not MIN_LUMA <= luma <= MAX_LUMA:
        return Appearance(
            t,
            empty,
            False,
            f"the cheeks are too {'dark' if luma < MIN_LUMA else 'bright'} (grey level "
            f"{luma:.0f}) to see their shading change",
            iod,
            luma,
        )
    logx = np.log(x + 8.0)  # light multiplies: a drift in the light cancels in differences
    crest = np.nanmean(logx[:, :, _CREST], axis=(2, 3)) - np.nanmean(
        logx[:, :, ~_CREST], axis=(2, 3)
    )
    rest = np.nanmedian(crest, axis=0)
    contrast = {s: (crest[:, i] - rest[i]).astype(np.float64) for i, s in enumerate(SIDES)}
    return Appearance(t, contrast, True, None, iod, luma, rules)
