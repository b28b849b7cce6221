"""Sweeps: windows of signal around stimuli, and their clean-up.

The same functions serve the post-hoc analysis (all sweeps at once, vectorised) and
the live monitor (one sweep at a time), so both compute exactly the same numbers.

Clean-up of a sweep, in order: stimulus-artifact blanking (linear interpolation, as
MNE's ``fix_stim_artifact(mode="linear")``), removal of mains hum at the detected
frequency and its harmonics (sinusoid regression fitted outside the response window:
a notch that works on windows shorter than a mains period), and a zero-phase
band-pass (Butterworth, designed with MNE's ``construct_iir_filter``; for EMG the
high-pass runs forward only so no response energy appears before its onset).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import signal

#: Epoch, blanking, band and windows for the lateral spread response (ms, Hz).
LSR_EPOCH_MS = (-30.0, 50.0)
LSR_BLANK_MS = (-0.2, 2.5)
LSR_BAND_HZ = (30.0, 3000.0)
LSR_NOISE_MS = (-28.0, -2.0)
LSR_WINDOW_MS = (6.0, 25.0)
#: Where a stimulus-artifact tail is fitted, after the blanking and before the
#: earliest volume-conducted M-response (3.9 ms; ms).
TAIL_FIT_MS = (2.5, 3.8)
#: Time constants tried for the tail (ms).
TAIL_TAUS_MS = tuple(float(v) for v in np.geomspace(0.15, 1.5, 30))
M_WINDOW_MS = (2.6, 15.0)

#: Epoch, blanking and band for BAEP (ms, Hz).
BAEP_EPOCH_MS = (-3.0, 15.0)
BAEP_BLANK_MS = (-0.1, 0.6)
BAEP_BAND_HZ = (100.0, 3000.0)
BAEP_WINDOW_MS = (1.0, 10.0)


@dataclass(frozen=True, eq=False)
class Sweeps:
    """Sweeps of one stimulus kind: an ``Epochs``-like container.

    Attributes
    ----------
    data : ndarray, shape (n_sweeps, n_channels, n_times)
        Signal in uV.
    times_ms : ndarray, shape (n_times,)
        Time of each sample relative to the stimulus.
    sfreq : float
        Sampling rate (Hz).
    channels : tuple of str
        Channel labels as stored.
    onsets_s : ndarray, shape (n_sweeps,)
        Stimulus times from the start of the recording.
    kind : str
        The stimulus kind (a branch or ``"click"``).
    """

    data: np.ndarray
    times_ms: np.ndarray
    sfreq: float
    channels: tuple[str, ...]
    onsets_s: np.ndarray
    kind: str

    @property
    def n_sweeps(self) -> int:
        return int(self.data.shape[0])


def epoch_samples(sfreq: float, window_ms: tuple[float, float]) -> tuple[int, int]:
    """First and one-past-last sample offsets of an epoch window."""
    return round(window_ms[0] * sfreq / 1000.0), round(window_ms[1] * sfreq / 1000.0)


def times_for(sfreq: float, window_ms: tuple[float, float]) -> np.ndarray:
    a, b = epoch_samples(sfreq, window_ms)
    return np.arange(a, b) * 1000.0 / sfreq


def cut(
    data_uv: np.ndarray,
    samples: np.ndarray,
    sfreq: float,
    window_ms: tuple[float, float],
    *,
    rows: list[int] | None = None,
    scale: float = 1.0,
) -> tuple[np.ndarray, np.ndarray]:
    """Cut windows around stimulus samples from continuous data.

    Only the samples inside the windows are read: no copy of the continuous signal.

    Parameters
    ----------
    data_uv : ndarray, shape (n_channels, n_times)
    samples : ndarray of int
        Stimulus sample indices.
    sfreq : float
    window_ms : (float, float)
    rows : list of int, optional
        Channels (rows) to take; default all.
    scale : float
        Factor applied to the cut sweeps (e.g. 1e6 for volts to microvolts).

    Returns
    -------
    sweeps : ndarray, shape (n_kept, n_channels, n_epoch)
    kept : ndarray of bool, shape (len(samples),)
        False for stimuli whose window falls off either end of the data.
    """
    a, b = epoch_samples(sfreq, window_ms)
    samples = np.asarray(samples, dtype=np.int64)
    kept = (samples + a >= 0) & (samples + b <= data_uv.shape[1])
    return _gather(data_uv, samples[kept], a, b, rows, scale, np.float64), kept


def _gather(data, starts, a, b, rows, scale, dtype) -> np.ndarray:
    # A loop of slices: a fancy-index gather would build an index array as large as
    # the output (hundreds of MB for a long recording).
    r = list(range(data.shape[0])) if rows is None else list(rows)
    contiguous = r == list(range(r[0], r[0] + len(r))) if r else True
    sel = slice(r[0], r[0] + len(r)) if contiguous and r else r
    out = np.empty((len(starts), len(r), b - a), dtype=dtype)
    for i, s in enumerate(starts):
        out[i] = data[sel, s + a : s + b]
    if scale != 1.0:
        out *= scale
    return out


def cut32(data, samples, sfreq, window_ms, *, rows=None, scale=1.0):
    """:func:`cut` returning float32 sweeps (what the EMG clean-up works in)."""
    a, b = epoch_samples(sfreq, window_ms)
    samples = np.asarray(samples, dtype=np.int64)
    kept = (samples + a >= 0) & (samples + b <= data.shape[1])
    return _gather(data, samples[kept], a, b, rows, scale, np.float32), kept


def blank_artifact(
    x: np.ndarray, times_ms: np.ndarray, blank_ms: tuple[float, float], sfreq: float | None = None
) -> np.ndarray:
    """Replace the stimulus-artifact interval by a straight line (in place, returned).

    Exactly ``mne.preprocessing.fix_stim_artifact(mode="linear")`` (tested against
    it): samples from ``ceil(tmin * sfreq)`` up to, not including, ``ceil(tmax * sfreq)``
    lie on the line between those two samples. Works on any array whose last axis is
    time, so thousands of sweeps are blanked in one step.
    """
    if sfreq is None:
        sfreq = 1000.0 / float(times_ms[1] - times_ms[0])
    t0 = round(float(times_ms[0]) * sfreq / 1000.0)
    i0 = int(np.ceil(blank_ms[0] * sfreq / 1000.0 - 1e-9)) - t0
    i1 = int(np.ceil(blank_ms[1] * sfreq / 1000.0 - 1e-9)) - t0
    if i0 < 0 or i1 >= x.shape[-1] or i1 <= i0:
        return x
    left = x[..., i0 : i0 + 1]
    right = x[..., i1 : i1 + 1]
    frac = np.arange(i1 - i0) / (i1 - i0)
    x[..., i0:i1] = left + (right - left) * frac
    return x


def detect_mains(
    data_uv: np.ndarray,
    sfreq: float,
    *,
    max_s: float = 10.0,
    max_channels: int = 4,
    average: str = "mean",
) -> float | None:
    """Detect mains hum: 50 Hz, 60 Hz, or ``None`` when neither stands out.

    Welch spectra of up to ``max_s`` seconds of up to ``max_channels`` channels
    (scale does not matter, volts or microvolts); the frequency whose
    line rises most above its neighbourhood (median of +/-8 Hz) wins if it is at
    least 4 times that neighbourhood. ``average="median"``: the median of the
    segments' periodograms (scipy's Welch), which intermittent muscle bursts do not
    sway (an awake patient's BAEP: bursts of 20-80 uV over 50-400 Hz hid 2-6 uV of
    hum from the mean spectrum).
    """
    n = min(data_uv.shape[-1], int(max_s * sfreq))
    if n < int(sfreq):
        return None
    x = data_uv[:max_channels, :n] if data_uv.ndim == 2 else data_uv[..., :n]
    nper = int(sfreq)  # 1 Hz resolution
    f, p = signal.welch(x, fs=sfreq, nperseg=nper, axis=-1, average=average)
    p = p.reshape(-1, p.shape[-1]).sum(axis=0)
    best, best_ratio = None, 4.0
    for hz in (50.0, 60.0):
        k = int(np.argmin(np.abs(f - hz)))
        line = p[k - 1 : k + 2].max()
        hood = np.r_[p[k - 8 : k - 2], p[k + 3 : k + 9]]
        ratio = line / max(float(np.median(hood)), 1e-30)
        if ratio > best_ratio:
            best, best_ratio = hz, ratio
    return best


@lru_cache(maxsize=32)
def _mains_projector(
    sfreq: float, n_times: int, t0: int, mains_hz: float, fit_key: tuple[int, ...]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    t = (np.arange(n_times) + t0) / sfreq
    cols = [np.ones(n_times), t - t.mean()]
    for h in (1, 2, 3):
        w = 2 * np.pi * mains_hz * h * t
        cols += [np.cos(w), np.sin(w)]
    design = np.stack(cols, axis=1)  # (n_t, k)
    fit = np.zeros(n_times, bool)
    for a, b in zip(fit_key[::2], fit_key[1::2], strict=True):
        fit[a:b] = True
    coef_map = np.linalg.pinv(design[fit])  # (k, n_fit)
    # The hum over the whole window is design[:, 2:] @ coef[2:].
    return design[:, 2:], coef_map[2:], fit


def remove_mains(
    x: np.ndarray,
    times_ms: np.ndarray,
    sfreq: float,
    mains_hz: float | None,
    keep_out_ms: tuple[float, float],
) -> np.ndarray:
    """Subtract hum at ``mains_hz`` and two harmonics, fitted outside ``keep_out_ms``.

    A least-squares fit of sines and cosines (plus offset and slope) over the parts of
    the window outside the stimulus and response; the fitted hum is subtracted from
    the whole window. Works along the last axis; returns a new array.
    """
    if not mains_hz:
        return x
    n = x.shape[-1]
    t0 = round(times_ms[0] * sfreq / 1000.0)
    i0 = int(np.searchsorted(times_ms, keep_out_ms[0]))
    i1 = int(np.searchsorted(times_ms, keep_out_ms[1]))
    hum_design, coef_map, _fit = _mains_projector(
        float(sfreq), n, t0, float(mains_hz), (0, i0, i1, n)
    )
    shape = x.shape
    flat = np.ascontiguousarray(x.reshape(-1, n))
    cm = coef_map.T.astype(flat.dtype)  # (n_fit, 6); the fit region is [0, i0) + [i1, n)
    coef = flat[:, :i0] @ cm[:i0] + flat[:, i1:] @ cm[i0:]  # (m, 6), two BLAS calls
    flat -= coef @ hum_design.T.astype(flat.dtype)
    return flat.reshape(shape)


#: Harmonics of the mains that :func:`remove_mains` leaves: estimated over several
#: sweeps instead (:func:`high_harmonics`), since fitting them per sweep adds noise.
HIGH_HARMONICS = (4, 5)


@lru_cache(maxsize=32)
def _high_harmonics_map(
    sfreq: float, n_times: int, t0: int, mains_hz: float, i0: int, i1: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    t = (np.arange(n_times) + t0) / sfreq
    cols = [np.ones(n_times), t - t.mean()]
    for h in (1, 2, 3, *HIGH_HARMONICS):
        w = 2 * np.pi * mains_hz * h * t
        cols += [np.cos(w), np.sin(w)]
    design = np.stack(cols, axis=1)
    fit = np.ones(n_times, bool)
    fit[i0:i1] = False
    k = 2 * len(HIGH_HARMONICS)
    # Fitted jointly with the offset, slope and lower harmonics (the fit region has a
    # gap, so they are not orthogonal there). float32 and contiguous: the monitor
    # fits every sweep, and two small BLAS calls keep it to a few microseconds.
    cmap = np.linalg.pinv(design[fit])[-k:].T  # (n_fit, k)
    out = (
        np.ascontiguousarray(design[:, -k:].T, dtype=np.float32),  # (k, n)
        np.ascontiguousarray(cmap[:i0], dtype=np.float32),
        np.ascontiguousarray(cmap[i0:], dtype=np.float32),
    )
    for a in out:
        a.flags.writeable = False
    return out


def high_harmonics(
    x: np.ndarray,
    times_ms: np.ndarray,
    sfreq: float,
    mains_hz: float,
    keep_out_ms: tuple[float, float],
) -> tuple[np.ndarray, np.ndarray]:
    """The 4th and 5th mains harmonics of sweeps ``x`` (m, n), fitted outside ``keep_out_ms``.

    Returns ``(coef, basis)``: ``coef`` (m, 4) the cosine and sine amplitudes of each
    harmonic in the sweep's own time (0 at the stimulus), ``basis`` (4, n) so that
    ``coef @ basis`` is the fitted hum. One sweep's fit is noisy (its 12 parameters
    fitted outside the response window amplify the noise inside it); the monitor
    takes the median of the coefficients over sweeps, turned to absolute time by
    :func:`rotate_harmonics`, where they are stable over seconds.
    """
    n = x.shape[-1]
    t0 = round(times_ms[0] * sfreq / 1000.0)
    i0 = int(np.searchsorted(times_ms, keep_out_ms[0]))
    i1 = int(np.searchsorted(times_ms, keep_out_ms[1]))
    basis, ca, cb = _high_harmonics_map(float(sfreq), n, t0, float(mains_hz), i0, i1)
    xx = np.asarray(x, dtype=np.float32).reshape(-1, n)
    return xx[:, :i0] @ ca + xx[:, i1:] @ cb, basis


def rotate_harmonics(
    coef: np.ndarray, mains_hz: float, time_s: float, *, to_absolute: bool
) -> np.ndarray:
    """Turn :func:`high_harmonics` coefficients between a sweep's own time (0 at its
    stimulus, at ``time_s``) and absolute time, in which a stable hum's are constant
    from sweep to sweep whatever the stimulus intervals.

    ``a cos(wt) + b sin(wt)`` is ``Re((a - ib) exp(iwt))``; a sweep starting at ``T``
    has ``a - ib = (A - iB) exp(iwT)`` for the absolute amplitudes ``A``, ``B``.
    """
    th = 2 * np.pi * mains_hz * time_s * np.asarray(HIGH_HARMONICS, dtype=np.float64)
    z = (coef[..., 0::2] - 1j * coef[..., 1::2]) * np.exp((-1j if to_absolute else 1j) * th)
    out = np.empty(coef.shape, dtype=np.float32)
    out[..., 0::2] = z.real
    out[..., 1::2] = -z.imag
    return out


def artifact_tail(
    x: np.ndarray,
    times_ms: np.ndarray,
    fit_ms: tuple[float, float] = TAIL_FIT_MS,
    *,
    keep: np.ndarray | None = None,
) -> np.ndarray | None:
    """A stimulus artifact's exponential tail in raw sweeps, as one sweep-long row.

    A stimulator's pulse leaves the amplifier recovering along an exponential
    (30-45% of the pulse, tau 0.4-0.8 ms): it outlasts the blanking by a few ms, and
    the high-pass turns what is left into a slow wave reaching into the LSR window,
    where its "onset" sits at the window's edge. The tail ``a exp(-(t - t0) / tau)``
    is fitted by least squares to the median of the sweeps (robust to spasm bursts)
    over ``fit_ms``, less the median's level just before the stimulus (``tau`` on
    :data:`TAIL_TAUS_MS`, ``a`` solved); the fit window ends before the earliest volume-conducted
    M-response, so neither that nor an LSR is fitted. Returns the tail from ``t0``
    on (zeros before), or None when the best ``tau`` is the largest tried (no
    exponential tail: nothing to extrapolate safely). Subtract it from the sweeps
    before cleaning, or its cleaned version after (every clean-up step is linear).

    ``keep`` (a mask of sweeps, as :func:`hfs.neurophys.lsr.keep_sweeps` gives) limits
    the median to the sweeps free of spontaneous EMG. A median is robust, but not to
    this: with ~20 sweeps whose levels spread by tens of uV (drift), one sweep with a
    spasm burst shifts the median by an order statistic's spacing, a few uV of slow
    wave over the 1.3 ms fit, where the tail itself has fallen to a few uV; the best
    ``tau`` then went to the largest tried, no tail was taken off, and its high-passed
    leftover ran on past 8.5 ms ("cannot tell" on decidable pairs; see docs/neuro.md,
    round 5).
    """
    t0, t1 = fit_ms
    i0 = int(np.searchsorted(times_ms, t0))
    i1 = int(np.searchsorted(times_ms, t1))
    b0, b1 = int(np.searchsorted(times_ms, -5.0)), int(np.searchsorted(times_ms, -0.5))
    sub = x[:, min(b0, i0) : i1]
    if keep is not None and int(np.count_nonzero(keep)) >= 3:
        sub = sub[np.asarray(keep, bool)]
    if sub.shape[0] < 3 or i1 - i0 < 4:
        return None
    med = np.median(sub, axis=0).astype(np.float64)
    level = float(np.median(med[: b1 - b0])) if b0 < b1 <= i0 else 0.0
    y = med[i0 - min(b0, i0) :] - level
    tt = times_ms[i0:i1] - times_ms[i0]
    best = (np.inf, 0.0, 0.0)
    for tau in TAIL_TAUS_MS:
        e = np.exp(-tt / tau)
        a = float(e @ y / (e @ e))
        resid = float(np.sum((a * e - y) ** 2))
        if resid < best[0]:
            best = (resid, a, tau)
    _, a, tau = best
    if tau >= TAIL_TAUS_MS[-1]:
        return None
    out = np.zeros(times_ms.size)
    out[i0:] = a * np.exp(-(times_ms[i0:] - times_ms[i0]) / tau)
    return out


@lru_cache(maxsize=64)
def butter_sos(sfreq: float, freq: float, btype: str) -> np.ndarray:
    """Second-order sections of a 2nd-order Butterworth filter (MNE's designer)."""
    import mne

    params = mne.filter.construct_iir_filter(
        dict(order=2, ftype="butter", output="sos"),
        f_pass=freq,
        f_stop=None,
        sfreq=sfreq,
        btype=btype,
        return_copy=False,
        verbose="error",
    )
    return params["sos"]


def bandpass(
    x: np.ndarray, sfreq: float, band_hz: tuple[float, float], *, causal_highpass: bool = False
) -> np.ndarray:
    """Band-pass along the last axis: high-pass then low-pass, both 2nd-order Butterworth.

    The low-pass is always zero-phase. The high-pass is zero-phase too unless
    ``causal_highpass``: then it runs forward only, so that no filtered energy of a
    response leaks before its onset (a zero-phase high-pass smears the slow part of a
    large response ahead of it, which moves a threshold onset earlier).
    """
    sfreq = float(sfreq)
    lo, hi = float(band_hz[0]), min(float(band_hz[1]), 0.45 * sfreq)
    dtype = x.dtype if x.dtype == np.float32 else np.float64
    lp = butter_sos(sfreq, hi, "lowpass").astype(dtype)
    if lo > 0 and causal_highpass:
        # Forward: high-pass and low-pass in one pass; backward: the low-pass again,
        # which makes the low-pass zero-phase. Initial states from the edge samples.
        fwd = np.vstack([butter_sos(sfreq, lo, "highpass"), butter_sos(sfreq, hi, "lowpass")])
        fwd = fwd.astype(dtype)
        y, _ = signal.sosfilt(fwd, x, axis=-1, zi=_edge_zi(fwd, x[..., :1], dtype))
        yr = y[..., ::-1]
        yr, _ = signal.sosfilt(lp, yr, axis=-1, zi=_edge_zi(lp, yr[..., :1], dtype))
        return np.ascontiguousarray(yr[..., ::-1])
    y = x
    if lo > 0:
        y = signal.sosfiltfilt(butter_sos(sfreq, lo, "highpass").astype(dtype), x, axis=-1)
    return signal.sosfiltfilt(lp, y, axis=-1)


def _edge_zi(sos: np.ndarray, edge: np.ndarray, dtype) -> np.ndarray:
    """Filter state of a signal that has stayed at ``edge`` (shape (..., 1)) forever."""
    zi = _unit_zi(sos.tobytes(), sos.dtype.str, sos.shape, np.dtype(dtype).str)
    zi = zi.reshape((zi.shape[0],) + (1,) * (edge.ndim - 1) + (2,))
    return zi * edge[None, ...]


@lru_cache(maxsize=64)
def _unit_zi(sos_bytes: bytes, sos_dtype: str, shape: tuple[int, ...], dtype: str) -> np.ndarray:
    """``sosfilt_zi`` of a filter, kept: the monitor cleans one sweep at a time, and
    solving for the state took a third of its time per sweep."""
    sos = np.frombuffer(sos_bytes, dtype=sos_dtype).reshape(shape)
    zi = signal.sosfilt_zi(sos).astype(dtype)
    zi.flags.writeable = False
    return zi


def clean_lsr(
    x: np.ndarray,
    times_ms: np.ndarray,
    sfreq: float,
    mains_hz: float | None,
    *,
    blank_ms: tuple[float, float] = LSR_BLANK_MS,
    band_hz: tuple[float, float] = LSR_BAND_HZ,
    copy: bool = True,
) -> np.ndarray:
    """Blank, de-hum and band-pass EMG sweeps (last axis time). Returns a new array.

    With ``copy=False`` a float32 input may be overwritten (blanked in place).
    """
    # float32: plenty for microvolts, and half the memory traffic of float64.
    y = np.array(x, dtype=np.float32, copy=copy or x.dtype != np.float32)
    y = blank_artifact(y, times_ms, blank_ms)
    y = remove_mains(y, times_ms, sfreq, mains_hz, (blank_ms[0], LSR_WINDOW_MS[1]))
    return bandpass(y, sfreq, band_hz, causal_highpass=True)


def clean_lsr_all(
    y: np.ndarray,
    times_ms: np.ndarray,
    sfreq: float,
    mains_hz: float | None,
    *,
    remove_tail: bool = True,
    keep: np.ndarray | None = None,
    block: int = 256,
) -> np.ndarray:
    """:func:`clean_lsr` of all of one channel's float32 sweeps, in place and in
    blocks, with the stimulus artifact's tail (:func:`artifact_tail`) fitted on the
    blanked, de-hummed sweeps (those in ``keep``, if given: the sweeps free of
    spontaneous EMG) and subtracted before the band-pass."""
    for a in range(0, y.shape[0], block):
        part = blank_artifact(y[a : a + block], times_ms, LSR_BLANK_MS)
        y[a : a + block] = remove_mains(
            part, times_ms, sfreq, mains_hz, (LSR_BLANK_MS[0], LSR_WINDOW_MS[1])
        )
    if remove_tail:
        tail = artifact_tail(y, times_ms, keep=keep)
        if tail is not None:
            y -= tail.astype(y.dtype)
            blank_artifact(y, times_ms, LSR_BLANK_MS)
    for a in range(0, y.shape[0], block):
        y[a : a + block] = bandpass(y[a : a + block], sfreq, LSR_BAND_HZ, causal_highpass=True)
    return y


@lru_cache(maxsize=16)
def baep_operator(
    sfreq: float,
    window_ms: tuple[float, float] = BAEP_EPOCH_MS,
    blank_ms: tuple[float, float] = BAEP_BLANK_MS,
    band_hz: tuple[float, float] = BAEP_BAND_HZ,
) -> np.ndarray:
    """The BAEP clean-up as one matrix: blank, remove offset and slope, band-pass.

    Every step is linear, so a sweep ``s`` cleans to ``P @ s``; this makes cleaning
    thousands of short sweeps one matrix product. Shape (n_times, n_times).
    """
    times = times_for(sfreq, window_ms)
    n = times.size
    eye = np.eye(n)
    y = blank_artifact(eye.copy(), times, blank_ms)  # columns are impulses; rows too
    # y[i] = blanked impulse i (last axis time). Detrend each.
    t = np.arange(n) - (n - 1) / 2
    y = y - y.mean(axis=1, keepdims=True)
    y = y - np.outer(y @ t / (t @ t), t)
    y = bandpass(y, sfreq, band_hz)
    # Row i of y is the cleaned impulse at sample i, so cleaned(s) = s @ y.
    return np.ascontiguousarray(y.T)


def clean_baep(x: np.ndarray, sfreq: float) -> np.ndarray:
    """Clean BAEP sweeps (last axis time) with :func:`baep_operator`."""
    op = baep_operator(float(sfreq))
    return x @ op.T


#: Diagnostic BAEP at a slow click rate: each sweep is read over this window around
#: its click (ms); the hum is fitted outside ``BAEP_HUM_KEEP_OUT_MS`` (the click and
#: the response) as sines and cosines at the mains frequency and its harmonics up to
#: ``BAEP_HUM_MAX_HZ`` (with a cubic for the EEG and drift), and subtracted.
BAEP_HUM_FIT_MS = (-40.0, 50.0)
BAEP_HUM_KEEP_OUT_MS = (-2.0, 14.0)
BAEP_HUM_MAX_HZ = 600.0
#: The shortest click interval (ms) at which the fit window holds no other click or
#: its response (40 ms before the click, from 14 ms after the previous one).
BAEP_HUM_MIN_INTERVAL_MS = -BAEP_HUM_FIT_MS[0] + BAEP_HUM_KEEP_OUT_MS[1]
#: The hum fitted on each sweep is averaged, in the mains' own phase, with that of
#: its neighbours this close in time (s), each weighted by the inverse of what its fit
#: left unexplained: a muscle burst between two clicks then barely moves the estimate.
BAEP_HUM_SMOOTH_S = 2.0
#: A harmonic is removed where it moves less than this share of its period between
#: clicks (nearly phase-locked to them); see :func:`clean_baep_hum`.
BAEP_HUM_LOCKED = 0.1


@lru_cache(maxsize=8)
def _baep_hum_maps(sfreq: float, mains_hz: float):
    """For :func:`clean_baep_hum`: the fit's samples over ``BAEP_HUM_FIT_MS``, its
    design (a cubic for the EEG and drift, then the harmonics' cosines and sines) and
    least-squares map, the epoch's rows, the harmonics as ``clean_baep`` leaves them
    over the epoch, and their frequencies."""
    times = times_for(sfreq, BAEP_HUM_FIT_MS)
    n = times.size
    u = (np.arange(n) - (n - 1) / 2) / ((n - 1) / 2)
    freqs = mains_hz * np.arange(1, int(BAEP_HUM_MAX_HZ // mains_hz) + 1)
    ts = times / 1000.0
    cols = [u**d for d in range(4)]
    for f in freqs:
        cols += [np.cos(2 * np.pi * f * ts), np.sin(2 * np.pi * f * ts)]
    design = np.stack(cols, axis=0)  # (k, n)
    fit = (times < BAEP_HUM_KEEP_OUT_MS[0]) | (times >= BAEP_HUM_KEEP_OUT_MS[1])
    fitted = design[:, fit]
    coef_map = np.linalg.pinv(fitted)  # (n_fit, k)
    e0, _ = epoch_samples(sfreq, BAEP_EPOCH_MS)
    a, _ = epoch_samples(sfreq, BAEP_HUM_FIT_MS)
    rows = np.arange(times_for(sfreq, BAEP_EPOCH_MS).size) + (e0 - a)
    hum_epoch = clean_baep(design[4:, rows], sfreq)  # (2 H, n_epoch)
    return fit, fitted, coef_map, rows, hum_epoch, freqs


def clean_baep_hum(
    x_wide: np.ndarray, sfreq: float, mains_hz: float, onsets_s: np.ndarray
) -> np.ndarray:
    """Clean BAEP sweeps read over ``BAEP_HUM_FIT_MS`` (shape (n_sweeps, n_times), in
    the order of their clicks at ``onsets_s``) and remove the hum; returns the sweeps
    over ``BAEP_EPOCH_MS`` (as :func:`clean_baep` gives them, less the hum).

    Why (round 10b): the BAEP band-pass (100-3000 Hz) lets the hum's harmonics
    through, and at the usual 11.1 Hz click rate the second harmonic of 50 Hz mains
    (100 Hz, 9.009 periods per click interval) moves only 0.009 of a period from one
    click to the next: it is almost phase-locked to the clicks and survives averaging,
    and the Fsp and the template test took it for a response in ears without one.
    Every harmonic is a sinusoid of the mains period, so the stretches between clicks
    (74 ms of each 90 ms interval, more than three mains periods) fix it over the
    16 ms where the response lies. Each sweep's fit is averaged with its neighbours'
    within ``BAEP_HUM_SMOOTH_S`` in the mains' own phase (time from the file's
    start), weighted by the inverse of what each fit left unexplained: a sweep's own
    fit carried the muscle bursts and EEG between its clicks into its response window
    (a third more noise left in the average of some recordings, several times more
    with little amplifier noise). The smoothing assumes the mains frequency stays
    within about 0.02 Hz of nominal over those seconds (a grid's usual deviation); a
    harmonic whose phase drifts faster is averaged away and left as before.
    """
    fit, fitted, coef_map, rows, hum_epoch, freqs = _baep_hum_maps(float(sfreq), float(mains_hz))
    z = x_wide[:, fit]
    coef = z @ coef_map  # (n, k): each sweep's cubic and hum
    w = 1.0 / np.maximum((z - coef @ fitted).var(axis=1), 1e-12)
    coef = coef[:, 4:]
    # a cos + b sin as c = a - ib; in the mains' own phase (time from the file's start)
    # C = c e^-iwt, where neighbours' fits can be averaged.
    onsets_s = np.asarray(onsets_s, dtype=float)
    rot = np.exp(2j * np.pi * np.outer(onsets_s, freqs))
    cabs = (coef[:, 0::2] - 1j * coef[:, 1::2]) / rot
    # Weighted sums over the neighbours within BAEP_HUM_SMOOTH_S, by cumulative sums
    # along the sweeps in time order.
    order = np.argsort(onsets_s, kind="stable")
    ts = onsets_s[order]
    lo = np.searchsorted(ts, ts - BAEP_HUM_SMOOTH_S, "left")
    hi = np.searchsorted(ts, ts + BAEP_HUM_SMOOTH_S, "right")
    cw = np.concatenate([np.zeros((1, freqs.size)), np.cumsum((cabs * w[:, None])[order], 0)])
    cs = np.concatenate([[0.0], np.cumsum(w[order])])
    smooth = np.empty_like(cabs)
    smooth[order] = (cw[hi] - cw[lo]) / (cs[hi] - cs[lo])[:, None]
    local = smooth * rot
    # Only the harmonics that move less than BAEP_HUM_LOCKED of a period from one click
    # to the next survive the average; the others (at 11.1 Hz the odd harmonics of 50
    # Hz, which turn half a period) average out by themselves, and the estimate's own
    # error, smoothed over seconds, would turn with them and swell the +/- reference.
    gaps = np.diff(ts)
    if gaps.size:
        turn = freqs * float(np.median(gaps))
        local[:, np.abs(turn - np.round(turn)) >= BAEP_HUM_LOCKED] = 0.0
    hum = np.empty((local.shape[0], 2 * freqs.size))
    hum[:, 0::2] = local.real
    hum[:, 1::2] = -local.imag
    return clean_baep(x_wide[:, rows], sfreq) - hum @ hum_epoch
