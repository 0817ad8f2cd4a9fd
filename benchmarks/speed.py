#!/usr/bin/env python3
"""Throughput of cleanscrape on a directory of pages, against peers in the same run.

    python benchmarks/speed.py corpus/pages
    python benchmarks/speed.py ../shared/bench/scrapinghub/text --peer justext
    python benchmarks/speed.py ../shared/bench/scrapinghub/html --input-format html --peer trafilatura

Reads every page once into memory (``.gz`` decompressed), then times the
library call per page on one core, in this process (no start-up cost: the CLI
harness in ``../shared/bench/score.py`` measures that). Prints MB/s (10^6 bytes
of input) and pages/s for cleanscrape and for each peer that is installed:

* ``split``: a plain Python line split and strip, the floor of any line tool;
* ``justext`` (lines as ``<p>``), ``trafilatura``: only when importable (they live
  in the benchmark virtualenv, never in the project's dependencies).
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
import time
from pathlib import Path
from collections.abc import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import cleanscrape  # noqa: E402
from cleanscrape.pipeline import Pipeline  # noqa: E402


def load(directory: Path) -> list[tuple[str, bytes]]:
    pages = []
    for p in sorted(directory.iterdir()):
        if not p.is_file() or p.name.startswith("."):
            continue
        data = p.read_bytes()
        if p.suffix == ".gz":
            data = gzip.decompress(data)
        pages.append((p.name, data))
    return pages


def cleanscrape_text() -> Callable[[bytes], object]:
    pipe = Pipeline()
    return lambda data: pipe.clean(data.decode("utf-8", "replace"))


def cleanscrape_html() -> Callable[[bytes], object]:
    from cleanscrape.io.html import read_html

    pipe = Pipeline()
    return lambda data: pipe.clean_document(read_html(data))


def split_peer() -> Callable[[bytes], object]:
    return lambda data: [ln.strip() for ln in data.decode("utf-8", "replace").split("\n") if ln.strip()]


def justext_peer(fmt: str) -> Callable[[bytes], object]:
    import html as html_mod

    import justext

    stop = justext.get_stoplist("English")
    if fmt == "html":
        return lambda data: justext.justext(data, stop)

    def run(data: bytes):
        text = data.decode("utf-8", "replace")
        doc = "<html><body>" + "".join(f"<p>{html_mod.escape(ln)}</p>" for ln in text.split("\n") if ln.strip()) \
            + "</body></html>"
        return justext.justext(doc, stop)

    return run


def trafilatura_peer(fmt: str) -> Callable[[bytes], object]:
    import html as html_mod

    import trafilatura

    if fmt == "html":
        return lambda data: trafilatura.extract(data)  # bytes: its own encoding detection
    return lambda data: trafilatura.extract(
        "<html><body>" + "".join(f"<p>{html_mod.escape(ln)}</p>"
                                 for ln in data.decode("utf-8", "replace").split("\n") if ln.strip())
        + "</body></html>")


def measure(fn: Callable[[bytes], object], pages: list[tuple[str, bytes]], repeat: int) -> tuple[float, float]:
    for _, data in pages[:3]:
        fn(data)  # warm caches and compiled patterns
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _, data in pages:
            fn(data)
        best = min(best, time.perf_counter() - t0)
    size = sum(len(d) for _, d in pages) / 1e6
    return size / best, len(pages) / best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("directory", type=Path, help="a folder of pages (.txt, .html, .gz)")
    ap.add_argument("--input-format", choices=("text", "html"), default="text")
    ap.add_argument("--peer", action="append", default=None,
                    help="split, justext, trafilatura (repeatable; default: split and every installed peer)")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the best is reported")
    args = ap.parse_args(argv)
    if not args.directory.is_dir():
        print(f"speed.py: {args.directory}: not a directory", file=sys.stderr)
        return 2
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    except (AttributeError, OSError):
        pass
    pages = load(args.directory)
    if not pages:
        print(f"speed.py: {args.directory}: no pages", file=sys.stderr)
        return 2
    size = sum(len(d) for _, d in pages) / 1e6
    print(f"{len(pages)} pages, {size:.2f} MB, input-format {args.input_format}, one core, best of {args.repeat}")
    runs: list[tuple[str, Callable[[bytes], object]]] = [
        (f"cleanscrape {cleanscrape.__version__}",
         cleanscrape_text() if args.input_format == "text" else cleanscrape_html())]
    wanted = args.peer or ["split", "justext", "trafilatura"]
    for name in wanted:
        try:
            if name == "split":
                runs.append(("split (floor)", split_peer()))
            elif name == "justext":
                runs.append(("jusText", justext_peer(args.input_format)))
            elif name == "trafilatura":
                runs.append(("trafilatura", trafilatura_peer(args.input_format)))
            else:
                print(f"speed.py: unknown peer {name!r}", file=sys.stderr)
                return 2
        except ImportError:
            if args.peer:
                print(f"speed.py: peer {name} is not installed here", file=sys.stderr)
    for label, fn in runs:
        mbs, pps = measure(fn, pages, args.repeat)
        print(f"  {label:<24} {mbs:8.2f} MB/s  {pps:9.1f} pages/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
