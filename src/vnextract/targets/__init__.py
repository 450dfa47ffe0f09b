"""Targets: the goals an article reports, with amount, deadline, metric and owner.

A target is a goal, plan or commitment an actor sets for the future. The
package's modules follow the method, each a layer of the finder:

- ``statements``: paragraphs, statements and clauses;
- ``cues``: the phrases that mark a goal ("đặt mục tiêu", "phấn đấu", "dự kiến");
- ``not_targets``: what is no goal (forecasts, results, someone else's
  estimate, a plan's title, a growth figure restating a goal);
- ``attributes``: a goal's deadline, metric and owner;
- ``own_plans``: the plans no goal cue marks ("VPBank sẽ tiếp tục hỗ trợ …",
  an announced investment programme, a plan figure beside its result, a
  figure demanded of a body, a planned date);
- ``finder``: the walk over goal passages and clauses, then the amounts the
  role stage (``vnextract.roles``) calls plans that no passage took, then
  project schedules and the own plans.

Targets are thus the amounts whose role is "target" plus the goals without a
number. Every rule that keeps or drops a candidate is named; ``explain``
lists them for a text. The cue words live in ``models/targets/vi_target_cues.tsv``.

>>> from vnextract.document import Document
>>> from vnextract.schema import Amount, TimeRef
>>> text = "Tỉnh đặt mục tiêu đến năm 2030 có 500 doanh nghiệp công nghệ."
>>> doc = Document.from_text(text)
>>> amount = Amount(text="500 doanh nghiệp", start=34, end=50, value=500,
...                 unit="doanh nghiệp", kind="count")
>>> year = TimeRef(text="năm 2030", start=22, end=30, kind="year", year=2030)
>>> [t] = find_targets(doc, [amount], [year], [])
>>> t.text, t.deadline, t.amount is amount
('đến năm 2030 có 500 doanh nghiệp công nghệ', 2030, True)
>>> t.metric, t.cue
('doanh nghiệp công nghệ', 'đặt mục tiêu')
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from vnextract.document import Document
from vnextract.schema import Amount, Entity, Target, TimeRef
from vnextract.targets.finder import Finder, with_owners
from vnextract.targets.state import Decision

__all__ = ["Decision", "explain", "find_targets", "with_owners"]


def find_targets(
    doc: Document,
    amounts: Sequence[Amount],
    years: Sequence[TimeRef],
    entities: Sequence[Entity],
    published: datetime.date | None = None,
    *,
    fill_owners: bool = True,
) -> list[Target]:
    """Find the goals stated in ``doc``.

    Args:
        doc: the normalised article and its sentences.
        amounts: the amounts found in ``doc.text``; a target's ``amount`` is one of
            these objects (the same object, not a copy).
        years: the years and periods found in ``doc.text``.
        entities: the organisations and locations, to name a goal's owner.
        published: the article's date; "cả năm", "năm nay" fall in its year when
            the article reports on no year of its own.
        fill_owners: give a goal whose statement names no owner the owner most
            goals have; without it such owners stay null, for ``with_owners`` to
            fill from whose figure each goal's amount is (as ``extract`` does).

    Returns:
        One ``Target`` per goal, in text order, offsets into ``doc.text``.
    """
    return Finder(doc, amounts, years, entities, published).run(fill_owners=fill_owners)


def explain(text: str, *, published: datetime.date | str | None = None) -> list[Decision]:
    """Which named rule kept or dropped each candidate goal of ``text``.

    Args:
        text: an article.
        published: its date, as for ``vnextract.extract``.

    Returns:
        The decisions in the order the finder took them; offsets index ``text``. A
        statement that holds no goal cue, no time and no list colon is no candidate:
        it gets no decision.

    >>> text = "Các chuyên gia dự báo GDP năm 2027 tăng 6%."
    >>> [(d.rule, d.verdict, d.text) for d in explain(text)]
    [('forecast_or_history', 'dropped', 'Các chuyên gia dự báo GDP năm 2027 tăng 6%.')]
    >>> explain("Giá thép tăng 6%.")
    []
    """
    from vnextract.amounts import find_amounts
    from vnextract.extractor import shared_extractor
    from vnextract.relative_times import parse_published
    from vnextract.years import find_years

    doc = Document.from_text(text)
    amounts = find_amounts(doc.text)
    years = find_years(doc.text, parse_published(published))
    entities = shared_extractor().entity_finder.find(doc)
    day = parse_published(published)
    finder = Finder(doc, amounts, years, entities, day)
    finder.run()
    out = []
    for d in finder.trace:
        start, end = doc.normalized.to_original(d.start, d.end)
        out.append(Decision(d.rule, d.verdict, start, end, text[start:end]))
    return out
