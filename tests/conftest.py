"""Shared fixtures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from vnextract import Extractor
from vnextract.schema import Amount

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One extractor for the whole session: resources load once."""
    return Extractor()


@pytest.fixture(scope="session")
def amount_of(extractor: Extractor) -> Callable[[str, str], Amount]:
    """The amount of a text whose own text is the figure given: ``amount_of(text, figure)``."""

    def find(text: str, figure: str) -> Amount:
        amounts = extractor.extract(text).amounts
        found = [a for a in amounts if a.text == figure]
        assert found, [a.text for a in amounts]
        return found[0]

    return find
