"""The one-call API: :func:`clean`, :func:`extract` and :func:`check` read a page the way the
CLI does and take its options.

A page is text, Markdown or HTML, as ``str`` or ``bytes``. ``format="auto"`` sniffs it with the
CLI's own sniffer (``cleanscrape clean --input-format auto``); bytes are decoded as the CLI
decodes them (UTF-8, BOM-aware, UTF-16 recognised; ``encoding=`` names another; an HTML page
without ``encoding=`` is read in the encoding its bytes and ``<meta charset>`` give). Input
that cannot be read raises :class:`~cleanscrape.io.text.InputError` (a ``ValueError``) with a
one-line message; invalid bytes are replaced with U+FFFD and reported as a ``UnicodeWarning``.
"""

from __future__ import annotations

import warnings
from os import PathLike
from collections.abc import Iterable, Mapping, Sequence

from .document import Article, Document, Finding
from .engine import MAX_LINE
from .lang import check as check_languages
from .io.inputs import RawInput, sniff, to_text
from .batch import read_html_page
from .io.text import InputError, read_text
from .pipeline import Pipeline
from .registry import resolve
from .rules.base import Rule
from .text import comma_list

FORMATS = ("auto", "text", "markdown", "html")
SNIFF_CHARS = 65536  # the CLI's sniffer reads at most this much of a page

# the default pipeline, planned once: a call per page need not plan the rule order again
_DEFAULT = Pipeline()

# a site profile: the path of a `cleanscrape learn` file, or what `profile.load_profile` gave
ProfileLike = str | PathLike[str] | Mapping[str, Iterable[str]]


def page_format(data: str | bytes, format: str = "auto") -> str:
    """'text', 'markdown' or 'html': ``format`` itself, or what the CLI's sniffer says of
    ``data`` for ``auto`` (a JSONL sniff means a page that starts with ``{``: a JSONL file is
    many pages, not one, so it is read as text)."""
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; use one of: {', '.join(FORMATS)}")
    if format != "auto":
        return format
    head = data[:SNIFF_CHARS]
    found = sniff(head.encode("utf-8", "surrogatepass") if isinstance(head, str) else bytes(head))
    return "text" if found == "jsonl" else found


def read_page(text: str | bytes, *, format: str = "auto", encoding: str | None = None,
              source: str | None = None, unwrap: bool | None = None) -> Document:
    """One page (``str`` or ``bytes``) read into a :class:`Document`, as the CLI reads it."""
    if not isinstance(text, (str, bytes, bytearray)):
        raise TypeError(f"a page is str or bytes, not {type(text).__name__}")
    fmt = page_format(text, format)
    if fmt == "html":  # as the CLI reads it: binary data refused, ``encoding`` over the page's own
        notes: list[str] = []
        doc = read_html_page(bytes(text) if isinstance(text, bytearray) else text, source or "page",
                             encoding, notes)
        _warn(notes)
        return doc
    if not isinstance(text, str):
        text, notes = to_text(RawInput(source or "page", bytes(text)), encoding=encoding)
        _warn(notes)
    if fmt == "markdown":
        from .io.markdown import read_markdown

        return read_markdown(text, source=source)
    return read_text(text, source=source, unwrap=unwrap)


def _warn(notes: list[str]) -> None:
    """What decoding noted (bytes replaced with U+FFFD), as warnings to the caller of clean()."""
    for note in notes:
        warnings.warn(note, UnicodeWarning, stacklevel=5)


def pipeline_for(*, rules: Sequence[Rule] | None = None, pipeline: Pipeline | None = None,
                 select: Iterable[str] | str | None = None, ignore: Iterable[str] | str | None = None,
                 profile: ProfileLike | None = None) -> Pipeline:
    """The pipeline the options name: ``pipeline`` or ``rules`` (default: the built-in
    rules), narrowed by ``select`` / ``ignore`` (codes, code prefixes or names, as the CLI's
    ``--select`` / ``--ignore``), with a site ``profile``'s lines removed as CS601."""
    if rules is not None and pipeline is not None:
        raise ValueError("give rules or pipeline, not both")
    pipe = pipeline if pipeline is not None else Pipeline(tuple(rules)) if rules is not None else _DEFAULT
    if select is not None or ignore is not None:
        pipe = Pipeline(resolve(pipe.rules, _tokens(select), _tokens(ignore)))
    if profile is not None:
        from .profile import with_profile

        pipe = with_profile(pipe, profile)
    return pipe


