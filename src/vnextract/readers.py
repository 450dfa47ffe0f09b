"""Input readers for the batch: files, folders, JSON, JSON Lines, HTML and stdin.

Newsroom archives are messy; every input becomes a ``Task`` (where it is, what
kind it is) and every task becomes either a ``Loaded`` article (its text and
what is known about it) or an exception that the batch writes as an error line.

Finding inputs (``iter_tasks``) is cheap and streams: folders are walked one
directory at a time and JSON Lines files are read one line at a time. Reading a
file's bytes, guessing its encoding and running trafilatura happen in
``load``, which the batch runs in its worker processes.

Encodings are detected without being told, in a fixed order that never guesses
wrong on Vietnamese: a BOM (UTF-8, UTF-16, UTF-32); UTF-16 without a BOM (NUL
bytes on every other position); strict UTF-8; UTF-8 with a few invalid bytes
(each replaced by U+FFFD, their offsets kept in the record's ``meta.replaced``);
the pre-Unicode Vietnamese encodings TCVN3, VNI-Windows and VISCII when their
decoding reads as Vietnamese syllables better than Windows-1258's (see
``vnextract.legacy_encodings``); Windows-1258 (its combining tone marks
composed to NFC) when the result looks like text; charset-normalizer as a last
resort. Line ends become ``\\n``. ``decode`` also says which encoding it found.

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
import stat
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import regex

from vnextract.legacy_encodings import SAMPLE_BYTES, guess_legacy, syllable_share

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

#: The most characters one input may hold by default (``ReaderOptions.max_chars``):
#: extraction needs about 120 bytes of memory per character.
DEFAULT_MAX_CHARS = 1_000_000

# How many bytes per allowed character an input of each kind may hold before it
# is refused unread: 4 for UTF-8/UTF-32 text, 8 for JSON (\uXXXX escapes and
# other fields), 20 for HTML (markup, scripts and styles around the text).
_BYTES_PER_CHAR = {"text": 4, "json": 8, "record": 8, "html": 20}

# What a non-regular file is, for the error line that skips it.
_FILE_TYPES = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a link to a folder (not followed)"),
)

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

# What _binary_reason says of NUL bytes (UTF-16 without a BOM is tried then).
_NUL_BYTES = "binary data (NUL bytes)"

# The replacement character that stands for bytes that were not valid UTF-8.
_REPLACEMENT = regex.compile("\ufffd")

# The longest integer Python converts from text (sys.get_int_max_str_digits()'s default).
_INT_DIGITS = 4300

# A lone surrogate: what a JSON escape such as "\\ud800" decodes to; not Unicode text.
_SURROGATE = regex.compile("[\ud800-\udfff]")


def _mark_bad_sequence(error: UnicodeError) -> tuple[str, int]:
    """Decode an invalid sequence as a lone surrogate (a codec error handler).

    A JSON line's reader then makes it U+FFFD and lists it in ``meta.replaced``,
    as it does for a ``"\\ud800"`` escape.
    """
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return "\udfff", error.end


#: The codec error handler that marks invalid sequences (JSON Lines in UTF-16 or UTF-32).
_MARK_BAD = "vnextract.mark-bad"
codecs.register_error(_MARK_BAD, _mark_bad_sequence)

# A character beyond ASCII that is not the replacement character.
_NON_ASCII = regex.compile("[^\x00-\x7f\ufffd]")

#: A text may have invalid UTF-8 bytes replaced when it has at least this many
#: well-encoded characters beyond ASCII per invalid sequence ("mostly UTF-8").
UTF8_GOOD_PER_BAD = 4

#: UTF-16 without a BOM: the share of NUL bytes its high-byte positions hold at
#: least, and its low-byte positions at most (Vietnamese text is mostly ASCII).
UTF16_HIGH_NULS = 0.25
UTF16_LOW_NULS = 0.05


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


class InputTooLargeError(ValueError):
    """The input holds more characters than ``ReaderOptions.max_chars`` allows."""


class NotRegularFileError(OSError):
    """A folder entry is a named pipe, socket or device: skipped, never opened."""


class FindError(Exception):
    """Finding an input failed (a folder or JSON Lines file could not be read).

    ``type_name`` is the type of the original error, which the error line reports.
    """

    def __init__(self, type_name: str, message: str) -> None:
        super().__init__(message)
        self.type_name = type_name


@dataclass(frozen=True)
class ReaderOptions:
    """How inputs are read.

    Attributes:
        text_field: the field holding the article text; None tries
            ``DEFAULT_TEXT_FIELDS`` in order.
        id_field: the field holding the article id; None tries ``"id"``.
        max_chars: the most characters one input may hold; a larger one gets
            an ``InputTooLargeError`` (a file is refused from its size before
            it is read whole). 0 or None: no limit.
        published: the published date (ISO) for inputs that state none
            (``run --published``); an HTML page's or JSON record's own date wins.
    """

    text_field: str | None = None
    id_field: str | None = None
    max_chars: int | None = DEFAULT_MAX_CHARS
    published: str | None = None

    def max_bytes(self, kind: str) -> int | None:
        """The most bytes an input of this kind may hold before it is refused unread.

        >>> ReaderOptions(max_chars=1000).max_bytes("text")
        4004
        >>> ReaderOptions(max_chars=0).max_bytes("html") is None
        True
        """
        if not self.max_chars:
            return None
        return self.max_chars * _BYTES_PER_CHAR.get(kind, 4) + 4  # + 4: a byte order mark

    def too_large(self, size: int, *, exact: bool = True) -> InputTooLargeError:
        """The error for an input of ``size`` bytes (not ``exact``: at least), past ``max_bytes``.

        >>> print(ReaderOptions(max_chars=1000).too_large(5000))  # doctest: +ELLIPSIS
        the input holds 5,000 bytes, more than 1,000 characters can take (--max-chars 1000; ...)
        """
        held = f"{size:,} bytes" if exact else f"over {size - 1:,} bytes"
        return InputTooLargeError(
            f"the input holds {held}, more than {self.max_chars:,} characters "
            f"can take (--max-chars {self.max_chars}; 0 for no limit)"
        )


@dataclass
class Unread:
    """What a folder walk passed over (unknown suffixes, hidden entries), by suffix.

    >>> unread = Unread()
    >>> for name in ["a/ghi-chu.md", "a/anh.png", "a/b.md", "a/.git"]:
    ...     unread.add(name)
    >>> unread.describe()
    '4 files not read (.md 2, .png 1, hidden 1)'
    """

    by_suffix: Counter[str] = field(default_factory=Counter)
    names: list[str] = field(default_factory=list)

    #: How many names ``describe`` lists instead of counts.
    FEW = 3

    @property
    def count(self) -> int:
        """How many entries were passed over."""
        return sum(self.by_suffix.values())

    def add(self, path: str) -> None:
        """Count one entry passed over."""
        name = os.path.basename(path)
        suffix = "hidden" if name.startswith(".") else Path(name).suffix.lower() or "no suffix"
        self.by_suffix[suffix] += 1
        if len(self.names) < self.FEW:
            self.names.append(path)

    def describe(self) -> str:
        """The entries by name when they are few, else counts by suffix."""
        if not self.count:
            return "no file or line to read"
        if self.count <= self.FEW:
            return "not read: " + ", ".join(self.names)
        kinds = ", ".join(f"{k} {n}" for k, n in self.by_suffix.most_common())
        return f"{self.count} files not read ({kinds})"


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
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, and how.

    Attributes:
        text: the text.
        encoding: the encoding found, when not UTF-8 ("utf-16-le",
            "windows-1258", "tcvn3", "vni-windows", "viscii" …); None for UTF-8.
        replaced: how many invalid UTF-8 sequences became U+FFFD.
    """

    text: str
    encoding: str | None = None
    replaced: int = 0

    def meta(self, text: str | None = None) -> dict[str, Any]:
        """The record's ``meta`` fields for this decoding: ``encoding`` and ``replaced``.

        Args:
            text: the article text the record's offsets index, when it is not
                ``self.text`` (the main text of an HTML page, a JSON field).

        Returns:
            ``{"encoding": …}`` when not UTF-8, ``{"replaced": [offsets]}`` (the
            U+FFFD characters of ``text``) when bytes were replaced, else ``{}``.

        >>> Decoded("Gi\ufffd v\u00e0ng", replaced=1).meta()
        {'replaced': [2]}
        """
        meta: dict[str, Any] = {}
        if self.encoding is not None:
            meta["encoding"] = self.encoding
        if self.replaced:
            body = self.text if text is None else text
            meta["replaced"] = [m.start() for m in _REPLACEMENT.finditer(body)]
        return meta


