"""Pages of short briefs (issue #18): briefs of one to three sentences, tickers and digests,
each shape a fixture page of our own (tests/fixtures/pages), beside the hard negatives that
must stay one record or none: a listicle, a Q&A, a live blog, an article with a subheading
over each paragraph, a front of teaser cards."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import clean

PAGES = Path(__file__).parent / "fixtures" / "pages"


# the headlines of the five English briefs the timed-brief fixture pages print, in order
_FIVE_BRIEFS = ["Harbour board keeps the winter timetable for another month",
                "Library extends its opening hours on Saturdays",
                "Rail line to the airport closed for repairs this weekend",
                "Council finds the money to reopen the paddling pool",
                "Choir wins the regional cup for the third time"]


def _records(name: str) -> list:
    return clean((PAGES / name).read_text(encoding="utf-8"))


def test_a_tickers_time_after_each_headline_heads_its_brief():
    """`Headline · 18:42`: the time the ticker prints after each headline is the page's per-story
    line; every brief of one sentence is a record, titled without its time."""
    arts = _records("briefs-ticker-time-after-the-headline.txt")
    assert [a.title for a in arts] == ["Ferry operator adds a late crossing for the winter",
                                       "Library opens on Sundays after a trial in the spring",
                                       "Storm warning lifted for the northern coast",
                                       "Rail line to the airport closed for repairs this weekend"]
    assert [len(a.paragraphs) for a in arts] == [1, 1, 1, 1]


def test_headlines_with_a_full_stop_over_each_byline_head_their_briefs():
    """A brief's headline may end with a full stop; over each brief's byline, with the brief's
    text under it, it heads its record all the same."""
    arts = _records("briefs-headlines-with-a-full-stop-over-a-byline.txt")
    assert [a.title for a in arts] == ["Harbour board keeps the winter timetable.",
                                       "Library extends its opening hours on Saturdays.",
                                       "Rail line to the airport closed for repairs.",
                                       "Council finds the money to reopen the paddling pool."]
    assert [a.byline for a in arts] == ["Ada Linford", "Tomas Reyes", "Elin Marsh", "Ruth Okafor"]
    assert all(len(a.paragraphs) == 1 for a in arts)


def test_a_digest_alternating_headline_and_brief_heads_each_brief():
    """No byline, no date, no separator: the page alternates a headline and a paragraph that
    opens on its place (`PARIS. — ...`), each pair on its own topic."""
    arts = _records("digest-of-briefs-with-a-place-lead-in.txt")
    assert [a.title for a in arts] == ["Harbour cranes return to Port Velmora after a long refit",
                                       "Paris orchestra cancels its spring tour of the south",
                                       "Farmers count the cost of the late frost in the valley",
                                       "Museum of the sea reopens with a new wing for its lifeboat"]
    assert [a.paragraphs[0].split(".")[0] for a in arts] == ["VELMORA", "PARIS", "ALDERTON", "NORTHFIELD"]
    assert not any("Schools to get" in p for a in arts for p in a.paragraphs)


def test_a_brief_opening_on_a_place_under_its_time_keeps_the_page_of_briefs():
    """Each brief's time alone under its headline; one brief opens on a line of its own (its
    place) before its text: the page is still one of briefs."""
    arts = _records("briefs-with-their-time-under-the-headline-one-over-a-place.txt")
    assert [a.title for a in arts] == ["Harbour board keeps the winter timetable for another month",
                                       "Farmers count the cost of the late frost",
                                       "Library extends its opening hours on Saturdays",
                                       "Rail line to the airport closed for repairs this weekend"]
    assert arts[1].paragraphs[-1].startswith("Fruit growers in the valley")


def test_read_more_under_each_brief_is_its_trailer_not_a_related_link():
    """`Read more` printed under each brief, over the next headline and its byline: the trailer
    of the story above, so the line under it heads the next brief (it was a related link's
    headline, and the briefs merged)."""
    arts = _records("short-briefs-under-a-byline-each-closed-by-read-more.txt")
    assert [a.title for a in arts] == ["Harbour board keeps the winter timetable for another month",
                                       "Library extends its opening hours on Saturdays after a trial",
                                       "Rail line to the airport closed for repairs this weekend"]
    assert [a.byline for a in arts] == ["Ada Linford", "Tomas Reyes", "Elin Marsh"]
    assert not any("Read more" in p for a in arts for p in a.paragraphs)


def test_a_listicle_of_numbered_items_stays_one_record():
    """Numbered items each over one paragraph alternate like briefs: a listicle's, one record."""
    arts = _records("listicle-of-numbered-items-no-introduction.txt")
    assert len(arts) == 1
    assert sum("forest" in p for p in arts[0].paragraphs) == 2


