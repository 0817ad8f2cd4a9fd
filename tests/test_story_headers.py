"""Story headers the segmenter misread (issue #18, head24): a story's age alone under its
byline, ... Each class has a fixture page of ours (tests/fixtures/pages) and a hard negative."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape import clean

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _page(name: str) -> list:
    return clean((PAGES / name).read_text(encoding="utf-8"))


def test_a_storys_age_under_its_byline_is_its_date():
    """`• 7 hours ago` under a name and a job title: the story's date as a story list prints
    it (`Up next` over each story), so the name over it is the byline and the age goes."""
    arts = _page("stories-under-up-next-with-their-age-under-the-byline.txt")
    assert [a.title for a in arts] == ["Harbour board delays the spring timetable by a month",
                                       "Quay cranes back in service after the winter storms",
                                       "Rowing club opens its boathouse to schools"]
    assert [a.byline for a in arts] == ["Ines Podmore", "Ada Linford", "Tomas Brenner"]
    assert [len(a.paragraphs) for a in arts] == [3, 3, 2]
    assert not any("hours ago" in a.body for a in arts)
    assert all(a.published is None for a in arts)  # an age says no day


def test_an_age_with_no_bullet_in_another_language_heads_the_next_story():
    """`vor 7 Stunden` under the second story's name and job: that header starts a record."""
    arts = _page("stories-under-their-age-in-german.txt")
    assert [a.title for a in arts] == ["Hafenamt verschiebt den Sommerfahrplan um einen Monat",
                                       "Die Kräne am Kai sind nach den Winterstürmen wieder in Betrieb"]
    assert [a.byline for a in arts] == ["Ines Podmore", "Ada Linford"]
    assert [len(a.paragraphs) for a in arts] == [2, 2]


def test_an_age_in_a_sentence_stays_prose():
    """Hard negative: `7 hours ago` inside a story's sentences is its text, not a date line."""
    arts = _page("article-that-says-hours-ago-in-its-prose.txt")
    assert len(arts) == 1
    assert arts[0].paragraphs[1].startswith("7 hours ago, nobody on the quay")
    assert len(arts[0].paragraphs) == 4


def test_a_title_case_headline_that_opens_on_a_byline_word_is_no_byline():
    """`Von Lindau Bis Bregenz: Im Takt Der Fähren` opens on `Von` (a German byline word), but
    what follows has a colon and function words no name holds (`Im`, `Bis`): a headline. The
    kicker ending in a colon over each headline (`Exklusiv:`, `Analyse:`, `速報:`) is the
    story's section, and the headline printed again under each story goes."""
    arts = _page("stories-with-a-kicker-and-their-headline-again-as-a-link.txt")
    assert [a.title for a in arts] == ["Von Lindau Bis Bregenz: Im Takt Der Fähren",
                                       "Warum Der Hafen Neue Kräne Braucht",
                                       "Ruderclub Öffnet Sein Bootshaus Für Die Schulen"]
    assert [a.section for a in arts] == ["Exklusiv", "Analyse", "速報"]
    assert all(a.byline is None for a in arts)  # (each byline shares the date's line: the date fills `published`)
    assert [a.published for a in arts] == ["2026-03-17T07:57", "2026-03-16T18:20", "2026-03-15T09:05"]
    bodies = "\n".join(a.body for a in arts)
    for gone in ("Exklusiv:", "Analyse:", "速報:", "»", "→"):
        assert gone not in bodies, gone


def test_a_headline_printed_again_as_a_link_under_its_story_starts_no_record():
    """`» Headline` or `Headline →` over the separator after each story, in the slot the
    page's repetition gives a headline: the nearest headline's words again, so its copy,
    not a story (the kicker under it no story's text either)."""
    arts = _page("stories-with-their-headline-again-as-a-link-over-the-separator.txt")
    assert [a.title for a in arts] == ["Fähren Fahren Wieder Im Stundentakt Nach Bregenz",
                                       "Warum Der Hafen Neue Kräne Braucht",
                                       "Ruderclub Öffnet Sein Bootshaus Für Die Schulen"]
    assert [len(a.paragraphs) for a in arts] == [3, 3, 3]


def test_a_headline_that_opens_on_by_in_a_sentence_stays_the_title():
    """Hard negatives: `By 2030, half of the town's buses ...` is the headline, and the byline
    under it, two names joined by `and`, is still the byline."""
    arts = _page("headline-that-opens-on-by-in-a-sentence.txt")
    assert len(arts) == 1
    assert arts[0].title == "By 2030, half of the town's buses will run on batteries"
    assert arts[0].byline == "Ines Podmore and Omar Pike"
    assert len(arts[0].paragraphs) == 3


def test_a_label_ending_in_a_colon_inside_an_article_stays():
    """Hard negative: `Update:` between two paragraphs stands over no headline: body text."""
    arts = _page("article-with-a-label-ending-in-a-colon-between-paragraphs.txt")
    assert len(arts) == 1
    assert "Update:" in arts[0].paragraphs
    assert arts[0].section is None


