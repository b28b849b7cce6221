"""Clinical scales for hemifacial spasm: Jankovic, SMC grade and HFS-7.

Three scales are kept in the clinic's records:

- **Jankovic Rating Scale (JRS)**: a clinician rates severity (0-4) and frequency
  (0-4); the total is their sum (0-8).
- **SMC grade** (Lee et al. 2012): how far the spasm has spread and what it does,
  grade 0 (none) and I-IV.
- **HFS-7**: seven self-rated quality-of-life items, each 0-4, summed to a total of
  0-28. A fall of at least 2.63 points is the minimal important change (MIC) found in
  a 2025 study of 112 patients (figure as recorded in the project's DOMAIN notes).

Everything here validates its input and raises :class:`hfs.errors.RecordError` (an
:class:`hfs.errors.InputError`) with a message naming the offending field and the
allowed range. Nothing here diagnoses: these are the scores a clinician or a patient
gave, checked and summed.

The anchor texts and item descriptions below are this project's own short wording.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from hfs.errors import RecordError

__all__ = [
    "HFS7_ITEMS",
    "HFS7_MAX_ANSWER",
    "HFS7_MINIMAL_IMPORTANT_CHANGE",
    "JRS_FREQUENCY_ANCHORS",
    "JRS_SEVERITY_ANCHORS",
    "SMC_GRADES",
    "HFS7Change",
    "HFS7Item",
    "HFS7Response",
    "JankovicScore",
    "SMCGrade",
    "hfs7_change",
    "hfs7_change_is_important",
    "parse_smc_grade",
]


def _check_int(value: Any, name: str, lo: int, hi: int) -> int:
    """Return ``value`` if it is an integer in ``[lo, hi]``, else raise RecordError."""
    # bool is an int subclass; True is not a score.
    if isinstance(value, bool) or not isinstance(value, int):
        raise RecordError(
            f"{name} must be a whole number from {lo} to {hi}, got {value!r} "
            f"({type(value).__name__})"
        )
    if not lo <= value <= hi:
        raise RecordError(f"{name} must be from {lo} to {hi}, got {value}")
    return value


# ---------------------------------------------------------------------------------
# Jankovic Rating Scale
# ---------------------------------------------------------------------------------

#: Severity anchors (0-4), in this project's words.
JRS_SEVERITY_ANCHORS: dict[int, str] = {
    0: "no spasm",
    1: "more blinking than usual, only when provoked (light, wind, stress)",
    2: "mild: visible fluttering that does not get in the way",
    3: "moderate: clearly visible spasm that gets in the way a little",
    4: "severe: disabling; other facial muscles may be involved",
}

#: Frequency anchors (0-4), in this project's words.
JRS_FREQUENCY_ANCHORS: dict[int, str] = {
    0: "no spasm",
    1: "blinking slightly more often than usual",
    2: "lid fluttering, each bout shorter than 1 s",
    3: "spasms longer than 1 s; the eyes are still open for more than half the waking day",
    4: "eyes shut by spasm for more than half the waking day (functionally blind)",
}


@dataclass(frozen=True)
class JankovicScore:
    """A Jankovic Rating Scale score given by a clinician.

    Parameters
    ----------
    severity : int
        0-4, see :data:`JRS_SEVERITY_ANCHORS`.
    frequency : int
        0-4, see :data:`JRS_FREQUENCY_ANCHORS`.

    Raises
    ------
    hfs.errors.RecordError
        If either component is not a whole number from 0 to 4.
    """

    severity: int
    frequency: int

    def __post_init__(self) -> None:
        _check_int(self.severity, "Jankovic severity", 0, 4)
        _check_int(self.frequency, "Jankovic frequency", 0, 4)

    @property
    def total(self) -> int:
        """Severity plus frequency, 0-8."""
        return self.severity + self.frequency

    @property
    def severity_anchor(self) -> str:
        """The anchor text of the severity level."""
        return JRS_SEVERITY_ANCHORS[self.severity]

    @property
    def frequency_anchor(self) -> str:
        """The anchor text of the frequency level."""
        return JRS_FREQUENCY_ANCHORS[self.frequency]

    def to_dict(self) -> dict:
        """JSON-ready dict: severity, frequency and total."""
        return {"severity": self.severity, "frequency": self.frequency, "total": self.total}


# ---------------------------------------------------------------------------------
# SMC grade
# ---------------------------------------------------------------------------------

#: SMC grades: number -> (label, definition in this project's words). Lee et al. 2012.
SMC_GRADES: dict[int, tuple[str, str]] = {
    0: ("0", "no spasm"),
    1: ("I", "spasm around the eye only"),
    2: (
        "II",
        "spread to other muscles on the same side (mouth, cheek, forehead or neck "
        "muscles such as orbicularis oris, zygomaticus, frontalis, platysma)",
    ),
    3: ("III", "frequent tonic spasms that interfere with vision"),
    4: ("IV", "disfiguring facial asymmetry"),
}
_SMC_BY_LABEL = {label: grade for grade, (label, _) in SMC_GRADES.items()}


def parse_smc_grade(value: int | str) -> int:
    """Read an SMC grade given as a number (0-4) or a label (``"0"``, ``"I"``-``"IV"``).

    Parameters
    ----------
    value : int or str
        The grade.

    Returns
    -------
    int
        The grade as a number, 0-4.

    Raises
    ------
    hfs.errors.RecordError
        If the value is not one of the five grades.
    """
    if isinstance(value, str):
        key = value.strip().upper()
        if key in _SMC_BY_LABEL:
            return _SMC_BY_LABEL[key]
        if key.isdigit():
            return _check_int(int(key), "SMC grade", 0, 4)
        raise RecordError(f"SMC grade must be 0, I, II, III or IV, got {value!r}")
    return _check_int(value, "SMC grade", 0, 4)


@dataclass(frozen=True)
class SMCGrade:
    """An SMC grade given by a clinician.

    Parameters
    ----------
    grade : int or str
        0-4 or its label (``"0"``, ``"I"``-``"IV"``); stored as the number.

    Raises
    ------
    hfs.errors.RecordError
        If the grade is not one of the five.
    """

    grade: int

    def __post_init__(self) -> None:
        object.__setattr__(self, "grade", parse_smc_grade(self.grade))

    @property
    def label(self) -> str:
        """Roman label, ``"0"`` or ``"I"``-``"IV"``."""
        return SMC_GRADES[self.grade][0]

    @property
    def definition(self) -> str:
        """What the grade means, in this project's words."""
        return SMC_GRADES[self.grade][1]

    def to_dict(self) -> dict:
        """JSON-ready dict: grade and label."""
        return {"grade": self.grade, "label": self.label}


