"""The entity data under ``models/entities/``, loaded once per process.

Each list is a file with a first comment line on its source. Phrases are
matched on tokens: a capitalised syllable in an entry must be capitalised in
the text, a lower-case one may be either ("Bắc Trung bộ" matches "Bắc Trung
Bộ"), so entries spell flexible syllables in lower case.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.util
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from vnextract.entities.tokens import Token, token_key, tokenize
from vnextract.resources import read_lines
from vnextract.text import fold_tone_marks


@dataclass(frozen=True)
class Phrase:
    """One entry of a phrase list: its tokens' key and capitalisation."""

    key: tuple[str, ...]
    caps: tuple[bool, ...]
    tag: str
    group: int


# Words that join the fields of an official name: the next field may open in lower case.
FIELD_JOINERS = frozenset({"và", ","})
_LOOSE_NAME_WORDS = 4  # from this many words on, a name is long enough to match in any case


def name_capitals(words: Sequence[str], caps: Sequence[bool]) -> tuple[bool, ...]:
    """Which words of an organisation's official name the text must capitalise, of those
    the name does (``caps``): news writes "Cục Quản lý nhà và thị trường bất động sản"
    and "vốn nhà nước" as often as the official "… và Thị trường …", "vốn Nhà nước".

    A field's first word after "và" or a comma may be in lower case, and in a name of
    four words or more only its first two words and its acronyms keep their capitals:
    that many words in a row name nothing else.

    >>> words = "Cục Quản lý nhà và Thị trường bất động sản".split()
    >>> name_capitals(words, [w[0].isupper() for w in words])
    (True, True, False, False, False, False, False, False, False, False)
    >>> name_capitals(["EVN", "Hà", "Nội", "GENCO"], [True, True, True, True])
    (True, True, False, True)
    >>> name_capitals(["Bộ", "Tài", "chính"], [True, True, False])
    (True, True, False)
    """
    loose = len(words) >= _LOOSE_NAME_WORDS
    return tuple(
        cap
        and not (k > 0 and words[k - 1].lower() in FIELD_JOINERS)
        and (not loose or k < 2 or (len(word) > 1 and word.isupper()))
        for k, (word, cap) in enumerate(zip(words, caps, strict=True))
    )


def word_positions(tokens: list[Token]) -> dict[str, list[int]]:
    """Where each lower-case token occurs: ``{"công": [0, 7], …}``."""
    positions: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(tokens):
        positions[t.lower].append(i)
    return positions


@dataclass
class PhraseMatcher:
    """Finds the longest listed phrase starting at a token.

    Phrases are indexed by their first word (``by_first``) and, to try only
    those that can match, by their first two words (``by_two``; one-word
    phrases in ``singles``). Each list is longest first, in the order added.

    >>> m = PhraseMatcher()
    >>> m.add("Hà Nội", "city")
    >>> m.add("Hà", "name")
    >>> [m.match(tokenize("Về Hà Nội"), 1).tag, m.match(tokenize("Hà Giang"), 0).tag]
    ['city', 'name']
    """

    by_first: dict[str, list[Phrase]] = field(default_factory=lambda: defaultdict(list))
    by_two: dict[tuple[str, str], list[Phrase]] = field(default_factory=lambda: defaultdict(list))
    singles: dict[str, list[Phrase]] = field(default_factory=lambda: defaultdict(list))

    def add(self, text: str, tag: str = "", group: int = -1, name: bool = False) -> None:
        """Add one phrase with a tag and an alias group; an organisation's ``name`` needs
        only the capitals ``name_capitals`` asks for."""
        toks = tokenize(text)
        if not toks:
            return
        caps = [t.cap for t in toks]
        phrase = Phrase(
            token_key(toks),
            name_capitals([t.text for t in toks], caps) if name else tuple(caps),
            tag,
            group,
        )
        key = phrase.key
        index = self.singles[key[0]] if len(key) == 1 else self.by_two[key[0], key[1]]
        for bucket in (self.by_first[key[0]], index):
            bucket.append(phrase)
            bucket.sort(key=lambda p: -len(p.key))

    def match_all(
        self, tokens: list[Token], positions: dict[str, list[int]] | None = None
    ) -> dict[int, Phrase]:
        """Return the longest phrase starting at each token where one starts.

        Args:
            tokens: the tokens.
            positions: where each lower-case word occurs (``word_positions``), to
                share one pass over the tokens between several matchers (the entity
                finder matches all its lists in one pass: ``Lexicon.match_lists``).
        """
        positions = positions if positions is not None else word_positions(tokens)
        starts = sorted(
            i for word in positions.keys() & self.by_first.keys() for i in positions[word]
        )
        found = {}
        by_two, singles, last = self.by_two, self.singles, len(tokens) - 1
        for i in starts:
            word = tokens[i].lower
            if word not in singles and (i == last or (word, tokens[i + 1].lower) not in by_two):
                continue  # no phrase can start here: skip the call
            phrase = self.match(tokens, i)
            if phrase is not None:
                found[i] = phrase
        return found

    def match(self, tokens: list[Token], i: int) -> Phrase | None:
        """Return the longest phrase that starts at ``tokens[i]``, or None.

        A phrase's words after the first must follow on the same line; a
        capitalised word in the phrase must be capitalised in the text.
        """
        first = tokens[i]
        if i + 1 < len(tokens) and not tokens[i + 1].line_start:
            size = len(tokens)
            for phrase in self.by_two.get((first.lower, tokens[i + 1].lower), ()):
                key, caps = phrase.key, phrase.caps
                n = len(key)
                if i + n > size or (caps[0] and not first.cap):
                    continue
                for k in range(1, n):
                    tok = tokens[i + k]
                    if tok.lower != key[k] or tok.line_start or (caps[k] and not tok.cap):
                        break
                else:
                    return phrase
        for phrase in self.singles.get(first.lower, ()):
            if first.cap or not phrase.caps[0]:
                return phrase
        return None


