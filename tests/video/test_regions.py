"""Regions of a spasm: the cheek is named when it rises with the spasm, and only then.

Known truth: the simulator's face model, raised by the physiology it models (a rising
infraorbital cheek pushes the lower lid up and narrows the eye from below; the eye
itself does not move with the cheek).
"""

import numpy as np

from hfs.simulate.schedule import Activation
from hfs.simulate.score import pair_events
from hfs.simulate.video import simulate_landmarks
from hfs.video.events import activations, detect_events
from hfs.video.landmarks import EYE_LOWER, EYE_UPPER
from hfs.video.signals import compute_signals, to_subset


def _left(**kw) -> Activation:
    return Activation(**{k: {"left": v, "right": 0.0} for k, v in kw.items()})


def test_a_cheek_raise_lifts_the_lower_lid_not_the_eye(face_model):
    rest = face_model.deform_points(Activation())
    raised = face_model.deform_points(_left(cheek=1.0))
    iod = face_model.iod
    up, lo = EYE_UPPER["left"][2:-2], EYE_LOWER["left"][2:-2]
    aperture = float((rest[lo, 1] - rest[up, 1]).mean())
    lower_rise = float((rest[lo, 1] - raised[lo, 1]).mean())
    upper_move = float(np.abs(raised[up, :2] - rest[up, :2]).max())
    # The eye narrows from below by a fifth of its aperture or more ...
    assert lower_rise >= 0.2 * aperture, (lower_rise, aperture)
    # ... while the upper lid (and the eye under it) stays where it was.
    assert upper_move <= 0.002 * iod, upper_move / iod
    # The other eye is untouched.
    other = EYE_UPPER["right"] + EYE_LOWER["right"]
    assert np.abs(raised[other, :2] - rest[other, :2]).max() <= 1e-9


def _regions_found(face_model, regions, rng):
    t, pts, truth = simulate_landmarks(
        model=face_model, side="left", duration_s=25, spasm_rate=12, regions=regions, rng=rng
    )
    ev = detect_events(activations(compute_signals(t, to_subset(pts))))
    pairs = pair_events(truth["events"], [e.to_dict() for e in ev])
    assert len(pairs) >= 3
    return [set(fd["regions"]) for _, fd in pairs]


def test_a_cheek_that_narrows_the_eye_from_below_is_not_an_eye_closure(face_model):
    # The cheek and mouth twitch, the upper lid stays up: the eye is not involved,
    # though the raised lower lid narrows it.
    for found in _regions_found(face_model, ("cheek", "mouth"), rng=7):
        assert found == {"cheek", "mouth"}, found
    # The same cheek with the lid coming down: both.
    for found in _regions_found(face_model, ("eye", "cheek"), rng=8):
        assert found == {"eye", "cheek"}, found
