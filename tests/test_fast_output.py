"""The JSONL writer's quick path (issue #20, item 4): a record's audit entries written with their
repeated parts remembered give the line ``json.dumps`` of the whole record gives."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cleanscrape.batch import plain_record_line, record_line
from cleanscrape.document import Article, Removed, Role
from cleanscrape.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
TEXTS = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=30) | st.sampled_from(
    ["", "plain", 'a "quote" \\ back', "tab\there\nnew", "\ud800 lone", "€ ü 漢字 😀", "\x00\x1f\x7f"])


_plain = plain_record_line  # record_line as written before its quick path: the reference


def test_records_of_the_corpus_are_written_as_before():
    pipe = Pipeline()
    seen = 0
    for path in sorted((ROOT / "corpus" / "pages").glob("*.txt"))[:20]:
        for a in pipe.clean(path.read_text(encoding="utf-8"), source=str(path)):
            assert record_line(a) == _plain(a)
            assert record_line(a, drop=("removed",)) == _plain(a, drop=("removed",))
            assert record_line(a, fields=("title", "removed")) == _plain(a, fields=("title", "removed"))
            seen += len(a.removed)
    assert seen  # (the audit entries were written by the quick path)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(TEXTS, TEXTS, st.sampled_from([*Role, "custom"]), st.integers(-5, 10**6) | st.booleans(),
                          TEXTS, TEXTS), min_size=1, max_size=4),
       st.dictionaries(st.sampled_from(["id", "url", "notice", "removed", "body", "x"]), TEXTS | st.integers(), max_size=3),
       st.lists(TEXTS, max_size=3), TEXTS | st.none())
def test_audit_entries_are_written_as_json_dumps_writes_them(entries, extra, paragraphs, title):
    removed = tuple(Removed(*e) for e in entries)
    a = Article("page.txt", 0, title, None, None, None, tuple(paragraphs), removed, extra=extra)
    assert record_line(a) == _plain(a)


PARAGRAPHS = TEXTS | st.sampled_from(["a\n\nb", "\\n\\n", '"\n\n"', '\\"\n\n\\"', "\n", "", "\\"])


@settings(max_examples=300, deadline=None)
@given(st.lists(PARAGRAPHS, max_size=6),
       st.dictionaries(st.sampled_from(["id", "body", "paragraphs", "removed", "x"]), TEXTS | st.integers(), max_size=2),
       st.booleans())
def test_the_text_escaped_once_is_written_as_json_dumps_writes_it(paragraphs, extra, audit):
    """(tspeed118) The body and the paragraphs written from each paragraph escaped once, with or
    without an audit, whatever the paragraphs hold (blank lines, escapes, lone surrogates); a
    record whose extra fields hold one of the text's own (`body`) is written as before."""
    from cleanscrape.batch import jsonl_output, render

    removed = (Removed("CS101", "x", "chrome", 3, "gone", "why"),) if audit else ()
    a = Article("page.txt", 0, "T", None, None, None, tuple(paragraphs), removed, extra=extra)
    assert record_line(a) == _plain(a)
    text, data = jsonl_output([a, a])
    assert text == render([a, a], "jsonl") and data == text.encode("utf-8")
