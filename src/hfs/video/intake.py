"""Accepting a patient's video upload: check it by content, strip what it need not keep.

A file is accepted when its first bytes are those of an MP4/MOV (ISO base media) or
WebM/Matroska container, it is within the size and duration limits, and its video
stream really decodes; its name and claimed type count for nothing. The stored copy
is a remux of the video stream alone: no audio (speech is private and the analysis
does not need it), no container or stream metadata (phones write GPS location,
device and owner names there), display rotation kept. It gets a random name in the
folder given, written to a temporary name first so that nothing half-written remains.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import av

from hfs.errors import TooLargeError, VideoError
from hfs.video.io import VideoInfo, probe

MAX_UPLOAD_BYTES = 200 * 1024 * 1024
MAX_UPLOAD_S = 180.0
# Top-level boxes an ISO base media (MP4/MOV) file may start with.
_ISO_BOXES = {b"ftyp", b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}
_EBML = b"\x1a\x45\xdf\xa3"
#: Container families accepted, by what FFmpeg detects, and the stored suffix.
CONTAINERS = {"mov,mp4,m4a,3gp,3g2,mj2": ".mp4", "matroska,webm": ".webm"}


@dataclass(frozen=True)
class AcceptedVideo:
    """A stored, cleaned upload."""

    path: Path
    info: VideoInfo
    original_bytes: int


def sniff(path: str | Path) -> str | None:
    """``"iso"`` (MP4/MOV), ``"ebml"`` (WebM/Matroska) or ``None``, from the first bytes."""
    with open(path, "rb") as f:
        head = f.read(16)
    if len(head) >= 8 and head[4:8] in _ISO_BOXES:
        return "iso"
    if head.startswith(_EBML):
        return "ebml"
    return None


def check_upload(
    path: str | Path, *, max_bytes: int = MAX_UPLOAD_BYTES, max_duration_s: float = MAX_UPLOAD_S
) -> VideoInfo:
    """Check an uploaded file by content; return its :class:`VideoInfo` or raise.

    Raises
    ------
    TooLargeError
        Over ``max_bytes``.
    VideoError
        Not an MP4/MOV/WebM video, not decodable, truncated, or longer than allowed.
    """
    p = Path(path)
    size = p.stat().st_size if p.exists() else 0
    if size > max_bytes:
        raise TooLargeError(
            f"the file is {size / 2**20:.0f} MB; the limit is {max_bytes / 2**20:.0f} MB"
        )
    if size == 0:
        raise VideoError("the file is empty")
    if sniff(p) is None:
        raise VideoError(
            "the file is not an MP4, MOV or WebM video (checked by its content, not its name)"
        )
    info = probe(p)
    with av.open(str(p)) as c:
        fmt = c.format.name
    if fmt not in CONTAINERS:
        raise VideoError(f"unsupported container ({fmt}); send an MP4, MOV or WebM video")
    if info.duration_s > max_duration_s + 0.5:
        raise VideoError(
            f"the video is {info.duration_s:.0f} s long; the limit is {max_duration_s / 60:.0f} minutes "
            "(30-60 s is best)"
        )
    return info


def store_clean_copy(src: str | Path, folder: str | Path) -> Path:
    """Remux the video stream of ``src`` into ``folder`` under a random name, without
    audio or metadata, keeping the display rotation. Returns the new path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with av.open(str(src)) as c:
        suffix = CONTAINERS[c.format.name]
    name = secrets.token_hex(16) + suffix
    final = folder / name
    tmp = folder / f".{name}.part"
    try:
        with (
            av.open(str(src)) as inp,
            av.open(
                str(tmp),
                "w",
                format="mp4" if suffix == ".mp4" else "webm",
                options={"movflags": "+faststart"} if suffix == ".mp4" else {},
            ) as out,
        ):
            vin = inp.streams.video[0]
            vout = out.add_stream_from_template(vin)
            vout.metadata.clear()
            for packet in inp.demux(vin):
                if packet.dts is None:
                    continue  # the demuxer's end-of-stream marker
                packet.stream = vout
                out.mux(packet)
        os.replace(tmp, final)
    except av.error.FFmpegError as exc:
        raise VideoError(f"the video could not be stored ({exc})") from None
    finally:
        tmp.unlink(missing_ok=True)
    return final


def accept_upload(
    src: str | Path,
    folder: str | Path,
    *,
    max_bytes: int = MAX_UPLOAD_BYTES,
    max_duration_s: float = MAX_UPLOAD_S,
) -> AcceptedVideo:
    """Check ``src`` and store a clean copy in ``folder``; ``src`` itself is left as is."""
    size = Path(src).stat().st_size
    check_upload(src, max_bytes=max_bytes, max_duration_s=max_duration_s)
    path = store_clean_copy(src, folder)
    try:
        info = probe(path)
    except VideoError:
        path.unlink(missing_ok=True)
        raise
    return AcceptedVideo(path, info, size)
