"""The cheek read from the image where the landmarks miss it (hfs.video.appearance).

Known truth: frames rendered by the simulator's face model, whose skin carries what a
raised cheek (FACS AU6) does to a real face (the malar bulge catches light, a shadow
forms under it), with the landmarks of each frame. The landmarks here are the true
ones, which the image reader only uses to place its patches: whether the cheek rose is
read from the pixels alone. Sensor noise and a drifting light are added, as on a phone.
"""

import cv2
import numpy as np
import pytest

from hfs.simulate.face import FaceModel, load_face_photo
from hfs.simulate.schedule import Activation
from hfs.simulate.video import simulate_landmarks
from hfs.video.analysis import analyze_points
from hfs.video.appearance import AppearanceReader, appearance_from_patches
from hfs.video.events import Event
from hfs.video.io import VideoInfo
from hfs.video.signals import to_subset

FPS = 30.0


class _Given:
    """A landmark backend that hands out the frames' true landmarks in order."""

    name = "given"
    reads_cheek = False

    def __init__(self, points):
        self._points = iter(points)

    def process(self, rgb, t_s):
        return next(self._points)

    def close(self):
        pass


def _act(**regions) -> Activation:
    act = Activation()
    for key, value in regions.items():
        region, side = key.rsplit("_", 1)
        getattr(act, region)[side] = value
    return act


# Frames (30 fps): what the face does, and the spasms a landmark model found there
# (their regions as Face Mesh reads them: the cheek is never among them).
SCRIPT = [
    (range(15, 25), _act(eye_left=0.9, cheek_left=0.8), "left", ("eye",)),
    (range(40, 50), _act(eye_left=0.9), "left", ("eye",)),
    (range(65, 75), _act(mouth_right=0.8, cheek_right=0.7), "right", ("mouth",)),
    (
        range(80, 87),
        _act(cheek_left=0.6, cheek_right=0.6, mouth_left=0.5, mouth_right=0.5),
        None,
        (),
    ),
]
N = 96


def _frames(face_model, *, seed=0):
    rng = np.random.default_rng(seed)
    acts = [Activation()] * N
    for frames, act, _, _ in SCRIPT:
        for i in frames:
            acts[i] = act
    imgs, pts = [], []
    for i, act in enumerate(acts):
        img = face_model.render(act).astype(np.float32)
        light = 1.0 + 0.08 * np.sin(2 * np.pi * i / 45.0)  # the light drifts
        img = img * light + rng.normal(0.0, 2.0, img.shape).astype(np.float32)
        imgs.append(np.clip(img, 0, 255).astype(np.uint8))
        pts.append(face_model.deform_points(act).astype(np.float32))
    return imgs, pts


def _read(imgs, pts):
    reader = AppearanceReader(_Given(pts))
    t = np.arange(len(imgs)) / FPS
    for img, ti in zip(imgs, t, strict=True):
        reader.process(img, ti)
    return reader.read(t)


def _spasms():
    return [
        Event(fr.start / FPS, fr.stop / FPS, "spasm", side, regions, "clonic", {"eye": 0.5})
        for fr, _, side, regions in SCRIPT
        if side
    ]


@pytest.fixture(scope="module")
def frames():
    """The script rendered at 640x360 (73 px between the eyes)."""
    return _frames(FaceModel(load_face_photo(), (640, 360)))


def test_the_cheek_is_named_from_the_image_where_it_rose_and_only_there(frames):
    app = _read(*frames)
    assert app.usable and app.reason is None
    named = app.name_regions(_spasms())
    # The eye spasm with a cheek raise, the mouth spasm with one: cheek named; the eye
    # closing alone: not.
    assert [e.regions for e in named] == [("eye", "cheek"), ("eye",), ("cheek", "mouth")]
    assert named[0].peak["cheek"] >= 1.0 and named[2].peak["cheek"] >= 1.0
    # A smile raises both cheeks: no side's cheek rises beyond the other's.
    smile = slice(80, 87)
    assert np.nanmax(app.onesided("left")[smile]) < 1.0
    assert np.nanmax(app.onesided("right")[smile]) < 1.0


def test_too_few_pixels_or_too_little_light_is_cannot_tell_with_the_reason(frames):
    imgs, pts = frames
    half = [cv2.resize(i, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA) for i in imgs]
    small = _read(half, [p * 0.5 for p in pts])  # 37 px between the eyes
    assert not small.usable and "px between the eyes" in small.reason
    assert small.name_regions(_spasms()) == _spasms()  # nothing named from it
    dark = _read([(i * 0.15).astype(np.uint8) for i in imgs], pts)
    assert not dark.usable and "too dark" in dark.reason


def test_an_unreadable_image_leaves_the_cheek_cannot_tell_and_says_why(face_model):
    t, pts, _ = simulate_landmarks(
        model=face_model, side="left", duration_s=20, spasm_rate=10, regions=("eye",), rng=43
    )
    info = VideoInfo("clip.mp4", 1280, 720, 30.0, 20.0, len(t), "h264", 0)
    unread = appearance_from_patches(t, [], [], [])  # the cheeks never in full view
    d = analyze_points(t, to_subset(pts), info, reads_cheek=False, appearance=unread).to_dict()
    s = d["summary"]
    assert d["method"]["cheek"]["read_from"] is None
    assert s["spread_beyond_eye"] is None and s["smc"] is None
    assert "read from the image" in s["regions_not_read"]["cheek"]
    assert "too little of the time" in s["regions_not_read"]["cheek"]


@pytest.mark.slow
def test_a_video_of_eye_and_cheek_spasms_names_the_cheek_and_grades_the_spread(tmp_path):
    """MediaPipe on rendered video: the landmarks miss the cheek, the image does not."""
    from hfs.simulate.score import pair_events
    from hfs.simulate.video import simulate_video
    from hfs.video.analysis import analyze_video
    from hfs.video.landmarks import MediaPipeFaceMesh

    path = tmp_path / "cheek.mp4"
    truth = simulate_video(
        path,
        fps=30,
        size="640x360",
        side="left",
        duration_s=12,
        spasm_rate=15,
        regions=("eye", "cheek"),
        rng=31,
    )
    d = analyze_video(path).to_dict()
    s = d["summary"]
    pairs = pair_events(truth["events"], d["events"])
    assert len(pairs) >= 2 and MediaPipeFaceMesh.reads_cheek is False
    assert sum("cheek" in f["regions"] for _, f in pairs) >= 0.75 * len(pairs)
    assert s["regions_not_read"] == {} and "cheek" in s["regions"]
    assert s["spread_beyond_eye"] is True and s["smc"]["grade"] >= 2
    assert d["method"]["cheek"]["read_from"].startswith("image")
