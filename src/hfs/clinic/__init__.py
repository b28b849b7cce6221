"""The clinic's records, clinical scales and FHIR R4B export.

Plain types, independent of any database or web framework::

    from hfs.clinic import PatientRecord, Injection, ScaleScore, HFS7Response, export_bundle
"""

from hfs.clinic.fhir import export_bundle
from hfs.clinic.records import (
    AFFECTED_SIDES,
    LSR_OUTCOMES,
    SEXES,
    VIDEO_SCHEMA,
    Injection,
    InjectionSite,
    Medication,
    MVDSurgery,
    NeurophysResult,
    PatientRecord,
    ScaleScore,
    VideoMeasurement,
)
from hfs.clinic.scales import (
    HFS7_ITEMS,
    HFS7_MINIMAL_IMPORTANT_CHANGE,
    JRS_FREQUENCY_ANCHORS,
    JRS_SEVERITY_ANCHORS,
    SMC_GRADES,
    HFS7Change,
    HFS7Response,
    JankovicScore,
    SMCGrade,
    hfs7_change,
    hfs7_change_is_important,
    parse_smc_grade,
)

__all__ = [
    "AFFECTED_SIDES",
    "HFS7_ITEMS",
    "HFS7_MINIMAL_IMPORTANT_CHANGE",
    "JRS_FREQUENCY_ANCHORS",
    "JRS_SEVERITY_ANCHORS",
    "LSR_OUTCOMES",
    "SEXES",
    "SMC_GRADES",
    "VIDEO_SCHEMA",
    "HFS7Change",
    "HFS7Response",
    "Injection",
    "InjectionSite",
    "JankovicScore",
    "MVDSurgery",
    "Medication",
    "NeurophysResult",
    "PatientRecord",
    "SMCGrade",
    "ScaleScore",
    "VideoMeasurement",
    "export_bundle",
    "hfs7_change",
    "hfs7_change_is_important",
    "parse_smc_grade",
]
