"""The operating-room case report attached to the patient's MVD record (issue 19):
``hfs neuro case attach DIR --patient MRN`` stores it privately with its SHA-256 and
fills (or finds) the MVD record; the patient page links it; viewing it needs a
clinician's login and is audited; a file changed on disk is refused."""

from __future__ import annotations

import stat

from sqlalchemy import select

from hfs.errors import InputError, NotFoundError
from hfs.neurophys.case import CaseLog
from hfs.services.case_documents import attach_case_report
from hfs.storage.clinic_store import Actor
from hfs.storage.models import AuditEntry, MVDDocumentRow, MVDRow
from tests.clinicapp import PATIENT

ACTOR = Actor("system", "cli")


def _case(folder, *, patient="MRN-0001", side="left"):
    log = CaseLog(folder)
    settings = {"source": "op.edf", "channels": [], "sfreq": 10000.0, "side": side}
    if patient:
        settings["patient"] = patient
    log.write("session", t=0.0, settings=settings)
    log.write("note", t=12.0, text="Teflon pad placed", by="operator")
    log.write("end", t=60.0, why="done")
    return folder


def test_case_report_is_attached_linked_and_shown_to_a_clinician(
    clinic, clinician, patient_id, settings, tmp_path
):
    folder = _case(tmp_path / "case")
    with clinic.sessions() as db:
        out = attach_case_report(db, ACTOR, PATIENT["mrn"], folder, settings.documents_dir)
    assert out["patient_id"] == patient_id and out["mvd_created"]
    with clinic.sessions() as db:
        mvd = db.get(MVDRow, out["mvd_id"])
        assert (mvd.side, mvd.lsr_outcome) == ("left", "not_monitored")
        doc = db.get(MVDDocumentRow, out["document_id"])
        path = settings.documents_dir / doc.stored_path.rsplit("/", 1)[-1]
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(settings.documents_dir.stat().st_mode) == 0o700
        audits = db.scalars(select(AuditEntry.object_type)).all()
        assert "mvd_document" in audits
    # A second attach of the same case uses the same MVD record.
    with clinic.sessions() as db:
        again = attach_case_report(db, ACTOR, PATIENT["mrn"], folder, settings.documents_dir)
    assert again["mvd_id"] == out["mvd_id"] and not again["mvd_created"]

    page = clinician.get(f"/patients/{patient_id}")
    link = f"/patients/{patient_id}/documents/{out['document_id']}"
    assert page.status_code == 200 and link in page.text
    r = clinician.get(link)
    assert r.status_code == 200 and "Teflon pad placed" in r.text
    with clinic.sessions() as db:
        exports = db.scalars(
            select(AuditEntry).where(
                AuditEntry.object_type == "mvd_document", AuditEntry.action == "export"
            )
        ).all()
        assert [e.object_id for e in exports] == [str(out["document_id"])]
    # Not without a login; not another patient's; not a file changed on disk.
    assert clinic.new_client().get(link, follow_redirects=False).status_code in (302, 303, 401)
    path.write_text(path.read_text() + "<p>edited</p>")
    assert clinician.get(link).status_code in (400, 409, 422)


def test_a_case_of_another_patient_or_without_side_is_refused(
    clinic, patient_id, settings, tmp_path
):
    with clinic.sessions() as db:
        for folder, words in (
            (_case(tmp_path / "a", patient="MRN-9999"), "names patient"),
            (_case(tmp_path / "b", side=None), "side"),
        ):
            try:
                attach_case_report(db, ACTOR, PATIENT["mrn"], folder, settings.documents_dir)
            except InputError as e:
                assert words in str(e)
            else:
                raise AssertionError("attached")
        try:
            attach_case_report(db, ACTOR, "NOBODY", tmp_path / "a", settings.documents_dir)
        except NotFoundError as e:
            assert "MRN" in str(e)
        else:
            raise AssertionError("attached")
        assert db.scalars(select(MVDDocumentRow)).all() == []
        assert db.scalars(select(MVDRow)).all() == []


def test_cli_attaches_the_case_and_refuses_in_one_line(clinic, patient_id, settings, tmp_path):
    import os

    from tests.clitools import one_line_error, run_hfs

    env = {**os.environ, "HFS_DATA_DIR": str(settings.data_dir)}
    env.pop("HFS_DATABASE_URL", None)
    folder = _case(tmp_path / "case")
    r = run_hfs("neuro", "case", "attach", folder, "--patient", PATIENT["mrn"], env=env)
    assert r.returncode == 0, r.stderr
    assert "attached the case report to new MVD record" in r.stdout and patient_id in r.stdout
    with clinic.sessions() as db:
        assert len(db.scalars(select(MVDDocumentRow)).all()) == 1
    bad = run_hfs("neuro", "case", "attach", folder, "--patient", "NOBODY", env=env)
    one_line_error(bad, 4, "no patient with MRN")  # not found: exit 4
