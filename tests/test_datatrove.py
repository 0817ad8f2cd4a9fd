"""The datatrove steps on the local executor, two workers: the same records as the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("datatrove")

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

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
