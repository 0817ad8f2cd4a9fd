"""A run of dates and bylines over a headline: one scan answers the whole run.

``segment._header_over_title`` asks, for a date or byline, whether it stands in a run of
dates and bylines right over a headline (a date among them). A page of thousands of such
lines in a row used to rescan the run from every line of it (quadratic); these tests hold the
answers to a plain reference and the reads of the page's labels to a bound linear in the run.
"""

from __future__ import annotations

import itertools
from types import SimpleNamespace

from cleanscrape import segment

ROLES = (segment._DATE, segment._BYLINE, segment._TITLE, None)


class CountingLabels(list):
    reads = 0

    def __getitem__(self, k):
        CountingLabels.reads += 1
        return super().__getitem__(k)


def labelled(roles) -> SimpleNamespace:
    return SimpleNamespace(labels=CountingLabels(
        None if r is None else SimpleNamespace(role=r) for r in roles))


def reference(roles, i: int) -> bool:
    dated = False
    for r in roles[i:]:
        if r is segment._TITLE:
            return dated
        if r is not segment._DATE and r is not segment._BYLINE:
            return False
        dated = dated or r is segment._DATE
    return False


def test_answers_match_a_plain_scan_for_every_short_page() -> None:
    for n in range(1, 7):
        for roles in itertools.product(ROLES, repeat=n):
            page, memo = labelled(roles), {}
            for i, r in enumerate(roles):  # (asked top down, as the segmenter asks)
                if r is segment._DATE or r is segment._BYLINE:
                    assert segment._header_over_title(page, i, memo) == reference(roles, i), (roles, i)


def test_a_long_run_is_read_once() -> None:
    n = 20_000
    roles = [segment._BYLINE, segment._DATE] * (n // 2) + [segment._TITLE]
    page, memo = labelled(roles), {}
    CountingLabels.reads = 0
    assert all(segment._header_over_title(page, i, memo) for i in range(n))
    assert CountingLabels.reads <= 2 * n + 2