def kind_of(path: str | Path) -> str | None:
    """Say how a file is read, from its suffix; None when a folder walk skips it.

    >>> kind_of("a/b.HTM"), kind_of("x.ndjson"), kind_of("photo.jpg")
    ('html', 'jsonl', None)
    """
    return SUFFIX_KINDS.get(Path(path).suffix.lower())


# ---------------------------------------------------------------- finding inputs


def iter_tasks(
    paths: Iterable[str | Path],
    *,
    exclude: Iterable[str | Path] = (),
    options: ReaderOptions | None = None,
    unread: Unread | None = None,
) -> Iterator[Task]:
    """Yield one task per input under ``paths``, streaming, in a stable order.

    A folder is walked recursively (entries sorted by name, hidden ones and
    unknown suffixes skipped, symbolic links to folders not followed; a named
    pipe, socket or device gets a ``NotRegularFileError`` task and is never
    opened); a file named directly is read whatever its suffix (unknown
    suffixes as text) and whatever it is (``<(zcat a.jsonl.gz)`` works); a
    JSON Lines file gives one task per non-blank line; ``-`` reads stdin, one
    article per line (JSON Lines when its first line is a JSON object). A path
    that does not exist still yields a task, which fails when loaded.

    Args:
        paths: files, folders and ``-``.
        exclude: files never read as inputs (such as the batch's own output).
        options: ``max_chars`` caps the length of a JSON Lines or stdin line.
        unread: counts what folder walks skip.

    Returns:
        An iterator of ``Task``.
    """
    skip = frozenset(os.path.abspath(p) for p in exclude)
    options = options or ReaderOptions()
    for raw in paths:
        name = str(raw)
        if name == "-":
            yield from _stdin_tasks(sys.stdin.buffer, options)
        elif os.path.isdir(name):
            yield from _walk(name, skip, options, unread if unread is not None else Unread())
        else:
            yield from _file_tasks(name, kind_of(name) or "text", skip, options)


