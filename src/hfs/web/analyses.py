"""Submitting analysis jobs from the web app: one place for the jobs' arguments.

The job runner's threads run each job's lifecycle (:mod:`hfs.jobs.lifecycle`); the
analysis itself runs where ``app.state.executor`` says: ``None`` in this process (the
embedded default), or a :class:`~hfs.executor.DaskExecutor` connected to the cluster
at ``HFS_DASK_SCHEDULER``, whose workers get the file's bytes and only compute.
"""

from __future__ import annotations

from fastapi import FastAPI


def submit_video(app: FastAPI, video_id: int) -> None:
    from hfs.jobs.video import analyze_stored_video

    app.state.jobs.submit(
        analyze_stored_video,
        app.state.sessions,
        video_id,
        analyze=getattr(app.state, "video_analyzer", None),
        reports_dir=app.state.settings.reports_dir,
        executor=getattr(app.state, "executor", None),
    )


def submit_recording(app: FastAPI, recording_id: int) -> None:
    from hfs.jobs.neuro import analyze_stored_recording

    app.state.jobs.submit(
        analyze_stored_recording,
        app.state.sessions,
        recording_id,
        reports_dir=app.state.settings.reports_dir,
        executor=getattr(app.state, "executor", None),
    )


def connect_executor(settings):
    """The Dask executor when ``HFS_DASK_SCHEDULER`` is set, else None (this process).

    A scheduler that cannot be reached stops the start-up with a one-line
    :class:`~hfs.errors.ConfigError` rather than queueing work nobody will run.
    """
    if not settings.dask_scheduler:
        return None
    from hfs.errors import ConfigError, InputError
    from hfs.executor import DaskExecutor

    try:
        return DaskExecutor.connect(settings.dask_scheduler)
    except InputError as exc:
        raise ConfigError(f"HFS_DASK_SCHEDULER: {exc.message}") from None
