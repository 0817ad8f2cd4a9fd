"""benchmarks/recall_gap.py: the per-page recall histogram and where lost gold text went."""

from __future__ import annotations

from bench_helpers import NAV, PARAGRAPHS

import benchscore
import recall_gap

from cleanscrape.api import pipeline_for, read_page

PAGE = (NAV + "<article><figure><figcaption>" + PARAGRAPHS[0] + "</figcaption></figure><p>"
        + "</p><p>".join(PARAGRAPHS[1:]) + "</p></article><footer>© Gazette</footer></body></html>")


def test_histogram_bins_and_shares() -> None:
    rows = [(0.0, 1.0, 3), (1.0, 1.0, 3), (0.9, 1.0, 1), (1.0, 0.7, 3)]
    bins = {(lo, hi): (n, share) for lo, hi, n, share in recall_gap.histogram(rows)}
    assert bins[(-1.0, -0.5)] == (1, -0.3)  # one page lost its 3 snippets of 10
    assert bins[(-0.2, -0.05)][0] == 1 and abs(bins[(-0.2, -0.05)][1] + 0.01) < 1e-9
    assert bins[(-0.005, 0.005)][0] == 1
    assert bins[(0.2, 0.5)][0] == 1
    assert recall_gap.catastrophes(rows) == (1, -0.3)


def test_page_recall_weighs_snippets() -> None:
    full = benchscore.score_page("a", {"articleBody": " ".join(PARAGRAPHS)}, PARAGRAPHS[0])
    snip = benchscore.score_page("b", {"articleBody": "", "with": ["ferry timetable on", "twelve more crew"]},
                                 PARAGRAPHS[0])
    assert recall_gap.page_recall(full)[1] == 1
    assert recall_gap.page_recall(snip) == (0.5, 2)


def test_lost_gold_names_the_decision() -> None:
    doc = read_page(PAGE, format="html")
    labels = pipeline_for().label(doc).labels
    truth = {"articleBody": "\n\n".join(PARAGRAPHS)}
    lost = recall_gap.lost_gold(doc, labels, truth, "\n\n".join(PARAGRAPHS), benchscore)
    key = "CS502 a figure caption (in container)"
    assert lost == {key: len(PARAGRAPHS[0])}
    # a gold block the peer dropped too is no gap of ours
    assert not recall_gap.lost_gold(doc, labels, truth, "\n\n".join(PARAGRAPHS[1:]), benchscore)
    snippets = {"articleBody": "", "with": ["new ferry timetable", "twelve more crew"]}
    assert recall_gap.lost_gold(doc, labels, snippets, "\n\n".join(PARAGRAPHS), benchscore) == {key: 1}


def test_lost_gold_by_tag_context() -> None:
    page = (NAV + "<article><p>" + "</p><p>".join(PARAGRAPHS[1:]) + "</p><div>" + PARAGRAPHS[0]
            + "</div><ul><li>Ferry times</li></ul><h2>What comes next</h2><table><tr><td>Port</td></tr></table>"
            + "<blockquote><p>A quote</p></blockquote><p>One<br>Two</p></article></body></html>")
    doc = read_page(page, format="html")
    contexts = {b.text: recall_gap.tag_context(b) for b in doc.blocks}
    assert contexts[PARAGRAPHS[1]] == "paragraph"
    assert contexts[PARAGRAPHS[0]] == "<div> text, no <p>"
    assert contexts["Ferry times"] == "list item"
    assert contexts["What comes next"] == "heading"
    assert contexts["Port"] == "table"
    assert contexts["A quote"] == "block quote"
    assert "<br> line" in contexts.values()
    fig = read_page(PAGE, format="html")
    labels = pipeline_for().label(fig).labels
    lost = recall_gap.lost_gold(fig, labels, {"articleBody": "\n\n".join(PARAGRAPHS)}, "\n\n".join(PARAGRAPHS),
                                benchscore, key=recall_gap.by_context)
    assert lost == {"figure line: CS502 a figure caption (in container)": len(PARAGRAPHS[0])}


def test_own_bins_count_pages_by_our_recall() -> None:
    """``--split check`` prints only these aggregates: pages per bin of our own recall, and what
    each bin adds to either side's mean recall."""
    rows = [(0.0, 1.0, 2), (0.6, 0.9, 1), (1.0, 1.0, 1)]
    bins = {(lo, hi): (n, a, b) for lo, hi, n, a, b in recall_gap.own_bins(rows)}
    assert bins[(0.0, 0.2)] == (1, 0.0, 0.5)
    assert bins[(0.5, 0.8)][0] == 1 and abs(bins[(0.5, 0.8)][1] - 0.15) < 1e-9
    assert bins[(0.95, 1.0)] == (1, 0.25, 0.25)  # the last bin holds 1.0


