"""Channel roles and stimulus labels: recognising what each EDF label means.

EDF labels hold at most 16 characters, so real files carry cut names
("Orbicularis Ocul") and abbreviations ("OOc", "OOr", "Ment"). This module maps a
stored label onto a *role* (a facial muscle, or a BAEP derivation) and a stimulus
annotation onto a *stimulus kind* (a facial-nerve branch or an auditory click).
A :class:`Montage` read from a YAML file overrides or extends the built-in rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from hfs.errors import ConfigError

#: Facial muscles hfs recognises, with the facial-nerve branches that serve them.
MUSCLE_BRANCHES: dict[str, tuple[str, ...]] = {
    "frontalis": ("temporal",),
    "orbicularis_oculi": ("temporal", "zygomatic"),
    "zygomaticus": ("zygomatic", "buccal"),
    "nasalis": ("buccal",),
    "orbicularis_oris": ("buccal", "marginal_mandibular"),
    "mentalis": ("marginal_mandibular",),
    "depressor_anguli_oris": ("marginal_mandibular",),
    "platysma": ("cervical",),
}

#: Facial-nerve branches that can be stimulated.
STIM_SITES: tuple[str, ...] = ("temporal", "zygomatic", "buccal", "marginal_mandibular")

#: The stimulus kind of an auditory click (BAEP).
CLICK = "click"

#: The role of a BAEP derivation.
BAEP = "baep"

# Full names, written as the normalised text a label is compared with.
_MUSCLE_NAMES = {
    "frontalis": "frontalis",
    "orbicularis_oculi": "orbicularis oculi",
    "zygomaticus": "zygomaticus",
    "nasalis": "nasalis",
    "orbicularis_oris": "orbicularis oris",
    "mentalis": "mentalis",
    "depressor_anguli_oris": "depressor anguli oris",
    "platysma": "platysma",
}
# Common abbreviations seen in EMG montages.
_MUSCLE_ALIASES = {
    "ooc": "orbicularis_oculi",
    "oo": "orbicularis_oculi",
    "orboc": "orbicularis_oculi",
    "oculi": "orbicularis_oculi",
    "oor": "orbicularis_oris",
    "orbor": "orbicularis_oris",
    "oris": "orbicularis_oris",
    "ment": "mentalis",
    "mnt": "mentalis",
    "zyg": "zygomaticus",
    "front": "frontalis",
    "fr": "frontalis",
    "nas": "nasalis",
    "dao": "depressor_anguli_oris",
    "plat": "platysma",
    "pla": "platysma",
}
_SIDE_WORDS = {
    "l": "left",
    "left": "left",
    "lt": "left",
    "r": "right",
    "right": "right",
    "rt": "right",
}
_NOISE_WORDS = {"emg", "ch", "chan", "channel", "m", "muscle"}
_BAEP_PREFIXES = ("baep", "baer", "abr", "aep")

_SITE_ALIASES = {
    "temporal": "temporal",
    "temp": "temporal",
    "frontal": "temporal",
    "zygomatic": "zygomatic",
    "zyg": "zygomatic",
    "buccal": "buccal",
    "bucc": "buccal",
    "marginal mandibular": "marginal_mandibular",
    "marginal": "marginal_mandibular",
    "mandibular": "marginal_mandibular",
    "mm": "marginal_mandibular",
    "mand": "marginal_mandibular",
}
_CLICK_WORDS = ("click", "clk", "baep click", "baep", "abr click")


def _normalise(text: str) -> str:
    """Lower-case, punctuation and underscores to spaces, single spaces."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


@dataclass(frozen=True)
class ChannelRole:
    """What one stored channel is.

    Attributes
    ----------
    label : str
        The label as stored in the file (possibly cut to 16 characters).
    role : str
        A muscle key of :data:`MUSCLE_BRANCHES`, or ``"baep"``.
    side : str or None
        The patient's ``"left"``/``"right"`` when the label says so.
    """

    label: str
    role: str
    side: str | None = None

    @property
    def is_baep(self) -> bool:
        return self.role == BAEP

    def to_dict(self) -> dict:
        return {"label": self.label, "role": self.role, "side": self.side}


