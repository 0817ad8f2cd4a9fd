"""Reading pages from paths and stdin, with clear errors and format sniffing."""

from __future__ import annotations

import os
import sys
import zlib
from dataclasses import dataclass
from collections.abc import Iterator
from ..typed import TYPE_CHECKING

from .text import InputError, decode, looks_binary

if TYPE_CHECKING:  # pragma: no cover
    from typing import BinaryIO, Protocol

DEFAULT_MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Page:
    """One unit of work: a whole file (text or HTML) or one JSONL line."""

    source: str
    fmt: str  # "text" | "html" | "jsonl" | "error"
    data: bytes
    lineno: int = 0  # JSONL: the line; WARC/WET: the record's number
    url: str | None = None  # WARC/WET: the record's target URI, copied into each record


@dataclass(frozen=True, slots=True)
class RawInput:
    """One input as read, before it is split into pages: where it came from and its bytes."""

    source: str  # the path exactly as given, "-" for stdin
    data: bytes


def open_input(path: str) -> BinaryIO:
    """Open a file for reading bytes, or raise :class:`InputError` saying why not, in one line."""
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory, not a file")
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def read_source(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawInput:
    """Read one path (``-`` for stdin) into bytes; gzip is opened transparently.

    Raises :class:`InputError` with a one-line message for everything that can go wrong.
    """
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        with open_input(path) as fh:
            try:
                data = fh.read(max_bytes + 1)
            except OSError as exc:
                raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if data[:2] == b"\x1f\x8b":
        try:
            data = _gunzip(data, max_bytes)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(f"{path}: broken gzip data ({exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{path}: larger than the page size limit of {max_bytes} bytes "
                         "(raise it with --max-bytes)")
    return RawInput(path, data)


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = d.decompress(data, max_bytes + 1)
    if not d.eof and len(out) <= max_bytes:
        raise EOFError("truncated gzip stream")
    return out


def sniff(data: bytes) -> str:
    """'html', 'jsonl', 'markdown' or 'text', from the first bytes of a page."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<!--")):
        return "html"
    if head[:1] == b"{":
        return "jsonl"
    if head.startswith(b"<") and (b"<p" in head or b"<div" in head or b"<meta" in head):
        return "html"
    from .markdown import looks_markdown

    return "markdown" if looks_markdown(data) else "text"


def to_text(raw: RawInput, *, encoding: str | None = None) -> tuple[str, list[str]]:
    """Decode bytes to text; returns the text and warnings for the user."""
    warnings: list[str] = []
    if looks_binary(raw.data):
        raise InputError(f"{raw.source}: binary data (NUL bytes), not a text page")
    text, replaced = decode(raw.data, encoding)
    if replaced:
        warnings.append(f"{raw.source}: {replaced} byte(s) were not valid "
                        f"{encoding or 'UTF-8'} and were replaced with U+FFFD")
    return text, warnings


def expand(paths: list[str]) -> Iterator[str]:
    """Paths as given; '-' or no path at all means stdin."""
    if not paths:
        yield "-"
        return
    yield from paths


def iter_pages(paths: list[str], input_format: str = "auto", *,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Page]:
    """Pages from paths (``-`` or none: stdin), streamed: a text or HTML file is one
    page, a JSONL file one page per line. A path that cannot be read becomes an
    ``error`` page carrying its one-line message, in its place in the order."""
    for path in expand(paths):
        fmt = input_format
        if fmt == "warc" or (fmt == "auto" and path.lower().endswith(WARC_SUFFIXES)):
            try:
                yield from _warc_pages(path)
            except InputError as exc:
                yield Page(path, "error", str(exc).encode("utf-8"))
            continue
        if fmt == "jsonl" or (fmt == "auto" and _looks_jsonl_path(path)):
            try:
                yield from _jsonl_pages(path, max_bytes)
            except InputError as exc:
                yield Page(path, "error", str(exc).encode("utf-8"))
            continue
        try:
            raw = read_source(path, max_bytes=max_bytes)
        except InputError as exc:
            yield Page(path, "error", str(exc).encode("utf-8"))
            continue
        if fmt == "auto":
            fmt = sniff(raw.data)
        if fmt == "jsonl":
            yield from _jsonl_lines(path, raw.data.splitlines(keepends=True), max_bytes)
        else:
            yield Page(path, fmt, raw.data)


WARC_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz")


def _warc_pages(path: str) -> Iterator[Page]:
    """Pages from a WARC or WET file, streamed (gzip included), with warcio: WET
    'conversion' records are text pages, WARC 'response' records with HTML are HTML
    pages; every other record is skipped."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        raise InputError(f"{path}: reading WARC/WET needs the 'warc' extra "
                         "(pip install 'cleanscrape[warc]')") from None
    stream = sys.stdin.buffer if path == "-" else open_input(path)
    n = 0
    try:
        for record in ArchiveIterator(stream):
            if not str(record.format).startswith("warc"):
                continue  # warcio reads anything leniently (as ARC); only WARC records count
            n += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            if record.rec_type == "conversion":
                yield Page(path, "text", record.content_stream().read(), n, url)
            elif record.rec_type == "response" and record.http_headers is not None and "html" in (
                    record.http_headers.get_header("Content-Type") or ""):
                yield Page(path, "html", record.content_stream().read(), n, url)
        if n == 0 and path != "-" and os.path.getsize(path) > 0:
            raise InputError(f"{path}: not a WARC/WET file (no records found)")
    except ArchiveLoadFailed as exc:
        raise InputError(f"{path}: not a WARC/WET file ({str(exc).splitlines()[0]})") from None
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"{path}: broken WARC/WET data ({exc})") from None
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _looks_jsonl_path(path: str) -> bool:
    name = path.lower()
    return name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"))


