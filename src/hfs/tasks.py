"""Analyses as pure tasks: a file (path or bytes) in, a plain JSON-ready dict out.

These are what an executor (:mod:`hfs.executor`) runs, in this process or on a Dask
worker on another machine. A task touches no database and no shared folder: given
bytes it writes them to a private temporary folder, analyses them there and removes
them; what comes back is the analysis contract (``hfs.video.analysis/1``, or the
neuro schema of :data:`hfs.neurophys.SCHEMA`) and, when asked, the HTML report as
text, so the caller keeps every file and every row.

Failures raise :class:`~hfs.errors.HFSError` with a one-line message (an unexpected
exception is wrapped in one, its type named), which pickles back from a worker.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hfs.errors import HFSError, InputError

#: What a task accepts: a file on this machine, or the file's bytes.
Source = str | os.PathLike | bytes

VIDEO_SUFFIXES = (".mp4", ".mov", ".m4v", ".webm", ".mkv", ".avi")
NEURO_SUFFIXES = (".edf", ".bdf")


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _scratch_dir() -> str | None:
    """A Dask worker's own local directory when running on one, else the system's.

    A worker killed in the middle of a task cannot remove its temporary copy; Dask
    removes the local directories of dead workers when the next worker starts there.
    """
    try:
        from distributed import get_worker

        return get_worker().local_directory
    except (ImportError, ValueError, AttributeError):
        return None


@contextmanager
def _local_file(source: Source, name: str | None) -> Iterator[Path]:
    """A path to analyse: ``source`` itself, or its bytes in a private temporary folder.

    The temporary file keeps ``name`` (so the analysis names the original file and its
    suffix tells the format) and is removed afterwards, whatever happens.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        base = Path(name or "input").name or "input"
        folder = tempfile.mkdtemp(prefix="hfs-task-", dir=_scratch_dir())  # mode 0700
        try:
            path = Path(folder) / base
            with open(path, "wb") as f:
                f.write(source)
            yield path
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    else:
        path = Path(source)
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        yield path


@contextmanager
def _as_hfs_error(name: str) -> Iterator[None]:
    """Let :class:`HFSError` through with its message on one line; wrap anything else."""
    try:
        yield
    except HFSError as exc:
        line = _one_line(exc.message)
        if line != exc.message:
            raise type(exc)(line) from exc
        raise
    except MemoryError:
        raise HFSError(f"{name}: out of memory while analysing it") from None
    except Exception as exc:  # a bug or a library's own error: named, on one line
        raise HFSError(
            f"{name}: analysis failed ({type(exc).__name__}: {_one_line(exc) or 'no message'})"
        ) from exc


def video_task(source: Source, options: dict[str, Any] | None = None) -> dict:
    """Analyse a face video; return ``hfs.video.analysis/1`` as a dict.

    ``options``: ``name`` (the file's name when ``source`` is bytes) and ``mirrored``
    (a mirrored selfie). :func:`run_task` also returns the HTML report.
    """
    return run_task("video", source, options)["analysis"]


def neuro_task(source: Source, options: dict[str, Any] | None = None) -> dict:
    """Analyse an EDF+/BDF+ recording; return the ``hfs.neuro.analysis`` dict.

    ``options``: ``name``, ``montage`` (a :class:`~hfs.neurophys.montage.Montage`),
    ``mains_hz`` ("auto", 50, 60 or None), ``baep_method``, ``latency_offset_ms``;
    ``intraop`` (replay it through the monitor instead), ``source`` (what the
    analysis names as its source) and ``title`` (the report's).
    """
    return run_task("neuro", source, options)["analysis"]


def run_task(kind: str, source: Source, options: dict[str, Any] | None = None) -> dict:
    """Run one analysis; return ``{"analysis": dict, "report_html": str | None}``.

    ``kind`` is ``"video"`` or ``"neuro"``; with ``options["report"]`` true the HTML
    report is rendered here, beside the data, and returned as text. On a Dask worker,
    ``options["progress"]`` (``{"topic", "key"}``, from
    :meth:`hfs.executor.DaskExecutor.watch`) has a video's progress sent back as worker
    events.
    """
    opts = dict(options or {})
    if kind not in ("video", "neuro"):
        raise InputError(f"unknown analysis kind '{kind}' (expected video or neuro)")
    name = Path(opts.get("name") or (source if not isinstance(source, bytes) else "input")).name
    with _as_hfs_error(name), _local_file(source, name) as path:
        out = _video(path, opts) if kind == "video" else _neuro(path, opts)
    if (
        kind == "neuro"
        and not opts.get("source")
        and isinstance(source, bytes | bytearray | memoryview)
    ):
        out["analysis"]["source"] = name  # not the private temporary path
    return out


def _video(path: Path, opts: dict) -> dict:
    from hfs.video.analysis import analyze_video

    result = analyze_video(
        path,
        mirrored=bool(opts.get("mirrored", False)),
        progress=_reporter(opts.get("progress")),
    )
    html = None
    if opts.get("report"):
        from hfs.reports.video import render_report

        html = render_report(result)
    return {"analysis": result.to_dict(), "report_html": html}


#: Seconds between two progress events of one task.
PROGRESS_EVERY_S = 0.5


def _reporter(option: dict | None):
    """``progress(done, total)`` sending Dask worker events (``option``: topic and key),
    or None off a worker or without the option."""
    if not option:
        return None
    try:
        from distributed import get_worker

        worker = get_worker()
    except (ImportError, ValueError, AttributeError):
        return None
    topic, key = str(option["topic"]), str(option["key"])
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if total <= 0 or now - last[0] < PROGRESS_EVERY_S:
            return
        last[0] = now
        # Progress is a courtesy: never fail the analysis for it.
        with contextlib.suppress(Exception):
            worker.log_event(topic, {"key": key, "done": int(done), "total": int(total)})

    return progress


def _neuro(path: Path, opts: dict) -> dict:
    import dataclasses

    import mne

    from hfs.errors import RecordingError
    from hfs.neurophys import analyze_recording, read_recording, replay_file, run_monitor

    mne.set_log_level("ERROR")
    rec = read_recording(path, montage=opts.get("montage"))
    source = opts.get("source")
    if opts.get("intraop"):
        # An operating-room recording, replayed through the monitor (baseline, alerts).
        mon = run_monitor(replay_file(rec, speed=None), rec.channels, rec.sfreq)
        if mon.n_sweeps == 0:
            raise RecordingError("no complete sweep in the recording; nothing was monitored")
        result = mon.finish(
            source or str(path), warnings=rec.warnings, ignored_channels=rec.ignored_reasons
        )
    else:
        result = analyze_recording(
            rec,
            mains_hz=opts.get("mains_hz", "auto"),
            baep_method=opts.get("baep_method", "fsp"),
            latency_offset_ms=float(opts.get("latency_offset_ms", 0.0)),
        )
        if source:
            result = dataclasses.replace(result, source=source)
    html = None
    if opts.get("report"):
        # The report may read the recording again: render it while the file exists.
        from hfs.reports.neuro import render_neuro_report

        html = render_neuro_report(result, title=opts.get("title"))
    return {"analysis": result.to_dict(), "report_html": html}
