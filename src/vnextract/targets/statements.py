"""Statements and clauses: how the targets stage cuts an article.

Paragraphs hold statements (sentences, joined again where the splitter cut at
";" or inside brackets); a statement is cut into clauses at ",", ";", a dash
between words (not between two names or codes: "Hòa Bình – Mộc Châu") and
the clause words of the cue file ("đồng thời", "để"), never inside an amount
("12,5 tỷ đồng"), a place ("Phủ Lý, Hà Nam"), a fixed pair of nouns ("các sở, ngành")
or an aside in brackets ("tuyến số 4 (Thạnh Xuân – Hiệp Phước)").
"""

from __future__ import annotations

import re
from bisect import bisect_right

import regex

from vnextract.amounts import noun_pair_spans
from vnextract.sentences import BULLET, WHITE_SPACE_CHARS
from vnextract.targets.state import (
    EDGE_JUNK,
    MAX_STATEMENT,
    WINDOW,
    Clause,
    State,
    skip_space,
)

# A clause break: white space and a semicolon or a dash between words, a semicolon, or a
# comma followed by a space (not "12,5"): what ``\s+(?:;\s*|[-–]\s+)|;\s*|,\s+`` matches,
# found from its mark (a scan for a few characters is fast; the pattern would be tried at
# every space) by ``_clause_breaks``.
_BREAK_MARK = re.compile("[;,\\-–]")
_SPACE = WHITE_SPACE_CHARS  # what ``regex`` calls white space (``\s``)


