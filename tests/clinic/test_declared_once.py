"""A record type is declared once (hfs.clinic.records): its columns, the generic
row mapping and its FHIR mapping all come from, or sit beside, that declaration."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import ClassVar

import pytest

from hfs.clinic import export_bundle
from hfs.clinic.fhir import FHIR_MAPPINGS
from hfs.clinic.records import (
    RECORD_KINDS,
    Injection,
    InjectionSite,
    Medication,
    NeurophysResult,
    PatientRecord,
    ScaleScore,
    columns,
    event_date,
)
from hfs.clinic.scales import HFS7Response, JankovicScore, SMCGrade
from hfs.errors import RecordError

PATIENT = PatientRecord("p-1", "M-1", "Doe", ("Jo",), "1970-01-02", "female", "left")


def test_every_record_kind_has_a_fhir_mapping_and_an_event_date():
    assert [k for k, cls in RECORD_KINDS.items() if cls not in FHIR_MAPPINGS] == []
    for cls in RECORD_KINDS.values():
        day, label = event_date(cls)
        assert day in {f.name for f in dataclasses.fields(cls)} and label


def test_a_record_type_without_a_fhir_mapping_is_refused_not_dropped():
    @dataclasses.dataclass(frozen=True)
    class Diary(Medication):  # a new type, declared but not mapped
        KIND: ClassVar[str] = "diary"

    with pytest.raises(RecordError, match="no FHIR mapping for Diary"):
        export_bundle(PATIENT, records=[Diary("diary-1", "x", "1 mg", "2025-01-01")])


def test_columns_are_the_fields_less_the_server_set_id_with_scales_kept_flat():
    assert [c.name for c in columns(Medication)] == ["name", "dose", "start_date", "stop_date"]
    by_name = {c.name: c for c in columns(Injection)}
    assert by_name["side"].choices == ("left", "right", "bilateral")
    assert by_name["sites"].items is InjectionSite and by_name["sites"].default == []
    assert by_name["total_units"].type is float and not by_name["total_units"].optional
    assert [c.name for c in columns(ScaleScore)] == [
        "scored_on",
        "jrs_severity",
        "jrs_frequency",
        "smc_grade",
        "hfs7_answers",
    ]
    assert {c.name: c.optional for c in columns(NeurophysResult)}["onset_latency_ms"] is True


def test_flat_values_make_the_same_record_the_constructor_does_and_back():
    values = {
        "scored_on": "2026-01-10",
        "jrs_severity": 3,
        "jrs_frequency": 2,
        "smc_grade": None,
        "hfs7_answers": [2, 1, 3, 2, 1, 0, 2],
    }
    rec = ScaleScore.from_values("scale-4", values)
    assert rec == ScaleScore(
        "scale-4",
        dt.date(2026, 1, 10),
        jankovic=JankovicScore(3, 2),
        hfs7=HFS7Response([2, 1, 3, 2, 1, 0, 2]),
    )
    assert rec.to_values() == {**values, "scored_on": dt.date(2026, 1, 10)}
    inj = Injection.from_values(
        "injection-1",
        {
            "given_on": "2026-01-10",
            "product": "onabotulinumtoxinA",
            "total_units": 25,
            "side": "left",
            "sites": [{"muscle": "orbicularis oculi", "side": "left", "units": 25}],
        },
    )
    assert inj.sites == (InjectionSite("orbicularis oculi", "left", 25),)
    assert inj.to_values()["total_units"] == 25.0
    assert isinstance(inj.to_values()["total_units"], float)
    assert inj.to_values()["sites"] == [
        {"muscle": "orbicularis oculi", "side": "left", "units": 25}
    ]
    assert ScaleScore.from_values("s", {"scored_on": "2026-01-10", "smc_grade": 2}).smc == SMCGrade(
        2
    )


@pytest.mark.parametrize(
    ("cls", "values", "message"),
    [
        (ScaleScore, {"scored_on": "2026-01-01", "jrs_severity": 2}, "both severity and frequency"),
        (ScaleScore, {"scored_on": "2026-01-01"}, "at least one of Jankovic"),
        (
            Injection,
            {
                "given_on": "2026-01-01",
                "product": "x",
                "total_units": 5,
                "side": "left",
                "sites": 5,
            },
            "injection sites must be a list",
        ),
        (
            Injection,
            {
                "given_on": "2026-01-01",
                "product": "x",
                "total_units": 5,
                "side": "left",
                "sites": [1],
            },
            "each of the injection sites must be an object with muscle, side, units",
        ),
        (Medication, {"name": "x", "dose": "1"}, "medication start date"),
    ],
)
def test_bad_flat_values_are_refused_with_the_field_named(cls, values, message):
    with pytest.raises(RecordError, match=message):
        cls.from_values("x-1", values)


def test_mixed_records_export_as_the_same_bundle_as_records_by_kind():
    inj = Injection("injection-1", "2026-01-05", "onabotulinumtoxinA", 10, "left")
    med = Medication("medication-1", "carbamazepine", "200 mg", "2025-01-01")
    s1 = ScaleScore("scale-1", "2025-03-01", smc=SMCGrade(2), hfs7=HFS7Response([1] * 7))
    s2 = ScaleScore("scale-2", "2025-01-01", jankovic=JankovicScore(2, 3))
    by_kind = export_bundle(PATIENT, injections=[inj], medications=[med], scales=[s1, s2])
    mixed = export_bundle(PATIENT, records=[s1, inj, s2, med])
    assert mixed == by_kind
    types = [e["resource"]["resourceType"] for e in mixed["entry"]]
    # Scales by date: the Jankovic Observation of January before the HFS-7 of March;
    # the Questionnaire once, before the scales.
    assert types.count("Questionnaire") == 1
    assert types.index("Questionnaire") < types.index("QuestionnaireResponse")
