"""No story's text lost on a page of several stories (issue #18, safe degradation): a story's
own prose is judged against its own story, not against the page's heaviest one, and a story
under the header the page prints over each story keeps its whole run. Pages of our own in
``tests/fixtures/pages``."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import clean
from cleanscrape.api import read_page
from cleanscrape.rules import model
from model_helpers import labelled_before_the_model

PAGES = Path(__file__).parent / "fixtures" / "pages"
CLIPS = "stories-with-a-clip-between-their-paragraphs.txt"
FACT_CHECK = "fact-check-under-the-header-each-story-prints.txt"


def _page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def _doubted(page: str, *starts: str) -> tuple[list[int], list[int]]:
    """What the block model's run step (``_removable``) takes out of ``page`` when it doubts
    the blocks that open with ``starts``, and those blocks."""
    ctx = labelled_before_the_model(read_page(page, format="text"))
    low = {i: 0.5 for i, t in enumerate(ctx.texts) if t.startswith(starts)}
    assert len(low) == len(starts)
    return model._removable(ctx, low, set(), model._page(ctx).stop), sorted(low)


def test_a_storys_opening_between_its_headline_and_its_kept_text_stays_when_the_model_doubts_it():
    """Three stories, each under its headline, a section, an age and a share bar, a clip's
    title and length between its paragraphs. The model doubts the second story's two opening
    paragraphs: no kept line stands right over them (its header) and a clip stands under them,
    so on their own they read as a run outside the text. Under the story's own headline, with
    the story's kept paragraphs under the clip, they are its prose, and stay."""
    removed, low = _doubted(_page(CLIPS), "The late buses are back.", "From the first weekend")
    assert removed == []


def test_a_storys_whole_text_stays_when_the_model_doubts_every_paragraph():
    """The same page, the model doubting all four of the second story's paragraphs: nothing
    of that story would stay, and its text is prose under its own headline up to the next
    headline, so it stays whole (when unsure, keep; the story still gets its record)."""
    removed, low = _doubted(_page(CLIPS), "The late buses are back.", "From the first weekend",
                            "The service had been cut", "Riders will pay")
    assert removed == []


def test_a_doubted_run_on_a_page_of_one_story_goes_as_before():
    """A hard negative: the first story alone (the page cut under it, the story list kept):
    a page of one headline with text is no page of several stories, so a doubted run under its
    headline is judged as it always was."""
    page = _page(CLIPS)
    one = page[:page.index("Next story")] + page[page.index("Most read"):]
    removed, low = _doubted(one, "The harbour board voted", "Work is due to start")
    assert removed == low


def test_a_doubted_run_of_headlines_inside_a_story_goes_as_before():
    """A hard negative: two headline-shaped lines (no sentence's end) between a story's
    paragraphs, doubted by the model: not prose, so no story keeps them."""
    page = _page(CLIPS).replace(
        "Video\n\nStorm closes", "Depot hires twelve new drivers for the winter\n\n"
        "Coast road timetable changes from Monday\n\nVideo\n\nStorm closes")
    removed, low = _doubted(page, "Depot hires twelve", "Coast road timetable")
    assert removed == low


def test_the_clip_page_keeps_every_storys_paragraphs():
    arts = clean(_page(CLIPS), format="text")
    assert [a.title for a in arts] == ["Harbour board approves a second quay on the north side",
                                       "Night buses return to the coast road from December",
                                       "Ferry fares to rise by eight per cent in January"]
    assert [len(a.paragraphs) for a in arts] == [3, 4, 3]
    assert all("Storm closes" not in a.body and "01:45" not in a.body for a in arts)


def test_a_fact_check_under_the_header_each_story_prints_keeps_its_whole_run():
    """CS506's signature path: three stories each under a byline and a date (the header the
    page prints over each story); the third, a fact check, prints `Claim`, a sentence,
    `Rating`, `False` and a sentence, every line of which content scoring dropped (short lines,
    a light story). Under the header the other stories print over their kept text, the whole
    run is the story's and comes back, labels and all; without CS506 the story has no record."""
    arts = clean(_page(FACT_CHECK), format="text")
    assert arts[-1].title == "Will the old lighthouse close next year?"
    assert arts[-1].paragraphs == ("Claim", "The old lighthouse will shut for all of next year.", "Rating",
                                   "False", "The council says the lighthouse stays open.")
    without = clean(_page(FACT_CHECK), format="text", ignore="CS506")
    assert all("Claim" not in a.paragraphs for a in without)


