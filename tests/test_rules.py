"""Per-rule fixtures: lines a rule must label, look-alikes that must stay in the body.

Each ``tests/fixtures/rules/CODE.txt`` is a small page. A line starting with
``- `` must be labelled by that rule, a line starting with ``+ `` must come out
as body text, other lines (two spaces) are context, and a line that is only a
full stop is a blank line in the page. The whole default
pipeline runs, as a user would run it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cleanscrape
from cleanscrape.document import Role
from cleanscrape.io.text import read_text
from cleanscrape.pipeline import Pipeline

FIXTURES = Path(__file__).parent / "fixtures" / "rules"
BLANK = "."  # a fixture's line that is only a full stop: a blank line in the page
SECTIONS = ("What it removes:", "Why:", "Example:", "Kept:")


def load_fixture(path: Path) -> tuple[str, list[int], list[int]]:
    lines, hits, keeps = [], [], []
    blocks = 0  # (the page's lines that hold text: a blank line is no block)
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw == BLANK:
            lines.append("")  # (a page that spaces its paragraphs: CS112 reads the blank lines)
            continue
        if raw.startswith("#") or not raw.strip():
            continue
        mark, text = raw[:2], raw[2:]
        if mark == "- ":
            hits.append(blocks)
        elif mark == "+ ":
            keeps.append(blocks)
        elif mark != "  ":
            raise ValueError(f"{path.name}: bad line prefix {mark!r}")
        lines.append(text)
        blocks += 1
    return "\n".join(lines), hits, keeps


CODES = [r.code for r in cleanscrape.rules()]
# rules that judge a whole page and take every line left or none: a page that keeps a
# look-alike is a page they do not fire on, so their look-alikes are pages of their own
# (tests/test_content.py)
PAGE_LEVEL = ("CS503", "CS504")


@pytest.mark.parametrize("code", CODES)
def test_every_rule_has_a_fixture_with_positives_and_lookalikes(code):
    path = FIXTURES / f"{code}.txt"
    assert path.exists(), f"rule {code} has no fixture {path}"
    _, hits, keeps = load_fixture(path)
    if code not in PAGE_LEVEL:
        assert keeps, f"{code}: a fixture needs a look-alike that stays (+ line)"
    # the title rule removes nothing; CS209, CS211, CS212, CS214, CS215, CS502, CS508, CS509, CS514, CS515: HTML only; CS505 (shipped) only brings back
    if code not in ("CS209", "CS211", "CS212", "CS214", "CS215", "CS304", "CS502", "CS505", "CS508", "CS509", "CS514", "CS515"):
        assert hits, f"{code}: a fixture needs a line the rule labels (- line)"


@pytest.mark.parametrize("code", CODES)
def test_rule_fixture(code):
    text, hits, keeps = load_fixture(FIXTURES / f"{code}.txt")
    # a fixture is a stack of snippets, its filler lines repeated (and dropped as repeats), not a
    # page: CS510, which weighs a page's stretches of kept text, tests on its own fixture and in
    # tests/test_islands.py, and stays out of the other rules' fixtures
    pipeline = Pipeline() if code == "CS510" else Pipeline().without("CS510")
    labelled = pipeline.label(read_text(text))
    for i in hits:
        f = labelled.labels[i]
        got = f.code if f is not None else "content"
        assert got == code, f"{code}: line {i + 1} {labelled.doc[i].text!r} labelled {got}"
    for i in keeps:
        assert labelled.role(i) is Role.CONTENT, (
            f"{code}: line {i + 1} {labelled.doc[i].text!r} should stay, got {labelled.labels[i]}")


@pytest.mark.parametrize("rule", cleanscrape.rules(), ids=lambda r: r.code)
def test_every_rule_is_documented(rule):
    assert rule.code.startswith("CS") and len(rule.code) == 5
    assert rule.name == rule.name.lower() and " " not in rule.name
    assert rule.summary and "\n" not in rule.summary
    docs = rule.docs
    for section in SECTIONS:
        assert section in docs, f"{rule.code} docs lack {section!r}"


def test_codes_and_names_are_unique():
    rules = cleanscrape.rules()
    assert len({r.code for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)


def test_rules_hold_only_data_and_pickle():
    import pickle

    for r in cleanscrape.rules():
        assert pickle.loads(pickle.dumps(r)).code == r.code


def test_headline_between_paragraphs_that_a_list_prints_again_goes_subheadings_stay():
    page = "\n".join([
        "Contents",
        "Why the cranes stopped",
        "Velmora harbour cranes back at work",
        "The two cranes at Velmora harbour lifted their first containers in two years on Monday, the port said.",
        "Why the cranes stopped",
        "Both cranes were taken out of service in 2023 after an inspector found cracks in their arms.",
        "Ferry timetable changes for the winter",
        "Dock workers said the return of the cranes would end months of overtime on the night shift.",
        "Most read",
        "Ferry timetable changes for the winter",
        "Lighthouse keeper retires after 41 years",
        "School bus routes change in January",
    ])
    (art,) = cleanscrape.clean(page)
    assert art.title == "Velmora harbour cranes back at work"
    assert "Why the cranes stopped" in art.paragraphs  # a subheading, listed above it in a contents box
    assert "Ferry timetable changes for the winter" not in art.paragraphs
    related = [r for r in art.removed if r.line == 7]
    assert related and related[0].code == "CS205"


def test_comment_prompt_in_german_goes_and_the_sentence_stays():
    page = ("Die Werft in Hollmark will bis zum Frühjahr 120 neue Mitarbeiter einstellen. Das teilte das "
            "Unternehmen am Montag mit.\n"
            "Melden Sie sich an, um zu kommentieren, hieß es im Aufruf des Vereins an seine Mitglieder, die am "
            "Abend tagten.\n"
            "Die ersten neuen Mitarbeiter sollen im Januar anfangen, teilte die Werft mit.\n"
            "Kommentare\n"
            "Melden Sie sich an, um zu kommentieren.\n")
    (art,) = cleanscrape.clean(page)
    assert len(art.paragraphs) == 3 and art.paragraphs[1].startswith("Melden Sie sich an, um zu kommentieren, hieß")
    assert {r.text: r.code for r in art.removed}["Melden Sie sich an, um zu kommentieren."] == "CS412"


NAIVE_PAGE = [
    "Ferry staff back new shift pattern after long talks | Velmora Evening Post",
    "Home",
    "News",
    "Velmora Evening Post",
    "Lindau brewer reports record autumn sales The brewer said sales rose by a fifth in October and November.",
    "Ommer valley flood walls finished early Work on the new walls ended three weeks ahead of plan, the agency said.",
    "Ferry staff back new shift pattern after long talks",
    "Share",
    "Print",
    "12",
    "Comments",
    "Crews voted by a large majority on Tuesday to accept the new shifts, their union said after the count.",
    "The operator had offered a shorter week in exchange for earlier starts on the first morning crossing.",
    "Both sides said the deal would keep the timetable unchanged through the winter, when storms cut sailings.",
]


def only_article(lines: list[str], title: str) -> cleanscrape.Article:
    """The page's one record, whose title must be ``title``."""
    arts = cleanscrape.clean("\n".join(lines))
    assert [a.title for a in arts] == [title]
    return arts[0]


