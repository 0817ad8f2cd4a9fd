"""Reader comment threads printed with a button under every comment (CS420), whatever the
thread's words: a header holding the comment's date and clock time, the comment, the button."""

from __future__ import annotations

import cleanscrape
from cleanscrape.io.text import read_text
from cleanscrape.pipeline import Pipeline

ARTICLE = [
    "Die Stadtwerke wollen das alte Hafenbecken bis zum Herbst in ein Wärmespeicherbecken umbauen, "
    "das im Winter die Fernwärme der Innenstadt stützen soll.",
    "Nach den Plänen, die der Werkausschuss am Dienstag vorgestellt hat, wird das Becken mit einer "
    "schwimmenden Abdeckung versehen und mit Wasser aus dem Kraftwerk gefüllt.",
    "Anwohner hatten sich zuvor über den Lärm der Bauarbeiten beschwert, die nun nur noch werktags "
    "zwischen sieben und achtzehn Uhr stattfinden sollen.",
]
COMMENTS = [
    ("Hafenkind", "14. 01. 2020, 20:29", "Endlich tut sich etwas am Hafen, das Becken lag viel zu lange brach."),
    ("M. Brandt", "14. 01. 2020, 21:02", "Und wer bezahlt das am Ende? Die Kunden über den Wärmepreis, wie immer."),
    ("ortsteil_nord", "15. 01. 2020, 08:15", "Die Bauzeiten sind ein fairer Kompromiss für alle Beteiligten."),
    ("Hafenkind", "15. 01. 2020, 09:40", "@M. Brandt Die Förderung deckt laut Ausschuss den größten Teil der Kosten."),
]


def _thread_page(buttons: list[str]) -> tuple[str, list[str]]:
    lines = ["Hafenbecken wird Wärmespeicher - Stadtanzeiger", "Start", "Lokales", "Wirtschaft",
             "Hafenbecken wird Wärmespeicher", *ARTICLE, "Kommentare"]
    texts = []
    for name, stamp, text in COMMENTS:
        lines += [name, stamp, text, *buttons]
        texts.append(text)
    return "\n".join([*lines, "Impressum", "Datenschutz"]), texts


def _assert_only_the_thread_goes(page: str, article: list[str], comments: list[str], code: str = "CS420") -> None:
    """The page gives one record, the article whole, and ``code`` took every comment's text."""
    (record,) = cleanscrape.clean(page)
    assert record.paragraphs == tuple(article)
    labelled = Pipeline().label(read_text(page))
    for i, block in enumerate(labelled.doc):
        if block.text in comments:
            assert labelled.labels[i] is not None and labelled.labels[i].code == code, block.text


def test_a_thread_with_a_button_under_every_comment_is_not_the_article():
    """The commenter's name over the date and time, the comment, then `antworten` / `melden`
    under every comment: the thread goes (CS420), the article stays whole."""
    page, texts = _thread_page(["antworten", "melden"])
    _assert_only_the_thread_goes(page, ARTICLE, texts)


def test_a_thread_whose_headers_print_name_date_and_time_on_one_line_goes():
    """`Iris Calder on March 3, 2012 at 4:15 pm` over the comment and a `Reply` button: the
    same thread in one header line, in English."""
    article = [
        "The county will reopen the old ferry landing in May, after two years of repairs to the pier "
        "and the ramp that the winter storms of 2010 had left unsafe.",
        "Officials said the first crossings would run on weekends only, with a weekday service to follow "
        "once the new timetable has been agreed with the operator.",
    ]
    comments = ["Great news, we used to take the ferry every summer when the children were small, and we missed it.",
                "Will there be parking near the landing this time, or do we have to leave the car in town again?",
                "Weekends only is a start, but the commuters who crossed every morning need the weekday boats back.",
                "I hope they fixed the ramp properly this time, because the last repair did not last one winter."]
    names = ["Iris Calder", "tomw", "Dana Price", "K. Osei"]
    lines = ["Ferry landing to reopen in May | Bayside Journal", "Home", "News", "Ferry landing to reopen in May",
             *article, "4 thoughts on this story"]
    for k, (name, text) in enumerate(zip(names, comments)):
        lines += [f"{name} on March {3 + k}, 2012 at {4 + k}:15 pm", text, "Reply"]
    page = "\n".join([*lines, "About us", "Contact"])
    _assert_only_the_thread_goes(page, article, comments)


