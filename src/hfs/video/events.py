"""Facial signals -> contractions: spasms (one-sided) and blinks (both eyes).

Method
------
1. **Per-person baselines.** Each signal's resting value is estimated from the video
   itself: the 85th percentile of lid aperture (the eye is open most of the time, even
   in HFS), the median of brow, cheek and mouth-corner positions. Noise is the
   robust spread (1.4826 x MAD) of each signal around its baseline.
2. **Regional activation per side.** Eye: closure fraction ``1 - aperture/baseline``.
   Brow and cheek: rise above baseline (IOD). Mouth: pull of the corner outwards and
   upwards from its resting position (IOD). A region is active when its activation exceeds
   ``max(floor, k * noise)``.
3. **One-sidedness.** A frame counts towards a spasm on side *s* when the eye, cheek
   or mouth is active on *s*, the difference from the other side itself passes the
   threshold, and the other side stays quiet: its activation is at most 40% of this
   side's (fading out by 55%; for the mouth 55%, fading out by 75%, since pulling one
   corner drags the other along). Landmark models read the two eyes of one blink, or the
   two corners of one smile, unequally; a ratio tells them from a real one-sided
   contraction where a difference alone does not. While both eyes close together, a
   cheek or mouth trigger needs twice its threshold: landmark models misplace the
   lower face a little during a blink, most of all with the head slightly turned. The brow is named within a spasm but
   cannot start one: in HFS it rises with the eye closure, and landmark models move
   it slightly with any lid closure. A symmetric smile, talking, or a head turn
   (removed by the rigid fit) moves both sides alike and is not a spasm.
4. **Segments.** Hysteresis (start at 1.0, continue above 0.5 of the threshold),
   gaps shorter than 0.15 s bridged, blips shorter than 0.08 s dropped. A spasm's
   regions are those active one-sidedly in at least a fifth of its frames; it is
   *clonic* under 1 s and *tonic* from 1 s (the JRS uses 1 s).
5. **Blinks.** Both eyes closing together (closure >= 0.3 on each side as the landmark
   model reads it, which under-reads lid closure; the less-closed eye at least 45% of
   the more-closed), and no one-sided activity at the time.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np

from hfs.video.signals import SIDES, FacialSignals

REGIONS = ("eye", "brow", "cheek", "mouth")
#: Regions whose one-sided activity can start a spasm. The brow only rises *with* an
#: eye closure in HFS (the "other Babinski sign"), and landmark models move the brow a
#: little whenever the lid closes, so the brow is named within a spasm but never
#: starts one.
TRIGGER_REGIONS = ("eye", "cheek", "mouth")
TONIC_MIN_S = 1.0


@dataclass(frozen=True)
class Thresholds:
    """Detection parameters (reported in the analysis's methods section)."""

    k_noise: float = 4.0
    eye_floor: float = 0.20  # closure fraction
    brow_floor: float = 0.035  # IOD
    cheek_floor: float = 0.018  # IOD
    mouth_floor: float = 0.025  # IOD
    hysteresis: float = 0.5
    bridge_s: float = 0.15
    min_event_s: float = 0.08
    region_share: float = 0.2
    blink_closure: float = 0.3
    blink_ratio: float = 0.45  # both eyes: less-closed / more-closed at least this
    # One-sided gate per region: other/this side ratio where the gate falls from 1 to 0.
    # The mouth is one structure: pulling one corner drags the other along (the
    # landmark model reads 40-55% on the quiet side), while a smile reads 75% or more.
    onesided_ratio: dict = field(
        default_factory=lambda: {
            "eye": (0.40, 0.55),
            "brow": (0.40, 0.55),
            "cheek": (0.40, 0.55),
            "mouth": (0.55, 0.75),
        }
    )
    eye_baseline_pct: float = 85.0
    # Voluntary movements: the other side doing the same within this window, at
    # least this share of this side's peak, makes a one-sided stretch the uneven
    # edge of a bilateral movement (people smile, close the eyes, raise the brows a
    # little unevenly, one side up to ~0.15 s ahead).
    mirror_window_s: float = 0.35
    mirror_ratio: float = 0.45
    # Talking and chewing open the jaw; a spasm pulls a corner without opening it.
    jaw_floor: float = 0.03  # IOD

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Event:
    """A detected contraction. Times in seconds; sides are the patient's."""

    onset_s: float
    offset_s: float
    kind: str  # spasm | blink
    side: str  # left | right | both
    regions: tuple[str, ...]
    pattern: str | None  # clonic | tonic for spasms
    peak: dict[str, float]  # peak activation per region on the event's side

    @property
    def duration_s(self) -> float:
        return self.offset_s - self.onset_s

    def to_dict(self) -> dict:
        return {
            "onset_s": round(self.onset_s, 3),
            "offset_s": round(self.offset_s, 3),
            "duration_s": round(self.duration_s, 3),
            "kind": self.kind,
            "side": self.side,
            "regions": list(self.regions),
            "pattern": self.pattern,
            "peak": {k: round(v, 4) for k, v in self.peak.items()},
        }


@dataclass
class Activations:
    """Per-side regional activations (0 at rest) and their thresholds."""

    t_s: np.ndarray
    valid: np.ndarray
    act: dict[str, dict[str, np.ndarray]]  # act[side][region]
    thr: dict[str, float]  # per region
    baseline: dict[str, dict[str, float]]  # baseline[side][signal]
    jaw: np.ndarray | None = None  # jaw opening above rest, IOD
    jaw_thr: float = np.inf


def _mad(x: np.ndarray) -> float:
    x = x[np.isfinite(x)]
    if len(x) == 0:
        return 0.0
    return float(1.4826 * np.median(np.abs(x - np.median(x))))


def activations(sig: FacialSignals, th: Thresholds = Thresholds()) -> Activations:
    """Regional activations per side against per-person baselines."""
    act: dict[str, dict[str, np.ndarray]] = {s: {} for s in SIDES}
    base: dict[str, dict[str, float]] = {s: {} for s in SIDES}
    noise_by_region: dict[str, list[float]] = {r: [] for r in REGIONS}
    for s in SIDES:
        x = sig.side[s]
        ap = x["aperture"]
        if "lower_lid" in x and np.isfinite(x["lower_lid"]).any():
            # The eye closes from above: the upper lid comes down. A lower lid pushed
            # up by the rising cheek (FACS AU6) narrows the eye from below; that part
            # of the narrowing is the cheek's, not the eye's, so it is added back
            # (beyond twice the lower lid's own noise).
            ll = x["lower_lid"]
            rise = ll - np.nanmedian(ll)
            ap = ap + np.clip(rise - 2.0 * _mad(ll), 0.0, None)
        b = float(np.nanpercentile(ap, th.eye_baseline_pct)) if np.isfinite(ap).any() else np.nan
        closure = 1.0 - ap / b if b and np.isfinite(b) and b > 0 else np.full_like(ap, np.nan)
        base[s]["aperture"] = b
        # Noise of closure from the open-eye frames only (blinks and spasms excluded).
        open_ = closure[np.isfinite(closure) & (closure < 0.15)]
        noise_by_region["eye"].append(_mad(open_) if len(open_) else 0.0)
        act[s]["eye"] = closure
        for name, region in (("brow", "brow"), ("cheek", "cheek")):
            med = float(np.nanmedian(x[name])) if np.isfinite(x[name]).any() else np.nan
            base[s][name] = med
            act[s][region] = x[name] - med
            noise_by_region[region].append(_mad(x[name]))
        mx = float(np.nanmedian(x["mouth_x"])) if np.isfinite(x["mouth_x"]).any() else np.nan
        my = float(np.nanmedian(x["mouth_y"])) if np.isfinite(x["mouth_y"]).any() else np.nan
        base[s]["mouth_x"], base[s]["mouth_y"] = mx, my
        # Signed pull of the corner outwards and upwards (zygomatic direction). When one
        # corner is pulled the whole mouth shifts that way, so the other corner moves
        # inwards (negative pull): a magnitude would wrongly rise on both sides.
        pull = ((x["mouth_x"] - mx) + (x["mouth_y"] - my)) / np.sqrt(2.0)
        act[s]["mouth"] = pull
        noise_by_region["mouth"].append(_mad(pull))
    floors = {
        "eye": th.eye_floor,
        "brow": th.brow_floor,
        "cheek": th.cheek_floor,
        "mouth": th.mouth_floor,
    }
    thr = {r: max(floors[r], th.k_noise * float(np.mean(noise_by_region[r]))) for r in REGIONS}
    jaw, jaw_thr = None, np.inf
    if sig.mouth_open is not None and np.isfinite(sig.mouth_open).any():
        # The lips rest closed (or nearly) most of the time: the median is rest.
        rest = float(np.nanmedian(sig.mouth_open))
        jaw = sig.mouth_open - rest
        jaw_thr = max(th.jaw_floor, th.k_noise * _mad(sig.mouth_open))
    return Activations(sig.t_s, sig.valid, act, thr, base, jaw, jaw_thr)


def _segments(score: np.ndarray, t: np.ndarray, th: Thresholds) -> list[tuple[int, int]]:
    """Index ranges [i0, i1] where ``score`` >= 1 with hysteresis, gaps bridged."""
    n = len(score)
    segs: list[list[int]] = []
    i = 0
    s = np.nan_to_num(score, nan=0.0)
    while i < n:
        if s[i] >= 1.0:
            j0 = i
            while j0 > 0 and s[j0 - 1] >= th.hysteresis:
                j0 -= 1
            j1 = i
            while j1 + 1 < n and s[j1 + 1] >= th.hysteresis:
                j1 += 1
            if segs and t[j0] - t[segs[-1][1]] <= th.bridge_s:
                segs[-1][1] = j1
            else:
                segs.append([j0, j1])
            i = j1 + 1
        else:
            i += 1
    return [(a, b) for a, b in segs if _span(t, a, b) >= th.min_event_s]


def _span(t: np.ndarray, a: int, b: int) -> float:
    """Duration of frames a..b, counting the last frame's own interval."""
    dt = float(np.median(np.diff(t))) if len(t) > 1 else 0.0
    return float(t[b] - t[a]) + dt


def _voluntary(
    a: Activations,
    th: Thresholds,
    side: str,
    i0: int,
    i1: int,
    onesided: dict[str, dict[str, np.ndarray]],
    lower_face_scale: np.ndarray,
) -> bool:
    """Whether a one-sided stretch is part of a voluntary movement, not a spasm.

    Voluntary movements are bilateral or follow a task; people do them a little
    unevenly. So a stretch is voluntary when every region that started it is also
    active on the other side, in the same direction, within
    ``mirror_window_s`` (at least ``mirror_ratio`` of this side's peak): the uneven
    edge of a smile, a firm eye closure, a blink. A spasm leaves the other eye open,
    and the mouth corner it pulls drags the other corner inwards, not outwards.
    A stretch started by the cheek or mouth alone while the jaw opens (talking,
    chewing) is the speech or the chewing.
    """
    t = a.t_s
    sl = slice(i0, i1 + 1)
    other = "right" if side == "left" else "left"
    triggers = [
        r
        for r in TRIGGER_REGIONS
        if np.max(
            onesided[side][r][sl] * (lower_face_scale[sl] if r in ("cheek", "mouth") else 1.0)
        )
        >= 1.0
    ]
    w = (t >= t[i0] - th.mirror_window_s) & (t <= t[i1] + th.mirror_window_s)
    if not triggers:
        return False
    mirrored = []
    for r in triggers:
        mine = np.nanmax(a.act[side][r][sl])
        theirs = np.nanmax(a.act[other][r][w]) if np.isfinite(a.act[other][r][w]).any() else 0.0
        mirrored.append(mine > 0 and theirs >= th.mirror_ratio * mine)
    if all(mirrored):
        return True
    if set(triggers) <= {"cheek", "mouth"} and a.jaw is not None:
        jaw = a.jaw[w]
        if np.isfinite(jaw).any() and np.nanmax(jaw) >= a.jaw_thr:
            return True
    return False


def detect_events(a: Activations, th: Thresholds = Thresholds()) -> list[Event]:
    """Spasms and blinks, in time order."""
    t = a.t_s
    # One-sided score per side: the best region, in units of its threshold.
    onesided: dict[str, dict[str, np.ndarray]] = {s: {} for s in SIDES}
    score = {}
    # Both eyes closing together (a blink): landmark models then misplace the lower
    # face a little, so a cheek or mouth trigger needs twice its threshold meanwhile.
    cl, cr = np.nan_to_num(a.act["left"]["eye"]), np.nan_to_num(a.act["right"]["eye"])
    both = np.minimum(cl, cr)
    together = both >= th.blink_ratio * np.maximum(np.maximum(cl, cr), 1e-9)
    blink_score = np.where(together, both / th.blink_closure, 0.0)
    lower_face_scale = np.where(blink_score >= th.hysteresis, 0.5, 1.0)
    for s, o in (("left", "right"), ("right", "left")):
        for r in REGIONS:
            lo, hi = th.onesided_ratio[r]
            mine = np.nan_to_num(a.act[s][r], nan=0.0)
            other = np.maximum(np.nan_to_num(a.act[o][r], nan=0.0), 0.0)
            # One-sided means the other side stays quiet: gate by the ratio other/mine.
            ratio = other / np.maximum(mine, 1e-9)
            gate = np.clip((hi - ratio) / (hi - lo), 0.0, 1.0)
            onesided[s][r] = gate * np.minimum(mine, mine - other) / a.thr[r]
        score[s] = np.max(
            [
                onesided[s][r] * (lower_face_scale if r in ("cheek", "mouth") else 1.0)
                for r in TRIGGER_REGIONS
            ],
            axis=0,
        )
    events: list[Event] = []
    busy = np.zeros(len(t), dtype=bool)
    for s in SIDES:
        for i0, i1 in _segments(score[s], t, th):
            sl = slice(i0, i1 + 1)
            if _voluntary(a, th, s, i0, i1, onesided, lower_face_scale):
                busy[sl] = True  # nor is it a blink
                continue
            regions = tuple(
                r
                for r in REGIONS
                if np.mean(onesided[s][r][sl] >= th.hysteresis) >= th.region_share
                and np.max(onesided[s][r][sl]) >= 1.0
            )
            if not regions:
                regions = (REGIONS[int(np.argmax([onesided[s][r][sl].max() for r in REGIONS]))],)
            dur = _span(t, i0, i1)
            peak = {r: float(np.nanmax(a.act[s][r][sl])) for r in regions}
            events.append(
                Event(
                    float(t[i0]),
                    float(t[i0]) + dur,
                    "spasm",
                    s,
                    regions,
                    "tonic" if dur >= TONIC_MIN_S else "clonic",
                    peak,
                )
            )
            busy[sl] = True
    # Blinks: both eyes closing together, briefly (longer: a closure on purpose).
    for i0, i1 in _segments(blink_score, t, th):
        if busy[i0 : i1 + 1].any():
            continue  # one-sided activity at the same time: reported as the spasm
        if _span(t, i0, i1) > MAX_BLINK_S:
            continue  # reported among the voluntary movements
        events.append(
            Event(
                float(t[i0]),
                float(t[i0]) + _span(t, i0, i1),
                "blink",
                "both",
                ("eye",),
                None,
                {"eye": float(both[i0 : i1 + 1].max())},
            )
        )
    events.sort(key=lambda e: e.onset_s)
    return events


#: A bilateral eye closure longer than this is a closure on purpose, not a blink
#: (spontaneous blinks last 0.1-0.4 s).
MAX_BLINK_S = 0.6


@dataclass(frozen=True)
class Movement:
    """A voluntary movement found in the video (never counted as a spasm)."""

    onset_s: float
    offset_s: float
    kind: str  # talk | chew | smile | eye_closure | brow_raise

    def to_dict(self) -> dict:
        return {
            "onset_s": round(self.onset_s, 3),
            "offset_s": round(self.offset_s, 3),
            "duration_s": round(self.offset_s - self.onset_s, 3),
            "kind": self.kind,
        }


def _runs(mask: np.ndarray, t: np.ndarray, bridge_s: float, min_s: float) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    idx = np.flatnonzero(mask)
    for i in idx:
        if out and t[i] - t[out[-1][1]] <= bridge_s:
            out[-1][1] = i
        else:
            out.append([i, i])
    return [(a, b) for a, b in out if _span(t, a, b) >= min_s]


def voluntary_movements(a: Activations, th: Thresholds = Thresholds()) -> list[Movement]:
    """Talking, chewing, smiles, eye closures and brow raises: both sides at once, or
    the jaw moving.

    - talking and chewing: the jaw opens again and again (bridging the pauses between
      syllables, at least 1 s in all); talking at 2.5 Hz or faster, chewing slower;
    - smile: both mouth corners pulled out and up together for at least 0.4 s;
    - eye closure: both eyes closed together for longer than a blink
      (:data:`MAX_BLINK_S`);
    - brow raise: both brows up together for at least 0.4 s.
    """
    t = a.t_s
    out: list[Movement] = []
    if a.jaw is not None and np.isfinite(a.jaw).any():
        jaw = np.nan_to_num(a.jaw, nan=0.0)
        for i0, i1 in _runs(jaw >= a.jaw_thr, t, 0.6, 1.0):
            x = jaw[i0 : i1 + 1] - jaw[i0 : i1 + 1].mean()
            dt = float(np.median(np.diff(t))) if len(t) > 1 else 1 / 30
            f = np.fft.rfftfreq(len(x), dt)
            spec = np.abs(np.fft.rfft(x))
            band = f >= 0.5
            peak = float(f[band][np.argmax(spec[band])]) if band.any() else 0.0
            out.append(Movement(float(t[i0]), float(t[i1]), "talk" if peak >= 2.5 else "chew"))

    for kind, region, level, min_s in (
        ("smile", "mouth", a.thr["mouth"], 0.4),
        ("eye_closure", "eye", th.blink_closure, MAX_BLINK_S),
        ("brow_raise", "brow", a.thr["brow"], 0.4),
    ):
        # Both sides together, in units of the level; edges followed down to half of it.
        both = np.minimum(
            np.nan_to_num(a.act["left"][region], nan=0.0),
            np.nan_to_num(a.act["right"][region], nan=0.0),
        )
        for i0, i1 in _segments(both / level, t, th):
            if _span(t, i0, i1) >= min_s:
                out.append(Movement(float(t[i0]), float(t[i1]), kind))
    out.sort(key=lambda m: m.onset_s)
    return out
