"""The knowledge base under ``models/kb/``: known names found in text.

Listed companies (official names, short names, brands), global companies,
platforms, telecoms, media and funds, and Vietnam's communes and wards are
put in one token trie, built once per process. ``known_mentions`` proposes
every listed name written in a text, with its capitals (a capitalised word of
an entry must be capitalised in the text; legal forms and unit words match in
either case). A short or common-word name (rule ``cue``: "Be", "Visa") counts
only after a cue word ("ứng dụng Be") or listed beside another known
organisation ("Grab, Gojek và Be").

>>> from vnextract.entities.tokens import tokenize
>>> toks = tokenize("Grab, Gojek và Be cạnh tranh với Công ty Cổ phần Sữa Việt Nam.")
>>> [(toks[c.start].text, c.label, c.group) for c in known_mentions(toks)]
[('Grab', 'ORG', ''), ('Gojek', 'ORG', ''), ('Be', 'ORG', ''), ('Công', 'ORG', 'id:ticker:VNM')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from vnextract.entities.finder import PRIO_KNOWN, Cand
from vnextract.entities.lexicon import name_capitals
from vnextract.entities.tokens import _TOKEN, Token
from vnextract.resources import read_lines

# Legal forms and unit words that open an official name; they match in either case.
LEGAL_FORM = re.compile(
    r"""^(?:tổng\ công\ ty\ cổ\ phần|tổng\ công\ ty|công\ ty\ cổ\ phần|công\ ty\ cp|ctcp|
         công\ ty\ tnhh(?:\ mtv|\ một\ thành\ viên)?|công\ ty|
         ngân\ hàng\ thương\ mại\ cổ\ phần|ngân\ hàng\ tmcp|xã|phường|đặc\ khu)\s+""",
    re.IGNORECASE | re.VERBOSE,
)
# A name with a brand's shape: an acronym, a digit or inner capitals ("FLC Stone", "BVBank").
_WARD_WORDS = frozenset({"xã", "phường", "đặc"})
_BRANDLIKE = re.compile(r"[A-Z]{2}|\d|[a-zà-ỹ][A-Z]")


@dataclass(frozen=True)
class KnownName:
    """What a listed name is: its label, id (empty when none) and matching rule."""

    label: str
    id: str = ""
    cue: bool = False


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    # the names ending here: the offsets of their words that must be capitalised, and what
    # each name is
    entries: list[tuple[tuple[int, ...], KnownName]] = field(default_factory=list)


@dataclass
class NameTrie:
    """Listed names by their tokens' lower-case forms, longest match first."""

    root: _Node = field(default_factory=_Node)
    size: int = 0

    def add(self, name: str, known: KnownName) -> None:
        """Add one name; words of its legal form or unit match in either case, the others
        as ``name_capitals`` says."""
        legal = LEGAL_FORM.match(name)
        flexible = legal.end() if legal else 0
        node = self.root
        words, caps, legal_words = [], [], 0
        for m in _TOKEN.finditer(name):  # the tokenizer's words, without Token objects
            word = m.group()
            key = "-" if word in "–—" else word.lower().replace("’", "'")
            node = node.children.setdefault(key, _Node())
            if m.start() < flexible:
                legal_words += 1
            else:
                words.append(word)
                caps.append(word[0].isupper() or word.isupper())
        if node is not self.root:
            needed = name_capitals(words, caps)
            node.entries.append(
                (tuple(legal_words + j for j, cap in enumerate(needed) if cap), known)
            )
            self.size += 1

    def longest(self, tokens: list[Token], i: int) -> tuple[int, KnownName] | None:
        """The longest listed name starting at ``tokens[i]``: its end and what it is."""
        node, best = self.root, None
        k = i
        size = len(tokens)
        while k < size and (k == i or tokens[k].joined or not tokens[k].is_word):
            node_next = node.children.get(tokens[k].lower)
            if node_next is None:
                break
            node, k = node_next, k + 1
            for capitalised, known in node.entries:
                for j in capitalised:
                    if not tokens[i + j].cap:
                        break
                else:  # each word that must be capitalised is
                    best = (k, known)
                    break
        return best


def _rows(name: str) -> Iterator[list[str]]:
    for line in read_lines("kb", name):
        yield line.split("\t")


def _forms(cell: str) -> list[str]:
    return [f.strip() for f in cell.split("|") if f.strip()]


def recognisable(form: str) -> bool:
    """True when a short or brand name may be found on its own in text.

    Two plain Vietnamese words ("Bảo Ngọc", "Sao Mai") are often a person's or a
    place's name too: those only give ids to mentions found otherwise.

    >>> [recognisable(f) for f in ("Vietcombank", "FLC Stone", "Bảo Ngọc", "MB")]
    [True, True, False, False]
    """
    words = form.split()
    if len(form) <= 2:
        return False
    if len(words) == 1:
        return form[0].isupper() and (not form.isupper() or len(form) > 3)
    return len(words) >= 3 or bool(_BRANDLIKE.search(form))


@functools.cache
def media_names() -> frozenset[str]:
    """The names and aliases of the media outlets of the knowledge base, lower case: an
    article's source ("(VnExpress)") owns none of its figures.

    >>> "vnexpress" in media_names()
    True
    """
    return frozenset(
        form.casefold()
        for kind, names, *_ in _rows("global_orgs.tsv")
        if kind == "media"
        for form in _forms(names)
    )


