"""/check records from the camera in the browser (Chromium's fake camera playing a
simulated face video) and gets a measured result that states the side convention."""

from __future__ import annotations

import re

import av
import pytest

from .conftest import CHROMIUM, CHROMIUM_ARGS, DESKTOP, _need_browser


def _y4m(src, dst) -> None:
    """Raw YUV4MPEG2 frames of a video: what Chromium's fake camera plays."""
    with av.open(str(src)) as inp, av.open(str(dst), "w", format="yuv4mpegpipe") as out:
        stream = out.add_stream("rawvideo", rate=30)
        stream.pix_fmt = "yuv420p"
        first = True
        for frame in inp.decode(video=0):
            if first:
                stream.width, stream.height = frame.width, frame.height
                first = False
            for packet in stream.encode(frame.reformat(format="yuv420p")):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)


@pytest.fixture(scope="module")
def camera_clip(tmp_path_factory):
    from hfs.simulate.video import simulate_video

    folder = tmp_path_factory.mktemp("camera")
    clip = folder / "face.mp4"
    simulate_video(clip, side="left", duration_s=4, size="320x240", spasm_rate=20, rng=7)
    y4m = folder / "face.y4m"
    _y4m(clip, y4m)
    return y4m


@pytest.fixture(scope="module")
def camera_browser(camera_clip):
    _need_browser()
    from playwright.sync_api import sync_playwright

    args = [
        *CHROMIUM_ARGS,
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-video-capture={camera_clip}",
    ]
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=args)
        yield b
        b.close()


def test_record_on_the_page_and_get_a_result(camera_browser, live, screens):
    from playwright.sync_api import expect

    ctx = camera_browser.new_context(viewport=DESKTOP, permissions=["camera"])
    errors: list[str] = []
    page = ctx.new_page()
    page.set_default_timeout(20_000)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(live.url + "/check")
        expect(page.locator("#recorder")).to_be_visible()
        page.get_by_label("Front camera (facing me)").check()
        page.get_by_role("button", name="Start the camera and record").click()
        expect(page.locator("#cam-preview")).to_be_visible()
        expect(page.locator("#cam-preview")).to_have_class(re.compile(r"\bmirrored\b"))
        page.wait_for_timeout(3500)
        page.get_by_role("button", name="Stop").click()
        expect(page.locator("#rec-status")).to_contain_text("Recorded")
        page.get_by_role("button", name="Measure this recording").click()
        expect(page.locator("#result")).to_be_visible(timeout=60_000)
        page.screenshot(path=screens / "check-recorded-1280.png", full_page=True)
        # A few seconds of face: the analysis says it cannot tell, rather than guess.
        expect(page.locator("#result-headline")).to_contain_text("cannot tell")
        expect(page.locator("#result-details")).to_contain_text("not mirrored")
    finally:
        ctx.close()
    assert not errors, errors
    # The stored upload was analysed as not mirrored: a recording is the camera's picture.
    from sqlalchemy import select

    from hfs.storage.models import Video

    with live.app.state.sessions() as db:
        v = db.scalars(select(Video).order_by(Video.id.desc())).first()
        assert v.status == "done" and v.analysis["video"]["mirrored"] is False
        assert v.content_type == "video/webm"


def test_a_file_upload_asks_who_filmed_and_applies_it(camera_browser, live, tmp_path):
    from playwright.sync_api import expect

    from hfs.simulate.video import simulate_video

    clip = tmp_path / "selfie.mp4"
    simulate_video(clip, side="right", duration_s=3, size="320x240", selfie_mirrored=True, rng=8)
    ctx = camera_browser.new_context(viewport=DESKTOP)
    try:
        page = ctx.new_page()
        page.set_default_timeout(20_000)
        page.goto(live.url + "/check")
        page.set_input_files("#video-file", str(clip))
        page.get_by_role("button", name="Upload and measure").click()
        expect(page.locator("#upload-error")).to_contain_text("who filmed")
        page.get_by_label("I filmed myself with the front camera").check()
        page.get_by_role("button", name="Upload and measure").click()
        expect(page.locator("#result")).to_be_visible(timeout=60_000)
        expect(page.locator("#result-details")).to_contain_text("mirrored selfie")
    finally:
        ctx.close()
    from sqlalchemy import select

    from hfs.storage.models import Video

    with live.app.state.sessions() as db:
        v = db.scalars(select(Video).order_by(Video.id.desc())).first()
        assert v.analysis["video"]["mirrored"] is True
