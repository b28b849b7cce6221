"""Free-running facial EMG between stimuli: spikes, bursts and A-trains, live.

During an operation near the facial nerve, the muscles' free-running EMG shows the
nerve's irritation (Romstoeck et al., J Neurosurg 2000; Prell et al., J Neurosurg
2007): **spikes** and **bursts** (irregular, short polyphasic discharges; mechanical
contact, usually harmless) and **A-trains** (sinusoid-like, symmetric sequences of
uniform waves at a regular 60-210 Hz, 100 uV-2 mV, lasting milliseconds to seconds;
their summed "train time" predicts postoperative weakness).

The continuous signal of every facial channel is band-passed (:data:`BAND_HZ`, causal, its
state kept across chunks), freed of mains (notches at the mains frequency and its
harmonics; a stimulus and what it evokes, :data:`BLANK_MS` around it, replaced by a
straight line first, so that nothing rings after it), and cut into frames of
:data:`FRAME_S` every :data:`HOP_S`; frames over a stimulus's blank are left out (they
neither extend nor end an event). In each frame:

- **active**: RMS over :data:`ACTIVE_X` times the channel's background (median RMS of
  its recent quiet frames) and over :data:`ACTIVE_MIN_UV`, or peak-to-peak over
  :data:`ACTIVE_PP_X` times the background's and over :data:`ACTIVE_MIN_PP_UV`;
- **periodic**: the normalised autocorrelation (corrected for the background's share
  of the frame's power) peaks at :data:`PERIODIC_R` or more at a lag whose
  fundamental (the shortest lag with nearly as strong a peak) lies in 60-210 Hz
  (within :data:`A_TRAIN_TOL`); a faster fundamental (a drill's 250-900 Hz) is not an
  A-train;
- **surgery artifact** (electrocautery, drill, a moved electrode): active at once on
  most channels (at least 3, and 3/4 of them) with correlated waveforms, or on two
  with the same waveform (correlation over :data:`SAME_WAVE_R`), or over
  :data:`SATURATED_UV` peak-to-peak; such frames, and one frame either side, are nobody's discharge: what
  was open before is reported as it stood, nothing is opened under them;
- **slow**: less than :data:`LOW_FRACTION` of the energy above :data:`LOW_HZ` (a moved
  electrode or head: a slow wave or a step through the high-pass, not motor units).

Consecutive active frames of a channel (a gap of one frame allowed) make an event; it
is an **A-train** when at least half of its frames (and two) are periodic with a
median peak of :data:`TRAIN_R` or more (or periodic for :data:`TRAIN_FRAMES` frames,
or :data:`TRAIN_FRAMES_MOST` and :data:`TRAIN_MOST` of them), else movement or
interference when at least half are slow or regular at a frequency above 210 Hz
(counted, no alert), a **spike** when its envelope lasts under
:data:`SPIKE_MAX_S`, else a **burst**. A-trains raise ``emg_a_train``,
bursts ``emg_burst`` (with channel, onset, duration, frequency, amplitude) when they
end: the alert's ``time_s`` is then, ``onset_s`` when it began. An A-train that has
lasted :data:`ONGOING_S` is alerted at once (``emg_a_train`` with ``ongoing: true``)
and ``emg_a_train_end`` comes with the whole train when it stops. Spikes are counted.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

import numpy as np
from scipy import signal

BAND_HZ = (30.0, 500.0)
FRAME_S = 0.08
HOP_S = 0.02
BLANK_MS = (-3.0, 60.0)
A_TRAIN_HZ = (60.0, 210.0)
#: A frame's fundamental is read from one 80 ms frame of a train whose period
#: jitters 1-3%: a 60 Hz train reads 56-64 Hz. Fundamentals within this fraction of
#: the band's edges count as in it; only a faster one (a drill) is "other".
A_TRAIN_TOL = 0.08
#: ... but a fundamental within this fraction of the mains frequency (which is
#: notched) is taken for the notch ringing after a spike, not a train: sealed seeds
#: 6000-6039 gave 3 false 60 Hz "A-trains" on 60 Hz mains, each after a spike or a
#: short burst. A train at the mains frequency itself is lost with it (it is notched).
MAINS_RING_TOL = 0.04
ACTIVE_X = 4.0
ACTIVE_MIN_UV = 10.0
#: ... or its peak-to-peak over this many times the background's (median of quiet
#: frames) and over ACTIVE_MIN_PP_UV: a train of narrow potentials has a small RMS.
ACTIVE_PP_X = 3.0
ACTIVE_MIN_PP_UV = 50.0
PERIODIC_R = 0.45
#: ... and an A-train's periodic frames peak at this much in the median (regular,
#: uniform waves; each frame's peak corrected for the background's share of its
#: power): on the tuning seeds (100-119) true A-trains had medians of 0.58-0.99,
#: bursts that looked periodic for a few frames 0.49-0.68 (4-5 frames at most).
TRAIN_R = 0.70
#: ... unless it is periodic for this many frames (a noisier train, 160 ms or more)
#: and in this fraction of its frames, or for TRAIN_FRAMES and half of them.
TRAIN_FRAMES_MOST = 7
TRAIN_MOST = 0.75
TRAIN_FRAMES = 8
#: An A-train still going after this long is alerted at once (``ongoing``), and its
#: end (``emg_a_train_end``) when it stops: the surgeon hears of a long train while it
#: lasts, not seconds later.
ONGOING_S = 0.2
SATURATED_UV = 5000.0
SPIKE_MAX_S = 0.02
#: Two active channels whose frames correlate this much carry one waveform: a source
#: outside the muscles (a moved electrode, the drill), not two muscles' discharges.
SAME_WAVE_R = 0.9
#: Motor-unit potentials (2-8 ms wide) put most of their energy above this; a moved
#: electrode or head (a slow wave, a step through the 30 Hz high-pass) does not.
LOW_HZ = 70.0
LOW_FRACTION = 0.5
#: Quiet frames that make a channel's background (about 8 s).
BACKGROUND_FRAMES = 400


@dataclass
class _Event:
    start: int  # absolute sample of the first frame
    end: int  # absolute sample of the last frame's end
    frames: int = 0
    periodic: int = 0
    freqs: list = field(default_factory=list)
    rs: list = field(default_factory=list)  # autocorrelation peak of the periodic frames
    pp: float = 0.0
    artifact: bool = False
    other_periodic: int = 0  # regular, but faster than an A-train (interference)
    slow: int = 0  # frames whose energy is mostly under LOW_HZ (movement, electrode pop)
    gap: int = 0
    announced: bool = False  # an ongoing emg_a_train was raised for it
    env: list = field(default_factory=list)  # (abs sample, active-sample mask) spans


class FreeRunEMG:
    """Streaming detector for the free-running EMG of the facial channels.

    Parameters
    ----------
    labels : sequence of str
        The facial EMG channels (rows of the chunks given to :meth:`push`).
    sfreq : float
    mains_hz : float or None
    start_sample : int
        Absolute sample of the first chunk.
    """

    def __init__(self, labels, sfreq: float, *, mains_hz=None, start_sample: int = 0):
        self.labels = tuple(labels)
        self.sfreq = float(sfreq)
        n = len(self.labels)
        hi = min(BAND_HZ[1], 0.45 * self.sfreq)
        sos = [signal.butter(2, [BAND_HZ[0], hi], btype="band", fs=self.sfreq, output="sos")]
        if mains_hz:
            for h in range(1, 6):
                f0 = mains_hz * h
                if f0 < 0.45 * self.sfreq:
                    b, a = signal.iirnotch(f0, 30.0, fs=self.sfreq)
                    sos.append(signal.tf2sos(b, a))
        self.sos = np.concatenate(sos)
        self.mains_hz = float(mains_hz) if mains_hz else None
        self.zi = np.zeros((self.sos.shape[0], n, 2))
        self.frame = max(8, round(FRAME_S * self.sfreq))
        self.hop = max(1, round(HOP_S * self.sfreq))
        self.pre = max(1, -round(BLANK_MS[0] * 1e-3 * self.sfreq) + 1)
        self.raw = np.zeros((n, 0))
        self.r0 = int(start_sample)  # absolute sample of raw[:, 0]
        self.last_raw = np.zeros(n)
        self.buf = np.zeros((n, 0))
        self.b0 = int(start_sample)  # absolute sample of buf[:, 0]
        self.next = int(start_sample)  # absolute start of the next frame
        self.blanks: deque[tuple[int, int]] = deque()
        self.bg = [deque(maxlen=BACKGROUND_FRAMES) for _ in range(n)]
        self.bg_pp = [deque(maxlen=BACKGROUND_FRAMES) for _ in range(n)]
        self.open: list[_Event | None] = [None] * n
        self.spikes = [0] * n
        self.movements = [0] * n
        self.train_s = [0.0] * n
        self.artifact_until = -1
        self._last_r = 0.0
        self.lags = np.arange(
            max(2, round(self.sfreq / 1000.0)),
            round(self.sfreq / (A_TRAIN_HZ[0] * (1 - A_TRAIN_TOL))) + 2,
        )

    # ------------------------------------------------------------ input
    def push(self, chunk: np.ndarray, events=()) -> list[dict]:
        """Add samples (shape (n, n_channels), uV) and stimulus events (absolute sample,
        kind); return the alerts of the events that ended."""
        for s, kind in events:
            if kind == "click":
                continue
            a = s + round(BLANK_MS[0] * 1e-3 * self.sfreq)
            b = s + round(BLANK_MS[1] * 1e-3 * self.sfreq)
            self.blanks.append((a, b))
        if chunk.size:
            self.raw = np.concatenate([self.raw, np.asarray(chunk, dtype=float).T], axis=1)
        end = self.r0 + self.raw.shape[1]
        # Filter up to where no stimulus still to come can reach back; a stimulus and
        # what it evokes are replaced by a straight line before the filter, so that
        # neither the artifact nor the M-response rings in the filters afterwards.
        safe = end - self.pre
        for a, b in self.blanks:
            if b >= end and a < safe:
                safe = a  # its end has not come yet
        if safe > self.r0:
            x = self.raw[:, : safe - self.r0]
            for a, b in self.blanks:
                i, j = max(a, self.r0) - self.r0, min(b, safe) - self.r0
                if j <= i or b > safe:
                    continue
                left = x[:, i - 1] if i > 0 else self.last_raw
                right = self.raw[:, j] if j < self.raw.shape[1] else x[:, j - 1]
                w = np.linspace(0.0, 1.0, j - i + 2)[1:-1]
                x[:, i:j] = left[:, None] * (1 - w) + right[:, None] * w
            y, self.zi = signal.sosfilt(self.sos, x, axis=1, zi=self.zi)
            self.last_raw = x[:, -1].copy()
            self.buf = np.concatenate([self.buf, y], axis=1)
            self.raw = self.raw[:, safe - self.r0 :]
            self.r0 = safe
        out: list[dict] = []
        f_end = self.b0 + self.buf.shape[1]
        while self.next + self.frame <= f_end:
            out += self._frame(self.next)
            self.next += self.hop
        drop = self.next - self.b0
        if drop > 0:
            self.buf = self.buf[:, drop:]
            self.b0 += drop
        while self.blanks and self.blanks[0][1] < min(self.next, self.r0):
            self.blanks.popleft()
        return out

    def flush(self) -> list[dict]:
        """Close the events still open (end of monitoring)."""
        out = []
        for c in range(len(self.labels)):
            out += self._close(c)
        return out

    # ------------------------------------------------------------ frames
    def _blanked(self, a: int, b: int) -> bool:
        return any(s < b and e > a for s, e in self.blanks)

    def _frame(self, a: int) -> list[dict]:
        b = a + self.frame
        if self._blanked(a, b):
            return []  # neither extends nor closes an event
        seg = self.buf[:, a - self.b0 : b - self.b0]
        rms = np.sqrt(np.mean(seg**2, axis=1))
        pp = np.ptp(seg, axis=1)
        n = len(self.labels)
        bg = np.array([np.median(q) if len(q) >= 10 else np.nan for q in self.bg])
        bg_pp = np.array([np.median(q) if len(q) >= 10 else np.nan for q in self.bg_pp])
        thr = np.maximum(ACTIVE_X * np.where(np.isnan(bg), np.inf, bg), ACTIVE_MIN_UV)
        thr_pp = np.maximum(
            ACTIVE_PP_X * np.where(np.isnan(bg_pp), np.inf, bg_pp), ACTIVE_MIN_PP_UV
        )
        active = (rms > thr) | (pp > thr_pp)
        artifact = bool((pp > SATURATED_UV).any())
        if not artifact and active.sum() >= 2:
            idx = np.flatnonzero(active)
            cc = np.corrcoef(seg[idx])
            off = np.abs(cc[~np.eye(len(idx), dtype=bool)])
            # One source seen by several electrodes (the same waveform, scaled), or
            # noise on most channels at once; two muscles' discharges differ.
            artifact = bool(off.max() > SAME_WAVE_R)
            if n >= 3 and len(idx) >= max(3, int(np.ceil(0.75 * n))):
                artifact |= bool(np.median(off) > 0.3)
        if artifact:
            self.artifact_until = b + self.frame
        art = artifact or a < self.artifact_until
        out: list[dict] = []
        if art:
            # Surgery noise on most channels: what was open before it is reported as
            # it stood; nothing under it is anybody's discharge.
            for c in range(n):
                out += self._close(c)
            return out
        spec = None
        for c in range(n):
            if not active[c]:
                if not np.isnan(rms[c]):
                    self.bg[c].append(rms[c])
                    self.bg_pp[c].append(pp[c])
                ev = self.open[c]
                if ev is not None:
                    ev.gap += 1
                    if ev.gap > 1:
                        out += self._close(c)
                continue
            ev = self.open[c]
            if ev is None:
                ev = self.open[c] = _Event(start=a, end=b)
            ev.gap = 0
            ev.end = b
            ev.frames += 1
            ev.pp = max(ev.pp, float(pp[c]))
            if spec is None:
                spec = np.abs(np.fft.rfft(seg - seg.mean(axis=1, keepdims=True), axis=1)) ** 2
                hf_bins = np.fft.rfftfreq(self.frame, 1 / self.sfreq) >= LOW_HZ
            if spec[c, hf_bins].sum() < LOW_FRACTION * spec[c].sum():
                ev.slow += 1
            # The background's share of the frame's power lowers its autocorrelation
            # at every lag alike (a small train in noise): read the train's own.
            noise = bg[c] ** 2 if not np.isnan(bg[c]) else 0.0
            gain = rms[c] ** 2 / max(rms[c] ** 2 - noise, 0.5 * rms[c] ** 2)
            f = self._fundamental(seg[c], gain)
            lo, hi = A_TRAIN_HZ[0] * (1 - A_TRAIN_TOL), A_TRAIN_HZ[1] * (1 + A_TRAIN_TOL)
            # A sharp spike makes the mains notch ring at the mains frequency (a
            # regular wave for ~0.1 s): a fundamental there is not a train's.
            ringing = (
                f is not None
                and self.mains_hz is not None
                and abs(f - self.mains_hz) <= MAINS_RING_TOL * self.mains_hz
            )
            in_band = f is not None and lo <= f <= hi and not ringing
            if in_band:
                ev.periodic += 1
                ev.freqs.append(f)
                ev.rs.append(self._last_r)
            elif f is not None and f > hi:
                ev.other_periodic += 1
            ev.env.append((a, seg[c].copy(), float(thr[c])))
            if len(ev.env) > 3:
                ev.env.pop(1)  # first and last frames give onset and end
            # Announced while the train is still there (this frame periodic), not on
            # the filters' ringing after it.
            if not ev.announced and in_band and self._regular(ev):
                onset, _ = self._span(ev)
                # A periodic frame holds the train for most of it: it lasted at least
                # to the frame's middle (the envelope's end would count the ringing).
                last = a + self.frame // 2
                if last - onset >= ONGOING_S * self.sfreq:
                    ev.announced = True
                    out.append(self._train_alert(c, ev, onset, last, b, ongoing=True))
        return out

    @staticmethod
    def _regular(ev: _Event) -> bool:
        """The A-train rule, on the frames so far."""
        return ev.periodic >= max(2, 0.5 * ev.frames) and (
            np.median(ev.rs) >= TRAIN_R
            or ev.periodic >= TRAIN_FRAMES
            or (ev.periodic >= TRAIN_FRAMES_MOST and ev.periodic >= TRAIN_MOST * ev.frames)
        )

    def _train_alert(
        self, c: int, ev: _Event, onset: int, end: int, now: int, *, ongoing: bool
    ) -> dict:
        dur = max(end - onset, 1) / self.sfreq
        f = float(np.median(ev.freqs))
        ch = self.labels[c]
        total = self.train_s[c] + dur
        if ongoing:
            kind = "emg_a_train"
            what = f"A-train in the free-running EMG, going on for {dur:.2f} s so far"
        elif ev.announced:
            kind = "emg_a_train_end"
            what = f"A-train in the free-running EMG ended after {dur:.2f} s"
        else:
            kind = "emg_a_train"
            what = f"A-train in the free-running EMG, {dur:.2f} s"
        out = {
            "time_s": round(now / self.sfreq, 4),
            "kind": kind,
            "detail": f"{ch}: {what} at about {f:.0f} Hz, {ev.pp:.0f} uV peak-to-peak "
            f"(train time on this channel {total:.1f} s)",
            "channel": ch,
            "onset_s": round(onset / self.sfreq, 4),
            "duration_s": round(dur, 4),
            "freq_hz": round(f, 1),
            "peak_to_peak_uv": round(ev.pp, 1),
            "train_time_s": round(total, 3),
        }
        if ongoing:
            out["ongoing"] = True
        return out

    def _fundamental(self, x: np.ndarray, gain: float = 1.0) -> float | None:
        """Fundamental frequency of a periodic frame (normalised autocorrelation, times
        ``gain``: the frame's power over its power less the background's), or None
        when it is not periodic enough."""
        x = x - x.mean()
        n = x.size
        spec = np.fft.rfft(x, 2 * n)
        ac = np.fft.irfft(spec * np.conj(spec))[: self.lags[-1] + 1]
        if ac[0] <= 0:
            return None
        lags = self.lags[self.lags < n // 2]
        r = ac[lags] / ac[0] * n / (n - lags) * gain
        lo = round(self.sfreq / (A_TRAIN_HZ[1] * (1 + A_TRAIN_TOL)))
        in_band = lags >= lo
        if not in_band.any():
            return None
        k = int(np.argmax(np.where(in_band, r, -np.inf)))
        if r[k] < PERIODIC_R or k == 0 or k == r.size - 1 or r[k] < max(r[k - 1], r[k + 1]):
            return None  # no peak (a slow wave's correlation just falls with the lag)
        if r[:k].min() > 0.5 * r[k]:
            return None  # no dip between: not a sequence of separate waves
        # The fundamental: the shortest lag with a local peak nearly as strong.
        peaks = np.flatnonzero((r[1:-1] >= r[:-2]) & (r[1:-1] >= r[2:])) + 1
        strong = [p for p in peaks if r[p] >= 0.85 * r[k]]
        best = min(strong) if strong else k
        self._last_r = float(r[k])
        return self.sfreq / float(lags[best])

    def _close(self, c: int) -> list[dict]:
        ev = self.open[c]
        self.open[c] = None
        if ev is None or ev.artifact:
            return []
        onset, end = self._span(ev)
        dur = max(end - onset, 1) / self.sfreq
        t_on = onset / self.sfreq
        ch = self.labels[c]
        if ev.announced or self._regular(ev):
            # Once announced as an A-train, its end is reported as one.
            alert = self._train_alert(c, ev, onset, end, ev.end, ongoing=False)
            self.train_s[c] = alert["train_time_s"]
            return [alert]
        if ev.slow >= 0.5 * ev.frames or ev.other_periodic >= 0.5 * ev.frames:
            self.movements[c] += 1  # movement, or interference of one steady frequency
            return []
        if dur < SPIKE_MAX_S:
            self.spikes[c] += 1
            return []
        return [
            {
                "time_s": round(ev.end / self.sfreq, 4),
                "kind": "emg_burst",
                "detail": f"{ch}: burst in the free-running EMG, {dur:.2f} s, "
                f"{ev.pp:.0f} uV peak-to-peak",
                "channel": ch,
                "onset_s": round(t_on, 4),
                "duration_s": round(dur, 4),
                "peak_to_peak_uv": round(ev.pp, 1),
            }
        ]

    def _span(self, ev: _Event) -> tuple[int, int]:
        """Onset and end (absolute samples): where the 2 ms envelope of the first and
        last frames passes the activity threshold."""
        w = max(1, round(0.002 * self.sfreq))
        ker = np.ones(w) / w
        (a0, x0, t0), (a1, x1, t1) = ev.env[0], ev.env[-1]
        e0 = np.sqrt(np.convolve(x0**2, ker, mode="same"))
        e1 = np.sqrt(np.convolve(x1**2, ker, mode="same"))
        on = np.flatnonzero(e0 > t0)
        off = np.flatnonzero(e1 > t1)
        onset = a0 + (int(on[0]) if on.size else 0)
        end = a1 + (int(off[-1]) + 1 if off.size else x1.size)
        return onset, max(end, onset + 1)
