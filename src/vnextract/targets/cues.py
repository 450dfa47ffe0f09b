"""Cues: the phrases that mark a goal ("đặt mục tiêu", "phấn đấu") or, weaker, a plan ("dự kiến").

A cue after a result word in its clause ("đạt 94,8% kế hoạch") is void, and
so is a plan word right after an amount ("61% kế hoạch": a share of a plan), but
not one before a milestone verb ("60.000 tấn/năm dự kiến hoàn thành …").
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from vnextract.targets.state import QUOTATION, WINDOW, Clause, Cue, skip_space
from vnextract.targets.statements import Statements

_SENTENCE_END = regex.compile(r"[.!?]\s+\p{Lu}")  # one sentence ends, the next begins


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

    def _quoted_titles(self) -> list[tuple[int, int]]:
        """Rule ``quoted_title``: the quotations that name a document (found once).

        A quotation opening with "Về" or a title word ('Nghị quyết 01 “Về phát triển
        … định hướng đến năm 2030”'), or right after a title word: the goal words
        inside it name the document, they state no goal. A quotation of more than
        one sentence is a speech, whatever it opens with ('"Chiến lược quốc gia đặt
        mục tiêu … Viettel cam kết …", ông nói').
        """
        if self.quoted_titles is not None:
            return self.quoted_titles
        text, lex = self.text, self.lex
        spans: list[tuple[int, int]] = []
        for m in QUOTATION.finditer(text):
            if _SENTENCE_END.search(text, m.start() + 1, m.end() - 1):
                continue  # a speech of several sentences
            inside = skip_space(text, m.start() + 1)
            before = text[max(0, m.start() - WINDOW) : m.start()]
            if (
                lex.starts_with("title_opening", text, inside) is not None
                or lex.starts_with("title", text, inside) is not None
                or lex.ends_with("title", before) is not None
            ):
                spans.append((m.start(), m.end()))
        self.quoted_titles = spans
        return spans

    def _in_quoted_title(self, pos: int) -> bool:
        spans = self._quoted_titles()
        i = bisect_left(spans, (pos + 1, -1)) - 1
        return i >= 0 and spans[i][0] < pos < spans[i][1]

    def _find_cues(self, clause: Clause, passage: bool) -> list[Cue]:
        text, lex = self.text, self.lex
        found: list[Cue] = []
        for kind in ("goal", "weak", "passage") if passage else ("goal", "weak"):
            for m in lex.find_in(kind, text, clause.start, clause.end):
                if self._in_name(m.start()):
                    continue  # "Cần Thơ": a place, no "cần"
                if self._in_quoted_title(m.start()):
                    self.note("quoted_title", "dropped", m.start(), m.end())
                    continue
                before = text[max(clause.start, m.start() - WINDOW) : m.start()]
                if lex.has("void", before) or lex.ends_with("void_adjacent", before):
                    continue
                i = bisect_left(self.amount_starts, m.start()) - 1
                if (
                    i >= 0
                    and not text[self.amounts[i].end : m.start()].strip()
                    # but "công suất 60.000 tấn/năm dự kiến hoàn thành …": a schedule's marker
                    and (
                        kind == "goal"
                        or lex.starts_with("milestone", text, skip_space(text, m.end())) is None
                    )
                ):
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
