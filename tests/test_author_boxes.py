"""Author boxes and bios under a blog post (issue #19, textp31): `CS430` takes a label over a
bio that opens on the byline's whole name, whatever the label says and whether or not the
headline rule read it as a new story's title. Pages in our own words."""

from __future__ import annotations

from cleanscrape import check, clean
from cleanscrape.api import read_page

POST = ("Allotment Notes\n"
        "Beans against the canal wall\n"
        "Posted on May 2, 2012 by Tomas\n"
        "The runner beans went in on the first warm Sunday of the month, against the old brick wall "
        "that keeps the wind off the plot and holds the heat of the afternoon.\n"
        "By the end of the second week the first shoots had climbed a hand's width up the canes, "
        "and the slugs had found only two of them, which I count as a victory.\n"
        "Next year I will sow a second row a fortnight later, so the picking lasts into September "
        "instead of stopping all at once.\n")
BIO = "Tomas grows vegetables on an allotment by the canal and writes about them twice a week."


def _codes(page: str) -> dict[str, str]:
    blocks = read_page(page, format="text").blocks
    return {blocks[f.block].text: f.code for f in check(page, format="text")}


def test_a_label_over_a_bio_opening_on_the_bylines_name_is_an_author_box():
    """`The writer` (no box word in it) over a bio opening on `Tomas`: both go, the post is the
    only record and keeps its last paragraph."""
    arts = clean(POST + "The writer\n" + BIO + "\n")
    assert len(arts) == 1
    assert arts[0].byline == "Tomas"
    assert arts[0].paragraphs[-1].startswith("Next year I will sow")
    codes = _codes(POST + "The writer\n" + BIO + "\n")
    assert codes["The writer"] == "CS430" and codes[BIO] == "CS430"


def test_a_label_read_as_a_title_over_the_bio_makes_no_record():
    """Under a list of other posts the label is read as a headline: the box still goes, and no
    record is made of it."""
    page = (POST + "More from the plot\nThe shed roof, mended at last\n"
            "Three sheets of felt and a Saturday morning were all it took to stop the drip over the "
            "seed trays.\nContinue reading →\nAbout this blog\n" + BIO + "\n")
    arts = clean(page)
    assert BIO not in "\n".join(p for a in arts for p in a.paragraphs)
    assert "About this blog" not in [a.title for a in arts]
    assert _codes(page)[BIO] == "CS430"


def test_the_story_going_on_after_the_name_keeps_it():
    """Hard negative: a subheading over a paragraph that opens on the author's name, with more
    of the story under it, is the story's."""
    para = "Tomas planted the second row on the last Sunday of May, in the rain."
    page = (POST + "A second row\n" + para + "\n"
            "It came up in nine days, faster than the first, and the slugs left it alone entirely "
            "for reasons nobody on the allotments could explain.\n")
    assert _codes(page).get(para) is None
    assert para in "\n".join(p for a in clean(page) for p in a.paragraphs)


def test_a_paragraph_in_the_first_person_or_on_another_name_is_no_bio():
    """Hard negatives: the post's last paragraph opening on the author's name but speaking as
    `I`; a paragraph opening on someone else's name."""
    own = "Tomas and I will be at the seed swap on Saturday, so come and say hello to us."
    other = "Marguerite grows the best leeks on the site and has promised to show me how."
    for line in (own, other):
        assert _codes(POST + "A note\n" + line + "\n").get(line) is None


def test_a_press_release_note_on_the_company_its_text_names_stays():
    """Hard negative: under a release by `Ostwind GmbH` that names the company in its text, the
    `About Ostwind` note on it is the release's own."""
    note = "Ostwind GmbH builds small wind turbines for farms and has sixty staff in Kempten."
    page = ("Ostwind opens a second workshop in Kempten\nNews provided by\nOstwind GmbH\n"
            "Nov 18, 2025, 08:00 ET\n"
            "KEMPTEN, Germany, Nov. 18, 2025 -- Ostwind GmbH, a maker of small wind turbines, has opened "
            "a second workshop in Kempten, doubling the number of turbines it can build in a year.\n"
            "The company plans to hire twenty more fitters over the winter, its managing director said.\n"
            "About Ostwind\n" + note + "\n")
    assert _codes(page).get(note) is None