def test_the_headline_the_page_title_names_opens_the_article_and_nothing_above_it_is_kept():
    """Naive scraped text opens with the page's <title>: the line that repeats its longest
    part is the headline, over a box of short lines; the ticker above it is no article."""
    art = only_article(NAIVE_PAGE, "Ferry staff back new shift pattern after long talks")
    assert art.paragraphs == tuple(NAIVE_PAGE[11:])


def test_only_the_longest_part_of_the_page_title_names_a_headline():
    from cleanscrape.rules.base import Context, named_by_page_title

    ctx = Context(read_text("\n".join(NAIVE_PAGE)))
    assert named_by_page_title(ctx, 6)  # the headline
    assert not named_by_page_title(ctx, 3)  # `Velmora Evening Post`: the site's name, the shorter part
    assert not named_by_page_title(ctx, 0)  # the <title> line itself
    short = Context(read_text("Ferry talks | Post\nHome\nFerry talks\nText."))
    assert not named_by_page_title(short, 2)  # two words name no headline
    # the headline holds a separator of its own: the title's start or end, at least half of it
    split = Context(read_text("\n".join([
        "Port review - cranes back, queues gone | Business | Velmora Herald", "Home",
        "Port review – cranes back, queues gone", "Port review", "Text."])))
    assert named_by_page_title(split, 2)
    assert not named_by_page_title(split, 3)  # `Port review`: a subheading, not half the title
    prefixed = Context(read_text("\n".join([
        "The Harbour Review: Seeking a bigger role for the old quay", "Home",
        "Seeking a bigger role for the old quay", "Text."])))
    assert named_by_page_title(prefixed, 2)


