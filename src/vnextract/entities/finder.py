"""Rules that find organisation, person and location mentions on tokens.

Each rule proposes candidates (token ranges with a label and a priority);
``resolve`` keeps the longest, then the most trusted, without overlaps, so a
place inside an organisation's name stays part of the organisation.

Evidence, from strongest to weakest: organisation heads with a capitalised
name ("Tập đoàn Điện lực Việt Nam"), listed names (gazetteers), title and
honorific cues ("ông", "Bộ trưởng", "Ảnh:"), place words ("huyện", "xã"),
a family name opening a capitalised run, an upper-case abbreviation.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from vnextract.entities.lexicon import Lexicon, Phrase
from vnextract.entities.tokens import Token

# Priorities when two candidates cover the same characters.
PRIO_HEAD = 6
PRIO_KNOWN = 5
PRIO_CUE = 4
PRIO_PLACE = 3
PRIO_SURNAME = 2
PRIO_WEAK = 1

_ROMAN = regex.compile(r"^[IVXLC]+$")  # "XIII" in "khóa XIII" is not a name
_MAX_NAME = 4  # syllables in a person name
_MAX_GAP = 3  # lower-case words inside an organisation name before a capital
_PARTY_COMMITTEES = frozenset({"tỉnh ủy", "thành ủy", "huyện ủy", "đảng ủy"})
_HARD_STOPS = frozenset(
    {"của", "và", "tại", "ở", "cho", "với", "là", "đã", "được", "có", "này", "để", "từ", "theo"}
)
_NOT_AFTER = frozenset(  # a capitalised run after these is a street, prize, temple…
    {"đường", "phố", "đại lộ", "cầu", "chợ", "giải", "cúp", "chùa", "đền", "hẻm", "ngõ", "số"}
)


@dataclass
class Cand:
    """A proposed mention: tokens ``[start, end)``, characters ``[cs, ce)``."""

    start: int
    end: int
    cs: int
    ce: int
    label: str
    prio: int
    group: str = ""
    core_start: int = -1


def _span(
    tokens: list[Token],
    start: int,
    end: int,
    label: str,
    prio: int,
    group: str = "",
    core: int = -1,
) -> Cand:
    return Cand(start, end, tokens[start].start, tokens[end - 1].end, label, prio, group, core)


def _name_word(t: Token) -> bool:
    """A capitalised word that can be part of a name (not "XIII", not an acronym)."""
    return t.is_word and t.cap and not t.upper and not t.text[0].isdigit()


def _joined(tokens: list[Token], k: int) -> bool:
    """True when ``tokens[k]`` follows the previous word after a single space."""
    return (
        k > 0
        and tokens[k].space_before
        and not tokens[k].line_start
        and tokens[k - 1].end + 1 == tokens[k].start
    )


def name_run(tokens: list[Token], i: int, limit: int = 6) -> int:
    """Return the end of the run of name words starting at ``i`` (``i`` when none).

    Initials count as one word with what follows ("H.Minh").
    """
    k = i
    n = len(tokens)
    while k < n and k - i < limit:
        t = tokens[k]
        if k > i and not _joined(tokens, k):
            break
        if (
            len(t.text) == 1
            and t.cap
            and k + 2 < n
            and tokens[k + 1].text == "."
            and not tokens[k + 1].space_before
            and _name_word(tokens[k + 2])
            and not tokens[k + 2].space_before
        ):
            k += 3
            continue
        if not _name_word(t):
            break
        k += 1
    return k


class Finder:
    """Proposes and resolves candidates over one token list."""

    def __init__(self, tokens: list[Token], lex: Lexicon) -> None:
        self.t = tokens
        self.lex = lex
        self.n = len(tokens)
        self.cands: list[Cand] = []
        self.title_end: set[int] = set()
        self.cues: dict[int, Phrase] = {}
        for i in range(self.n):
            cue = lex.person_cues.match(tokens, i)
            if cue is not None:
                self.cues[i] = cue
                if cue.tag == "title":
                    self.title_end.add(i + len(cue.key))

    # ---------------------------------------------------------------- helpers
    def stop_at(self, k: int) -> bool:
        """True when a function word or verb starts at ``k``."""
        return self.lex.stop_words.match(self.t, k) is not None

    def is_person_run(self, k: int) -> bool:
        """True when a family name opens a 2–4 word name run at ``k``."""
        if self.t[k].lower not in self.lex.surnames:
            return False
        end = name_run(self.t, k)
        return 2 <= end - k <= _MAX_NAME and (end >= self.n or not _name_word(self.t[end]))

    def place_end(self, k: int, numbered: bool = False) -> int:
        """End of a place name at ``k``: a listed place, else a short capitalised run."""
        place = self.lex.places.match(self.t, k)
        if place is not None:
            return k + len(place.key)
        if self.t[k].text.isdigit():
            return k + 1
        end = name_run(self.t, k, _MAX_NAME)
        if (
            numbered
            and k < end < self.n
            and self.t[end].text.isdigit()
            and _joined(self.t, end)
            and (end + 1 >= self.n or self.t[end + 1].text not in "/.:-")
        ):
            end += 1  # "ấp Hòa Lộc 1"
        return end if end > k else k

    def name_goes_on(self, k: int) -> bool:
        """True when ``k`` opens more of a name, not another organisation or place."""
        t, lex = self.t, self.lex
        return (
            k < self.n
            and t[k].cap
            and lex.org_heads.match(t, k) is None
            and lex.orgs.match(t, k) is None
            and lex.places.match(t, k) is None
            and lex.person_cues.match(t, k) is None
        )

    def listed_field(self, k: int) -> bool:
        """True when ``k`` opens one more field of a name: "Mỹ thuật, Nhiếp ảnh và Triển lãm"."""
        if not self.name_goes_on(k):
            return False
        for m in range(k + 1, min(k + 5, self.n - 1)):
            if not self.t[m].is_word:
                return False
            if self.t[m].lower == "và":
                return self.name_goes_on(m + 1)
        return False

    # ---------------------------------------------------------- organisations
    def org_body(self, j: int, kind: str, title_before: bool) -> int:
        """Return the end of an organisation name whose head ends at ``j`` (-1: none)."""
        t, n = self.t, self.n
        k, end, pending = j, -1, 0
        had_name = False
        can_complete = False
        while k < n:
            tok = t[k]
            if k > j and not tok.space_before and tok.is_word:
                break
            if not tok.is_word:
                if tok.text == "," and had_name and pending == 0 and self.listed_field(k + 1):
                    k += 1
                    continue
                # "Bia - Rượu - Nước giải khát": a dash between capitalised words
                if (
                    tok.text in "-–"
                    and had_name
                    and pending == 0
                    and k + 1 < n
                    and t[k + 1].cap
                    and tok.space_before
                ):
                    k += 1
                    continue
                break
            place = self.lex.place_words.match(t, k)
            if place is not None and (kind == "admin" or had_name):
                after = k + len(place.key)
                if after < n and (t[after].cap or t[after].text.isdigit()):
                    pe = self.place_end(after)
                    if pe > after:
                        return pe
                if kind == "admin" and not had_name and place.tag == "word":
                    return after
                break
            domain = self.lex.org_domains.match(t, k)
            if domain is not None and (had_name or pending == 0):
                k += len(domain.key)
                end, had_name, pending, can_complete = k, True, 0, False
                continue
            if (
                can_complete
                and end == k
                and not tok.cap
                and not t[k - 1].text.isascii()
                and tok.lower not in _HARD_STOPS
            ):
                k += 1  # "Đổi mới": the rest of a word opened by a capital
                end, can_complete = k, False
                continue
            if tok.lower == "và" and had_name and pending == 0 and self.name_goes_on(k + 1):
                k += 1
                pending = 1
                continue
            if self.stop_at(k):
                break
            if tok.cap:
                if title_before and had_name and self.is_person_run(k):
                    break
                seq_start = k == j or not t[k - 1].cap
                k += 1
                end, had_name, pending = k, True, 0
                can_complete = seq_start and tok.text[1:].islower() and not tok.upper
                continue
            # a lower-case word
            if can_complete and end == k:
                k += 1
                end, can_complete = k, False
                continue
            can_complete = False
            if not had_name and kind != "company":
                break
            pending += 1
            if pending > _MAX_GAP:
                break
            k += 1
        return end if had_name else -1

    def find_orgs(self) -> None:
        """Organisations opened by a head word, and listed organisations."""
        t, lex = self.t, self.lex
        i = 0
        while i < self.n:
            head = lex.org_heads.match(t, i)
            if head is not None and (t[i].cap or t[i].upper):
                j = i + len(head.key)
                end = -1
                if j < self.n and (head.tag != "company" or t[i].cap or t[j].cap):
                    end = self.org_body(j, head.tag, i in self.title_end)
                if end < 0 and " ".join(head.key) in _PARTY_COMMITTEES:
                    end = j
                if end > 0:
                    known = lex.orgs.match(t, i)
                    group = f"head:{i}"
                    if known is not None and i + len(known.key) == end:
                        group = f"org:{known.group}"
                    self.cands.append(_span(t, i, end, "ORG", PRIO_HEAD, group, core=j))
                    self._acronym_after(end, group)
                    i = end
                    continue
            known = lex.orgs.match(t, i)
            if known is not None and t[i].is_word:
                end = i + len(known.key)
                if not (i > 0 and _joined(t, i) and t[i - 1].cap and not t[i - 1].upper):
                    place = lex.places.match(t, end) if end < self.n and _joined(t, end) else None
                    if place is not None:
                        end += len(place.key)
                    group = f"org:{known.group}"
                    self.cands.append(_span(t, i, end, "ORG", PRIO_KNOWN, group=group))
                    self._acronym_after(end, group)
                    i = end
                    continue
            i += 1

    def _acronym_after(self, end: int, group: str) -> None:
        """An abbreviation or ticker in brackets right after a name: "(EVN)", "(mã: HPG)"."""
        t = self.t
        if end >= self.n or t[end].text != "(":
            return
        k = end + 1
        while k < self.n and (t[k].lower in {"mã", "ck", "chứng", "khoán", ":"} or t[k].upper):
            if t[k].upper and k + 1 < self.n and t[k + 1].text == ")":
                break
            k += 1
        if (
            k + 1 < self.n
            and t[k].upper
            and t[k + 1].text == ")"
            and t[k].lower not in self.lex.not_orgs
        ):
            self.cands.append(_span(t, k, k + 1, "ORG", PRIO_KNOWN, group=group))

    def find_acronyms(self) -> None:
        """Upper-case abbreviations that are not known non-organisations ("TFC").

        An abbreviation defined after a lower-case phrase ("chuẩn quốc gia (CQG)")
        abbreviates a thing, not an organisation.
        """
        t = self.t
        things = {
            t[i].lower
            for i in range(2, self.n - 1)
            if t[i].upper and t[i - 1].text == "(" and t[i + 1].text == ")"
            if t[i - 2].is_word and not t[i - 2].cap
        }
        for i, tok in enumerate(self.t):
            if (
                tok.upper
                and tok.lower not in things
                and 3 <= len(tok.text) <= 8
                and tok.lower not in self.lex.not_orgs
                and not _ROMAN.match(tok.text)
                and self.lex.places.match(self.t, i) is None
                and not any(c.isdigit() for c in tok.text)
            ):
                self.cands.append(_span(self.t, i, i + 1, "ORG", PRIO_WEAK))

    # -------------------------------------------------------------- locations
    def find_places(self) -> None:
        """Listed places, and names after a place word ("huyện Xuân Lộc")."""
        t, lex = self.t, self.lex
        for i in range(self.n):
            pw = lex.place_words.match(t, i)
            if pw is not None and (not t[i].cap or t[i].sent_start or t[i].upper):
                j = i + len(pw.key)
                numbered = pw.key[0] in {"quận", "phường", "ấp", "q", "p", "khu"}
                if (
                    j < self.n
                    and (t[j].cap or (numbered and t[j].text.isdigit()))
                    and (pw.tag == "abbr" or t[j].space_before)
                ):
                    end = self.place_end(j, numbered)
                    if end > j and not (end - j == 1 and self.is_honorific_cue(j)):
                        start = j if pw.tag == "abbr" else i
                        self.cands.append(_span(t, start, end, "LOC", PRIO_PLACE))
            place = lex.places.match(t, i)
            if place is None:
                continue
            end = i + len(place.key)
            if not any(x.cap for x in t[i:end]):
                continue
            if len(place.key) == 1:
                if (i > 0 and _joined(t, i) and _name_word(t[i - 1])) or (
                    end < self.n and _joined(t, end) and _name_word(t[end])
                ):
                    continue
                if lex.not_loc_compounds.match(t, i) is not None:
                    continue
                if t[i].sent_start and self.is_honorific_cue(i):
                    continue
            self.cands.append(_span(t, i, end, "LOC", PRIO_PLACE, group=f"loc:{place.group}"))

    def is_honorific_cue(self, i: int) -> bool:
        """True when an honorific ("Anh", "Bà") is at ``i``."""
        cue = self.cues.get(i)
        return cue is not None and cue.tag == "honorific"

    # ---------------------------------------------------------------- persons
    def find_persons(self) -> None:
        """Names after a cue, names opened by a family name, bylines."""
        t = self.t
        orgs_at = {c.start: c.end for c in self.cands if c.label == "ORG"}
        for i, cue in self.cues.items():
            j = i + len(cue.key)
            if cue.tag == "honorific" and t[i].cap and not t[i].sent_start:
                continue
            if j >= self.n:
                continue
            if cue.tag == "title":
                j = orgs_at.get(j, j)
                domain = self.lex.org_domains.match(t, j) if j < self.n else None
                if domain is not None:
                    j += len(domain.key)
            if j >= self.n or (not t[j].space_before and cue.tag != "credit"):
                continue
            end = name_run(t, j)
            if end == j or end - j > _MAX_NAME:
                continue
            if cue.tag != "honorific" and (
                self.lex.places.match(t, j) is not None or self.lex.orgs.match(t, j) is not None
            ):
                continue
            if (
                end - j == 1
                and cue.tag == "title"
                and end < self.n
                and t[end].is_word
                and not t[end].cap
                and not self.stop_at(end)
            ):
                continue  # "Bộ trưởng Tài chính": a field, not a name
            self.cands.append(_span(t, j, end, "PER", PRIO_CUE))
        for i in range(self.n):
            if not _name_word(t[i]) or (i > 0 and _joined(t, i) and _name_word(t[i - 1])):
                continue
            start = i
            end = name_run(t, start)
            if t[start].sent_start and (
                t[start].lower in self.lex.openers or self.is_honorific_cue(start)
            ):
                start += 1
            if start >= end or (i > 0 and t[i - 1].lower in _NOT_AFTER):
                continue
            if t[start].lower in self.lex.surnames and 2 <= end - start <= _MAX_NAME:
                self.cands.append(_span(t, start, end, "PER", PRIO_SURNAME))
            elif t[i].line_start and 2 <= end - i <= 3 and self._line_ends(end):
                self.cands.append(_span(t, i, end, "PER", PRIO_SURNAME))  # a byline

    def _line_ends(self, k: int) -> bool:
        """True when a byline ends at ``k``: end of line, or a date follows."""
        t = self.t
        if k < self.n and t[k].text in ".)":
            k += 1
        if k + 2 < self.n and t[k].text.isdigit() and t[k + 1].text == "/":
            return True  # "Vân Anh 15/09/2023 - 18:45"
        return k >= self.n or t[k].line_start


def resolve(cands: list[Cand], taken: list[bool] | None = None) -> list[Cand]:
    """Keep the longest, then most trusted, candidates that do not overlap.

    Args:
        cands: the proposals.
        taken: characters already covered (updated in place), or None.

    Returns:
        The kept candidates in text order.
    """
    if not cands:
        return []
    size = max(c.ce for c in cands)
    if taken is None:
        taken = [False] * size
    elif len(taken) < size:
        taken.extend([False] * (size - len(taken)))
    kept = []
    for c in sorted(cands, key=lambda c: (-(c.ce - c.cs), -c.prio, c.cs)):
        if any(taken[c.cs : c.ce]):
            continue
        for k in range(c.cs, c.ce):
            taken[k] = True
        kept.append(c)
    kept.sort(key=lambda c: c.cs)
    return kept
