"""The sample corpus, record by record: every page must come out exactly as its gold says."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import cleanscrape

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PAGES = sorted((CORPUS / "gold").glob("*.json"))


def test_corpus_is_built_from_its_sources():
    p = subprocess.run([sys.executable, str(CORPUS / "build.py"), "--check"], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr


def test_corpus_has_the_shapes_it_promises():
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in PAGES]
    assert len(golds) >= 14
    assert sum(len(g["articles"]) >= 3 for g in golds) >= 3


@pytest.mark.parametrize("gold_path", PAGES, ids=lambda p: p.stem)
def test_page_gives_exactly_its_gold_records(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    page = CORPUS / "pages" / f"{gold_path.stem}.txt"
    got = cleanscrape.clean(page.read_text(encoding="utf-8"), source=str(page))
    want = gold["articles"]
    assert [a.title for a in got] == [w["title"] for w in want]
    for a, w in zip(got, want):
        assert a.section == w["section"], a.title
        assert a.byline == w["byline"], a.title
        assert a.published == w["published_iso"], a.title
        assert list(a.paragraphs) == w["paragraphs"], a.title
    bodies = "\n".join(a.body for a in got)
    for s in gold["artefacts"]:
        assert s not in bodies
    for s in gold["keep"]:
        assert s in bodies
