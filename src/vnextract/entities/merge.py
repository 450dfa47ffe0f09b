"""Mentions to entities: repeats, short forms and acronyms become one entity.

Mentions of one label join when they share a listed group (an organisation's
aliases, a place's short forms), the same text, the same name after the
organisation head or place word, or when one is the short form of exactly one
other ("Tiến Linh" of "Nguyễn Tiến Linh", "UBND tỉnh" of "UBND tỉnh Vĩnh
Phúc"), or of one company among plants and bodies named after it ("Thép Vạn Lộc" of
"Công ty Cổ phần Thép Vạn Lộc", not of "Khu liên hợp thép Vạn Lộc"). The entity's name
is its longest mention.
"""

from __future__ import annotations

import functools
from collections import defaultdict

import regex

from vnextract.entities.finder import Cand
from vnextract.entities.ids import entity_id
from vnextract.entities.knowledge import LEGAL_FORM
from vnextract.entities.lexicon import load_lexicon
from vnextract.entities.tokens import Token
from vnextract.numbers import number_words
from vnextract.schema import Entity, Span

# Generic place words that do not change which place a mention names.
_PLACE_PREFIX = regex.compile(
    r"""^(?:tỉnh|thành\ phố|tp\.?|huyện|quận|thị\ xã|thị\ trấn|xã|phường|
         khu\ vực|vùng|đảo|nước|quốc\ gia|h\.|q\.|tx\.?)\s*(?=\S)""",
    regex.VERBOSE,
)


# A number right before a mention: an upper-case word there is a unit ("1,6 triệu TEU").
_YEAR = regex.compile(r"(?:19|20)\d\d\s+")


@functools.cache
def _number_before() -> regex.Pattern[str]:
    """A number and its multipliers (those of the number-word table) ending a text."""
    scales = sorted((w.word for w in number_words().values() if w.role == "scale"), key=len)
    alts = "|".join(regex.escape(w) for w in reversed(scales))
    return regex.compile(rf"(?<![\d.,])\d(?:[\d.,]*\d)?(?:\s+(?:{alts}))*\s+\Z", regex.I)


def _after_number(text: str, pos: int) -> bool:
    """Whether a number (not a year: "Năm 2024 FPT lãi") stands right before ``pos``, or a
    word of measure per unit ("trên mỗi TEU", "USD/MMBtu")."""
    if _PER_UNIT.search(text, max(0, pos - 8), pos) is not None:
        return True
    m = _number_before().search(text, max(0, pos - 40), pos)
    return m is not None and _YEAR.fullmatch(m.group()) is None


# "mỗi TEU", "USD/TEU", "đồng/MMBtu"; not "Deloitte/KPMG" (two names)
_PER_UNIT = regex.compile(
    r"(?:(?<!\w)mỗi\s+|(?:\d|(?<!\w)(?:USD|VND|EUR|đồng))\s*/)\Z", regex.IGNORECASE
)


# Between a name and its abbreviation in brackets: "Hàng hải PTSC (PTSC M&C)".
_BRACKET_AFTER = regex.compile(r"\s*\(\s*")
# What closes a short form in brackets: the bracket, or a comma before more about the name
# ("(PVFCCo, mã chứng khoán: DPM)")
_BRACKET_SHORT_END = regex.compile(r"\s*[),;]")


def _short_form_of(short: str, name: str) -> bool:
    """Whether ``short`` may abbreviate ``name``: it opens with the same word or has only
    capitalised words ("Ban QLDA 85" of "Ban Quản lý dự án 85", "PV Power").

    >>> _short_form_of("Ban QLDA 85", "Ban Quản lý dự án 85")
    True
    >>> _short_form_of("PV Power", "Tổng công ty Điện lực Dầu khí Việt Nam")
    True
    >>> _short_form_of("Bộ Tài chính", "Cục Thuế")
    False
    """
    words = short.split()
    return words[0].casefold() == name.split()[0].casefold() or all(
        w[0].isupper() or w[0].isdigit() for w in words
    )


