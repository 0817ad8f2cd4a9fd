"""Markdown in (html2text, markdownify, reader services): rendered blocks, the same records."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import cleanscrape
from cleanscrape.io.inputs import sniff
from cleanscrape.io.markdown import looks_markdown, read_markdown, render_inline
from cleanscrape.pipeline import Pipeline

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_inline_markup_is_rendered():
    assert render_inline("The [port of Velmora](https://example.com/port \"Port\") reopened.") == \
        "The port of Velmora reopened."
    assert render_inline("![Cranes at the port](https://img.example/c.jpg)") == ""
    assert render_inline("[![](https://img.example/c.jpg)](https://example.com)") == ""
    assert render_inline("A **new** terminal, *finally*, and __more__ `berths`.") == \
        "A new terminal, finally, and more berths."
    assert render_inline("1\\. Not a list, 3 \\* 4 and snake_case_name stay") == \
        "1. Not a list, 3 * 4 and snake_case_name stay"
    assert render_inline("Read [the report][1] and <https://example.com/x>.") == "Read the report and ."


def test_blocks_of_a_page():
    page = textwrap.dedent("""\
        # Velmora port sale draws three bidders

        Three investment groups have made offers for a majority stake in the port, the
        city said on [Wednesday](https://example.com/news).

        ![](https://img.example/cranes.jpg)

        Why now?
        --------

        * The port lost money in four of the last five years as shipping lines
          moved to larger ports.
        * The council wants to keep a third of it.

        > "We will not sell to the highest bidder," the mayor said.

        | Bidder | Offer |
        |---|---|
        | Northfield Group | 900m |

        ---
        [1]: https://example.com/ref
        """)
    doc = read_markdown(page)
    assert [b.text for b in doc.blocks] == [
        "Velmora port sale draws three bidders",
        "Three investment groups have made offers for a majority stake in the port, the city said on Wednesday.",
        "Why now?",
        "The port lost money in four of the last five years as shipping lines moved to larger ports.",
        "The council wants to keep a third of it.",
        "\"We will not sell to the highest bidder,\" the mayor said.",
        "Bidder Offer",
        "Northfield Group 900m",
    ]
    assert [(b.line, b.last) for b in doc.blocks][:2] == [(1, 0), (3, 4)]


def _as_markdown(text: str) -> str:
    """A corpus page as html2text prints one: its first headline as `#`, words linked,
    emphasis, an image line after each paragraph, every paragraph wrapped at 72 columns."""
    out = []
    first = True
    for ln in (ln.strip() for ln in text.splitlines()):
        if not ln:
            continue
        if first:
            out.append("# " + ln)
            first = False
            continue
        words = ln.split(" ")
        if len(words) > 12:
            words[3] = f"[{words[3]}](https://example.com/{len(out)})"
            words[6] = f"**{words[6]}**"
            out.append(textwrap.fill(" ".join(words), 72))
            out.append(f"![](https://img.example/{len(out)}.jpg)")
        else:
            out.append(ln)
    return "\n\n".join(out) + "\n"


def test_corpus_pages_as_markdown_give_their_records():
    for name in ("04-broadsheet", "12-longform", "20-italian-daily", "29-us-daily"):
        text = (CORPUS / "pages" / f"{name}.txt").read_text(encoding="utf-8")
        md = _as_markdown(text)
        assert looks_markdown(md.encode())
        want = [(a.title, a.byline, a.published, a.paragraphs) for a in cleanscrape.clean(text)]
        got = [(a.title, a.byline, a.published, a.paragraphs)
               for a in Pipeline().clean_document(read_markdown(md))]
        assert got == want, name


def test_sniffing_tells_markdown_from_naive_text():
    md = _as_markdown((CORPUS / "pages" / "04-broadsheet.txt").read_text(encoding="utf-8"))
    assert sniff(md.encode()) == "markdown"
    for page in sorted((CORPUS / "pages").glob("*.txt")):
        assert sniff(page.read_bytes()) == "text", page.name


def test_cli_reads_markdown(tmp_path):
    md = _as_markdown((CORPUS / "pages" / "04-broadsheet.txt").read_text(encoding="utf-8"))
    path = tmp_path / "page.md"
    path.write_text(md, encoding="utf-8")
    for fmt in ("auto", "markdown"):
        p = subprocess.run([sys.executable, "-m", "cleanscrape", "clean", "--input-format", fmt, str(path)],
                           capture_output=True, text=True)
        assert p.returncode == 0, p.stderr
        assert "https://" not in p.stdout.split('"removed"')[0]  # no link address in the bodies
        assert '"title": "' in p.stdout


@given(st.text(max_size=600))
def test_reader_never_raises_and_keeps_line_order(text):
    doc = read_markdown(text)
    starts = [b.line for b in doc.blocks]
    assert starts == sorted(starts)
    assert all(b.text and b.text == b.text.strip() for b in doc.blocks)
