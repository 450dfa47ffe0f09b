"""Input readers for the batch: files, folders, JSON, JSON Lines, HTML and stdin.

Newsroom archives are messy; every input becomes a ``Task`` (where it is, what
kind it is) and every task becomes either a ``Loaded`` article (its text and
what is known about it) or an exception that the batch writes as an error line.

Finding inputs (``iter_tasks``) is cheap and streams: folders are walked one
directory at a time and JSON Lines files are read one line at a time. Reading a
file's bytes, guessing its encoding and running trafilatura happen in
``load``, which the batch runs in its worker processes.

Encodings are detected without being told, in a fixed order that never guesses
wrong on Vietnamese: a BOM (UTF-8, UTF-16, UTF-32), then strict UTF-8, then
Windows-1258 (its combining tone marks composed to NFC) when the result looks
like text, then charset-normalizer as a last resort. Line ends become ``\\n``.

>>> decode_bytes("Hà Nội\\r\\n".encode("utf-8-sig"))
'Hà Nội\\n'
>>> decode_bytes(b"Vi\\xea\\xf2t Nam")   # Windows-1258: "e" with circumflex + dot below
'Việt Nam'
"""

from __future__ import annotations

import codecs
import io
import json
import os
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import regex

#: The suffixes a folder walk picks up, and how each is read.
SUFFIX_KINDS: dict[str, str] = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}

#: Where the article text is looked for in a JSON object, when not told.
DEFAULT_TEXT_FIELDS = ("content", "text", "body")

#: Where the article id is looked for in a JSON object, when not told.
DEFAULT_ID_FIELDS = ("id",)
# The fields of a JSON article that may hold its published date, in order.
DATE_FIELDS = ("date", "published", "published_at", "publish_date", "pubdate")

#: The name stdin lines get in ``source`` ("<stdin>:3").
STDIN_NAME = "<stdin>"

# How many leading bytes the binary sniffing looks at.
_SNIFF = 8192

# File signatures of common binary formats that end up named ".txt".
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"ID3", "an MP3 file"),
)

# Byte order marks, longest first (the UTF-32 LE mark starts like UTF-16 LE's).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Every byte but the control bytes that text files do not hold (tab, line
# feed, vertical tab, form feed, carriage return and escape are allowed):
# deleting these from a chunk leaves its odd control bytes, at C speed.
_NOT_CONTROL = bytes(b for b in range(256) if b >= 0x20 or b in b"\t\n\x0b\x0c\r\x1b")

# What Windows-1258 Vietnamese text is made of, beyond ASCII: the letters with
# circumflex, breve, horn or stroke that it writes as one byte, the precomposed
# vowels it also has, and common punctuation and signs. Anything else (ÿ, Þ,
# ƒ, ‰ …) is odd; a few in a long text are tolerated.
_CP1258_TEXT = frozenset(
    "ăâêôơưđĂÂÊÔƠƯĐàáãèéìíòóõùúýÀÁÃÈÉÌÍÒÓÕÙÚÝ“”‘’–—…•€₫°±×÷§©®«»·¢£¥¹²³¼½¾\u00a0"
)

# The five Vietnamese tone marks Windows-1258 writes as combining characters.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")

