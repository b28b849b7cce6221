"""Impossible EDF/BDF headers are refused at upload; bidi overrides and other control
characters are removed from names and free text before they are stored.

On e85a7dd an EDF whose header claimed -5 data records was accepted (and analysed
into a false "LSR present"), and a right-to-left override in a contact name made the
inbox show a faked name and reference."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hfs.errors import RecordingError
from hfs.storage.models import ContactRequest, Patient, RecordingRow
from tests.clinicapp import assert_nothing_left


@pytest.fixture(scope="module")
def edf_bytes(tmp_path_factory) -> bytes:
    from hfs.simulate.recording import simulate_recording

    sim = simulate_recording("diagnostic", duration_s=4, sfreq=10_000, rng=2)
    return sim.write_edf(tmp_path_factory.mktemp("edf") / "ok.edf").read_bytes()


def _with(data: bytes, start: int, field: bytes) -> bytes:
    return data[:start] + field.ljust(8) + data[start + 8 :]


@pytest.mark.parametrize(
    "start, field, why",
    [
        (236, b"-5", "declares -5 data records"),
        (236, b"0", "declares 0 data records"),
        (244, b"-1", "data record duration '-1'"),
        (244, b"0", "data record duration '0'"),
    ],
)
def test_impossible_header_counts_are_refused_at_upload(
    clinic, clinician, patient_id, edf_bytes, start, field, why
):
    bad = _with(edf_bytes, start, field)
    r = clinician.post(
        f"/api/patients/{patient_id}/recordings",
        files={"edf": ("rec.edf", bad, "application/octet-stream")},
    )
    assert r.status_code == 400, r.text
    assert why in r.json()["detail"]
    assert_nothing_left(clinic, "recordings", RecordingRow)


def test_check_file_refuses_zero_samples_per_record(tmp_path, edf_bytes):
    from hfs.neurophys.io import check_file

    n_signals = int(edf_bytes[252:256])
    counts_at = 256 + n_signals * 216
    path = tmp_path / "zero.edf"
    path.write_bytes(_with(edf_bytes, counts_at, b"0"))
    with pytest.raises(RecordingError, match="0 samples per data record"):
        check_file(path)
    ok = tmp_path / "ok.edf"
    ok.write_bytes(edf_bytes)
    assert check_file(ok) == "edf"  # the untouched file passes
    unknown = tmp_path / "unknown.edf"  # -1: "unknown", allowed by the standard
    unknown.write_bytes(_with(edf_bytes, 236, b"-1"))
    assert check_file(unknown) == "edf"


RLO, PDF = "\u202e", "\u202c"


def test_a_right_to_left_override_cannot_fake_a_name_in_the_inbox(clinic, staff):
    spoof = f"Ann {RLO}9CBA-SFH ecnerefeR{PDF}"
    r = clinic.client.post(
        "/api/contact",
        json={"name": spoof, "phone": "+1 412 647 3685", "reason": f"twitch{RLO}ing\u200b"},
    )
    assert r.status_code == 201, r.text
    rows = staff.get("/api/inbox/contact-requests").json()
    row = next(x for x in rows if x["reference"] == r.json()["reference"])
    assert row["name"] == "Ann 9CBA-SFH ecnerefeR"
    assert row["reason"] == "twitching"
    page = staff.get("/inbox").text
    assert RLO not in page and "Ann 9CBA-SFH ecnerefeR" in page


def test_text_is_cleaned_whoever_writes_it(clinic, clinician):
    # The assistant writes contact requests through its own store: the table cleans.
    with clinic.sessions() as db:
        db.add(
            ContactRequest(
                reference="HFS-TESTTEST",
                name=f"Bob{RLO} \u2066x\u2069",
                reason="line one\nline\x85 two\u200f",
                source="chat",
            )
        )
        db.commit()
        row = db.scalar(select(ContactRequest).where(ContactRequest.reference == "HFS-TESTTEST"))
        assert (row.name, row.reason) == ("Bob x", "line one\nline two")
    r = clinician.post(
        "/api/patients",
        json={
            "mrn": f"MRN{RLO}-1",
            "family_name": f"Doe{RLO}",
            "given_names": ["Jane\u200e"],
            "birth_date": "1970-01-01",
            "sex": "female",
            "affected_side": "left",
        },
    )
    assert r.status_code == 201, r.text
    with clinic.sessions() as db:
        p = db.get(Patient, r.json()["id"])
        assert (p.mrn, p.family_name, p.given_names) == ("MRN-1", "Doe", ["Jane"])
    # Control characters in a name are still refused with a message (not stored).
    r = clinic.client.post("/api/contact", json={"name": "A\x07B", "phone": "+1 412 647 3685"})
    assert r.status_code == 422 and "control characters" in r.json()["detail"]
