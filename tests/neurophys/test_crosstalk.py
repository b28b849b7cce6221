"""Issue 13: the direct M-response's cross-talk regressed out of neighbouring channels.

Volume conduction carries the stimulated branch's M-response (1-4 mV in its own
muscles) into the electrodes of the others as a small copy at the same latency. The
simulator's ``crosstalk_model="m_copy"`` makes it so, sweep by sweep; the analysis
fits that copy (and the artifact tail) with the direct channels' averages and removes
it before deciding, or says "cannot tell" with the reason.
"""

from __future__ import annotations

import numpy as np
import pytest

from hfs.neurophys import analyze_recording, read_recording
from hfs.neurophys.lsr import regress_crosstalk
from hfs.neurophys.sweeps import LSR_EPOCH_MS, times_for
from hfs.simulate.recording import simulate_recording


def _pairs(rows):
    return {(r["stim_site"], r["channel"]): r for r in rows}


def _analyse(sim, path):
    return analyze_recording(read_recording(sim.write_edf(path))).to_dict()


def _sim(seed, **kw):
    kw.setdefault("lsr_present", seed % 2 == 0)
    return simulate_recording(
        "diagnostic", duration_s=30, sfreq=10000, crosstalk_model="m_copy", rng=seed, **kw
    )


def test_m_copy_crosstalk_is_the_direct_m_response_and_changes_nothing_else():
    """The m_copy model adds the site's M-response to the other muscles only: the
    direct channels are sample for sample those of the default model, and each
    lateral channel differs by a copy starting with the M-response (0-0.3 ms later)."""
    a = simulate_recording("diagnostic", duration_s=20, sfreq=10000, rng=3)
    b = simulate_recording(
        "diagnostic", duration_s=20, sfreq=10000, rng=3, crosstalk_model="m_copy"
    )
    assert a.labels == b.labels
    diff = np.abs(a.data_uv - b.data_uv).max(axis=1)
    # Orbicularis oculi is direct for zygomatic, the two others for marginal mandibular:
    # every muscle is lateral to one site, so every channel carries some cross-talk...
    assert (diff > 5).all(), diff
    onsets = {(m["stim_site"]): m["onset_latency_ms"] for m in b.truth["m_response"]}
    for c in b.truth["crosstalk"]:
        assert c["model"] == "m_copy"
        assert 0.0 <= c["onset_latency_ms"] - onsets[c["stim_site"]] <= 0.3 + 1e-9
    # ...and the truth of everything else is the same.
    assert a.truth["lsr"] == b.truth["lsr"]
    assert a.truth["m_response"] == b.truth["m_response"]


@pytest.mark.parametrize(
    ("seed", "site", "channel"),
    [
        (2100, "zygomatic", "Mentalis"),  # a 8.6 ms LSR merged with the cross-talk
        (2101, "marginal_mandibular", "Orbicularis Ocul"),  # no LSR: run-on cross-talk
    ],
)
def test_crosstalk_merged_with_the_window_is_regressed_out_and_the_pair_decided(
    tmp_path, seed, site, channel
):
    """Cross-talk whose filtered tail ran past 8.5 ms made these pairs "cannot tell"
    before; regressed out, they are decided right (onset within 0.3 ms) and the
    amount removed is reported."""
    sim = _sim(seed)
    d = _analyse(sim, tmp_path / "x.edf")
    got = _pairs(d["lsr"])
    truth = _pairs(sim.truth["lsr"])
    m, t = got[(site, channel)], truth[(site, channel)]
    assert t["decidable"] is True
    assert m["present"] is t["present"], m
    assert m["crosstalk_removed_uv"] > 10
    if t["present"]:
        assert abs(m["onset_latency_ms"] - t["onset_latency_ms"]) <= 0.3
    for key, g in got.items():  # and no pair of the file is wrong
        if g["present"] is not None:
            assert g["present"] is truth[key]["present"], g


def test_crosstalk_is_never_reported_as_an_lsr(tmp_path):
    """A control patient (no LSR) whose cross-talk left a late wave in the average:
    reported "present, 13.5 ms" before. Regressed out, the pair is absent."""
    sim = _sim(2119)
    d = _analyse(sim, tmp_path / "control.edf")
    assert not any(t["present"] for t in sim.truth["lsr"])
    for m in d["lsr"]:
        assert m["present"] is not True, m
    m = _pairs(d["lsr"])[("zygomatic", "Orbicularis Oris")]
    assert m["present"] is False and m["crosstalk_removed_uv"] > 10


