"""Date lines: the place a report is filed from, opening a line before its date.

"Hà Nội, ngày 8/12/2025 - …", "Quảng Trị, 3/11/2025 (TTXVN) -": the place says where the
report was written, not whose figures or plans it reports.

>>> text = "TP.HCM, ngày 18/4/2026 – Sáng nay, ngân hàng họp cổ đông."
>>> opens_dateline(text, 0, 6)
True
>>> opens_dateline("Tại TP.HCM, ngày 18/4 giá tăng.", 4, 10)
False
"""

from __future__ import annotations

import regex

_LEAD = 8  # how much room a date line's place may have before it on its line ("(")
# A date right after a place that opens a line: "Hà Nội, ngày 8/12/2025 -", "Huế (12/6) -".
_DATE = regex.compile(r"[ \t]*[,(][ \t]*(?:ngày[ \t]+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?(?!\d)")


def opens_dateline(text: str, start: int, end: int) -> bool:
    """Whether the place written at ``text[start:end]`` opens a line before a date."""
    lo = max(0, start - _LEAD)
    line_start = text.rfind("\n", lo, start) + 1
    if (line_start == 0 and lo > 0) or text[line_start:start].strip(" \t("):
        return False
    return _DATE.match(text, end) is not None
