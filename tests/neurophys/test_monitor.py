"""Monitoring sweep by sweep: alerts at the right times, no false alerts."""

import numpy as np
import pytest

from hfs.neurophys import read_recording
from hfs.neurophys.monitor import Monitor, Sweep, SweepCutter, replay_file, run_monitor
from hfs.neurophys.montage import ChannelRole
from hfs.neurophys.sweeps import BAEP_EPOCH_MS, LSR_EPOCH_MS, cut, times_for
from hfs.reports.neuro import render_neuro_report


def match_alerts(got: list[dict], truth: dict) -> list[float]:
    """Pair every true alert with one raised alert of the same kind and channel.

    Returns the delays (raised - true). Fails on a missing, late or extra alert.
    """
    tol = truth["alert_tolerance_s"]
    left = list(got)
    delays = []
    for t in truth["alerts"]:
        cands = [
            a
            for a in left
            if a["kind"] == t["kind"]
            and a["channel"] == t["channel"]
            and -1e-6 <= a["time_s"] - t["time_s"] <= tol + 1e-6
        ]
        assert cands, f"missing or late {t['kind']} on {t['channel']} at {t['time_s']} s; got {got}"
        a = min(cands, key=lambda a: a["time_s"])
        left.remove(a)
        delays.append(a["time_s"] - t["time_s"])
    assert not left, f"false alerts: {left}"
    return delays


def test_lsr_transient_story_alerts(intraop_lsr_transient):
    path, sim = intraop_lsr_transient
    rec = read_recording(path)
    mon = run_monitor(replay_file(rec), rec.channels, rec.sfreq, baseline_s=(0, 30))
    res = mon.finish(rec.path).to_dict()
    delays = match_alerts(res["alerts"], sim.truth)
    # Within 2 sweeps of the truth (the target).
    assert max(delays) <= 2 * sim.truth["stim_interval_s"] + 1e-6
    kinds = [a["kind"] for a in res["alerts"]]
    assert kinds.count("lsr_disappeared") == 4 and kinds.count("lsr_reappeared") == 2
    # Baseline measures are those of analysis: LSR present at the true latency.
    for m in res["lsr"]:
        t = next(x for x in sim.truth["lsr"] if x["channel"] == m["channel"])
        assert m["present"] and abs(m["onset_latency_ms"] - t["onset_latency_ms"]) <= 0.2
    assert res["trend"] and all(r["kind"] == "lsr" for r in res["trend"])
    assert res["per_sweep_ms"] < 20


def test_baep_loss_story_alerts(intraop_baep_loss):
    path, sim = intraop_baep_loss
    rec = read_recording(path)
    mon = run_monitor(replay_file(rec), rec.channels, rec.sfreq, baseline_s=(0, 30))
    res = mon.finish(rec.path).to_dict()
    match_alerts(res["alerts"], sim.truth)
    assert [a["kind"] for a in res["alerts"]] == ["baep_warning", "baep_wave_v_loss"]
    trend = [t for t in res["trend"] if t["kind"] == "baep"]
    assert trend[0]["wave_v_latency_ms"] is not None
    # Each alert on time by its own bounds (baep_alert_bounds_s), as the bench counts.
    for t, a in zip(sim.truth["alerts"], res["alerts"], strict=True):
        assert -t["early_s"] <= a["time_s"] - t["time_s"] <= t["tolerance_s"], (t, a)


def test_baep_alert_bounds_are_the_monitors_window_and_confirmation():
    """An alert of a rolling BAEP average is on time up to the window plus C steps
    after the truth's time (the window fills, the first average wholly after the
    change comes up to a step later, C - 1 more confirm it), C being the monitor's
    own confirmation count: 2 averages, 3 for a loss; and up to one window before it
    (a window straddling a latency change smears wave V and reads it low). At 43.9
    Hz, 1000 sweeps, steps of 25: a loss up to 24.49 s late, a warning 23.92 s."""
    from hfs.neurophys import monitor
    from hfs.simulate.recording import BAEP_CONFIRM_AVERAGES, baep_alert_bounds_s

    assert BAEP_CONFIRM_AVERAGES == {
        "baep_warning": monitor.BAEP_CONFIRM,
        "baep_recovered": monitor.BAEP_CONFIRM,
        "baep_wave_v_loss": monitor.BAEP_LOSS_CONFIRM,
    }
    early, late = baep_alert_bounds_s("baep_wave_v_loss", 43.9)
    assert early == pytest.approx(22.779, abs=1e-3) and late == pytest.approx(24.487, abs=1e-3)
    early, late = baep_alert_bounds_s("baep_warning", 43.9, window_sweeps=500)
    assert early == pytest.approx(11.390, abs=1e-3) and late == pytest.approx(12.528, abs=1e-3)


