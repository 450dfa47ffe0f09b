"""The cue words of the targets stage: ``models/targets/vi_target_cues.tsv``, compiled once.

Each kind of cue (``goal``, ``weak``, ``past``, ``forecast``, ``deadline`` …; the
file's header says what each kind marks) gives three patterns: anywhere, ending
a text, and starting at a position.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex

from vnextract.resources import read_lines

_CUE_FILE = ("targets", "vi_target_cues.tsv")


@dataclass(frozen=True)
class Lexicon:
    """The cue patterns of the cue file, compiled on first use.

    Each kind gives three patterns: ``kind`` (anywhere), ``kind$`` (ending a
    text) and ``^kind`` (at a position, with the space after it). An article
    needs about a third of them, so each is compiled when first asked for.
    """

    sources: dict[str, tuple[str, int]]  # pattern name -> (regular expression, flags)
    compiled: dict[str, regex.Pattern[str]] = field(default_factory=dict)

    def pattern(self, name: str) -> regex.Pattern[str] | None:
        """The pattern ``name`` ("goal", "goal$", "^goal"); None when the file has no such kind."""
        pattern = self.compiled.get(name)
        if pattern is None and name in self.sources:
            source, flags = self.sources[name]
            pattern = self.compiled[name] = regex.compile(source, flags)
        return pattern

    def find(
        self, kind: str, text: str, pos: int = 0, endpos: int | None = None
    ) -> list[regex.Match[str]]:
        """Every match of ``kind`` in ``text[pos:endpos]``."""
        pattern = self.pattern(kind)
        if pattern is None:
            return []
        return list(pattern.finditer(text, pos, len(text) if endpos is None else endpos))

    def has(self, kind: str, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether ``kind`` occurs in ``text[pos:endpos]``."""
        pattern = self.pattern(kind)
        if pattern is None:
            return False
        return pattern.search(text, pos, len(text) if endpos is None else endpos) is not None

    def ends_with(self, kind: str, text: str) -> regex.Match[str] | None:
        """The match of ``kind`` that ends ``text`` (white space trimmed), if any."""
        pattern = self.pattern(f"{kind}$")
        return pattern.search(text.rstrip()) if pattern is not None else None

    def starts_with(self, kind: str, text: str, pos: int) -> regex.Match[str] | None:
        """The match of ``kind`` that starts at ``pos``, if any."""
        pattern = self.pattern(f"^{kind}")
        return pattern.match(text, pos) if pattern is not None else None

    def is_all(self, kind: str, text: str) -> bool:
        """Whether ``text`` is one phrase of ``kind`` (and white space)."""
        pattern = self.pattern(f"^{kind}")
        return pattern is not None and pattern.fullmatch(text) is not None

    def remove(self, kind: str, text: str) -> str:
        """``text`` without the phrases of ``kind``."""
        pattern = self.pattern(kind)
        return pattern.sub("", text) if pattern is not None else text


@functools.cache
def lexicon() -> Lexicon:
    """Load the cue file once; its patterns compile on first use."""
    by_kind: dict[str, list[str]] = {}
    for line in read_lines(*_CUE_FILE):
        kind, _, phrase = line.partition("\t")
        if phrase.strip():
            by_kind.setdefault(kind.strip(), []).append(phrase.strip())
    sources: dict[str, tuple[str, int]] = {}
    for kind, phrases in by_kind.items():
        # Simple case folding (V0): full folding (V1) makes compiling several times
        # slower and changes nothing for Vietnamese letters.
        flags = regex.V0 if kind == "title" else regex.V0 | regex.IGNORECASE
        alts = "|".join(
            r"\s+".join(regex.escape(w) for w in p.split())
            for p in sorted(phrases, key=len, reverse=True)
        )
        body = rf"(?<!\w)(?:{alts})(?!\w)"
        sources[kind] = (body, flags)
        sources[f"{kind}$"] = (rf"{body}$", flags)
        sources[f"^{kind}"] = (rf"{body}\s*", flags)
    return Lexicon(sources)
