"""The extraction pipeline: one place that turns stage output into records.

Stages read a ``Document`` (normalised text, sentences) and return spans in
normalised offsets; ``Extractor`` maps every span back to the original input
so that ``input[start:end] == text`` always holds.
"""

from __future__ import annotations

import datetime
import functools
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import TypeVar

from vnextract.amounts import find_amounts
from vnextract.document import Document
from vnextract.entities import EntityFinder
from vnextract.facts import AmountFacts, describe_amounts
from vnextract.relative_times import parse_published
from vnextract.roles import amount_roles
from vnextract.schema import Amount, Article, Entity, Span, Target, TimeRef
from vnextract.targets import find_targets, with_owners
from vnextract.text import NormalizedText
from vnextract.years import find_years

STAGES = ("normalise", "amounts", "years", "entities", "targets", "facts")

S = TypeVar("S", bound=Span)

# Touches every stage's resources: an organisation, a person, a place, an amount,
# a period and a target (written for vnextract).
_WARM_UP_TEXT = (
    "Ông Trần Minh Khoa, Chủ tịch UBND tỉnh Bắc Ninh, cho biết giai đoạn 2026-2030 "
    "tỉnh đặt mục tiêu thu hút 1.500 doanh nghiệp mới và 3,5 tỷ USD vốn FDI."
)


class Extractor:
    """Turns Vietnamese news articles into ``Article`` records.

    Resources (lexicons, the spaCy pipeline) load once, on first use, and are
    shared by every later call. ``stage_seconds`` adds up the time spent in
    each stage, for benchmarks.

    >>> ex = Extractor()
    >>> article = ex.extract("Doanh thu đạt 3,5 tỷ USD trong năm 2025.")
    >>> isinstance(article, Article)
    True
    """

    def __init__(self) -> None:
        self._entity_finder: EntityFinder | None = None
        self.stage_seconds: dict[str, float] = defaultdict(float)

    @property
    def entity_finder(self) -> EntityFinder:
        """The entity recogniser, loaded on first use."""
        if self._entity_finder is None:
            self._entity_finder = EntityFinder()
        return self._entity_finder

    def warm_up(self) -> Extractor:
        """Load and compile every resource now rather than on the first article.

        A batch calls it before forking workers, so that they inherit a loaded
        extractor; a service calls it at start-up.

        Returns:
            The extractor itself.
        """
        self.extract(_WARM_UP_TEXT)
        for stage in STAGES:
            self.stage_seconds[stage] = 0.0
        return self

    def extract(
        self,
        text: str,
        *,
        source: str | None = None,
        published: datetime.date | str | None = None,
    ) -> Article:
        """Extract one article.

        Args:
            text: the article as a string; offsets in the record index it.
            source: where it came from (a path, an id), copied to the record.
            published: the article's date (a ``datetime.date`` or an ISO string,
                "2025-05-02" or "2025-05-02T08:30:00+07:00"); "năm nay", "cuối năm",
                "quý tới" and dates without a year ("ngày 14/1") take their year
                from it. Without it, the article's own date line is used.

        Returns:
            The ``Article`` record.

        Raises:
            TypeError: when ``text`` is not a string.
            ValueError: when ``published`` is a string but not an ISO date.
        """
        if not isinstance(text, str):
            raise TypeError(f"extract() takes a str, not {type(text).__name__}")
        day = parse_published(published)
        clock = time.perf_counter
        seconds = self.stage_seconds

        t0 = clock()
        doc = Document.from_text(text)
        t1 = clock()
        amounts = find_amounts(doc.text)
        t2 = clock()
        years = find_years(doc.text, day)
        t3 = clock()
        entities = self.entity_finder.find(doc)
        t4 = clock()
        targets = find_targets(doc, amounts, years, entities, day, fill_owners=False)
        roles = amount_roles(doc, amounts, targets)
        t5 = clock()
        owners: dict[int, str | None] = {}
        facts = describe_amounts(
            doc,
            amounts,
            years,
            entities,
            targets,
            roles=roles,
            published_year=None if day is None else day.year,
            owners=owners,
        )
        # a goal whose owner the facts stage reads otherwise (an organisation a place stands
        # for, none for a setting), or whose statement names none: whose figure its amount is
        subjects = {id(a): f["subject"] for a, f in zip(amounts, facts, strict=True)}
        targets = [
            t.model_copy(update={"owner": owners[id(t)]}) if id(t) in owners else t for t in targets
        ]
        targets = with_owners(
            targets, lambda t: subjects.get(id(t.amount)) if t.amount is not None else None
        )
        t6 = clock()
        seconds["normalise"] += t1 - t0
        seconds["amounts"] += t2 - t1
        seconds["years"] += t3 - t2
        seconds["entities"] += t4 - t3
        seconds["targets"] += t5 - t4
        seconds["facts"] += t6 - t5
        return _build_article(doc.normalized, source, amounts, facts, years, entities, targets)

    def extract_many(
        self, texts: Iterable[str], *, sources: Iterable[str | None] | None = None
    ) -> Iterator[Article]:
        """Extract many articles lazily, in input order.

        Args:
            texts: the articles.
            sources: one source per text, or None.

        Returns:
            An iterator of ``Article`` records, one per text.

        Raises:
            ValueError: when ``sources`` runs out before ``texts`` or after it (the
                records already yielded stand).
        """
        if sources is None:
            for text in texts:
                yield self.extract(text)
            return
        source_of = iter(sources)
        n = 0
        for n, text in enumerate(texts, start=1):
            try:
                source = next(source_of)
            except StopIteration:
                raise ValueError(f"extract_many(): sources ran out at text {n}") from None
            yield self.extract(text, source=source)
        if next(source_of, _NO_MORE) is not _NO_MORE:
            raise ValueError(f"extract_many(): more sources than the {n} texts")