def test_the_named_headline_keeps_its_title_over_a_box_of_long_list_lines():
    """Between the headline and the text: a leftover button, the byline, the site's
    address and the date, then a list of other stories' headlines longer than a short line."""
    page = [
        "Velmora council backs tram line after long debate - Velmora Evening Post",
        "Home",
        "Velmora council backs tram line after long debate",
        "Submit to Stumbleupon",
        "By Ana Ruiz",
        "velmora-post.example",
        "November 18, 2025",
        "Police close the harbour road for a second night as the crane repairs overrun",
        "Lindau brewer reports record autumn sales after the warmest October on record",
        "The council voted nine to two on Tuesday night to build the tram line, which is due to open in 2028.",
        "Opponents said the line would cost more than planned and asked for a referendum, which the council refused.",
        "Work on the first section, from the station to the harbour, will start in the spring.",
    ]
    labelled = Pipeline().label(read_text("\n".join(page)))
    assert labelled.labels[2] is not None and labelled.labels[2].code == "CS304"


def test_comments_under_a_fully_labelled_header_go():
    page = [
        "Lindau brewer wins national award for its winter ale - Lindau Daily",
        "Home",
        "Lindau brewer wins national award for its winter ale",
        "Northfield Wire November 22, 2025 10:05 AM",
        "The Lindau Brewery's winter ale was named the best dark beer in the country on Friday.",
        "The brewery, founded in 1871, employs sixty people and sells most of its beer in the region.",
        "3 Comments",
        "Karl Menz November 22, 2025 at 11:40 am",
        "Well deserved, it is the best beer in the valley.",
        "Reply",
        "Anna Weiss November 22, 2025 at 12:15 pm",
        "I prefer their summer beer, but congratulations.",
    ]
    art = only_article(page, page[2])
    assert art.published == "2025-11-22T10:05"
    assert art.paragraphs == tuple(page[4:6])


def test_a_timeline_inside_the_article_the_page_title_names_starts_no_records():
    """Under the headline the page's <title> names, short subheadings each over its date
    and one paragraph are the article's timeline, not stories of their own."""
    page = [
        "How the Velmora port dispute unfolded | Velmora Herald",
        "Home",
        "How the Velmora port dispute unfolded",
        "By Ines Carter",
        "3 November 2025",
        "The dispute between the dockers and the port operator lasted eleven weeks. Here is how it unfolded.",
        "Both sides say the agreement will hold for three years, but the union has warned it may strike again.",
        "Talks break down",
        "12 August 2025",
        "The union walked out of talks after the operator refused to drop its plan for longer night shifts.",
        "The operator said the strike cost it two million euros a day, a figure the union disputed.",
    ]
    art = only_article(page, page[2])
    assert "Talks break down" in art.paragraphs
    assert art.paragraphs[-1] == page[-1]


