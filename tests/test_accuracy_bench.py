"""The all-sets accuracy benchmark (benchmarks/accuracy.py --bench) on a tiny bench written here.

Runs without ../shared: the scoring falls back to benchmarks/benchscore.py, and when
../shared/bench/score.py is there, that mirror is checked against it.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import accuracy  # noqa: E402
import benchscore  # noqa: E402
import realsets  # noqa: E402

ARTICLE = ("The city council approved the new budget on Tuesday after a long debate.\n"
           "Members said the plan would pay for more buses and two new libraries.\n"
           "The mayor called the vote a good day for the town and its residents.")
PAGE_TEXT = "Home | News | Sport\nCouncil approves budget\n" + ARTICLE + "\nSubscribe to our newsletter\n© 2026 Northfield Gazette"


def _html(text: str) -> str:
    lines = text.split("\n")
    return ("<html><head><title>Council approves budget</title></head><body>"
            f"<nav>{lines[0]}</nav><article><h1>{lines[1]}</h1>"
            + "".join(f"<p>{ln}</p>" for ln in lines[2:-2])
            + f"</article><footer><p>{lines[-2]}</p><p>{lines[-1]}</p></footer></body></html>")


def write_set(root: Path, name: str, gold: dict, split: dict) -> Path:
    d = root / name
    (d / "html").mkdir(parents=True)
    (d / "text").mkdir()
    for ident in gold:
        (d / "text" / f"{ident}.txt").write_text(PAGE_TEXT, encoding="utf-8")
        (d / "html" / f"{ident}.html.gz").write_bytes(gzip.compress(_html(PAGE_TEXT).encode()))
    (d / "ground-truth.json").write_text(json.dumps(gold), encoding="utf-8")
    (d / "split.json").write_text(json.dumps(split), encoding="utf-8")
    return d


@pytest.fixture
def bench(tmp_path: Path) -> Path:
    write_set(tmp_path, "full", {"a1": {"articleBody": ARTICLE, "url": ""},
                                 "a2": {"articleBody": ARTICLE, "url": ""},
                                 "a3": {"articleBody": ARTICLE, "url": ""}},
              {"a1": "check", "a2": "check", "a3": "fit"})
    write_set(tmp_path, "snip", {"s1": {"articleBody": "", "url": "",
                                        "with": ["The city council approved", "two new librar"],
                                        "without": ["Subscribe to our newsletter"]}},
              {"s1": "check"})
    return tmp_path


def test_full_text_metric_by_hand() -> None:
    truth = {"p1": {"articleBody": "a b c d e"}, "p2": {"articleBody": "x y z w v"}}
    metrics, pages = benchscore.evaluate(truth, {"p1": "a b c d", "p2": ""})
    # p1: one shared shingle of two -> P 1.0, R 0.5; p2: empty output -> out of P, R 0
    assert pages[0].precision == 1.0 and pages[0].recall == 0.5
    assert pages[1].precision is None and pages[1].recall == 0.0
    assert metrics["precision"] == 1.0 and metrics["recall"] == 0.25
    assert metrics["f1"] == pytest.approx(0.4)


def test_snippet_metric_by_hand() -> None:
    truth = {"s": {"articleBody": "", "with": ["Der Bundestag hat", "Ende des Artik"],
                   "without": ["Newsletter abonnieren", "Impressum"]}}
    pred = "„Der Bundestag“ hat heute beschlossen. Ende des Artikels. Newsletter – abonnieren!"
    metrics, _ = benchscore.evaluate(truth, {"s": pred})
    assert "f1" not in metrics  # snippet-only: no F1/P/R over full text
    assert metrics["with_found"] == 1.0 and metrics["without_absent"] == 0.5
    assert metrics["snippet_precision"] == pytest.approx(2 / 3)
    assert metrics["snippet_f1"] == pytest.approx(0.8)
    row = realsets.cell(metrics)
    assert row["snippet"] and row["f1"] == pytest.approx(0.8)


def test_load_set_halves_and_limit(bench: Path) -> None:
    assert realsets.find_sets(bench) == ["full", "snip"]
    check = realsets.load_set(bench / "full", "check")
    assert sorted(check.truth) == ["a1", "a2"] and sorted(check.inputs["html"]) == ["a1", "a2"]
    assert sorted(realsets.load_set(bench / "full", "fit").truth) == ["a3"]
    assert len(realsets.load_set(bench / "full", "all").truth) == 3
    assert sorted(realsets.load_set(bench / "full", "all", limit=1).inputs["text"]) == ["a1"]


def test_table_and_margin() -> None:
    rows = [{"system": s, "set": n, "mode": "html", "pages": 2, "f1": f, "p": f, "r": f,
             "snippet": n == "b", "failed": False}
            for s, n, f in [("cleanscrape", "a", 0.9), ("trafilatura", "a", 0.8),
                            ("cleanscrape", "b", 0.7), ("trafilatura", "b", 0.8)]]
    md = realsets.table(rows, ["a", "b"], [("cleanscrape", "html"), ("trafilatura", "html")])
    assert "| a (2) | 0.900 | 0.800 |" in md and "| b (2) | 0.700 s | 0.800 s |" in md
    assert "| mean | 0.800 | 0.800 |" in md
    assert realsets.margin(rows, ["a", "b"], ("cleanscrape", "html"), ("trafilatura", "html")) == pytest.approx(0.0)


def test_whole_run_on_a_tiny_bench(bench: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "acc.json"
    code = accuracy.main(["--bench", str(bench), "--peers", "none", "--jobs", "1", "--json", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "| full (2) |" in printed and "| snip (1) |" in printed
    data = json.loads(out.read_text())
    got = {(r["set"], r["mode"]): r for r in data["rows"]}
    assert set(got) == {("full", "html"), ("full", "text"), ("snip", "html"), ("snip", "text")}
    assert got["full", "html"]["f1"] > 0.8 and got["full", "html"]["pages"] == 2
    assert got["snip", "html"]["snippet"] and got["snip", "html"]["metrics"]["with_found"] == 1.0


def test_loso_needs_a_train_command(bench: Path, capsys) -> None:
    assert accuracy.main(["--bench", str(bench), "--loso"]) == 2
    assert "--train-cmd" in capsys.readouterr().err


def test_loso_runs_the_train_command_per_set(bench: Path, tmp_path: Path, capsys) -> None:
    log = tmp_path / "trained.txt"
    train = f"{sys.executable} -c \"import sys; open(sys.argv[2], 'w').write('m'); " \
            f"open(sys.argv[1], 'a').write(sys.argv[3] + chr(10))\" {log} {{model}} {{set}}"
    code = accuracy.main(["--bench", str(bench), "--loso", "--train-cmd", train, "--modes", "text",
                          "--jobs", "1"])
    assert code == 0
    assert log.read_text().split() == ["full", "snip"]
    assert "| full (2) |" in capsys.readouterr().out


def test_mirror_agrees_with_score_py(bench: Path) -> None:
    shared = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
    if not (shared / "score.py").is_file():
        pytest.skip("../shared/bench/score.py not here")
    score = benchscore.scorer(shared)
    assert score is not benchscore
    truth = {"p1": {"articleBody": ARTICLE}, "p2": {"articleBody": "a b c"}, "p3": {"articleBody": ARTICLE},
             "s1": {"articleBody": "", "with": ["the mayor called", "two new lib"], "without": ["Home News"]}}
    preds = {"p1": PAGE_TEXT, "p2": "", "p3": ARTICLE.lower(), "s1": PAGE_TEXT}
    assert benchscore.evaluate(truth, preds)[0] == score.evaluate(truth, preds, 0)[0]


def _snippet_set(root: Path) -> Path:
    """Two snippet pages: one right, one missing a must-have and keeping a must-not."""
    return write_set(root, "snip2", {
        "s1": {"articleBody": "", "url": "", "with": ["The city council approved", "two new librar"],
               "without": ["Subscribe to our newsletter"]},
        "s2": {"articleBody": "", "url": "", "with": ["more buses and two", "The ferry timetable changed"],
               "without": ["The mayor called the vote", ""]}},
        {"s1": "fit", "s2": "fit"})


def test_single_set_scores_snippet_pages_and_lists_what_went_wrong(tmp_path: Path, capsys) -> None:
    d = _snippet_set(tmp_path)
    assert accuracy.main([str(d), "--input-format", "html", "--split", "fit", "--worst", "5"]) == 0
    out = capsys.readouterr().out
    # 3 of 4 must-have found, 1 of 2 must-not kept (the empty snippet counts for nothing): P 3/4, R 3/4
    assert "snip2 html: 2 pages" in out
    assert "must-have found 3/4, must-not kept 1/2" in out
    assert "  all      snippet F1=0.7500 P=0.7500 R=0.7500" in out
    assert "  all      F1=" not in out  # no full-text figures on a set without full-text gold
    worst = [ln.split()[0] for ln in out.splitlines() if ln.startswith("    ") and not ln.startswith("      ")]
    assert worst == ["s2", "s1"]  # the page with a miss and a kept must-not first
    assert '      missing  "The ferry timetable changed"' in out
    assert '      kept     "The mayor called the vote"' in out
    assert "more buses and two" not in out and "Subscribe" not in out  # found / absent: not listed


def test_single_set_snippet_figures_equal_the_all_sets_cell(tmp_path: Path, capsys) -> None:
    _snippet_set(tmp_path)
    assert accuracy.main([str(tmp_path / "snip2"), "--input-format", "html", "--split", "all"]) == 0
    line = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("  all "))
    out = tmp_path / "acc.json"
    assert accuracy.main(["--bench", str(tmp_path), "--peers", "none", "--modes", "html", "--split", "all",
                          "--jobs", "1", "--json", str(out)]) == 0
    (row,) = json.loads(out.read_text())["rows"]
    assert row["snippet"]
    assert line == f"  all      snippet F1={row['f1']:.4f} P={row['p']:.4f} R={row['r']:.4f}"


def test_single_set_full_text_output_keeps_its_shape(bench: Path, capsys) -> None:
    """A full-text set prints the figures and worst pages it always printed, and no snippet line."""
    assert accuracy.main([str(bench / "full"), "--input-format", "html", "--worst", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("full html: 3 pages, ")
    assert [ln[:11] for ln in lines[1:4]] == ["  all      ", "  ids 0-7  ", "  ids 8-f  "]
    assert lines[1].startswith("  all      F1=") and len(lines) == 6
    assert all(ln.startswith("    a") and " F1=" in ln for ln in lines[4:])
    assert not any("snippet" in ln for ln in lines)


def test_single_set_with_both_kinds_of_gold_prints_both(tmp_path: Path, capsys) -> None:
    d = write_set(tmp_path, "mixed", {"a1": {"articleBody": ARTICLE, "url": ""},
                                      "s1": {"articleBody": "", "url": "", "with": ["The city council approved"]}},
                  {"a1": "fit", "s1": "fit"})
    assert accuracy.main([str(d), "--input-format", "html", "--worst", "3"]) == 0
    out = capsys.readouterr().out
    assert "mixed html: 2 pages" in out and "  all      F1=" in out
    assert "snippet pages: 1, must-have found 1/1, must-not kept 0/0" in out
    assert "    a1  F1=" in out and "    s1  snippet F1=1.00" in out


def test_snippet_only_follows_score_py() -> None:
    assert accuracy.snippet_only({"articleBody": " \n", "with": ["a b"]})
    assert accuracy.snippet_only({"without": ["a b"]})  # no articleBody at all
    assert not accuracy.snippet_only({"articleBody": "text", "with": ["a b"]})  # full text wins
    assert not accuracy.snippet_only({"articleBody": ""})  # nothing to score by snippets
    page = accuracy.snippet_page("p", {"with": ["Ende des Artik"], "without": ["Impressum"]}, "Ende des Artikels.")
    assert (page.found, page.kept, page.f1) == (1, [], 1.0)
    assert accuracy.snippet_page("q", {"without": ["Impressum"]}, "").f1 == 1.0  # nothing to find, nothing kept
