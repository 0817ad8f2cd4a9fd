"""(seglost, issue #18: no story's text lost) A story that closes on a lead-in (`The four towns on
the new route are:`) closes on the list it opens: the short lines under it, printed once on the
page, only an advert marker between, are the story's items, not other stories' headlines, on a
page of several stories: content scoring takes them into the run, and the block model no longer
takes them out (text mode). A page of our own in ``tests/fixtures/pages``."""

from __future__ import annotations

from cleanscrape.rules.content import lead_in_list, opens_list
from story_helpers import bodies, fixture_page

PAGE = "closing-list-under-a-lead-in.txt"
STORY = "Four towns join the island ferry network next summer"
ITEMS = ("Lindau, north pier", "Wellbach, old harbour", "Ommerstadt, market quay", "Velmora, ferry steps")


def test_the_list_a_storys_closing_lead_in_opens_stays_with_it():
    got = bodies(fixture_page(PAGE))
    assert got[STORY][-5:] == ("The four towns on the new route are:", *ITEMS)
    assert not any(p == "Advertisement" or p.startswith("Tags:") for body in got.values() for p in body)


def test_no_list_past_the_storys_tags():
    """A hard negative: the lead-in ends the story's text, its tags under it, then a list of
    the site's most read stories: those are no items of it, and go as before."""
    page = fixture_page(PAGE).replace("Advertisement\n", "Tags: Ferries, Islands\n\nMost read\n")
    got = bodies(page)
    assert not any(item in body for body in got.values() for item in ITEMS)


def test_no_list_of_lines_the_page_prints_again():
    """A hard negative: items the page prints again (a menu's, a stamp's in other numbers) are
    no story's list."""
    assert not lead_in_list("The four towns on the new route are:", ["at 12h20", "at 17h19"],
                            ["The four towns on the new route are:", "at 12h20", "at 17h19", "at 8h02"])
    assert lead_in_list("The four towns on the new route are:", list(ITEMS), list(ITEMS))
    assert not lead_in_list("The four towns on the new route are:", ITEMS[:1], list(ITEMS))  # (one line: a subheading)


def test_a_bare_label_opens_no_list():
    assert opens_list("The four towns on the new route are:")
    assert not opens_list("Read more:")
    assert not opens_list("More:")
    assert not opens_list("The four towns on the new route")
