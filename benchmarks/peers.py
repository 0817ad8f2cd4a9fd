#!/usr/bin/env python3
"""Peers behind the benchmark CLI contract, so that the harness times them like cleanscrape.

    python benchmarks/peers.py trafilatura --input-format html FILE...
    python benchmarks/peers.py justext --input-format text FILE...

Peers: ``trafilatura`` (``extract(html, include_comments=False)``), ``readability`` (readability-lxml's
``Document(html).summary()``, turned into text with one line per block),
``justext`` (the stop list of the page's language, the one its words hit most) and ``resiliparse``
(``extract_plain_text(html, main_content=True)``).
Prints one JSON object per input file: ``{"source": PATH, "body": TEXT}`` (the
contract of ``shared/bench/README.md``). The peers are imported from whatever
environment runs this script; they are never cleanscrape's dependencies.
Text input is handed to them as one ``<p>`` per line, as the scrapinghub
README describes for its text baselines. A page on which a peer raises gets an
empty body (a line on stderr says so), as a crash would in a real pipeline.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import sys
from pathlib import Path
from collections.abc import Callable


def _as_html(text: str) -> str:
    return "<html><body>" + "".join(f"<p>{html.escape(ln)}</p>" for ln in text.split("\n") if ln.strip()) \
        + "</body></html>"


def trafilatura_body(fmt: str) -> Callable[[bytes], str]:
    import trafilatura

    # without comments, as the scrapinghub benchmark runs it: no set's gold has comments
    if fmt == "html":
        return lambda data: trafilatura.extract(data, include_comments=False) or ""
    return lambda data: trafilatura.extract(_as_html(data.decode("utf-8", "replace")), include_comments=False) or ""


def justext_body(fmt: str) -> Callable[[bytes], str]:
    import justext

    lists = {name: justext.get_stoplist(name) for name in sorted(justext.get_stoplists())}

    def stoplist(page: bytes) -> frozenset[str]:
        # the page's language as jusText's own tools guess it: the stop list its words hit most
        # (the English list alone made German and Italian pages all boilerplate)
        seen = set(re.findall(r"\w+", page.decode("utf-8", "replace").lower()))
        return max(lists.values(), key=lambda words: len(words & seen))

    def run(data: bytes) -> str:
        page = data if fmt == "html" else _as_html(data.decode("utf-8", "replace")).encode()
        paragraphs = justext.justext(page, stoplist(page))
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


_BLOCKS = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre table tr td th dd dt "
                    "section article figure figcaption header footer".split())


def _text_of(fragment: str) -> str:
    """Text of an HTML fragment, one line per block element (lxml only)."""
    import lxml.html

    if not fragment.strip():
        return ""
    parts: list[str] = []

    def walk(el) -> None:
        block = isinstance(el.tag, str) and el.tag in _BLOCKS
        if block:
            parts.append("\n")
        if isinstance(el.tag, str) and el.tag not in ("script", "style") and el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    walk(lxml.html.fromstring(fragment))
    lines = (" ".join(ln.split()) for ln in "".join(parts).split("\n"))
    return "\n".join(ln for ln in lines if ln)


def readability_body(fmt: str) -> Callable[[bytes], str]:
    from readability import Document

    def run(data: bytes) -> str:
        page = data.decode("utf-8", "replace")
        return _text_of(Document(page if fmt == "html" else _as_html(page)).summary(html_partial=True))

    return run


def resiliparse_body(fmt: str) -> Callable[[bytes], str]:
    from resiliparse.extract.html2text import extract_plain_text

    def run(data: bytes) -> str:
        page = data.decode("utf-8", "replace")
        return extract_plain_text(page if fmt == "html" else _as_html(page), main_content=True) or ""

    return run


PEERS = {"trafilatura": trafilatura_body, "readability": readability_body, "justext": justext_body,
         "resiliparse": resiliparse_body}


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
        try:
            text = body(data)
        except Exception as exc:  # noqa: BLE001 - one bad page must not end the run
            print(f"peers.py: {args.peer}: {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            text = ""
        out.write(json.dumps({"source": name, "body": text}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
