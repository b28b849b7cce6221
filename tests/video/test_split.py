"""A long clip read in two halves at once (two decoders, two landmark models, so the
model runs on two cores): the same frames, times, landmarks and cheek patches as
reading it whole; where a second model cannot start, one reads it all; an error in
either half, or Ctrl-C, stops both and leaves no process or shared memory behind."""

import os
import threading
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np
import pytest

import hfs.video.io as vio
from hfs.simulate.schedule import Schedule, SimEvent
from hfs.simulate.score import match_events
from hfs.simulate.video import simulate_video
from hfs.video.analysis import _landmark_stream, analyze_video
from hfs.video.appearance import AppearanceReader, read_parts
from hfs.video.io import iter_frames, probe, split_point
from hfs.video.landmarks import CHEEK
from tests.videofiles import write_frames

SHM = Path("/dev/shm")
N = 160
SIZE = (416, 304)


def _frames(n=N, seed=0):
    """A blotchy picture whose brightness changes from frame to frame (the landmark
    stand-in below reads it)."""
    rng = np.random.default_rng(seed)
    w, h = SIZE
    base = cv2.resize(rng.normal(0, 20, (h // 8, w // 8, 3)), SIZE, interpolation=cv2.INTER_CUBIC)
    return [np.clip(base + 60 + (37 * i) % 120, 0, 255).astype(np.uint8) for i in range(n)]


@pytest.fixture(scope="module")
def clips(tmp_path_factory):
    d = tmp_path_factory.mktemp("split")
    frames = _frames()
    keyed = d / "keyed.mp4"  # a key frame every second
    write_frames(keyed, frames, gop=30)
    vfr = d / "vfr.mp4"  # variable frame rate, one key frame (x264's default interval)
    steps = np.where(np.arange(N) % 5 == 0, 2, 1)
    write_frames(vfr, frames, pts=np.cumsum(steps) - steps[0], time_base=Fraction(1, 60))
    return {"keyed": keyed, "vfr": vfr}


def _key_times(path) -> list[float]:
    with av.open(str(path)) as c:
        s = c.streams.video[0]
        return [float(p.pts * s.time_base) for p in c.demux(s) if p.size and p.is_keyframe]


@pytest.mark.parametrize("name", ["keyed", "vfr"])
def test_the_second_half_decodes_to_the_same_frames_times_and_indices(clips, name):
    path = clips[name]
    info = probe(path)
    cut = split_point(path, info)
    whole = list(iter_frames(path, max_side=None))
    half = list(iter_frames(path, max_side=None, start_s=cut.t_s, first_index=cut.index))
    assert len(whole) == N and 0.35 * N < cut.index < 0.65 * N
    assert whole[cut.index].t_s == cut.t_s
    assert [(f.index, f.t_s) for f in half] == [(f.index, f.t_s) for f in whole[cut.index :]]
    assert all(np.array_equal(a.rgb, b.rgb) for a, b in zip(half, whole[cut.index :], strict=True))
    if name == "keyed":  # cut at a key frame: the second decoder wastes no frames
        assert cut.t_s in _key_times(path)
    else:
        assert cut.t_s not in _key_times(path)


class _FromPixels:
    """A landmark model stand-in: a face's landmarks moved by the frame's brightness
    (so each frame's landmarks come from its pixels, and differ from frame to frame,
    the cheeks against the eyes too)."""

    name = "from-pixels"

    def __init__(self, face, fail_at=None, interrupt_at=None):
        self.face, self.n = face, 0
        self.fail_at, self.interrupt_at = fail_at, interrupt_at

    def process(self, rgb, t_s):
        self.n += 1
        if self.n == self.fail_at:
            raise ValueError("the model failed")
        if self.n == self.interrupt_at:
            raise KeyboardInterrupt
        b = float(rgb[::8, ::8].mean())
        lm = self.face.copy()
        lm[:, :2] += b / 20.0  # the face moves ...
        lm[CHEEK["left"] + CHEEK["right"], 1] += b / 30.0  # ... and its cheeks rise
        return lm

    def close(self):
        pass


class _NoStart(AppearanceReader):
    def start(self):
        raise RuntimeError("no second model")


@pytest.fixture(scope="module")
def face(face_model):
    """A real face's landmarks (the simulator's photo), scaled to these frames."""
    return (face_model.points * (SIZE[0] / face_model.size[0])).astype(np.float32)


def _read(path, first, second=None):
    info = probe(path)
    split = (split_point(path, info), second) if second is not None else None
    times, pts, _, luma, _, _ = _landmark_stream(path, info, first, False, 640, None, split=split)
    app = read_parts([r for r in (first, second) if r is not None], times)
    return np.asarray(times), np.stack(pts), luma, app


def _same(a, b):
    assert np.array_equal(a[0], b[0])
    assert np.array_equal(a[1], b[1], equal_nan=True)
    assert a[2] == b[2]
    assert a[3].usable and b[3].usable
    for s in ("left", "right"):
        assert np.array_equal(a[3].contrast[s], b[3].contrast[s], equal_nan=True)


@pytest.mark.parametrize("name", ["keyed", "vfr"])
def test_two_readers_give_what_one_gives(clips, face, name):
    """Times, landmarks, brightness samples and the cheek patches (sampled on the grid
    the clip's first face placed, which the second reader takes from the first)."""
    path = clips[name]
    one = _read(path, AppearanceReader(_FromPixels(face)))
    first = AppearanceReader(_FromPixels(face))
    second = AppearanceReader(_FromPixels(face), after=first)
    two = _read(path, first, second)
    assert len(first.t_s) > 0.35 * N and len(second.t_s) > 0.35 * N  # both read
    assert len(one[0]) == N and np.isfinite(one[1]).all()
    _same(two, one)


def test_where_a_second_model_cannot_start_one_reads_the_whole_clip(clips, face):
    path = clips["keyed"]
    one = _read(path, AppearanceReader(_FromPixels(face)))
    first = AppearanceReader(_FromPixels(face))
    second = _NoStart(_FromPixels(face), after=first)
    two = _read(path, first, second)
    assert len(first.t_s) == N and not second.t_s
    _same(two, one)


def _shm_names() -> set[str]:
    return set(os.listdir(SHM)) if SHM.is_dir() else set()


def _reaped(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
        return False
    except ChildProcessError:
        return True


@pytest.mark.parametrize(
    ("where", "raised"),
    [("second", ValueError), ("first", KeyboardInterrupt)],
)
def test_an_error_or_ctrl_c_in_either_half_stops_both(clips, face, monkeypatch, where, raised):
    monkeypatch.setattr(vio, "PROCESS_MIN_FRAMES", 0)  # both halves decoded in a process
    started = []
    real = vio._ProcessFrames.__init__

    def spy(self, *a, **k):
        real(self, *a, **k)
        started.append((self._proc.pid, self._shm.name))

    monkeypatch.setattr(vio._ProcessFrames, "__init__", spy)
    kw = {"fail_at": 10} if raised is ValueError else {"interrupt_at": 10}
    first = AppearanceReader(_FromPixels(face, **(kw if where == "first" else {})))
    second = AppearanceReader(_FromPixels(face, **(kw if where == "second" else {})), after=first)
    with pytest.raises(raised):
        _read(clips["keyed"], first, second)
    assert len(started) == 2
    assert all(_reaped(pid) and name not in _shm_names() for pid, name in started)
    assert not any(t.name == "hfs-landmarks-2" for t in threading.enumerate())


@pytest.mark.slow
def test_a_spasm_across_the_cut_is_found_as_by_one_face_mesh(tmp_path, monkeypatch):
    """MediaPipe on a simulated clip. The second Face Mesh starts cold at the cut, in
    the middle of a tonic spasm, and finds the face again: the events (that spasm as
    one event), their sides and regions, and the summary are those that one Face Mesh
    over the whole clip gives; the spasms are the truth's. Blinks are only checked to be real blinks."""
    import hfs.video.analysis as va

    left = ("eye", "cheek", "mouth")
    sched = Schedule(
        11.0,
        (
            SimEvent(1.5, 1.9, "spasm", "left", left, 0.9, "clonic"),
            SimEvent(3.0, 3.3, "blink", "both", ("eye",), 1.0),
            SimEvent(4.8, 6.3, "spasm", "left", left, 0.95, "tonic"),
            SimEvent(7.8, 8.1, "blink", "both", ("eye",), 1.0),
            SimEvent(9.4, 9.8, "spasm", "left", left, 0.9, "clonic"),
        ),
        "left",
    )
    path = tmp_path / "seam.mp4"
    truth = simulate_video(path, size="480x270", fps=30, schedule=sched, rng=11)
    cut = split_point(path, probe(path))
    assert any(e["onset_s"] < cut.t_s < e["offset_s"] for e in truth["events"])
    seconds = []
    real = va._second_part

    def spy(*a, **k):
        real(*a, **k)
        seconds.append(a[6])  # the second part read

    monkeypatch.setattr(va, "_second_part", spy)
    monkeypatch.setattr(va, "SPLIT_MIN_FRAMES", 10**9)
    one = analyze_video(path).to_dict()
    monkeypatch.setattr(va, "SPLIT_MIN_FRAMES", 0)
    two = analyze_video(path).to_dict()
    [second] = seconds
    assert second.times and second.times[0] == cut.t_s
    spasms = [[e for e in r["events"] if e["kind"] == "spasm"] for r in (two, one)]
    assert len(spasms[0]) == len(spasms[1])
    for a, b in zip(*spasms, strict=True):
        assert (a["side"], a["regions"]) == (b["side"], b["regions"])
        assert abs(a["onset_s"] - b["onset_s"]) <= 0.1 and abs(a["offset_s"] - b["offset_s"]) <= 0.1
    # A blink is short and sits near the blink detector's thresholds, where another
    # CPU's MediaPipe numbers may tip it either way (CI found one blink split and none
    # whole, where this machine finds both in both). What either run must not do is
    # see a blink where there is none, or call a blink a spasm.
    for r in (one, two):
        blinks = [e for e in r["events"] if e["kind"] == "blink"]
        assert match_events(truth["events"], blinks, kind="blink").precision == 1.0
    assert two["summary"]["affected_side"] == one["summary"]["affected_side"] == "left"
    assert two["summary"]["regions"] == one["summary"]["regions"]
    score = match_events(truth["events"], two["events"])
    assert score.n_true == 3 and score.f1 == 1.0, (truth["events"], two["events"])
