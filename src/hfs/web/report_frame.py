"""Saved HTML reports, opened inside the app, say whose they are and lead back.

The reports (``hfs.reports.video``, ``hfs.reports.neuro``) are written at analysis time
without personal data. When a clinician opens one, a bar is put right after ``<body>``
with the patient's name, MRN, date of birth and the recording's date, and a link back
to the patient's page; the download name carries the MRN and the date instead of a
random file name. The report's CSP allows inline styles only, so the bar is styled inline.
"""

from __future__ import annotations

import datetime as dt
import re
from html import escape

from hfs.storage.models import Patient

_BODY = re.compile(r"<body[^>]*>", re.IGNORECASE)
_BAR_STYLE = (
    "font:15px/1.4 system-ui,sans-serif;background:#eef3f8;color:#111;"
    "border-bottom:1px solid #c9d4e0;padding:.5rem 1rem;margin:0 0 1rem"
)


def patient_bar(patient: Patient, what: str, day: dt.date | None) -> str:
    name = f"{patient.family_name}, {' '.join(patient.given_names)}"
    when = f", {what} of {day.isoformat()}" if day else f", {what}"
    return (
        f'<div class="report-patient" id="report-patient" style="{_BAR_STYLE}">'
        f'<a href="/patients/{escape(patient.id)}">&larr; Back to the patient</a> &middot; '
        f"<strong>{escape(name)}</strong> &middot; MRN {escape(patient.mrn)} &middot; "
        f"born {patient.birth_date.isoformat()}{escape(when)}</div>"
    )


def with_patient(html: str, patient: Patient, what: str, day: dt.date | None) -> str:
    """``html`` with the patient bar right after its ``<body>`` (or at the top)."""
    bar = patient_bar(patient, what, day)
    m = _BODY.search(html)
    if m is None:
        return bar + html
    return html[: m.end()] + bar + html[m.end() :]


def download_name(patient: Patient, kind: str, day: dt.date | None, record_id: int) -> str:
    """A file name a person can file: ``hfs-<kind>-<MRN>-<date>-<id>.html`` (ASCII)."""
    mrn = re.sub(r"[^A-Za-z0-9_-]+", "_", patient.mrn).strip("_") or "patient"
    when = day.isoformat() if day else "undated"
    return f"hfs-{kind}-{mrn}-{when}-{record_id}.html"