def test_a_run_of_labels_with_no_sentence_under_the_repeated_header_stays_dropped():
    """A hard negative: the same header over `Claim`, `Rating`, `False`, `Sources` and no
    sentence: a box's labels, not a story's text, so nothing comes back."""
    page = _page(FACT_CHECK).replace(
        "Claim\n\nThe old lighthouse will shut for all of next year.\n\nRating\n\nFalse\n\n"
        "The council says the lighthouse stays open.\n\n", "Claim\n\nRating\n\nFalse\n\nSources\n\n")
    arts = clean(page, format="text")
    body = "\n".join(a.body for a in arts)
    assert "Claim" not in body and "Rating" not in body and "Sources" not in body


STAMPED = "live-updates-each-under-its-time-in-a-local-clock.txt"


def test_a_story_under_the_time_the_page_prints_over_each_headline_keeps_its_sentences():
    """Four live updates, each under its time in a local clock (`kl. 9.12`, which no date rule
    reads as a time) and its headline. Two updates hold two short sentences each, which content
    scoring drops: their headlines are found, but with no byline or date under them they were
    no story's and the two stories got no record. The time over every headline, its numbers
    changing, is the page's per-story stamp: a story's own header, so its sentences come back."""
    arts = clean(_page(STAMPED), format="text")
    assert [a.title for a in arts] == ["Färjan till Norrö ställs in under helgen",
                                       "Skolan i Bäckby stängd efter vattenläcka",
                                       "Ny cykelbana mellan torget och stationen",
                                       "Biblioteket får längre öppettider"]
    assert [len(a.paragraphs) for a in arts] == [2, 2, 2, 2]
    assert all("kl. " not in a.body for a in arts)


def test_the_same_line_over_every_headline_is_no_storys_stamp():
    """A hard negative: the same page with one time, the same, over every headline (a label
    of the template, not each story's own stamp): the two short updates stay out as before."""
    page = _page(STAMPED)
    for stamp in ("kl. 9.38", "kl. 9.12", "kl. 8.47", "kl. 8.05"):
        page = page.replace(stamp, "kl. 9.00")
    assert [len(a.paragraphs) for a in clean(page, format="text")] == [2, 2]


def test_one_sentence_under_a_stamped_headline_stays_out():
    """A hard negative: the two short updates with one sentence each, a story card's teaser
    under its time and headline: the stamp alone brings back no single line."""
    page = _page(STAMPED).replace("\n\nKommunen lovar besked om måndagen i morgon.", "").replace(
        "\n\nDen blir klar till sommaren, enligt kommunen.", "")
    assert [len(a.paragraphs) for a in clean(page, format="text")] == [2, 2]


SUBHEADING = "story-text-resuming-under-a-subheading-past-a-related-box.txt"
BOXES = "stories-with-related-boxes-and-no-byline-in-their-header.txt"


def test_a_storys_text_resuming_past_a_related_box_keeps_its_subheading_and_paragraphs():
    """(seg53) Two stories, each with a `Related Articles` box of two headlines between its
    paragraphs; under the second story's box its text goes on with a short subheading between
    its paragraphs. The subheading stands between two paragraphs of the story: the text goes
    on, and every paragraph under the box, the subheading with them, is the story's."""
    arts = clean(_page(SUBHEADING), format="text")
    assert [len(a.paragraphs) for a in arts] == [6, 7]
    assert "Plans for next year" in arts[1].paragraphs
    assert arts[1].paragraphs[-1].startswith("They say the second kitchen")
    assert all("Lifeboat crew" not in a.body and "Farmers market" not in a.body for a in arts)