def test_an_interview_of_questions_and_answers_stays_one_record():
    arts = _records("interview-questions-and-answers.txt")
    assert len(arts) == 1
    assert any(p.startswith("They want the work back") for p in arts[0].paragraphs)


def test_a_live_blog_under_its_introduction_stays_one_record():
    arts = _records("live-blog-with-timed-entries-under-its-introduction.txt")
    assert len(arts) == 1
    assert arts[0].title == "Harbour strike: how the day unfolded"


def test_an_article_with_a_subheading_over_each_paragraph_stays_one_record():
    """Subheading, paragraph, subheading, paragraph: the alternation of a page of briefs, but
    the parts share their long words (the port, its cranes and quay): one article."""
    arts = _records("article-with-a-subheading-over-each-paragraph.txt")
    assert len(arts) == 1
    assert arts[0].title == "How the port of Velmora plans to win its cargo back"
    assert len(arts[0].paragraphs) == 7


def test_one_paragraph_under_each_short_subheading_of_the_headlines_subject_stays_one_record():
    """A headline, then short lines (four words at most, shorter than it) over one paragraph each,
    the paragraphs speaking of the headline's subject (`voted`): one article's subheadings, not
    briefs (a record of such an article, cleaned alone, is one record again)."""
    arts = clean("Harbour cranes return to Port Velmora after two-year refit\n"
                 "The council voted on Monday to keep the old library open for another year.\n"
                 "Understanding the ferry budget\n"
                 "Dockers at the port voted on Thursday to end a strike that had halted traffic for three weeks.\n"
                 "Pressure and reinvention\n"
                 "Passenger numbers have fallen by half since the bridge opened in 2019.\n")
    assert [a.title for a in arts] == ["Harbour cranes return to Port Velmora after two-year refit"]
    assert arts[0].paragraphs[1::2] == ("Understanding the ferry budget", "Pressure and reinvention")


def test_short_headlines_over_briefs_each_on_its_own_topic_head_their_briefs():
    """The hard negative: short headlines under a longer first one, but each brief on its own topic
    (no long word of the first brief's found again): a page of briefs."""
    arts = clean("Harbour board keeps the winter timetable for another month\n"
                 "The board said on Tuesday that the ferries will keep their winter hours until the end of March.\n"
                 "Library opens on Sundays\n"
                 "Readers in the old town can borrow books on Sunday afternoons from next week, the council said.\n"
                 "Choir wins regional cup\n"
                 "The school choir took the regional cup in Alderton for the third time in five years.\n"
                 "Storm warning lifted\n"
                 "Forecasters lifted the warning for the northern coast after the wind dropped overnight.\n")
    assert [a.title for a in arts] == ["Harbour board keeps the winter timetable for another month",
                                       "Library opens on Sundays", "Choir wins regional cup", "Storm warning lifted"]
    assert [len(a.paragraphs) for a in arts] == [1, 1, 1, 1]


def test_a_records_own_text_of_labels_over_one_paragraph_each_stays_one_record():
    """A record cleaned again: its title, then short lines over one paragraph each, the whole text
    (no page's name, menu or footer around it), the parts sharing no long word with the first, and
    a short line naming nothing of the paragraph under it (`Pressure and reinvention`): one
    article's subheadings, not briefs (the hard negative above: every headline names its brief)."""
    arts = clean("Rail strike called off after late offer\n"
                 "What followed was a long winter.\n"
                 "Pressure and reinvention\n"
                 "Passenger numbers have fallen by half since the bridge opened in 2019.\n"
                 "Understanding the ferry budget\n"
                 "Watch the river rise, residents said, and you learn patience.\n")
    assert [a.title for a in arts] == ["Rail strike called off after late offer"]
    assert arts[0].paragraphs[1::2] == ("Pressure and reinvention", "Understanding the ferry budget")


def test_a_front_of_teaser_cards_gives_no_record():
    """Headline, a teaser cut short (`…`), `Read more`: cards of a front, no brief."""
    assert _records("front-of-teaser-cards-with-cut-teasers.txt") == []


def test_full_stop_headlines_under_the_pages_name_and_menu_head_their_briefs():
    """The page's name (three words) and its menu over briefs whose headlines end with a full
    stop, no blank line, no byline: the pairs start under the menu; one brief's text is a
    standfirst with no full stop, longer than its headline, and it keeps that text."""
    arts = _records("briefs-headlines-with-a-full-stop-under-the-name-and-menu.txt")
    assert [a.title for a in arts] == ["Harbour board keeps the winter timetable.",
                                       "Library extends its opening hours.",
                                       "Farmers count the cost of the late frost.",
                                       "Choir wins the regional cup for the third time."]
    assert arts[1].paragraphs == ("A trial of Saturday afternoons, and a reading room that stays open late",)
    assert not any("Home |" in p for a in arts for p in a.paragraphs)


