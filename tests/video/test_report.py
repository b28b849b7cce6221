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
