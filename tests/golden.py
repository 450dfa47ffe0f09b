"""Compare an extracted record with a hand-written expected record.

The expected records beside the samples (``samples/NN-slug.expected.json``)
follow the gold format of the evaluation guidelines: entities with
``name``/``variants``/``optional``, amounts with ``text`` and ``value`` (or
``min``/``max``), ``unit`` and ``qualifier``, ``years``, ``periods`` and
``targets``. Matching follows the project's scorer: entities match on any of
their forms, amounts on their numbers (0.5% tolerance) and unit, years and
periods as sets, targets on deadline and amount (or, for a goal without an
amount, on overlap with the clause that states it). Kept here, in the tests,
so that a fresh clone needs nothing outside the repository.

>>> units_match("lượt", "lượt khách"), units_match("VND", "đồng"), units_match("VND", "USD")
(True, True, False)
>>> amount_numbers_match({"value": 1300}, {"value": 1300.0, "min": None, "max": None})
True
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

JSON = dict[str, Any]

ENTITY_FIELDS = ("organizations", "persons", "locations")

# Currency and percent words, all written forms the scorer folds into one unit.
MONEY = {
    "vnd": "VND",
    "vnđ": "VND",
    "đồng": "VND",
    "đ": "VND",
    "dong": "VND",
    "usd": "USD",
    "$": "USD",
    "đô la mỹ": "USD",
    "đô la": "USD",
    "đô": "USD",
    "us$": "USD",
    "eur": "EUR",
    "€": "EUR",
    "euro": "EUR",
    "jpy": "JPY",
    "yên": "JPY",
    "cny": "CNY",
    "nhân dân tệ": "CNY",
    "tệ": "CNY",
    "krw": "KRW",
    "won": "KRW",
    "%": "%",
    "phần trăm": "%",
}

# Generic words before a place name: "tỉnh Bình Định" and "Bình Định" are one location.
PLACE_WORDS = re.compile(
    r"^(?:tỉnh|thành\ phố|tp\.?|huyện|quận|thị\ xã|thị\ trấn|xã|phường|khu\ vực|vùng|đảo"
    r"|nước|quốc\ gia)\s+(?=\S)",
    re.VERBOSE,
)

_SPACES = re.compile(r"[\s\u00a0]+")
_EDGE_PUNCT = " \t\n.,;:!?\"'“”‘’()[]«»-–—"  # quotes and dashes as written


def norm(s: object) -> str:
    """NFC, casefolded, spaces collapsed, edge punctuation stripped.

    >>> norm("  Hòa Phát, ")
    'hòa phát'
    """
    out = unicodedata.normalize("NFC", str(s)).casefold()
    return _SPACES.sub(" ", out).strip(_EDGE_PUNCT)


def unit_key(unit: str | None) -> str:
    """The comparable form of a unit: currencies folded, a rate's denominator dropped.

    >>> unit_key("đồng/m2"), unit_key("Lượt khách")
    ('VND', 'lượt khách')
    """
    u = norm(unit or "").split("/")[0].strip()
    return MONEY.get(u, u)


def units_match(gold: str | None, pred: str | None) -> bool:
    """Whether two units agree; a counted noun may carry extra trailing words."""
    g, p = unit_key(gold), unit_key(pred)
    if not g or not p:
        return g == p
    if g == p:
        return True
    if g in MONEY.values() or p in MONEY.values():
        return False
    return p.startswith(g + " ") or g.startswith(p + " ")


def num_eq(a: object, b: object) -> bool:
    """Numbers equal within 0.5%; two missing numbers are equal."""
    if a is None or b is None:
        return a is None and b is None
    try:
        x, y = float(a), float(b)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return math.isclose(x, y, rel_tol=5e-3, abs_tol=1e-9)


def amount_numbers_match(gold: Mapping[str, Any], pred: Mapping[str, Any] | None) -> bool:
    """Whether a predicted amount carries the expected value, or range."""
    if pred is None:
        return False
    if gold.get("value") is not None:
        if num_eq(gold["value"], pred.get("value")):
            return True
        # a point value predicted as a degenerate range still counts
        return num_eq(gold["value"], pred.get("min")) and num_eq(gold["value"], pred.get("max"))
    return num_eq(gold.get("min"), pred.get("min")) and num_eq(gold.get("max"), pred.get("max"))


@dataclass
class FieldResult:
    """How one field of a record compares with its expected field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        """F1 of the field; 1.0 when nothing was expected and nothing found."""
        if self.tp + self.fp + self.fn == 0:
            return 1.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def describe(self) -> str:
        """Misses, spurious items and wrong details, for an assertion message."""
        parts = [f"F1 {self.f1:.2f} (tp {self.tp}, fp {self.fp}, fn {self.fn})"]
        if self.misses:
            parts.append(f"missed {self.misses}")
        if self.spurious:
            parts.append(f"spurious {self.spurious}")
        if self.wrong:
            parts.append(f"wrong {self.wrong}")
        return "; ".join(parts)


