"""Free-running facial EMG during surgery (between stimuli), with ground truth.

What is simulated, and from where (``../shared/DOMAIN.md`` section 4; Romstoeck et
al., J Neurosurg 2000; Prell et al., J Neurosurg 2007):

- **A-trains**: sinusoid-like, symmetric sequences of uniform waves at a regular
  60-210 Hz (each wave a biphasic motor-unit-like potential of 1.5-4 ms; period jitter
  1-3%), 100 uV-2 mV peak-to-peak, abrupt onset, lasting 50 ms to 5 s (log-uniform);
  on one channel, or on two with their own waveform and phase (one nerve, two
  muscles).
- **Bursts**: irregular, short polyphasic discharges (random motor-unit potentials at
  random times, 100-400 a second) of 20-300 ms, 100 uV-1 mV; **spikes**: one to three
  such potentials (under 15 ms). Mechanical contact with the nerve, usually harmless.
- Surgery noise that is **not** nerve activity: electrocautery (broadband, 0.3-3 mV
  RMS, 0.3-4 s, on every channel alike: it couples into all electrodes, with the
  mains harmonics it is modulated by); the high-speed drill (a periodic artifact at
  the burr's 250-900 Hz rotation with harmonics, 30-400 uV, 1-10 s, on every
  channel); movement of the head or the electrodes (slow 0.5-5 Hz deflections of
  0.2-2 mV with a few sharp edges, on one to all channels).
- Background: white noise 3-8 uV RMS, a little tonic EMG, mains hum 5-30 uV.

The truth (``hfs.neuro.freerun_truth/1``) lists every event with kind, channels,
onset and duration; :func:`score_freerun` matches detections against it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import signal

TRUTH_SCHEMA = "hfs.neuro.freerun_truth/1"
NERVE = ("a_train", "burst", "spike")
#: An event this much under electrocautery is scored as "masked" (see score_freerun).
MASKED_FRACTION = 0.9
ARTIFACTS = ("cautery", "drill", "movement")


@dataclass(frozen=True)
class SurgeryEMG:
    data_uv: np.ndarray  # (n_channels, n)
    sfreq: float
    labels: tuple[str, ...]
    truth: dict


def _muap(rng, sfreq: float, width_ms: float) -> np.ndarray:
    """A biphasic (sometimes triphasic) motor-unit-like potential, unit peak-to-peak."""
    n = max(4, int(width_ms * 1e-3 * sfreq))
    t = np.linspace(-1, 1, n)
    w = -t * np.exp(-(t**2) * 4)
    if rng.random() < 0.4:
        w += 0.3 * np.exp(-((t - 0.6) ** 2) * 20)
    w -= w.mean()
    return w / np.ptp(w)


def _place(x: np.ndarray, wave: np.ndarray, at: int) -> None:
    a, b = max(at, 0), min(at + wave.size, x.size)
    if b > a:
        x[a:b] += wave[a - at : b - at]


def a_train(rng, sfreq: float, duration_s: float, freq_hz: float, pp_uv: float) -> np.ndarray:
    """A train of uniform waves at a regular rate (period jitter 1-3%)."""
    n = int(duration_s * sfreq)
    x = np.zeros(n)
    wave = _muap(rng, sfreq, rng.uniform(1.5, 4.0))
    jitter = rng.uniform(0.01, 0.03)
    # Slow amplitude drift (+/-10%), abrupt onset and end.
    env_t = np.linspace(0, 1, 8)
    env = 1 + 0.1 * rng.standard_normal(8)
    period = sfreq / freq_hz
    pos = 0.0
    while pos < n:
        g = float(np.interp(pos / max(n, 1), env_t, env))
        _place(x, g * pp_uv * wave, int(pos))
        pos += period * (1 + jitter * rng.standard_normal())
    return x


def burst(rng, sfreq: float, duration_s: float, pp_uv: float, rate: float) -> np.ndarray:
    """Irregular polyphasic discharge: potentials of several shapes at random times."""
    n = max(1, int(duration_s * sfreq))
    x = np.zeros(n)
    shapes = [_muap(rng, sfreq, rng.uniform(2.0, 8.0)) * rng.choice([-1, 1]) for _ in range(5)]
    k = max(1, rng.poisson(rate * duration_s))
    for at in rng.uniform(0, n, k):
        w = shapes[rng.integers(len(shapes))]
        _place(x, pp_uv * rng.uniform(0.3, 1.0) * w, int(at) - w.size // 2)
    return x


def simulate_surgery_emg(
    duration_s: float = 600.0,
    *,
    sfreq: float = 10000.0,
    n_channels: int = 4,
    rng=0,
    a_trains_per_min: float = 1.0,
    bursts_per_min: float = 1.5,
    spikes_per_min: float = 2.0,
    cautery_per_min: float = 0.8,
    drill_per_min: float = 0.3,
    movement_per_min: float = 0.5,
    mains_hz: float = 50.0,
) -> SurgeryEMG:
    """Free-running facial EMG of an operation (no stimulation), with its truth."""
    g = rng if isinstance(rng, np.random.Generator) else np.random.default_rng(rng)
    n = int(duration_s * sfreq)
    t = np.arange(n) / sfreq
    labels = ("Orbicularis Ocul", "Orbicularis Oris", "Mentalis", "Zygomaticus", "Frontalis")
    labels = labels[:n_channels]
    x = np.zeros((n_channels, n))
    sos = signal.butter(2, [30, 300], btype="band", fs=sfreq, output="sos")
    for c in range(n_channels):
        x[c] += g.uniform(3, 8) * g.standard_normal(n)
        x[c] += signal.sosfilt(sos, g.standard_normal(n)) * g.uniform(1, 4)
        hum = g.uniform(5, 30)
        for h in (1, 3):
            x[c] += hum / h * np.sin(2 * np.pi * mains_hz * h * t + g.uniform(0, 2 * np.pi))
    events = []

    def starts(per_min: float, longest_s: float) -> np.ndarray:
        k = g.poisson(per_min * duration_s / 60.0)
        return np.sort(g.uniform(0.5, max(duration_s - longest_s - 0.5, 1.0), k))

    for t0 in starts(a_trains_per_min, 5.0):
        dur = float(np.exp(g.uniform(np.log(0.05), np.log(5.0))))
        f = float(g.uniform(60, 210))
        pp = float(np.exp(g.uniform(np.log(100), np.log(2000))))
        chans = [int(g.integers(n_channels))]
        if g.random() < 0.3:
            chans.append(int((chans[0] + 1 + g.integers(n_channels - 1)) % n_channels))
        for j, c in enumerate(chans):
            f_c = f * (1 + 0.01 * g.standard_normal()) if j else f
            pp_c = pp * (g.uniform(0.5, 1.0) if j else 1.0)
            _place(x[c], a_train(g, sfreq, dur, f_c, pp_c), int(t0 * sfreq))
        events.append(
            {
                "kind": "a_train",
                "channels": [labels[c] for c in chans],
                "onset_s": round(float(t0), 4),
                "duration_s": round(dur, 4),
                "freq_hz": round(f, 1),
                "pp_uv": round(pp, 1),
            }
        )
    for kind, per_min in (("burst", bursts_per_min), ("spike", spikes_per_min)):
        for t0 in starts(per_min, 0.3):
            c = int(g.integers(n_channels))
            pp = float(np.exp(g.uniform(np.log(100), np.log(1000))))
            if kind == "burst":
                dur = float(g.uniform(0.02, 0.3))
                w = burst(g, sfreq, dur, pp, g.uniform(100, 400))
            else:
                dur = float(g.uniform(0.004, 0.015))
                w = burst(g, sfreq, dur, pp, 1 / dur)
            _place(x[c], w, int(t0 * sfreq))
            events.append(
                {
                    "kind": kind,
                    "channels": [labels[c]],
                    "onset_s": round(float(t0), 4),
                    "duration_s": round(dur, 4),
                    "pp_uv": round(pp, 1),
                }
            )
    for t0 in starts(cautery_per_min, 4.0):
        dur = float(g.uniform(0.3, 4.0))
        m = int(dur * sfreq)
        rms = float(np.exp(g.uniform(np.log(300), np.log(3000))))
        common = g.standard_normal(m) * rms
        tt = np.arange(m) / sfreq
        common *= 1 + 0.5 * np.sin(2 * np.pi * 2 * mains_hz * tt)  # mains-modulated
        for c in range(n_channels):
            gain = g.uniform(0.6, 1.4)
            _place(x[c], gain * common + 0.1 * rms * g.standard_normal(m), int(t0 * sfreq))
        events.append(
            {
                "kind": "cautery",
                "channels": list(labels),
                "onset_s": round(float(t0), 4),
                "duration_s": round(dur, 4),
            }
        )
    for t0 in starts(drill_per_min, 10.0):
        dur = float(g.uniform(1.0, 10.0))
        m = int(dur * sfreq)
        f = float(g.uniform(250, 900)) * (1 + 0.02 * np.cumsum(g.standard_normal(m)) / np.sqrt(m))
        ph = 2 * np.pi * np.cumsum(f) / sfreq
        amp = float(g.uniform(30, 400))
        common = amp * (np.sin(ph) + 0.5 * np.sin(2 * ph) + 0.3 * np.sin(3 * ph))
        common += 0.3 * amp * g.standard_normal(m)
        for c in range(n_channels):
            _place(x[c], g.uniform(0.5, 1.5) * common, int(t0 * sfreq))
        events.append(
            {
                "kind": "drill",
                "channels": list(labels),
                "onset_s": round(float(t0), 4),
                "duration_s": round(dur, 4),
            }
        )
    for t0 in starts(movement_per_min, 2.0):
        dur = float(g.uniform(0.2, 2.0))
        m = int(dur * sfreq)
        tt = np.arange(m) / sfreq
        amp = float(np.exp(g.uniform(np.log(200), np.log(2000))))
        slow = amp * np.sin(2 * np.pi * g.uniform(0.5, 5) * tt) * np.hanning(m)
        for _ in range(int(g.integers(1, 4))):  # electrode pops: sharp edges
            slow[int(g.integers(m)) :] += amp * g.uniform(-0.5, 0.5)
        slow -= np.linspace(slow[0], slow[-1], m)
        chans = sorted(g.choice(n_channels, size=int(g.integers(1, n_channels + 1)), replace=False))
        for c in chans:
            _place(x[c], g.uniform(0.5, 1.0) * slow, int(t0 * sfreq))
        events.append(
            {
                "kind": "movement",
                "channels": [labels[c] for c in chans],
                "onset_s": round(float(t0), 4),
                "duration_s": round(dur, 4),
            }
        )
    events.sort(key=lambda e: e["onset_s"])
    truth = {
        "schema": TRUTH_SCHEMA,
        "duration_s": duration_s,
        "sfreq": sfreq,
        "mains_hz": mains_hz,
        "labels": list(labels),
        "events": events,
    }
    return SurgeryEMG(data_uv=x, sfreq=sfreq, labels=labels, truth=truth)


def score_freerun(alerts: list[dict], truth: dict, *, slack_s: float = 0.15) -> dict:
    """Match ``emg_a_train`` / ``emg_burst`` alerts (``channel``, ``onset_s``,
    ``duration_s``) with the truth's events.

    An A-train is found when an ``emg_a_train`` alert on one of its channels overlaps
    it (within ``slack_s``); an ``emg_a_train`` alert that overlaps no true A-train on
    its channel is false (over a burst too). A burst alert over an A-train or a spike
    is counted as other nerve activity, not false. Artifacts only make false alerts.

    An event with at least :data:`MASKED_FRACTION` of its span under electrocautery
    (broadband, 0.3-3 mV RMS on every channel) cannot be seen by any system: it
    stays in ``true`` and ``found``, and is counted apart in ``masked`` (and
    ``masked_found``), so that a sensitivity can be given on the visible events
    (``(found - masked_found) / (true - masked)``) next to the one on all. ``missed``
    lists the visible events no alert matched. The drill (30-400 uV at 250-900 Hz)
    leaves a train visible: a train under it is never masked.
    """

    def overlaps(a: dict, e: dict) -> bool:
        a0, a1 = a["onset_s"], a["onset_s"] + a["duration_s"]
        e0, e1 = e["onset_s"], e["onset_s"] + e["duration_s"]
        return a["channel"] in e["channels"] and a0 <= e1 + slack_s and e0 <= a1 + slack_s

    def masked(e: dict) -> bool:
        # Covered (MASKED_FRACTION of its span or more) by electrocautery, which is
        # broadband and millivolts strong on every channel: no system sees a train
        # under it, and ours reports nothing there by design.
        e0, e1 = e["onset_s"], e["onset_s"] + e["duration_s"]
        cover = np.zeros(max(1, int(round((e1 - e0) * 1000))), bool)
        for m in truth["events"]:
            if m["kind"] != "cautery":
                continue
            a = int(np.floor((m["onset_s"] - e0) * 1000))
            b = int(np.ceil((m["onset_s"] + m["duration_s"] - e0) * 1000))
            cover[max(a, 0) : max(b, 0)] = True
        return bool(cover.mean() >= MASKED_FRACTION)

    # A long A-train is alerted while it lasts (``ongoing``, its span so far) and
    # again when it ends (``emg_a_train_end``, its whole span): one detection, scored
    # on the whole span.
    ends = {(a["channel"], a["onset_s"]): a for a in alerts if a["kind"] == "emg_a_train_end"}
    alerts = [
        {**ends.get((a["channel"], a["onset_s"]), a), "kind": a["kind"]}
        if a["kind"] == "emg_a_train" and a.get("ongoing")
        else a
        for a in alerts
        if a["kind"] != "emg_a_train_end"
    ]
    out = {"hours": truth["duration_s"] / 3600.0}
    for alert_kind, kinds in (("emg_a_train", ("a_train",)), ("emg_burst", ("burst",))):
        got = [a for a in alerts if a["kind"] == alert_kind]
        true = [e for e in truth["events"] if e["kind"] in kinds]
        found = sum(any(overlaps(a, e) for a in got) for e in true)
        # A "train" over a burst or a spike is a false A-train; a "burst" over an
        # A-train or a spike is nerve activity, counted apart.
        tolerated = (
            true
            if alert_kind == "emg_a_train"
            else [e for e in truth["events"] if e["kind"] in NERVE]
        )
        false = [a for a in got if not any(overlaps(a, e) for e in tolerated)]
        wrong_kind = [a for a in got if not any(overlaps(a, e) for e in true) and a not in false]
        hidden = [e for e in true if masked(e)]
        out[alert_kind] = {
            "true": len(true),
            "found": found,
            # Under cautery: reported apart, neither dropped nor counted as missed
            # in the "visible" figures.
            "masked": len(hidden),
            "masked_found": sum(any(overlaps(a, e) for a in got) for e in hidden),
            "missed": [e for e in true if e not in hidden and not any(overlaps(a, e) for a in got)],
            "alerts": len(got),
            "false": len(false),
            "other_nerve_activity": len(wrong_kind),
            "false_alerts": false,
        }
    return out


def add_free_run(sim, events: list[dict], *, rng=0):
    """A simulated recording (:class:`hfs.simulate.recording.SimulatedRecording`) with
    free-running EMG events added to its channels, listed in ``truth["free_run"]``.

    ``events``: dicts with ``kind`` (``a_train``, ``burst`` or ``cautery``),
    ``onset_s``, ``duration_s``, and for nerve activity ``channel`` (a label of the
    recording), ``pp_uv`` and, for an A-train, ``freq_hz``. Cautery goes on every
    channel alike (``rms_uv``, default 1000).
    """
    from dataclasses import replace

    g = rng if isinstance(rng, np.random.Generator) else np.random.default_rng(rng)
    x = sim.data_uv.copy()
    sfreq = sim.sfreq
    out = []
    for e in events:
        at = int(e["onset_s"] * sfreq)
        if e["kind"] == "a_train":
            c = sim.labels.index(e["channel"])
            _place(x[c], a_train(g, sfreq, e["duration_s"], e["freq_hz"], e["pp_uv"]), at)
            out.append({**e, "channels": [e["channel"]]})
        elif e["kind"] == "burst":
            c = sim.labels.index(e["channel"])
            _place(x[c], burst(g, sfreq, e["duration_s"], e["pp_uv"], 250.0), at)
            out.append({**e, "channels": [e["channel"]]})
        elif e["kind"] == "cautery":
            m = int(e["duration_s"] * sfreq)
            common = g.standard_normal(m) * e.get("rms_uv", 1000.0)
            for c in range(x.shape[0]):
                _place(x[c], g.uniform(0.6, 1.4) * common, at)
            out.append({**e, "channels": list(sim.labels)})
        else:
            raise ValueError(f"unknown free-running event kind '{e['kind']}'")
    return replace(sim, data_uv=x, truth={**sim.truth, "free_run": out})
