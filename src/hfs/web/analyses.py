"""The web app's analysis jobs: :mod:`hfs.services.analyses` with the app's own
runner, database, reports folder and executor (read from ``app.state`` at each
submission, so a test or a restart may swap them). A job whose Dask cluster went away
is submitted again by ``app.state.retries`` after a pause (then again, less often),
until it runs or the app stops."""

from __future__ import annotations

from fastapi import FastAPI

from hfs.services import analyses


def _again(app: FastAPI, submit, row_id: int, attempt: int):
    retries = getattr(app.state, "retries", None)
    if retries is None:
        return None
    return lambda: retries.later(attempt, lambda: submit(app, row_id, attempt=attempt + 1))


def submit_video(app: FastAPI, video_id: int, *, attempt: int = 0) -> None:
    analyses.submit_video(
        app.state.jobs,
        app.state.sessions,
        video_id,
        analyze=getattr(app.state, "video_analyzer", None),
        reports_dir=app.state.settings.reports_dir,
        executor=getattr(app.state, "executor", None),
        on_requeue=_again(app, submit_video, video_id, attempt),
    )


def submit_recording(app: FastAPI, recording_id: int, *, attempt: int = 0) -> None:
    analyses.submit_recording(
        app.state.jobs,
        app.state.sessions,
        recording_id,
        reports_dir=app.state.settings.reports_dir,
        executor=getattr(app.state, "executor", None),
        on_requeue=_again(app, submit_recording, recording_id, attempt),
    )
