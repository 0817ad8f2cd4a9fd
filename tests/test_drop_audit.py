"""benchmarks/drop_audit.py: every removed block tallied under the rule that removed it."""

from __future__ import annotations

from collections import defaultdict

import pytest

from bench_helpers import BENCHMARKS, NAV, PARAGRAPHS

import benchscore
import drop_audit

from cleanscrape.io import html as reader
from cleanscrape.pipeline import Pipeline
from cleanscrape.rules.model import load_models

PAGE = (NAV + "<article><figure><figcaption>" + PARAGRAPHS[0] + "</figcaption></figure><p>"
        + "</p><p>".join(PARAGRAPHS[1:]) + "</p></article>"
        "<footer>© Gazette, all rights kept by the harbour paper</footer></body></html>")


def _drops() -> list[dict]:  # type: ignore[type-arg]
    doc = reader.read_html(PAGE.encode())
    drops, pred = drop_audit.page_drops(doc, Pipeline(), load_models()["html"].codes, "page.html")
    assert PARAGRAPHS[1] in pred and PARAGRAPHS[0] not in pred
    return drops


def test_decider_names_the_generic_decisions_by_their_reason() -> None:
    assert drop_audit.decider("CS501", "not article text: low-stopword-density") == "CS501 low-stopword-density"
    assert drop_audit.decider("CS502", "inside <nav> (site navigation) here") == "CS502 inside <nav> (site navigation) here"
    assert drop_audit.decider("CS502", "outside the element that holds the page's text") == \
        "CS502 outside the element that holds"
    assert drop_audit.decider("CS104", "a caption ending in its credit") == "CS104"


def test_drops_stand_where_the_page_puts_them() -> None:
    by_text = {d["text"]: d for d in _drops()}
    caption = by_text[PARAGRAPHS[0]]
    assert caption["cls"].startswith("CS502 a figure caption") and caption["place"] == "above"
    footer = next(d for t, d in by_text.items() if "Gazette" in t)
    assert footer["place"] == "below" and not footer["model"]
    assert not any(p in by_text for p in PARAGRAPHS[1:])  # kept paragraphs are no drops


def test_tallies_weigh_gold_tokens_and_snippets() -> None:
    drops = _drops()
    body = "\n\n".join(PARAGRAPHS)  # a gold that keeps the caption
    tallies: dict[str, drop_audit.ClassTally] = defaultdict(drop_audit.ClassTally)
    drop_audit.tally_page(tallies, "p1", drops, {"articleBody": body}, benchscore)
    caption = next(t for k, t in tallies.items() if "figure caption" in k)
    assert caption.tokens == len(benchscore.tokenize(PARAGRAPHS[0])) and caption.gold == caption.tokens
    assert caption.pages == {"p1"} and caption.place["above"] == caption.tokens
    junk = [t for k, t in tallies.items() if "figure caption" not in k]
    assert junk and all(t.gold == 0 for t in junk)
    # gold the output holds anyway (a copy of the caption kept in the text) is no loss
    kept: dict[str, drop_audit.ClassTally] = defaultdict(drop_audit.ClassTally)
    drop_audit.tally_page(kept, "p1", drops, {"articleBody": body}, benchscore, PARAGRAPHS[0])
    assert sum(t.gold for t in kept.values()) == 0
    snippets: dict[str, drop_audit.ClassTally] = defaultdict(drop_audit.ClassTally)
    truth = {"articleBody": "", "with": [" ".join(PARAGRAPHS[0].split()[:4])], "without": ["Gazette"]}
    drop_audit.tally_page(snippets, "p1", drops, truth, benchscore)
    assert sum(t.have for t in snippets.values()) == 1 and sum(t.must_not for t in snippets.values()) == 1


def test_check_halves_give_no_pages(capsys) -> None:  # type: ignore[no-untyped-def]
    assert drop_audit.main(["--bench", str(BENCHMARKS), "--split", "check", "--pages", "3"]) == 2
    assert "fit halves only" in capsys.readouterr().err


def test_an_aggregate_only_set_is_one_line() -> None:
    tallies: dict[str, drop_audit.ClassTally] = defaultdict(drop_audit.ClassTally)
    tallies["CS502 inside <nav>"].tokens, tallies["CS502 inside <nav>"].gold = 40.0, 10.0
    line = drop_audit.aggregate_line("dragnet", "html", tallies, 3, False)
    assert line == "dragnet html: 3 pages, 40 tokens dropped, gold share 25.0%"
    assert "dragnet" in drop_audit.AGGREGATE_ONLY


def test_kept_view_weighs_the_kept_text_the_gold_lacks(capsys) -> None:  # type: ignore[no-untyped-def]
    doc = reader.read_html(PAGE.encode())
    blocks, pred = drop_audit.page_kept(doc, Pipeline(), "page.html")
    assert [b["text"] for b in blocks] == PARAGRAPHS[1:]
    assert all(b["dims"]["zone"] in ("in", "out", "no container") for b in blocks)
    tally = drop_audit.KeptTally()
    # a gold that lacks the last paragraph: it is kept, not gold, and stands below the gold's text
    drop_audit.tally_kept(tally, "p1", blocks, {"articleBody": "\n\n".join(PARAGRAPHS[1:-1])}, benchscore)
    below = tally.rows[("place", "below")]
    assert below[1] == len(benchscore.tokenize(PARAGRAPHS[-1])) and below[4] == 1
    assert sum(r[1] for (d, _), r in tally.rows.items() if d == "by") == below[1]
    drop_audit.print_kept(tally, False, 1)
    assert "| below |" in capsys.readouterr().out
    assert drop_audit.main(["--bench", str(BENCHMARKS), "--split", "check", "--kept"]) == 2


