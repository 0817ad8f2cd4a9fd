"""benchmarks/page_f1.py (per-page F1 in text and HTML mode, and what a change moved) on a tiny set."""

from __future__ import annotations

import json
from pathlib import Path

from bench_helpers import COUNCIL, council_set  # (also puts benchmarks/ on the import path)

import page_f1

ARTICLE = COUNCIL


def _bench(root: Path) -> Path:
    text = "\n\n".join(["Home", "Council approves budget", *ARTICLE, "© 2026 Northfield Gazette"])
    gold: dict[str, dict[str, object]] = {
        "p1": {"articleBody": "\n".join(ARTICLE)}, "p2": {"articleBody": "\n".join(ARTICLE)},
        "p3": {"articleBody": "", "with": ["approved the new budget"], "without": ["Northfield Gazette"]}}
    council_set(root, text, gold, {"p1": "fit", "p2": "check", "p3": "fit"})
    return root


def test_fit_pages_only_both_modes_and_a_snippet_page(tmp_path: Path) -> None:
    pages = page_f1.set_pages(_bench(tmp_path) / "tiny", ["text", "html"])
    assert sorted(pages) == ["p1", "p3"]  # p2 is on the check half
    assert pages["p1"]["html"] > 0.9 and pages["p1"]["text"] > 0.9
    assert pages["p3"]["text"] == 1.0  # its snippet F1: the must-have found, the must-not left out


def test_against_lists_what_moved_and_dragnet_is_refused(tmp_path: Path, capsys) -> None:
    bench = _bench(tmp_path)
    out = tmp_path / "before.json"
    assert page_f1.main(["--bench", str(bench), "--sets", "tiny", "--out", str(out)]) == 0
    before = json.loads(out.read_text(encoding="utf-8"))
    before["tiny"]["p1"]["text"] = 0.5
    out.write_text(json.dumps(before), encoding="utf-8")
    assert page_f1.main(["--bench", str(bench), "--sets", "tiny", "--against", str(out), "--gaps", "1"]) == 0
    shown = capsys.readouterr().out
    assert "text: 1 pages rose, 0 fell" in shown and "p1" in shown
    assert page_f1.main(["--bench", str(bench), "--sets", "dragnet"]) == 2


def test_peer_lists_the_pages_html_fails_whole(tmp_path: Path, capsys) -> None:
    bench = _bench(tmp_path)
    peer = tmp_path / "peer.jsonl"
    html = bench / "tiny" / "html"
    recs = [{"source": str(html / "p1.html.gz"), "body": "\n".join(ARTICLE)},
            {"source": str(html / "p3.html.gz"), "body": "Northfield Gazette"},
            {"source": str(tmp_path / "other" / "html" / "p1.html.gz"), "body": "x"}]
    peer.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    got = page_f1.peer_pages(peer, bench, ["tiny"])
    assert got["tiny"]["p1"] > 0.9 and got["tiny"]["p3"] == 0.0  # the must-not kept, the must-have missed
    pages = {"p1": {"html": 0.5}, "p3": {"html": 1.0}, "p4": {"html": 0.8}}
    assert page_f1.failures(pages, {"p1": 0.6, "p3": 0.0, "p4": 1.0}) == [("p4", 0.8, 1.0), ("p1", 0.5, 0.6)]
    assert page_f1.main(["--bench", str(bench), "--sets", "tiny", "--modes", "html", "--peer", str(peer),
                         "--below", "1.01"]) == 0
    shown = capsys.readouterr().out
    assert "peer: 2 pages" in shown and "p3" in shown
