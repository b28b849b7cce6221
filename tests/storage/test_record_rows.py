"""Each record kind's table holds exactly the record's declared columns, typed by
``COLUMN_TYPES``, and the migrations build the same columns: a field added to a record
declaration without its column (or a migration) fails here."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import Boolean, Date, Float, Integer, MetaData, String, Table, inspect
from sqlalchemy import Column as SAColumn

from hfs.clinic.records import RECORD_KINDS, Column, Medication, PatientRecord, columns, spec
from hfs.storage import clinic_store as store
from hfs.storage import create_db_engine, make_session_factory, migrate
from hfs.storage.models import (
    COLUMN_TYPES,
    ROW_BOOKKEEPING,
    MedicationRow,
    Patient,
)


def _mismatches(cls: type, table: Table) -> list[str]:
    """What differs between a record declaration and its table (empty: nothing)."""
    own = {c.name: c for c in table.columns if c.name not in ROW_BOOKKEEPING}
    declared = {c.name: c for c in columns(cls)}
    out = [f"{n}: declared, no column" for n in declared.keys() - own.keys()]
    out += [f"{n}: column, not declared" for n in own.keys() - declared.keys()]
    for name in declared.keys() & own.keys():
        col: Column = declared[name]
        sql = own[name]
        if not isinstance(sql.type, COLUMN_TYPES[col.type]):
            out.append(f"{name}: {col.type.__name__} stored as {sql.type}")
        if sql.nullable != col.optional:
            out.append(f"{name}: optional={col.optional} but nullable={sql.nullable}")
        longest = max([col.max_length or 0, *(len(c) for c in col.choices or ())])
        length = getattr(sql.type, "length", None)
        if col.type is str and length is not None and length < longest:
            out.append(f"{name}: {length} characters cannot hold {longest}")
    return sorted(out)


@pytest.mark.parametrize("kind", sorted(RECORD_KINDS))
def test_each_record_row_holds_exactly_its_declared_columns(kind):
    assert kind in store.RECORD_ROWS, f"record kind {kind} has no table"
    assert _mismatches(RECORD_KINDS[kind], store.RECORD_ROWS[kind].__table__) == []


def test_the_patient_row_holds_exactly_the_patient_records_columns():
    assert _mismatches(PatientRecord, Patient.__table__) == []


def test_every_table_row_is_a_declared_kind():
    assert set(store.RECORD_ROWS) == set(RECORD_KINDS)


def test_the_check_catches_a_field_added_in_one_place_only():
    # A record with one more field than its row: the check names it, so a
    # declaration and a table cannot drift apart unnoticed.
    @dataclasses.dataclass(frozen=True)
    class MedicationWithRoute(Medication):
        route: str | None = dataclasses.field(default=None, metadata=spec(max_length=40))

    assert _mismatches(MedicationWithRoute, MedicationRow.__table__) == [
        "route: declared, no column"
    ]

    narrow = Table(  # a table whose columns disagree in type and size
        "medications",
        MetaData(),
        SAColumn("id", Integer, primary_key=True),
        SAColumn("patient_id", String(32), nullable=False),
        SAColumn("name", String(20), nullable=False),
        SAColumn("dose", String(100), nullable=False),
        SAColumn("start_date", Float, nullable=False),
        SAColumn("stop_date", Date, nullable=True),
        SAColumn("extra", Boolean, nullable=True),
    )
    assert _mismatches(Medication, narrow) == [
        "extra: column, not declared",
        "name: 20 characters cannot hold 100",
        "start_date: date stored as FLOAT",
    ]


def test_the_migrations_build_the_declared_columns(tmp_path):
    engine = create_db_engine(f"sqlite:///{tmp_path / 'm.db'}")
    migrate(engine)
    insp = inspect(engine)
    for kind, cls in RECORD_KINDS.items():
        table = store.RECORD_ROWS[kind].__table__
        built = {c["name"]: c for c in insp.get_columns(table.name)}
        assert set(built) == {c.name for c in table.columns}, kind
        for col in columns(cls):
            assert built[col.name]["nullable"] == col.optional, (kind, col.name)
    engine.dispose()


def test_each_kind_goes_in_and_comes_back_the_same(tmp_path):
    # The one generic mapping, on a real database, for every declared kind.
    examples = {
        "injection": {
            "given_on": "2026-01-10",
            "product": "onabotulinumtoxinA",
            "total_units": 25,
            "side": "left",
            "sites": [
                {"muscle": "orbicularis oculi", "side": "left", "units": 15},
                {"muscle": "zygomaticus major", "side": "left", "units": 10},
            ],
        },
        "medication": {"name": "carbamazepine", "dose": "200 mg", "start_date": "2025-06-01"},
        "mvd": {"performed_on": "2026-04-02", "side": "left", "lsr_outcome": "persisted"},
        "scale": {
            "scored_on": "2026-01-10",
            "jrs_severity": 3,
            "jrs_frequency": 2,
            "hfs7_answers": [2, 1, 3, 2, 1, 0, 2],
        },
        "neurophys": {
            "measured_on": "2026-04-02",
            "side": "left",
            "lsr_present": True,
            "onset_latency_ms": 9.4,
            "amplitude_uv": 150.0,
        },
    }
    assert set(examples) == set(RECORD_KINDS)
    engine = create_db_engine(f"sqlite:///{tmp_path / 'r.db'}")
    migrate(engine)
    with make_session_factory(engine)() as db:
        p = store.create_patient(
            db,
            mrn="R-1",
            family_name="Row",
            given_names=["Ann"],
            birth_date="1960-05-05",
            sex="female",
            affected_side="left",
        )
        ids = {kind: store.add_record(db, p, kind, data).id for kind, data in examples.items()}
        db.commit()
        back = store.patient_records(db, db.get(Patient, p.id))
        got = {
            "injection": back.injections,
            "medication": back.medications,
            "mvd": back.surgeries,
            "scale": back.scales,
            "neurophys": back.neurophys,
        }
        for kind, data in examples.items():
            (rec,) = got[kind]
            assert rec.record_id == f"{kind}-{ids[kind]}"
            assert rec == RECORD_KINDS[kind].from_values(rec.record_id, data)
    engine.dispose()


def test_patient_records_by_kind_lists_every_declared_kind():
    # The timeline and the tables walk by_kind(): a declared kind missing from it
    # would silently vanish from the patient's timeline.
    empty = store.PatientRecords(None, [], [], [], [], [], [])
    assert set(empty.by_kind()) == {"video", *RECORD_KINDS}
