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

from bisect import bisect_right

from vnextract.document import Document
from vnextract.entities.finder import Cand, Finder, resolve
from vnextract.entities.knowledge import known_mentions
from vnextract.entities.lexicon import Lexicon, load_lexicon
from vnextract.entities.merge import merge_mentions
from vnextract.entities.propagate import coordinated, listed_with_orgs, repeats
from vnextract.entities.tokens import tokenize
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
    finder.find_cued()
    finder.find_teams()
    finder.find_places()
    finder.find_persons()
    finder.find_acronyms()
    finder.find_joined_names()
    finder.cands += known_mentions(tokens)  # the knowledge base's names
    finder.cands += finder.branches(finder.cands)
    taken: list[bool] = []
    kept = resolve(finder.cands, taken)
    more = repeats(kept, tokens, finder) + coordinated(kept, tokens, finder)
    kept = _inside_longer_repeats(kept, more, taken)
    kept += resolve(more + listed_with_orgs(kept, tokens, finder), taken)
    kept.sort(key=lambda c: c.cs)
    return merge_mentions(kept, text, tokens)


def _inside_longer_repeats(kept: list[Cand], more: list[Cand], taken: list[bool]) -> list[Cand]:
    """Rule ``longer_repeat``: a later mention of an organisation's known form ("FPT
    Software" after "Công ty TNHH Phần mềm FPT (FPT Software)") is that organisation,
    not the shorter organisation name inside it (the ticker "FPT"): ``kept`` without such
    inner names, their characters freed in ``taken``."""
    dropped: set[int] = set()
    starts = [k.cs for k in kept]  # ``kept`` is in text order, no two overlapping
    for r in more:
        if r.label != "ORG":
            continue
        i = max(bisect_right(starts, r.cs) - 1, 0)
        inner = []
        while i < len(kept) and kept[i].cs < r.ce:
            if r.cs < kept[i].ce:
                inner.append(i)
            i += 1
        if inner and all(
            kept[i].label == "ORG"
            and r.cs <= kept[i].cs
            and kept[i].ce <= r.ce
            and kept[i].ce - kept[i].cs < r.ce - r.cs
            for i in inner
        ):
            dropped.update(inner)
    for i in dropped:
        taken[kept[i].cs : kept[i].ce] = [False] * (kept[i].ce - kept[i].cs)
    return [k for i, k in enumerate(kept) if i not in dropped]