# A charset declared in the first bytes of an HTML page.
_HTML_CHARSET = regex.compile(
    rb"""
    <meta [^>]{0,200}?                       # a meta tag
    charset \s* = \s* ["']? \s*              # charset=, maybe quoted
    (?P<charset> [A-Za-z0-9_.:-]{1,40})      # the name
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Line ends: CRLF and lone CR become LF, as Python's text mode reads them.
_LINE_ENDS = regex.compile(r"\r\n?")


class DecodeError(UnicodeDecodeError):
    """Bytes that do not decode to text; a ``UnicodeDecodeError`` with a plain message.

    Code that catches ``UnicodeDecodeError`` around ``read_text`` keeps working.
    """

    def __init__(self, message: str) -> None:
        super().__init__("unknown", b"", 0, 0, message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[type[DecodeError], tuple[str]]:
        return type(self), (self.message,)


class NotTextError(DecodeError):
    """The input's bytes are not text (a PDF, an image, binary data)."""


class EncodingError(DecodeError):
    """The input is text, but in no encoding vnextract can tell."""


class EmptyInputError(ValueError):
    """The input holds no article text."""


class FieldError(ValueError):
    """A JSON article lacks its text field, or the field is not a string."""


class FindError(Exception):
    """Finding an input failed (a folder or JSON Lines file could not be read).

    ``type_name`` is the type of the original error, which the error line reports.
    """

    def __init__(self, type_name: str, message: str) -> None:
        super().__init__(message)
        self.type_name = type_name


@dataclass(frozen=True)
class ReaderOptions:
    """How JSON inputs are read.

    Attributes:
        text_field: the field holding the article text; None tries
            ``DEFAULT_TEXT_FIELDS`` in order.
        id_field: the field holding the article id; None tries ``"id"``.
        published: the published date (ISO) for inputs that state none
            (``run --published``); an HTML page's or JSON record's own date wins.
    """

    text_field: str | None = None
    id_field: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Task:
    """One input, found but not yet read: small, so that it travels to a worker.

    Attributes:
        source: the name the record gets ("a/b.txt", "export.jsonl:17").
        kind: "text", "html", "json", "record" (one JSON object, already read)
            or "line" (one plain-text article, already read).
        path: the file to read, for "text", "html" and "json".
        data: the line already read, for "record" and "line".
        raw: the file's bytes when they are already at hand (read instead of
            ``path``): ``process(Task(name, "text", raw=content), extractor)``
            gives the line ``vnextract run`` writes for that file.
        error: ``(type, message)`` when finding the input already failed.
    """

    source: str
    kind: str
    path: str | None = None
    data: str | None = None
    error: tuple[str, str] | None = None
    raw: bytes | None = None


@dataclass(frozen=True)
class Loaded:
    """An article ready for extraction: its text and what else is known of it.

    Attributes:
        source: the name the record gets.
        text: the article text; the record's offsets index it.
        meta: the id, title and date when the input gave them.
    """

    source: str
    text: str
    meta: dict[str, str] = field(default_factory=dict)


def kind_of(path: str | Path) -> str | None:
    """Say how a file is read, from its suffix; None when a folder walk skips it.

    >>> kind_of("a/b.HTM"), kind_of("x.ndjson"), kind_of("photo.jpg")
    ('html', 'jsonl', None)
    """
    return SUFFIX_KINDS.get(Path(path).suffix.lower())


# ---------------------------------------------------------------- finding inputs


def iter_tasks(
    paths: Iterable[str | Path], *, exclude: Iterable[str | Path] = ()
) -> Iterator[Task]:
    """Yield one task per input under ``paths``, streaming, in a stable order.

    A folder is walked recursively (entries sorted by name, hidden ones and
    unknown suffixes skipped, symbolic links to folders not followed); a file
    named directly is read whatever its suffix (unknown suffixes as text); a
    JSON Lines file gives one task per non-blank line; ``-`` reads stdin, one
    article per line (JSON Lines when its first line is a JSON object). A path
    that does not exist still yields a task, which fails when loaded.

    Args:
        paths: files, folders and ``-``.
        exclude: files never read as inputs (such as the batch's own output).

    Returns:
        An iterator of ``Task``.
    """
    skip = frozenset(os.path.abspath(p) for p in exclude)
    for raw in paths:
        name = str(raw)
        if name == "-":
            yield from _stdin_tasks(sys.stdin.buffer)
        elif os.path.isdir(name):
            yield from _walk(name, skip)
        else:
            yield from _file_tasks(name, kind_of(name) or "text", skip)


def _walk(folder: str, skip: frozenset[str]) -> Iterator[Task]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield Task(folder, "text", error=(type(exc).__name__, str(exc)))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(folder, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, skip)
        else:
            kind = kind_of(entry.name)
            if kind is not None:
                yield from _file_tasks(path, kind, skip)


def _file_tasks(path: str, kind: str, skip: frozenset[str]) -> Iterator[Task]:
    if skip and os.path.abspath(path) in skip:
        return
    if kind != "jsonl":
        yield Task(path, kind, path=path)
        return
    try:
        with open(path, "rb") as stream:
            yield from _jsonl_tasks(stream, path)
    except OSError as exc:
        yield Task(path, "jsonl", error=(type(exc).__name__, str(exc)))


def _jsonl_tasks(stream: BinaryIO, name: str) -> Iterator[Task]:
    """One task per non-blank line of a JSON Lines stream."""
    head = stream.peek(_SNIFF)[:_SNIFF] if isinstance(stream, io.BufferedReader) else b""
    encoding = _bom_encoding(head)
    if encoding is None:
        reason = _binary_reason(head)
        if reason is not None:
            yield Task(name, "jsonl", error=("NotTextError", f"not text: {reason}"))
            return
    lines: Iterable[bytes | str] = stream
    if encoding is not None and encoding != "utf-8":
        lines = io.TextIOWrapper(stream, encoding=encoding[:6])  # "utf-16": reads the BOM
    for number, line in enumerate(lines, start=1):
        source = f"{name}:{number}"
        try:
            text = line if isinstance(line, str) else decode_bytes(line, line_ends=False)
        except ValueError as exc:
            yield Task(source, "record", error=(type(exc).__name__, str(exc)))
            continue
        text = text.strip("\ufeff\r\n")
        if text.strip():
            yield Task(source, "record", data=text)


def _stdin_tasks(stream: BinaryIO) -> Iterator[Task]:
    kind: str | None = None
    for number, line in enumerate(stream, start=1):
        source = f"{STDIN_NAME}:{number}"
        try:
            text = decode_bytes(line, line_ends=False).strip("\ufeff\r\n")
        except ValueError as exc:
            yield Task(source, "line", error=(type(exc).__name__, str(exc)))
            continue
        if not text.strip():
            continue
        if kind is None:
            kind = "record" if text.lstrip().startswith("{") else "line"
        yield Task(source, kind, data=text)


def count_tasks(paths: Iterable[str | Path], *, exclude: Iterable[str | Path] = ()) -> int | None:
    """Count the inputs under ``paths`` without reading articles (for a progress bar).

    Returns:
        The count, or None when stdin is among the inputs (it cannot be read twice).
    """
    names = [str(p) for p in paths]
    if "-" in names:
        return None
    return sum(1 for _ in iter_tasks(names, exclude=exclude))


# ---------------------------------------------------------------- reading inputs


def load(task: Task, options: ReaderOptions | None = None) -> Loaded:
    """Read one input: its bytes, its encoding, its format.

    Args:
        task: what ``iter_tasks`` found.
        options: the JSON field names.

    Returns:
        The article's text, with its id, title and date when the input has them.

    Raises:
        OSError: the file cannot be read.
        NotTextError, EncodingError, EmptyInputError, FieldError: see each.
        FindError: finding the input already failed (``task.error``).
        json.JSONDecodeError: a JSON input is malformed.
    """
    options = options or ReaderOptions()
    if task.error is not None:
        raise FindError(*task.error)
    if task.kind == "line":
        return _checked(Loaded(task.source, task.data or ""))
    if task.kind == "record":
        return _from_json(task.source, task.data or "", options)
    data = task.raw if task.raw is not None else Path(task.path or task.source).read_bytes()
    if task.kind == "html":
        text, meta = read_html(data)
        return _checked(Loaded(task.source, text, meta))
    if task.kind == "json":
        return _from_json(task.source, decode_bytes(data, line_ends=False), options)
    return _checked(Loaded(task.source, decode_bytes(data)))


def read_text(path: str | Path) -> str:
    """Read a text file, whatever its encoding (see ``decode_bytes``).

    Raises:
        OSError: the file cannot be read.
        NotTextError: the bytes are not text.
        EncodingError: the encoding cannot be told.
    """
    return decode_bytes(Path(path).read_bytes())


def _checked(loaded: Loaded) -> Loaded:
    if not loaded.text.strip():
        raise EmptyInputError("no article text: the input is empty or blank")
    return loaded


def _from_json(source: str, text: str, options: ReaderOptions) -> Loaded:
    value: Any = json.loads(text)
    if not isinstance(value, dict):
        raise FieldError(f"expected one JSON object (an article), got {type(value).__name__}")
    fields = (options.text_field,) if options.text_field else DEFAULT_TEXT_FIELDS
    found = [f for f in fields if f in value]
    if not found:
        tried = ", ".join(repr(f) for f in fields)
        raise FieldError(f"no text field: tried {tried}; name it with --text-field")
    body = value[found[0]]
    if not isinstance(body, str):
        raise FieldError(f"field {found[0]!r} is {type(body).__name__}, not a string")
    meta: dict[str, str] = {}
    for key in (options.id_field,) if options.id_field else DEFAULT_ID_FIELDS:
        if value.get(key) is not None and not isinstance(value[key], dict | list):
            meta["id"] = str(value[key])
            break
    if isinstance(value.get("title"), str):
        meta["title"] = value["title"]
    for key in DATE_FIELDS:
        if isinstance(value.get(key), str) and value[key].strip():
            meta["date"] = value[key]
            break
    return _checked(Loaded(source, body, meta))


def read_html(data: bytes) -> tuple[str, dict[str, str]]:
    """Extract an HTML page's main text with trafilatura, keeping title and date.

    Args:
        data: the page's bytes (the encoding is found from a BOM, a declared
            charset, or as for text files).

    Returns:
        ``(text, meta)``: the main text (the record's offsets index it) and
        ``{"title": …, "date": …}`` for what the page states.

    Raises:
        NotTextError, EncodingError: as for text files.
        EmptyInputError: trafilatura finds no main text.
    """
    import trafilatura

    html = _decode_html(data)
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True
    )
    if doc is None:
        raise EmptyInputError("no article text found in the HTML page")
    found = doc if isinstance(doc, dict) else doc.as_dict()
    text = _LINE_ENDS.sub("\n", str(found.get("text") or ""))
    if not text.strip():
        raise EmptyInputError("no article text found in the HTML page")
    meta = {k: str(found[k]) for k in ("title", "date") if found.get(k)}
    return text, meta


