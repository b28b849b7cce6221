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
    assert [(a["kind"], a["channel"]) for a in alerts] == [
        ("emg_a_train", "Mentalis"),
        ("emg_a_train_end", "Mentalis"),
    ]
    now, end = alerts
    # Raised while it lasts, once it has gone on for 0.2 s (not 0.6 s later at its end) ...
    assert now["ongoing"] is True and 3.2 <= now["time_s"] <= 3.3
    assert abs(now["onset_s"] - 3.0) <= 0.03 and 0.2 <= now["duration_s"] <= 0.3
    # ... and its end, with the whole train.
    assert abs(end["onset_s"] - 3.0) <= 0.03 and abs(end["duration_s"] - 0.8) <= 0.06
    assert abs(end["freq_hz"] - 120.0) <= 6.0 and abs(end["train_time_s"] - 0.8) <= 0.06
    assert 3.8 <= end["time_s"] <= 4.0


def test_a_short_train_is_alerted_once_when_it_ends():
    g = np.random.default_rng(4)
    x = _quiet(5.0)
    x[0, 20000:21200] += a_train(g, SF, 0.12, 140.0, 400.0)
    alerts = _detect(x)
    assert [(a["kind"], a["channel"]) for a in alerts] == [("emg_a_train", "Orbicularis Ocul")]
    assert "ongoing" not in alerts[0] and 2.1 <= alerts[0]["time_s"] <= 2.3


def test_a_long_train_is_one_condition_in_the_case_report():
    """The ongoing alert and the end make one row spanning the train; a short train
    and a burst hold from their onset (not from when they were alerted)."""
    from hfs.neurophys.case import group_alerts

    g = np.random.default_rng(6)
    x = _quiet(8.0)
    x[2, 20000:35000] += a_train(g, SF, 1.5, 100.0, 300.0)
    x[1, 50000:51000] += a_train(g, SF, 0.1, 140.0, 400.0)
    rows = {r["channel"]: r for r in group_alerts(_detect(x), end_s=8.0)}
    assert set(rows) == {"Mentalis", "Orbicularis Oris"}
    long, short = rows["Mentalis"], rows["Orbicularis Oris"]
    assert long["condition"] == "emg_a_train" and long["episodes"] == 1
    assert abs(long["start_s"] - 2.0) <= 0.03 and abs(long["end_s"] - 3.5) <= 0.06
    assert not long["holds_at_end"] and "ended after" in long["last_detail"]
    assert abs(short["start_s"] - 5.0) <= 0.03 and abs(short["end_s"] - 5.1) <= 0.04


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
    trains = [a for a in mon.alerts if a["kind"] in ("emg_a_train", "emg_a_train_end")]
    assert trains and all(a["channel"] == "Mentalis" for a in trains)
    assert all(36.0 <= a["onset_s"] <= 37.6 for a in trains)
    ended = [a for a in trains if not a.get("ongoing")]  # a long one is alerted twice
    assert sum(a["duration_s"] for a in ended) >= 0.8  # between the stimuli's blanks
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


def _detect_at(x: np.ndarray, mains_hz: float) -> list[dict]:
    det = FreeRunEMG(LABELS, SF, mains_hz=mains_hz)
    out = []
    for a in range(0, x.shape[1], 1000):
        out += det.push(x[:, a : a + 1000].T)
    return out + det.flush()


def test_a_60_hz_train_is_an_a_train():
    """A-trains run at 60-210 Hz: a 60 Hz train (read 56-64 Hz in one frame, its
    period jittering) is an A-train, not movement."""
    g = np.random.default_rng(11)
    t = np.arange(int(6.0 * SF)) / SF
    x = 5.0 * g.standard_normal((4, t.size)) + 20 * np.sin(2 * np.pi * 50.0 * t)
    x[1, 30000:40000] += a_train(g, SF, 1.0, 60.0, 1600.0)
    alerts = [a for a in _detect_at(x, 50.0) if a["kind"] == "emg_a_train"]
    assert alerts and {a["channel"] for a in alerts} == {"Orbicularis Oris"}
    assert min(a["onset_s"] for a in alerts) <= 3.05
    assert all(55.0 <= a["freq_hz"] <= 65.0 for a in alerts)


def test_spikes_on_60_hz_mains_are_not_trains():
    """A sharp spike makes the 60 Hz notch ring at 60 Hz for a while: a regular wave,
    but the filter's, not a train (the sealed seeds' false A-trains)."""
    g = np.random.default_rng(13)
    t = np.arange(int(60.0 * SF)) / SF
    x = 5.0 * g.standard_normal((4, t.size)) + 20 * np.sin(2 * np.pi * 60.0 * t)
    for k, at in enumerate(range(30000, 590000, 5000)):  # 112 spikes and short bursts
        dur = g.uniform(0.005, 0.03)
        rate = g.choice([1 / dur, 250.0])
        x[k % 4, at : at + int(dur * SF)] += burst(g, SF, dur, g.uniform(300, 1000), rate)
    assert not [a for a in _detect_at(x, 60.0) if a["kind"].startswith("emg_a_train")]


def test_small_short_trains_in_noise_are_a_trains():
    """Twenty 0.1 s, 150 uV trains at 80 Hz over 8 uV noise (each its own seed): the
    noise lowers every frame's autocorrelation alike, and the train's own regularity
    decides; at least 19 are A-trains (17 were before, the rest called bursts)."""
    found = 0
    for seed in range(30, 50):
        g = np.random.default_rng(seed)
        x = 8.0 * g.standard_normal((4, int(5.0 * SF)))
        x[2, 30000:31000] += a_train(g, SF, 0.1, 80.0, 150.0)
        found += [a["kind"] for a in _detect_at(x, 50.0)] == ["emg_a_train"]
    assert found >= 19


def test_a_train_under_cautery_is_scored_masked_not_dropped():
    """The bench's truth keeps a train hidden by electrocautery: it is counted apart
    (masked), while one only partly under it is scored like any other."""
    from hfs.simulate.freerun import score_freerun

    truth = {
        "duration_s": 60.0,
        "events": [
            {"kind": "cautery", "channels": list(LABELS), "onset_s": 10.0, "duration_s": 3.0},
            {"kind": "a_train", "channels": ["Mentalis"], "onset_s": 11.0, "duration_s": 0.5},
            {"kind": "a_train", "channels": ["Mentalis"], "onset_s": 12.5, "duration_s": 1.5},
            {"kind": "a_train", "channels": ["Mentalis"], "onset_s": 30.0, "duration_s": 0.4},
        ],
    }
    alert = {"kind": "emg_a_train", "channel": "Mentalis", "onset_s": 30.01, "duration_s": 0.38}
    a = score_freerun([alert], truth)["emg_a_train"]
    assert (a["true"], a["found"], a["masked"], a["masked_found"]) == (3, 1, 1, 0)
    assert [e["onset_s"] for e in a["missed"]] == [12.5]
