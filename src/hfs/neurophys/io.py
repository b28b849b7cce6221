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
        Stored labels that were not used (unknown, annotations, trigger).
    """

    raw: object
    path: str
    channels: tuple[ChannelRole, ...]
    stimuli: tuple[Stimulus, ...]
    ignored: tuple[str, ...] = ()

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
        fh.seek(256 + n_signals * 216)
        raw_counts = fh.read(8 * n_signals)
    if len(raw_counts) < 8 * n_signals:
        raise RecordingError(f"{path.name} is truncated inside its header")
    try:
        per_record = sum(
            int(raw_counts[i * 8 : (i + 1) * 8].decode("ascii").strip()) for i in range(n_signals)
        )
    except ValueError:
        raise RecordingError(
            f"{path.name}: the EDF header is damaged (samples per record)"
        ) from None
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


def _trigger_stimuli(raw, label: str, codes: dict[int, str]) -> list[Stimulus]:
    """Stimuli from rising edges of a trigger channel."""
    x = raw.get_data(picks=[label])[0]
    # Pulses may be stored in any unit: round the values relative to the channel's
    # own scale, taking MNE's volts back to the stored numbers when needed.
    scale = 1e6 if np.nanmax(np.abs(x)) < 1e-2 else 1.0
    v = np.rint(x * scale).astype(np.int64)
    rising = np.flatnonzero((v[1:] != 0) & (v[1:] != v[:-1])) + 1
    sfreq = float(raw.info["sfreq"])
    out = []
    for i in rising:
        kind = codes.get(int(v[i]))
        if kind is not None:
            out.append(Stimulus(onset_s=i / sfreq, sample=int(i), kind=kind))
    return out


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

    channels: list[ChannelRole] = []
    ignored: list[str] = []
    trigger = montage.trigger_channel
    for label in raw.ch_names:
        if trigger is not None and label == trigger:
            ignored.append(label)
            continue
        role = montage.channel_role(label)
        if role is None:
            if trigger is None and label.strip().lower() in _TRIGGER_NAMES:
                trigger = label
            ignored.append(label)
        else:
            channels.append(role)
    if not channels:
        names = ", ".join(f"'{c}'" for c in raw.ch_names)
        raise RecordingError(
            f"{path.name}: none of the channels ({names}) is a recognised muscle or BAEP "
            "channel; name them by muscle (e.g. 'Mentalis', 'OOc') or 'BAEP ...', "
            "or map them with --montage"
        )
    if trigger is not None and trigger not in raw.ch_names:
        raise RecordingError(f"{path.name}: trigger channel '{trigger}' is not in the file")

    stimuli: list[Stimulus] = []
    n = raw.n_times
    for onset, desc in zip(raw.annotations.onset, raw.annotations.description, strict=True):
        kind = montage.stimulus_kind(str(desc))
        if kind is None:
            continue
        sample = round(float(onset) * sfreq)
        if 0 <= sample < n:
            stimuli.append(Stimulus(onset_s=sample / sfreq, sample=sample, kind=kind))
    if not stimuli and trigger is not None:
        stimuli = _trigger_stimuli(raw, trigger, montage.trigger_codes or DEFAULT_TRIGGER_CODES)
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
    )
