"""Organisations, persons and locations in Vietnamese news.

``EntityFinder().find(doc)`` is what the extractor calls: fast rules over
light tokens (organisation heads, gazetteers, title and honorific cues,
family names, place words), then mention merging. The same finder runs as
the spaCy component ``vnextract_entities`` (see ``vnextract.load()``).

>>> from vnextract.document import Document
>>> doc = Document.from_text(
...     "Tập đoàn Điện lực Việt Nam (EVN) cho biết, ông Nguyễn Văn Nam đã đến Hà Nội."
... )
>>> [(e.label, e.name, len(e.mentions)) for e in EntityFinder().find(doc)]
[('ORG', 'Tập đoàn Điện lực Việt Nam', 2), ('PER', 'Nguyễn Văn Nam', 1), ('LOC', 'Hà Nội', 1)]
"""

from __future__ import annotations

from vnextract.document import Document
from vnextract.entities.finder import (
    PRIO_WEAK,
    Cand,
    Finder,
    _joined,
    _name_word,
    name_run,
    resolve,
)
from vnextract.entities.lexicon import Lexicon, load_lexicon
from vnextract.entities.merge import merge_mentions
from vnextract.entities.tokens import Token, tokenize
from vnextract.schema import Entity

__all__ = ["EntityFinder", "find_entities"]


class EntityFinder:
    """Finds entities; loads its lexicons and patterns once per process."""

    def __init__(self) -> None:
        self.lex: Lexicon = load_lexicon()

    def find(self, doc: Document) -> list[Entity]:
        """Return the entities of ``doc`` (offsets into ``doc.text``).

        Args:
            doc: the prepared article.

        Returns:
            One ``Entity`` per distinct organisation, person or location.
        """
        return find_entities(doc.text, self.lex)


def find_entities(text: str, lex: Lexicon | None = None) -> list[Entity]:
    """Return the entities of a normalised ``text``, offsets into it.

    Args:
        text: normalised text (see ``vnextract.text.normalize``).
        lex: the entity data; loaded once when None.

    Returns:
        One ``Entity`` per distinct organisation, person or location.
    """
    lex = lex or load_lexicon()
    tokens = tokenize(text)
    finder = Finder(tokens, lex)
    finder.find_orgs()
    finder.find_suffixed()
    finder.find_places()
    finder.find_persons()
    finder.find_acronyms()
    taken: list[bool] = []
    kept = resolve(finder.cands, taken)
    kept += resolve(_repeats(kept, tokens) + _coordinated(kept, tokens, finder), taken)
    kept.sort(key=lambda c: c.cs)
    return merge_mentions(kept, text, tokens)


def _repeats(kept: list[Cand], tokens: list[Token]) -> list[Cand]:
    """Later mentions of a name in a shorter form: a person's given name, an org's name."""
    forms: dict[tuple[str, ...], str] = {}
    for c in kept:
        words = tokens[c.start : c.end]
        if c.label == "PER" and len(words) >= 3:
            forms[tuple(w.lower for w in words[-2:])] = "PER"
        elif c.label == "ORG" and c.core_start >= 0:
            core = tokens[c.core_start : c.end]
            names = sum(1 for w in core if w.cap)
            if core and core[0].cap and (names >= 2 or any(w.upper for w in core)):
                forms[tuple(w.lower for w in core)] = "ORG"
    out: list[Cand] = []
    if not forms:
        return out
    lengths = {len(f) for f in forms}
    n = len(tokens)
    for i in range(n):
        if not tokens[i].cap or (i > 0 and _joined(tokens, i) and _name_word(tokens[i - 1])):
            continue
        for size in lengths:
            end = i + size
            label = forms.get(tuple(t.lower for t in tokens[i:end]))
            if label is None or (end < n and _joined(tokens, end) and _name_word(tokens[end])):
                continue
            if all(t.cap for t in tokens[i:end]):
                out.append(Cand(i, end, tokens[i].start, tokens[end - 1].end, label, PRIO_WEAK))
    return out


def _coordinated(kept: list[Cand], tokens: list[Token], finder: Finder) -> list[Cand]:
    """Names listed with a person ("Việt Hưng và Thanh Sơn") are persons too."""
    out: list[Cand] = []
    n = len(tokens)

    def plain_name(start: int, end: int) -> bool:
        # 2–3 name words, not a title, organisation or place, and the name ends there
        return (
            2 <= end - start <= 3
            and all(_name_word(t) for t in tokens[start:end])
            and not any(start in finder.at[m] for m in ("person_cues", "org_heads", "places"))
            and (end >= n or not tokens[end].is_word or finder.stop_at(end))
        )

    for c in kept:
        if c.label != "PER":
            continue
        k = c.end  # "<person> và <name>", "<person>, <name>"
        if k + 1 < n and tokens[k].lower in {"và", ","}:
            end = name_run(tokens, k + 1, 4)
            if plain_name(k + 1, end) and (end >= n or not _name_word(tokens[end])):
                out.append(Cand(k + 1, end, tokens[k + 1].start, tokens[end - 1].end, "PER", 0))
        k = c.start - 1  # "<name> và <person>"
        if k >= 2 and tokens[k].lower in {"và", ","}:
            start = k - 1
            while start > 0 and _joined(tokens, start) and _name_word(tokens[start - 1]):
                start -= 1
            if plain_name(start, k):
                out.append(Cand(start, k, tokens[start].start, tokens[k - 1].end, "PER", 0))
    return out
