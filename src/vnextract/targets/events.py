"""Named events and the years an article gives them.

A goal set for a named event ("giành từ 90 đến 100 HCV tại SEA Games 34") is due
when the event takes place, which the article tells once ("SEA Games 34, dự kiến
diễn ra tại Malaysia vào tháng 11/2027"). An event's name is a run of capitalised
words ending with an event word (``models/entities/event_words.txt``: "Games",
"Cup", "Expo") and an optional number; its year is a year in its name ("Olympic Los
Angeles 2028", "World Cup 2026"), else the first year written after one of its
names in the same sentence when a word of its date ("diễn ra", "tổ chức", cue
``event_date``) stands between and no other event's name does. An event named without
its year ("vô địch ASEAN Cup") takes the year of the same name with one ("ASEAN Cup
2026") when the article gives that name one year only.

>>> text = ("Đoàn chuẩn bị cho SEA Games 34, diễn ra tại Malaysia vào tháng 11/2027. "
...         "Mục tiêu là giành 100 HCV tại SEA Games 34.")
>>> from vnextract.years import find_years
>>> years = event_years(text, find_years(text))
>>> years["sea games 34"]
2027
>>> event_years("Đội giành 9 điểm tại ASEAN Cup 2026.", [])["asean cup"]
2026
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from vnextract.resources import read_lines
from vnextract.schema import TimeRef
from vnextract.targets.lexicon import lexicon

_REACH = 120  # how far after an event's first name its date may stand in the sentence


@functools.cache
def _event_name() -> regex.Pattern[str]:
    words = sorted(read_lines("entities", "event_words.txt"), key=len, reverse=True)
    ends = "|".join(regex.escape(w) for w in words)
    # "SEA Games 34", "Olympic Los Angeles 2028", "AFF Cup", "Vietnam Expo"
    return regex.compile(
        rf"(?<!\w)(?:\p{{Lu}}[\w.-]*\s+){{0,3}}(?:{ends})(?:\s+\p{{Lu}}[\w.-]*){{0,2}}"
        rf"(?:\s+\d{{1,4}})?(?!\w)"
    )


def event_names(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The event names written in ``text[start:end]``, lower case, spaces single."""
    stop = len(text) if end is None else end
    return [" ".join(m.group().lower().split()) for m in _event_name().finditer(text, start, stop)]


def event_years(text: str, years: Sequence[TimeRef]) -> dict[str, int]:
    """The year the article gives each named event: a year in its name, else the first
    year written after its first name in the same sentence."""
    out: dict[str, int] = {}
    bases: dict[str, int | None] = {}  # an event's name without its year -> that year
    for m in _event_name().finditer(text):
        name = " ".join(m.group().lower().split())
        if name in out:
            continue
        last = name.rsplit(" ", 1)[-1]
        if len(last) == 4 and last.isdigit():
            out[name] = int(last)  # "World Cup 2026"
            base = name.rsplit(" ", 1)[0]
            # the same event named without its year ("ASEAN Cup 2026" … "vô địch ASEAN
            # Cup"): the year, unless the article gives that name two years
            bases[base] = int(last) if bases.get(base, int(last)) == int(last) else None
            continue
        sentence_end = min(
            (i for i in (text.find(". ", m.end()), text.find("\n", m.end())) if i >= 0),
            default=len(text),
        )
        t = next(
            (
                t
                for t in years
                if m.end() <= t.start < min(sentence_end, m.end() + _REACH)
                and not t.relative  # "từ ngày 19/9 đến 4/10/2026": the year written
            ),
            None,
        )
        if t is None or t.year is None:
            continue
        between = text[m.end() : t.start]
        if lexicon().has("event_date", between) and not _event_name().search(between):
            out[name] = t.year
    for base, year in bases.items():
        if year is not None:
            out.setdefault(base, year)
    return out
