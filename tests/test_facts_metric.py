"""What each amount measures (``Amount.metric``): one table per rule of ``facts/metric.py``.

Sentences written for vnextract in the style of Vietnamese economic news (none copied
from an article), read through the whole extractor: a user checks ``amount.metric``.
"""

from __future__ import annotations

import pytest

from vnextract import Extractor
from vnextract.schema import Amount


def _amount(extractor: Extractor, text: str, figure: str) -> Amount:
    """The amount of ``text`` whose text is ``figure``."""
    found = [a for a in extractor.extract(text).amounts if a.text == figure]
    assert found, [a.text for a in extractor.extract(text).amounts]
    return found[0]


def _check(extractor: Extractor, text: str, figure: str, metric: str | None) -> None:
    assert _amount(extractor, text, figure).metric == metric


# Rule noun_list: a short metric after a comma ends a list of nouns that began earlier.
NOUN_LIST = [
    (
        "Trong đó, xuất khẩu hàng gốm, sứ đạt 610 triệu USD, tăng 8%.",
        "610 triệu USD",
        "xuất khẩu hàng gốm, sứ",
    ),
    (
        "Trong đó, xuất khẩu hàng gốm, sứ đạt 610 triệu USD, tăng 8%.",
        "8%",
        "xuất khẩu hàng gốm, sứ",
    ),
    (
        "Trong 9 tháng, nhóm hàng bánh kẹo, sữa, đồ uống đạt 1,3 tỷ USD.",
        "1,3 tỷ USD",
        "nhóm hàng bánh kẹo, sữa, đồ uống",
    ),
    pytest.param(
        "Nhóm hàng bánh kẹo, sữa, đồ uống đạt 1,3 tỷ USD.",
        "1,3 tỷ USD",
        "Nhóm hàng bánh kẹo, sữa, đồ uống",
        marks=pytest.mark.xfail(
            strict=True, reason="a list opening the sentence in upper case reads like 'Năm qua,'"
        ),
    ),
    # an item with a verb is a clause of its own, not a list item
    (
        "Doanh thu quý này giảm, lãi gộp đạt 75 tỷ đồng.",
        "75 tỷ đồng",
        "lãi gộp",
    ),
    # an item in upper case opens the sentence: it is no noun of the list
    (
        "Năm qua, doanh thu đạt 310 tỷ đồng.",
        "310 tỷ đồng",
        "doanh thu",
    ),
    # a clause of verbs only measures the clause before it, not what an aside says before
    (
        "Theo số liệu mới, đó là năm nay, vốn ODA giải ngân đã đạt mức cao, ước tính đạt "
        "4,2 tỷ USD.",
        "4,2 tỷ USD",
        "vốn ODA giải ngân",
    ),
]


@pytest.mark.parametrize(("text", "figure", "metric"), NOUN_LIST)
def test_noun_list(extractor: Extractor, text: str, figure: str, metric: str | None) -> None:
    _check(extractor, text, figure, metric)
