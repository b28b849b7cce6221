"""Entry point of the ``hfs`` command.

Each command group lives in its own module under :mod:`hfs.cli` and is added to
:data:`cli` here. Errors from the domain packages (:class:`hfs.errors.HFSError`)
become one line on stderr and the exit code :data:`hfs.cli._common.EXIT_CODES` gives; no traceback reaches a user for bad input.
"""

from __future__ import annotations

import os
import sys

# Quiet the native logging of MediaPipe/TFLite before anything imports it.
os.environ.setdefault("GLOG_minloglevel", "2")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import click

from hfs import __version__
from hfs.cli._common import exit_code
from hfs.errors import HFSError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="hfs", message="%(prog)s %(version)s")
def cli() -> None:
    """Open software for hemifacial spasm: measure, monitor, assist, follow up."""


# Command groups: one module each under hfs.cli, added here.
from hfs.cli.assistant import chat, serve  # noqa: E402
from hfs.cli.batch import batch  # noqa: E402
from hfs.cli.clinic import admin, clinic  # noqa: E402
from hfs.cli.demo import demo  # noqa: E402
from hfs.cli.neuro import neuro, simulate_recording, simulate_stream  # noqa: E402
from hfs.cli.simulate import simulate  # noqa: E402
from hfs.cli.video import video  # noqa: E402

for command in (video, simulate, neuro, chat, serve, admin, clinic, demo, batch):
    cli.add_command(command)
simulate.add_command(simulate_recording, name="recording")
simulate.add_command(simulate_stream, name="stream")


def fail(message: str, code: int) -> None:
    """Print a one-line error and exit with ``code``."""
    line = " ".join(str(message).split())
    print(f"hfs: error: {line}", file=sys.stderr)
    sys.exit(code)


def run(argv: list[str] | None = None) -> None:
    """Run the CLI; turn expected errors into one line and an exit code."""
    try:
        rv = cli.main(args=argv, prog_name="hfs", standalone_mode=False)
    except HFSError as exc:
        fail(exc.message, exit_code(exc))
    except click.exceptions.NoArgsIsHelpError as exc:
        # A group called without a command: show its help, as a person expects.
        click.echo(exc.ctx.get_help() if exc.ctx is not None else "")
        sys.exit(0)
    except click.exceptions.UsageError as exc:
        where = f" (see: {exc.ctx.command_path} --help)" if exc.ctx is not None else ""
        fail(f"{exc.format_message()}{where}", 2)
    except click.exceptions.ClickException as exc:
        fail(exc.format_message(), exc.exit_code)
    except (click.exceptions.Abort, KeyboardInterrupt):
        print("hfs: interrupted", file=sys.stderr)
        sys.exit(130)
    except MemoryError:
        fail("out of memory while processing the input", 1)
    sys.exit(rv if isinstance(rv, int) else 0)


if __name__ == "__main__":  # pragma: no cover
    run()
