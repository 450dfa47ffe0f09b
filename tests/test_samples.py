"""Golden test: each article in samples/ against the record its author expects.

Every ``samples/NN-slug.txt`` (a headline, then the body) was written for this
project with its expected record ``NN-slug.expected.json`` annotated by hand
in the gold format of the evaluation guidelines. The test extracts the
article and compares field by field, the way the project's scorer matches:

- amounts, years and periods must be exact: every expected one found with the
  right numbers, unit and qualifier, and nothing else found;
- organisations, persons, locations and targets must reach an F1 of at least
  ``MIN_F1`` each; the assertion message lists what was missed or spurious;
- every span of the record must satisfy ``text[start:end] == span.text``.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import regex
from golden import compare_record, load_expected

import vnextract
from vnextract import Article, Span
from vnextract.text import fold_tone_marks

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
ARTICLES = sorted(SAMPLES.glob("*.txt"))

EXACT_FIELDS = ("amounts", "years", "periods")
F1_FIELDS = ("organizations", "persons", "locations", "targets")
MIN_F1 = 0.8
# (sample, field) pairs the pipeline does not meet yet, with the capability it lacks.
# Each is a strict xfail: once the capability lands the case passes and must leave this table.
KNOWN_GAPS: dict[tuple[str, str], str] = {}

QUALIFIERS = {None, "more_than", "less_than", "at_least", "at_most", "about", "up_to"}


def _expected_path(article: Path) -> Path:
    return article.with_name(article.stem + ".expected.json")


def _spans(article: Article) -> Iterator[tuple[str, Span]]:
    for name in ("organizations", "persons", "locations"):
        for entity in getattr(article, name):
            for mention in entity.mentions:
                yield f"{name}:{entity.name}", mention
    for amount in article.amounts:
        yield "amounts", amount
    for time in article.years:
        yield "years", time
    for target in article.targets:
        yield "targets", target
        if target.amount is not None:
            yield "targets.amount", target.amount


def test_there_are_at_least_six_samples_each_with_its_expected_record() -> None:
    assert len(ARTICLES) >= 6
    missing = [a.name for a in ARTICLES if not _expected_path(a).is_file()]
    assert not missing, f"samples without an expected record: {missing}"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_expected_record_is_well_formed(article: Path) -> None:
    """The ground truth itself: NFC text of the right length, every string in it."""
    body = article.read_text(encoding="utf-8")
    expected = load_expected(_expected_path(article))
    problems: list[str] = []
    if not unicodedata.is_normalized("NFC", body):
        problems.append("article is not NFC")
    if not 1500 <= len(body) <= 4000:
        problems.append(f"article has {len(body)} characters, not 1,500-4,000")
    for name in ("organizations", "persons", "locations"):
        for entity in expected[name]:
            for form in [entity["name"], *entity["variants"]]:
                if form not in body:
                    problems.append(f"{name}: {form!r} is not in the article")
    for amount in expected["amounts"]:
        if amount["text"] not in body:
            problems.append(f"amounts: {amount['text']!r} is not in the article")
        if ("value" in amount) == ("min" in amount and "max" in amount):
            problems.append(f"amounts: {amount['text']!r} needs a value or a min and max")
        if not amount.get("unit") or amount.get("qualifier") not in QUALIFIERS:
            problems.append(f"amounts: {amount['text']!r} has a bad unit or qualifier")
    for target in expected["targets"]:
        if target["text"] not in body:
            problems.append(f"targets: {target['text']!r} is not in the article")
        if target.get("deadline") is not None and target["deadline"] not in expected["years"]:
            problems.append(f"targets: deadline of {target['text']!r} is not among the years")
    for start, end in expected["periods"]:
        if start not in expected["years"] or end not in expected["years"]:
            problems.append(f"periods: {start}-{end} ends are not among the years")
    assert not problems, "\n".join(problems)


@functools.cache
def _extract(article: Path) -> Article:
    """The record of one sample, extracted once for all its cases."""
    return vnextract.extract(article.read_text(encoding="utf-8"), source=str(article))


def _field_cases() -> list[Any]:
    cases = []
    for article in ARTICLES:
        for name in (*EXACT_FIELDS, *F1_FIELDS):
            reason = KNOWN_GAPS.get((article.stem, name))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(article, name, marks=marks, id=f"{article.stem}-{name}"))
    return cases


@pytest.mark.parametrize(("article", "name"), _field_cases())
def test_sample_field_matches_expected_record(article: Path, name: str) -> None:
    body = article.read_text(encoding="utf-8")
    expected = load_expected(_expected_path(article))
    result = compare_record(body, expected, _extract(article).model_dump())
    got = result.fields[name]
    if name in EXACT_FIELDS:
        assert not (got.fp or got.fn or got.wrong), f"{article.name}\n{result.report([name])}"
    else:
        assert got.f1 >= MIN_F1, f"{article.name}\n{result.report([name])}"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_sample_spans_index_the_text(article: Path) -> None:
    body = article.read_text(encoding="utf-8")
    bad = [
        f"{where}: {span.text!r} != text[{span.start}:{span.end}] {body[span.start : span.end]!r}"
        for where, span in _spans(_extract(article))
        if body[span.start : span.end] != span.text
    ]
    assert not bad, "\n".join(bad)


# Old-style tone placement, the spelling many sites still use: the tone moves to
# the second vowel of an open "oa", "oe", "uy" ("hòa" → "hoà", "thủy" → "thuỷ").
_NEW_STYLE_TONE = regex.compile(
    r"""
    (?<![qQ])                                   # "quý" keeps its tone where it is
    (?P<vowel>[oOuU])                           # first vowel of the pair
    (?P<tone>[\u0300\u0301\u0303\u0309\u0323])     # its tone mark (text in NFD)
    (?P<second>(?<=[oO]\p{M})[aAeE]|(?<=[uU]\p{M})[yY])  # "oa", "oe" or "uy"
    (?!\p{L}|\p{M})                             # open syllable: nothing follows
    """,
    regex.VERBOSE,
)


def _old_style_tones(text: str) -> str:
    """Move tone marks the old way, keeping the text's length.

    >>> _old_style_tones("Khánh Hòa, thủy điện, hoàn thành, quý I")
    'Khánh Hoà, thuỷ điện, hoàn thành, quý I'
    """
    nfd = unicodedata.normalize("NFD", text)
    moved = _NEW_STYLE_TONE.sub(r"\g<vowel>\g<second>\g<tone>", nfd)
    return unicodedata.normalize("NFC", moved)


SPELLINGS = {
    "nfd": lambda text: unicodedata.normalize("NFD", text),
    "old-tones": _old_style_tones,
}


def _summary(article: Article) -> dict[str, list[Any]]:
    """What a record says, without offsets or spellings of the input."""

    def canon(s: str) -> str:
        return fold_tone_marks(unicodedata.normalize("NFC", s))

    def amount(a: Any) -> tuple[Any, ...]:
        return (a.value, a.min, a.max, canon(a.unit), a.kind, a.qualifier, a.per)

    return {
        "entities": sorted(
            (e.label, canon(e.name), len(e.mentions))
            for e in (*article.organizations, *article.persons, *article.locations)
        ),
        "amounts": [amount(a) for a in article.amounts],
        "years": [
            (t.kind, t.year, t.start_year, t.end_year, t.month, t.quarter, t.date)
            for t in article.years
        ],
        "targets": [
            (t.deadline, t.amount and amount(t.amount), t.owner and canon(t.owner))
            for t in article.targets
        ],
    }


@pytest.mark.parametrize("spelling", sorted(SPELLINGS))
@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_sample_in_another_spelling_gives_the_same_record(article: Path, spelling: str) -> None:
    """NFD input and old-style tone marks change offsets, never what is found."""
    body = article.read_text(encoding="utf-8")
    varied = SPELLINGS[spelling](body)
    assert varied != body, f"{spelling} leaves {article.name} unchanged"
    record = vnextract.extract(varied)
    bad = [
        f"{where}: {span.text!r} != text[{span.start}:{span.end}] {varied[span.start : span.end]!r}"
        for where, span in _spans(record)
        if varied[span.start : span.end] != span.text
    ]
    assert not bad, "\n".join(bad)
    assert _summary(record) == _summary(_extract(article))
