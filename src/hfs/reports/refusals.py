"""Why a patient's upload, contact request or chat message was refused, in the page's
language (issue 18).

The API's refusals (``{"detail": ...}`` of a 4xx) and a video's "could not be measured"
error are English, the API's and the record's language: the sentences of
:mod:`hfs.video.intake`, :mod:`hfs.video.io`, :mod:`hfs.web.upload_io`,
:mod:`hfs.services.uploads`, :func:`hfs.services.inbox.request_contact` and
:func:`hfs.assistant.service.check_text`. Each one is matched here and put into the
language of a ``gettext`` (the Spanish patient pages' catalog, :mod:`hfs.web.i18n`);
the figures and names in it are kept. ``tests/web/test_patient_refusals.py`` renders
every ``raise`` of those modules and fails when one has no translation here.

Round 11 (leftovers): the reason in parentheses of a video that cannot be decoded is
FFmpeg's own English (``av_strerror``: "invalid data found when processing input"); it
is matched against PyAV's FFmpeg error classes
(:data:`hfs.reports.plain.DECODER_REASONS`) and said in the page's language, or as "a
technical error" when it is none of them. The server's own refusals before a route
runs (a body too large, 413; a request from another site, 403) and a malformed form
(422: pydantic's errors, read by their ``type``, not their English ``msg``:
:func:`validation_text`) are in the page's language too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from hfs.reports.plain import quality_text, reason_text


def _(message: str) -> str:  # marks English text for the catalogs
    return message


#: (pattern of the stored/sent English sentence, its catalog message with the
#: pattern's named groups as ``%(name)s``).
REFUSALS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), message)
    for pattern, message in (
        # hfs.video.intake (the upload is checked by its content)
        (
            r"^the file is (?P<size>\d+) MB; the limit is (?P<limit>\d+) MB$",
            _("the file is %(size)s MB; the limit is %(limit)s MB"),
        ),
        (r"^the file is empty$", _("the file is empty")),
        (
            r"^the file is not an MP4, MOV or WebM video \(checked by its content, not its "
            r"name\)$",
            _("the file is not an MP4, MOV or WebM video (checked by its content, not its name)"),
        ),
        (
            r"^unsupported container \((?P<format>.+)\); send an MP4, MOV or WebM video$",
            _("unsupported container (%(format)s); send an MP4, MOV or WebM video"),
        ),
        (
            r"^the video is (?P<seconds>\d+) s long; the limit is (?P<minutes>\d+) minutes "
            r"\(30-60 s is best\)$",
            _(
                "the video is %(seconds)s s long; the limit is %(minutes)s minutes (30-60 s is best)"
            ),
        ),
        (
            r"^the video could not be stored \((?P<why>.+)\)$",
            _("the video could not be stored (%(why)s)"),
        ),
        # hfs.video.io (opening and decoding the video)
        (r"^no such file: (?P<file>.+)$", _("no such file: %(file)s")),
        (
            r"^(?P<file>.+) is a folder, not a video file$",
            _("%(file)s is a folder, not a video file"),
        ),
        (r"^(?P<file>.+) is empty \(0 bytes\)$", _("%(file)s is empty (0 bytes)")),
        (
            r"^(?P<file>.+): the video stream has no frame size$",
            _("%(file)s: the video stream has no frame size"),
        ),
        (
            r"^(?P<file>.+): (?P<size>\S+) is larger than 4K \(4096x2160\); re-record at 1080p "
            r"or less$",
            _("%(file)s: %(size)s is larger than 4K (4096x2160); re-record at 1080p or less"),
        ),
        (
            r"^(?P<file>.+): (?P<size>\S+) is too small to see a face; at least (?P<least>\d+) "
            r"pixels a side$",
            _("%(file)s: %(size)s is too small to see a face; at least %(least)s pixels a side"),
        ),
        (
            r"^(?P<file>.+): the video cannot be decoded \((?P<why>.+)\)$",
            _("%(file)s: the video cannot be decoded (%(why)s)"),
        ),
        (r"^(?P<file>.+): the video has no frames$", _("%(file)s: the video has no frames")),
        (
            r"^(?P<file>.+): the frame rate cannot be determined$",
            _("%(file)s: the frame rate cannot be determined"),
        ),
        (
            r"^(?P<file>.+): the video is damaged or truncated after (?P<frames>\d+) frames "
            r"\((?P<why>.+)\); send the complete file$",
            _(
                "%(file)s: the video is damaged or truncated after %(frames)s frames "
                "(%(why)s); send the complete file"
            ),
        ),
        (
            r"^(?P<file>.+): the video cannot be read from (?P<at>[0-9.]+) s "
            r"\((?P<why>.+)\); send the complete file$",
            _("%(file)s: the video cannot be read from %(at)s s (%(why)s); send the complete file"),
        ),
        (
            r"^video decoding stopped unexpectedly \(the decode process ended with exit "
            r"code (?P<code>-?\d+)\)$",
            _(
                "video decoding stopped unexpectedly (the decode process ended with exit "
                "code %(code)s)"
            ),
        ),
        (r"^video decoding failed \((?P<why>.+)\)$", _("video decoding failed (%(why)s)")),
        # hfs.web.upload_io (receiving the upload)
        (
            r"^send one file at a time in the field (?P<field>.+)$",
            _("send one file at a time in the field %(field)s"),
        ),
        (
            r"^the video is larger than (?P<limit>\d+) MB; send a shorter clip \(30-60 s is "
            r"best\)$",
            _("the video is larger than %(limit)s MB; send a shorter clip (30-60 s is best)"),
        ),
        (
            r"^the form has too much data besides the file \(send the file in the field "
            r"(?P<field>.+)\)$",
            _("the form has too much data besides the file (send the file in the field %(field)s)"),
        ),
        (
            r"^this address already has uploads in progress; wait for them to finish$",
            _("this address already has uploads in progress; wait for them to finish"),
        ),
        (
            r"^the server is receiving many uploads; please try again soon$",
            _("the server is receiving many uploads; please try again soon"),
        ),
        (
            r"^the upload took longer than (?P<minutes>[\d.]+) minutes; try a shorter clip$",
            _("the upload took longer than %(minutes)s minutes; try a shorter clip"),
        ),
        (
            r"^the upload stopped sending for (?P<seconds>[\d.]+) s; please send it again$",
            _("the upload stopped sending for %(seconds)s s; please send it again"),
        ),
        (
            r"^the upload was interrupted before its end$",
            _("the upload was interrupted before its end"),
        ),
        (
            r"^send the (?P<what>.+) as multipart/form-data in the field (?P<field>.+)$",
            _("send the video as multipart/form-data in the field %(field)s"),
        ),
        (
            r"^the upload is not a well-formed multipart form$",
            _("the upload is not a well-formed multipart form"),
        ),
        (
            r"^no (?P<what>.+) in the form \(expected a file in the field (?P<field>.+)\)$",
            _("no video in the form (expected a file in the field %(field)s)"),
        ),
        # hfs.services.uploads
        (
            r"^too many uploads from this address; please try again in an hour$",
            _("too many uploads from this address; please try again in an hour"),
        ),
        (
            r"^no such upload \(the link may be mistyped\)$",
            _("no such upload (the link may be mistyped)"),
        ),
        (
            r"^this video has already been sent to the clinic$",
            _("this video has already been sent to the clinic"),
        ),
        # hfs.services.inbox.request_contact (the contact forms)
        (
            r"^too many requests from this address; please call the clinic$",
            _("too many requests from this address; please call the clinic"),
        ),
        (
            r"^phone: not a phone number we can call \(include the country code, e\.g\. "
            r"\+1 \.\.\.\)$",
            _("phone: not a phone number we can call (include the country code, e.g. +1 ...)"),
        ),
        (r"^email: not an e-mail address$", _("email: not an e-mail address")),
        # hfs.assistant.service (a chat message)
        (r"^text must be a string$", _("text must be a string")),
        (
            r"^text is too long: (?P<chars>\d+) characters, at most (?P<most>\d+)$",
            _("text is too long: %(chars)s characters, at most %(most)s"),
        ),
        (
            r"^text contains control or binary characters; send plain text$",
            _("text contains control or binary characters; send plain text"),
        ),
        (r"^text is empty; type a message$", _("text is empty; type a message")),
        (
            r"^this conversation has expired or does not exist; start a new one "
            r"\(session_id null\)$",
            _("this conversation has expired or does not exist; start a new one"),
        ),
        (
            r"^this conversation can no longer be continued; start a new one "
            r"\(session_id null\)$",
            _("this conversation can no longer be continued; start a new one"),
        ),
        # hfs.web.app's middleware (before any route)
        (
            r"^request body too large \(at most (?P<limit>\d+) bytes\)$",
            _("the request is too large (at most %(limit)s bytes)"),
        ),
        (
            r"^cross-site request refused \(foreign Origin or Referer\)$",
            _("the request was refused because it did not come from this site's pages"),
        ),
    )
)

#: The contact and chat forms' fields, for :func:`validation_text`.
FIELDS: dict[str, str] = {
    "name": _("name"),
    "phone": _("phone"),
    "email": _("e-mail"),
    "preferred_time": _("preferred time"),
    "reason": _("reason for contact"),
    "lang": _("language"),
    "text": _("message text"),
    "session_id": _("conversation"),
}
#: pydantic's error types -> the sentence (``%(field)s``, and the limit where it has one).
VALIDATION: dict[str, str] = {
    "missing": _("%(field)s: this field is missing"),
    "string_too_long": _("%(field)s: too long (at most %(max_length)s characters)"),
    "string_too_short": _("%(field)s: this field is empty"),
    "extra_forbidden": _("%(field)s: this field is not part of the form"),
}
INVALID_VALUE = _("%(field)s: the value is not valid")
NOT_JSON = _("the form did not arrive as valid JSON")
NOT_AN_OBJECT = _("the form did not arrive as a JSON object")


def validation_text(errors: Sequence[Mapping[str, Any]], gettext: Callable[[str], str]) -> str:
    """A refused form's errors (pydantic's ``exc.errors()``, at most three) in the
    language of ``gettext``, one sentence each, by their ``type``."""
    parts = []
    for err in list(errors)[:3]:
        kind = str(err.get("type", ""))
        loc = [str(p) for p in err.get("loc", ()) if p != "body"]
        if kind == "json_invalid":
            parts.append(gettext(NOT_JSON))
            continue
        if not loc:
            parts.append(gettext(NOT_AN_OBJECT))
            continue
        field = loc[-1]
        label = gettext(FIELDS[field]) if field in FIELDS else field
        ctx = err.get("ctx") or {}
        message = gettext(VALIDATION.get(kind, INVALID_VALUE))
        parts.append(message % {"field": label, "max_length": ctx.get("max_length", "")})
    return "; ".join(parts)


#: What a page in another language says of a video error it has no sentence for.
UNMEASURED = _("the video could not be measured")


def refusal_text(text: str, gettext: Callable[[str], str] = _) -> str | None:
    """``text`` (a refusal or a video's error, in English) in the language of
    ``gettext``. English (no ``gettext``, or one that leaves sentences as they are):
    ``text`` itself. Another language: None when ``text`` is not one of ours, so the
    caller says something general in that language instead of showing English."""
    if gettext is _ or gettext(UNMEASURED) == UNMEASURED:
        return text
    translated = quality_text(text, gettext)
    if translated != text:
        return translated
    for pattern, message in REFUSALS:
        m = pattern.match(text)
        if m is not None:
            out = gettext(message)
            if out == message:
                return None
            values = m.groupdict()
            if "why" in values:  # FFmpeg's or the system's English reason
                values["why"] = reason_text(values["why"], gettext)
            return out % values
    return None
