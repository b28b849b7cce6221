"""Issue 13: a diagnostic BAEP (700-1000 clicks at 11.1 Hz, awake patient) is found
where its wave V stands clear of the noise, and "not found" is said only where a
small wave V could have been seen; otherwise "cannot tell" with the reason."""

from __future__ import annotations

import numpy as np

from hfs.neurophys import analyze_recording, read_recording
from hfs.neurophys.baep import measure_baep
from hfs.neurophys.sweeps import (
    BAEP_BAND_HZ,
    BAEP_EPOCH_MS,
    BAEP_HUM_FIT_MS,
    bandpass,
    clean_baep,
    clean_baep_hum,
    epoch_samples,
    times_for,
)
from hfs.simulate.recording import simulate_recording


def test_a_response_the_fsp_misses_is_found_by_its_wave_v(tmp_path):
    """Seed 41 (a tuning seed): Fsp 2.8, under the 3.1 criterion, so "not found"
    before; its wave V (0.74 uV) is found by the template test, at its latency."""
    sim = simulate_recording("diagnostic-baep", sfreq=20000, rng=41)
    # Without the hum's removal (round 10b), which lifts this Fsp to 3.14 (found by the
    # Fsp itself): the template test is what is tested here.
    rec = read_recording(sim.write_edf(tmp_path / "b.edf"))
    d = analyze_recording(rec, mains_hz=None).to_dict()
    b = d["baep"][0]
    assert b["fsp"] < 3.1
    assert b["present"] is True and "template" in b["reason"]
    truth = sim.truth["baep"][0]["waves"]
    assert b["waves"]["V"]["present"]
    assert abs(b["waves"]["V"]["latency_ms"] - truth["V"]["latency_ms"]) <= 0.3


def _noise_sweeps(n, sd_uv, sfreq=20000.0, seed=0):
    t = times_for(sfreq, BAEP_EPOCH_MS)
    g = np.random.default_rng(seed)
    y = bandpass(g.normal(0, sd_uv, (n, t.size)), sfreq, BAEP_BAND_HZ)
    return y, t


def test_noise_alone_is_never_a_response_and_says_cannot_tell_when_it_hides_one():
    """Sweeps without a response: never present. With noise that would hide a 0.2 uV
    wave V, "cannot tell" with the reason (before: "not found", present false); with
    little noise, not found (present false)."""
    cannot_tell = 0
    for seed in range(6):
        y, t = _noise_sweeps(700, 8.0, seed=seed)  # 0.12-0.17 uV left in the average
        m = measure_baep(y, t, channel="Cz-A1", weighted=True, template_test=True)
        assert m.present is not True, m
        if m.present is None:
            assert "noise too high to rule out a BAEP" in m.reason
            cannot_tell += 1
    # 4x the noise left (0.12-0.17 uV) is over the 0.2 uV probe. Until round 10 one
    # of the six, whose noise looks a little like a wave V (p = 0.004), was "not
    # found": the probe was added to the sweeps, noise wave and probe found together.
    assert cannot_tell == 6
    y, t = _noise_sweeps(700, 0.4, seed=1)
    m = measure_baep(y, t, channel="Cz-A1", weighted=True, template_test=True)
    assert m.present is False and m.reason is None


def test_too_few_sweeps_to_average_is_cannot_tell_not_absent():
    """Three quiet sweeps (noise 0.4 uV, where 700 sweeps are a clear "absent"): no test
    can run on them, so "absent" would be a guess; before, present was False with no
    reason."""
    y, t = _noise_sweeps(3, 0.4, seed=1)
    m = measure_baep(y, t, channel="Cz-A1", weighted=True, template_test=True)
    assert m.present is None
    assert "only 3 sweeps" in m.reason
    assert m.to_dict()["present"] is None and "reason" in m.to_dict()


def test_a_small_wave_v_in_noise_is_found_at_its_latency():
    """A 0.35 uV wave V complex at 6.1 ms in noise where the Fsp does not reach 3.1."""
    y, t = _noise_sweeps(800, 2.2, seed=3)
    v = np.exp(-0.5 * ((t - 6.1) / 0.3) ** 2) - 0.8 * np.exp(-0.5 * ((t - 7.2) / 0.5) ** 2)
    y = y + 0.35 * v / (v.max() - v.min())
    m = measure_baep(y, t, channel="Cz-A1", weighted=True, template_test=True)
    assert m.present is True
    if m.waves["V"].present:
        assert abs(m.waves["V"].latency_ms - 6.1) <= 0.3


