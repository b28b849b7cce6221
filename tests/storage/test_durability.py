"""A writer killed with SIGKILL mid-way loses no acknowledged record; the DB stays sound."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from sqlalchemy import select

from hfs.storage import create_db_engine, make_session_factory, migrate
from hfs.storage.models import AuditEntry, Patient

WRITER = textwrap.dedent(
    """
    import sys
    from hfs.storage import create_db_engine, make_session_factory, migrate
    from hfs.storage import clinic_store as store

    engine = create_db_engine(sys.argv[1])
    migrate(engine)
    sessions = make_session_factory(engine)
    i = 0
    while True:
        with sessions() as db:
            p = store.create_patient(
                db, mrn=f"D-{i}", family_name="Durable", given_names=["Test"],
                birth_date="1970-01-01", sex="unknown", affected_side="right",
            )
            store.audit(db, store.Actor("system", "durability"), "create", "patient", p.id)
            db.commit()
        print(p.id, flush=True)  # acknowledged only after the commit returned
        i += 1
    """
)


def test_sigkill_mid_write_loses_no_acknowledged_record(tmp_path):
    url = f"sqlite:///{tmp_path / 'durable.sqlite3'}"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, url],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    acked = []
    try:
        for line in proc.stdout:
            acked.append(line.strip())
            if len(acked) >= 150:
                break
        os.kill(proc.pid, signal.SIGKILL)  # in the middle of the next writes
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert len(acked) >= 150

    engine = create_db_engine(url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    migrate(engine)  # opening again after the crash works
    sessions = make_session_factory(engine)
    with sessions() as db:
        stored = set(db.scalars(select(Patient.id)))
        audited = set(db.scalars(select(AuditEntry.object_id)))
    missing = [a for a in acked if a not in stored or a not in audited]
    assert not missing, f"{len(missing)} acknowledged records lost"
    engine.dispose()