def _clause_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clause breaks in ``text[start:end]``, left to right: the spans the pattern above
    finds there (the white space before a semicolon or a dash, not before a comma, is the
    break's, back to the previous break or ``start``).

    >>> text = "a ; b, c - d,e ;f"
    >>> [text[a:b] for a, b in _clause_breaks(text, 0, len(text))]
    [' ; ', ', ', ' - ', ' ;']
    """
    breaks: list[tuple[int, int]] = []
    last_end = start  # white space before ``last_end`` belongs to no later break
    for m in _BREAK_MARK.finditer(text, start, end):
        pos = m.start()
        if pos < last_end:
            continue  # inside the break before
        after = pos + 1
        while after < end and text[after] in _SPACE:
            after += 1
        mark = text[pos]
        if mark == ",":
            if after == pos + 1:
                continue  # "12,5"
            breaks.append((pos, after))
        else:
            before = pos
            while before > last_end and text[before - 1] in _SPACE:
                before -= 1
            if mark != ";" and (before == pos or after == pos + 1):
                continue  # a dash without white space on both sides: "2021-2025"
            breaks.append((before, after))
        last_end = after
    return breaks


# What may open ``BULLET``: a mark, a digit, or a letter followed by ")".
_BULLET_MARKS = frozenset("-–+•*")


_NEXT_IN_LIST = regex.compile(r"\s*(?:,|và(?!\w)|hoặc(?!\w))")  # the next place of a list
_LAST_TOKEN = regex.compile(r"\S+$")  # the word right before a dash
_FIRST_TOKEN = regex.compile(r"\S+")  # the word right after it


class Statements(State):
    """Statements and clauses: how the targets stage cuts an article."""

    def _paragraphs(self) -> list[list[tuple[int, int]]]:
        """Statements grouped by paragraph; sentences cut at ";" or in brackets are joined again."""
        paragraphs: list[list[tuple[int, int]]] = []
        prev_end = -1
        for start, end in self.sentences:
            gap = self.text[prev_end:start] if prev_end >= 0 else "\n"
            if "\n" in gap or not paragraphs:
                paragraphs.append([(start, end)])
            elif end - paragraphs[-1][-1][0] <= MAX_STATEMENT and (
                self.text[prev_end - 1] == ";" or self._open_bracket(*paragraphs[-1][-1])
            ):
                # cut at ";" or inside brackets ("(TP. Hồ Chí Minh)"): one statement
                paragraphs[-1][-1] = (paragraphs[-1][-1][0], end)
            else:
                paragraphs[-1].append((start, end))
            prev_end = end
        return paragraphs

    def _open_bracket(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` opens a bracket it does not close."""
        return self.text.count("(", start, end) > self.text.count(")", start, end)

    def _continues(self, paragraph: list[tuple[int, int]]) -> bool:
        """Whether a goal passage goes on into ``paragraph`` (a list after ":")."""
        start = paragraph[0][0]
        before = self.text[max(0, start - WINDOW) : start].rstrip()
        return before.endswith(":") or bool(BULLET.match(self.text, start))

    def _clauses(self, start: int, end: int) -> list[Clause]:
        """Cut a statement into clauses at ",", ";" and the clause words (once per statement)."""
        known = self.clause_cache.get((start, end))
        if known is None:
            known = self.clause_cache[(start, end)] = self._cut(start, end)
        return list(known)

    def _statement_of(self, pos: int) -> tuple[int, int]:
        """The statement (start, end) that holds ``pos``."""
        return self.sentences[bisect_right(self.sentence_starts, pos) - 1]

    def _clause_of(self, pos: int) -> Clause:
        """The clause of its statement that holds ``pos`` (a cue's or a figure's start)."""
        return next(c for c in self._clauses(*self._statement_of(pos)) if c.start <= pos < c.end)

    def _cut(self, start: int, end: int) -> list[Clause]:
        text = self.text
        cuts: list[tuple[int, int]] = []
        pairs: list[tuple[int, int]] | None = None  # the fixed pairs of the statement, once
        for cut_start, cut_end in _clause_breaks(text, start, end):
            if self._inside_amount(cut_start) or self._joins_names(cut_start, cut_end):
                continue
            if self._open_bracket(start, cut_start):
                continue  # rule in_brackets: an aside cuts nothing ("tuyến metro số 6 (Bà
                # Quẹo – vòng xoay Phú Lâm) trong năm 2027" is one clause)
            if text[cut_start] == ",":
                if pairs is None:
                    pairs = noun_pair_spans(text, start, end)
                if any(a < cut_start < b for a, b in pairs):
                    continue  # rule noun_pair: "giao các sở, ngành rà soát …" is one clause
            cuts.append((cut_start, cut_end))
        for m in self.lex.find_in("split", text, start, end):
            if m.start() > start and text[m.start() - 1].isspace():
                cuts.append((m.start(), m.start()))
        pieces: list[tuple[int, int]] = []
        pos = start
        for cut_start, cut_end in sorted(cuts):
            if cut_start >= pos:
                pieces.append(self._trimmed(pos, cut_start))
                pos = cut_end
        pieces.append(self._trimmed(pos, end))
        return [Clause(a, b) for a, b in pieces if b > a]

    def _joins_names(self, start: int, end: int) -> bool:
        """Rule ``dash_in_name``: a dash between two names or codes joins them ("Hòa Bình –
        Mộc Châu", "đoạn Km0 – Km19+500"); it cuts no clause, nor does a comma inside an
        enumeration of places (rule ``comma_in_places``); other commas and ";" cut."""
        text = self.text
        if "-" not in text[start:end] and "–" not in text[start:end]:
            return "," in text[start:end] and self._between_places(start, end)
        before = _LAST_TOKEN.search(text, max(0, start - 20), start)
        after = _FIRST_TOKEN.match(text, end)
        return (
            before is not None
            and after is not None
            and all(
                tok[0].isupper() or any(ch.isdigit() for ch in tok)
                for tok in (before.group(), after.group())
            )
        )

    def _between_places(self, start: int, end: int) -> bool:
        """Rule ``comma_in_places``: a comma between two places the entity stage found, in
        an enumeration that goes on after the second ("tại Campuchia, Lào và Thái Lan"),
        lists them; it cuts no clause."""
        if start not in self.place_ends:
            return False
        second = self.place_spans.get(end)  # the break ends after the comma's white space
        if second is None:
            return False
        # an enumeration goes on after the second place: ", Lào và Thái Lan"; a frame's last
        # place before the subject does not ("…vùng Đồng bằng sông Cửu Long, An Giang đăng ký")
        m = _NEXT_IN_LIST.match(self.text, second)
        return m is not None and skip_space(self.text, m.end()) in self.place_spans

    def _trim(self, clause: Clause) -> Clause:
        return Clause(*self._trimmed(clause.start, clause.end))

    def _trimmed(self, start: int, end: int) -> tuple[int, int]:
        """``text[start:end]`` without the junk at its ends nor a bullet opening it."""
        text = self.text
        while start < end and text[start] in EDGE_JUNK:
            start += 1
        if start < end and (
            text[start] in _BULLET_MARKS or text[start].isdigit() or text.startswith(")", start + 1)
        ):  # the characters BULLET opens with
            item = BULLET.match(text, start, end)  # "2. Mở mới 45 tuyến": not the number
            if item is not None:
                start = item.end()
        while end > start and text[end - 1] in EDGE_JUNK:
            end -= 1
        return start, end

    def _inside_amount(self, pos: int) -> bool:
        i = bisect_right(self.amount_starts, pos) - 1
        return i >= 0 and pos < self.amounts[i].end
