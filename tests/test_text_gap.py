"""benchmarks/text_gap.py (what text mode loses that HTML mode keeps) on a tiny set written here."""

from __future__ import annotations

import gzip
from pathlib import Path

from bench_helpers import COUNCIL, council_page_set  # (also puts benchmarks/ on the import path)

import text_gap

from cleanscrape.document import Block

ARTICLE = COUNCIL


def _set(root: Path) -> Path:
    return council_page_set(root)


def test_only_the_fit_half_is_read_and_nothing_is_lost_when_both_modes_keep_the_text(tmp_path: Path) -> None:
    res = text_gap.set_gap(_set(tmp_path), examples=1)
    assert res["pages"] == 1  # p2 is on the check half
    assert res["gold_words"] == sum(len(p.split()) for p in ARTICLE)
    assert not res["lost"] and not res["extra"]
    assert res["comment_words"] == 0 and not res["comment_kept"]


def test_a_comment_section_text_mode_keeps_is_counted(tmp_path: Path) -> None:
    d = _set(tmp_path)
    remark = "I grew up on that street and the new library is the best news the town has had in years."
    text = "\n".join(["Home", "Council approves budget", *ARTICLE, remark])
    html = ("<html><body><article><h1>Council approves budget</h1>" + "".join(f"<p>{p}</p>" for p in ARTICLE)
            + f"</article><div class='comments'><p>{remark}</p></div></body></html>")
    (d / "text" / "p1.txt").write_text(text, encoding="utf-8")
    (d / "html" / "p1.html.gz").write_bytes(gzip.compress(html.encode("utf-8")))
    res = text_gap.set_gap(d, examples=0)
    assert res["comment_words"] == len(remark.split())
    kept = res["comment_kept"]
    assert dict(kept) == {"p1": len(remark.split())}  # the naive scrape prints it under the text, and text mode keeps it


def test_shapes_come_from_the_html_block_or_the_line() -> None:
    def block(**hints: object) -> Block:
        return Block(0, 1, "x", 1, hints)  # type: ignore[arg-type]

    assert text_gap.html_shape(block(tag="h2"), "Tour dates") == "heading"
    assert text_gap.html_shape(block(tag="li", ancestors=1), "June 9") == "list item"
    assert text_gap.html_shape(block(tag="td", ancestors=2), "June 9") == "table row"
    assert text_gap.html_shape(block(tag="p", ancestors=8), "A quote") == "quote"
    assert text_gap.html_shape(block(tag="pre"), "$ make") == "code"
    assert text_gap.html_shape(None, ARTICLE[0]) == "short paragraph"
    assert text_gap.html_shape(None, " ".join(ARTICLE)) == "paragraph"
    assert text_gap.text_shape("- two eggs") == "marked list item"
    assert text_gap.text_shape("Tour dates") == "short open"
    assert text_gap.text_shape(ARTICLE[0]) == "short closed"


def test_dragnet_is_refused(capsys) -> None:
    assert text_gap.main(["--bench", "/nonexistent", "--sets", "dragnet"]) == 2
    assert "AGPL" in capsys.readouterr().err


def test_the_page_level_lists_no_page_when_text_mode_keeps_what_html_mode_keeps(tmp_path: Path) -> None:
    res = text_gap.set_gap(_set(tmp_path), examples=0)
    assert res["page_rows"] == []
    assert not res["page_classes"]
