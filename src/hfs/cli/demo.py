"""``hfs demo``: the main job on embedded defaults.

``hfs demo`` is the clinic web app on its embedded default (a
SQLite file and local folders under ``HFS_DATA_DIR``) with invented demo patients:
seeded on first run (videos made by :mod:`hfs.simulate` and measured by the real
pipeline; the demo clinician's random password printed once), then served.
``hfs demo video`` makes one synthetic clip, analyses it and writes its report.
"""

from __future__ import annotations

from pathlib import Path

import click

from hfs.cli._common import console, progress_bar, write_atomic, write_json


@click.group("demo", invoke_without_command=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--no-serve", is_flag=True, help="Seed the demo data, then stop.")
@click.pass_context
def demo(ctx: click.Context, host: str, port: int, no_serve: bool) -> None:
    """The clinic web app with invented demo patients: seeded on the first run, then
    served. ``hfs demo video`` instead makes, analyses and reports one synthetic clip."""
    if ctx.invoked_subcommand is not None:
        return
    from hfs.cli.assistant import serve
    from hfs.cli.clinic import seed_demo_data
    from hfs.errors import ConflictError
    from hfs.settings import get_settings
    from hfs.storage.demo import DEMO_EMAIL

    settings = get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    console.print(f"Data: {settings.data_dir} (SQLite and local files)")
    try:
        out = seed_demo_data()
    except ConflictError:
        console.print(
            f"The demo data is already there. Sign in as {DEMO_EMAIL} with the password "
            "printed at the first run (`hfs admin reset-password` makes a new one)."
        )
    else:
        console.print(f"Added {len(out['patients'])} invented demo patients.")
        console.print(f"Demo clinician: [bold]{out['email']}[/bold]")
        console.print(f"Password (shown only now): [bold]{out['password']}[/bold]")
    if no_serve:
        return
    console.print(
        f"Open http://{host}:{port}/ (patients' side) and http://{host}:{port}/login "
        "(clinicians). Ctrl-C stops the server."
    )
    ctx.invoke(serve, host=host, port=port, workers=1)


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