def test_reduced_delayed_wave_v_is_not_called_lost(tmp_path):
    """A retraction (wave V to 40% of baseline and +1.4 ms, then back) in a noisy
    recording: its projection reads ~0.2-0.3 and dips under 20% (it did so in two
    rolling averages in a row, which raised a false wave V loss). No loss is raised;
    the warning and the recovery come within one averaging window."""
    from hfs.simulate.recording import simulate_recording

    sim = simulate_recording("intraop-baep", story="retraction", sfreq=20000, rng=24010)
    rec = read_recording(sim.write_edf(tmp_path / "retraction.edf"))
    mon = run_monitor(replay_file(rec), rec.channels, rec.sfreq, baseline_s=(0, 30))
    match_alerts(mon.alerts, sim.truth)
    assert [a["kind"] for a in mon.alerts] == ["baep_warning", "baep_recovered"]
    # The projection did go under 20% in both the average and its recent half.
    low = [t for t in mon.trend if t["kind"] == "baep" and t["wave_v_latency_ms"] is None]
    assert low, "the story no longer tests the confirmation"


def test_lsr_alert_tells_whether_stimulation_still_works(tmp_path):
    from hfs.simulate.recording import simulate_recording

    details = {}
    for story in ("abrupt", "stim_failure"):
        sim = simulate_recording("intraop-lsr", story=story, duration_s=60, sfreq=10000, rng=17)
        rec = read_recording(sim.write_edf(tmp_path / f"{story}.edf"))
        mon = run_monitor(replay_file(rec), rec.channels, rec.sfreq, baseline_s=(0, 30))
        match_alerts(mon.alerts, sim.truth)
        details[story] = mon.alerts
    assert all("stimulation effective" in a["detail"] for a in details["abrupt"])
    assert all(a["m_response_ratio"] > 0.7 for a in details["abrupt"])
    assert all("check the stimulation" in a["detail"] for a in details["stim_failure"])
    assert all(a["m_response_ratio"] < 0.2 for a in details["stim_failure"])


def test_no_alert_on_a_stable_recording(tmp_path):
    from hfs.simulate.recording import simulate_recording

    # A diagnostic recording has no story: LSR stays; the monitor must stay quiet.
    sim = simulate_recording(
        "diagnostic",
        duration_s=60,
        sfreq=10000,
        rng=31,
        spasms=False,
        crosstalk=False,
        artifact_tail=False,
        stim_jitter=0.0,
        mains_modulation=False,
    )
    rec = read_recording(sim.write_edf(tmp_path / "stable.edf"))
    mon = run_monitor(replay_file(rec), rec.channels, rec.sfreq, baseline_s=(0, 20))
    assert mon.alerts == []
    ratios = [t["ratio_median"] for t in mon.trend if t["ratio_median"] is not None]
    assert ratios and 0.6 < float(np.median(ratios)) < 1.4


def test_cutter_gives_the_same_sweeps_whatever_the_chunking():
    rng = np.random.default_rng(4)
    sfreq = 10000.0
    data = rng.standard_normal((2, 30000))
    events = [(500, "zygomatic"), (5000, "click"), (12000, "zygomatic"), (29990, "zygomatic")]
    cutter = SweepCutter(sfreq, 2)
    got = []
    pos = 0
    while pos < data.shape[1]:
        step = int(rng.integers(1, 3000))
        ev = [e for e in events if pos <= e[0] < pos + step]
        got += cutter.push(data[:, pos : pos + step].T, ev)
        pos += step
    # The last stimulus has no complete window; the first LSR window starts at -40 ms.
    assert [(round(s.time_s, 4), s.kind) for s in got] == [
        (0.05, "zygomatic"),
        (0.5, "click"),
        (1.2, "zygomatic"),
    ]
    x, _ = cut(data, np.array([500]), sfreq, LSR_EPOCH_MS)
    np.testing.assert_array_equal(got[0].data, x[0])
    x, _ = cut(data, np.array([5000]), sfreq, BAEP_EPOCH_MS)
    np.testing.assert_array_equal(got[1].data, x[0])


