"""Patients' uploads: checked by content, limited while streaming, nothing left behind
when refused; analysed in the background; status only through the random token."""

from __future__ import annotations

import secrets
import time

import pytest
from sqlalchemy import select

from hfs.storage.models import Video
from tests.clinicapp import PATIENT, assert_nothing_left, files_under, wait_done, zip_bytes

FAKE_ANALYSIS = {
    "schema": "hfs.video.analysis/1",
    "video": {"duration_s": 3.0},
    "quality": {"warnings": []},
    "events": [
        {"kind": "spasm", "side": "left", "onset_s": 1.0, "offset_s": 1.8, "duration_s": 0.8},
        {"kind": "blink", "side": "both", "onset_s": 2.2, "offset_s": 2.4, "duration_s": 0.2},
    ],
    "summary": {
        "affected_side": "left",
        "spasms_per_min": 12.0,
        "spasm_time_fraction": 0.1,
        "longest_spasm_s": 0.8,
        "blinks_per_min": 15.0,
        "n_spasms": 1,
        "n_blinks": 1,
        "regions": ["eye", "mouth"],
    },
}


class _Fake:
    def to_dict(self):
        return FAKE_ANALYSIS


def fake_analyze(path, progress=None):
    if progress:
        progress(1, 2)
    return _Fake()


@pytest.fixture
def uploads(clinic):
    clinic.app.state.video_analyzer = fake_analyze
    return clinic


def _post(clinic, data: bytes, name="clip.mp4", field="video"):
    return clinic.client.post("/api/uploads", files={field: (name, data, "video/mp4")})


def _wait(clinic, token, timeout=60.0):
    return wait_done(clinic.client, f"/api/uploads/{token}", timeout)


def _nothing_left(clinic):
    assert_nothing_left(clinic, "videos", Video)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"<!doctype html><html><script>alert(1)</script></html>" * 20, "not an MP4"),
        (zip_bytes(), "not an MP4"),
        (b"", "no video"),
    ],
    ids=["html-as-mp4", "zip-as-mp4", "empty"],
)
def test_non_videos_are_refused_and_nothing_is_kept(uploads, data, why):
    r = _post(uploads, data)
    assert r.status_code == 400 and why in r.json()["detail"]
    _nothing_left(uploads)


