#!/usr/bin/env python3
"""Peers behind the benchmark CLI contract, so that the harness times them like cleanscrape.

    python benchmarks/peers.py trafilatura --input-format html FILE...
    python benchmarks/peers.py justext --input-format text FILE...

Prints one JSON object per input file: ``{"source": PATH, "body": TEXT}`` (the
contract of ``shared/bench/README.md``). The peers are imported from whatever
environment runs this script; they are never cleanscrape's dependencies.
Text input is handed to them as one ``<p>`` per line, as the scrapinghub
README describes for its text baselines.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import sys
from pathlib import Path
from typing import Callable


def _as_html(text: str) -> str:
    return "<html><body>" + "".join(f"<p>{html.escape(ln)}</p>" for ln in text.split("\n") if ln.strip()) \
        + "</body></html>"


def trafilatura_body(fmt: str) -> Callable[[bytes], str]:
    import trafilatura

    if fmt == "html":
        return lambda data: trafilatura.extract(data) or ""
    return lambda data: trafilatura.extract(_as_html(data.decode("utf-8", "replace"))) or ""


def justext_body(fmt: str) -> Callable[[bytes], str]:
    import justext

    stop = justext.get_stoplist("English")

    def run(data: bytes) -> str:
        page = data if fmt == "html" else _as_html(data.decode("utf-8", "replace")).encode()
        return "\n\n".join(p.text for p in justext.justext(page, stop) if not p.is_boilerplate)

    return run


PEERS = {"trafilatura": trafilatura_body, "justext": justext_body}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("peer", choices=sorted(PEERS))
    ap.add_argument("--input-format", choices=("text", "html"), default="html")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args(argv)
    try:
        body = PEERS[args.peer](args.input_format)
    except ImportError as exc:
        print(f"peers.py: {args.peer} is not installed in this environment ({exc})", file=sys.stderr)
        return 2
    out = sys.stdout
    for name in args.files:
        data = Path(name).read_bytes()
        if name.endswith(".gz"):
            data = gzip.decompress(data)
        out.write(json.dumps({"source": name, "body": body(data)}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
