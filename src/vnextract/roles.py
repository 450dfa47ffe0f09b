"""The role stage: what each amount of an article is.

Every amount gets one role (``Amount.role``), decided by the first named rule
of ``ROLE_RULES`` that holds for it:

===================  ==========  =================================================
rule                 role        holds when
===================  ==========  =================================================
in_target            target      the targets stage took it as a goal's amount
headline_goal        target      in the headline, the same figure as a goal of the body
restated_goal        target      a goal's figure in other units ("(khoảng 224 triệu đồng)")
forecast_sentence    forecast    its sentence forecasts ("dự báo", "theo chuyên gia")
spec_noun            spec        a property word stands right before it, no change
                                 verb between ("công suất 99,2 MW", "tổng vốn đầu
                                 tư 5.000 tỷ đồng"; not "vốn điều lệ lên 1.500 tỷ")
price_per_unit       spec        it is a price per unit ("40.500 đồng/kg"), not one
                                 that changes or is reached ("tăng lên 50 triệu đồng/m2")
plan_cue             target      the nearest plan or estimate cue before it in its
                                 sentence is a plan ("dự kiến chia cổ tức 12%")
estimate_cue         estimate    ... is an estimate ("ước đạt 1,2 tỷ USD, tăng 9%":
                                 both)
default_result       result      none of the above: an actual figure
===================  ==========  =================================================

The cue words live in ``models/targets/vi_role_cues.tsv``. ``explain_roles``
gives, for each amount, the rule that decided it.

>>> from vnextract.amounts import find_amounts
>>> from vnextract.document import Document
>>> text = "Năm 2024, kim ngạch xuất khẩu ước đạt 1,2 tỷ USD, tăng 9%."
>>> doc = Document.from_text(text)
>>> amounts = find_amounts(doc.text)
>>> amount_roles(doc, amounts, [])
['estimate', 'estimate']
"""

from __future__ import annotations

import functools
import itertools
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from vnextract.document import Document
from vnextract.resources import read_lines
from vnextract.schema import Amount, Role, Target

ROLE_CUE_FILE = ("targets", "vi_role_cues.tsv")

_SPEC_REACH = 4  # syllables that may stand between a property word and its figure
_WORD = regex.compile(r"\w+")
_CLAUSE_END = regex.compile(r"[,;:()]")  # what ends the clause a property word is read in
_RESTATED = regex.compile(r"\s*\(\s*(?:\w+\s+){0,2}")  # "8.500 USD (khoảng 224 triệu đồng)"


@dataclass(frozen=True)
class _Cues:
    estimate: regex.Pattern[str]
    forecast: regex.Pattern[str]
    spec: regex.Pattern[str]  # anchored at the end of the text before an amount
    not_spec: regex.Pattern[str]
    change: regex.Pattern[str]
    spec_per: frozenset[str]
    plan: regex.Pattern[str]
    plan_void: regex.Pattern[str]  # anchored at the end of the text before a plan word
    goes_on: regex.Pattern[str]  # opens a sentence that goes on from the one before
    not_plan: regex.Pattern[str]


def _alternation(phrases: list[str]) -> str:
    return "|".join(
        r"\s+".join(regex.escape(w) for w in p.split())
        for p in sorted(phrases, key=len, reverse=True)
    )


@functools.cache
def _cues() -> _Cues:
    """Load the role cue file once and compile one pattern per kind."""
    by_kind: dict[str, list[str]] = {}
    for line in read_lines(*ROLE_CUE_FILE):
        kind, _, phrase = line.partition("\t")
        by_kind.setdefault(kind.strip(), []).append(phrase.strip())

    def words(kind: str) -> regex.Pattern[str]:
        return regex.compile(rf"(?<!\w)(?:{_alternation(by_kind[kind])})(?!\w)", regex.IGNORECASE)

    return _Cues(
        estimate=words("estimate"),
        forecast=words("forecast"),
        spec=words("spec"),
        not_spec=words("not_spec"),
        change=words("change"),
        spec_per=frozenset(p.casefold() for p in by_kind["spec_per"]),
        plan=words("plan"),
        not_plan=words("not_plan"),
        goes_on=regex.compile(
            rf"\s*(?:{_alternation(by_kind['goes_on'])})(?!\w)", regex.IGNORECASE
        ),
        plan_void=regex.compile(
            rf"(?:{_alternation(by_kind['plan_void'])})\s*(?:\S+\s*)?$", regex.IGNORECASE
        ),
    )


