"""Cleaning many pages: the pure per-page function, and an ordered, bounded process pool.

The core is a pure function over picklable settings (:class:`Job`) and page
payloads (:class:`Page`), so the same code runs in this process, in a pool of
worker processes (``cleanscrape clean -j N``) or inside any other executor
(Dask, Spark, datatrove). Output keeps input order; at most ``window``
batches are in flight, so memory stays bounded whatever the input size.
"""

from __future__ import annotations

import gc
import json
import os
from collections import deque
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from .typed import TYPE_CHECKING
from collections.abc import Callable, Iterable, Iterator, Sequence

from .document import Article, Document, Removed
from .engine import INTERNAL_ERROR, MAX_LINE
from .io.inputs import Page as Page  # defined with its readers, below this module
from .io.inputs import RawInput, to_text
from .io.markdown import read_markdown
from .io.text import InputError, looks_binary, read_text
from .rules.base import Rule
from .segment import segment

if TYPE_CHECKING:  # pragma: no cover
    from typing import Any
    from .pipeline import Pipeline

BATCH_PAGES = 64
BATCH_BYTES = 1 << 20


@dataclass(frozen=True)
class Job:
    """Everything a worker needs to clean a page; picklable."""

    rules: tuple[Rule, ...]
    output_format: str = "jsonl"
    encoding: str | None = None
    text_field: str = "text"
    html_field: str | None = None
    id_field: str | None = "id"
    time_budget: float | None = 10.0  # seconds per page; over it, the page is returned unchanged
    max_line: int | None = MAX_LINE  # characters; longer lines are kept whole, unexamined
    unwrap: bool | None = None  # hard-wrapped text: None finds it, False reads line by line
    fields: tuple[str, ...] | None = None  # JSONL: only these record fields, in this order
    drop: tuple[str, ...] = ()  # JSONL: record fields left out (``--no-audit``: removed)


@dataclass(slots=True)
class Outcome:
    """What cleaning one page gave: serialized output, messages, and whether it failed."""

    output: str = ""
    records: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None  # one line, for the user; the records in ``output`` still count
    size: int = 0
    kind: str | None = None  # what went wrong: "unreadable", "budget" or "rule" (see ``PROBLEMS``)
    # ``output`` in UTF-8, when JSONL records were encoded once for their lone-surrogate check (in
    # this process: a worker's outcome travels without it); the CLI writes these bytes as they are
    data: bytes | None = None


BUDGET_NOTICE = "over the time budget"  # how the engine's notice starts for a page over the budget

# what went wrong with a page, as the closing summary names it
PROBLEMS = {"unreadable": "unreadable", "budget": "over the time budget", "rule": "failed in a rule"}

# the fields of a record, in their order; ``id``, ``url`` and ``notice`` come first when a page has them
RECORD_FIELDS = ("id", "url", "notice", "source", "index", "title", "section", "byline", "published",
                 "body", "paragraphs", "removed")


def dig(obj: object, dotted: str) -> object:
    """``metadata.url`` out of ``{"metadata": {"url": ...}}``; ``None`` when absent."""
    cur = obj
    for part in dotted.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


def record_line(article: Article, fields: Sequence[str] | None = None, drop: Sequence[str] = ()) -> str:
    """One JSON line; lone surrogates are escaped, everything else stays readable.

    ``fields``: only these keys, in this order (a key the record lacks is left out);
    ``drop``: keys left out."""
    return _escaped_surrogates(_record_text(article, fields, drop))


def plain_record_line(article: Article, fields: Sequence[str] | None = None, drop: Sequence[str] = ()) -> str:
    """`record_line` by `json.dumps` of the whole record: the reference its quick path must equal."""
    return _record_json(article, fields, drop).encode("utf-8", "backslashreplace").decode("utf-8")


def _record_text(article: Article, fields: Sequence[str] | None, drop: Sequence[str], end: str = "") -> str:
    """`record_line` before its lone surrogates are escaped, and ``end`` (a JSONL line's newline,
    written with the record: no copy of the record made to add it). The whole record: the fields
    before the text by ``json.dumps``, then the text, each paragraph escaped once for both the
    body and the paragraphs (the body is the paragraphs joined by a blank line, and escaping
    goes character by character: the escaped body is the escaped paragraphs joined by `\\n\\n`),
    then the audit entries (:func:`_removed_list`)."""
    if fields is None and not drop:
        record = replace(article, paragraphs=(), removed=()).as_dict()
        if tuple(record)[-3:] == _TEXT_FIELDS:  # (none of them among the extra fields: they close the record)
            head = json.dumps(record, ensure_ascii=False)
            if head.endswith(_EMPTY_TEXT):
                paras = list(map(_escape, article.paragraphs))
                return "".join([head[:-len(_EMPTY_TEXT)], '"body": "', "\\n\\n".join([p[1:-1] for p in paras]),
                                '", "paragraphs": [', ", ".join(paras), '], "removed": [',
                                *_removed_list(article.removed), "]}", end])
    return _record_json(article, fields, drop) + end


