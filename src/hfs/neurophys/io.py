"""Reading EDF+/BDF+ recordings (with MNE) into a :class:`Recording`.

A :class:`Recording` knows which stored channel is which muscle (or BAEP derivation)
and where each stimulus fell. The signal itself stays in the file: MNE's ``Raw`` is
opened without preloading, and samples are read block by block
(:meth:`Recording.read_sweeps`, :meth:`Recording.iter_blocks`) and handed out in
microvolts, so a long recording never sits whole in memory (a float64 copy of it is
4x the size of a 16-bit EDF file).
"""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from hfs.errors import RecordingError
from hfs.neurophys.montage import (
    CLICK,
    DEFAULT_TRIGGER_CODES,
    ChannelRole,
    Montage,
    stimulus_intensity_ma,
)

#: Lowest sampling rate accepted: latencies are reported to 0.2 ms and both LSR and
#: BAEP are read up to ~3 kHz, which needs at least 5 kHz sampling.
MIN_SFREQ = 5000.0

#: Seconds of signal read from the file at a time.
BLOCK_S = 20.0

_TRIGGER_NAMES = ("trigger", "trig", "status", "sti", "sti 014", "stim", "marker", "markers")


@dataclass(frozen=True)
class Stimulus:
    """One stimulus: a facial-nerve branch pulse or an auditory click.

    Attributes
    ----------
    onset_s : float
        Time from the start of the recording.
    sample : int
        Sample index of the onset.
    kind : str
        ``"zygomatic"``, ``"temporal"``, ``"buccal"``, ``"marginal_mandibular"`` or
        ``"click"``.
    """

    onset_s: float
    sample: int
    kind: str
    #: The intensity its annotation states (``"Stim zygomatic 12mA"``), else None.
    intensity_ma: float | None = None


