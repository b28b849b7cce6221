"""``hfs batch``: analyse many videos or recordings on a Dask cluster, one row per file."""

from __future__ import annotations

import os

import click

from hfs.cli._common import console, progress_bar
from hfs.errors import HFSError


def _options(f):
    """The options both kinds share, in the order --help lists them."""
    decorators = [
        click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str)),
        click.option(
            "--out",
            required=True,
            type=click.Path(path_type=str),
            help="Results table: FILE.csv or FILE.parquet; a re-run skips files already in it.",
        ),
        click.option(
            "--scheduler",
            metavar="ADDR",
            help="Use a running Dask cluster (tcp://HOST:8786 from 'dask scheduler'); "
            "workers are sent the files' bytes, no shared disk needed.",
        ),
        click.option(
            "--workers",
            type=click.IntRange(1, 256),
            help="Worker processes of a local Dask cluster (default: one per core, "
            "at most one per file).",
        ),
        click.option(
            "--report-dir",
            type=click.Path(file_okay=False, path_type=str),
            help="Also write each file's HTML report into this folder.",
        ),
        click.option(
            "--connect-timeout",
            type=click.FloatRange(0.1, 600),
            default=10.0,
            show_default=True,
            help="Seconds to wait for --scheduler.",
        ),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary."),
    ]
    for d in reversed(decorators):
        f = d(f)
    return f


@click.group()
def batch() -> None:
    """Analyse many files on a Dask cluster (or local worker processes).

    One row per file in a CSV or Parquet table: path, status (ok/error), the error,
    and the summary measures. Results are measurements, not a diagnosis.
    """


@batch.command("video")
@_options
@click.option("--mirrored", is_flag=True, help="Every video is a mirrored selfie (front camera).")
def video(inputs, out, scheduler, workers, report_dir, connect_timeout, quiet, mirrored):
    """Analyse face videos: INPUTS are files or folders (searched for .mp4/.mov/.webm...)."""
    _run(
        "video",
        inputs,
        out,
        scheduler,
        workers,
        report_dir,
        connect_timeout,
        quiet,
        {"mirrored": mirrored},
    )


@batch.command("neuro")
@_options
@click.option(
    "--montage", metavar="FILE", help="YAML file mapping channel and stimulus labels to roles."
)
@click.option(
    "--mains", default="auto", show_default=True, help="Mains frequency: auto, 50, 60 or off."
)
def neuro(inputs, out, scheduler, workers, report_dir, connect_timeout, quiet, montage, mains):
    """Analyse EDF+/BDF+ recordings: INPUTS are files or folders (searched for .edf/.bdf)."""
    from hfs.cli.neuro import _mains

    opts: dict = {"mains_hz": _mains(mains)}
    if montage:
        from hfs.neurophys.montage import read_montage

        opts["montage"] = read_montage(montage)
    _run("neuro", inputs, out, scheduler, workers, report_dir, connect_timeout, quiet, opts)


def _run(kind, inputs, out, scheduler, workers, report_dir, connect_timeout, quiet, options):
    from hfs.batch import output_format, run_batch
    from hfs.executor import DaskExecutor, scheduler_address

    if scheduler and workers:
        raise click.UsageError("give --scheduler or --workers, not both")
    output_format(out)  # a wrong suffix is a usage error before any work
    if scheduler:
        scheduler = scheduler_address(scheduler)

    def make_executor(n_files: int):
        if scheduler:
            return DaskExecutor.connect(scheduler, timeout_s=connect_timeout)
        n = workers or max(1, min(os.cpu_count() or 1, n_files))
        return DaskExecutor.local(n)

    with progress_bar(f"hfs batch {kind}", enabled=not quiet) as update:
        res = run_batch(
            kind,
            inputs,
            out,
            executor=make_executor,
            report_dir=report_dir,
            options=options,
            progress=update,
        )
    if not quiet:
        console.print(
            f"{res.n_files} file(s): {res.n_ok} analysed, {res.n_failed} failed, "
            f"{res.n_skipped} done before; results in {res.out}",
            soft_wrap=True,
        )
    if res.n_failed:
        raise HFSError(
            f"{res.n_failed} of {res.n_files - res.n_skipped} file(s) failed; "
            f"see the 'error' column of {res.out}"
        )
