"""Submitting analysis jobs: one place for the jobs' arguments, for every shell.

The job runner's threads run each job's lifecycle (:mod:`hfs.jobs.lifecycle`); the
analysis itself runs on ``executor``: ``None`` in this process (the embedded
default), or a :class:`~hfs.executor.DaskExecutor` connected to the cluster at
``HFS_DASK_SCHEDULER``, whose workers get the file's bytes and only compute.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from hfs.errors import ConfigError, InputError


def submit_video(
    jobs,
    sessions: sessionmaker[Session],
    video_id: int,
    *,
    reports_dir: Path,
    executor=None,
    analyze: Callable | None = None,
) -> None:
    """Queue the analysis of stored video ``video_id`` on the job runner ``jobs``."""
    from hfs.jobs.video import analyze_stored_video

    jobs.submit(
        analyze_stored_video,
        sessions,
        video_id,
        analyze=analyze,
        reports_dir=reports_dir,
        executor=executor,
    )


def submit_recording(
    jobs, sessions: sessionmaker[Session], recording_id: int, *, reports_dir: Path, executor=None
) -> None:
    """Queue the analysis of stored recording ``recording_id`` on the job runner ``jobs``."""
    from hfs.jobs.neuro import analyze_stored_recording

    jobs.submit(
        analyze_stored_recording,
        sessions,
        recording_id,
        reports_dir=reports_dir,
        executor=executor,
    )


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
