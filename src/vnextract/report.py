"""Plain-text summaries of records, for people reading a terminal."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

_COLUMNS = ("organizations", "persons", "locations", "amounts", "years", "targets")
_HEADER = ("source", "orgs", "pers", "locs", "amounts", "years", "targets")


def summary_row(record: dict[str, Any]) -> tuple[str, ...]:
    """One row of the summary table: the file name and how many items of each kind.

    >>> summary_row({"source": "a/x.txt", "amounts": [{}], "years": []})
    ('x.txt', '0', '0', '0', '1', '0', '0')
    >>> summary_row({"source": "b.txt", "error": {"type": "NotTextError"}})
    ('b.txt', 'error: NotTextError', '', '', '', '', '')
    """
    name = Path(str(record.get("source") or "-")).name
    if "error" in record and "amounts" not in record:
        return (name, "error: " + str(record["error"].get("type")), "", "", "", "", "")
    return (name, *(str(len(record.get(c) or [])) for c in _COLUMNS))


def format_rows(rows: Iterable[tuple[str, ...]]) -> str:
    """Lay out summary rows under a header, numbers right-aligned."""
    rows = list(rows)
    width = max([len(_HEADER[0])] + [len(r[0]) for r in rows])
    lines = [_HEADER[0].ljust(width) + "  " + "  ".join(_HEADER[1:])]
    for r in rows:
        cells = "  ".join(v.rjust(len(h)) for v, h in zip(r[1:], _HEADER[1:], strict=True))
        lines.append(r[0].ljust(width) + "  " + cells)
    return "\n".join(lines)


def summary_table(records: Iterable[dict[str, Any]]) -> str:
    """Format one row per record: how many items of each kind it holds.

    >>> print(summary_table([{"source": "a/x.txt", "amounts": [{}], "years": []}]))
    source  orgs  pers  locs  amounts  years  targets
    x.txt      0     0     0        1      0        0
    """
    return format_rows(summary_row(r) for r in records)