def _walk(
    folder: str, skip: frozenset[str], options: ReaderOptions, unread: Unread
) -> Iterator[Task]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield Task(source_name(folder), "text", error=(type(exc).__name__, str(exc)))
        return
    for entry in entries:
        path = os.path.join(folder, entry.name)
        if entry.name.startswith("."):
            unread.add(path)
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        kind = None if is_dir else kind_of(entry.name)
        if is_dir:
            yield from _walk(path, skip, options, unread)
        elif kind is None:
            unread.add(path)
        elif (odd := _not_regular(entry)) is not None:
            message = f"{odd}, not a regular file: skipped without opening it"
            yield Task(source_name(path), kind, error=(NotRegularFileError.__name__, message))
        else:
            yield from _file_tasks(path, kind, skip, options)


def _not_regular(entry: os.DirEntry[str]) -> str | None:
    """What a folder entry is when it is no regular file (a FIFO …); None otherwise."""
    try:
        mode = entry.stat().st_mode  # follows a symbolic link to what it names
    except OSError:
        return None  # a broken link: loading it says so
    if stat.S_ISREG(mode):
        return None
    return next((what for test, what in _FILE_TYPES if test(mode)), "an unknown file type")


def _file_tasks(
    path: str, kind: str, skip: frozenset[str], options: ReaderOptions
) -> Iterator[Task]:
    if skip and os.path.abspath(path) in skip:
        return
    source = source_name(path)
    if kind != "jsonl":
        yield Task(source, kind, path=path)
        return
    try:
        with open(path, "rb") as stream:
            yield from _jsonl_tasks(stream, source, options)
    except OSError as exc:
        yield Task(source, "jsonl", error=(type(exc).__name__, str(exc)))


