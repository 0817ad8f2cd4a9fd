#!/usr/bin/env python3
"""Turn a benchmark's HTML pages into text with another extractor, as a dataset
``benchmarks/accuracy.py`` can score: ``OUT/text/ID.txt`` and ``OUT/ground-truth.json``.

    BENCHVENV/bin/python benchmarks/convert.py ../shared/bench/scrapinghub /tmp/h2t --tool html2text
    python benchmarks/accuracy.py /tmp/h2t --input-format markdown

Tools: ``html2text`` (Markdown, wrapped at 78 columns), ``inscriptis`` and
``html_text`` (plain text). They live in the benchmark virtualenv, never in the
project's dependencies.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import sys
from pathlib import Path


def converter(tool: str):
    if tool == "html2text":
        import html2text

        def run(html: str) -> str:
            return html2text.HTML2Text().handle(html)

        return run
    if tool == "inscriptis":
        from inscriptis import get_text

        return get_text
    import html_text

    return html_text.extract_text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset", type=Path, help="a folder with html/ and ground-truth.json")
    ap.add_argument("out", type=Path, help="where to write text/ and ground-truth.json")
    ap.add_argument("--tool", choices=("html2text", "inscriptis", "html_text"), default="html2text")
    args = ap.parse_args(argv)
    try:
        convert = converter(args.tool)
    except ImportError:
        print(f"convert.py: {args.tool} is not installed (it belongs in the benchmark virtualenv)", file=sys.stderr)
        return 2
    (args.out / "text").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(args.dataset / "ground-truth.json", args.out / "ground-truth.json")
    failed = 0
    for path in sorted((args.dataset / "html").iterdir()):
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        ident = path.name.split(".")[0]
        try:
            text = convert(data.decode("utf-8", "replace"))
        except Exception as exc:  # a converter's own failure: the page gets no text, as a scraper would
            print(f"convert.py: {path.name}: {args.tool} failed: {exc}", file=sys.stderr)
            text, failed = "", failed + 1
        (args.out / "text" / f"{ident}.txt").write_text(text, encoding="utf-8")
    print(f"{args.tool}: wrote {args.out / 'text'} ({failed} pages failed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
