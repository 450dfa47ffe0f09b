"""The amounts' unit pattern, grouped by first letter for speed, reads exactly the unit
that one plain alternation of every unit (longest first) reads, at every position."""

from __future__ import annotations

import regex

from vnextract.amounts import _SP, _lexicon, _not_before
from vnextract.resources import read_lines

# Our own news-style sentences, dense in units, look-alikes and spacing variants.
_TEXT = (
    "Doanh thu đạt 3,5 tỷ đồng, lợi nhuận 120 triệu USD; giá 40.500 đồng/kg, 2.000 m2 "
    "sàn, 99,2 MW điện, 5 %  và 12%/năm. Xuất khẩu 1,2 triệu tấn gạo, 300 ha lúa, 15 km "
    "đường, 8 USD/thùng, 3 lần, 500 doanh nghiệp, 20 tỷ kWh.\nGiá 1.200 đồng mỗi lít; "
    "EUR 29,99; 10 nghìn tỷ đồng; 45 triệu đồng/m2; 7 ngày 3 đêm; 2 km2; 1m85; 60 tuổi."
)


def _plain_pattern() -> regex.Pattern[str]:
    alts = []
    rows = [line.split("\t") for line in read_lines("units", "units.tsv")]
    for surface, _unit, _kind, *rest in sorted(rows, key=lambda r: len(r[0]), reverse=True):
        p = regex.escape(surface).replace(r"\ ", _SP + "+")
        if surface[-1].isalnum():
            p += r"(?![\p{L}\p{N}])"
        p += _not_before(rest[0].split("|") if rest and rest[0] else [])
        alts.append(p)
    return regex.compile(rf"{_SP}*+(?P<unit>{'|'.join(alts)})")


def test_grouped_unit_pattern_reads_what_the_plain_one_reads() -> None:
    plain, grouped = _plain_pattern(), _lexicon().unit_re
    found = 0
    for text in (_TEXT, _TEXT.upper(), _TEXT.replace(" ", "  ")):
        for pos in range(len(text) + 1):
            expected = plain.match(text, pos)
            got = grouped.match(text, pos)
            assert (got and (got.span(), got["unit"])) == (
                expected and (expected.span(), expected["unit"])
            ), (text[pos : pos + 15], pos)
            found += expected is not None
    assert found > 30  # the text does hold units