def test_story_cards_under_a_repeated_section_label_and_a_live_blog_are_no_thread():
    """Hard negatives: a list of story cards, each under its section label (printed over every
    card's time, not under a comment), and a live blog's entries under bare clock times (no
    date) with a `Permalink` line under each, are not comment threads: CS420 takes none of them."""
    cards = []
    for k, (label, head) in enumerate([("Markets", "Copper climbs as smelters cut output"),
                                       ("Markets", "Bond yields ease ahead of the rate decision"),
                                       ("Energy", "Grid operator warns of a tight winter"),
                                       ("Markets", "Retail sales beat forecasts in November"),
                                       ("Markets", "Shipping rates fall for a third week"),
                                       ("Markets", "Insurers raise premiums for harbour firms")]):
        cards += [label, f"06 Dec 2022 | 1{k}:24", head,
                  f"The latest figures, published on Tuesday, show a change that analysts had not expected for month {k + 1}."]
    page = "\n".join(["Harbour levy approved | Business Daily", "Home", "Harbour levy approved", *ARTICLE, *cards])
    labelled = Pipeline().label(read_text(page))
    assert all(f is None or f.code != "CS420" for f in labelled.labels)
    entries = []
    for k in range(4):
        entries += [f"1{k}:35", f"The council vote on the harbour levy has been delayed by another {k + 1} hours, officials said.",
                    "Permalink"]
    page = "\n".join(["Live: harbour levy vote | Business Daily", "Home", "Live: harbour levy vote", *ARTICLE, *entries])
    labelled = Pipeline().label(read_text(page))
    assert all(f is None or f.code != "CS420" for f in labelled.labels)


def test_a_feed_of_dated_stories_each_over_the_same_button_is_no_thread():
    """Hard negative: a feed of stories, each a headline over its date and time, its paragraphs
    and the same `Zum Beitrag` line, under a top story with no button: the top story prints its
    date as the others do, so the stories under it are the feed's, not comments under an
    article: CS420 takes none of them."""
    lines = ["Aus der Region | Stadtanzeiger", "Start", "Lokales", "Stadtrat beschließt den Haushalt für 2020",
             "09. 01. 2020, 09:30", *ARTICLE * 6]  # the top story, long, with no button under it
    heads = ["Hafenbecken wird Wärmespeicher für die Innenstadt", "Neue Buslinie verbindet die Vororte im Norden",
             "Stadtbibliothek öffnet künftig auch am Sonntag", "Sanierung der Uferpromenade beginnt im März"]
    for k, head in enumerate(heads):
        lines += [head, f"1{k}. 01. 2020, 1{k}:30", ARTICLE[k % 3], ARTICLE[(k + 1) % 3], "Zum Beitrag"]
    labelled = Pipeline().label(read_text("\n".join([*lines, "Impressum"])))
    assert all(f is None or f.code != "CS420" for f in labelled.labels)


def test_a_feed_of_long_stories_each_over_a_button_is_no_thread():
    """Hard negative (leak23's CS420 guard): under an article, entries shaped like a thread's
    (a name over a date and time, text, an `antworten` button under each), but each entry
    holds four long paragraphs or more: a feed of stories over a button each, not readers'
    comments, so CS420 takes none of them and their text stays."""
    lines = ["Hafenbecken wird Wärmespeicher - Stadtanzeiger", "Start", "Lokales", "Hafenbecken wird Wärmespeicher",
             *ARTICLE, "Kommentare"]
    for k, (name, stamp, _) in enumerate(COMMENTS):
        paragraphs = [f"{p[:-1]}, so der Bericht Nummer {k * 5 + j} des Ausschusses vom vergangenen Jahr."
                      for j, p in enumerate([*ARTICLE, ARTICLE[0]])]
        lines += [name, stamp, *paragraphs, "antworten"]
    page = "\n".join([*lines, "Impressum"])
    labelled = Pipeline().label(read_text(page))
    assert all(f is None or f.code != "CS420" for f in labelled.labels)


