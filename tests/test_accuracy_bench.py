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
