"""A live report's entries (issue #19): a clock time, then the entry's news, its paragraphs
under it. Printed between paragraphs, such an entry's headline has a related link's two-part
shape (`17.45 Uhr: Dock workers vote to accept ...`), but the page prints a clock time in
front of several of them: the entries are the report's text. A probe page of our own in
``tests/fixtures/pages``."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import clean

PAGE = (Path(__file__).parent / "fixtures" / "pages" / "live-report-stamped-entries.txt").read_text(encoding="utf-8")
ENTRIES = ("17.45 Uhr: Dock workers vote to accept the pay offer from the port authority",
           "14.10 Uhr: Port authority raises its offer to the striking crane drivers",
           "19.30 Uhr: Ferry company cancels the night sailings to the islands until Friday",
           "11.05 Uhr: Talks between the union and the port resume after a week of silence")
LINK = "Is the ferry era over? Inside the fight for Velmora's harbour"


def test_the_stamped_entries_of_a_live_report_stay_and_a_link_without_a_time_goes():
    """Each entry's headline opens on a clock time, and the page opens four lines so: they are
    the report's entries and stay (they went as two-part headlines between paragraphs, CS205);
    the two-part headline with no time before it, between the last paragraphs, still goes."""
    (art,) = clean(PAGE)
    for entry in ENTRIES:
        assert entry in art.paragraphs, entry
    assert LINK not in art.paragraphs
    assert any(r.code == "CS205" and r.text == LINK for r in art.removed)


def test_a_single_stamped_headline_between_paragraphs_still_goes():
    """A hard negative: with one line on the page that opens on a clock time, the time tells no
    report's entries, and that two-part headline between paragraphs goes as another story's link."""
    page = PAGE
    for entry in ENTRIES[1:]:
        page = page.replace(entry, entry.split(": ", 1)[1])
    (art,) = clean(page)
    assert ENTRIES[0] not in art.paragraphs
    assert any(r.code == "CS205" and r.text == ENTRIES[0] for r in art.removed)
