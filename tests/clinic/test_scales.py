"""Clinical scales and record validation."""

from __future__ import annotations

import datetime as dt

import pytest

from hfs.clinic import (
    HFS7_ITEMS,
    JRS_FREQUENCY_ANCHORS,
    JRS_SEVERITY_ANCHORS,
    SMC_GRADES,
    HFS7Response,
    Injection,
    InjectionSite,
    JankovicScore,
    Medication,
    MVDSurgery,
    NeurophysResult,
    PatientRecord,
    ScaleScore,
    SMCGrade,
    VideoMeasurement,
    hfs7_change,
    hfs7_change_is_important,
    parse_smc_grade,
)
from hfs.errors import InputError, RecordError

# --- Jankovic -------------------------------------------------------------------


@pytest.mark.parametrize("severity", range(5))
@pytest.mark.parametrize("frequency", range(5))
def test_jankovic_total_is_sum_of_components(severity, frequency):
    s = JankovicScore(severity, frequency)
    assert s.total == severity + frequency
    assert s.to_dict() == {"severity": severity, "frequency": frequency, "total": s.total}


def test_jankovic_anchor_for_every_level():
    assert set(JRS_SEVERITY_ANCHORS) == set(range(5)) == set(JRS_FREQUENCY_ANCHORS)
    s = JankovicScore(4, 2)
    assert s.severity_anchor == JRS_SEVERITY_ANCHORS[4]
    assert s.frequency_anchor == JRS_FREQUENCY_ANCHORS[2]
    assert "1 s" in JRS_FREQUENCY_ANCHORS[2]


@pytest.mark.parametrize(
    ("severity", "frequency", "needle"),
    [(5, 0, "severity"), (0, -1, "frequency"), (2.5, 1, "severity"), (True, 1, "severity")],
)
def test_jankovic_rejects_out_of_range(severity, frequency, needle):
    with pytest.raises(InputError, match=needle):
        JankovicScore(severity, frequency)


# --- SMC ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "grade", "label"),
    [(0, 0, "0"), (1, 1, "I"), ("II", 2, "II"), ("iii", 3, "III"), ("4", 4, "IV")],
)
def test_smc_grade_by_number_or_label(given, grade, label):
    g = SMCGrade(given)
    assert g.grade == grade
    assert g.label == label
    assert g.definition == SMC_GRADES[grade][1]


def test_smc_grade_definitions_follow_lee_2012():
    assert "eye" in SMCGrade(1).definition
    assert "vision" in SMCGrade(3).definition
    assert "asymmetry" in SMCGrade(4).definition


@pytest.mark.parametrize("bad", [5, -1, "V", "grade 2", None, 1.0])
def test_smc_grade_rejects_unknown(bad):
    with pytest.raises(RecordError, match="SMC grade"):
        parse_smc_grade(bad)


# --- HFS-7 ----------------------------------------------------------------------


def test_hfs7_total_and_item_order():
    answers = [0, 1, 2, 3, 4, 0, 2]
    r = HFS7Response(answers)
    assert r.total == 12
    assert r.answers == tuple(answers)
    assert r.by_item()["item5"] == 4
    assert r.to_dict()["total"] == 12


def test_hfs7_accepts_mapping_by_key_or_number():
    by_key = HFS7Response({f"item{i}": i % 5 for i in range(1, 8)})
    by_number = HFS7Response({i: i % 5 for i in range(1, 8)})
    assert by_key == by_number
    assert by_key.answers == (1, 2, 3, 4, 0, 1, 2)


def test_hfs7_bounds():
    assert HFS7Response([0] * 7).total == 0
    assert HFS7Response([4] * 7).total == 28


def test_hfs7_rejects_answer_5():
    with pytest.raises(InputError, match=r"HFS-7 item3 must be from 0 to 4, got 5"):
        HFS7Response([1, 1, 5, 1, 1, 1, 1])


def test_hfs7_rejects_missing_item():
    answers = {f"item{i}": 2 for i in range(1, 8) if i != 6}
    with pytest.raises(InputError, match="missing answer for item6"):
        HFS7Response(answers)
    with pytest.raises(InputError, match="missing answer for item2"):
        HFS7Response([1, None, 1, 1, 1, 1, 1])
    with pytest.raises(InputError, match="needs 7 answers, got 6"):
        HFS7Response([1] * 6)


def test_hfs7_rejects_unknown_item_and_non_integers():
    with pytest.raises(InputError, match="unknown item 'item8'"):
        HFS7Response({**{f"item{i}": 1 for i in range(1, 8)}, "item8": 1})
    with pytest.raises(InputError, match="whole number"):
        HFS7Response([1, 1, 1, 1.5, 1, 1, 1])
    with pytest.raises(InputError, match="whole number"):
        HFS7Response(["2"] * 7)


def test_hfs7_items_are_placeholders_not_published_wording():
    assert len(HFS7_ITEMS) == 7
    assert [i.number for i in HFS7_ITEMS] == list(range(1, 8))
    assert all(i.domain.startswith("Placeholder:") for i in HFS7_ITEMS)


