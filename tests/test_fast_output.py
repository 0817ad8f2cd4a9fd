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
