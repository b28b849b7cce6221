from __future__ import annotations

import pytest

from hfs.assistant import build_engine


@pytest.fixture(scope="session")
def engine():
    """The real assistant: packaged scenarios and knowledge, MiniLM matcher."""
    return build_engine()