def test_tail_weighs_the_gold_dropped_from_the_bodys_last_tenth(capsys) -> None:  # type: ignore[no-untyped-def]
    drops = _drops()
    # the dropped caption closes this gold body: its last shingles are the body's last tenth
    closing: dict[str, drop_audit.ClassTally] = defaultdict(drop_audit.ClassTally)
    drop_audit.tally_page(closing, "p1", drops, {"articleBody": "\n\n".join(PARAGRAPHS[1:] + PARAGRAPHS[:1])}, benchscore)
    caption = next(t for k, t in closing.items() if "figure caption" in k)
    own = benchscore.tokenize(PARAGRAPHS[0])
    last = drop_audit._last_tenth(benchscore.tokenize("\n\n".join(PARAGRAPHS[1:] + PARAGRAPHS[:1])))
    in_tail = sum(1 for k in range(len(own) - 3) if tuple(own[k:k + 4]) in last)
    assert 0 < caption.tail < caption.gold and caption.tail == pytest.approx(len(own) * in_tail / (len(own) - 3))
    # ...and opens the default one: it drops gold, none of it from the last tenth
    opening: dict[str, drop_audit.ClassTally] = defaultdict(drop_audit.ClassTally)
    drop_audit.tally_page(opening, "p1", drops, {"articleBody": "\n\n".join(PARAGRAPHS)}, benchscore)
    assert sum(t.gold for t in opening.values()) > 0 and sum(t.tail for t in opening.values()) == 0
    drop_audit.print_classes(closing, False, 5, 0, tail=True)
    out = capsys.readouterr().out
    assert "| last tenth |" in out and out.splitlines()[2].startswith("| CS502 a figure caption")
    line = drop_audit.aggregate_line("dragnet", "html", closing, 1, False, tail=True)
    assert line.endswith("of it in the last tenth")


def test_structure_names_the_element_a_drop_stands_in() -> None:
    assert drop_audit.structure({"tag": "h3"}, "Where the ferry turns") == "heading"
    assert drop_audit.structure({"tag": "pre"}, "make all") == "code"
    assert drop_audit.structure({"tag": "p", "ancestors": 8}, "She said so.") == "quote"
    assert drop_audit.structure({"tag": "tr", "ancestors": 2}, "2019 | 14") == "table"
    assert drop_audit.structure({"tag": "li", "ancestors": 1}, "The first step.") == "list"
    assert drop_audit.structure({"tag": "p"}, "One short line.") == "short p"
    # a long paragraph, and a block with no hints, are neither
    assert drop_audit.structure({"tag": "p"}, "word " * 40) == "other p"
    assert drop_audit.structure(None, "text") == "other -"


def test_structure_view_rolls_each_structure_up(capsys) -> None:  # type: ignore[no-untyped-def]
    tallies: dict[str, drop_audit.ClassTally] = defaultdict(drop_audit.ClassTally)
    tallies["list: CS502 mostly link text"].tokens, tallies["list: CS502 mostly link text"].gold = 30.0, 3.0
    tallies["list: CS205"].tokens, tallies["list: CS205"].gold = 10.0, 7.0
    tallies["quote: CS501 low-stopword-density"].tokens = 5.0
    rolled = drop_audit.by_structure(tallies)
    assert set(rolled) == {"list: *", "quote: *"}
    assert rolled["list: *"].tokens == 40.0 and rolled["list: *"].gold == 10.0
    drop_audit.print_classes({**tallies, **rolled}, False, 10, 0)
    out = capsys.readouterr().out
    # the roll-ups do not count twice in a class's share of the drops
    assert "| list: * |  | 40 | 88.9% | 25% | 10 |" in out


POST = ("<blockquote class='harbour-card'><p>Two more crossings a day from June, the board says.</p>"
        "&mdash; Island Ferries (@islandferries) <a href='https://example.org/islandferries/77'>"
        "May 14, 2026</a></blockquote>")
PULL = "<blockquote><p>We asked for a later boat, @board, for years.</p></blockquote>"


def test_post_quotes_are_quotes_shaped_as_an_embedded_post() -> None:
    # a handle and a short link whose text is a date: the post's stamp, whatever the class names
    posts = drop_audit.post_quotes(("<html><body>" + POST + PULL + "</body></html>").encode())
    assert len(posts) == 1 and posts[0].startswith("Two more crossings") and "(@islandferries)" in posts[0]
    # a quote with a handle but no dated link is a pull quote, not a post
    assert drop_audit.post_quotes(("<html><body>" + PULL + "</body></html>").encode()) == []
    assert drop_audit.post_quotes(b"") == []


def test_box_names_where_a_kept_block_sits_in_the_container() -> None:
    posts = drop_audit.post_quotes(("<html><body>" + POST + "</body></html>").encode())
    inside = {"main": True, "parent_span": (3, 4), "link_density": 0.0}
    assert drop_audit.box(inside, "Two more crossings a day from June, the board says.", posts) == "post"
    assert drop_audit.box(inside, PARAGRAPHS[1], posts) == "prose"
    assert drop_audit.box(dict(inside, link_density=0.8), "Read more: fares", posts) == "link line"
    assert drop_audit.box(dict(inside, parent_span=(3, 6), parent_links=0.6), "Our crew", posts) == "link box"
    # outside the chosen container, or with no hints, a block is in no box of it
    assert drop_audit.box({"main": False}, PARAGRAPHS[1], posts) == "-"
    assert drop_audit.box(None, PARAGRAPHS[1], posts) == "-"
    blocks, _ = drop_audit.page_kept(reader.read_html(PAGE.encode()), Pipeline(), "page.html", posts)
    assert blocks and all(b["dims"]["box"] in ("prose", "-") for b in blocks)
