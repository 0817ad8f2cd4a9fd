"""(lost62, issue #18: no story's text lost) The lines between a story's last paragraph and the
link that continues it (`Continue reading →`, a bare `Read more`) are the story's own: an
excerpt's last subheading, its last short line. CS205 no longer takes them for another story's
headline; a two-part or kicker headline there, a run of three lines or more, a line under a video
teaser or another story's byline, and a headline under a `Read more:` label still go. Pages of
our own in ``tests/fixtures/pages``."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import clean

PAGES = Path(__file__).parent / "fixtures" / "pages"
BLOG = "blog-index-last-lines-over-continue-reading.txt"
FEED = "feed-related-headline-over-continue-reading.txt"


def _page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def _records(page: str) -> dict[str, tuple[list[str], set[str]]]:
    """Each record's title: its body's paragraphs and its removed lines with CS205."""
    return {a.title or "": (a.body.split("\n\n"), {r.text for r in a.removed if r.code == "CS205"})
            for a in clean(page, format="text")}


def test_a_posts_last_subheading_over_its_continue_reading_link_stays_in_its_body():
    """A blog index of two posts, each cut after a short line under its paragraphs (`What the
    traders say`, `Tickets and opening times`), a `Continue reading →` link under it, then the
    sign-off and labels: the short line is the post's, not another post's headline."""
    got = _records(_page(BLOG))
    body, dropped = got["New ferry timetable starts next month"]
    assert body[-1] == "What the traders say" and "What the traders say" not in dropped
    body, dropped = got["Lighthouse museum reopens after repairs"]
    assert body[-1] == "Tickets and opening times" and "Tickets and opening times" not in dropped


def test_a_run_of_three_headlines_over_the_link_still_goes():
    """A hard negative: three headline-like lines over the link are a list of links, not a
    post's closing lines: they go, as before."""
    page = _page(BLOG).replace("Tickets and opening times\n", "Tickets and opening times\n"
                               "Harbour wall repairs delayed again\nCouncil names new harbour master\n")
    body, dropped = _records(page)["Lighthouse museum reopens after repairs"]
    assert dropped == {"Tickets and opening times", "Harbour wall repairs delayed again", "Council names new harbour master"}
    assert body[-1].startswith("Volunteers guided")


def test_a_kicker_headline_or_a_clips_headline_over_continue_reading_still_goes():
    """Hard negatives, a feed that prints a related headline over each story's `Continue
    Reading`: a kicker before a colon (`Lindau winter market: what to expect this year`) and a
    line under a `WATCH:` teaser are other stories' links, and stay out of the body."""
    got = _records(_page(FEED))
    body, dropped = got["Market Street to close to cars on weekends"]
    assert body[-1] == "The council will review the trial after six months."
    assert dropped == {"Lindau winter market: what to expect this year"}
    body, _ = got["Rail strike called off after late offer"]
    assert body[-1].startswith("Members will vote")


def test_a_headline_under_a_read_more_label_with_a_colon_still_goes():
    """A hard negative: `Read more:` with a colon labels the line under it, so the headline
    after it is another story's link, as before."""
    page = ("Lighthouse museum reopens after repairs\nBy Ada Linford\n"
            "The lighthouse museum on the north pier reopened on Saturday after two years of repairs to its roof and stairs.\n"
            "Volunteers guided the first visitors up the tower, where the old lamp has been cleaned and put back on show.\n"
            "Read more:\nFerry operator cuts winter crossings by half\nShare\n")
    body, dropped = _records(page)["Lighthouse museum reopens after repairs"]
    assert dropped == {"Ferry operator cuts winter crossings by half"}
    assert body[-1].startswith("Volunteers guided")
