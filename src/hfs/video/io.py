"""Decoding face videos with PyAV, frame by frame.

Frames stream through (nothing holds the whole video). Time comes from each frame's
timestamp, not its index, so variable-frame-rate phone videos keep true timing.
Rotation metadata of portrait phone videos is honoured, and selfie videos can be
un-mirrored. Every way a file can be unusable becomes a :class:`~hfs.errors.VideoError`
with a message for the person who gave it.

:func:`open_frames` decodes ahead of the reader in another process (frames handed over
through a small ring of shared-memory buffers), so the landmark model in this process
does not share Python's GIL with the decoder; where no process can start, or for a
clip too short to repay the start, it decodes in a thread instead. It can start at a
frame within the clip: :func:`split_point` says where to cut a long clip in two, for
two readers at once.
"""

from __future__ import annotations

import abc
import contextlib
import logging
import math
import mmap
import multiprocessing
import os
import pickle
import queue
import resource
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing import shared_memory
from pathlib import Path

import av
import numpy as np

from hfs.errors import HFSError, VideoError

log = logging.getLogger(__name__)

MAX_PIXELS = 4096 * 2160  # DCI 4K (cinema 4K; phones record 3840x2160 UHD or this)
MAX_SIDE = 4096
MIN_SIDE = 96
#: Frames are scaled so their longer side is at most this before landmarking: the
#: landmark model works on a 192 px face crop, so more pixels only cost time.
ANALYSIS_MAX_SIDE = 640
#: Frames up to this many pixels are decoded in one thread: the landmark model runs in
#: another, and on a machine with few cores FFmpeg's frame threads cost more CPU (about
#: 0.7 ms a 720p frame, 17%) than they save; larger frames (1080p, 4K) need them to
#: keep up. The decoded pixels are the same either way.
ONE_THREAD_MAX_PIXELS = 1280 * 720


@dataclass(frozen=True)
class VideoInfo:
    """What the container says about a video (as displayed: rotation applied)."""

    path: str
    width: int
    height: int
    fps: float
    duration_s: float
    n_frames: int  # container's count, or an estimate from duration x fps
    codec: str
    rotation: int  # degrees, the display rotation applied to stored frames


@dataclass(frozen=True)
class Frame:
    """One decoded frame: RGB pixels (upright, as displayed) and its time in seconds."""

    index: int
    t_s: float
    rgb: np.ndarray


def _open(path: str | Path):
    p = Path(path)
    if not p.exists():
        raise VideoError(f"no such file: {p}")
    if p.is_dir():
        raise VideoError(f"{p} is a folder, not a video file")
    if p.stat().st_size == 0:
        raise VideoError(f"{p.name} is empty (0 bytes)")
    try:
        container = av.open(str(p), "r")
    except av.error.FFmpegError as exc:
        raise VideoError(f"{p.name} is not a readable video ({_ffmpeg_reason(exc)})") from None
    if not container.streams.video:
        container.close()
        raise VideoError(f"{p.name} has no video stream")
    return container


def _ffmpeg_reason(exc: Exception) -> str:
    msg = getattr(exc, "strerror", None) or str(exc)
    return " ".join(str(msg).split()).rstrip(".").lower() or "unknown format"


def _rotation_of(frame: av.VideoFrame) -> int:
    """Display rotation of a decoded frame in degrees (0, 90, 180, 270)."""
    try:
        return int(round(frame.rotation)) % 360
    except (AttributeError, TypeError, ValueError):
        return 0


def probe(path: str | Path) -> VideoInfo:
    """Read the container's description of ``path`` and check the video is usable.

    Decodes the first frame to learn the display rotation and to make sure the video
    stream really decodes.
    """
    container = _open(path)
    name = Path(path).name
    try:
        stream = container.streams.video[0]
        w, h = stream.codec_context.width, stream.codec_context.height
        if not w or not h:
            raise VideoError(f"{name}: the video stream has no frame size")
        if w * h > MAX_PIXELS or max(w, h) > MAX_SIDE:
            raise VideoError(
                f"{name}: {w}x{h} is larger than 4K (4096x2160); re-record at 1080p or less"
            )
        if min(w, h) < MIN_SIDE:
            raise VideoError(
                f"{name}: {w}x{h} is too small to see a face; at least {MIN_SIDE} pixels a side"
            )
        rate = stream.average_rate or stream.guessed_rate or stream.base_rate
        fps = float(rate) if rate else 0.0
        if stream.duration is not None and stream.time_base is not None:
            duration = float(stream.duration * stream.time_base)
        elif container.duration is not None:
            duration = container.duration / 1_000_000
        else:
            duration = 0.0
        first = None
        try:
            for frame in container.decode(stream):
                first = frame
                break
        except av.error.FFmpegError as exc:
            raise VideoError(
                f"{name}: the video cannot be decoded ({_ffmpeg_reason(exc)})"
            ) from None
        if first is None:
            raise VideoError(f"{name}: the video has no frames")
        if not fps or not math.isfinite(fps) or fps > 1000:
            raise VideoError(f"{name}: the frame rate cannot be determined")
        n = stream.frames or int(round(duration * fps))
        rot = _rotation_of(first)
        if rot in (90, 270):
            w, h = h, w
        return VideoInfo(str(path), w, h, fps, duration, n, stream.codec_context.name, rot)
    finally:
        container.close()