def test_a_digest_from_one_city_over_a_ranked_list_heads_each_brief():
    """Three briefs open on the same place (`VELMORA. —`): the place is no shared topic; the
    ranked `Most read` list under the last brief, sentences among its items, is no story text."""
    arts = _records("digest-of-briefs-from-one-city-over-a-ranked-list.txt")
    assert [a.title for a in arts] == ["Harbour cranes return to the quay after a long refit",
                                       "Orchestra cancels its spring tour of the south",
                                       "Farmers count the cost of the late frost",
                                       "Museum reopens with a new wing for its lifeboat"]
    assert all(len(a.paragraphs) == 1 for a in arts)


def test_an_article_of_one_sentence_paragraphs_under_the_name_and_menu_stays_one_record():
    """Short paragraphs of one sentence each under the page's name and menu alternate like
    briefs, but they speak of the same swimmers and ferry: one article, all its text kept."""
    arts = _records("article-of-one-sentence-paragraphs-under-the-name-and-menu.txt")
    assert len(arts) == 1
    assert arts[0].title == "Ferry crew rescue two swimmers off the harbour wall"
    assert len(arts[0].paragraphs) == 6


def test_full_stop_headlines_one_over_a_line_of_its_own_head_their_briefs():
    """Headlines with a full stop, no blank line, no byline; one brief's text is a line of its
    own shorter than its headline (a standfirst with no full stop): the pairs go on right under
    it, so it is that brief's text, not a subheading under a sentence, and every brief is a
    record."""
    arts = _records("briefs-headlines-with-a-full-stop-one-over-a-line-of-its-own.txt")
    assert [a.title for a in arts] == ["Harbour board keeps the winter timetable.",
                                       "Two new buses for the hill villages will run from Monday, the council says.",
                                       "Library extends its opening hours on Saturdays.",
                                       "Choir wins the regional cup for the third time."]
    assert arts[1].paragraphs == ("Fares stay the same for another year",)


def test_full_stop_headlines_the_last_over_a_line_of_its_own_head_their_briefs():
    """The last brief's text is a line of its own (its place) with only the copyright under it:
    the page's last brief, kept with its headline."""
    arts = _records("briefs-headlines-with-a-full-stop-the-last-over-a-line-of-its-own.txt")
    assert len(arts) == 4
    assert arts[-1].title == "Farmers count the cost of the late frost in the orchards of the valley."
    assert arts[-1].paragraphs == ("NORTHFIELD, WEST RIDING",)


def test_a_briefs_place_alone_between_two_headlines_is_its_text_not_a_section_label():
    """A brief's only text is its place on a line of its own (`Northfield Harbour`), right over
    the next brief's headline: a section label there would leave the headline over it with no
    text and drop that story, so the line is the brief's text and every brief is a record."""
    arts = _records("briefs-headlines-with-a-full-stop-one-over-its-place-alone.txt")
    assert [a.title for a in arts] == ["Harbour board keeps the winter timetable.",
                                       "Storm damage to the sea wall is worse than first feared.",
                                       "Library extends its opening hours on Saturdays.",
                                       "Choir wins the regional cup for the third time."]
    assert arts[1].paragraphs == ("Northfield Harbour",)
    assert arts[2].section is None


def test_sentences_over_a_subheading_then_prose_stay_one_record():
    """One-sentence paragraphs alternate like briefs, then a sentence over a subheading and a
    paragraph of two sentences: the pairs do not go on under the subheading, so no brief is
    read and the page stays one record with all its text."""
    arts = _records("sentences-over-a-subheading-then-prose-stay-one-record.txt")
    assert len(arts) == 1
    text = "\n".join(arts[0].paragraphs)
    assert "What comes next" in text and "Ferry services were not affected" in text


def test_a_brief_in_a_script_with_no_word_spaces_is_awhole_sentence():
    """A brief's one sentence in Japanese has no spaces between words: its length tells it is
    a sentence, not a line of three words."""
    from cleanscrape.rules.headings import whole_sentence

    assert whole_sentence("港の二台の新しいクレーンは二年間にわたる長い改修を終えて月曜日の朝から作業を再開したと港湾当局の担当者が記者会見で正式に発表した。")
    assert not whole_sentence("港の新しいクレーン…")
    assert not whole_sentence("Port.")


