"""``hfs demo``: the main job on embedded defaults.

``hfs demo`` is the clinic web app on its embedded default (a
SQLite file and local folders under ``HFS_DATA_DIR``) with invented demo patients:
seeded on first run (videos made by :mod:`hfs.simulate` and measured by the real
pipeline; the demo clinician's random password printed once), then served.
``hfs demo video`` makes one synthetic clip, analyses it and writes its report.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click

from hfs.cli._common import console, progress_bar, write_atomic, write_json

#: The demo media still to make (resumed by the next ``hfs demo`` if it was stopped).
PENDING_FILE = "demo-pending.json"


@click.group("demo", invoke_without_command=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--no-serve", is_flag=True, help="Seed the demo data (videos and recordings too), then stop."
)
@click.option(
    "--patients", type=click.IntRange(1, 3), default=3, show_default=True, help="Demo patients."
)
@click.option(
    "--duration",
    type=click.FloatRange(2, 60),
    default=10.0,
    show_default=True,
    help="Seconds of synthetic video per visit.",
)
@click.pass_context
def demo(
    ctx: click.Context, host: str, port: int, no_serve: bool, patients: int, duration: float
) -> None:
    """The clinic web app with invented demo patients: seeded on the first run, then
    served. ``hfs demo video`` instead makes, analyses and reports one synthetic clip."""
    if ctx.invoked_subcommand is not None:
        return
    import shlex
    import time

    from hfs.cli.assistant import serve
    from hfs.cli.clinic import seed_demo_data
    from hfs.errors import ConflictError
    from hfs.services.demo import DEMO_EMAIL
    from hfs.settings import get_settings
    from hfs.storage.private import private_dir
    from hfs.video.landmarks import native_stderr_silenced

    t0 = time.monotonic()
    settings = get_settings()
    data_dir = private_dir(settings.data_dir).resolve()
    pending_file = data_dir / PENDING_FILE
    console.print(f"Data: {data_dir} (SQLite and local files)")
    console.print("Adding the invented demo patients and their records ...")
    try:
        # The records only (a second or two); the videos and recordings are made and
        # analysed next: in the foreground with --no-serve, else while the app serves.
        out = seed_demo_data(media=False, patients=patients, duration_s=duration)
    except ConflictError:
        reset = (
            f"HFS_DATA_DIR={shlex.quote(str(data_dir))} {hfs_command()} "
            f"admin reset-password {DEMO_EMAIL}"
        )
        console.print(
            f"The demo data is already there. Sign in as {DEMO_EMAIL} with the password "
            f"printed at the first run; a new one: [bold]{reset}[/bold]",
            soft_wrap=True,
        )
    else:
        write_json(pending_file, {"pending": out["pending"]})
        pending_file.chmod(0o600)
        console.print(f"Added {len(out['patients'])} invented demo patients.")
        console.print(f"Demo clinician: [bold]{out['email']}[/bold]")
        console.print(f"Password (shown only now): [bold]{out['password']}[/bold]")
    pending = _pending(pending_file)
    if no_serve:
        if pending:
            with native_stderr_silenced():
                _make_media(settings, pending_file, pending, bar=True)
        return
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}"
    console.print(
        f"Open {url}/ (patients' side) and {url}/login (clinicians). Ctrl-C stops the server.",
        soft_wrap=True,
    )
    child = None
    if pending:
        console.print(
            f"Making and analysing {len(pending)} demo videos and recordings in the "
            "background once the app is up: they appear on the patients' pages as each "
            "one is ready."
        )
        # A separate process (not a thread): MediaPipe and the analyses would otherwise
        # share the server's interpreter lock and slow its pages. It starts once the
        # server answers, stops when this process is gone, and what it has not made
        # yet stays in the pending list for the next `hfs demo`.
        child = subprocess.Popen(
            [sys.executable, "-m", "hfs.cli.main", "demo", "media", "--wait-url", url + "/healthz"]
        )
    try:
        console.print(f"Starting the server ({time.monotonic() - t0:.0f} s after start) ...")
        ctx.invoke(serve, host=host, port=port, workers=1)
    finally:
        if child is not None and child.poll() is None:
            child.terminate()


@demo.command("media", hidden=True)
@click.option("--wait-url", default=None, help="Start once this URL answers.")
def media_cmd(wait_url: str | None) -> None:
    """Make and analyse the demo media left in the pending list (run by ``hfs demo``)."""
    import os
    import time
    import urllib.request

    from hfs.settings import get_settings
    from hfs.video.landmarks import native_stderr_silenced

    parent = os.getppid()
    if wait_url:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and os.getppid() == parent:
            try:
                with urllib.request.urlopen(wait_url, timeout=2):
                    break
            except OSError:
                time.sleep(0.5)
    settings = get_settings()
    pending_file = settings.data_dir.resolve() / PENDING_FILE
    pending = _pending(pending_file)
    if not pending:
        return
    with native_stderr_silenced():
        _make_media(settings, pending_file, pending, bar=False, parent=parent)


def hfs_command() -> str:
    """How to type ``hfs`` in this shell: ``hfs`` when that is on the PATH and is this
    program, else this program's full path (``make demo`` runs ``.venv/bin/hfs``
    without activating the environment)."""
    import shlex
    import shutil
    import sys

    me = Path(sys.argv[0])
    if me.name != "hfs" or not me.is_file():
        return "hfs"
    found = shutil.which("hfs")
    if found and Path(found).resolve() == me.resolve():
        return "hfs"
    return shlex.quote(str(me.resolve()))


def _pending(path: Path) -> list[dict]:
    import json

    try:
        return json.loads(path.read_text(encoding="utf-8")).get("pending", [])
    except (OSError, ValueError):
        return []


class _ParentGone(Exception):
    pass


def _make_media(
    settings, pending_file: Path, pending: list[dict], *, bar: bool, parent: int | None = None
) -> None:
    """Make and analyse the pending demo media; the list on disk shrinks as each is
    done, so a stopped run is resumed by the next ``hfs demo``."""
    from hfs.cli.clinic import _sessions
    from hfs.services.demo import seed_demo_media

    left = list(pending)
    total = len(pending)

    def done_one(item: dict) -> None:
        import os

        left.remove(item)
        if left:
            write_json(pending_file, {"pending": left})
            pending_file.chmod(0o600)
        else:
            pending_file.unlink(missing_ok=True)
        if not bar:
            n = total - len(left)
            what = "video" if item["what"] == "video" else f"{item['kind']} recording"
            console.print(f"demo: {n} of {total} ready ({what} of {item['day']})")
        if parent is not None and os.getppid() != parent:
            raise _ParentGone  # `hfs demo` stopped: the rest waits for the next run

    sessions = _sessions()
    options = {
        "recordings_dir": settings.recordings_dir,
        "reports_dir": settings.reports_dir,
        "done_one": done_one,
    }
    try:
        if bar:
            with progress_bar("Making and analysing demo videos") as update:
                seed_demo_media(sessions, pending, settings.videos_dir, progress=update, **options)
        else:
            seed_demo_media(sessions, pending, settings.videos_dir, **options)
            console.print("demo: all videos and recordings are ready.")
    except _ParentGone:
        return
    except Exception as exc:  # the server goes on; the next `hfs demo` tries again
        console.print(f"demo: making the demo media failed ({exc}); run `hfs demo` again")
        if bar:
            raise


@demo.command("video")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("demo"),
    show_default=True,
    help="Folder for the demo clip, its truth, the analysis and the report.",
)
@click.option("--seed", type=int, default=7, show_default=True)
def video(out_dir: Path, seed: int) -> None:
    """Generate a synthetic 30 s clip of left hemifacial spasm, analyse it, write a report."""
    from hfs.cli.video import print_summary
    from hfs.reports.video import render_report
    from hfs.simulate.video import simulate_video
    from hfs.video.analysis import analyze_video
    from hfs.video.landmarks import native_stderr_silenced

    out_dir.mkdir(parents=True, exist_ok=True)
    clip = out_dir / "demo_left_hfs.mp4"
    with native_stderr_silenced(), progress_bar("Rendering demo clip") as update:
        truth = simulate_video(
            clip,
            side="left",
            duration_s=30,
            spasm_rate=10,
            regions=("eye", "cheek", "mouth"),
            smiles=1,
            rng=seed,
            progress=update,
        )
    write_json(out_dir / "demo_truth.json", truth)
    with native_stderr_silenced(), progress_bar("Analysing") as update:
        result = analyze_video(clip, progress=update)
    data = result.to_dict()
    write_json(out_dir / "demo_analysis.json", data)
    report = out_dir / "demo_report.html"
    write_atomic(report, render_report(result))
    print_summary(data)
    console.print(
        f"Synthetic truth: left side, {truth['summary']['spasms_per_min']:.1f} spasms/min "
        f"({out_dir / 'demo_truth.json'})"
    )
    console.print(f"[bold green]Report:[/bold green] {report.resolve()}")
