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

import logging
import re
import secrets
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from hfs.errors import HFSError
from hfs.jobs.files import write_private
from hfs.jobs.lifecycle import requeue_unfinished as _requeue
from hfs.jobs.lifecycle import run_job, run_remote
from hfs.storage.accounts import aware
from hfs.storage.clinic_store import Actor, add_record
from hfs.storage.models import Patient, RecordingRow

log = logging.getLogger(__name__)
SYSTEM = Actor("system", "recording-analysis job")


def _one_line(message: str, stored: Path) -> str:
    # The stored name is random and means nothing to the reader; on a Dask worker the
    # file had the same name in a temporary folder: the whole path goes.
    text = message.replace(str(stored), "the recording")
    text = re.sub(r"\S*" + re.escape(stored.name), "the recording", text)
    return " ".join(text.split())


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


def _report_title(recording_id: int) -> str:
    return f"Recording {recording_id}"


def _save_report(html: str, reports_dir: Path) -> Path:
    return write_private(reports_dir, f"{secrets.token_hex(16)}.html", html)


def analyze_stored_recording(
    sessions: sessionmaker[Session], recording_id: int, *, reports_dir: Path, executor=None
) -> str | None:
    """Analyse the stored file of row ``recording_id``; status and result go on the row
    (the return value: :func:`hfs.jobs.lifecycle.run_job`'s).

    The analysis is the pure task :func:`hfs.tasks.run_task` (diagnostic recordings
    by ``analyze_recording``, ``intraop`` ones replayed through the monitor), run in
    this thread, or on the Dask cluster of ``executor`` (:mod:`hfs.executor`); the
    analysis dict and the report's text come back and are written here.
    """

    def load(row: RecordingRow) -> tuple[Path, str, str]:
        return Path(row.stored_path), row.kind, f"recording-{row.id}.{row.file_format}"

    def work(ctx: tuple[Path, str, str]) -> tuple[dict, Path]:
        path, kind, source = ctx
        options = {
            "intraop": kind == "intraop",
            "source": source,
            "title": _report_title(recording_id),
            "report": True,
        }
        out = run_remote(executor, "neuro", path, options)
        return out["analysis"], _save_report(out["report_html"], reports_dir)

    def finish(db: Session, row: RecordingRow, value: tuple[dict, Path] | None) -> None:
        result, report = value or (None, None)
        row.analysis = result
        row.report_path = str(report) if report else None
        if result is None:
            return
        patient = db.get(Patient, row.patient_id)
        m = lsr_measure(result, patient.affected_side)
        if m is not None:
            measured = row.recorded_on or aware(row.uploaded_at).date()
            try:  # checked as a clinic record, like one entered by hand
                derived = add_record(db, patient, "neurophys", {"measured_on": measured, **m})
                derived.recording_id = row.id
            except HFSError as exc:
                log.warning("recording %d: no LSR measurement derived (%s)", recording_id, exc)

    return run_job(
        sessions,
        RecordingRow,
        recording_id,
        actor=SYSTEM,
        target="recording",
        load=load,
        work=work,
        finish=finish,
        discard=lambda value: value[1].unlink(missing_ok=True),
        clean_error=lambda message, ctx: _one_line(message, ctx[0]),
        unexpected="the analysis failed unexpectedly; see the server log",
    )


def requeue_unfinished(sessions: sessionmaker[Session]) -> list[int]:
    """Ids of recordings left queued or running by a previous process, set back to queued."""
    return _requeue(sessions, RecordingRow)
