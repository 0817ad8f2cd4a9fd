"""Lines a template prints once per story that must not stay in the story's body (issue #18),
and the look-alikes that must: probe pages of our own in ``tests/fixtures/pages``."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import clean

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def test_the_short_sentence_on_the_side_of_each_credit_where_the_page_prints_captions_goes():
    """Each story prints a picture between its paragraphs: a one-sentence caption over a
    credit (`Marek Voss, the operator's director, in Calder Bay.` over `Foto: Jonah
    Reyes/Harbour Wire`). Every credit of the page has its short sentence over it and none
    under it: the sentences are the captions, whatever their words (a name and a comma, no
    picture cue), and go; the paragraphs around them stay."""
    arts = clean(_page("caption-on-one-side-of-each-credit.txt"))
    assert [a.title for a in arts] == ["Harbour board approves a second quay on the north side",
                                       "Night buses to run again on the coast road from December",
                                       "Ferry fares to rise by eight per cent in January"]
    body = "\n".join(a.body for a in arts)
    assert "Marek Voss, the operator's director" not in body and "Foto:" not in body
    assert "The bus station in Kell" not in body and "Ines Carter, at a press conference" not in body
    assert [len(a.paragraphs) for a in arts] == [4, 3, 3]


def test_a_short_paragraph_under_a_credit_stays_when_another_sits_over_it():
    """A hard negative: the same page with a story's one-line paragraph right under its
    credit. That credit has a short sentence on both sides and tells nothing, so the
    paragraph stays; the other credits still have their captions over them."""
    page = _page("caption-on-one-side-of-each-credit.txt").replace(
        "Foto: Hanna Voss/Harbour Wire\n\n", "Foto: Hanna Voss/Harbour Wire\n\nThe first bus leaves at eleven.\n\n")
    arts = clean(page)
    assert "The first bus leaves at eleven." in arts[1].paragraphs
    assert "Marek Voss, the operator's director" not in arts[2].body


def test_a_quote_over_a_credit_stays():
    """A hard negative: a quoted sentence over a credit is the story's, not a caption."""
    page = _page("caption-on-one-side-of-each-credit.txt").replace(
        "Marek Voss, the operator's director, in Calder Bay.", "\"We had no choice,\" Marek Voss said.")
    arts = clean(page)
    assert "\"We had no choice,\" Marek Voss said." in arts[2].paragraphs



def test_a_short_line_printed_under_each_storys_date_goes_whatever_its_words():
    """Each story prints the same short line under its byline and date (a share button in
    words no list holds: `Skicka vidare`), a story's paragraphs between two prints: the line
    is the template's, printed once per story in the same slot, and goes from every body."""
    arts = clean(_page("share-line-in-unknown-words-under-each-date.txt"))
    assert [a.byline for a in arts] == ["Ada Linford", "Tom Hale"]
    assert [a.published for a in arts] == ["2025-11-12", "2025-11-13"]
    assert all("Skicka vidare" not in a.body for a in arts)
    assert [len(a.paragraphs) for a in arts] == [3, 3]


def test_a_line_printed_once_under_a_date_stays():
    """A hard negative: printed under one story's date only, the same line is no habit of the
    page (it may be the story's first subheading or a one-line paragraph): it stays."""
    page = _page("share-line-in-unknown-words-under-each-date.txt").replace(
        "Publicerad 13 november 2025\n\nSkicka vidare\n\n", "Publicerad 13 november 2025\n\n")
    arts = clean(page)
    assert "Skicka vidare" in arts[0].paragraphs


def test_a_subheading_printed_in_each_story_over_its_text_stays_when_no_date_is_over_it():
    """A hard negative: the same short line inside each story, between paragraphs (not under
    the story's byline or date), is left to the rules of labels over paragraphs."""
    page = _page("share-line-in-unknown-words-under-each-date.txt").replace(
        "Skicka vidare\n\n", "").replace(
        "the board said in a statement after the vote.\n\n",
        "the board said in a statement after the vote.\n\nVad händer nu\n\n").replace(
        "between Velmora and Kell.\n\n", "between Velmora and Kell.\n\nVad händer nu\n\n")
    arts = clean(page)
    assert "Vad händer nu" in arts[0].paragraphs and "Vad händer nu" in arts[1].paragraphs


def _edges_page() -> str:
    return _page("last-subheadings-over-a-share-line-each-story-prints.txt")


def test_a_last_subheading_of_other_words_stays_over_a_share_line_each_story_prints():
    """CS507 (seg34): three stories, each closed by the same share line in words no list holds
    (`Pass it along`, printed under every story: template, whatever took it) and a separator.
    The first story's last line (`A quieter summer ahead`) repeats none of its paragraphs'
    words, but no other story prints a line there: it is the story's last subheading and stays;
    the share line stays out of every body."""
    arts = clean(_edges_page())
    assert [a.paragraphs[-1] for a in arts] == ["A quieter summer ahead",
                                                "Regular customers had left notes on the door asking the family "
                                                "to stay open while the holiday homes are full.",
                                                "What the regatta prize means for the boathouse"]
    assert not any("Pass it along" in a.body for a in arts)


