"""A small clinic story for the page tests, written with the store functions.

The videos carry stand-in analyses (``hfs.video.analysis/1`` dicts built from a list
of spasm events, so their summary figures follow from the events) instead of running
the video pipeline: the pages only read the stored analysis.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from hfs.storage import clinic_store as store
from hfs.storage.accounts import utcnow
from hfs.storage.models import ContactRequest, Feedback, Video

SYSTEM = store.Actor("system", "test-seed")
DURATION_S = 60.0


def stand_in_analysis(n_spasms: int, *, side: str = "left", spasm_s: float = 0.6) -> dict:
    """An analysis of a 60 s video with ``n_spasms`` evenly spaced spasms of ``spasm_s``."""
    events = []
    for k in range(n_spasms):
        onset = round(2.0 + k * (DURATION_S - 4.0) / max(1, n_spasms), 3)
        events.append(
            {
                "onset_s": onset,
                "offset_s": round(onset + spasm_s, 3),
                "duration_s": spasm_s,
                "kind": "spasm",
                "side": side,
                "regions": ["eye", "cheek"],
                "pattern": "clonic",
                "peak": {"eye": 0.3},
            }
        )
    events.append(
        {
            "onset_s": 1.0,
            "offset_s": 1.2,
            "duration_s": 0.2,
            "kind": "blink",
            "side": "both",
            "regions": ["eye"],
            "pattern": None,
            "peak": {"eye": 0.5},
        }
    )
    return {
        "schema": "hfs.video.analysis/1",
        "video": {"duration_s": DURATION_S, "fps": 30.0, "width": 640, "height": 480},
        "quality": {"warnings": []},
        "events": events,
        "summary": {
            "affected_side": side if n_spasms else "none",
            "spasms_per_min": n_spasms * 60.0 / DURATION_S,
            "spasm_time_fraction": n_spasms * spasm_s / DURATION_S,
            "longest_spasm_s": spasm_s if n_spasms else 0.0,
            "blinks_per_min": 1.0,
            "n_spasms": n_spasms,
            "n_blinks": 1,
            "regions": ["eye", "cheek"] if n_spasms else [],
        },
        "method": {"description": "stand-in analysis for tests"},
        "disclaimer": "Measurements by software, not a diagnosis.",
    }


def add_video(db, patient_id: str | None, day: dt.date | None, n_spasms: int, **kw) -> Video:
    v = Video(
        token=secrets.token_urlsafe(18),
        patient_id=patient_id,
        stored_path="/nonexistent/stand-in.mp4",
        content_type="video/mp4",
        original_bytes=1000,
        uploaded_at=utcnow(),
        recorded_on=day,
        status="done",
        progress=1.0,
        analysis=stand_in_analysis(n_spasms),
        finished_at=utcnow(),
        **kw,
    )
    db.add(v)
    db.flush()
    return v


@dataclass
class Story:
    patient_id: str  # Aino Virtanen, followed over a year
    other_id: str  # Matti Korhonen, one video
    video_ids: list[int]  # Aino's videos, oldest first
    other_video_id: int
    request_ids: list[int]  # newest last; the last one came with a video
    free_token: str  # an analysed upload attached to nobody
    visits: list[tuple[dt.date, int]]  # (day, spasms in the 60 s video)
    injections: list[tuple[dt.date, float]]


def seed_story(sessions, today: dt.date | None = None) -> Story:
    today = today or dt.date.today()

    def ago(days: int) -> dt.date:
        return today - dt.timedelta(days=days)

    visits = [(ago(300), 14), (ago(200), 4), (ago(120), 11), (ago(25), 3)]
    injections = [(ago(195), 20.0), (ago(100), 25.0)]
    with sessions() as db:
        p = store.create_patient(
            db,
            mrn="TEST-1001",
            family_name="Virtanen",
            given_names=["Aino"],
            birth_date="1962-04-11",
            sex="female",
            affected_side="left",
        )
        for day, units in injections:
            store.add_record(
                db,
                p,
                "injection",
                {
                    "given_on": day.isoformat(),
                    "product": "onabotulinumtoxinA",
                    "total_units": units,
                    "side": "left",
                    "sites": [
                        {"muscle": "orbicularis oculi", "side": "left", "units": units * 0.6},
                        {"muscle": "zygomaticus major", "side": "left", "units": units * 0.4},
                    ],
                },
            )
        store.add_record(
            db,
            p,
            "medication",
            {"name": "carbamazepine", "dose": "200 mg twice daily", "start_date": ago(280)},
        )
        store.add_record(
            db, p, "mvd", {"performed_on": ago(60), "side": "left", "lsr_outcome": "disappeared"}
        )
        store.add_record(
            db,
            p,
            "neurophys",
            {
                "measured_on": ago(70),
                "side": "left",
                "lsr_present": True,
                "onset_latency_ms": 9.3,
                "amplitude_uv": 180.0,
            },
        )
        store.add_record(
            db,
            p,
            "scale",
            {
                "scored_on": ago(300),
                "jrs_severity": 3,
                "jrs_frequency": 2,
                "smc_grade": 2,
                "hfs7_answers": [2, 1, 3, 2, 1, 0, 2],
            },
        )
        video_ids = [add_video(db, p.id, day, n).id for day, n in visits]
        other = store.create_patient(
            db,
            mrn="TEST-1002",
            family_name="Korhonen",
            given_names=["Matti", "Juhani"],
            birth_date="1957-09-30",
            sex="male",
            affected_side="right",
        )
        other_video = add_video(db, other.id, ago(10), 6)
        requests = []
        for name, phone, email, source in [
            ("Liisa Mäkelä", "+358401234567", "", "chat"),
            ("Pekka Laine", "", "pekka@example.org", "video"),
        ]:
            r = ContactRequest(
                reference="HFS-" + secrets.token_hex(4).upper(),
                name=name,
                phone=phone,
                email=email,
                preferred_time="morning",
                from_date="",
                reason="twitching of the left eye",
                source=source,
                status="new",
            )
            db.add(r)
            db.flush()
            requests.append(r.id)
        free = add_video(db, None, None, 9, contact_request_id=requests[-1])
        db.add(Feedback(rating=4, comment="The chat was clear."))
        store.audit(db, SYSTEM, "create", "patient", p.id)
        db.commit()
        return Story(
            patient_id=p.id,
            other_id=other.id,
            video_ids=video_ids,
            other_video_id=other_video.id,
            request_ids=requests,
            free_token=free.token,
            visits=visits,
            injections=injections,
        )