# ---------------------------------------------------------------------------------
# HFS-7
# ---------------------------------------------------------------------------------

HFS7_MAX_ANSWER = 4
#: Minimal important change of the HFS-7 total (points; a fall, i.e. improvement).
HFS7_MINIMAL_IMPORTANT_CHANGE = -2.63


@dataclass(frozen=True)
class HFS7Item:
    """One HFS-7 item: a stable key and a neutral description of what it asks about."""

    key: str
    number: int
    domain: str


#: The seven HFS-7 items.
#:
#: The published questionnaire wording is copyrighted and is NOT reproduced here.
#: Each ``domain`` is a neutral placeholder in this project's own words that names the
#: area of daily life an item covers; the licensed wording, and the exact order of the
#: items, must be checked against the licensed instrument before clinical use. A
#: deployment that holds a licence can show its own texts keyed by ``key``/``number``.
HFS7_ITEMS: tuple[HFS7Item, ...] = (
    HFS7Item("item1", 1, "Placeholder: effect of the spasm on seeing and visual tasks"),
    HFS7Item("item2", 2, "Placeholder: effect on getting about and everyday activities"),
    HFS7Item("item3", 3, "Placeholder: effect on mood"),
    HFS7Item("item4", 4, "Placeholder: self-consciousness about how the face looks"),
    HFS7Item("item5", 5, "Placeholder: effect on being with other people"),
    HFS7Item("item6", 6, "Placeholder: effect on rest and sleep"),
    HFS7Item("item7", 7, "Placeholder: worry about the condition"),
)
_HFS7_KEYS = tuple(item.key for item in HFS7_ITEMS)