def test_fsp_just_under_its_criterion_with_halves_that_agree_is_cannot_tell(tmp_path):
    """Sealed8 diagnostic BAEP seed 6718 (reported on, so burned): a 0.74 uV wave V in
    the truth, Fsp 3.04 (criterion 3.1), the template test short of its alpha, yet the
    two halves of the sweeps correlate at r 0.59. It was said "not found" (present
    false): a confident "no response" where a response is. The tests disagree, so it
    is "cannot tell", with the reason."""
    sim = simulate_recording("diagnostic-baep", sfreq=10000, rng=6718)
    assert sim.truth["baep"][0]["present"] is True
    b = analyze_recording(read_recording(sim.write_edf(tmp_path / "b.edf"))).to_dict()["baep"][0]
    assert b["fsp"] < 3.1 and b["split_half_r"] >= 0.5
    assert b["present"] is None
    assert "tests disagree" in b["reason"]


def test_a_response_the_old_check_said_absent_is_cannot_tell(tmp_path):
    """Sealed1 diagnostic BAEP seed 6015 (burned): a 0.63 uV wave V in the truth, Fsp
    2.71, split halves r 0.32, 0.12 uV of noise left: it was said "not found" (present
    false). The smallest-wave-V check added its 0.2 uV probe to the sweeps, which held
    the response, so probe and response together were found; in this noise a 0.2 uV
    wave V alone is not (4x the noise is 0.48 uV). Now "cannot tell", with the reason."""
    sim = simulate_recording("diagnostic-baep", sfreq=20000, rng=6015)
    assert sim.truth["baep"][0]["present"] is True
    # Without the hum's removal (round 10b: with it this response is found, present
    # true): the check is what is tested here.
    rec = read_recording(sim.write_edf(tmp_path / "b.edf"))
    b = analyze_recording(rec, mains_hz=None).to_dict()["baep"][0]
    assert b["fsp"] < 3.1 and b["split_half_r"] < 0.5
    assert b["present"] is None
    assert "noise too high to rule out a BAEP" in b["reason"]


def test_a_small_wave_v_in_noise_is_never_said_absent():
    """A 0.4 uV wave V complex at its usual 5.7 ms in noise that leaves 0.14-0.17 uV in
    the average of 700 sweeps (4x that is over the wave): found or "cannot tell", never
    "not found". Before, five of these eight were "not found" (present false): the
    0.2 uV probe was added on top of the wave and found with it. In a noise-only
    reference the probe is still found in one of them (seed 6, a noise bulge under it),
    which is why a probe under 4x the noise is not tried at all."""
    for seed in range(8):
        y, t = _noise_sweeps(700, 8.0, seed=seed)
        v = np.exp(-0.5 * ((t - 5.7) / 0.3) ** 2) - 0.8 * np.exp(-0.5 * ((t - 6.8) / 0.5) ** 2)
        y = y + 0.4 * v / (v.max() - v.min())
        m = measure_baep(y, t, channel="Cz-A1", weighted=True, template_test=True)
        assert m.present is not False, (seed, m)
        if m.present is None:
            assert "noise too high to rule out a BAEP" in m.reason


def test_an_ear_without_a_response_is_still_said_absent_where_the_noise_allows(tmp_path):
    """True absences (the simulator's ``baep_response=False``: the same clicks, EEG and
    awake-patient bursts, no waves). Seed 3, 0.04 uV left in the average: the check's
    0.2 uV probe is found, so "not found" (present false) stands. Seed 4, 0.09 uV
    left: 4x the noise is over the probe, so "cannot tell". Never present."""
    for seed, said in ((3, False), (4, None)):
        sim = simulate_recording(
            "diagnostic-baep", sfreq=10000 * (1 + seed % 2), rng=seed, baep_response=False
        )
        assert sim.truth["baep"][0]["present"] is False
        rec = read_recording(sim.write_edf(tmp_path / f"a{seed}.edf"))
        b = analyze_recording(rec).to_dict()["baep"][0]
        assert b["present"] is said, b
        if said is None:
            assert "noise too high to rule out a BAEP" in b["reason"]
        else:
            assert "reason" not in b


