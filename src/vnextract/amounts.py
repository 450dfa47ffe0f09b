"""Amounts: numbers that count or measure something, with unit and qualifier."""

from __future__ import annotations

from vnextract.schema import Amount


def find_amounts(text: str) -> list[Amount]:
    """Find every amount in ``text`` (offsets into ``text``)."""
    return []
