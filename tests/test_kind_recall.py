"""benchmarks/kind_recall.py: each piece of gold put on the element kind it comes from, with what
the HTML mode loses of it and the decision that removed it."""

from __future__ import annotations

from bench_helpers import BENCHMARKS, NAV, PARAGRAPHS

import benchscore
import kind_recall

from cleanscrape.pipeline import Pipeline

ITEMS = ["Two crossings a day in summer", "One more crossing in the winter months"]
QUOTE = "We have waited ten years for a later evening boat to the mainland, and it is finally here."
CELLS = ("Route", "Crossings")
CAPTION = "The new ferry leaves the harbour at dawn on its first crossing of the season."
PAGE = (NAV + "<article><h1>Ferry timetable approved</h1><figure><img src='f.jpg'><figcaption>" + CAPTION
        + "</figcaption></figure><p>" + PARAGRAPHS[0] + "</p><h2>What changes for islanders</h2><p>"
        + PARAGRAPHS[1] + "</p><ul><li>" + "</li><li>".join(ITEMS) + "</li></ul><p>" + PARAGRAPHS[2]
        + "</p><blockquote><p>" + QUOTE + "</p></blockquote><table><tr><th>" + "</th><th>".join(CELLS)
        + "</th></tr></table><p>" + PARAGRAPHS[3] + "<br>" + PARAGRAPHS[4] + "</p></article>"
        "<footer>© Gazette</footer></body></html>")


def _page() -> kind_recall.Page:
    return kind_recall.Page(PAGE.encode(), Pipeline(), benchscore)


def test_blocks_get_their_element_kind() -> None:
    page = _page()
    kinds = {b.text: k for b, k in zip(page.blocks, page.kinds)}
    assert kinds[PARAGRAPHS[0]] == "p"
    assert kinds["What changes for islanders"] == "h2-h6"
    assert kinds[ITEMS[0]] == "li"
    assert kinds[QUOTE] == "blockquote"  # a <p> inside a quote is the quote's
    assert kinds[" | ".join(CELLS)] == "td/th"
    assert kinds[CAPTION] == "figcaption"
    assert kinds["Ferry timetable approved"] == "h1"


def test_gold_lines_lost_and_kept_by_kind() -> None:
    page = _page()
    body = "\n".join([CAPTION, *PARAGRAPHS[:2], *ITEMS, QUOTE, "Sailings were cut in the storm last winter."])
    pieces = {text: (k, d, chars, lost) for k, d, chars, lost, text in kind_recall.line_pieces(page, body)}
    kind, dec, chars, lost = pieces[CAPTION]
    assert kind == "figcaption" and lost == chars and dec.startswith("CS")  # a rule took the caption
    assert pieces[PARAGRAPHS[0]][1] == kind_recall.KEPT and pieces[PARAGRAPHS[0]][3] == 0
    assert pieces[ITEMS[0]][:2] == ("li", kind_recall.KEPT)  # a short line: kept where its words run
    assert pieces["Sailings were cut in the storm last winter."][:2] == (kind_recall.NEVER, kind_recall.NEVER)


def test_snippets_and_the_junk_side() -> None:
    page = _page()
    pieces = kind_recall.snippet_pieces(page, ["new ferry leaves the harbour", "later evening boat"])
    assert [(k, d == kind_recall.KEPT) for k, d, *_ in pieces] == [("figcaption", False), ("blockquote", True)]
    kept, dropped = kind_recall.junk(page, {"articleBody": "\n".join(PARAGRAPHS)})
    # kept, not gold, but for the two shingles it shares with the last paragraph (`a later evening boat`)
    assert kept["p"] == 0 and kept["blockquote"] == len(QUOTE) * 13 / 15
    assert any(k == "figcaption" for k, _ in dropped)  # the caption: dropped, not gold
    kept, dropped = kind_recall.junk(page, {"articleBody": "", "without": ["later evening boat", "Gazette"]})
    assert kept["blockquote"] == len("later evening boat") and sum(dropped.values()) == len("Gazette")


def test_dragnet_is_refused(capsys) -> None:  # type: ignore[no-untyped-def]
    assert kind_recall.main(["--bench", str(BENCHMARKS), "--sets", "dragnet"]) == 2
    assert "AGPL" in capsys.readouterr().err


def test_dropped_blocks_by_kind_and_place() -> None:
    page = _page()
    got = kind_recall.placed(page, {"articleBody": "\n".join([CAPTION, *PARAGRAPHS])})
    caption = [k for k in got if k[0] == "figcaption" and k[3] == "gold"]
    assert caption and got[caption[0]] == len(CAPTION)  # the caption: gold a rule dropped
    assert caption[0][1].startswith("in/")  # inside the article the reader chose
    nav = [k for k in got if k[3] == "other" and got[k] and "/above" in k[1]]
    assert nav  # the menu over the story: dropped, not gold


def test_dropped_blocks_by_their_neighbours() -> None:
    page = _page()
    got = kind_recall.placed(page, {"articleBody": "\n".join([CAPTION, *PARAGRAPHS])}, neighbours=True)
    caption = [k for k in got if k[0] == "figcaption" and k[3] == "gold"]
    assert caption and caption[0][1].endswith(", one side kept")  # the headline over it goes, a paragraph under it stays
    assert all(k[1].rsplit(", ", 1)[1] in ("no side kept", "one side kept", "both sides kept") for k in got)
    assert {k[:3] for k in kind_recall.placed(page, {"articleBody": "x"})} == {
        (k, p.split(", ")[0], c) for k, p, c, _ in got}