def test_a_truncated_video_is_refused_and_nothing_is_kept(uploads, short_video):
    data = short_video.read_bytes()
    r = _post(uploads, data[: len(data) // 2])
    assert r.status_code == 400, r.text
    _nothing_left(uploads)


def test_an_oversize_upload_is_refused_while_streaming(uploads):
    uploads.app.state.max_upload_bytes = 256 * 1024
    boundary = "b0undary"

    def body():  # chunked: no Content-Length to refuse up front
        yield (
            f'--{boundary}\r\nContent-Disposition: form-data; name="video"; '
            'filename="big.mp4"\r\nContent-Type: video/mp4\r\n\r\n'
        ).encode()
        for _ in range(64):  # 4 MB offered
            yield b"\0" * 65536
        yield f"\r\n--{boundary}--\r\n".encode()

    r = uploads.client.post(
        "/api/uploads",
        content=body(),
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert r.status_code == 413 and "larger than" in r.json()["detail"]
    _nothing_left(uploads)


def test_the_receiver_stops_reading_at_the_limit(tmp_path):
    # TestClient buffers request bodies, so the streaming is checked on the receiver itself.
    import asyncio
    from types import SimpleNamespace

    from hfs.errors import TooLargeError
    from hfs.settings import Settings
    from hfs.web.upload_io import receive_to as _receive_to

    read = [0]

    class FakeRequest:
        def __init__(self):
            self.headers = {"content-type": "multipart/form-data; boundary=bb"}
            self.app = SimpleNamespace(state=SimpleNamespace(settings=Settings(data_dir=tmp_path)))

        async def receive(self):
            if read[0] == 0:
                head = b'--bb\r\nContent-Disposition: form-data; name="video"; filename="x"\r\n\r\n'
                read[0] += 1
                return {"type": "http.request", "body": head, "more_body": True}
            read[0] += 1  # 64 MB offered
            return {"type": "http.request", "body": b"\0" * 65536, "more_body": read[0] < 1000}

    out = tmp_path / "part"
    with pytest.raises(TooLargeError):
        asyncio.run(_receive_to(FakeRequest(), out, 1024 * 1024))
    assert read[0] <= 18  # 1 MB limit: stopped after the header and 17 chunks of 64 kB
    assert out.stat().st_size <= 1024 * 1024


def test_an_announced_oversize_body_is_refused_before_reading(uploads):
    r = uploads.client.post(
        "/api/uploads",
        content=b"x",
        headers={
            "Content-Type": "multipart/form-data; boundary=x",
            "Content-Length": str(300 * 2**20),
        },
    )
    assert r.status_code == 413
    _nothing_left(uploads)


def test_a_form_without_the_video_field_or_not_multipart(uploads, short_video):
    r = _post(uploads, short_video.read_bytes(), field="file")
    assert r.status_code == 400 and "'video'" in r.json()["detail"]
    r = uploads.client.post("/api/uploads", json={"video": "x"})
    assert r.status_code == 400 and "multipart" in r.json()["detail"]
    _nothing_left(uploads)


def test_upload_status_and_tokens(uploads, short_video, clinician, patient_id):
    a = _post(uploads, short_video.read_bytes())
    b = _post(uploads, short_video.read_bytes())
    assert a.status_code == b.status_code == 202, a.text
    ta, tb = a.json()["token"], b.json()["token"]
    assert ta != tb and len(ta) >= 24
    da = _wait(uploads, ta)
    assert da["status"] == "done" and da["progress"] == 1.0
    res = da["result"]
    assert "left side" in res["headline"] and "not a diagnosis" in res["disclaimer"]
    assert res["measures"]["spasms_per_min"] == 12.0
    # the picture of when the twitches happened, with a text alternative that counts them
    assert res["plot"]["image"].startswith("data:image/png;base64,")
    assert (
        "1 twitch marked on your left side, 0 on your right side, and 1 blink"
        in (res["plot"]["alt"])
    )
    # stored outside any web root, under a random name, never the uploaded name
    stored = files_under(uploads.app.state.settings.data_dir / "videos")
    assert len(stored) == 2 and all("clip" not in p.name for p in stored)
    # another's link reveals nothing; guesses and ids do not work
    for guess in ("1", "2", secrets.token_urlsafe(18), ta[:-1] + ("A" if ta[-1] != "A" else "B")):
        assert uploads.client.get(f"/api/uploads/{guess}").status_code == 404
    assert "patient" not in str(da).lower()
    # a clinician attaches video A to the patient; B's link still shows only B
    r = clinician.post(
        f"/api/patients/{patient_id}/videos", json={"token": ta, "recorded_on": "2026-02-01"}
    )
    assert r.status_code == 200
    assert uploads.client.get(f"/api/uploads/{tb}").json().get("patient") is None
    detail = clinician.get(f"/api/patients/{patient_id}").json()
    assert [v["date"] for v in detail["video_measures"]] == ["2026-02-01"]
    bundle = clinician.get(f"/api/patients/{patient_id}/fhir").json()
    assert "DocumentReference" in {e["resource"]["resourceType"] for e in bundle["entry"]}
    # a token already attached to a patient cannot be taken by another
    other = clinician.post("/api/patients", json={**PATIENT, "mrn": "M-2"}).json()["id"]
    assert clinician.post(f"/api/patients/{other}/videos", json={"token": ta}).status_code == 404


def test_upload_to_result_with_the_real_analysis(clinic, short_video, clinician, patient_id):
    r = _post(clinic, short_video.read_bytes())
    assert r.status_code == 202, r.text
    token = r.json()["token"]
    d = _wait(clinic, token, timeout=80)
    assert d["status"] == "done", d
    assert d["result"]["headline"] and "not a diagnosis" in d["result"]["disclaimer"]
    # The full report (traces, strongest-spasm frame) was saved at analysis time; once
    # the video is this patient's, the clinician opens it from the video's page.
    r = clinician.post(f"/api/patients/{patient_id}/videos", json={"token": token})
    vid = r.json()["id"]
    page = clinician.get(f"/patients/{patient_id}/videos/{vid}")
    assert 'id="full-report"' in page.text
    report = clinician.get(f"/patients/{patient_id}/videos/{vid}/report")
    assert report.status_code == 200 and "data:image/png;base64," in report.text
    assert "script-src" not in report.headers["content-security-policy"]
    other = clinician.post("/api/patients", json={**PATIENT, "mrn": "M-9"}).json()["id"]
    assert clinician.get(f"/patients/{other}/videos/{vid}/report").status_code == 404


def test_uploads_are_limited_per_client_address(settings, short_video):
    from fastapi.testclient import TestClient

    from hfs.web import create_app

    app = create_app(settings.model_copy(update={"uploads_per_hour": 2}))
    app.state.video_analyzer = fake_analyze
    with TestClient(app) as c:
        data = short_video.read_bytes()
        codes = [
            c.post("/api/uploads", files={"video": ("a.mp4", data)}).status_code for _ in range(3)
        ]
        assert codes == [202, 202, 429]


def test_unfinished_analyses_are_run_again_after_a_restart(settings, short_video):
    from fastapi.testclient import TestClient

    from hfs.web import create_app

    app = create_app(settings)
    app.state.video_analyzer = lambda path, progress=None: (_ for _ in ()).throw(KeyboardInterrupt)
    with TestClient(app) as c:
        token = c.post("/api/uploads", files={"video": ("a.mp4", short_video.read_bytes())}).json()[
            "token"
        ]
        time.sleep(0.3)
    with app.state.sessions() as db:  # the job died with its process: left "running"
        v = db.scalar(select(Video).where(Video.token == token))
        v.status = "running"
        db.commit()
    app2 = create_app(settings)
    app2.state.video_analyzer = fake_analyze
    with TestClient(app2) as c:
        clinic = type("C", (), {"client": c})
        assert _wait(clinic, token)["status"] == "done"


def test_a_job_runs_only_once(clinic, short_video):
    from hfs.jobs.video import analyze_stored_video

    calls = []

    def counting(path, progress=None):
        calls.append(path)
        return _Fake()

    clinic.app.state.video_analyzer = counting
    token = _post(clinic, short_video.read_bytes()).json()["token"]
    _wait(clinic, token)
    with clinic.sessions() as db:
        vid = db.scalar(select(Video.id).where(Video.token == token))
    analyze_stored_video(clinic.sessions, vid, analyze=counting)  # already done: no-op
    assert len(calls) == 1


def test_api_answers_carry_no_store_and_security_headers(clinic):
    r = clinic.client.get(f"/api/uploads/{secrets.token_urlsafe(18)}")
    assert r.headers["cache-control"] == "no-store"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"


def test_send_this_to_the_clinic_joins_the_video_to_a_contact_request(uploads, short_video, staff):
    token = _post(uploads, short_video.read_bytes()).json()["token"]
    body = {"name": "Pat Example", "phone": "+1 202 555 0143", "reason": "my eye twitches"}
    r = uploads.client.post(f"/api/uploads/{token}/contact", json=body)
    assert r.status_code == 201 and r.json()["reference"].startswith("HFS-")
    again = uploads.client.post(f"/api/uploads/{token}/contact", json=body)
    assert again.status_code == 409
    rows = staff.get("/api/inbox/contact-requests").json()
    assert [(x["source"], x["phone"]) for x in rows] == [("video", "+12025550143")]
    with uploads.sessions() as db:
        v = db.scalar(select(Video).where(Video.token == token))
        assert v.contact_request_id == rows[0]["id"]
    bad = uploads.client.post(f"/api/uploads/{secrets.token_urlsafe(18)}/contact", json=body)
    assert bad.status_code == 404


def test_contact_form_checks_and_limits(uploads, staff):
    c = uploads.client
    r = c.post("/api/contact", json={"name": "A"})
    assert r.status_code == 400 and "phone number or an e-mail" in r.json()["detail"]
    r = c.post("/api/contact", json={"name": "A", "phone": "call me"})
    assert r.status_code == 400 and r.json()["detail"].startswith("phone:")
    r = c.post("/api/contact", json={"name": "A", "email": "not-an-email"})
    assert r.status_code == 400 and r.json()["detail"].startswith("email:")
    uploads.app.state.contacts_per_hour = 2
    codes = [
        c.post("/api/contact", json={"name": "B", "email": "b@example.org"}).status_code
        for _ in range(3)
    ]
    assert codes == [201, 201, 429]
    assert {x["source"] for x in staff.get("/api/inbox/contact-requests").json()} == {"form"}