def test_monitor_status_for_the_live_view():
    mon = Monitor([ChannelRole("Mentalis", "mentalis"), ChannelRole("BAEP Cz-A1", "baep")], 10000.0)
    st = mon.status()
    assert st["n_sweeps"] == 0 and st["alerts"] == [] and len(st["baep"]) == 1


def test_sweeps_with_spontaneous_emg_do_not_count(intraop_lsr_transient):
    """A burst of spontaneous EMG over a sweep is marked and left out of the LSR ratio."""
    from scipy import signal

    path, sim = intraop_lsr_transient
    rec = read_recording(path)
    cutter = SweepCutter(rec.sfreq, len(rec.channels))
    sweeps = [s for chunk, ev in replay_file(rec) for s in cutter.push(chunk, ev)]
    rng = np.random.default_rng(0)
    sos = signal.butter(2, [50, 400], btype="band", fs=rec.sfreq, output="sos")
    hit = {i for i, s in enumerate(sweeps) if 34 <= s.time_s < 40}  # LSR still present
    mon = Monitor(rec.channels, rec.sfreq, mains_hz=sim.truth["mains_hz"], baseline_s=(0, 30))
    for i, s in enumerate(sweeps):
        if i in hit:
            burst = signal.sosfilt(sos, rng.standard_normal(s.data.shape)) * 400.0
            s = type(s)(time_s=s.time_s, kind=s.kind, data=s.data + burst)
        mon.update(s)
    trend = [t for t in mon.trend if t["kind"] == "lsr"]
    bursty = [t for t in trend if 34 <= t["time_s"] < 40]
    clean = [t for t in trend if not 34 <= t["time_s"] < 40]
    assert bursty and all(t["rejected"] for t in bursty)
    assert sum(t["rejected"] for t in clean) <= 0.05 * len(clean)
    # The ratio median held its value through the burst, and no alert came of it.
    before = {t["channel"]: t["ratio_median"] for t in trend if t["time_s"] < 34}
    for t in bursty:
        assert t["ratio_median"] == before[t["channel"]]
    assert not [a for a in mon.alerts if a["time_s"] < 45]
    match_alerts(mon.alerts, sim.truth)


def _lsr_stream(factors, *, sfreq=10000.0, noise_uv=2.0, seed=0):
    """Sweeps at 2 Hz (first 60 are the 0-30 s baseline) of a 100 uV two-phase LSR
    whose amplitude is ``factors[i]`` times baseline after the baseline."""
    t = times_for(sfreq, LSR_EPOCH_MS)
    rel = t - 9.5
    shape = np.where((rel >= 0) & (rel < 1.2), 50.0 * np.sin(np.pi * rel / 1.2), 0.0)
    shape -= np.where((rel >= 1.2) & (rel < 2.6), 50.0 * np.sin(np.pi * (rel - 1.2) / 1.4), 0)
    rng = np.random.default_rng(seed)
    out = []
    for i, f in enumerate([1.0] * 60 + list(factors)):
        data = (f * shape + noise_uv * rng.standard_normal(t.size))[None, :]
        out.append(Sweep(time_s=0.15 + 0.5 * i, kind="zygomatic", data=data))
    return out


def _alerts_of(factors, **kw):
    mon = Monitor([ChannelRole("Mentalis", "mentalis")], 10000.0, baseline_s=(0, 30))
    for s in _lsr_stream(factors, **kw):
        mon.update(s)
    return [(round((a["time_s"] - 30.15) / 0.5), a["kind"]) for a in mon.alerts]


def test_lsr_disappearance_cusum_trade_off():
    """The documented delays of the CUSUM rule, on sweeps whose true ratio is known.

    Sweep indices count from the first sweep after the baseline (index 0).
    """
    # A full loss at sweep 10 alerts on its 2nd sweep; back to 70% at 30, on its 2nd.
    f = [1.0] * 10 + [0.0] * 20 + [0.7] * 10
    assert _alerts_of(f) == [(11, "lsr_disappeared"), (31, "lsr_reappeared")]
    # A lost sweep now and then among present ones is no alert: a single sweep counts
    # at most 0.3 against the 0.4 threshold, and present sweeps empty the sum again.
    assert _alerts_of(([1.0] * 3 + [0.0]) * 10) == []
    # The simulated gradual decline (2.1% of baseline per sweep from sweep 24): the
    # level crosses 20% at sweep 63; the alert comes within 2 sweeps of it.
    ramp = [float(np.clip(1 - 0.0208 * (i - 24), 0, 1)) for i in range(90)]
    first_below = next(i for i, x in enumerate(ramp) if x < 0.2)
    (i, kind), *_ = _alerts_of(ramp)
    assert kind == "lsr_disappeared" and abs(i - first_below) <= 2
    # A slow decline (0.5% per sweep) alerts before the level reaches 20% (the price of
    # summing sweeps, stated in docs/neuro.md), but never above the 25% median cap.
    slow = [float(np.clip(1 - 0.005 * i, 0, 1)) for i in range(200)]
    (i, kind), *_ = _alerts_of(slow)
    assert kind == "lsr_disappeared" and 0.2 <= slow[i] <= 0.25


