"""FHIR R4B export of one patient's records."""

from __future__ import annotations

import datetime as dt
import json
import logging
import random
import uuid
from collections import Counter

import pytest
from fhir.resources.R4B.bundle import Bundle

from hfs.clinic import (
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
    export_bundle,
)
from hfs.errors import InputError, RecordError

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
UCUM = "http://unitsofmeasure.org"

# --- the scenario: left HFS, three visits, two injection cycles, one MVD -----------

PATIENT = PatientRecord(
    internal_id="pat-0042",
    mrn="MRN-771234",
    family_name="Testperson",
    given_names=("Alexandra", "Maria"),
    birth_date="1968-03-14",
    sex="female",
    affected_side="left",
)

# (record_id, date, ref, spasms/min, time fraction, longest s, blinks/min, side, JRS, SMC)
VIDEO_ROWS = [
    ("vid-1", "2024-01-08", "videos/3f9a.mp4", 9.5, 0.21, 4.3, 14.0, "left", (3, 3), 2),
    ("vid-2", "2024-04-15", "videos/88c1.webm", 4.25, 0.07, 1.6, 17.5, "left", (2, 2), 1),
    ("vid-3", "2024-09-02", "videos/c0de.mov", 0.0, 0.0, 0.0, 18.0, "none", None, None),
]
CONTENT_TYPES = {"mp4": "video/mp4", "webm": "video/webm", "mov": "video/quicktime"}
HFS7_BEFORE = [3, 2, 3, 2, 3, 1, 2]
HFS7_AFTER = [1, 0, 1, 0, 1, 0, 1]


def _videos():
    out = []
    for rid, day, ref, spm, frac, longest, bpm, side, jrs, smc in VIDEO_ROWS:
        out.append(
            VideoMeasurement(
                record_id=rid,
                measured_on=day,
                video_ref=ref,
                content_type=CONTENT_TYPES[ref.rsplit(".", 1)[1]],
                spasms_per_min=spm,
                spasm_time_fraction=frac,
                longest_spasm_s=longest,
                blinks_per_min=bpm,
                affected_side=side,
                jankovic=JankovicScore(*jrs) if jrs else None,
                smc=SMCGrade(smc) if smc is not None else None,
            )
        )
    return out


def _injections():
    return [
        Injection(
            "inj-1",
            "2024-01-10",
            "onabotulinumtoxinA",
            17.5,
            "left",
            (
                InjectionSite("orbicularis oculi, upper lid", "left", 5),
                InjectionSite("orbicularis oculi, lower lid", "left", 7.5),
                InjectionSite("zygomaticus major", "left", 5),
            ),
        ),
        Injection(
            "inj-2",
            "2024-04-17",
            "onabotulinumtoxinA",
            20,
            "left",
            (
                InjectionSite("orbicularis oculi, upper lid", "left", 10),
                InjectionSite("orbicularis oculi, lower lid", "left", 10),
            ),
        ),
    ]


def _records():
    return {
        "videos": _videos(),
        "injections": _injections(),
        "surgeries": [
            MVDSurgery("mvd-1", "2024-06-20", "left", "disappeared", "wave V latency stable")
        ],
        "medications": [
            Medication("med-1", "carbamazepine", "200 mg twice daily", "2023-09-01", "2023-12-01")
        ],
        "scales": [
            ScaleScore(
                "sc-before",
                "2024-01-08",
                jankovic=JankovicScore(3, 3),
                smc=SMCGrade("II"),
                hfs7=HFS7Response(HFS7_BEFORE),
            ),
            ScaleScore(
                "sc-after",
                "2024-09-02",
                jankovic=JankovicScore(0, 1),
                smc=SMCGrade(0),
                hfs7=HFS7Response(HFS7_AFTER),
            ),
        ],
        "neurophys": [NeurophysResult("np-1", "2024-06-10", "left", True, 10.4, 185.0)],
    }


@pytest.fixture(scope="module")
def bundle():
    return export_bundle(PATIENT, **_records())


def _resources(bundle, kind=None):
    return [
        e["resource"]
        for e in bundle["entry"]
        if kind is None or e["resource"]["resourceType"] == kind
    ]


def _codes(resource, field="code"):
    return {(c["system"], c["code"]) for c in resource[field].get("coding", [])}


