"""Small faces, huge frames and a second face, end to end (MediaPipe on real pixels)."""

import cv2
import numpy as np
import pytest

from hfs.simulate.face import load_face_photo
from hfs.simulate.score import match_events
from hfs.simulate.video import simulate_video
from hfs.video.analysis import analyze_video
from tests.videofiles import write_frames

pytestmark = pytest.mark.slow


def test_a_face_at_seven_percent_of_the_width_is_measured(tmp_path):
    # Face height 14% of a 960x540 frame: about 7% of its width, 45 px at the usual
    # 640 px analysis size, too small for the face mesh on the whole frame.
    path = tmp_path / "small.mp4"
    truth = simulate_video(
        path,
        side="left",
        spasm_rate=15,
        regions=("eye", "mouth"),
        face_height=0.14,
        size="960x540",
        duration_s=20,
        rng=404,
    )
    d = analyze_video(path).to_dict()
    q = d["quality"]
    assert q["face_found_fraction"] >= 0.95 and q["faces"]["cropped"], q
    assert q["face_width_fraction"] < 0.09
    # MediaPipe's landmarks differ slightly from run to run (its CPU inference is not
    # bit-for-bit repeatable), and on a 45 px face a short spasm sits near the
    # threshold: one of the five may be missed on some runs (CI saw it once on a 10 s
    # clip). Nothing may be invented.
    score = match_events(truth["events"], d["events"])
    assert score.n_true == 5 and score.n_matched >= 4, (truth["events"], d["events"])
    assert score.n_found == score.n_matched, (truth["events"], d["events"])
    assert d["summary"]["affected_side"] == "left"


def test_two_faces_warn_and_name_the_one_measured(tmp_path):
    path = tmp_path / "two.mp4"
    truth = simulate_video(
        path,
        side="right",
        spasm_rate=15,
        regions=("eye", "mouth"),
        second_face=True,
        size="640x360",
        duration_s=10,
        rng=401,
    )
    d = analyze_video(path).to_dict()
    q = d["quality"]
    assert q["faces"]["max_faces"] == 2 and q["faces"]["measured"] == "centre of the picture"
    warning = next(w for w in q["warnings"] if "faces in view" in w)
    assert "measured the face at the centre of the picture" in warning
    assert match_events(truth["events"], d["events"]).f1 == 1.0
    assert d["summary"]["affected_side"] == "right"


def test_one_face_gives_no_two_face_warning(tmp_path):
    path = tmp_path / "one.mp4"
    simulate_video(path, side="none", size="640x360", duration_s=4, rng=405)
    q = analyze_video(path).to_dict()["quality"]
    assert q["faces"]["max_faces"] == 1 and q["faces"]["two_faces_fraction"] == 0.0
    assert not any("faces in view" in w for w in q["warnings"])


def test_dci_4k_with_a_face_at_eight_percent_of_the_width(tmp_path):
    """4096x2160 was refused; now decoded, scaled, and the small face found and cropped."""
    photo = load_face_photo()
    photo = cv2.resize(photo, (1700, 1700), interpolation=cv2.INTER_AREA)
    frame = np.full((2160, 4096, 3), 90, np.uint8)
    frame[300:2000, 1200:2900] = photo
    path = tmp_path / "dci.mp4"
    write_frames(path, [frame] * 12, codec="mpeg4")
    res = analyze_video(path)
    q = res.to_dict()["quality"]
    assert (res.info.width, res.info.height) == (4096, 2160)
    assert q["face_found_fraction"] == 1.0
    assert 0.07 < q["face_width_fraction"] < 0.09
    assert q["faces"]["cropped"] and q["faces"]["max_faces"] == 1