def _other_head(tokens: list[Token], start: int, name: str) -> bool:
    """Whether the name at ``tokens[start]`` opens with an organisation's head
    (``org_heads``) whose words ``name`` does not hold: in brackets after a department it
    names the body above it ("Viện Năng lượng (Bộ Công Thương)"), no short form.

    >>> from vnextract.entities.tokens import tokenize
    >>> _other_head(tokenize("Bộ Công Thương"), 0, "Cục Xuất nhập khẩu")
    True
    >>> _other_head(tokenize("PV Power"), 0, "Tổng công ty Điện lực Dầu khí Việt Nam")
    False
    """
    head = load_lexicon().org_heads.match(tokens, start)
    return head is not None and not set(head.key) <= set(name.casefold().split())


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


_Ids = dict[tuple[str, str], tuple[str | None, str | None]]


def _entity_id(label: str, text: str, known: _Ids) -> tuple[str | None, str | None]:
    """``entity_id`` of a mention, looked up once per article (``known`` keeps the answers)."""
    found = known.get((label, text))
    if found is None:
        found = known[(label, text)] = entity_id(label, text)
    return found


def _head_in_full(surface: str) -> str | None:
    """``surface`` (lower case, one space) with its abbreviated head written in full, None
    when it opens with none.

    >>> _head_in_full("ubnd tỉnh cà mau")
    'ủy ban nhân dân tỉnh cà mau'
    >>> _head_in_full("clb phù sa cần thơ"), _head_in_full("công ty cp thép nam sơn")
    ('câu lạc bộ phù sa cần thơ', 'công ty cổ phần thép nam sơn')
    >>> _head_in_full("bộ tài chính") is None
    True
    """
    words = surface.split(" ")
    table = load_lexicon().head_abbreviations
    for size in (3, 2, 1):
        full = table.get(" ".join(words[:size]))
        if full is not None and len(words) > size:
            return " ".join([full, *words[size:]])
    return None


def _keys(c: Cand, text: str, tokens: list[Token], ids: _Ids) -> list[str]:
    surface = " ".join(text[c.cs : c.ce].casefold().split())
    keys = [f"text:{surface}"]
    if c.group:
        keys.append(c.group)
    known, _ = _entity_id(c.label, text[c.cs : c.ce], ids)
    if known is not None:
        keys.append(f"id:{known}")  # one id, one entity: "Vietcombank" and "VCB"
    if c.label == "ORG" and (full := _head_in_full(surface)) is not None:
        keys.append(f"text:{full}")  # rule head_in_full: "UBND tỉnh X" is "Ủy ban nhân dân tỉnh X"
    if c.label == "LOC":
        keys.append(f"text:{_PLACE_PREFIX.sub('', surface)}")
    if c.core_start >= 0 and c.shared_core:
        core = " ".join(t.lower for t in tokens[c.core_start : c.end])
        keys.append(f"core:{core}")
    return keys