def test_a_ticker_with_two_briefs_over_a_line_of_their_own_heads_every_brief():
    """`Headline · 17:05` over each brief; two of eight briefs hold a line of their own, no
    sentence (a standfirst, a desk's name): the page is still a ticker of briefs (one such brief
    was allowed before), and the standfirst keeps its brief."""
    arts = _records("briefs-ticker-two-over-a-line-of-their-own.txt")
    titles = [a.title for a in arts]
    for t in ["Harbour board keeps the winter timetable", "Library opens on Sundays after a trial in the spring",
              "Storm warning lifted for the northern coast", "Rail line to the airport closed for repairs this weekend",
              "Port signs a deal with a shipping line from the United States",
              "Council finds the money to reopen the paddling pool", "Museum of the sea reopens with a new wing"]:
        assert t in titles
    assert arts[titles.index("Library opens on Sundays after a trial in the spring")].paragraphs == (
        "A reading room that stays open late, and a café on the ground floor",)
    assert not any("Schools to get" in p for a in arts for p in a.paragraphs)


def test_a_schedule_of_times_over_titles_gives_no_briefs():
    """A broadcaster's schedule prints a time after each title and a line of its own under it
    (`Drama, 50 minutes`): no brief holds prose, so the page gives no record."""
    assert _records("tv-schedule-times-over-titles.txt") == []


def test_a_briefs_sentence_may_end_on_an_abbreviations_stop():
    """A long sentence that ends on `U.S.` is whole; a short line cut at `Gov.` is not."""
    from cleanscrape.rules.headings import whole_sentence

    assert whole_sentence("The new committee sent a letter on Wednesday about the police stations said to be "
                           "operating inside the U.S.")
    assert not whole_sentence("The deal won the backing of Indiana Gov.")


def test_a_digest_whose_briefs_end_without_a_full_stop_heads_each_brief():
    """Two briefs' text ends with no full stop (a first sentence cut by the source): each opens
    on its place's lead-in (`PARIS. —`), which opens a story's own text; the ranked list under a
    heading of three words (`Les plus lus`) is neither a brief nor story text."""
    arts = _records("digest-of-briefs-without-a-final-stop-over-a-ranked-list.txt")
    assert [a.title for a in arts] == ["Harbour cranes return to the quay after a long refit",
                                       "Orchestra cancels its spring tour of the south",
                                       "Farmers count the cost of the late frost",
                                       "Museum reopens with a new wing for its lifeboat"]
    assert [a.paragraphs[0].split(".")[0] for a in arts] == ["VELMORA", "PARIS", "ALDERTON", "NORTHFIELD"]
    assert not any(p.startswith(("1 ", "2 ", "3 ")) for a in arts for p in a.paragraphs)


def test_briefs_with_their_time_under_the_headline_one_without_prose_head_the_others():
    """Five briefs each with its time alone under the headline; one holds only a standfirst
    and a label (`What to know:`), no prose: one brief in three may, and the page is still one
    of briefs (it was one record, and the briefs after the third were lost)."""
    arts = _records("briefs-with-their-time-under-the-headline-one-without-prose.txt")
    titles = [a.title for a in arts]
    for t in ["Harbour board keeps the winter timetable for another month",
              "Library extends its opening hours on Saturdays",
              "Rail line to the airport closed for repairs this weekend",
              "Council finds the money to reopen the paddling pool"]:
        assert t in titles
    assert not any(p in ("8.05", "7.04") for a in arts for p in a.paragraphs)
    assert arts[-1].paragraphs[0].startswith("The pool in Alder Park")


def test_briefs_of_one_sentence_each_under_their_time_head_each_brief():
    """Five briefs of one whole sentence each, the time alone on its line under each headline:
    a page of news, not a front of teaser cards (it gave no record: the story cards' test read
    each sentence as a card's teaser between two times)."""
    arts = _records("briefs-of-one-sentence-each-under-their-time.txt")
    assert [a.title for a in arts] == _FIVE_BRIEFS
    assert all(len(a.paragraphs) == 1 for a in arts)
    assert arts[0].paragraphs[0].startswith("The ferry will keep")
    assert not any(p in ("08:05", "12:58") for a in arts for p in a.paragraphs)


def test_briefs_of_one_sentence_each_under_their_time_over_the_headline_head_each_brief():
    """The same page in German, each time (`17.32 Uhr`) alone over its headline."""
    arts = _records("briefs-of-one-sentence-each-under-their-time-over-the-headline.txt")
    assert [a.title for a in arts] == ["Hafenamt behält den Winterfahrplan einen weiteren Monat bei",
                                       "Stadtbibliothek öffnet samstags länger",
                                       "Bahnstrecke zum Flughafen am Wochenende gesperrt",
                                       "Gemeinderat findet das Geld für das Planschbecken"]


