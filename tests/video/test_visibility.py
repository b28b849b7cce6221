"""Visible time, a face leaving the frame, and "cannot tell" (known truth, no video)."""

import numpy as np
import pytest

from hfs.simulate.score import match_events
from hfs.simulate.video import simulate_landmarks
from hfs.video.analysis import analyze_points
from hfs.video.io import VideoInfo
from hfs.video.signals import to_subset


def analyse(face_model, duration_s, *, jitter=0.004, blank=None, **kw):
    t, pts, truth = simulate_landmarks(
        model=face_model, duration_s=duration_s, lid_read=(0.5, 0.8), jitter=jitter, **kw
    )
    sub = to_subset(pts).copy()
    if blank is not None:
        sub[(t >= blank[0]) & (t < blank[1])] = np.nan
    info = VideoInfo("clip.mp4", 1280, 720, 30.0, duration_s, len(t), "h264", 0)
    return t, truth, analyze_points(t, sub, info).to_dict()


@pytest.mark.parametrize("seed", [11, 12, 13, 14])
def test_a_face_leaving_the_frame_makes_no_phantom_spasm(face_model, seed):
    _, truth, d = analyse(face_model, 30, side="none", face_exits=2, rng=seed)
    assert any(x["kind"] == "face_exit" for x in truth["distractors"])
    assert [e for e in d["events"] if e["kind"] == "spasm"] == []
    assert d["summary"]["affected_side"] == "none"
    # Visible seconds are those the face was really in the frame.
    assert d["quality"]["visible_s"] == pytest.approx(truth["summary"]["visible_s"], abs=0.1)
    assert d["quality"]["visible_s"] < 27.0 and d["quality"]["face_gaps"]


def test_rates_use_the_time_the_face_was_visible(face_model):
    # 15 s of 45 without a face: the rate is per visible minute.
    _, truth, d = analyse(
        face_model, 45, blank=(15.0, 30.0), side="left", regions=("eye",), spasm_rate=16, rng=21
    )
    s, q = d["summary"], d["quality"]
    assert q["visible_s"] == pytest.approx(30.0, abs=0.1)
    seen = [
        e
        for e in truth["events"]
        if e["kind"] == "spasm" and (e["offset_s"] < 14.4 or e["onset_s"] > 30.6)
    ]
    assert len(seen) >= 5
    assert match_events(seen, d["events"]).f1 == 1.0
    assert s["spasms_per_min"] == pytest.approx(len(seen) / 0.5, rel=0.01)
    assert s["visible_s"] == pytest.approx(30.0, abs=0.1)


def test_a_three_second_clip_gives_no_side_rate_or_grade(face_model):
    _, truth, d = analyse(face_model, 3, side="left", regions=("eye",), spasm_rate=40, rng=31)
    assert truth["summary"]["spasms_per_min"] > 0  # there were spasms in it
    s = d["summary"]
    assert s["affected_side"] is None
    assert "visible for only 3.0 s" in s["cannot_tell"]
    assert s["spasms_per_min"] is None and s["blinks_per_min"] is None
    assert s["jankovic"] is None and s["smc"] is None
    assert d["quality"]["warnings"][0].startswith("cannot tell")


def test_a_long_clip_mostly_without_a_face_cannot_tell(face_model):
    _, _, d = analyse(face_model, 20, blank=(4.0, 20.0), side="right", rng=32)
    assert d["summary"]["affected_side"] is None and d["summary"]["jankovic"] is None


def test_landmarks_too_unsteady_cannot_tell(face_model):
    # Tracking jitter of 6% of the eye distance: lid closure is lost in noise.
    _, _, d = analyse(face_model, 30, jitter=0.06, side="left", rng=33)
    assert d["summary"]["affected_side"] is None
    assert "unsteady" in d["summary"]["cannot_tell"]
    assert d["summary"]["smc"] is None


def test_steady_long_clip_can_tell(face_model):
    _, _, d = analyse(face_model, 20, side="right", regions=("eye",), spasm_rate=12, rng=34)
    assert d["summary"]["cannot_tell"] is None
    assert d["summary"]["affected_side"] == "right" and d["summary"]["jankovic"]["total"] > 0
