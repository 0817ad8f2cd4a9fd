"""pytest-benchmark throughput of ``clean`` over the sample corpus.

    pytest benchmarks --benchmark-enable --benchmark-only

Timings live here, never in the unit tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from cleanscrape.pipeline import Pipeline  # noqa: E402

PAGES = sorted((ROOT / "corpus" / "pages").glob("*.txt"))


@pytest.fixture(scope="module")
def corpus_text() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in PAGES]


def test_clean_corpus(benchmark, corpus_text):
    pipe = Pipeline()
    size = sum(len(t.encode()) for t in corpus_text)

    def run():
        return [pipe.clean(t) for t in corpus_text]

    result = benchmark(run)
    assert len(result) == len(corpus_text)
    if benchmark.stats:
        benchmark.extra_info["MB/s"] = round(size / 1e6 / benchmark.stats.stats.mean, 2)
        benchmark.extra_info["pages/s"] = round(len(corpus_text) / benchmark.stats.stats.mean, 1)


@pytest.mark.parametrize("shape", ["long-line", "many-short-lines"])
def test_clean_hostile_shapes(benchmark, shape):
    pipe = Pipeline()
    text = ("word | " * 50_000) if shape == "long-line" else ("a\n" * 50_000)
    benchmark(pipe.clean, text)
