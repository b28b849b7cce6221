"""Synthetic demo data for the clinic app: patients followed over months.

Every patient here is invented (names, MRNs ``DEMO-...``); every video is made by
:mod:`hfs.simulate.video` and measured by the real analysis pipeline. The stories:
botulinum toxin cycles that wear off, a microvascular decompression after which the
spasm stopped (with simulated EDF+ recordings analysed by :mod:`hfs.neurophys`: the
pre-operative LSR and the operation's monitoring, where the LSR disappears), and a
medication; and a
few invented contact requests and feedback for the staff inbox.
Used by ``hfs clinic seed-demo``; never by the analysis code.
"""

from __future__ import annotations

import datetime as dt
import secrets
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hfs.errors import ConflictError
from hfs.storage import clinic_store as store
from hfs.storage.accounts import create_user, generate_password, utcnow
from hfs.storage.models import Feedback, Patient, RecordingRow, User, Video
from hfs.storage.private import make_private, private_dir

DEMO_EMAIL = "demo.clinician@hfs.invalid"
SYSTEM = store.Actor("system", "demo-seed")

# (days before today, spasms per minute in that visit's video)
DEMO_PATIENTS = [
    {
        "patient": dict(
            mrn="DEMO-1001",
            family_name="Virtanen",
            given_names=["Aino"],
            birth_date="1962-04-11",
            sex="female",
            affected_side="left",
        ),
        "visits": [(300, 14.0), (200, 4.0), (120, 11.0), (25, 3.0)],
        "injections": [(195, 20.0), (20, 25.0)],
        "mvd": None,
        "medication": None,
    },
    {
        "patient": dict(
            mrn="DEMO-1002",
            family_name="Korhonen",
            given_names=["Matti", "Juhani"],
            birth_date="1957-09-30",
            sex="male",
            affected_side="right",
        ),
        "visits": [(360, 12.0), (250, 10.0), (90, 0.0), (20, 0.0)],
        "injections": [(350, 20.0)],
        "mvd": (150, "disappeared"),
        "medication": None,
    },
    {
        "patient": dict(
            mrn="DEMO-1003",
            family_name="Nieminen",
            given_names=["Helmi"],
            birth_date="1970-01-22",
            sex="female",
            affected_side="left",
        ),
        "visits": [(210, 8.0), (100, 7.0), (15, 9.0)],
        "injections": [],
        "mvd": None,
        "medication": (200, "carbamazepine", "200 mg twice daily"),
    },
]


#: Invented requests and feedback for the staff inbox (addresses in reserved domains).
DEMO_CONTACT_REQUESTS = [
    dict(
        name="Demo Person One",
        email="person.one@example.org",
        preferred_time="morning",
        reason="My left eye has twitched for a year and now my mouth pulls too.",
        source="web",
    ),
    dict(
        name="Demo Person Two",
        phone="+1 412 555 0100",
        preferred_time="afternoon",
        reason="Asking about botulinum toxin injections.",
        source="chat",
    ),
]
DEMO_FEEDBACK = [(5, "Clear answers, thank you."), (3, "I would like more about surgery.")]


def _seed_inbox(db: Session) -> None:
    for fields in DEMO_CONTACT_REQUESTS:
        row = store.create_contact_request(db, **fields)
        store.audit(db, SYSTEM, "create", "contact_request", row.id)
    for rating, comment in DEMO_FEEDBACK:
        db.add(Feedback(rating=rating, comment=comment))