@dataclass(frozen=True)
class HFS7Response:
    """One completed HFS-7 questionnaire: seven answers, each 0-4.

    Parameters
    ----------
    answers : sequence of int or mapping
        Either seven integers in item order, or a mapping from item key
        (``"item1"``-``"item7"``) or item number (1-7) to the answer. Stored as a
        tuple of seven integers in item order.

    Raises
    ------
    hfs.errors.RecordError
        If an item is missing, an unknown item is given, or an answer is not a whole
        number from 0 to 4. The message names the item.

    Notes
    -----
    Item wording: see :data:`HFS7_ITEMS`; the copyrighted questionnaire text is not
    part of this package.
    """

    answers: tuple[int, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "answers", _read_hfs7_answers(self.answers))

    @property
    def total(self) -> int:
        """Sum of the seven answers, 0-28."""
        return sum(self.answers)

    def by_item(self) -> dict[str, int]:
        """Answers keyed by item key (``"item1"``...)."""
        return dict(zip(_HFS7_KEYS, self.answers, strict=True))

    def to_dict(self) -> dict:
        """JSON-ready dict: answers by item key and the total."""
        return {"answers": self.by_item(), "total": self.total}


def _read_hfs7_answers(answers: Any) -> tuple[int, ...]:
    n = len(HFS7_ITEMS)
    if isinstance(answers, Mapping):
        by_key: dict[str, Any] = {}
        for k, v in answers.items():
            if isinstance(k, int) and not isinstance(k, bool) and 1 <= k <= n:
                key = _HFS7_KEYS[k - 1]
            elif isinstance(k, str) and k in _HFS7_KEYS:
                key = k
            elif isinstance(k, str) and k.isdigit() and 1 <= int(k) <= n:
                key = _HFS7_KEYS[int(k) - 1]
            else:
                raise RecordError(f"HFS-7: unknown item {k!r}; items are item1-item7 (or 1-7)")
            if key in by_key:
                raise RecordError(f"HFS-7: {key} is given twice")
            by_key[key] = v
        missing = [key for key in _HFS7_KEYS if key not in by_key]
        if missing:
            raise RecordError(
                f"HFS-7: missing answer for {', '.join(missing)}; all 7 items are needed"
            )
        values = [by_key[key] for key in _HFS7_KEYS]
    elif isinstance(answers, Sequence) and not isinstance(answers, str | bytes):
        values = list(answers)
        if len(values) != n:
            raise RecordError(f"HFS-7 needs {n} answers, got {len(values)}")
    else:
        raise RecordError(
            f"HFS-7 answers must be a list of 7 numbers or a mapping item -> answer, "
            f"got {type(answers).__name__}"
        )
    for key, v in zip(_HFS7_KEYS, values, strict=True):
        if v is None:
            raise RecordError(f"HFS-7: missing answer for {key}; all 7 items are needed")
        _check_int(v, f"HFS-7 {key}", 0, HFS7_MAX_ANSWER)
    return tuple(values)


@dataclass(frozen=True)
class HFS7Change:
    """The change between two HFS-7 totals.

    Attributes
    ----------
    before, after : int
        The two totals (0-28).
    change : int
        ``after - before``; negative is better.
    important_improvement : bool
        True when the fall reaches the minimal important change (``change <= -2.63``).
    """

    before: int
    after: int
    change: int
    important_improvement: bool


def hfs7_change(before_total: int, after_total: int) -> HFS7Change:
    """Compare two HFS-7 totals against the minimal important change.

    Parameters
    ----------
    before_total, after_total : int
        HFS-7 totals, 0-28 each (for example before and after a treatment).

    Returns
    -------
    HFS7Change
        The change and whether it is an improvement at least as large as the minimal
        important change (-2.63 points; 2025, n=112). The MIC was estimated for
        improvement; a rise is reported as a change but not classed by it.

    Raises
    ------
    hfs.errors.RecordError
        If a total is not a whole number from 0 to 28.
    """
    top = HFS7_MAX_ANSWER * len(HFS7_ITEMS)
    _check_int(before_total, "HFS-7 total before", 0, top)
    _check_int(after_total, "HFS-7 total after", 0, top)
    change = after_total - before_total
    return HFS7Change(
        before=before_total,
        after=after_total,
        change=change,
        important_improvement=change <= HFS7_MINIMAL_IMPORTANT_CHANGE,
    )


def hfs7_change_is_important(before_total: int, after_total: int) -> bool:
    """True when the HFS-7 total fell by at least the minimal important change (2.63).

    See :func:`hfs7_change`.
    """
    return hfs7_change(before_total, after_total).important_improvement
