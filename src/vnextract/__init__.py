"""vnextract: structured records from Vietnamese news articles.

>>> import vnextract
>>> article = vnextract.extract("Năm 2025, tỉnh đặt mục tiêu thu hút 1.500 doanh nghiệp.")
>>> article.schema_version
'1'
"""

from __future__ import annotations

import datetime
from importlib.machinery import EXTENSION_SUFFIXES
from typing import TYPE_CHECKING

from vnextract import numbers as _numbers
from vnextract.extractor import Extractor, shared_extractor
from vnextract.schema import (
    Amount,
    Article,
    ArticleMeta,
    Entity,
    ErrorInfo,
    ErrorRecord,
    Span,
    Target,
    TimeRef,
)

if TYPE_CHECKING:
    from spacy.language import Language

__version__ = "0.1.0"

#: True when the extraction modules run as C extensions compiled by mypyc (a wheel
#: built where a C compiler was found); False for the pure-Python build (an editable
#: install, ``VNEXTRACT_COMPILE=never``, or no compiler). The records are the same.
COMPILED: bool = _numbers.__file__.endswith(tuple(EXTENSION_SUFFIXES))

__all__ = [
    "COMPILED",
    "Amount",
    "Article",
    "ArticleMeta",
    "Entity",
    "ErrorInfo",
    "ErrorRecord",
    "Extractor",
    "Span",
    "Target",
    "TimeRef",
    "__version__",
    "extract",
    "load",
]


def extract(
    text: str, *, source: str | None = None, published: datetime.date | str | None = None
) -> Article:
    """Extract the record of one Vietnamese news article.

    Args:
        text: the article; every offset in the record indexes this string.
        source: where the article came from, copied to ``Article.source``.
        published: the article's date (``datetime.date`` or ISO string); relative
            times ("năm nay", "cuối năm", "ngày 14/1") take their year from it.

    Returns:
        The ``Article`` record.

    Raises:
        TypeError: when ``text`` is not a string.
        ValueError: when ``published`` is not an ISO date.
    """
    return shared_extractor().extract(text, source=source, published=published)


def load() -> Language:
    """Return the spaCy pipeline: underthesea tokenizer + ``vnextract_entities``.

    Returns:
        A ``spacy.Language``; ``doc.ents`` holds ORG, PER and LOC spans.
    """
    from vnextract.entities.spacy_pipe import load as load_pipeline

    return load_pipeline()