def test_briefs_under_their_time_two_texts_read_as_headlines_head_each_brief():
    """Five briefs each with its time alone under the headline; two texts have no full stop
    (one short: the generic decisions drop it, the other reads as a related headline): in the
    brief's text slot they still count as its text, and the page is one of briefs (it gave one
    record: the story cards' test took the other texts for teasers)."""
    arts = _records("briefs-under-their-time-two-texts-read-as-headlines.txt")
    assert [a.title for a in arts] == ["Harbour board keeps the winter timetable for another month",
                                       "Storm damage cleared from the quay overnight",
                                       "Rail line to the airport closed for repairs this weekend",
                                       "New bakery opens on the market square",
                                       "Choir wins the regional cup for the third time"]
    assert [len(a.paragraphs) for a in arts] == [1, 1, 1, 1, 1]
    assert arts[3].paragraphs[0] == "A family from the valley takes over the old pharmacy"


def test_a_front_of_cut_teasers_under_their_time_gives_no_record():
    """Headline, a time alone, a teaser cut short (`…`): a front's cards with times, no briefs."""
    assert _records("front-of-cut-teasers-under-their-time.txt") == []


def test_a_schedule_of_times_alone_over_titles_gives_no_briefs():
    """A broadcaster's schedule with each time alone over its programme's title and genre."""
    assert _records("tv-schedule-times-alone-over-titles.txt") == []


# brief25: timed briefs and broadcaster pages of the seventh probe batch (``--half probe7``)

def test_a_clock_word_before_each_briefs_time_heads_its_brief():
    """`ore 9:06 | Headline`: the clock's own word before the time (`ore`, `kl.`, `às`,
    `godz.`) and a mark after it; each brief's headline is its words after the time."""
    arts = _records("live-briefs-clock-word-before-each-headline.txt")
    assert [a.title for a in arts] == ["Il traghetto per l'isola torna a viaggiare anche la sera",
                                       "Biblioteca comunale aperta anche la domenica mattina",
                                       "Chiusa per lavori la strada del porto fino a venerdì",
                                       "Allerta meteo revocata per la costa settentrionale"]
    assert [len(a.paragraphs) for a in arts] == [1, 1, 1, 1]


def test_a_live_pages_times_with_a_key_event_label_head_their_briefs():
    """Each brief's time alone over its headline, some with a label (`9.13 Uhr · Wichtig`,
    `Wichtig 14.47 Uhr`), a pinned label over the first, the page's `Aktualisiert 8.25 Uhr`
    over them all: four briefs, no time in a body."""
    arts = _records("live-briefs-time-with-a-key-event-label.txt")
    assert [a.title for a in arts] == ["Fähre nach Nordholm fährt im Winter auch am Abend",
                                       "Stadtbibliothek öffnet nach einem Probelauf auch sonntags",
                                       "Hafenstraße bis Freitag wegen Bauarbeiten gesperrt",
                                       "Sturmwarnung für die Nordküste aufgehoben"]
    assert all(len(a.paragraphs) == 1 and "Uhr" not in a.paragraphs[0][:12] for a in arts)


def test_briefs_with_their_time_under_their_text_head_each_brief():
    """Headline, one sentence of text, then the time under it (`8:49 am`), the next headline
    right under each time: four briefs (one record of none before)."""
    arts = _records("live-briefs-time-under-each-text.txt")
    assert [a.title for a in arts] == ["Ferry operator adds a late crossing for the winter",
                                       "Library opens on Sundays after a trial in the spring",
                                       "Harbour road closed for repairs until Friday",
                                       "Storm warning lifted for the northern coast"]
    assert not any(p.endswith(("am", "pm")) for a in arts for p in a.paragraphs)


def test_a_broadcasters_clips_under_their_programme_head_each_story():
    """A programme's name over each headline, the clip's length (`▶ 05:42`, `VIDEO 03:21`) and
    the reporter's credit under it: two stories, each titled by its headline."""
    arts = _records("broadcaster-clips-with-their-length-and-reporter.txt")
    assert [a.title for a in arts] == ["Harbour cranes return to Port Velmora after a two-year refit",
                                       "Farmers count the cost of the late frost in the valley"]
    assert any(p.startswith("Dock workers") for p in arts[0].paragraphs)
    assert arts[1].paragraphs[0].startswith("Growers in the upper valley")


def test_an_articles_paragraphs_opening_on_a_time_stay_one_article():
    """Hard negative: a single article whose paragraphs open on a time (`20:15 The first
    warning ...`) is one record, its timed paragraphs its text."""
    arts = _records("article-paragraphs-opening-on-a-time.txt")
    assert len(arts) == 1
    assert arts[0].title == "How the night of the storm unfolded on the northern coast"
    assert sum(p[:2].isdigit() for p in arts[0].paragraphs) == 4


