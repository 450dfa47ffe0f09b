"""The entity finder as a spaCy pipeline: an underthesea tokenizer and a component.

``load()`` returns ``spacy.blank("vi")`` whose tokenizer builds each Doc from
underthesea's word segmentation (offsets kept: ``doc.text`` is the input) and
whose component ``vnextract_entities`` sets ``doc.ents`` and
``doc._.vnextract_entities`` (the ``Entity`` records, offsets into ``doc.text``).

>>> nlp = load()
>>> doc = nlp("Ông Nguyễn Văn Nam làm việc tại Tập đoàn Hòa Phát ở Hà Nội.")
>>> [(ent.text, ent.label_) for ent in doc.ents]
[('Nguyễn Văn Nam', 'PER'), ('Tập đoàn Hòa Phát', 'ORG'), ('Hà Nội', 'LOC')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import regex
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry
from spacy.vocab import Vocab

from vnextract.entities import find_entities
from vnextract.entities.lexicon import Lexicon, load_lexicon
from vnextract.schema import Entity
from vnextract.schema import Span as RecordSpan
from vnextract.text import normalize

FACTORY = "vnextract_entities"
TOKENIZER = "vnextract.underthesea_tokenizer.v1"

_PIECE = regex.compile(r"\S+")  # fallback: anything between white space


def _segment(text: str) -> list[str]:
    """underthesea's words of ``text`` (multi-syllable words hold spaces)."""
    from underthesea import word_tokenize

    words: list[str] = word_tokenize(text)
    return words


def word_spans(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Align segmented words to ``text``: the ``(start, end)`` of each word found.

    A word whose syllables are not separated by single spaces in ``text`` is
    split into its syllables; text the segmenter changed or dropped becomes
    white-space separated pieces, so every visible character is covered.

    >>> word_spans("Hà  Nội và TP.HCM", ["Hà Nội", "và", "TP.HCM"])
    [(0, 2), (4, 7), (8, 10), (11, 17)]
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for word in words:
        pieces = word.split()
        found: list[tuple[int, int]] = []
        at = pos
        for piece in pieces:
            start = text.find(piece, at)
            if start < 0 or text[at:start].strip():
                found = []
                break
            found.append((start, start + len(piece)))
            at = start + len(piece)
        if not found:
            continue
        if all(text[found[k][1] : found[k + 1][0]] == " " for k in range(len(found) - 1)):
            spans.append((found[0][0], found[-1][1]))
        else:
            spans.extend(found)
        pos = at
    return cover(text, spans)


def cover(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Add white-space separated pieces for the visible text ``spans`` leave out.

    >>> cover("ab cd ef", [(3, 5)])
    [(0, 2), (3, 5), (6, 8)]
    """
    covered: list[tuple[int, int]] = []
    last = 0
    for span_start, end in [*spans, (len(text), len(text))]:
        start = max(span_start, last)  # mapped spans may share a composed character
        if end < start:
            continue
        for m in _PIECE.finditer(text, last, start):
            covered.append((m.start(), m.end()))
        if start < end:
            covered.append((start, end))
        last = end
    return covered


class UndertheseaTokenizer:
    """Builds a Doc from underthesea's word segmentation, keeping the text exact."""

    def __init__(self, vocab: Vocab, segment: Callable[[str], list[str]] = _segment) -> None:
        self.vocab = vocab
        self.segment = segment

    def __call__(self, text: str) -> Doc:
        """Return the Doc of ``text``; ``doc.text == text`` always holds."""
        spans: list[tuple[int, int]] = []
        if text.strip():
            norm = normalize(text)
            found = word_spans(norm.text, self.segment(norm.text))
            spans = cover(text, [norm.to_original(start, end) for start, end in found])
        words: list[str] = []
        spaces: list[bool] = []
        last = 0
        for start, end in [*spans, (len(text), len(text))]:
            gap = text[last:start]
            if gap and words and gap[0] == " ":
                spaces[-1] = True  # one plain space after a word
                gap = gap[1:]
            if gap:
                words.append(gap)  # any other white space is a token of its own
                spaces.append(False)
            if start < end:
                words.append(text[start:end])
                spaces.append(False)
            last = end
        return Doc(self.vocab, words=words, spaces=spaces)

    def to_bytes(self, **kwargs: Any) -> bytes:
        """Nothing to save: the tokenizer has no state."""
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> UndertheseaTokenizer:
        """Nothing to load: the tokenizer has no state."""
        return self

    def to_disk(self, path: Any, **kwargs: Any) -> None:
        """Nothing to save: the tokenizer has no state."""

    def from_disk(self, path: Any, **kwargs: Any) -> UndertheseaTokenizer:
        """Nothing to load: the tokenizer has no state."""
        return self


@registry.tokenizers(TOKENIZER)  # type: ignore[untyped-decorator]
def create_tokenizer() -> Callable[[Language], UndertheseaTokenizer]:
    """The registered tokenizer factory (``[nlp.tokenizer]`` in a config)."""

    def make(nlp: Language) -> UndertheseaTokenizer:
        return UndertheseaTokenizer(nlp.vocab)

    return make


def _register_extensions() -> None:
    if not Doc.has_extension("vnextract_entities"):
        Doc.set_extension("vnextract_entities", default=None)


class EntityRecognizer:
    """spaCy component: finds organisations, persons and locations."""

    def __init__(self, nlp: Language, name: str = FACTORY) -> None:
        self.name = name
        self.lex: Lexicon | None = None
        _register_extensions()

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, **kw: Any
    ) -> None:
        """Load the gazetteers and cue lists (once per process)."""
        self.lex = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc.ents`` and ``doc._.vnextract_entities``; return the doc."""
        norm = normalize(doc.text)
        entities = []
        spans: list[Span] = []
        for entity in find_entities(norm.text, self.lex or load_lexicon()):
            mentions = []
            for m in entity.mentions:
                start, end = norm.to_original(m.start, m.end)
                mentions.append(RecordSpan(text=doc.text[start:end], start=start, end=end))
                span = doc.char_span(start, end, label=entity.label, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
            entities.append(entity.model_copy(update={"mentions": mentions}))
        doc.ents = filter_spans(spans)
        doc._.vnextract_entities = entities
        return doc


@Language.factory(FACTORY)
def make_entity_recognizer(nlp: Language, name: str) -> EntityRecognizer:
    """The registered factory: ``nlp.add_pipe("vnextract_entities")``."""
    return EntityRecognizer(nlp, name)


def load() -> Language:
    """Return the configured pipeline: underthesea tokenizer + entity component.

    Returns:
        A ``spacy.Language`` ready to call on Vietnamese text.
    """
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    nlp.add_pipe(FACTORY)
    nlp.initialize()
    return nlp


def entities_of(doc: Doc) -> list[Entity]:
    """The ``Entity`` records the component stored on ``doc``."""
    value: list[Entity] | None = doc._.vnextract_entities
    return value or []
