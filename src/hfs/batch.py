"""Analyse many files on an executor and keep one row per file in a CSV or Parquet table.

``hfs batch`` (:mod:`hfs.cli.batch`) is a thin shell over :func:`run_batch`:

- inputs are files or folders (searched recursively by extension);
- each file is analysed by :func:`batch_task` (on a Dask worker, or in this process),
  which never raises: a file that cannot be analysed comes back as a row with
  ``status`` ``error`` and the one-line message, and the batch goes on;
- rows are keyed by the file's absolute path, size and modification time: a re-run
  skips files already analysed successfully and unchanged, analyses the rest (new,
  changed, or failed last time) and rewrites the table with them;
- the table is rewritten whole, atomically (temporary file + rename) every few
  seconds and at the end, so an interruption loses at most the last few results and
  never leaves a half-written file.

The measures are flattened from the analysis contracts, with ``None`` (an empty cell)
where the analysis cannot tell, next to the reason it gives.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hfs.errors import HFSError, InputError
from hfs.executor import Executor
from hfs.tasks import NEURO_SUFFIXES, VIDEO_SUFFIXES, run_task

KINDS = {"video": VIDEO_SUFFIXES, "neuro": NEURO_SUFFIXES}
FORMATS = {".csv": "csv", ".parquet": "parquet"}
#: The columns every row has, first; the measures follow.
BASE_COLUMNS = ("path", "status", "error", "size_bytes", "mtime_ns", "report")
CHECKPOINT_S = 5.0


@dataclass(frozen=True)
class InputFile:
    path: Path  # absolute
    size_bytes: int
    mtime_ns: int

    @property
    def key(self) -> tuple[str, int, int]:
        return (str(self.path), self.size_bytes, self.mtime_ns)


@dataclass
class BatchResult:
    n_files: int
    n_skipped: int
    n_ok: int
    n_failed: int
    out: Path


# --------------------------------------------------------------------------- inputs


def output_format(out: str | Path) -> str:
    """``"csv"`` or ``"parquet"`` from the file name; :class:`InputError` otherwise."""
    fmt = FORMATS.get(Path(out).suffix.lower())
    if fmt is None:
        raise InputError(f"--out {out}: the results file must end in .csv or .parquet")
    return fmt


def find_inputs(kind: str, inputs: Iterable[str | Path]) -> list[InputFile]:
    """The files to analyse: named files as given, folders searched by extension.

    Hidden files and folders (names starting with '.') are skipped inside folders.
    Raises :class:`InputError` for a name that does not exist or when nothing is found.
    """
    suffixes = KINDS[kind]
    found: dict[Path, InputFile] = {}

    def add(p: Path) -> None:
        p = p.resolve()
        if p not in found:
            st = p.stat()
            found[p] = InputFile(p, st.st_size, st.st_mtime_ns)

    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and name.lower().endswith(suffixes):
                        add(Path(root) / name)
        elif p.is_file():
            add(p)
        else:
            raise InputError(f"{raw}: no such file or folder")
    if not found:
        raise InputError(
            f"no {kind} files ({', '.join(suffixes)}) in {', '.join(map(str, inputs))}"
        )
    return sorted(found.values(), key=lambda f: str(f.path))


# --------------------------------------------------------------------------- the task


def batch_task(kind: str, source: str | bytes, options: dict[str, Any]) -> dict:
    """Analyse one file (on a worker); never raises for a file that cannot be analysed.

    Returns ``{"status": "ok", "analysis": ..., "report_html": ...}`` or
    ``{"status": "error", "error": "one line"}``.
    """
    try:
        out = run_task(kind, source, options)
    except HFSError as exc:
        return {"status": "error", "error": exc.message}
    return {"status": "ok", **out}


# --------------------------------------------------------------------------- rows


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(text).lower()).strip("_") or "x"


def _count(items) -> int:
    return len(items or [])


def flatten_video(a: dict) -> dict:
    """The summary measures of ``hfs.video.analysis/1`` as one flat row.

    Side, rates and grades are empty where the analysis cannot tell, and
    ``cannot_tell`` holds its reason.
    """
    s, q, v = a.get("summary", {}), a.get("quality", {}), a.get("video", {})
    duration = v.get("duration_s", q.get("duration_s"))
    visible = s.get("visible_s", q.get("visible_s"))
    if visible is None and duration is not None and q.get("face_found_fraction") is not None:
        visible = round(duration * q["face_found_fraction"], 3)
    jrs, smc = s.get("jankovic") or {}, s.get("smc") or {}
    regions = s.get("regions")
    return {
        "schema": a.get("schema"),
        "affected_side": s.get("affected_side"),
        "cannot_tell": s.get("cannot_tell"),
        "duration_s": duration,
        "visible_s": visible,
        "spasms_per_min": s.get("spasms_per_min"),
        "n_spasms": s.get("n_spasms"),
        "n_clonic": s.get("n_clonic"),
        "n_tonic": s.get("n_tonic"),
        "spasm_time_fraction": s.get("spasm_time_fraction"),
        "longest_spasm_s": s.get("longest_spasm_s"),
        "blinks_per_min": s.get("blinks_per_min"),
        "regions": None if regions is None else " ".join(regions),
        "jankovic_severity": jrs.get("severity"),
        "jankovic_frequency": jrs.get("frequency"),
        "jankovic_total": jrs.get("total"),
        "smc_grade": smc.get("grade"),
        "smc_label": smc.get("label"),
        "face_found_fraction": q.get("face_found_fraction"),
        "mirrored": v.get("mirrored"),
        "n_warnings": _count(q.get("warnings")),
        "warnings": " | ".join(q.get("warnings") or []) or None,
    }


def flatten_neuro(a: dict) -> dict:
    """The measures of a neuro analysis as one flat row.

    Per LSR pair ``lsr_<site>_<channel>_``: ``present`` (empty when the analysis
    cannot tell), ``onset_ms``, ``p2p_uv`` and ``reason``; per BAEP channel wave V's
    latency and amplitude; the number of warnings.
    """
    row: dict[str, Any] = {
        "schema": a.get("schema"),
        "duration_s": a.get("duration_s"),
        "sfreq": a.get("sfreq"),
        "mains_hz": a.get("mains_hz"),
        "n_lsr_pairs": _count(a.get("lsr")),
        "n_lsr_present": sum(1 for m in a.get("lsr", []) if m.get("present") is True),
    }
    for m in a.get("lsr", []):
        p = f"lsr_{_slug(m.get('stim_site'))}_{_slug(m.get('channel'))}_"
        row[p + "present"] = m.get("present")
        row[p + "onset_ms"] = m.get("onset_latency_ms")
        row[p + "p2p_uv"] = m.get("peak_to_peak_uv")
        row[p + "reason"] = m.get("reason")
    for b in a.get("baep", []):
        p = f"baep_{_slug(b.get('channel'))}_"
        v = (b.get("waves") or {}).get("V") or {}
        row[p + "present"] = b.get("present")
        row[p + "wave_v_present"] = v.get("present")
        row[p + "wave_v_latency_ms"] = v.get("latency_ms")
        row[p + "wave_v_amplitude_uv"] = v.get("amplitude_uv")
    warnings = a.get("warnings") or []
    row["n_warnings"] = len(warnings)
    row["warnings"] = " | ".join(warnings) or None
    return row


FLATTEN: dict[str, Callable[[dict], dict]] = {"video": flatten_video, "neuro": flatten_neuro}


def _columns(rows: Iterable[dict]) -> list[str]:
    cols = list(BASE_COLUMNS)
    seen = set(cols)
    for r in rows:
        for k in r:
            if k not in seen:
                seen.add(k)
                cols.append(k)
    return cols


# --------------------------------------------------------------------------- the table


def read_rows(out: Path) -> list[dict]:
    """The rows of an existing results file (none if it does not exist)."""
    if not out.exists():
        return []
    try:
        if output_format(out) == "csv":
            with open(out, newline="", encoding="utf-8") as f:
                return [dict(r) for r in csv.DictReader(f)]
        import pyarrow.parquet as pq

        return pq.read_table(out).to_pylist()
    except HFSError:
        raise
    except Exception as exc:
        raise InputError(
            f"--out {out} exists but cannot be read as {output_format(out)} "
            f"({type(exc).__name__}); move it away or name another file"
        ) from None


def _replace_atomically(out: Path, write: Callable[[Path], None]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _cell(v: Any) -> Any:
    return "" if v is None else v


def write_rows(out: Path, rows: list[dict]) -> None:
    """Write ``rows`` to ``out`` (CSV or Parquet) atomically, columns in a stable order."""
    cols = _columns(rows)
    if output_format(out) == "csv":

        def write(tmp: Path) -> None:
            with open(tmp, "w", newline="", encoding="utf-8") as f:
                w = csv.DictWriter(f, fieldnames=cols)
                w.writeheader()
                for r in rows:
                    w.writerow({c: _cell(r.get(c)) for c in cols})

    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        def column(c: str):
            values = [r.get(c) for r in rows]
            try:
                return pa.array(values)
            except (pa.ArrowInvalid, pa.ArrowTypeError):  # mixed types: keep them as text
                return pa.array([None if v is None else str(v) for v in values])

        def write(tmp: Path) -> None:
            pq.write_table(pa.table({c: column(c) for c in cols}), tmp)

    _replace_atomically(out, write)


def _done_keys(rows: list[dict]) -> set[tuple[str, int, int]]:
    keys = set()
    for r in rows:
        if str(r.get("status")) != "ok":
            continue
        try:
            keys.add((str(r["path"]), int(r["size_bytes"]), int(r["mtime_ns"])))
        except (KeyError, TypeError, ValueError):
            continue
    return keys


def _report_names(files: list[InputFile]) -> dict[Path, str]:
    """``<stem>.html``, or ``<stem>-<hash of the path>.html`` where stems collide."""
    stems: dict[str, int] = {}
    for f in files:
        stems[f.path.stem] = stems.get(f.path.stem, 0) + 1
    names = {}
    for f in files:
        if stems[f.path.stem] == 1:
            names[f.path] = f"{f.path.stem}.html"
        else:
            h = hashlib.sha1(str(f.path).encode()).hexdigest()[:8]
            names[f.path] = f"{f.path.stem}-{h}.html"
    return names


# --------------------------------------------------------------------------- the run


def run_batch(
    kind: str,
    inputs: Iterable[str | Path],
    out: str | Path,
    *,
    executor: Callable[[int], Executor],
    report_dir: str | Path | None = None,
    options: dict[str, Any] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BatchResult:
    """Analyse every input not already done in ``out``; write ``out``; count the outcomes.

    ``executor(n_files)`` makes the executor, called only when there is work to do (so
    an all-skipped re-run starts no cluster); it is closed at the end.
    """
    if kind not in KINDS:
        raise InputError(f"unknown kind '{kind}' (expected video or neuro)")
    out = Path(out)
    output_format(out)
    if out.is_dir():
        raise InputError(f"--out {out} is a folder; give a file name ending in .csv or .parquet")
    if not out.parent.exists():
        raise InputError(f"--out {out}: folder {out.parent} does not exist")
    report = Path(report_dir) if report_dir is not None else None
    if report is not None:
        report.mkdir(parents=True, exist_ok=True)
    files = find_inputs(kind, inputs)
    existing = read_rows(out)
    done = _done_keys(existing)
    todo = [f for f in files if f.key not in done]
    rows: dict[str, dict] = {str(r.get("path")): r for r in existing}
    names = _report_names(files)
    flatten = FLATTEN[kind]
    n_ok = n_failed = 0
    progress = progress or (lambda done, total: None)
    progress(0, len(todo))
    if not todo:
        if not out.exists():
            write_rows(out, _ordered(rows))
        return BatchResult(len(files), len(files), 0, 0, out)

    def record(f: InputFile, result: dict) -> None:
        nonlocal n_ok, n_failed
        row: dict[str, Any] = {
            "path": str(f.path),
            "status": result["status"],
            "error": result.get("error"),
            "size_bytes": f.size_bytes,
            "mtime_ns": f.mtime_ns,
            "report": None,
        }
        if result["status"] == "ok":
            n_ok += 1
            row.update(flatten(result["analysis"]))
            html = result.get("report_html")
            if report is not None and html:
                target = report / names[f.path]
                _replace_atomically(target, lambda tmp: tmp.write_text(html, encoding="utf-8"))
                row["report"] = str(target)
        else:
            n_failed += 1
        rows[str(f.path)] = row

    task_options = {**(options or {}), "report": report is not None}
    pending: dict[Any, InputFile] = {}
    queue = iter(todo)
    finished = 0
    last_write = time.monotonic()
    ex = executor(len(todo))
    try:

        def fill() -> None:
            nonlocal finished
            while len(pending) < ex.capacity():
                f = next(queue, None)
                if f is None:
                    return
                try:
                    source: str | bytes = f.path.read_bytes() if ex.ships_bytes else str(f.path)
                except OSError as exc:
                    record(f, {"status": "error", "error": f"cannot read it: {exc.strerror}"})
                    finished += 1
                    progress(finished, len(todo))
                    continue
                opts = {**task_options, "name": f.path.name}
                pending[ex.submit(batch_task, kind, source, opts)] = f

        fill()
        while pending:
            for fut in ex.wait_first(pending):
                f = pending.pop(fut)
                try:
                    result = fut.result()
                except Exception as exc:  # the worker died too often, or the cluster went away
                    msg = " ".join(str(exc).split()) or "no message"
                    result = {"status": "error", "error": f"{type(exc).__name__}: {msg}"}
                record(f, result)
                finished += 1
                progress(finished, len(todo))
            fill()
            if time.monotonic() - last_write > CHECKPOINT_S:
                write_rows(out, _ordered(rows))
                last_write = time.monotonic()
    finally:
        # Whatever happened (Ctrl-C included), keep what was measured.
        write_rows(out, _ordered(rows))
        ex.close()
    return BatchResult(len(files), len(files) - len(todo), n_ok, n_failed, out)


def _ordered(rows: dict[str, dict]) -> list[dict]:
    return [rows[k] for k in sorted(rows)]
