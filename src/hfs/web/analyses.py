"""The web app's analysis jobs: :mod:`hfs.services.analyses` with the app's own
runner, database, reports folder and executor (read from ``app.state`` at each
submission, so a test or a restart may swap them)."""

from __future__ import annotations

from fastapi import FastAPI

from hfs.services import analyses


def submit_video(app: FastAPI, video_id: int) -> None:
    analyses.submit_video(
        app.state.jobs,
        app.state.sessions,
        video_id,
        analyze=getattr(app.state, "video_analyzer", None),
        reports_dir=app.state.settings.reports_dir,
        executor=getattr(app.state, "executor", None),
    )


def submit_recording(app: FastAPI, recording_id: int) -> None:
    analyses.submit_recording(
        app.state.jobs,
        app.state.sessions,
        recording_id,
        reports_dir=app.state.settings.reports_dir,
        executor=getattr(app.state, "executor", None),
    )
