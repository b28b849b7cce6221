"""The API's record request models come from the record declarations
(``hfs.web.schemas.input_model``): a new record type or field is declared once, in
``hfs.clinic.records``, and the API takes it with the same checks as before."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import ClassVar

import pytest
from pydantic import ValidationError

from hfs.clinic.records import RECORD_KINDS, PatientRecord, _Record, columns, spec
from hfs.web.routes import patients
from hfs.web.schemas import input_model

ROUTE_MODELS = {
    "injection": patients.InjectionCreate,
    "medication": patients.MedicationCreate,
    "mvd": patients.SurgeryCreate,
    "scale": patients.ScaleCreate,
    "neurophys": patients.NeurophysCreate,
}


def test_every_record_kind_has_a_request_model_built_from_its_declaration():
    assert set(ROUTE_MODELS) == set(RECORD_KINDS)
    for kind, cls in RECORD_KINDS.items():
        model = ROUTE_MODELS[kind]
        assert model is input_model(cls)
        assert list(model.model_fields) == [c.name for c in columns(cls)]
        assert "record_id" not in model.model_fields
    # The patient too; its id is the server's.
    assert patients.PatientCreate is input_model(PatientRecord)
    assert list(patients.PatientCreate.model_fields) == [
        "mrn",
        "family_name",
        "given_names",
        "birth_date",
        "sex",
        "affected_side",
    ]
    assert patients.PatientCreate.model_fields["affected_side"].default == "unspecified"


def test_a_new_record_type_is_one_declaration():
    # A made-up record type, declared only here: the request model follows from it.
    @dataclasses.dataclass(frozen=True)
    class Tinnitus(_Record):
        KIND: ClassVar[str] = "tinnitus"
        record_id: str
        noted_on: dt.date = dataclasses.field(metadata=spec(event="tinnitus date"))
        side: str = dataclasses.field(metadata=spec(choices=("left", "right")))
        loudness: float | None = None
        note: str | None = dataclasses.field(default=None, metadata=spec(max_length=20))

    model = input_model(Tinnitus)
    ok = model.model_validate({"noted_on": "2026-01-02", "side": "left", "loudness": 3})
    assert ok.model_dump() == {
        "noted_on": dt.date(2026, 1, 2),
        "side": "left",
        "loudness": 3.0,
        "note": None,
    }
    rec = Tinnitus.from_values("tinnitus-1", ok.model_dump())
    assert rec.to_values() == ok.model_dump()
    for bad, where in (
        ({"noted_on": "2026-01-02", "side": "up"}, "side"),
        ({"noted_on": "2026-01-02", "side": "left", "note": "x" * 21}, "note"),
        ({"noted_on": "2026-01-02", "side": "left", "note": "a\nb"}, "note"),
        ({"noted_on": "2026-01-02", "side": "left", "record_id": "x"}, "record_id"),
        ({"side": "left"}, "noted_on"),
    ):
        with pytest.raises(ValidationError) as err:
            model.model_validate(bad)
        assert [e["loc"][0] for e in err.value.errors()] == [where]


def test_derived_models_answer_as_the_api_did(clinician, patient_id):
    url = f"/api/patients/{patient_id}"
    surgery = {"performed_on": "2026-01-02", "side": "left", "lsr_outcome": "persisted"}
    r = clinician.post(f"{url}/surgeries", json={**surgery, "side": "both"})
    assert r.status_code == 422
    assert r.json()["detail"] == "side: Input should be 'left' or 'right'"
    r = clinician.post(f"{url}/surgeries", json={**surgery, "record_id": "mvd-9"})
    assert r.status_code == 422 and r.json()["detail"].startswith("record_id: Extra inputs")
    # Free text keeps its line breaks; one-line fields refuse them.
    r = clinician.post(f"{url}/surgeries", json={**surgery, "baep_notes": "wave V\nstable"})
    assert r.status_code == 201
    r = clinician.post(f"{url}/surgeries", json={**surgery, "baep_notes": "x" * 2001})
    assert r.status_code == 422 and r.json()["detail"].startswith("baep_notes:")
    injection = {"given_on": "2026-01-02", "product": "onabotulinumtoxinA", "side": "left"}
    r = clinician.post(
        f"{url}/injections", json={**injection, "total_units": 10, "product": "a\nb"}
    )
    assert r.status_code == 422 and "one line" in r.json()["detail"]
    site = {"muscle": "orbicularis oculi", "side": "left", "units": 10}
    r = clinician.post(
        f"{url}/injections", json={**injection, "total_units": 10, "sites": [{**site, "x": 1}]}
    )
    assert r.status_code == 422 and r.json()["detail"].startswith("sites.0.x: Extra inputs")
    # Ranges are the record's: a clear 400 naming the field.
    r = clinician.post(f"{url}/injections", json={**injection, "total_units": 5000})
    assert r.status_code == 400 and "total_units must be at most 1000" in r.json()["detail"]
    r = clinician.post(f"{url}/injections", json={**injection, "total_units": 10, "sites": [site]})
    assert r.status_code == 201
    record = clinician.get(url).json()["timeline"]
    assert [e["kind"] for e in record] == ["injection", "mvd"]
    assert record[1]["record"]["baep_notes"] == "wave V\nstable"