def test_positions_place_the_missed_gold() -> None:
    """``--positions``: the share of the gold body each prediction misses, by tenths of the body;
    a page whose output lacks only the opening line misses it in the first tenth, and the same
    output with that line (its title) over it misses nothing. Snippet sets give no table."""
    head = "Harbour board backs a later evening ferry for the islands"
    truth = {"a": {"articleBody": head + "\n\n" + "\n\n".join(PARAGRAPHS)}}
    body = "\n\n".join(PARAGRAPHS)
    table = recall_gap.positions(truth, [{"a": body}, {"a": head + "\n\n" + body}, {}], benchscore)
    assert table is not None and len(table) == recall_gap.PARTS
    assert table[0][0] > 0 and all(row[0] == 0 for row in table[2:])
    assert all(row[1] == 0 for row in table)  # the titled output holds the whole body
    assert abs(sum(row[2] for row in table) - 1.0) < 1e-9  # an empty output misses all of it
    assert recall_gap.positions({"b": {"articleBody": "", "with": ["ferry"]}}, [{}], benchscore) is None


def test_lost_gold_by_place_against_the_container_and_the_headline() -> None:
    """``--where``: a deck between the ``<h1>`` and the text container is lost ``above the
    container, under the <h1>``; a figure caption inside the container ``inside the container``;
    a headline-shaped line in the footer, past the container, ``below the container``."""
    deck = "A later evening boat and two more summer crossings for the islands"
    page = (NAV + "<div class='page'><div class='top'><h1>Ferry timetable approved</h1><h2>" + deck + "</h2></div>"
            + "<div class='text'><p>" + "</p><p>".join(PARAGRAPHS[1:]) + "</p><figure><figcaption>"
            + PARAGRAPHS[0] + "</figcaption></figure></div></div><footer>Read the board's minutes online</footer>"
            + "</body></html>")
    doc = read_page(page, format="html")
    key = recall_gap.placer(doc)
    labels = pipeline_for().label(doc).labels
    places = {b.text: key(f, b).split(": ", 1)[0] for b, f in zip(doc.blocks, labels) if f is not None}
    assert places[deck] == "above the container, under the <h1>"
    assert places["Ferry timetable approved"] == "above the container, the <h1>"
    assert places[PARAGRAPHS[0]] == "inside the container, under the <h1>"
    assert places["Read the board's minutes online"] == "below the container, under the <h1>"
    assert places["Home News"] == "above the container, over the <h1>"
    # the gold the peer kept and a rule dropped, keyed by place and decision (the deck came back)
    truth = {"articleBody": "\n\n".join([deck, *PARAGRAPHS[1:], PARAGRAPHS[0]])}  # (in the page's order)
    lost = recall_gap.lost_gold(doc, labels, truth, truth["articleBody"], benchscore, key=key)
    assert lost == {"inside the container, under the <h1>: CS502 a figure caption (in container)": len(PARAGRAPHS[0])}


def test_page_f1_of_full_text_and_snippet_gold() -> None:
    """``--sides``: a page's F1 on full-text gold (its precision and recall), and on snippet gold
    (must-have snippets found, against the must-not ones kept); None with no gold."""
    full = benchscore.score_page("a", {"articleBody": " ".join(PARAGRAPHS)}, " ".join(PARAGRAPHS))
    assert recall_gap.page_f1(full) == 1.0
    snippets = {"articleBody": "", "with": ["ferry timetable on", "twelve more crew"], "without": ["Gazette"]}
    snip = benchscore.score_page("b", snippets, PARAGRAPHS[0] + " Gazette")
    # one must-have of two found (recall 0.5), one must-not kept (precision 0.5)
    assert recall_gap.page_f1(snip) == 0.5
    assert recall_gap.page_f1(benchscore.score_page("c", {"title": "x"}, "x")) is None


def test_sides_list_both_leads_widest_first() -> None:
    rows = [("a", 0.5, 1.0), ("b", 1.0, 0.8), ("c", 0.9, 0.92), ("d", 0.7, 0.9), ("e", 1.0, 0.0)]
    behind, ahead = recall_gap.sides(rows, 0.05)
    assert [r[0] for r in behind] == ["a", "d"]
    assert [r[0] for r in ahead] == ["e", "b"]


def test_differences_name_each_side_and_the_decision() -> None:
    """What one side keeps and the other lacks, with our decision: a snippet set's snippets, a
    full-text set's blocks of gold and of no gold."""
    doc = read_page(PAGE, format="html")
    labels = pipeline_for().label(doc).labels
    ours = "\n\n".join(PARAGRAPHS[1:])
    peer = "\n\n".join(PARAGRAPHS) + "\n\nThe Gazette's own line of no story, printed under every page."
    snippets = {"articleBody": "", "with": ["new ferry timetable", "twelve more crew"], "without": ["own line of no story"]}
    got = recall_gap.differences(doc, labels, snippets, ours, peer, benchscore)
    assert any(line.startswith("must-have peer only") and "CS502 a figure caption" in line for line in got)
    assert any(line.startswith("must-not peer only") and "(no single block holds it)" in line for line in got)
    assert not any("twelve more crew" in line for line in got)  # both sides found it
    full = recall_gap.differences(doc, labels, {"articleBody": "\n\n".join(PARAGRAPHS)}, ours, peer, benchscore)
    assert full == [f"gold peer only: {PARAGRAPHS[0][:70]!r} [CS502 a figure caption (in container)]"]
    assert recall_gap.differences(doc, labels, {"articleBody": "\n\n".join(PARAGRAPHS)}, peer, peer, benchscore) == []