def _jsonl_tasks(
    stream: BinaryIO, name: str, options: ReaderOptions | None = None
) -> Iterator[Task]:
    """One task per non-blank line of a JSON Lines stream, each line judged alone.

    Only a file that starts like a known binary format (an image, an archive)
    is one error; a NUL byte or a bad encoding costs only its own line, and a
    line over ``options.max_bytes("record")`` is refused without being kept.
    """
    options = options or ReaderOptions()
    head = stream.peek(_SNIFF)[:_SNIFF] if isinstance(stream, io.BufferedReader) else b""
    encoding = _bom_encoding(head)
    if encoding is None:
        signature = _format_signature(head)
        if signature is not None:
            yield Task(name, "jsonl", error=("NotTextError", f"not text: {signature}"))
            return
    reader = _line_reader(stream, encoding)
    for number, line in enumerate(_bounded_lines(reader, options.max_bytes("record")), 1):
        source = f"{name}:{number}"
        try:
            text = _line_text(line, options)
        except ValueError as exc:
            yield Task(source, "record", error=(type(exc).__name__, str(exc)))
            continue
        if text.strip():
            yield Task(source, "record", data=text)


def _line_reader(stream: BinaryIO, bom: str | None) -> BinaryIO | io.TextIOWrapper:
    """What reads a stream line by line: its bytes, or its text when a BOM says UTF-16/32.

    Lines split on the byte ``\\n`` would cut UTF-16 text apart. A bad code unit
    costs only its line (see ``_MARK_BAD``).
    """
    if bom is None or bom == "utf-8":
        return stream
    return io.TextIOWrapper(stream, encoding=bom[:6], errors=_MARK_BAD)  # reads the BOM


def _line_text(line: bytes | str | int, options: ReaderOptions) -> str:
    """The text of one line from ``_bounded_lines``; an int is a line refused as too long."""
    if isinstance(line, int):
        raise options.too_large(line)
    text = line if isinstance(line, str) else decode_bytes(line, line_ends=False)
    return text.strip("\ufeff\r\n")


def _bounded_lines(
    stream: BinaryIO | io.TextIOWrapper, limit: int | None
) -> Iterator[bytes | str | int]:
    """The lines of a stream; a line over ``limit`` comes as its length, never held whole."""
    while True:
        line: bytes | str = stream.readline(-1 if limit is None else limit + 1)
        if not line:
            return
        newline = "\n" if isinstance(line, str) else b"\n"
        if limit is None or len(line) <= limit or line.endswith(newline):  # type: ignore[arg-type]
            yield line
            continue
        size = len(line)
        while line and not line.endswith(newline):  # type: ignore[arg-type]
            line = stream.readline(1 << 20)
            size += len(line)
        yield size


def _format_signature(head: bytes) -> str | None:
    """What known binary format these leading bytes start, or None."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"the bytes look like {what}"
    return "the bytes look like a video file" if head[4:8] == b"ftyp" else None


def _stdin_tasks(stream: BinaryIO, options: ReaderOptions) -> Iterator[Task]:
    kind: str | None = None
    head = stream.peek(_SNIFF)[:_SNIFF] if isinstance(stream, io.BufferedReader) else b""
    reader = _line_reader(stream, _bom_encoding(head))
    for number, line in enumerate(_bounded_lines(reader, options.max_bytes("record")), 1):
        source = f"{STDIN_NAME}:{number}"
        try:
            text = _line_text(line, options)
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
        The count, or None when stdin or a pipe is among the inputs (it cannot
        be read twice).
    """
    names = [str(p) for p in paths]
    if any(_read_once(name) for name in names):
        return None
    return sum(1 for _ in iter_tasks(names, exclude=exclude))


