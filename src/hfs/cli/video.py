"""``hfs video``: measure hemifacial spasm from a face video."""

from __future__ import annotations

import click
from rich.table import Table

from hfs.cli._common import check_writable, console, progress_bar, write_atomic, write_json


@click.group()
def video() -> None:
    """Measure hemifacial spasm from a face video."""


@video.command("analyze")
@click.argument("clip", type=click.Path(dir_okay=True, path_type=str))
@click.option(
    "--json", "json_out", type=click.Path(path_type=str), help="Write the analysis as JSON here."
)
@click.option(
    "--report", "report_out", type=click.Path(path_type=str), help="Write an HTML report here."
)
@click.option("--mirrored", is_flag=True, help="The video is a mirrored selfie (front camera).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def analyze(
    clip: str, json_out: str | None, report_out: str | None, mirrored: bool, quiet: bool
) -> None:
    """Analyse CLIP (MP4/MOV/WebM) and print a summary.

    Sides are always the patient's. Results are measurements, not a diagnosis.
    """
    from hfs.reports.video import render_report
    from hfs.video.analysis import analyze_video
    from hfs.video.landmarks import native_stderr_silenced

    check_writable(json_out)
    check_writable(report_out)
    with native_stderr_silenced(), progress_bar("Analysing", enabled=not quiet) as update:
        result = analyze_video(clip, mirrored=mirrored, progress=update)
    data = result.to_dict()
    if json_out:
        write_json(json_out, data)
    if report_out:
        write_atomic(report_out, render_report(result))
    if not quiet:
        print_summary(data)
        for label, path in (("JSON", json_out), ("Report", report_out)):
            if path:
                console.print(f"{label}: {path}")


def print_summary(data: dict) -> None:
    """The short summary a person reads in the terminal."""
    s, q = data["summary"], data["quality"]
    t = Table(title=f"hfs: {data['video']['file']}", show_header=False, title_justify="left")
    t.add_column(style="bold")
    t.add_column()
    if s["affected_side"] is None:
        t.add_row("Affected side (patient's)", "cannot tell")
        t.add_row("Why", s.get("cannot_tell") or "")
    else:
        t.add_row("Affected side (patient's)", s["affected_side"])
        t.add_row(
            "Spasms per minute",
            f"{s['spasms_per_min']:.1f}  ({s['n_clonic']} clonic, {s['n_tonic']} tonic)",
        )
        t.add_row("Time in spasm", f"{100 * s['spasm_time_fraction']:.1f}%")
        t.add_row("Longest spasm", f"{s['longest_spasm_s']:.1f} s")
        t.add_row("Regions involved", ", ".join(s["regions"]) or "-")
        t.add_row("Blinks per minute", f"{s['blinks_per_min']:.1f}")
        if s.get("spread_cannot_tell"):
            t.add_row("Spread beyond the eye", "cannot tell: " + s["spread_cannot_tell"])
        j = s["jankovic"]
        t.add_row(
            "Jankovic (video estimate)",
            f"severity {j['severity']}, frequency {j['frequency']}, total {j['total']}/8"
            if j
            else "cannot tell",
        )
        t.add_row("SMC grade (video estimate)", s["smc"]["label"] if s["smc"] else "cannot tell")
        if s.get("grades_cannot_tell"):
            t.add_row("Why no grade", s["grades_cannot_tell"])
    t.add_row(
        "Face found",
        f"{100 * q['face_found_fraction']:.0f}% of {q['n_frames']} frames, "
        f"{q.get('visible_s', q['duration_s']):.0f} of {q['duration_s']:.0f} s at {q['fps']:.0f} fps",
    )
    mirrored = data["video"].get("mirrored")
    t.add_row("Sides", "un-mirrored (--mirrored)" if mirrored else "as filmed (not mirrored)")
    console.print(t)
    if not mirrored:
        console.print(
            "[yellow]Sides read as filmed.[/yellow] A front-camera selfie saved as a mirror "
            "image needs --mirrored, or left and right come out swapped."
        )
    for w in q["warnings"]:
        console.print(f"[yellow]Quality warning:[/yellow] {w}")
    console.print(f"[dim]{data['disclaimer']}[/dim]")
