"""One analysis job's lifecycle, for every kind: ``queued -> running -> done | failed``.

A job row (a :class:`~hfs.storage.models.Video` or
:class:`~hfs.storage.models.RecordingRow`: ``id``, ``status``, ``error``,
``analysis``, ``finished_at``) is

- **claimed** atomically (``queued -> running``), so with several server processes
  only one runs it;
- **run**: the analysis, in this process or on a Dask worker (:func:`run_remote`);
- **finished**: status, one-line error and result on the row, and an audit entry;
- **requeued** (``running -> queued``) when the work could not run at all (the Dask
  cluster went away: :class:`Requeue`), and at start-up for rows a stopped process
  left behind (:func:`requeue_unfinished`).

What is analysed and what a finished row gets are the caller's (``load``, ``work``,
``finish``); :mod:`hfs.jobs.video` and :mod:`hfs.jobs.neuro` supply them.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable
from concurrent.futures import CancelledError
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from hfs.errors import HFSError
from hfs.storage.accounts import utcnow
from hfs.storage.clinic_store import Actor, audit

log = logging.getLogger(__name__)

#: A task's private temporary folder on a worker (see hfs.tasks._local_file).
_TASK_FOLDER = re.compile(r"\S*hfs-task-[^/\\\s]*[/\\]")


#: Seconds between two looks at a running task's progress.
PROGRESS_POLL_S = 0.25


class Requeue(Exception):
    """The work could not run (no cluster to run it on): the row goes back to queued."""


def run_job(
    sessions: sessionmaker[Session],
    model: type,
    row_id: int,
    *,
    actor: Actor,
    target: str,
    load: Callable[[Any], Any],
    work: Callable[[Any], Any],
    finish: Callable[[Session, Any, Any], None],
    unexpected: str,
    clean_error: Callable[[str, Any], str] = lambda message, ctx: message,
    claim_values: dict | None = None,
    discard: Callable[[Any], None] | None = None,
) -> str | None:
    """Claim row ``row_id`` of ``model``, run ``work(load(row))``, record the outcome.

    ``finish(db, row, value)`` adds what a job of this kind leaves on a finished row
    (``value`` is what ``work`` returned, None when it failed); ``discard(value)``
    removes what ``work`` wrote when the row was deleted meanwhile. An :class:`HFSError`
    is the user's one-line error (``clean_error`` may reword it); anything else is
    logged and shown as ``unexpected``. Returns the final status, ``"queued"`` when
    the row was put back to queued (:class:`Requeue`: the caller may try again later),
    or None when the row was not claimed.
    """
    with sessions() as db:
        claimed = db.execute(
            update(model)
            .where(model.id == row_id, model.status == "queued")
            .values(status="running", **(claim_values or {}))
        ).rowcount
        db.commit()
        if claimed != 1:
            return None
        ctx = load(db.get(model, row_id))

    status, error, value = "failed", None, None
    try:
        value = work(ctx)
        status = "done"
    except Requeue as exc:
        log.warning("%s analysis %d requeued: %s", target, row_id, exc)
        with sessions() as db:
            db.execute(
                update(model)
                .where(model.id == row_id, model.status == "running")
                .values(status="queued")
            )
            db.commit()
        return "queued"
    except HFSError as exc:
        error = clean_error(exc.message, ctx)
    except Exception:
        log.exception("%s analysis %d failed", target, row_id)
        error = unexpected
    with sessions() as db:
        row = db.get(model, row_id)
        if row is None:  # deleted meanwhile (the patient, or a purge)
            if discard is not None and value is not None:
                discard(value)
            return status
        row.status, row.error, row.finished_at = status, error, utcnow()
        finish(db, row, value)
        audit(db, actor, "analyze", target, row_id, "ok" if status == "done" else "error")
        db.commit()
    return status


def requeue_unfinished(sessions: sessionmaker[Session], model: type, **reset: Any) -> list[int]:
    """Ids of ``model`` rows left queued or running by a previous process (or a dead
    worker), set back to queued (with ``reset`` values)."""
    with sessions() as db:
        rows = list(db.scalars(select(model).where(model.status.in_(("queued", "running")))))
        for r in rows:
            r.status = "queued"
            for k, v in reset.items():
                setattr(r, k, v)
        db.commit()
        return [r.id for r in rows]


def run_remote(
    executor,
    kind: str,
    path: Path,
    options: dict[str, Any],
    progress: Callable[[int, int], None] | None = None,
) -> dict:
    """Run :func:`hfs.tasks.run_task` for the stored file ``path``: on ``executor``, or
    in this thread when it is None.

    A cluster's workers only compute: they get the file's bytes (or its path, when they
    share this machine) and hand back ``{"analysis": dict, "report_html": str | None}``;
    the caller writes both. A worker that dies mid-task is replaced by Dask, which runs
    the task again elsewhere; a task that killed several workers in turn is a failure
    (it would kill the next); a cluster gone away raises :class:`Requeue`. Errors read
    as the same analysis run here would give them. ``progress(done, total)`` is called
    in this thread while the task runs, when the executor can report it (Dask: worker
    events, :meth:`hfs.executor.DaskExecutor.watch`).
    """
    from hfs.tasks import run_task

    options = {**options, "name": path.name}
    if executor is None:
        source: Any = str(path)
    else:  # a stored file that cannot be read is this machine's failure, not the cluster's
        source = path.read_bytes() if executor.ships_bytes else str(path)
    watching, latest = None, [None]
    try:
        if executor is None:
            return run_task(kind, source, options)
        watch = getattr(executor, "watch", None)
        if progress is not None and watch is not None:
            watching = watch(lambda done, total: latest.__setitem__(0, (done, total)))
            options = {**options, "progress": watching}
        future = executor.submit(run_task, kind, source, options)
        del source
        if watching is not None:
            seen = None
            while not future.done():
                time.sleep(PROGRESS_POLL_S)
                if latest[0] is not None and latest[0] != seen:
                    seen = latest[0]
                    progress(*seen)
        return future.result()
    except HFSError as exc:
        if type(exc) is HFSError and "analysis failed (" in exc.message:
            # hfs.tasks wraps an unexpected exception in a bare HFSError: a bug, not
            # the user's input -- logged in full, shown as the job's own words.
            raise RuntimeError(exc.message) from exc
        # The worker's private copy had the stored file's name: say the stored path,
        # as the same analysis run here would.
        message = _TASK_FOLDER.sub(lambda _: f"{path.parent}{os.sep}", exc.message)
        if message != exc.message:
            raise type(exc)(message) from None
        raise
    except (CancelledError, OSError, TimeoutError) as exc:
        raise Requeue(f"the Dask cluster did not answer ({type(exc).__name__}: {exc})") from None
    except Exception as exc:
        if type(exc).__name__ == "KilledWorker":
            raise RuntimeError(f"the task killed the workers that ran it ({exc})") from None
        raise
    finally:
        if watching is not None:
            executor.unwatch(watching)
