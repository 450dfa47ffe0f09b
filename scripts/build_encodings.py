"""Build the byte tables of the legacy Vietnamese encodings in ``models/encodings/``.

Each table maps the byte sequences of one pre-Unicode encoding to Unicode
(NFC); ``vnextract.legacy`` decodes with them. Sources, all public:

- TCVN 5712:1993 (``tcvn3.tsv``): glibc's charmap ``TCVN5712-1`` (its
  single-byte entries; TCVN3/ABC text uses the VN3 subset, bytes 0xA1-0xFF,
  with the same meanings);
- VISCII (``viscii.tsv``, RFC 1456): glibc's charmap ``VISCII``;
- VNI-Windows (``vni.tsv``): the ``UNICODE`` and ``VNI`` lists of
  duydev/vietnamese-conversion (MIT), ``src/charsets.ts``, where each VNI
  entry is the letter as a cp1252 font shows its one or two bytes.

Only the mapping facts are taken. Rows are ``bytes (hex)<TAB>U+XXXX<TAB>char``;
rows whose byte means the same character in ASCII/Latin-1 are left out.

    python scripts/build_encodings.py [--charmaps /usr/share/i18n/charmaps]
        [--vni-source path/to/charsets.ts]
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import re
import unicodedata
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "models" / "encodings"
VNI_COMMIT = "46413a052f322ab113482df902c71ed1f32738bf"  # the 2021 lists (later ones mistype ỷ, ỹ)
VNI_URL = (
    f"https://raw.githubusercontent.com/duydev/vietnamese-conversion/{VNI_COMMIT}/src/charsets.ts"
)
CHARMAP_LINE = re.compile(r"^<U(?P<code>[0-9A-F]{4,6})>\s+(?P<bytes>(?:/x[0-9a-f]{2})+)\s")
TS_LIST = re.compile(r"export const (?P<name>\w+): string\[\] = \[(?P<body>.*?)\];", re.S)
TS_ITEM = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"")


def charmap_rows(path: Path) -> dict[bytes, str]:
    """The single-byte entries of a glibc charmap whose byte is not the same Latin-1 letter."""
    rows: dict[bytes, str] = {}
    with gzip.open(path, "rt", encoding="ascii", errors="replace") as lines:
        found = [m for m in map(CHARMAP_LINE.match, lines) if m is not None]
    for m in found:
        raw = bytes(int(h, 16) for h in m.group("bytes").split("/x")[1:])
        char = chr(int(m.group("code"), 16))
        if len(raw) == 1 and char != raw.decode("latin-1"):
            rows[raw] = char
    return rows


def vni_rows(text: str) -> dict[bytes, str]:
    """Pair the ``UNICODE`` and ``VNI`` lists of charsets.ts: VNI bytes to the letter."""
    lists = {
        m.group("name"): [a or b for a, b in TS_ITEM.findall(m.group("body"))]
        for m in TS_LIST.finditer(text)
    }
    letters, vni = lists["UNICODE"], lists["VNI"]
    if len(letters) != len(vni):
        raise SystemExit(f"UNICODE has {len(letters)} entries, VNI {len(vni)}")
    rows: dict[bytes, str] = {}
    for letter, shown in zip(letters, vni, strict=True):
        raw = shown.encode("cp1252")
        if raw.decode("latin-1") != letter:
            rows[raw] = unicodedata.normalize("NFC", letter)
    return rows


def write_table(name: str, source: str, rows: dict[bytes, str]) -> None:
    """Write one table, its first line naming the source and the date."""
    today = datetime.date.today().isoformat()
    lines = [f"# {name}: from {source}; built {today} by scripts/build_encodings.py"]
    for raw, char in sorted(rows.items()):
        lines.append(f"{raw.hex()}\tU+{ord(char):04X}\t{char}")
    (TARGET / f"{name}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(rows)} rows")


def main() -> None:
    """Read the sources and write the three tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--charmaps", type=Path, default=Path("/usr/share/i18n/charmaps"))
    parser.add_argument("--vni-source", help=f"charsets.ts (a path; default: {VNI_URL})")
    args = parser.parse_args()
    TARGET.mkdir(parents=True, exist_ok=True)
    glibc = "glibc localedata charmap"
    tcvn = charmap_rows(args.charmaps / "TCVN5712-1.gz")
    write_table("tcvn3", f"{glibc} TCVN5712-1 (TCVN 5712:1993)", tcvn)
    write_table("viscii", f"{glibc} VISCII (RFC 1456)", charmap_rows(args.charmaps / "VISCII.gz"))
    if args.vni_source:
        text = Path(args.vni_source).read_text(encoding="utf-8")
    else:
        with urllib.request.urlopen(VNI_URL, timeout=60) as answer:
            text = answer.read().decode("utf-8")
    source = f"duydev/vietnamese-conversion@{VNI_COMMIT[:12]} src/charsets.ts (MIT)"
    write_table("vni", f"{source}, VNI-Windows", vni_rows(text))


if __name__ == "__main__":
    main()
