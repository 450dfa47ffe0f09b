"""Date lines: the place a report is filed from, opening a line before its date.

"Hà Nội, ngày 8/12/2025 - …", "Quảng Trị, 3/11/2025 (TTXVN) -": the place says where the
report was written, not whose figures or plans it reports.

>>> text = "TP.HCM, ngày 18/4/2026 – Sáng nay, ngân hàng họp cổ đông."
>>> opens_dateline(text, 0, 6)
True
>>> opens_dateline("Tại TP.HCM, ngày 18/4 giá tăng.", 4, 10)
False
>>> opens_dateline("Cà Mau - Xuất khẩu tôm tăng 8%.", 0, 6)
True
>>> text[dateline_end(text, 0, 6):]
'Sáng nay, ngân hàng họp cổ đông.'
>>> text = "Huế, 2/5/2027 (TTXVN) - Công ty Du lịch Hương Giang đón 9.000 khách."
>>> text[dateline_end(text, 0, 3):]
'Công ty Du lịch Hương Giang đón 9.000 khách.'
"""

from __future__ import annotations

import regex

_LEAD = 8  # how much room a date line's place may have before it on its line ("(")
# A date right after a place that opens a line: "Hà Nội, ngày 8/12/2025 -", "Huế (12/6) -".
_DATE = regex.compile(r"[ \t]*[,(][ \t]*(?:ngày[ \t]+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?(?!\d)")
# after the date: a closing bracket, an agency's name in brackets ("(TTXVN)") and the dash
# before the report's first word
_DATE_CLOSE = regex.compile(r"[ \t]*\)?(?:[ \t]*\([^()\n]{1,24}\))?[ \t]*[-–—][ \t]*")
# a date line with no date: the place, maybe an agency in brackets, then a dash between
# spaces before the report's first word, capitalised ("Cà Mau - Xuất khẩu …", "Huế (TTXVN) –")
_DASH_ONLY = regex.compile(r"(?:[ \t]*\([^()\n]{1,24}\))?[ \t]+[-–—][ \t]+(?=\p{Lu})")


def opens_dateline(text: str, start: int, end: int, *, dated: bool = False) -> bool:
    """Whether the place written at ``text[start:end]`` opens a line before a date or, unless
    ``dated``, before a dash alone ("Cà Mau - …")."""
    lo = max(0, start - _LEAD)
    line_start = text.rfind("\n", lo, start) + 1
    if (line_start == 0 and lo > 0) or text[line_start:start].strip(" \t("):
        return False
    if _DATE.match(text, end) is not None:
        return True
    return not dated and _DASH_ONLY.match(text, end) is not None


def dateline_end(text: str, start: int, end: int) -> int | None:
    """Where the report starts after the date line whose place is ``text[start:end]``: past
    its date, an agency in brackets and the dash ("Huế, 2/5/2027 (TTXVN) - Công ty …"); None
    when no date line opens there."""
    if not opens_dateline(text, start, end):
        return None
    date = _DATE.match(text, end)
    close = _DATE_CLOSE.match(text, date.end()) if date is not None else _DASH_ONLY.match(text, end)
    return close.end() if close is not None else None
