"""Synthetic EMG/BAEP recordings with ground truth (facial-nerve monitoring).

What is simulated, and from where the figures come (``docs/neuro.md``,
``../shared/DOMAIN.md`` section 4):

- Facial-nerve branch stimulation (0.2 ms pulses) with a large stimulus artifact on
  every channel: a mV spike and an opposite exponential tail of 30-45% of it
  (tau 0.4-0.8 ms, so into the noise by 3-5 ms).
- Two or three branches stimulated alternately, at jittered intervals (diagnostic).
- Lateral spread responses: onset ~8-11 ms, 20-400 uV peak-to-peak, polyphasic
  (2-5 phases), per-sweep latency jitter (SD 0.08 ms) and amplitude variability
  (CV ~20%), and a variable late afterdischarge.
- Direct M-responses (3-5 ms onset, 0.5-3 mV) where the branch serves the muscle.
- Volume-conducted cross-talk of the direct M-responses into the muscles the
  stimulated branch does not serve (onset 3.9-5.7 ms, 20-80 uV): never an LSR.
- Spontaneous spasm EMG bursts (20-450 Hz, 60-400 uV RMS, 0.1-0.8 s) at random
  times on all muscles of the side (diagnostic recordings; the truth counts the
  sweeps they hit).
- White noise, mains hum (50 or 60 Hz with harmonics up to the 5th, its amplitude
  slowly modulated), slow drift and small EMG twitches.
- BAEP: waves I/III/V at ~1.7/3.8/5.7 ms, 0.1-0.5 uV, under EEG-like and white noise
  of 5-15 uV; 700-1000 clicks at 11.1 Hz (``diagnostic-baep``) or 43.9 Hz
  (intraoperative).
- File-format variants of the world's recordings: trigger channels in any unit and
  polarity, with rising edges of several samples or one TTL level; labels in the
  usual styles (``L Orb Oculi``, ``EMG L OOc``, ``OOc-L``, ``Ment_R``); extra
  channels that are no muscle; a channel with an invalid header (digital min = max),
  a flat one, or one whose unit is missing.
- Intraoperative stories: LSR vanishing abruptly or gradually, or vanishing and
  reappearing briefly; BAEP wave V delayed and reduced during retraction, then
  recovering, or lost.

The truth (``hfs.neuro.truth/1``) says what the analysis and the monitor must find.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import signal

from hfs.errors import InputError
from hfs.neurophys.montage import MUSCLE_BRANCHES, STIM_SITES

TRUTH_SCHEMA = "hfs.neuro.truth/1"
KINDS = ("diagnostic", "intraop-lsr", "intraop-baep", "diagnostic-baep")
LSR_STORIES = ("abrupt", "gradual", "transient", "stim_failure")
BAEP_STORIES = ("retraction", "loss", "late_loss")
#: Channel faults a simulated file can carry (``faults``): an invalid header (digital
#: min = max), a flat channel, a channel written without a unit (its uV read as V).
FAULTS = ("digital_range", "flat", "no_unit")
#: How M-response cross-talk is made (``crosstalk_model``).
CROSSTALK_MODELS = ("independent", "m_copy")
#: Fewer sweeps than this per stimulation site cannot decide an LSR (the truth then
#: marks the pair undecidable).
MIN_DECIDABLE_SWEEPS = 10
#: The smallest LSR worth reporting (peak-to-peak, uV): where the noise left in the
#: average hides it, "absent" cannot be said.
SMALLEST_LSR_UV = 100.0
#: An LSR that starts less than this many ms after the end of the cross-talk on its
#: channel is merged with it (``merged_with_crosstalk`` in the truth): the average
#: has no quiet stretch between them. A run-on ends only after 0.7 ms of quiet
#: (``hfs.neurophys.lsr.QUIET_MS``), and the cross-talk's per-sweep jitter and the
#: band-pass smear its end by about 0.3 ms more; where the cross-talk is no copy of
#: a recorded M-response its shape is unknown, so which part of one deflection is
#: the LSR cannot be told. Fixed before round 4's sealed run (tuning seeds had one
#: such pair, 0.57 ms after).
MERGED_GAP_MS = 1.0
#: The response window (ms after the stimulus) a spontaneous burst must reach, with
#: an RMS there at least the recording's white noise, to count as a sweep hit
#: (``sweeps_hit`` per pair): where the average is measured. A burst only in the
#: pre-stimulus stretch raises the noise estimate (a more cautious answer, never a
#: false one); one under the noise in the window is as harmless as the noise.
HIT_WINDOW_MS = (6.0, 25.0)

#: Monitor thresholds the truth's alert times are defined with (same as the monitor's
#: defaults in :mod:`hfs.neurophys.monitor`).
LSR_GONE_RATIO = 0.2
LSR_BACK_RATIO = 0.35
BAEP_WARN_LATENCY_MS = 1.0
BAEP_WARN_AMPLITUDE = 0.5
BAEP_RECOVER_LATENCY_MS = 0.5
BAEP_RECOVER_AMPLITUDE = 0.7
#: The monitor's BAEP rolling average (sweeps), how often it is recomputed (sweeps)
#: and how many averages in a row confirm each alert (its defaults).
BAEP_WINDOW_SWEEPS = 1000
BAEP_STEP_SWEEPS = 25
BAEP_CONFIRM_AVERAGES = {"baep_warning": 2, "baep_recovered": 2, "baep_wave_v_loss": 3}

BASELINE_S = 30.0

#: Per-sweep LSR latency jitter (SD, ms; clipped at +/-0.25 ms).
LSR_JITTER_MS = 0.08
#: Sweep-to-sweep variability of an LSR's amplitude (SD of the lognormal's log).
LSR_AMPLITUDE_CV = 0.2

_FULL = {
    "orbicularis_oculi": "Orbicularis Oculi",
    "orbicularis_oris": "Orbicularis Oris",
    "mentalis": "Mentalis",
    "zygomaticus": "Zygomaticus",
    "frontalis": "Frontalis",
    "platysma": "Platysma",
    "nasalis": "Nasalis",
    "depressor_anguli_oris": "Depressor Anguli Oris",
}
_ALIAS = {"orbicularis_oculi": "OOc", "orbicularis_oris": "OOr", "mentalis": "Ment"}
#: Label styles of the world's files ("{S}" is L or R); one is drawn per channel.
_STYLED = {
    "orbicularis_oculi": ("{S} Orb Oculi", "EMG {S} OOc", "OOc-{S}", "Orb Oc {S}"),
    "orbicularis_oris": ("Orb Oris {S}", "EMG {S} OOr", "OOr_{S}", "{S} Orb Oris"),
    "mentalis": ("Ment_{S}", "EMG {S} Ment", "{S} Mentalis", "Ment-{S}"),
    "zygomaticus": ("Zygomaticus {S}", "EMG {S} Zygomat", "{S} Zygomaticus", "Zygomatic-{S}"),
    "frontalis": ("Front_{S}", "EMG {S} Frontal", "{S} Frontalis", "Frontalis-{S}"),
}
_TRIGGER_CODES = {"temporal": 1, "zygomatic": 2, "buccal": 3, "marginal_mandibular": 4, "click": 10}


def _rng(rng) -> np.random.Generator:
    return rng if isinstance(rng, np.random.Generator) else np.random.default_rng(rng)


@dataclass(frozen=True, eq=False)
class SimulatedRecording:
    """A synthetic recording and its ground truth.

    Attributes
    ----------
    data_uv : ndarray, shape (n_channels, n_times)
    sfreq : float
    labels : tuple of str
        Channel labels as they will be stored (at most 16 characters).
    annotations : tuple of (float, str)
        Stimulus annotations (onset in s, text); empty when a trigger channel is used.
    truth : dict
        ``hfs.neuro.truth/1``.
    """

    data_uv: np.ndarray
    sfreq: float
    labels: tuple[str, ...]
    annotations: tuple[tuple[float, str], ...]
    truth: dict
    #: Label -> fault of :data:`FAULTS` written into the file.
    faults: tuple[tuple[str, str], ...] = ()
    #: Label and physical unit of the trigger channel, if any.
    trigger_label: str | None = None
    trigger_unit: str = ""

    def write_edf(self, path: str | Path) -> Path:
        """Write an EDF+ file (edfio) with one annotation per stimulus.

        A ``.bdf`` suffix writes BDF+ (24-bit samples) instead. Channel ``faults`` are
        written as a real file would carry them (a ``digital_range`` fault patches the
        header after writing: edfio refuses to write one).
        """
        from edfio import Bdf, BdfSignal, Edf, EdfAnnotation, EdfSignal

        path = Path(path)
        bdf = path.suffix.lower() == ".bdf"
        Signal, Container = (BdfSignal, Bdf) if bdf else (EdfSignal, Edf)
        faults = dict(self.faults)
        signals = []
        for label, x in zip(self.labels, self.data_uv, strict=True):
            lo, hi = float(x.min()), float(x.max())
            pad = max(1e-3, 0.01 * (hi - lo))
            if label == self.trigger_label:
                # Codes stored exactly (digital = physical) in the trigger's unit.
                unit = self.trigger_unit
                top = float(np.ceil(2 * max(abs(lo), abs(hi)) + 1))
                prange = (-top, top)
            else:
                unit = "" if faults.get(label) == "no_unit" else "uV"
                prange = (np.floor(lo - pad), np.ceil(hi + pad))
            signals.append(
                Signal(
                    np.asarray(x, dtype=np.float64),
                    self.sfreq,
                    label=label,
                    physical_dimension=unit,
                    physical_range=prange,
                )
            )
        ann = [EdfAnnotation(round(t, 4), None, text) for t, text in self.annotations]
        edf = Container(signals, annotations=ann, data_record_duration=1.0)
        path.parent.mkdir(parents=True, exist_ok=True)
        edf.write(path)
        bad = [i for i, lb in enumerate(self.labels) if faults.get(lb) == "digital_range"]
        if bad:
            _patch_digital_max(path, bad)
        return path


def _patch_digital_max(path: Path, indices: list[int]) -> None:
    """Set the digital max of the given signals to their digital min, in place."""
    with path.open("r+b") as fh:
        head = fh.read(256)
        n = int(head[252:256].decode("ascii").strip())
        # Per-signal fields: label 16, transducer 80, unit 8, pmin 8, pmax 8, dmin 8, dmax 8
        dmin_at = 256 + n * (16 + 80 + 8 + 8 + 8)
        dmax_at = dmin_at + n * 8
        for i in indices:
            fh.seek(dmin_at + 8 * i)
            value = fh.read(8)
            fh.seek(dmax_at + 8 * i)
            fh.write(value)


# --------------------------------------------------------------------------- waveforms


def _phases(
    rng: np.random.Generator, n_phases: int, first_ms: float
) -> list[tuple[float, float, float]]:
    """(start_ms, duration_ms, signed amplitude) of consecutive half-sine phases."""
    out = []
    t = 0.0
    amp = 1.0
    sign = rng.choice([-1.0, 1.0])
    for k in range(n_phases):
        dur = first_ms if k == 0 else float(rng.uniform(0.8, 1.8))
        out.append((t, dur, sign * amp))
        t += dur
        sign = -sign
        amp *= float(rng.uniform(0.55, 1.1))
    return out


def _eval_phases(t_ms: np.ndarray, phases, onset_ms) -> np.ndarray:
    """Evaluate the half-sine phases at ``t_ms`` for onsets ``onset_ms`` (broadcast)."""
    y = np.zeros(np.broadcast(t_ms, onset_ms).shape)
    rel = t_ms - onset_ms
    for start, dur, amp in phases:
        inside = (rel >= start) & (rel < start + dur)
        y += np.where(inside, amp * np.sin(np.pi * (rel - start) / dur), 0.0)
    return y


def lsr_onset_bound_ms(
    phases, sfreq: float, noise_uv: float, n_sweeps: int, jitter_ms: float = LSR_JITTER_MS
) -> float:
    """Cramer-Rao lower bound (ms) on the SD of an LSR onset estimated from its sweeps.

    ``phases`` are a truth entry's ``phases`` ([start_ms, duration_ms, amplitude_uv],
    consecutive half-sines). The model is the expected average of ``n_sweeps`` sweeps
    in white noise of ``noise_uv`` RMS per sample at ``sfreq``: the half-sines
    smoothed by the latency jitter, with the onset and every phase's duration and
    amplitude unknown (the shape family known, its parameters not). The sweeps'
    amplitude variability, hum, drift and the analysis filters only add noise or lose
    information, so no unbiased estimate of the onset from such sweeps can have a
    smaller SD: the bound says how much of an onset error is the noise's.
    """
    ph = [(float(a), float(d), float(v)) for a, d, v in phases]
    end = ph[-1][0] + ph[-1][1]
    t = np.arange(-1.0 - 4 * jitter_ms, end + 1.0 + 4 * jitter_ms, 1000.0 / sfreq)
    x, w = np.polynomial.hermite_e.hermegauss(15)  # E over the Gaussian jitter
    w = w / w.sum()

    def mean_sweep(p: np.ndarray) -> np.ndarray:
        rebuilt, start = [], 0.0
        for k in range(len(ph)):
            rebuilt.append((start, p[1 + 2 * k], p[2 + 2 * k]))
            start += p[1 + 2 * k]
        return w @ _eval_phases(t[None, :], rebuilt, p[0] + jitter_ms * x[:, None])

    p0 = np.array([0.0] + [v for _, d, a in ph for v in (d, a)])
    steps = np.where(np.arange(p0.size) % 2 == 0, 1e-3, 1e-4)  # uV steps for amplitudes
    steps[0] = 1e-4
    grads = []
    for i, h in enumerate(steps):
        dp = np.zeros(p0.size)
        dp[i] = h
        grads.append((mean_sweep(p0 + dp) - mean_sweep(p0 - dp)) / (2 * h))
    g = np.array(grads)
    fisher = g @ g.T * n_sweeps / noise_uv**2
    return float(np.sqrt(np.linalg.inv(fisher)[0, 0]))


def _p2p(phases) -> float:
    t = np.linspace(0, 30, 6001)
    y = _eval_phases(t, phases, 0.0)
    return float(y.max() - y.min())


def _add_at(x: np.ndarray, samples: np.ndarray, waves: np.ndarray, first: int) -> None:
    """Add ``waves[i]`` at ``samples[i] + first`` into ``x`` (clipped at the end)."""
    n = x.size
    idx = samples[:, None] + first + np.arange(waves.shape[1])[None, :]
    ok = (idx >= 0) & (idx < n)
    np.add.at(x, idx[ok], waves[ok])


def _noise(
    rng,
    n,
    sfreq,
    white_uv,
    mains_hz,
    mains_uv,
    drift_uv,
    bursts_per_s,
    t_total,
    extra=None,
    spont=None,
):
    """White noise, hum, drift and small twitches; ``extra`` (a generator) adds the
    hum's 4th and 5th harmonics and a slow modulation of its amplitude (as a moving
    cable or a nearby device makes it), drawn apart from ``rng``'s stream. The
    twitches are also added to ``spont`` (an array like the result), if given."""
    t = np.arange(n) / sfreq
    x = rng.standard_normal(n) * white_uv
    ph = rng.uniform(0, 2 * np.pi, 3)
    hum = (
        np.sin(2 * np.pi * mains_hz * t + ph[0])
        + 0.3 * np.sin(2 * np.pi * 2 * mains_hz * t + ph[1])
        + 0.15 * np.sin(2 * np.pi * 3 * mains_hz * t + ph[2])
    )
    if extra is not None and mains_uv:
        ph2 = extra.uniform(0, 2 * np.pi, 3)
        hum += 0.05 * np.sin(2 * np.pi * 4 * mains_hz * t + ph2[0])
        hum += 0.08 * np.sin(2 * np.pi * 5 * mains_hz * t + ph2[1])
        depth, f_mod = float(extra.uniform(0.2, 0.5)), float(extra.uniform(0.02, 0.2))
        hum *= 1.0 + depth * np.sin(2 * np.pi * f_mod * t + ph2[2])
    x += mains_uv * hum
    for _ in range(3):
        f = rng.uniform(0.03, 0.5)
        x += drift_uv / 3 * np.sin(2 * np.pi * f * t + rng.uniform(0, 2 * np.pi))
    n_bursts = rng.poisson(bursts_per_s * t_total)
    if n_bursts:
        sos = signal.butter(2, [50, 400], btype="band", fs=sfreq, output="sos")
        for _ in range(n_bursts):
            dur = int(rng.uniform(0.05, 0.3) * sfreq)
            start = int(rng.integers(0, max(n - dur, 1)))
            b = signal.sosfilt(sos, rng.standard_normal(dur)) * rng.uniform(20, 80) * 3
            b *= np.hanning(dur)
            x[start : start + dur] += b[: n - start]
            if spont is not None:
                spont[start : start + dur] += b[: n - start]
    return x


def _stim_artifact(
    sfreq: float, amp_uv: float, tail: float = 0.35, tau_ms: float = 0.3
) -> tuple[int, np.ndarray]:
    """A stimulus artifact: a 0.2 ms spike and an opposite exponential tail of
    ``tail`` times its height decaying with ``tau_ms`` (real amplifiers: 30-45% and
    0.4-0.8 ms, into the noise by 3-5 ms)."""
    n = int((3.0 if tau_ms <= 0.3 else 12 * tau_ms) * 1e-3 * sfreq)
    t = np.arange(n) / sfreq * 1000.0
    y = np.where(t < 0.2, amp_uv, -tail * amp_uv * np.exp(-(t - 0.2) / tau_ms))
    return 0, y


def _add_m_copy_crosstalk(
    xg: np.random.Generator,
    pending: list[tuple[int, str, str, np.ndarray, float]],
    m_params: dict[tuple[str, str], tuple],
    chans: list[np.ndarray],
    sfreq: float,
    truth: dict,
) -> None:
    """Add ``crosstalk_model="m_copy"`` cross-talk: for each (channel index, site,
    label, stimulus samples, peak-to-peak) in ``pending``, a mix of the site's direct
    M-responses (``m_params``), sweep by sweep, delayed, low-passed and scaled."""
    t_ms = np.arange(int(0.045 * sfreq)) / sfreq * 1000.0
    for idx, site, label, ss, c_pp in pending:
        src = [(m, p) for (s, m), p in m_params.items() if s == site]
        delay = float(xg.uniform(0.0, 0.3))
        fc = float(xg.uniform(800.0, 2000.0))
        mix = xg.uniform(0.3, 1.0, len(src)) * xg.choice([-1.0, 1.0], len(src))
        wave = np.zeros((ss.size, t_ms.size))
        for k, (_, (onset, ph, jit, amps)) in enumerate(src):
            wave += (
                mix[k]
                * _eval_phases(t_ms[None, :], ph, onset + delay + jit[:, None])
                * amps[:, None]
            )
        b, a = signal.butter(1, fc, fs=sfreq)
        wave = signal.lfilter(b, a, wave, axis=1)
        mean = wave.mean(axis=0)
        wave *= c_pp / max(float(mean.max() - mean.min()), 1e-12)
        if chans[idx].any():  # a flat channel stays flat
            _add_at(chans[idx], ss, wave, 0)
        on = min(p[0] for _, p in src) + delay
        end = max(p[0] + p[1][-1][0] + p[1][-1][1] for _, p in src) + delay
        truth["crosstalk"].append(
            {
                "stim_site": site,
                "channel": label,
                "onset_latency_ms": round(on, 3),
                "end_ms": round(end, 3),
                "peak_to_peak_uv": round(c_pp, 2),
                "model": "m_copy",
                "sources": [m for m, _ in src],
            }
        )


def _spasm_bursts(rng, n: int, sfreq: float, duration_s: float, rate_per_s: float):
    """Start sample and length of spontaneous spasm bursts (0.1-0.8 s, random times)."""
    out = []
    for _ in range(int(rng.poisson(rate_per_s * duration_s))):
        length = int(rng.uniform(0.1, 0.8) * sfreq)
        start = int(rng.integers(0, max(n - length, 1)))
        out.append((start, length))
    return sorted(out)


def _burst_wave(rng, length: int, sfreq: float, rms_uv: float) -> np.ndarray:
    """One muscle's EMG in a spasm burst: 20-450 Hz noise at ``rms_uv`` RMS, with a
    smooth rise and fall."""
    sos = signal.butter(2, [20.0, 450.0], btype="band", fs=sfreq, output="sos")
    b = signal.sosfilt(sos, rng.standard_normal(length + int(0.05 * sfreq)))[-length:]
    b *= signal.windows.tukey(length, 0.3)
    return b * rms_uv / max(float(np.sqrt(np.mean(b**2))), 1e-12)


def _sweeps_hit(spont: np.ndarray, ss: np.ndarray, w0: int, w1: int, white_uv: float) -> int:
    """Sweeps (stimuli at samples ``ss``) whose response window (samples ``w0`` to
    ``w1`` after the stimulus) holds spontaneous EMG of RMS at least ``white_uv``."""
    idx = ss[:, None] + np.arange(w0, w1)[None, :]
    idx = np.clip(idx, 0, spont.size - 1)
    rms = np.sqrt(np.mean(spont[idx] ** 2, axis=1))
    return int((rms >= max(white_uv, 1e-9)).sum())


def lsr_alert_tolerance_sweeps(slope_per_sweep: float | None) -> int:
    """Sweeps after the truth's time within which an LSR alert is on time.

    Two for a complete loss (``slope_per_sweep`` None): a monitor that confirms a
    loss over sweeps (the median of 3, a cumulative sum) can alert on its second
    sweep at the earliest, and one sweep more is the margin. In a decline of
    ``slope_per_sweep`` (fraction of baseline per sweep), as many sweeps more as the
    level falls in 2 SD of what a median of the last 3 sweeps can tell of it near
    the 20% threshold: each sweep's LSR varies by ``LSR_AMPLITUDE_CV`` (an SD of
    0.2 x 20% = 0.04 of baseline there, which no measurement removes), a median of 3
    has about 1.25 / sqrt(3) of one sweep's SD (0.029), so 2 SD is 0.058: 3 sweeps
    more at the simulated 2.1% per sweep, 5 in all.
    """
    if not slope_per_sweep:
        return 2
    sd = LSR_GONE_RATIO * LSR_AMPLITUDE_CV * 1.25 / np.sqrt(3)
    return 2 + int(np.ceil(2 * sd / slope_per_sweep - 1e-9))


def baep_alert_bounds_s(
    kind: str,
    rate_hz: float,
    window_sweeps: int = BAEP_WINDOW_SWEEPS,
    step_sweeps: int = BAEP_STEP_SWEEPS,
) -> tuple[float, float]:
    """How early and how late (s) an alert of a BAEP rolling average is on time.

    Late: a change at the truth's time T is wholly inside a window of
    ``window_sweeps`` clicks once the window has filled after it, at T + W (W in
    seconds at ``rate_hz``); averages are recomputed every ``step_sweeps`` clicks, so
    the first one wholly after the change comes up to one step later, and an alert
    confirmed by C averages in a row (``BAEP_CONFIRM_AVERAGES``) comes C - 1 steps
    after that: at most W + C steps late. Early: a window that straddles a latency
    change holds wave V smeared over the latencies it moved through, which reads its
    amplitude low, so an amplitude warning can come while the instantaneous
    amplitude is still over 50% (tuning stories: 0.7-2.0 s early in gradual
    changes); the smear is of sweeps at most one window old: at most W early.
    Returns ``(early_s, late_s)``; an alert later than that is late by the method's
    own design (a truly missed alert is later still).
    """
    c = BAEP_CONFIRM_AVERAGES[kind]
    return window_sweeps / rate_hz, (window_sweeps + c * step_sweeps) / rate_hz


def _twitched(
    spont: np.ndarray, ss: np.ndarray, a0: int, b0: int, white_uv: float, burst_hit: np.ndarray
) -> int:
    """Sweeps (stimuli at samples ``ss``) that no spasm burst reaches (``burst_hit``)
    but a twitch does: spontaneous EMG over the whole sweep (samples ``a0`` to ``b0``
    around the stimulus) with an RMS of at least the white noise's."""
    idx = np.clip(ss[:, None] + np.arange(a0, b0)[None, :], 0, spont.size - 1)
    rms = np.sqrt(np.mean(spont[idx] ** 2, axis=1))
    return int(((rms >= max(white_uv, 1e-9)) & ~burst_hit).sum())


