"""The HTML report renders for any analysis, with and without spasms."""

import pytest

from hfs.reports.video import render_report
from hfs.simulate.video import simulate_landmarks
from hfs.video.analysis import analyze_points
from hfs.video.io import VideoInfo
from hfs.video.signals import to_subset


@pytest.mark.parametrize("side", ["left", "none"])
def test_report_renders_self_contained(face_model, side):
    t, pts, _ = simulate_landmarks(model=face_model, side=side, smiles=1, duration_s=22, rng=31)
    info = VideoInfo("missing.mp4", 1280, 720, 30.0, 22.0, len(t), "h264", 0)
    res = analyze_points(t, to_subset(pts), info)
    html = render_report(res)
    assert html.startswith("<!doctype html>") and html.rstrip().endswith("</html>")
    assert html.count("data:image/png;base64,") == 2  # traces and raster; no video to show a frame
    assert "not a diagnosis" in html
    assert f">{res.summary['affected_side']}<" in html
    if side == "none":
        assert "Strongest spasm" not in html


def test_short_clip_report_and_plain_summary_say_cannot_tell(face_model):
    from hfs.reports.plain import plain_summary

    t, pts, _ = simulate_landmarks(
        model=face_model, side="left", regions=("eye",), spasm_rate=40, duration_s=3, rng=32
    )
    info = VideoInfo("short.mp4", 1280, 720, 30.0, 3.0, len(t), "h264", 0)
    res = analyze_points(t, to_subset(pts), info)
    html = render_report(res)
    assert "Cannot tell:" in html and "visible for only 3.0 s" in html
    assert "Jankovic Rating Scale" not in html and "Spasms per minute" not in html
    plain = plain_summary(res.to_dict())
    assert plain["headline"].startswith("The software cannot tell")
    assert not any("per minute" in d for d in plain["details"])


@pytest.mark.parametrize("mirrored", [False, True])
def test_report_and_plain_summary_state_the_side_convention(face_model, mirrored):
    from hfs.reports.plain import plain_summary

    t, pts, _ = simulate_landmarks(model=face_model, side="right", duration_s=12, rng=33)
    info = VideoInfo("clip.mp4", 1280, 720, 30.0, 12.0, len(t), "h264", 0)
    res = analyze_points(t, to_subset(pts), info, mirrored=mirrored)
    html = render_report(res)
    details = " ".join(plain_summary(res.to_dict())["details"])
    if mirrored:
        assert "analysed as a mirrored selfie" in html and "mirrored selfie" in details
    else:
        assert "analysed as filmed (not mirrored" in html and "not mirrored" in details