def test_an_unusable_direct_channel_is_named_when_the_pair_cannot_be_told(tmp_path):
    """With the marginal-mandibular branch's orbicularis oris channel flat, its part of
    the cross-talk into orbicularis oculi cannot be regressed out; an LSR at 8.0 ms
    merges with it: "cannot tell", and the reason names the channel (before: no
    channel named)."""
    sim = _sim(2205, faults={"orbicularis_oris": "flat"}, lsr_present=True, lsr_latency_ms=8.0)
    d = _analyse(sim, tmp_path / "flat.edf")
    m = _pairs(d["lsr"])[("marginal_mandibular", "Orbicularis Ocul")]
    assert m["present"] is None
    assert "Orbicularis Oris is unusable" in m["reason"]
    assert any("Orbicularis Oris is unusable" in w for w in d["warnings"])


def test_a_crosstalk_that_is_no_copy_of_the_m_response_is_not_subtracted():
    """A neighbouring channel's early wave of its own shape (not a copy of the direct
    M-response) leaves more than noise after the fit: nothing is subtracted, so the
    analysis falls back to the tail alone and its run-on checks."""
    t = times_for(10000.0, LSR_EPOCH_MS)
    g = np.random.default_rng(0)
    m_resp = np.where((t >= 3.5) & (t < 4.7), np.sin(np.pi * (t - 3.5) / 1.2), 0.0) * 1000
    m_resp -= np.where((t >= 4.7) & (t < 6.1), np.sin(np.pi * (t - 4.7) / 1.4), 0.0) * 700
    own = np.where((t >= 4.0) & (t < 7.6), np.sin(3 * np.pi * (t - 4.0) / 3.6), 0.0) * 40
    x = own[None, :] + g.normal(0, 5, (40, t.size))
    assert regress_crosstalk(x.astype(np.float32), t, [m_resp]) is None
    # The same channel with a scaled, delayed copy instead is fitted and removed.
    copy = 0.04 * np.interp(t - 0.2, t, m_resp)
    y = copy[None, :] + g.normal(0, 5, (40, t.size))
    fit = regress_crosstalk(y.astype(np.float32), t, [m_resp])
    assert fit is not None
    model, p2p = fit
    assert abs(p2p - float(copy.max() - copy.min())) < 10
    late = t > 8.0
    assert np.abs(model[late] - copy[late]).max() < 2.0


def test_a_significant_deflection_too_small_for_an_lsr_is_cannot_tell(tmp_path):
    """A control patient (tuning seed 167 of the world set: two sites, trigger in mV,
    spasm bursts, cross-talk of its own shape): a 1.8 uV deflection at 10.2 ms reached
    significance (Fsp 1.7) and was reported "present" before. Under 5 uV it is no LSR
    anyone reports: "cannot tell", with the reason; since the high-pass's wave after
    the cross-talk is taken off (round 3), the deflection is gone and the pair is
    "absent", as the truth says."""
    sim = simulate_recording(
        "diagnostic",
        sfreq=20000,
        mains_hz=60.0,
        labels="alias",
        lsr_present=False,
        sites=("zygomatic", "marginal_mandibular"),
        duration_s=40,
        rng=167,
        stimuli="trigger",
        trigger_unit="mV",
        trigger_label="TRIG",
    )
    d = _analyse(sim, tmp_path / "control.edf")
    assert not any(t["present"] for t in sim.truth["lsr"])
    for m in d["lsr"]:
        assert m["present"] is not True, m
    m = _pairs(d["lsr"])[("zygomatic", "OOr")]
    assert m["present"] is False or "under 5 uV" in m["reason"], m


def test_a_crosstalk_fit_at_the_edge_of_its_lag_search_is_refused():
    """Cross-talk that is a copy of the M-response 0.7 ms later lies outside the lag
    search (+/-0.6 ms): the best fit sits on the search's edge and is wrong by up to
    2.4 uV where an LSR may start (accepted before; on the first sealed world set
    such a fit moved an onset 0.42 ms). Refused, the analysis falls back to the tail
    alone and its run-on checks. The same copy 0.3 ms later is fitted and removed."""
    t = times_for(10000.0, LSR_EPOCH_MS)
    m_resp = np.where((t >= 3.5) & (t < 4.7), np.sin(np.pi * (t - 3.5) / 1.2), 0.0) * 1000
    m_resp -= np.where((t >= 4.7) & (t < 6.1), np.sin(np.pi * (t - 4.7) / 1.4), 0.0) * 700
    for delay, fitted in ((0.7, False), (0.3, True)):
        copy = 0.04 * np.interp(t - delay, t, m_resp)
        y = copy[None, :] + np.random.default_rng(1).normal(0, 5, (40, t.size))
        fit = regress_crosstalk(y.astype(np.float32), t, [m_resp])
        assert (fit is not None) is fitted, delay
        if fitted:
            near = (t > 2.5) & (t < 9.0)
            assert np.abs(fit[0][near] - copy[near]).max() < 1.0


