"""A line heading two records or more of one page is a line the page repeats, not a story (#18/#19).

``segment._repeats_joined`` joins every record such a line heads, but the page's first, to the
record above: a table's header row printed over each of its tables, an `Article content`
marker, the page's headline printed again (whole or cut short on an ellipsis) over its own
article. Records with headlines of their own stay apart.
"""

from __future__ import annotations

from cleanscrape import segment


def draft(title: str | None, paragraphs: int, line: int, **fields: str) -> segment._Draft:
    d = segment._Draft(**fields)
    if title is not None:
        d.set_title(title, line, "CS304", "", "")
    d.paragraphs = [f"paragraph {line}.{k}" for k in range(paragraphs)]
    d.lines = [line + 1 + k for k in range(paragraphs)]
    return d


def test_a_table_header_over_each_table_joins_the_article() -> None:
    kept = [draft("Club ends the season with three wins", 2, 1),
            draft("Seat Rower Outings %", 5, 10), draft("Seat Rower Outings %", 4, 20),
            draft("Seat Rower Outings %", 3, 30)]
    out = segment._repeats_joined(kept)
    assert [d.title for d in out] == ["Club ends the season with three wins"]
    assert len(out[0].paragraphs) == 14  # nothing lost: every paragraph, in page order
    assert out[0].lines == sorted(out[0].lines)
    assert [r.line for r in out[0].removed] == [10, 20, 30]  # the repeated line in the audit
    assert {r.code for r in out[0].removed} == {"CS304"}


def test_the_headline_printed_again_over_its_article_fills_its_fields() -> None:
    kept = [draft("Allotment society opens a seed library", 1, 1, section="Gardening"),
            draft("Allotment Society opens a  seed library", 6, 5, byline="Rowan Pell", published="2026-03-03")]
    out = segment._repeats_joined(kept)
    assert len(out) == 1
    assert (out[0].section, out[0].byline, out[0].published) == ("Gardening", "Rowan Pell", "2026-03-03")
    assert len(out[0].paragraphs) == 7


def test_a_headline_cut_short_on_an_ellipsis_is_the_same_line() -> None:
    kept = [draft("Rail bridge reopens after repairs – inspectors find…", 3, 1),
            draft("Rail bridge reopens after repairs – inspectors find no fault", 4, 10)]
    assert len(segment._repeats_joined(kept)) == 1


def test_distinct_headlines_stay_apart() -> None:
    kept = [draft("Council approves new cycle lanes", 4, 1),
            draft("Library extends its opening hours", 3, 10),
            draft("Council…", 2, 20)]  # (a title cut to a word or two matches nothing)
    assert [d.title for d in segment._repeats_joined(kept)] == [d.title for d in kept]


def test_a_short_prefix_without_an_ellipsis_is_another_title() -> None:
    kept = [draft("Storm warning", 3, 1), draft("Storm warning lifted for the coast", 3, 10)]
    assert len(segment._repeats_joined(kept)) == 2


def test_a_story_printed_twice_keeps_both_copies() -> None:
    first, second = draft("Harbour cranes return after refit", 2, 1), draft("Harbour cranes return after refit", 2, 10)
    second.paragraphs = list(first.paragraphs)
    assert len(segment._repeats_joined([first, second])) == 2


def test_repeated_titles_match_a_pairwise_reading() -> None:
    """One sort answers what comparing every two records' titles answers (n log n on a page of
    thousands of briefs)."""
    import itertools

    from cleanscrape import segment

    titles = ["a b c d", "a b c d e", "a b c d …", "a b …", "x y z w …", "x y z w", "q", None]
    for n in range(1, 5):
        for combo in itertools.product(titles, repeat=n):
            keys = [None if t is None else segment._title_key(t) for t in combo]
            plain = [k is not None and any(m != i and o is not None and segment._same_title(k, o)
                                           for m, o in enumerate(keys)) for i, k in enumerate(keys)]
            assert segment._repeated_titles(keys) == plain, combo
