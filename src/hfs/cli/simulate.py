"""``hfs simulate``: synthetic data with known ground truth.

Each domain adds its own subcommands to :data:`simulate` (video here; recordings and
streams from :mod:`hfs.cli.neuro`).
"""

from __future__ import annotations

import click

from hfs.cli._common import check_writable, console, progress_bar, write_json


@click.group()
def simulate() -> None:
    """Make synthetic data with known ground truth (videos, recordings, streams)."""


@simulate.command("video")
@click.argument("out", type=click.Path(path_type=str))
@click.option("--truth", type=click.Path(path_type=str), help="Write the ground truth JSON here.")
@click.option(
    "--side",
    type=click.Choice(["left", "right", "none"]),
    default="left",
    show_default=True,
    help="Affected side (patient's); 'none' makes a control.",
)
@click.option(
    "--duration", type=click.FloatRange(1, 600), default=30.0, show_default=True, help="Seconds."
)
@click.option("--fps", type=click.FloatRange(5, 120), default=30.0, show_default=True)
@click.option("--size", default="1280x720", show_default=True, help="Frame size as displayed, WxH.")
@click.option(
    "--rate",
    type=click.FloatRange(0, 60),
    default=8.0,
    show_default=True,
    help="Spasms per minute.",
)
@click.option(
    "--tonic",
    type=click.FloatRange(0, 1),
    default=0.3,
    show_default=True,
    help="Share of spasms that are tonic.",
)
@click.option(
    "--regions", default=None, help="Comma list of eye,brow,cheek,mouth (default: drawn)."
)
@click.option("--blink-rate", type=click.FloatRange(0, 40), default=15.0, show_default=True)
@click.option(
    "--smiles",
    type=click.IntRange(0, 20),
    default=0,
    show_default=True,
    help="Smiles of any intensity to add (voluntary, not spasms).",
)
@click.option(
    "--talks",
    type=click.IntRange(0, 20),
    default=0,
    show_default=True,
    help="Stretches of talking (jaw 3-6 Hz, lips moving).",
)
@click.option(
    "--chews",
    type=click.IntRange(0, 20),
    default=0,
    show_default=True,
    help="Stretches of chewing (jaw 1-2 Hz, grinding to one side).",
)
@click.option(
    "--eye-closures",
    type=click.IntRange(0, 20),
    default=0,
    show_default=True,
    help="Firm voluntary closures of both eyes.",
)
@click.option(
    "--brow-raises",
    type=click.IntRange(0, 20),
    default=0,
    show_default=True,
    help="Raisings of both brows.",
)
@click.option(
    "--face-exits",
    type=click.IntRange(0, 5),
    default=0,
    show_default=True,
    help="Times the face leaves the frame for 3-4 s.",
)
@click.option(
    "--head-turns",
    type=click.IntRange(0, 20),
    default=0,
    show_default=True,
    help="Head turns to add (not spasms).",
)
@click.option("--head-motion", type=click.FloatRange(0, 5), default=1.0, show_default=True)
@click.option(
    "--noise",
    type=click.FloatRange(0, 30),
    default=2.0,
    show_default=True,
    help="Sensor noise SD in grey levels.",
)
@click.option(
    "--face",
    type=click.Path(path_type=str),
    help="A frontal face photo (default: a photo shipped with scikit-image).",
)
@click.option("--mirror-face", is_flag=True, help="Mirror the face photo (another face geometry).")
@click.option(
    "--codec", type=click.Choice(["h264", "hevc", "vp9"]), default="h264", show_default=True
)
@click.option("--crf", type=click.IntRange(0, 51), default=23, show_default=True)
@click.option(
    "--rotate",
    type=click.Choice(["0", "90", "180", "270"]),
    default="0",
    show_default=True,
    help="Store rotated with display-rotation metadata, as portrait phone videos are.",
)
@click.option("--selfie-mirrored", is_flag=True, help="Store mirrored, as some front cameras do.")
@click.option("--seed", type=int, default=None, help="Random seed (same seed, same video).")
@click.option("--quiet", "-q", is_flag=True)
def simulate_video_cmd(
    out,
    truth,
    side,
    duration,
    fps,
    size,
    rate,
    tonic,
    regions,
    blink_rate,
    smiles,
    talks,
    chews,
    eye_closures,
    brow_raises,
    face_exits,
    head_turns,
    head_motion,
    noise,
    face,
    mirror_face,
    codec,
    crf,
    rotate,
    selfie_mirrored,
    seed,
    quiet,
) -> None:
    """Render a synthetic face video of hemifacial spasm to OUT, with ground truth."""
    from hfs.simulate.video import simulate_video

    check_writable(out)
    check_writable(truth)
    region_tuple = tuple(r.strip() for r in regions.split(",") if r.strip()) if regions else None
    if region_tuple:
        bad = [r for r in region_tuple if r not in ("eye", "brow", "cheek", "mouth")]
        if bad:
            raise click.BadParameter(
                f"unknown region(s) {', '.join(bad)}; use eye, brow, cheek, mouth",
                param_hint="--regions",
            )
    from hfs.video.landmarks import native_stderr_silenced

    with native_stderr_silenced(), progress_bar("Rendering", enabled=not quiet) as update:
        result = simulate_video(
            out,
            side=side,
            duration_s=duration,
            fps=fps,
            size=size,
            spasm_rate=rate,
            tonic_fraction=tonic,
            regions=region_tuple,
            blink_rate=blink_rate,
            smiles=smiles,
            talks=talks,
            chews=chews,
            eye_closures=eye_closures,
            brow_raises=brow_raises,
            face_exits=face_exits,
            head_turns=head_turns,
            head_motion=head_motion,
            noise=noise,
            face=face,
            mirror_face=mirror_face,
            codec=codec,
            crf=crf,
            rotate=int(rotate),
            selfie_mirrored=selfie_mirrored,
            rng=seed,
            progress=update,
        )
    if truth:
        write_json(truth, result)
    if not quiet:
        s = result["summary"]
        console.print(
            f"Wrote {out}: {duration:.0f} s, {side} side, {len(result['events'])} events "
            f"({s['spasms_per_min']:.1f} spasms/min, {s['blinks_per_min']:.1f} blinks/min)"
        )
        if truth:
            console.print(f"Truth: {truth}")
