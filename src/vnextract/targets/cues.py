"""Cues: the phrases that mark a goal ("đặt mục tiêu", "phấn đấu") or, weaker, a plan ("dự kiến").

A cue after a result word in its clause ("đạt 94,8% kế hoạch") is void, and
so is a plan word right after an amount ("61% kế hoạch": a share of a plan).
"""

from __future__ import annotations

from bisect import bisect_left

from vnextract.targets.state import WINDOW, Clause, Cue, skip_space
from vnextract.targets.statements import Statements


class Cues(Statements):
    """The phrases that mark a goal ("đặt mục tiêu") or, weaker, a plan ("dự kiến")."""

    def _cues(self, clause: Clause, *, passage: bool = True) -> list[Cue]:
        """The cues of a clause that are not voided by a result word before them.

        With ``passage`` (inside a goal passage), "sẽ", "nhằm" count as weak cues too.
        Each clause is read once: later asks get the list found first.
        """
        key = (clause.start, clause.end, passage)
        known = self.cue_cache.get(key)
        if known is None:
            known = self.cue_cache[key] = self._find_cues(clause, passage)
        return known

    def _find_cues(self, clause: Clause, passage: bool) -> list[Cue]:
        text, lex = self.text, self.lex
        found: list[Cue] = []
        for kind in ("goal", "weak", "passage") if passage else ("goal", "weak"):
            for m in lex.find(kind, text, clause.start, clause.end):
                before = text[max(clause.start, m.start() - WINDOW) : m.start()]
                if lex.has("void", before) or lex.ends_with("void_adjacent", before):
                    continue
                i = bisect_left(self.amount_starts, m.start()) - 1
                if i >= 0 and not text[self.amounts[i].end : m.start()].strip():
                    continue  # "61% kế hoạch": a share of a plan
                found.append(Cue(m.start(), m.end(), m.group(), kind == "goal"))
        kept: list[Cue] = []
        for cue in sorted(found, key=lambda c: (c.start, -c.end)):
            if not kept or cue.start >= kept[-1].end:
                kept.append(cue)  # "định hướng đến": one cue, not also "hướng đến"
        return kept

    def _skip_leads(self, pos: int, end: int, *, cues: bool) -> int:
        """Move past leading clause words (and cues) of a clause."""
        kinds = ("lead", "goal", "weak") if cues else ("lead",)
        pos = skip_space(self.text, pos)
        moved = True
        while moved and pos < end:
            moved = False
            for kind in kinds:
                m = self.lex.starts_with(kind, self.text, pos)
                if m is not None and m.end() <= end:
                    pos, moved = m.end(), True
        return pos
