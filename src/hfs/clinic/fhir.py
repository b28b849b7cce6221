"""Export one patient's clinic records as a FHIR R4B ``Bundle`` (type ``collection``).

The resources are built with the ``fhir.resources.R4B`` models (``fhir.resources`` 8.x
defaults to R5; hospital servers of the R4 era want R4B), so every resource is checked
by that library as it is made, and the finished bundle is checked once more by
round-tripping its JSON through :class:`fhir.resources.R4B.bundle.Bundle`.

What goes where (docs/clinic.md has the full table):

=====================  ===========================================================
record                 resources
=====================  ===========================================================
PatientRecord          Patient; Condition (ICD-10-CM G51.31/.32/.33/.39 by side)
VideoMeasurement       DocumentReference (the stored video, by reference) and one
                       Observation per measure, each ``derivedFrom`` the video
Injection              Procedure (CPT 64612) and one MedicationAdministration per
                       injection site (``partOf`` the Procedure, dose in units)
MVDSurgery             Procedure (CPT 61458), LSR outcome in ``outcome``
Medication             MedicationStatement
ScaleScore             Observation (JRS total with components; SMC grade; HFS-7
                       total); QuestionnaireResponse for the HFS-7 answers, and one
                       Questionnaire (item domains only) they point to
NeurophysResult        Observation (LSR present, latency and amplitude components)
=====================  ===========================================================

Identifiers: every ``fullUrl`` is ``urn:uuid:<uuid5>`` derived from the patient's
``internal_id``, the kind of resource and the record's ``record_id``, so the same
records always export to the same JSON and the references between resources resolve
inside the bundle. Records are ordered by date, then ``record_id``.

No personal data is logged: the module logs only counts.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.condition import Condition
from fhir.resources.R4B.documentreference import DocumentReference
from fhir.resources.R4B.medicationadministration import MedicationAdministration
from fhir.resources.R4B.medicationstatement import MedicationStatement
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.procedure import Procedure
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse
from fhir.resources.R4B.resource import Resource
from pydantic import ValidationError

from hfs.clinic.records import (
    Injection,
    Medication,
    MVDSurgery,
    NeurophysResult,
    PatientRecord,
    ScaleScore,
    VideoMeasurement,
    event_date,
)
from hfs.clinic.scales import HFS7_ITEMS, SMC_GRADES, JankovicScore, SMCGrade
from hfs.errors import RecordError

__all__ = [
    "CPT_BOTULINUM_FACIAL",
    "CPT_MVD",
    "CPT_SYSTEM",
    "FHIR_MAPPINGS",
    "HFS7_QUESTIONNAIRE_URL",
    "ICD10CM_HFS",
    "ICD10CM_SYSTEM",
    "LOCAL_CODE_SYSTEM",
    "LSR_OUTCOME_SYSTEM",
    "SIDE_SYSTEM",
    "SMC_SYSTEM",
    "UCUM",
    "export_bundle",
]

log = logging.getLogger(__name__)

# --- code systems ---------------------------------------------------------------

ICD10CM_SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm"
#: ICD-10-CM clonic hemifacial spasm by side (official titles are public domain).
ICD10CM_HFS: dict[str, tuple[str, str]] = {
    "right": ("G51.31", "Clonic hemifacial spasm, right"),
    "left": ("G51.32", "Clonic hemifacial spasm, left"),
    "bilateral": ("G51.33", "Clonic hemifacial spasm, bilateral"),
    "unspecified": ("G51.39", "Clonic hemifacial spasm, unspecified"),
}
CPT_SYSTEM = "http://www.ama-assn.org/go/cpt"
#: CPT codes; the AMA's descriptors are copyrighted, so only our own short text is sent.
CPT_BOTULINUM_FACIAL = "64612"
CPT_MVD = "61458"
UCUM = "http://unitsofmeasure.org"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"

# There are no LOINC (or other standard) codes for these video measures, for the
# Jankovic scale, the SMC grade, HFS-7 or the lateral spread response that we could
# cite, and we do not invent any. They are coded in this project's own code systems,
# named by URNs under ``urn:hfs:fhir:`` so no receiver mistakes them for standard
# ones. A receiving hospital can map them (ConceptMap) to its local codes.
LOCAL_CODE_SYSTEM = "urn:hfs:fhir:CodeSystem:observation"
SIDE_SYSTEM = "urn:hfs:fhir:CodeSystem:side"
SMC_SYSTEM = "urn:hfs:fhir:CodeSystem:smc-grade"
LSR_OUTCOME_SYSTEM = "urn:hfs:fhir:CodeSystem:lsr-outcome"
DOCUMENT_TYPE_SYSTEM = "urn:hfs:fhir:CodeSystem:document-type"
DEFAULT_MRN_SYSTEM = "urn:hfs:fhir:NamingSystem:mrn"
HFS7_QUESTIONNAIRE_URL = "urn:hfs:fhir:Questionnaire:hfs-7"

#: Namespace of every exported uuid5 (a fixed value: changing it changes all ids).
EXPORT_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:hfs:fhir:export")

# Local observation codes: code -> display.
_OBS = {
    "spasms-per-min": "Spasms per minute on the affected side (video)",
    "spasm-time-fraction": "Fraction of time in spasm (video)",
    "longest-spasm": "Longest spasm (video)",
    "blinks-per-min": "Blinks per minute (video)",
    "video-affected-side": "Side with spasm (video)",
    "video-jrs-estimate": "Jankovic total, video estimate",
    "video-smc-estimate": "SMC grade, video estimate",
    "jrs-total": "Jankovic Rating Scale total",
    "jrs-severity": "Jankovic Rating Scale severity",
    "jrs-frequency": "Jankovic Rating Scale frequency",
    "smc-grade": "SMC grade",
    "hfs7-total": "HFS-7 total",
    "lsr": "Lateral spread response",
    "lsr-onset-latency": "Lateral spread response onset latency",
    "lsr-amplitude": "Lateral spread response amplitude",
}
_LSR_OUTCOME_DISPLAY = {
    "disappeared": "Lateral spread response disappeared after decompression",
    "persisted": "Lateral spread response persisted after decompression",
    "not_monitored": "Lateral spread response not monitored",
}
_VIDEO_METHOD = "hfs video analysis ({schema}); a measurement, not a diagnosis"
_ESTIMATE_NOTE = "Estimated by the video analysis' rules; not a clinician-rated score."


# --- small builders -------------------------------------------------------------


def _concept(system: str, code: str, display: str | None = None, text: str | None = None) -> dict:
    coding: dict[str, Any] = {"system": system, "code": code}
    if display:
        coding["display"] = display
    out: dict[str, Any] = {"coding": [coding]}
    if text or display:
        out["text"] = text or display
    return out


def _obs_code(code: str) -> dict:
    return _concept(LOCAL_CODE_SYSTEM, code, _OBS[code])


def _category(code: str) -> list[dict]:
    return [_concept(OBSERVATION_CATEGORY, code)]


def _quantity(value: float, ucum: str, unit: str | None = None) -> dict:
    return {"value": value, "unit": unit or ucum, "system": UCUM, "code": ucum}


def _ref(url: str) -> dict:
    return {"reference": url}


class _Builder:
    """Collects (fullUrl, resource) pairs with deterministic ids."""

    def __init__(self, patient: PatientRecord, in_error: frozenset[str] = frozenset()):
        self.patient = patient
        self.in_error = in_error
        self.entries: list[tuple[str, Resource]] = []
        self._seen: set[str] = set()
        # Set once the Patient and Condition are in: what every record points to.
        self.patient_url = ""
        self.condition_url = ""
        self.subject: dict = {}

    def uuid(self, kind: str, record_id: str, part: str = "") -> str:
        name = f"{self.patient.internal_id}|{kind}|{record_id}|{part}"
        return str(uuid.uuid5(EXPORT_NAMESPACE, name))

    def add(self, cls: type[Resource], kind: str, record_id: str, part: str = "", **fields) -> str:
        rid = self.uuid(kind, record_id, part)
        url = f"urn:uuid:{rid}"
        if url in self._seen:
            raise RecordError(
                f"two {kind} records share the record_id {record_id!r}; record ids must be unique"
            )
        self._seen.add(url)
        if record_id in self.in_error and "status" in fields:
            # Every resource a record becomes (DocumentReference, Observation,
            # Procedure, MedicationAdministration/Statement, QuestionnaireResponse)
            # has this status in R4B: the record was wrong, not cancelled.
            fields["status"] = "entered-in-error"
        self.entries.append((url, cls(id=rid, **fields)))
        return url


def _typed(items: Iterable[Any], cls: type, what: str) -> list:
    out = list(items)
    for item in out:
        if not isinstance(item, cls):
            raise RecordError(f"{what} must be {cls.__name__} records, got {type(item).__name__}")
    return out


def _by_date(items: Sequence[Any], attr: str) -> list:
    return sorted(items, key=lambda r: (getattr(r, attr), r.record_id))


# --- the export -----------------------------------------------------------------


def export_bundle(
    patient: PatientRecord,
    *,
    videos: Iterable[VideoMeasurement] = (),
    injections: Iterable[Injection] = (),
    surgeries: Iterable[MVDSurgery] = (),
    medications: Iterable[Medication] = (),
    scales: Iterable[ScaleScore] = (),
    neurophys: Iterable[NeurophysResult] = (),
    mrn_system: str = DEFAULT_MRN_SYSTEM,
    timestamp: dt.datetime | None = None,
    entered_in_error: Iterable[str] = (),
    records: Iterable[Any] = (),
) -> dict:
    """Export one patient's records as a FHIR R4B collection Bundle.

    Parameters
    ----------
    patient : PatientRecord
    videos, injections, surgeries, medications, scales, neurophys : iterables of records
        The patient's records of each kind (any order; exported by date).
    records : iterable of records
        Records of any type in :data:`FHIR_MAPPINGS`, mixed (the same as giving them
        by kind).
    mrn_system : str
        The identifier system (URI) of the hospital's medical record numbers.
    timestamp : datetime.datetime or None
        Timezone-aware time to stamp on the Bundle. None (default) leaves it out,
        so exporting the same records twice gives identical JSON.
    entered_in_error : iterable of str
        Record ids (among the records given) that a clinician marked entered in
        error: each of their resources is exported with status ``entered-in-error``
        so that a receiving system retracts what it may have taken from an earlier
        export.

    Returns
    -------
    dict
        The Bundle as a JSON-ready dict, already validated by
        ``fhir.resources.R4B.bundle.Bundle``.

    Raises
    ------
    hfs.errors.RecordError
        If a record is of the wrong type (or has no FHIR mapping), two records of a kind share a
        ``record_id``, or the data cannot form valid FHIR. The message names the
        failing field, never its value.
    """
    if not isinstance(patient, PatientRecord):
        raise RecordError(f"patient must be a PatientRecord, got {type(patient).__name__}")
    given: dict[type, list] = {cls: [] for cls in FHIR_MAPPINGS}
    for what, cls, items in (
        ("videos", VideoMeasurement, videos),
        ("injections", Injection, injections),
        ("surgeries", MVDSurgery, surgeries),
        ("medications", Medication, medications),
        ("scales", ScaleScore, scales),
        ("neurophys", NeurophysResult, neurophys),
    ):
        given[cls] += _typed(items, cls, what)
    for rec in records:
        if type(rec) not in FHIR_MAPPINGS:
            raise RecordError(f"no FHIR mapping for {type(rec).__name__} records")
        given[type(rec)].append(rec)
    if (
        not isinstance(mrn_system, str)
        or ":" not in mrn_system
        or any(c.isspace() for c in mrn_system)
    ):
        raise RecordError("mrn_system must be a URI (with a scheme, no spaces)")
    if timestamp is not None and (
        not isinstance(timestamp, dt.datetime) or timestamp.tzinfo is None
    ):
        raise RecordError("bundle timestamp must be a timezone-aware datetime")

    try:
        b = _Builder(patient, frozenset(entered_in_error))
        b.patient_url, b.condition_url = _add_patient(b, patient, mrn_system)
        b.subject = _ref(b.patient_url)
        # Kind by kind in FHIR_MAPPINGS' order, each kind by date then record_id.
        for cls, add in FHIR_MAPPINGS.items():
            items = _by_date(given[cls], event_date(cls)[0])
            if cls in _BEFORE and items:
                _BEFORE[cls](b, items)
            for rec in items:
                add(b, rec)

        bundle = Bundle(
            id=b.uuid("Bundle", "export"),
            type="collection",
            timestamp=timestamp,
            entry=[{"fullUrl": url, "resource": res} for url, res in b.entries],
        )
        data = bundle.model_dump(mode="json")
        # Round trip: what we hand out must parse back as an R4B Bundle unchanged.
        again = Bundle.model_validate(data).model_dump(mode="json")
    except ValidationError as exc:
        raise RecordError(_describe(exc)) from None
    if again != data:  # pragma: no cover - a fhir.resources serialisation bug
        raise RecordError("the FHIR bundle does not survive a JSON round trip")
    log.info("exported FHIR bundle: %d resources", len(b.entries))
    return data


def _describe(exc: ValidationError) -> str:
    # Field locations and messages only: the input values may be personal data.
    errors = exc.errors(include_url=False, include_context=False, include_input=False)
    first = errors[0]
    where = ".".join(str(p) for p in first["loc"])
    return (
        f"the records do not make valid FHIR R4B ({len(errors)} problem(s)); "
        f"first: {exc.title}.{where}: {first['msg']}"
    )


def _add_patient(b: _Builder, p: PatientRecord, mrn_system: str) -> tuple[str, str]:
    patient_url = b.add(
        Patient,
        "Patient",
        "patient",
        identifier=[
            {
                "use": "usual",
                "type": _concept("http://terminology.hl7.org/CodeSystem/v2-0203", "MR"),
                "system": mrn_system,
                "value": p.mrn,
            }
        ],
        name=[{"use": "official", "family": p.family_name, "given": list(p.given_names)}],
        gender=p.sex,
        birthDate=p.birth_date,
    )
    code, title = ICD10CM_HFS[p.affected_side]
    # clinicalStatus/verificationStatus are left out: the records say which side the
    # clinic recorded, not whether the condition is active or how it was confirmed.
    condition_url = b.add(
        Condition,
        "Condition",
        "hfs",
        code=_concept(ICD10CM_SYSTEM, code, title),
        subject=_ref(patient_url),
    )
    return patient_url, condition_url


def _add_video(b: _Builder, v: VideoMeasurement) -> None:
    subject = b.subject
    doc_url = b.add(
        DocumentReference,
        "DocumentReference",
        v.record_id,
        status="current",
        type=_concept(DOCUMENT_TYPE_SYSTEM, "face-video", "Face video for spasm measurement"),
        subject=subject,
        description=f"Face video analysed by hfs ({v.schema})",
        content=[
            {
                "attachment": {
                    "contentType": v.content_type,
                    "url": v.video_ref,
                    "creation": v.measured_on.isoformat(),
                }
            }
        ],
    )
    common = {
        "status": "final",
        "category": _category("exam"),
        "subject": subject,
        "effectiveDateTime": v.measured_on,
        "derivedFrom": [_ref(doc_url)],
        "method": {"text": _VIDEO_METHOD.format(schema=v.schema)},
    }

    def obs(code: str, **value) -> None:
        b.add(
            Observation, "Observation", v.record_id, code, code=_obs_code(code), **common, **value
        )

    obs("spasms-per-min", valueQuantity=_quantity(v.spasms_per_min, "/min", "per minute"))
    obs("spasm-time-fraction", valueQuantity=_quantity(v.spasm_time_fraction, "1", "fraction"))
    obs("longest-spasm", valueQuantity=_quantity(v.longest_spasm_s, "s"))
    obs("blinks-per-min", valueQuantity=_quantity(v.blinks_per_min, "/min", "per minute"))
    obs("video-affected-side", valueCodeableConcept=_concept(SIDE_SYSTEM, v.affected_side))
    if v.jankovic is not None:
        obs(
            "video-jrs-estimate",
            valueInteger=v.jankovic.total,
            component=_jrs_components(v.jankovic),
            note=[{"text": _ESTIMATE_NOTE}],
        )
    if v.smc is not None:
        obs(
            "video-smc-estimate",
            valueCodeableConcept=_smc_value(v.smc),
            note=[{"text": _ESTIMATE_NOTE}],
        )


def _jrs_components(j: JankovicScore) -> list[dict]:
    return [
        {"code": _obs_code("jrs-severity"), "valueInteger": j.severity},
        {"code": _obs_code("jrs-frequency"), "valueInteger": j.frequency},
    ]


def _smc_value(g: SMCGrade) -> dict:
    label, definition = SMC_GRADES[g.grade]
    return _concept(SMC_SYSTEM, label, definition, text=f"SMC grade {label}")


def _site_text(side: str, muscle: str) -> str:
    return f"{side} {muscle}"


def _add_injection(b: _Builder, inj: Injection) -> None:
    subject, condition_url = b.subject, b.condition_url
    if inj.sites:
        parts = "; ".join(f"{_site_text(s.side, s.muscle)} {s.units:g} U" for s in inj.sites)
        body_sites = list(dict.fromkeys(_site_text(s.side, s.muscle) for s in inj.sites))
    else:
        parts = "sites not recorded"
        body_sites = []
    note = f"{inj.product} {inj.total_units:g} U in total ({inj.side}): {parts}"
    proc_url = b.add(
        Procedure,
        "Procedure",
        inj.record_id,
        status="completed",
        code=_concept(
            CPT_SYSTEM,
            CPT_BOTULINUM_FACIAL,
            text="Botulinum toxin injection of muscles supplied by the facial nerve",
        ),
        subject=subject,
        performedDateTime=inj.given_on,
        bodySite=[{"text": s} for s in body_sites] or [{"text": f"{inj.side} face"}],
        reasonReference=[_ref(condition_url)],
        usedCode=[{"text": inj.product}],
        note=[{"text": note}],
    )
    # Botulinum toxin units are product-specific biological units, neither SI nor
    # international units: UCUM's arbitrary unit [arb'U] is the honest code.
    if inj.sites:
        doses = [
            (f"site{i}", s.units, _site_text(s.side, s.muscle)) for i, s in enumerate(inj.sites)
        ]
    else:
        doses = [("total", inj.total_units, f"{inj.side} face")]
    for part, units, site in doses:
        b.add(
            MedicationAdministration,
            "MedicationAdministration",
            inj.record_id,
            part,
            status="completed",
            medicationCodeableConcept={"text": inj.product},
            subject=subject,
            effectiveDateTime=inj.given_on,
            partOf=[_ref(proc_url)],
            reasonReference=[_ref(condition_url)],
            dosage={
                "site": {"text": site},
                "route": {"text": "intramuscular"},
                "dose": _quantity(units, "[arb'U]", "U"),
            },
        )


def _add_mvd(b: _Builder, mvd: MVDSurgery) -> None:
    subject, condition_url = b.subject, b.condition_url
    fields: dict[str, Any] = {}
    if mvd.baep_notes:
        fields["note"] = [{"text": f"BAEP: {mvd.baep_notes}"}]
    b.add(
        Procedure,
        "Procedure",
        mvd.record_id,
        status="completed",
        code=_concept(
            CPT_SYSTEM,
            CPT_MVD,
            text="Microvascular decompression of the facial nerve (suboccipital craniectomy)",
        ),
        subject=subject,
        performedDateTime=mvd.performed_on,
        bodySite=[{"text": f"{mvd.side} facial nerve"}],
        reasonReference=[_ref(condition_url)],
        outcome=_concept(
            LSR_OUTCOME_SYSTEM, mvd.lsr_outcome, _LSR_OUTCOME_DISPLAY[mvd.lsr_outcome]
        ),
        **fields,
    )


def _add_medication(b: _Builder, med: Medication) -> None:
    subject, condition_url = b.subject, b.condition_url
    period: dict[str, Any] = {"start": med.start_date}
    if med.stop_date is not None:
        period["end"] = med.stop_date
    b.add(
        MedicationStatement,
        "MedicationStatement",
        med.record_id,
        # With a stop date the course is over; without one it is taken as ongoing.
        status="completed" if med.stop_date is not None else "active",
        medicationCodeableConcept={"text": med.name},
        subject=subject,
        effectivePeriod=period,
        dosage=[{"text": med.dose}],
        reasonReference=[_ref(condition_url)],
    )


def _add_hfs7_questionnaire(b: _Builder) -> None:
    b.add(
        Questionnaire,
        "Questionnaire",
        "hfs-7",
        url=HFS7_QUESTIONNAIRE_URL,
        name="HFS7ItemDomains",
        title="HFS-7 item domains (placeholders; licensed item wording not included)",
        status="draft",
        subjectType=["Patient"],
        description=(
            "Seven self-rated items, each 0-4, total 0-28. The item texts here only name "
            "each item's domain in hfs's own words; the published wording is copyrighted."
        ),
        item=[
            {
                "linkId": item.key,
                "prefix": str(item.number),
                "text": item.domain,
                "type": "integer",
                "required": True,
            }
            for item in HFS7_ITEMS
        ],
    )


def _add_scales(b: _Builder, s: ScaleScore) -> None:
    subject, patient_url = b.subject, b.patient_url
    common = {"status": "final", "subject": subject, "effectiveDateTime": s.scored_on}
    if s.jankovic is not None:
        b.add(
            Observation,
            "Observation",
            s.record_id,
            "jrs",
            code=_obs_code("jrs-total"),
            category=_category("exam"),
            valueInteger=s.jankovic.total,
            component=_jrs_components(s.jankovic),
            **common,
        )
    if s.smc is not None:
        b.add(
            Observation,
            "Observation",
            s.record_id,
            "smc",
            code=_obs_code("smc-grade"),
            category=_category("exam"),
            valueCodeableConcept=_smc_value(s.smc),
            **common,
        )
    if s.hfs7 is not None:
        qr_url = b.add(
            QuestionnaireResponse,
            "QuestionnaireResponse",
            s.record_id,
            questionnaire=HFS7_QUESTIONNAIRE_URL,
            status="completed",
            subject=subject,
            authored=s.scored_on,
            source=_ref(patient_url),
            item=[
                {"linkId": item.key, "answer": [{"valueInteger": answer}]}
                for item, answer in zip(HFS7_ITEMS, s.hfs7.answers, strict=True)
            ],
        )
        b.add(
            Observation,
            "Observation",
            s.record_id,
            "hfs7",
            code=_obs_code("hfs7-total"),
            category=_category("survey"),
            valueInteger=s.hfs7.total,
            performer=[_ref(patient_url)],
            derivedFrom=[_ref(qr_url)],
            **common,
        )


def _add_neurophys(b: _Builder, n: NeurophysResult) -> None:
    subject = b.subject
    components = []
    if n.onset_latency_ms is not None:
        components.append(
            {
                "code": _obs_code("lsr-onset-latency"),
                "valueQuantity": _quantity(n.onset_latency_ms, "ms"),
            }
        )
    if n.amplitude_uv is not None:
        components.append(
            {"code": _obs_code("lsr-amplitude"), "valueQuantity": _quantity(n.amplitude_uv, "uV")}
        )
    b.add(
        Observation,
        "Observation",
        n.record_id,
        "lsr",
        status="final",
        category=_category("procedure"),
        code=_obs_code("lsr"),
        subject=subject,
        effectiveDateTime=n.measured_on,
        bodySite={"text": f"{n.side} facial nerve"},
        valueBoolean=n.lsr_present,
        component=components or None,
    )


#: How each record type becomes FHIR resources, beside its declaration: record class ->
#: function(builder, record). Kinds are exported in this order. Every record type in
#: :data:`hfs.clinic.records.RECORD_KINDS` must have one (tests/clinic/test_declared_once.py).
FHIR_MAPPINGS: dict[type, Callable[[_Builder, Any], None]] = {
    VideoMeasurement: _add_video,
    Injection: _add_injection,
    MVDSurgery: _add_mvd,
    Medication: _add_medication,
    ScaleScore: _add_scales,
    NeurophysResult: _add_neurophys,
}
#: What a kind's records need once before them (the HFS-7 Questionnaire the answers
#: point to): record class -> function(builder, that kind's records).
_BEFORE: dict[type, Callable[[_Builder, list], None]] = {
    ScaleScore: lambda b, scales: (
        _add_hfs7_questionnaire(b) if any(s.hfs7 is not None for s in scales) else None
    ),
}