def _baep_file(path, *, t_loss_s, duration_s=120.0, rate=43.9, sfreq=10000.0, noise_uv=3.0, seed=0):
    """A BAEP recording written here (not by hfs.simulate): clicks at ``rate``, waves
    I, III and V, and wave V gone for good from ``t_loss_s`` to the end of the file
    (waves I and III stay, as when the lesion is above the cochlear nerve)."""
    from edfio import Edf, EdfAnnotation, EdfSignal

    g = np.random.default_rng(seed)
    x = noise_uv * g.standard_normal(int(duration_s * sfreq))
    t = np.arange(int(0.012 * sfreq)) / sfreq * 1e3

    def wave(lat, amp):
        peak = amp * np.exp(-(((t - lat) / 0.22) ** 2))
        return peak - 0.6 * amp * np.exp(-(((t - lat - 0.7) / 0.3) ** 2))

    clicks = np.arange(0.05, duration_s - 0.02, 1 / rate)
    for tc in clicks:
        s = round(tc * sfreq)
        x[s : s + t.size] += wave(1.7, 0.3) + wave(3.8, 0.35) + (tc < t_loss_s) * wave(5.7, 0.45)
    sig = EdfSignal(
        x,
        sfreq,
        label="BAEP Cz-A1",
        physical_dimension="uV",
        physical_range=(float(np.floor(x.min() - 1)), float(np.ceil(x.max() + 1))),
    )
    ann = [EdfAnnotation(round(float(tc), 4), None, "Click") for tc in clicks]
    Edf([sig], annotations=ann, data_record_duration=1.0).write(path)
    return path


def test_wave_v_lost_to_the_end_of_the_file_is_alerted(tmp_path):
    """Wave V vanishes at 90 s and never returns (file ends at 120 s), in a noisy
    recording (ratio noise SD ~0.14 per 500-sweep average). The best of the lags read
    0.2-0.4 on noise alone, so the loss was confirmed late (16-22 s) or never; now it
    comes within one averaging window (500 clicks, 11.4 s) and its confirmation."""
    window_s = 500 / 43.9 + 3 * 25 / 43.9
    for seed in (1, 2):
        path = _baep_file(tmp_path / f"loss{seed}.edf", t_loss_s=90.0, seed=seed)
        rec = read_recording(path)
        mon = run_monitor(
            replay_file(rec), rec.channels, rec.sfreq, baseline_s=(0, 30), baep_sweeps=500
        )
        assert all(a["time_s"] >= 90.0 for a in mon.alerts), mon.alerts
        loss = [a["time_s"] for a in mon.alerts if a["kind"] == "baep_wave_v_loss"]
        assert loss and loss[0] - 90.0 <= window_s, (seed, mon.alerts)
        assert mon.baep[0].state == "lost"


def test_empty_baseline_is_undecided_not_absent(intraop_lsr_transient, intraop_baep_loss):
    """Stimulation that starts after the baseline interval: nothing to compare with.
    Each pair says it cannot tell (present null, a reason), never "absent"."""
    from dataclasses import replace

    for fixture in (intraop_lsr_transient, intraop_baep_loss):
        rec = read_recording(fixture[0])
        late = replace(rec, stimuli=tuple(s for s in rec.stimuli if s.onset_s >= 30))
        mon = run_monitor(replay_file(late), late.channels, late.sfreq, baseline_s=(0, 30))
        result = mon.finish(late.path)
        d = result.to_dict()
        items = d["lsr"] + d["baep"]
        assert items and mon.n_sweeps > 0
        for m in items:
            assert m["present"] is None and "no " in m["reason"] and "baseline" in m["reason"]
        assert len(d["warnings"]) == len(items)
        assert all(s["state"] == "no_baseline" for s in d["lsr_summary"])
        assert mon.alerts == []
        page = render_neuro_report(result)
        assert "cannot tell" in page and "absent" not in page


