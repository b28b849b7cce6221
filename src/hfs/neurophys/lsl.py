"""Lab Streaming Layer (pylsl): publish a recording as a live stream, and read one.

Stream convention (what ``hfs simulate stream`` publishes and ``hfs neuro monitor
--lsl`` expects):

- one stream, type ``"EMG"``, ``float32`` samples at the recording's rate;
- one channel per recorded muscle/BAEP derivation, in microvolts, labels in
  ``desc/channels/channel/label`` (the same labels as in the EDF file);
- a last channel ``"Trigger"``: 0, or a stimulus code at the stimulus onset sample;
  the codes are listed in ``desc/hfs_trigger_codes/code`` (``value``, ``kind``),
  default :data:`hfs.neurophys.montage.DEFAULT_TRIGGER_CODES`.

Keeping the trigger in the data stream makes stimulus timing exact to the sample,
with no clock synchronisation between a marker stream and the data.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from hfs.errors import RecordingError
from hfs.neurophys.io import Recording
from hfs.neurophys.monitor import SignalEvent
from hfs.neurophys.montage import DEFAULT_TRIGGER_CODES, ChannelRole, Montage

TRIGGER_LABEL = "Trigger"
#: A stream silent for longer than this (s) raises ``signal_lost``.
SIGNAL_LOST_S = 2.0


def _pylsl():
    """Import pylsl with liblsl's console logging reduced to fatal errors."""
    if "LSLAPICFG" not in os.environ:
        cfg = Path(tempfile.gettempdir()) / "hfs_lsl_api.cfg"
        if not cfg.exists():
            cfg.write_text("[log]\nlevel = -3\n", encoding="ascii")
        os.environ["LSLAPICFG"] = str(cfg)
    try:
        import pylsl
    except Exception as exc:  # the wheel bundles liblsl; a broken install lands here
        raise RecordingError(f"Lab Streaming Layer is not available: {exc}") from None
    return pylsl


def publish_recording(
    rec: Recording,
    name: str,
    *,
    speed: float | None = 1.0,
    chunk_s: float = 0.02,
    wait_for_consumer_s: float = 0.0,
    linger_s: float = 1.0,
    pause: tuple[float, float] | None = None,
) -> int:
    """Publish a recording as an LSL stream (see the module docstring).

    Parameters
    ----------
    rec : Recording
    name : str
        Stream name.
    speed : float or None
        1.0 real time; 2.0 twice as fast; ``None`` as fast as the link allows.
    chunk_s : float
        Samples per push (s).
    wait_for_consumer_s : float
        Wait up to this long for an inlet to connect before sending.
    linger_s : float
        Keep the outlet open this long after the last sample.
    pause : (float, float), optional
        ``(at_s, for_s)``: at ``at_s`` seconds of signal, send nothing for ``for_s``
        seconds of wall time, then go on with the next samples (none is lost): an
        amplifier or link that stalls, for testing the monitor's ``signal_lost``.

    Returns
    -------
    int
        Samples sent.
    """
    pylsl = _pylsl()
    labels = [c.label for c in rec.channels]
    info = pylsl.StreamInfo(
        name, "EMG", len(labels) + 1, rec.sfreq, pylsl.cf_float32, f"hfs-{name}"
    )
    chans = info.desc().append_child("channels")
    for c in rec.channels:
        ch = chans.append_child("channel")
        ch.append_child_value("label", c.label)
        ch.append_child_value("unit", "microvolts")
        ch.append_child_value("type", "BAEP" if c.is_baep else "EMG")
    tr = chans.append_child("channel")
    tr.append_child_value("label", TRIGGER_LABEL)
    tr.append_child_value("type", "STIM")
    codes = info.desc().append_child("hfs_trigger_codes")
    kind_code = {k: c for c, k in DEFAULT_TRIGGER_CODES.items()}
    for c, k in DEFAULT_TRIGGER_CODES.items():
        e = codes.append_child("code")
        e.append_child_value("value", str(c))
        e.append_child_value("kind", k)
    stim_samples = np.array([s.sample for s in rec.stimuli], dtype=np.int64)
    stim_codes = np.array([kind_code[s.kind] for s in rec.stimuli], dtype=np.float32)
    step = max(1, int(chunk_s * rec.sfreq))
    outlet = pylsl.StreamOutlet(info, chunk_size=step, max_buffered=360)
    if wait_for_consumer_s > 0:
        outlet.wait_for_consumers(wait_for_consumer_s)
    t0 = time.monotonic()
    n = rec.raw.n_times
    paused = pause is None
    # The file is read a block at a time (whole chunks per block), never whole.
    per_block = max(1, round(20.0 * rec.sfreq / step)) * step
    for a0, data in rec.iter_blocks(block_s=per_block / rec.sfreq):
        trig = np.zeros(data.shape[1], dtype=np.float32)
        here = (stim_samples >= a0) & (stim_samples < a0 + data.shape[1])
        trig[stim_samples[here] - a0] = stim_codes[here]
        block = np.vstack([data.astype(np.float32), trig[None, :]]).T.copy()
        for a in range(a0, a0 + data.shape[1], step):
            b = min(a + step, n)
            if not paused and a >= pause[0] * rec.sfreq:
                paused = True
                time.sleep(pause[1])
                t0 += pause[1]
            if speed:
                wait = (a / rec.sfreq) / speed - (time.monotonic() - t0)
                if wait > 0:
                    time.sleep(wait)
            outlet.push_chunk(block[a - a0 : b - a0])
    time.sleep(linger_s)
    del outlet
    return n


