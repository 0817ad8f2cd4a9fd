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
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.filters.base_filter import BaseFilter

from ..document import Article
from ..io.text import read_text
from ..pipeline import Pipeline
from ..rules.base import Rule

ARTICLES_KEY = "cleanscrape_articles"


class CleanscrapeStep(PipelineStep):
    """Clean each document's text (or HTML) into article documents."""

    name = "cleanscrape"
    type = "CLEAN"

    def __init__(self, rules: Sequence[Rule] | None = None, *, input_format: str = "text",
                 keep_empty: bool = True) -> None:
        super().__init__()
        self.rules = tuple(rules) if rules is not None else Pipeline().rules
        self.input_format = input_format
        self.keep_empty = keep_empty

    def articles(self, pipe: Pipeline, doc: Document) -> list[Article]:
        if self.input_format == "html":
            from ..io.html import read_html  # raises ImportError until HTML input exists

            return pipe.clean_document(read_html(doc.text, source=str(doc.id)), source=str(doc.id))
        return pipe.clean_document(read_text(doc.text, source=str(doc.id)), source=str(doc.id))

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        pipe = Pipeline(self.rules)
        for doc in data:
            self.stat_update("pages")
            with self.track_time():
                arts = self.articles(pipe, doc)
            counts = Counter(r.code for a in arts for r in a.removed)
            for code, n in counts.items():
                self.stat_update(code, value=n)
            if not arts:
                self.stat_update("pages_without_article")
                if self.keep_empty:
                    yield Document(text="", id=doc.id, metadata={**doc.metadata, ARTICLES_KEY: 0})
                continue
            for a in arts:
                self.stat_update("articles")
                record = a.as_dict()
                for key in ("body", "paragraphs", "source"):
                    record.pop(key, None)
                ident = doc.id if len(arts) == 1 else f"{doc.id}/{a.index}"
                yield Document(text=a.body, id=ident,
                               metadata={**doc.metadata, **record, ARTICLES_KEY: len(arts)})


class HasArticleFilter(BaseFilter):
    """Drops the documents of pages in which cleanscrape found no article."""

    name = "cleanscrape: has an article"

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        if doc.metadata.get(ARTICLES_KEY, 1) and doc.text.strip():
            return True
        return False, "no_article"
