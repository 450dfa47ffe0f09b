"""Regenerate the knowledge base under ``models/kb/`` from public sources.

Each output file's first line names its source and the date it was built.
Run from the repository root with the ``kb`` extra installed::

    python scripts/build_kb.py world       # countries, world cities   (Babel / CLDR)
    python scripts/build_kb.py admin       # provinces, wards, former provinces and districts
                                           #   (vietnam-provinces; underthesea's mapping.json)
    python scripts/build_kb.py listed PATH # listed companies from a stocksData.js listing file

The listing file is ``src/js/stocksData.js`` of the public GitHub repository
hunganh/hunganh.github.io (symbol, Vietnamese company name and exchange of every
stock on HOSE, HNX and UPCoM); only the facts are kept, normalised here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KB = ROOT / "models" / "kb"
TODAY = dt.date.today().isoformat()

# CLDR territory codes that are no ISO 3166 country or territory, or no place at all.
_NOT_ISO = frozenset(
    ["AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"]
)
_PAREN = re.compile(r"\s*\(([^)]*)\)\s*$")


def nfc(text: str) -> str:
    """NFC with the old tone-mark placement the pipeline matches on ("Hoà" → "Hòa")."""
    sys.path.insert(0, str(ROOT / "src"))
    from vnextract.text import fold_tone_marks

    return fold_tone_marks(unicodedata.normalize("NFC", " ".join(text.split())))


def write(name: str, header: str, rows: list[str]) -> None:
    """Write ``models/kb/<name>`` with its provenance line first."""
    path = KB / name
    path.write_text("\n".join([f"# {header} Built {TODAY}.", *rows]) + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(rows)} rows")


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a hand-compiled ``models/kb`` table, comment lines skipped."""
    lines = (KB / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def forms(cell: str) -> list[str]:
    """The ``|``-separated forms of a cell, normalised."""
    return [nfc(f) for f in cell.split("|") if f.strip()]


# ------------------------------------------------------------------ world
def country_forms(name: str) -> list[str]:
    """A CLDR name and the forms news writes for it.

    >>> country_forms("Myanmar (Miến Điện)")
    ['Myanmar', 'Miến Điện']
    >>> country_forms("St. Lucia")
    ['St. Lucia', 'Saint Lucia']
    """
    out = [name]
    m = _PAREN.search(name)
    if m:
        out = [name[: m.start()], m.group(1)]
    if name.startswith("St. "):
        out.append("Saint " + name[4:])
    return out


def build_world() -> None:
    """countries.tsv and world_cities.tsv from CLDR (Babel's Vietnamese locale)."""
    import babel
    from babel import Locale
    from babel.core import get_global
    from babel.dates import get_timezone_location

    extra: dict[str, list[str]] = defaultdict(list)
    for code, cell in read_tsv("countries_extra.tsv"):
        extra[code].extend(forms(cell))
    rows = []
    for code, name in sorted(Locale("vi").territories.items()):
        if len(code) != 2 or not code.isalpha() or code in _NOT_ISO:
            continue
        names = [nfc(f) for f in country_forms(name)] + extra.pop(code, [])
        rows.append(f"{code}\t{' | '.join(dict.fromkeys(names))}")
    assert not extra, f"unknown codes in countries_extra.tsv: {sorted(extra)}"
    write(
        "countries.tsv",
        f"Countries and territories with their ISO 3166 alpha-2 code and Vietnamese names, "
        f"from CLDR's Vietnamese locale (Babel {babel.__version__}) plus the hand-compiled "
        f"forms of countries_extra.tsv, by scripts/build_kb.py. Format: code<TAB>name | form.",
        rows,
    )
    seen: set[str] = set()
    cities = []
    for code, cell in read_tsv("world_cities_extra.tsv"):
        names = forms(cell)
        seen.update(names)
        cities.append(f"{code}\tnews\t{' | '.join(names)}")
    for zone, code in sorted(get_global("zone_territories").items()):
        if code in _NOT_ISO or zone.split("/")[0] in {"Etc", "Antarctica"}:
            continue
        city = nfc(get_timezone_location(zone, locale="vi", return_city=True))
        if city and city not in seen and len(city) > 3:
            seen.add(city)
            cities.append(f"{code}\tcldr\t{city}")
    write(
        "world_cities.tsv",
        f"Cities abroad: the hand-compiled capitals and big cities of world_cities_extra.tsv "
        f"(kind 'news') and CLDR's Vietnamese exemplar cities of time zones (kind 'cldr', "
        f"Babel {babel.__version__}), by scripts/build_kb.py. Format: country code<TAB>kind"
        f"<TAB>name | form.",
        cities,
    )


# ------------------------------------------------------------------ admin
_UNIT = re.compile(r"^(?:Thành phố|Tỉnh)\s+")


def short_province(name: str) -> str:
    """Drop the unit word: "Thành phố Hà Nội" → "Hà Nội"."""
    return _UNIT.sub("", name)


def build_admin() -> None:
    """Provinces (current and former), wards and former districts with codes."""
    import underthesea
    import vietnam_provinces as vp

    nested = json.loads(Path(vp.NESTED_DIVISIONS_JSON_PATH).read_text(encoding="utf-8"))
    mapping_path = Path(underthesea.__file__).parent / "address" / "data" / "mapping.json"
    mapping = json.loads(mapping_path.read_text(encoding="utf-8"))
    current = {}
    rows, wards = [], []
    for prov in nested:
        code = f"{prov['code']:02d}"
        name = nfc(prov["name"])
        current[code] = name
        rows.append(f"{code}\t{short_province(name)}\t{name}\tcurrent\t")
        for ward in prov["wards"]:
            wards.append(f"{ward['code']:05d}\t{code}\t{nfc(ward['name'])}")
    new_codes = {k: v["code"] for k, v in mapping["province_names"].items()}
    for key, old in sorted(mapping["old_province_names"].items(), key=lambda kv: kv[1]["code"]):
        into = new_codes[mapping["province_mapping"][key]]
        assert into in current, f"{key}: unknown new province {into}"
        if into == old["code"] and short_province(current[into]) == nfc(old["short"]):
            continue  # the same province before and after
        # a former province whose code the province it became part of took over ("Bắc
        # Giang", 24, now part of Bắc Ninh, 24) is listed too: its name is a province's
        rows.append(f"{old['code']}\t{nfc(old['short'])}\t{nfc(old['name'])}\tformer\t{into}")
    old_code = {v["name"]: v["code"] for v in mapping["old_province_names"].values()}
    districts = sorted(
        {(old_code[r["old_province"]], nfc(r["old_district"])) for r in mapping["ward_mapping"]}
    )
    write(
        "vn_provinces.tsv",
        f"Vietnam's 34 provinces and centrally-run cities after 1 July 2025 with official codes "
        f"(vietnam-provinces {vp.__version__}, data {vp.__data_version__}) and the former "
        f"provinces merged into them, with their own codes and the code of the province they "
        f"became part of (underthesea's address/data/mapping.json, vietnamadminunits "
        f"{mapping['metadata'].get('version')}), by scripts/build_kb.py. Format: code<TAB>name"
        f"<TAB>official name<TAB>current|former<TAB>merged into (a former province whose code "
        f"the province it became part of took over shares that code).",
        rows,
    )
    write(
        "vn_wards.tsv",
        f"Vietnam's communes, wards and special zones after 1 July 2025 with official codes, "
        f"from vietnam-provinces {vp.__version__} (data {vp.__data_version__}), by "
        f"scripts/build_kb.py. Format: code<TAB>province code<TAB>name with its unit word.",
        wards,
    )
    write(
        "vn_districts_former.tsv",
        f"District-level units before 1 July 2025 (districts were abolished then), with the "
        f"code of their former province, from underthesea's address/data/mapping.json "
        f"(vietnamadminunits {mapping['metadata'].get('version')}), by scripts/build_kb.py. "
        f"Format: former province code<TAB>name with its unit word.",
        [f"{code}\t{name}" for code, name in districts],
    )


# ------------------------------------------------------------------ listed
# Legal forms opening an official name, longest first; matched case-insensitively.
_LEGAL = re.compile(
    r"""^(?:tổng\ công\ ty\ cổ\ phần|tổng\ công\ ty|công\ ty\ cổ\ phần|công\ ty\ cp|ctcp|
         công\ ty\ tnhh(?:\ mtv|\ một\ thành\ viên)?|công\ ty|
         ngân\ hàng\ thương\ mại\ cổ\ phần|ngân\ hàng\ tmcp)\s+""",
    re.IGNORECASE | re.VERBOSE,
)
_TAIL = re.compile(r"\s*[-–]\s*(?:CTCP|Công ty cổ phần)\s*$", re.IGNORECASE)
_GROUP = re.compile(r"^(?:tập đoàn|ngân hàng)\s+", re.IGNORECASE)


def tidy_name(name: str) -> str:
    """Normalise an official name: spaces, NFC, capitals of a name written in capitals.

    >>> tidy_name("CÔNG TY CỔ PHẦN MAY MẶC BÌNH DƯƠNG ")
    'Công ty Cổ phần May Mặc Bình Dương'
    """
    name = nfc(name.replace("–", "-"))
    if name.isupper():
        name = " ".join(w.capitalize() for w in name.split())
        name = re.sub(r"^Công Ty Cổ Phần", "Công ty Cổ phần", name)
    return name


def core_name(name: str) -> str:
    """The name without its legal form: "Công ty Cổ phần Nhựa An Phát Xanh" → "Nhựa An Phát Xanh".

    >>> core_name("Tổng Công ty Đầu tư và Phát triển Công nghiệp - CTCP")
    'Đầu tư và Phát triển Công nghiệp'
    """
    return _TAIL.sub("", _LEGAL.sub("", _PAREN.sub("", name))).strip()


def short_name(core: str, vsic: list[str]) -> str:
    """The distinctive part of a core name: group word and business-line words dropped.

    >>> short_name("Tập đoàn Xây dựng và Đầu tư Hòa Bình", ["xây dựng", "đầu tư"])
    'Hòa Bình'
    """
    words = _GROUP.sub("", core)
    changed = True
    while changed:
        changed = False
        low = words.lower()
        for phrase in vsic:
            for glue in ("", "và ", "& ", "- "):
                lead = glue + phrase + " "
                if low.startswith(lead):
                    words, low, changed = words[len(lead) :], low[len(lead) :], True
    return words.strip()


def build_listed(source: Path) -> None:
    """listed_companies.tsv from a stocksData.js listing and listed_brands.tsv."""
    text = source.read_text(encoding="utf-8")
    data = json.loads(text[text.index("[", text.index("window.stockData")) :].rstrip().rstrip(";"))
    vsic = sorted(
        (w for w in (KB / "vsic_words.txt").read_text(encoding="utf-8").splitlines()[1:] if w),
        key=len,
        reverse=True,
    )
    places = place_names()
    brands = {code: forms(cell) for code, cell in read_tsv("listed_brands.tsv")}
    records = []
    for item in sorted(data, key=lambda d: d["symbol"]):
        if len(item["symbol"]) != 3:
            continue  # warrants, bonds, funds' certificates
        full = tidy_name(item["name"])
        core = core_name(full)
        short = short_name(core, vsic)
        records.append((item["symbol"], item["exchange"].replace("HSX", "HOSE"), full, core, short))
    shorts = Counter(r[4].lower() for r in records)
    rows = []
    for ticker, exchange, full, core, short in records:
        names = []
        # a short name is kept when one company has it, it has two words or a brand's shape,
        # and it is no place and no number ("Công ty Cổ phần 32")
        if (
            short != core
            and shorts[short.lower()] == 1
            and (len(short.split()) >= 2 or re.search(r"[A-Z].*[A-Z]|\d", short[1:] or ""))
            and short.lower() not in places
            and short.lower() not in vsic
            and not all(p.strip().lower() in places for p in short.split(" - "))
            and short[0].isupper()
            and short.split()[-1][0].isupper()
        ):
            names.append(short)
        names += [b for b in brands.pop(ticker, []) if b not in names]
        core = "" if core[:1].isdigit() else core  # "Công ty Cổ phần 32" has no name
        rows.append(f"{ticker}\t{exchange}\t{full}\t{core}\t{' | '.join(names)}")
    assert not brands, f"tickers of listed_brands.tsv missing from the listing: {sorted(brands)}"
    write(
        "listed_companies.tsv",
        "Companies listed on HOSE, HNX and UPCoM: ticker, exchange, official Vietnamese name, "
        "name without legal form and distinctive short name (derived by rule: group and VSIC "
        "business-line words dropped; kept when unique and no place), plus the hand-compiled "
        "brands of listed_brands.tsv; from the listing file src/js/stocksData.js of the "
        "public GitHub repository hunganh/hunganh.github.io, by scripts/build_kb.py. Format: "
        "ticker<TAB>exchange<TAB>official name<TAB>name without legal form<TAB>short | brand.",
        rows,
    )


def place_names() -> set[str]:
    """Lower-case names of every listed place: a short company name must not be one."""
    out: set[str] = set()
    for path in (ROOT / "models" / "entities").glob("*.txt"):
        if path.name in {"provinces.txt", "places.txt", "districts.txt", "world.txt"} or (
            path.name == "world_cities.txt"
        ):
            for line in path.read_text(encoding="utf-8").splitlines()[1:]:
                out.update(f.strip().lower() for f in line.split("|") if f.strip())
    for row in read_tsv("vn_wards.tsv"):
        out.add(re.sub(r"^(?:xã|phường|đặc khu)\s+", "", row[2].lower()))
    for row in read_tsv("countries.tsv"):
        out.update(f.lower() for f in forms(row[1]))
    return out


def main(argv: list[str]) -> None:
    """Build the parts named on the command line."""
    if not argv or argv[0] not in {"world", "admin", "listed"}:
        raise SystemExit(__doc__)
    if argv[0] == "world":
        build_world()
    elif argv[0] == "admin":
        build_admin()
    else:
        build_listed(Path(argv[1]))


if __name__ == "__main__":
    main(sys.argv[1:])
