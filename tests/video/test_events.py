"""Event detection on synthetic landmark series with known truth (no video)."""

import numpy as np
import pytest

from hfs.simulate.score import match_events
from hfs.simulate.video import simulate_landmarks
from hfs.video.analysis import analyze_points
from hfs.video.events import activations, detect_events
from hfs.video.io import VideoInfo
from hfs.video.signals import compute_signals, to_subset


def run(face_model, **kw):
    t, pts, truth = simulate_landmarks(model=face_model, duration_s=kw.pop("duration_s", 30), **kw)
    events = detect_events(activations(compute_signals(t, to_subset(pts))))
    return truth, [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("side", "regions", "seed"),
    [
        ("left", ("eye", "cheek"), 1),
        ("right", ("eye",), 2),
        ("left", ("mouth",), 3),
        ("right", ("eye", "brow", "cheek", "mouth"), 4),
    ],
)
def test_spasms_found_on_the_right_side(face_model, side, regions, seed):
    truth, found = run(face_model, side=side, regions=regions, spasm_rate=12, rng=seed)
    score = match_events(truth["events"], found, kind="spasm")
    assert score.n_true >= 4
    assert score.f1 == 1.0, (truth["events"], found)


def test_blinks_are_blinks_not_spasms(face_model):
    truth, found = run(face_model, side="none", blink_rate=20, rng=5)
    assert not [e for e in found if e["kind"] == "spasm"]
    score = match_events(truth["events"], [dict(e, side="both") for e in found], kind="blink")
    assert score.recall >= 0.9 and score.precision >= 0.9


def test_symmetric_smiles_and_head_turns_are_not_spasms(face_model):
    truth, found = run(face_model, side="none", smiles=4, head_turns=4, duration_s=40, rng=6)
    assert len(truth["distractors"]) >= 6
    assert [e for e in found if e["kind"] == "spasm"] == []


def test_clonic_and_tonic_follow_duration(face_model):
    truth, found = run(
        face_model, side="left", regions=("eye",), spasm_rate=14, tonic_fraction=0.5, rng=7
    )
    spasms = [e for e in found if e["kind"] == "spasm"]
    assert {e["pattern"] for e in spasms} == {"clonic", "tonic"}
    for e in spasms:
        assert (e["pattern"] == "tonic") == (e["duration_s"] >= 1.0)
    true_tonic = sum(e["pattern"] == "tonic" for e in truth["events"] if e["kind"] == "spasm")
    assert sum(e["pattern"] == "tonic" for e in spasms) == true_tonic


def test_eye_only_spasms_name_only_the_eye(face_model):
    _, found = run(face_model, side="right", regions=("eye",), spasm_rate=12, rng=8)
    assert {r for e in found if e["kind"] == "spasm" for r in e["regions"]} == {"eye"}


def test_mouth_spasms_name_the_mouth(face_model):
    _, found = run(face_model, side="left", regions=("mouth",), spasm_rate=12, rng=9)
    spasms = [e for e in found if e["kind"] == "spasm"]
    assert spasms and all("mouth" in e["regions"] for e in spasms)


def test_baseline_is_the_persons_own(face_model):
    """A face whose eyes are narrower at rest is measured against its own rest."""
    t, pts, truth = simulate_landmarks(
        model=face_model, side="left", regions=("eye",), spasm_rate=10, duration_s=30, rng=10
    )
    sub = to_subset(pts).copy()
    # Squash every eye 30% vertically around its centre: a person with narrow eyes.
    from hfs.video.landmarks import EYE_LOWER, EYE_UPPER, SUBSET_POS

    for s in ("left", "right"):
        idx = [SUBSET_POS[k] for k in EYE_UPPER[s] + EYE_LOWER[s]]
        cy = sub[:, idx, 1].mean(axis=1, keepdims=True)
        sub[:, idx, 1] = cy + 0.7 * (sub[:, idx, 1] - cy)
    found = [e.to_dict() for e in detect_events(activations(compute_signals(t, sub)))]
    assert match_events(truth["events"], found).f1 == 1.0


def test_analysis_output_follows_the_schema(face_model):
    t, pts, _ = simulate_landmarks(model=face_model, side="right", duration_s=25, rng=11)
    info = VideoInfo("clip.mp4", 1280, 720, 30.0, 25.0, len(t), "h264", 0)
    d = analyze_points(t, to_subset(pts), info).to_dict()
    assert d["schema"] == "hfs.video.analysis/1"
    assert set(d["video"]) >= {"fps", "n_frames", "duration_s", "width", "height"}
    assert "face_found_fraction" in d["quality"]
    for e in d["events"]:
        assert e["kind"] in ("spasm", "blink")
        assert e["side"] in ("left", "right", "both")
        assert set(e["regions"]) <= {"eye", "brow", "cheek", "mouth"}
        assert e["offset_s"] > e["onset_s"]
    s = d["summary"]
    assert s["affected_side"] == "right"
    assert set(s) >= {"spasms_per_min", "spasm_time_fraction", "longest_spasm_s", "blinks_per_min"}
    assert 0 <= s["jankovic"]["total"] <= 8 and s["smc"]["label"] in ("0", "I", "II", "III", "IV")
    assert "not a diagnosis" in d["disclaimer"]


def test_frames_without_a_face_are_tolerated(face_model):
    t, pts, truth = simulate_landmarks(
        model=face_model, side="left", regions=("eye",), spasm_rate=10, duration_s=30, rng=12
    )
    sub = to_subset(pts).copy()
    sub[::7] = np.nan  # every 7th frame lost
    info = VideoInfo("clip.mp4", 1280, 720, 30.0, 30.0, len(t), "h264", 0)
    res = analyze_points(t, sub, info)
    assert res.quality["face_found_fraction"] == pytest.approx(6 / 7, abs=0.01)
    assert match_events(truth["events"], [e.to_dict() for e in res.events]).recall == 1.0


def test_json_is_strict_even_with_lost_frames(face_model):
    """No NaN may reach the JSON (it is not valid JSON), however many frames lack a face."""
    import json

    t, pts, _ = simulate_landmarks(model=face_model, side="left", duration_s=25, rng=13)
    sub = to_subset(pts).copy()
    sub[: len(sub) // 2] = np.nan  # the first half without a face
    info = VideoInfo("clip.mp4", 1280, 720, 30.0, 25.0, len(t), "h264", 0)
    d = analyze_points(t, sub, info).to_dict()
    json.dumps(d, allow_nan=False)  # raises on NaN or inf
    assert "face lost often" in " ".join(d["quality"]["warnings"])
