"""Decoding face videos with PyAV, frame by frame.

Frames stream through (nothing holds the whole video). Time comes from each frame's
timestamp, not its index, so variable-frame-rate phone videos keep true timing.
Rotation metadata of portrait phone videos is honoured, and selfie videos can be
un-mirrored. Every way a file can be unusable becomes a :class:`~hfs.errors.VideoError`
with a message for the person who gave it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from hfs.errors import VideoError

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
            container.seek(int(start_s / tb), stream=stream, backward=True, any_frame=False)
        index = 0
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