def _record_json(article: Article, fields: Sequence[str] | None, drop: Sequence[str]) -> str:
    record = article.as_dict()
    if fields is not None:
        record = {k: record[k] for k in fields if k in record}
    for k in drop:
        record.pop(k, None)
    return json.dumps(record, ensure_ascii=False)


def jsonl_output(articles: Sequence[Article], fields: Sequence[str] | None = None,
                 drop: Sequence[str] = ()) -> tuple[str, bytes]:
    """``render(articles, "jsonl", fields, drop)`` and its UTF-8 bytes, the records encoded once:
    the strict encoding that tells a lone surrogate is there gives the bytes written. (Escaping
    the whole output equals escaping each line: the codec reads one code point at a time.)"""
    text = "".join([_record_text(a, fields, drop, "\n") for a in articles])  # (one record: the record's own line)
    try:
        return text, text.encode("utf-8")
    except UnicodeEncodeError:  # (a lone surrogate: written as its escape)
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
        return text, text.encode("utf-8")


def _escaped_surrogates(line: str) -> str:
    """``line`` with each lone surrogate written as its escape (``\\udc80``), as
    ``line.encode("utf-8", "backslashreplace").decode("utf-8")`` gives; an ASCII line (a
    constant-time test) is returned as it is. (Searching the others for a surrogate with a
    pattern first costs more than the round trip it saves: measured.)"""
    if line.isascii():
        return line
    try:
        line.encode("utf-8")  # (strict: only a lone surrogate raises; the common case decodes nothing back)
    except UnicodeEncodeError:
        return line.encode("utf-8", "backslashreplace").decode("utf-8")
    return line


_escape = json.encoder.encode_basestring  # a string as json.dumps(..., ensure_ascii=False) writes it
_AUDIT_HEADS: dict[tuple[str, str, str], str] = {}  # an audit entry's opening, by code, name and role
_REASONS: dict[str, str] = {}  # reasons as JSON strings (rules give the same few)
JSON_CACHE_MAX = 4096  # strings remembered at most: rules have a few dozen reasons, scores vary
_TEXT_FIELDS = ("body", "paragraphs", "removed")  # the fields that close a record, in their order
_EMPTY_TEXT = '"body": "", "paragraphs": [], "removed": []}'  # how they close a record with no text


def _removed_json(r: Removed) -> str:
    """One audit entry as ``json.dumps(r.as_dict(), ensure_ascii=False)`` writes it, its
    repeated parts (code, name, role; the reason) written once and remembered."""
    code, name, role, line, text, reason = r
    if type(line) is not int or not (isinstance(code, str) and isinstance(name, str) and isinstance(role, str)
                                     and isinstance(text, str) and isinstance(reason, str)):  # (no generator)
        return json.dumps(r.as_dict(), ensure_ascii=False)  # (not what the engine makes: as written)
    head = _AUDIT_HEADS.get((code, name, role))
    if head is None:
        head = f'{{"code": {_escape(code)}, "name": {_escape(name)}, "role": {_escape(role)}, "line": '
        if len(_AUDIT_HEADS) < JSON_CACHE_MAX:
            _AUDIT_HEADS[code, name, role] = head
    why = _REASONS.get(reason)
    if why is None:
        why = _escape(reason)
        if len(_REASONS) < JSON_CACHE_MAX:
            _REASONS[reason] = why
    return f'{head}{line}, "text": {_escape(text)}, "reason": {why}}}'


def _removed_list(entries: Sequence[Removed]) -> list[str]:
    """``", ".join(map(_removed_json, entries))`` in pieces to join: each entry's JSON and the
    comma after it but for the last (the record joins them with its other parts, the audit
    copied once), in one loop (a page has hundreds of entries: a call each costs more than the
    entry's own work)."""
    heads, reasons, esc = _AUDIT_HEADS, _REASONS, _escape
    out = []
    for r in entries:
        code, name, role, line, text, reason = r
        if type(line) is int:
            try:  # (a hit says code, name, role and reason equal the strings a head and a reason were
                # written from, and written alike: no type of ours but ``str`` equals a string; the
                # escape takes a string only. An unhashable field, or a text that is not a string,
                # raises: written as a first entry of its kind is)
                head, why = heads.get((code, name, role)), reasons.get(reason)
                if head is not None and why is not None:
                    out.append(f'{head}{line}, "text": {esc(text)}, "reason": {why}}}, ')
                    continue
            except TypeError:
                pass
        out.append(_removed_json(r) + ", ")  # (a first entry of its kind, or not what the engine makes)
    if out:
        out[-1] = out[-1][:-len(", ")]
    return out