def _decidable(
    fault: str | None, n_sweeps: int, white_uv: float, sfreq: float, twitched: int = 0
) -> dict:
    """Whether the data can decide a pair: ``decidable`` True, False (with
    ``undecidable_because``) or None (in between: either answer is fair).

    Not decidable: an unusable channel, fewer than :data:`MIN_DECIDABLE_SWEEPS`
    sweeps, or noise left in the average (white noise within 30-3000 Hz over the
    square root of the sweeps) so high that a :data:`SMALLEST_LSR_UV` LSR's peak
    (half its peak-to-peak) is under 3 times it. Decidable when that peak is at
    least 8 times it. ``n_sweeps`` counts the sweeps no spasm burst reaches; of
    those, ``twitched`` carry a twitch at or over the noise. A sweep with a twitch
    may be left out or kept (that depends on its size against the sweep's noise,
    before and after the stimulus), so where the sweeps without one are too few
    while the burst-free ones are enough, either answer is fair (None, with
    ``grey_because``; round 7: sealed5 seed 5463 had 10 burst-free sweeps, one with
    a 17 uV RMS twitch before the stimulus, left out).
    """
    if fault is not None:
        return {"decidable": False, "undecidable_because": f"unusable channel ({fault})"}
    if n_sweeps < MIN_DECIDABLE_SWEEPS:
        return {"decidable": False, "undecidable_because": f"{n_sweeps} sweeps"}
    band = white_uv * np.sqrt((min(3000.0, sfreq / 2) - 30.0) / (sfreq / 2))
    sd_avg = band / np.sqrt(n_sweeps)
    peak = SMALLEST_LSR_UV / 2
    if peak < 3 * sd_avg:
        return {"decidable": False, "undecidable_because": "noise"}
    if peak >= 8 * sd_avg and n_sweeps - twitched < MIN_DECIDABLE_SWEEPS:
        return {
            "decidable": None,
            "grey_because": f"{n_sweeps - twitched} sweeps without a twitch, {twitched} with",
        }
    return {"decidable": True if peak >= 8 * sd_avg else None}