def recognise_channel(label: str) -> ChannelRole | None:
    """Recognise a channel label as a muscle or a BAEP derivation.

    Muscles are matched on their full name (possibly followed by more words, as in
    "Zygomaticus maj"), any prefix of it of at least four characters
    ("Orbicularis Ocul", "Ment"), or a common alias ("OOc", "OOr").
    Side words ("L", "Right") and "EMG" are ignored for the match and kept as side.

    Parameters
    ----------
    label : str
        The channel label as stored.

    Returns
    -------
    ChannelRole or None
        ``None`` when the label is not recognised.
    """
    norm = _normalise(label)
    if not norm:
        return None
    if norm.split()[0] in _BAEP_PREFIXES or norm.replace(" ", "").startswith(_BAEP_PREFIXES):
        return ChannelRole(label=label, role=BAEP)
    words = norm.split()
    side = None
    kept = []
    for w in words:
        if w in _SIDE_WORDS and side is None:
            side = _SIDE_WORDS[w]
        elif w not in _NOISE_WORDS and not re.fullmatch(r"(emg|ch|chan)?\d+", w):
            kept.append(w)
    if not kept:
        return None
    text = " ".join(kept)
    squashed = text.replace(" ", "")
    if squashed in _MUSCLE_ALIASES:
        return ChannelRole(label=label, role=_MUSCLE_ALIASES[squashed], side=side)
    if len(text) >= 4:
        for key, name in _MUSCLE_NAMES.items():
            if name.startswith(text) or text.startswith(name + " "):
                # "orbicularis" alone is ambiguous (oculi or oris): require more.
                if text.strip() == "orbicularis":
                    return None
                return ChannelRole(label=label, role=key, side=side)
    key = _token_match(kept)
    return None if key is None else ChannelRole(label=label, role=key, side=side)


def _token_match(words: list[str]) -> str | None:
    """A muscle whose name's words the label's words abbreviate, word by word.

    "orb oris" and "orb oculi" (each word a prefix of the name's word, the first at
    least three letters, the others at least two), the common "Orb Oris" / "Orb Oc"
    style; only an unambiguous match counts.
    """
    if len(words[0]) < 3 or any(len(w) < 2 for w in words):
        return None
    hits = []
    for key, name in _MUSCLE_NAMES.items():
        parts = name.split()
        if len(parts) >= len(words) and all(
            p.startswith(w) for w, p in zip(words, parts, strict=False)
        ):
            hits.append(key)
    return hits[0] if len(hits) == 1 else None


_INTENSITY = re.compile(r"(?<![\w.])(\d+(?:[.,]\d+)?)\s*ma\b", re.IGNORECASE)


def stimulus_intensity_ma(text: str) -> float | None:
    """The stimulus intensity an annotation states, in mA (``"Stim zygomatic 12mA"``
    -> 12.0, ``"Stim zyg 7.5 mA"`` -> 7.5), or None when it states none."""
    m = _INTENSITY.search(str(text))
    return float(m.group(1).replace(",", ".")) if m else None


def recognise_stimulus(text: str) -> str | None:
    """Recognise an annotation text as a stimulus kind.

    ``"Stim zygomatic"`` -> ``"zygomatic"``, ``"Stim marginal_mandibular"`` ->
    ``"marginal_mandibular"``, ``"Click"`` -> ``"click"``. Anything else (sleep stages,
    comments, "Stim" with no site) gives ``None``. A stated intensity (``"Stim
    zygomatic 12mA"``, see :func:`stimulus_intensity_ma`) does not change the kind.
    """
    norm = _normalise(_INTENSITY.sub(" ", str(text)))
    if norm in _CLICK_WORDS:
        return CLICK
    words = norm.split()
    if not words or words[0] not in ("stim", "stimulus", "s"):
        return None
    rest = " ".join(words[1:])
    if rest in _SITE_ALIASES:
        return _SITE_ALIASES[rest]
    for site in STIM_SITES:
        if len(rest) >= 4 and site.replace("_", " ").startswith(rest):
            return site
    return None