BALCONY = [
    "Last spring I moved into a flat with a narrow balcony facing south, and I wanted to see how many "
    "tomatoes I could grow there without any garden at all, using nothing but pots and a bucket.",
    "Cherry varieties did far better than the big beefsteak kind, which needed more room for their roots "
    "than a pot could ever give them, and the yellow pear kind did best of all.",
    "By the end of August I had picked more than four kilos of fruit, enough for salads all summer and a few "
    "jars of sauce for the winter, and next year I want to try peppers as well.",
]
REPLIES = [("Mary Holt", "June 5, 2012 at 3:14 PM", "What a lovely result from such a small space, I never thought of pots."),
           ("Dan", "June 5, 2012 at 6:40 PM", "Did you use any fertiliser? Mine always look pale by midsummer."),
           ("Greenthumb", "June 6, 2012 at 8:02 AM", "Dan, I fed them once a week with a liquid seaweed feed."),
           ("Priya S.", "June 7, 2012 at 11:27 AM", "The bucket drip idea is clever. I am going to copy it this weekend.")]


def _blog(comments: list[str]) -> str:
    return "\n".join(["Tomatoes on a small balcony", "Posted on June 4, 2012 by Greenthumb", *BALCONY, *comments,
                      "Recent posts", "Archives"])


def test_a_thread_told_by_its_stamps_alone_goes_whichever_side_of_the_comment_they_stand():
    """CS428: no `says:`, no button; the commenter's name over the stamp and the comment, or
    `NAME said...` over the comment and its stamp under it (the stamp last): the thread goes
    (names, stamps and comments), the article stays whole."""
    above = [line for name, stamp, text in REPLIES for line in (name, stamp, text)]
    below = [line for name, stamp, text in REPLIES for line in (f"{name} said...", text, stamp)]
    for lines in (above, below):
        _assert_only_the_thread_goes(_blog(lines), BALCONY, lines, "CS428")


def test_a_diary_of_stamped_entries_with_no_article_above_is_no_stamp_thread():
    """Hard negative: a diary whose entries each stand under their own date and time, with no
    article of two paragraphs above the first: CS428 takes none of it."""
    entries = []
    for k, text in enumerate(BALCONY):
        entries += [f"June {4 + k}, 2012 at {7 + k}:30 am", text]
    page = "\n".join(["Balcony diary", *entries])
    labelled = Pipeline().label(read_text(page))
    assert all(f is None or f.code != "CS428" for f in labelled.labels)


def test_stamps_printed_alike_with_no_comment_between_them_are_no_stamp_thread():
    """Hard negative: under an article, a timetable of stamps printed alike, one a line (no text
    between any two): CS428 takes none of them."""
    times = [f"June {5 + k}, 2012 at {9 + k}:00 am" for k in range(4)]
    labelled = Pipeline().label(read_text(_blog(["Next market days", *times])))
    assert all(f is None or f.code != "CS428" for f in labelled.labels)


def _feed(stamp: str) -> list[str]:
    """Three stories of a feed, each a headline over its stamp (``stamp`` with ``{day}`` and
    ``{hour}``) and a paragraph: the hard negatives of a stamp thread."""
    feed = []
    for k, head in enumerate(["Allotment society opens its waiting list again this spring",
                              "Seed swap at the town hall draws a record crowd of growers",
                              "Council plans a new community orchard beside the old railway"]):
        feed += [head, stamp.format(day=5 + k, hour=9 + k),
                 f"Growers met on day {k + 1} of the show to trade advice, seedlings and spare tools."]
    return feed


def test_a_feed_of_stories_each_under_its_headline_and_stamp_is_no_stamp_thread():
    """Hard negative: under an article, stories each a headline over its stamp and a paragraph
    (the stamps printed alike, a few lines apart, as a thread's): a headline over every stamp
    makes them a feed of stories, so CS428 takes none of them."""
    labelled = Pipeline().label(read_text(_blog(_feed("June {day}, 2012 at {hour}:00 am"))))
    assert all(f is None or f.code != "CS428" for f in labelled.labels)