@dataclass(frozen=True)
class Lexicon:
    """Every list the entity rules use."""

    orgs: PhraseMatcher
    org_names: dict[int, str]
    org_heads: PhraseMatcher
    org_domains: PhraseMatcher
    places: PhraseMatcher
    place_names: dict[int, str]
    # the groups of the provinces, centrally-run cities and countries among ``places``
    major_places: frozenset[int]
    person_cues: PhraseMatcher
    surnames: frozenset[str]
    given_names: frozenset[str]
    not_orgs: frozenset[str]
    stop_words: PhraseMatcher
    openers: frozenset[str]
    not_loc_compounds: PhraseMatcher
    not_org_compounds: PhraseMatcher
    place_words: PhraseMatcher
    org_suffixes: PhraseMatcher
    org_cues: PhraseMatcher
    team_heads: PhraseMatcher  # "đội tuyển": a national team's name follows
    not_person_before: PhraseMatcher
    event_words: frozenset[str]
    # after a number, a word that makes it a figure or a time ("16 tỷ", "11 tháng")
    number_followers: frozenset[str]
    scope_words: frozenset[str]  # "quốc gia", "toàn cầu": a body's scope, closing its name
    legal_forms: frozenset[str]  # "ctcp", "tnhh mtv" after a company's name (and a dash)
    firm_heads: frozenset[str]  # "công ty", "ngân hàng": a head whose own name stands alone
    numbered_heads: frozenset[str]  # "nhà máy": a head whose name closes with a unit's number
    counted_nouns: frozenset[str]  # "công nhân", "tổ máy": what a number before them counts
    currency_words: PhraseMatcher
    business_words: PhraseMatcher
    words: frozenset[str]
    # a one-word phrase -> the lists (field names) holding it
    # a word -> (list, its one-word phrase for the word capitalised, for it in lower case
    # or None) for each list holding the word as a phrase: what ``match`` returns there
    # when no longer phrase of the list starts at the word
    single_lists: dict[str, tuple[tuple[str, Phrase, Phrase | None], ...]] = field(
        default_factory=dict
    )
    # the first two words of a longer phrase -> the lists with such a phrase
    pair_lists: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    pair_firsts: frozenset[str] = frozenset()  # the first words of the keys of pair_lists
    # the keys of the ``org_heads`` opening with one to three words of ``firm_heads``
    # ("công ty cổ phần", "tập đoàn"): a firm's heads
    firm_head_keys: frozenset[tuple[str, ...]] = frozenset()
    # an abbreviated head, lower case -> the head in full ("ubnd" -> "ủy ban nhân dân")
    head_abbreviations: dict[str, str] = field(default_factory=dict)
    # a word some phrase opens -> (whether it opens a key of pair_lists, its single_lists):
    # one look-up per token, none of the two for the words no phrase opens (most)
    word_plans: dict[str, tuple[bool, tuple[tuple[str, Phrase, Phrase | None], ...]]] = field(
        default_factory=dict
    )

    def match_lists(
        self, tokens: list[Token], names: Sequence[str]
    ) -> dict[str, dict[int, Phrase]]:
        """The longest phrase of each list ``names`` starting at each token, in one pass
        over the tokens: ``match_all`` of every list, trying at each token only the lists
        with a phrase of its word, or of its word and the next (one or two look-ups per
        word rather than one per word and list).

        Args:
            tokens: the tokens.
            names: the lists (``PhraseMatcher`` field names) to match.

        Returns:
            List name -> ``match_all(tokens)`` of that list.
        """
        found: dict[str, dict[int, Phrase]] = {name: {} for name in names}
        lists = {name: (getattr(self, name), found[name]) for name in names}
        pair_lists, plans = self.pair_lists, self.word_plans
        last = len(tokens) - 1
        for i, tok in enumerate(tokens):
            word = tok.lower
            plan = plans.get(word)
            if plan is None:
                continue  # no phrase of any list opens with the word
            opens_pair, singles = plan
            paired: tuple[str, ...] = ()
            if opens_pair and i < last:
                paired = pair_lists.get((word, tokens[i + 1].lower), ())
                for name in paired:  # a longer phrase may start here: the full match
                    matcher, at = lists.get(name) or _NO_LIST
                    if matcher is not None and (phrase := matcher.match(tokens, i)) is not None:
                        at[i] = phrase
            for name, if_capitalised, if_lower in singles:
                single = if_capitalised if tok.cap else if_lower
                if single is not None and name not in paired:  # else matched above
                    listed = found.get(name)
                    if listed is not None:
                        listed[i] = single
        return found


