"""benchmarks/precision_place.py: where kept text the gold lacks stands, on a tiny set written here."""

from __future__ import annotations

import json
from pathlib import Path

from bench_helpers import BENCHMARKS  # noqa: F401  (puts benchmarks/ on the import path)

import precision_place

ARTICLE = ["The city council approved the new budget on Tuesday after a long and heated debate.",
           "Members said the plan would pay for more buses, two new libraries and a swimming pool.",
           "The mayor called the vote a good day for the town and thanked the residents who came."]
TRAILER = "The council will meet again next month to talk about the plans for the new harbour road."


def test_kept_text_below_the_gold_is_counted_below(tmp_path: Path) -> None:
    d = tmp_path / "tiny"
    (d / "text").mkdir(parents=True)
    (d / "text" / "p1.txt").write_text("\n\n".join(["Council approves budget", *ARTICLE, TRAILER]), encoding="utf-8")
    (d / "ground-truth.json").write_text(json.dumps({"p1": {"articleBody": "\n".join(ARTICLE)}}), encoding="utf-8")
    (d / "split.json").write_text(json.dumps({"p1": "fit"}), encoding="utf-8")
    out = precision_place.set_place(d, 1)
    loss = out["loss"]
    assert loss["below"] > 0 and not loss["above"] and not loss["inside"]  # type: ignore[index]


def test_marks_match_each_gold_shingle_once() -> None:
    marks = precision_place._marks([(None, "a b c d e"), (None, "a b c d")], "a b c d e")  # type: ignore[list-item]
    assert marks == [[True, True], [False, False, False, False]]  # (the misses across the two are the second's)


def test_html_mode_keys_rows_by_tag_and_what_kept_the_block(tmp_path: Path) -> None:
    d = tmp_path / "tiny"
    (d / "html").mkdir(parents=True)
    paras = "".join(f"<p>{p}</p>" for p in (*ARTICLE, TRAILER))  # one source line: blocks share it
    (d / "html" / "p1.html").write_text(f"<html><head><title>Council approves budget</title></head><body><article>"
                                        f"<h1>Council approves budget</h1>{paras}</article></body></html>",
                                        encoding="utf-8")
    (d / "ground-truth.json").write_text(json.dumps({"p1": {"articleBody": "\n".join(ARTICLE)}}), encoding="utf-8")
    (d / "split.json").write_text(json.dumps({"p1": "fit"}), encoding="utf-8")
    out = precision_place.set_place(d, 1, html=True)
    loss = out["loss"]
    assert loss["below"] > 0 and not loss["above"] and not loss["inside"]  # type: ignore[index]
    assert loss["below   p rules"] == loss["below"]  # type: ignore[index]
    assert out["ex"]["below   p rules"] == [f"p1: {TRAILER}"]  # type: ignore[index]
