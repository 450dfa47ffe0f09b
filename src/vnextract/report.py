"""Plain-text summaries of records, for people reading a terminal."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

_COLUMNS = ("organizations", "persons", "locations", "amounts", "years", "targets")


def summary_table(records: Iterable[dict[str, Any]]) -> str:
    """Format one row per record: how many items of each kind it holds.

    >>> print(summary_table([{"source": "a/x.txt", "amounts": [{}], "years": []}]))
    source  orgs  pers  locs  amounts  years  targets
    x.txt      0     0     0        1      0        0
    """
    header = ("source", "orgs", "pers", "locs", "amounts", "years", "targets")
    rows: list[tuple[str, ...]] = []
    for rec in records:
        name = Path(str(rec.get("source") or "-")).name
        if "error" in rec and "amounts" not in rec:
            rows.append((name, "error: " + str(rec["error"].get("type")), "", "", "", "", ""))
            continue
        rows.append((name, *(str(len(rec.get(c) or [])) for c in _COLUMNS)))
    width = max([len(header[0])] + [len(r[0]) for r in rows])
    lines = [header[0].ljust(width) + "  " + "  ".join(header[1:])]
    for r in rows:
        cells = "  ".join(v.rjust(len(h)) for v, h in zip(r[1:], header[1:], strict=True))
        lines.append(r[0].ljust(width) + "  " + cells)
    return "\n".join(lines)
