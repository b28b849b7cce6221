"""Decoding ahead of the model in another process: the same frames as decoding here,
errors and the end passed back, and nothing left behind (no process, no shared
memory) however the reading stops."""

import dataclasses
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

import hfs.video.io as vio
from hfs.errors import HFSError, VideoError
from hfs.simulate.video import simulate_video
from hfs.video.analysis import analyze_video
from hfs.video.io import PROCESS_MIN_FRAMES, iter_frames, open_frames, probe
from tests.videofiles import write_frames

SHM = Path("/dev/shm")


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    path = tmp_path_factory.mktemp("decode") / "clip.mp4"
    simulate_video(path, side="left", duration_s=2, fps=30, size="320x240", spasm_rate=30, rng=3)
    return path


def _same(a, b) -> bool:
    return (
        len(a) == len(b)
        and all(x.index == y.index and x.t_s == y.t_s for x, y in zip(a, b, strict=True))
        and all(np.array_equal(x.rgb, y.rgb) for x, y in zip(a, b, strict=True))
    )


# The rings this process created. Other processes (pytest-xdist workers analysing
# videos at the same time) make and remove rings of their own in /dev/shm.
_OURS: set[str] = set()


@pytest.fixture(autouse=True)
def _track_our_rings(monkeypatch):
    real = vio.shared_memory.SharedMemory

    def tracking(*args, **kwargs):
        shm = real(*args, **kwargs)
        if kwargs.get("create"):
            _OURS.add(shm.name.lstrip("/"))
        return shm

    monkeypatch.setattr(vio.shared_memory, "SharedMemory", tracking)


def _shm_names() -> set[str]:
    """The rings this process created that still exist."""
    return (set(os.listdir(SHM)) if SHM.is_dir() else set()) & _OURS


def _reaped(pid: int) -> bool:
    """Our child ``pid`` has ended and been waited for (neither running nor a zombie)."""
    try:
        os.waitpid(pid, os.WNOHANG)  # a zombie is reaped here: too late
        return False
    except ChildProcessError:
        return True


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")  # ended (a zombie is its new parent's to reap)


@pytest.mark.parametrize("mirrored", [False, True])
def test_a_decode_process_gives_the_frames_decoded_here(clip, mirrored):
    here = list(iter_frames(clip, max_side=160, mirrored=mirrored))
    with open_frames(clip, max_side=160, mirrored=mirrored, process=True) as frames:
        assert frames.kind == "process"
        there = list(frames)
    assert len(here) == 60 and _same(here, there)
    # Frames are the reader's own: a later frame does not overwrite a kept one.
    assert not np.shares_memory(there[0].rgb, there[-1].rgb)


def test_frames_that_do_not_fit_the_ring_still_arrive(clip):
    """The ring is sized from the container's frame size; a stream whose frames differ
    from it (the container lies) still gives every frame, unchanged."""
    wrong = dataclasses.replace(probe(clip), width=200, height=100)
    with open_frames(clip, info=wrong, max_side=None, process=True) as frames:
        assert frames.kind == "process"
        there = list(frames)
    assert _same(list(iter_frames(clip, max_side=None)), there)


