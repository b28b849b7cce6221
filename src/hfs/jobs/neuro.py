"""The recording analysis job: ``queued -> running -> done | failed``.

A clinician's EDF+/BDF+ upload (table ``recordings``) is analysed by
:mod:`hfs.neurophys`: ``diagnostic`` recordings by :func:`analyze_recording`,
``intraop`` ones replayed through the :class:`~hfs.neurophys.Monitor` (baseline,
trends, alerts). The ``hfs.neuro.analysis/2`` JSON goes on the row and the HTML report
(:func:`hfs.reports.neuro.render_neuro_report`, which needs the averaged waveforms that
the JSON does not keep) is saved under ``HFS_DATA_DIR/reports``. A diagnostic
recording also gives the patient's LSR measurement (``neurophys_results`` row linked to
the recording), which the timeline and the FHIR export pick up.
"""

from __future__ import annotations

import dataclasses
import logging
import secrets
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from hfs.errors import HFSError, RecordingError
from hfs.jobs.files import write_private
from hfs.storage.accounts import aware, utcnow
from hfs.storage.clinic_store import Actor, add_neurophys, audit
from hfs.storage.models import Patient, RecordingRow

log = logging.getLogger(__name__)
SYSTEM = Actor("system", "recording-analysis job")


def _one_line(message: str, stored: Path) -> str:
    # The stored name is random and means nothing to the reader.
    text = message.replace(str(stored), "the recording").replace(stored.name, "the recording")
    return " ".join(text.split())


def run_analysis(path: Path, kind: str, source: str):
    """Analyse one stored recording; returns a :class:`hfs.neurophys.NeuroAnalysis`."""
    from hfs.neurophys import analyze_recording, read_recording, replay_file, run_monitor

    rec = read_recording(path)
    if kind == "intraop":
        mon = run_monitor(replay_file(rec, speed=None), rec.channels, rec.sfreq)
        if mon.n_sweeps == 0:
            raise RecordingError("no complete sweep in the recording; nothing was monitored")
        return mon.finish(source, warnings=rec.warnings, ignored_channels=rec.ignored_reasons)
    return dataclasses.replace(analyze_recording(rec), source=source)


def lsr_measure(analysis: dict, patient_side: str) -> dict | None:
    """The patient's LSR measurement from a diagnostic analysis, or None.

    Lateral-spread pairs (stimulated branch x muscle it does not serve) only. Present
    when any pair is present; absent only when every pair is absent (None, no
    measurement, when a pair could not be decided and none is present); then the onset and peak-to-peak of the present pair with
    the largest response (the best measured one). The side is the recorded channel's
    side when the label names one, else the patient's affected side; None when
    neither is known or no LSR pair was measured (e.g. a BAEP-only recording).
    """
    pairs = analysis.get("lsr") or []
    if analysis.get("mode") != "analyze" or not pairs:
        return None
    sides = {c.get("label"): c.get("side") for c in analysis.get("channels", [])}
    present = [p for p in pairs if p.get("present")]
    best = max(present, key=lambda p: p.get("peak_to_peak_uv") or 0.0) if present else None
    chosen = best or pairs[0]
    side = sides.get(chosen.get("channel"))
    side = side if side in ("left", "right") else patient_side
    if side not in ("left", "right"):
        return None
    if best is None:
        # "Absent" only when every pair decided so; a pair the data could not decide
        # (present null, hfs.neuro.analysis/2) leaves nothing to record.
        if not all(p.get("present") is False for p in pairs):
            return None
        return {"side": side, "lsr_present": False, "onset_latency_ms": None, "amplitude_uv": None}
    return {
        "side": side,
        "lsr_present": True,
        "onset_latency_ms": best.get("onset_latency_ms"),
        "amplitude_uv": best.get("peak_to_peak_uv"),
    }


def _save_report(result, reports_dir: Path, recording_id: int) -> Path:
    from hfs.reports.neuro import render_neuro_report

    html = render_neuro_report(result, title=f"Recording {recording_id}")
    return write_private(reports_dir, f"{secrets.token_hex(16)}.html", html)


def analyze_stored_recording(
    sessions: sessionmaker[Session], recording_id: int, *, reports_dir: Path
) -> None:
    """Analyse the stored file of row ``recording_id``; status and result go on the row."""
    with sessions() as db:
        # Claim the job atomically: with several server processes only one runs it.
        claimed = db.execute(
            update(RecordingRow)
            .where(RecordingRow.id == recording_id, RecordingRow.status == "queued")
            .values(status="running")
        ).rowcount
        db.commit()
        if claimed != 1:
            return
        row = db.get(RecordingRow, recording_id)
        path, kind, fmt = Path(row.stored_path), row.kind, row.file_format

    status, error, result, report = "failed", None, None, None
    try:
        analysis = run_analysis(path, kind, f"recording-{recording_id}.{fmt}")
        result = analysis.to_dict()
        report = _save_report(analysis, reports_dir, recording_id)
        status = "done"
    except HFSError as exc:
        error = _one_line(exc.message, path)
    except Exception:
        log.exception("recording analysis %d failed", recording_id)
        error = "the analysis failed unexpectedly; see the server log"
    with sessions() as db:
        row = db.get(RecordingRow, recording_id)
        if row is None:  # the patient was deleted meanwhile
            if report is not None:
                report.unlink(missing_ok=True)
            return
        row.status, row.error, row.analysis = status, error, result
        row.report_path = str(report) if report else None
        row.finished_at = utcnow()
        if status == "done":
            patient = db.get(Patient, row.patient_id)
            m = lsr_measure(result, patient.affected_side)
            if m is not None:
                measured = row.recorded_on or aware(row.uploaded_at).date()
                try:  # checked as a clinic record, like one entered by hand
                    derived = add_neurophys(db, patient, {"measured_on": measured, **m})
                    derived.recording_id = row.id
                except HFSError as exc:
                    log.warning("recording %d: no LSR measurement derived (%s)", recording_id, exc)
        audit(
            db, SYSTEM, "analyze", "recording", recording_id, "ok" if status == "done" else "error"
        )
        db.commit()


def requeue_unfinished(sessions: sessionmaker[Session]) -> list[int]:
    """Ids of recordings left queued or running by a previous process, set back to queued."""
    with sessions() as db:
        rows = list(
            db.scalars(select(RecordingRow).where(RecordingRow.status.in_(("queued", "running"))))
        )
        for r in rows:
            r.status = "queued"
        db.commit()
        return [r.id for r in rows]