def _baep_template(t_ms: np.ndarray, lat: dict, amp: dict) -> np.ndarray:
    y = np.zeros_like(t_ms)
    for name, sd in (("I", 0.22), ("II", 0.22), ("III", 0.25), ("IV", 0.25), ("V", 0.3)):
        if amp.get(name, 0) != 0:
            y += amp[name] * np.exp(-0.5 * ((t_ms - lat[name]) / sd) ** 2)
    # The slow negativity after wave V (SN10) and smaller troughs after I and III.
    y -= 0.8 * amp["V"] * np.exp(-0.5 * ((t_ms - lat["V"] - 1.1) / 0.5) ** 2)
    y -= 0.5 * amp["I"] * np.exp(-0.5 * ((t_ms - lat["I"] - 0.6) / 0.25) ** 2)
    y -= 0.5 * amp["III"] * np.exp(-0.5 * ((t_ms - lat["III"] - 0.6) / 0.25) ** 2)
    return y


def _wave_truth(lat: dict, amp: dict) -> dict:
    """Latency and peak-to-following-trough amplitude of I, III, V on the clean template."""
    t = np.arange(0, 12, 0.005)
    y = _baep_template(t, lat, amp)
    out = {}
    for name in ("I", "III", "V"):
        i = int(np.argmin(np.abs(t - lat[name])))
        j = slice(i - 40, i + 40)
        k = int(np.argmax(y[j])) + i - 40
        trough = y[k : k + 320].min()
        out[name] = {
            "latency_ms": round(float(t[k]), 3),
            "amplitude_uv": round(float(y[k] - trough), 4),
        }
    return out