@dataclass(frozen=True)
class _Context:
    """What the rules read: the text, the sentence bounds and the targets' amounts."""

    text: str
    sentence_starts: list[int]
    sentences: Sequence[tuple[int, int]]
    target_amounts: frozenset[int]  # id() of the amounts the targets hold
    target_values: frozenset[tuple[float | None, float | None, float | None, str]]
    previous: dict[int, Amount]  # id() of an amount -> the amount right before it
    head_end: int  # where the headline (the first line) ends; 0 without one
    scan: _Scan

    def reach(self, amount: Amount) -> int:
        """Where the cues of ``amount`` may start: its sentence, or the one before when its
        sentence goes on from it ("…ước đạt 12 tỷ USD. Trong đó, gỗ 7,2 tỷ USD")."""
        k = bisect_right(self.sentence_starts, amount.start) - 1
        start = self.sentences[k][0] if k >= 0 else 0
        if k > 0 and goes_on(self.text, start):
            start = self.sentences[k - 1][0]
        return start

    def sentence_before(self, amount: Amount) -> str:
        """The text of ``amount``'s sentence before it (see ``reach``)."""
        return self.text[self.reach(amount) : amount.start]


def _value(a: Amount) -> tuple[float | None, float | None, float | None, str]:
    return (a.value, a.min, a.max, a.unit)


def _headline_goal(ctx: _Context, a: Amount) -> bool:
    return a.end <= ctx.head_end and _value(a) in ctx.target_values


def _restated_goal(ctx: _Context, a: Amount) -> bool:
    prev = ctx.previous.get(id(a))
    return (
        prev is not None
        and id(prev) in ctx.target_amounts
        and _RESTATED.fullmatch(ctx.text, prev.end, a.start) is not None
    )


def _in_target(ctx: _Context, a: Amount) -> bool:
    return id(a) in ctx.target_amounts


def _forecast_sentence(ctx: _Context, a: Amount) -> bool:
    k = bisect_right(ctx.sentence_starts, a.start) - 1
    return k in ctx.scan.forecast_sentences


def _spec_noun(ctx: _Context, a: Amount) -> bool:
    scan, cues = ctx.scan, _cues()
    k = bisect_right(scan.clause_ends, a.start - 1) - 1
    lo = max(ctx.reach(a), scan.clause_ends[k] + 1 if k >= 0 else 0)
    last = _last_within(scan.spec, lo, a.start)
    if last is None:
        return False
    between = ctx.text[last[1] : a.start]
    if len(_WORD.findall(between)) > _SPEC_REACH or cues.change.search(between):
        return False  # "tăng vốn điều lệ lên 1.500 tỷ đồng": a change, no standing property
    return not any(
        s <= last[0] < e or s >= last[0] for s, e in scan.not_spec if lo <= s and e <= a.start
    )


def _last_within(spans: list[tuple[int, int]], lo: int, hi: int) -> tuple[int, int] | None:
    """The last of ``spans`` (sorted by start) lying in ``[lo, hi)``."""
    i = bisect_right(spans, (hi, hi)) - 1
    while i >= 0 and spans[i][0] >= lo:
        if spans[i][1] <= hi:
            return spans[i]
        i -= 1
    return None


def _price_per_unit(ctx: _Context, a: Amount) -> bool:
    if a.per is None or a.per.casefold() not in _cues().spec_per:
        return False
    before = ctx.text[max(0, a.start - 12) : a.start]
    return _cues().change.search(before) is None  # "giá bán tăng lên 50 triệu đồng/m2"


def _last_cue(ctx: _Context, a: Amount) -> str | None:
    """The kind of the nearest plan or estimate cue before ``a`` in its sentence."""
    return ctx.scan.last_cue(ctx.reach(a), a.start)


@dataclass(frozen=True)
class _Scan:
    """The role cues of one document, found once: plan and estimate words, forecast sentences."""

    cue_starts: list[int]
    cues: list[tuple[int, int, str]]  # (start, end, "estimate" | "plan:<word>"), by start
    forecast_sentences: frozenset[int]  # indexes of the sentences holding a forecast word
    spec: list[tuple[int, int]]  # the property words ("công suất"), by start
    not_spec: list[tuple[int, int]]  # words that look like one but are not ("giá trị")
    clause_ends: list[int]  # where a property word's clause may end: , ; : ( )

    def last_cue(self, lo: int, hi: int) -> str | None:
        """The cue ending last before ``hi`` among those starting at ``lo`` or later (the
        longer one on a tie: "dự kiến nhận" over "dự kiến")."""
        i = bisect_right(self.cue_starts, hi - 1) - 1
        best: tuple[int, int, str] | None = None
        while i >= 0 and self.cues[i][0] >= lo:
            cue = self.cues[i]
            if cue[1] <= hi and (best is None or cue[:2] > best[:2]):
                best = cue
            if best is not None and cue[0] < best[0]:
                break
            i -= 1
        return best[2] if best is not None else None


_LAST_SCAN: list[tuple[Document, _Scan]] = []  # the last document's scan: both stages reuse it