def test_a_channels_schedule_with_labelled_times_gives_no_record():
    """Hard negative: a schedule (times over or before programme names, some with a label,
    `22:00 · Live`) under `Watch live` is no story."""
    assert _records("tv-schedule-times-with-labels-and-watch-live.txt") == []


def test_a_markets_pages_ticker_and_clip_lengths_leave_the_stories():
    """A ticker's quote rows over the stories (`DAX 18,234.50 +0.42%`, `EUR/USD 1.0842 ▲0.3%`),
    a quote and a clip's length under each headline (`▶ 02:14`, `Video 2:14 min`): chrome
    (CS425, CS426); each story keeps its text and only it."""
    arts = _records("markets-ticker-and-clip-lengths.txt")
    assert [a.title for a in arts] == ["Harbour operator shares slide after the winter timetable cut",
                                       "Farmers count the cost of the late frost in the valley"]
    assert [p[:6] for p in arts[0].paragraphs] == ["Shares", "The op"]
    assert [p[:6] for p in arts[1].paragraphs] == ["Grower", "The fa"]
    codes = {r.code for a in arts for r in a.removed}
    assert {"CS425", "CS426"} <= codes


def test_an_articles_quotes_figures_and_times_stay_its_text():
    """Hard negative: an article about the markets keeps the sentence citing a quote, the list of
    quotes its sentence introduces, its table of figures, a one-line paragraph with a percentage,
    a time of day (`10:42`) and a score (`2:1`) in its sentences."""
    arts = _records("markets-article-with-quotes-in-its-text.txt")
    assert len(arts) == 1
    text = arts[0].paragraphs
    for kept in ("DAX 18,234.50 +0.42%", "CAC 40 7,477.01 -0.48%", "FTSE 100 8,009.36 -1.40%",
                 "Turnover on the Frankfurt exchange rose by 12%.", "| DAX | 18,234.50 | +0.42% |"):
        assert kept in text
    assert any("10:42" in p and "2:1" in p for p in text)
    assert not any(r.code in ("CS425", "CS426") for r in arts[0].removed)


def test_live_briefs_under_their_time_some_opening_on_a_line_with_no_stop_head_each_brief():
    """(seg37) Five briefs under their time, two of them opening on a paragraph's length of
    text with no full stop (a deck, or a one-line text its source left unstopped): that line is
    the brief's text, not a schedule's entry, so the page's times still head every brief (it
    gave no record: two bare briefs in five read as a schedule)."""
    arts = _records("live-briefs-under-their-time-some-opening-on-a-line-with-no-stop.txt")
    assert [a.title for a in arts] == _FIVE_BRIEFS
    assert arts[2].paragraphs[0].startswith("Trains to the airport will not run")


def test_a_schedule_of_times_over_titles_with_a_short_line_under_each_gives_no_briefs():
    """Hard negative: a time over each programme's title and a short line under it (`Drama
    series, episode four of six`, fewer than a paragraph's words and characters): a schedule,
    no record."""
    assert _records("tv-schedule-times-over-titles-a-genre-under-each.txt") == []


# seg48: timed briefs under each brief's date with its time of day (`09:15, Mar 3, 2025`)

def test_briefs_under_their_headline_and_date_and_time_head_each_brief():
    """(seg48) Headline, then the brief's date with its time of day (`11:58, FEB 8, 2025`), then
    its text, five times: the stamp in the place a time alone would take heads each brief, so
    the brief whose one line of text has no full stop keeps its record (it went into the brief
    above, its headline and text taken as a related story's)."""
    arts = _records("briefs-under-their-headline-and-date-and-time-one-text-with-no-stop.txt")
    assert [a.title for a in arts] == [_FIVE_BRIEFS[0], _FIVE_BRIEFS[1],
                                       "Northfield Rovers snatch a late point against the league leaders (2-2)",
                                       _FIVE_BRIEFS[3], _FIVE_BRIEFS[4]]
    assert [len(a.paragraphs) for a in arts] == [2, 1, 1, 2, 1]
    assert arts[2].published == "2025-02-08T11:58"


def test_a_stamp_between_a_headline_and_its_deck_leaves_the_headline_the_title():
    """Hard negative (seg48): headline, date with its time, a deck of headline shape, then the
    story: the headline over the stamp titles the story, not the deck under it."""
    arts = _records("stories-under-their-date-and-time-each-with-a-deck.txt")
    assert [a.title for a in arts] == ["Harbour cranes return to Port Velmora after a two-year refit",
                                       "Farmers count the cost of the late frost in the valley"]


