"""Post-hoc analysis of a whole recording: LSR, M-responses and BAEP.

``Recording -> Sweeps (per stimulus kind) -> cleaned -> ResponseMeasure / BAEPMeasure
-> NeuroAnalysis`` (JSON schema ``hfs.neuro.analysis/2``, see ``docs/neuro.md``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from hfs.neurophys.baep import BAEPMeasure, measure_baep
from hfs.neurophys.io import Recording
from hfs.neurophys.lsr import ResponseMeasure, keep_sweeps, measure_response, regress_crosstalk
from hfs.neurophys.montage import CLICK, is_direct
from hfs.neurophys.sweeps import (
    BAEP_BLANK_MS,
    BAEP_EPOCH_MS,
    BAEP_HUM_FIT_MS,
    BAEP_HUM_MIN_INTERVAL_MS,
    LSR_BLANK_MS,
    LSR_EPOCH_MS,
    Sweeps,
    clean_baep,
    clean_baep_hum,
    clean_lsr_all,
    detect_mains,
    epoch_samples,
    times_for,
)

SCHEMA = "hfs.neuro.analysis/2"

METHODS = (
    "Sweeps are cut around each stimulus annotation. The stimulus artifact is replaced "
    f"by a straight line (LSR {LSR_BLANK_MS[0]:g} to {LSR_BLANK_MS[1]:g} ms; "
    f"BAEP {BAEP_BLANK_MS[0]:g} to {BAEP_BLANK_MS[1]:g} ms), as MNE's "
    "fix_stim_artifact does in 'linear' mode; for LSR the artifact's exponential tail is "
    "fitted on the median of the sweeps over 2.5-3.8 ms and subtracted, and where a "
    "deflection runs on from the stimulus past 6 ms the window starts once the average "
    "is quiet. Where the stimulated branch's own muscle is recorded, its averaged M-response "
    "(with its first two derivatives, lags up to 0.6 ms) and the artifact tail are fitted "
    "together to the neighbouring channel's average over 2.5-7.5 ms and subtracted from "
    "every sweep when what the fit leaves there is noise (volume-conducted cross-talk). "
    "Sweeps with spontaneous EMG are left out and counted. Mains hum at the detected frequency and "
    "two harmonics is fitted by least squares outside the response window and "
    "subtracted. EMG is band-passed 30-3000 Hz, BAEP 100-3000 Hz (2nd-order "
    "Butterworth; the EMG high-pass runs forward only so that nothing leaks before an "
    "onset). A response is called present when the variance of the average in its "
    "window over the noise variance of the average (Fsp; Elberling and Don 1984) is "
    "at least 1.5 and beats that of all 199 averages with random balanced polarities "
    "(p < 0.01; EMG, LSR window 6-25 ms), or is at least 3.1 (BAEP). LSR onset is the first point of the average 4 SD "
    "away from its pre-stimulus mean, walked back to 1 SD; when the response is noise-limited, "
    "the phase that starts it is chosen by least-squares fits of consecutive half-waves "
    "from each candidate onset, each phase charged what fitting one takes out of the "
    "pre-stimulus noise, and that onset is refined by a fit of the response's whole first phase "
    "with a half-wave that ends where the average crosses zero into the next phase "
    "(the onset is the fits' likelihood-weighted mean), "
    "and its SD over bootstrap resamples of the sweeps is reported. An onset within "
    "0.3 ms of the window's start is not reported as an LSR (present null), nor, where "
    "the stimulated branch's own channel is unusable (no cross-talk regressed out), one "
    "under a quarter of the deflection that ran on "
    "from the stimulus before the window. 'Absent' is "
    "said only where a 100 uV peak-to-peak LSR added to the same sweeps would have been "
    "found; with fewer than 10 sweeps, or noise that would hide it, present is null. "
    "With clicks at least 54 ms apart, the mains harmonics that move less than 0.1 of a "
    "period from click to click (nearly phase-locked, so they survive averaging) are "
    "fitted between the clicks (-40 to 50 ms outside -2 to 14 ms, averaged over +/- 2 s "
    "in the mains' phase) and subtracted from the BAEP sweeps. "
    "BAEP sweeps are averaged weighted by the inverse of each sweep's variance. "
    "BAEP waves I, III, V are the "
    "largest vertex-positive peaks in 1.0-2.8, 2.9-4.9 and 4.9-9.0 ms, measured to the "
    "following trough, and counted when at least 4 times the residual noise of the "
    "average (+/- reference); a BAEP whose Fsp stays under 3.1 is still present when a "
    "wave V template test beats 999 sign-flipped averages (p < 0.002) and wave V counts; "
    "not found is said only where a 0.2 uV wave V would have been found. These numbers inform a clinician; they are not a diagnosis."
)


@dataclass(frozen=True)
class NeuroAnalysis:
    """Result of analysing a recording (schema ``hfs.neuro.analysis/2``)."""

    source: str
    sfreq: float
    duration_s: float
    mains_hz: float | None
    channels: tuple[dict, ...]
    lsr: tuple[ResponseMeasure, ...] = ()
    m_response: tuple[ResponseMeasure, ...] = ()
    baep: tuple[BAEPMeasure, ...] = ()
    ignored_channels: tuple[dict, ...] = ()
    mode: str = "analyze"
    alerts: tuple[dict, ...] = ()
    trend: tuple[dict, ...] = ()
    baseline_s: tuple[float, float] | None = None
    extra: dict = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    #: Averaged waveforms for plots (not in the JSON): key -> (times_ms, average_uv).
    curves: dict = field(default_factory=dict, compare=False, repr=False)

    def to_dict(self) -> dict:
        d = {
            "schema": SCHEMA,
            "mode": self.mode,
            "source": self.source,
            "sfreq": self.sfreq,
            "duration_s": round(self.duration_s, 4),
            "mains_hz": self.mains_hz,
            "channels": list(self.channels),
            "ignored_channels": [
                c if isinstance(c, dict) else {"label": str(c), "reason": "not used"}
                for c in self.ignored_channels
            ],
            "warnings": list(self.warnings),
            "lsr": [m.to_dict() for m in self.lsr],
            "m_response": [m.to_dict() for m in self.m_response],
            "baep": [b.to_dict() for b in self.baep],
            "methods": METHODS,
        }
        if self.mode == "monitor":
            d["baseline_s"] = list(self.baseline_s) if self.baseline_s else None
            d["alerts"] = list(self.alerts)
            d["trend"] = list(self.trend)
        d.update(self.extra)
        return d


def make_sweeps(
    rec: Recording, kind: str, labels: list[str], window_ms: tuple[float, float]
) -> Sweeps:
    """Cut the sweeps of one stimulus kind on the given channels."""
    sfreq = rec.sfreq
    samples = np.array([s.sample for s in rec.stimuli if s.kind == kind], dtype=np.int64)
    [(x, kept)] = rec.read_sweeps(
        [(samples, epoch_samples(sfreq, window_ms), list(labels), np.float64)]
    )
    return Sweeps(
        data=x,
        times_ms=times_for(sfreq, window_ms),
        sfreq=sfreq,
        channels=tuple(labels),
        onsets_s=samples[kept] / sfreq,
        kind=kind,
    )


def analyze_recording(
    rec: Recording,
    *,
    mains_hz: float | str | None = "auto",
    baep_method: str = "fsp",
    baep_sweeps: int | None = None,
    latency_offset_ms: float = 0.0,
    time_range_s: tuple[float, float] | None = None,
) -> NeuroAnalysis:
    """Analyse every stimulus kind of a recording.

    Parameters
    ----------
    rec : Recording
    mains_hz : {"auto", 50, 60, None}
        Mains frequency to remove; ``"auto"`` detects it.
    baep_method : {"fsp", "split_half"}
        How BAEP presence is decided.
    baep_sweeps : int, optional
        Average only the first N accepted clicks (default: all).
    latency_offset_ms : float
        Shift of the BAEP wave windows (insert earphones: 0.88 ms).
    time_range_s : (float, float), optional
        Use only stimuli in this interval (e.g. a baseline).
    """
    sfreq = rec.sfreq
    emg = [c for c in rec.emg_channels]
    baep_ch = [c for c in rec.baep_channels]
    # The signal stays in the file: the sweeps of every stimulus kind are read in one
    # pass, block by block (Recording.read_sweeps), so the continuous recording is
    # never in memory (a float64 copy of a 30-min 8-channel 20 kHz file is 2.3 GB).
    if mains_hz == "auto":
        labels = [c.label for c in rec.emg_channels] or [c.label for c in rec.channels]
        stop = min(int(10 * sfreq), rec.raw.n_times)
        mains = detect_mains(rec.raw.get_data(picks=labels[:4], start=0, stop=stop), sfreq)
        baep_mains = mains
        if mains is None and baep_ch:
            # An awake patient's muscle bursts can hide the hum from the mean spectrum;
            # the median of 1 s periodograms over up to a minute of the BAEP channels
            # is not swayed by them (the hum matters to slow clicks: clean_baep_hum).
            stop = min(int(60 * sfreq), rec.raw.n_times)
            data = rec.raw.get_data(picks=[c.label for c in baep_ch][:4], start=0, stop=stop)
            baep_mains = detect_mains(data, sfreq, max_s=60.0, average="median")
    else:
        mains = baep_mains = float(mains_hz) if mains_hz else None
    stimuli = rec.stimuli
    if time_range_s is not None:
        a, b = time_range_s
        stimuli = tuple(s for s in stimuli if a <= s.onset_s < b)

    lsr: list[ResponseMeasure] = []
    mresp: list[ResponseMeasure] = []
    baep: list[BAEPMeasure] = []
    curves: dict = {}
    kinds = []
    for s in stimuli:
        if s.kind not in kinds:
            kinds.append(s.kind)
    # What to read: BAEP sweeps in float64, EMG sweeps in float32 (what the EMG
    # clean-up works in), all kinds in one pass over the file.
    requests, todo = [], []
    baep_hum = False
    for kind in kinds:
        samples = np.array([s.sample for s in stimuli if s.kind == kind], dtype=np.int64)
        if kind == CLICK and baep_ch:
            window, labels, dtype = BAEP_EPOCH_MS, [c.label for c in baep_ch], np.float64
            # Slow clicks (diagnostic BAEP): the hum is fitted between the clicks and
            # removed (clean_baep_hum; its second harmonic at 50 Hz mains is almost
            # phase-locked to 11.1 Hz clicks). Faster clicks leave no room for the fit.
            gaps = np.diff(np.sort(samples))
            baep_hum = bool(
                baep_mains and gaps.size and gaps.min() >= BAEP_HUM_MIN_INTERVAL_MS * sfreq / 1000.0
            )
            if baep_hum:
                window = BAEP_HUM_FIT_MS
                click_s = samples / sfreq
        elif kind != CLICK and emg:
            window, labels, dtype = LSR_EPOCH_MS, [c.label for c in emg], np.float32
        else:
            continue
        requests.append((samples, epoch_samples(sfreq, window), labels, dtype))
        todo.append(kind)
    sweeps = dict(zip(todo, rec.read_sweeps(requests), strict=True))
    for kind in todo:
        x, kept = sweeps.pop(kind)
        if kind == CLICK:
            t = times_for(sfreq, BAEP_EPOCH_MS)
            for ci, c in enumerate(baep_ch):
                y = (
                    clean_baep_hum(x[:, ci, :], sfreq, baep_mains, click_s[kept])
                    if baep_hum
                    else clean_baep(x[:, ci, :], sfreq)
                )
                if baep_sweeps:
                    y = y[:baep_sweeps]
                baep.append(
                    measure_baep(
                        y,
                        t,
                        channel=c.label,
                        method=baep_method,
                        latency_offset_ms=latency_offset_ms,
                        weighted=True,
                        template_test=baep_method == "fsp",
                    )
                )
                curves[("baep", c.label)] = (t, y.mean(axis=0))
            continue
        t = times_for(sfreq, LSR_EPOCH_MS)
        # Channel by channel: one channel's sweeps are copied out, cleaned in blocks
        # and measured before the next channel reuses the same memory. The stimulated
        # branch's own muscles come first: their averages (the direct M-responses) are
        # regressed out of the other channels, where volume conduction carries them.
        order = sorted(range(len(emg)), key=lambda ci: not is_direct(kind, emg[ci].role))
        direct_avgs: list[np.ndarray] = []
        lost = [
            u.label
            for u in getattr(rec, "unusable", ())
            if not u.is_baep and is_direct(kind, u.role)
        ]
        note = (
            f"the stimulated branch's own channel {', '.join(lost)} is unusable, so the "
            "M-response cross-talk could not be regressed out"
            if lost
            else None
        )
        for ci in order:
            c = emg[ci]
            y = np.ascontiguousarray(x[:, ci, :])
            direct = is_direct(kind, c.role)
            removed = None
            if not direct:
                # Artifact tail and cross-talk fitted together; where that fit does
                # not hold (or no direct channel was recorded), the tail alone is
                # removed as before. Both are fitted on the sweeps free of
                # spontaneous EMG only (a spasm burst in one sweep of 20 moved the
                # tail's median fit enough to leave the tail in: round 5).
                raw = y.copy()
                clean_lsr_all(y, t, sfreq, mains, remove_tail=False)
                keep = keep_sweeps(y, t)
                fit = regress_crosstalk(y, t, direct_avgs, keep=keep) if direct_avgs else None
                if fit is None:
                    y = clean_lsr_all(raw, t, sfreq, mains, keep=keep)
                else:
                    y -= fit[0].astype(y.dtype)
                    removed = fit[1]
                del raw
            else:
                clean_lsr_all(y, t, sfreq, mains, remove_tail=False)
            if direct:
                keep = keep_sweeps(y, t)
                if keep.any():
                    direct_avgs.append(y[keep].mean(axis=0, dtype=np.float64))
            m = measure_response(
                y,
                t,
                stim_site=kind,
                channel=c.label,
                muscle=c.role,
                relation="direct" if direct else "lateral_spread",
                crosstalk_removed_uv=removed,
                crosstalk_note=None if direct or removed else note,
            )
            (mresp if direct else lsr).append(m)
            keep = (t >= -5) & (t <= 40)
            curves[(kind, c.label)] = (t[keep], y.mean(axis=0)[keep])
            del y
        del x
    warnings = list(getattr(rec, "warnings", ()))
    for c in getattr(rec, "unusable", ()):
        if c.is_baep:
            continue
        why = next((r["reason"] for r in rec.ignored_reasons if r["label"] == c.label), "unusable")
        for kind in kinds:
            if kind == CLICK:
                continue
            direct = is_direct(kind, c.role)
            (mresp if direct else lsr).append(
                ResponseMeasure(
                    stim_site=kind,
                    channel=c.label,
                    muscle=c.role,
                    relation="direct" if direct else "lateral_spread",
                    n_sweeps=0,
                    present=None,
                    fsp=float("nan"),
                    onset_latency_ms=None,
                    peak_to_peak_uv=None,
                    duration_ms=None,
                    n_phases=None,
                    amplitude_cv=None,
                    latency_sd_ms=None,
                    noise_uv=float("nan"),
                    reason=f"channel {why}",
                )
            )
    for b in baep:
        if b.present is None and b.reason:
            warnings.append(f"BAEP {b.channel}: cannot tell ({b.reason})")
    for m in lsr:
        if m.present is None:
            warnings.append(f"LSR {m.stim_site} -> {m.channel}: cannot tell ({m.reason})")
        if m.n_rejected:
            warnings.append(
                f"LSR {m.stim_site} -> {m.channel}: {m.n_rejected} sweeps with spontaneous "
                "EMG (spasm bursts) left out"
            )
    return NeuroAnalysis(
        source=rec.path,
        sfreq=sfreq,
        duration_s=rec.duration_s,
        mains_hz=mains,
        channels=tuple(c.to_dict() for c in rec.channels),
        lsr=tuple(lsr),
        m_response=tuple(mresp),
        baep=tuple(baep),
        ignored_channels=tuple(getattr(rec, "ignored_reasons", ()))
        or tuple({"label": lb, "reason": "not used"} for lb in rec.ignored),
        warnings=tuple(warnings),
        curves=curves,
    )
