"""What every extraction stage reads: the normalised text and its sentences."""

from __future__ import annotations

from dataclasses import dataclass

from vnextract.sentences import split_sentences
from vnextract.text import NormalizedText, normalize


@dataclass(frozen=True)
class Document:
    """An article prepared once for all stages.

    Stages work on ``text`` (normalised) and return spans in its offsets; the
    extractor maps them back to the original with ``normalized.to_original``.
    """

    normalized: NormalizedText
    sentences: tuple[tuple[int, int], ...]

    @property
    def text(self) -> str:
        """The normalised text every stage matches against."""
        return self.normalized.text

    @classmethod
    def from_text(cls, text: str) -> Document:
        """Normalise ``text`` and split it into sentences.

        >>> doc = Document.from_text("Thanh Hoá tăng 5%. Hà Nội giảm.")
        >>> doc.text, doc.sentences
        ('Thanh Hóa tăng 5%. Hà Nội giảm.', ((0, 18), (19, 31)))
        """
        normalized = normalize(text)
        return cls(normalized, tuple(split_sentences(normalized.text)))