def merge_mentions(cands: list[Cand], text: str, tokens: list[Token]) -> list[Entity]:
    """Group mentions into entities.

    Args:
        cands: resolved mentions (no overlaps), any labels.
        text: the text their offsets index.
        tokens: the tokens their token indices index.

    Returns:
        One ``Entity`` per distinct entity, in order of first mention.
    """
    uf = _Union(len(cands))
    owner: dict[tuple[str, str], int] = {}
    known: _Ids = {}
    for i, c in enumerate(cands):
        for key in _keys(c, text, tokens, known):
            if (c.label, key) in owner:
                uf.union(owner[(c.label, key)], i)
            else:
                owner[(c.label, key)] = i
    # rule bracketed_short_form: a shorter organisation name in brackets right after
    # another's is its short form ("Ban Quản lý dự án 85 (Ban QLDA 85)", also before more
    # in the brackets: "(PVFCCo, mã chứng khoán: DPM)"), when it opens
    # with the same word or is all capitalised; "Cục Thuế (Bộ Tài chính)" and "Viện Năng
    # lượng (Bộ Công Thương)" name the parent
    for i in range(1, len(cands)):
        first, then = cands[i - 1], cands[i]
        if (
            first.label == then.label == "ORG"
            and then.ce - then.cs < first.ce - first.cs
            and _BRACKET_AFTER.fullmatch(text, first.ce, then.cs)
            and _BRACKET_SHORT_END.match(text, then.ce) is not None
            and _short_form_of(text[then.cs : then.ce], text[first.cs : first.ce])
            and not _other_head(tokens, then.start, text[first.cs : first.ce])
        ):
            uf.union(i - 1, i)
    # a short form joins the one entity it is the start or the end of
    forms: dict[tuple[str, tuple[str, ...]], int] = {}
    for i, c in enumerate(cands):
        if c.label != "LOC":
            forms.setdefault((c.label, tuple(text[c.cs : c.ce].casefold().split())), i)
    # each form -> the longer forms it opens or ends (only forms are looked up)
    longer: dict[tuple[str, tuple[str, ...]], set[int]] = defaultdict(set)
    for (label, words), i in forms.items():
        for k in range(1, len(words)):
            # "Samsung" is not the short form of "Samsung Display"
            if not cands[i].unit and (head := (label, words[:k])) in forms:
                longer[head].add(i)
            if (tail := (label, words[-k:])) in forms:
                longer[tail].add(i)
    # rule alias_taken: a short form already joined to a longer name (the bracketed
    # "(Vicem)" after "Tổng công ty Công nghiệp Xi măng Việt Nam") is that entity's, no
    # short form of another name it opens ("Vicem Bút Sơn")
    most_words: dict[int, int] = defaultdict(int)  # words of each entity's longest name
    for j, c in enumerate(cands):
        root = uf.find(j)
        most_words[root] = max(most_words[root], len(text[c.cs : c.ce].split()))
    # the mentions that hold a legal form ("Công ty Cổ phần …")
    legal = [
        j for j, c in enumerate(cands) if c.label == "ORG" and LEGAL_FORM.match(text[c.cs : c.ce])
    ]
    for form, i in forms.items():
        candidates = longer.get(form, ())
        if cands[i].group.startswith("org:"):
            # a known organisation's alias ("Viettel") is no short form of another name
            # ("Tổng Công ty Công nghiệp Công nghệ cao Viettel"), unless it is that
            # name's abbreviation in brackets right after it ("… Hàng hải PTSC (PTSC M&C)")
            candidates = {
                j for j in candidates if _BRACKET_AFTER.fullmatch(text, cands[j].ce, cands[i].cs)
            }
        roots = {uf.find(j) for j in candidates}
        if uf.find(i) in roots:
            continue  # already the short form of its own entity ("Tập đoàn Hòa Phát")
        if len(roots) > 1:
            # rule short_form_of_company: a short form of several names is the company's,
            # the one registered with a legal form ("Thép Vạn Xuân" of "Công ty Cổ phần Thép
            # Vạn Xuân"), not a plant's or a body's named after it ("Khu liên hợp gang thép
            # Vạn Xuân")
            companies = roots & {uf.find(j) for j in legal}
            if len(companies) == 1:
                roots = companies
        if len(roots) == 1 and most_words[uf.find(i)] <= len(form[1]):
            longest = max(most_words[uf.find(i)], most_words[(root := roots.pop())])
            uf.union(i, root)
            most_words[uf.find(i)] = longest  # kept up to date as entities join
    clusters: dict[int, list[Cand]] = defaultdict(list)
    for i, c in enumerate(cands):
        clusters[uf.find(i)].append(c)
    entities = []
    for root in sorted(clusters):
        members = clusters[root]
        if members[0].label == "ORG" and all(
            text[c.cs : c.ce].isupper()
            and " " not in text[c.cs : c.ce]
            and _after_number(text, c.cs)
            for c in members
        ):
            continue  # rule unit_after_number: "3,2 triệu TEU", "250.000 DWT" name a unit
        spans = [Span(text=text[c.cs : c.ce], start=c.cs, end=c.ce) for c in members]
        # the longest form, but a headline's shouting ("QUẢNG NGÃI - …") after any other
        name = max(
            spans, key=lambda s: (not (" " in s.text and s.text.isupper()), len(s.text), -s.start)
        ).text
        label = members[0].label
        ids = [_entity_id(label, s.text, known) for s in sorted(spans, key=lambda s: -len(s.text))]
        id_, merged_into = next((pair for pair in ids if pair[0] is not None), (None, None))
        entities.append(
            Entity(name=name, label=label, mentions=spans, id=id_, merged_into=merged_into)
        )
    return entities
