"""Ids for entities from the knowledge base under ``models/kb/``.

- ``vn-adm:<code>`` for Vietnam's provinces (two digits) and communes and wards
  (five digits), official codes after 1 July 2025; a former province keeps its
  own code and names the province it became part of in ``merged_into``;
- ``iso3166:<alpha-2>`` for countries and territories;
- ``ticker:<SYMBOL>`` for companies listed on HOSE, HNX and UPCoM, whatever form
  names them (official name, name without legal form, brand, ticker).

>>> entity_id("LOC", "tỉnh Vĩnh Phúc")
('vn-adm:26', 'vn-adm:25')
>>> entity_id("ORG", "Ngân hàng TMCP Ngoại thương Việt Nam")
('ticker:VCB', None)
>>> entity_id("PER", "Nguyễn Văn An")
(None, None)
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass

from vnextract.entities.knowledge import LEGAL_FORM, load_ward_codes
from vnextract.resources import read_lines


def is_province(name: str, id_: str | None) -> bool:
    """Whether a place is a Vietnamese province, current or former, not a centrally-run
    city: by its id, or by its name ("tỉnh Bắc Giang", whose code the province it became
    part of took over, has no id of its own).

    >>> is_province("Vĩnh Phúc", "vn-adm:26"), is_province("tỉnh Bắc Giang", None)
    (True, True)
    >>> is_province("Hà Nội", "vn-adm:01"), is_province("Phường Hoàn Kiếm", "vn-adm:00070")
    (False, False)
    """
    index = load_ids()
    if id_ is not None:
        return id_ in index.province_ids
    key = name_key(name)
    return key in index.province_names or _PLACE_WORD.sub("", key) in index.province_names


# Generic words before a place's name that do not change which place it is.
_PLACE_WORD = re.compile(r"^(?:tỉnh|thành phố|tp\.?|nước|quốc gia|vương quốc)\s*(?=\S)")
# A group or bank word left after the legal form: "Tập đoàn Hòa Phát" → "Hòa Phát".
_GROUP_WORD = re.compile(r"^(?:tập đoàn|ngân hàng)\s+")
_LETTER = re.compile(r"[^\W\d_]")
_WARD_WORD = re.compile(r"^(?:xã|phường|đặc khu)\s")


@dataclass(frozen=True)
class IdIndex:
    """Name keys (lower case, one space) to ids, per label."""

    places: dict[str, str]
    orgs: dict[str, str]
    tickers: dict[str, str]
    merged_into: dict[str, str]
    # Vietnam's provinces, current and former, not its centrally-run cities: ids, name keys
    province_ids: frozenset[str]
    province_names: frozenset[str]


def name_key(text: str) -> str:
    """The lookup form of a name: lower case, dashes unified, one space.

    >>> name_key("Bà Rịa – Vũng  Tàu")
    'bà rịa - vũng tàu'
    """
    return " ".join(text.replace("–", "-").replace("’", "'").casefold().split())


def _unique(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Keys that name one id only (a name two companies share names neither)."""
    ids: dict[str, set[str]] = defaultdict(set)
    for key, id_ in pairs:
        ids[key].add(id_)
    return {key: next(iter(v)) for key, v in ids.items() if len(v) == 1}


def _org_keys(name: str) -> list[str]:
    key = name_key(name)
    bare = LEGAL_FORM.sub("", key)
    keys = [key, bare, _GROUP_WORD.sub("", bare)]
    return [k for k in keys if _LETTER.search(k)]  # "Công ty Cổ phần 32": no name after the form


@functools.cache
def load_ids() -> IdIndex:
    """Read the id tables once.

    >>> load_ids().places["hà nội"]
    'vn-adm:01'
    """
    places: list[tuple[str, str]] = []
    provinces: list[str] = []
    province_ids: list[str] = []
    merged: dict[str, str] = {}
    former: list[tuple[str, str]] = []
    for line in read_lines("kb", "vn_provinces.tsv"):
        code, short, full, status, *into = line.split("\t")
        pairs = [(name_key(short), f"vn-adm:{code}"), (name_key(full), f"vn-adm:{code}")]
        if not name_key(full).startswith("thành phố "):  # "Thành phố Hà Nội": a city
            provinces += [name_key(short), name_key(full)]
            province_ids.append(f"vn-adm:{code}")
        if status == "former" and into[0] == code:
            continue  # "Bắc Giang": its code is the province's it became part of; no id
        if status == "former":
            former += pairs
            merged[f"vn-adm:{code}"] = f"vn-adm:{into[0]}"
        else:
            places += pairs
    current = dict(places)
    # a former province's name that a current province still bears is the current one
    places += [(k, v) for k, v in former if k not in current]
    for line in read_lines("kb", "countries.tsv"):
        code, names = line.split("\t")
        places += [(name_key(f), f"iso3166:{code}") for f in names.split("|")]
    index = _unique(places)
    for line in read_lines("entities", "provinces.txt"):  # short forms: "TP.HCM", "BR-VT"
        forms = [name_key(f) for f in line.split("|") if f.strip()]
        id_ = next((index[f] for f in forms if f in index), None)
        if id_ is not None:
            index.update({f: id_ for f in forms if f not in index})
    orgs: list[tuple[str, str]] = []
    tickers: dict[str, str] = {}
    for line in read_lines("kb", "listed_companies.tsv"):
        row = line.split("\t")
        id_ = f"ticker:{row[0]}"
        tickers[row[0]] = id_
        for form in [row[2], *(row[3:4]), *(row[4].split("|") if len(row) > 4 else [])]:
            if form.strip():
                orgs += [(k, id_) for k in _org_keys(form) if k]
    return IdIndex(
        index, _unique(orgs), tickers, merged, frozenset(province_ids), frozenset(provinces)
    )


def entity_id(label: str, text: str) -> tuple[str | None, str | None]:
    """Return the id of a mention and the id it was merged into, or ``(None, None)``.

    Args:
        label: "ORG", "PER" or "LOC".
        text: the mention as written.

    Returns:
        ``(id, merged_into)``; ``merged_into`` is set for a former province only.

    >>> entity_id("LOC", "Phường Hoàn Kiếm"), entity_id("LOC", "Nhật Bản")
    (('vn-adm:00070', None), ('iso3166:JP', None))
    >>> entity_id("ORG", "Vietcombank"), entity_id("ORG", "VCB")
    (('ticker:VCB', None), ('ticker:VCB', None))
    """
    index = load_ids()
    key = name_key(text)
    id_: str | None = None
    if label == "LOC":
        if _WARD_WORD.match(key):
            code = load_ward_codes().get(key)
            id_ = f"vn-adm:{code}" if code else None
        else:
            id_ = index.places.get(key) or index.places.get(_PLACE_WORD.sub("", key))
    elif label == "ORG":
        # a ticker names its company only as written, in capitals: "VCB", not "Vcb"
        id_ = index.tickers.get(text) or next(
            (index.orgs[k] for k in _org_keys(text) if k in index.orgs), None
        )
    if id_ is None:
        return None, None
    return id_, index.merged_into.get(id_)
