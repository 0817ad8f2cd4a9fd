"""(seglost, issue #18: no story's text lost) An open loss, kept as a probe: on a page of several
stories, a story that closes on a lead-in (`The four towns on the new route are:`) and, past an
advert marker, the short rows it opens (`Lindau, north pier`) loses the rows today: content
scoring ends the run on the lead-in and the rows go as outside-main-text (``CS501``). The step
tried in session 38 (take the rows into the run, the block model keeping them) was not kept: made
safe for single articles and for boxes of links (items of one shape, as ``CS513`` reads them), it
moved no figure of the segmentation benchmark. A page of our own in ``tests/fixtures/pages``."""

from __future__ import annotations

import pytest

from story_helpers import bodies, fixture_page

PAGE = "closing-list-under-a-lead-in.txt"
STORY = "Four towns join the island ferry network next summer"
ITEMS = ("Lindau, north pier", "Wellbach, old harbour", "Ommerstadt, market quay", "Velmora, ferry steps")


@pytest.mark.xfail(strict=True, reason="open loss (seglost): rows past an advert marker under a story's closing lead-in")
def test_the_list_a_storys_closing_lead_in_opens_stays_with_it():
    got = bodies(fixture_page(PAGE))
    assert got[STORY][-5:] == ("The four towns on the new route are:", *ITEMS)


def test_the_lead_in_itself_stays_and_no_chrome_joins_the_story():
    got = bodies(fixture_page(PAGE))
    assert got[STORY][-1] == "The four towns on the new route are:"
    assert not any(p == "Advertisement" or p.startswith("Tags:") for body in got.values() for p in body)


def test_no_list_past_the_storys_tags():
    """A hard negative for any fix: the lead-in ends the story's text, its tags under it, then a
    list of the site's most read stories: those are no items of it."""
    page = fixture_page(PAGE).replace("Advertisement\n", "Tags: Ferries, Islands\n\nMost read\n")
    got = bodies(page)
    assert not any(item in body for body in got.values() for item in ITEMS)
