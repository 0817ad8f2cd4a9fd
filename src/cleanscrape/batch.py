"""Cleaning many pages: the pure per-page function, and an ordered, bounded process pool.

The core is a pure function over picklable settings (:class:`Job`) and page
payloads (:class:`Page`), so the same code runs in this process, in a pool of
worker processes (``cleanscrape clean -j N``) or inside any other executor
(Dask, Spark, datatrove). Output keeps input order; at most ``window``
batches are in flight, so memory stays bounded whatever the input size.
"""

from __future__ import annotations

import json
import os
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Sequence

from .document import Article
from .engine import MAX_LINE
from .io.inputs import to_text
from .io.inputs import RawInput
from .io.markdown import read_markdown
from .io.text import InputError, read_text
from .rules.base import Rule

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


@dataclass(frozen=True, slots=True)
class Page:
    """One unit of work: a whole file (text or HTML) or one JSONL line."""

    source: str
    fmt: str  # "text" | "html" | "jsonl" | "error"
    data: bytes
    lineno: int = 0  # JSONL: the line; WARC/WET: the record's number
    url: str | None = None  # WARC/WET: the record's target URI, copied into each record


@dataclass(slots=True)
class Outcome:
    """What cleaning one page gave: serialized output, messages, and whether it failed."""

    output: str = ""
    records: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    size: int = 0


def dig(obj: object, dotted: str) -> object:
    """``metadata.url`` out of ``{"metadata": {"url": ...}}``; ``None`` when absent."""
    cur = obj
    for part in dotted.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


def record_line(article: Article) -> str:
    """One JSON line; lone surrogates are escaped, everything else stays readable."""
    return json.dumps(article.as_dict(), ensure_ascii=False).encode(
        "utf-8", "backslashreplace").decode("utf-8")


def render(articles: Sequence[Article], fmt: str) -> str:
    if fmt == "jsonl":
        return "".join(record_line(a) + "\n" for a in articles)
    parts = []
    for a in articles:
        if a.title:
            parts.append(a.title + "\n\n")
        parts.append(a.body + "\n\n")
    return "".join(parts)


def clean_page(job: Job, page: Page) -> Outcome:
    """Clean one page into its serialized records. Never raises for bad input."""
    out = Outcome(size=len(page.data))
    if page.fmt == "error":
        out.error = page.data.decode("utf-8", "replace")
        return out
    pipe = _pipeline(job)
    try:
        if page.fmt == "jsonl":
            articles = _clean_jsonl_line(job, pipe, page, out)
        elif page.fmt == "html":
            articles = pipe.clean_document(_read_html(page.data, page.source), source=page.source,
                                           extra=_url(page), budget=job.time_budget, max_line=job.max_line)
        else:
            text, warnings = to_text(RawInput(page.source, page.data), encoding=job.encoding)
            out.warnings.extend(warnings)
            if not text.strip():
                out.warnings.append(f"{page.source}: empty input, no record")
                return out
            doc = read_markdown(text, source=page.source) if page.fmt == "markdown" else \
                read_text(text, source=page.source, unwrap=job.unwrap)
            articles = pipe.clean_document(doc, source=page.source,
                                           extra=_url(page), budget=job.time_budget, max_line=job.max_line)
    except InputError as exc:
        out.error = str(exc)
        return out
    out.records = len(articles)
    out.output = render(articles, job.output_format)
    return out


def _clean_jsonl_line(job: Job, pipe, page: Page, out: Outcome) -> list[Article]:
    where = f"{page.source}:{page.lineno}"
    try:
        obj = json.loads(page.data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"{where}: not a JSON object ({exc})") from None
    if not isinstance(obj, dict):
        raise InputError(f"{where}: not a JSON object")
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
        doc = _read_html(html, page.source)
    else:
        if not isinstance(text, str):
            raise InputError(f"{where}: field {job.text_field!r} is not a string")
        if not text.strip():
            out.warnings.append(f"{where}: empty text, no record")
            return []
        doc = read_text(text, source=page.source, unwrap=job.unwrap)
    return pipe.clean_document(doc, source=page.source, extra=extra, budget=job.time_budget, max_line=job.max_line)


_PIPELINES: dict[int, tuple[Job, object]] = {}


def _pipeline(job: Job):
    """The job's pipeline, built once per process (its rule plan is cached on it)."""
    from .pipeline import Pipeline

    got = _PIPELINES.get(id(job))
    if got is None or got[0] is not job:
        if len(_PIPELINES) > 16:
            _PIPELINES.clear()
        got = _PIPELINES[id(job)] = (job, Pipeline(job.rules))
    return got[1]


def _url(page: Page) -> dict[str, object] | None:
    return {"url": page.url} if page.url else None


def _read_html(data, source: str):
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


def _init_worker(job: Job) -> None:
    global _WORKER_JOB  # one job per worker process, set once at start
    _WORKER_JOB = job


def _work(batch: list[Page]) -> list[Outcome]:
    assert _WORKER_JOB is not None
    return [clean_page(_WORKER_JOB, p) for p in batch]


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
        pending: deque[Future] = deque()
        for b in it:
            pending.append(ex.submit(_work, b))
            while len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _methods() -> list[str]:
    from multiprocessing import get_all_start_methods

    return get_all_start_methods()