def _seed_recording(
    sessions: sessionmaker[Session],
    patient_id: str,
    kind: str,
    day: dt.date,
    recordings_dir: Path,
    reports_dir: Path,
    *,
    rng: int,
) -> None:
    """A simulated EDF+ recording stored and analysed as a clinician's upload would be:
    a diagnostic one (the LSR that confirms HFS; it gives the patient's LSR measurement)
    or an intraoperative one (the LSR disappearing during the decompression)."""
    from hfs.jobs.neuro import analyze_stored_recording
    from hfs.simulate.recording import simulate_recording

    if kind == "diagnostic":
        sim = simulate_recording("diagnostic", duration_s=20, sfreq=10_000, rng=rng)
    else:
        sim = simulate_recording(
            "intraop-lsr", duration_s=60, sfreq=10_000, story="abrupt", rng=rng
        )
    private_dir(recordings_dir)
    path = recordings_dir / f"{secrets.token_hex(16)}.edf"
    sim.write_edf(path)
    path.chmod(0o600)
    with sessions() as db:
        row = RecordingRow(
            patient_id=patient_id,
            kind=kind,
            file_format="edf",
            stored_path=str(path),
            original_bytes=path.stat().st_size,
            uploaded_at=utcnow(),
            recorded_on=day,
            status="queued",
        )
        db.add(row)
        db.flush()
        store.audit(db, SYSTEM, "upload", "recording", row.id)
        db.commit()
        rid = row.id
    analyze_stored_recording(sessions, rid, reports_dir=reports_dir)


def _side(p: dict) -> str:
    return p["patient"]["affected_side"]


def seed_demo(
    sessions: sessionmaker[Session],
    videos_dir: Path,
    *,
    patients: int = len(DEMO_PATIENTS),
    duration_s: float = 12.0,
    size: str = "480x360",
    rng: int = 0,
    analyze: Callable | None = None,
    recordings_dir: Path | None = None,
    reports_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    today: dt.date | None = None,
    media: bool = True,
) -> dict:
    """Add the demo patients, their analysed videos and treatments, and a demo clinician.

    Returns ``{"email", "password", "patients": [ids], "pending": [...]}``; the
    password exists nowhere else (only its hash is stored): show it once. Raises
    ConflictError when demo data is already there.

    The records (patients, treatments, scales, inbox, the clinician) take a second;
    the media (a synthetic video per visit, made and measured, and the MVD patient's
    EDF+ recordings, analysed) take minutes. With ``media=False`` only the records are
    written and ``pending`` lists the media still to make: hand it to
    :func:`seed_demo_media` (``hfs demo`` does that in the background while it serves).
    """
    today = today or dt.date.today()
    chosen = DEMO_PATIENTS[: max(1, patients)]
    with sessions() as db:
        if db.scalar(select(Patient.id).where(Patient.mrn.like("DEMO-%"))) is not None:
            raise ConflictError("the demo data is already in this database")
        if db.scalar(select(User.id).where(User.email == DEMO_EMAIL)) is not None:
            raise ConflictError("the demo clinician already exists")
    ids = []
    pending: list[dict] = []
    for k, spec in enumerate(chosen):
        with sessions() as db:
            pid = _seed_patient_records(db, spec, today)
        ids.append(pid)
        for j, (days, rate) in enumerate(spec["visits"]):
            pending.append(
                {
                    "what": "video",
                    "patient_id": pid,
                    "day": (today - dt.timedelta(days=days)).isoformat(),
                    "side": _side(spec),
                    "rate": rate,
                    "rng": rng + 100 * k + j,
                    "duration_s": duration_s,
                    "size": size,
                }
            )
        if spec["mvd"]:
            mvd_day = today - dt.timedelta(days=spec["mvd"][0])
            for kind, day in (
                ("diagnostic", mvd_day - dt.timedelta(days=10)),
                ("intraop", mvd_day),
            ):
                pending.append(
                    {
                        "what": "recording",
                        "patient_id": pid,
                        "kind": kind,
                        "day": day.isoformat(),
                        "rng": rng + 1000 + 10 * k,
                    }
                )
    password = generate_password()
    with sessions() as db:
        _seed_inbox(db)
        user = create_user(db, DEMO_EMAIL, "clinician", password)
        store.audit(db, SYSTEM, "create", "user", user.id)
        db.commit()
    if media:
        seed_demo_media(
            sessions,
            pending,
            videos_dir,
            analyze=analyze,
            recordings_dir=recordings_dir,
            reports_dir=reports_dir,
            progress=progress,
        )
        pending = []
    return {"email": DEMO_EMAIL, "password": password, "patients": ids, "pending": pending}