def render(articles: Sequence[Article], fmt: str, fields: Sequence[str] | None = None,
           drop: Sequence[str] = ()) -> str:
    if fmt == "jsonl":
        return "".join(record_line(a, fields, drop) + "\n" for a in articles)
    parts = []
    for a in articles:
        if a.title:
            parts.append(a.title + "\n\n")
        parts.append(a.body + "\n\n")
    return "".join(parts)


def clean_page(job: Job, page: Page) -> Outcome:
    """Clean one page into its serialized records. Never raises for bad input.

    A page that cannot be read has an ``error`` and no output; a page over the time
    budget (or one on which a rule failed) has its records, whole, and an ``error``."""
    out = Outcome(size=len(page.data))
    if page.fmt == "error":
        out.error, out.kind = page.data.decode("utf-8", "replace"), "unreadable"
        return out
    pipe = _pipeline(job)
    extra: dict[str, object] | None
    try:
        if page.fmt == "jsonl":
            doc, extra = _read_jsonl_line(job, page, out)
        elif page.fmt == "html":
            doc, extra = read_html_page(page.data, page.source, job.encoding, out.warnings), _url(page)
        else:
            doc, extra = _read_text_page(job, page, out), _url(page)
    except InputError as exc:
        out.error, out.kind = str(exc), "unreadable"
        return out
    if doc is None:
        return out
    if not doc.blocks and page.fmt == "html":
        out.warnings.append(f"{page.source}: no text in the HTML, no record")
        return out
    labelled = pipe.label(_with_url(doc, extra), budget=job.time_budget, max_line=job.max_line)
    articles = segment(labelled, source=page.source, extra=extra)
    notice = labelled.notice
    if notice and notice.startswith((BUDGET_NOTICE, INTERNAL_ERROR)):  # not the long-line notice
        out.error = f"{page.source}:{page.lineno}: {notice}" if page.lineno else f"{page.source}: {notice}"
        out.kind = "budget" if notice.startswith(BUDGET_NOTICE) else "rule"
    out.records = len(articles)
    if job.output_format == "jsonl":
        out.output, out.data = jsonl_output(articles, job.fields, job.drop)
    else:
        out.output = render(articles, job.output_format, job.fields, job.drop)
    return out


def _read_text_page(job: Job, page: Page, out: Outcome) -> Document | None:
    text, warnings = to_text(RawInput(page.source, page.data), encoding=job.encoding)
    out.warnings.extend(warnings)
    if not text.strip():
        out.warnings.append(f"{page.source}: empty input, no record")
        return None
    if page.fmt == "markdown":
        return read_markdown(text, source=page.source)
    return read_text(text, source=page.source, unwrap=job.unwrap)


def json_object(line: bytes | str, where: str) -> dict[str, Any]:
    """The JSON object on one JSONL line, or InputError: ``pages.jsonl:3: not a JSON object
    (Expecting value at character 9)`` (the place counted within the line)."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        at = min(exc.pos, len(exc.doc.rstrip("\r\n"))) + 1  # the line's end, not past its newline
        raise InputError(f"{where}: not a JSON object ({exc.msg} at character {at})") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"{where}: not a JSON object ({exc})") from None
    if not isinstance(obj, dict):
        raise InputError(f"{where}: not a JSON object")
    return obj


def _read_jsonl_line(job: Job, page: Page, out: Outcome) -> tuple[Document | None, dict[str, object]]:
    """The page a JSONL line holds, and the fields copied into its records."""
    where = f"{page.source}:{page.lineno}"
    obj = json_object(page.data, where)
    html = dig(obj, job.html_field) if job.html_field else None
    text = dig(obj, job.text_field) if html is None else None
    if html is None and text is None:
        raise InputError(f"{where}: no {job.text_field!r} field"
                         + (f" and no {job.html_field!r} field" if job.html_field else ""))
    extra = {k: v for k, v in obj.items() if k not in (job.text_field, job.html_field)}
    if job.id_field:
        ident = dig(obj, job.id_field)
        if ident is not None:
            extra["id"] = ident
    if html is not None:
        if not isinstance(html, str):
            raise InputError(f"{where}: field {job.html_field!r} is not a string")
        doc = read_html_page(html, page.source)
    else:
        if not isinstance(text, str):
            raise InputError(f"{where}: field {job.text_field!r} is not a string")
        if not text.strip():
            out.warnings.append(f"{where}: empty text, no record")
            return None, extra
        doc = read_text(text, source=page.source, unwrap=job.unwrap)
    return doc, extra


PIPELINE_CACHE_MAX = 16  # pipelines a worker keeps (one per job: rules and settings of a file)
_PIPELINES: dict[int, tuple[Job, Pipeline]] = {}


def _pipeline(job: Job) -> Pipeline:
    """The job's pipeline, built once per process (its rule plan is cached on it)."""
    from .pipeline import Pipeline

    got = _PIPELINES.get(id(job))
    if got is None or got[0] is not job:
        if len(_PIPELINES) > PIPELINE_CACHE_MAX:
            _PIPELINES.clear()
        got = _PIPELINES[id(job)] = (job, Pipeline(job.rules))
    return got[1]


