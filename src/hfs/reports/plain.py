"""A plain-language summary of a video analysis for the person who filmed it.

Measurements only, in everyday words; never a diagnosis (docs/video.md).

Every sentence is marked for the patient pages' gettext catalogs (issue 18): the web
app passes the page language's ``gettext``/``ngettext`` (:mod:`hfs.web.i18n`); without
them the text is English.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from typing import Any


def _(message: str) -> str:  # marks English text for the catalogs (the default language)
    return message


def _n(singular: str, plural: str, n: int) -> str:
    return singular if n == 1 else plural


DISCLAIMER = _(
    "These are measurements from one video, made by software. They are not a diagnosis. "
    "A clinician looks at them together with your history and an examination."
)
#: Words the summary puts into its sentences (sides, parts of the face, movements).
WORDS = {
    "left": _("left"),
    "right": _("right"),
    "both": _("both"),
    "eye": _("eye"),
    "brow": _("brow"),
    "cheek": _("cheek"),
    "mouth": _("mouth"),
    "talk": _("talking"),
    "chew": _("chewing"),
    "smile": _("smiling"),
    "eye_closure": _("closing your eyes"),
    "brow_raise": _("raising your eyebrows"),
}


#: The video analysis's quality warnings and "cannot tell" reasons
#: (:mod:`hfs.video.summary`, :mod:`hfs.video.analysis`) are stored in English, the
#: record's language; each one a patient sees is matched here and put into the page's
#: language. A sentence not in this list is shown as stored.
QUALITY: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), message)
    for pattern, message in (
        (
            r"^too short: (?P<seconds>\d+) s; film at least 20 s \(30-60 s is better\)$",
            _("too short: %(seconds)s s; film at least 20 s (30-60 s is better)"),
        ),
        (
            r"^face too small: move the camera closer so the face fills about half the frame$",
            _("face too small: move the camera closer so the face fills about half the frame"),
        ),
        (
            r"^too dark: film facing a window or a lamp$",
            _("too dark: film facing a window or a lamp"),
        ),
        (
            r"^face lost often: found in (?P<percent>\d+)% of frames \((?P<visible>\d+) s of "
            r"(?P<seconds>\d+) s\); keep the face in view\. Rates use the visible time; moments "
            r"the face left or came back are not counted$",
            _(
                "face lost often: found in %(percent)s%% of frames (%(visible)s s of "
                "%(seconds)s s); keep the face in view. Rates use the visible time; moments "
                "the face left or came back are not counted"
            ),
        ),
        (
            r"^low frame rate \((?P<fps>\d+) fps\): brief twitches may be missed$",
            _("low frame rate (%(fps)s fps): brief twitches may be missed"),
        ),
        (
            r"^head turned a lot: look at the camera and keep the head still$",
            _("head turned a lot: look at the camera and keep the head still"),
        ),
        (
            r"^(?P<faces>\d+) faces in view \(in (?P<percent>\d+)% of the frames checked\); "
            r"measured the face at the (?P<where>[\w -]+) \(the largest and most central\)\. "
            r"Film one face only$",
            _(
                "%(faces)s faces in view (in %(percent)s%% of the frames checked); measured the "
                "largest and most central face. Film one face only"
            ),
        ),
        (
            r"^the face was visible for only (?P<seconds>[\d.]+) s; at least (?P<least>\d+) s "
            r"are needed to tell spasms from normal blinking \(30-60 s is better\)$",
            _(
                "the face was visible for only %(seconds)s s; at least %(least)s s are needed "
                "to tell spasms from normal blinking (30-60 s is better)"
            ),
        ),
        (
            r"^the face is too small to measure \((?P<px>\d+) px between the eyes\); film "
            r"closer so the face fills about half the frame$",
            _(
                "the face is too small to measure (%(px)s px between the eyes); film closer so "
                "the face fills about half the frame"
            ),
        ),
        (
            r"^the face landmarks are too unsteady to measure the eyelids \(blur, dim light, "
            r"or a face turned away\); film again in good light, facing the camera$",
            _(
                "the face landmarks are too unsteady to measure the eyelids (blur, dim light, "
                "or a face turned away); film again in good light, facing the camera"
            ),
        ),
        # why a video could not be measured at all (the upload's one-line error)
        (
            r"^(?P<file>.+): no face could be followed \(found in (?P<percent>\d+)% of "
            r"frames\); film the face from the front, well lit, filling about half the frame$",
            _(
                "%(file)s: no face could be followed (found in %(percent)s%% of frames); film "
                "the face from the front, well lit, filling about half the frame"
            ),
        ),
        (
            r"^the analysis failed unexpectedly; please try again or contact the clinic$",
            _("the analysis failed unexpectedly; please try again or contact the clinic"),
        ),
        (
            r"^(?P<file>.+) is not a readable video \((?P<why>.+)\)$",
            _("%(file)s is not a readable video (%(why)s)"),
        ),
        (r"^(?P<file>.+) has no video stream$", _("%(file)s has no video stream")),
    )
)
_CANNOT_TELL = re.compile(r"^cannot tell: (?P<reason>.+)$")


#: FFmpeg's reasons (PyAV's error classes; their English is FFmpeg's ``av_strerror``)
#: and what a patient is told of each.
DECODER_REASONS: dict[str, str] = {
    "InvalidDataError": _("the file's data is not valid video data"),
    "EOFError": _("the file ends too early"),
    "DecoderNotFoundError": _("there is no decoder for this video's format"),
    "DemuxerNotFoundError": _("the file's format cannot be read"),
    "PatchWelcomeError": _("the video uses a feature the decoder does not support"),
    "MemoryError": _("the server ran out of memory"),
    "ArgumentError": _("the video has a setting the decoder does not accept"),
    "BugError": _("an internal error of the decoder"),
    "UnknownError": _("an internal error of the decoder"),
    "ExternalError": _("an internal error of the decoder"),
    "BufferTooSmallError": _("an internal error of the decoder"),
}
#: hfs.video.io's reason when FFmpeg gives none.
UNKNOWN_FORMAT = _("unknown format")
#: A reason that is none of the above (its English is not shown on another language's page).
TECHNICAL = _("a technical error")


@functools.cache
def _ffmpeg_messages() -> dict[str, str]:
    """FFmpeg's English reason (lower case, as :func:`hfs.video.io._ffmpeg_reason`
    writes it) -> the catalog message, for the classes of :data:`DECODER_REASONS` and
    the input/output error (EIO)."""
    import errno

    import av.error

    out = {"unknown format": UNKNOWN_FORMAT}
    for code, cls in av.error.classes.items():
        name = cls.__name__
        if name in DECODER_REASONS or code == errno.EIO:
            try:
                av.error.err_check(-code)
            except av.error.FFmpegError as exc:
                reason = " ".join(str(exc.strerror).split()).rstrip(".").lower()
                out[reason] = DECODER_REASONS.get(name, _("the file could not be read"))
    return out


def reason_text(why: str, gettext: Callable[[str], str]) -> str:
    """The reason in parentheses of a video error, in the language of ``gettext``."""
    return gettext(_ffmpeg_messages().get(why.strip().lower(), TECHNICAL))


def quality_text(text: str, gettext: Callable[[str], str] = _) -> str:
    """A stored quality warning, "cannot tell" reason or analysis error in the language
    of ``gettext``; in English (no ``gettext``, or one that leaves the sentence as it
    is) the stored text itself."""
    m = _CANNOT_TELL.match(text)
    if m is not None:
        head = gettext("cannot tell: %(reason)s")
        if head == "cannot tell: %(reason)s":
            return text
        return head % {"reason": quality_text(m.group("reason"), gettext)}
    for pattern, message in QUALITY:
        m = pattern.match(text)
        if m is not None:
            translated = gettext(message)
            if translated == message:
                return text
            values = m.groupdict()
            if "why" in values:  # FFmpeg's English reason, in the same language
                values["why"] = reason_text(values["why"], gettext)
            return translated % values
    return text


def side_convention(analysis: Mapping[str, Any], gettext: Callable[[str], str] = _) -> str | None:
    """One sentence on how left and right were read: as filmed, or un-mirrored."""
    v = analysis.get("video") or {}
    if "mirrored" not in v:
        return None
    if v.get("mirrored"):
        return gettext(
            "Left and right: the video was treated as a mirrored selfie (front camera) and "
            "flipped back, so sides are your own."
        )
    return gettext(
        "Left and right: the video was treated as filmed by someone else or with the back "
        "camera (not mirrored); sides are your own."
    )


def plain_summary(
    analysis: Mapping[str, Any],
    gettext: Callable[[str], str] = _,
    ngettext: Callable[[str, str, int], str] = _n,
) -> dict:
    """``{"headline", "details": [...], "warnings": [...], "disclaimer"}`` for a patient,
    in the language of ``gettext``/``ngettext`` (default English)."""
    g = gettext

    def word(key: str) -> str:
        return g(WORDS[key]) if key in WORDS else key

    s = analysis.get("summary") or {}
    q = analysis.get("quality") or {}
    side = s.get("affected_side", "none")
    dur = (analysis.get("video") or {}).get("duration_s")
    details = []
    if side is None:
        reason = s.get("cannot_tell")
        reason = (
            quality_text(reason, g) if reason else g("the video could not be measured well enough")
        )
        headline = g("The software cannot tell from this video: %(reason)s.") % {
            "reason": reason.rstrip(".")
        }
    elif side == "none":
        headline = g("The software found no one-sided twitches in this video.")
    else:
        n = s.get("n_spasms", 0)
        values = {"n": n, "side": word(side), "seconds": f"{dur:.0f}" if dur else ""}
        if isinstance(dur, int | float):
            headline = ngettext(
                "The software found %(n)d one-sided twitch on the %(side)s side of your face "
                "in %(seconds)s seconds of video.",
                "The software found %(n)d one-sided twitches on the %(side)s side of your face "
                "in %(seconds)s seconds of video.",
                n,
            )
        else:
            headline = ngettext(
                "The software found %(n)d one-sided twitch on the %(side)s side of your face.",
                "The software found %(n)d one-sided twitches on the %(side)s side of your face.",
                n,
            )
        headline = headline % values
    if side not in ("none", None):
        details.append(
            g("About %(rate)s twitches per minute.")
            % {"rate": f"{s.get('spasms_per_min') or 0:.1f}"}
        )
        frac = s.get("spasm_time_fraction", 0) or 0
        details.append(
            g("Twitching took up about %(percent)s%% of the video's time.")
            % {"percent": f"{100 * frac:.0f}"}
        )
        details.append(
            g("The longest lasted %(seconds)s seconds.")
            % {"seconds": f"{s.get('longest_spasm_s', 0):.1f}"}
        )
        regions = s.get("regions") or []
        if regions:
            details.append(
                g("Parts of the face involved: %(parts)s.")
                % {"parts": ", ".join(word(r) for r in regions)}
            )
    if side is not None:
        details.append(
            g("Normal two-sided blinks: about %(rate)s per minute.")
            % {"rate": f"{s.get('blinks_per_min') or 0:.0f}"}
        )
    seg = s.get("segments") or {}
    kinds = (seg.get("voluntary") or {}).get("movements") or {}
    if kinds:
        done = ", ".join(word(k) for k in kinds)
        n_during = (seg.get("voluntary") or {}).get("n_spasms", 0)
        details.append(
            ngettext(
                "The software recognised %(movements)s and did not count these movements as "
                "twitches; %(n)d one-sided twitch came during them and is counted apart from "
                "those at rest.",
                "The software recognised %(movements)s and did not count these movements as "
                "twitches; %(n)d one-sided twitches came during them and are counted apart "
                "from those at rest.",
                n_during,
            )
            % {"movements": done, "n": n_during}
        )
    convention = side_convention(analysis, g)
    if convention:
        details.append(convention)
    warnings = [quality_text(w, g) for w in q.get("warnings") or []]
    return {
        "headline": headline,
        "details": details,
        "warnings": warnings,
        "disclaimer": g(DISCLAIMER),
    }


#: Colours of the patient's two sides (as in the clinicians' video report) and of blinks.
_COLOURS = {"left": "#c0392b", "right": "#2471a3", "both": "#7f8c8d"}


def event_plot(
    analysis: Mapping[str, Any],
    gettext: Callable[[str], str] = _,
    ngettext: Callable[[str, str, int], str] = _n,
) -> dict:
    """A picture of when the twitches happened, for the person who filmed them.

    ``{"image": "data:image/png;base64,...", "alt": "..."}``: one row per side of the
    face (the person's own left and right) with a bar for each one-sided twitch, and a
    row of two-sided blinks for comparison; time in seconds along the bottom. Drawn
    from the stored events only, so it needs neither the video nor the signals.
    """
    from hfs.reports.figures import png_data_uri, pyplot

    plt = pyplot()
    events = analysis.get("events") or []
    duration = float((analysis.get("video") or {}).get("duration_s") or 0.0)
    g = gettext
    rows = [
        ("spasm", "left", g(_("Twitches, your left side"))),
        ("spasm", "right", g(_("Twitches, your right side"))),
        ("blink", "both", g(_("Blinks (both eyes)"))),
    ]
    fig, ax = plt.subplots(figsize=(5.6, 2.3))
    counts = []
    for y, (kind, side, _label) in enumerate(rows):
        spans = [
            (float(e["onset_s"]), max(float(e["duration_s"]), 0.05))
            for e in events
            if e.get("kind") == kind and e.get("side") == side
        ]
        counts.append(len(spans))
        if spans:
            ax.broken_barh(spans, (y - 0.32, 0.64), color=_COLOURS[side])
    ax.set_yticks(range(len(rows)), [label for *_, label in rows])
    ax.set_xlim(0.0, duration or max((e["offset_s"] for e in events), default=1.0))
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlabel(g(_("seconds into the video")))
    ax.grid(axis="x", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()

    left = ngettext("%(n)d twitch", "%(n)d twitches", counts[0]) % {"n": counts[0]}
    blinks = ngettext("%(n)d blink", "%(n)d blinks", counts[2]) % {"n": counts[2]}
    alt = g(
        _(
            "Timeline of the %(seconds)s-second video: %(left)s marked on your left side, "
            "%(right)d on your right side, and %(blinks)s."
        )
    ) % {"seconds": f"{duration:.0f}", "left": left, "right": counts[1], "blinks": blinks}
    return {"image": png_data_uri(fig, dpi=100), "alt": alt}
