"""A patient's visits to the public pages, in a real browser (see conftest.py)."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import expect

from hfs.storage.accounts import create_user

from .conftest import DESKTOP, PHONE

STAFF = "desk@clinic.example"
PASSWORD = "correct horse battery staple"


def staff_inbox(live) -> list[dict]:
    """The contact requests as the clinic staff sees them through the API."""
    with live.app.state.sessions() as db:
        from sqlalchemy import select

        from hfs.storage.models import User

        if db.scalar(select(User).where(User.email == STAFF)) is None:
            create_user(db, STAFF, "staff", PASSWORD)
            db.commit()
    with httpx.Client(base_url=live.url) as c:
        r = c.post("/api/auth/login", json={"email": STAFF, "password": PASSWORD})
        assert r.status_code == 200, r.text
        r = c.get("/api/inbox/contact-requests")
        assert r.status_code == 200, r.text
        return r.json()


def bot_says(page, pattern: str):
    expect(page.locator("#chat-log .msg.bot").last).to_contain_text(re.compile(pattern, re.I))


def chat(page, text: str) -> None:
    page.fill("#chat-input", text)
    page.press("#chat-input", "Enter")
    expect(page.locator("#chat-log .msg.me").last).to_have_text(text)


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_pages_render_with_notice_emergency_line_and_phones(page_at, live, screens, size):
    page = page_at(size)
    for path, title in [
        ("/", "Hemifacial spasm"),
        ("/check", "Check my twitch"),
        ("/contact", "Contact the clinic"),
    ]:
        page.goto(live.url + path)
        expect(page.locator("h1")).to_have_text(title)
        expect(page.locator(".notice")).to_contain_text("does not diagnose")
        expect(page.locator(".emergency")).to_contain_text("call emergency services now")
        expect(page.locator("footer")).to_contain_text("1-412-647-3685")
        expect(page.locator("footer")).to_contain_text("1-877-320-8762")
        name = path.strip("/") or "condition"
        page.screenshot(path=screens / f"{name}-{size['width']}.png", full_page=True)
        # Nothing wider than the screen (no sideways scrolling on a phone).
        assert page.evaluate("document.documentElement.scrollWidth") <= size["width"], path
    page.goto(live.url + "/")
    page.get_by_role("button", name="Ask our assistant").click()
    bot_says(page, "Hello")
    page.screenshot(path=screens / f"chat-open-{size['width']}.png")
    for heading in ("Causes", "Symptoms", "Diagnosis", "Treatment"):
        expect(page.get_by_role("heading", name=heading, exact=True)).to_be_visible()
    expect(page.locator("#s5")).to_contain_text("botulinum toxin")
    expect(page.locator("#s5")).to_contain_text("MVD")


def test_a_patient_chats_and_leaves_a_contact_request(page_at, live, screens):
    page = page_at(PHONE)
    page.goto(live.url + "/")
    page.get_by_role("button", name="Ask our assistant").click()
    expect(page.locator("#chat-panel")).to_be_visible()
    expect(page.locator("#chat-keywords")).to_contain_text("start over")
    bot_says(page, "Hello")  # the welcome arrived
    expect(page.locator("#chat-log .msg.bot").first).to_contain_text("do not diagnose")
    expect(page.locator("#chat-input")).to_be_focused()

    # A question gets a topic answer.
    chat(page, "how long do botox injections last")
    bot_says(page, "three months")
    page.screenshot(path=screens / "chat-answer-375.png")

    # MENU shows the choices as buttons; a choice button works.
    page.get_by_role("button", name="MENU", exact=True).click()
    choice = page.locator(".choices button:enabled", has_text="Learn about hemifacial spasm").last
    expect(choice).to_be_visible()
    choice.click()
    expect(page.locator(".choices button:enabled", has_text="What causes it?").last).to_be_visible()
    # An answered question's choices are spent: only the latest ones stay enabled.
    expect(choice).to_have_count(0)

    # CLOSE ends the conversation; RESTART starts a new one.
    page.get_by_role("button", name="CLOSE", exact=True).click()
    bot_says(page, "Conversation closed")
    page.get_by_role("button", name="RESTART", exact=True).click()
    bot_says(page, "What would you like to do|Hello")

    # The contact scenario, through its buttons and typed answers.
    page.get_by_role("button", name="MENU", exact=True).click()
    page.locator(".choices button:enabled", has_text="Ask the clinic to contact me").last.click()
    bot_says(page, "all right")
    chat(page, "yes")
    chat(page, "Maria Browser")
    bot_says(page, "How should")
    page.locator(".choices button:enabled", has_text="By phone").last.click()
    chat(page, "+1 412 555 0199")
    bot_says(page, "best time")
    page.locator(".choices button:enabled", has_text="Morning").last.click()
    chat(page, "skip")
    chat(page, "my left eye twitches")
    bot_says(page, "Send this to the clinic")
    chat(page, "yes")
    bot_says(page, r"reference is HFS-")
    page.screenshot(path=screens / "chat-sent-375.png")

    names = [r["name"] for r in staff_inbox(live)]
    assert "Maria Browser" in names


def test_a_patient_checks_a_video_and_sends_it(page_at, live, screens, tmp_path):
    from hfs.simulate.video import simulate_video

    clip = tmp_path / "my face.mp4"
    simulate_video(clip, duration_s=3, size="320x240", rng=1)
    page = page_at(DESKTOP)
    page.goto(live.url + "/check")
    expect(page.locator(".steps li")).to_have_count(3)
    page.set_input_files("#video-file", str(clip))
    page.get_by_label("Someone else filmed me, or I used the back camera").check()
    page.get_by_role("button", name="Upload and measure").click()
    expect(page.locator("#progress")).to_be_visible()
    page.screenshot(path=screens / "check-progress-1280.png", full_page=True)
    expect(page.locator("#result")).to_be_visible(timeout=45_000)
    expect(page.locator("#result-headline")).not_to_be_empty()
    expect(page.locator("#result-plot")).to_be_visible()
    expect(page.locator("#result-plot")).to_have_attribute("alt", re.compile(r"twitch(es)? marked"))
    expect(page.locator("#result-disclaimer")).to_contain_text(re.compile("diagnos", re.I))
    page.get_by_text("Send this to the clinic").click()
    form = page.locator("#send-form")
    form.get_by_label("Your name").fill("Video Patient")
    form.get_by_label("E-mail address").fill("video.patient@example.org")
    form.get_by_role("button", name="Send video and request").click()
    expect(form.locator(".form-status")).to_contain_text("HFS-")
    page.screenshot(path=screens / "check-result-1280.png", full_page=True)
    sent = [r for r in staff_inbox(live) if r["name"] == "Video Patient"]
    assert sent and sent[0]["source"] == "video"


def test_the_contact_form_submits(page_at, live, screens):
    page = page_at(PHONE)
    page.goto(live.url + "/contact")
    form = page.locator("#contact-form")
    form.get_by_role("button", name="Send my request").click()
    expect(form.locator(".form-status")).to_contain_text("name")
    form.get_by_label("Your name").fill("Form Patient")
    form.get_by_label("Phone number").fill("not a number")
    form.get_by_role("button", name="Send my request").click()
    expect(form.locator(".form-status")).to_contain_text("phone")
    form.get_by_label("Phone number").fill("+1 412 555 0100")
    form.get_by_label("Best time to reach you").select_option("afternoon")
    form.get_by_label("What is it about?").fill("Question about injections")
    form.get_by_role("button", name="Send my request").click()
    expect(form.locator(".form-status")).to_contain_text("reference is HFS-")
    page.screenshot(path=screens / "contact-sent-375.png", full_page=True)
    sent = [r for r in staff_inbox(live) if r["name"] == "Form Patient"]
    assert sent and sent[0]["source"] == "form" and sent[0]["preferred_time"] == "afternoon"