def _scan(doc: Document) -> _Scan:
    """Find the role cues of ``doc`` once (the targets stage and the record both ask)."""
    if _LAST_SCAN and _LAST_SCAN[0][0] is doc:
        return _LAST_SCAN[0][1]
    text, cues = doc.text, _cues()
    found: list[tuple[int, int, str]] = [
        (m.start(), m.end(), "estimate") for m in cues.estimate.finditer(text)
    ]
    blocked = [n.span() for n in cues.not_plan.finditer(text)]
    for m in cues.plan.finditer(text):
        if any(s <= m.start() < e for s, e in blocked):
            continue  # "Bộ Kế hoạch và Đầu tư", "bàn giao"
        if cues.plan_void.search(text, max(0, m.start() - 20), m.start()) is None:
            found.append((m.start(), m.end(), "plan:" + m.group().casefold()))
    found.sort()
    starts = [s for s, _ in doc.sentences]
    forecast = frozenset(bisect_right(starts, m.start()) - 1 for m in cues.forecast.finditer(text))
    scan = _Scan(
        [c[0] for c in found],
        found,
        forecast,
        [m.span() for m in cues.spec.finditer(text)],
        [m.span() for m in cues.not_spec.finditer(text)],
        [m.start() for m in _CLAUSE_END.finditer(text)],
    )
    _LAST_SCAN[:] = [(doc, scan)]
    return scan


def goes_on(text: str, pos: int) -> bool:
    """Whether the sentence at ``pos`` goes on from the one before ("Trong đó, …", "Cụ thể, …").

    >>> goes_on("Trong đó, xuất khẩu gỗ đạt 7 tỷ USD.", 0)
    True
    """
    return _cues().goes_on.match(text, pos) is not None


def plan_cue_before(doc: Document, amount: Amount) -> str | None:
    """The plan word that makes ``amount`` a plan ("dự kiến", "đề xuất"), if the nearest
    plan or estimate cue before it in its sentence is one.

    >>> from vnextract.amounts import find_amounts
    >>> doc = Document.from_text("Công ty dự kiến chia cổ tức 12%.")
    >>> plan_cue_before(doc, find_amounts(doc.text)[0])
    'dự kiến'
    """
    starts = [s for s, _ in doc.sentences]
    ctx = _Context(doc.text, starts, doc.sentences, frozenset(), frozenset(), {}, 0, _scan(doc))
    cue = _last_cue(ctx, amount)
    return cue[5:] if cue is not None and cue.startswith("plan:") else None


def _plan_cue(ctx: _Context, a: Amount) -> bool:
    return (_last_cue(ctx, a) or "").startswith("plan:")


def _estimate_cue(ctx: _Context, a: Amount) -> bool:
    return _last_cue(ctx, a) == "estimate"


def _default_result(ctx: _Context, a: Amount) -> bool:
    return True


@dataclass(frozen=True)
class RoleRule:
    """One rule of the role stage: its name, the role it gives, and when it holds."""

    name: str
    role: Role
    holds: Callable[[_Context, Amount], bool]


ROLE_RULES: tuple[RoleRule, ...] = (
    RoleRule("in_target", "target", _in_target),
    RoleRule("headline_goal", "target", _headline_goal),
    RoleRule("restated_goal", "target", _restated_goal),
    RoleRule("forecast_sentence", "forecast", _forecast_sentence),
    RoleRule("spec_noun", "spec", _spec_noun),
    RoleRule("price_per_unit", "spec", _price_per_unit),
    RoleRule("plan_cue", "target", _plan_cue),
    RoleRule("estimate_cue", "estimate", _estimate_cue),
    RoleRule("default_result", "result", _default_result),
)


def explain_roles(
    doc: Document, amounts: Sequence[Amount], targets: Sequence[Target]
) -> list[tuple[Role, str]]:
    """The role of each amount with the name of the rule that decided it.

    Args:
        doc: the normalised article.
        amounts: its amounts (offsets into ``doc.text``).
        targets: its targets; a target's ``amount`` is one of ``amounts``.

    Returns:
        ``(role, rule name)`` per amount, in the order of ``amounts``.
    """
    ordered = sorted(amounts, key=lambda a: a.start)
    first_line = doc.text.find("\n")
    ctx = _Context(
        text=doc.text,
        sentence_starts=[s for s, _ in doc.sentences],
        sentences=doc.sentences,
        target_amounts=frozenset(id(t.amount) for t in targets if t.amount is not None),
        target_values=frozenset(
            _value(t.amount) for t in targets if t.amount is not None and t.start > first_line
        ),
        previous={id(b): a for a, b in itertools.pairwise(ordered)},
        head_end=first_line if first_line > 0 and "\n" in doc.text[first_line:] else 0,
        scan=_scan(doc),
    )
    out: list[tuple[Role, str]] = []
    for a in amounts:
        rule = next(r for r in ROLE_RULES if r.holds(ctx, a))
        out.append((rule.role, rule.name))
    return out


def amount_roles(doc: Document, amounts: Sequence[Amount], targets: Sequence[Target]) -> list[Role]:
    """The role of each amount: "target", "result", "estimate", "forecast" or "spec".

    Args:
        doc: the normalised article.
        amounts: its amounts (offsets into ``doc.text``).
        targets: its targets (from ``find_targets``); their amounts are "target".

    Returns:
        One role per amount, in the order of ``amounts``.
    """
    return [role for role, _ in explain_roles(doc, amounts, targets)]