def _decode_html(data: bytes) -> str:
    if _bom_encoding(data[:4]) is None:
        m = _HTML_CHARSET.search(data[:4096])
        if m is not None:
            name = m.group("charset").decode("ascii").lower()
            try:
                codec = codecs.lookup(name).name
            except LookupError:
                codec = ""
            if codec and codec != "utf-8":
                try:
                    return _clean(data.decode(codec), compose=True, line_ends=True)
                except UnicodeDecodeError:
                    pass
    return decode_bytes(data)


# ---------------------------------------------------------------- encodings


def decode_bytes(data: bytes, *, line_ends: bool = True) -> str:
    """Turn a file's bytes into text, detecting the encoding without being told.

    The order: a BOM (UTF-8, UTF-16, UTF-32); binary sniffing (signatures,
    NUL and control bytes); strict UTF-8; Windows-1258 when the result looks
    like text (tone marks composed to NFC); charset-normalizer last.

    Args:
        data: the bytes.
        line_ends: turn CRLF and lone CR into LF.

    Returns:
        The text. A UTF-8 text keeps its normalisation form (NFD stays NFD);
        Windows-1258 text is composed to NFC.

    Raises:
        NotTextError: the bytes are a binary format.
        EncodingError: no encoding fits.

    >>> decode_bytes("Đà Nẵng".encode("utf-16"))
    'Đà Nẵng'
    >>> decode_bytes(b"%PDF-1.7 ...")
    Traceback (most recent call last):
    ...
    vnextract.readers.NotTextError: not text: the bytes look like a PDF document
    """
    encoding = _bom_encoding(data[:4])
    if encoding is not None:
        bom = next(b for b, e in _BOMS if e == encoding)
        try:
            return _clean(data[len(bom) :].decode(encoding), compose=False, line_ends=line_ends)
        except UnicodeDecodeError as exc:
            raise EncodingError(f"the {encoding} byte order mark lies: {exc.reason}") from None
    reason = _binary_reason(data[:_SNIFF])
    if reason is not None:
        raise NotTextError(f"not text: {reason}")
    try:
        return _clean(data.decode("utf-8"), compose=False, line_ends=line_ends)
    except UnicodeDecodeError:
        pass
    text = _try_cp1258(data)
    if text is None:
        text = _try_charset_normalizer(data)
    if text is None:
        raise EncodingError("cannot tell the encoding: not UTF-8, UTF-16 or Windows-1258")
    return _clean(text, compose=True, line_ends=line_ends)