def test_an_ear_without_a_response_under_50_hz_hum_is_not_said_present(tmp_path):
    """Round 10b. An ear without a response (the simulator's ``baep_response=False``),
    11.1 Hz clicks, 50 Hz hum, little amplifier noise: the hum's second harmonic (100
    Hz, 9.009 periods per click interval) drifts 0.009 of a period per click, survives
    the average, and the Fsp (5.4) said "present" until the hum was fitted between the
    clicks and removed. The same seed with a response keeps it, wave V at its latency."""
    for response in (False, True):
        sim = simulate_recording(
            "diagnostic-baep",
            sfreq=10000,
            rng=4,
            baep_response=response,
            noise_uv=0.5,
            mains_hz=50,
            n_clicks=700,
        )
        assert sim.truth["click_rate_hz"] == 11.1
        b = analyze_recording(read_recording(sim.write_edf(tmp_path / f"h{response}.edf")))
        b = b.to_dict()["baep"][0]
        if not response:
            # The hum no longer lifts the Fsp (5.4 before); what is left of the 50 Hz
            # fundamental in the +/- reference keeps it from "absent" here.
            assert b["present"] is not True, b
            assert b["fsp"] < 3.1, b
            continue
        assert b["present"] is True, b
        truth = sim.truth["baep"][0]["waves"]["V"]["latency_ms"]
        assert abs(b["waves"]["V"]["latency_ms"] - truth) <= 0.3


def test_hum_phase_locked_to_slow_clicks_is_removed_and_the_response_kept():
    """Known components: 700 sweeps at exactly 11.1 Hz, a 0.5 uV wave V complex, 0.5 uV
    of noise and 2 uV of 100 Hz hum (9.009 periods per click interval: the average of
    700 keeps about 4% of it, as much as the noise leaves). ``clean_baep``'s average
    differs from that of the same sweeps without the hum by the hum left;
    ``clean_baep_hum``'s (hum fitted between the clicks) by a fraction of it, and the
    wave V stays where it was."""
    sfreq = 10000.0
    a, b = epoch_samples(sfreq, BAEP_HUM_FIT_MS)
    e0, e1 = epoch_samples(sfreq, BAEP_EPOCH_MS)
    tw = np.arange(a, b) / sfreq
    onsets = np.arange(700) / 11.1
    hum = 2.0 * np.sin(2 * np.pi * 100.0 * (onsets[:, None] + tw[None, :]) + 0.3)
    v = np.exp(-0.5 * ((tw * 1e3 - 5.8) / 0.3) ** 2)
    v -= 0.8 * np.exp(-0.5 * ((tw * 1e3 - 6.9) / 0.5) ** 2)
    no_hum = 0.5 * v / (v.max() - v.min()) + np.random.default_rng(0).normal(0, 0.5, hum.shape)
    ref = clean_baep(no_hum[:, e0 - a : e1 - a], sfreq).mean(axis=0)
    plain = clean_baep((no_hum + hum)[:, e0 - a : e1 - a], sfreq).mean(axis=0)
    fitted = clean_baep_hum(no_hum + hum, sfreq, 50.0, onsets).mean(axis=0)
    t = times_for(sfreq, BAEP_EPOCH_MS)
    w = (t >= 1.0) & (t <= 10.0)
    left_plain = float(np.sqrt(np.mean((plain - ref)[w] ** 2)))
    left_fitted = float(np.sqrt(np.mean((fitted - ref)[w] ** 2)))
    assert left_plain > 0.015, left_plain  # 0.027 uV here
    assert left_fitted < 0.2 * left_plain, (left_fitted, left_plain)  # 0.0016 uV
    assert abs(t[w][np.argmax(fitted[w])] - t[w][np.argmax(ref[w])]) <= 0.1


def test_wave_v_is_the_last_peak_of_a_flat_iv_v_complex(tmp_path):
    """Round 10c. Sealed7 diagnostic BAEP seed 6612 (burned, tuning): the IV-V complex
    has a flat top, 0.269 uV at 5.10 ms and 0.265 uV at 5.50 ms in 0.075 uV of noise;
    the largest peak (wave IV's side) put wave V 0.316 ms off the truth's 5.46 ms.
    Heights within the noise cannot be ranked; wave V is the peak the slow negativity
    follows, so the later one is taken and wave V lies within 0.3 ms."""
    sim = simulate_recording("diagnostic-baep", sfreq=10000, rng=6612, mains_hz=50)
    b = analyze_recording(read_recording(sim.write_edf(tmp_path / "r.edf"))).to_dict()
    b = b["baep"][0]
    assert b["present"] is True, b
    truth = sim.truth["baep"][0]["waves"]["V"]["latency_ms"]
    assert abs(b["waves"]["V"]["latency_ms"] - truth) <= 0.3, (b["waves"]["V"], truth)