def _entity_forms(entity: Mapping[str, Any], places: bool) -> set[str]:
    raw = [entity.get("name", ""), *(entity.get("variants") or [])]
    raw += [m["text"] for m in entity.get("mentions") or [] if m.get("text")]
    forms = {norm(x) for x in raw}
    if places:
        forms |= {PLACE_WORDS.sub("", f) for f in forms}
    forms.discard("")
    return forms


def compare_entities(
    gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]], *, places: bool
) -> FieldResult:
    """Match entities on any shared form; optional expectations count neither way.

    >>> gold = [{"name": "tỉnh Đồng Nai", "variants": []}, {"name": "Huế", "variants": []}]
    >>> r = compare_entities(gold, [{"name": "Đồng Nai"}, {"name": "Nga"}], places=True)
    >>> r.tp, r.fp, r.fn, r.misses, r.spurious
    (1, 1, 1, ['Huế'], ['Nga'])
    """
    gold_forms = [(_entity_forms(g, places), bool(g.get("optional"))) for g in gold]
    matched = [False] * len(gold)
    out = FieldResult()
    for p in pred:
        forms = _entity_forms(p, places)
        if not forms:
            continue
        hit = None
        for i, (gf, _) in enumerate(gold_forms):
            if forms & gf:
                hit = i
                if not matched[i]:
                    break
        if hit is None:
            out.fp += 1
            out.spurious.append(str(p.get("name")))
        elif not matched[hit]:
            matched[hit] = True
            if not gold_forms[hit][1]:
                out.tp += 1
    for g, m in zip(gold, matched, strict=True):
        if not m and not g.get("optional"):
            out.fn += 1
            out.misses.append(str(g.get("name")))
    return out


def _amount_key(a: Mapping[str, Any]) -> tuple[tuple[float | None, ...], str]:
    nums = tuple(
        None if a.get(k) is None else round(float(a[k]), 6) for k in ("value", "min", "max")
    )
    return nums, unit_key(a.get("unit"))


def distinct_amounts(amounts: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """One amount per (numbers, unit): an amount repeated in the text counts once."""
    seen: set[tuple[tuple[float | None, ...], str]] = set()
    out = []
    for a in amounts:
        key = _amount_key(a)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def compare_amounts(
    gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]
) -> FieldResult:
    """Match distinct amounts on numbers and unit; a wrong qualifier is reported.

    >>> gold = [{"text": "hơn 3.350 doanh nghiệp", "value": 3350, "unit": "doanh nghiệp",
    ...          "qualifier": "more_than"}]
    >>> r = compare_amounts(gold, [{"text": "3.350 doanh nghiệp", "value": 3350.0,
    ...                             "unit": "doanh nghiệp mới", "qualifier": None}])
    >>> r.tp, r.wrong
    (1, ["'hơn 3.350 doanh nghiệp': qualifier None, expected 'more_than'"])
    """
    gold, pred = distinct_amounts(gold), distinct_amounts(pred)
    used = [False] * len(pred)
    out = FieldResult()
    for g in gold:
        hit = None
        for j, p in enumerate(pred):
            if (
                not used[j]
                and units_match(g.get("unit"), p.get("unit"))
                and amount_numbers_match(g, p)
            ):
                hit = j
                break
        if hit is None:
            if not g.get("optional"):
                out.fn += 1
                out.misses.append(str(g.get("text")))
            continue
        used[hit] = True
        if g.get("optional"):
            continue
        out.tp += 1
        gq, pq = g.get("qualifier") or None, pred[hit].get("qualifier") or None
        if gq != pq:
            out.wrong.append(f"{g.get('text')!r}: qualifier {pq!r}, expected {gq!r}")
    out.spurious = [str(p.get("text")) for j, p in enumerate(pred) if not used[j]]
    out.fp = len(out.spurious)
    return out