def _read_once(name: str) -> bool:
    """Whether an input named directly can be read only once (stdin, a pipe, a device)."""
    if name == "-":
        return True
    return os.path.exists(name) and not os.path.isdir(name) and not os.path.isfile(name)


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
        InputTooLargeError: the input holds more than ``options.max_chars``
            characters (a file is refused from its size, unread).
        FindError: finding the input already failed (``task.error``).
        json.JSONDecodeError: a JSON input is malformed.
    """
    options = options or ReaderOptions()
    if task.error is not None:
        raise FindError(*task.error)
    if task.kind == "line":
        text, replaced = _unicode_only(task.data or "")
        return _checked(
            Loaded(task.source, text, {"replaced": replaced} if replaced else {}), options
        )
    if task.kind == "record":
        return _from_json(task.source, task.data or "", options)
    limit = options.max_bytes(task.kind)
    data = task.raw
    if data is None:
        data = _read_bytes(task.path or task.source, limit, options)
    if limit is not None and len(data) > limit:  # bytes at hand, or a pipe read to its limit
        raise options.too_large(len(data), exact=task.raw is not None)
    if task.kind == "html":
        text, meta = read_html(data)
        return _checked(Loaded(task.source, text, meta), options)
    if task.kind == "json":
        decoded = decode(data, line_ends=False)
        loaded = _from_json(task.source, decoded.text, options)
        return Loaded(loaded.source, loaded.text, {**loaded.meta, **decoded.meta(loaded.text)})
    decoded = decode(data)
    return _checked(Loaded(task.source, decoded.text, decoded.meta()), options)


def _read_bytes(path: str, limit: int | None, options: ReaderOptions) -> bytes:
    """A file's bytes; past ``limit``, refused from its size (a pipe: after ``limit + 1``)."""
    with open(path, "rb") as stream:
        size = os.fstat(stream.fileno()).st_size
        if limit is not None and size > limit:
            raise options.too_large(size)
        return stream.read(-1 if limit is None else limit + 1)


def read_text(path: str | Path) -> str:
    """Read a text file, whatever its encoding (see ``decode_bytes``).

    Raises:
        OSError: the file cannot be read.
        NotTextError: the bytes are not text.
        EncodingError: the encoding cannot be told.
    """
    return decode_bytes(Path(path).read_bytes())


def _checked(loaded: Loaded, options: ReaderOptions) -> Loaded:
    if not loaded.text.strip():
        raise EmptyInputError("no article text: the input is empty or blank")
    if options.max_chars and len(loaded.text) > options.max_chars:
        raise InputTooLargeError(
            f"the article holds {len(loaded.text):,} characters, more than the limit of "
            f"{options.max_chars:,} (--max-chars; 0 for no limit)"
        )
    return loaded


def source_name(path: str) -> str:
    r"""The name a record gets for a file path: the path, bytes that are not UTF-8 escaped.

    A file name holding such bytes reaches Python with surrogates in it, which
    JSON cannot carry; they are written as ``\xff`` (the file is still opened
    by its real name).

    >>> source_name(os.fsdecode(b"bad\xffname.txt"))
    'bad\\xffname.txt'
    """
    if _SURROGATE.search(path) is None:
        return path
    try:
        raw = path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that stands for no byte: escape it as it is
        return path.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


def _unicode_only(text: str) -> tuple[str, list[int]]:
    r"""``text`` with each lone surrogate made U+FFFD (one character each), and their offsets.

    >>> _unicode_only("a\ud800b") == ("a\ufffdb", [1])
    True
    """
    offsets = [m.start() for m in _SURROGATE.finditer(text)]
    return (_SURROGATE.sub("\ufffd", text), offsets) if offsets else (text, offsets)


