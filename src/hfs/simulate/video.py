"""Synthetic face videos of hemifacial spasm with ground truth.

``simulate_video`` renders a :class:`~hfs.simulate.schedule.Schedule` onto a real face
photo (:class:`~hfs.simulate.face.FaceModel`), adds what real phone footage has (head
drift, lighting drift, sensor noise, lossy compression, rotation metadata of portrait
phone videos, selfie mirroring), and encodes it with PyAV. The truth it returns uses
the analysis's event schema, so analysis and truth compare directly.

``simulate_landmarks`` applies the same model to landmarks only: a fast landmark
series with ground truth for unit tests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import av
import cv2
import numpy as np

from hfs.errors import InputError
from hfs.simulate.face import FACE_WIDTH_IOD, FaceModel, HeadPose, load_face_photo
from hfs.simulate.schedule import Schedule, _rng, make_schedule

CODECS = {"h264": "libx264", "hevc": "libx265", "vp9": "libvpx-vp9"}
CONTAINER_FOR = {
    ".mp4": ("h264", "hevc"),
    ".mov": ("h264", "hevc"),
    ".mkv": ("h264", "hevc", "vp9"),
    ".webm": ("vp9",),
}


@dataclass(frozen=True)
class Drift:
    """Slow, smooth random motion: a sum of a few sinusoids per parameter."""

    freqs: np.ndarray  # (k, n_params)
    phases: np.ndarray
    amps: np.ndarray

    @classmethod
    def draw(cls, rng: np.random.Generator, amps: list[float], k: int = 3) -> Drift:
        n = len(amps)
        return cls(
            rng.uniform(0.03, 0.4, (k, n)),
            rng.uniform(0, 2 * np.pi, (k, n)),
            np.asarray(amps, dtype=float) / np.sqrt(k),
        )

    def __call__(self, t: float) -> np.ndarray:
        return (self.amps * np.sin(2 * np.pi * self.freqs * t + self.phases)).sum(axis=0)


def _head_drift(rng: np.random.Generator, head_motion: float) -> Drift:
    """Drift of a person holding still, scaled by ``head_motion``: shift (IOD), roll,
    scale, and small yaw and pitch (degrees)."""
    return Drift.draw(rng, [a * head_motion for a in (0.06, 0.04, 2.0, 0.02, 2.5, 2.0)])


def _pose(
    drift: Drift, t: float, yaw: float, iod: float, exit: float = 0.0, width: int = 0
) -> HeadPose:
    """The head pose at ``t``; ``exit`` (in "fully out" units) slides the face sideways
    until, at 1, it lies a face width beyond the border of a frame ``width`` wide."""
    dx, dy, ang, ds, dyaw, dpitch = drift(t)
    return HeadPose(
        dx=dx * iod + exit * (width / 2 + FACE_WIDTH_IOD * iod),
        dy=dy * iod,
        angle_deg=ang,
        scale=1.0 + ds,
        yaw_deg=yaw + dyaw,
        pitch_deg=dpitch,
    )


def _parse_size(size: str | tuple[int, int]) -> tuple[int, int]:
    if isinstance(size, tuple):
        w, h = size
    else:
        try:
            w, h = (int(v) for v in size.lower().split("x"))
        except ValueError:
            raise InputError(f"size must look like 1280x720, got {size!r}") from None
    if not (64 <= w <= 3840 and 64 <= h <= 3840) or w % 2 or h % 2:
        raise InputError(f"size must be even and between 64 and 3840 pixels, got {w}x{h}")
    return w, h


def simulate_video(
    out: str | Path,
    *,
    side: str = "left",
    duration_s: float = 30.0,
    fps: float = 30.0,
    size: str | tuple[int, int] = "1280x720",
    spasm_rate: float = 8.0,
    tonic_fraction: float = 0.3,
    regions: tuple[str, ...] | None = None,
    blink_rate: float = 15.0,
    smiles: int = 0,
    head_turns: int = 0,
    talks: int = 0,
    chews: int = 0,
    eye_closures: int = 0,
    brow_raises: int = 0,
    face_exits: int = 0,
    head_motion: float = 1.0,
    light_drift: float = 1.0,
    noise: float = 2.0,
    face: str | Path | None = None,
    mirror_face: bool = False,
    face_height: float = 0.5,
    codec: str = "h264",
    crf: int = 23,
    rotate: int = 0,
    selfie_mirrored: bool = False,
    second_face: bool = False,
    schedule: Schedule | None = None,
    rng: int | np.random.Generator | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict:
    """Render a synthetic HFS video to ``out`` and return its ground truth.

    Parameters
    ----------
    out : path
        Output file: ``.mp4``/``.mov``/``.mkv`` (H.264 or HEVC) or ``.webm`` (VP9).
    side, spasm_rate, tonic_fraction, regions, blink_rate, smiles, head_turns, talks, \
    chews, eye_closures, brow_raises, face_exits
        The events; see :func:`~hfs.simulate.schedule.make_schedule`. Or give a
        ready ``schedule``.
    duration_s, fps, size
        Length, frame rate (25, 30, 60...) and frame size as displayed.
    head_motion, light_drift, noise
        Scale of head drift (1 = a person holding still), of lighting drift, and the
        sensor noise standard deviation in grey levels.
    face, mirror_face, face_height
        The face photo (default scikit-image's astronaut), whether to mirror it (a
        different face geometry), and its height as a share of the frame.
    codec, crf
        ``h264``, ``hevc`` or ``vp9``, and the constant rate factor (lower = better).
    rotate : {0, 90, 180, 270}
        Store frames rotated and tag the stream with display rotation, as portrait
        phone videos are.
    selfie_mirrored : bool
        Store the video mirrored, as some front cameras do (analyse with ``--mirrored``).
    second_face : bool
        Someone else in the picture: a smaller, still face (the photo mirrored) in the
        left third of the frame. The truth is about the main, central face.
    rng : int or numpy.random.Generator
        Seed or generator; the same seed gives the same video.

    Returns
    -------
    dict
        The truth (schema ``hfs.video.truth/1``) with a ``video`` section added.
    """
    out = Path(out)
    codec = codec.lower()
    if codec not in CODECS:
        raise InputError(f"codec must be one of {sorted(CODECS)}, got {codec!r}")
    allowed = CONTAINER_FOR.get(out.suffix.lower())
    if allowed is None:
        raise InputError(f"output must end in one of {sorted(CONTAINER_FOR)}, got {out.name!r}")
    if codec not in allowed:
        codec = allowed[0]
    if rotate not in (0, 90, 180, 270):
        raise InputError(f"rotate must be 0, 90, 180 or 270, got {rotate}")
    if not (1 <= fps <= 240):
        raise InputError(f"fps must be between 1 and 240, got {fps}")
    w, h = _parse_size(size)
    rng = _rng(rng)
    if schedule is None:
        schedule = make_schedule(
            duration_s,
            side=side,
            spasm_rate=spasm_rate,
            tonic_fraction=tonic_fraction,
            regions=regions,
            blink_rate=blink_rate,
            smiles=smiles,
            head_turns=head_turns,
            talks=talks,
            chews=chews,
            eye_closures=eye_closures,
            brow_raises=brow_raises,
            face_exits=face_exits,
            rng=rng,
        )
    duration_s = schedule.duration_s
    model = FaceModel(load_face_photo(face, mirror=mirror_face), (w, h), face_height=face_height)
    drift = _head_drift(rng, head_motion)
    light = Drift.draw(rng, [0.10 * light_drift], k=2)
    other = None
    if second_face:
        other = FaceModel(
            load_face_photo(face, mirror=not mirror_face), (w // 3 // 2 * 2, h), face_height=0.3
        ).image
    # Sensor noise as saturating uint8 adds/subtracts: cheap per frame.
    noise_bank = []
    for _ in range(6 if noise > 0 else 0):
        z = rng.normal(0.0, noise, (h, w, 3))
        noise_bank.append(
            (np.clip(z, 0, 255).astype(np.uint8), np.clip(-z, 0, 255).astype(np.uint8))
        )

    n_frames = int(round(duration_s * fps))
    tmp = out.with_name(f".{out.name}.part")
    out.parent.mkdir(parents=True, exist_ok=True)
    k_rot = rotate // 90
    store_w, store_h = (h, w) if k_rot % 2 else (w, h)
    try:
        with av.open(
            str(tmp), "w", format=out.suffix.lower().lstrip(".").replace("mkv", "matroska")
        ) as container:
            stream = container.add_stream(
                CODECS[codec], rate=int(round(fps)) if float(fps).is_integer() else fps
            )
            stream.width, stream.height = store_w, store_h
            stream.pix_fmt = "yuv420p"
            if codec == "vp9":
                stream.options = {
                    "crf": str(crf),
                    "b": "0",
                    "deadline": "realtime",
                    "cpu-used": "8",
                }
            else:
                stream.options = {"crf": str(crf), "preset": "veryfast"}
                if codec == "hevc":
                    stream.options["x265-params"] = "log-level=none"
            if rotate:
                stream.set_display_rotation(rotate)
            for i in range(n_frames):
                t = i / fps
                act = schedule.activations(t)
                frame = model.render(act, _pose(drift, t, act.yaw_deg, model.iod, act.exit, w))
                if other is not None:
                    frame[:, : other.shape[1]] = other
                frame = cv2.convertScaleAbs(frame, alpha=1.0 + float(light(t)[0]))
                if noise_bank:
                    pos, neg = noise_bank[int(rng.integers(len(noise_bank)))]
                    frame = cv2.subtract(cv2.add(frame, pos), neg)
                if selfie_mirrored:
                    frame = frame[:, ::-1]
                if k_rot:
                    # Stored so that applying the display rotation shows it upright.
                    frame = np.rot90(frame, k=-k_rot)
                vf = av.VideoFrame.from_ndarray(np.ascontiguousarray(frame), format="rgb24")
                for packet in stream.encode(vf):
                    container.mux(packet)
                if progress is not None:
                    progress(i + 1, n_frames)
            for packet in stream.encode():
                container.mux(packet)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)

    truth = schedule.truth()
    truth["video"] = {
        "path": out.name,
        "fps": fps,
        "n_frames": n_frames,
        "duration_s": duration_s,
        "width": w,
        "height": h,
        "codec": codec,
        "rotate": rotate,
        "selfie_mirrored": selfie_mirrored,
        "second_face": second_face,
        "face": "astronaut" if face is None else Path(face).name,
        "mirror_face": mirror_face,
    }
    return truth


def simulate_landmarks(
    schedule: Schedule | None = None,
    *,
    fps: float = 30.0,
    size: tuple[int, int] = (1280, 720),
    head_motion: float = 1.0,
    jitter: float = 0.004,
    lid_read: tuple[float, float] = (1.0, 1.0),
    face: str | Path | None = None,
    mirror_face: bool = False,
    model: FaceModel | None = None,
    rng: int | np.random.Generator | None = None,
    **schedule_kwargs,
) -> tuple[np.ndarray, np.ndarray, dict]:
    """A landmark series with ground truth, without rendering any video.

    Returns ``(t_s, points, truth)``: times ``(n,)``, landmarks ``(n, 478, 3)`` in
    pixels (tracking jitter of ``jitter`` inter-ocular distances added; NaN where the
    face is out of the frame), and the truth.

    ``lid_read`` mimics how a landmark model reads lid closure: each eye's closure is
    read at its own share of the truth, drawn once per clip from this range (MediaPipe
    reads a full blink as 0.4-0.7, and the two eyes unequally). A face leaving the
    frame is read as a landmark model does: points past the border squeezed against
    it (the model guesses them), and no face once a third of it is outside.
    """
    rng = _rng(rng)
    if schedule is None:
        schedule = make_schedule(rng=rng, **schedule_kwargs)
    if model is None:
        model = FaceModel(load_face_photo(face, mirror=mirror_face), size)
    drift = _head_drift(rng, head_motion)
    gain = {s: float(rng.uniform(*lid_read)) for s in ("left", "right")}
    n = int(round(schedule.duration_s * fps))
    t = np.arange(n) / fps
    w = model.size[0]
    pts = np.empty((n, model.points.shape[0], 3), dtype=np.float32)
    visible = np.ones(n, dtype=bool)
    for i, ti in enumerate(t):
        act = schedule.activations(float(ti))
        for s in ("left", "right"):
            if act.eye[s] > 0:
                act.eye[s] *= gain[s]
        p = model.deform_points(act, _pose(drift, float(ti), act.yaw_deg, model.iod, act.exit, w))
        outside = (p[:, 0] < 0) | (p[:, 0] > w)
        if outside.mean() > 1 / 3:
            visible[i] = False
        elif outside.any():
            x = p[:, 0]
            p[:, 0] = np.where(x < 0, 0.25 * x, np.where(x > w, w + 0.25 * (x - w), x))
        pts[i] = p
    pts[:, :, :2] += rng.normal(0, jitter * model.iod, pts[:, :, :2].shape).astype(np.float32)
    pts[~visible] = np.nan
    truth = schedule.truth()
    dt = 1.0 / fps
    truth["summary"]["visible_s"] = round(float(visible.sum()) * dt, 3)
    return t, pts, truth
