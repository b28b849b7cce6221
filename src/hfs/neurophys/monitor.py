"""Live monitoring, sweep by sweep, as in the operating room.

The pipeline is the same for a file replay and a Lab Streaming Layer inlet::

    source (chunks of samples + stimulus events)
      -> SweepCutter (a sweep as soon as its window is complete)
      -> Monitor.update(sweep) (clean, measure, compare with baseline, alerts)

Alerts (each with ``time_s``, ``kind`` and a ``detail`` sentence):

- ``lsr_disappeared``: the LSR has stayed under 30% of baseline long enough that a
  one-sided CUSUM of its shortfall (sum of ``0.3 - ratio`` per sweep, never below 0)
  passes 0.45, with the median of the last ``confirm_sweeps`` sweeps under 25%;
  ``lsr_reappeared``: that median back above 35%.
- ``baep_warning``: wave V latency +1.0 ms or amplitude -50% against baseline, in two
  rolling averages in a row; ``baep_wave_v_loss``: wave V below 20% of baseline, in the
  rolling average and in its most recent half, in three rolling averages in a row;
  ``baep_recovered``: latency within +0.5 ms and amplitude above 70%.

An ``lsr_disappeared`` alert says whether the direct M-response of the stimulated
branch (in a muscle that branch serves) is still there: an LSR that vanishes together
with the M-response points at the stimulation, not at the decompression.

Wave V in each rolling average is followed by projecting the average on the baseline
wave V complex at lags of -0.6 to +2.6 ms (amplitude ratio and latency shift).

LSR amplitude per sweep, relative to baseline, is the sweep's projection on the
baseline average over the baseline response interval (best of +/-0.2 ms lags),
divided by the energy of that average: 1.0 for a sweep like the baseline, 0 when the
response is gone. A projection is far less noisy than a peak-to-peak or RMS
reading of a single sweep, which matters for small responses.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

import numpy as np

from hfs.errors import RecordingError
from hfs.neurophys.analysis import NeuroAnalysis
from hfs.neurophys.baep import REJECT_UV, measure_baep, plus_minus_noise, waves_of
from hfs.neurophys.io import BLOCK_S, Recording
from hfs.neurophys.lsr import (
    LATE_MS,
    REJECT_FACTOR,
    keep_sweeps,
    measure_response,
)
from hfs.neurophys.montage import CLICK, ChannelRole, is_direct
from hfs.neurophys.sweeps import (
    BAEP_EPOCH_MS,
    HIGH_HARMONICS,
    LSR_BAND_HZ,
    LSR_BLANK_MS,
    LSR_EPOCH_MS,
    LSR_NOISE_MS,
    LSR_WINDOW_MS,
    M_WINDOW_MS,
    artifact_tail,
    bandpass,
    blank_artifact,
    clean_baep,
    detect_mains,
    epoch_samples,
    high_harmonics,
    remove_mains,
    rotate_harmonics,
    times_for,
)

#: The level an ``lsr_disappeared`` alert is meant to mark (the simulator's truth uses
#: the same); the rule that decides it is the CUSUM below, aimed at about that level.
LSR_GONE_RATIO = 0.2
LSR_BACK_RATIO = 0.35
#: ``lsr_disappeared`` is decided by a one-sided CUSUM of the per-sweep ratio:
#: ``S = max(0, S + LSR_CUSUM_REF - max(ratio, 0))``, alert when ``S > LSR_CUSUM_H``
#: (and the median of the last sweeps is under ``LSR_ALERT_MAX_RATIO``). Its trade-off,
#: stated: a full loss (ratio ~0) alerts on its 2nd sweep (0.3 + 0.3 > 0.45; a single
#: sweep never suffices since the ratio counts from 0); a decline of ``s`` (fraction
#: of baseline) per sweep alerts where the level is about ``0.3 - sqrt(0.9 s)``:
#: ~0.16 at the simulated 2.1% per sweep, ~0.19 at 1.3%, up to 0.3 for a very slow
#: decline; noise never reaches the alert through one sweep, since a ratio counts
#: at most 0.3. Summing several sweeps' shortfall averages the noise that made a
#: median of 3 alert up to 4 sweeps early or 5 late in a gradual decline.
LSR_CUSUM_REF = 0.3
LSR_CUSUM_H = 0.45
#: (0.4 until round 5, when the mains' 4th and 5th harmonics stayed in every sweep and
#: a lost LSR read ~0.07: two lost sweeps then summed to ~0.46. With that hum taken
#: off (HUM_SWEEPS) a lost sweep reads ~0 and gradual declines alerted earlier, 3 of
#: 240 alerts more than 2 sweeps early on tuning stories 13000-13071; at 0.45, 1.)
#: ... and never while the median of the last sweeps is still at or above this: on 16
#: gradual declines (development seeds 70000+, 32 alerts) the CUSUM alerted at medians
#: of 0.12-0.25 (true level about 0.2); the cap keeps a slow fade from being called
#: gone at a measured 30%.
LSR_ALERT_MAX_RATIO = 0.25
BAEP_WARN_LATENCY_MS = 1.0
BAEP_WARN_AMPLITUDE = 0.5
BAEP_LOSS_AMPLITUDE = 0.2
BAEP_RECOVER_LATENCY_MS = 0.5
BAEP_RECOVER_AMPLITUDE = 0.7
#: A BAEP change must hold in this many consecutive rolling averages (25 sweeps apart);
#: a wave V loss in BAEP_LOSS_CONFIRM. A wave V at 40% of baseline and +1.4 ms reads
#: ~0.3 by the projection, and in a noisy recording (ratio SD ~0.06 per 1000-sweep
#: average) it dipped under 20% in two averages in a row (a false loss); a true loss
#: stays under for good, so the third average costs it 25 sweeps (~0.025 window).
BAEP_CONFIRM = 2
BAEP_LOSS_CONFIRM = 3
#: Wave V's tracked latency follows an average only where its ratio is at least this
#: many SDs of the ratio's noise (measured on the +/- average of the same sweeps).
BAEP_SEEN_SD = 3.0


#: The mains' 4th and 5th harmonics (which each sweep's hum removal leaves) are
#: estimated as the median, coefficient by coefficient, of the last this many sweeps'
#: fits (in absolute time), and that estimate subtracted from each new sweep; the
#: baseline's sweeps get the median of up to this many around each.
HUM_SWEEPS = 9

#: Cleaned sweeps kept per LSR pair (the case's final waveform, the live view).
LATEST_SWEEPS = 20


def _median(values) -> float:
    """``np.median`` of a few numbers (the last sweeps' ratios), without its overhead."""
    v = sorted(values)
    k = len(v) // 2
    return float(v[k]) if len(v) % 2 else float((v[k - 1] + v[k]) / 2)


def _r(v: float | None, nd: int = 3) -> float | None:
    return None if v is None else round(float(v), nd)


@dataclass(frozen=True, eq=False)
class Sweep:
    """One sweep as it arrives: raw signal (uV) of the monitored channels."""

    time_s: float
    kind: str
    data: np.ndarray  # (n_channels, n_times)


@dataclass(frozen=True)
class SignalEvent:
    """A change of the incoming signal, from a source between its chunks.

    ``kind`` is ``"signal_lost"`` (no sample for more than 2 s, or the source went
    away) or ``"signal_restored"``; ``final`` says the source ends here.
    """

    kind: str
    detail: str
    final: bool = False


class SweepCutter:
    """Cut sweeps out of a stream of sample chunks as soon as each window is complete.

    Parameters
    ----------
    sfreq : float
    n_channels : int
    """

    def __init__(self, sfreq: float, n_channels: int):
        self.sfreq = float(sfreq)
        self.n_channels = n_channels
        self._win = {
            "lsr": epoch_samples(sfreq, LSR_EPOCH_MS),
            CLICK: epoch_samples(sfreq, BAEP_EPOCH_MS),
        }
        self._keep = max(-a for a, _ in self._win.values()) + int(0.5 * sfreq)
        self._buf = np.zeros((n_channels, 0))
        self._start = 0  # absolute sample index of _buf[:, 0]
        self._pending: deque[tuple[int, str]] = deque()
        self.n_samples = 0

    def _window(self, kind: str) -> tuple[int, int]:
        return self._win[CLICK] if kind == CLICK else self._win["lsr"]

    def push(self, chunk: np.ndarray, events: Iterable[tuple[int, str]] = ()) -> list[Sweep]:
        """Add samples (shape (n_samples, n_channels), uV) and events (absolute sample,
        kind[, intensity in mA])."""
        if chunk.size:
            self._buf = np.concatenate([self._buf, np.asarray(chunk, dtype=np.float64).T], axis=1)
            self.n_samples += chunk.shape[0]
        self._pending.extend(sorted(events))
        out = []
        end = self._start + self._buf.shape[1]
        while self._pending:
            s, kind = self._pending[0][:2]
            a, b = self._window(kind)
            if s + b > end:
                break
            self._pending.popleft()
            i0 = s + a - self._start
            if i0 < 0:
                continue  # window began before what we hold (stream start)
            out.append(
                Sweep(time_s=s / self.sfreq, kind=kind, data=self._buf[:, i0 : i0 + b - a].copy())
            )
        # Trim what no pending or future sweep needs.
        need_from = end - self._keep
        if self._pending:
            need_from = min(need_from, self._pending[0][0] + self._window(self._pending[0][1])[0])
        drop = need_from - self._start
        if drop > 0:
            self._buf = self._buf[:, drop:]
            self._start += drop
        return out


@dataclass
class _LSRPair:
    site: str
    index: int  # row in the EMG block
    channel: str
    muscle: str
    base_sweeps: list = field(default_factory=list)
    recent: deque = field(default_factory=deque)
    template: np.ndarray | None = None
    template_span: tuple[int, int] = (0, 0)
    template_energy: float = 1.0
    baseline_uv: float | None = None
    baseline_avg: np.ndarray | None = None
    base_rms: list = field(default_factory=list)  # (pre-stimulus, late) RMS per sweep
    rms_limit: np.ndarray | None = None
    measure: object = None
    #: Baseline sweeps blanked and de-hummed, before the band-pass (the tail's fit).
    base_raw: list = field(default_factory=list)
    #: Per baseline sweep: its time and its own 4th/5th harmonic fit (absolute time),
    #: to take centred estimates off the template (_rehum_baseline).
    base_hum: list = field(default_factory=list)
    #: The stimulus artifact's tail fitted on the baseline, cleaned: subtracted from
    #: every sweep, as analyze subtracts it (None: no exponential tail).
    tail: np.ndarray | None = None
    state: str = "baseline"  # baseline | present | gone | absent | undecided | no_baseline
    reason: str | None = None  # why the baseline cannot decide (undecided, no_baseline)
    last_ratio: float | None = None
    last_pp: float | None = None
    cusum: float = 0.0  # one-sided CUSUM of the shortfall under LSR_CUSUM_REF
    #: The latest cleaned sweeps (float32), for the final waveform and the live view.
    latest: deque = field(default_factory=lambda: deque(maxlen=LATEST_SWEEPS))


@dataclass
class _BAEPChan:
    index: int
    channel: str
    base: list = field(default_factory=list)
    window: deque = field(default_factory=deque)
    since: int = 0
    measure: object = None
    lat0: float | None = None
    amp0: float | None = None
    template: np.ndarray | None = None
    template_start: int = 0
    template_energy: float = 1.0
    lag_ms: float = 0.0
    baseline_avg: np.ndarray | None = None
    state: str = "baseline"  # baseline | ok | warning | lost | absent | no_baseline
    reason: str | None = None
    cand: str | None = None
    cand_n: int = 0
    last: dict | None = None


class Monitor:
    """Consume sweeps one by one; keep baselines, trends and alerts.

    Parameters
    ----------
    channels : sequence of ChannelRole
        The monitored channels, in the order of the rows of each sweep.
    sfreq : float
    mains_hz : float or None
        Mains frequency to remove.
    baseline_s : (float, float)
        Interval whose sweeps make the baseline.
    confirm_sweeps : int
        LSR sweeps in a row that confirm a change.
    baep_sweeps : int
        Sweeps per rolling BAEP average.
    baep_step : int
        Accepted sweeps between two rolling averages.
    on_event : callable, optional
        Called with ``(monitor, alerts)`` after each sweep (live display).
    """

    def __init__(
        self,
        channels: Iterable[ChannelRole],
        sfreq: float,
        *,
        mains_hz: float | None = None,
        baseline_s: tuple[float, float] = (0.0, 30.0),
        confirm_sweeps: int = 3,
        baep_sweeps: int = 1000,
        baep_step: int = 25,
        latency_offset_ms: float = 0.0,
        on_event: Callable | None = None,
    ):
        self.channels = tuple(channels)
        self.sfreq = float(sfreq)
        self.mains_hz = mains_hz
        self.baseline_s = (float(baseline_s[0]), float(baseline_s[1]))
        self.confirm = int(confirm_sweeps)
        self.baep_sweeps = int(baep_sweeps)
        self.baep_step = int(baep_step)
        self.latency_offset_ms = latency_offset_ms
        self.on_event = on_event
        self.emg_rows = [i for i, c in enumerate(self.channels) if not c.is_baep]
        self.baep_rows = [i for i, c in enumerate(self.channels) if c.is_baep]
        self.t_lsr = times_for(self.sfreq, LSR_EPOCH_MS)
        self.t_baep = times_for(self.sfreq, BAEP_EPOCH_MS)
        self._lag = max(1, round(0.2e-3 * self.sfreq))
        self._late = slice(*np.searchsorted(self.t_lsr, LATE_MS))
        # The windows each sweep is measured in, found once (as sweep_amplitude would).
        self._w_lsr = slice(*np.searchsorted(self.t_lsr, LSR_WINDOW_MS))
        self._w_m = slice(*np.searchsorted(self.t_lsr, M_WINDOW_MS))
        self._w_pre = slice(*np.searchsorted(self.t_lsr, LSR_NOISE_MS))
        self.pairs: dict[tuple[str, int], _LSRPair] = {}
        #: Stimulation site -> pairs whose baseline had an artifact tail to take off.
        self._tails: dict[str, list[_LSRPair]] = {}
        #: The last HUM_SWEEPS sweeps' 4th/5th harmonic fits (absolute time), a ring
        #: of (n_emg, 4) arrays, and how many were put in.
        self._hum: np.ndarray | None = None
        self._n_hum = 0
        self.m_resp: dict[tuple[str, str], dict] = {}
        self.baep = {
            r: _BAEPChan(
                index=r, channel=self.channels[r].label, window=deque(maxlen=self.baep_sweeps)
            )
            for r in self.baep_rows
        }
        self.alerts: list[dict] = []
        self.trend: list[dict] = []
        self.n_sweeps = 0
        self.time_s = 0.0
        self.sweep_seconds = 0.0
        self.sweep_cpu_seconds = 0.0  # the same, in this process's CPU time
        #: The signal is lost now (an LSL stream silent for more than 2 s).
        self.signal_lost = False
        #: Why the source ended early (signal lost for good), else None.
        self.ended: str | None = None
        #: Monitoring was stopped by the user (Ctrl-C, SIGTERM).
        self.interrupted = False
        #: Stimulation intensity (mA) per site, where the annotations state it: now,
        #: and that of the site's last baseline sweep.
        self.intensity: dict[str, float] = {}
        self.base_intensity: dict[str, float] = {}
        self._intensity_queue: deque[tuple[float, str, float]] = deque()

    # ------------------------------------------------------------------ helpers
    def _alert(self, time_s: float, kind: str, detail: str, **extra) -> dict:
        a = {"time_s": round(float(time_s), 4), "kind": kind, "detail": detail, **extra}
        self.alerts.append(a)
        return a

    def _in_baseline(self, t: float) -> bool:
        return self.baseline_s[0] <= t < self.baseline_s[1]

    def _no_baseline_reason(self, what: str) -> str:
        a, b = self.baseline_s
        return (
            f"no {what} sweep in the baseline {a:g}-{b:g} s: cannot tell whether a response "
            "was there, nor compare later sweeps with it"
        )

    def signal(self, event: SignalEvent, time_s: float | None = None) -> list[dict]:
        """Record a change of the incoming signal (lost, restored) as an alert."""
        t = self.time_s if time_s is None else time_s
        new: list[dict] = []
        if event.kind == "signal_lost" and not self.signal_lost:
            self.signal_lost = True
            new.append(self._alert(t, "signal_lost", event.detail, channel=None))
        elif event.kind == "signal_restored" and self.signal_lost:
            self.signal_lost = False
            new.append(self._alert(t, "signal_restored", event.detail, channel=None))
        if event.final:
            self.ended = event.detail
        if self.on_event is not None and new:
            self.on_event(self, new)
        return new

    # ------------------------------------------------------------------ LSR
    def _lsr(self, sw: Sweep) -> list[dict]:
        new: list[dict] = []
        if not self.emg_rows:
            return new
        # clean_lsr in two steps: the blanked, de-hummed sweep is what a stimulus
        # artifact's tail is fitted on (baseline), the band-passed one is measured.
        raw = blank_artifact(
            np.array(sw.data[self.emg_rows], dtype=np.float32), self.t_lsr, LSR_BLANK_MS
        )
        keep_out = (LSR_BLANK_MS[0], LSR_WINDOW_MS[1])
        own = None
        if self.mains_hz:
            # The 4th and 5th harmonics, phase-locked to a stimulation at a whole
            # number of mains periods, would stay in the template and in every lost
            # sweep alike (a lost LSR read ~0.07 of baseline); fitted per sweep they
            # add noise inside the window, so a median over sweeps is subtracted.
            c, basis = high_harmonics(raw, self.t_lsr, self.sfreq, self.mains_hz, keep_out)
            own = rotate_harmonics(c, self.mains_hz, sw.time_s, to_absolute=True)
            if self._hum is None or self._hum.shape[1:] != own.shape:
                self._hum = np.empty((HUM_SWEEPS, *own.shape), np.float32)
                self._n_hum = 0
            self._hum[self._n_hum % HUM_SWEEPS] = own
            self._n_hum += 1
            # The baseline is kept as analyze cleans it (its decision is made on that);
            # its template gets centred estimates (_rehum_baseline).
            # A monitor resumed mid-case (hfs.neurophys.case) starts with no fits: one
            # or two sweeps' fits are the noisy per-sweep removal round 5 rejected, so
            # nothing is taken off until half the sweeps are in.
            k = min(self._n_hum, HUM_SWEEPS)
            if not self._in_baseline(sw.time_s) and k > HUM_SWEEPS // 2:
                est = (
                    np.partition(self._hum, HUM_SWEEPS // 2, axis=0)[HUM_SWEEPS // 2]
                    if k == HUM_SWEEPS
                    else np.median(self._hum[:k], axis=0)
                )
                local = rotate_harmonics(est, self.mains_hz, sw.time_s, to_absolute=False)
                raw -= local @ basis
        raw = remove_mains(
            raw, self.t_lsr, self.sfreq, self.mains_hz, (LSR_BLANK_MS[0], LSR_WINDOW_MS[1])
        )
        y = bandpass(raw, self.sfreq, LSR_BAND_HZ, causal_highpass=True)
        for p in self._tails.get(sw.kind, ()):
            y[p.index] -= p.tail
        # What sweep_amplitude gives (the LSR and M windows' peak-to-peak, the RMS
        # before the stimulus), without the response RMS nobody reads here.
        seg = y[:, self._w_lsr]
        pp = seg.max(axis=1) - seg.min(axis=1)
        seg = y[:, self._w_m]
        mpp = seg.max(axis=1) - seg.min(axis=1)
        pre_rms = np.sqrt(np.mean(y[:, self._w_pre] ** 2, axis=-1))
        late = y[:, self._late]
        late_rms = np.sqrt(np.einsum("ij,ij->i", late, late) / max(late.shape[1], 1))
        for k, row in enumerate(self.emg_rows):
            ch = self.channels[row]
            if is_direct(sw.kind, ch.role):
                self._m_response(sw, ch.label, float(mpp[k]))
                continue
            key = (sw.kind, k)
            p = self.pairs.get(key)
            if p is None:
                p = self.pairs[key] = _LSRPair(
                    site=sw.kind, index=k, channel=ch.label, muscle=ch.role
                )
            p.last_pp = float(pp[k])
            p.latest.append(y[k].astype(np.float32))
            if p.state == "baseline":
                if self._in_baseline(sw.time_s):
                    p.base_sweeps.append(y[k])
                    p.base_raw.append(raw[k])
                    if own is not None:
                        p.base_hum.append((sw.time_s, own[k]))
                    p.base_rms.append((float(pre_rms[k]), float(late_rms[k])))
                    continue
                if sw.time_s < self.baseline_s[0]:
                    continue
                self._close_lsr_baseline(p)
            ratio = self._projection(p, y[k]) if p.template is not None else None
            # A sweep with spontaneous EMG (RMS before the stimulus or late after it
            # over 3x its baseline median, as analysis rejects) is shown but not used.
            burst = p.rms_limit is not None and (
                pre_rms[k] > p.rms_limit[0] or late_rms[k] > p.rms_limit[1]
            )
            same = self._comparable(p.site)
            if ratio is not None and not burst and same:
                p.recent.append(ratio)
                if p.state == "present":
                    p.cusum = max(0.0, p.cusum + LSR_CUSUM_REF - max(ratio, 0.0))
            smooth = _median(p.recent) if p.recent else None
            p.last_ratio = smooth
            row = {
                "time_s": round(sw.time_s, 4),
                "kind": "lsr",
                "stim_site": p.site,
                "channel": p.channel,
                "peak_to_peak_uv": round(float(pp[k]), 2),
                "ratio": None if ratio is None else round(ratio, 3),
                "ratio_median": None if smooth is None else round(smooth, 3),
                "rejected": bool(burst),
            }
            if p.site in self.intensity:
                row["intensity_ma"] = self.intensity[p.site]
                row["compared"] = same
            self.trend.append(row)
            if smooth is None or burst or not same or len(p.recent) < self.confirm:
                continue
            if p.state == "present" and p.cusum > LSR_CUSUM_H and smooth < LSR_ALERT_MAX_RATIO:
                new.append(
                    self._alert(
                        sw.time_s,
                        "lsr_disappeared",
                        f"LSR {p.site} -> {p.channel} gone: under {LSR_CUSUM_REF:.0%} of "
                        f"baseline for long enough (cumulative shortfall {p.cusum:.2f} > "
                        f"{LSR_CUSUM_H:.2f}; median of the last {self.confirm} sweeps: "
                        f"{smooth:.0%}; baseline {p.baseline_uv:.0f} uV peak-to-peak)"
                        f"{self._stim_check(p.site)}",
                        stim_site=p.site,
                        channel=p.channel,
                        ratio=round(smooth, 3),
                        m_response_ratio=self._m_ratio(p.site),
                    )
                )
                p.state = "gone"
                p.cusum = 0.0
            elif p.state == "gone" and smooth >= LSR_BACK_RATIO:
                new.append(
                    self._alert(
                        sw.time_s,
                        "lsr_reappeared",
                        f"LSR {p.site} -> {p.channel} back at {smooth:.0%} of baseline "
                        f"(median of the last {self.confirm} sweeps)",
                        stim_site=p.site,
                        channel=p.channel,
                        ratio=round(smooth, 3),
                    )
                )
                p.state = "present"
        return new

    def _m_response(self, sw: Sweep, channel: str, pp: float) -> None:
        """Follow the direct M-response of the stimulated branch (a stimulation check)."""
        m = self.m_resp.setdefault(
            (sw.kind, channel),
            {"base": [], "baseline_uv": None, "recent": deque(maxlen=self.confirm)},
        )
        if self._in_baseline(sw.time_s):
            m["base"].append(pp)
            return
        if m["baseline_uv"] is None and m["base"]:
            m["baseline_uv"] = float(np.median(m["base"]))
        if m["baseline_uv"]:
            m["recent"].append(pp / m["baseline_uv"])

    def _m_ratio(self, site: str) -> float | None:
        ratios = [
            float(np.median(m["recent"]))
            for (s, _), m in self.m_resp.items()
            if s == site and m["recent"]
        ]
        return round(max(ratios), 3) if ratios else None

    def _stim_check(self, site: str) -> str:
        """Text for an LSR alert: is the stimulated branch still driving its own muscle?"""
        r = self._m_ratio(site)
        if r is None:
            return ""
        if r < 0.5:
            return f"; direct M-response only {r:.0%} of baseline: check the stimulation"
        return f"; direct M-response {r:.0%} of baseline (stimulation effective)"

    def _projection(self, p: _LSRPair, y: np.ndarray) -> float:
        """Sweep amplitude relative to baseline: best projection on the baseline average."""
        a, b = p.template_span
        lag = self._lag
        lo, hi = max(a - lag, 0), min(b + lag, y.size)
        # Every lag at once, in one call.
        return float(np.correlate(y[lo:hi], p.template).max()) / p.template_energy

    def _rehum_baseline(self, p: _LSRPair) -> np.ndarray:
        """What the baseline's average loses when each of its sweeps has the 4th/5th
        harmonic estimate of the sweeps around it taken off (the baseline was kept
        without: see _lsr). Every cleaning step is linear, so this is the mean of those
        estimates cleaned like a sweep: one row, however many sweeps."""
        keep_out = (LSR_BLANK_MS[0], LSR_WINDOW_MS[1])
        own = np.array([o for _, o in p.base_hum])
        half = HUM_SWEEPS // 2
        zero = np.zeros((1, self.t_lsr.size), np.float32)
        _, basis = high_harmonics(zero, self.t_lsr, self.sfreq, self.mains_hz, keep_out)
        # Each sweep's estimate: the median of the HUM_SWEEPS around it (fewer at the
        # ends), all the inner ones in one call; turned back to each sweep's own time
        # at once (the same arithmetic as rotate_harmonics, one row per sweep).
        n = own.shape[0]
        centred = np.empty_like(own)
        if n >= HUM_SWEEPS:
            win = np.lib.stride_tricks.sliding_window_view(own, HUM_SWEEPS, axis=0)
            centred[half : n - half] = np.median(win, axis=-1)
            ends = [*range(half), *range(n - half, n)]
        else:
            ends = list(range(n))
        for i in ends:
            centred[i] = np.median(own[max(0, i - half) : i + half + 1], axis=0)
        times = np.array([t for t, _ in p.base_hum], dtype=np.float64)
        th = 2 * np.pi * self.mains_hz * times[:, None] * np.asarray(HIGH_HARMONICS, np.float64)
        z = (centred[:, 0::2] - 1j * centred[:, 1::2]) * np.exp(1j * th)
        local = np.empty(centred.shape, dtype=np.float32)
        local[:, 0::2] = z.real
        local[:, 1::2] = -z.imag
        hum = (local @ basis).sum(axis=0, dtype=np.float64)
        hum = (hum / n).astype(np.float32)[None, :]
        hum = remove_mains(hum, self.t_lsr, self.sfreq, self.mains_hz, keep_out)
        return bandpass(hum, self.sfreq, LSR_BAND_HZ, causal_highpass=True)[0]

    def _close_lsr_baseline(self, p: _LSRPair) -> None:
        if p.measure is not None:
            return
        x = np.array(p.base_sweeps) if p.base_sweeps else np.zeros((0, self.t_lsr.size))
        # The template is built from the baseline with the 4th/5th harmonics taken off
        # (as every later sweep); the baseline's decision (present, run-on, onset) is
        # made on the sweeps as analyze cleans them, so that both say the same: with
        # the phase-locked hum gone the average's pre-stimulus SD falls (0.68 from 2.2
        # uV, story 3010), and a 2 uV leftover of the high-pass after a run-on then
        # read as a run-on lasting into the LSR ("cannot tell", its alert missed).
        hum = None
        if p.base_hum and len(p.base_hum) == x.shape[0]:
            hum = self._rehum_baseline(p)
        # The tail is fitted on the baseline sweeps free of spontaneous EMG, as analyze
        # fits it (a burst in one sweep can move the median fit: see artifact_tail).
        keep = keep_sweeps(x, self.t_lsr) if x.shape[0] else None
        tail = artifact_tail(np.array(p.base_raw), self.t_lsr, keep=keep) if p.base_raw else None
        p.base_raw = []
        if tail is not None:
            # As analyze: the tail's fit (from 2.5 ms) re-blanked and band-passed like a
            # sweep (every step is linear), then taken off the baseline and every sweep
            # after it, so that neither it nor its filtered wave reads as an LSR.
            t32 = blank_artifact(tail[None, :].astype(np.float32), self.t_lsr, LSR_BLANK_MS)
            p.tail = bandpass(t32, self.sfreq, LSR_BAND_HZ, causal_highpass=True)[0]
            x = x - p.tail
            self._tails.setdefault(p.site, []).append(p)
        p.measure = measure_response(
            x,
            self.t_lsr,
            stim_site=p.site,
            channel=p.channel,
            muscle=p.muscle,
            relation="lateral_spread",
        )
        p.recent = deque(maxlen=self.confirm)
        if x.shape[0] == 0:
            # Nothing to compare with: say so rather than "absent".
            p.state = "no_baseline"
            p.reason = self._no_baseline_reason(f"{p.site} stimulation")
            p.measure = replace(p.measure, present=None, reason=p.reason)
            return
        if p.base_rms:
            p.rms_limit = REJECT_FACTOR * np.median(np.array(p.base_rms), axis=0)
        if x.shape[0]:
            p.baseline_avg = x.mean(axis=0)
        m = p.measure
        if m.present and m.onset_latency_ms is not None:
            t = self.t_lsr
            a = int(np.searchsorted(t, m.onset_latency_ms - 0.5))
            b = int(np.searchsorted(t, m.onset_latency_ms + m.duration_ms + 0.5)) + 1
            avg = x.mean(axis=0) if hum is None else x.mean(axis=0) - hum
            tmpl = avg[a:b]
            p.template = tmpl
            p.template_span = (a, b)
            p.template_energy = float(tmpl @ tmpl)
            p.baseline_uv = float(m.peak_to_peak_uv)
            p.state = "present"
        elif m.present is None:
            # The baseline itself cannot decide (too few sweeps, noise, a run-on
            # deflection): nothing to track, and never "absent".
            p.state = "undecided"
            p.reason = f"baseline cannot tell ({m.reason})"
        else:
            p.state = "absent"
        p.base_sweeps = []

    # ------------------------------------------------------------------ BAEP
    def _baep(self, sw: Sweep) -> list[dict]:
        new: list[dict] = []
        if not self.baep_rows:
            return new
        y = clean_baep(sw.data[self.baep_rows], self.sfreq)
        for k, row in enumerate(self.baep_rows):
            c = self.baep[row]
            if np.abs(y[k]).max() > REJECT_UV:
                continue
            if c.state == "baseline":
                if self._in_baseline(sw.time_s):
                    c.base.append(y[k])
                    continue
                if sw.time_s < self.baseline_s[0]:
                    continue
                self._close_baep_baseline(c)
            c.window.append(y[k])
            c.since += 1
            if c.since < self.baep_step or len(c.window) < self.baep_sweeps:
                continue
            c.since = 0
            x = np.array(c.window)
            avg = x.mean(axis=0)
            noise = plus_minus_noise(x, self.t_baep, self.latency_offset_ms)
            waves = waves_of(avg, self.t_baep, noise, self.latency_offset_ms)
            lat = amp = ratio = None
            if c.template is not None:
                ratio, lag_ms = self._v_projection(c, avg, c.lag_ms)
                # A latency change within the window smears wave V and lowers the
                # projection of the whole window; the recent half is less smeared.
                # Wave V counts as lost only when both say so.
                half = x[x.shape[0] // 2 :].mean(axis=0)
                recent, _ = self._v_projection(c, half, c.lag_ms)
                # The best of the lags is biased upwards by the noise: on an average
                # without wave V it read 0.2-0.4 (its noise SD 0.14 per 500 sweeps),
                # so a loss that lasted to the end of a file was never confirmed. At
                # the tracked lag alone the projection is unbiased; a wave V found at
                # half its baseline or more somewhere in the search, of the window or
                # (round 7) of its recent half, is not lost.
                at_full = self._v_at(c, avg, c.lag_ms)
                at_recent = self._v_at(c, half, c.lag_ms)
                gone = max(ratio, recent) < BAEP_LOSS_AMPLITUDE or (
                    max(at_full, at_recent) < BAEP_LOSS_AMPLITUDE
                    and max(ratio, recent) < BAEP_WARN_AMPLITUDE
                )
                noise_sd = None
                if gone:
                    # Not where it was tracked: wave V may have moved out of the
                    # +/-0.4 ms search (on its way back after a retraction it moves
                    # 1.25 ms while too weak and smeared to be followed: round 7), so
                    # the whole lag range is searched, in the window and in its recent
                    # half (less smeared), before calling it lost. A wave V found
                    # there at half its baseline or more, and standing out of that
                    # average's noise as a tracked one must (BAEP_SEEN_SD), is not lost
                    # and is taken up again.
                    noise_sd = self._v_noise_sd(c, x)
                    for a_, sd_ in ((avg, noise_sd), (half, noise_sd * np.sqrt(2.0))):
                        ratio_w, lag_w = self._v_projection(c, a_)
                        if ratio_w >= max(BAEP_WARN_AMPLITUDE, BAEP_SEEN_SD * sd_):
                            gone = False
                            ratio, lag_ms = ratio_w, lag_w
                            break
                if not gone:
                    lat, amp = c.lat0 + lag_ms, ratio * c.amp0
                    # Follow wave V only where it stands out of the noise: a lag chosen
                    # by noise wandered off and let the noise pass for wave V.
                    if noise_sd is None:
                        noise_sd = self._v_noise_sd(c, x)
                    if ratio >= BAEP_SEEN_SD * noise_sd:
                        c.lag_ms = lag_ms
            c.last = {"latency_ms": lat, "amplitude_uv": amp}
            self.trend.append(
                {
                    "time_s": round(sw.time_s, 4),
                    "kind": "baep",
                    "channel": c.channel,
                    "n_sweeps": int(x.shape[0]),
                    "wave_v_latency_ms": None if lat is None else round(lat, 3),
                    "wave_v_amplitude_uv": None if amp is None else round(amp, 4),
                    "wave_v_ratio": None if ratio is None else round(ratio, 3),
                    "wave_i_latency_ms": _r(waves["I"].latency_ms if waves["I"].present else None),
                    "wave_iii_latency_ms": _r(
                        waves["III"].latency_ms if waves["III"].present else None
                    ),
                }
            )
            if c.state == "absent" or c.lat0 is None:
                continue
            if lat is None:
                cand = "lost"
            elif lat >= c.lat0 + BAEP_WARN_LATENCY_MS or amp <= BAEP_WARN_AMPLITUDE * c.amp0:
                cand = "warning"
            elif lat < c.lat0 + BAEP_RECOVER_LATENCY_MS and amp > BAEP_RECOVER_AMPLITUDE * c.amp0:
                cand = "ok"
            else:
                cand = None  # between thresholds: keep the state
            if cand is None or cand == c.state:
                c.cand, c.cand_n = None, 0
                continue
            if cand == "warning" and c.state == "lost":
                c.cand, c.cand_n = None, 0
                continue  # partial return after loss: wait for full recovery
            c.cand_n = c.cand_n + 1 if c.cand == cand else 1
            c.cand = cand
            if c.cand_n < (BAEP_LOSS_CONFIRM if cand == "lost" else BAEP_CONFIRM):
                continue
            dl = None if lat is None else lat - c.lat0
            da = None if amp is None else amp / c.amp0
            what = (
                f"wave V not found (below {BAEP_LOSS_AMPLITUDE:.0%} of baseline)"
                if lat is None
                else f"wave V {lat:.2f} ms ({dl:+.2f} ms), {amp:.2f} uV ({da:.0%} of baseline)"
            )
            kind = {"lost": "baep_wave_v_loss", "warning": "baep_warning", "ok": "baep_recovered"}[
                cand
            ]
            new.append(
                self._alert(
                    sw.time_s,
                    kind,
                    f"{c.channel}: {what}",
                    channel=c.channel,
                    wave_v_latency_ms=None if lat is None else round(lat, 3),
                    wave_v_amplitude_uv=None if amp is None else round(amp, 4),
                )
            )
            c.state, c.cand, c.cand_n = cand, None, 0
        return new

    def _v_projection(
        self, c: _BAEPChan, avg: np.ndarray, around_ms: float | None = None
    ) -> tuple[float, float]:
        """Wave V of an average against baseline: (amplitude ratio, latency shift in ms).

        The average is projected on the baseline wave V complex at lags from -0.6 to
        +2.6 ms (within +/-0.4 ms of ``around_ms`` when given: wave V is tracked, so
        noise elsewhere cannot pass for it); the best lag gives the latency shift, the
        projection over the template's energy the amplitude ratio (1.0 = baseline).
        Projecting over the whole complex is much less noisy than reading one peak.
        """
        dt = float(self.t_baep[1] - self.t_baep[0])
        lo, hi = -0.6, 2.6
        if around_ms is not None:
            lo, hi = max(lo, around_ms - 0.4), min(hi, around_ms + 0.4)
        n = c.template.size
        best, best_lag = -np.inf, 0
        for lag in range(round(lo / dt), round(hi / dt) + 1):
            a = c.template_start + lag
            if a < 0 or a + n > avg.size:
                continue
            seg = avg[a : a + n]
            v = float((seg - seg.mean()) @ c.template)
            if v > best:
                best, best_lag = v, lag
        return best / c.template_energy, best_lag * dt

    def _v_at(self, c: _BAEPChan, avg: np.ndarray, lag_ms: float) -> float:
        """Projection of an average on the baseline wave V complex at one lag (ratio)."""
        dt = float(self.t_baep[1] - self.t_baep[0])
        a = c.template_start + round(lag_ms / dt)
        n = c.template.size
        if a < 0 or a + n > avg.size:
            return 0.0
        seg = avg[a : a + n]
        return float((seg - seg.mean()) @ c.template) / c.template_energy

    def _v_noise_sd(self, c: _BAEPChan, x: np.ndarray) -> float:
        """SD of the wave V ratio from noise alone: the +/- average (every other sweep
        inverted, which cancels the response) projected at every lag of the epoch."""
        n = x.shape[0] - (x.shape[0] % 2)
        if n < 2:
            return float("inf")
        pm = x[0:n:2].mean(axis=0) - x[1:n:2].mean(axis=0)
        pm *= 0.5
        win = np.lib.stride_tricks.sliding_window_view(pm, c.template.size)
        proj = (win - win.mean(axis=1, keepdims=True)) @ c.template
        return float(np.sqrt(np.mean(proj**2))) / c.template_energy

    def _close_baep_baseline(self, c: _BAEPChan) -> None:
        if c.measure is not None:
            return
        x = np.array(c.base) if c.base else np.zeros((0, self.t_baep.size))
        if x.shape[0] == 0:
            c.state = "no_baseline"
            c.reason = self._no_baseline_reason("click (or none under the rejection limit)")
            c.measure = replace(
                measure_baep(x, self.t_baep, channel=c.channel, reject_uv=np.inf),
                present=None,
                reason=c.reason,
            )
            c.base = []
            return
        c.measure = measure_baep(
            x,
            self.t_baep,
            channel=c.channel,
            reject_uv=np.inf,
            latency_offset_ms=self.latency_offset_ms,
        )
        if x.shape[0]:
            c.baseline_avg = x.mean(axis=0)
        v = c.measure.waves["V"]
        if c.measure.present and v.present:
            c.lat0, c.amp0, c.state = v.latency_ms, v.amplitude_uv, "ok"
            # Template: the baseline wave V complex (peak and following trough).
            t = self.t_baep
            a = int(np.searchsorted(t, c.lat0 - 0.6))
            b = int(np.searchsorted(t, c.lat0 + 1.8))
            tmpl = x.mean(axis=0)[a:b]
            c.template = tmpl - tmpl.mean()
            c.template_start = a
            # The template is a noisy average: its energy holds the noise's as well as
            # wave V's, which made every ratio read low by the noise's share of it.
            # Subtract the noise's expected energy, from the +/- average of the sweeps.
            energy = float(c.template @ c.template)
            noise = plus_minus_noise(x, t, self.latency_offset_ms)
            noise_energy = noise * noise * c.template.size if np.isfinite(noise) else 0.0
            c.template_energy = max(energy - noise_energy, 0.5 * energy)
        else:
            c.state = "absent"
        # Start the rolling window from the end of the baseline.
        for s in c.base[-self.baep_sweeps :]:
            c.window.append(s)
        c.base = []

    # ------------------------------------------------------------------ API
    def update(self, sweep: Sweep) -> list[dict]:
        """Process one sweep; return the alerts it raised."""
        t0, c0 = time.perf_counter(), time.process_time()
        self.n_sweeps += 1
        self.time_s = sweep.time_s
        if sweep.kind == CLICK:
            new = self._baep(sweep)
        else:
            new = self._apply_intensity(sweep.time_s) if self._intensity_queue else []
            new += self._lsr(sweep)
        self.sweep_seconds += time.perf_counter() - t0
        self.sweep_cpu_seconds += time.process_time() - c0
        if self.on_event is not None:
            self.on_event(self, new)
        return new

    def stimulus_intensity(self, site: str, intensity_ma: float, time_s: float) -> None:
        """The intensity of the stimulus of ``site`` at ``time_s`` (from its annotation);
        it takes effect with that stimulus's sweep."""
        self._intensity_queue.append((float(time_s), site, float(intensity_ma)))

    def _comparable(self, site: str) -> bool:
        """Whether the site's sweeps now are stimulated as its baseline was."""
        now, base = self.intensity.get(site), self.base_intensity.get(site)
        return now is None or base is None or abs(now - base) < 1e-6

    def _apply_intensity(self, t: float) -> list[dict]:
        """Take the intensities stated up to ``t``; a change is an alert that says the
        LSR is compared with its baseline only at the baseline's intensity."""
        new: list[dict] = []
        q = self._intensity_queue
        while q and q[0][0] <= t + 1e-9:
            ts, site, ma = q.popleft()
            old = self.intensity.get(site)
            self.intensity[site] = ma
            if self._in_baseline(ts) or (ts < self.baseline_s[0]):
                self.base_intensity[site] = ma
            if old is None or abs(old - ma) < 1e-6:
                continue
            for p in self.pairs.values():
                if p.site == site:
                    # Sweeps at another intensity never sum with these.
                    p.recent.clear()
                    p.cusum = 0.0
            base = self.base_intensity.get(site)
            if self._in_baseline(ts) or base is None:
                what = "during the baseline: the baseline mixes intensities"
            elif abs(ma - base) < 1e-6:
                what = f"back at the baseline's {base:g} mA: the LSR is compared with it again"
            else:
                what = (
                    f"the baseline was at {base:g} mA: the LSR is not compared with it (and "
                    "raises no alert) until the intensity is back; a change of its amplitude "
                    "now may be the intensity's, not the decompression's"
                )
            new.append(
                self._alert(
                    ts,
                    "stim_intensity_changed",
                    f"{site} stimulation {old:g} -> {ma:g} mA; {what}",
                    stim_site=site,
                    channel=None,
                    intensity_ma=ma,
                    previous_ma=old,
                    baseline_ma=base,
                )
            )
        return new

    def add_alerts(self, alerts: list[dict], shift_s: float = 0.0) -> list[dict]:
        """Take alerts raised outside the sweeps (the free-running EMG)."""
        if not alerts:
            return alerts
        for a in alerts:
            if shift_s:
                a["time_s"] = round(a["time_s"] + shift_s, 4)
                if "onset_s" in a:
                    a["onset_s"] = round(a["onset_s"] + shift_s, 4)
            self.alerts.append(a)
        if self.on_event is not None:
            self.on_event(self, alerts)
        return alerts

    def status(self) -> dict:
        """A snapshot for a live view: LSR ratio per pair, BAEP wave V, alert count."""
        return {
            "time_s": self.time_s,
            "n_sweeps": self.n_sweeps,
            "lsr": [
                {
                    "stim_site": p.site,
                    "channel": p.channel,
                    "state": p.state,
                    "baseline_uv": p.baseline_uv,
                    "ratio": p.last_ratio,
                    "peak_to_peak_uv": p.last_pp,
                    "intensity_ma": self.intensity.get(p.site),
                    "baseline_intensity_ma": self.base_intensity.get(p.site),
                }
                for p in self.pairs.values()
            ],
            "baep": [
                {
                    "channel": c.channel,
                    "state": c.state,
                    "baseline_latency_ms": c.lat0,
                    "baseline_amplitude_uv": c.amp0,
                    **(c.last or {}),
                }
                for c in self.baep.values()
            ],
            "alerts": list(self.alerts),
        }

    def finish(
        self,
        source: str,
        duration_s: float | None = None,
        *,
        warnings: Iterable[str] = (),
        ignored_channels: Iterable[dict] = (),
    ) -> NeuroAnalysis:
        """Close baselines still open and return the result (mode ``monitor``).

        A pair or BAEP channel without a baseline sweep is reported with ``present``
        null and its ``reason`` (never "absent"), and listed in ``warnings``.
        ``warnings`` and ``ignored_channels`` (the recording's, e.g.
        :attr:`Recording.warnings` and :attr:`Recording.ignored_reasons`) come first
        in the result's.
        """
        for p in self.pairs.values():
            if p.state == "baseline":
                self._close_lsr_baseline(p)
        for c in self.baep.values():
            if c.state == "baseline":
                self._close_baep_baseline(c)
        lsr = tuple(p.measure for p in self.pairs.values() if p.measure is not None)
        baep = tuple(c.measure for c in self.baep.values() if c.measure is not None)
        summary = []
        for p in self.pairs.values():
            finals = [
                t["ratio"]
                for t in self.trend
                if t["kind"] == "lsr"
                and t["channel"] == p.channel
                and t["stim_site"] == p.site
                and t["ratio"] is not None
            ][-5:]
            summary.append(
                {
                    "stim_site": p.site,
                    "channel": p.channel,
                    "baseline_uv": None if p.baseline_uv is None else round(p.baseline_uv, 2),
                    "final_ratio": round(float(np.median(finals)), 3) if finals else None,
                    "state": p.state,
                    "reason": p.reason,
                }
            )
        warnings = list(warnings)
        warnings += [
            f"LSR {p.site} -> {p.channel}: {p.reason}" for p in self.pairs.values() if p.reason
        ]
        warnings += [f"{c.channel}: {c.reason}" for c in self.baep.values() if c.reason]
        if self.interrupted:
            warnings.append(f"monitoring was interrupted at {self.time_s:.1f} s")
        if self.ended:
            warnings.append(f"monitoring ended at {self.time_s:.1f} s: {self.ended}")
        per_sweep_ms = 1000.0 * self.sweep_seconds / max(self.n_sweeps, 1)
        # Baseline averages for the report's waveform plots (not in the JSON).
        curves = {}
        keep = (self.t_lsr >= -5) & (self.t_lsr <= 40)
        for p in self.pairs.values():
            if p.baseline_avg is not None:
                curves[(p.site, p.channel)] = (self.t_lsr[keep], p.baseline_avg[keep])
        for c in self.baep.values():
            if c.baseline_avg is not None:
                curves[("baep", c.channel)] = (self.t_baep, c.baseline_avg)
        return NeuroAnalysis(
            source=source,
            sfreq=self.sfreq,
            duration_s=float(duration_s if duration_s is not None else self.time_s),
            mains_hz=self.mains_hz,
            channels=tuple(c.to_dict() for c in self.channels),
            lsr=lsr,
            baep=baep,
            mode="monitor",
            alerts=tuple(self.alerts),
            trend=tuple(self.trend),
            baseline_s=self.baseline_s,
            ignored_channels=tuple(ignored_channels),
            warnings=tuple(warnings),
            curves=curves,
            extra={
                "lsr_summary": summary,
                "n_sweeps": self.n_sweeps,
                "per_sweep_ms": round(per_sweep_ms, 4),
                "interrupted": self.interrupted,
                "ended_early": self.ended,
            },
        )


# ---------------------------------------------------------------------- sources

Chunk = tuple[np.ndarray, list[tuple[int, str]]]


#: A replay that continues a case starts this long before its first stimulus.
RESUME_LEAD_S = 0.1


def replay_start_sample(sfreq: float, start_s: float) -> int:
    """The first sample :func:`replay_file` sends when it starts at ``start_s``."""
    if start_s <= 0:
        return 0
    return max(0, round(start_s * sfreq) - round(RESUME_LEAD_S * sfreq))


def replay_file(
    rec: Recording, *, speed: float | None = None, chunk_s: float = 0.1, start_s: float = 0.0
) -> Iterator[Chunk]:
    """Replay a recording as chunks of samples (uV) and stimulus events.

    Parameters
    ----------
    rec : Recording
    speed : float or None
        1.0 plays in real time, 2.0 twice as fast; ``None`` as fast as possible.
    chunk_s : float
        Chunk length (s).
    start_s : float
        Stimuli from here on (a case continued after a restart); the first chunk
        starts :data:`RESUME_LEAD_S` earlier, at :func:`replay_start_sample`, so that
        the first sweep's window is whole. Event samples stay absolute.
    """
    n = rec.raw.n_times
    step = max(1, int(chunk_s * rec.sfreq))
    # Read from the file a block of whole chunks at a time (MNE, not preloaded): the
    # replay holds one block, never the whole recording.
    per_block = max(1, round(BLOCK_S * rec.sfreq / step)) * step
    first = min(replay_start_sample(rec.sfreq, start_s), n)
    first_stim = round(start_s * rec.sfreq) if start_s > 0 else 0
    # An intensity the annotation states rides along as a third element.
    stims = [
        (s.sample, s.kind) if s.intensity_ma is None else (s.sample, s.kind, s.intensity_ma)
        for s in rec.stimuli
        if s.sample >= first_stim
    ]
    j = 0
    t_start = time.monotonic()
    for a0, block in rec.iter_blocks(block_s=per_block / rec.sfreq):
        if a0 + block.shape[1] <= first:
            continue
        for a in range(max(a0, first), a0 + block.shape[1], step):
            b = min(a + step, n)
            ev = []
            while j < len(stims) and stims[j][0] < b:
                ev.append(stims[j])
                j += 1
            if speed:
                wait = ((b - first) / rec.sfreq) / speed - (time.monotonic() - t_start)
                if wait > 0:
                    time.sleep(wait)
            yield block[:, a - a0 : b - a0].T, ev


def run_monitor(
    chunks: Iterable[Chunk],
    channels: Iterable[ChannelRole],
    sfreq: float,
    *,
    mains_hz: float | str | None = "auto",
    mains_probe_s: float = 2.0,
    keep_on_interrupt: bool = False,
    start_sample: int = 0,
    time_offset_s: float = 0.0,
    prepare: Callable | None = None,
    free_run: bool = False,
    **monitor_kw,
) -> Monitor:
    """Feed chunks through a :class:`SweepCutter` into a :class:`Monitor`.

    With ``mains_hz="auto"`` the first ``mains_probe_s`` seconds are used to detect
    the mains frequency before the first sweep is processed. A source may yield
    :class:`SignalEvent` items between chunks; a final one ends the run. With
    ``keep_on_interrupt``, a KeyboardInterrupt (Ctrl-C, or SIGTERM turned into one)
    ends the run with ``monitor.interrupted`` set instead of propagating.

    A run that continues a case (:mod:`hfs.neurophys.case`) starts at ``start_sample``
    of a replayed file (the chunks begin there; event samples stay absolute), or
    shifts every sweep by ``time_offset_s`` (a stream joined again); ``prepare`` is
    called with the new monitor before the first sweep (to restore its baselines).

    With ``free_run``, the continuous signal of the facial EMG channels also goes to a
    :class:`hfs.neurophys.freerun.FreeRunEMG` (once the mains frequency is known), whose
    ``emg_a_train`` and ``emg_burst`` alerts join the monitor's.
    """
    channels = tuple(channels)
    if not channels:
        raise RecordingError("no recognised muscle or BAEP channel to monitor")
    cutter = SweepCutter(sfreq, len(channels))
    cutter._start = cutter.n_samples = int(start_sample)
    monitor = Monitor(channels, sfreq, mains_hz=None, **monitor_kw)
    if prepare is not None:
        prepare(monitor)
    shift = float(time_offset_s)
    free = None
    free_held: list[Chunk] = []

    def feed_free(items) -> None:
        nonlocal free
        if free is None:
            from hfs.neurophys.freerun import FreeRunEMG

            free = FreeRunEMG(
                [channels[r].label for r in monitor.emg_rows],
                sfreq,
                mains_hz=monitor.mains_hz,
                start_sample=int(start_sample),
            )
        for ch, ev in items:
            monitor.add_alerts(free.push(ch[:, monitor.emg_rows], ev), shift)

    held: list[Sweep] = []
    probe: list[np.ndarray] = []
    probed = mains_hz != "auto"
    if probed:
        monitor.mains_hz = float(mains_hz) if mains_hz else None
    n_probe = 0
    try:
        for item in chunks:
            if isinstance(item, SignalEvent):
                monitor.signal(item, cutter.n_samples / sfreq + shift)
                if item.final:
                    break
                continue
            chunk, events = item
            for ev in events:
                if len(ev) > 2 and ev[2] is not None:
                    monitor.stimulus_intensity(ev[1], float(ev[2]), ev[0] / sfreq + shift)
            if free_run and monitor.emg_rows:
                free_held.append((chunk, events))
                if probed:
                    feed_free(free_held)
                    free_held = []
            sweeps = cutter.push(chunk, events)
            if shift:
                sweeps = [replace(sw, time_s=sw.time_s + shift) for sw in sweeps]
            if not probed:
                probe.append(chunk)
                n_probe += chunk.shape[0]
                held.extend(sweeps)
                if n_probe >= mains_probe_s * sfreq:
                    monitor.mains_hz = detect_mains(np.concatenate(probe).T, sfreq)
                    probed = True
                    sweeps, held, probe = held, [], []
                else:
                    continue
            for sw in sweeps:
                monitor.update(sw)
    except KeyboardInterrupt:
        # Ctrl-C or SIGTERM (the CLI turns it into KeyboardInterrupt): keep what was
        # measured; the caller writes it out. Other callers (a job runner) let it go.
        if not keep_on_interrupt:
            raise
        monitor.interrupted = True
    if not probed and probe:
        monitor.mains_hz = detect_mains(np.concatenate(probe).T, sfreq)
    for sw in held:
        monitor.update(sw)
    if free_run and monitor.emg_rows:
        feed_free(free_held)
        monitor.add_alerts(free.flush(), shift)
    return monitor