def _not_an_article(value: object) -> str:
    """Why a JSON value is no article, and for a list of them, what to do.

    >>> _not_an_article(5)
    'expected one JSON object (an article), got int'
    >>> print(_not_an_article([{"text": "a"}, {"text": "b"}]))  # doctest: +ELLIPSIS
    expected one JSON object (an article), got a list of 2 objects: write them ... .jsonl
    """
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return (
            f"expected one JSON object (an article), got a list of {len(value)} objects: "
            "write them one per line as JSON Lines (jq -c '.[]' in.json > out.jsonl) "
            "and give the .jsonl"
        )
    return f"expected one JSON object (an article), got {type(value).__name__}"


def _json_int(digits: str) -> int | float:
    """A JSON integer; one too long for Python's int (over 4,300 digits) as a float.

    Such a number in a field the article does not need ("views") must not cost it.

    >>> _json_int("42"), _json_int("9" * 5000)
    (42, inf)
    """
    return int(digits) if len(digits) <= _INT_DIGITS else float(digits)


def _from_json(source: str, text: str, options: ReaderOptions) -> Loaded:
    try:
        value: Any = json.loads(text, parse_int=_json_int)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply to be an article", text, 0) from None
    if not isinstance(value, dict):
        raise FieldError(_not_an_article(value))
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
    found_meta: dict[str, Any] = {key: _unicode_only(held)[0] for key, held in meta.items()}
    body, replaced = _unicode_only(body)
    if replaced:  # "\ud800" escapes: each became U+FFFD, as an invalid byte does
        found_meta["replaced"] = replaced
    return _checked(Loaded(source, body, found_meta), options)


def read_html(data: bytes) -> tuple[str, dict[str, Any]]:
    """Extract an HTML page's main text with trafilatura, keeping title and date.

    Args:
        data: the page's bytes (the encoding is found from a BOM, a declared
            charset, or as for text files).

    Returns:
        ``(text, meta)``: the main text (the record's offsets index it) and
        ``{"title": …, "date": …}`` for what the page states, with
        ``encoding`` and ``replaced`` as ``Decoded.meta`` gives them.

    Raises:
        NotTextError, EncodingError: as for text files.
        EmptyInputError: trafilatura finds no main text.
    """
    import trafilatura

    decoded = _decode_html(data)
    found: dict[str, Any] = {}
    for page in (decoded.text, _deep_tree):  # the deep parse only when the usual one fails
        source = page if isinstance(page, str) else page(decoded.text)
        doc = trafilatura.bare_extraction(
            source, with_metadata=True, include_comments=False, include_tables=True
        )
        found = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
        if str(found.get("text") or "").strip():
            break
    text = _LINE_ENDS.sub("\n", str(found.get("text") or ""))
    if not text.strip():
        raise EmptyInputError("no article text found in the HTML page")
    meta: dict[str, Any] = {k: str(found[k]) for k in ("title", "date") if found.get(k)}
    return text, {**meta, **decoded.meta(text)}


def _deep_tree(text: str) -> Any:
    """The page parsed without libxml2's limit of 255 nested elements.

    Past that depth the usual parse drops the rest of the page, and some
    generated pages nest a few hundred ``<div>`` deep. None when it cannot parse.
    """
    import lxml.html  # type: ignore[import-untyped]

    parser = lxml.html.HTMLParser(
        huge_tree=True, collect_ids=False, default_doctype=False, remove_comments=True
    )
    try:
        return lxml.html.document_fromstring(text, parser=parser)
    except (ValueError, lxml.etree.ParserError):
        return None


