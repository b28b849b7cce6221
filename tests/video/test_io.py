"""Decoding: timestamps, rotation, mirroring, and every way a file can be unusable."""

from fractions import Fraction

import numpy as np
import pytest

from hfs.errors import VideoError
from hfs.simulate.video import simulate_video
from hfs.video.io import iter_frames, probe
from tests.videofiles import write_frames


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    path = tmp_path_factory.mktemp("io") / "clip.mp4"
    simulate_video(path, side="left", duration_s=2, fps=30, size="320x240", spasm_rate=30, rng=1)
    return path


def test_probe_reads_the_container(clip):
    info = probe(clip)
    assert (info.width, info.height, info.fps, info.rotation) == (320, 240, 30.0, 0)
    assert info.duration_s == pytest.approx(2.0, abs=0.05)


def test_frames_stream_with_their_timestamps(clip):
    frames = list(iter_frames(clip, max_side=None))
    assert len(frames) == 60
    t = np.array([f.t_s for f in frames])
    np.testing.assert_allclose(np.diff(t), 1 / 30, atol=1e-6)
    assert frames[0].rgb.shape == (240, 320, 3)


def test_variable_frame_rate_keeps_true_time(tmp_path):
    rng = np.random.default_rng(0)
    gaps = rng.choice([20, 33, 50], size=40)  # milliseconds
    pts = np.concatenate([[0], np.cumsum(gaps)[:-1]]).astype(int)
    frames = [np.full((128, 160, 3), (i * 6) % 255, np.uint8) for i in range(40)]
    path = tmp_path / "vfr.mp4"
    write_frames(path, frames, pts=list(pts), time_base=Fraction(1, 1000))
    t = np.array([f.t_s for f in iter_frames(path, max_side=None)])
    np.testing.assert_allclose(t, pts / 1000.0, atol=1e-3)


@pytest.mark.parametrize("rotate", [90, 270])
def test_portrait_rotation_metadata_is_honoured(tmp_path, clip, rotate):
    kw = dict(side="left", duration_s=1, fps=30, size="240x320", spasm_rate=0, rng=2)
    simulate_video(tmp_path / "up.mp4", **kw)
    simulate_video(tmp_path / "rot.mp4", rotate=rotate, **kw)
    info = probe(tmp_path / "rot.mp4")
    assert (info.width, info.height, info.rotation) == (240, 320, rotate)
    up = next(iter_frames(tmp_path / "up.mp4", max_side=None)).rgb.astype(float)
    rot = next(iter_frames(tmp_path / "rot.mp4", max_side=None)).rgb.astype(float)
    assert rot.shape == up.shape
    assert np.abs(rot - up).mean() < 6  # same picture, up to compression


def test_mirrored_selfie_is_flipped_back(tmp_path):
    kw = dict(side="left", duration_s=1, fps=30, size="320x240", spasm_rate=0, rng=3)
    simulate_video(tmp_path / "plain.mp4", **kw)
    simulate_video(tmp_path / "selfie.mp4", selfie_mirrored=True, **kw)
    a = next(iter_frames(tmp_path / "plain.mp4", max_side=None)).rgb.astype(float)
    b = next(iter_frames(tmp_path / "selfie.mp4", max_side=None, mirrored=True)).rgb.astype(float)
    assert np.abs(a - b).mean() < 6


def test_frames_are_scaled_for_analysis(clip):
    f = next(iter_frames(clip, max_side=160))
    assert f.rgb.shape == (120, 160, 3)


@pytest.mark.parametrize("codec,suffix", [("hevc", ".mp4"), ("vp9", ".webm"), ("h264", ".mov")])
def test_phone_formats_decode(tmp_path, codec, suffix):
    path = tmp_path / f"clip{suffix}"
    simulate_video(path, duration_s=1, fps=25, size="320x240", codec=codec, spasm_rate=0, rng=4)
    frames = list(iter_frames(path, max_side=None))
    assert len(frames) == 25 and probe(path).fps == pytest.approx(25, abs=0.01)


def test_not_a_video(tmp_path):
    p = tmp_path / "notes.mp4"
    p.write_text("<html>hello</html>")
    with pytest.raises(VideoError, match="not a readable video"):
        probe(p)


def test_empty_file(tmp_path):
    p = tmp_path / "empty.mp4"
    p.write_bytes(b"")
    with pytest.raises(VideoError, match="empty"):
        probe(p)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(VideoError, match="no such file"):
        probe(tmp_path / "nope.mp4")
    with pytest.raises(VideoError, match="folder"):
        probe(tmp_path)


def test_truncated_file(tmp_path, clip):
    p = tmp_path / "cut.mp4"
    data = clip.read_bytes()
    p.write_bytes(data[: len(data) // 2])
    with pytest.raises(VideoError):
        probe(p)
        list(iter_frames(p))


def test_absurd_resolutions(tmp_path):
    tiny = tmp_path / "tiny.mp4"
    write_frames(tiny, [np.zeros((64, 64, 3), np.uint8)] * 3)
    with pytest.raises(VideoError, match="too small"):
        probe(tiny)
    huge = tmp_path / "huge.mp4"
    write_frames(huge, [np.zeros((2400, 4400, 3), np.uint8)], codec="mpeg4")
    with pytest.raises(VideoError, match="larger than 4K"):
        probe(huge)


def test_truncated_faststart_file_is_refused(tmp_path):
    """Moov atom first (as phones and web uploads often have): a cut file still opens,
    then ends early. The analysis must refuse it rather than measure half a video."""
    from hfs.video.analysis import analyze_video

    src = tmp_path / "whole.mp4"
    frames = [np.full((240, 320, 3), (i * 3) % 255, np.uint8) for i in range(150)]
    write_frames(src, frames, options={"movflags": "faststart"})
    data = src.read_bytes()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(data[: int(len(data) * 0.5)])
    with pytest.raises(VideoError, match="truncated"):
        analyze_video(cut)


def test_analysis_leaves_the_process_stderr_alone(tmp_path):
    """The library must not redirect the process's stderr: a server runs analyses in a
    thread. (Quieting MediaPipe's chatter is the CLI's job.) Also shows that any
    LandmarkBackend can stand in for MediaPipe."""
    import os
    import sys

    from hfs.errors import NoFaceError
    from hfs.video.analysis import analyze_video

    class Blind:
        name = "blind"

        def process(self, rgb, t_s):
            return None

        def close(self):
            pass

    simulate_video(tmp_path / "c.mp4", duration_s=1, size="320x240", spasm_rate=0, rng=5)
    before = (sys.stderr, os.fstat(2).st_ino, os.fstat(2).st_dev)
    seen = []

    def progress(done, total):
        seen.append((sys.stderr, os.fstat(2).st_ino, os.fstat(2).st_dev) == before)

    with pytest.raises(NoFaceError):
        analyze_video(tmp_path / "c.mp4", backend=Blind(), progress=progress)
    assert seen and all(seen)


def test_dci_4k_is_decoded_and_scaled_down(tmp_path):
    """4096x2160 (cinema 4K, which some phones record) is accepted and scaled for analysis."""
    frame = np.full((2160, 4096, 3), 90, np.uint8)
    path = tmp_path / "dci.mp4"
    write_frames(path, [frame] * 2, codec="mpeg4")
    info = probe(path)
    assert (info.width, info.height) == (4096, 2160)
    frames = list(iter_frames(path))
    assert len(frames) == 2 and frames[0].rgb.shape == (338, 640, 3)
