"""Second pass: more mentions of what the first pass found.

``repeats`` finds later, shorter mentions of a found name (a person's given
name "Tiến Linh" after "Nguyễn Tiến Linh", an organisation's name "Hòa Phát"
after "Tập đoàn Hòa Phát"); ``coordinated`` finds names listed beside a person
("Việt Hưng và Thanh Sơn" after one of them is known) and beside organisations
("Grab, Gojek và Be": the other members of a list of organisations).
"""

from __future__ import annotations

from vnextract.entities.finder import (
    LIST_JOINERS,
    MAX_LIST_MEMBERS,
    PRIO_WEAK,
    Cand,
    Finder,
    name_run,
)
from vnextract.entities.tokens import Token, token_key


def repeats(kept: list[Cand], tokens: list[Token], finder: Finder | None = None) -> list[Cand]:
    """Later mentions of a name in a shorter form: a person's given name, an org's name.

    With ``finder``, a company's own name after its business line counts too
    (rule ``own_name``: "Đức Thịnh" after "Công ty Cổ phần Phân bón và Hóa chất Đức
    Thịnh"), two name words or more that are no listed place ("Sữa Việt Nam"), open
    no person's name ("Trường THPT Nguyễn Trãi") and are not written after a place word
    in the article ("hồ Thác Bà" beside "Công ty Cổ phần Thủy điện Thác Bà").
    """
    # a form's words -> its label and which of its words are capitalised (a later
    # mention is written the same way: "Bảo hiểm Bảo Việt", not "bảo hiểm Bảo Việt")
    forms: dict[tuple[str, ...], tuple[str, tuple[bool, ...]]] = {}
    placed: set[tuple[str, ...]] | None = None  # names written after a place word, once
    groups: dict[tuple[str, ...], str] = {}  # a facility's name alone joins the facility
    named_places: set[tuple[str, ...]] | None = None  # after a place word, not a facility's
    for c in kept:
        words = tokens[c.start : c.end]
        if c.label == "PER" and len(words) >= 3:
            forms[token_key(words[-2:])] = ("PER", _shape(words[-2:]))
        elif c.label == "ORG" and c.core_start >= 0:
            core = tokens[c.core_start : c.end]
            names = sum(1 for w in core if w.cap)
            if core and core[0].cap and (names >= 2 or any(w.upper for w in core)):
                forms[token_key(core)] = ("ORG", _shape(core))
            if finder is not None:
                own = _own_name(finder, c)
                if own is not None:
                    own_words = tokens[own : c.end]
                    if placed is None:
                        placed = _after_place_words(finder)
                    if token_key(own_words) not in placed:
                        forms.setdefault(token_key(own_words), ("ORG", _shape(own_words)))
        elif c.label == "LOC" and finder is not None:
            # rule facility_name: "Cảng hàng không quốc tế Cát Bi", then "Cát Bi phục vụ 5,6
            # triệu lượt khách": the name alone is the facility's, unless the article writes
            # it after another place word ("phường Cát Bi")
            name = _facility_name(finder, c)
            if name is not None:
                if named_places is None:
                    named_places = _after_place_words(finder, facilities=False)
                if name not in named_places:
                    forms.setdefault(name, ("LOC", (True,) * len(name)))
                    groups[name] = c.group
        elif c.label == "ORG" and c.end - c.start >= 2 and all(w.cap for w in words):
            # a name of two words or more without a head: a brand or a short form
            # ("FPT Software", written in brackets after "Công ty TNHH Phần mềm FPT")
            forms.setdefault(token_key(words), ("ORG", _shape(words)))
    if groups:
        for c in kept:
            # rule facility_name on a listed place: "Nội Bài" alone, after "Cảng hàng không
            # quốc tế Nội Bài", is the airport's short form, one entity with it
            key = token_key(tokens[c.start : c.end])
            if c.label == "LOC" and key in groups and not c.group.startswith("fac:"):
                c.group = groups[key]
    for c in kept:
        if c.label == "ORG" and c.end - c.start == 1 and tokens[c.start].name_word:
            forms[(tokens[c.start].lower,)] = ("ORG", (True,))  # an abbreviation: "Vicofa"
    out: list[Cand] = []
    if not forms:
        return out
    lengths = {len(f) for f in forms}
    firsts = {f[0] for f in forms}  # a word no form opens with is passed over at once
    n = len(tokens)
    # a form opens with a capital: the finder has listed the capitalised tokens
    capitalised = (
        finder.capitalised
        if finder is not None and finder.t is tokens
        else [k for k, t in enumerate(tokens) if t.cap]
    )
    for i in capitalised:
        if tokens[i].lower not in firsts:
            continue
        if i > 0 and tokens[i].joined and tokens[i - 1].name_word and not _opener(finder, i - 1):
            continue
        for size in lengths:
            end = i + size
            if end > n:
                continue
            key = token_key(tokens[i:end])
            form = forms.get(key)
            if form is None or (end < n and tokens[end].joined and tokens[end].name_word):
                continue
            label, shape = form
            caps = _shape(tokens[i:end])
            if (all(caps) or caps == shape) and not any(t.line_start for t in tokens[i + 1 : end]):
                group = groups.get(key, "")
                out.append(
                    Cand(i, end, tokens[i].start, tokens[end - 1].end, label, PRIO_WEAK, group)
                )
    return out