def _with_url(doc: Document, extra: dict[str, object] | None) -> Document:
    """``doc`` with the page's URL in its metadata (the site profile rule reads its site
    there): the record's ``url``, else an ``id`` that is a URL; markup's own URL wins."""
    if not extra or (doc.meta and "url" in doc.meta):
        return doc
    url = extra.get("url")
    if not isinstance(url, str):
        url = extra.get("id")
        if not isinstance(url, str) or "://" not in url:
            return doc
    return Document(doc.blocks, doc.source, MappingProxyType({**(doc.meta or {}), "url": url}), doc.columns)


def _url(page: Page) -> dict[str, object] | None:
    return {"url": page.url} if page.url else None


def read_html_page(data: bytes | str, source: str, encoding: str | None = None,
                   warnings: list[str] | None = None) -> Document:
    """A Document of an HTML page; InputError (one line) for binary data or no HTML reader.
    ``encoding`` (``--encoding``) decodes the bytes, as for text pages, instead of the
    encoding the page declares; what decoding notes goes to ``warnings``."""
    if isinstance(data, bytes) and looks_binary(data):
        raise InputError(f"{source}: binary data (NUL bytes), not an HTML page")
    if encoding is not None and isinstance(data, bytes):
        data, notes = to_text(RawInput(source, data), encoding=encoding)
        if warnings is not None:
            warnings.extend(notes)
    try:
        from .io.html import read_html
    except ImportError:
        raise InputError(f"{source}: HTML input is not supported yet; "
                         "give naive text (--input-format text)") from None
    return read_html(data, source=source)


# -- batching and the pool ------------------------------------------------------

def batches(pages: Iterable[Page], max_pages: int = BATCH_PAGES, max_bytes: int = BATCH_BYTES) -> Iterator[list[Page]]:
    batch: list[Page] = []
    size = 0
    for p in pages:
        batch.append(p)
        size += len(p.data)
        if len(batch) >= max_pages or size >= max_bytes:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


_WORKER_JOB: Job | None = None
# objects allocated between two collections of the youngest generation (CPython's default 700):
# a page makes tens of thousands of short-lived ones, few in cycles, so a pass every 10 000 is enough
GC_YOUNG = 10_000


def _init_worker(job: Job) -> None:
    global _WORKER_JOB  # one job per worker process, set once at start
    _WORKER_JOB = job
    gc.freeze()  # (start-up's objects live as long as the worker: no collection walks them again)
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])


def _work(batch: list[Page]) -> list[Outcome]:
    assert _WORKER_JOB is not None
    done = [clean_page(_WORKER_JOB, p) for p in batch]
    for o in done:
        o.data = None  # (the text alone crosses to the parent, which writes it)
    return done


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def run(job: Job, pages: Iterable[Page], workers: int = 1, window: int | None = None,
        on_start: Callable[[], None] | None = None) -> Iterator[Outcome]:
    """Clean ``pages`` in input order, with ``workers`` processes (1: in this process).

    The first batch is always cleaned in this process, so a small input never
    pays for starting a pool.
    """
    it = batches(pages)
    if workers <= 1:
        for b in it:
            for p in b:
                yield clean_page(job, p)
        return
    first = next(it, None)
    if first is None:
        return
    for p in first:
        yield clean_page(job, p)
    window = window or workers * 4
    from concurrent.futures import Future, ProcessPoolExecutor  # only with workers: 15 ms at start-up
    from multiprocessing import get_context

    ctx = get_context("forkserver") if "forkserver" in _methods() else get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker, initargs=(job,)) as ex:
        pending: deque[Future[list[Outcome]]] = deque()
        for b in it:
            pending.append(ex.submit(_work, b))
            while len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _methods() -> list[str]:
    from multiprocessing import get_all_start_methods

    return get_all_start_methods()