@pytest.mark.parametrize(
    ("before", "after", "important"),
    [
        (20, 17, True),  # -3: beyond -2.63
        (20, 18, False),  # -2: not enough
        (20, 20, False),
        (10, 16, False),  # worse is never an important improvement
        (28, 0, True),
    ],
)
def test_hfs7_minimal_important_change(before, after, important):
    c = hfs7_change(before, after)
    assert c.change == after - before
    assert c.important_improvement is important
    assert hfs7_change_is_important(before, after) is important


def test_hfs7_change_rejects_impossible_totals():
    with pytest.raises(InputError, match="0 to 28"):
        hfs7_change(29, 10)
    with pytest.raises(InputError, match="after"):
        hfs7_change(10, -1)


# --- records --------------------------------------------------------------------


def _patient(**kw):
    base = dict(
        internal_id="p-1",
        mrn="MRN0001",
        family_name="Doe",
        given_names=("Jane",),
        birth_date="1961-05-04",
        sex="female",
        affected_side="left",
    )
    base.update(kw)
    return PatientRecord(**base)


def test_patient_record_normalises_and_hides_phi_in_repr():
    p = _patient(affected_side="Left", given_names="Jane")
    assert p.affected_side == "left"
    assert p.birth_date == dt.date(1961, 5, 4)
    assert p.given_names == ("Jane",)
    text = repr(p)
    assert "p-1" in text
    for secret in ("Doe", "Jane", "MRN0001", "1961"):
        assert secret not in text


@pytest.mark.parametrize(
    ("field", "value", "needle"),
    [
        ("affected_side", "middle", "affected side must be one of"),
        ("sex", "x", "patient sex"),
        ("birth_date", "04/05/1961", "birth date"),
        ("mrn", "  ", "MRN"),
        ("birth_date", dt.date.today() + dt.timedelta(days=2), "future"),
    ],
)
def test_patient_record_rejects_bad_fields(field, value, needle):
    with pytest.raises(InputError, match=needle):
        _patient(**{field: value})


def test_injection_sites_must_add_up_and_match_side():
    sites = (
        InjectionSite("orbicularis oculi", "left", 10),
        InjectionSite("zygomaticus", "left", 5),
    )
    inj = Injection("i1", "2024-01-10", "onabotulinumtoxinA", 15, "left", sites)
    assert inj.sites == sites
    with pytest.raises(InputError, match="add up to 15 units but total_units is 20"):
        Injection("i1", "2024-01-10", "onabotulinumtoxinA", 20, "left", sites)
    with pytest.raises(InputError, match="site on the right side"):
        Injection(
            "i1", "2024-01-10", "x", 5, "left", (InjectionSite("orbicularis oculi", "right", 5),)
        )
    with pytest.raises(InputError, match="injection side"):
        Injection("i1", "2024-01-10", "x", 5, "up")


def test_mvd_lsr_outcome_and_medication_dates():
    assert MVDSurgery("m", "2024-06-01", "left", "Not monitored").lsr_outcome == "not_monitored"
    with pytest.raises(InputError, match="LSR outcome"):
        MVDSurgery("m", "2024-06-01", "left", "gone")
    with pytest.raises(InputError, match="before its start"):
        Medication("d", "carbamazepine", "200 mg twice daily", "2024-02-01", "2024-01-01")


def test_neurophys_and_scale_records():
    with pytest.raises(InputError, match="absent LSR"):
        NeurophysResult("n", "2024-01-01", "left", False, onset_latency_ms=10.0)
    with pytest.raises(InputError, match="at least one"):
        ScaleScore("s", "2024-01-01")
    s = ScaleScore("s", "2024-01-01", hfs7=HFS7Response([1] * 7))
    assert s.to_dict()["hfs7"]["total"] == 7


def test_video_measurement_from_analysis_contract():
    analysis = {
        "schema": "hfs.video.analysis/1",
        "summary": {
            "affected_side": "left",
            "spasms_per_min": 8.0,
            "spasm_time_fraction": 0.15,
            "longest_spasm_s": 3.2,
            "blinks_per_min": 16.0,
            "jankovic": {"severity": 3, "frequency": 3, "total": 6, "rule": "..."},
            "smc": {"grade": 2, "label": "II", "rest_asymmetry": False, "rule": "..."},
        },
    }
    v = VideoMeasurement.from_analysis(
        analysis, record_id="v1", measured_on="2024-01-02", video_ref="videos/ab.mp4"
    )
    assert (v.spasms_per_min, v.spasm_time_fraction, v.longest_spasm_s) == (8.0, 0.15, 3.2)
    assert v.jankovic.total == 6 and v.smc.label == "II"
    with pytest.raises(InputError, match="not supported"):
        VideoMeasurement.from_analysis(
            {**analysis, "schema": "hfs.video.analysis/2"},
            record_id="v1",
            measured_on="2024-01-02",
            video_ref="x",
        )
    bad = {**analysis, "summary": {**analysis["summary"], "spasm_time_fraction": 1.5}}
    with pytest.raises(InputError, match="spasm_time_fraction must be at most 1"):
        VideoMeasurement.from_analysis(bad, record_id="v1", measured_on="2024-01-02", video_ref="x")
