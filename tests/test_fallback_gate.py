"""benchmarks/fallback_gate.py: gold-free page-level gates over the blocks outside the text container."""

from __future__ import annotations

from bench_helpers import BENCHMARKS, NAV, PARAGRAPHS

import fallback_gate
from fallback_gate import Candidate, Page

from cleanscrape.pipeline import Pipeline
from cleanscrape.rules.model import load_models

SUMMARY = "Two more ferry crossings a day from summer, after the harbour board approved the new timetable."
BIO = "Ann Roe has covered the islands for the Gazette since 2009 and writes about transport and trade."
PAGE = ("<html><head><meta name='description' content='" + SUMMARY + "'></head><body>" + NAV[len("<html><body>"):]
        + "<h1>Ferry timetable approved</h1><div class='intro'><p>" + SUMMARY + "</p></div>"
        "<div class='article-body'><p>" + "</p><p>".join(PARAGRAPHS) + "</p></div>"
        "<div class='author'><p>" + BIO + "</p></div><footer>© Gazette</footer></body></html>")


def _page(candidates: list[Candidate], kept: int = 400, first: int = 5, descriptions: list[str] | None = None) -> Page:
    return Page("kept text", kept, first, first + 4, descriptions or [], candidates)


def test_read_page_finds_the_description_and_the_blocks_outside_the_container() -> None:
    page = fallback_gate.read_page(PAGE.encode(), Pipeline(), Pipeline().without("CS505"), load_models())
    assert page.descriptions == [SUMMARY]
    assert page.first_main >= 0 and page.kept_chars >= sum(map(len, PARAGRAPHS))
    assert all(c.index < page.first_main or c.index > page.last_main for c in page.candidates)
    assert PARAGRAPHS[0] in page.pred


def test_described_share() -> None:
    assert fallback_gate.described_share(SUMMARY, [SUMMARY]) == 1.0
    assert fallback_gate.described_share(BIO, [SUMMARY]) == 0.0
    assert fallback_gate.described_share("Ferry plan", [SUMMARY]) == 0.0  # too short to say


def test_gates_take_what_their_measure_points_at() -> None:
    deck = Candidate(3, 0.45, SUMMARY, 0.0)
    bio = Candidate(12, 0.35, BIO, 0.0)
    page = _page([deck, bio], descriptions=[SUMMARY])
    assert fallback_gate.gate_described(page, 0.3, 0.5) == [SUMMARY]
    assert fallback_gate.gate_above(page, 0.3, 80) == [SUMMARY]
    assert fallback_gate.gate_above(page, 0.5, 80) == []
    assert fallback_gate.gate_ratio(page, 0.3, 0.25) == [SUMMARY, BIO]  # 190 characters against 400 kept
    assert fallback_gate.gate_ratio(page, 0.3, 1.0) == []
    assert fallback_gate.gate_run(page, 0.3, 2) == []  # nine blocks apart: no run
    run = _page([Candidate(12, 0.4, BIO, 0.0), Candidate(13, 0.4, SUMMARY, 0.0), Candidate(15, 0.4, BIO, 0.5)])
    assert fallback_gate.gate_run(run, 0.3, 2) == [BIO, SUMMARY]  # the third is mostly links


def test_with_gate_appends_and_counts() -> None:
    pages = {"a": _page([Candidate(3, 0.45, SUMMARY, 0.0)], descriptions=[SUMMARY]), "b": _page([])}
    preds, fired = fallback_gate.with_gate(pages, fallback_gate.gate_described, 0.3, 0.5)
    assert fired == 1
    assert preds == {"a": "kept text\n\n" + SUMMARY, "b": "kept text"}


def test_dragnet_is_refused(capsys) -> None:  # type: ignore[no-untyped-def]
    assert fallback_gate.main(["--bench", str(BENCHMARKS), "--sets", "dragnet"]) == 2
    assert "AGPL" in capsys.readouterr().err