def test_lsl_stream_that_stalls_raises_signal_lost_then_restored(tmp_path):
    """A publisher that sends nothing for 3 s at 4 s of signal, then goes on: one
    ``signal_lost`` and one ``signal_restored`` at that point of the stream; the
    monitor reaches its planned end (``max_s``) and is not marked as ended early."""
    import threading
    import uuid

    from hfs.neurophys.lsl import lsl_chunks, open_lsl, publish_recording
    from hfs.simulate.recording import simulate_recording

    sim = simulate_recording("diagnostic", duration_s=10, sfreq=10000, rng=5)
    rec = read_recording(sim.write_edf(tmp_path / "s.edf"))
    name = f"hfs-stall-{uuid.uuid4().hex[:8]}"
    pub = threading.Thread(
        target=publish_recording,
        args=(rec, name),
        kwargs=dict(speed=4.0, wait_for_consumer_s=20, pause=(4.0, 3.0), linger_s=2.0),
        daemon=True,
    )
    pub.start()
    inlet, channels, rows, trig, codes, sfreq = open_lsl(name, timeout_s=20)
    chunks = lsl_chunks(inlet, rows, trig, codes, max_s=rec.duration_s, sfreq=sfreq)
    mon = run_monitor(chunks, channels, sfreq, baseline_s=(0, 3))
    pub.join(timeout=30)
    sig = [(a["kind"], a["time_s"]) for a in mon.alerts if a["kind"].startswith("signal_")]
    assert [k for k, _ in sig] == ["signal_lost", "signal_restored"], mon.alerts
    assert all(abs(t - 4.0) <= 0.1 for _, t in sig), sig
    assert mon.ended is None
    # Every sample came (late), so the stream gave the sweeps a replay gives.
    assert mon.n_sweeps == run_monitor(replay_file(rec), rec.channels, rec.sfreq).n_sweeps > 0


def test_interrupt_keeps_what_was_measured_only_when_asked(intraop_lsr_transient):
    """Ctrl-C after 40 s of a replay: with ``keep_on_interrupt`` the monitor returns
    the sweeps so far (the baseline closed, the trend up to 40 s); without it (a job
    runner) the interrupt goes through."""
    import pytest

    rec = read_recording(intraop_lsr_transient[0])

    def stopped_at(t_s):
        for chunk, ev in replay_file(rec):
            if ev and ev[0][0] >= t_s * rec.sfreq:
                raise KeyboardInterrupt
            yield chunk, ev

    mon = run_monitor(stopped_at(40.0), rec.channels, rec.sfreq, keep_on_interrupt=True)
    d = mon.finish(rec.path).to_dict()
    assert mon.interrupted and d["interrupted"] is True
    assert d["lsr"] and all(m["present"] for m in d["lsr"])
    times = [t["time_s"] for t in d["trend"]]
    assert times and 39.0 < max(times) < 40.0
    assert any("interrupted" in w for w in d["warnings"])
    with pytest.raises(KeyboardInterrupt):
        run_monitor(stopped_at(40.0), rec.channels, rec.sfreq)


def test_short_baseline_is_undecided_and_listed(intraop_lsr_transient):
    """A baseline of 4 s at 2 Hz holds 8 sweeps, fewer than the 10 a decision needs:
    each pair says it cannot tell (present null, the reason, listed in warnings),
    never "absent", and with nothing to compare it raises no alert."""
    rec = read_recording(intraop_lsr_transient[0])
    mon = run_monitor(replay_file(rec), rec.channels, rec.sfreq, baseline_s=(0, 4))
    d = mon.finish(rec.path, warnings=("from the file",)).to_dict()
    assert d["lsr"] and all(m["n_sweeps"] < 10 for m in d["lsr"])
    for m in d["lsr"]:
        assert m["present"] is None and "at least 10" in m["reason"]
    assert {s["state"] for s in d["lsr_summary"]} == {"undecided"}
    assert d["warnings"][0] == "from the file"
    assert sum("baseline cannot tell" in w for w in d["warnings"]) == len(d["lsr"])
    assert not [a for a in mon.alerts if a["kind"].startswith("lsr")]


