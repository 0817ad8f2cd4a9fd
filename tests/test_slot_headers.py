"""The segmenter's reading of a slot header (``HEADER_LINES``, segslot142) is one pass from the
bottom of the page (a scan down from every date or byline was quadratic on a page of thousands of
header lines): it must say, for every date or byline, what that scan says (the headline's header
reaches the line, no body text between)."""

from __future__ import annotations

from hypothesis import given, strategies as st

from cleanscrape.document import Finding, Role
from cleanscrape.rules.headings import HEADER_LINES
from cleanscrape import segment
from cleanscrape.segment import _in_near_slot_header, _in_slot_header, _slot_headers


def _scan(labels: tuple[Finding | None, ...], i: int) -> bool:
    """The definition, read line by line down from block ``i``."""
    for j in range(i + 1, len(labels)):
        f = labels[j]
        if f is None or f.role is Role.CONTENT:
            return False
        if f.role is Role.TITLE:
            return any(k == HEADER_LINES and j - int(v) <= i for k, v in f.fields)
    return False


def _label(j: int, kind: int, span: int) -> Finding | None:
    if kind == 0:
        return None
    role = (Role.CONTENT, Role.TITLE, Role.BYLINE, Role.DATE, Role.RELATED)[kind - 1]
    fields = ((HEADER_LINES, str(span)),) if role is Role.TITLE and span else ()
    return Finding(j, role, "CS000", "test", "a test label", fields)


@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 4)), max_size=40))
def test_one_pass_says_what_the_scan_says(rows: list[tuple[int, int]]) -> None:
    labels = tuple(_label(j, kind, span) for j, (kind, span) in enumerate(rows))
    starts = _slot_headers(labels)
    for i, f in enumerate(labels):
        if f is not None and f.role in (Role.BYLINE, Role.DATE):
            assert _in_slot_header(starts, i) == _scan(labels, i)


def test_a_byline_over_the_print_is_not_in_the_header() -> None:
    # print, byline, headline naming one header line: the byline is the next story's;
    # a byline over the print (closing the story above) is not
    labels = (Finding(0, Role.BYLINE, "CS000", "t", "r"), Finding(1, Role.RELATED, "CS000", "t", "r"),
              Finding(2, Role.BYLINE, "CS000", "t", "r"),
              Finding(3, Role.TITLE, "CS304", "t", "r", ((HEADER_LINES, "1"),)), None)
    starts = _slot_headers(labels)
    assert [_in_slot_header(starts, i) for i in (0, 2)] == [False, True]


@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 4)), max_size=40), st.integers(1, 9))
def test_the_look_down_and_the_pass_past_it_say_what_the_scan_says(rows: list[tuple[int, int]], look: int) -> None:
    """(tspeed2) The segmenter reads a few lines down from each date or byline, and the page's
    one pass only past them (made once): the same answer as the scan, whatever the look's reach."""
    labels = tuple(_label(j, kind, span) for j, (kind, span) in enumerate(rows))
    was, segment.SLOT_LOOK = segment.SLOT_LOOK, look
    try:
        starts: list[list[int | None]] = []
        for i, f in enumerate(labels):
            if f is not None and f.role in (Role.BYLINE, Role.DATE):
                assert _in_near_slot_header(labels, i, starts) == _scan(labels, i)
    finally:
        segment.SLOT_LOOK = was