_NO_LIST: tuple[None, dict[int, Phrase]] = (None, {})  # a list not asked for


def _grouped(files: list[str], matcher: PhraseMatcher, names: dict[int, str], tag: str) -> None:
    for name in files:
        for line in read_lines("entities", name):
            forms = [f.strip() for f in line.split("|") if f.strip()]
            group = len(names)
            names[group] = forms[0]
            for form in forms:
                matcher.add(form, tag, group, name=tag == "ORG")


def _kb_places(matcher: PhraseMatcher, names: dict[int, str]) -> None:
    """Countries and cities of the knowledge base (``models/kb/``) the lists above lack.

    A city of CLDR's time zones (kind ``cldr``) is found only in a locative
    context, like a district, and only with a name of two words or more (one
    word, "Phoenix", "Victoria", is as often a project's or a person's name);
    capitals news names are found anywhere.
    """
    rows = [("LOC", line.split("\t")[1]) for line in read_lines("kb", "countries.tsv")]
    for line in read_lines("kb", "world_cities.tsv"):
        _code, kind, cell = line.split("\t")
        if kind != "cldr":
            rows.append(("LOC", cell))
        elif " " in cell:
            rows.append(("district", cell))
    for tag, cell in rows:
        forms = [f.strip() for f in cell.split("|") if f.strip()]
        group = len(names)
        names[group] = forms[0]
        for form in forms:
            matcher.add(form, tag, group)


def _tagged(name: str) -> PhraseMatcher:
    matcher = PhraseMatcher()
    for line in read_lines("entities", name):
        phrase, _, tag = line.partition("\t")
        matcher.add(phrase.strip(), tag.strip())
    return matcher


def business_words() -> PhraseMatcher:
    """Business-line words that continue a company name ("xây dựng", "phát triển đô thị").

    The knowledge base's VSIC titles (``kb/vsic_words.txt``) and the fields of
    agencies and project boards beyond them (``entities/business_words.txt``).
    """
    matcher = PhraseMatcher()
    for parts in (("kb", "vsic_words.txt"), ("entities", "business_words.txt")):
        for line in read_lines(*parts):
            matcher.add(line.lower())
    return matcher


def dictionary_words() -> frozenset[str]:
    """Multi-syllable words of underthesea's Viet74K dictionary, normalised, lower case.

    The file ships inside the installed underthesea package; it is read without
    importing underthesea (which is slow to import). Empty if it is missing.
    """
    spec = importlib.util.find_spec("underthesea")
    if spec is None or spec.origin is None:
        return frozenset()
    path = Path(spec.origin).parent / "corpus" / "data" / "Viet74K.txt"
    if not path.is_file():
        return frozenset()
    lines = [w for w in path.read_text(encoding="utf-8").lower().splitlines() if " " in w]
    text = fold_tone_marks(unicodedata.normalize("NFC", "\n".join(lines)))
    return frozenset(w.strip() for w in text.splitlines())