def test_byline_fields_refuse_a_headline_after_the_byline_word():
    from cleanscrape.rules.headings import byline_fields

    for headline in ("Von München Bis Aachen: Im Netz Der China-Agenten", "By The Sea Of Galilee, A Fisherman Returns"):
        assert byline_fields(headline) == (), headline
    for line, name in (("Von Lena Hartmann", "Lena Hartmann"), ("Por Juan de la Cruz", "Juan de la Cruz"),
                       ("By Jane Roe and Omar Pike", "Jane Roe and Omar Pike"), ("By The Associated Press", "The Associated Press"),
                       ("Par Claire Dubois et Jean Le Gall", "Claire Dubois et Jean Le Gall")):
        assert byline_fields(line)[0] == ("byline", name), line


def test_a_datelined_deck_printed_again_under_the_byline_leaves_the_title_to_the_headline():
    """A deck led by a wire dateline (`CALDER (Europa Press) — ...`, no full stop) printed over
    the byline and date and again under them reads as a headline printed twice; the
    headline-shaped line right over it is the headline, the deck stays once, as the story's
    first line, and its copy under the header goes."""
    arts = _page("stories-with-a-datelined-deck-printed-again-under-the-byline.txt")
    assert [a.title for a in arts] == ["El Puerto De Calder Recupera Dos Grúas Tras Los Temporales Del Invierno",
                                       "El Club De Remo Abre Su Embarcadero a Los Colegios De La Ciudad",
                                       "La Biblioteca Municipal Reabre Tras Un Año De Obras En El Edificio"]
    assert [a.byline for a in arts] == ["Rodrigo Cuadrado", "Mateo Olmedilla", "Ana Trasierra"]
    assert [len(a.paragraphs) for a in arts] == [3, 3, 3]
    assert arts[0].paragraphs[0].startswith("CALDER (Europa Press) — Dos de las tres grúas")


def test_a_briefs_age_under_its_last_sentence_is_its_date():
    """`• 2 hours ago` (`vor 2 Stunden`) under each brief's text, a paragraph of two sentences:
    the brief's date, which ends it; the next headline starts the next record. (Under a front
    card's teaser of one short sentence the age stays for `CS503`, which judges the cards whole:
    its rule fixture.)"""
    for name, first, ages in (("briefs-each-with-its-age-under-its-last-sentence.txt",
                               "Council agrees budget for new swimming pool", "hours ago"),
                              ("briefs-each-with-its-age-under-its-last-sentence-in-german.txt",
                               "Gemeinderat beschließt Geld für ein neues Hallenbad", "Stunden")):
        arts = _page(name)
        assert len(arts) == 3
        assert arts[1].title == first
        assert [len(a.paragraphs) for a in arts] == [1, 1, 1]
        assert not any(ages in a.body for a in arts)
        assert all(a.published is None for a in arts)  # an age says no day


def test_a_front_of_cut_teasers_each_over_its_age_gives_no_record():
    """Hard negative: a front's cards, each teaser cut short (`…`) or one short sentence over
    its age: the page holds no story and gives no record."""
    assert _page("front-of-cut-teasers-each-over-its-age.txt") == []


def test_a_networks_name_over_each_headline_is_the_storys_section():
    """(netkick25) A network's or paper's name alone over each story's headline, a date under
    it, the same name or another on each story: the story's section, and the line under it the
    headline, even a short title-case one (`Quiet Winter Tides`, no author's name)."""
    arts = _page("stories-under-a-networks-name-over-each-headline.txt")
    assert [a.title for a in arts] == ["Ferry crossings resume after the storm damage is repaired",
                                       "Quiet Winter Tides",
                                       "Rowing club opens its boathouse to the town's schools"]
    assert [a.section for a in arts] == ["Harbour Evening News", "Coastline Radio", "Valley Morning Post"]
    assert [a.byline for a in arts] == [None, None, None]
    assert [len(a.paragraphs) for a in arts] == [3, 2, 2]
    assert not any("Radio" in a.body or "Post" in a.body for a in arts)


def test_an_authors_name_alone_over_the_prose_stays_the_byline():
    """Hard negative: a person's name alone between the date and the prose is the byline."""
    arts = _page("article-under-its-authors-name-alone.txt")
    assert len(arts) == 1
    assert arts[0].byline == "Ines Podmore"
    assert arts[0].section is None
    assert len(arts[0].paragraphs) == 3


def test_a_name_under_each_headline_over_a_job_and_date_stays_the_byline():
    """Hard negative: a name under each story's headline, over its job title and date, is the
    story's byline, not a network's name over a headline (the job line is no headline)."""
    arts = _page("stories-each-under-its-authors-name-under-the-headline.txt")
    assert [a.byline for a in arts] == ["Ines Podmore", "Ada Linford"]
    assert [a.section for a in arts] == [None, None]
    assert [a.title for a in arts] == ["Ferry crossings resume after the storm damage is repaired",
                                       "Rowing club opens its boathouse to the town's schools"]