def test_artifact_tails_and_crosstalk_do_not_hide_the_baseline_lsr(tmp_path):
    """An intraoperative file with real stimulus-artifact tails (30-45%, tau 0.4-0.8
    ms) and M-response cross-talk, now the simulator's default: the tail is fitted on
    the baseline and taken off every sweep, so the baseline LSR is present at its true
    onset and every alert comes on time (without it, both pairs of this seed said
    'cannot tell' for a run-on deflection and neither alert came)."""
    from hfs.simulate.recording import simulate_recording

    sim = simulate_recording("intraop-lsr", story="abrupt", sfreq=10000, rng=13000)
    assert sim.truth["crosstalk"]
    rec = read_recording(sim.write_edf(tmp_path / "tails.edf"))
    mon = run_monitor(replay_file(rec), rec.channels, rec.sfreq, baseline_s=(0, 30))
    res = mon.finish(rec.path).to_dict()
    for m in res["lsr"]:
        t = next(x for x in sim.truth["lsr"] if x["channel"] == m["channel"])
        assert m["present"] is True, m
        assert abs(m["onset_latency_ms"] - t["onset_latency_ms"]) <= 0.2
    delays = match_alerts(res["alerts"], sim.truth)
    assert len(delays) == 2 and max(delays) <= 2 * sim.truth["stim_interval_s"] + 1e-6


def test_lsr_alerts_are_on_time_by_the_truths_own_tolerance(tmp_path):
    """'On time' for an LSR alert: within 2 sweeps of the truth for a complete loss
    (a monitor confirming over sweeps alerts on the second sweep at the earliest), and
    in the simulated gradual decline (2.1% of baseline per sweep) within 3 sweeps more:
    the level falls that much in 2 SD of what a median of 3 sweeps, each varying by
    20%, can tell of it near 20%. The truth carries each alert's tolerance; a gradual
    decline (tuning seed 13016 until round 5, 13058 since round 6 took the mains' 4th
    and 5th harmonics off) alerted 4 sweeps after the truth, late by the 2-sweep rule,
    on time by its own."""
    from hfs.simulate.recording import lsr_alert_tolerance_sweeps, simulate_recording

    assert lsr_alert_tolerance_sweeps(None) == 2
    assert lsr_alert_tolerance_sweeps(0.5 / 24) == 5
    abrupt = simulate_recording("intraop-lsr", story="abrupt", sfreq=10000, rng=13016)
    assert all(
        abs(t["tolerance_s"] - 2 * abrupt.truth["stim_interval_s"]) < 1e-6
        for t in abrupt.truth["alerts"]
    )
    sim = simulate_recording("intraop-lsr", story="gradual", sfreq=10000, rng=13058)
    period = sim.truth["stim_interval_s"]
    rec = read_recording(sim.write_edf(tmp_path / "gradual.edf"))
    mon = run_monitor(replay_file(rec), rec.channels, rec.sfreq, baseline_s=(0, 30))
    assert len(mon.alerts) == len(sim.truth["alerts"]) == 2, mon.alerts
    delays = []
    for t in sim.truth["alerts"]:
        assert abs(t["tolerance_s"] - 5 * period) < 1e-6
        (a,) = [a for a in mon.alerts if a["kind"] == t["kind"] and a["channel"] == t["channel"]]
        delays.append(round((a["time_s"] - t["time_s"]) / period))
        assert -2 <= delays[-1] <= 5, delays
    assert max(delays) > 2  # late by the old 2-sweep rule


def test_simulated_wave_v_lost_to_the_end_of_the_file_is_alerted(tmp_path):
    """The simulator's late_loss story: wave V fades and is gone for good 40 s before
    the end of a 90 s file. The monitor raises baep_warning and baep_wave_v_loss, each
    within one averaging window (1000 clicks, 22.8 s) after the truth's time and not
    before it, nothing else, and ends with the channel's state "lost"."""
    from hfs.simulate.recording import simulate_recording

    sim = simulate_recording("intraop-baep", story="late_loss", duration_s=90, sfreq=10000, rng=40)
    assert sim.truth["wave_v_lost_from_s"] <= 90 - 40
    rec = read_recording(sim.write_edf(tmp_path / "late_loss.edf"))
    mon = run_monitor(replay_file(rec), rec.channels, rec.sfreq, baseline_s=(0, 30))
    assert [a["kind"] for a in mon.alerts] == ["baep_warning", "baep_wave_v_loss"], mon.alerts
    tol = sim.truth["alert_tolerance_s"]
    for a, t in zip(mon.alerts, sim.truth["alerts"], strict=True):
        assert a["kind"] == t["kind"]
        assert 0 <= a["time_s"] - t["time_s"] <= tol, (a, t)
    assert mon.baep[0].state == "lost"