def test_a_page_heading_the_title_names_is_not_the_first_briefs_headline():
    """The page's <title> is its section heading (`News In Brief`): printed over the first
    brief, it is not that brief's headline with the brief's headline as a standfirst."""
    page = ["News In Brief", "Home", "News", "Sport", "Calder Bay Courier", "News in brief",
            "Harbour road closed for resurfacing", "9:15 AM, Nov 20, 2025",
            "The harbour road between the ferry terminal and Quay Street will be closed from Monday for two weeks.",
            "Buses will run on Mill Lane instead.",
            "Library extends Saturday hours", "8:40 AM, Nov 20, 2025",
            "Calder Bay library will open until 5 p.m. on Saturdays from December, the council said."]
    arts = cleanscrape.clean("\n".join(page))
    assert [a.title for a in arts] == ["Harbour road closed for resurfacing", "Library extends Saturday hours"]


def test_the_headline_under_empty_stubs_under_the_menu_opens_the_first_article():
    """`Published` / `on` stubs printed over each headline of a feed, the stories split by
    `Continue Reading`: the first headline is an article's too, with the site's menu above
    it (naive text of an HTML page)."""
    page = ["Feed Syndication", "Home", "News", "Business", "Sport", "Culture", "Opinion", "Subscribe",
            "Connect with us", "Published", "on", "Velmora port reopens container terminal after storm repairs",
            "The container terminal at Port Velmora reopened on Tuesday, six weeks after a winter storm.",
            "Harbour officials said the first vessel was unloaded within hours of the berth being declared safe.",
            "Continue Reading", "Published", "on", "Grocer Hallmark cuts forecast as shoppers trade down",
            "Shares of the grocer fell 8% after it cut its forecast for the year, citing weaker spending.",
            "Analysts said the cut was smaller than feared and the shares recovered some of the fall."]
    arts = cleanscrape.clean("\n".join(page))
    assert [a.title for a in arts] == [page[11], page[17]]
    assert arts[0].paragraphs == tuple(page[12:14])


def test_a_wire_feed_splits_at_each_storys_closing_credit():
    """Stories with no byline or date under their headlines, each closed by its reporting
    credit and a line of stars: the headline over the first story and the one under each
    credit open records."""
    page = ["Northfield Wire – Regional", "Regional",
            "Flood walls finished early in the Ommer valley",
            "OMMER — Work on the new flood walls along the river ended three weeks ahead of plan, the agency said.",
            "The walls cost 18 million euros and protect about 900 homes in the lower town.",
            "Reporting by Jonah Reyes; Editing by Ana Ruiz", "* * *",
            "Calder Bay council approves new tram line",
            "CALDER BAY — The council voted nine to two on Tuesday to build the line, due to open in 2028.",
            "The line will run from the station to the harbour and cost about 240 million euros.",
            "Reporting by Hana Ito; Editing by Ana Ruiz", "* * *",
            "© 2025 Northfield Wire. All rights reserved."]
    arts = cleanscrape.clean("\n".join(page))
    assert [a.title for a in arts] == [page[2], page[7]]
    # (the stars under each credit stay: a separator, which annotators keep in the text too)
    assert [a.paragraphs[:2] for a in arts] == [tuple(page[3:5]), tuple(page[8:10])]


BLOG_POST = [
    "Five winter walks along the Ommer",
    "Posted on November 12, 2025 by Clara Holm",
    "Winter is the best time to walk the Ommer valley: the paths are empty and the river runs high.",
    "The first walk starts at the old mill in Kell and follows the river for six kilometres.",
    "Take good boots and something warm to drink. The paths are muddy until March.",
]
RELATED_CARDS = [
    "Related posts",
    "Spring flowers on the ridge",
    "April 3, 2025",
    "The ridge above Ostbrook turns yellow in April, when the gorse flowers along the path.",
    "A night walk to the old mill",
    "September 20, 2025",
]


def test_a_story_card_under_a_related_heading_is_no_article():
    """Under `Related posts`: a headline, its date and a one-sentence teaser, then the next
    card. The teaser is not an article's text, so the card starts no record."""
    page = [*BLOG_POST, *RELATED_CARDS]
    labelled = Pipeline().label(read_text("\n".join(page)))
    assert labelled.role(0) is Role.TITLE
    assert labelled.role(6) is not Role.TITLE


