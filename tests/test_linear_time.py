"""Every extraction stage stays linear in its input, on hostile repetitive text too.

A stress test found quadratic time in the entity stage: an all-capital run
without punctuation ("ABC ABC …") and a repeated organisation head ("Công ty
Công ty …", one mention swallowing the text). Each case here times one stage on
4 KB and on 40 KB of a repeated pattern, in CPU time of this process (robust to
a busy machine), best of a few runs: ten times the input may cost at most 30
times the time (a quadratic stage costs about 100 times).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

from vnextract.amounts import find_amounts
from vnextract.document import Document
from vnextract.entities import find_entities
from vnextract.facts import describe_amounts
from vnextract.targets import find_targets
from vnextract.years import find_years

SMALL, BIG = 4_000, 40_000  # bytes of repeated pattern
MAX_RATIO = 30
FLOOR = 0.05  # seconds of CPU: a 40 KB run faster than this is linear enough


def _repeat(pattern: str, size: int) -> str:
    return pattern * (size // len(pattern.encode()) + 1)


def _entities(text: str) -> object:
    return find_entities(text)


def _amounts(text: str) -> object:
    return find_amounts(text)


def _years(text: str) -> object:
    return find_years(text)


def _targets(text: str) -> object:
    doc = Document.from_text(text)
    return find_targets(doc, find_amounts(doc.text), find_years(doc.text), find_entities(doc.text))


def _facts(text: str) -> object:
    doc = Document.from_text(text)
    amounts = find_amounts(doc.text)
    entities = find_entities(doc.text)
    roles = [None] * len(amounts)
    return describe_amounts(doc, amounts, find_years(doc.text), entities, [], roles=roles)


def _cpu(stage: Callable[[str], object], text: str, runs: int) -> float:
    """The least CPU time of ``runs`` calls, the cyclic garbage collector paused while one
    is timed (its passes walk the whole test process's heap, not the stage's work)."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            stage(text)
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def _ratio(stage: Callable[[str], object], pattern: str) -> tuple[float, float]:
    small, big = _repeat(pattern, SMALL), _repeat(pattern, BIG)
    stage(small)  # lazy loading and compiling happen here, not in the timing
    return _cpu(stage, small, 3), _cpu(stage, big, 2)


ENTITY_PATTERNS = [
    "ABC ",  # an upper-case run without punctuation (the walk in the heading test)
    "KHAI MẠC ",  # a heading in capitals that never ends
    "Công ty ",  # a repeated organisation head
    "Sở ",
    "Tổng công ty Xây dựng và ",
    "Công ty ABC (ABC ",
    "Nguyễn ",  # a family name opening an endless name run
    "A B C ",
    "ông Nguyễn Văn An và ",
    "Hà Nội, ",  # a list of places
    "huyện An, ",
    "Ảnh: ",
    "H. ",
    "Group ",
    "nhà mạng Viettel, ",
    "Grab, Be và ",  # a list of organisations
]
AMOUNT_PATTERNS = ["1.000 tỷ đồng ", "tăng 10%, ", "từ 1.000 đến ", "3,5 "]
YEAR_PATTERNS = ["năm 2025 ", "quý I/2025 ", "2021-2025 "]
TARGET_PATTERNS = [
    "phấn đấu ",
    "kế hoạch doanh thu 1.000 tỷ đồng. ",
    "năm 2025 ",
    "mục tiêu 10% ",  # goals in one clause without punctuation: each read its whole clause
    "dự kiến 10 tỷ đồng ",  # plan figures, each reading its whole sentence
    "kế hoạch 5%; ",  # statements joined again at ";" must stay bounded
    "(kế hoạch 5% ",  # and inside an open bracket
    "Kế hoạch giai đoạn 2026-2030. Quý I/2026 hoàn thành dự án; ",  # roadmap items
    "kế hoạch 5%, nhưng mới đạt 3%, ",  # contrasts after plans, in one long sentence
    "Kế hoạch nêu rõ các mục tiêu:\n- xây dựng 3 trạm;\n",  # undated goals under a plan
]


# The facts stage read a whole sentence around each figure: text without full stops
# made every figure read it all ("ABC " via the names before each, "đến năm 2030 đạt 10% ").
FACT_PATTERNS = [
    "ABC ",
    "đến năm 2030 đạt 10% ",
    "tăng 10%, ",
    "Công ty ABC đạt 5 tỷ đồng ",
    "Hà Nội có 5 xã, ",  # places far from any line start (the date-line rule)
]


def _check(stage: Callable[[str], object], pattern: str) -> None:
    small, big = _ratio(stage, pattern)
    assert big < FLOOR or big < MAX_RATIO * max(small, 1e-3), (pattern, small, big)


@pytest.mark.slow
@pytest.mark.parametrize("pattern", ENTITY_PATTERNS)
def test_entities_linear(pattern: str) -> None:
    _check(_entities, pattern)


@pytest.mark.slow
@pytest.mark.parametrize("pattern", AMOUNT_PATTERNS)
def test_amounts_linear(pattern: str) -> None:
    _check(_amounts, pattern)


@pytest.mark.slow
@pytest.mark.parametrize("pattern", YEAR_PATTERNS)
def test_years_linear(pattern: str) -> None:
    _check(_years, pattern)


@pytest.mark.slow
@pytest.mark.parametrize("pattern", TARGET_PATTERNS)
def test_targets_linear(pattern: str) -> None:
    _check(_targets, pattern)


@pytest.mark.parametrize("head", ["Công ty ", "Sở ", "Tổng công ty cổ phần "])
def test_one_mention_never_swallows_the_text(head: str) -> None:
    text = head * 500
    longest = max(e.mentions[0].end - e.mentions[0].start for e in find_entities(text))
    assert longest < 200


@pytest.mark.slow
@pytest.mark.parametrize("pattern", FACT_PATTERNS)
def test_facts_linear(pattern: str) -> None:
    _check(_facts, pattern)