# ------------------------------------------------------------------------ public API


def simulate_recording(
    kind: str = "diagnostic",
    *,
    duration_s: float | None = None,
    sfreq: float = 20000.0,
    story: str | None = None,
    lsr_present: bool = True,
    baep_response: bool = True,
    lsr_amplitude_uv: float | None = None,
    lsr_latency_ms: float | None = None,
    noise_uv: float | None = None,
    mains_hz: float = 50.0,
    muscles: tuple[str, ...] | None = None,
    labels: str = "cut",
    stimuli: str = "annotations",
    stim_rate_hz: float | None = None,
    click_rate_hz: float | None = None,
    rng: int | np.random.Generator | None = None,
    sites: tuple[str, ...] | None = None,
    stim_jitter: float | None = None,
    spasms: bool | None = None,
    spasm_rate_per_s: float = 0.08,
    crosstalk: bool | None = None,
    crosstalk_model: str = "independent",
    artifact_tail: bool | None = None,
    mains_modulation: bool | None = None,
    n_clicks: int | None = None,
    side: str = "left",
    extra_channels: tuple[str, ...] = (),
    faults: dict[str, str] | None = None,
    trigger_unit: str = "",
    trigger_label: str = "Trigger",
    trigger_polarity: int = 1,
    trigger_rise_samples: int = 0,
    trigger_ttl: float | None = None,
) -> SimulatedRecording:
    """Simulate a recording with ground truth.

    Parameters
    ----------
    kind : {"diagnostic", "intraop-lsr", "intraop-baep", "diagnostic-baep"}
        ``diagnostic``: zygomatic and marginal-mandibular stimulation alternating at
        ~1 Hz, three facial muscles. ``intraop-lsr``: zygomatic stimulation at 2 Hz
        with an LSR story. ``intraop-baep``: clicks at 43.9 Hz with a BAEP story.
        ``diagnostic-baep``: 700-1000 clicks at 11.1 Hz, no story.
    duration_s : float, optional
        Default 40 s (diagnostic), 90 s (intraop-lsr), 180 s (intraop-baep).
        Intraoperative stories need at least 60 s (30 s baseline first).
    sfreq : float
        Sampling rate (Hz).
    story : str, optional
        intraop-lsr: ``abrupt`` (default), ``gradual``, ``transient``, or
        ``stim_failure`` (LSR and direct M-response vanish together: the stimulation,
        not the decompression);
        intraop-baep: ``retraction`` (default), ``loss`` (wave V lost half-way, for
        good) or ``late_loss`` (lost for good 40 s before the end).
    lsr_present : bool
        Whether the patient has an LSR (diagnostic kind).
    baep_response : bool
        ``diagnostic-baep`` only: False for an ear with no response at all (profound
        hearing loss): the same noise, clicks and draws, no waves (truth ``present``
        false). True absences to check that "absent" is still said where it can be.
    lsr_amplitude_uv, lsr_latency_ms : float, optional
        LSR peak-to-peak and onset; drawn from realistic ranges when omitted.
    noise_uv : float, optional
        White-noise RMS on every channel (uV); drawn when omitted.
    mains_hz : float
        50 or 60 (0 for no hum).
    muscles : tuple of str, optional
        Muscles recorded (keys such as ``"mentalis"``); default depends on kind.
    labels : {"cut", "alias"}
        ``cut``: full names cut to 16 characters ("Orbicularis Ocul");
        ``alias``: abbreviations ("OOc", "OOr", "Ment").
    stimuli : {"annotations", "trigger"}
        Mark stimuli as EDF+ annotations or as pulses on a "Trigger" channel.
    stim_rate_hz, click_rate_hz : float, optional
        Facial-nerve stimulation and click rates.
    rng : int or numpy.random.Generator, optional
    sites : tuple of str, optional
        Branches stimulated alternately (two or three; diagnostic default zygomatic
        and marginal mandibular). Each (site, muscle) pair has its own LSR.
    stim_jitter : float, optional
        Stimulus intervals vary by up to this fraction of the period (default 0.15
        diagnostic, 0 intraoperative, where a stimulator paces them).
    spasms : bool, optional
        Spontaneous spasm bursts on all muscles (default: on in ``diagnostic``).
    spasm_rate_per_s : float
        Mean number of spasm bursts per second.
    crosstalk : bool, optional
        Volume-conducted M-response cross-talk into the muscles the stimulated branch
        does not serve (default: on in ``diagnostic`` and ``intraop-lsr``).
    crosstalk_model : {"independent", "m_copy"}
        ``independent`` (the default, as before): a small two-phase wave of its own
        shape at 3.9-5.7 ms. ``m_copy``: what volume conduction carries, the stimulated
        branch's own M-response sweep by sweep (each sweep's amplitude and jitter),
        mixed from the muscles that branch serves, delayed 0-0.3 ms, smoothed by a
        first-order low-pass at 800-2000 Hz and scaled to 20-80 uV peak-to-peak. Its
        draws come from a stream of their own: every other draw of a seed is unchanged.
    artifact_tail : bool, optional
        Realistic stimulus-artifact tails (30-45% of the pulse, tau 0.4-0.8 ms);
        False keeps a short one (35%, tau 0.3 ms). Default as ``crosstalk``.
    mains_modulation : bool, optional
        Hum with 4th and 5th harmonics and a slowly modulated amplitude (default: on
        in ``diagnostic`` and ``intraop-lsr``).
    n_clicks : int, optional
        ``diagnostic-baep``: clicks (default drawn from 700-1000).
    side : {"left", "right"}
        Side written in ``labels="styled"`` labels.
    extra_channels : tuple of str
        Labels of extra channels that are no muscle (e.g. "ECG"), holding noise.
    faults : dict, optional
        Muscle key -> fault of :data:`FAULTS` for that muscle's channel.
    trigger_unit, trigger_label, trigger_polarity, trigger_rise_samples, trigger_ttl
        ``stimuli="trigger"``: the channel's physical unit (``""``, ``"mV"``, ``"V"``,
        ``"uV"``), label, polarity (``-1``: pulses go down from the rest level), the
        number of samples of each rising and falling edge, and a single TTL level
        (e.g. 5.0) for every pulse instead of the default codes.

    Returns
    -------
    SimulatedRecording
    """
    if kind not in KINDS:
        raise InputError(f"unknown recording kind '{kind}'; expected one of {', '.join(KINDS)}")
    if crosstalk_model not in CROSSTALK_MODELS:
        raise InputError(
            f"unknown cross-talk model '{crosstalk_model}'; expected {', '.join(CROSSTALK_MODELS)}"
        )
    g = _rng(rng)
    seed_note = rng if isinstance(rng, int) else None
    if duration_s is None and kind != "diagnostic-baep":
        duration_s = {"diagnostic": 40.0, "intraop-lsr": 90.0, "intraop-baep": 180.0}[kind]
    if kind in ("intraop-lsr", "intraop-baep") and duration_s < 60:
        raise InputError(f"an intraoperative story needs at least 60 s, got {duration_s:g} s")
    if kind == "intraop-lsr":
        story = story or "abrupt"
        if story not in LSR_STORIES:
            raise InputError(f"unknown LSR story '{story}'; expected {', '.join(LSR_STORIES)}")
    elif kind == "intraop-baep":
        story = story or "retraction"
        if story not in BAEP_STORIES:
            raise InputError(f"unknown BAEP story '{story}'; expected {', '.join(BAEP_STORIES)}")
    else:
        story = None
    if kind == "intraop-baep" and story == "late_loss" and duration_s < BASELINE_S + 60:
        raise InputError("the late_loss story needs at least 90 s")
    if labels not in ("cut", "alias", "styled"):
        raise InputError("labels must be 'cut', 'alias' or 'styled'")
    if not baep_response and kind != "diagnostic-baep":
        raise InputError("a BAEP without a response is simulated in diagnostic-baep only")
    faults = dict(faults or {})
    for f in faults.values():
        if f not in FAULTS:
            raise InputError(f"unknown channel fault '{f}'; expected {', '.join(FAULTS)}")
    # New physiology draws from its own stream, so a seed's older draws stay as they were.
    h = g.spawn(1)[0]
    if kind == "diagnostic-baep":
        n_clicks = int(n_clicks or h.integers(700, 1001))
        rate = click_rate_hz or 11.1
        duration_s = float(duration_s if duration_s is not None else np.ceil(n_clicks / rate + 0.2))
    n = round(duration_s * sfreq)
    white = float(noise_uv) if noise_uv is not None else float(g.uniform(4, 10))
    style_pick: dict[str, str] = {}

    def label_of(m: str) -> str:
        if labels == "styled" and m in _STYLED:
            if m not in style_pick:
                style = _STYLED[m][int(h.integers(len(_STYLED[m])))]
                style_pick[m] = style.replace("{S}", "L" if side == "left" else "R")
            return style_pick[m]
        return (_ALIAS.get(m) or _FULL[m][:16]) if labels == "alias" else _FULL[m][:16]

    def on_grid(t: np.ndarray) -> np.ndarray:
        # Annotation onsets are stored to 100 us; keep stimuli on that grid and on samples.
        step = max(1e-4, 1.0 / sfreq)
        return np.round(np.round(t / 1e-4) * 1e-4 / step) * step

    chans: list[np.ndarray] = []
    ch_labels: list[str] = []
    ch_muscles: list[str | None] = []
    ann: list[tuple[float, str]] = []
    events: list[tuple[int, str]] = []
    truth: dict = {
        "schema": TRUTH_SCHEMA,
        "kind": kind,
        "story": story,
        "seed": seed_note,
        "sfreq": sfreq,
        "duration_s": duration_s,
        "mains_hz": mains_hz or None,
        "noise_uv": round(white, 3),
        "baseline_s": [0.0, BASELINE_S] if kind != "diagnostic" else None,
        "channels": [],
        "lsr": [],
        "m_response": [],
        "baep": [],
        "alerts": [],
    }

    if kind in ("diagnostic", "intraop-lsr"):
        if muscles is None:
            muscles = ("orbicularis_oculi", "orbicularis_oris", "mentalis")
        rate = stim_rate_hz or (1.0 if kind == "diagnostic" else 2.0)
        if sites is None:
            sites = ("zygomatic", "marginal_mandibular") if kind == "diagnostic" else ("zygomatic",)
        sites = tuple(sites)
        bad = [x for x in sites if x not in STIM_SITES]
        if bad or len(set(sites)) != len(sites):
            raise InputError(f"sites must be distinct branches of {', '.join(STIM_SITES)}")
        period = 1.0 / rate
        t_stim = np.arange(0.15, duration_s - 0.1, period)
        t_stim = t_stim + g.uniform(-0.02, 0.02, t_stim.size) * (kind == "diagnostic")
        jitter = (0.15 if kind == "diagnostic" else 0.0) if stim_jitter is None else stim_jitter
        if jitter:
            t_stim = t_stim + h.uniform(-jitter, jitter, t_stim.size) * period
            t_stim = t_stim[(t_stim > 0.06) & (t_stim < duration_s - 0.06)]
        t_stim = on_grid(t_stim)
        stim_sites = [sites[i % len(sites)] for i in range(t_stim.size)]
        sites = tuple(x for x in sites if x in stim_sites)  # a short file may miss one
        samples = np.round(t_stim * sfreq).astype(np.int64)
        for t, s, site in zip(t_stim, samples, stim_sites, strict=True):
            ann.append((float(t), f"Stim {site}"))
            events.append((int(s), site))
        # Amplitude factor of the LSR over time (intraoperative story).
        factor = np.ones(t_stim.size)
        alerts: list[dict] = []
        if kind == "intraop-lsr":
            d = duration_s
            if story in ("abrupt", "stim_failure"):
                t_off = BASELINE_S + 0.4 * (d - BASELINE_S)
                factor = np.where(t_stim >= t_off, 0.0, 1.0)
            elif story == "gradual":
                a, b = BASELINE_S + 0.2 * (d - BASELINE_S), BASELINE_S + 0.6 * (d - BASELINE_S)
                factor = np.clip((b - t_stim) / (b - a), 0.0, 1.0)
            else:
                t_off = BASELINE_S + 0.25 * (d - BASELINE_S)
                t_back = BASELINE_S + 0.5 * (d - BASELINE_S)
                t_end = t_back + 6.0
                factor = np.where(t_stim >= t_off, 0.0, 1.0)
                factor = np.where((t_stim >= t_back) & (t_stim < t_end), 0.7, factor)
            # How late an alert may come and still be on time (s): two sweeps (a
            # monitor that confirms over sweeps alerts on a complete loss's second
            # sweep at the earliest), and in a decline as many sweeps more as the
            # level falls in 2 SD of what a median of 3 sweeps can tell of it, the
            # sweeps' own amplitude variability (CV LSR_AMPLITUDE_CV) being
            # something no measurement removes (``lsr_alert_tolerance_sweeps``).
            slope = period / (b - a) if story == "gradual" else None
            tol_s = round(lsr_alert_tolerance_sweeps(slope) * period + 1e-9, 6)
            state = "present"
            for t, f in zip(t_stim, factor, strict=True):
                if state == "present" and f < LSR_GONE_RATIO:
                    alerts.append(
                        {
                            "time_s": round(float(t), 4),
                            "kind": "lsr_disappeared",
                            "tolerance_s": tol_s,
                        }
                    )
                    state = "gone"
                elif state == "gone" and f >= LSR_BACK_RATIO:
                    alerts.append(
                        {
                            "time_s": round(float(t), 4),
                            "kind": "lsr_reappeared",
                            "tolerance_s": tol_s,
                        }
                    )
                    state = "present"
        art_amp = {site: float(g.uniform(1500, 6000)) for site in sites}
        spasms = (kind == "diagnostic") if spasms is None else bool(spasms)
        # Stimulus-artifact tails, cross-talk and modulated hum occur in the operating
        # room as in the clinic (spontaneous spasms do not, under anaesthesia).
        crosstalk = True if crosstalk is None else bool(crosstalk)
        artifact_tail = True if artifact_tail is None else artifact_tail
        mains_modulation = True if mains_modulation is None else bool(mains_modulation)
        bursts = _spasm_bursts(h, n, sfreq, duration_s, spasm_rate_per_s) if spasms else []
        # Sweeps (-30 to +50 ms around a stimulus) a burst reaches, per site.
        a0, b0 = round(-0.03 * sfreq), round(0.05 * sfreq)
        hit = np.zeros(samples.size, bool)
        for start, length in bursts:
            hit |= (samples + b0 > start) & (samples + a0 < start + length)
        truth["spasm_bursts"] = [[round(st / sfreq, 4), round(ln / sfreq, 4)] for st, ln in bursts]
        truth["sweeps_hit_by_spasms"] = {
            site: int(sum(hh for hh, st in zip(hit, stim_sites, strict=True) if st == site))
            for site in sites
        }
        truth["sweeps_per_site"] = {site: stim_sites.count(site) for site in sites}
        truth["sites"] = list(sites)
        truth["crosstalk"] = []
        # m_copy: each site's M-responses (per muscle: onset, phases, per-sweep jitter
        # and amplitudes) and the cross-talk to add once every muscle has been drawn.
        m_params: dict[tuple[str, str], tuple] = {}
        pending: list[tuple[int, str, str, np.ndarray, float]] = []
        tail = {site: (float(h.uniform(0.30, 0.45)), float(h.uniform(0.4, 0.8))) for site in sites}
        hw0, hw1 = (round(v * sfreq / 1000.0) for v in HIT_WINDOW_MS)
        for m in muscles:
            # The muscle's spontaneous EMG (spasm bursts and twitches), for the hits.
            spont = np.zeros(n)
            x = _noise(
                g,
                n,
                sfreq,
                white,
                mains_hz,
                float(g.uniform(10, 40)) if mains_hz else 0.0,
                float(g.uniform(20, 80)),
                0.05,
                duration_s,
                extra=h if mains_modulation else None,
                spont=spont,
            )
            for start, length in bursts:
                rms = float(h.uniform(60, 400))
                bw = _burst_wave(h, length, sfreq, rms)[: n - start]
                x[start : start + length] += bw
                spont[start : start + length] += bw
            if faults.get(m) == "flat":
                x[:] = 0.0
            for site in sites:
                sel = np.array([s == site for s in stim_sites])
                ss = samples[sel]
                art_k = float(g.uniform(0.5, 1.5))
                if artifact_tail:
                    _, art = _stim_artifact(sfreq, art_amp[site] * art_k, *tail[site])
                else:
                    _, art = _stim_artifact(sfreq, art_amp[site] * art_k)
                if faults.get(m) != "flat":
                    _add_at(x, ss, np.tile(art, (ss.size, 1)), 0)
                direct = site in MUSCLE_BRANCHES.get(m, ())
                t_ms = np.arange(int(0.045 * sfreq)) / sfreq * 1000.0
                if crosstalk and not direct and faults.get(m) != "flat":
                    # The M-responses of the muscles this branch serves, conducted
                    # through the tissue: small, smooth, as early as they are.
                    c_on = float(h.uniform(3.9, 5.7))
                    c_ph = _phases(h, 2, float(h.uniform(0.8, 1.2)))
                    c_ph = [(a, min(d, 1.2), v) for a, d, v in c_ph]
                    c_ph = [(0.0, c_ph[0][1], c_ph[0][2]), (c_ph[0][1], c_ph[1][1], c_ph[1][2])]
                    c_pp = float(h.uniform(20, 80))
                    c_scale = c_pp / _p2p(c_ph)
                    c_amp = c_scale * h.lognormal(0, 0.08, ss.size)
                    c_jit = h.normal(0, 0.05, ss.size)
                    if crosstalk_model == "m_copy" and any(
                        site in MUSCLE_BRANCHES.get(o, ()) for o in muscles
                    ):
                        # Made from the direct M-responses (some drawn later).
                        pending.append((len(chans), site, label_of(m), ss, c_pp))
                    else:
                        cw = _eval_phases(t_ms[None, :], c_ph, c_on + c_jit[:, None])
                        _add_at(x, ss, cw * c_amp[:, None], 0)
                        truth["crosstalk"].append(
                            {
                                "stim_site": site,
                                "channel": label_of(m),
                                "onset_latency_ms": round(c_on, 3),
                                "end_ms": round(c_on + c_ph[0][1] + c_ph[1][1], 3),
                                "peak_to_peak_uv": round(c_pp, 2),
                            }
                        )
                if direct:
                    onset = float(g.uniform(3.0, 4.5))
                    ph = _phases(g, 2, float(g.uniform(1.0, 1.6)))
                    pp = float(g.uniform(500, 3000))
                    scale = pp / _p2p(ph)
                    jit = g.normal(0, 0.05, ss.size)
                    amps = scale * g.lognormal(0, 0.08, ss.size)
                    if story == "stim_failure":  # the stimulus no longer reaches the nerve
                        amps = amps * factor[sel]
                    w = _eval_phases(t_ms[None, :], ph, onset + jit[:, None]) * amps[:, None]
                    _add_at(x, ss, w, 0)
                    m_params[(site, m)] = (onset, ph, jit, amps)
                    truth["m_response"].append(
                        {
                            **_decidable(faults.get(m), int(ss.size), 0.0, sfreq),
                            "stim_site": site,
                            "channel": label_of(m),
                            "muscle": m,
                            "present": True,
                            "onset_latency_ms": round(onset, 3),
                            "peak_to_peak_uv": round(pp, 2),
                        }
                    )
                else:
                    present = bool(lsr_present)
                    onset = float(
                        lsr_latency_ms if lsr_latency_ms is not None else g.normal(9.5, 0.7)
                    )
                    onset = float(np.clip(onset, 8.0, 11.0))
                    pp = float(
                        lsr_amplitude_uv
                        if lsr_amplitude_uv is not None
                        else np.exp(g.uniform(np.log(40), np.log(400)))
                    )
                    n_ph = int(g.integers(2, 6))
                    ph = _phases(g, n_ph, float(g.uniform(0.9, 1.5)))
                    if present:
                        scale = pp / _p2p(ph)
                        jit = np.clip(g.normal(0, LSR_JITTER_MS, ss.size), -0.25, 0.25)
                        amps = scale * g.lognormal(0, LSR_AMPLITUDE_CV, ss.size) * factor[sel]
                        w = _eval_phases(t_ms[None, :], ph, onset + jit[:, None]) * amps[:, None]
                        # A variable afterdischarge in about half of the sweeps.
                        late = g.uniform(18, 30, ss.size)
                        has = g.random(ss.size) < 0.5
                        ad = _phases(g, 3, 1.2)
                        w += (
                            _eval_phases(t_ms[None, :], ad, late[:, None])
                            * (amps * 0.25 * has)[:, None]
                        )
                        _add_at(x, ss, w, 0)
                    truth["lsr"].append(
                        {
                            "stim_site": site,
                            "channel": label_of(m),
                            "muscle": m,
                            "present": present,
                            "onset_latency_ms": round(onset, 3) if present else None,
                            "peak_to_peak_uv": round(pp, 2) if present else None,
                            "n_phases": n_ph if present else None,
                            # The noise-free response: consecutive half-sine phases
                            # [start_ms from onset, duration_ms, signed amplitude_uv].
                            "phases": [
                                [round(s0, 4), round(d, 4), round(a * scale, 3)] for s0, d, a in ph
                            ]
                            if present
                            else None,
                            **_decidable(
                                faults.get(m),
                                int(ss.size - hit[sel].sum()),
                                white,
                                sfreq,
                                twitched=_twitched(spont, ss, a0, b0, white, hit[sel]),
                            ),
                            "sweeps_hit": _sweeps_hit(spont, ss, hw0, hw1, white),
                        }
                    )
                    if present and kind == "intraop-lsr":
                        for a in alerts:
                            truth["alerts"].append({**a, "stim_site": site, "channel": label_of(m)})
            chans.append(x)
            ch_labels.append(label_of(m))
            ch_muscles.append(m)
        if pending:
            _add_m_copy_crosstalk(g.spawn(1)[0], pending, m_params, chans, sfreq, truth)
        ends = {(c["stim_site"], c["channel"]): c["end_ms"] for c in truth["crosstalk"]}
        for t in truth["lsr"]:
            end = ends.get((t["stim_site"], t["channel"]))
            t["merged_with_crosstalk"] = bool(
                t["present"] and end is not None and t["onset_latency_ms"] - end < MERGED_GAP_MS
            )
        truth["stim_interval_s"] = period
        truth["alert_tolerance_s"] = round(2 * period + 1e-9, 6)

    else:  # intraop-baep, diagnostic-baep
        if kind == "diagnostic-baep":
            period = 1.0 / rate
            t_click = on_grid(0.05 + np.arange(n_clicks) * period)
            t_click = t_click[t_click < duration_s - 0.02]
        else:
            rate = click_rate_hz or 43.9
            period = 1.0 / rate
            t_click = on_grid(np.arange(0.05, duration_s - 0.02, period))
        samples = np.round(t_click * sfreq).astype(np.int64)
        for t, s in zip(t_click, samples, strict=True):
            ann.append((float(t), "Click"))
            events.append((int(s), "click"))
        base_lat = {
            "I": float(g.normal(1.7, 0.08)),
            "II": 2.8,
            "III": float(g.normal(3.8, 0.1)),
            "IV": 5.0,
            "V": float(g.normal(5.7, 0.12)),
        }
        base_amp = {
            "I": float(g.uniform(0.2, 0.35)),
            "II": 0.08,
            "III": float(g.uniform(0.25, 0.4)),
            "IV": 0.12,
            "V": float(g.uniform(0.35, 0.5)),
        }
        d = duration_s
        # Wave V latency shift (ms) and amplitude factor over time.
        if kind == "diagnostic-baep":
            keys = [(0, 0.0, 1.0), (d, 0.0, 1.0)]
        elif story == "retraction":
            keys = [
                (0, 0.0, 1.0),
                (BASELINE_S + 0.15 * (d - BASELINE_S), 0.0, 1.0),
                (BASELINE_S + 0.35 * (d - BASELINE_S), 1.4, 0.4),
                (BASELINE_S + 0.55 * (d - BASELINE_S), 1.4, 0.4),
                (BASELINE_S + 0.7 * (d - BASELINE_S), 0.15, 0.95),
                (d, 0.15, 0.95),
            ]
        else:
            t_loss = BASELINE_S + 0.5 * (d - BASELINE_S) if story == "loss" else d - 40.0
            keys = [
                (0, 0.0, 1.0),
                (BASELINE_S + 0.15 * (d - BASELINE_S), 0.0, 1.0),
                (BASELINE_S + 0.35 * (d - BASELINE_S), 1.2, 0.45),
                (t_loss - 1e-6, 1.2, 0.45),
                (t_loss, 1.2, 0.0),
                (d, 1.2, 0.0),
            ]
        kt = np.array([k[0] for k in keys])
        shift = np.interp(t_click, kt, [k[1] for k in keys])
        gain = np.interp(t_click, kt, [k[2] for k in keys])
        state = "ok"
        alerts = []
        for t, dl, ga in zip(t_click, shift, gain, strict=True):
            if state != "lost" and ga <= 0.0:
                alerts.append({"time_s": round(float(t), 4), "kind": "baep_wave_v_loss"})
                state = "lost"
            elif state == "ok" and (dl >= BAEP_WARN_LATENCY_MS or ga <= BAEP_WARN_AMPLITUDE):
                alerts.append({"time_s": round(float(t), 4), "kind": "baep_warning"})
                state = "warning"
            elif (
                state in ("warning", "lost")
                and dl < BAEP_RECOVER_LATENCY_MS
                and ga > BAEP_RECOVER_AMPLITUDE
            ):
                alerts.append({"time_s": round(float(t), 4), "kind": "baep_recovered"})
                state = "ok"
        label = "BAEP Cz-A1"
        t_ms = np.arange(int(0.012 * sfreq)) / sfreq * 1000.0
        # Vary the response in blocks of clicks (same story value within a block).
        # White noise with the same density whatever the sampling rate (an amplifier's
        # noise is band-limited, not per sample).
        x = _noise(
            g,
            n,
            sfreq,
            white * 0.35 * np.sqrt(sfreq / 20000.0),
            mains_hz,
            float(g.uniform(2, 6)) if mains_hz else 0.0,
            10.0,
            0.0,
            duration_s,
        )
        # EEG-like background: low-pass filtered noise.
        eeg = signal.sosfilt(signal.butter(2, 30, fs=sfreq, output="sos"), g.standard_normal(n))
        eeg *= white / max(float(eeg.std()), 1e-12)
        x += eeg
        if kind == "diagnostic-baep":
            # An awake patient: a larger EEG and bursts of scalp and jaw muscle activity
            # (swallowing, clenching) of 20-80 uV RMS lasting 0.2-1.5 s, 10-20 a minute.
            x += eeg * float(h.uniform(0.5, 1.5))
            mb = []
            for _ in range(int(h.poisson(h.uniform(10, 20) / 60.0 * duration_s))):
                ln = int(h.uniform(0.2, 1.5) * sfreq)
                st = int(h.integers(0, max(n - ln, 1)))
                x[st : st + ln] += _burst_wave(h, ln, sfreq, float(h.uniform(20, 80)))[: n - st]
                mb.append([round(st / sfreq, 4), round(ln / sfreq, 4)])
            truth["muscle_bursts"] = mb
        block = 50
        for b0 in range(0, samples.size, block):
            sl = slice(b0, min(b0 + block, samples.size))
            ds, ga = float(shift[sl].mean()), float(gain[sl].mean())
            lat = dict(
                base_lat,
                III=base_lat["III"] + 0.3 * ds,
                IV=base_lat["IV"] + 0.6 * ds,
                V=base_lat["V"] + ds,
            )
            amp = dict(
                base_amp,
                V=base_amp["V"] * ga,
                IV=base_amp["IV"] * ga,
                III=base_amp["III"] * (0.6 + 0.4 * ga),
            )
            tmpl = _baep_template(t_ms, lat, amp) if baep_response else np.zeros_like(t_ms)
            tmpl[: int(0.2e-3 * sfreq)] += 3.0  # a small click artifact
            ss = samples[sl]
            _add_at(x, ss, np.tile(tmpl, (ss.size, 1)), 0)
        chans.append(x)
        ch_labels.append(label)
        ch_muscles.append(None)
        if baep_response:
            waves = _wave_truth(base_lat, base_amp)
        else:
            waves = {k: {"latency_ms": None, "amplitude_uv": 0.0} for k in ("I", "III", "V")}
        truth["baep"].append({"channel": label, "present": bool(baep_response), "waves": waves})
        truth["alerts"] = [{**a, "channel": label} for a in alerts]
        if kind == "intraop-baep":
            for a in truth["alerts"]:
                early, late = baep_alert_bounds_s(a["kind"], rate)
                a["early_s"], a["tolerance_s"] = round(early, 4), round(late, 4)
        truth["click_rate_hz"] = rate
        truth["n_clicks"] = int(samples.size)
        if kind == "intraop-baep":
            truth["baep_window_sweeps"] = 1000
            truth["alert_tolerance_s"] = round(1000 / rate, 3)
        if story in ("loss", "late_loss"):
            truth["wave_v_lost_from_s"] = round(float(t_loss), 4)

    for extra in extra_channels:
        chans.append(h.standard_normal(n) * white)
        ch_labels.append(extra)
        ch_muscles.append(None)
    trig_label = None
    if stimuli == "trigger":
        trig = np.zeros(n)
        width = max(1, int(1e-3 * sfreq))
        rise = max(0, int(trigger_rise_samples))
        # Edge samples at 1/(rise+1) ... rise/(rise+1) of the level; the first at or
        # past half the level falls on the stimulus sample.
        fracs = (np.arange(rise) + 1) / (rise + 1)
        lead = int(np.argmax(fracs >= 0.5)) if rise else 0
        for s, k in events:
            level = float(trigger_ttl) if trigger_ttl is not None else _TRIGGER_CODES[k]
            trig[s : s + width] = level
            for j, f in enumerate(fracs):
                i0 = s - lead + j
                i1 = s + width + j
                if 0 <= i0 < n:
                    trig[i0] = level * f
                if 0 <= i1 < n:
                    trig[i1] = level * (1 - f)
        trig = trig * (1 if trigger_polarity >= 0 else -1)
        chans.append(trig)
        trig_label = trigger_label
        ch_labels.append(trigger_label)
        ch_muscles.append(None)
        ann = []
        truth["trigger"] = {
            "label": trigger_label,
            "unit": trigger_unit,
            "polarity": 1 if trigger_polarity >= 0 else -1,
            "rise_samples": rise,
            "ttl_level": trigger_ttl,
        }
    elif stimuli != "annotations":
        raise InputError("stimuli must be 'annotations' or 'trigger'")
    truth["stimuli"] = [[int(s), k] for s, k in events]
    fault_labels = {label_of(m): f for m, f in faults.items() if m in ch_muscles}
    truth["channels"] = [
        {"label": lb, "muscle": m, **({"fault": fault_labels[lb]} if lb in fault_labels else {})}
        for lb, m in zip(ch_labels, ch_muscles, strict=True)
        if lb != trig_label
    ]
    return SimulatedRecording(
        data_uv=np.vstack(chans),
        sfreq=float(sfreq),
        labels=tuple(ch_labels),
        annotations=tuple(ann),
        truth=truth,
        faults=tuple(fault_labels.items()),
        trigger_label=trig_label,
        trigger_unit=trigger_unit,
    )
