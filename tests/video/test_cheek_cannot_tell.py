"""The cheek's part in a spasm, and what hangs on it, when the landmark model cannot read it.

Known truth: landmark series from the simulator (:func:`simulate_landmarks`) with the
regions each spasm involves. MediaPipe on video does not follow a cheek raise (its
``reads_cheek`` is false), so spasms read at the eye only may have spread to the cheek:
the spread flag and the grades that hang on it are "cannot tell" with a reason, never
a confident grade I.
"""

from hfs.simulate.video import simulate_landmarks
from hfs.video.analysis import analyze_points
from hfs.video.io import VideoInfo
from hfs.video.landmarks import MediaPipeFaceMesh
from hfs.video.signals import to_subset


def _analyse(face_model, regions, rng, **kw):
    t, pts, truth = simulate_landmarks(
        model=face_model, side="left", duration_s=25, spasm_rate=10, regions=regions, rng=rng
    )
    info = VideoInfo("clip.mp4", 1280, 720, 30.0, 25.0, len(t), "h264", 0)
    return analyze_points(t, to_subset(pts), info, **kw).to_dict()["summary"], truth


def test_mediapipe_says_it_does_not_read_the_cheek():
    assert MediaPipeFaceMesh.reads_cheek is False


def test_eye_only_spasms_leave_the_spread_and_grade_undecided_without_the_cheek(face_model):
    s, truth = _analyse(face_model, ("eye",), rng=41, reads_cheek=False)
    assert truth["summary"]["regions"] == ["eye"]
    assert s["affected_side"] == "left" and s["regions"] == ["eye"]
    # Not "False" (which would be a guess): cannot tell, with the reason.
    assert s["spread_beyond_eye"] is None
    assert "cheek" in s["spread_cannot_tell"] and "cheek" in s["regions_not_read"]
    # SMC I or II cannot be told; nor Jankovic severity 2 or 3.
    assert s["smc"] is None and s["jankovic"] is None
    assert "grade I or II" in s["grades_cannot_tell"]
    # The rate and side are still measured.
    assert s["spasms_per_min"] > 0


def test_the_same_spasms_are_graded_when_the_landmarks_carry_the_cheek(face_model):
    s, _ = _analyse(face_model, ("eye",), rng=41)
    assert s["spread_beyond_eye"] is False and s["spread_cannot_tell"] is None
    assert s["smc"]["grade"] == 1 and s["jankovic"] is not None
    assert s["regions_not_read"] == {}


def test_a_mouth_in_the_spasms_settles_the_spread_without_the_cheek(face_model):
    s, _ = _analyse(face_model, ("eye", "mouth"), rng=42, reads_cheek=False)
    assert "mouth" in s["regions"]
    assert s["spread_beyond_eye"] is True and s["spread_cannot_tell"] is None
    assert s["smc"]["grade"] >= 2 and s["grades_cannot_tell"] is None


def test_report_and_terminal_say_the_grade_cannot_be_told(face_model, monkeypatch):
    from rich.console import Console

    from hfs.cli import video as cli_video
    from hfs.reports.video import render_report

    t, pts, _ = simulate_landmarks(
        model=face_model, side="left", duration_s=25, spasm_rate=10, regions=("eye",), rng=41
    )
    info = VideoInfo("eye.mp4", 1280, 720, 30.0, 25.0, len(t), "h264", 0)
    res = analyze_points(t, to_subset(pts), info, reads_cheek=False)
    html = render_report(res)
    assert 'id="spread-cannot-tell"' in html and "grade I or II" in html
    assert "SMC grade</td><td>cannot tell" in html
    console = Console(record=True, width=300)
    monkeypatch.setattr(cli_video, "console", console)
    cli_video.print_summary(res.to_dict())
    rows = {
        line.split("│")[1].strip(): line.split("│")[2].strip()
        for line in console.export_text().splitlines()
        if line.count("│") >= 3
    }
    assert rows["Affected side (patient's)"] == "left"
    assert rows["SMC grade (video estimate)"] == "cannot tell"
    assert rows["Jankovic (video estimate)"] == "cannot tell"
    assert rows["Spread beyond the eye"].startswith("cannot tell")