def test_clips_under_their_date_and_time_over_a_presenter_keep_their_headlines():
    """Hard negative (seg48): each clip's headline over its date and time, the presenter's line
    under it (`Presented by ...`, headline-shaped): the headlines title the clips."""
    arts = _records("clips-under-their-date-and-time-each-over-its-presenter.txt")
    assert [a.title for a in arts] == ["Harbour cranes return to Port Velmora after a two-year refit",
                                       "Library extends its opening hours on Saturdays",
                                       "Farmers count the cost of the late frost in the valley",
                                       "Choir wins the regional cup for the third time"]


def test_an_article_with_one_date_and_time_line_stays_one_record():
    """Hard negative (seg48): a single article of short paragraphs under one date with its
    time is one record."""
    arts = _records("article-with-one-date-and-time-line-and-short-paragraphs.txt")
    assert len(arts) == 1 and len(arts[0].paragraphs) == 4


def test_full_stop_headlines_over_bylines_at_one_period_head_briefs_shorter_than_them():
    """Each brief prints one skeleton at one period (a headline with a full stop, its byline,
    its text, the separator `· · ·`): the skeleton heads each brief even where most texts are
    shorter than their headlines, which alone would read as sentences over bylines."""
    arts = _records("briefs-headlines-with-a-full-stop-short-texts-between-separators.txt")
    assert [a.title[:24] for a in arts] == ["Harbour board keeps the ", "Library extends its open",
                                            "Rail line to the airport", "Council finds the money "]
    assert [a.byline for a in arts] == ["Ada Linford", "Tomas Reyes", "Elin Marsh", "Ruth Okafor"]
    assert all(len(a.paragraphs) == 1 for a in arts)


def test_a_digest_whose_texts_all_open_on_a_lead_in_heads_each_brief_sharing_words():
    """Every text opens on its lead-in (`VELMORA. — ALDERTON (Wire) -`): the digest's period, so
    briefs that share an agency's name and a weekday are still a brief each."""
    arts = _records("digest-of-briefs-with-a-place-lead-in-sharing-their-agency.txt")
    assert [a.title for a in arts] == ["Harbour cranes return to the port after a long refit",
                                       "Orchestra cancels its spring tour of the south",
                                       "Farmers count the cost of the late frost in the valley"]
    assert all(len(a.paragraphs) == 1 for a in arts)


def test_a_markets_story_opening_on_short_lines_keeps_its_byline_slot_and_headline():
    """`Tomas Reyes, Markets reporter` under a quote under a headline prints the job the slot's
    other names print; its story opens on two short lines, and it still heads its own record."""
    arts = _records("markets-stories-one-opening-on-short-lines.txt")
    assert [a.title for a in arts] == ["Harbour operator shares slide after the winter timetable cut",
                                       "Farmers count the cost of the late frost in the valley",
                                       "Rail operator wins the contract for the airport line"]
    assert [a.byline for a in arts] == ["Ada Linford", "Tomas Reyes", "Elin Marsh"]
    assert [len(a.paragraphs) for a in arts] == [1, 3, 2]


def test_a_live_pages_line_in_the_headline_slot_over_a_short_line_heads_its_brief():
    """Separator, date, headline, brief after brief: the line in the headline's slot heads its
    brief though a short line (`Verdict`) and one paragraph stand under it, not two."""
    arts = _records("live-briefs-under-their-date-one-over-a-short-line.txt")
    assert [a.title[:26] for a in arts] == ["Harbour board keeps the wi", "Library extends its openin",
                                            "Does the old bridge need a", "Choir wins the regional cu",
                                            "Farmers count the cost of "]
    assert arts[2].paragraphs[0] == "Verdict" and arts[2].published == "2025-10-03T17:05"
    assert not any("old bridge" in p for p in arts[1].paragraphs)


def test_briefs_between_separators_keep_their_one_word_and_unfinished_texts():
    """Each brief's header (a headline, its byline) between two prints of the page's separator
    `· · ·`: the text under it up to the separator is the brief's own, even one word (`Checked`)
    or a line with no full stop, and the first brief (no separator over it) keeps its text too."""
    arts = _records("briefs-between-separators-with-one-word-and-unfinished-texts.txt")
    assert [a.byline for a in arts] == ["Ada Linford", "Tomas Reyes", "Elin Marsh", "Ruth Okafor", "Nils Berg"]
    assert [a.paragraphs[0] for a in arts if len(a.paragraphs) == 1][:2] == [
        "Ferries every ninety minutes on weekdays until the spring", "Checked"]
    assert all(len(a.paragraphs) == 1 for a in arts)