def _scaled_size(w: int, h: int, max_side: int | None) -> tuple[int, int]:
    if not max_side or max(w, h) <= max_side:
        return w, h
    s = max_side / max(w, h)
    return max(2, int(round(w * s / 2)) * 2), max(2, int(round(h * s / 2)) * 2)


def iter_frames(
    path: str | Path,
    *,
    max_side: int | None = ANALYSIS_MAX_SIDE,
    mirrored: bool = False,
    start_s: float = 0.0,
    first_index: int = 0,
) -> Iterator[Frame]:
    """Yield the frames of ``path`` in order, upright and as RGB.

    Parameters
    ----------
    max_side : int or None
        Scale frames so the longer displayed side is at most this many pixels
        (``None`` keeps full size).
    mirrored : bool
        The video is a mirrored selfie: flip it back so the patient's sides are true.
    start_s : float
        Seek to this time first (frames before it are skipped).
    first_index : int
        The index of the first frame yielded (the number of frames before ``start_s``,
        where the caller knows it: see :func:`split_point`).
    """
    container = _open(path)
    name = Path(path).name
    try:
        stream = container.streams.video[0]
        cc = stream.codec_context
        stream.thread_type = "NONE" if cc.width * cc.height <= ONE_THREAD_MAX_PIXELS else "AUTO"
        tb = stream.time_base
        t0 = None
        if start_s > 0:
            at = start_s + (float(stream.start_time * tb) if stream.start_time is not None else 0)
            try:
                container.seek(int(at / tb), stream=stream, backward=True, any_frame=False)
            except av.error.FFmpegError as exc:
                raise VideoError(
                    f"{name}: the video cannot be read from {start_s:.1f} s "
                    f"({_ffmpeg_reason(exc)}); send the complete file"
                ) from None
        index = first_index
        size = None
        rot = None
        try:
            for frame in container.decode(stream):
                if frame.pts is None:
                    t = index / float(stream.average_rate or 30)
                else:
                    t = float(frame.pts * tb)
                if t0 is None:
                    start = stream.start_time
                    t0 = float(start * tb) if start is not None else t
                t -= t0
                if t < start_s - 1e-6:
                    continue
                if rot is None:
                    rot = _rotation_of(frame)
                    sw, sh = frame.width, frame.height
                    dw, dh = (sh, sw) if rot in (90, 270) else (sw, sh)
                    tw, th = _scaled_size(dw, dh, max_side)
                    size = (th, tw) if rot in (90, 270) else (tw, th)
                rgb = frame.to_ndarray(format="rgb24", width=size[0], height=size[1])
                if rot:
                    # Display rotation is counter-clockwise: turn the stored frame to match.
                    rgb = np.rot90(rgb, k=rot // 90)
                if mirrored:
                    rgb = rgb[:, ::-1]
                yield Frame(index, t, np.ascontiguousarray(rgb))
                index += 1
        except av.error.FFmpegError as exc:
            if index == 0:
                raise VideoError(
                    f"{name}: the video cannot be decoded ({_ffmpeg_reason(exc)})"
                ) from None
            raise VideoError(
                f"{name}: the video is damaged or truncated after {index} frames "
                f"({_ffmpeg_reason(exc)}); send the complete file"
            ) from None
    finally:
        container.close()


def read_frame_at(
    path: str | Path, t_s: float, *, max_side: int | None = None, mirrored: bool = False
) -> Frame | None:
    """The first frame at or after ``t_s`` (for report pictures), or ``None``."""
    for frame in iter_frames(path, max_side=max_side, mirrored=mirrored, start_s=max(t_s, 0.0)):
        return frame
    return None


# --- Decoding ahead of the reader ---------------------------------------------------

#: Clips with fewer frames than this decode in a thread: a decode process starts a
#: fresh interpreter (about 0.3 s of CPU for Python, NumPy and PyAV; its first frame
#: comes 0.3-0.5 s later than a thread's), which a clip this short does not repay.
PROCESS_MIN_FRAMES = 300
#: Shared memory for the ring of decoded frames; a ring holds 2 to 16 frames.
RING_BYTES = 16 * 2**20
RING_MAX = 16
#: Where POSIX shared memory lives (Linux); without it, decoding is in a thread.
SHM_DIR = "/dev/shm"
#: Frames a decode thread may hold ahead of the reader (the fallback).
THREAD_QUEUE = 32

_cpu_lock = threading.Lock()
_process_cpu_s = 0.0


def decode_process_cpu_s() -> float:
    """CPU seconds used so far by decode processes that ran to the end (for benches:
    a process's time is not in this process's ``getrusage``)."""
    return _process_cpu_s


def frame_shape(info: VideoInfo, max_side: int | None) -> tuple[int, int, int]:
    """Shape of the RGB arrays :func:`iter_frames` yields for a video described by
    ``info`` (displayed orientation, scaled so the longer side is ``max_side``)."""
    w, h = _scaled_size(info.width, info.height, max_side)
    return h, w, 3


def open_frames(
    path: str | Path,
    *,
    info: VideoInfo | None = None,
    max_side: int | None = ANALYSIS_MAX_SIDE,
    mirrored: bool = False,
    process: bool | None = None,
    start_s: float = 0.0,
    first_index: int = 0,
):
    """Start decoding ``path`` ahead of the reader; iterate the result for
    :class:`Frame` objects (the same as :func:`iter_frames` gives), and close it (or
    use it as a context manager) to stop the decoder, at any point.

    ``process``: decode in another process (True), in a thread (False), or choose
    (None): a process for clips of at least :data:`PROCESS_MIN_FRAMES` frames, a thread
    for shorter ones or where a process cannot start (no ``/dev/shm``, no Python
    executable to run). Errors of the decoder (a
    :class:`~hfs.errors.VideoError` for a damaged file) are raised by the iteration.
    ``start_s`` and ``first_index``: decode from there on (see :func:`iter_frames`).
    """
    info = info or probe(path)
    if process is None:
        process = info.n_frames >= PROCESS_MIN_FRAMES
    job = (max_side, mirrored, start_s, first_index)
    if process:
        try:
            return _ProcessFrames(path, frame_shape(info, max_side), *job)
        except Exception as exc:
            log.info("decoding in a thread: no decode process (%s)", exc)
    return _ThreadFrames(path, *job)


class _Frames(abc.ABC):
    kind = ""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @abc.abstractmethod
    def close(self) -> None:
        """Stop the decoder and free what it holds."""


class _ThreadFrames(_Frames):
    """Decode in a thread of this process, into a bounded queue."""

    kind = "thread"

    def __init__(self, path, max_side, mirrored, start_s=0.0, first_index=0):
        self._frames: queue.Queue = queue.Queue(maxsize=THREAD_QUEUE)
        self._stop = threading.Event()
        self._failure: list[BaseException] = []
        self._worker = threading.Thread(
            target=self._decode,
            args=(path, max_side, mirrored, start_s, first_index),
            name="hfs-decode",
            daemon=True,
        )
        self._worker.start()

    def _decode(self, path, max_side, mirrored, start_s, first_index) -> None:
        try:
            frames = iter_frames(
                path,
                max_side=max_side,
                mirrored=mirrored,
                start_s=start_s,
                first_index=first_index,
            )
            for fr in frames:
                while not self._stop.is_set():
                    try:
                        self._frames.put(fr, timeout=0.2)
                        break
                    except queue.Full:
                        continue
                if self._stop.is_set():
                    return
        except BaseException as exc:  # handed to the reader, raised there
            self._failure.append(exc)
        finally:
            while True:  # the end marker; give up if the reader has stopped
                try:
                    self._frames.put(None, timeout=0.2)
                    break
                except queue.Full:
                    if self._stop.is_set():
                        break

    def __iter__(self) -> Iterator[Frame]:
        while True:
            fr = self._frames.get()
            if fr is None:
                break
            yield fr
        if self._failure:
            raise self._failure[0]

    def close(self) -> None:
        self._stop.set()
        self._worker.join(timeout=5)


class _ProcessFrames(_Frames):
    """Decode in another process into a ring of shared-memory frame buffers.

    The decoder sends ``("f", slot, index, t_s)`` for a frame in a slot, ``("a", index,
    t_s, rgb)`` for one that does not fit the slots, ``("end", cpu_s)`` at the end and
    ``("err", exception)`` on failure; the reader copies each frame out and sends the
    slots back (a list at a time). ``None`` from the reader, or its end of the pipe
    closing, stops it.
    """

    kind = "process"

    def __init__(self, path, shape, max_side, mirrored, start_s=0.0, first_index=0):
        if not os.path.isdir(SHM_DIR):
            raise OSError(f"no {SHM_DIR}")
        slot_bytes = int(np.prod(shape))
        ring = int(min(RING_MAX, max(2, RING_BYTES // slot_bytes)))
        size = ring * slot_bytes
        st = os.statvfs(SHM_DIR)
        if st.f_bavail * st.f_frsize < 2 * size:
            raise OSError(f"{SHM_DIR} has less than {2 * size >> 20} MiB free")
        self._proc = None
        self._conn = None
        # Created here, so this process's resource tracker unlinks it even if this
        # process is killed outright.
        self._shm = shared_memory.SharedMemory(create=True, size=size)
        try:
            self._slots = np.ndarray((ring, *shape), np.uint8, buffer=self._shm.buf)
            self._conn, there = multiprocessing.Pipe(duplex=True)
            try:
                # A fresh interpreter that imports only this module: multiprocessing's
                # spawn and forkserver children import the main module again (all of
                # `hfs`'s commands, or a whole script), which costs more than decoding
                # a short clip. Its own session: Ctrl-C goes to the reader, which stops it.
                # The job goes through the pipe, not the command line (which any local
                # user can read): the file's name may say whose video it is.
                self._proc = subprocess.Popen(
                    [sys.executable, "-c", _CHILD, str(there.fileno())],
                    pass_fds=[there.fileno()],
                    stdin=subprocess.DEVNULL,
                    env={**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)},
                    start_new_session=True,
                )
            finally:
                there.close()
            self._conn.send(
                (
                    self._shm.name,
                    size,
                    shape,
                    ring,
                    str(path),
                    max_side,
                    mirrored,
                    start_s,
                    first_index,
                )
            )
        except BaseException:
            self.close()
            raise

    def __iter__(self) -> Iterator[Frame]:
        conn = self._conn
        # Slots go back in batches of half the ring: each message wakes a decoder
        # waiting for room, and a wake-up per frame costs the reader about 1 ms of its
        # core on a busy machine. Before waiting for a frame, everything goes back.
        batch = max(1, len(self._slots) // 2)
        done: list[int] = []
        while True:
            if done and (len(done) >= batch or not conn.poll()):
                with contextlib.suppress(OSError):  # a decoder gone: the receive says so
                    conn.send(done)
                done = []
            try:
                msg = conn.recv()
            except (EOFError, OSError):
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self._proc.wait(timeout=2)
                raise HFSError(
                    "video decoding stopped unexpectedly "
                    f"(the decode process ended with exit code {self._proc.returncode})"
                ) from None
            tag = msg[0]
            if tag == "f":
                _, slot, index, t_s = msg
                rgb = self._slots[slot].copy()
                done.append(slot)
                yield Frame(index, t_s, rgb)
            elif tag == "a":
                yield Frame(*msg[1:])
            elif tag == "end":
                global _process_cpu_s
                with _cpu_lock:
                    _process_cpu_s += msg[1]
                return
            else:
                raise msg[1]

    def close(self) -> None:
        """Stop the decoder (asked, then terminated, then killed) and free the ring."""
        proc, self._proc = self._proc, None
        if proc is not None:
            with contextlib.suppress(OSError, ValueError):
                self._conn.send(None)
            try:
                proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                proc.terminate()
                try:
                    proc.wait(timeout=2)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        if self._conn is not None:
            self._conn.close()
        if self._shm is not None:
            self._slots = None
            self._shm.close()
            self._shm.unlink()
            self._shm = None


def _picklable(exc: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return HFSError(f"video decoding failed ({type(exc).__name__}: {exc})")


_CHILD = "import sys; from hfs.video.io import _decode_main; _decode_main(sys.argv[1])"


def _decode_main(fd: str) -> None:
    """Entry of the decode process (see :class:`_ProcessFrames`)."""
    from multiprocessing.connection import Connection

    conn = Connection(int(fd))
    try:
        shm_name, size, shape, ring, path, *job = conn.recv()
    except EOFError:
        return
    # Mapped directly: attaching a SharedMemory would register it with a resource
    # tracker of this process's own, which unlinks it when this process ends.
    shm_fd = os.open(os.path.join(SHM_DIR, shm_name.lstrip("/")), os.O_RDWR)
    try:
        buf = mmap.mmap(shm_fd, size)
    finally:
        os.close(shm_fd)
    slots = np.ndarray((ring, *shape), np.uint8, buffer=buf)
    try:
        _decode_into(conn, slots, tuple(shape), path, *job)
    finally:
        del slots
        buf.close()
        conn.close()


def _decode_into(conn, slots, shape, path, max_side, mirrored, start_s=0.0, first_index=0) -> None:
    """Frames of ``path`` into the ring's free slots, in order."""
    free = list(range(len(slots)))
    try:
        frames = iter_frames(
            path, max_side=max_side, mirrored=mirrored, start_s=start_s, first_index=first_index
        )
        for fr in frames:
            while conn.poll() or not free:
                back = conn.recv()
                if back is None:
                    return
                free.extend(back)
            if fr.rgb.shape == shape:
                slot = free.pop(0)
                slots[slot] = fr.rgb
                conn.send(("f", slot, fr.index, fr.t_s))
            else:
                conn.send(("a", fr.index, fr.t_s, fr.rgb))
        r = resource.getrusage(resource.RUSAGE_SELF)
        conn.send(("end", r.ru_utime + r.ru_stime))
    except (EOFError, OSError) as exc:
        if not isinstance(exc, EOFError | BrokenPipeError | ConnectionResetError):
            _send_error(conn, exc)
    except BaseException as exc:
        _send_error(conn, exc)


def _send_error(conn, exc: BaseException) -> None:
    with contextlib.suppress(OSError):
        conn.send(("err", _picklable(exc)))


# --- Where to cut a clip in two ------------------------------------------------------

#: The cut is placed at a key frame this close to the middle (a share of the clip), so
#: the second reader's decoder starts there without decoding frames it throws away;
#: without one, at the frame nearest the middle.
SPLIT_KEY_WINDOW = 0.1


@dataclass(frozen=True)
class Split:
    """Where a clip is cut in two: the second part starts with the frame at ``t_s``,
    which is frame number ``index`` of the whole clip (both as :func:`iter_frames`
    gives them)."""

    t_s: float
    index: int


def split_point(path: str | Path, info: VideoInfo) -> Split | None:
    """Where to cut ``path`` in two halves read apart (by two decoders and two landmark
    models), or None where it cannot be cut exactly.

    Reads the packets' timestamps up to a little past the middle (no decoding): the cut
    is a key frame near the middle where there is one, and the frames before it are
    counted, so the second part's frames get the same times and indices as reading
    the whole clip gives. None where a packet has no timestamp or the stream no start
    time (times would then be counted from each part's own first frame).
    """
    try:
        container = _open(path)
    except VideoError:
        return None
    try:
        stream = container.streams.video[0]
        tb = stream.time_base
        if stream.start_time is None or tb is None:
            return None
        t0 = float(stream.start_time * tb)
        duration = info.duration_s or (info.n_frames / info.fps if info.fps else 0.0)
        mid = duration / 2
        if mid <= 0:
            return None
        times: list[float] = []
        keys: list[float] = []
        for pkt in container.demux(stream):
            if pkt.size == 0:
                continue  # the demuxer's flush packet at the end
            if pkt.pts is None:
                return None
            t = float(pkt.pts * tb) - t0
            times.append(t)
            if pkt.is_keyframe:
                keys.append(t)
            if t > mid + SPLIT_KEY_WINDOW * duration + 1.0:
                break
    except av.error.FFmpegError:
        return None
    finally:
        container.close()
    near = [k for k in keys if abs(k - mid) <= SPLIT_KEY_WINDOW * duration]
    if near:
        cut = min(near, key=lambda k: abs(k - mid))
    elif times:
        cut = min(times, key=lambda t: abs(t - mid))
    else:
        return None
    index = sum(1 for t in times if -1e-6 <= t < cut - 1e-6)
    if cut <= 0 or index == 0:
        return None
    return Split(cut, index)
