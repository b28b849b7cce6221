"""What happens on a synthetic face, and when: spasms, blinks, smiles, head turns.

A :class:`Schedule` is the ground truth of a synthetic video. It turns time into
per-side muscle activations (:class:`Activation`) that :mod:`hfs.simulate.face`
renders onto a photo or applies to landmarks. Events use the same schema as the
analysis output (``onset_s``, ``offset_s``, ``kind``, ``side``, ``regions``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np

SIDES = ("left", "right")
REGIONS = ("eye", "brow", "cheek", "mouth")


@dataclass(frozen=True)
class SimEvent:
    """One event on the synthetic face.

    ``kind`` is ``spasm`` or ``blink`` (both reported by the analysis), or a
    distractor the analysis must NOT report as a spasm: ``smile``, ``head_turn``.
    ``amplitude`` is the peak activation (0..1); for head turns, the yaw in degrees.
    """

    onset_s: float
    offset_s: float
    kind: str
    side: str
    regions: tuple[str, ...] = ()
    amplitude: float = 1.0
    pattern: str | None = None  # clonic | tonic, for spasms

    @property
    def duration_s(self) -> float:
        return self.offset_s - self.onset_s

    def envelope(self, t: np.ndarray) -> np.ndarray:
        """Activation over time in [0, amplitude]: raised-cosine edges, plateau for tonic."""
        t = np.asarray(t, dtype=float)
        d = self.duration_s
        ramp = min(0.5 * d, 0.12 if self.kind in ("blink", "spasm") else 0.35)
        u = t - self.onset_s
        env = np.zeros_like(t)
        inside = (u >= 0) & (u <= d)
        up = inside & (u < ramp)
        down = inside & (u > d - ramp)
        env[inside] = 1.0
        env[up] = 0.5 - 0.5 * np.cos(np.pi * u[up] / ramp)
        env[down] = 0.5 - 0.5 * np.cos(np.pi * (d - u[down]) / ramp)
        if self.kind == "spasm" and self.pattern == "tonic":
            # A tonic spasm is not flat: a fine clonic flutter rides on it.
            env = env * (0.9 + 0.1 * np.sin(2 * np.pi * 7.0 * u))
        return self.amplitude * env

    def to_dict(self) -> dict:
        d = asdict(self)
        d["regions"] = list(self.regions)
        d["onset_s"] = round(self.onset_s, 4)
        d["offset_s"] = round(self.offset_s, 4)
        return d


@dataclass
class Activation:
    """Muscle activations at one instant, per patient side, each 0..1."""

    eye: dict[str, float] = field(default_factory=lambda: {"left": 0.0, "right": 0.0})
    brow: dict[str, float] = field(default_factory=lambda: {"left": 0.0, "right": 0.0})
    cheek: dict[str, float] = field(default_factory=lambda: {"left": 0.0, "right": 0.0})
    mouth: dict[str, float] = field(default_factory=lambda: {"left": 0.0, "right": 0.0})
    yaw_deg: float = 0.0


@dataclass(frozen=True)
class Schedule:
    """The ground truth of one synthetic video."""

    duration_s: float
    events: tuple[SimEvent, ...]
    affected_side: str  # left | right | none

    def activations(self, t: float) -> Activation:
        """Activations at time ``t`` (seconds): the strongest event wins per region."""
        act = Activation()
        ta = np.array([t])
        for ev in self.events:
            if not (ev.onset_s <= t <= ev.offset_s):
                continue
            a = float(ev.envelope(ta)[0])
            if ev.kind == "head_turn":
                act.yaw_deg += a  # amplitude holds degrees
                continue
            sides = SIDES if ev.side == "both" else (ev.side,)
            if ev.kind == "blink":
                for s in sides:
                    act.eye[s] = max(act.eye[s], a)
            elif ev.kind == "smile":
                for s in sides:
                    act.mouth[s] = max(act.mouth[s], a)
                    act.cheek[s] = max(act.cheek[s], 0.7 * a)
                    # A smile narrows both eyes (about 22%), symmetrically.
                    act.eye[s] = max(act.eye[s], 0.22 * a)
            elif ev.kind == "spasm":
                for s in sides:
                    for r in ev.regions:
                        table = getattr(act, r)
                        table[s] = max(table[s], a)
        return act

    @property
    def spasms(self) -> list[SimEvent]:
        return [e for e in self.events if e.kind == "spasm"]

    @property
    def blinks(self) -> list[SimEvent]:
        return [e for e in self.events if e.kind == "blink"]

    def truth(self) -> dict:
        """Ground truth in the analysis schema: events and summary figures."""
        minutes = self.duration_s / 60.0
        spasms = self.spasms
        reported = [e for e in self.events if e.kind in ("spasm", "blink")]
        distractors = [e for e in self.events if e.kind not in ("spasm", "blink")]
        return {
            "schema": "hfs.video.truth/1",
            "duration_s": self.duration_s,
            "events": [
                {
                    "onset_s": round(e.onset_s, 4),
                    "offset_s": round(e.offset_s, 4),
                    "kind": e.kind,
                    "side": e.side,
                    "regions": list(e.regions),
                    "pattern": e.pattern,
                    "amplitude": round(e.amplitude, 3),
                }
                for e in reported
            ],
            "distractors": [e.to_dict() for e in distractors],
            "summary": {
                "affected_side": self.affected_side,
                "spasms_per_min": round(len(spasms) / minutes, 3),
                "spasm_time_fraction": round(
                    sum(e.duration_s for e in spasms) / self.duration_s, 4
                ),
                "longest_spasm_s": round(max((e.duration_s for e in spasms), default=0.0), 3),
                "blinks_per_min": round(len(self.blinks) / minutes, 3),
                "regions": sorted({r for e in spasms for r in e.regions}, key=REGIONS.index),
            },
        }


def _rng(rng: int | np.random.Generator | None) -> np.random.Generator:
    return rng if isinstance(rng, np.random.Generator) else np.random.default_rng(rng)


def make_schedule(
    duration_s: float = 30.0,
    *,
    side: str = "left",
    spasm_rate: float = 8.0,
    tonic_fraction: float = 0.3,
    regions: tuple[str, ...] | None = None,
    blink_rate: float = 15.0,
    smiles: int = 0,
    head_turns: int = 0,
    rng: int | np.random.Generator | None = None,
) -> Schedule:
    """Draw a plausible sequence of events.

    Parameters
    ----------
    duration_s : float
        Length of the video.
    side : {'left', 'right', 'none'}
        The affected side; ``'none'`` makes a control with no spasms.
    spasm_rate : float
        Spasms per minute (clonic twitches and tonic spasms together).
    tonic_fraction : float
        Share of spasms that are tonic (1.2-4 s) rather than clonic (0.2-0.7 s).
    regions : tuple of str, optional
        Regions the spasms involve. Default: drawn per video, always with the eye
        (HFS typically starts at the lower lid and spreads down the face).
    blink_rate, smiles, head_turns
        Normal blinks per minute, and how many symmetric smiles and head turns to add
        as distractors.
    rng : int or numpy.random.Generator, optional
        Seed or generator.
    """
    if side not in ("left", "right", "none"):
        raise ValueError(f"side must be 'left', 'right' or 'none', got {side!r}")
    if duration_s <= 0:
        raise ValueError(f"duration_s must be positive, got {duration_s}")
    rng = _rng(rng)
    if regions is None:
        spread = [
            ("eye",),
            ("eye", "cheek"),
            ("eye", "cheek", "mouth"),
            ("eye", "brow", "cheek", "mouth"),
        ]
        regions = spread[int(rng.integers(len(spread)))]
    for r in regions:
        if r not in REGIONS:
            raise ValueError(f"unknown region {r!r}; expected some of {REGIONS}")

    busy: list[tuple[float, float]] = []

    def place(dur: float, gap: float, lo: float = 0.6) -> float | None:
        hi = duration_s - dur - 0.6
        for _ in range(200):
            if hi <= lo:
                return None
            t0 = float(rng.uniform(lo, hi))
            if all(t0 + dur + gap <= a or t0 >= b + gap for a, b in busy):
                busy.append((t0, t0 + dur))
                return t0
        return None

    events: list[SimEvent] = []
    # Distractors first: they are long and need room.
    for _ in range(smiles):
        d = float(rng.uniform(1.5, 3.0))
        t0 = place(d, 1.0)
        if t0 is not None:
            events.append(
                SimEvent(
                    t0, t0 + d, "smile", "both", ("mouth", "cheek"), float(rng.uniform(0.7, 1.0))
                )
            )
    for _ in range(head_turns):
        d = float(rng.uniform(1.5, 3.0))
        t0 = place(d, 1.0)
        if t0 is not None:
            yaw = float(rng.uniform(10, 16)) * (1 if rng.random() < 0.5 else -1)
            events.append(SimEvent(t0, t0 + d, "head_turn", "both", (), yaw))
    if side != "none" and spasm_rate > 0:
        n = max(1, round(spasm_rate * duration_s / 60.0))
        for _ in range(n):
            tonic = rng.random() < tonic_fraction
            d = float(rng.uniform(1.2, 4.0) if tonic else rng.uniform(0.25, 0.7))
            t0 = place(d, 0.8)
            if t0 is None:
                continue
            amp = float(rng.uniform(0.85, 1.0) if tonic else rng.uniform(0.6, 1.0))
            events.append(
                SimEvent(
                    t0, t0 + d, "spasm", side, tuple(regions), amp, "tonic" if tonic else "clonic"
                )
            )
    n_blinks = round(blink_rate * duration_s / 60.0)
    for _ in range(n_blinks):
        d = float(rng.uniform(0.18, 0.35))
        t0 = place(d, 0.5)
        if t0 is not None:
            events.append(
                SimEvent(t0, t0 + d, "blink", "both", ("eye",), float(rng.uniform(0.9, 1.0)))
            )
    events.sort(key=lambda e: e.onset_s)
    return Schedule(duration_s, tuple(events), side)