def record_years(entries: Iterable[Mapping[str, Any]]) -> tuple[set[int], set[tuple[int, int]]]:
    """The years and the (start, end) periods a record's time references name.

    >>> record_years([{"year": 2025}, {"start_year": 2026, "end_year": 2030}])
    ({2025, 2026, 2030}, {(2026, 2030)})
    """
    years: set[int] = set()
    periods: set[tuple[int, int]] = set()
    for e in entries:
        for k in ("year", "start_year", "end_year"):
            if isinstance(e.get(k), int):
                years.add(e[k])
        s, t = e.get("start_year"), e.get("end_year")
        if isinstance(s, int) and isinstance(t, int) and s != t:
            periods.add((s, t))
    return years, periods


def compare_sets(gold: Iterable[Any], pred: Iterable[Any]) -> FieldResult:
    """Compare two sets of years or periods."""
    g, p = set(gold), set(pred)
    return FieldResult(
        tp=len(g & p),
        fp=len(p - g),
        fn=len(g - p),
        misses=[str(x) for x in sorted(g - p)],
        spurious=[str(x) for x in sorted(p - g)],
    )


def _occurrences(body: str, text: str) -> list[tuple[int, int]]:
    spans, i = [], body.find(text)
    while i >= 0:
        spans.append((i, i + len(text)))
        i = body.find(text, i + 1)
    return spans


def target_matches(body: str, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """Whether a predicted target states an expected goal.

    The deadlines must agree (where one is expected); then either both carry
    the same amount or, for a goal without an amount, the prediction overlaps
    a place where the body states the goal.
    """
    if gold.get("deadline") is not None and pred.get("deadline") != gold["deadline"]:
        return False
    if gold.get("value") is not None or gold.get("min") is not None:
        return amount_numbers_match(gold, pred.get("amount"))
    ps, pe = pred.get("start"), pred.get("end")
    if isinstance(ps, int) and isinstance(pe, int):
        return any(ps < e and s < pe for s, e in _occurrences(body, gold["text"]))
    pt, gt = norm(pred.get("text", "")), norm(gold["text"])
    return bool(pt) and (pt in gt or gt in pt)


def compare_targets(
    body: str, gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]
) -> FieldResult:
    """One-to-one matching; restating an already matched goal counts neither way."""
    matched = [False] * len(gold)
    out = FieldResult()
    for p in pred:
        hits = [i for i, g in enumerate(gold) if target_matches(body, g, p)]
        free = [i for i in hits if not matched[i]]
        if free:
            matched[free[0]] = True
            out.tp += 1
        elif not hits:
            out.fp += 1
            out.spurious.append(str(p.get("text")))
    out.misses = [str(g["text"]) for g, m in zip(gold, matched, strict=True) if not m]
    out.fn = len(out.misses)
    return out


@dataclass
class Comparison:
    """Every field of one record compared with its expected record."""

    fields: dict[str, FieldResult]

    def report(self, names: Iterable[str] | None = None) -> str:
        """One line per field that is not perfect."""
        wanted = self.fields if names is None else {n: self.fields[n] for n in names}
        return "\n".join(
            f"  {name}: {r.describe()}" for name, r in wanted.items() if r.fp or r.fn or r.wrong
        )


def compare_record(body: str, expected: Mapping[str, Any], record: Mapping[str, Any]) -> Comparison:
    """Compare a record (``Article.model_dump()``) with an expected record.

    Args:
        body: the article text both were made from.
        expected: the expected record, in the gold format.
        record: the extracted record as plain data.

    Returns:
        The comparison of every field.
    """
    fields: dict[str, FieldResult] = {}
    for name in ENTITY_FIELDS:
        fields[name] = compare_entities(
            expected.get(name, []), record.get(name) or [], places=name == "locations"
        )
    fields["amounts"] = compare_amounts(expected.get("amounts", []), record.get("amounts") or [])
    years, periods = record_years(record.get("years") or [])
    fields["years"] = compare_sets(expected.get("years", []), years)
    fields["periods"] = compare_sets((tuple(p) for p in expected.get("periods", [])), periods)
    fields["targets"] = compare_targets(
        body, expected.get("targets", []), record.get("targets") or []
    )
    return Comparison(fields)


def load_expected(path: Path) -> JSON:
    """Read an expected record (UTF-8 JSON)."""
    data: JSON = json.loads(path.read_text(encoding="utf-8"))
    return data