def test_a_reading_time_between_each_storys_deck_and_byline_keeps_the_header_whole():
    """Each story prints its headline, a one-sentence deck, then `Reading time: 3 min` and its
    byline (`Name, job`): the deck, the reading time and the byline are one header, so the
    skeleton the first story prints recurs under the next headlines and each starts a record."""
    arts = _page("stories-with-a-deck-over-their-reading-time-and-byline.txt")
    assert [a.title for a in arts] == ["Harbour board delays the spring timetable by a month",
                                       "Quay cranes back in service after the winter storms",
                                       "Rowing club opens its boathouse to the town's schools"]
    assert [a.byline for a in arts] == ["Ines Podmore", "Ada Linford", "Tomas Brenner"]
    assert [len(a.paragraphs) for a in arts] == [4, 4, 3]  # (the deck, then the story's text)
    assert not any("Reading time" in a.body for a in arts)


def test_a_subheading_over_a_sentence_a_reading_time_and_a_date_inside_one_article_stays_in_it():
    """Hard negative: inside one article, a subheading, a sentence, a reading time and an
    `Updated` date print a header of another shape than the article's own (no byline, no
    share line): no second story starts there."""
    arts = _page("article-with-a-deck-over-its-reading-time-and-a-subheading.txt")
    assert [a.title for a in arts] == ["Harbour board delays the spring timetable by a month"]
    assert len(arts[0].paragraphs) == 8
    assert "What the inspectors found on the two ferries" in arts[0].paragraphs


def test_a_subheading_over_a_storys_last_paragraph_and_its_closing_byline_stays_in_the_story():
    """Each story prints its author under its last paragraph (`Written by ...` over its tags). A
    subheading over that paragraph reads as a headline over its byline, but the story above has
    no byline of its own: it is that story's end, and joins it (the subheading in its place, the
    byline in the story's field). A headline under `Read also:` is the linked story's: it goes."""
    arts = _page("stories-signed-under-their-text.txt")
    assert [a.title for a in arts] == ["Harbour board delays the spring timetable by a month",
                                       "Quay cranes back in service after the winter storms"]
    assert [a.byline for a in arts] == ["Ines Podmore", "Ada Linford"]
    assert "What the islanders say about the delay" in arts[0].paragraphs
    assert arts[0].paragraphs[-1].startswith("The island council said")
    assert arts[1].paragraphs[-1].startswith("The port will publish the bill")
    assert "Rowing club opens its boathouse to the town's schools" not in arts[1].body
    assert any(r.text == "Rowing club opens its boathouse to the town's schools" for r in arts[1].removed)


def test_briefs_each_signed_under_their_text_stay_apart():
    """Hard negative: on a page of briefs each signed under its text, the record above a short
    brief has its byline already: the brief is a story of its own."""
    arts = _page("briefs-signed-under-their-text.txt")
    assert [a.title for a in arts] == ["Harbour board delays the spring timetable by a month",
                                       "Quay cranes back in service after the winter storms",
                                       "Rowing club opens its boathouse to the town's schools"]
    assert [a.byline for a in arts] == ["Ines Podmore", "Ada Linford", "Tomas Brenner"]
    assert [len(a.paragraphs) for a in arts] == [2, 1, 2]


def test_a_last_story_under_its_date_over_its_headline_keeps_its_sentences():
    """A live page prints each date over its headline. The last story, in another language and
    of short lines, lost its text to the generic decisions; its date right over its headline is
    its header, as under the others: its sentences come back, and it keeps its record."""
    arts = _page("live-page-with-each-date-over-its-headline.txt")
    assert [a.title for a in arts] == [
        "Harbour board delays the spring timetable by a month and keeps the winter ferries",
        "Quay cranes back in service after the winter storms tore their cables",
        "Är roddklubbens båthus säkert?"]
    assert [a.published for a in arts] == ["2025-12-05T10:10", "2025-04-03T07:14", "2024-05-13T11:01"]
    assert arts[2].paragraphs[0] == "Det var frågan alla ställde."


@pytest.mark.parametrize(("line", "declared", "author"), [
    ("Mara Quell Deputy Content Hub Director", "Mara Quell", True),  # (the name, then the role)
    ("Mara Quell", "Mara Quell", False),  # (the name alone: left to the other signs)
    ("Mara Quellwater signs for the harbour club", "Mara Quell", False),  # (another word)
    ("Reuters poll shows harbour traffic rising", "Reuters", False),  # (one word: a desk's, an agency's)
    ("Mara Quell Deputy Content Hub Director", None, False),
])
def test_a_line_opening_on_the_declared_authors_name_with_a_role_is_no_headline(line: str, declared: str | None,
                                                                               author: bool) -> None:
    """The author's full name the markup declares (JSON-LD, `<meta name="author">`), then their role:
    the byline's line over the story's date, never a second story's headline."""
    from cleanscrape.document import Block, Document
    from cleanscrape.rules.base import Context
    from cleanscrape.rules.headings import declared_author_lead
    doc = Document((Block(0, 1, line),), meta={"byline": declared} if declared else {})
    lead = declared_author_lead(Context(doc))
    assert (lead is not None and line.startswith(lead)) is author