def _clean(text: str, *, compose: bool, line_ends: bool) -> str:
    if compose:
        text = unicodedata.normalize("NFC", text)
    if line_ends and "\r" in text:
        text = _LINE_ENDS.sub("\n", text)
    return text


def _bom_encoding(head: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


def _binary_reason(head: bytes) -> str | None:
    """Why these leading bytes are not text, or None when they may be."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"the bytes look like {what}"
    if head[4:8] == b"ftyp":
        return "the bytes look like a video file"
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    controls = len(head.translate(None, _NOT_CONTROL))
    if controls > max(2, len(head) // 100):
        return "binary data (control bytes)"
    return None


def _try_cp1258(data: bytes) -> str | None:
    """Decode as Windows-1258 when the result reads like text; None otherwise."""
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return None
    odd = 0
    previous = " "
    for ch in text:
        if ch in _TONE_MARKS:
            odd += not previous.isalpha()  # a tone mark on nothing: not Vietnamese
        elif ch >= "\x80" and ch not in _CP1258_TEXT:
            odd += 1
        previous = ch
    return text if odd * 200 <= len(text) else None


def _try_charset_normalizer(data: bytes) -> str | None:
    """The last resort, for other scripts (a Chinese page in GB18030); None when unsure.

    Short inputs and results in no language it recognises are refused: an
    error line is better than text decoded wrong.
    """
    if len(data) < 64:
        return None
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in ("utf_8", "ascii") or best.language == "Unknown":
        return None
    if best.percent_chaos > 5:
        return None
    return str(best)
