"""What happens on a synthetic face, and when: spasms, blinks and voluntary movements.

A :class:`Schedule` is the ground truth of a synthetic video. It turns time into
per-side muscle activations (:class:`Activation`) that :mod:`hfs.simulate.face`
renders onto a photo or applies to landmarks. Events use the same schema as the
analysis output (``onset_s``, ``offset_s``, ``kind``, ``side``, ``regions``).

Physiology modelled
-------------------
- **Spasms** (hemifacial spasm): one side only, involuntary, the branches of that
  side together (eye closure with the mouth corner and cheek; the brow may rise,
  the "other Babinski sign"). A pulled mouth corner drags the whole mouth towards its
  side, so the other corner moves inwards.
- **Voluntary movements** (never spasms) are bilateral or follow a task, and real
  people do them a little unevenly: one side may lead by up to ~0.15 s and be up to
  ~35% stronger (natural facial asymmetry).

  - ``blink``: both eyes, 0.1-0.4 s;
  - ``smile`` of any intensity (0.15-1): both mouth corners out and up, both cheeks
    up, both eyes narrowed (about 22% at a full smile);
  - ``talk``: the jaw opens and closes 3-6 times a second, the lips round and
    spread with the vowels (both corners in and out together);
  - ``chew``: the jaw opens 1-2 times a second with a lateral grind towards the
    chewing side, which bulges the cheek there; the chewing side switches;
  - ``eye_closure`` ("close your eyes firmly"): both eyes shut for seconds,
    the squeeze lifts both cheeks and lowers both brows;
  - ``brow_raise``: both brows up;
  - ``head_turn``: yaw of 10-16 degrees, which may happen during any of the above;
  - ``face_exit``: the face slides out of the frame and comes back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np

SIDES = ("left", "right")
REGIONS = ("eye", "brow", "cheek", "mouth")
#: Voluntary movements: bilateral or following a task, never a spasm.
VOLUNTARY = ("smile", "talk", "chew", "eye_closure", "brow_raise")
#: Rise and fall times (s) of each kind's envelope.
RAMP_S = {"blink": 0.12, "spasm": 0.12, "talk": 0.25, "chew": 0.25, "eye_closure": 0.2}


@dataclass(frozen=True)
class SimEvent:
    """One event on the synthetic face.

    ``kind`` is ``spasm`` or ``blink`` (both reported by the analysis), or a
    distractor the analysis must NOT report as a spasm (:data:`VOLUNTARY`,
    ``head_turn``, ``face_exit``). ``amplitude`` is the peak activation (0..1); for
    head turns, the yaw in degrees; for a face exit, the signed horizontal travel in
    face widths. Bilateral events may be uneven: ``lead`` is the side that moves
    first and most, the other follows ``lag_s`` later at ``1 - asymmetry`` of the
    amplitude. ``rate_hz`` and ``seed`` shape rhythmic movements (talk, chew).
    """

    onset_s: float
    offset_s: float
    kind: str
    side: str
    regions: tuple[str, ...] = ()
    amplitude: float = 1.0
    pattern: str | None = None  # clonic | tonic, for spasms
    lead: str | None = None  # bilateral events: the side that moves first and most
    lag_s: float = 0.0
    asymmetry: float = 0.0
    rate_hz: float = 0.0
    seed: int = 0

    @property
    def duration_s(self) -> float:
        return self.offset_s - self.onset_s

    def envelope(self, t: np.ndarray) -> np.ndarray:
        """Activation over time in [0, amplitude]: raised-cosine edges, plateau for tonic."""
        t = np.asarray(t, dtype=float)
        d = self.duration_s
        ramp = min(0.5 * d, RAMP_S.get(self.kind, 0.35))
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

    def side_envelope(self, t: np.ndarray, side: str) -> np.ndarray:
        """:meth:`envelope` as seen on ``side``: the lagging side later and weaker."""
        if self.lead is None or side == self.lead:
            return self.envelope(t)
        return (1.0 - self.asymmetry) * self.envelope(np.asarray(t, dtype=float) - self.lag_s)

    def rhythm(self, t: np.ndarray) -> np.ndarray:
        """Talking and chewing: one opening per cycle at ``rate_hz``, each cycle its own
        depth (syllables differ), in [0, 1]."""
        t = np.asarray(t, dtype=float)
        if self.rate_hz <= 0:
            return np.ones_like(t)
        depth = np.random.default_rng(self.seed).uniform(0.35, 1.0, 512)
        phase = self.rate_hz * np.maximum(t - self.onset_s, 0.0)
        k = np.minimum(phase.astype(int), len(depth) - 1)
        return depth[k] * (0.5 - 0.5 * np.cos(2 * np.pi * phase))

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
    #: Jaw opening (talking, chewing), 0..1; the lower lip drops with it.
    jaw: float = 0.0
    #: Mouth dragged towards the patient's left (+) or right (-), 0..1 (a spasm's pull,
    #: a chewing grind): both corners move that way.
    mouth_shift: float = 0.0
    yaw_deg: float = 0.0
    #: Horizontal travel of the face out of the frame, in face widths (signed).
    exit: float = 0.0


@dataclass(frozen=True)
class Schedule:
    """The ground truth of one synthetic video."""

    duration_s: float
    events: tuple[SimEvent, ...]
    affected_side: str  # left | right | none

    def activations(self, t: float) -> Activation:
        """Activations at time ``t`` (seconds): the strongest event wins per region.

        Regions that voluntary movements push the other way (a brow lowered by a
        firm eye closure, lips rounded while talking) take the value of largest size.
        """
        act = Activation()
        ta = np.array([t])
        for ev in self.events:
            if not (ev.onset_s <= t <= ev.offset_s + ev.lag_s):
                continue
            if ev.kind == "head_turn":
                act.yaw_deg += float(ev.envelope(ta)[0])  # amplitude holds degrees
                continue
            if ev.kind == "face_exit":
                act.exit += float(ev.envelope(ta)[0])
                continue
            sides = SIDES if ev.side == "both" else (ev.side,)
            for s in sides:
                a = float(ev.side_envelope(ta, s)[0])
                for region, value in _contributions(ev, a, s, t).items():
                    table = getattr(act, region)
                    if abs(value) > abs(table[s]):
                        table[s] = value
            if ev.kind == "spasm" and "mouth" in ev.regions:
                a = float(ev.envelope(ta)[0])
                pull = a if ev.side == "left" else -a
                if abs(pull) > abs(act.mouth_shift):
                    act.mouth_shift = pull
            if ev.kind in ("talk", "chew"):
                a = float(ev.envelope(ta)[0])
                r = float(ev.rhythm(ta)[0])
                act.jaw = max(act.jaw, a * r)
                if ev.kind == "chew":
                    # Grind towards the chewing side, which switches every few cycles.
                    cyc = int(ev.rate_hz * max(t - ev.onset_s, 0.0))
                    toward = ev.lead if (cyc // 3) % 2 == 0 else _other(ev.lead or "left")
                    sign = 1.0 if toward == "left" else -1.0
                    act.mouth_shift += sign * a * r
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


def _other(side: str) -> str:
    return "right" if side == "left" else "left"


def _contributions(ev: SimEvent, a: float, side: str, t: float) -> dict[str, float]:
    """Regional activations that event ``ev`` at envelope ``a`` gives one side."""
    if ev.kind == "blink":
        return {"eye": a}
    if ev.kind == "smile":
        # Zygomaticus lifts the corner; a genuine smile narrows the eyes (~22%).
        return {"mouth": a, "cheek": 0.7 * a, "eye": 0.22 * a}
    if ev.kind == "eye_closure":
        # Orbicularis oculi squeezed: lids shut, cheeks lifted, brows pulled down.
        return {"eye": a, "cheek": 0.45 * a, "brow": -0.5 * a, "mouth": 0.12 * a}
    if ev.kind == "brow_raise":
        return {"brow": a}
    if ev.kind == "talk":
        # Vowels round (corners in) and spread (corners out) the lips, both together.
        r = ev.rhythm(np.array([t]))[0]
        vowel = np.sin(2 * np.pi * 0.5 * ev.rate_hz * (t - ev.onset_s) + ev.seed % 7)
        return {"mouth": 0.35 * a * vowel * (0.5 + r)}
    if ev.kind == "chew":
        r = float(ev.rhythm(np.array([t]))[0])
        return {"cheek": 0.25 * a * r if side == ev.lead else 0.1 * a * r}
    if ev.kind == "spasm":
        return dict.fromkeys(ev.regions, a)
    return {}


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
    talks: int = 0,
    chews: int = 0,
    eye_closures: int = 0,
    brow_raises: int = 0,
    face_exits: int = 0,
    asymmetry: float = 0.3,
    max_lag_s: float = 0.12,
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
    blink_rate : float
        Normal blinks per minute.
    smiles, talks, chews, eye_closures, brow_raises : int
        How many of each voluntary movement to add (see the module notes). Smiles
        take any intensity from 0.15 to 1.
    head_turns : int
        Head turns (10-16 degrees of yaw); they may overlap voluntary movements.
    face_exits : int
        Times the face slides out of the frame for 2-4 s and back.
    asymmetry, max_lag_s : float
        The most a voluntary movement's weaker side falls short of (a share) and
        lags behind (seconds) the stronger side.
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
    turns: list[tuple[float, float]] = []

    def place(dur: float, gap: float, lo: float = 0.6, avoid=None) -> float | None:
        hi = duration_s - dur - 0.6
        spans = busy + (avoid or [])
        for _ in range(200):
            if hi <= lo:
                return None
            t0 = float(rng.uniform(lo, hi))
            if all(t0 + dur + gap <= a or t0 >= b + gap for a, b in spans):
                busy.append((t0, t0 + dur))
                return t0
        return None

    def uneven() -> dict:
        return {
            "lead": SIDES[int(rng.integers(2))],
            "lag_s": float(rng.uniform(0.0, max_lag_s)),
            "asymmetry": float(rng.uniform(0.0, asymmetry)),
        }

    events: list[SimEvent] = []
    # Face exits first: nothing else happens while the face is away.
    for _ in range(face_exits):
        d = float(rng.uniform(2.8, 4.5))
        t0 = place(d, 1.5, lo=2.0)
        if t0 is not None:
            travel = float(rng.uniform(1.0, 1.4)) * (1 if rng.random() < 0.5 else -1)
            events.append(SimEvent(t0, t0 + d, "face_exit", "both", (), travel))
    # Voluntary movements next: they are long and need room.
    for _ in range(smiles):
        d = float(rng.uniform(1.2, 3.0))
        t0 = place(d, 1.0)
        if t0 is not None:
            amp = float(rng.uniform(0.15, 1.0))
            events.append(
                SimEvent(t0, t0 + d, "smile", "both", ("mouth", "cheek"), amp, **uneven())
            )
    for _ in range(talks):
        d = float(rng.uniform(2.5, 6.0))
        t0 = place(d, 1.0)
        if t0 is not None:
            events.append(
                SimEvent(
                    t0,
                    t0 + d,
                    "talk",
                    "both",
                    ("mouth",),
                    float(rng.uniform(0.5, 1.0)),
                    rate_hz=float(rng.uniform(3.0, 6.0)),
                    seed=int(rng.integers(1 << 30)),
                    **uneven(),
                )
            )
    for _ in range(chews):
        d = float(rng.uniform(3.0, 7.0))
        t0 = place(d, 1.0)
        if t0 is not None:
            events.append(
                SimEvent(
                    t0,
                    t0 + d,
                    "chew",
                    "both",
                    ("mouth", "cheek"),
                    float(rng.uniform(0.5, 1.0)),
                    lead=SIDES[int(rng.integers(2))],
                    rate_hz=float(rng.uniform(1.0, 2.0)),
                    seed=int(rng.integers(1 << 30)),
                )
            )
    for _ in range(eye_closures):
        d = float(rng.uniform(1.5, 4.0))
        t0 = place(d, 1.0)
        if t0 is not None:
            u = uneven()
            u["asymmetry"] *= 0.5  # a firm closure shuts both eyes nearly fully
            events.append(
                SimEvent(
                    t0, t0 + d, "eye_closure", "both", ("eye",), float(rng.uniform(0.9, 1.0)), **u
                )
            )
    for _ in range(brow_raises):
        d = float(rng.uniform(1.0, 3.0))
        t0 = place(d, 1.0)
        if t0 is not None:
            events.append(
                SimEvent(
                    t0,
                    t0 + d,
                    "brow_raise",
                    "both",
                    ("brow",),
                    float(rng.uniform(0.5, 1.0)),
                    **uneven(),
                )
            )
    exits = [(e.onset_s, e.offset_s) for e in events if e.kind == "face_exit"]
    for _ in range(head_turns):
        # Turns may come during a voluntary movement, but not while the face is away.
        d = float(rng.uniform(1.5, 3.0))
        for _ in range(200):
            t0 = float(rng.uniform(0.6, max(duration_s - d - 0.6, 0.7)))
            if all(t0 + d + 1.0 <= a or t0 >= b + 1.0 for a, b in exits + turns):
                break
        else:
            continue
        turns.append((t0, t0 + d))
        yaw = float(rng.uniform(10, 16)) * (1 if rng.random() < 0.5 else -1)
        events.append(SimEvent(t0, t0 + d, "head_turn", "both", (), yaw))
    if side != "none" and spasm_rate > 0:
        n = max(1, round(spasm_rate * duration_s / 60.0))
        for _ in range(n):
            tonic = rng.random() < tonic_fraction
            d = float(rng.uniform(1.2, 4.0) if tonic else rng.uniform(0.25, 0.7))
            t0 = place(d, 0.8, avoid=turns)
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
                SimEvent(
                    t0,
                    t0 + d,
                    "blink",
                    "both",
                    ("eye",),
                    float(rng.uniform(0.9, 1.0)),
                    **{**uneven(), "lag_s": float(rng.uniform(0.0, 0.03))},
                )
            )
    events.sort(key=lambda e: e.onset_s)
    return Schedule(duration_s, tuple(events), side)


def make_protocol(
    *,
    side: str = "left",
    rest_s: float = 25.0,
    spasm_rate: float = 10.0,
    regions: tuple[str, ...] = ("eye", "cheek", "mouth"),
    blink_rate: float = 15.0,
    rng: int | np.random.Generator | None = None,
) -> Schedule:
    """The filming guide's order: rest, then talk (count to twenty), smile, close the
    eyes, open them.

    Spasms and blinks fall in the rest; the tasks follow one another with short
    pauses. The truth's distractors carry the tasks in order.
    """
    rng = _rng(rng)
    t = rest_s
    tasks = []
    talk_d = float(rng.uniform(5.0, 7.0))
    tasks.append(
        SimEvent(
            t,
            t + talk_d,
            "talk",
            "both",
            ("mouth",),
            float(rng.uniform(0.6, 1.0)),
            rate_hz=float(rng.uniform(3.0, 5.0)),
            seed=int(rng.integers(1 << 30)),
            lead=SIDES[int(rng.integers(2))],
            asymmetry=float(rng.uniform(0, 0.2)),
        )
    )
    t += talk_d + float(rng.uniform(1.0, 1.5))
    smile_d = float(rng.uniform(1.5, 2.5))
    tasks.append(
        SimEvent(
            t,
            t + smile_d,
            "smile",
            "both",
            ("mouth", "cheek"),
            float(rng.uniform(0.5, 1.0)),
            lead=SIDES[int(rng.integers(2))],
            lag_s=float(rng.uniform(0, 0.1)),
            asymmetry=float(rng.uniform(0, 0.3)),
        )
    )
    t += smile_d + float(rng.uniform(1.0, 1.5))
    close_d = float(rng.uniform(2.0, 3.0))
    tasks.append(
        SimEvent(
            t,
            t + close_d,
            "eye_closure",
            "both",
            ("eye",),
            0.95,
            lead=SIDES[int(rng.integers(2))],
            lag_s=float(rng.uniform(0, 0.1)),
            asymmetry=float(rng.uniform(0, 0.1)),
        )
    )
    t += close_d + 2.0
    rest = make_schedule(
        rest_s,
        side=side,
        spasm_rate=spasm_rate if side != "none" else 0.0,
        regions=regions,
        blink_rate=blink_rate,
        rng=rng,
    )
    return Schedule(t, tuple(rest.events) + tuple(tasks), side)