def _walk_references(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "reference":
                yield v
            else:
                yield from _walk_references(v)
    elif isinstance(node, list):
        for v in node:
            yield from _walk_references(v)


# --- structure ----------------------------------------------------------------


def test_bundle_validates_with_fhir_resources_r4b(bundle):
    parsed = Bundle.model_validate(bundle)
    assert parsed.type == "collection"
    assert parsed.model_dump(mode="json") == bundle
    # also through JSON text, as a receiving server would read it
    assert Bundle.model_validate_json(json.dumps(bundle)).model_dump(mode="json") == bundle


def test_resource_counts(bundle):
    n_videos = len(VIDEO_ROWS)
    n_estimates = sum((r[8] is not None) + (r[9] is not None) for r in VIDEO_ROWS)
    n_sites = sum(len(i.sites) for i in _injections())
    expected = {
        "Patient": 1,
        "Condition": 1,
        "DocumentReference": n_videos,
        # 5 measures per video + its estimates; JRS, SMC, HFS-7 per scale day; 1 LSR
        "Observation": 5 * n_videos + n_estimates + 3 * 2 + 1,
        "Procedure": 2 + 1,
        "MedicationAdministration": n_sites,
        "MedicationStatement": 1,
        "Questionnaire": 1,
        "QuestionnaireResponse": 2,
    }
    assert Counter(r["resourceType"] for r in _resources(bundle)) == expected


def test_condition_is_left_clonic_hfs(bundle):
    (cond,) = _resources(bundle, "Condition")
    assert _codes(cond) == {(ICD, "G51.32")}
    (patient_entry,) = [e for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"]
    assert cond["subject"]["reference"] == patient_entry["fullUrl"]


@pytest.mark.parametrize(
    ("side", "code"),
    [("right", "G51.31"), ("left", "G51.32"), ("bilateral", "G51.33"), ("unspecified", "G51.39")],
)
def test_condition_code_by_side(side, code):
    p = PatientRecord("p", "M1", "X", ("Y",), "1970-01-01", "male", side)
    (cond,) = _resources(export_bundle(p), "Condition")
    assert _codes(cond) == {(ICD, code)}


def test_every_reference_resolves_inside_the_bundle(bundle):
    full_urls = [e["fullUrl"] for e in bundle["entry"]]
    assert len(set(full_urls)) == len(full_urls)
    for e in bundle["entry"]:
        u = uuid.UUID(e["fullUrl"].removeprefix("urn:uuid:"))
        assert e["fullUrl"] == f"urn:uuid:{u}"
        assert u.version == 5
        assert e["resource"]["id"] == str(u)
    refs = list(_walk_references(bundle))
    assert len(refs) > 40
    assert set(refs) <= set(full_urls)
    # canonical: the answers point at the questionnaire inside the bundle
    (q,) = _resources(bundle, "Questionnaire")
    assert {qr["questionnaire"] for qr in _resources(bundle, "QuestionnaireResponse")} == {q["url"]}


def test_patient_demographics(bundle):
    (p,) = _resources(bundle, "Patient")
    assert p["gender"] == "female"
    assert p["birthDate"] == "1968-03-14"
    assert p["name"][0]["family"] == "Testperson"
    assert p["name"][0]["given"] == ["Alexandra", "Maria"]
    assert p["identifier"][0]["value"] == "MRN-771234"


# --- procedures and medicines ------------------------------------------------------


def test_cpt_codes_and_mvd_outcome(bundle):
    procs = _resources(bundle, "Procedure")
    codes = Counter(code for p in procs for (system, code) in _codes(p) if system == CPT)
    assert codes == {"64612": 2, "61458": 1}
    (mvd,) = [p for p in procs if (CPT, "61458") in _codes(p)]
    assert mvd["performedDateTime"] == "2024-06-20"
    assert mvd["outcome"]["coding"][0]["code"] == "disappeared"
    assert "wave V latency stable" in mvd["note"][0]["text"]
    assert mvd["bodySite"][0]["text"].startswith("left")


def test_injection_units_and_sites(bundle):
    entries = {e["fullUrl"]: e["resource"] for e in bundle["entry"]}
    admins = _resources(bundle, "MedicationAdministration")
    for inj in _injections():
        (proc_url,) = [
            url
            for url, r in entries.items()
            if r["resourceType"] == "Procedure" and r.get("performedDateTime") == str(inj.given_on)
        ]
        proc = entries[proc_url]
        assert [b["text"] for b in proc["bodySite"]] == [f"left {s.muscle}" for s in inj.sites]
        mine = [a for a in admins if a["partOf"][0]["reference"] == proc_url]
        assert len(mine) == len(inj.sites)
        for a, site in zip(mine, inj.sites, strict=True):
            dose = a["dosage"]["dose"]
            assert dose["value"] == site.units
            assert (dose["system"], dose["code"]) == (UCUM, "[arb'U]")
            assert a["dosage"]["site"]["text"] == f"left {site.muscle}"
            assert a["medicationCodeableConcept"]["text"] == "onabotulinumtoxinA"
        assert sum(a["dosage"]["dose"]["value"] for a in mine) == inj.total_units


def test_medication_statement(bundle):
    (ms,) = _resources(bundle, "MedicationStatement")
    assert ms["medicationCodeableConcept"]["text"] == "carbamazepine"
    assert ms["effectivePeriod"] == {"start": "2023-09-01", "end": "2023-12-01"}
    assert ms["status"] == "completed"
    assert ms["dosage"][0]["text"] == "200 mg twice daily"


# --- observations ----------------------------------------------------------------


def _obs_by_code(observations):
    return {o["code"]["coding"][0]["code"]: o for o in observations}


def test_video_observations_equal_the_measurements(bundle):
    entries = {e["fullUrl"]: e["resource"] for e in bundle["entry"]}
    observations = _resources(bundle, "Observation")
    for rid, day, ref, spm, frac, longest, bpm, side, jrs, smc in VIDEO_ROWS:
        (doc_url,) = [
            url
            for url, r in entries.items()
            if r["resourceType"] == "DocumentReference"
            and r["content"][0]["attachment"]["url"] == ref
        ]
        attachment = entries[doc_url]["content"][0]["attachment"]
        assert "data" not in attachment  # by reference, no bytes inline
        assert attachment["contentType"] == CONTENT_TYPES[ref.rsplit(".", 1)[1]]
        mine = [o for o in observations if o.get("derivedFrom") == [{"reference": doc_url}]]
        by_code = _obs_by_code(mine)
        assert all(o["effectiveDateTime"] == day for o in mine), rid

        def q(code, by_code=by_code):
            v = by_code[code]["valueQuantity"]
            assert v["system"] == UCUM
            return v["value"], v["code"]

        assert q("spasms-per-min") == (spm, "/min")
        assert q("spasm-time-fraction") == (frac, "1")
        assert q("longest-spasm") == (longest, "s")
        assert q("blinks-per-min") == (bpm, "/min")
        assert by_code["video-affected-side"]["valueCodeableConcept"]["coding"][0]["code"] == side
        if jrs is None:
            assert "video-jrs-estimate" not in by_code
            assert "video-smc-estimate" not in by_code
        else:
            est = by_code["video-jrs-estimate"]
            assert est["valueInteger"] == jrs[0] + jrs[1]
            assert [c["valueInteger"] for c in est["component"]] == list(jrs)
            assert "not a clinician" in est["note"][0]["text"]
            smc_code = by_code["video-smc-estimate"]["valueCodeableConcept"]["coding"][0]
            assert smc_code["code"] == ["0", "I", "II", "III", "IV"][smc]


def test_scale_observations_equal_the_scores(bundle):
    observations = _resources(bundle, "Observation")
    entries = {e["fullUrl"]: e["resource"] for e in bundle["entry"]}

    def on(day, code):
        (o,) = [
            o
            for o in observations
            if o["effectiveDateTime"] == day and o["code"]["coding"][0]["code"] == code
        ]
        return o

    jrs = on("2024-01-08", "jrs-total")
    assert jrs["valueInteger"] == 6
    assert [c["valueInteger"] for c in jrs["component"]] == [3, 3]
    assert on("2024-09-02", "jrs-total")["valueInteger"] == 1
    assert on("2024-01-08", "smc-grade")["valueCodeableConcept"]["coding"][0]["code"] == "II"
    assert on("2024-09-02", "smc-grade")["valueCodeableConcept"]["coding"][0]["code"] == "0"

    for day, answers in (("2024-01-08", HFS7_BEFORE), ("2024-09-02", HFS7_AFTER)):
        total = on(day, "hfs7-total")
        assert total["valueInteger"] == sum(answers)
        (qr_ref,) = total["derivedFrom"]
        qr = entries[qr_ref["reference"]]
        assert qr["resourceType"] == "QuestionnaireResponse"
        assert qr["authored"] == day
        assert [i["answer"][0]["valueInteger"] for i in qr["item"]] == answers
        assert [i["linkId"] for i in qr["item"]] == [f"item{k}" for k in range(1, 8)]


def test_neurophysiology_observation(bundle):
    (lsr,) = [
        o for o in _resources(bundle, "Observation") if o["code"]["coding"][0]["code"] == "lsr"
    ]
    assert lsr["valueBoolean"] is True
    comps = {c["code"]["coding"][0]["code"]: c["valueQuantity"] for c in lsr["component"]}
    assert (comps["lsr-onset-latency"]["value"], comps["lsr-onset-latency"]["code"]) == (10.4, "ms")
    assert (comps["lsr-amplitude"]["value"], comps["lsr-amplitude"]["code"]) == (185.0, "uV")


def test_no_invented_loinc_codes(bundle):
    text = json.dumps(bundle)
    assert "loinc.org" not in text


# --- stability -----------------------------------------------------------------


def test_export_is_deterministic_and_order_independent(bundle):
    again = export_bundle(PATIENT, **_records())
    assert json.dumps(again) == json.dumps(bundle)
    shuffled = {k: list(v) for k, v in _records().items()}
    rng = random.Random(3)
    for v in shuffled.values():
        rng.shuffle(v)
    assert json.dumps(export_bundle(PATIENT, **shuffled)) == json.dumps(bundle)


def test_ids_differ_between_patients(bundle):
    other = PatientRecord("pat-0043", "MRN-9", "Other", ("Person",), "1970-01-01", "male", "left")
    urls = {e["fullUrl"] for e in bundle["entry"]}
    other_urls = {e["fullUrl"] for e in export_bundle(other, **_records())["entry"]}
    # the shared Questionnaire is per patient too; nothing collides
    assert not urls & other_urls


def test_timestamp_optional_and_must_be_aware():
    stamp = dt.datetime(2024, 10, 1, 12, 0, tzinfo=dt.UTC)
    data = export_bundle(PATIENT, timestamp=stamp)
    assert Bundle.model_validate(data).timestamp == stamp
    with pytest.raises(InputError, match="timezone-aware"):
        export_bundle(PATIENT, timestamp=dt.datetime(2024, 10, 1, 12, 0))


def test_no_personal_data_in_logs(caplog):
    with caplog.at_level(logging.DEBUG):
        export_bundle(PATIENT, **_records())
    assert caplog.records, "the export should log what it did"
    for secret in ("Testperson", "Alexandra", "MRN-771234", "1968", "pat-0042"):
        assert secret not in caplog.text


# --- bad input -------------------------------------------------------------------


def test_duplicate_record_ids_are_rejected():
    inj = _injections()[0]
    with pytest.raises(RecordError, match="share the record_id 'inj-1'"):
        export_bundle(PATIENT, injections=[inj, inj])


def test_wrong_record_type_is_rejected():
    with pytest.raises(InputError, match="videos must be VideoMeasurement records"):
        export_bundle(PATIENT, videos=[{"spasms_per_min": 3}])
    with pytest.raises(InputError, match="patient must be a PatientRecord"):
        export_bundle({"mrn": "x"})
    with pytest.raises(InputError, match="mrn_system must be a URI"):
        export_bundle(PATIENT, mrn_system="local mrn")


@pytest.mark.parametrize(
    "make",
    [
        lambda: PatientRecord("p", "M", "X", ("Y",), "1970-01-01", "male", "middle"),
        lambda: MVDSurgery("m", "2024-01-01", "both", "disappeared"),
        lambda: NeurophysResult("n", "2024-01-01", "centre", True),
        lambda: InjectionSite("orbicularis oculi", "up", 5),
    ],
)
def test_unknown_side_is_rejected(make):
    with pytest.raises(InputError, match="side must be one of"):
        make()


def test_bad_hfs7_answers_cannot_reach_the_export():
    with pytest.raises(InputError, match="item1 must be from 0 to 4, got 5"):
        ScaleScore("s", "2024-01-01", hfs7=HFS7Response([5, 0, 0, 0, 0, 0, 0]))
    with pytest.raises(InputError, match="missing answer for item7"):
        HFS7Response({f"item{i}": 1 for i in range(1, 7)})


def test_fhir_validation_errors_name_the_field_not_the_value():
    # Passes the record's own check (video/...) but is not a FHIR `code`.
    odd = "video/mp4  codecs-secret"
    v = VideoMeasurement("v", "2024-01-01", "videos/a.mp4", odd, 1.0, 0.1, 1.0, 10.0, "left")
    with pytest.raises(RecordError) as excinfo:
        export_bundle(PATIENT, videos=[v])
    message = str(excinfo.value)
    assert "DocumentReference.content.0.attachment.contentType" in message
    assert "codecs-secret" not in message