def test_a_story_list_of_headlines_and_teasers_is_no_subheading():
    """A hard negative: a short line is a subheading only with a paragraph right above it and
    right below it, and the paragraphs in a row start again under it: a list's first headline
    (no paragraph above) or a list of headlines each over one teaser is no story's text."""
    from cleanscrape.rules.content import GOOD, SHORT, _story_goes_on, _subheading, _text_resumes

    story = [GOOD, None, SHORT, None, GOOD, GOOD]
    assert _subheading(story, 2, 0, len(story))
    assert _text_resumes(story, frozenset(), (), -1, 0, len(story))
    assert _story_goes_on(story, frozenset(), (), -1, 0, len(story))
    cards = [SHORT, GOOD, SHORT, GOOD]
    assert not _subheading(cards, 0, 0, len(cards))
    assert not _text_resumes(cards, frozenset(), (), -1, 0, len(cards))
    assert not _story_goes_on(cards, frozenset(), (), -1, 0, len(cards))
    teasers = [GOOD, SHORT, GOOD, SHORT, GOOD]
    assert not _text_resumes(teasers, frozenset(), (), -1, 0, len(teasers))
    assert not _subheading([GOOD, SHORT, SHORT, GOOD], 1, 0, 4)


def test_a_story_with_related_boxes_and_no_byline_keeps_its_text_past_them():
    """(seg53) Two stories whose header prints a reading time but no byline or date, each with
    `À lire aussi :` boxes (a label, one headline) between its paragraphs, the text the content
    score dropped under them: the story's text goes on past a box when a sentence follows it,
    so the first story keeps its last paragraph and the second its own record; the boxes'
    headlines stay out."""
    arts = clean(_page(BOXES), format="text")
    assert [a.title for a in arts] == ["Färjebolaget varnar för vinterns neddragningar – ”allvarligt”",
                                       "Bageriet öppnar sin tionde butik"]
    assert arts[0].paragraphs[4].startswith("Minst fyra turer")
    assert arts[1].paragraphs[0].startswith("Bagerikedjan")
    assert all(h not in a.body for a in arts for h in ("Lifeboat crew", "School meals", "Farmers market"))


def test_a_related_box_at_a_storys_end_still_ends_it():
    """A hard negative: the same page with a box (a label, one headline) right over each
    story's byline: no sentence follows the box, so the story ends at it, and the headline
    stays out of the text."""
    page = _page(BOXES).replace("Écrit par Tom Ashworth",
                                "À lire aussi :\n\n\nCoast road to close for a week in March\n\n\nÉcrit par Tom Ashworth")
    arts = clean(page, format="text")
    assert all("Coast road to close" not in a.body for a in arts)


STANDFIRST = "stories-with-their-standfirst-printed-again-as-text.txt"


def test_a_story_whose_standfirst_is_printed_again_as_its_text_keeps_it():
    """Three stories, each under its headline, a standfirst, a byline and a date, the standfirst
    printed again as the story's first paragraph. The second story's text is that one sentence:
    `CS415` takes its copy under the header, and content scoring dropped the standfirst (one
    short line between two headlines), so the story had no record. Its one sentence printed
    twice under its own header is the story's standfirst and text, not a card's teaser: it
    comes back (CS506), and the story has its record."""
    arts = clean(_page(STANDFIRST), format="text")
    assert [a.title for a in arts] == ["Harbour board approves a second quay on the north side",
                                       "Council keeps the winter ferry timetable for another year",
                                       "Night buses return to the coast road from December"]
    assert arts[1].paragraphs == ("Island ferry keeps its winter timetable until spring, councillors agreed.",)
    assert [len(a.paragraphs) for a in arts] == [3, 1, 3]
    without = clean(_page(STANDFIRST), format="text", ignore="CS506")
    assert len(without) == 2


def test_a_line_printed_twice_under_a_headline_with_no_header_of_its_own_stays_out():
    """A hard negative: the same page with the second story's byline and date taken out: a
    sentence printed twice under a headline with no byline or date of its own (nor the header
    the other stories print) is no story's text, as before."""
    page = _page(STANDFIRST).replace("By Jonas Perrin\n13 March 2025, 17:40\n", "")
    arts = clean(page, format="text")
    assert [len(a.paragraphs) for a in arts] == [3, 3]
    assert all("Island ferry" not in a.body for a in arts)