def open_lsl(
    name: str, *, montage: Montage | None = None, timeout_s: float = 10.0
) -> tuple[object, tuple[ChannelRole, ...], list[int], int | None, dict[int, str], float]:
    """Resolve a stream by name; recognise its channels.

    Returns
    -------
    inlet, channels, rows (column of each recognised channel), trigger column,
    trigger codes, sampling rate.
    """
    pylsl = _pylsl()
    found = pylsl.resolve_byprop("name", name, 1, timeout_s)
    if not found:
        raise RecordingError(f"no LSL stream named '{name}' found within {timeout_s:g} s")
    from pylsl.util import LostError, TimeoutError

    inlet = pylsl.StreamInlet(found[0], max_buflen=60, recover=False)
    try:
        info = inlet.info(timeout=timeout_s)
    except (LostError, TimeoutError):
        raise RecordingError(
            f"LSL stream '{name}' went away before its description arrived"
        ) from None
    sfreq = float(info.nominal_srate())
    if sfreq <= 0:
        raise RecordingError(
            f"LSL stream '{name}' has an irregular rate; a sampled stream is needed"
        )
    labels = []
    ch = info.desc().child("channels").child("channel")
    while not ch.empty():
        labels.append(ch.child_value("label"))
        ch = ch.next_sibling()
    if len(labels) != info.channel_count():
        labels = [f"ch{i + 1}" for i in range(info.channel_count())]
    codes: dict[int, str] = {}
    e = info.desc().child("hfs_trigger_codes").child("code")
    while not e.empty():
        with contextlib.suppress(ValueError):
            codes[int(e.child_value("value"))] = e.child_value("kind")
        e = e.next_sibling()
    montage = montage or Montage()
    codes = montage.trigger_codes or codes or DEFAULT_TRIGGER_CODES
    trig_label = montage.trigger_channel or TRIGGER_LABEL
    trigger = labels.index(trig_label) if trig_label in labels else None
    channels, rows = [], []
    for i, lb in enumerate(labels):
        if i == trigger:
            continue
        role = montage.channel_role(lb)
        if role is not None:
            channels.append(role)
            rows.append(i)
    if not channels:
        raise RecordingError(
            f"LSL stream '{name}': none of the channels ({', '.join(labels)}) is a recognised "
            "muscle or BAEP channel; map them with --montage"
        )
    if trigger is None:
        raise RecordingError(f"LSL stream '{name}' has no '{trig_label}' channel for stimuli")
    if sfreq < 5000:
        raise RecordingError(f"LSL stream '{name}': rate {sfreq:g} Hz is too low (need 5000 Hz)")
    return inlet, tuple(channels), rows, trigger, codes, sfreq


def lsl_chunks(
    inlet,
    rows: list[int],
    trigger: int,
    codes: dict[int, str],
    *,
    lost_s: float = SIGNAL_LOST_S,
    give_up_s: float = 60.0,
    max_s: float | None = None,
    sfreq: float | None = None,
) -> Iterator[tuple[np.ndarray, list[tuple[int, str]]] | SignalEvent]:
    """Pull chunks from an inlet; stimuli from rising edges of the trigger column.

    Between chunks it yields :class:`~hfs.neurophys.monitor.SignalEvent` items: a
    ``signal_lost`` when no sample came for more than ``lost_s`` seconds (wall time)
    after the first one, a ``signal_restored`` when samples come again. It ends after ``max_s`` seconds of
    signal (a planned end), or with a final ``signal_lost`` when the outlet goes away
    or stays silent for ``give_up_s`` seconds: a stream cannot say that it ended on
    purpose, so an end before ``max_s`` is a lost signal.

    Stream time counts the samples received: samples that the source dropped during
    a stall (rather than sent late) are not counted, so later times read early by
    the dropped span.
    """
    _pylsl()
    from pylsl.util import LostError, TimeoutError

    try:
        inlet.open_stream(timeout=10.0)
    except (LostError, TimeoutError):
        raise RecordingError("the LSL stream went away before sending data") from None
    n = 0
    prev = 0.0
    last = time.monotonic()
    lost = False
    while True:
        try:
            data, _ = inlet.pull_chunk(timeout=0.2, max_samples=8192)
        except LostError:
            yield SignalEvent(
                "signal_lost",
                f"the LSL stream went away after {n / sfreq if sfreq else 0:.1f} s of signal "
                "(its source closed or the link broke)",
                final=True,
            )
            return
        if not data:
            quiet = time.monotonic() - last
            # Before the first sample there is no signal to lose (a slow start is not
            # an alert); a stream that never sends ends after give_up_s all the same.
            if not lost and n > 0 and quiet > lost_s:
                lost = True
                yield SignalEvent("signal_lost", f"no sample from the LSL stream for {quiet:.1f} s")
            if quiet > give_up_s:
                yield SignalEvent(
                    "signal_lost",
                    f"no sample from the LSL stream for {give_up_s:g} s: gave up waiting",
                    final=True,
                )
                return
            continue
        if lost:
            lost = False
            yield SignalEvent(
                "signal_restored",
                f"samples from the LSL stream again after {time.monotonic() - last:.1f} s without",
            )
        last = time.monotonic()
        arr = np.asarray(data, dtype=np.float64)
        tr = arr[:, trigger]
        before = np.r_[prev, tr[:-1]]
        onsets = np.flatnonzero((tr != 0) & (tr != before))
        events = []
        for i in onsets:
            kind = codes.get(round(tr[i]))
            if kind is not None:
                events.append((n + int(i), kind))
        prev = float(tr[-1])
        yield arr[:, rows], events
        n += arr.shape[0]
        if max_s is not None and sfreq and n >= max_s * sfreq:
            return
