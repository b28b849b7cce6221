"""The `hfs video` and `hfs simulate video` commands as a person runs them."""

import json

import numpy as np
import pytest

from tests.clitools import one_line_error
from tests.clitools import run_hfs as hfs
from tests.videofiles import faceless_video, write_frames


@pytest.mark.slow
def test_simulate_then_analyze_writes_json_and_report(tmp_path):
    clip, truth, out, rep = (tmp_path / n for n in ("c.mp4", "t.json", "r.json", "r.html"))
    r = hfs(
        "simulate",
        "video",
        str(clip),
        "--truth",
        str(truth),
        "--side",
        "right",
        "--duration",
        "12",
        "--size",
        "640x360",
        "--rate",
        "20",
        "--regions",
        "eye,mouth",
        "--seed",
        "5",
        "-q",
    )
    assert r.returncode == 0, r.stderr
    t = json.loads(truth.read_text())
    assert t["summary"]["affected_side"] == "right"
    r = hfs("video", "analyze", str(clip), "--json", str(out), "--report", str(rep))
    assert r.returncode == 0, r.stderr
    d = json.loads(out.read_text())
    assert d["schema"] == "hfs.video.analysis/1"
    assert d["summary"]["affected_side"] == "right"
    assert "Affected side" in r.stderr and "right" in r.stderr
    # The side convention is stated: a front-camera selfie needs --mirrored.
    assert "as filmed (not mirrored)" in r.stderr and "Sides read as filmed" in r.stderr
    assert "W0000" not in r.stderr and "TensorFlow Lite" not in r.stderr  # no native chatter
    html = rep.read_text()
    assert html.startswith("<!doctype html>")
    assert html.count("data:image/png;base64,") >= 3  # traces, raster, strongest-spasm frame
    assert "http://" not in html and "https://" not in html  # self-contained


@pytest.mark.parametrize(
    "content,expect",
    [
        (b"", "empty"),
        (b"this is not a video at all", "not a readable video"),
        (b"PK\x03\x04" + b"\x00" * 200, "not a readable video"),
    ],
)
def test_bad_files_give_one_line(tmp_path, content, expect):
    p = tmp_path / "clip.mp4"
    p.write_bytes(content)
    assert expect in one_line_error(hfs("video", "analyze", str(p)))


def test_missing_file_and_unwritable_output(tmp_path):
    assert "no such file" in one_line_error(hfs("video", "analyze", str(tmp_path / "nope.mp4")))
    p = tmp_path / "clip.mp4"
    p.write_bytes(b"x")
    msg = one_line_error(
        hfs("video", "analyze", str(p), "--json", str(tmp_path / "no" / "dir" / "r.json"))
    )
    assert "does not exist" in msg


def test_truncated_and_tiny_videos(tmp_path):
    clip = tmp_path / "full.mp4"
    r = hfs(
        "simulate", "video", str(clip), "--duration", "2", "--size", "320x240", "--seed", "1", "-q"
    )
    assert r.returncode == 0, r.stderr
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(clip.read_bytes()[:5000])
    one_line_error(hfs("video", "analyze", str(cut)))
    tiny = tmp_path / "tiny.mp4"
    write_frames(tiny, [np.zeros((48, 48, 3), np.uint8)])
    assert "too small" in one_line_error(hfs("video", "analyze", str(tiny)))


def test_simulate_rejects_bad_options(tmp_path):
    one_line_error(hfs("simulate", "video", str(tmp_path / "x.mp4"), "--regions", "ear,nose"))
    one_line_error(hfs("simulate", "video", str(tmp_path / "x.avi")))
    one_line_error(hfs("simulate", "video", str(tmp_path / "x.mp4"), "--size", "big"))


@pytest.mark.slow
def test_video_with_no_face(tmp_path):
    path = tmp_path / "wall.mp4"
    faceless_video(path, seed=1)
    out = tmp_path / "r.json"
    assert "no face" in one_line_error(hfs("video", "analyze", str(path), "--json", str(out)))
    assert not out.exists()  # nothing half-written


@pytest.mark.slow
def test_simulate_with_a_face_photo(tmp_path):
    """--face takes any frontal photo; here the default face mirrored and saved as JPEG."""
    import cv2
    from skimage import data

    photo = tmp_path / "face.jpg"
    cv2.imwrite(str(photo), cv2.cvtColor(data.astronaut()[:, ::-1], cv2.COLOR_RGB2BGR))
    clip, truth = tmp_path / "c.mp4", tmp_path / "t.json"
    r = hfs(
        "simulate",
        "video",
        str(clip),
        "--truth",
        str(truth),
        "--face",
        str(photo),
        "--duration",
        "2",
        "--size",
        "320x240",
        "--seed",
        "3",
        "-q",
    )
    assert r.returncode == 0, r.stderr
    assert json.loads(truth.read_text())["video"]["face"] == "face.jpg"
    not_a_photo = tmp_path / "x.jpg"
    not_a_photo.write_text("nope")
    assert "cannot read" in one_line_error(
        hfs("simulate", "video", str(tmp_path / "d.mp4"), "--face", str(not_a_photo), "-q")
    )
