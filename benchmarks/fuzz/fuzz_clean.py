#!/usr/bin/env python3
"""Coverage-guided fuzzing of the readers and the engine with atheris.

    pip install -e '.[fuzz]'
    python benchmarks/fuzz/fuzz_clean.py -max_total_time=600      # the documented long run
    python benchmarks/fuzz/fuzz_clean.py -runs=2000               # a short run

Each input goes through the text reader (decode, BOM, line ends, hard-wrap
detection) and the whole pipeline, through the JSONL page path, the HTML reader and
the Markdown reader; the properties checked are the ones the tests pin: nothing raises
but a clear InputError, every paragraph is a unit of the input (a line, or a wrapped
paragraph's lines joined) in order, and every line is accounted for. The test suite
replays the target on the corpus and on a few hundred mutated pages
(``tests/test_fuzz_target.py``): the short run CI makes, without atheris. An input that takes more than ten seconds counts as a
failure too (libFuzzer's ``-timeout``; pass your own to change it): the fuzzer once
found a copyright pattern that backtracked for a minute on a 4 KB page.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from cleanscrape.batch import Job, Page, clean_page  # noqa: E402
from cleanscrape.io.html import read_html  # noqa: E402
from cleanscrape.io.inputs import RawInput, to_text  # noqa: E402
from cleanscrape.io.markdown import read_markdown  # noqa: E402
from cleanscrape.io.text import InputError, read_text  # noqa: E402
from cleanscrape.engine import INTERNAL_ERROR  # noqa: E402
from cleanscrape.pipeline import Pipeline  # noqa: E402
from cleanscrape.segment import TITLE_REST_REASON  # noqa: E402

PIPE = Pipeline()
JOB = Job(PIPE.rules)


def lines_of(text: str) -> list[str]:
    """The page's units: its non-blank lines; a hard-wrapped paragraph's lines joined by a
    space (the reader may join consecutive lines only, and must cover every line once)."""
    raws = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    covered = []
    units = []
    for b in read_text(text).blocks:
        last = b.last or b.line
        parts = [raws[k].strip() for k in range(b.line - 1, last)]
        assert all(parts) and b.text == " ".join(parts), "a block that is not its lines joined"
        covered.extend(range(b.line, last + 1))
        units.append(b.text)
    assert covered == [k + 1 for k, r in enumerate(raws) if r.strip()], "a line the reader lost"
    return units


# a brief's clock time, `14:32`, `9.05 Uhr`, `ore 10:42`, on a timed brief's headline line
_CLOCK = re.compile(r"(?:[^\W\d_]{1,4}\.?[ \t]{1,2})?\d{1,2}[:.h][0-5]\d\b")


def title_line(title: str, lines: list[str]) -> str:
    """The line a record's title comes from: the title itself, or the line of a timed brief
    (CS304) whose clock time the title leaves out (`14:32 Ferry timetable approved`,
    `Ferry timetable approved · 14:32`: the title is the headline's words)."""
    if title in lines:
        return title
    for line in lines:
        if len(line) > len(title):
            rest = line[:-len(title)] if line.endswith(title) else line[len(title):] if line.startswith(title) else ""
            if _CLOCK.search(rest) and len(rest.strip()) <= 40:
                return line
    return title


def one_input(data: bytes) -> None:
    try:
        text, _ = to_text(RawInput("fuzz", data))
    except InputError:
        text = None
    if text is not None:
        arts = PIPE.clean(text)
        _no_rule_failed(arts)
        lines = lines_of(text)
        it = iter(lines)
        for a in arts:
            for p in a.paragraphs:
                assert any(p == x for x in it), "a paragraph that is not a line of the input, in order"
        if arts:
            for a in arts:  # (a timed brief's time, reported apart from its title's words: the rest of its line)
                assert all(all(w in title_line(a.title or "", lines) for w in r.text.split()) for r in a.removed
                           if r.reason == TITLE_REST_REASON), "a title's rest that is not on its line"
            seen = sorted([p for a in arts for p in a.paragraphs] + [title_line(a.title, lines) for a in arts if a.title]
                          + [r.text for a in arts for r in a.removed if r.reason != TITLE_REST_REASON])
            assert seen == sorted(lines), "a line went missing"
    out = clean_page(JOB, Page("fuzz", "jsonl", data, 1))
    assert out.error is not None or isinstance(out.output, str)
    one_html(data)
    if text is not None:
        one_markdown(text)


def _no_rule_failed(arts) -> None:
    """The engine returns a page whole when a rule raises; for the fuzzer that is a finding."""
    assert not any(INTERNAL_ERROR in str(a.extra.get("notice", "")) for a in arts), arts[0].extra["notice"]


def one_markdown(text: str) -> None:
    """The Markdown reader: blocks in line order, records drawn from them, in order."""
    doc = read_markdown(text, source="fuzz")
    starts = [b.line for b in doc.blocks]
    assert starts == sorted(starts), "Markdown blocks out of order"
    it = iter([b.text for b in doc.blocks])
    arts = PIPE.clean_document(doc)
    _no_rule_failed(arts)
    for a in arts:
        for p in a.paragraphs:
            assert any(p == x for x in it), "a Markdown paragraph that is not a block of the page, in order"


def one_html(data: bytes) -> None:
    """The HTML reader: a page or a clear InputError; records drawn from its blocks, in order."""
    try:
        doc = read_html(data, source="fuzz")
    except InputError:
        return
    blocks = [b.text for b in doc.blocks]
    it = iter(blocks)
    arts = PIPE.clean_document(doc)
    _no_rule_failed(arts)
    for a in arts:
        for p in a.paragraphs:
            assert any(p == x for x in it), "an HTML paragraph that is not a block of the page, in order"


SLOW_SECONDS = 10  # an input of a few KB that takes this long has hit a super-linear pattern


def main() -> None:
    import atheris

    atheris.instrument_all()
    argv = list(sys.argv)
    if not any(a.startswith("-timeout=") for a in argv):
        argv.insert(1, f"-timeout={SLOW_SECONDS}")  # a slow input is a finding, not a note (libFuzzer: 1200 s)
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