def _opener(finder: Finder | None, k: int) -> bool:
    """Whether ``tokens[k]`` is a word that opens a sentence without being a name ("Theo")."""
    return finder is not None and finder.t[k].sent_start and finder.t[k].lower in finder.lex.openers


def _shape(words: list[Token]) -> tuple[bool, ...]:
    """Which of ``words`` are capitalised."""
    return tuple(w.cap for w in words)


def listed_with_orgs(kept: list[Cand], tokens: list[Token], finder: Finder) -> list[Cand]:
    """Capitalised members of a list of organisations are organisations: "Grab, Gojek và Be".

    A member is one to three capitalised words (or a code) between list joiners,
    that is no person's name, no listed place and no known non-organisation.
    """
    n = len(tokens)
    orgs = {c.start: c.end for c in kept if c.label == "ORG"}
    ends = {c.end: c.start for c in kept if c.label == "ORG"}

    def member_end(k: int) -> int:  # the end of a bare name at k, or k
        end = k
        while end < n and end - k < 3 and (end == k or tokens[end].joined):
            t = tokens[end]
            if not (t.name_word or t.upper) or t.lower in finder.lex.not_orgs:
                break
            end += 1
        if (
            end == k
            or finder.is_person_run(k)
            or finder.firm_place(k)
            or any(k in finder.at[m] for m in ("person_cues", "org_heads", "stop_words"))
        ):
            return k
        return end

    def member_start(k: int) -> int:  # the start of a bare name ending at k, or k
        first = k
        while first > 0 and k - first < 3 and (first == k or tokens[first].joined):
            t = tokens[first - 1]
            if not (t.name_word or t.upper):
                break
            first -= 1
        return first

    def closes(k: int) -> bool:  # a list member ends here
        return k >= n or not tokens[k].is_word or not tokens[k].cap

    def coordinated_list(start: int, end: int) -> bool:  # "và", "hay" joins the list
        k = end
        for _ in range(MAX_LIST_MEMBERS):
            if k + 1 >= n or tokens[k].lower not in LIST_JOINERS:
                break
            if tokens[k].lower != ",":
                return True
            k = orgs.get(k + 1) or member_end(k + 1)
        k = start - 1
        for _ in range(MAX_LIST_MEMBERS):
            if k < 1 or tokens[k].lower not in LIST_JOINERS:
                break
            if tokens[k].lower != ",":
                return True
            k = ends.get(k, member_start(k)) - 1
        return False

    out: list[Cand] = []
    for start, end in orgs.items():
        if not coordinated_list(start, end):
            continue  # "Boeing, Seattle, bang Washington": an apposition, not a list
        k = end  # forward: "<org>, X và Y"
        while k + 1 < n and tokens[k].lower in LIST_JOINERS and k + 1 not in orgs:
            stop = member_end(k + 1)
            if stop == k + 1 or not closes(stop):
                break
            out.append(Cand(k + 1, stop, tokens[k + 1].start, tokens[stop - 1].end, "ORG", 0))
            k = stop
        k = start - 1  # backward: "X, Y và <org>"
        while k >= 1 and tokens[k].lower in LIST_JOINERS and k not in ends:
            first = member_start(k)
            if first == k or member_end(first) != k:
                break
            out.append(Cand(first, k, tokens[first].start, tokens[k - 1].end, "ORG", 0))
            k = first - 1
    return out


