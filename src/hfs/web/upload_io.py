"""Streaming an upload's multipart body to a private temporary file (web I/O only).

Shared by the patients' video uploads and the clinicians' recordings: a byte limit
checked while the body arrives (413), a stalled or too slow body refused (408), at
most so many uploads in progress per client and in all (429, :class:`UploadGate`),
and disk writes off the event loop. What is done with the file is the services'.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import anyio
from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from python_multipart.multipart import MultipartParser, parse_options_header

from hfs.errors import InputError, ThrottledError, TooLargeError
from hfs.storage.private import TMP_DIR, private_dir

FIELD = "video"
MAX_OTHER_FIELD_BYTES = 16 * 1024
#: The received body is written to disk (in a worker thread) in pieces of this size.
WRITE_BYTES = 1 << 20


class UploadTimeoutError(InputError):
    """The upload's body stalled or took too long (the client is sent 408)."""


class _Receiver:
    """Callbacks for the streaming multipart parser: the ``video`` part goes to a file."""

    def __init__(self, out, max_bytes: int, field: str = FIELD, too_large: str | None = None):
        self.out, self.max_bytes = out, max_bytes
        self.field = field
        self.too_large = too_large or (
            f"the video is larger than {max_bytes / 2**20:.0f} MB; "
            "send a shorter clip (30-60 s is best)"
        )
        self.fields: dict[str, bytes] = {}  # the other (small) fields' values
        self.header_field = b""
        self.header_value = b""
        self.headers: dict[bytes, bytes] = {}
        self.name: str | None = None
        self.video_parts = 0
        self.video_bytes = 0
        self.other_bytes = 0

    def on_part_begin(self) -> None:
        self.headers, self.name = {}, None

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self.header_field += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self.header_value += data[start:end]

    def on_header_end(self) -> None:
        self.headers[self.header_field.lower()] = self.header_value
        self.header_field, self.header_value = b"", b""

    def on_headers_finished(self) -> None:
        _, opts = parse_options_header(self.headers.get(b"content-disposition", b""))
        self.name = opts.get(b"name", b"").decode("latin-1")
        if self.name == self.field:
            self.video_parts += 1
            if self.video_parts > 1:
                raise InputError(f"send one file at a time in the field {self.field!r}")

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        n = end - start
        if self.name == self.field:
            self.video_bytes += n
            if self.video_bytes > self.max_bytes:
                raise TooLargeError(self.too_large)
            self.out.write(data[start:end])
        else:
            self.other_bytes += n
            if self.other_bytes > MAX_OTHER_FIELD_BYTES:
                raise InputError(
                    f"the form has too much data besides the file (send the file in the field {self.field!r})"
                )
            if self.name:
                self.fields[self.name] = self.fields.get(self.name, b"") + data[start:end]

    def callbacks(self) -> dict:
        return {
            "on_part_begin": self.on_part_begin,
            "on_header_field": self.on_header_field,
            "on_header_value": self.on_header_value,
            "on_header_end": self.on_header_end,
            "on_headers_finished": self.on_headers_finished,
            "on_part_data": self.on_part_data,
        }


class UploadGate:
    """Uploads in progress in this server process: at most ``per_client`` per client
    address and ``total`` in all; one more is refused with 429 before its body is read.

    Counted in the event loop (no await between the check and the count), so no lock."""

    def __init__(self, per_client: int, total: int):
        self.per_client, self.total = per_client, total
        self.by_client: dict[str, int] = {}
        self.in_progress = 0

    @contextlib.contextmanager
    def slot(self, client: str) -> Iterator[None]:
        if self.by_client.get(client, 0) >= self.per_client:
            raise ThrottledError(
                "this address already has uploads in progress; wait for them to finish"
            )
        if self.in_progress >= self.total:
            raise ThrottledError("the server is receiving many uploads; please try again soon")
        self.by_client[client] = self.by_client.get(client, 0) + 1
        self.in_progress += 1
        try:
            yield
        finally:
            self.in_progress -= 1
            left = self.by_client[client] - 1
            if left:
                self.by_client[client] = left
            else:
                del self.by_client[client]


def upload_gate(app) -> UploadGate:
    gate = getattr(app.state, "upload_gate", None)
    if gate is None:
        s = app.state.settings
        gate = app.state.upload_gate = UploadGate(
            s.uploads_in_progress_per_client, s.uploads_in_progress
        )
    return gate


async def _body_chunks(request: Request, idle_s: float, total_s: float) -> AsyncIterator[bytes]:
    """The request body as it arrives; an upload that sends nothing for ``idle_s``
    seconds, or takes longer than ``total_s`` in all, is refused (408)."""
    deadline = anyio.current_time() + total_s
    while True:
        wait = min(idle_s, deadline - anyio.current_time())
        if wait <= 0:
            raise UploadTimeoutError(
                f"the upload took longer than {total_s / 60:g} minutes; try a shorter clip"
            )
        with anyio.move_on_after(wait) as scope:
            message = await request.receive()
        if scope.cancelled_caught:
            raise UploadTimeoutError(
                f"the upload stopped sending for {idle_s:g} s; please send it again"
            )
        if message["type"] == "http.disconnect":
            raise InputError("the upload was interrupted before its end")
        body = message.get("body", b"")
        if body:
            yield body
        if not message.get("more_body", False):
            return


async def receive_to(
    request: Request,
    path: Path,
    max_bytes: int,
    *,
    field: str = FIELD,
    what: str = "video",
    too_large: str | None = None,
) -> _Receiver:
    """Stream the multipart body's ``field`` into ``path``; the receiver (sizes, other
    fields) is returned. Refused with 413 as soon as the file passes ``max_bytes`` and
    with 408 when the body stalls (``HFS_UPLOAD_IDLE_SECONDS``) or takes too long
    (``HFS_UPLOAD_MAX_MINUTES``). Disk writes run in a worker thread, a megabyte at a
    time, so a slow disk never blocks the event loop; no database connection is held."""
    mime, opts = parse_options_header(request.headers.get("content-type", ""))
    boundary = opts.get(b"boundary")
    if mime != b"multipart/form-data" or not boundary:
        raise InputError(f"send the {what} as multipart/form-data in the field {field!r}")
    settings = request.app.state.settings
    buf = _Buffer()
    with open(path, "wb") as out:
        rec = _Receiver(buf, max_bytes, field, too_large)
        parser = MultipartParser(boundary, rec.callbacks())
        try:
            async for chunk in _body_chunks(
                request, settings.upload_idle_seconds, settings.upload_max_minutes * 60
            ):
                parser.write(chunk)
                if len(buf.data) >= WRITE_BYTES:
                    await run_in_threadpool(buf.flush_to, out)
            parser.finalize()
            await run_in_threadpool(buf.flush_to, out)
        except (InputError, TooLargeError):
            raise
        except Exception:
            raise InputError("the upload is not a well-formed multipart form") from None
    if rec.video_parts == 0 or rec.video_bytes == 0:
        raise InputError(f"no {what} in the form (expected a file in the field {field!r})")
    return rec


class _Buffer:
    """What the parser wrote since the last flush (written to disk off the event loop)."""

    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, b: bytes) -> None:
        self.data += b

    def flush_to(self, out) -> None:
        out.write(self.data)
        out.flush()
        self.data = bytearray()


def new_temp_file(settings) -> Path:
    """A private (0600) empty temp file under ``HFS_DATA_DIR/tmp`` (0700)."""
    tmp_dir = private_dir(settings.data_dir / TMP_DIR)
    fd, name = tempfile.mkstemp(dir=tmp_dir, suffix=".upload")  # mode 0600
    os.close(fd)
    return Path(name)