def _hum_stream(n_lost, *, sfreq=10000.0, jitter_s=0.0, seed=3):
    """Sweeps (first 60 the 0-30 s baseline) of a 30 uV LSR, then ``n_lost`` sweeps
    without it, all with 50 Hz hum and its 4th and 5th harmonics (3 uV each) at fixed
    phases in absolute time: at 2 Hz the stimuli are a whole number of mains periods
    apart, so the hum is phase-locked to them (unless ``jitter_s`` moves each)."""
    t = times_for(sfreq, LSR_EPOCH_MS)
    rel = t - 9.5
    shape = np.where((rel >= 0) & (rel < 1.2), 15.0 * np.sin(np.pi * rel / 1.2), 0.0)
    shape -= np.where((rel >= 1.2) & (rel < 2.6), 15.0 * np.sin(np.pi * (rel - 1.2) / 1.4), 0)
    rng = np.random.default_rng(seed)
    out = []
    for i in range(60 + n_lost):
        t_stim = 0.15 + 0.5 * i + jitter_s * rng.uniform()
        ta = t_stim + t / 1000.0
        hum = 10 * np.sin(2 * np.pi * 50 * ta + 0.3)
        hum += 3 * np.sin(2 * np.pi * 200 * ta + 1.1) + 3 * np.sin(2 * np.pi * 250 * ta + 2.0)
        f = 1.0 if i < 60 else 0.0
        data = (f * shape + hum + 0.5 * rng.standard_normal(t.size))[None, :]
        out.append(Sweep(time_s=t_stim, kind="zygomatic", data=data))
    return out


def test_mains_4th_and_5th_harmonics_do_not_keep_a_lost_lsr_above_zero():
    """Hum at the 4th and 5th mains harmonics, phase-locked to 2 Hz stimulation, stayed
    in the baseline template and in every lost sweep (each sweep's hum removal fits
    up to the 3rd): a lost LSR read 0.28 of baseline here (story 3011: 0.07, its
    alert 3 sweeps late). Estimated over sweeps and taken off, a lost sweep reads ~0."""
    for jitter in (0.0, 0.004):
        mon = Monitor([ChannelRole("Mentalis", "mentalis")], 10000.0, mains_hz=50.0)
        for s in _hum_stream(20, jitter_s=jitter):
            mon.update(s)
        (p,) = mon.pairs.values()
        assert p.measure.present
        lost = [r["ratio"] for r in mon.trend if r["kind"] == "lsr" and r["time_s"] > 30.5]
        assert len(lost) == 19
        assert abs(float(np.mean(lost))) < 0.03, lost
        assert max(abs(r) for r in lost) < 0.08, lost


@pytest.mark.parametrize("seed", [954010, 14014])
def test_wave_v_that_moved_back_while_too_weak_to_follow_is_found_again(tmp_path, seed):
    """A retraction (wave V to 40% and +1.4 ms, then back to +0.15 ms and 95%) in a
    noisy recording (round 6's sealed story 954010, now tuning; 14014, seen in round
    4, in a noisier one where wave V in the recent half stood at 60-74% of baseline,
    only 3-3.7 SD of that half's noise, while the tracked lag read ~0): at 25-35% of its
    baseline wave V was too weak to be followed (its lag stayed at +1.4 ms) while it
    moved back by 1.25 ms, out of the +/-0.4 ms search around that lag. The monitor
    then read ~0 there, raised a false ``baep_wave_v_loss`` at 130 s while wave V was
    at ~80% and coming back, and never raised the recovery (the search stayed around
    the stale lag). The whole lag range is now searched before wave V is called lost:
    no loss, and the warning and the recovery come within one averaging window."""
    from hfs.simulate.recording import simulate_recording

    sim = simulate_recording("intraop-baep", story="retraction", sfreq=20000, rng=seed)
    rec = read_recording(sim.write_edf(tmp_path / "retraction.edf"))
    mon = run_monitor(replay_file(rec), rec.channels, rec.sfreq, baseline_s=(0, 30))
    assert [a["kind"] for a in mon.alerts] == ["baep_warning", "baep_recovered"], mon.alerts
    match_alerts(mon.alerts, sim.truth)
