"""Targets: the goals an article reports."""

from __future__ import annotations

from collections.abc import Sequence

from vnextract.document import Document
from vnextract.schema import Amount, Entity, Target, TimeRef


def find_targets(
    doc: Document,
    amounts: Sequence[Amount],
    years: Sequence[TimeRef],
    entities: Sequence[Entity],
) -> list[Target]:
    """Find the goals stated in ``doc`` (offsets into ``doc.text``)."""
    return []
