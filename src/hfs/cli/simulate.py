"""``hfs simulate``: synthetic data with known ground truth.

Each domain adds its own subcommands to :data:`simulate` (video here; recordings and
streams from :mod:`hfs.cli.neuro`).
"""

from __future__ import annotations

import click


@click.group()
def simulate() -> None:
    """Make synthetic data with known ground truth (videos, recordings, streams)."""