@functools.cache
def load_lexicon() -> Lexicon:
    """Load the entity data once and return it.

    >>> lex = load_lexicon()
    >>> "nguyễn" in lex.surnames, "gdp" in lex.not_orgs
    (True, True)
    """
    orgs, org_names = PhraseMatcher(), dict[int, str]()
    _grouped(["orgs.txt"], orgs, org_names, "ORG")
    places, place_names = PhraseMatcher(), dict[int, str]()
    _grouped(["provinces.txt"], places, place_names, "LOC")
    provinces = frozenset(place_names)
    _grouped(["places.txt"], places, place_names, "LOC")
    before_world = len(place_names)
    _grouped(["world.txt"], places, place_names, "LOC")
    countries = frozenset(range(before_world, len(place_names)))
    _grouped(["world_cities.txt"], places, place_names, "LOC")
    _grouped(["districts.txt"], places, place_names, "district")
    _kb_places(places, place_names)
    lex = Lexicon(
        orgs=orgs,
        org_names=org_names,
        org_heads=_tagged("org_heads.txt"),
        org_domains=_tagged("org_domains.txt"),
        places=places,
        place_names=place_names,
        major_places=provinces | countries,
        person_cues=_tagged("person_cues.txt"),
        surnames=frozenset(w.lower() for w in read_lines("entities", "surnames.txt")),
        given_names=frozenset(w.lower() for w in read_lines("entities", "foreign_given_names.txt")),
        not_orgs=frozenset(
            w.lower()
            for w in read_lines("entities", "not_orgs.txt")
            + read_lines("kb", "not_org_abbreviations.txt")
        ),
        stop_words=_tagged("stop_words.txt"),
        openers=frozenset(w.lower() for w in read_lines("entities", "sentence_openers.txt")),
        not_loc_compounds=_tagged("not_loc_compounds.txt"),
        not_org_compounds=_tagged("not_org_compounds.txt"),
        place_words=_tagged("place_words.txt"),
        org_suffixes=_tagged("org_suffixes.txt"),
        org_cues=_tagged("org_cues.txt"),
        team_heads=_tagged("team_heads.txt"),
        not_person_before=_tagged("not_person_before.txt"),
        event_words=frozenset(w.lower() for w in read_lines("entities", "event_words.txt")),
        number_followers=frozenset(
            w.lower() for w in read_lines("entities", "number_followers.txt")
        ),
        scope_words=frozenset(w.lower() for w in read_lines("entities", "scope_words.txt")),
        legal_forms=frozenset(w.lower() for w in read_lines("entities", "legal_forms.txt")),
        firm_heads=frozenset(w.lower() for w in read_lines("entities", "firm_heads.txt")),
        numbered_heads=frozenset(w.lower() for w in read_lines("entities", "numbered_heads.txt")),
        counted_nouns=frozenset(read_lines("units", "counted_nouns.txt")),
        currency_words=_tagged("currency_words.txt"),
        business_words=business_words(),
        words=dictionary_words(),
        head_abbreviations={
            short.lower(): full.strip()
            for short, _, full in (
                line.partition("\t") for line in read_lines("entities", "head_abbreviations.txt")
            )
        },
    )
    singles: dict[str, list[tuple[str, Phrase, Phrase | None]]] = defaultdict(list)
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name, value in ((f.name, getattr(lex, f.name)) for f in dataclasses.fields(lex)):
        if isinstance(value, PhraseMatcher):
            for word, phrases in value.singles.items():  # the first that fits, as ``match``
                lower = next((p for p in phrases if not p.caps[0]), None)
                singles[word].append((name, phrases[0], lower))
            for pair in value.by_two:
                pairs[pair].append(name)
    lex.single_lists.update((word, tuple(names)) for word, names in singles.items())
    lex.pair_lists.update((pair, tuple(names)) for pair, names in pairs.items())
    pair_firsts = frozenset(first for first, _ in pairs)
    lex.word_plans.update(
        (word, (word in pair_firsts, lex.single_lists.get(word, ())))
        for word in set(pair_firsts).union(lex.single_lists.keys())
    )
    firm_head_keys = frozenset(
        phrase.key
        for phrases in lex.org_heads.by_first.values()
        for phrase in phrases
        if any(" ".join(phrase.key[:n]) in lex.firm_heads for n in (1, 2, 3))
    )
    return dataclasses.replace(lex, pair_firsts=pair_firsts, firm_head_keys=firm_head_keys)