@functools.cache
def load_known_names() -> NameTrie:
    """Build the trie of known organisation and ward names once.

    >>> load_known_names().size > 2000
    True
    """
    trie = NameTrie()
    for row in _rows("listed_companies.tsv"):
        ticker, full, names = row[0], row[2], row[4] if len(row) > 4 else ""
        known = KnownName("ORG", f"ticker:{ticker}")
        trie.add(full, known)
        for form in _forms(names):
            if recognisable(form):
                trie.add(form, known)
    for row in _rows("global_orgs.tsv"):
        rule = row[2].strip() if len(row) > 2 else ""
        for form in _forms(row[1]):
            trie.add(form, KnownName("ORG", cue=rule == "cue"))
    for row in _rows("agencies.tsv"):  # parent<TAB>names; a ministry has no parent
        for form in _forms(row[-1]):
            if len(form.split()) > 1:
                trie.add(form, KnownName("ORG"))
    return trie


@functools.cache
def load_ward_codes() -> dict[str, str]:
    """Communes and wards by lower-case name with unit word, once: code, "" when shared.

    >>> load_ward_codes()["phường hoàn kiếm"]
    '00070'
    """
    codes: dict[str, str] = {}
    for line in read_lines("kb", "vn_wards.tsv"):
        code, _province, name = line.split("\t")
        key = " ".join(name.lower().split())
        codes[key] = "" if key in codes else code  # "Xã Tân Thành": many communes
    return codes


def _ward_at(tokens: list[Token], i: int) -> tuple[int, KnownName] | None:
    """The commune or ward named at ``tokens[i]`` (its unit word), longest first."""
    codes = load_ward_codes()
    end = i + 1 if tokens[i].lower != "đặc" else i + 2
    while end < len(tokens) and end - i < 7 and tokens[end].joined and tokens[end].cap:
        end += 1
    for stop in range(end, i + 1, -1):
        code = codes.get(" ".join(t.lower for t in tokens[i:stop]))
        if code is not None:
            return stop, KnownName("LOC", f"vn-adm:{code}" if code else "")
    return None


@functools.cache
def brand_cues() -> NameTrie:
    """The cue words before a short brand name ("ứng dụng", "nhà mạng")."""
    trie = NameTrie()
    for cue in read_lines("kb", "brand_cues.txt"):
        trie.add(cue, KnownName("cue"))
    return trie


def _cued(tokens: list[Token], start: int, end: int, orgs: set[int], ends: set[int]) -> bool:
    """A cue word before ``start``, or another known organisation listed beside it."""
    cues = brand_cues()
    for size in (1, 2, 3, 4):
        k = start - size
        if k >= 0 and (hit := cues.longest(tokens, k)) is not None and hit[0] == start:
            return True
    before = start - 1
    if before > 0 and tokens[before].lower in {",", "và", "hay", "hoặc"} and before in ends:
        return True
    return (
        end + 1 < len(tokens)
        and tokens[end].lower in {",", "và", "hay", "hoặc"}
        and (end + 1 in orgs)
    )


def _home_country_after(tokens: list[Token], end: int) -> bool:
    """Whether "Việt Nam", capitalised, follows a name ending at ``end``."""
    return (
        end + 1 < len(tokens)
        and tokens[end].joined
        and tokens[end + 1].joined
        and tokens[end].text == "Việt"
        and tokens[end + 1].text == "Nam"
    )


def _inside_name(tokens: list[Token], i: int) -> bool:
    """True when ``tokens[i]`` goes on a capitalised name ("Tập đoàn Grab" is no "Grab")."""
    prev = tokens[i - 1]
    return tokens[i].joined and prev.cap and prev.is_word and not prev.sent_start


@functools.cache
def _opening_words() -> frozenset[str]:
    """The words a known name or a ward's name opens with (one look-up per token)."""
    return frozenset(load_known_names().root.children) | _WARD_WORDS


def known_mentions(tokens: list[Token]) -> list[Cand]:
    """Propose every known name written in ``tokens``.

    Args:
        tokens: the article's tokens.

    Returns:
        Candidates with ``PRIO_KNOWN``; an id, when the name has one, is in the
        group as ``"id:<id>"``, so mentions with one id become one entity.
    """
    trie = load_known_names()
    first_words = trie.root.children  # a word no name starts with is skipped without a call
    found: list[tuple[int, int, KnownName]] = []
    n = len(tokens)
    # only a word a listed name or a ward's name opens may start one: the others are
    # passed over without a call
    opening_words = _opening_words()
    opening = [
        i
        for i, tok in enumerate(tokens)
        if tok.lower in opening_words and (tok.is_word or tok.lower in _WARD_WORDS)
    ]
    taken_to = 0  # the end of the last name found: no name starts inside it
    for i in opening:
        if i < taken_to:
            continue
        tok = tokens[i]
        hit = trie.longest(tokens, i) if tok.is_word and tok.lower in first_words else None
        if hit is None and tok.lower in _WARD_WORDS:
            hit = _ward_at(tokens, i)
        if hit is None or (i > 0 and _inside_name(tokens, i)):
            continue
        end, known = hit
        if _home_country_after(tokens, end) and known.label == "ORG":
            end += 2  # "CBRE Việt Nam": the company's arm in the country, a name of its own
        elif end < n and tokens[end].joined and tokens[end].cap and tokens[end].is_word:
            continue  # the name goes on: "Grab Holdings" is found as a longer name or not at all
        found.append((i, end, known))
        taken_to = end
    orgs = {s for s, _, k in found if k.label == "ORG"}
    ends = {e for _, e, k in found if k.label == "ORG"}
    out = []
    for start, end, known in found:
        if known.cue and not _cued(tokens, start, end, orgs, ends):
            continue
        group = f"id:{known.id}" if known.id else ""
        cand = Cand(start, end, tokens[start].start, tokens[end - 1].end, known.label, PRIO_KNOWN)
        cand.group = group
        out.append(cand)
    return out