_NO_MORE = object()  # the end of an iterator, for next()


@functools.cache
def shared_extractor() -> Extractor:
    """This process's extractor: created on first use, then reused by every caller.

    ``vnextract.extract``, batch workers and Spark executors all take this one,
    so resources load once per process (a forked worker inherits it loaded).
    """
    return Extractor()


def _build_article(
    norm: NormalizedText,
    source: str | None,
    amounts: list[Amount],
    facts: list[AmountFacts],
    years: list[TimeRef],
    entities: list[Entity],
    targets: list[Target],
) -> Article:
    remapped = {
        id(a): _remap(a, norm).model_copy(update=dict(f))
        for a, f in zip(amounts, facts, strict=True)
    }
    by_label: dict[str, list[Entity]] = {"ORG": [], "PER": [], "LOC": []}
    for entity in entities:
        mentions = [_remap(m, norm) for m in entity.mentions]
        if any(m is not old for m, old in zip(mentions, entity.mentions, strict=True)):
            entity = entity.model_copy(update={"mentions": mentions})
        by_label[entity.label].append(entity)
    out_targets = []
    for target in targets:
        t = _remap(target, norm)
        if target.amount is not None:
            amount = remapped.get(id(target.amount)) or _remap(target.amount, norm)
            t = t.model_copy(update={"amount": amount})
        out_targets.append(t)
    return Article(
        source=source,
        organizations=by_label["ORG"],
        persons=by_label["PER"],
        locations=by_label["LOC"],
        amounts=list(remapped.values()),
        years=[_remap(y, norm) for y in years],
        targets=out_targets,
    )


def _remap(span: S, norm: NormalizedText) -> S:
    """Return ``span`` with offsets and text taken from the original input (itself when
    normalising changed nothing)."""
    if norm.unchanged:
        return span
    start, end = norm.to_original(span.start, span.end)
    text = norm.original[start:end]
    if (start, end, text) == (span.start, span.end, span.text):
        return span
    return span.model_copy(update={"start": start, "end": end, "text": text})