def _world(r, base=100, **kw):
    """A recording of the world set's kind (bench/neuro_accuracy.py, seed r of the
    range starting at ``base``: 100 for tuning, 5400 for sealed5)."""
    i = r - base
    return simulate_recording(
        "diagnostic",
        sfreq=(10000, 20000)[i % 2],
        mains_hz=(50.0, 60.0)[(i // 2) % 2],
        labels=("cut", "alias", "styled")[i % 3],
        lsr_present=bool(i % 4 != 3),
        sites=(
            ("zygomatic", "marginal_mandibular"),
            ("temporal", "zygomatic", "marginal_mandibular"),
        )[(i // 3) % 2],
        duration_s=40,
        rng=r,
        **kw,
    )


@pytest.mark.parametrize("seed", [107, 113])
def test_noise_alone_does_not_prolong_a_run_on(tmp_path, seed):
    """Cross-talk of its own shape ending at 7.6-7.7 ms, then noise: the run-on was
    followed until the average stayed within 2 SD for 0.7 ms, which band-limited
    noise alone does only 71-76% of the time, so it "lasted" to 8.7-9.8 ms and both
    pairs were "cannot tell" (seed 107 a control, 113 an LSR at 9.9 ms). Within 3 SD
    (98% of noise stretches) they are decided right."""
    sim = _world(seed, stimuli="trigger", trigger_unit="mV", trigger_label="TRIG")
    d = _analyse(sim, tmp_path / "w.edf")
    m = _pairs(d["lsr"])[("zygomatic", "OOr")]
    t = _pairs(sim.truth["lsr"])[("zygomatic", "OOr")]
    assert t["decidable"] is True
    assert m["present"] is t["present"], m
    if t["present"]:
        assert abs(m["onset_latency_ms"] - t["onset_latency_ms"]) <= 0.3


@pytest.mark.parametrize(
    ("seed", "site", "channel", "kw"),
    [
        (136, "zygomatic", "Mentalis", {}),
        (
            161,
            "zygomatic",
            "Ment",
            dict(stimuli="trigger", trigger_unit="mV", trigger_label="TRIG"),
        ),
    ],
)
def test_the_high_pass_tail_of_a_run_on_is_no_lsr(tmp_path, seed, site, channel, kw):
    """Cross-talk of its own shape with a net area leaves, through the causal 30 Hz
    high-pass, a slow wave of 2-5 SD after it. It merged with an LSR 2.5 ms later
    (seed 136: "cannot tell", run-on to 14.5 ms) or was taken for the LSR's start
    (seed 161: onset 3.0 ms early). Computed from the run-on and taken off, the LSR
    is found at its true onset (within 0.3 ms)."""
    sim = _world(seed, **kw)
    d = _analyse(sim, tmp_path / "w.edf")
    m = _pairs(d["lsr"])[(site, channel)]
    t = _pairs(sim.truth["lsr"])[(site, channel)]
    assert t["decidable"] is True and t["present"] is True
    assert m["present"] is True, m
    assert abs(m["onset_latency_ms"] - t["onset_latency_ms"]) <= 0.3, m


_V_TRIGGER = dict(stimuli="trigger", trigger_unit="V", trigger_rise_samples=3)


@pytest.mark.parametrize(
    ("seed", "channels", "kw"),
    [(5448, ["Orbicularis Oris"], {}), (5438, ["Orb Oris L", "Ment_L"], _V_TRIGGER)],
)
def test_the_high_pass_wave_of_a_run_on_is_taken_off_when_it_decides_the_pair(
    tmp_path, seed, channels, kw
):
    """Round 7 (sealed5 seeds, now tuning): cross-talk of its own shape ending at
    7.5-7.7 ms, an LSR 2.2-2.4 ms later, in quiet averages (SD 0.8-1 uV). The causal
    high-pass's wave after the cross-talk (0.8-3 uV) kept the run-on going: at 5448
    the wave is under 1 SD, so it was not taken off, and with one noise excursion the
    run-on "lasted" to 8.6 ms; at 5438 it never fell quiet before the LSR, and the
    wave was estimated from the cross-talk AND the LSR, which made it useless
    (run-on to 19.2 and 11.7 ms). All three were "cannot tell". The wave is now
    computed from the run-on alone (the deflections that start before the window)
    and taken off, however small, where it alone decides whether the run-on ends by
    8.5 ms: each LSR is found at its onset (within 0.3 ms)."""
    sim = _world(seed, base=5400, **kw)
    d = _analyse(sim, tmp_path / "w.edf")
    for channel in channels:
        m = _pairs(d["lsr"])[("zygomatic", channel)]
        t = _pairs(sim.truth["lsr"])[("zygomatic", channel)]
        assert t["decidable"] is True and t["present"] is True
        assert not t["merged_with_crosstalk"]
        assert m["present"] is True, m
        assert abs(m["onset_latency_ms"] - t["onset_latency_ms"]) <= 0.3, m


@pytest.mark.parametrize(
    ("seed", "site", "channel", "kw"),
    [
        (124, "zygomatic", "Mentalis", {}),
        (150, "marginal_mandibular", "OOc-L", _V_TRIGGER),
        (240, "zygomatic", "OOr_L", _V_TRIGGER),
    ],
)
def test_a_slow_wave_before_an_lsr_is_not_its_first_phase(tmp_path, seed, site, channel, kw):
    """After a run-on the high-pass leaves a slow wave of 2-4 SD whose estimate runs
    too high (its removal was refused: seed 124) or under 1 SD (not removed: 150,
    240). It was taken for the LSR's first phase: a 2 ms hump 1.5 ms before the LSR
    (noise sign changes made them adjacent; 3.4 ms early), or a dip of a fifth of
    the LSR's largest phase just before it (0.9 and 0.6 ms early). The onset is
    now the LSR's own (within 0.3 ms)."""
    sim = _world(seed, **kw)
    d = _analyse(sim, tmp_path / "w.edf")
    m = _pairs(d["lsr"])[(site, channel)]
    t = _pairs(sim.truth["lsr"])[(site, channel)]
    assert t["decidable"] is True and t["present"] is True
    assert m["present"] is True, m
    assert abs(m["onset_latency_ms"] - t["onset_latency_ms"]) <= 0.3, m


@pytest.mark.parametrize(("p2p_uv", "present"), [(3.0, False), (12.0, True)])
def test_a_clear_deflection_under_5_uv_is_no_lsr(p2p_uv, present):
    """120 sweeps in 1 uV RMS noise: a biphasic deflection at 10 ms stands far out of
    the averaged noise whatever its size. Under 5 uV peak-to-peak it is no LSR anyone
    reports, and a 100 uV LSR would have been found in these sweeps: "absent" (it
    was "cannot tell" until round 7, which left a control with 3.4 uV of noise or
    leftover at 19.6 ms undecided: sealed5 seed 5403); at 12 uV it is an LSR."""
    from hfs.neurophys import lsr

    sfreq = 20000.0
    t = np.arange(-30.0, 50.0, 1000.0 / sfreq)
    u = t - 10.0
    shape = np.where((u >= 0) & (u < 2.0), np.sin(np.pi * u / 1.0), 0.0)  # +, then -
    rng = np.random.default_rng(5)
    x = (p2p_uv / 2) * shape[None, :] + rng.normal(0, 1.0, (120, t.size))
    m = lsr.measure_response(
        x,
        t,
        stim_site="zygomatic",
        channel="OOc",
        muscle="orbicularis_oculi",
        relation="lateral_spread",
    )
    assert m.present is present, m
    if present is False:
        assert m.p_value < 0.01  # it did stand out of the noise
    else:
        assert abs(m.onset_latency_ms - 10.0) < 0.3


_NO_OOR = dict(faults={"orbicularis_oris": "digital_range"})


@pytest.mark.parametrize(
    ("seed", "base", "site", "channel", "model"),
    [
        (5515, 5500, "zygomatic", "Mentalis", "independent"),
        (271, 100, "marginal_mandibular", "Orbicularis Ocul", "m_copy"),
    ],
)
def test_a_control_whose_high_pass_wave_outlasts_the_crosstalk_is_absent(
    tmp_path, seed, base, site, channel, model
):
    """Round 8: controls (no LSR) whose cross-talk ends by 6.6-7.7 ms in the
    simulator's truth, then only the causal 30 Hz high-pass's free wave (noise-free:
    -2 uV at 8 ms in sealed6 seed 5515; 11 uV at 8 ms, 6 at 10 in tuning seed 271,
    whose cross-talk could not be regressed out). With noise the average kept going
    3 SD off, and the wave's estimate from the deflection (an inverse high-pass: a
    double integrator of its noise) came out of the wrong sign or size: "a run-on to
    10.1 / 12.4 ms", "cannot tell" on pairs the truth calls decidable. The wave's two
    free modes, fitted after the deflection's end, are now taken off: "absent"."""
    sim = _world(seed, base=base, crosstalk_model=model, **_NO_OOR)
    t = _pairs(sim.truth["lsr"])[(site, channel)]
    xt = next(
        c for c in sim.truth["crosstalk"] if (c["stim_site"], c["channel"]) == (site, channel)
    )
    assert t["decidable"] is True and t["present"] is False and xt["end_ms"] < 8.0
    m = _pairs(_analyse(sim, tmp_path / "w.edf")["lsr"])[(site, channel)]
    assert m["present"] is False, m
    assert m["window_start_ms"] <= 8.5, m


def test_an_lsr_after_that_wave_is_found_and_one_merged_with_it_is_never_absent(
    tmp_path, monkeypatch
):
    """The same sweeps (sealed6 seed 5515, zygomatic -> mentalis, cross-talk ending
    at 7.67 ms) with a 100 uV LSR added: 0.3 ms after the cross-talk (merged by the
    truth's rule) it is never called "absent"; at 9.7 ms it is found within 0.3 ms."""
    from hfs.neurophys import analysis, lsr

    got = {}
    measure = analysis.measure_response

    def capture(x, times_ms, **kw):
        if (kw["stim_site"], kw["channel"]) == ("zygomatic", "Mentalis"):
            got["x"], got["t"] = x.copy(), times_ms.copy()
        return measure(x, times_ms, **kw)

    monkeypatch.setattr(analysis, "measure_response", capture)
    _analyse(_world(5515, base=5500, **_NO_OOR), tmp_path / "w.edf")
    x, t = got["x"], got["t"]
    sfreq = 1000.0 / float(t[1] - t[0])
    for onset, merged in ((7.97, True), (9.7, False)):
        y = x + lsr._probe(t, onset, sfreq).astype(x.dtype)[None, :]
        m = lsr.measure_response(
            y,
            t,
            stim_site="zygomatic",
            channel="Mentalis",
            muscle="mentalis",
            relation="lateral_spread",
        )
        if merged:
            assert m.present is not False, m
        else:
            assert m.present is True, m
            assert abs(m.onset_latency_ms - onset) <= 0.3, m


@pytest.mark.parametrize(
    ("seed", "present", "onset_ms"),
    [(5615, False, None), (5645, True, 8.0)],
)
def test_what_unremoved_crosstalk_leaves_behind_is_never_present(tmp_path, seed, present, onset_ms):
    """Round 9: sealed7 seed 5615, a control (no LSR), marginal mandibular ->
    orbicularis oculi, 13 quiet sweeps. Its cross-talk (59 uV, 3.1-5.9 ms in the
    truth) is a copy of the Orbicularis Oris and Mentalis M-responses; Orbicularis
    Oris is unusable, so the fit with Mentalis alone did not hold and nothing was
    regressed out. The run-on was cut at 6.5 ms and the cross-talk's own late part,
    5.3 uV at 8.9 ms (Fsp 2.4, p 0.005), was called "present". A deflection under a
    quarter of the unremoved run-on is now "cannot tell" with that reason; a true LSR
    in the same kind of pair (seed 5645, 88 uV after a 41 uV run-on) stays present
    at its onset."""
    sim = _world(seed, base=5600, crosstalk_model="m_copy", **_NO_OOR)
    key = ("marginal_mandibular", "Orbicularis Ocul")
    t = _pairs(sim.truth["lsr"])[key]
    assert t["decidable"] is True and t["present"] is present
    m = _pairs(_analyse(sim, tmp_path / "w.edf")["lsr"])[key]
    assert m["crosstalk_removed_uv"] is None, m
    if present:
        assert m["present"] is True, m
        assert abs(m["onset_latency_ms"] - t["onset_latency_ms"]) <= 0.3, m
        assert abs(t["onset_latency_ms"] - onset_ms) < 0.1
    else:
        assert m["present"] is None, m
        assert "cannot be told from an LSR" in m["reason"]
        assert "Orbicularis Oris is unusable" in m["reason"]