# seg12: the per-story skeleton of timed briefs, broadcasters and dated feeds (issue #18)

def test_timed_briefs_keep_their_short_text_between_a_quote_and_the_next_time():
    """`kl. 9.12` over each headline, a market's quote under some, then the brief's text (a
    phrase with no full stop over a sentence, a sentence of news): what stands between a headline
    and the next brief's time, past the quote, is the brief's; four records, no quote in a body
    (a regression guard: main keeps these texts too, the content scorer keeping them)."""
    arts = _records("markets-briefs-quote-under-each-headline.txt")
    assert [a.title for a in arts] == ["Ferry operator shares climb after the winter timetable is kept",
                                       "Harbour board approves the new container crane order",
                                       "Fish market prices ease as the autumn catch comes in",
                                       "Rope works to close its last shed at the end of the year"]
    assert [a.paragraphs[0][:10] for a in arts] == ["Investors ", "A big orde", "Prices at ", "The owners"]
    assert not any("%" in p for a in arts for p in a.paragraphs)


def test_a_broadcasters_credit_in_words_no_list_holds_vouches_for_its_headline():
    """A headline over its clip's length (`▶ 05:04`; `VIDEO` over `03:21`) and a credit in words no
    language file lists (`Mara Quell, Hafenreporterin`, `Presenta Tobin Arles`), prose under it:
    each story its record, the first titled by its headline, not by the credit under it."""
    arts = _records("broadcaster-credits-in-any-words.txt")
    assert [a.title for a in arts] == ["Harbour cranes return to Port Velmora after a two-year refit",
                                       "Farmers count the cost of the late frost in the valley"]
    assert arts[0].byline == "Mara Quell"
    assert not any("Hafenreporterin" in p for a in arts for p in a.paragraphs)


def test_a_dated_feeds_one_line_briefs_head_their_records():
    """Separator, date, headline, text, story after story: a brief whose text is one short line
    (`A small win for island commuters`, `Nothing but praise for the singers`), first or last,
    is a record of its own, as the page's period says."""
    arts = _records("dated-feed-one-line-brief.txt")
    assert [a.title for a in arts][::4] == ["Harbour board keeps the winter timetable for another month",
                                            "Choir wins the regional cup for the third time"]
    assert len(arts) == 5
    assert arts[0].paragraphs == ("A small win for island commuters",)
    assert arts[-1].paragraphs == ("Nothing but praise for the singers",)


def test_a_timed_briefs_time_is_reported_in_its_audit():
    """A timed brief's title is its headline's words; the time its line prints before them is in
    the record's audit, in the title's line's place, so nothing of the page goes unreported."""
    from cleanscrape.segment import TITLE_REST_REASON
    page = ("World briefs\n"
            "09:15 Harbour cranes return to the bay\n"
            "The cranes came back on Monday after a long refit, the port authority said on Tuesday.\n"
            "10:40 Ferry to the island runs hourly again\n"
            "The ferry will run every hour from May, the operator said on Tuesday afternoon.\n"
            "11:05 New pier opens for the summer season\n"
            "Passenger numbers have doubled since the new pier opened last spring, officials said.\n")
    arts = clean(page)
    assert [a.title for a in arts] == ["Harbour cranes return to the bay", "Ferry to the island runs hourly again",
                                       "New pier opens for the summer season"]
    leads = [[(r.code, r.line, r.text) for r in a.removed if r.reason == TITLE_REST_REASON] for a in arts]
    assert leads == [[("CS304", 2, "09:15")], [("CS304", 4, "10:40")], [("CS304", 6, "11:05")]]
    first = [r.line for r in arts[0].removed]
    assert first == sorted(first)  # (in the line's place: the list heading over it first)


def test_a_time_printed_after_the_headline_is_reported_too():
    from cleanscrape.segment import TITLE_REST_REASON
    page = ("World briefs\n"
            "Harbour cranes return to the bay · 09:15\n"
            "The cranes came back on Monday after a long refit, the port authority said on Tuesday.\n"
            "Ferry to the island runs hourly again · 10:40\n"
            "The ferry will run every hour from May, the operator said on Tuesday afternoon.\n"
            "New pier opens for the summer season · 11:05\n"
            "Passenger numbers have doubled since the new pier opened last spring, officials said.\n")
    arts = clean(page)
    assert [a.title for a in arts][0] == "Harbour cranes return to the bay"
    assert [[r.text for r in a.removed if r.reason == TITLE_REST_REASON] for a in arts] == [
        ["· 09:15"], ["· 10:40"], ["· 11:05"]]
