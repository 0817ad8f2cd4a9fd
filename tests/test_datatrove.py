"""The datatrove steps: on the local executor, two workers, the same records as the CLI; on their
own, a time budget, per-document errors counted and skipped, empty documents dropped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("datatrove")

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from cleanscrape.document import Article  # noqa: E402
from cleanscrape.integrations.datatrove import CleanscrapeStep, HasArticleFilter  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def test_local_executor_with_two_workers_matches_the_cli(tmp_path):
    pages = sorted((ROOT / "corpus" / "pages").glob("*.txt"))[:6]
    src = tmp_path / "in"
    src.mkdir()
    rows = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in pages]
    rows.append({"id": "nothing", "text": "Home\nNews\nSport\n"})
    for part in range(2):  # two files, so the two tasks each get one
        with open(src / f"part{part}.jsonl", "w", encoding="utf-8") as fh:
            for row in rows[part::2]:
                fh.write(json.dumps(row) + "\n")
    out = tmp_path / "out"
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(src)), CleanscrapeStep(), HasArticleFilter(),
                  JsonlWriter(str(out), compression=None)],
        tasks=2, workers=2, logging_dir=str(tmp_path / "logs"), start_method="spawn").run()
    got = {}
    for f in sorted(out.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            got[doc["id"]] = (doc["metadata"]["title"], doc["text"])
    assert not any(k.startswith("nothing") for k in got)

    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    cli = subprocess.run([sys.executable, "-m", "cleanscrape", "clean", *map(str, pages)],
                         capture_output=True, env=env, timeout=120)
    want = {}
    by_page: dict[str, list[dict]] = {}
    for line in cli.stdout.decode().splitlines():
        rec = json.loads(line)
        by_page.setdefault(Path(rec["source"]).stem, []).append(rec)
    for stem, recs in by_page.items():
        for rec in recs:
            ident = stem if len(recs) == 1 else f"{stem}/{rec['index']}"
            want[ident] = (rec["title"], rec["body"])
    assert got == want
    stats = json.loads(next((tmp_path / "logs" / "stats").glob("*.json")).read_text())
    assert stats  # rule counts are in datatrove's stats


# -- the step on its own: time budget, per-document errors, empty documents -----------------

STORY = "\n".join([
    "Harbour cranes return to Port Velmora",
    "By Jane Roe",
    "The two cranes came back on Monday after a refit that took two years and cost 40 million euros.",
    "Dock workers said the port would now handle twice as many container ships each week.",
    "Trending",
])
MENU = "Home\nNews\nSport\n"


def _run(step: CleanscrapeStep, docs: list[Document]) -> list[Document]:
    return list(step.run(iter(docs)))


def _stat(step: CleanscrapeStep, name: str) -> float:
    return step.stats.stats[name].total if name in step.stats.stats else 0


def test_documents_with_no_article_are_dropped_unless_kept():
    docs = [Document(text=STORY, id="a"), Document(text=MENU, id="b")]
    step = CleanscrapeStep()
    assert [d.id for d in _run(step, docs)] == ["a"]
    assert _stat(step, "dropped") == 1 and _stat(step, "pages_without_article") == 1
    kept = _run(CleanscrapeStep(keep_empty=True), docs)
    assert [(d.id, d.text) for d in kept][1] == ("b", "")


def test_a_document_that_fails_is_counted_and_skipped():
    class Failing(CleanscrapeStep):
        def articles(self, pipe, doc: Document) -> list[Article]:
            if doc.id == "bad":
                raise RuntimeError("broken page")
            return super().articles(pipe, doc)

    docs = [Document(text=STORY, id="bad"), Document(text=None, id="none"), Document(text=STORY, id="good")]
    step = Failing()
    assert [d.id for d in _run(step, docs)] == ["good"]
    assert _stat(step, "clean_error") == 2


def test_a_page_over_the_time_budget_is_counted_and_dropped():
    step = CleanscrapeStep(time_budget=1e-9)
    assert _run(step, [Document(text=STORY, id="slow")]) == []
    assert _stat(step, "timeout") == 1
    (whole,) = _run(CleanscrapeStep(time_budget=1e-9, keep_timeouts=True), [Document(text=STORY, id="slow")])
    assert "Trending" in whole.text and whole.metadata["notice"].startswith("over the time budget")
    (done,) = _run(CleanscrapeStep(time_budget=30), [Document(text=STORY, id="fast")])
    assert "Trending" not in done.text


def test_html_documents_keep_their_own_url_and_gain_the_page_language():
    html = ("<html lang='nl'><head><link rel='canonical' href='https://krant.example/a'></head><body><article>"
            "<h1>Kranen terug in de haven</h1><p>De twee kranen kwamen maandag terug na een opknapbeurt van twee "
            "jaar, zei het havenbedrijf.</p></article></body></html>")
    (doc,) = _run(CleanscrapeStep(input_format="auto"),
                  [Document(text=html, id="h", metadata={"url": "https://fetched.example/a"})])
    assert doc.metadata["url"] == "https://fetched.example/a" and doc.metadata["language"] == "nl"
    assert doc.text.startswith("De twee kranen")