def _seed_patient_records(db: Session, spec: dict, today: dt.date) -> str:
    p = store.create_patient(db, **spec["patient"])
    store.audit(db, SYSTEM, "create", "patient", p.id)
    side = _side(spec)
    for days, units in spec["injections"]:
        row = store.add_record(
            db,
            p,
            "injection",
            {
                "given_on": (today - dt.timedelta(days=days)).isoformat(),
                "product": "onabotulinumtoxinA",
                "total_units": units,
                "side": side,
                "sites": [
                    {"muscle": "orbicularis oculi", "side": side, "units": units * 0.6},
                    {"muscle": "zygomaticus major", "side": side, "units": units * 0.4},
                ],
            },
        )
        store.audit(db, SYSTEM, "create", "injection", row.id)
    if spec["mvd"]:
        days, outcome = spec["mvd"]
        day = (today - dt.timedelta(days=days)).isoformat()
        row = store.add_record(
            db, p, "mvd", {"performed_on": day, "side": side, "lsr_outcome": outcome}
        )
        store.audit(db, SYSTEM, "create", "mvd", row.id)
        # The LSR measurements come from the recordings (media).
    if spec["medication"]:
        days, name, dose = spec["medication"]
        row = store.add_record(
            db,
            p,
            "medication",
            {
                "name": name,
                "dose": dose,
                "start_date": (today - dt.timedelta(days=days)).isoformat(),
            },
        )
        store.audit(db, SYSTEM, "create", "medication", row.id)
    for days, rate in spec["visits"]:
        sev = 0 if rate == 0 else (2 if rate < 6 else 3)
        row = store.add_record(
            db,
            p,
            "scale",
            {
                "scored_on": (today - dt.timedelta(days=days)).isoformat(),
                "jrs_severity": sev,
                "jrs_frequency": sev,
                "hfs7_answers": [min(4, sev + d) for d in (0, 1, 0, 1, 0, 0, 1)],
            },
        )
        store.audit(db, SYSTEM, "create", "scale", row.id)
    db.commit()
    return p.id


def seed_demo_media(
    sessions: sessionmaker[Session],
    pending: list[dict],
    videos_dir: Path,
    *,
    analyze: Callable | None = None,
    recordings_dir: Path | None = None,
    reports_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    done_one: Callable[[dict], None] | None = None,
) -> None:
    """Make and analyse the demo media ``pending`` lists (from :func:`seed_demo` with
    ``media=False``), in order; ``done_one(item)`` after each (to keep a resumable list)."""
    from hfs.jobs.video import save_report
    from hfs.simulate.video import simulate_video
    from hfs.video.intake import accept_upload

    if analyze is None:
        from hfs.video.analysis import analyze_video as analyze
    reports_dir = reports_dir or videos_dir.parent / "reports"
    recordings_dir = recordings_dir or videos_dir.parent / "recordings"
    total = len(pending)
    with tempfile.TemporaryDirectory() as tmp:
        for n, item in enumerate(pending, start=1):
            day = dt.date.fromisoformat(item["day"])
            if item["what"] == "recording":
                _seed_recording(
                    sessions,
                    item["patient_id"],
                    item["kind"],
                    day,
                    recordings_dir,
                    reports_dir,
                    rng=item["rng"],
                )
            else:
                clip = Path(tmp) / f"visit{n}.mp4"
                simulate_video(
                    clip,
                    side=item["side"],
                    duration_s=item["duration_s"],
                    size=item["size"],
                    spasm_rate=item["rate"],
                    regions=("eye", "cheek", "mouth"),
                    rng=item["rng"],
                )
                accepted = accept_upload(clip, private_dir(videos_dir))
                make_private(accepted.path)
                analysis = analyze(accepted.path)
                result = analysis.to_dict()
                save_report(analysis, accepted.path, reports_dir)
                with sessions() as db:
                    v = Video(
                        token=secrets.token_urlsafe(18),
                        patient_id=item["patient_id"],
                        stored_path=str(accepted.path),
                        content_type="video/mp4",
                        original_bytes=accepted.original_bytes,
                        uploaded_at=utcnow(),
                        recorded_on=day,
                        status="done",
                        progress=1.0,
                        analysis=result,
                        finished_at=utcnow(),
                    )
                    db.add(v)
                    db.flush()
                    store.audit(db, SYSTEM, "analyze", "video", v.id)
                    db.commit()
                clip.unlink(missing_ok=True)
            if done_one:
                done_one(item)
            if progress:
                progress(n, total)