def test_a_decoding_error_comes_back_as_the_same_error(tmp_path):
    """A file cut in half (moov first, as phones write): the decoder's VideoError is
    raised in the reader with its message, after the frames that did decode."""
    src = tmp_path / "whole.mp4"
    write_frames(
        src,
        [np.full((240, 320, 3), (i * 3) % 255, np.uint8) for i in range(200)],
        options={"movflags": "faststart"},
    )
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(src.read_bytes()[: src.stat().st_size // 2])
    with pytest.raises(VideoError) as here:
        list(iter_frames(cut))
    before = _shm_names()
    got = []
    with pytest.raises(VideoError) as there, open_frames(cut, process=True) as frames:
        assert frames.kind == "process"
        got.extend(frames)
    assert str(there.value) == str(here.value)
    assert 0 < len(got) < 200
    assert _shm_names() <= before


def test_stopping_early_leaves_no_process_and_no_shared_memory(clip):
    before = _shm_names()
    frames = open_frames(clip, process=True)
    name, pid = frames._shm.name, frames._proc.pid
    for i, _ in enumerate(frames):
        if i == 3:
            break
    assert name in _shm_names() - before
    # The file's name (it may say whose video it is) is not on the command line,
    # which any local user can read.
    assert clip.name not in Path(f"/proc/{pid}/cmdline").read_text()
    frames.close()
    assert _reaped(pid) and name not in _shm_names()


def test_a_killed_decoder_is_an_error_not_a_hang(clip):
    frames = open_frames(clip, process=True)
    name, pid = frames._shm.name, frames._proc.pid
    it = iter(frames)
    next(it)
    os.kill(pid, signal.SIGKILL)
    t0 = time.monotonic()
    with pytest.raises(HFSError, match="decoding stopped unexpectedly"):
        for _ in it:
            pass
    assert time.monotonic() - t0 < 10
    frames.close()
    assert _reaped(pid) and name not in _shm_names()


class _Interrupted:
    """A landmark backend that is interrupted (Ctrl-C) on its 20th frame."""

    name = "interrupted"

    def __init__(self):
        self.n = 0

    def process(self, rgb, t_s):
        self.n += 1
        if self.n == 20:
            raise KeyboardInterrupt
        return None

    def close(self):
        pass


def test_ctrl_c_during_an_analysis_stops_the_decoder_and_frees_its_memory(tmp_path, monkeypatch):
    path = tmp_path / "c.mp4"
    simulate_video(path, duration_s=2, size="320x240", spasm_rate=0, rng=5)
    monkeypatch.setattr(vio, "PROCESS_MIN_FRAMES", 30)  # decoded in a process
    started = []
    real = vio._ProcessFrames.__init__

    def spy(self, *a, **k):
        real(self, *a, **k)
        started.append((self._proc.pid, self._shm.name))

    monkeypatch.setattr(vio._ProcessFrames, "__init__", spy)
    with pytest.raises(KeyboardInterrupt):
        analyze_video(path, backend=_Interrupted())
    [(pid, name)] = started
    assert _reaped(pid) and name not in _shm_names()


def test_without_shared_memory_it_decodes_in_a_thread(clip, monkeypatch, tmp_path):
    monkeypatch.setattr(vio, "SHM_DIR", str(tmp_path / "no-shm"))
    with open_frames(clip, max_side=160, process=True) as frames:
        assert frames.kind == "thread"
        got = list(frames)
    assert _same(list(iter_frames(clip, max_side=160)), got)


def test_a_process_that_cannot_start_leaves_no_shared_memory(clip, monkeypatch):
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    before = _shm_names()
    with open_frames(clip, max_side=160, process=True) as frames:
        assert frames.kind == "thread"
        got = list(frames)
    assert _same(list(iter_frames(clip, max_side=160)), got)
    assert _shm_names() <= before


def test_short_clips_decode_in_a_thread_and_long_ones_in_a_process(clip):
    info = probe(clip)
    assert info.n_frames < PROCESS_MIN_FRAMES
    with open_frames(clip, info=info) as frames:
        assert frames.kind == "thread"
    long = dataclasses.replace(info, n_frames=PROCESS_MIN_FRAMES)
    with open_frames(clip, info=long) as frames:
        assert frames.kind == "process"


_ORPHAN = """
import sys, time
from hfs.video.io import open_frames
def main():
    frames = open_frames(sys.argv[1], process=True)
    next(iter(frames))
    print(frames._proc.pid, frames._shm.name, flush=True)
    time.sleep(60)
if __name__ == "__main__":
    main()
"""


def test_a_reader_killed_outright_leaves_no_decoder_running(clip, tmp_path):
    """SIGKILL gives the reader no chance to clean up: the decoder sees its pipe close
    and ends, and the shared memory is unlinked by Python's resource tracker."""
    script = tmp_path / "reader.py"
    script.write_text(_ORPHAN)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    reader = subprocess.Popen(
        [sys.executable, str(script), str(clip)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    try:
        pid, name = reader.stdout.readline().split()
        pid = int(pid)
        assert not _gone(pid) and (SHM / name).exists()
    finally:
        reader.kill()
        reader.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not (_gone(pid) and not (SHM / name).exists()):
        time.sleep(0.1)
    assert _gone(pid) and not (SHM / name).exists()
