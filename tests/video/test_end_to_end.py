"""Synthetic face videos -> the whole pipeline (MediaPipe on real pixels) -> truth."""

import pytest

from hfs.errors import NoFaceError
from hfs.simulate.score import match_events
from hfs.simulate.video import simulate_video
from hfs.video.analysis import analyze_video
from tests.videofiles import faceless_video

pytestmark = pytest.mark.slow


def analyse(tmp_path, name, *, mirrored=False, **kw):
    path = tmp_path / name
    truth = simulate_video(path, fps=30, size="640x360", **kw)
    return truth, analyze_video(path, mirrored=mirrored).to_dict()


def test_left_spasms_with_mouth_are_found(tmp_path):
    truth, d = analyse(
        tmp_path,
        "left.mp4",
        side="left",
        duration_s=20,
        spasm_rate=15,
        regions=("eye", "cheek", "mouth"),
        rng=21,
    )
    score = match_events(truth["events"], d["events"])
    assert score.n_true >= 4 and score.f1 >= 0.85, (truth["events"], d["events"])
    assert d["summary"]["affected_side"] == "left"
    assert "eye" in d["summary"]["regions"]
    blinks = match_events(truth["events"], d["events"], kind="blink")
    assert blinks.recall >= 0.75


def test_mirrored_selfie_of_right_side_spasm(tmp_path):
    """Stored mirrored, analysed with --mirrored: still the patient's right."""
    truth, d = analyse(
        tmp_path,
        "selfie.mp4",
        side="right",
        duration_s=20,
        spasm_rate=15,
        regions=("eye",),
        selfie_mirrored=True,
        mirrored=True,
        rng=22,
    )
    assert d["summary"]["affected_side"] == "right"
    assert match_events(truth["events"], d["events"]).f1 >= 0.85
    assert d["video"]["mirrored"] is True


def test_forgetting_the_mirror_flag_swaps_sides(tmp_path):
    """The same mirrored selfie without --mirrored reads as the other side: the flag matters."""
    _, d = analyse(
        tmp_path,
        "selfie.mp4",
        side="right",
        duration_s=12,
        spasm_rate=20,
        regions=("eye",),
        selfie_mirrored=True,
        mirrored=False,
        rng=23,
    )
    assert d["summary"]["affected_side"] == "left"


def test_smiling_control_has_no_spasm(tmp_path):
    truth, d = analyse(tmp_path, "control.mp4", side="none", duration_s=20, smiles=3, rng=24)
    assert len(truth["distractors"]) >= 2
    assert d["summary"]["affected_side"] == "none"
    assert [e for e in d["events"] if e["kind"] == "spasm"] == []
    assert d["summary"]["jankovic"]["total"] <= 1 and d["summary"]["smc"]["grade"] == 0


def test_video_without_a_face(tmp_path):
    path = tmp_path / "wall.mp4"
    faceless_video(path, n=45)
    with pytest.raises(NoFaceError, match="no face"):
        analyze_video(path)
