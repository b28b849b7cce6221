"""The patient timeline plot (hfs.reports.timeline): marks = records, drawn where dated."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

from hfs.clinic import Injection, InjectionSite, Medication, MVDSurgery, VideoMeasurement
from hfs.reports.timeline import render_timeline

D0 = dt.date(2026, 1, 5)


def _video(k: int, days: int, rate: float) -> VideoMeasurement:
    analysis = {
        "schema": "hfs.video.analysis/1",
        "summary": {
            "affected_side": "left",
            "spasms_per_min": rate,
            "spasm_time_fraction": rate / 200,
            "longest_spasm_s": 0.5,
            "blinks_per_min": 12.0,
        },
    }
    return VideoMeasurement.from_analysis(
        analysis, record_id=f"video-{k}", measured_on=D0 + dt.timedelta(days=days), video_ref="x"
    )


def _records():
    videos = [_video(1, 0, 12.0), _video(2, 100, 3.0), _video(3, 200, 9.0)]
    injections = [
        Injection(
            f"injection-{k}",
            D0 + dt.timedelta(days=d),
            "onabotulinumtoxinA",
            u,
            "left",
            (InjectionSite("orbicularis oculi", "left", u),),
        )
        for k, (d, u) in enumerate([(10, 20.0), (110, 27.5)], start=7)
    ]
    meds = [Medication("medication-4", "carbamazepine", "200 mg", D0 + dt.timedelta(days=30))]
    mvd = [MVDSurgery("mvd-2", D0 + dt.timedelta(days=150), "left", "persisted")]
    return videos, injections, meds, mvd


def _groups(svg: str) -> dict[str, ET.Element]:
    root = ET.fromstring(svg)
    return {g.get("id"): g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("id")}


def test_every_record_is_one_mark_with_its_id():
    videos, injections, meds, mvd = _records()
    tl = render_timeline(videos, injections, meds, mvd, today=D0 + dt.timedelta(days=220))
    groups = _groups(tl.svg)
    assert {k for k in groups if re.fullmatch(r"injection-\d+", k)} == {
        "injection-7",
        "injection-8",
    }
    assert "mvd-2" in groups and "medication-4" in groups
    assert {k for k in groups if re.fullmatch(r"video-\d+-rate", k)} == {
        "video-1-rate",
        "video-2-rate",
        "video-3-rate",
    }
    assert "27.5 U" in tl.svg and "LSR persisted" in tl.svg
    assert "Spasms per minute" in tl.svg and "% of time in spasm" in tl.svg
    assert len(tl.description) == 3 + 2 + 1 + 1
    assert "Medication carbamazepine 200 mg from 2026-02-04, ongoing." in tl.description


def test_points_follow_the_measures():
    videos = _records()[0]
    groups = _groups(render_timeline(videos, [], [], []).svg)

    def y(gid):  # the marker's drawn y (SVG y grows downwards)
        use = next(groups[gid].iter("{http://www.w3.org/2000/svg}use"))
        return float(use.get("y"))

    def x(gid):
        return float(next(groups[gid].iter("{http://www.w3.org/2000/svg}use")).get("x"))

    # 12 > 9 > 3 spasms per minute: the points are drawn from highest to lowest
    assert y("video-1-rate") < y("video-3-rate") < y("video-2-rate")
    assert x("video-1-rate") < x("video-2-rate") < x("video-3-rate")


def test_nothing_dated_gives_no_plot_and_phone_version_is_narrower():
    assert render_timeline([], [], [], []) is None
    videos, injections, meds, mvd = _records()
    wide = render_timeline(videos, injections, meds, mvd)
    narrow = render_timeline(videos, injections, meds, mvd, narrow=True)

    def aspect(svg):
        root = ET.fromstring(svg)
        return float(root.get("width").rstrip("pt")) / float(root.get("height").rstrip("pt"))

    assert aspect(wide.svg) > 1.4 and aspect(narrow.svg) < 1.0
    assert wide.description == narrow.description


def test_the_events_strip_draws_each_spasm_and_blink_once():
    from hfs.reports.timeline import render_events

    def event(kind, side, onset):
        return {"kind": kind, "side": side, "onset_s": onset, "offset_s": onset + 0.5}

    analysis = {
        "video": {"duration_s": 30.0},
        "events": [
            event("spasm", "left", 2.0),
            event("blink", "both", 4.0),
            event("spasm", "left", 9.0),
            event("spasm", "right", 20.0),
        ],
    }
    groups = _groups(render_events(analysis))
    assert {k for k in groups if k.startswith(("spasm-", "blink-"))} == {
        "spasm-0",
        "spasm-1",
        "spasm-2",
        "blink-0",
    }

    def left_x(gid):  # the bar's path starts at its onset
        d = next(groups[gid].iter("{http://www.w3.org/2000/svg}path")).get("d")
        return float(re.search(r"M\s*([-\d.]+)", d)[1])

    assert left_x("spasm-0") < left_x("spasm-1") < left_x("spasm-2")
    assert render_events({"video": {}, "events": []}) is None


def test_the_warm_up_drawing_runs_on_records_the_clinic_accepts():
    from hfs.reports.timeline import warm_up

    warm_up()  # builds real VideoMeasurement records (checked when made) and draws them
