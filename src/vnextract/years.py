"""Years, periods, dates, quarters and months."""

from __future__ import annotations

from vnextract.schema import TimeRef


def find_years(text: str) -> list[TimeRef]:
    """Find every time reference in ``text`` (offsets into ``text``)."""
    return []