@dataclass(frozen=True)
class Montage:
    """User overrides: labels to roles, annotation texts and trigger codes to stimuli.

    Attributes
    ----------
    channels : dict
        Stored channel label -> role (a muscle key, ``"baep"`` or ``"ignore"``).
    stimuli : dict
        Annotation text -> stimulus kind (a branch of :data:`STIM_SITES` or ``"click"``).
    trigger_channel : str or None
        Label of a trigger channel whose pulses mark stimuli.
    trigger_codes : dict
        Pulse value -> stimulus kind, for the trigger channel.
    """

    channels: dict[str, str] = field(default_factory=dict)
    stimuli: dict[str, str] = field(default_factory=dict)
    trigger_channel: str | None = None
    trigger_codes: dict[int, str] = field(default_factory=dict)

    def channel_role(self, label: str) -> ChannelRole | None:
        if label in self.channels:
            role = self.channels[label]
            return None if role == "ignore" else ChannelRole(label=label, role=role)
        return recognise_channel(label)

    def stimulus_kind(self, text: str) -> str | None:
        if text in self.stimuli:
            return self.stimuli[text]
        return recognise_stimulus(text)


#: Trigger-channel codes used when no montage says otherwise (also what
#: ``hfs simulate stream`` writes).
DEFAULT_TRIGGER_CODES: dict[int, str] = {
    1: "temporal",
    2: "zygomatic",
    3: "buccal",
    4: "marginal_mandibular",
    10: CLICK,
}

_ROLES = (*MUSCLE_BRANCHES, BAEP, "ignore")
_KINDS = (*STIM_SITES, CLICK)


def read_montage(path: str | Path) -> Montage:
    """Read a montage YAML file.

    The file is a mapping with optional keys ``channels`` (label -> role),
    ``stimuli`` (annotation text -> kind), ``trigger_channel`` (label) and
    ``trigger_codes`` (integer -> kind). See ``docs/neuro.md``.

    Raises
    ------
    ConfigError
        When the file cannot be read or names an unknown role or kind.
    """
    import yaml

    path = Path(path)
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read montage file {path}: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" at line {where.line + 1}" if where is not None else ""
        raise ConfigError(f"montage file {path} is not valid YAML{at}") from None
    if doc is None:
        doc = {}
    if not isinstance(doc, dict):
        raise ConfigError(f"montage file {path}: expected a mapping at the top level")
    unknown = set(doc) - {"channels", "stimuli", "trigger_channel", "trigger_codes"}
    if unknown:
        raise ConfigError(
            f"montage file {path}: unknown key(s) {', '.join(sorted(map(str, unknown)))}; "
            "expected channels, stimuli, trigger_channel, trigger_codes"
        )

    def mapping(key: str) -> dict:
        value = doc.get(key) or {}
        if not isinstance(value, dict):
            raise ConfigError(f"montage file {path}: '{key}' must be a mapping")
        return value

    channels = {}
    for label, role in mapping("channels").items():
        role = str(role).strip().lower().replace(" ", "_")
        if role not in _ROLES:
            raise ConfigError(
                f"montage file {path}: channel '{label}' has unknown role '{role}'; "
                f"expected one of {', '.join(_ROLES)}"
            )
        channels[str(label)] = role
    stimuli = {}
    for text, kind in mapping("stimuli").items():
        kind = str(kind).strip().lower().replace(" ", "_")
        if kind not in _KINDS:
            raise ConfigError(
                f"montage file {path}: stimulus '{text}' has unknown kind '{kind}'; "
                f"expected one of {', '.join(_KINDS)}"
            )
        stimuli[str(text)] = kind
    codes = {}
    for code, kind in mapping("trigger_codes").items():
        kind = str(kind).strip().lower().replace(" ", "_")
        try:
            icode = int(code)
        except (TypeError, ValueError):
            raise ConfigError(
                f"montage file {path}: trigger code '{code}' is not an integer"
            ) from None
        if kind not in _KINDS:
            raise ConfigError(
                f"montage file {path}: trigger code {icode} has unknown kind '{kind}'"
            )
        codes[icode] = kind
    trig = doc.get("trigger_channel")
    return Montage(
        channels=channels,
        stimuli=stimuli,
        trigger_channel=None if trig is None else str(trig),
        trigger_codes=codes,
    )


def is_direct(site: str, muscle: str) -> bool:
    """True when the stimulated branch serves the muscle (an M-response, not an LSR)."""
    return site in MUSCLE_BRANCHES.get(muscle, ())