def test_dated_story_cards_after_the_article_make_no_record_and_leave_no_teaser():
    """Every unlabelled line reads as a sentence, but some stand under a list of dated
    story cards: the page is scored, and neither card's teaser nor headline is an article."""
    page = ["Five winter walks along the Ommer - Valley Rambles", "Home", *BLOG_POST, *RELATED_CARDS,
            "We walked to the mill by moonlight and heard the owls in the beech wood above the weir.",
            "Leave a Reply"]
    art = only_article(page, page[2])
    assert art.paragraphs == tuple(page[4:7])


def test_headlines_under_a_bare_related_label_after_the_last_paragraph_go():
    page = [
        "Harbour Wire - Velmora choir to sing at the cathedral on Christmas Eve",
        "Home",
        "Menu",
        "Sign In",
        "Velmora choir to sing at the cathedral on Christmas Eve",
        "By Hana Ito, Harbour Wire",
        "The Velmora Valley Choir will sing at the cathedral on Christmas Eve, the first time it has been invited in its forty years.",
        "The choir has sixty members, the youngest of them fourteen, and rehearses twice a week in the old school hall.",
        "Tickets are free but must be booked, the cathedral said, because the nave holds only four hundred people.",
        "You may also like...",
        "Who will sing at the New Year concert?",
        "Lindau brass band wins regional title",
        "Cathedral organ restored after three years of work on its pipes",
        "Doobie-style reunion: the valley's old rock band is getting back together for a tour",
        "Ten carols every choir in the valley sings",
        "View Comments",
        "The Harbour Wire has covered the towns and villages of the Velmora valley for more than a hundred years.",
    ]
    assert only_article(page, page[4]).paragraphs == tuple(page[6:9])


def test_a_story_list_dropped_into_the_article_does_not_cut_its_opening_paragraphs():
    long = ("Crews worked through the night to clear the road, and by morning the first lorries were moving again, "
            "the transport department said, though it warned drivers that the coast road would stay closed to "
            "caravans until the end of the week while engineers checked the sea wall and the bridge at Kell for "
            "damage from the storm.")
    page = [
        "Velmora Evening Post - Storm closes coast road for two days",
        "Home",
        "Menu",
        "Velmora 12°C · light rain · wind 40 km/h",
        "Storm closes coast road for two days",
        "Updated on: November 19, 2025 / 10:07 AM / Velmora Evening Post",
        "The coast road between Velmora and Kell was closed on Monday after waves threw stones onto it.",
        "Police said two cars had been damaged, but nobody was hurt when the first waves came over the wall.",
        "Trending News",
        "Lindau brewer wins national award",
        "Ferry fares to rise by 8% in January",
        "School bus route to change after the holidays",
        long,
        "The wall was built in 1962 and has been repaired four times since then, the council said on Tuesday.",
        "A new wall is planned for 2027, but the money for it has not yet been found, the council admitted.",
        "Residents of Kell said they had been cut off from the town's shops and doctors for two days now.",
        "The road is the only way into the village by car in winter, when the mountain pass is closed.",
        "2 Comments",
        "Karl Menz November 19, 2025 at 11:40 am",
        "Stay safe everyone, and keep off the coast road until they say it is open.",
    ]
    assert only_article(page, page[4]).paragraphs == tuple(page[6:8] + page[12:17])


def test_the_authors_link_under_the_byline_is_no_headline():
    page = [
        "Opinion",
        "The harbour clock is running out",
        "By Victor Hale",
        "About Victor Hale",
        "Follow Victor Hale on Twitter",
        "November 19, 2025 6:30 AM",
        "Time is not on the harbour board's side, and every month it waits the repairs cost more.",
        "The board has put off the decision on the old quay three times since the spring.",
    ]
    assert only_article(page, "The harbour clock is running out").byline == "Victor Hale"
