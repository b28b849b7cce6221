"""The clinic team's pages in a real browser (see conftest.py): a clinician follows a
patient, records an injection, exports FHIR; staff work the inbox; layout at phone and
desktop widths (screenshots in the pytest temp dir, ``screens*/``)."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from playwright.sync_api import expect
from sqlalchemy import select

from hfs.storage.accounts import create_user
from hfs.storage.models import ContactRequest, InjectionRow
from tests.web.story import seed_story

PASSWORD = "correct horse battery staple"
CLINICIAN = "doc@clinic.example"
STAFF = "front.desk@clinic.example"
ADMIN = "admin@clinic.example"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture(scope="module")
def story(live):
    with live.app.state.sessions() as db:
        for email, role in ((CLINICIAN, "clinician"), (STAFF, "staff"), (ADMIN, "admin")):
            create_user(db, email, role, PASSWORD)
        db.commit()
    return seed_story(live.app.state.sessions)


def login(page, live, email: str, expect_path: str) -> None:
    page.goto(live.url + "/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("#login-form button[type=submit]")
    page.wait_for_url(re.compile(re.escape(live.url + expect_path) + r"(\?.*)?$"))


def no_sideways_scroll(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"page is {width}px wide"


def plot_svg(page) -> str:
    src = page.get_attribute("#timeline img", "src")
    assert src.startswith("data:image/svg+xml;base64,")
    return base64.b64decode(src.split(",", 1)[1]).decode("utf-8")


def marks(svg: str, kind: str) -> int:
    """Top-level marks of one kind in the plot: groups with id ``<kind>-<row id>``."""
    return len(re.findall(rf'<g id="{kind}-\d+">', svg))


def test_a_clinician_follows_a_patient_records_an_injection_and_exports(
    page_at, live, story, screens
):
    page = page_at(DESKTOP)
    # Not logged in: the page sends you to the login form, and back after it.
    page.goto(live.url + f"/patients/{story.patient_id}")
    expect(page).to_have_url(re.compile(r"/login\?"))
    page.fill("input[name=email]", CLINICIAN)
    page.fill("input[name=password]", "wrong password, clearly")
    page.click("#login-form button[type=submit]")
    expect(page.locator("#login-form .form-status")).to_contain_text("wrong email or password")
    page.fill("input[name=password]", PASSWORD)
    page.click("#login-form button[type=submit]")
    page.wait_for_url(live.url + f"/patients/{story.patient_id}")

    # The nav shows what a clinician may use; the list and search work.
    nav = page.locator("nav[aria-label=Main] a")
    expect(nav).to_have_text(["Inbox", "Patients"])
    page.click("nav[aria-label=Main] >> text=Patients")
    page.fill("#q", "virtanen")
    page.click("form.search button")
    expect(page.locator("#patients-table tbody tr")).to_have_count(1)
    page.click("#patients-table a")
    expect(page.locator("h1")).to_have_text("Virtanen, Aino")

    # The timeline: one point per visit, the two injections, the medication, the MVD.
    svg = plot_svg(page)
    assert marks(svg, "injection") == 2 and marks(svg, "mvd") == 1
    assert marks(svg, "medication") == 1
    assert len(re.findall(r'<g id="video-\d+-rate">', svg)) == len(story.visits)
    desc = page.locator("#timeline-desc li")
    expect(desc).to_have_count(len(story.visits) + 2 + 1 + 1)
    expect(page.locator("#timeline-desc")).to_contain_text("MVD")
    expect(page.locator("#timeline-desc")).to_contain_text("LSR disappeared")
    expect(page.locator("#videos-table tbody tr")).to_have_count(len(story.visits))
    # newest visit first: 3 spasms in 60 s
    expect(page.locator("#videos-table tbody tr").first).to_contain_text("3.0")
    no_sideways_scroll(page)
    page.screenshot(path=screens / "clinic-patient-1280.png", full_page=True)

    # Bad input: sites that do not add up to the total. The message shows; nothing saved.
    page.click("#injection-form-box summary")
    form = page.locator("#injection-form")
    form.locator("input[name=given_on]").fill(story.visits[-1][0].isoformat())
    form.locator("input[name=total_units]").fill("30")
    rows = form.locator(".site-row")
    rows.nth(0).locator('[data-site="muscle"]').fill("orbicularis oculi")
    rows.nth(0).locator('[data-site="units"]').fill("18")
    form.locator("button[type=submit]").click()
    expect(form.locator(".form-status")).to_contain_text("add up")
    expect(form.locator(".form-status")).to_have_class(re.compile("bad"))
    with live.app.state.sessions() as db:
        n = len(
            db.scalars(
                select(InjectionRow).where(InjectionRow.patient_id == story.patient_id)
            ).all()
        )
    assert n == len(story.injections)

    # Corrected: it is saved, shows in the table and on the plot.
    rows.nth(1).locator('[data-site="muscle"]').fill("zygomaticus major")
    rows.nth(1).locator('[data-site="units"]').fill("12")
    form.locator("button[type=submit]").click()
    expect(page.locator("#flash")).to_have_text("Injection recorded.")
    expect(page.locator("#injections-table tbody tr")).to_have_count(len(story.injections) + 1)
    expect(page.locator("#injections-table tbody tr").first).to_contain_text(
        "orbicularis oculi (left) 18 U; zygomaticus major (left) 12 U"
    )
    assert marks(plot_svg(page), "injection") == len(story.injections) + 1
    expect(page.locator("#timeline-desc")).to_contain_text("30 units onabotulinumtoxinA")

    # FHIR export: a download that parses as a valid R4B Bundle with this patient's data.
    with page.expect_download() as info:
        page.click("#export-fhir")
    bundle = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    Bundle.model_validate(bundle)
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds.count("Patient") == 1
    text = json.dumps(bundle)
    assert "TEST-1001" in text and "TEST-1002" not in text

    # A video's report, reached from the table.
    page.locator("#videos-table tbody tr").first.locator("a").click()
    expect(page.locator("#video-summary")).to_contain_text("3 one-sided spasms on the left side")
    expect(page.locator("#events-table tbody tr")).to_have_count(3)
    page.screenshot(path=screens / "clinic-video-1280.png", full_page=True)

    # Log out: back at the login page, and the patient page is closed again.
    page.click("#logout")
    page.wait_for_url(live.url + "/login")
    page.goto(live.url + f"/patients/{story.patient_id}")
    expect(page).to_have_url(re.compile(r"/login\?"))
    expect(page.locator("#login-form")).to_be_visible()


def test_staff_work_the_inbox(page_at, live, story, screens):
    page = page_at(DESKTOP)
    login(page, live, STAFF, "/inbox")
    expect(page.locator("nav[aria-label=Main] a")).to_have_text(["Inbox", "Patients"])
    first, with_video = story.request_ids
    card = page.locator(f"#request-{first}")
    expect(card).to_contain_text("Liisa Mäkelä")
    expect(card).to_contain_text("+358401234567")
    expect(page.locator(f"#request-{with_video} .linked-video")).to_contain_text(
        "9 one-sided spasms"
    )
    expect(page.locator("#feedback-table")).to_contain_text("The chat was clear.")
    page.screenshot(path=screens / "clinic-inbox-1280.png", full_page=True)

    card.locator("button[data-status=contacted]").click()
    expect(page.locator("#flash")).to_contain_text("marked contacted")
    expect(page.locator(f"#request-{first} .badge")).to_have_text("Contacted")
    with live.app.state.sessions() as db:
        assert db.get(ContactRequest, first).status == "contacted"
    page.click(".filters >> text=Contacted")
    expect(page.locator("[data-request]")).to_have_count(1)

    # Staff see the patient index but cannot open a record.
    page.click("nav[aria-label=Main] >> text=Patients")
    expect(page.locator("#patients-table tbody tr")).to_have_count(2)
    expect(page.locator("#patients-table a")).to_have_count(0)
    # Staff add a patient: a birth date in the future is refused with its message.
    form = page.locator("#add-patient form")
    page.click("#add-patient summary")
    form.locator("input[name=mrn]").fill("NEW-2001")
    form.locator("input[name=family_name]").fill("Lind")
    form.locator("input[name=given_names]").fill("Eva  Maria")
    form.locator("input[name=birth_date]").fill("2999-01-01")
    form.locator("button[type=submit]").click()
    expect(form.locator(".form-status")).to_contain_text("birth")
    expect(page.locator("#patients-table tbody tr")).to_have_count(2)
    form.locator("input[name=birth_date]").fill("1980-02-03")
    form.locator("select[name=affected_side]").select_option("right")
    form.locator("button[type=submit]").click()
    expect(page.locator("#flash")).to_have_text("Patient added.")
    expect(page.locator("#patients-table tbody tr")).to_have_count(3)
    expect(page.locator("#patients-table")).to_contain_text("Lind, Eva Maria")
    page.goto(live.url + f"/patients/{story.patient_id}")
    expect(page.locator("h1")).to_have_text("Not allowed")


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_clinic_pages_fit_phone_and_desktop(page_at, live, story, screens, size):
    page = page_at(size)
    w = size["width"]
    page.goto(live.url + "/login")
    no_sideways_scroll(page)
    page.screenshot(path=screens / f"clinic-login-{w}.png", full_page=True)
    login(page, live, CLINICIAN, "/patients")
    for name, path in [
        ("patients", "/patients"),
        ("patient", f"/patients/{story.patient_id}"),
        ("inbox", "/inbox"),
        ("video", f"/patients/{story.patient_id}/videos/{story.video_ids[0]}"),
    ]:
        page.goto(live.url + path)
        expect(page.locator("#logout")).to_be_visible()
        if name == "patient":  # the plot drawn for the width: taller on a phone
            img = page.locator("#timeline img")
            expect(img).to_have_js_property("complete", True)
            iw, ih = img.evaluate("i => [i.naturalWidth, i.naturalHeight]")
            assert (ih > iw) if size == PHONE else (iw > 1.4 * ih), (iw, ih)
        no_sideways_scroll(page)
        page.screenshot(path=screens / f"clinic-{name}-{w}.png", full_page=True)
        if name in ("patients", "patient"):  # and with every form opened
            page.evaluate("for (const d of document.querySelectorAll('details')) d.open = true")
            no_sideways_scroll(page)
            page.screenshot(path=screens / f"clinic-{name}-forms-{w}.png", full_page=True)
    page.click("#logout")
    page.wait_for_url(live.url + "/login")
    login(page, live, ADMIN, "/admin/audit")
    expect(page.locator("nav[aria-label=Main] a")).to_have_text(["Accounts", "Audit log"])
    expect(page.locator("#audit-table tbody tr").first).to_contain_text("login")
    no_sideways_scroll(page)
    page.screenshot(path=screens / f"clinic-audit-{w}.png", full_page=True)
    page.get_by_role("link", name="Accounts").click()
    expect(page.locator("table.accounts tbody tr").first).to_be_visible()
    no_sideways_scroll(page)
    page.screenshot(path=screens / f"clinic-accounts-{w}.png", full_page=True)


def test_login_errors_show_on_the_form(page_at, live, story, screens):
    page = page_at(PHONE)
    page.goto(live.url + "/login")
    status = page.locator("#login-form .form-status")
    for _ in range(5):
        page.fill("input[name=email]", "locked.out@clinic.example")
        page.fill("input[name=password]", "not the password at all")
        page.click("#login-form button[type=submit]")
        expect(status).to_have_text("wrong email or password")
        expect(page.locator("input[name=password]")).to_have_value("")
        page.evaluate("document.querySelector('#login-form .form-status').textContent = ''")
    page.fill("input[name=password]", "not the password at all")
    page.click("#login-form button[type=submit]")
    expect(status).to_contain_text("too many failed logins; wait 15 minutes")
    expect(page).to_have_url(live.url + "/login")
    page.screenshot(path=screens / "clinic-login-throttled-390.png", full_page=True)


def test_a_clinician_records_scales_a_medication_an_mvd_and_attaches_an_upload(
    page_at, live, story, screens
):
    page = page_at(PHONE)
    login(page, live, CLINICIAN, "/patients")
    page.goto(live.url + f"/patients/{story.other_id}")
    expect(page.locator("h1")).to_have_text("Korhonen, Matti Juhani")
    page.evaluate("for (const d of document.querySelectorAll('details')) d.open = true")
    day = story.visits[-1][0].isoformat()

    def save(form, message):
        form.locator("button[type=submit]").click()
        expect(page.locator("#flash")).to_have_text(message)
        page.evaluate("for (const d of document.querySelectorAll('details')) d.open = true")

    # Scales: an incomplete HFS-7 is refused with the server's words, then saved whole.
    form = page.locator("#scales form")
    form.locator("input[name=scored_on]").fill(day)
    form.locator("select[name=jrs_severity]").select_option("2")
    form.locator("select[name=jrs_frequency]").select_option("1")
    boxes = form.locator("input[name=hfs7_answers]")
    for k in range(3):
        boxes.nth(k).fill("2")
    form.locator("button[type=submit]").click()
    expect(form.locator(".form-status")).to_have_text("HFS-7 needs 7 answers, got 3")
    expect(page.locator("#scales-table")).to_contain_text("No scale scores recorded.")
    for k in range(3, 7):
        boxes.nth(k).fill("1")
    save(form, "Scores recorded.")
    expect(page.locator("#scales-table tbody tr")).to_have_count(1)
    expect(page.locator("#scales-table")).to_contain_text("3 / 8")
    expect(page.locator("#scales-table")).to_contain_text("10 / 28")

    # A medication without a stop date is ongoing, shaded on the plot.
    form = page.locator("#medications form")
    form.locator("input[name=name]").fill("clonazepam")
    form.locator("input[name=dose]").fill("0.5 mg at night")
    form.locator("input[name=start_date]").fill(day)
    save(form, "Medication recorded.")
    expect(page.locator("#medications-table")).to_contain_text("ongoing")

    # An MVD: in the table and on the plot with its LSR outcome.
    form = page.locator("#surgeries form")
    form.locator("input[name=performed_on]").fill(day)
    form.locator("select[name=side]").select_option("right")
    form.locator("select[name=lsr_outcome]").select_option("persisted")
    save(form, "MVD recorded.")
    expect(page.locator("#surgeries-table")).to_contain_text("persisted")
    svg = plot_svg(page)
    assert marks(svg, "mvd") == 1 and marks(svg, "medication") == 1
    expect(page.locator("#timeline-desc")).to_contain_text("LSR persisted")

    # The upload a patient sent with a contact request becomes a visit.
    rows = page.locator("#videos-table tbody tr")
    expect(rows).to_have_count(1)
    form = page.locator("#videos form")
    form.locator("input[name=token]").fill("not-a-real-token-123")
    form.locator("button[type=submit]").click()
    expect(form.locator(".form-status")).to_have_text("no such uploaded video")
    form.locator("input[name=token]").fill(story.free_token)
    form.locator("input[name=recorded_on]").fill(day)
    save(form, "Video attached.")
    expect(rows).to_have_count(2)
    expect(page.locator("#videos-table")).to_contain_text("9.0")
    no_sideways_scroll(page)
    page.screenshot(path=screens / "clinic-patient-recorded-390.png", full_page=True)


def test_a_clinician_uploads_a_recording_and_reads_its_lsr(page_at, live, story, screens, tmp_path):
    from hfs.simulate.recording import simulate_recording

    sim = simulate_recording(
        "diagnostic",
        duration_s=8,
        sfreq=10000,
        stim_rate_hz=5,
        lsr_amplitude_uv=150,
        noise_uv=5,
        muscles=("orbicularis_oculi", "mentalis"),
        rng=5,
    )
    edf = sim.write_edf(tmp_path / "lsr study.edf")
    fake = tmp_path / "not a recording.edf"
    fake.write_text("<html><body>hello</body></html>")
    page = page_at(DESKTOP)
    login(page, live, CLINICIAN, "/patients")
    page.goto(live.url + f"/patients/{story.patient_id}")
    before = page.locator("#neurophys-table tbody tr").count()

    page.get_by_text("Upload a recording").click()
    form = page.locator("#recording-form")
    # A web page renamed .edf: refused with its reason, nothing stored.
    form.locator("input[type=file]").set_input_files(str(fake))
    form.locator("button[type=submit]").click()
    expect(form.locator(".form-status")).to_contain_text(re.compile("EDF", re.I))
    expect(form.locator(".form-status")).to_have_class(re.compile("bad"))

    form.locator("input[type=file]").set_input_files(str(edf))
    form.locator("input[name=recorded_on]").fill(story.visits[-1][0].isoformat())
    form.locator("button[type=submit]").click()
    expect(page.locator("#flash")).to_have_text("Recording analysed.", timeout=60_000)
    row = page.locator("#recordings-table tbody tr").first
    expect(row).to_contain_text("done")
    # Each LSR pair as the analysis found it, within 0.2 ms of the simulator's truth.
    truth = {(t["stim_site"], t["channel"]): t["onset_latency_ms"] for t in sim.truth["lsr"]}
    found = re.findall(r"LSR ([\w ]+) → (.+?): present, onset ([\d.]+) ms", row.inner_text())
    shown = {(site.replace(" ", "_"), ch): float(onset) for site, ch, onset in found}
    assert set(shown) == set(truth)
    for pair, onset in shown.items():
        assert abs(onset - truth[pair]) <= 0.2, (pair, onset, truth[pair])
    # The derived LSR measurement joins the neurophysiology table; the report opens.
    expect(page.locator("#neurophys-table tbody tr")).to_have_count(before + 1)
    page.screenshot(path=screens / "clinic-recording-1280.png", full_page=True)
    with page.expect_navigation():
        row.get_by_role("link", name="Open").click()
    expect(page.locator("body")).to_contain_text(re.compile("lateral spread", re.I))