def _tokens(value: Iterable[str] | str | None) -> tuple[str, ...] | None:
    """``"CS1,CS4"`` or ``["CS1", "CS4"]`` as tokens."""
    if value is None:
        return None
    return comma_list(value) if isinstance(value, str) else tuple(t.strip() for t in value if t.strip())


def clean(text: str | bytes, *, source: str | None = None, rules: Sequence[Rule] | None = None,
          format: str = "auto", encoding: str | None = None, budget: float | None = None,
          max_line: int | None = MAX_LINE, unwrap: bool | None = None, profile: ProfileLike | None = None,
          select: Iterable[str] | str | None = None, ignore: Iterable[str] | str | None = None,
          pipeline: Pipeline | None = None) -> list[Article]:
    """Split a page into article records, each with the audit of what was removed.

    ``text`` is the page: text, Markdown or HTML, as ``str`` or ``bytes``, read as
    ``format`` says ("auto", the default, sniffs it as the CLI does; "text", "markdown",
    "html"); ``encoding`` decodes bytes (default UTF-8, BOM-aware). The other options are
    the CLI's: ``budget`` (``--time-budget``, seconds; default no limit) returns a page over
    it whole, with a ``notice``; ``max_line`` (``--max-line-length``; None or 0: no limit);
    ``unwrap`` (``--unwrap``: None finds hard-wrapped text, False never joins lines);
    ``profile`` (``--profile``: a path, or what :func:`cleanscrape.profile.load_profile`
    gave); ``select`` / ``ignore`` (rule codes, prefixes or names). ``rules`` replaces the
    default rule list (rules run in sequence and later ones read earlier labels), or
    ``pipeline`` gives a :class:`Pipeline`. Unreadable input raises ``InputError``; an
    unreadable language file in ``CLEANSCRAPE_LANGUAGES`` raises ``LanguageFileError``.
    """
    check_languages()
    pipe = pipeline_for(rules=rules, pipeline=pipeline, select=select, ignore=ignore, profile=profile)
    doc = read_page(text, format=format, encoding=encoding, source=source, unwrap=unwrap)
    return pipe.clean_document(doc, source=source, budget=budget, max_line=max_line or None)


def extract(text: str | bytes, **options: object) -> str:
    """The main text of a page: the bodies of all its records, joined with blank lines
    (``""`` when it holds no article). Takes :func:`clean`'s options.

    >>> import cleanscrape
    >>> cleanscrape.extract("<p>Share</p><article><h1>Ferry returns</h1>"
    ...                     "<p>The ferry to the island runs again from Monday, the operator said.</p></article>")
    'The ferry to the island runs again from Monday, the operator said.'
    """
    return "\n\n".join(a.body for a in clean(text, **options))  # type: ignore[arg-type]


def check(text: str | bytes, *, rules: Sequence[Rule] | None = None, format: str = "auto",
          encoding: str | None = None, unwrap: bool | None = None, profile: ProfileLike | None = None,
          select: Iterable[str] | str | None = None, ignore: Iterable[str] | str | None = None,
          pipeline: Pipeline | None = None) -> list[Finding]:
    """The findings for a page: every block a rule would remove or move, in order. Reads the
    page and takes the rule options as :func:`clean` does."""
    pipe = pipeline_for(rules=rules, pipeline=pipeline, select=select, ignore=ignore, profile=profile)
    return pipe.findings(read_page(text, format=format, encoding=encoding, unwrap=unwrap))


__all__ = ["FORMATS", "InputError", "check", "clean", "extract", "page_format", "pipeline_for", "read_page"]
