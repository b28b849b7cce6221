"""Writing small test videos frame by frame (for inputs the simulator does not make)."""

from fractions import Fraction

import av
import numpy as np


def write_frames(
    path, frames, *, pts=None, time_base=Fraction(1, 30), codec="libx264", options=None, gop=None
):
    """Encode RGB ``frames`` to ``path``; ``pts`` (in ``time_base`` units) for variable
    rate; ``gop``: a key frame every this many frames (the encoder's default otherwise)."""
    with av.open(str(path), "w", options=options or {}) as c:
        s = c.add_stream(codec, rate=30)
        if gop:
            s.codec_context.gop_size = gop
        s.width, s.height = frames[0].shape[1], frames[0].shape[0]
        s.pix_fmt = "yuv420p"
        s.codec_context.time_base = time_base
        for i, f in enumerate(frames):
            vf = av.VideoFrame.from_ndarray(np.ascontiguousarray(f), format="rgb24")
            vf.pts = i if pts is None else pts[i]
            vf.time_base = time_base
            for p in s.encode(vf):
                c.mux(p)
        for p in s.encode():
            c.mux(p)


def faceless_video(path, *, n=30, size=(320, 240), seed=0):
    """A video of grey noise: readable, with no face in it."""
    rng = np.random.default_rng(seed)
    w, h = size
    write_frames(path, [rng.integers(60, 110, (h, w, 3), dtype=np.uint8) for _ in range(n)])
