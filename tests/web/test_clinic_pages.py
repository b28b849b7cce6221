"""The clinic team's HTML pages over HTTP (no browser): content from the records, role
by role access, redirects to the login page, cross-patient 404s, audit lines, and the
forms' fields against the JSON API they are sent to (the browser test runs clinic.js)."""

from __future__ import annotations

import base64
import datetime as dt
import html
import re
from html.parser import HTMLParser

import pytest
from sqlalchemy import func, select

from hfs.storage import clinic_store as store
from hfs.storage.models import (
    AuditEntry,
    InjectionRow,
    MedicationRow,
    MVDRow,
    ScaleRow,
    Video,
    WebSession,
)
from hfs.web.routes.pages import CSP

from .story import add_video, seed_story


@pytest.fixture
def story(clinic):
    return seed_story(clinic.sessions)


def text_of(r) -> str:
    return html.unescape(re.sub(r"\s+", " ", r.text))


def audit_rows(clinic, **where) -> list[AuditEntry]:
    with clinic.sessions() as db:
        q = select(AuditEntry).order_by(AuditEntry.id)
        for k, v in where.items():
            q = q.where(getattr(AuditEntry, k) == v)
        return list(db.scalars(q))


def count(clinic, model) -> int:
    with clinic.sessions() as db:
        return db.scalar(select(func.count()).select_from(model))


def csrf_meta(r) -> str:
    return re.search(r'<meta name="csrf-token" content="([^"]*)"', r.text).group(1)


def nav(r) -> list[str]:
    block = re.search(r'<nav aria-label="Main">(.*?)</nav>', r.text, re.S)
    return re.findall(r">([^<]+)</a>", block.group(1)) if block else []


# --- the forms as clinic.js sends them --------------------------------------------------


