"""Issue 18: a Spanish-speaking patient in a real browser: /es/check with an upload (the
result in Spanish, sent to the clinic marked "es") and the chat widget in Spanish."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from .conftest import DESKTOP, PHONE
from .test_patient_pages import staff_inbox


def test_a_spanish_patient_checks_a_video_and_sends_it(page_at, live, screens, tmp_path):
    from hfs.simulate.video import simulate_video

    clip = tmp_path / "mi cara.mp4"
    simulate_video(clip, duration_s=3, size="320x240", rng=2)
    page = page_at(DESKTOP)
    page.goto(live.url + "/es/check")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.locator("h1")).to_have_text("Revisar mi tic")
    expect(page.locator(".emergency")).to_contain_text("llame al 911")
    expect(page.locator(".steps li")).to_have_count(3)
    page.set_input_files("#video-file", str(clip))
    page.get_by_label("Otra persona me grabó, o usé la cámara trasera").check()
    page.get_by_role("button", name="Subir y medir").click()
    expect(page.locator("#result")).to_be_visible(timeout=45_000)
    expect(page.locator("#result-headline")).to_contain_text(re.compile(r"^El programa"))
    expect(page.locator("#result-disclaimer")).to_contain_text("No son un diagnóstico")
    # a 3 s clip: the quality warning is stored in English, shown in Spanish (round 2)
    expect(page.locator("#result-warnings")).to_contain_text("demasiado corto: 3 s")
    expect(page.locator("#result-warnings")).not_to_contain_text("too short")
    expect(page.locator("#result-plot")).to_have_attribute("alt", re.compile(r"^Línea de tiempo"))
    page.get_by_text("Enviar esto a la clínica").click()
    form = page.locator("#send-form")
    form.get_by_label("Su nombre").fill("Paciente Video")
    form.get_by_label("Correo electrónico").fill("paciente.video@example.org")
    form.get_by_role("button", name="Enviar video y solicitud").click()
    expect(form.locator(".form-status")).to_contain_text("Su número de referencia es HFS-")
    page.screenshot(path=screens / "es-check-result-1280.png", full_page=True)
    sent = [r for r in staff_inbox(live) if r["name"] == "Paciente Video"]
    assert sent and (sent[0]["source"], sent[0]["lang"]) == ("video", "es")


def test_the_chat_widget_in_spanish(page_at, live, screens):
    page = page_at(PHONE)
    for path in ("/es/check", "/es/contact", "/es/"):
        page.goto(live.url + path)
        expect(page.locator("html")).to_have_attribute("lang", "es")
        # the Spanish words fit a phone too (no sideways scrolling)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], path
    page.get_by_role("button", name="Pregunte a nuestro asistente").click()
    log = page.locator("#chat-log")
    # right after the server starts, the Spanish assistant may still be warming up
    expect(log.locator(".msg.bot").first).to_contain_text("No doy diagnósticos", timeout=60_000)
    expect(page.locator("#chat-keywords")).to_contain_text("empezar de nuevo")
    page.fill("#chat-input", "¿cuánto dura el bótox?")
    page.press("#chat-input", "Enter")
    expect(log.locator(".msg.bot").last).to_contain_text("unos tres meses")
    page.fill("#chat-input", "se me cayó la cara de un lado")
    page.press("#chat-input", "Enter")
    expect(log.locator(".msg.bot").last).to_contain_text("Llame al 911 ahora")
    page.get_by_role("button", name="MENÚ", exact=True).click()
    expect(log.locator(".choices button").last).to_have_text("Dar mi opinión")
    page.get_by_role("button", name="CERRAR", exact=True).click()
    expect(log.locator(".msg.bot").last).to_contain_text("Conversación cerrada")
    page.screenshot(path=screens / "es-chat-375.png")
    # a new conversation whose first message cannot tell its language ("botox??") is in
    # the page's language: the widget sends it (Accept-Language)
    page.fill("#chat-input", "botox??")
    page.press("#chat-input", "Enter")
    expect(log.locator(".msg.bot").last).to_contain_text("toxina botulínica")


def test_a_refused_upload_is_explained_in_spanish(page_at, live, tmp_path):
    """The server's 400 detail is English (the API's); the Spanish page shows the reason
    in Spanish (the response's "message")."""
    bad = tmp_path / "nota.mp4"
    bad.write_text("esto no es un video\n" * 50, "utf-8")
    page = page_at(DESKTOP)
    page.goto(live.url + "/es/check")
    page.set_input_files("#video-file", str(bad))
    page.get_by_label("Otra persona me grabó, o usé la cámara trasera").check()
    page.get_by_role("button", name="Subir y medir").click()
    error = page.locator("#upload-error")
    # the server's own reason, in Spanish (its "message"; hfs.reports.refusals)
    expect(error).to_contain_text(
        "el archivo no es un video MP4, MOV o WebM (se revisó su contenido, no su nombre)"
    )
    expect(error).not_to_contain_text(re.compile(r"unsupported|not a readable|video stream"))
