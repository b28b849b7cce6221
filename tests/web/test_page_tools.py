"""Reports say whose they are; the inbox pages and filters; the audit log filters; the
favicon. On e85a7dd a report opened in the app carried no patient identification, the
inbox was one long page, the audit log had no filters and /favicon.ico was 404."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from hfs.storage.models import ContactRequest
from tests.clinicapp import PATIENT, wait_done


def test_favicon(clinic):
    r = clinic.client.get("/favicon.ico")
    assert r.status_code == 200 and r.headers["content-type"] == "image/x-icon"
    assert r.content[:4] == b"\0\0\1\0"  # an ICO file
    assert '<link rel="icon" href="/favicon.ico">' in clinic.client.get("/").text


def test_a_recording_report_names_the_patient_and_leads_back(clinician, patient_id, tmp_path):
    from hfs.simulate.recording import simulate_recording

    sim = simulate_recording("diagnostic", duration_s=4, sfreq=10_000, rng=4)
    edf = sim.write_edf(tmp_path / "r.edf").read_bytes()
    r = clinician.post(
        f"/api/patients/{patient_id}/recordings",
        files={"edf": ("r.edf", edf, "application/octet-stream")},
        data={"recorded_on": "2026-03-02"},
    )
    assert r.status_code == 202, r.text
    d = wait_done(clinician, r.json()["status_url"])
    rep = clinician.get(d["report_url"])
    assert rep.status_code == 200
    bar = re.search(r'<div class="report-patient".*?</div>', rep.text, re.S).group(0)
    assert "Testperson, Alma" in bar and "MRN MRN-0001" in bar
    assert "born 1961-05-02" in bar and "2026-03-02" in bar
    assert f'href="/patients/{patient_id}"' in bar
    # The bar comes right after <body>, before the report's own content.
    assert rep.text.index("report-patient") < rep.text.index("</h1>")
    assert (
        'filename="hfs-recording-report-MRN-0001-2026-03-02-' in rep.headers["content-disposition"]
    )
    assert "script-src" not in rep.headers["content-security-policy"]  # still no script


def _requests(clinic, n: int) -> None:
    day0 = dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)
    with clinic.sessions() as db:
        for k in range(n):
            db.add(
                ContactRequest(
                    reference=f"HFS-{k:08d}",
                    name=f"Person {k}",
                    phone="+14126473685",
                    source=("chat", "form", "video")[k % 3],
                    status="new" if k % 2 else "contacted",
                    created_at=day0 + dt.timedelta(days=k),
                )
            )
        db.commit()


def _shown(html: str) -> list[int]:
    return [int(x) for x in re.findall(r'data-request="(\d+)"', html)]


def test_inbox_pages_and_filters(clinic, staff):
    _requests(clinic, 45)
    r = staff.get("/inbox")
    first = _shown(r.text)
    assert first == list(range(45, 25, -1))  # newest 20
    older = re.search(r'id="older" href="(/inbox\?[^"]+)"', r.text).group(1).replace("&amp;", "&")
    second = _shown(staff.get(older).text)
    assert second == list(range(25, 5, -1))
    r3 = staff.get(re.search(r'id="older" href="([^"]+)"', staff.get(older).text).group(1))
    assert _shown(r3.text) == [5, 4, 3, 2, 1] and 'id="older"' not in r3.text

    # Source, status and dates, alone and together (ids are k + 1; day k is 2026-01-01 + k).
    forms = _shown(staff.get("/inbox", params={"source": "form"}).text)
    assert forms and all((i - 1) % 3 == 1 for i in forms)
    r = staff.get(
        "/inbox",
        params={"status": "new", "source": "", "since": "2026-01-05", "until": "2026-01-12"},
    )
    assert _shown(r.text) == [i for i in range(12, 5, -1) if (i - 1) % 2 == 1]
    # Filters are kept when paging.
    r = staff.get("/inbox", params={"source": "chat"})
    chat = _shown(r.text)
    assert len(chat) == 15 and 'id="older"' not in r.text
    api = staff.get("/api/inbox/contact-requests", params={"source": "video", "limit": 5}).json()
    assert [x["source"] for x in api] == ["video"] * 5
    assert staff.get("/inbox", params={"since": "yesterday"}).status_code == 400


@pytest.fixture
def busy_log(clinic, admin):
    """Two clinicians, two patients, reads and creates on different days."""
    doc = clinic.login(clinic.user("clinician", "doc@clinic.example"))
    other = clinic.login(clinic.user("clinician", "other@clinic.example"))
    a = doc.post("/api/patients", json=PATIENT).json()["id"]
    b = other.post("/api/patients", json={**PATIENT, "mrn": "MRN-0002"}).json()["id"]
    doc.get(f"/api/patients/{a}")
    doc.get(f"/api/patients/{b}")
    other.get(f"/api/patients/{b}")
    return admin, a, b


def _audit_rows(html: str) -> list[tuple[str, str, str]]:
    cells = re.findall(
        r'<td data-label="Who">(.*?) <span.*?<td data-label="Action">(\w+)</td>\s*'
        r'<td data-label="Object">(.*?)</td>',
        html,
        re.S,
    )
    return [(w, a, re.sub(r"<.*?>", "", o).strip()) for w, a, o in cells]


def test_audit_log_filters(busy_log):
    admin, a, b = busy_log
    rows = _audit_rows(admin.get("/admin/audit", params={"actor": "doc@clinic.example"}).text)
    assert rows and {w for w, _, _ in rows} == {"doc@clinic.example"}
    rows = _audit_rows(admin.get("/admin/audit", params={"patient": "MRN-0002"}).text)
    assert sorted(rows) == sorted(
        [
            ("other@clinic.example", "create", f"patient {b}"),
            ("doc@clinic.example", "read", f"patient {b}"),
            ("other@clinic.example", "read", f"patient {b}"),
        ]
    )
    rows = _audit_rows(
        admin.get(
            "/admin/audit", params={"patient": a, "action": "read", "actor": "doc@clinic.example"}
        ).text
    )
    assert rows == [("doc@clinic.example", "read", f"patient {a}")]
    today = dt.datetime.now(dt.UTC).date()
    assert (
        _audit_rows(
            admin.get(
                "/admin/audit", params={"since": (today + dt.timedelta(days=1)).isoformat()}
            ).text
        )
        == []
    )
    assert len(_audit_rows(admin.get("/admin/audit", params={"until": today.isoformat()}).text)) > 5
    api = admin.get("/api/audit", params={"action": "create", "patient": "MRN-0001"}).json()
    assert [(x["action"], x["object_id"]) for x in api] == [("create", a)]
