"""What the clinic keeps about a patient, as plain frozen dataclasses.

These types know nothing of a database or of HTTP: the storage layer maps its rows
onto them, the FHIR export (:mod:`hfs.clinic.fhir`) reads them. Every record checks
its fields when it is made and raises :class:`hfs.errors.RecordError` (an
:class:`hfs.errors.InputError`) with the field named when a value cannot be used.

Conventions: sides are the patient's anatomical ``left``/``right``; units are in the
field names (``total_units``, ``onset_latency_ms``, ``amplitude_uv``); dates are
:class:`datetime.date` (ISO ``YYYY-MM-DD`` strings are accepted and converted).
``record_id`` is the storage layer's own id of the row; together with the patient's
``internal_id`` it makes the exported FHIR identifiers stable.

Nothing here is a diagnosis: these are records of what was measured, given and scored.

The ``repr`` of :class:`PatientRecord` leaves out name, MRN and birth date, so a
record that ends up in a log line does not carry them.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import typing
from collections.abc import Mapping
from dataclasses import MISSING, asdict, dataclass, field, fields
from typing import Any, ClassVar, Final

from hfs.clinic.scales import HFS7Response, JankovicScore, SMCGrade
from hfs.errors import RecordError

__all__ = [
    "AFFECTED_SIDES",
    "LSR_OUTCOMES",
    "RECORD_KINDS",
    "SEXES",
    "VIDEO_SCHEMA",
    "Column",
    "Injection",
    "InjectionSite",
    "MVDSurgery",
    "Medication",
    "NeurophysResult",
    "PatientRecord",
    "ScaleScore",
    "VideoMeasurement",
    "columns",
    "event_date",
    "spec",
]

#: Sides a patient's HFS can be recorded with.
AFFECTED_SIDES: Final = ("left", "right", "bilateral", "unspecified")
#: Sides a video analysis reports (``none``: no spasm found in that video).
VIDEO_SIDES: Final = ("left", "right", "none")
#: Sides a treatment is given on.
TREATMENT_SIDES: Final = ("left", "right", "bilateral")
#: Administrative sex, as FHIR's ``AdministrativeGender``.
SEXES: Final = ("female", "male", "other", "unknown")
#: Lateral spread response at the end of decompression surgery.
LSR_OUTCOMES: Final = ("disappeared", "persisted", "not_monitored")
#: The video analysis JSON contract this module reads (docs/video.md).
VIDEO_SCHEMA: Final = "hfs.video.analysis/1"


# ---------------------------------------------------------------------------------
# field checks
# ---------------------------------------------------------------------------------


def _set(obj: Any, name: str, value: Any) -> None:
    object.__setattr__(obj, name, value)


def _text(value: Any, name: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise RecordError(f"{name} must be non-empty text, got {value!r}")
    return value.strip()


def _date(value: Any, name: str, *, optional: bool = False) -> dt.date | None:
    if value is None and optional:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise RecordError(f"{name} must be a date (YYYY-MM-DD), got {value!r}")


def _number(
    value: Any,
    name: str,
    *,
    lo: float | None = None,
    hi: float | None = None,
    optional: bool = False,
    positive: bool = False,
) -> float | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise RecordError(f"{name} must be a finite number, got {value!r}")
    if positive and value <= 0:
        raise RecordError(f"{name} must be greater than 0, got {value}")
    if lo is not None and value < lo:
        raise RecordError(f"{name} must be at least {lo}, got {value}")
    if hi is not None and value > hi:
        raise RecordError(f"{name} must be at most {hi}, got {value}")
    return value


def _choice(value: Any, name: str, allowed: tuple[str, ...]) -> str:
    if isinstance(value, str) and value.strip().lower() in allowed:
        return value.strip().lower()
    raise RecordError(f"{name} must be one of {', '.join(allowed)}; got {value!r}")


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


# ---------------------------------------------------------------------------------
# declarations: what a record's fields look like outside Python
# ---------------------------------------------------------------------------------
#
# A record type is declared once, here. Its dataclass fields, with the metadata
# :func:`spec` puts on them, say what the API takes (``hfs.web.schemas.input_model``
# builds the request model from them), what a table stores (``hfs.storage.models``
# rows; a test checks their columns against :func:`columns`) and how a row maps back
# (:meth:`_Record.from_values` / :meth:`_Record.to_values`, one generic pair). The
# FHIR mapping sits beside it in :data:`hfs.clinic.fhir.FHIR_MAPPINGS`. Adding a record
# type is a new class here with a ``KIND``, its FHIR function and a migration.

#: The metadata key of a field's :class:`Spec`.
SPEC: Final = "hfs"
#: Fields the storage layer sets, never taken from input (a row's id).
SERVER_SET: Final = ("record_id", "internal_id")


@dataclass(frozen=True)
class Column:
    """One flat value of a record as the API takes it and a table stores it.

    ``type`` is one of ``str``, ``int``, ``float``, ``bool``, ``datetime.date`` or
    ``list`` (then ``items`` is ``int``, ``str`` (lines of text) or a nested record
    class, kept as a list of objects). ``min_length``/``max_length`` bound text or a
    list (the request's bounds); ``choices`` are the allowed
    words; ``text`` is ``line`` (one line) or ``text`` (free text with line breaks).
    """

    name: str
    type: type
    optional: bool = False
    max_length: int | None = None
    min_length: int | None = None
    choices: tuple[str, ...] | None = None
    text: str = "line"
    items: type | None = None
    default: Any = None


@dataclass(frozen=True)
class Spec:
    """What :func:`spec` attaches to a record field (see :class:`Column`).

    A field holding a scale object is kept as several flat columns: ``columns``
    lists them, ``pack(values)`` makes the object (or None) from them and
    ``unpack(obj)`` gives their values back.
    """

    max_length: int | None = None
    min_length: int | None = None
    choices: tuple[str, ...] | None = None
    text: str = "line"
    event: str | None = None
    columns: tuple[Column, ...] = ()
    pack: Any = None
    unpack: Any = None


def spec(**kw: Any) -> dict:
    """Field metadata for a record field: ``field(metadata=spec(max_length=100))``."""
    return {SPEC: Spec(**kw)}


def _hint_column(name: str, hint: Any, s: Spec, default: Any) -> Column:
    optional = False
    args = typing.get_args(hint)
    if type(None) in args:
        optional = True
        (hint,) = [a for a in args if a is not type(None)]
    origin = typing.get_origin(hint)
    items = None
    if origin in (tuple, list):
        items = typing.get_args(hint)[0]
        hint = list
    if hint not in (str, int, float, bool, dt.date, list):
        raise TypeError(f"record field {name}: no column type for {hint!r}; declare its columns")
    if default is MISSING:
        default = None
    elif isinstance(default, tuple):
        default = list(default)
    return Column(
        name, hint, optional, s.max_length, s.min_length, s.choices, s.text, items, default
    )


def columns(cls: type) -> tuple[Column, ...]:
    """The flat values of a record type, in field order, leaving out :data:`SERVER_SET`:
    the API's request fields and the table's own columns."""
    return _columns(cls)


@functools.cache
def _columns(cls: type) -> tuple[Column, ...]:
    hints = typing.get_type_hints(cls)
    out: list[Column] = []
    for f in fields(cls):
        if f.name in SERVER_SET:
            continue
        s = f.metadata.get(SPEC, Spec())
        if s.columns:
            out.extend(s.columns)
        else:
            out.append(_hint_column(f.name, hints[f.name], s, f.default))
    return tuple(out)


def event_date(cls: type) -> tuple[str, str]:
    """(field, label) of the date a record happened on (``given_on``, "injection date")."""
    for f in fields(cls):
        s = f.metadata.get(SPEC)
        if s is not None and s.event:
            return f.name, s.event
    raise TypeError(f"{cls.__name__} declares no event date")


class _Record:
    #: The record's kind: its id prefix (``injection-3``) and audit object type.
    KIND: ClassVar[str] = ""

    def to_dict(self) -> dict:
        """JSON-ready dict of the record's fields (dates as ISO strings)."""
        return _plain(asdict(self))  # type: ignore[call-overload]

    @classmethod
    def from_values(cls, record_id: str | None, values: Mapping[str, Any]) -> Any:
        """The record from its flat values (a request body, a row's columns), checked.

        Raises
        ------
        hfs.errors.RecordError
            As the record's own checks do; also when a list field is not a list of
            objects.
        """
        if not isinstance(values, Mapping):
            raise RecordError(f"{cls.__name__} values must be an object")
        kw: dict[str, Any] = {}
        for f in fields(cls):
            if f.name in SERVER_SET:
                kw[f.name] = record_id
                continue
            s = f.metadata.get(SPEC, Spec())
            if s.columns:
                kw[f.name] = s.pack(values)
                continue
            (col,) = [c for c in _columns(cls) if c.name == f.name]
            value = values.get(f.name)
            if value is None and col.default is not None:
                value = col.default
            if col.type is list and isinstance(col.items, type) and issubclass(col.items, _Record):
                value = _nested(value, col.items, f"{cls.KIND} {f.name}".strip())
            kw[f.name] = value
        return cls(**kw)

    def to_values(self) -> dict[str, Any]:
        """The record's flat values (dates as dates), as a row stores them."""
        out: dict[str, Any] = {}
        for f in fields(self):  # type: ignore[arg-type]
            if f.name in SERVER_SET:
                continue
            s = f.metadata.get(SPEC, Spec())
            value = getattr(self, f.name)
            if s.columns:
                out.update(s.unpack(value))
            elif isinstance(value, tuple):
                out[f.name] = [v.to_dict() if isinstance(v, _Record) else v for v in value]
            elif isinstance(value, int | float) and not isinstance(value, bool):
                (col,) = [c for c in _columns(type(self)) if c.name == f.name]
                out[f.name] = float(value) if col.type is float else value
            else:
                out[f.name] = value
        return out


def _nested(value: Any, cls: type, what: str) -> tuple:
    if not isinstance(value, list | tuple):
        raise RecordError(f"{what} must be a list")
    names = ", ".join(c.name for c in _columns(cls))
    out = []
    for item in value:
        if isinstance(item, cls):
            out.append(item)
        elif isinstance(item, Mapping):
            out.append(cls.from_values(None, item))
        else:
            raise RecordError(f"each of the {what} must be an object with {names}")
    return tuple(out)


# ---------------------------------------------------------------------------------
# records
# ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PatientRecord(_Record):
    """A patient as the clinic keeps them.

    Parameters
    ----------
    internal_id : str
        The clinic database's own id; never shown to others, used to derive stable
        export identifiers.
    mrn : str
        Hospital medical record number.
    family_name : str
    given_names : tuple of str
        At least one given name.
    birth_date : datetime.date
    sex : {'female', 'male', 'other', 'unknown'}
        Administrative sex.
    affected_side : {'left', 'right', 'bilateral', 'unspecified'}
        The side of the face with spasm, as recorded by the clinic.
    """

    KIND: ClassVar[str] = "patient"

    internal_id: str
    mrn: str = field(repr=False, metadata=spec(min_length=1, max_length=64))
    family_name: str = field(repr=False, metadata=spec(min_length=1, max_length=100))
    given_names: tuple[str, ...] = field(repr=False, metadata=spec(min_length=1, max_length=5))
    birth_date: dt.date = field(repr=False)
    sex: str = field(metadata=spec(choices=SEXES))
    affected_side: str = field(default="unspecified", metadata=spec(choices=AFFECTED_SIDES))

    def __post_init__(self) -> None:
        _set(self, "internal_id", _text(self.internal_id, "patient internal_id"))
        _set(self, "mrn", _text(self.mrn, "patient MRN"))
        _set(self, "family_name", _text(self.family_name, "patient family name"))
        given = (self.given_names,) if isinstance(self.given_names, str) else self.given_names
        if not isinstance(given, tuple | list) or not given:
            raise RecordError("patient given names must be a list of at least one name")
        _set(self, "given_names", tuple(_text(g, "patient given name") for g in given))
        birth = _date(self.birth_date, "patient birth date")
        if birth > dt.date.today():
            raise RecordError(f"patient birth date {birth} is in the future")
        _set(self, "birth_date", birth)
        _set(self, "sex", _choice(self.sex, "patient sex", SEXES))
        _set(self, "affected_side", _choice(self.affected_side, "affected side", AFFECTED_SIDES))


@dataclass(frozen=True)
class VideoMeasurement(_Record):
    """The summary of one analysed face video (contract ``hfs.video.analysis/1``).

    Parameters
    ----------
    record_id : str
    measured_on : datetime.date
        The day the video was filmed.
    video_ref : str
        Where the stored video is (a storage key or URL); never the bytes.
    content_type : str
        MIME type of the stored video, e.g. ``video/mp4``.
    spasms_per_min : float
        Spasms per minute on the affected side.
    spasm_time_fraction : float
        Fraction of the video's time in spasm, 0-1.
    longest_spasm_s : float
    blinks_per_min : float
    affected_side : {'left', 'right', 'none'}
        The side the analysis found (``none``: no spasm found).
    jankovic : JankovicScore or None
        The analysis' video ESTIMATE of the Jankovic score (not a clinician's rating).
    smc : SMCGrade or None
        The analysis' video ESTIMATE of the SMC grade.
    schema : str
        The analysis JSON contract the numbers came from.
    """

    record_id: str
    measured_on: dt.date = field(metadata=spec(event="video date"))
    video_ref: str
    content_type: str
    spasms_per_min: float
    spasm_time_fraction: float
    longest_spasm_s: float
    blinks_per_min: float
    affected_side: str
    jankovic: JankovicScore | None = None
    smc: SMCGrade | None = None
    schema: str = VIDEO_SCHEMA

    def __post_init__(self) -> None:
        _set(self, "record_id", _text(self.record_id, "video record_id"))
        _set(self, "measured_on", _date(self.measured_on, "video date"))
        _set(self, "video_ref", _text(self.video_ref, "video reference"))
        ctype = _text(self.content_type, "video content type")
        if not ctype.startswith("video/"):
            raise RecordError(f"video content type must be video/..., got {ctype!r}")
        _set(self, "content_type", ctype)
        _number(self.spasms_per_min, "spasms_per_min", lo=0)
        _number(self.spasm_time_fraction, "spasm_time_fraction", lo=0, hi=1)
        _number(self.longest_spasm_s, "longest_spasm_s", lo=0)
        _number(self.blinks_per_min, "blinks_per_min", lo=0)
        _set(self, "affected_side", _choice(self.affected_side, "video affected side", VIDEO_SIDES))
        if self.jankovic is not None and not isinstance(self.jankovic, JankovicScore):
            raise RecordError("video jankovic must be a JankovicScore or None")
        if self.smc is not None and not isinstance(self.smc, SMCGrade):
            raise RecordError("video smc must be an SMCGrade or None")
        if self.schema != VIDEO_SCHEMA:
            raise RecordError(
                f"video analysis schema {self.schema!r} is not supported; expected {VIDEO_SCHEMA}"
            )

    @classmethod
    def from_analysis(
        cls,
        analysis: Mapping[str, Any],
        *,
        record_id: str,
        measured_on: dt.date | str,
        video_ref: str,
        content_type: str = "video/mp4",
    ) -> VideoMeasurement:
        """Make a measurement from an ``hfs.video.analysis/1`` JSON dict.

        Parameters
        ----------
        analysis : mapping
            The analysis JSON (``VideoAnalysis.to_dict()`` or the parsed file).
        record_id, measured_on, video_ref, content_type
            See the class.

        Raises
        ------
        hfs.errors.RecordError
            If the schema is not ``hfs.video.analysis/1`` or a summary field is
            missing or out of range.
        """
        if not isinstance(analysis, Mapping):
            raise RecordError("video analysis must be a JSON object")
        schema = analysis.get("schema")
        if schema != VIDEO_SCHEMA:
            raise RecordError(
                f"video analysis schema {schema!r} is not supported; expected {VIDEO_SCHEMA}"
            )
        summary = analysis.get("summary")
        if not isinstance(summary, Mapping):
            raise RecordError("video analysis has no summary object")
        needed = (
            "spasms_per_min",
            "spasm_time_fraction",
            "longest_spasm_s",
            "blinks_per_min",
            "affected_side",
        )
        missing = [k for k in needed if k not in summary]
        if missing:
            raise RecordError(f"video analysis summary lacks {', '.join(missing)}")
        jrs = summary.get("jankovic")
        smc = summary.get("smc")
        return cls(
            record_id=record_id,
            measured_on=measured_on,
            video_ref=video_ref,
            content_type=content_type,
            spasms_per_min=summary["spasms_per_min"],
            spasm_time_fraction=summary["spasm_time_fraction"],
            longest_spasm_s=summary["longest_spasm_s"],
            blinks_per_min=summary["blinks_per_min"],
            affected_side=summary["affected_side"],
            jankovic=(
                JankovicScore(jrs.get("severity"), jrs.get("frequency"))
                if isinstance(jrs, Mapping)
                else None
            ),
            smc=SMCGrade(smc.get("grade")) if isinstance(smc, Mapping) else None,
            schema=schema,
        )


@dataclass(frozen=True)
class InjectionSite(_Record):
    """One injection point of a botulinum toxin session.

    Parameters
    ----------
    muscle : str
        The muscle or area, e.g. ``orbicularis oculi (pretarsal)``.
    side : {'left', 'right'}
    units : float
        Units of toxin given there (product-specific units).
    """

    muscle: str = field(metadata=spec(max_length=100))
    side: str = field(metadata=spec(choices=("left", "right")))
    units: float

    def __post_init__(self) -> None:
        _set(self, "muscle", _text(self.muscle, "injection site muscle"))
        _set(self, "side", _choice(self.side, "injection site side", ("left", "right")))
        _number(self.units, "injection site units", positive=True, hi=1000)


@dataclass(frozen=True)
class Injection(_Record):
    """A botulinum toxin injection session.

    Parameters
    ----------
    record_id : str
    given_on : datetime.date
    product : str
        E.g. ``onabotulinumtoxinA``. Units of different products are not
        interchangeable; the product is kept with every dose.
    total_units : float
        Total units given in the session.
    side : {'left', 'right', 'bilateral'}
    sites : tuple of InjectionSite
        Where the units went. When given, their units must add up to
        ``total_units`` (within 0.01 U).
    """

    KIND: ClassVar[str] = "injection"

    record_id: str
    given_on: dt.date = field(metadata=spec(event="injection date"))
    product: str = field(metadata=spec(max_length=100))
    total_units: float
    side: str = field(metadata=spec(choices=TREATMENT_SIDES))
    sites: tuple[InjectionSite, ...] = field(default=(), metadata=spec(max_length=40))

    def __post_init__(self) -> None:
        _set(self, "record_id", _text(self.record_id, "injection record_id"))
        _set(self, "given_on", _date(self.given_on, "injection date"))
        _set(self, "product", _text(self.product, "injection product"))
        _number(self.total_units, "injection total_units", positive=True, hi=1000)
        _set(self, "side", _choice(self.side, "injection side", TREATMENT_SIDES))
        sites = tuple(self.sites)
        for s in sites:
            if not isinstance(s, InjectionSite):
                raise RecordError("injection sites must be InjectionSite records")
        if sites:
            added = sum(s.units for s in sites)
            if abs(added - self.total_units) > 0.01:
                raise RecordError(
                    f"injection sites add up to {added:g} units but total_units is "
                    f"{self.total_units:g}"
                )
            wrong = sorted({s.side for s in sites} - _sides_of(self.side))
            if wrong:
                raise RecordError(
                    f"injection on the {self.side} side has a site on the {wrong[0]} side"
                )
        _set(self, "sites", sites)


def _sides_of(side: str) -> set[str]:
    return {"left", "right"} if side == "bilateral" else {side}


@dataclass(frozen=True)
class Medication(_Record):
    """A medicine taken for the spasm (e.g. an anticonvulsant).

    Parameters
    ----------
    record_id : str
    name : str
    dose : str
        Dose and schedule as written, e.g. ``200 mg twice daily``.
    start_date : datetime.date
    stop_date : datetime.date or None
        None while still taken.
    """

    KIND: ClassVar[str] = "medication"

    record_id: str
    name: str = field(metadata=spec(max_length=100))
    dose: str = field(metadata=spec(max_length=100))
    start_date: dt.date = field(metadata=spec(event="medication start date"))
    stop_date: dt.date | None = None

    def __post_init__(self) -> None:
        _set(self, "record_id", _text(self.record_id, "medication record_id"))
        _set(self, "name", _text(self.name, "medication name"))
        _set(self, "dose", _text(self.dose, "medication dose"))
        start = _date(self.start_date, "medication start date")
        stop = _date(self.stop_date, "medication stop date", optional=True)
        if stop is not None and stop < start:
            raise RecordError(f"medication stop date {stop} is before its start date {start}")
        _set(self, "start_date", start)
        _set(self, "stop_date", stop)


@dataclass(frozen=True)
class MVDSurgery(_Record):
    """A microvascular decompression of the facial nerve.

    Parameters
    ----------
    record_id : str
    performed_on : datetime.date
    side : {'left', 'right'}
    lsr_outcome : {'disappeared', 'persisted', 'not_monitored'}
        The lateral spread response at the end of the decompression.
    baep_notes : str or None
        Free-text notes on brainstem auditory evoked potentials during surgery.
    """

    KIND: ClassVar[str] = "mvd"

    record_id: str
    performed_on: dt.date = field(metadata=spec(event="MVD date"))
    side: str = field(metadata=spec(choices=("left", "right")))
    lsr_outcome: str = field(metadata=spec(choices=LSR_OUTCOMES))
    baep_notes: str | None = field(default=None, metadata=spec(max_length=2000, text="text"))

    def __post_init__(self) -> None:
        _set(self, "record_id", _text(self.record_id, "MVD record_id"))
        _set(self, "performed_on", _date(self.performed_on, "MVD date"))
        _set(self, "side", _choice(self.side, "MVD side", ("left", "right")))
        outcome = self.lsr_outcome
        if isinstance(outcome, str):
            outcome = outcome.strip().lower().replace(" ", "_").replace("-", "_")
        _set(self, "lsr_outcome", _choice(outcome, "MVD LSR outcome", LSR_OUTCOMES))
        _set(self, "baep_notes", _text(self.baep_notes, "BAEP notes", optional=True))


def _pack_jankovic(values: Mapping[str, Any]) -> JankovicScore | None:
    sev, freq = values.get("jrs_severity"), values.get("jrs_frequency")
    if (sev is None) != (freq is None):
        raise RecordError("a Jankovic score needs both severity and frequency")
    return None if sev is None else JankovicScore(sev, freq)


@dataclass(frozen=True)
class ScaleScore(_Record):
    """Scale scores recorded on one day: any of Jankovic, SMC grade and HFS-7.

    Parameters
    ----------
    record_id : str
    scored_on : datetime.date
    jankovic : JankovicScore or None
        Clinician-rated.
    smc : SMCGrade or None
        Clinician-rated.
    hfs7 : HFS7Response or None
        Self-rated by the patient, with its seven answers.
    """

    KIND: ClassVar[str] = "scale"

    record_id: str
    scored_on: dt.date = field(metadata=spec(event="scale date"))
    jankovic: JankovicScore | None = field(
        default=None,
        metadata=spec(
            columns=(
                Column("jrs_severity", int, optional=True),
                Column("jrs_frequency", int, optional=True),
            ),
            pack=_pack_jankovic,
            unpack=lambda j: {
                "jrs_severity": j.severity if j else None,
                "jrs_frequency": j.frequency if j else None,
            },
        ),
    )
    smc: SMCGrade | None = field(
        default=None,
        metadata=spec(
            columns=(Column("smc_grade", int, optional=True),),
            pack=lambda v: None if v.get("smc_grade") is None else SMCGrade(v["smc_grade"]),
            unpack=lambda g: {"smc_grade": g.grade if g else None},
        ),
    )
    hfs7: HFS7Response | None = field(
        default=None,
        metadata=spec(
            columns=(Column("hfs7_answers", list, optional=True, max_length=7, items=int),),
            pack=lambda v: (
                None if v.get("hfs7_answers") is None else HFS7Response(v["hfs7_answers"])
            ),
            unpack=lambda r: {"hfs7_answers": list(r.answers) if r else None},
        ),
    )

    def __post_init__(self) -> None:
        _set(self, "record_id", _text(self.record_id, "scale record_id"))
        _set(self, "scored_on", _date(self.scored_on, "scale date"))
        for name, kind in (("jankovic", JankovicScore), ("smc", SMCGrade), ("hfs7", HFS7Response)):
            value = getattr(self, name)
            if value is not None and not isinstance(value, kind):
                raise RecordError(f"scale {name} must be a {kind.__name__} or None")
        if self.jankovic is None and self.smc is None and self.hfs7 is None:
            raise RecordError("a scale record needs at least one of Jankovic, SMC, HFS-7")

    def to_dict(self) -> dict:
        """JSON-ready dict; each scale as its own ``to_dict()``."""
        return {
            "record_id": self.record_id,
            "scored_on": self.scored_on.isoformat(),
            "jankovic": self.jankovic.to_dict() if self.jankovic else None,
            "smc": self.smc.to_dict() if self.smc else None,
            "hfs7": self.hfs7.to_dict() if self.hfs7 else None,
        }


@dataclass(frozen=True)
class NeurophysResult(_Record):
    """A lateral spread response (LSR) measurement.

    Parameters
    ----------
    record_id : str
    measured_on : datetime.date
    side : {'left', 'right'}
        The side stimulated and recorded.
    lsr_present : bool
    onset_latency_ms : float or None
        Onset latency of the response; only when present.
    amplitude_uv : float or None
        Peak-to-peak amplitude in microvolts; only when present.
    """

    KIND: ClassVar[str] = "neurophys"

    record_id: str
    measured_on: dt.date = field(metadata=spec(event="neurophysiology date"))
    side: str = field(metadata=spec(choices=("left", "right")))
    lsr_present: bool
    onset_latency_ms: float | None = None
    amplitude_uv: float | None = None

    def __post_init__(self) -> None:
        _set(self, "record_id", _text(self.record_id, "neurophysiology record_id"))
        _set(self, "measured_on", _date(self.measured_on, "neurophysiology date"))
        _set(self, "side", _choice(self.side, "neurophysiology side", ("left", "right")))
        if not isinstance(self.lsr_present, bool):
            raise RecordError(f"lsr_present must be true or false, got {self.lsr_present!r}")
        _number(self.onset_latency_ms, "LSR onset_latency_ms", optional=True, positive=True, hi=100)
        _number(self.amplitude_uv, "LSR amplitude_uv", optional=True, lo=0, hi=100_000)
        if not self.lsr_present and (
            self.onset_latency_ms is not None or self.amplitude_uv is not None
        ):
            raise RecordError("an absent LSR cannot have an onset latency or amplitude")


#: The records a clinician adds field by field, by kind (the API's POST bodies, one
#: table each). A new record type goes here too.
RECORD_KINDS: Final[dict[str, type[_Record]]] = {
    cls.KIND: cls for cls in (Injection, Medication, MVDSurgery, ScaleScore, NeurophysResult)
}
