"""CS515 lone-headline (htmlfu136): on an HTML page with a single ``<h1>`` and no headline any rule
found, that ``<h1>`` is the record's title, not its body's first line, when it is the first line
the decisions kept and kept text stands under it; the hard negatives keep their lines as they were."""

from __future__ import annotations

from cleanscrape.document import Finding, Role
from cleanscrape.io.html import read_html
from cleanscrape.pipeline import Pipeline
from cleanscrape.rules.base import Context
from cleanscrape.rules.looselines import LONE_HEADLINE, LONE_HEADLINE_WORDS
from story_helpers import SHORT_PARAS

HEADLINE = "Harbour board approves the new winter timetable after a long debate"
PARAS = SHORT_PARAS


# a standfirst in a <div> under the headline: CS304 ("the first headline of the page, with prose under it")
# does not take the <h1> over it
DECK = "The board's chair explains why the late boats stay, what the islanders asked for and what the new timetable costs"


def _page(head: str = f"<h1>{HEADLINE}</h1><div>{DECK}</div>", title: str = "Harbour board approves winter timetable",
          after: str = "") -> str:
    p = "".join(f"<p>{t}</p>" for t in PARAS)
    return (f'<html><head><meta property="og:title" content="{title}"></head><body><article>{head}{p}{after}'
            "</article></body></html>")


def _records(page: str):
    return Pipeline().clean_document(read_html(page))


def test_the_only_h1_over_the_kept_text_is_the_records_title_not_its_first_line():
    """The page's metadata words the headline otherwise (shortened): CS502 does not take the <h1>."""
    (record,) = _records(_page())
    assert record.title == HEADLINE
    assert HEADLINE not in record.body and record.paragraphs[:2] == (DECK, PARAS[0])
    doc = read_html(_page())
    labels = Pipeline().label(doc).labels
    assert [doc.blocks[k].text for k, f in enumerate(labels) if f is not None and f.code == "CS515"] == [HEADLINE]
    assert Pipeline().without("CS515").clean_document(doc)[0].paragraphs[0] == HEADLINE  # (the first line, without it)


def test_a_title_the_metadata_repeats_stays_CS502s():
    doc = read_html(_page(title=HEADLINE))
    labels = Pipeline().label(doc).labels
    assert any(f is not None and f.code == "CS502" and f.role is Role.TITLE for f in labels)
    assert not any(f is not None and f.code == "CS515" for f in labels)


def test_two_h1_elements_leave_both_in_the_body():
    """Hard negative: a page that sets its subheadings as <h1> too."""
    page = _page(after=f"<h1>What happens to the summer crossings</h1><p>{PARAS[0]}</p>")
    assert not any(f is not None and f.code == "CS515" for f in Pipeline().label(read_html(page)).labels)
    (record,) = _records(page)
    assert record.paragraphs[0] == HEADLINE  # (as without the rule: the first line of the body)


def _check(texts: list[str], tags: list[str], kept: list[bool], titled: bool = False) -> list[str]:
    """CS515 over blocks of the given tags, ``kept`` or dropped by the decisions."""
    page = "".join(f"<{t}>{x}</{t}>" for x, t in zip(texts, tags))
    doc = read_html(f"<html><body><article>{page}</article></body></html>")
    ctx = Context(doc)
    for b, k in zip(doc.blocks, kept):
        ctx.findings[b.index] = None if k else Finding(b.index, Role.BOILERPLATE, "CS502", "html-structure", "x")
    if titled:
        last = doc.blocks[-1].index
        ctx.findings[last] = Finding(last, Role.TITLE, "CS304", "article-title", "x")
    return [doc.blocks[f.block].text for f in LONE_HEADLINE.check(ctx)]


def test_only_a_short_h1_that_opens_the_kept_text_with_text_under_it():
    texts, tags = [HEADLINE, *PARAS], ["h1", "p", "p", "p"]
    assert _check(texts, tags, [True, True, True, True]) == [HEADLINE]
    # kept text above it: a heading inside the article
    assert _check([PARAS[0], HEADLINE, PARAS[1]], ["p", "h1", "p"], [True, True, True]) == []
    # nothing kept under it
    assert _check(texts, tags, [True, False, False, False]) == []
    # a headline found by a rule elsewhere on the page
    assert _check(texts + ["Other headline"], tags + ["h2"], [True, True, True, True, False], titled=True) == []
    # a line set large, not a headline
    long = " ".join(["word"] * (LONE_HEADLINE_WORDS + 1))
    assert _check([long, *PARAS], tags, [True, True, True, True]) == []
