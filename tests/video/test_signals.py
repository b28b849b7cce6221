import itertools

import numpy as np
import pytest

from hfs.simulate.schedule import Activation, Schedule, SimEvent, make_schedule
from hfs.simulate.video import simulate_landmarks
from hfs.video.signals import compute_signals, to_subset, umeyama


def test_umeyama_recovers_a_known_similarity():
    rng = np.random.default_rng(0)
    src = rng.normal(size=(20, 3))
    a = np.deg2rad(25)
    r = np.array([[np.cos(a), 0, np.sin(a)], [0, 1, 0], [-np.sin(a), 0, np.cos(a)]])
    dst = 1.7 * src @ r.T + np.array([3.0, -2.0, 0.5])
    s, r_hat, t = umeyama(src, dst)
    assert s == pytest.approx(1.7, rel=1e-9)
    np.testing.assert_allclose(r_hat, r, atol=1e-9)
    np.testing.assert_allclose(t, [3.0, -2.0, 0.5], atol=1e-9)


def test_rigid_head_motion_leaves_the_eye_signal_alone(face_model):
    """The same face, still vs. drifting, rolling and turning a few degrees: nearly the
    same lid aperture. Perspective of the 3-D turns (up to ~7 degrees here) leaves a few
    percent that no rigid fit can remove; that is far below the 20% closure threshold."""
    sched = Schedule(10.0, (), "none")
    _, still, _ = simulate_landmarks(sched, model=face_model, head_motion=0.0, jitter=0.0, rng=1)
    t, moving, _ = simulate_landmarks(sched, model=face_model, head_motion=3.0, jitter=0.0, rng=1)
    a = compute_signals(t, to_subset(still)).side["left"]["aperture"]
    b = compute_signals(t, to_subset(moving)).side["left"]["aperture"]
    assert np.nanmax(np.abs(a - b)) < 0.04 * np.nanmedian(a)


def test_closing_the_left_eye_moves_the_left_signal_only(face_model):
    act = Activation(eye={"left": 1.0, "right": 0.0})
    rest = face_model.deform_points(Activation())
    closed = face_model.deform_points(act)
    sig = compute_signals(np.arange(2) / 30, to_subset(np.stack([rest, closed])))
    left, right = sig.side["left"]["aperture"], sig.side["right"]["aperture"]
    assert left[1] < 0.2 * left[0]
    assert right[1] == pytest.approx(right[0], rel=0.02)


def test_schedule_truth_counts_what_it_made():
    s = make_schedule(60, side="right", spasm_rate=10, blink_rate=12, smiles=2, rng=3)
    truth = s.truth()
    n_spasm = sum(e["kind"] == "spasm" for e in truth["events"])
    assert truth["summary"]["spasms_per_min"] == pytest.approx(n_spasm)
    assert all(e["side"] == "right" for e in truth["events"] if e["kind"] == "spasm")
    assert {d["kind"] for d in truth["distractors"]} == {"smile"}
    # Events never overlap one another.
    spans = sorted((e.onset_s, e.offset_s) for e in s.events)
    assert all(b0 >= a1 for (_, a1), (b0, _) in itertools.pairwise(spans))


def test_envelope_peaks_at_amplitude_and_is_zero_outside():
    ev = SimEvent(1.0, 2.5, "spasm", "left", ("eye",), 0.8, "tonic")
    t = np.linspace(0, 4, 4001)
    env = ev.envelope(t)
    assert env[(t < 1.0) | (t > 2.5)].max() == 0.0
    assert 0.7 < env.max() <= 0.8


def test_batched_fit_equals_the_single_fit():
    from hfs.video.signals import umeyama_batch

    rng = np.random.default_rng(4)
    dst = rng.normal(size=(12, 3))
    src = rng.normal(size=(5, 12, 3))
    s, r, t = umeyama_batch(src, dst)
    for i in range(5):
        s1, r1, t1 = umeyama(src[i], dst)
        assert s[i] == pytest.approx(s1, rel=1e-9)
        np.testing.assert_allclose(r[i], r1, atol=1e-9)
        np.testing.assert_allclose(t[i], t1, atol=1e-9)
