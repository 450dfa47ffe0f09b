"""Change: whether an amount states an increase, a decrease, or a level.

Rules, tried in order (the first that answers wins):

- ``signed``: a figure written with its sign ("-4,02%", "+0,04%");
- ``own_words``: the amount's own text opens with a change word ("gấp 3 lần",
  "tăng tới 20%");
- ``verb_before``: a change verb right before it in its clause, across words
  that change nothing ("tăng 13,8%", "giảm lần lượt 7%", "vượt 16% kế hoạch",
  "thấp hơn 9%"); a level verb ("đạt 104%", "bằng 88%") answers null; a verb of
  raising or improving (``rate_increase``: "nâng", "cải thiện") before a share or points
  only ("nâng 20% giá bán"; not "cải thiện 5 tuyến đường");
- ``listed``: the second of "lần lượt 7% và 61%" takes the change of the first;
- ``growth_rate``: a percentage whose clause names a growth rate ("tốc độ tăng
  trưởng kinh tế đạt 8,5%") is an increase.

>>> from vnextract.amounts import find_amounts
>>> text = "Doanh thu đạt 120 tỷ đồng, tăng 14%, lợi nhuận giảm 2 tỷ đồng."
>>> [(a.text, change_of(ArticleContext.build(text, [], [], []), a, None))
...  for a in find_amounts(text)]
[('120 tỷ đồng', None), ('14%', 'increase'), ('2 tỷ đồng', 'decrease')]
"""

from __future__ import annotations

from vnextract.facts.context import ArticleContext, amount_words, words_before
from vnextract.facts.cues import cues
from vnextract.schema import Amount, Change

_RATE_UNITS = frozenset(("%", "điểm phần trăm"))  # a share or points: "cải thiện 2%" is a rise


def change_of(
    ctx: ArticleContext, a: Amount, previous: tuple[Amount, Change | None] | None
) -> Change | None:
    """The change ``a`` states, or None for a level.

    Args:
        ctx: the article.
        a: the amount.
        previous: the amount before it in the text and its change, for lists.

    Returns:
        "increase", "decrease" or None.
    """
    own = amount_words(a)
    if own[:1] == "-" or own[:1] == "−":
        return "decrease"
    if own[:1] == "+":
        return "increase"
    c = cues()
    words = own.split()
    # a multiple's own words may open after its qualifier ("gần gấp đôi", "hơn gấp 3 lần")
    openings = [" ".join(words[k:]) for k in range(3 if a.qualifier and a.unit == "lần" else 1)]
    for opening in openings:
        for kind in ("increase", "decrease"):
            end = c.starts(kind, opening)
            if end is not None and end < len(opening):
                return "increase" if kind == "increase" else "decrease"
    start = ctx.clause_start(a.start)
    left = words_before(ctx.text, start, a.start)
    while (skip := c.ends("skip", left)) is not None and skip > 0:
        left = left[:skip].rstrip()
    for kind in ("increase", "decrease"):
        if c.ends(kind, left) is not None:
            return "increase" if kind == "increase" else "decrease"
    if a.unit in _RATE_UNITS and c.ends("rate_increase", left) is not None:
        return "increase"  # "nâng 20% giá bán", "cải thiện 1,5 điểm phần trăm biên lãi"
    if previous is not None and _listed_after(ctx.text, previous[0], a):
        return previous[1]
    if a.unit == "%" and c.find("growth", left.lower()) and c.ends("share", left) is None:
        return "increase"  # a share of a growth figure ("chiếm 30%") is a level
    return None


def _listed_after(text: str, prev: Amount, a: Amount) -> bool:
    """Whether ``a`` follows ``prev`` in a list: "7% và 61%", "27%, 23%"."""
    between = text[prev.end : a.start].strip().lower()
    return between in ("và", ",", "và cùng", "còn")