def test_a_thread_whose_long_stamps_stand_under_one_line_comments_goes():
    """CS428: each one-line comment over its stamp, the stamp printed with the commenter's name
    (`Posted by: NAME | DATE at TIME`, longer than a name, shaped like a headline): a stamp two
    lines over the next is the thread's own, no story's headline, so the thread under the
    first comment goes and the article stays whole."""
    lines = ["Comments", *(line for name, stamp, text in REPLIES for line in (text, f"Posted by: {name} | {stamp}"))]
    (record,) = cleanscrape.clean(_blog(lines))
    assert record.paragraphs[:len(BALCONY)] == tuple(BALCONY)
    labelled = Pipeline().label(read_text(_blog(lines)))
    codes = {b.text: labelled.labels[i].code for i, b in enumerate(labelled.doc)  # type: ignore[union-attr]
             if b.text in lines[3:]}
    assert set(codes.values()) == {"CS428"} and len(codes) == len(lines) - 3


def test_a_feed_of_stories_under_long_stamps_each_under_its_headline_is_no_stamp_thread():
    """Hard negative: the stories of a feed each a headline over a long stamp (`Filed by: NAME |
    DATE at TIME`) and a paragraph: the stamps are skipped as headlines, the headline over each
    still makes them a feed of stories, so CS428 takes none of them."""
    labelled = Pipeline().label(read_text(_blog(_feed("Filed by: Garden desk | June {day}, 2012 at {hour}:00 AM"))))
    assert all(f is None or f.code != "CS428" for f in labelled.labels)


def test_a_thread_whose_stamps_close_comments_of_several_lengths_loses_its_first_comment_too():
    """CS428 (textp30): each comment over its stamp (`Posted by: NAME | DATE at TIME`), the
    comments one or two paragraphs long, so no name stands at one distance over every stamp:
    the first comment, over the first stamp, goes with the rest, up to the thread's heading;
    the article stays whole and alone in its record."""
    texts = [[REPLIES[0][2]], [REPLIES[1][2], "I have tried three brands so far and none of them kept the leaves green."],
             [REPLIES[2][2]], [REPLIES[3][2], "My balcony faces west, so I will water in the morning instead."]]
    lines = ["Comments"]
    for (name, stamp, _), comment in zip(REPLIES, texts):
        lines += [*comment, f"Posted by: {name} | {stamp}"]
    (record,) = cleanscrape.clean(_blog(lines))
    assert record.paragraphs == tuple(BALCONY)
    labelled = Pipeline().label(read_text(_blog(lines)))
    codes = {b.text: labelled.labels[i].code for i, b in enumerate(labelled.doc)  # type: ignore[union-attr]
             if b.text in lines[1:]}
    assert set(codes.values()) == {"CS428"} and len(codes) == len(lines) - 1


def test_stamped_headers_right_under_the_article_take_none_of_its_paragraphs():
    """Hard negative: each comment under a header holding its stamp (`NAME | DATE at TIME`),
    the first header right under the article's last paragraph, no heading between: the thread
    opens at its first header (a comment's text under the last stamp), so the article's
    paragraphs over it stay, whole."""
    lines = [line for name, stamp, text in REPLIES for line in (f"{name} | {stamp}", text)]
    (record,) = cleanscrape.clean(_blog(lines))
    assert record.paragraphs[:len(BALCONY)] == tuple(BALCONY)
    labelled = Pipeline().label(read_text(_blog(lines)))
    assert all(labelled.labels[i] is None or labelled.labels[i].code != "CS428"  # type: ignore[union-attr]
               for i, b in enumerate(labelled.doc) if b.text in BALCONY)


def test_a_thread_of_one_comment_under_its_stamp_goes():
    """CS420 (textp30): one commenter's header (`NAME says:`) over a stamp of its own line with
    a clock time and a year, under the article: the comment goes, the article stays whole and
    alone in its record."""
    name, stamp, text = REPLIES[0]
    lines = ["1 Response to Tomatoes on a small balcony", f"{name} says:", stamp, text, "Leave a Reply"]
    (record,) = cleanscrape.clean(_blog(lines))
    assert record.paragraphs == tuple(BALCONY)
    labelled = Pipeline().label(read_text(_blog(lines)))
    assert {labelled.labels[i].code for i, b in enumerate(labelled.doc)  # type: ignore[union-attr]
            if b.text in (stamp, text)} == {"CS420"}


