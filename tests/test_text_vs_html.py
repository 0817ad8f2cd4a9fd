"""benchmarks/text_vs_html.py (each text-mode line against HTML mode's records and the gold) on a tiny set."""

from __future__ import annotations

import gzip
import json
from types import SimpleNamespace
from pathlib import Path

from bench_helpers import COUNCIL, council_page_set  # (also puts benchmarks/ on the import path)

import text_vs_html
from text_gap import _shingles


def _set(root: Path) -> Path:
    return council_page_set(root)


def test_only_the_fit_half_is_read_and_no_line_is_counted_when_both_modes_agree(tmp_path: Path) -> None:
    res = text_vs_html.set_lines(_set(tmp_path), examples=1)
    assert res["pages"] == 1  # p2 is on the check half
    assert not res["by_code"]["extra"] and not res["by_code"]["lost"]  # type: ignore[index]


def test_a_line_text_keeps_and_html_drops_is_extra_after_the_article(tmp_path: Path) -> None:
    d = _set(tmp_path)
    remark = "I grew up on that street and the new library is the best news the town has had in years."
    (d / "text" / "p1.txt").write_text("\n".join(["Home", "Council approves budget", *COUNCIL, remark]), encoding="utf-8")
    html = ("<html><body><article><h1>Council approves budget</h1>" + "".join(f"<p>{p}</p>" for p in COUNCIL)
            + f"</article><div class='comments'><p>{remark}</p></div></body></html>")
    (d / "html" / "p1.html.gz").write_bytes(gzip.compress(html.encode("utf-8")))
    res = text_vs_html.set_lines(d, examples=1)
    assert dict(res["by_code"]["extra"]) == {"kept after": len(remark.split())}  # type: ignore[index]
    assert not res["by_code"]["lost"]  # type: ignore[index]
    assert res["examples"]["extra kept after"] == [f"p1 {remark[:110]}"]  # type: ignore[index]


def test_a_snippet_page_marks_lines_by_its_snippets(tmp_path: Path) -> None:
    d = _set(tmp_path)
    remark = "I grew up on that street and the new library is the best news the town has had in years."
    (d / "text" / "p1.txt").write_text("\n".join(["Council approves budget", *COUNCIL, remark]), encoding="utf-8")
    html = ("<html><body><article><h1>Council approves budget</h1>" + "".join(f"<p>{p}</p>" for p in COUNCIL)
            + f"</article><div class='comments'><p>{remark}</p></div></body></html>")
    (d / "html" / "p1.html.gz").write_bytes(gzip.compress(html.encode("utf-8")))
    gold = {"p1": {"articleBody": "", "with": ["new budget on Tuesday"], "without": ["the best news the town"]}}
    (d / "ground-truth.json").write_text(json.dumps(gold), encoding="utf-8")
    res = text_vs_html.set_lines(d, examples=0)
    assert dict(res["by_code"]["extra"]) == {"kept after": len(remark.split())}  # type: ignore[index]


def test_dragnet_is_refused(capsys) -> None:
    assert text_vs_html.main(["--bench", "/nonexistent", "--sets", "dragnet"]) == 2
    assert "AGPL" in capsys.readouterr().err


def test_a_gold_line_only_html_keeps_is_lost_and_a_second_print_of_kept_text_is_not() -> None:
    first, second, third = COUNCIL
    texts = [first, second, third, f"{first} {second}"]  # the last: a second print of kept text
    blocks = [SimpleNamespace(index=k, line=k + 1, text=t) for k, t in enumerate(texts)]
    dropped = SimpleNamespace(code="CS501")
    page = SimpleNamespace(tdoc=SimpleNamespace(blocks=blocks), tkept={1, 2},
                           tlabels=[None, None, dropped, dropped],
                           h_sh=_shingles("\n".join(COUNCIL)), t_sh=_shingles(f"{first}\n{second}"))
    rows = text_vs_html.page_lines(page, {"articleBody": "\n".join(COUNCIL)})  # type: ignore[arg-type]
    assert [r[:3] for r in rows] == [("lost", "CS501", "after")]  # after the run text mode kept
    assert rows[0][5] == third
