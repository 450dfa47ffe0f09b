"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnextract import Extractor

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One extractor for the whole session: resources load once."""
    return Extractor()
