"""Submitting analysis jobs: one place for the jobs' arguments, for every shell.

The job runner's threads run each job's lifecycle (:mod:`hfs.jobs.lifecycle`); the
analysis itself runs on ``executor``: ``None`` in this process (the embedded
default), or a :class:`~hfs.executor.DaskExecutor` connected to the cluster at
``HFS_DASK_SCHEDULER``, whose workers get the file's bytes and only compute.

A job whose cluster went away is put back to ``queued``; ``on_requeue`` (the web app
gives :meth:`Retries.later`) submits it again after a pause, so it runs when the
cluster is back (``distributed`` reconnects by itself) instead of at the next restart.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from hfs.errors import ConfigError, InputError

log = logging.getLogger(__name__)

#: Seconds before the 1st, 2nd ... new try of a job whose cluster went away; the last
#: one repeats (a cluster may be down for a while: a try a minute costs nothing).
RETRY_DELAYS_S = (2.0, 5.0, 15.0, 30.0, 60.0)


class Retries:
    """Jobs to submit again later, each on a timer; :meth:`close` (at shutdown) drops
    the ones not yet due (their rows stay queued, and the next start runs them)."""

    def __init__(self, delays_s: tuple[float, ...] = RETRY_DELAYS_S):
        self.delays_s = delays_s
        self._timers: set[threading.Timer] = set()
        self._lock = threading.Lock()
        self._closed = False

    def later(self, attempt: int, submit: Callable[[], None]) -> None:
        """Call ``submit()`` after the pause for try number ``attempt`` (0 first)."""
        delay = self.delays_s[min(attempt, len(self.delays_s) - 1)]

        def due() -> None:
            with self._lock:
                self._timers.discard(timer)
                if self._closed:
                    return
            try:
                submit()
            except Exception:  # a runner shut down meanwhile: the next start runs it
                log.exception("could not submit a requeued analysis again")

        timer = threading.Timer(delay, due)
        timer.daemon = True
        with self._lock:
            if self._closed:
                return
            self._timers.add(timer)
        timer.start()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            timers, self._timers = self._timers, set()
        for t in timers:
            t.cancel()


def _then(job: Callable[[], str | None], on_requeue: Callable[[], None] | None):
    def run() -> str | None:
        status = job()
        if status == "queued" and on_requeue is not None:
            on_requeue()
        return status

    return run


def submit_video(
    jobs,
    sessions: sessionmaker[Session],
    video_id: int,
    *,
    reports_dir: Path,
    executor=None,
    analyze: Callable | None = None,
    on_requeue: Callable[[], None] | None = None,
) -> None:
    """Queue the analysis of stored video ``video_id`` on the job runner ``jobs``;
    ``on_requeue()`` is called when its cluster went away and the row is queued again."""
    from hfs.jobs.video import analyze_stored_video

    def job() -> str | None:
        return analyze_stored_video(
            sessions, video_id, analyze=analyze, reports_dir=reports_dir, executor=executor
        )

    jobs.submit(_then(job, on_requeue))


def submit_recording(
    jobs,
    sessions: sessionmaker[Session],
    recording_id: int,
    *,
    reports_dir: Path,
    executor=None,
    on_requeue: Callable[[], None] | None = None,
) -> None:
    """Queue the analysis of stored recording ``recording_id`` on the job runner ``jobs``
    (``on_requeue`` as for :func:`submit_video`)."""
    from hfs.jobs.neuro import analyze_stored_recording

    def job() -> str | None:
        return analyze_stored_recording(
            sessions, recording_id, reports_dir=reports_dir, executor=executor
        )

    jobs.submit(_then(job, on_requeue))


def unfinished(sessions: sessionmaker[Session]) -> tuple[list[int], list[int]]:
    """Ids of the videos and recordings a stopped process (or a lost cluster) left
    queued or running, set back to queued: (video ids, recording ids)."""
    from hfs.jobs.neuro import requeue_unfinished as requeue_recordings
    from hfs.jobs.video import requeue_unfinished as requeue_videos

    return requeue_videos(sessions), requeue_recordings(sessions)


def connect_executor(settings):
    """The Dask executor when ``HFS_DASK_SCHEDULER`` is set, else None (this process).

    A scheduler that cannot be reached stops the start-up with a one-line
    :class:`~hfs.errors.ConfigError` rather than queueing work nobody will run.
    """
    if not settings.dask_scheduler:
        return None
    from hfs.executor import DaskExecutor

    try:
        return DaskExecutor.connect(settings.dask_scheduler)
    except InputError as exc:
        raise ConfigError(f"HFS_DASK_SCHEDULER: {exc.message}") from None
