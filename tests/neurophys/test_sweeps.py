import mne
import numpy as np

from hfs.neurophys.sweeps import (
    BAEP_BAND_HZ,
    BAEP_BLANK_MS,
    BAEP_EPOCH_MS,
    baep_operator,
    bandpass,
    blank_artifact,
    cut,
    detect_mains,
    remove_mains,
    times_for,
)


def test_blanking_equals_mne_fix_stim_artifact_linear():
    rng = np.random.default_rng(0)
    sfreq = 10000.0
    t = times_for(sfreq, (-10.0, 30.0))
    x = rng.standard_normal((5, 2, t.size)) * 10
    x[..., (t >= 0) & (t < 2)] += 5000.0
    info = mne.create_info(["a", "b"], sfreq, "eeg")
    ep = mne.EpochsArray(x * 1e-6, info, tmin=t[0] / 1000, verbose="error")
    # MNE's window is inclusive of tmin and exclusive of tmax in samples.
    mne.preprocessing.fix_stim_artifact(ep, tmin=-0.0002, tmax=0.0025, mode="linear")
    ours = blank_artifact(x.copy(), t, (-0.2, 2.5))
    np.testing.assert_allclose(ours, ep.get_data() * 1e6, atol=1e-6)


def test_mains_detection_and_removal():
    rng = np.random.default_rng(1)
    sfreq = 10000.0
    n = int(5 * sfreq)
    tt = np.arange(n) / sfreq
    for hz in (50.0, 60.0):
        x = rng.standard_normal((2, n)) * 5 + 30 * np.sin(2 * np.pi * hz * tt)
        assert detect_mains(x, sfreq) == hz
    assert detect_mains(rng.standard_normal((2, n)), sfreq) is None
    # Removal on short windows: hum 30 uV, response untouched inside the keep-out.
    t = times_for(sfreq, (-40.0, 80.0))
    resp = np.where((t > 8) & (t < 12), 100 * np.sin(np.pi * (t - 8) / 4), 0.0)
    hum = 30 * np.sin(2 * np.pi * 50 * t / 1000 + 0.7)
    y = remove_mains(resp + hum, t, sfreq, 50.0, (-0.2, 25.0))
    assert np.abs(y - resp).max() < 1.0


def test_baep_operator_is_the_stepwise_cleaning():
    rng = np.random.default_rng(2)
    sfreq = 10000.0
    t = times_for(sfreq, BAEP_EPOCH_MS)
    x = rng.standard_normal((3, t.size)) * 10 + np.linspace(0, 50, t.size)
    op = baep_operator(sfreq)
    y = blank_artifact(x.copy(), t, BAEP_BLANK_MS)
    y = y - y.mean(axis=1, keepdims=True)
    k = np.arange(t.size) - (t.size - 1) / 2
    y = y - np.outer(y @ k / (k @ k), k)
    y = bandpass(y, sfreq, BAEP_BAND_HZ)
    np.testing.assert_allclose(x @ op.T, y, atol=1e-8)


def test_cut_drops_windows_off_the_ends():
    data = np.arange(100.0)[None, :]
    sw, kept = cut(data, np.array([0, 50, 99]), 1000.0, (-5.0, 5.0))
    assert kept.tolist() == [False, True, False]
    assert sw.shape == (1, 1, 10) and sw[0, 0, 0] == 45.0
