from __future__ import annotations

import pytest

from hfs.assistant import default_engine


@pytest.fixture(scope="session")
def engine():
    """The real assistant: packaged scenarios and knowledge, MiniLM matcher."""
    return default_engine()