class _Forms(HTMLParser):
    """Each ``form[data-api]``: its URL and its fields (name -> data-type), as clinic.js
    reads them; ``sites`` when it has an injection-sites fieldset."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []
        self._form: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and "data-api" in a:
            self._form = {"api": a["data-api"], "method": a.get("data-method"), "fields": {}}
            self._form["sites"] = False
            self.forms.append(self._form)
        elif self._form is not None and tag in ("input", "select", "textarea") and a.get("name"):
            self._form["fields"][a["name"]] = a.get("data-type", "")
        elif self._form is not None and "data-sites" in a:
            self._form["sites"] = True

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None


def forms_of(r) -> dict[str, dict]:
    p = _Forms()
    p.feed(r.text)
    return {f["api"].rsplit("/", 1)[-1]: f for f in p.forms}


# --- login, logout, redirects -----------------------------------------------------------


def test_login_page_is_a_form_with_the_page_headers(clinic):
    c = clinic.new_client()
    r = c.get("/login")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert r.headers["content-security-policy"] == CSP
    assert r.headers["cache-control"] == "no-store"
    assert 'id="login-form"' in r.text and 'type="password"' in r.text
    assert "<script>" not in r.text and 'src="/static/clinic.js"' in r.text
    assert c.get("/static/clinic.js").status_code == 200
    assert nav(r) == [] and 'id="logout"' not in r.text


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("/patients/abc", "/patients/abc"),
        ("//evil.example/x", ""),
        ("https://evil.example/", ""),
        ("/\\evil.example", ""),
        ("/login?next=/inbox", ""),
        ("/api/patients", ""),
    ],
)
def test_login_goes_back_only_to_a_local_page(clinic, given, kept):
    r = clinic.new_client().get("/login", params={"next": given})
    assert f'data-next="{kept}"' in r.text


def test_no_login_redirects_to_the_login_page_and_back(clinic, story):
    c = clinic.new_client()
    for path in ("/inbox", "/patients?q=x", f"/patients/{story.patient_id}", "/admin/audit"):
        r = c.get(path, follow_redirects=False)
        assert r.status_code == 303, path
        loc = r.headers["location"]
        assert loc.startswith("/login?")
        page = c.get(loc)
        assert html.unescape(re.search(r'data-next="([^"]*)"', page.text).group(1)) == path
        assert "Your session has ended" not in page.text  # never logged in


def test_an_ended_session_sends_you_back_to_login_with_a_message(clinic, story):
    c = clinic.login(clinic.user("clinician"))
    assert c.get("/patients").status_code == 200
    idle = clinic.app.state.settings.clinic_idle_minutes
    with clinic.sessions() as db:
        for s in db.scalars(select(WebSession)):
            s.last_seen_at = s.last_seen_at - dt.timedelta(minutes=idle + 1)
        db.commit()
    r = c.get("/patients", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login?")
    assert "Your session has ended" in c.get(r.headers["location"]).text


def test_logged_in_pages_carry_the_session_csrf_token_and_a_logout_button(clinic, story):
    c = clinic.new_client()
    email = clinic.user("clinician")
    login = c.post(
        "/api/auth/login", json={"email": email, "password": "correct horse battery staple"}
    )
    r = c.get("/patients")
    assert csrf_meta(r) == login.json()["csrf_token"]
    assert 'id="logout"' in r.text
    assert r.headers["cache-control"] == "no-store" and r.headers["content-security-policy"] == CSP


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("clinician", ["Inbox", "Patients"]),
        ("staff", ["Inbox", "Patients"]),
        ("admin", ["Accounts", "Audit log"]),
    ],
)
def test_the_nav_shows_what_the_role_may_use(clinic, role, expected):
    c = clinic.login(clinic.user(role))
    start = {"clinician": "/patients", "staff": "/inbox", "admin": "/admin/audit"}[role]
    assert nav(c.get(start)) == expected


@pytest.mark.parametrize(
    ("role", "path"),
    [
        ("staff", "/patients/{pid}"),
        ("staff", "/patients/{pid}/videos/{vid}"),
        ("admin", "/patients"),
        ("admin", "/inbox"),
        ("clinician", "/admin/audit"),
        ("staff", "/admin/audit"),
    ],
)
def test_a_role_not_allowed_gets_a_403_page_and_an_audit_line(clinic, story, role, path):
    c = clinic.login(clinic.user(role))
    url = path.format(pid=story.patient_id, vid=story.video_ids[0])
    r = c.get(url)
    assert r.status_code == 403 and r.headers["content-type"].startswith("text/html")
    assert "Not allowed" in r.text and f"a {role} account may not do this" in r.text
    assert 'id="logout"' in r.text and nav(r)  # still the user's own nav bar
    assert story.patient_id not in r.text.replace(url, "")
    denied = audit_rows(clinic, action="access", outcome="denied")
    assert denied and denied[-1].actor.startswith(role)


# --- patients ---------------------------------------------------------------------------


def test_patients_list_search_and_who_may_open(clinic, story):
    clin = clinic.login(clinic.user("clinician"))
    staff = clinic.login(clinic.user("staff"))
    r = clin.get("/patients")
    t = text_of(r)
    assert "Virtanen, Aino" in t and "Korhonen, Matti Juhani" in t
    assert f'href="/patients/{story.patient_id}"' in r.text
    r = clin.get("/patients", params={"q": "TEST-1002"})
    assert "Korhonen" in r.text and "Virtanen" not in r.text
    assert audit_rows(clinic, action="search", object_type="patient")
    r = clin.get("/patients", params={"q": "nobody-here"})
    assert "No patient matches" in text_of(r)
    r = staff.get("/patients")
    assert "Virtanen, Aino" in text_of(r)
    assert f"/patients/{story.patient_id}" not in r.text


def test_patients_pages_of_fifty(clinic):
    with clinic.sessions() as db:
        for k in range(53):
            store.create_patient(
                db,
                mrn=f"P-{k:03d}",
                family_name=f"Family{k:03d}",
                given_names=["A"],
                birth_date="1970-01-01",
                sex="female",
                affected_side="left",
            )
        db.commit()
    c = clinic.login(clinic.user("staff"))
    first = c.get("/patients")
    assert first.text.count("<tr>") - 1 == 50  # minus the header row
    assert "offset=50" in first.text
    second = c.get("/patients", params={"offset": 50})
    names = re.findall(r"Family\d{3}", second.text)
    assert names == ["Family050", "Family051", "Family052"]


def test_add_patient_form_matches_the_api(clinic):
    c = clinic.login(clinic.user("staff"))
    page = c.get("/patients")
    form = forms_of(page)["patients"]
    assert form["api"] == "/api/patients" and form["fields"] == {
        "mrn": "",
        "family_name": "",
        "given_names": "words",
        "birth_date": "",
        "sex": "",
        "affected_side": "",
    }
    headers = {"X-CSRF-Token": csrf_meta(page)}
    good = {
        "mrn": "NEW-1",
        "family_name": "Lind",
        "given_names": ["Eva", "Maria"],
        "birth_date": "1980-02-03",
        "sex": "female",
        "affected_side": "right",
    }
    bad = c.post(form["api"], json={**good, "birth_date": "2999-01-01"}, headers=headers)
    assert bad.status_code == 400 and "birth" in bad.json()["detail"]
    assert c.get("/patients", params={"q": "Lind"}).text.count("NEW-1") == 0
    ok = c.post(form["api"], json=good, headers=headers)
    assert ok.status_code == 201
    assert "Lind, Eva Maria" in text_of(c.get("/patients", params={"q": "Lind"}))


# --- the patient page ---------------------------------------------------------------------


def test_patient_page_shows_the_records_and_the_timeline(clinic, story):
    c = clinic.login(clinic.user("clinician"))
    r = c.get(f"/patients/{story.patient_id}")
    assert r.status_code == 200
    t = text_of(r)
    assert "Virtanen, Aino" in t and "TEST-1001" in t and "1962-04-11" in t
    # visits: newest first, figures from the stand-in analyses (n spasms in 60 s)
    rows = re.findall(r'<td data-label="Spasms / min">([\d.]+)</td>', r.text)
    assert rows == [f"{n:.1f}" for _, n in reversed(story.visits)]
    for day, units in story.injections:
        assert f"{day.isoformat()}</td>" in r.text and f'"Total units">{units:g}</td>' in r.text
    assert "orbicularis oculi (left) 12 U; zygomaticus major (left) 8 U" in t
    assert "carbamazepine" in t and "200 mg twice daily" in t and "ongoing" in t
    assert "disappeared" in t
    assert "5 / 8" in t and "11 / 28" in t and ">II<" in r.text  # JRS 3+2, HFS-7, SMC 2
    assert "9.3 ms" in t and "180 µV" in t
    assert 'id="neurophysiology"' in r.text and 'id="recording-form"' in r.text
    assert f'href="/api/patients/{story.patient_id}/fhir"' in r.text
    # The timeline: both plots are SVG images whose marks are the records.
    uris = re.findall(r'(?:src|srcset)="data:image/svg\+xml;base64,([^"]+)"', r.text)
    assert len(uris) == 2
    with clinic.sessions() as db:
        inj = [
            i.id
            for i in db.scalars(
                select(InjectionRow).where(InjectionRow.patient_id == story.patient_id)
            )
        ]
    for uri in uris:
        svg = base64.b64decode(uri).decode()
        assert sorted(int(x) for x in re.findall(r'<g id="injection-(\d+)">', svg)) == sorted(inj)
        assert len(re.findall(r'<g id="mvd-\d+">', svg)) == 1
        assert len(re.findall(r'<g id="medication-\d+">', svg)) == 1
        assert len(re.findall(r'<g id="video-\d+-rate">', svg)) == len(story.visits)
    assert len(re.findall(r"<li>Botulinum toxin ", r.text)) == len(story.injections)
    assert "MVD " in t and "LSR disappeared" in t
    # the read is audited, with the id only
    reads = audit_rows(clinic, action="read", object_type="patient", object_id=story.patient_id)
    assert len(reads) == 1 and reads[0].outcome == "ok"


def test_patient_page_of_a_patient_with_nothing_dated(clinic):
    c = clinic.login(clinic.user("clinician"))
    with clinic.sessions() as db:
        p = store.create_patient(
            db,
            mrn="EMPTY-1",
            family_name="Tyhjä",
            given_names=["Olli"],
            birth_date="1990-01-01",
            sex="male",
            affected_side="unspecified",
        )
        db.commit()
        pid = p.id
    r = c.get(f"/patients/{pid}")
    assert r.status_code == 200 and 'id="timeline-empty"' in r.text
    assert "No injections recorded." in r.text and "No analysed videos." in r.text


def test_unknown_patient_is_a_404_page_and_audited(clinic, story):
    c = clinic.login(clinic.user("clinician"))
    r = c.get("/patients/" + "0" * 32)
    assert r.status_code == 404 and "no such patient" in r.text
    assert audit_rows(clinic, action="read", object_type="patient", outcome="error")
    r = c.get("/patients/" + "x" * 65)
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")


def test_a_video_is_reachable_only_through_its_own_patient(clinic, story):
    c = clinic.login(clinic.user("clinician"))
    own = c.get(f"/patients/{story.patient_id}/videos/{story.video_ids[0]}")
    assert own.status_code == 200
    t = text_of(own)
    n = story.visits[0][1]
    assert f"{n} one-sided spasms on the left side in 60 s of video." in t and f"{n:.1f}" in t
    assert own.text.count('data-label="Start"') == n
    strips = re.findall(r'(?:src|srcset)="data:image/svg\+xml;base64,([^"]+)"', own.text)
    assert 'id="events-plot"' in own.text and len(strips) == 2
    for strip in strips:
        assert len(re.findall(r'<g id="spasm-\d+">', base64.b64decode(strip).decode())) == n
    assert audit_rows(clinic, action="read", object_type="video", object_id=str(story.video_ids[0]))
    # another patient's video through this patient's page: as unknown as no video
    cross = c.get(f"/patients/{story.patient_id}/videos/{story.other_video_id}")
    assert cross.status_code == 404 and "no such video" in cross.text
    assert "Korhonen" not in cross.text
    assert c.get(f"/patients/{story.other_id}/videos/{story.video_ids[0]}").status_code == 404
    errors = audit_rows(clinic, action="read", object_type="video", outcome="error")
    assert [e.object_id for e in errors] == [str(story.other_video_id), str(story.video_ids[0])]
    assert c.get(f"/patients/{story.patient_id}/videos/99999").status_code == 404
    assert c.get(f"/patients/{story.patient_id}/videos/0").status_code == 422
    # an upload attached to nobody is nobody's video here
    with clinic.sessions() as db:
        free = db.scalar(select(Video).where(Video.token == story.free_token)).id
    assert c.get(f"/patients/{story.patient_id}/videos/{free}").status_code == 404


def test_a_video_not_analysed_yet_says_so(clinic, story):
    c = clinic.login(clinic.user("clinician"))
    with clinic.sessions() as db:
        v = add_video(db, story.patient_id, None, 0)
        v.status, v.analysis = "running", None
        db.commit()
        vid = v.id
    r = c.get(f"/patients/{story.patient_id}/videos/{vid}")
    assert r.status_code == 200 and "not analysed yet (running)" in text_of(r)
    assert "not analysed yet: video" in text_of(c.get(f"/patients/{story.patient_id}")).lower()


FORM_CASES = {
    # form -> (its fields, a good body, a bad body and the words of the refusal, table)
    "injections": (
        {"given_on": "", "product": "", "total_units": "number", "side": ""},
        {
            "given_on": "2026-01-05",
            "product": "onabotulinumtoxinA",
            "total_units": 30,
            "side": "left",
            "sites": [{"muscle": "orbicularis oculi", "side": "left", "units": 30}],
        },
        (
            {
                "given_on": "2026-01-05",
                "product": "onabotulinumtoxinA",
                "total_units": 30,
                "side": "left",
                "sites": [{"muscle": "orbicularis oculi", "side": "left", "units": 10}],
            },
            "add up",
        ),
        InjectionRow,
    ),
    "medications": (
        {"name": "", "dose": "", "start_date": "", "stop_date": ""},
        {"name": "clonazepam", "dose": "0.5 mg at night", "start_date": "2025-03-01"},
        (
            {
                "name": "clonazepam",
                "dose": "0.5 mg",
                "start_date": "2025-03-01",
                "stop_date": "2025-01-01",
            },
            "stop",
        ),
        MedicationRow,
    ),
    "surgeries": (
        {"performed_on": "", "side": "", "lsr_outcome": "", "baep_notes": ""},
        {"performed_on": "2026-02-01", "side": "left", "lsr_outcome": "persisted"},
        ({"performed_on": "1900-01-01", "side": "left", "lsr_outcome": "persisted"}, "birth"),
        MVDRow,
    ),
    "scales": (
        {
            "scored_on": "",
            "jrs_severity": "int",
            "jrs_frequency": "int",
            "smc_grade": "int",
            "hfs7_answers": "int-list",
        },
        {"scored_on": "2026-02-01", "jrs_severity": 2, "jrs_frequency": 1, "smc_grade": 1},
        ({"scored_on": "2026-02-01", "jrs_severity": 2}, "both severity and frequency"),
        ScaleRow,
    ),
}


@pytest.mark.parametrize("kind", sorted(FORM_CASES))
def test_the_record_forms_post_to_the_api_and_bad_input_writes_nothing(clinic, story, kind):
    c = clinic.login(clinic.user("clinician"))
    page = c.get(f"/patients/{story.patient_id}")
    form = forms_of(page)[kind]
    fields, good, (bad, words), model = FORM_CASES[kind]
    assert form["api"] == f"/api/patients/{story.patient_id}/{kind}"
    assert form["fields"] == fields and form["sites"] == (kind == "injections")
    headers = {"X-CSRF-Token": csrf_meta(page)}
    before = count(clinic, model)
    r = c.post(form["api"], json=bad, headers=headers)
    assert 400 <= r.status_code < 500 and words in r.json()["detail"]
    assert count(clinic, model) == before
    no_token = {"X-CSRF-Token": ""}
    assert c.post(form["api"], json=good, headers=no_token).status_code == 403
    assert count(clinic, model) == before
    r = c.post(form["api"], json=good, headers=headers)
    assert r.status_code == 201, r.text
    assert count(clinic, model) == before + 1
    after = text_of(c.get(f"/patients/{story.patient_id}"))
    shown = next(v for k, v in good.items() if k.endswith(("_on", "_date")))
    assert shown in after


def test_attach_an_upload_form(clinic, story):
    c = clinic.login(clinic.user("clinician"))
    page = c.get(f"/patients/{story.patient_id}")
    form = forms_of(page)["videos"]
    assert form["fields"] == {"token": "", "recorded_on": ""}
    headers = {"X-CSRF-Token": csrf_meta(page)}
    r = c.post(form["api"], json={"token": "x" * 20, "recorded_on": "2026-01-01"}, headers=headers)
    assert r.status_code == 404 and r.json()["detail"] == "no such uploaded video"
    day = (dt.date.today() - dt.timedelta(days=3)).isoformat()
    r = c.post(form["api"], json={"token": story.free_token, "recorded_on": day}, headers=headers)
    assert r.status_code == 200
    after = c.get(f"/patients/{story.patient_id}")
    assert after.text.count('data-label="Spasms / min"') == len(story.visits) + 1
    assert f"{day}</td>" in after.text


def test_the_demo_patients_open_on_the_patient_page(clinic, tmp_path):
    from hfs.services.demo import DEMO_PATIENTS, seed_demo

    from .story import stand_in_analysis

    class _Result:
        def __init__(self, n):
            self.n = n

        def to_dict(self):
            return stand_in_analysis(self.n)

    calls = []

    def analyze(path):  # stand-in for the pipeline: 5, 4, 3 ... spasms per video
        calls.append(path)
        return _Result(max(0, 6 - len(calls)))

    out = seed_demo(
        clinic.sessions, tmp_path / "videos", patients=2, duration_s=1, size="320x240",
        analyze=analyze,
    )  # fmt: skip
    c = clinic.login(clinic.user("clinician"))
    for pid, spec in zip(out["patients"], DEMO_PATIENTS, strict=False):
        r = c.get(f"/patients/{pid}")
        assert r.status_code == 200 and spec["patient"]["mrn"] in r.text
        svg = base64.b64decode(re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', r.text)[1])
        svg = svg.decode()
        assert len(re.findall(r'<g id="injection-\d+">', svg)) == len(spec["injections"])
        assert len(re.findall(r'<g id="mvd-\d+">', svg)) == (1 if spec["mvd"] else 0)
        assert len(re.findall(r'<g id="video-\d+-rate">', svg)) == len(spec["visits"])
    assert "LSR disappeared" in text_of(c.get(f"/patients/{out['patients'][1]}"))


# --- inbox --------------------------------------------------------------------------------


def test_inbox_shows_requests_their_video_and_feedback_and_filters(clinic, story):
    c = clinic.login(clinic.user("staff"))
    r = c.get("/inbox")
    t = text_of(r)
    assert "Liisa Mäkelä" in t and "+358401234567" in t and "pekka@example.org" in t
    assert "morning" in t and "twitching of the left eye" in t
    assert "9 one-sided spasms on the left side" in t
    # The upload's token opens its result: only clinicians (who attach it) see it.
    assert story.free_token not in r.text and "a clinician attaches it" in t
    doc = clinic.login(clinic.user("clinician", "doc2@clinic.example"))
    assert story.free_token in doc.get("/inbox").text
    assert "The chat was clear." in t
    first, with_video = story.request_ids
    assert 'data-status="contacted"' in r.text
    assert audit_rows(clinic, action="list", object_type="contact_request")
    assert audit_rows(clinic, action="list", object_type="feedback")
    # a step from the page's button, then the filter
    headers = {"X-CSRF-Token": csrf_meta(r)}
    ok = c.patch(
        f"/api/inbox/contact-requests/{first}", json={"status": "contacted"}, headers=headers
    )
    assert ok.status_code == 200
    back = c.patch(f"/api/inbox/contact-requests/{first}", json={"status": "new"}, headers=headers)
    assert back.status_code == 422 or back.status_code == 409
    contacted = c.get("/inbox", params={"status": "contacted"})
    assert f'id="request-{first}"' in contacted.text
    assert f'id="request-{with_video}"' not in contacted.text
    assert 'data-status="contacted"' not in contacted.text  # no step back offered
    bad = c.get("/inbox", params={"status": "lost"})
    assert bad.status_code == 422 and bad.headers["content-type"].startswith("text/html")


# --- audit log ----------------------------------------------------------------------------


def test_audit_page_newest_first_in_pages(clinic):
    c = clinic.login(clinic.user("admin"))
    with clinic.sessions() as db:
        for k in range(60):
            store.audit(db, store.Actor("system", "test"), "read", "patient", f"p{k}")
        db.commit()
    r = c.get("/admin/audit")
    ids = [int(x) for x in re.findall(r'<td data-label="#">(\d+)</td>', r.text)]
    assert len(ids) == 50 and ids == sorted(ids, reverse=True)
    older = re.search(r'href="/admin/audit\?before_id=(\d+)"', r.text)
    assert older and int(older.group(1)) == ids[-1]
    r2 = c.get("/admin/audit", params={"before_id": ids[-1]})
    ids2 = [int(x) for x in re.findall(r'<td data-label="#">(\d+)</td>', r2.text)]
    assert ids2 and max(ids2) < ids[-1] and ids2 == sorted(ids2, reverse=True)
    assert 'id="older"' not in r2.text and 'href="/admin/audit">Newest' in r2.text
    assert audit_rows(clinic, action="read", object_type="audit_log")


def test_an_eye_only_spasm_result_says_why_its_grades_cannot_be_told(clinic, story):
    """Spasms read at the eye only, by a landmark model that cannot follow the cheek
    (MediaPipe on video): they may have spread to the cheek, so no JRS or SMC estimate
    is shown and the page gives the summary's reason (``grades_cannot_tell``) instead.
    Known truth: the simulator's landmark series with eye-only spasms on the left."""
    from hfs.simulate.face import FaceModel, load_face_photo
    from hfs.simulate.video import simulate_landmarks
    from hfs.video.analysis import analyze_points
    from hfs.video.io import VideoInfo
    from hfs.video.signals import to_subset

    t, pts, truth = simulate_landmarks(
        model=FaceModel(load_face_photo(), (1280, 720)),
        side="left",
        duration_s=25,
        spasm_rate=10,
        regions=("eye",),
        rng=41,
    )
    info = VideoInfo("clip.mp4", 1280, 720, 30.0, 25.0, len(t), "h264", 0)
    result = analyze_points(t, to_subset(pts), info, reads_cheek=False).to_dict()
    reason = result["summary"]["grades_cannot_tell"]
    assert truth["summary"]["regions"] == ["eye"] and reason
    c = clinic.login(clinic.user("clinician"))
    with clinic.sessions() as db:
        v = add_video(db, story.patient_id, None, 0)
        v.analysis = result
        db.commit()
        vid = v.id
    r = c.get(f"/patients/{story.patient_id}/videos/{vid}")
    assert r.status_code == 200
    page = text_of(r)
    assert 'id="grades-cannot-tell"' in r.text and f"Grades: {reason}." in page
    assert "<dt>Side found</dt><dd>left</dd>" in page  # the side and rate still shown
    assert "JRS estimate" not in page and "SMC estimate" not in page