def test_one_speaker_over_a_date_with_no_clock_time_is_no_thread():
    """Hard negative: under the article, one `NAME says:` over a dated line with no clock time
    (an interview's answer, a diary's entry), then its paragraph: one header makes no thread
    without a comment's stamp, so CS420 takes none of it."""
    lines = ["The allotment secretary says:", "June 5, 2012",
             "Every plot on the balcony list will be offered a pot of seedlings in the spring."]
    labelled = Pipeline().label(read_text(_blog(lines)))
    assert all(f is None or f.code != "CS420" for f in labelled.labels)


LONG_REPLY = [f"Point {k + 1}: my own pots needed water twice a day in July, so I would plan for that first."
              for k in range(12)]


def _long_thread() -> list[str]:
    """Eight comments under their name and stamp, two of them a reader's essay of twelve lines
    (its two stamps further apart than STAMP_GAP), the others one line each."""
    lines = []
    for k in range(8):
        name, _, text = REPLIES[k % len(REPLIES)]
        lines += [name, f"June {5 + k}, 2012 at {k + 1}:14 PM", *(LONG_REPLY if k in (2, 5) else [text])]
    return lines


def test_a_thread_with_long_comments_goes_whole():
    """CS428: a thread of eight stamped comments, two of them twelve lines long, so that their
    stamps stand further apart than STAMP_GAP: most gaps short, the stamps stay one run and
    the whole thread goes (names, stamps, every line of the long comments); the article stays."""
    lines = _long_thread()
    _assert_only_the_thread_goes(_blog(lines), BALCONY, lines, "CS428")


def test_a_diary_of_long_entries_under_stamps_is_no_stamp_thread():
    """Hard negative: under an article, entries of twelve lines each under a stamp printed
    alike (every gap longer than STAMP_GAP, none short): a diary's entries, not comments, so
    CS428 takes none of them."""
    entries = []
    for k in range(4):
        entries += [f"June {5 + k}, 2012 at {9 + k}:00 am", *(f"Day {k + 1}, {line}" for line in LONG_REPLY)]
    labelled = Pipeline().label(read_text(_blog(entries)))
    assert all(f is None or f.code != "CS428" for f in labelled.labels)


def _latest_comments_box() -> list[str]:
    """Forty lines of the page's menus, then a box of the latest comments whose two stamps are
    printed as the thread's."""
    return ["Leave a Reply", *(f"Archive month {k}" for k in range(40)), "Recent Comments",
            "Ada Lee", "July 1, 2012 at 9:14 am", "Lovely tomatoes, well done.",
            "Bo Finn", "July 2, 2012 at 8:14 am", "Thanks for the seaweed tip."]


def test_a_thread_over_a_box_of_the_latest_comments_far_down_the_page_goes():
    """CS428: a thread of four stamped comments, then, more than WIDE_GAP blocks further down,
    a box of the latest comments with two stamps printed alike: the box's stamps (too few for a
    thread) no longer hide the thread over them, which goes; the article stays whole."""
    thread = [line for name, stamp, text in REPLIES for line in (name, stamp, text)]
    _assert_only_the_thread_goes(_blog([*thread, *_latest_comments_box()]), BALCONY, thread, "CS428")


def test_stamps_of_a_feed_over_the_next_story_within_reach_are_no_stamp_thread():
    """Hard negative: under an article, stories each printed as its byline over its stamp over
    its headline and a paragraph, five stamps alike, the last two further apart than STAMP_GAP:
    a run of three over a stamp within WIDE_GAP under it is a feed's next story, not a thread
    over a box further down, so CS428 takes none of them."""
    feed = []
    for k in range(5):
        feed += [f"By Desk Writer {k}", f"June {5 + k}, 2012 at {7 + k}:30 am",
                 f"Allotment news number {k} from the society's spring meeting",
                 *(f"Growers met on day {k + 1} of the show to trade advice, seedlings and spare tools, part {j}."
                   for j in range(3 if k < 3 else 9))]
    labelled = Pipeline().label(read_text(_blog(feed)))
    assert all(f is None or f.code != "CS428" for f in labelled.labels)