def _decode_html(data: bytes) -> Decoded:
    """A page's text: its declared charset is believed unless the bytes are UTF-8.

    Pages copied between systems keep a ``<meta charset>`` that no longer
    holds; text beyond ASCII that is valid UTF-8 is UTF-8 (no Vietnamese text
    in a one-byte encoding is).
    """
    if _bom_encoding(data[:4]) is None and not _is_utf8_beyond_ascii(data):
        m = _HTML_CHARSET.search(data[:4096])
        if m is not None:
            name = m.group("charset").decode("ascii").lower()
            try:
                codec = codecs.lookup(name).name
            except LookupError:
                codec = ""
            # A page read as bytes is never in the UTF-16 it may declare (as browsers hold).
            if codec and codec != "utf-8" and not codec.startswith(("utf-16", "utf-32")):
                try:
                    text = _clean(data.decode(codec), compose=True, line_ends=True)
                except UnicodeDecodeError:
                    pass
                else:
                    return Decoded(text, _ENCODING_NAMES.get(codec, codec))
    return decode(data)


def _is_utf8_beyond_ascii(data: bytes) -> bool:
    """Whether ``data`` holds bytes beyond ASCII and all of it is valid UTF-8.

    >>> _is_utf8_beyond_ascii("Năm".encode()), _is_utf8_beyond_ascii("Năm".encode("cp1258"))
    (True, False)
    """
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# ---------------------------------------------------------------- encodings


def decode_bytes(data: bytes, *, line_ends: bool = True) -> str:
    """Turn a file's bytes into text, detecting the encoding without being told.

    The order: a BOM (UTF-8, UTF-16, UTF-32); binary sniffing (signatures,
    control bytes; NUL bytes unless the bytes are UTF-16 without a BOM);
    strict UTF-8; UTF-8 with a few invalid bytes replaced by U+FFFD;
    TCVN3, VNI-Windows or VISCII when they read as Vietnamese; Windows-1258
    when the result looks like text (tone marks composed to NFC);
    charset-normalizer last. ``decode`` gives the same text and says how.

    Args:
        data: the bytes.
        line_ends: turn CRLF and lone CR into LF.

    Returns:
        The text. A UTF-8 text keeps its normalisation form (NFD stays NFD);
        text in any other encoding is composed to NFC.

    Raises:
        NotTextError: the bytes are a binary format.
        EncodingError: no encoding fits.

    >>> decode_bytes("Đà Nẵng".encode("utf-16"))
    'Đà Nẵng'
    >>> decode_bytes("Đà Nẵng".encode("utf-16-be"))   # no BOM
    'Đà Nẵng'
    >>> decode_bytes("Giá vàng miếng tăng".encode() + b"\\xff")
    'Giá vàng miếng tăng\ufffd'
    >>> decode_bytes(b"%PDF-1.7 ...")
    Traceback (most recent call last):
    ...
    vnextract.readers.NotTextError: not text: the bytes look like a PDF document
    """
    return decode(data, line_ends=line_ends).text


