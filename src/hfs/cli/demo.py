"""``hfs demo``: the main job on embedded defaults: make a clip, analyse it, report."""

from __future__ import annotations

from pathlib import Path

import click

from hfs.cli._common import console, progress_bar, write_atomic, write_json


@click.command("demo")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("demo"),
    show_default=True,
    help="Folder for the demo clip, its truth, the analysis and the report.",
)
@click.option("--seed", type=int, default=7, show_default=True)
def demo(out_dir: Path, seed: int) -> None:
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
