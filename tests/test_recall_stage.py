"""benchmarks/recall_stage.py: each piece of lost gold text put in the stage that lost it."""

from __future__ import annotations

from bench_helpers import BENCHMARKS, NAV, PARAGRAPHS

import benchscore
import recall_stage

from cleanscrape.pipeline import Pipeline
from cleanscrape.rules.model import load_models

HIDDEN = "Pilots will board each ferry at the outer mark from next month, the harbour master said."
PAGE = (NAV + "<article><figure><figcaption>" + PARAGRAPHS[0] + "</figcaption></figure><p>"
        + "</p><p>".join(PARAGRAPHS[1:]) + "</p><div hidden><p>" + HIDDEN + "</p></div></article>"
        "<footer>© Gazette</footer></body></html>")


def _stages() -> recall_stage.Stages:
    return recall_stage.Stages(PAGE.encode(), Pipeline(), Pipeline().without("CS505"), load_models())


def test_shingles_lost_by_stage() -> None:
    st = _stages()
    body = "\n\n".join(PARAGRAPHS + [HIDDEN])
    lost, total = recall_stage.shingle_losses(st, body, benchscore)
    assert total == sum(benchscore.shingles(benchscore.tokenize(body)).values())
    caption = [k for k in lost if k.startswith("c:") and "figure caption" in k]
    assert caption and lost[caption[0]] >= len(benchscore.tokenize(PARAGRAPHS[0])) - 3
    assert lost["a: in an element hidden by markup"] >= len(benchscore.tokenize(HIDDEN)) - 3
    assert not any(k.startswith("e:") for k in lost)  # the kept paragraphs are in the records


def test_snippets_lost_by_stage() -> None:
    truth = {"articleBody": "", "with": ["new ferry timetable", "the outer mark", "twelve more crew"]}
    lost, total = recall_stage.snippet_losses(_stages(), truth, benchscore)
    assert total == 3
    assert sum(lost.values()) == 2  # the third is in the records
    assert lost["a: in an element hidden by markup"] == 1


def test_dragnet_is_refused(capsys) -> None:  # type: ignore[no-untyped-def]
    assert recall_stage.main(["--bench", str(BENCHMARKS), "--sets", "dragnet"]) == 2
    assert "AGPL" in capsys.readouterr().err


def test_dropped_blocks_weigh_gold_against_junk() -> None:
    st = _stages()
    # full-text gold that keeps the caption: the caption's class holds gold, the footer's junk
    body = "\n\n".join(PARAGRAPHS + [HIDDEN])
    gold, junk = recall_stage.dropped_balance(st, {"articleBody": body}, benchscore)
    caption = next(k for k in gold if "figure caption" in k)
    assert gold[caption] > 0 and junk[caption] == 0
    assert any(v > 0 and gold[k] == 0 for k, v in junk.items())  # the nav and the footer: junk only
    # snippet gold: a must-have in the caption, a must-not in the footer
    words = PARAGRAPHS[0].split()[:4]
    gold, junk = recall_stage.dropped_balance(
        st, {"articleBody": "", "with": [" ".join(words)], "without": ["Gazette"]}, benchscore)
    assert gold[caption] == 1
    assert sum(junk.values()) == 1