@dataclass(frozen=True, eq=False)
class Recording:
    """A read recording: MNE ``Raw`` + channel roles + stimuli.

    Attributes
    ----------
    raw : mne.io.BaseRaw
        The recording as MNE opened it (not preloaded; volts).
    path : str
        Where it was read from.
    channels : tuple of ChannelRole
        The recognised channels (muscles and BAEP), in file order.
    stimuli : tuple of Stimulus
        Stimuli in time order.
    ignored : tuple of str
        Stored labels that were not used (unknown, trigger, unusable).
    ignored_reasons : tuple of dict
        ``{"label", "reason"}`` for each ignored label, in file order.
    unusable : tuple of ChannelRole
        Recognised muscle or BAEP channels that cannot be measured (invalid header,
        flat, impossible amplitudes); their pairs are reported as undecidable.
    warnings : tuple of str
        What the reader noticed and the user should know.
    """

    raw: object
    path: str
    channels: tuple[ChannelRole, ...]
    stimuli: tuple[Stimulus, ...]
    ignored: tuple[str, ...] = ()
    ignored_reasons: tuple[dict, ...] = ()
    unusable: tuple[ChannelRole, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def sfreq(self) -> float:
        return float(self.raw.info["sfreq"])

    @property
    def duration_s(self) -> float:
        return self.raw.n_times / self.sfreq

    @property
    def emg_channels(self) -> tuple[ChannelRole, ...]:
        return tuple(c for c in self.channels if not c.is_baep)

    @property
    def baep_channels(self) -> tuple[ChannelRole, ...]:
        return tuple(c for c in self.channels if c.is_baep)

    def data_uv(self, labels: list[str] | tuple[str, ...] | None = None) -> np.ndarray:
        """Signal of the given labels (default: all recognised channels), in uV.

        Returns an array of shape (n_channels, n_times).
        """
        labels = [c.label for c in self.channels] if labels is None else list(labels)
        return self.raw.get_data(picks=labels) * 1e6

    def iter_blocks(
        self, labels: list[str] | tuple[str, ...] | None = None, *, block_s: float = BLOCK_S
    ):
        """The signal of ``labels`` (default: all recognised channels) in consecutive
        blocks: ``(start_sample, array (n_channels, n) in uV, float64)``."""
        labels = [c.label for c in self.channels] if labels is None else list(labels)
        n = self.raw.n_times
        step = max(1, round(block_s * self.sfreq))
        for a in range(0, n, step):
            b = min(a + step, n)
            yield a, self.raw.get_data(picks=labels, start=a, stop=b) * 1e6

    def read_sweeps(
        self,
        requests: list[tuple[np.ndarray, tuple[int, int], list[str], type]],
        *,
        block_s: float = BLOCK_S,
    ) -> list[tuple[np.ndarray, np.ndarray]]:
        """Windows around stimuli, read from the file in one pass, block by block.

        Parameters
        ----------
        requests : list of (samples, (a, b), labels, dtype)
            Stimulus sample indices, the window as sample offsets (``a`` to ``b``, not
            including ``b``), the channels, and the dtype of the sweeps.

        Returns
        -------
        list of (sweeps, kept)
            For each request: sweeps of shape (n_kept, n_labels, b - a) in uV, and
            ``kept`` (False for a stimulus whose window falls off either end).

        Each value is the stored sample in volts (as MNE gives it), cast to ``dtype``,
        then scaled to uV in ``dtype``: the numbers slicing a preloaded array gave.
        Memory: the sweeps plus one block of the requested channels.
        """
        n = self.raw.n_times
        names = list(self.raw.ch_names)
        requests = [r for r in requests]
        picks = sorted({names.index(lb) for _, _, labels, _ in requests for lb in labels})
        where = {p: i for i, p in enumerate(picks)}
        jobs, out = [], []
        for samples, (a, b), labels, dtype in requests:
            samples = np.asarray(samples, dtype=np.int64)
            kept = (samples + a >= 0) & (samples + b <= n)
            s = samples[kept]
            order = np.argsort(s, kind="stable")
            rows = [where[names.index(lb)] for lb in labels]
            x = np.empty((s.size, len(labels), b - a), dtype=dtype)
            jobs.append((s[order], order, a, b, rows, x))
            out.append((x, kept))
        step = max(1, int(block_s * self.sfreq))
        pos = [0] * len(jobs)
        for c0 in range(0, n, step):
            spans = [
                (pos[k], int(np.searchsorted(job[0], c0 + step, "left")))
                for k, job in enumerate(jobs)
            ]
            need = [
                (jobs[k][0][i] + jobs[k][2], jobs[k][0][j - 1] + jobs[k][3])
                for k, (i, j) in enumerate(spans)
                if j > i
            ]
            if not need:
                continue
            lo, hi = min(x[0] for x in need), max(x[1] for x in need)
            block = self.raw.get_data(picks=picks, start=int(lo), stop=int(hi))
            for k, (i, j) in enumerate(spans):
                s, order, a, b, rows, x = jobs[k]
                sel = (
                    slice(rows[0], rows[0] + len(rows))
                    if rows and rows == list(range(rows[0], rows[0] + len(rows)))
                    else rows
                )
                for m in range(i, j):
                    o = s[m] + a - lo
                    x[order[m]] = block[sel, o : o + b - a]
                pos[k] = j
            del block
        for x, _ in out:
            x *= 1e6
        return out

    def stimulus_kinds(self) -> list[str]:
        seen: list[str] = []
        for s in self.stimuli:
            if s.kind not in seen:
                seen.append(s.kind)
        return seen


def _check_header(path: Path) -> None:
    """Check the fixed EDF/BDF header so bad files get a precise message."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        head = fh.read(256)
        if len(head) < 256:
            raise RecordingError(
                f"{path.name} is not an EDF/BDF file: only {size} bytes, "
                "shorter than the 256-byte header"
            )
        if head[:8] == b"0       ":
            bytes_per_sample = 2
        elif head[:8] == b"\xffBIOSEMI":
            bytes_per_sample = 3
        else:
            raise RecordingError(
                f"{path.name} is not an EDF/BDF file: its header does not start with the "
                "EDF version '0' or the BDF marker"
            )
        try:
            header_bytes = int(head[184:192].decode("ascii").strip())
            n_records = int(head[236:244].decode("ascii").strip())
            n_signals = int(head[252:256].decode("ascii").strip())
        except ValueError:
            raise RecordingError(
                f"{path.name}: the EDF header is damaged (non-numeric size fields)"
            ) from None
        if n_signals <= 0 or header_bytes != 256 * (n_signals + 1):
            raise RecordingError(
                f"{path.name}: the EDF header is damaged ({n_signals} signals declared, "
                f"header of {header_bytes} bytes)"
            )
        # -1 ("unknown", a recording still being written) is the only count below 1
        # the standard allows; anything else would be read as some other length.
        if n_records == 0 or n_records < -1:
            raise RecordingError(
                f"{path.name}: the EDF header is damaged (it declares {n_records} data "
                "records; a recording has at least one, or -1 for unknown)"
            )
        try:
            record_s = float(head[244:252].decode("ascii").strip())
        except ValueError:
            record_s = float("nan")
        if not 0 < record_s < 1e6:
            raise RecordingError(
                f"{path.name}: the EDF header is damaged (data record duration "
                f"{head[244:252].decode('ascii', 'replace').strip()!r} s; it must be positive)"
            )
        fh.seek(256 + n_signals * 216)
        raw_counts = fh.read(8 * n_signals)
    if len(raw_counts) < 8 * n_signals:
        raise RecordingError(f"{path.name} is truncated inside its header")
    try:
        counts = [
            int(raw_counts[i * 8 : (i + 1) * 8].decode("ascii").strip()) for i in range(n_signals)
        ]
    except ValueError:
        raise RecordingError(
            f"{path.name}: the EDF header is damaged (samples per record)"
        ) from None
    if min(counts) < 1:
        raise RecordingError(
            f"{path.name}: the EDF header is damaged (a signal declares {min(counts)} "
            "samples per data record)"
        )
    per_record = sum(counts)
    if n_records > 0:
        expected = header_bytes + n_records * per_record * bytes_per_sample
        if size < expected:
            held = (size - header_bytes) // max(per_record * bytes_per_sample, 1)
            raise RecordingError(
                f"{path.name} is truncated: the header declares {n_records} data records "
                f"but the file holds {max(held, 0)} ({size} of {expected} bytes)"
            )


def check_file(path: str | Path) -> str:
    """Check that ``path`` holds an EDF(+) or BDF(+) file by its content, whatever its
    name: the fixed header (as :func:`read_recording` does) and MNE's header parse,
    without loading the samples. Returns ``"edf"`` or ``"bdf"``; raises RecordingError.
    """
    import mne

    path = Path(path)
    _check_header(path)
    with path.open("rb") as fh:
        fmt = "bdf" if fh.read(1) == b"\xff" else "edf"
    reader = mne.io.read_raw_bdf if fmt == "bdf" else mne.io.read_raw_edf
    logger = logging.getLogger("mne")
    level = logger.level
    try:
        logger.setLevel(logging.ERROR)
        # MNE picks its parser by the suffix; the content decides here, so a link
        # with the right suffix is handed to it.
        with tempfile.TemporaryDirectory() as tmp:
            alias = Path(tmp) / f"check.{fmt}"
            os.symlink(path.resolve(), alias)
            try:
                reader(alias, preload=False, verbose="error")
            except Exception as exc:  # MNE raises many kinds for a bad file
                why = (str(exc).replace(str(alias), path.name).splitlines() or ["?"])[0][:300]
                raise RecordingError(f"{path.name}: MNE could not read it ({why})") from None
    finally:
        logger.setLevel(level)
    return fmt


def _read_raw(path: Path):
    import mne

    reader = mne.io.read_raw_bdf if path.suffix.lower() == ".bdf" else mne.io.read_raw_edf
    logger = logging.getLogger("mne")
    level = logger.level
    try:
        logger.setLevel(logging.ERROR)
        return reader(path, preload=False, verbose="error")
    except Exception as exc:  # MNE raises many kinds for a bad file
        raise RecordingError(f"{path.name}: MNE could not read it ({exc})") from None
    finally:
        logger.setLevel(level)


#: Factor MNE applies to a non-stim channel's physical values by its unit (to volts).
def _unit_factor(unit: str) -> float:
    u = unit.strip()
    if u in ("\u03bcV", "\u00b5V", "\x83\xcaV", "uV"):
        return 1e-6
    if u == "mV":
        return 1e-3
    return 1.0


def signal_headers(path: str | Path) -> list[dict]:
    """The per-signal EDF/BDF header fields: label, unit, physical and digital range.

    Read from the file itself (MNE quietly replaces an undefined range by 1, which
    turns a channel with digital min = max into volts of nonsense).
    """
    path = Path(path)
    with path.open("rb") as fh:
        head = fh.read(256)
        n = int(head[252:256].decode("ascii").strip())
        block = fh.read(256 * n)

    def field(offset: int, width: int) -> list[str]:
        return [
            block[offset * n + i * width : offset * n + (i + 1) * width].decode("latin-1").strip()
            for i in range(n)
        ]

    def num(values: list[str]) -> list[float]:
        out = []
        for v in values:
            try:
                out.append(float(v))
            except ValueError:
                out.append(float("nan"))
        return out

    labels = field(0, 16)
    units = field(16 + 80, 8)
    pmin, pmax = num(field(16 + 80 + 8, 8)), num(field(16 + 80 + 16, 8))
    dmin, dmax = num(field(16 + 80 + 24, 8)), num(field(16 + 80 + 32, 8))
    return [
        {
            "label": labels[i],
            "unit": units[i],
            "physical_min": pmin[i],
            "physical_max": pmax[i],
            "digital_min": dmin[i],
            "digital_max": dmax[i],
        }
        for i in range(n)
    ]


def _header_problem(h: dict) -> str | None:
    """Why a signal's header makes its values meaningless, or None."""
    vals = (h["physical_min"], h["physical_max"], h["digital_min"], h["digital_max"])
    if not all(np.isfinite(vals)):
        return "its header's physical or digital range is not a number"
    if h["digital_min"] == h["digital_max"]:
        return (
            f"its header has digital min = digital max ({h['digital_min']:g}), so its "
            "samples cannot be scaled to a voltage"
        )
    if h["physical_min"] == h["physical_max"]:
        return (
            f"its header has physical min = physical max ({h['physical_min']:g}), so its "
            "samples cannot be scaled to a voltage"
        )
    return None


#: Largest plausible amplitude of a facial EMG or BAEP channel (uV): a stimulus artifact
#: can reach tens of mV at the amplifier, nothing biological comes near 100 mV.
MAX_PLAUSIBLE_UV = 100_000.0


#: Samples per channel that the channel checks read (spread over the recording).
PROBE_SAMPLES = 1_000_000
#: Stretches of the recording the channel checks read, when it is longer than that.
PROBE_SPANS = 64


def _probe_v(raw, labels: list[str]) -> dict[str, np.ndarray]:
    """Samples (volts, as MNE reads them) of ``labels`` for the channel checks.

    The whole channel when it has at most :data:`PROBE_SAMPLES` samples, else
    :data:`PROBE_SPANS` stretches evenly spread from start to end (together
    ``PROBE_SAMPLES``), read through MNE block by block: the recording is never read
    whole (a float64 copy of one channel of a 30-min 20 kHz file is 290 MB, and
    reading each channel in turn would read the file once per channel).
    """
    n = raw.n_times
    if not labels or n == 0:
        return {lb: np.zeros(0) for lb in labels}
    if n <= PROBE_SAMPLES:
        step = max(1, round(BLOCK_S * float(raw.info["sfreq"])))
        spans = [(a, min(a + step, n)) for a in range(0, n, step)]
    else:
        size = PROBE_SAMPLES // PROBE_SPANS
        starts = np.linspace(0, n - size, PROBE_SPANS).astype(np.int64)
        spans = [(int(a), int(a) + size) for a in starts]
    x = np.empty((len(labels), sum(b - a for a, b in spans)))
    at = 0
    for a, b in spans:
        x[:, at : at + b - a] = raw.get_data(picks=labels, start=a, stop=b)
        at += b - a
    return {lb: x[i] for i, lb in enumerate(labels)}


def _signal_problem(x_v: np.ndarray, unit: str) -> str | None:
    """Why a recognised channel's samples (volts, as MNE read them; all of them or
    :func:`_probe_v`'s stretches) are unusable."""
    if not np.all(np.isfinite(x_v)):
        return "it holds samples that are not numbers"
    y = x_v * 1e6
    if float(np.ptp(y)) == 0.0:
        return "it is flat (every sample has the same value): no electrode signal"
    med = float(np.median(y))
    spread = float(np.percentile(np.abs(y - med), 99))
    if spread > MAX_PLAUSIBLE_UV or abs(med) > 10 * MAX_PLAUSIBLE_UV:
        shown = unit.strip() or "no unit"
        return (
            f"its amplitudes ({spread / 1000:.3g} mV typical) are physically impossible for "
            f"EMG or BAEP (header unit '{shown}'): check its unit and scaling"
        )
    if spread < 0.01:
        return "it is flat (below 0.01 uV): no electrode signal"
    return None


def _channel_v(raw, label: str) -> np.ndarray:
    """One channel's samples (volts, as MNE reads them): for a trigger channel that
    :func:`_read_signal` cannot read from the file."""
    return raw.get_data(picks=[label])[0]


def _read_signal(path: Path, index: int) -> np.ndarray:
    """One signal's physical values, read from the file's own data records.

    For a trigger channel: MNE's stim-channel reading keeps digital codes (BDF) or
    folds negative values into unsigned ones, so its numbers depend on the label.
    """
    heads = signal_headers(path)
    with path.open("rb") as fh:
        head = fh.read(256)
        bdf = head[:1] == b"\xff"
        n_sig = int(head[252:256].decode("ascii").strip())
        n_rec = int(head[236:244].decode("ascii").strip())
        fh.seek(256 + n_sig * 216)
        counts = [int(fh.read(8).decode("ascii").strip()) for _ in range(n_sig)]
    width = 3 if bdf else 2
    per_rec = sum(counts)
    raw = np.memmap(path, dtype=np.uint8, mode="r", offset=256 * (n_sig + 1))
    n_rec = min(n_rec if n_rec > 0 else 10**12, raw.size // (per_rec * width))
    recs = raw[: n_rec * per_rec * width].reshape(n_rec, per_rec * width)
    a = sum(counts[:index]) * width
    b = a + counts[index] * width
    block = np.ascontiguousarray(recs[:, a:b])
    if bdf:
        b3 = block.reshape(-1, 3).astype(np.int32)
        dig = b3[:, 0] | (b3[:, 1] << 8) | (b3[:, 2] << 16)
        dig = np.where(dig >= 1 << 23, dig - (1 << 24), dig).astype(np.float64)
    else:
        dig = block.view("<i2").ravel().astype(np.float64)  # 2-byte little-endian
    h = heads[index]
    cal = (h["physical_max"] - h["physical_min"]) / (h["digital_max"] - h["digital_min"])
    dig -= h["digital_min"]
    dig *= cal
    dig += h["physical_min"]
    return dig


def _trigger_values(raw, label: str) -> np.ndarray:
    """A trigger channel's samples in the unit stored in the file."""
    path = Path(raw.filenames[0]) if getattr(raw, "filenames", None) else None
    if path is not None and path.exists():
        labels = [h["label"] for h in signal_headers(path)]
        if label in labels and _header_problem(signal_headers(path)[labels.index(label)]) is None:
            return _read_signal(path, labels.index(label))[: raw.n_times]
    x = _channel_v(raw, label)
    if raw.get_channel_types(picks=[label])[0] == "stim":
        return x  # MNE keeps a stim channel's stored values (BDF: the digital codes)
    unit = getattr(raw, "_orig_units", {}).get(label, "")
    return x / _unit_factor(unit)


def _trigger_stimuli(
    raw, label: str, codes: dict[int, str], *, from_montage: bool = False
) -> tuple[list[Stimulus], list[str]]:
    """Stimuli from the pulses of a trigger channel, and warnings.

    A pulse is a run of samples away from the channel's resting level (its median) by
    at least half a stored unit (or half the largest pulse, when every pulse is below
    one unit), in either direction (active-high or active-low). Its code is the height
    of its plateau (the median of the run) in the channel's stored unit, rounded; its
    onset the first sample of the run past half of that height, so a rising edge of
    several samples still gives one stimulus, at its middle.

    Raises
    ------
    RecordingError
        When pulses of a code that the mapping does not know make up more than a few
        stray markers, naming what was found and how to map it.
    """
    unit = getattr(raw, "_orig_units", {}).get(label, "") or ""
    v = _trigger_values(raw, label)
    sfreq = float(raw.info["sfreq"])
    rest = float(np.median(v))
    dev = v - rest
    big = float(np.max(np.abs(dev))) if dev.size else 0.0
    if big <= 0:
        return [], []
    thr = 0.5 if big >= 1.0 else 0.5 * big
    on = np.abs(dev) >= thr
    edges = np.flatnonzero(np.diff(on.astype(np.int8)))
    starts = list(edges[~on[edges]] + 1) if edges.size else []
    if on[0]:
        starts = [0, *starts]
    stops = list(edges[on[edges]] + 1) if edges.size else []
    if on[-1]:
        stops.append(v.size)
    found: dict[int, list[int]] = {}
    heights: dict[int, float] = {}
    for a, b in zip(starts, stops, strict=False):
        plateau = float(np.median(dev[a:b]))
        code = round(abs(plateau))
        half = 0.49 * abs(plateau)  # half, less the stored numbers' rounding
        first = a + int(np.argmax(np.abs(dev[a:b]) >= half))
        found.setdefault(code, []).append(first)
        heights[code] = abs(plateau)
    out: list[Stimulus] = []
    warnings: list[str] = []
    unknown = {c: s for c, s in found.items() if c not in codes}
    shown = unit.strip() or "no unit"
    if unknown:
        many = {c: s for c, s in unknown.items() if len(s) > 2}
        what = ", ".join(
            f"{len(s)} of height {heights[c]:.4g} (code {c})" for c, s in sorted(unknown.items())
        )
        if many:
            known = ", ".join(f"{c}: {k}" for c, k in sorted(codes.items()))
            example = ", ".join(f"{c}: <branch or click>" for c in sorted(many))
            source = "the montage's trigger_codes" if from_montage else "hfs's default codes"
            raise RecordingError(
                f"trigger channel '{label}' (unit '{shown}'): pulses {what} are not in "
                f"{source} ({known}); map them with --montage, e.g. "
                f"trigger_codes: {{{example}}} (codes are pulse heights in the channel's "
                "own unit, rounded)"
            )
        warnings.append(
            f"trigger channel '{label}': {what} ignored (not a mapped code; map with --montage)"
        )
    for code, firsts in found.items():
        kind = codes.get(code)
        if kind is None:
            continue
        out += [Stimulus(onset_s=i / sfreq, sample=int(i), kind=kind) for i in firsts]
    return out, warnings


def read_recording(
    path: str | Path,
    *,
    montage: Montage | None = None,
    min_sfreq: float = MIN_SFREQ,
) -> Recording:
    """Read an EDF+/BDF+ recording and find its channels and stimuli.

    Parameters
    ----------
    path : str or Path
        An ``.edf`` or ``.bdf`` file (EDF+/BDF+ with annotations, or with a trigger
        channel).
    montage : Montage, optional
        Overrides for channel labels, annotation texts and trigger codes.
    min_sfreq : float
        Lowest acceptable sampling rate (Hz).

    Returns
    -------
    Recording

    Raises
    ------
    RecordingError
        Not EDF/BDF, truncated, unreadable, no recognised channel, no stimuli,
        sampling rate too low.
    """
    path = Path(path)
    montage = montage or Montage()
    if not path.exists():
        raise RecordingError(f"{path}: no such file")
    if path.is_dir():
        raise RecordingError(f"{path} is a directory, not a recording")
    if path.suffix.lower() not in (".edf", ".bdf"):
        raise RecordingError(
            f"{path.name}: expected an EDF+ (.edf) or BDF+ (.bdf) file, got '{path.suffix}'"
        )
    _check_header(path)
    raw = _read_raw(path)
    sfreq = float(raw.info["sfreq"])

    headers = {h["label"]: h for h in signal_headers(path)}
    channels: list[ChannelRole] = []
    ignored: list[str] = []
    reasons: list[dict] = []
    unusable: list[ChannelRole] = []
    warnings: list[str] = []
    trigger = montage.trigger_channel
    if trigger is not None and trigger not in raw.ch_names:
        raise RecordingError(f"{path.name}: trigger channel '{trigger}' is not in the file")

    def skip(label: str, why: str) -> None:
        ignored.append(label)
        reasons.append({"label": label, "reason": why})

    found: list[tuple[str, ChannelRole]] = []
    for label in raw.ch_names:
        if trigger is not None and label == trigger:
            skip(label, "trigger channel (stimulus pulses)")
            continue
        role = montage.channel_role(label)
        if role is None:
            if label in montage.channels:
                skip(label, "set to 'ignore' by the montage")
            elif trigger is None and label.strip().lower() in _TRIGGER_NAMES:
                trigger = label
                skip(label, "trigger channel (stimulus pulses)")
            else:
                skip(
                    label,
                    "label not recognised as a facial muscle or BAEP derivation "
                    "(map it with --montage)",
                )
            continue
        found.append((label, role))
    # Header checks first; the samples of the rest are checked from one read of
    # stretches spread over the recording (never the whole file in memory).
    why_not: dict[str, str | None] = {}
    for label, _ in found:
        h = headers.get(label)
        why_not[label] = _header_problem(h) if h is not None else None
    probe = _probe_v(raw, [lb for lb, _ in found if why_not[lb] is None])
    for label, role in found:
        why = why_not[label]
        if why is None:
            why = _signal_problem(probe.pop(label), headers.get(label, {}).get("unit", ""))
        if why is not None:
            skip(label, f"unusable: {why}")
            unusable.append(role)
        else:
            channels.append(role)
    del probe
    order = {lb: i for i, lb in enumerate(raw.ch_names)}
    ignored.sort(key=order.__getitem__)
    reasons.sort(key=lambda r: order[r["label"]])
    if not channels:
        if unusable:
            raise RecordingError(
                f"{path.name}: no usable channel: "
                + "; ".join(f"'{r['label']}' {r['reason']}" for r in reasons)
            )
        names = ", ".join(f"'{c}'" for c in raw.ch_names)
        raise RecordingError(
            f"{path.name}: none of the channels ({names}) is a recognised muscle or BAEP "
            "channel; name them by muscle (e.g. 'Mentalis', 'OOc', 'Orb Oculi L') or "
            "'BAEP ...', or map them with --montage"
        )

    stimuli: list[Stimulus] = []
    n = raw.n_times
    for onset, desc in zip(raw.annotations.onset, raw.annotations.description, strict=True):
        kind = montage.stimulus_kind(str(desc))
        if kind is None:
            continue
        sample = round(float(onset) * sfreq)
        if 0 <= sample < n:
            stimuli.append(
                Stimulus(
                    onset_s=sample / sfreq,
                    sample=sample,
                    kind=kind,
                    intensity_ma=None if kind == CLICK else stimulus_intensity_ma(str(desc)),
                )
            )
    if not stimuli and trigger is not None:
        try:
            stimuli, trig_warn = _trigger_stimuli(
                raw,
                trigger,
                montage.trigger_codes or DEFAULT_TRIGGER_CODES,
                from_montage=bool(montage.trigger_codes),
            )
        except RecordingError as exc:
            raise RecordingError(f"{path.name}: {exc.message}") from None
        warnings += trig_warn
    if not stimuli:
        raise RecordingError(
            f"{path.name}: no stimuli found: expected EDF+ annotations such as "
            "'Stim zygomatic' or 'Click' (or a trigger channel); map other labels with "
            "--montage"
        )
    stimuli.sort(key=lambda s: s.sample)

    if sfreq < min_sfreq:
        what = "BAEP" if all(s.kind == CLICK for s in stimuli) else "LSR"
        raise RecordingError(
            f"{path.name}: sampling rate {sfreq:g} Hz is too low for {what}: need at least "
            f"{min_sfreq:g} Hz (latencies to 0.2 ms, responses up to 3 kHz)"
        )
    return Recording(
        raw=raw,
        path=str(path),
        channels=tuple(channels),
        stimuli=tuple(stimuli),
        ignored=tuple(ignored),
        ignored_reasons=tuple(reasons),
        unusable=tuple(unusable),
        warnings=tuple(warnings),
    )
