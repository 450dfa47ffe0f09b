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
- ``spec``: a property cue in the clause ("giá", "công suất", "vốn điều lệ") and no
  result verb;
- ``result``: anything else.

>>> from vnextract.amounts import find_amounts
>>> text = "Năm 2025, công ty ước đạt 500 tỷ đồng. Căn hộ có giá 3 tỷ đồng."
>>> ctx = ArticleContext.build(text, [(0, 38), (39, 63)], [], [])
>>> [(a.text, role_of(ctx, a)) for a in find_amounts(text)]
[('500 tỷ đồng', 'estimate'), ('3 tỷ đồng', 'spec')]
"""

from __future__ import annotations

import regex

from vnextract.facts.context import ArticleContext
from vnextract.facts.cues import cues
from vnextract.schema import Amount, Role

# A plan a result is measured against: "vượt 33% so với kế hoạch", "đạt 94,8% kế hoạch".
_MEASURED_AGAINST = regex.compile(
    r"(?:so\s+với|vượt|đạt|bằng|\d%?)\s+(?:\S+\s+){0,2}?(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán)",
    regex.IGNORECASE,
)


def role_of(ctx: ArticleContext, a: Amount) -> Role:
    """The role of ``a`` by the first rule that answers (see the module)."""
    c = cues()
    s_start, _ = ctx.sentence(a.start)
    left = _MEASURED_AGAINST.sub(" ", _without_names(ctx, s_start, a.start))
    clause = left[max(0, ctx.clause_start(a.start) - s_start) :]
    if c.find("forecast", left):
        return "forecast"
    if c.find("estimate", left):
        return "estimate"
    if c.find("goal", left) or c.find("goal_clause", clause):
        return "target"
    if c.find("spec", clause) and not c.find("result", clause):
        return "spec"
    return "result"


def _without_names(ctx: ArticleContext, start: int, end: int) -> str:
    """``text[start:end]`` with entity names blanked: "Bộ Kế hoạch và Đầu tư" is no plan."""
    text = ctx.text[start:end]
    for m in ctx.mentions_in(start, end):
        text = text[: m.start - start] + " " * (m.end - m.start) + text[m.end - start :]
    return text
