"""cleanscrape as datatrove pipeline steps (``pip install 'cleanscrape[datatrove]'``).

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleanscrape.integrations.datatrove import CleanscrapeStep, HasArticleFilter

    LocalPipelineExecutor(pipeline=[JsonlReader("pages/"), CleanscrapeStep(), HasArticleFilter(),
                                    JsonlWriter("articles/")], tasks=4, workers=2).run()

The same steps run on datatrove's Slurm and Ray executors: the step holds only
picklable rules. Each article becomes one document (``id`` of the page, plus
``/N`` when a page holds several), its record fields go into the metadata, and
rule counts go into datatrove's stats.

As datatrove's own extractors do, the step drops what it cannot use and counts it:
a page over the time budget (``timeout``), a page whose reading or cleaning raised
(``clean_error``, the first error logged once), a page with no article
(``pages_without_article``; kept as an empty document with ``keep_empty=True``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.utils.logging import logger
from datatrove.utils.typeshelper import StatHints

from ..api import read_page
from ..document import Article
from ..engine import INTERNAL_ERROR, MAX_LINE, OVER_BUDGET
from ..pipeline import Pipeline
from ..rules.base import Rule
from ..segment import segment

ARTICLES_KEY = "cleanscrape_articles"


class PageError(Exception):
    """A rule raised on a page (the engine returned it whole, with a notice)."""


class CleanscrapeStep(PipelineStep):  # type: ignore[misc]  # datatrove ships no type information
    """Clean each document's text (or HTML) into article documents.

    ``input_format`` is how ``doc.text`` is read: "text" (default), "markdown", "html", or
    "auto" (sniffed as ``cleanscrape clean`` sniffs). ``time_budget`` (seconds per page; None
    or 0: no limit) bounds the rules' work on a page, as the CLI's ``--time-budget`` does; a
    page over it is dropped (``keep_timeouts=True``: kept whole, with a ``notice`` in its
    metadata, as the CLI keeps it). ``max_line`` is the CLI's ``--max-line-length``.
    """

    name = "cleanscrape"
    type = "CLEAN"

    def __init__(self, rules: Sequence[Rule] | None = None, *, input_format: str = "text",
                 keep_empty: bool = False, time_budget: float | None = 10.0,
                 max_line: int | None = MAX_LINE, keep_timeouts: bool = False) -> None:
        super().__init__()
        self.rules = tuple(rules) if rules is not None else Pipeline().rules
        self.input_format = input_format
        self.keep_empty = keep_empty
        self.time_budget = time_budget or None
        self.max_line = max_line or None
        self.keep_timeouts = keep_timeouts
        self._warned_error = False

    def articles(self, pipe: Pipeline, doc: Document) -> list[Article]:
        """The page's records; raises :class:`TimeoutError` when the page ran over the
        time budget (and timeouts are not kept), and on any error reading or cleaning it."""
        page = read_page(doc.text, format=self.input_format, source=str(doc.id))
        labelled = pipe.label(page, budget=self.time_budget, max_line=self.max_line)
        notice = labelled.notice or ""
        if notice.startswith(OVER_BUDGET) and not self.keep_timeouts:
            raise TimeoutError(notice)
        if notice.startswith(INTERNAL_ERROR):
            raise PageError(notice)
        return segment(labelled, source=str(doc.id))

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        pipe = Pipeline(self.rules)
        for doc in data:
            self.stat_update("pages")
            with self.track_time():
                arts = self._articles_or_none(pipe, doc)
            if arts is None:
                self.stat_update(StatHints.dropped)
                continue
            counts = Counter(r.code for a in arts for r in a.removed)
            for code, n in counts.items():
                self.stat_update(code, value=n)
            if not arts:
                self.stat_update("pages_without_article")
                if self.keep_empty:
                    self.stat_update(StatHints.forwarded)
                    yield Document(text="", id=doc.id, metadata={**doc.metadata, ARTICLES_KEY: 0})
                else:
                    self.stat_update(StatHints.dropped)
                continue
            yield from self._documents(doc, arts)

    def _articles_or_none(self, pipe: Pipeline, doc: Document) -> list[Article] | None:
        """The page's records, or None (counted) when it timed out or failed."""
        try:
            return self.articles(pipe, doc)
        except TimeoutError:
            self.stat_update("timeout")
            return None
        except Exception as exc:  # one bad page must not stop a run of millions
            self.stat_update("clean_error")
            if not self._warned_error:
                logger.warning(f'cleanscrape: error "{type(exc).__name__}: {exc}" on document {doc.id}; '
                               "skipping it. This message appears once; see the clean_error stat.")
                self._warned_error = True
            return None

    def _documents(self, doc: Document, arts: list[Article]) -> Iterator[Document]:
        """One document per article, its record fields in the metadata (the input's own
        ``url`` and ``language`` stay as they were)."""
        for a in arts:
            self.stat_update("articles", StatHints.forwarded)
            record = a.as_dict()
            for key in ("body", "paragraphs", "source"):
                record.pop(key, None)
            for key in ("url", "language"):
                if key in doc.metadata:
                    record.pop(key, None)
            ident = doc.id if len(arts) == 1 else f"{doc.id}/{a.index}"
            out = Document(text=a.body, id=ident, metadata={**doc.metadata, **record, ARTICLES_KEY: len(arts)})
            self.update_doc_stats(out)
            yield out


class HasArticleFilter(BaseFilter):  # type: ignore[misc]  # datatrove ships no type information
    """Drops the documents of pages in which cleanscrape found no article."""

    name = "cleanscrape: has an article"

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        if doc.metadata.get(ARTICLES_KEY, 1) and doc.text.strip():
            return True
        return False, "no_article"
