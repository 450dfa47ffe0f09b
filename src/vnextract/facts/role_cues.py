"""An interim role classifier: the role of an amount from cue words before it.

The targets stage owns the role decision (its role stage); this small module
stands in until it is merged, and is what ``describe_amounts`` calls when no
roles are given. Rules, tried in order:

- ``forecast``: "dự báo", "giả định", "theo chuyên gia" earlier in the sentence;
- ``estimate``: "ước đạt", "ước tính" earlier in the sentence;
- ``goal``: a plan cue earlier in the sentence ("mục tiêu", "kế hoạch"), or in
  the amount's clause ("dự kiến", "đề xuất"), not one a result is measured
  against ("vượt 5% kế hoạch", "so với kế hoạch") nor inside a name ("Bộ Kế
  hoạch và Đầu tư");
- ``spec``: an investment in the clause ("rót thêm", "nâng tổng mức vốn"), or a
  property cue ("giá", "công suất", "vốn điều lệ") and no result verb;
- ``result``: anything else; but an amount of a sentence that breaks down an
  estimate, forecast or target before it ("Trong đó, …") keeps that role
  (``breakdown``).

>>> from vnextract.amounts import find_amounts
>>> text = "Năm 2025, công ty ước đạt 500 tỷ đồng. Căn hộ có giá 3 tỷ đồng."
>>> ctx = ArticleContext.build(text, [(0, 38), (39, 63)], [], [])
>>> [(a.text, role_of(ctx, a)) for a in find_amounts(text)]
[('500 tỷ đồng', 'estimate'), ('3 tỷ đồng', 'spec')]
"""

from __future__ import annotations

import re

from vnextract.facts.context import ArticleContext
from vnextract.facts.cues import cues
from vnextract.schema import Amount, Role

# A plan a result is measured against ("vượt 33% so với kế hoạch", "đạt 94,8% kế hoạch"),
# and "tính đến năm …", which dates a result, not a goal.
_MEASURED_AGAINST = re.compile(
    r"(?:so\s+với|vượt|đạt|bằng|\d%?)\s+(?:\S+\s+){0,2}?(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán)"
    r"|tính\s+đến"
)  # on lower-case text


class ArticleRoles:
    """Answers the role of each amount of one article; each sentence is read once."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self._sentences: dict[int, dict[str, list[tuple[int, int]]]] = {}
        self._sentence = -1  # where the sentence of the last amount read starts
        self._previous: Role | None = None  # the role the sentence before it ended on
        self._current: Role | None = None  # the role of the last amount read

    def _cues_of(self, s_start: int, s_end: int) -> dict[str, list[tuple[int, int]]]:
        """The role cues of a sentence: kind → spans, names and measured-against plans blanked."""
        found = self._sentences.get(s_start)
        if found is None:
            text = _MEASURED_AGAINST.sub(
                lambda m: " " * len(m.group()), _without_names(self.ctx, s_start, s_end)
            )
            found = {kind: [] for kind in _KINDS}
            for kind, start, end in cues().find_all(_KINDS, text):  # one pass for every kind
                found[kind].append((s_start + start, s_start + end))
            self._sentences[s_start] = found
        return found

    def role_of(self, a: Amount) -> Role:
        """The role of ``a`` by the first rule that answers (see the module)."""
        s_start = self.ctx.sentence(a.start)[0]
        if s_start != self._sentence:  # a new sentence: remember the role the last one ended on
            self._sentence, self._previous = s_start, self._current
        role = self._role_of(a)
        previous = self._previous
        inherits = role == "result" and previous in ("estimate", "forecast", "target")
        if (
            previous is not None
            and inherits
            and cues().starts("breakdown", self.ctx.text, s_start) is not None
        ):
            role = previous  # "Trong đó, gỗ 7,21 tỷ USD": what the sentence before was
        self._current = role
        return role

    def _role_of(self, a: Amount) -> Role:
        s_start, s_end = self.ctx.sentence(a.start)
        found = self._cues_of(s_start, s_end)
        c_start = self.ctx.clause_start(a.start)

        def before(kind: str, start: int) -> bool:
            return any(s >= start and e <= a.start for s, e in found[kind])

        if before("forecast", s_start):
            return "forecast"
        if before("estimate", s_start):
            return "estimate"
        if before("goal", s_start) or before("goal_clause", c_start):
            return "target"
        if before("investment", c_start):
            return "spec"
        if before("spec", c_start) and not before("result", c_start):
            return "spec"
        return "result"


_KINDS = ("forecast", "estimate", "goal", "goal_clause", "investment", "spec", "result")


def role_of(ctx: ArticleContext, a: Amount) -> Role:
    """The role of one amount (reads its sentence afresh; ``ArticleRoles`` reads it once)."""
    return ArticleRoles(ctx).role_of(a)


def _without_names(ctx: ArticleContext, start: int, end: int) -> str:
    """``text[start:end]`` in lower case with entity names blanked: "Bộ Kế hoạch và Đầu tư"
    is no plan."""
    text = ctx.low[start:end]
    for m in ctx.mentions_in(start, end):
        text = text[: m.start - start] + " " * (m.end - m.start) + text[m.end - start :]
    return text
