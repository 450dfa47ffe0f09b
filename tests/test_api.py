"""The public API: extract(), Extractor, the schema."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import vnextract
from vnextract import Article, Extractor


def test_extract_returns_an_article_with_the_source() -> None:
    article = vnextract.extract("Hà Nội tăng trưởng 7%.", source="a.txt")
    assert isinstance(article, Article)
    assert article.source == "a.txt"
    assert article.schema_version == "1"


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["text"]])
def test_extract_rejects_what_is_not_a_string(bad: object) -> None:
    with pytest.raises(TypeError, match="takes a str"):
        vnextract.extract(bad)  # type: ignore[arg-type]


def test_extract_many_keeps_input_order(extractor: Extractor) -> None:
    texts = ["Bài một.", "Bài hai.", "Bài ba."]
    sources = ["1", "2", "3"]
    records = list(extractor.extract_many(texts, sources=sources))
    assert [r.source for r in records] == sources


@pytest.mark.parametrize(
    ("sources", "message", "yielded"),
    [
        (["1", "2"], "sources ran out at text 3", 2),
        (["1", "2", "3", "4"], "more sources than the 3 texts", 3),
    ],
)
def test_extract_many_says_when_sources_and_texts_differ_in_length(
    extractor: Extractor, sources: list[str], message: str, yielded: int
) -> None:
    texts = ["Bài một.", "Bài hai.", "Bài ba."]
    records = extractor.extract_many(texts, sources=sources)
    got = [next(records) for _ in range(yielded)]
    assert [r.source for r in got] == sources[:yielded]  # what came before stands
    with pytest.raises(ValueError, match=message):
        next(records)


def test_schema_names_every_record_field() -> None:
    schema = Article.model_json_schema()
    assert set(schema["properties"]) == {
        "schema_version",
        "source",
        "meta",
        "organizations",
        "persons",
        "locations",
        "amounts",
        "years",
        "targets",
    }
    for name in ("Amount", "Entity", "TimeRef", "Target", "Span"):
        assert name in schema["$defs"]


def test_schema_command_prints_the_schema() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "vnextract", "schema"], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == Article.model_json_schema()