def test_a_label_or_a_link_in_a_last_subheadings_place_still_goes():
    """Hard negatives: in the same place, a line of two words (`More here`, a label's length)
    or one with a sign standing apart at its end (`Quieter summer ahead →`, a link) stays out."""
    for line in ("More here", "Quieter summer ahead →"):
        arts = clean(_edges_page().replace("A quieter summer ahead", line))
        assert not any(line in a.paragraphs for a in arts), line


def test_unechoed_last_lines_under_two_stories_stay_and_on_a_page_of_two_still_go():
    """When a second story prints a line of other words in the same place, each printed once,
    both over the trailer each story prints (`Pass it along`), each is its story's own
    (seglast151: a template's line in that place is printed under each story, and such a line,
    `More From The Desk`, still goes: ``tests/test_last_lines_over_each_storys_trailer.py``).
    Hard negative: on a page of two headlines (perhaps one article cut in two) the lone line is
    left to the generic decisions."""
    page = _edges_page()
    two_lines = page.replace("while the holiday homes are full.\n",
                             "while the holiday homes are full.\nA new oven for the winter\n")
    arts = clean(two_lines)
    assert [a.paragraphs[-1] for a in arts][:2] == ["A quieter summer ahead", "A new oven for the winter"]
    two_stories = page[:page.index("Bakery on the square")] + page[page.index("Rowing club wins"):]
    arts = clean(two_stories)
    assert len(arts) == 2 and "A quieter summer ahead" not in arts[0].paragraphs


BOXED = "story-text-under-a-box-of-links.txt"
RESUMED = "The board will meet again in May, when the ferry is due to sail its second set of trials off the north pier."


def test_a_statement_under_a_box_of_links_in_a_dated_story_stays_with_its_story():
    """Two dated stories, each with its byline; a box of links under a label no rule knows
    (`Gerelateerde artikelen` and two headlines) is dropped into the first story's text, and its
    last paragraph stands under the box, over the comment count. The generic decisions end the
    story at the box; the statement of prose under it, reached from the story's kept text over
    only the box's dropped lines, is the story's and comes back (CS513); the box's headlines go."""
    arts = clean(_page(BOXED))
    assert [a.title for a in arts] == ["Harbour board delays the spring timetable by a month",
                                       "Night buses return to the valley line from April"]
    assert RESUMED in arts[0].paragraphs
    assert all("Rowing Club Opens" not in a.body and "Gerelateerde" not in a.body for a in arts)


def test_a_question_or_a_title_under_the_box_stays_dropped():
    """Hard negatives: the same line as a question, or as a line in Title Case with a full stop,
    reads as another story's headline, not the story's prose, and stays out."""
    question = "Will the board meet again in May, when the ferry is due to sail its second set of trials off the pier?"
    titled = "The Board Will Meet Again In May When The Ferry Is Due To Sail Its Second Set Of Trials."
    for line in (question, titled):
        arts = clean(_page(BOXED).replace(RESUMED, line))
        assert all(line not in a.body for a in arts)


def test_a_single_story_or_text_past_the_comment_count_is_left_to_the_generic_decisions():
    """Hard negatives: on a page of one story (a single article's prose outside its run is as
    often a comment, a teaser or a note), and under the comment count that closes a story (what
    stands past it is the comments'), the statement stays dropped."""
    page = _page(BOXED)
    single = page[:page.index("---")]
    assert all(RESUMED not in a.body for a in clean(single))
    past = page.replace("112 reacties\n\n---", "112 reacties\n\n" + RESUMED.replace("The board", "Our board") + "\n\n---")
    past = past.replace(RESUMED + "\n\n112 reacties", "112 reacties")
    assert all("Our board will meet" not in a.body for a in clean(past))


LISTED = "last-subheading-over-a-related-label.txt"
LAST_SUB = "What the quay means for the fleet"


def test_a_last_subheading_right_over_a_story_list_label_stays_with_its_story():
    """CS205 (seg56): a page of two stories; the second ends on its last subheading (the text
    under it cut), past a video teaser, right over the label of a list of other stories (`Most
    read`). The list's headlines come under its label, none over it: the line is the story's."""
    arts = clean(_page(LISTED))
    assert [len(a.paragraphs) for a in arts] == [3, 4]
    assert arts[1].paragraphs[-1] == LAST_SUB
    assert not any("Rowing club" in a.body or "Most read" in a.body or "Lighthouse" in a.body for a in arts)


