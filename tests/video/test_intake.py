"""Upload intake: checked by content, stored clean (no audio, no metadata), rotation kept."""

import io
import zipfile

import av
import numpy as np
import pytest

from hfs.errors import TooLargeError, VideoError
from hfs.simulate.video import simulate_video
from hfs.video.intake import accept_upload, sniff
from hfs.video.io import iter_frames, probe


@pytest.fixture(scope="module")
def phone_clip(tmp_path_factory):
    """A portrait clip with GPS location, a title and an audio track, as phones make them."""
    d = tmp_path_factory.mktemp("phone")
    simulate_video(d / "plain.mp4", duration_s=2, size="240x320", rotate=90, spasm_rate=0, rng=1)
    out = d / "IMG_0001.MOV"
    with (
        av.open(str(d / "plain.mp4")) as src,
        av.open(str(out), "w", format="mov", options={"movflags": "use_metadata_tags"}) as dst,
    ):
        dst.metadata["com.apple.quicktime.location.ISO6709"] = "+40.4433-079.9436+000.000/"
        dst.metadata["location"] = "+40.4433-079.9436/"
        dst.metadata["title"] = "Jane Doe"
        v = dst.add_stream_from_template(src.streams.video[0])
        a = dst.add_stream("aac", rate=16000)
        for pkt in src.demux(src.streams.video[0]):
            if pkt.dts is None:
                continue
            pkt.stream = v
            dst.mux(pkt)
        frame = av.AudioFrame.from_ndarray(
            np.zeros((1, 1024), np.float32), format="fltp", layout="mono"
        )
        frame.sample_rate = 16000
        for i in range(20):
            frame.pts = i * 1024
            for p in a.encode(frame):
                dst.mux(p)
        for p in a.encode():
            dst.mux(p)
    return out


def test_clean_copy_has_no_location_no_audio_and_keeps_rotation(tmp_path, phone_clip):
    with av.open(str(phone_clip)) as c:
        assert "location" in c.metadata and len(c.streams.audio) == 1  # the fixture is real
    accepted = accept_upload(phone_clip, tmp_path / "store")
    assert accepted.path.parent == tmp_path / "store"
    assert accepted.path.name != phone_clip.name and len(accepted.path.stem) == 32
    with av.open(str(accepted.path)) as c:
        text = " ".join(f"{k}={v}" for k, v in c.metadata.items()).lower()
        assert "location" not in text and "jane" not in text and "+40.44" not in text
        assert len(c.streams.audio) == 0
        assert not any("location" in k.lower() for k in c.streams.video[0].metadata)
    assert accepted.info.rotation == 90 and (accepted.info.width, accepted.info.height) == (
        240,
        320,
    )
    assert sum(1 for _ in iter_frames(accepted.path)) == sum(1 for _ in iter_frames(phone_clip))
    assert phone_clip.exists()  # the original is left alone


def test_webm_is_accepted(tmp_path):
    simulate_video(
        tmp_path / "c.webm", duration_s=1, size="320x240", codec="vp9", spasm_rate=0, rng=2
    )
    accepted = accept_upload(tmp_path / "c.webm", tmp_path / "store")
    assert accepted.path.suffix == ".webm" and probe(accepted.path).fps == 30


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "hello")
    return buf.getvalue()


@pytest.mark.parametrize(
    "content",
    [b"<!doctype html><html><script>alert(1)</script></html>", _zip_bytes(), b"\x00" * 64],
)
def test_renamed_files_are_refused_by_content(tmp_path, content):
    p = tmp_path / "video.mp4"
    p.write_bytes(content)
    assert sniff(p) is None
    with pytest.raises(VideoError, match="not an MP4, MOV or WebM"):
        accept_upload(p, tmp_path / "store")
    assert not any((tmp_path / "store").glob("*")) if (tmp_path / "store").exists() else True


def test_limits(tmp_path, phone_clip):
    with pytest.raises(TooLargeError, match="limit"):
        accept_upload(phone_clip, tmp_path / "s", max_bytes=1000)
    with pytest.raises(VideoError, match="long"):
        accept_upload(phone_clip, tmp_path / "s", max_duration_s=1.0)
    from hfs.web.errors import http_status

    assert http_status(TooLargeError("x")) == 413


def test_truncated_upload_leaves_nothing_behind(tmp_path, phone_clip):
    cut = tmp_path / "cut.mov"
    cut.write_bytes(phone_clip.read_bytes()[:3000])
    store = tmp_path / "store"
    with pytest.raises(VideoError):
        accept_upload(cut, store)
    assert not store.exists() or not any(store.iterdir())