def coordinated(kept: list[Cand], tokens: list[Token], finder: Finder) -> list[Cand]:
    """Names listed with a person ("Việt Hưng và Thanh Sơn") are persons too."""
    out: list[Cand] = []
    n = len(tokens)

    def plain_name(start: int, end: int) -> bool:
        # 2–3 name words, not a title, organisation or place, and the name ends there
        return (
            2 <= end - start <= 3
            and all(t.name_word for t in tokens[start:end])
            and not any(start in finder.at[m] for m in ("person_cues", "org_heads", "places"))
            and (end >= n or not tokens[end].is_word or finder.stop_at(end))
        )

    for c in kept:
        if c.label != "PER":
            continue
        k = c.end  # "<person> và <name>", "<person>, <name>"
        if k + 1 < n and tokens[k].lower in {"và", ","}:
            end = name_run(tokens, k + 1, 4)
            if plain_name(k + 1, end) and (end >= n or not tokens[end].name_word):
                out.append(Cand(k + 1, end, tokens[k + 1].start, tokens[end - 1].end, "PER", 0))
        k = c.start - 1  # "<name> và <person>"
        if k >= 2 and tokens[k].lower in {"và", ","}:
            start = k - 1
            while start > 0 and tokens[start].joined and tokens[start - 1].name_word:
                start -= 1
            if plain_name(start, k):
                out.append(Cand(start, k, tokens[start].start, tokens[k - 1].end, "PER", 0))
    return out


def _own_name(finder: Finder, c: Cand) -> int | None:
    """Where a company's own name starts: its capitalised words after the last word of
    its business line ("… Hóa chất Đức Thịnh", "Thép Nam Sơn": "Đức Thịnh", "Nam Sơn");
    None when fewer than two, a listed place or a person's whole name, or the organisation
    is no company."""
    t = finder.t
    if not finder.firm_head(c.start):
        return None  # a plant's or a centre's name is often its place's ("Vĩnh Tân")
    k = c.end
    while k > c.core_start and t[k - 1].cap and t[k - 1].name_word:
        k -= 1
    while k < c.end and finder.at["business_words"].get(k) is not None:
        k += len(finder.at["business_words"][k].key)  # "Thép": the business line
    if c.end - k < 2:
        return None
    place = finder.at["places"].get(k)
    # a firm's own name of two words may be shaped like a person's ("Châu Giang"), not a
    # whole one ("Công ty TNHH Nguyễn Văn An")
    if (place is not None and k + len(place.key) >= c.end) or (
        c.end - k > 2 and finder.is_person_run(k)
    ):
        return None
    return k


def _facility_name(finder: Finder, c: Cand) -> tuple[str, ...] | None:
    """The name of a facility's mention ("Cảng hàng không quốc tế Cát Bi": "cát bi"), when
    it is two capitalised words or more and neither a province, a country nor a district
    ("sân bay Long Thành": a bare "Long Thành" is the district; a listed place of another
    kind, "Nội Bài", "Lạch Huyện", is the facility's name)."""
    word = finder.at["place_words"].get(c.start)
    if word is None or not c.group.startswith("fac:"):
        return None  # no facility of its own: "cảng Hải Phòng" names the city
    k = c.start + len(word.key)
    t = finder.t
    if c.end - k < 2 or not all(w.cap and w.name_word for w in t[k : c.end]):
        return None
    name = token_key(t[k : c.end])
    listed = finder.at["places"].get(k)
    if listed is not None and (
        len(listed.key) != len(name)
        or listed.group in finder.lex.major_places
        or any(
            p.key == name and p.tag == "district"
            for p in finder.lex.places.by_first.get(name[0], ())
        )
    ):
        return None
    return name


def _after_place_words(finder: Finder, facilities: bool = True) -> set[tuple[str, ...]]:
    """The names the article writes right after a place word ("hồ Thác Bà": "thác bà"), up
    to four words: such a name names the place, no company's own name. Without
    ``facilities``, not after a facility's word ("Cảng hàng không Cát Bi")."""
    t = finder.t
    out: set[tuple[str, ...]] = set()
    for k, word in finder.at["place_words"].items():
        if not facilities and word.tag == "facility":
            continue
        start = k + len(word.key)
        end = name_run(t, start) if start < finder.n else start
        for stop in range(start + 1, min(end, start + 4) + 1):
            out.add(tuple(w.lower for w in t[start:stop]))
    return out
