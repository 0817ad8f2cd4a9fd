"""What the tests of the benchmark scripts share: `benchmarks/` on the import path, the
five paragraphs of the small article their pages are made of, and a tiny set of one council
story as text and HTML pages (``council_set``)."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

PARAGRAPHS = ["The harbour board approved the new ferry timetable on Tuesday, after a long and heated debate.",
              "Members said the plan would add two crossings a day in summer, and one more in the winter months.",
              "The operator, which runs four boats, said it would hire twelve more crew before the season opens.",
              "Fares stay the same this year, the board said, though a review of prices is due in the spring.",
              "Islanders, who had asked for a later evening boat, welcomed the change, the council said."]
NAV = "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"

COUNCIL = ["The city council approved the new budget on Tuesday after a long and heated debate.",
           "Members said the plan would pay for more buses, two new libraries and a swimming pool.",
           "The mayor called the vote a good day for the town and thanked the residents who came."]
COUNCIL_HTML = ("<html><head><title>Council approves budget</title></head><body><article><h1>Council approves "
                "budget</h1>" + "".join(f"<p>{p}</p>" for p in COUNCIL) + "</article></body></html>")


def council_set(root: Path, text: str, gold: dict[str, dict[str, object]], split: dict[str, str]) -> Path:
    """``root/tiny``: each page of ``gold`` as ``text`` and as the council story's HTML, with its gold
    and ``split.json``."""
    d = root / "tiny"
    (d / "text").mkdir(parents=True)
    (d / "html").mkdir()
    for ident in gold:
        (d / "text" / f"{ident}.txt").write_text(text, encoding="utf-8")
        (d / "html" / f"{ident}.html.gz").write_bytes(gzip.compress(COUNCIL_HTML.encode("utf-8")))
    (d / "ground-truth.json").write_text(json.dumps(gold), encoding="utf-8")
    (d / "split.json").write_text(json.dumps(split), encoding="utf-8")
    return d


def council_page_set(root: Path) -> Path:
    """``council_set`` with the council story as a page of text (a menu, its headline, its
    paragraphs, a copyright line) and as the gold of a fit page ``p1`` and a check page ``p2``."""
    text = "\n".join(["Home", "News", "Council approves budget", *COUNCIL, "© 2026 Northfield Gazette"])
    gold: dict[str, dict[str, object]] = {"p1": {"articleBody": "\n".join(COUNCIL)}, "p2": {"articleBody": "\n".join(COUNCIL)}}
    return council_set(root, text, gold, {"p1": "fit", "p2": "check"})