def test_a_headline_under_a_related_label_or_a_long_headline_over_the_list_still_goes():
    """Hard negatives: the same line under a related-story label (`More on this story`, its
    headline), and a headline longer than a subheading in its place, stay out of the story."""
    page = _page(LISTED)
    under = page.replace("Video\n\nLighthouse keepers mark a century on the point\n\n03:12\n\n", "More on this story\n")
    assert "More on this story\nWhat the quay" in under
    long_line = page.replace(LAST_SUB, "Rowing club wins the lake regatta for the third time in a row at last")
    for variant, line in ((under, LAST_SUB), (long_line, "Rowing club wins the lake regatta")):
        arts = clean(variant)
        assert len(arts) == 2 and not any(line in a.body for a in arts), line


SHORT = "short-statement-under-a-box-of-links.txt"
SHORT_LINES = ("Here's how we'd rank them from the oldest to the newest.", "The valley is a land of bridges.")


def test_a_short_statement_under_a_box_of_links_stays_with_its_story():
    """Three dated stories in one template (a share bar under each); a box of links (`Lees ook:`
    and a headline) is dropped into the third story's text, and its last two sentences, five and
    ten words, stand under the box, over the share bar. The generic decisions end the story at the
    box; a short statement (SHORT_PROSE_WORDS to PROSE_WORDS words, a full stop, running case,
    printed once) reached from the story's kept text over only the box's dropped lines is the
    story's and comes back (CS513, seglost139); the box's headline, the share bar and the list of
    most-read headlines under the story go."""
    arts = clean(_page(SHORT))
    assert [len(a.paragraphs) for a in arts] == [4, 3, 4]
    assert arts[2].paragraphs[-2:] == SHORT_LINES
    body = "\n".join(a.body for a in arts)
    assert "Night buses return" not in body and "Delen" not in body and "Library reopens" not in body


def test_a_question_a_label_or_a_line_printed_twice_under_the_box_stays_dropped():
    """Hard negatives: the same place holding a question (a headline's end as often), a line of
    three words (a label, a prompt), a line in Title Case, or a sentence the page prints twice
    (under two stories: the template's), stays out of the third story."""
    page = _page(SHORT)
    variants = {
        "Which bridge is the oldest in the valley?": page.replace(SHORT_LINES[1], "Which bridge is the oldest in the valley?"),
        "Read it here.": page.replace(SHORT_LINES[1], "Read it here."),
        "The Valley Is A Land Of Bridges.": page.replace(SHORT_LINES[1], "The Valley Is A Land Of Bridges."),
    }
    for line, variant in variants.items():
        arts = clean(variant)
        assert len(arts) == 3 and all(line not in a.paragraphs for a in arts), line
    twice = page.replace("Delen\n\nFacebook\n\nX\n\nLees meer\n\nYour old",
                         SHORT_LINES[1] + "\n\nDelen\n\nFacebook\n\nX\n\nLees meer\n\nYour old")
    assert twice.count(SHORT_LINES[1]) == 2
    arts = clean(twice)  # (the copy right under the first story's paragraphs is the generic decisions')
    assert len(arts) == 3 and SHORT_LINES[1] not in arts[2].paragraphs and SHORT_LINES[0] in arts[2].paragraphs
    single = page[page.index("Every bridge the valley"):]  # (one story: its edges are the generic decisions')
    assert all(line not in a.paragraphs for a in clean(single) for line in SHORT_LINES)


LEAD_IN = "The three oldest bridges still standing are:"
ITEMS = ("Mill Bridge, over the Kell, 1948", "Stone Bridge, over the Arn, 1951", "Rail Bridge, over the Kell, 1953")


def _listed(items: tuple[str, ...]) -> str:
    return _page(SHORT).replace("\n\n".join(SHORT_LINES) + "\n", "\n\n".join((LEAD_IN, *items)) + "\n")


def test_the_items_of_a_list_its_kept_lead_in_opens_stay_with_the_story():
    """The third story's text ends, under the box of links, on a lead-in ending with a colon and
    the list it opens: three short rows of one shape (each holds a comma). The generic decisions
    keep the lead-in and drop the rows with the share bar under them; the rows of one shape right
    under a kept lead-in are its list's items and come back (CS513, seglost139)."""
    arts = clean(_listed(ITEMS))
    assert [len(a.paragraphs) for a in arts] == [4, 3, 6]
    assert arts[2].paragraphs[-4:] == (LEAD_IN, *ITEMS)
    assert all("Delen" not in a.body and "Library reopens" not in a.body for a in arts)


def test_lines_of_other_shapes_or_a_lone_line_under_a_lead_in_stay_dropped():
    """Hard negatives: under the same lead-in, headlines of different shapes (no comma, each
    opening with its own word: a box of other stories), or a single row, stay out of the story."""
    heads = ("Night buses return to the valley line", "Library reopens after a winter of repairs")
    for items in (heads, ITEMS[:1]):
        arts = clean(_listed(items))
        assert len(arts) == 3 and all(i not in a.paragraphs for a in arts for i in items), items