def _jsonl_pages(path: str, max_bytes: int) -> Iterator[Page]:
    """Stream a JSONL file (gzip or not) line by line, never holding the whole file."""
    if path == "-":
        yield from _jsonl_lines(path, sys.stdin.buffer, max_bytes)
        return
    import gzip  # (here: only a gzip JSONL stream needs it; a page's gzip is inflated by zlib)

    with open_input(path) as fh:
        head = fh.read(2)
        fh.seek(0)
        stream = gzip.GzipFile(fileobj=fh) if head == b"\x1f\x8b" else fh
        try:
            yield from _jsonl_lines(path, stream, max_bytes)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(f"{path}: broken gzip data ({exc})") from None


if TYPE_CHECKING:  # pragma: no cover
    class _LineStream(Protocol):
        """A binary stream read a line at a time: a file, a gzip file, stdin."""

        def readline(self, size: int = -1, /) -> bytes: ...


def _jsonl_lines(path: str, lines: _LineStream | list[bytes], max_bytes: int) -> Iterator[Page]:
    """Pages from JSONL lines; a stream is read a bounded line at a time, so one huge
    line costs at most ``max_bytes`` of memory before it is reported and skipped."""
    stream, given = (None, iter(lines)) if isinstance(lines, list) else (lines, iter(()))
    lineno = 0
    while True:
        line = stream.readline(max_bytes + 1) if stream is not None else next(given, b"")
        if not line:
            return
        lineno += 1
        if len(line) > max_bytes:
            if stream is not None:
                while line and not line.endswith(b"\n"):  # skip the rest of the line
                    line = stream.readline(1 << 20)
            yield Page(path, "error", f"{path}:{lineno}: line longer than the page size limit "
                                      f"of {max_bytes} bytes".encode())
            continue
        if line.strip():
            yield Page(path, "jsonl", line, lineno)


# the files a folder walk reads (``learn site-pages/``): pages by their name; anything else
# (images, .json, code) is not a page and is passed over
PAGE_SUFFIXES = tuple(s + gz for s in (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml",
                                       ".jsonl", ".ndjson", ".warc", ".wet") for gz in ("", ".gz"))


def page_files(paths: list[str]) -> list[str]:
    """Paths as given, each folder replaced by the page files under it (sorted; hidden
    files and folders passed over). A file named explicitly is always read."""
    out: list[str] = []
    for path in paths or ["-"]:
        if path == "-" or not os.path.isdir(path):
            out.append(path)
            continue
        for folder, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            out += [os.path.join(folder, f) for f in sorted(files)
                    if not f.startswith(".") and f.lower().endswith(PAGE_SUFFIXES)]
    return out