def decode(data: bytes, *, line_ends: bool = True) -> Decoded:
    """Decode bytes as ``decode_bytes`` does, saying which encoding it found.

    Args:
        data: the bytes.
        line_ends: turn CRLF and lone CR into LF.

    Returns:
        The text, the encoding when not UTF-8 and the count of replaced bytes.

    Raises:
        NotTextError, EncodingError: as ``decode_bytes``.

    >>> found = decode(b"Kinh t\\xd5 t\\xa8ng tr\\xad\\xebng m\\xb9nh")   # TCVN3 (ABC)
    >>> found.text, found.encoding
    ('Kinh tế tăng trưởng mạnh', 'tcvn3')
    """
    encoding = _bom_encoding(data[:4])
    if encoding is not None:
        bom = next(b for b, e in _BOMS if e == encoding)
        try:
            text = data[len(bom) :].decode(encoding)
        except UnicodeDecodeError as exc:
            raise EncodingError(f"the {encoding} byte order mark lies: {exc.reason}") from None
        return Decoded(_clean(text, compose=False, line_ends=line_ends), _utf_name(encoding))
    reason = _binary_reason(data[:_SNIFF])
    if reason == _NUL_BYTES:
        found = _try_utf16(data)
        if found is not None:
            return Decoded(_clean(found[1], compose=False, line_ends=line_ends), found[0])
    if reason is not None:
        raise NotTextError(f"not text: {reason}")
    try:
        return Decoded(_clean(data.decode("utf-8"), compose=False, line_ends=line_ends))
    except UnicodeDecodeError:
        pass
    mostly = _try_mostly_utf8(data)
    if mostly is not None:
        text, bad = mostly
        return Decoded(_clean(text, compose=False, line_ends=line_ends), replaced=bad)
    cp1258 = _try_cp1258(data)
    rival = 0.0
    if cp1258 is not None:
        sample = cp1258[:SAMPLE_BYTES]  # one byte a character: the sample guess_legacy scores
        good, judged = syllable_share(unicodedata.normalize("NFC", sample))
        rival = good / judged if judged else 1.0
    legacy = guess_legacy(data, rival_share=rival)
    if legacy is not None:
        return Decoded(_clean(legacy[1], compose=True, line_ends=line_ends), legacy[0])
    if cp1258 is not None:
        return Decoded(_clean(cp1258, compose=True, line_ends=line_ends), "windows-1258")
    other = _try_charset_normalizer(data)
    if other is None:
        raise EncodingError(
            "cannot tell the encoding: not UTF-8, UTF-16, Windows-1258, TCVN3, VNI or VISCII"
        )
    return Decoded(_clean(other[1], compose=True, line_ends=line_ends), other[0])


def _clean(text: str, *, compose: bool, line_ends: bool) -> str:
    if compose:
        text = unicodedata.normalize("NFC", text)
    if line_ends and "\r" in text:
        text = _LINE_ENDS.sub("\n", text)
    return text


# Python's codec names as the record's meta.encoding gives them.
_ENCODING_NAMES = {"cp1258": "windows-1258", "cp1252": "windows-1252"}


def _utf_name(codec: str) -> str | None:
    """The meta.encoding of a BOM's codec: None for UTF-8."""
    return None if codec == "utf-8" else codec


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
        return _NUL_BYTES
    controls = len(head.translate(None, _NOT_CONTROL))
    if controls > max(2, len(head) // 100):
        return "binary data (control bytes)"
    return None


def _try_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: ``(codec, text)`` when NULs fill one byte parity only.

    ASCII and Vietnamese letters in UTF-16 have a high byte of 0x00 (or 0x01,
    0x1E): little-endian text has NULs on odd positions, big-endian on even
    ones. The whole input must then decode strictly to printable text.

    >>> _try_utf16("Cần Thơ".encode("utf-16-le"))
    ('utf-16-le', 'Cần Thơ')
    >>> _try_utf16(bytes(range(256)) * 4) is None   # binary: NULs nowhere in particular
    True
    """
    head = data[: min(len(data), _SNIFF) // 2 * 2]
    if len(head) < 4 or len(data) % 2:
        return None
    pairs = len(head) // 2
    even, odd = head[0::2].count(0) / pairs, head[1::2].count(0) / pairs
    if odd >= UTF16_HIGH_NULS and even <= UTF16_LOW_NULS:
        codec = "utf-16-le"
    elif even >= UTF16_HIGH_NULS and odd <= UTF16_LOW_NULS:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    odd_chars = sum(1 for c in text if not (c.isprintable() or c in "\t\n\r\x0b\x0c"))
    return (codec, text) if odd_chars * 100 <= len(text) else None


def _try_mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few invalid sequences: ``(text with U+FFFD, how many)``; None otherwise.

    Accepted only when the well-encoded characters beyond ASCII outnumber the
    invalid sequences ``UTF8_GOOD_PER_BAD`` to one, so that a text in another
    encoding (whose bytes are rarely valid UTF-8) is never read this way.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = len(_NON_ASCII.findall(text))
    return (text, bad) if bad > 0 and bad * UTF8_GOOD_PER_BAD <= good else None


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


def _try_charset_normalizer(data: bytes) -> tuple[str, str] | None:
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
    return str(best.encoding).replace("_", "-"), str(best)
