"""The filming guide's order (rest, then talk, smile, close the eyes): the analysis
finds the tasks, never counts them as spasms, and counts spasms per segment."""

import pytest

from hfs.reports.plain import plain_summary
from hfs.simulate.schedule import make_protocol
from hfs.simulate.score import match_events
from hfs.simulate.video import simulate_landmarks
from hfs.video.analysis import analyze_points
from hfs.video.io import VideoInfo
from hfs.video.signals import to_subset


def analyse(face_model, sched, seed):
    t, pts, truth = simulate_landmarks(sched, model=face_model, lid_read=(0.5, 0.8), rng=seed)
    info = VideoInfo("clip.mp4", 1280, 720, 30.0, sched.duration_s, len(t), "h264", 0)
    return truth, analyze_points(t, to_subset(pts), info).to_dict()


def overlap(a, b):
    return min(a["offset_s"], b["offset_s"]) - max(a["onset_s"], b["onset_s"])


@pytest.mark.parametrize(("side", "seed"), [("left", 91), ("none", 92), ("right", 93)])
def test_the_guides_tasks_are_found_and_not_counted(face_model, side, seed):
    sched = make_protocol(side=side, rng=seed)
    truth, d = analyse(face_model, sched, seed)
    tasks = [x for x in truth["distractors"] if x["kind"] in ("talk", "smile", "eye_closure")]
    assert [x["kind"] for x in tasks] == ["talk", "smile", "eye_closure"]
    found = d["movements"]
    for task in tasks:  # each task found, as itself, over most of its time
        same = [m for m in found if m["kind"] == task["kind"] and overlap(m, task) > 0]
        assert same, (task, found)
        cover = sum(overlap(m, task) for m in same)
        assert cover >= 0.7 * (task["offset_s"] - task["onset_s"])
    assert {m["kind"] for m in found} <= {"talk", "smile", "eye_closure"}
    seg = d["summary"]["segments"]
    n_true = sum(e["kind"] == "spasm" for e in truth["events"])
    assert match_events(truth["events"], d["events"]).f1 == 1.0
    assert seg["rest"]["n_spasms"] == n_true and seg["voluntary"]["n_spasms"] == 0
    assert seg["rest"]["seconds"] == pytest.approx(
        sched.duration_s - seg["voluntary"]["seconds"], abs=0.05
    )
    # The closure on request is not a blink either.
    assert match_events(truth["events"], d["events"], kind="blink").precision == 1.0
    assert d["summary"]["affected_side"] == side


def test_the_patients_result_says_what_was_recognised(face_model):
    sched = make_protocol(side="left", rng=94)
    _, d = analyse(face_model, sched, 94)
    text = " ".join(plain_summary(d)["details"])
    assert "recognised talking, smiling, closing your eyes" in text
    assert "did not count these movements as twitches" in text
