"""Organisations, persons and locations."""

from __future__ import annotations

from vnextract.document import Document
from vnextract.schema import Entity


class EntityFinder:
    """Finds entities; loads its lexicons and patterns once."""

    def find(self, doc: Document) -> list[Entity]:
        """Return the entities of ``doc`` (offsets into ``doc.text``)."""
        return []
