"""Free-running EMG between stimuli: A-trains, bursts, and surgery noise that is neither."""

from __future__ import annotations

import numpy as np
import pytest

from hfs.neurophys import read_recording
from hfs.neurophys.freerun import FreeRunEMG
from hfs.neurophys.monitor import replay_file, run_monitor
from hfs.simulate.freerun import a_train, add_free_run, burst, simulate_surgery_emg
from hfs.simulate.recording import simulate_recording

SF = 10000.0
LABELS = ("Orbicularis Ocul", "Orbicularis Oris", "Mentalis", "Zygomaticus")


def _detect(x: np.ndarray, chunk_s: float = 0.1) -> list[dict]:
    det = FreeRunEMG(LABELS, SF, mains_hz=50.0)
    step = int(chunk_s * SF)
    out = []
    for a in range(0, x.shape[1], step):
        out += det.push(x[:, a : a + step].T)
    return out + det.flush()


def _quiet(seconds: float, seed: int = 0) -> np.ndarray:
    g = np.random.default_rng(seed)
    t = np.arange(int(seconds * SF)) / SF
    return 5.0 * g.standard_normal((4, t.size)) + 20 * np.sin(2 * np.pi * 50 * t)


def test_an_a_train_is_found_with_its_channel_duration_and_rate():
    g = np.random.default_rng(1)
    x = _quiet(6.0)
    x[2, 30000:38000] += a_train(g, SF, 0.8, 120.0, 300.0)
    alerts = _detect(x)
    assert [(a["kind"], a["channel"]) for a in alerts] == [("emg_a_train", "Mentalis")]
    (a,) = alerts
    assert abs(a["onset_s"] - 3.0) <= 0.03 and abs(a["duration_s"] - 0.8) <= 0.06
    assert abs(a["freq_hz"] - 120.0) <= 6.0
    assert 3.8 <= a["time_s"] <= 4.0  # raised when it ended


def test_a_burst_is_a_burst_and_surgery_noise_raises_nothing():
    """An irregular polyphasic discharge is a burst, not an A-train; electrocautery
    and a drill (on every channel alike) and a 400 Hz periodic artifact on one channel
    (faster than any A-train) raise nothing."""
    g = np.random.default_rng(2)
    x = _quiet(14.0)
    x[1, 20000:22000] += burst(g, SF, 0.2, 400.0, 250.0)
    cautery = 1500.0 * g.standard_normal(15000)
    for c in range(4):
        x[c, 40000:55000] += g.uniform(0.6, 1.4) * cautery
    t = np.arange(30000) / SF
    drill = 150 * (np.sin(2 * np.pi * 500 * t) + 0.5 * np.sin(2 * np.pi * 1000 * t))
    for c in range(4):
        x[c, 70000:100000] += g.uniform(0.5, 1.5) * drill
    x[3, 110000:120000] += 150 * np.sin(2 * np.pi * 400 * t[:10000])
    alerts = _detect(x)
    assert [(a["kind"], a["channel"]) for a in alerts] == [("emg_burst", "Orbicularis Oris")]
    assert abs(alerts[0]["onset_s"] - 2.0) <= 0.05


def test_simulated_surgery_emg_a_trains_found_none_false():
    """Five minutes of simulated surgery EMG (seed outside the bench's sets): every
    A-train is found and no alert is an A-train where there was none."""
    from hfs.simulate.freerun import score_freerun

    sim = simulate_surgery_emg(300.0, sfreq=SF, rng=77, a_trains_per_min=1.5)
    det = FreeRunEMG(sim.labels, SF, mains_hz=sim.truth["mains_hz"])
    alerts = []
    for a in range(0, sim.data_uv.shape[1], 1000):
        alerts += det.push(sim.data_uv[:, a : a + 1000].T)
    sc = score_freerun(alerts + det.flush(), sim.truth)
    a = sc["emg_a_train"]
    assert a["true"] >= 4 and a["found"] == a["true"] and a["false"] == 0, a


def test_monitor_watches_free_running_emg_between_stimuli(tmp_path):
    """An intraoperative LSR file at 2 Hz stimulation with an A-train on Mentalis and
    electrocautery on every channel: with ``free_run`` the A-train is alerted (its
    stimuli and responses are not taken for discharges), the cautery is not, and the
    LSR alerts are those of the truth; without it, the monitor is as before."""
    from tests.neurophys.test_monitor import match_alerts

    sim = simulate_recording("intraop-lsr", story="abrupt", duration_s=60, sfreq=10000, rng=17)
    sim = add_free_run(
        sim,
        [
            {
                "kind": "a_train",
                "channel": "Mentalis",
                "onset_s": 36.2,
                "duration_s": 1.3,
                "freq_hz": 90.0,
                "pp_uv": 250.0,
            },
            {"kind": "cautery", "onset_s": 50.0, "duration_s": 2.0},
        ],
        rng=3,
    )
    rec = read_recording(sim.write_edf(tmp_path / "op.edf"))
    mon = run_monitor(replay_file(rec), rec.channels, rec.sfreq, free_run=True)
    trains = [a for a in mon.alerts if a["kind"] == "emg_a_train"]
    assert trains and all(a["channel"] == "Mentalis" for a in trains)
    assert all(36.0 <= a["onset_s"] <= 37.6 for a in trains)
    assert sum(a["duration_s"] for a in trains) >= 0.8  # between the stimuli's blanks
    assert not [a for a in mon.alerts if a["kind"].startswith("emg") and 49.5 <= a["time_s"] <= 53]
    match_alerts([a for a in mon.alerts if a["kind"].startswith("lsr")], sim.truth)
    plain = run_monitor(replay_file(rec), rec.channels, rec.sfreq)
    assert not [a for a in plain.alerts if a["kind"].startswith("emg")]


@pytest.mark.parametrize("chunk_s", [0.013, 0.25])
def test_detection_does_not_depend_on_the_chunking(chunk_s):
    g = np.random.default_rng(5)
    x = _quiet(5.0, seed=3)
    x[0, 10000:16000] += a_train(g, SF, 0.6, 150.0, 500.0)
    ref = [(a["kind"], a["channel"], a["onset_s"]) for a in _detect(x, 0.1)]
    got = [(a["kind"], a["channel"], a["onset_s"]) for a in _detect(x, chunk_s)]
    assert got == ref and ref
