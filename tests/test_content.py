"""Content scoring on pages from templates no rule knows (naive scraped text)."""

from __future__ import annotations

import cleanscrape
from cleanscrape.pipeline import Pipeline

MENU = ["Home", "Workouts", "Nutrition", "Community", "Recipes", "Shop", "Search"]
INTRO = [
    "If you have cooked from the harbour market before, you know how a weekly plan keeps the fridge honest.",
    "This plan follows the same portions as last month's, so you can reuse your shopping list without change.",
    "It works for both the summer and the winter menus, so there is no need to count anything twice.",
]
PLAN = ["Breakfast", "Oats and berries", "Lunch", "Lentil soup", "Dinner", "Grilled fish and greens"] * 6
FOOTER = [
    "The information provided on this website is for general purposes only and is not a substitute for advice.",
    "Results vary depending on starting point, goals and effort, and no outcome is promised to any reader.",
    "These statements have not been evaluated by any authority, and the products are not meant to treat illness.",
    "Consult your physician before beginning any programme, and follow every safety instruction you are given.",
]


def test_the_run_under_a_known_headline_wins_over_a_heavier_footer():
    page = "\n".join(["Weekly plan for the harbour market | The Kitchen Blog", *MENU,
                      "Weekly plan for the harbour market", "BLOG > Food > Plans",
                      "March 4, 2025 | BY: Ana Ruiz", *INTRO, *PLAN, "Related Articles", *MENU[:3], *FOOTER])
    (record,) = cleanscrape.clean(page)
    assert record.title == "Weekly plan for the harbour market"
    assert record.byline == "Ana Ruiz" and record.published == "2025-03-04"
    assert record.paragraphs[: len(INTRO)] == tuple(INTRO)
    assert not any(p in record.paragraphs for p in FOOTER)
    assert not any(p in record.paragraphs for p in MENU)


STORY = [
    "Shares of Velmora Shipping jumped on Thursday after the company reported its most profitable quarter "
    "since it went public, helped by high freight rates and a fuller order book than analysts expected. "
    "The shares closed at their highest level in more than a decade, and trading volume was three times "
    "the daily average of the past month, according to figures from the exchange.",
    "Net profit rose to 410 million dollars in the three months to September, up from 250 million dollars "
    "a year earlier, while revenue rose by a fifth to 2.1 billion dollars over the same period of time. "
    "The company said that higher rates on its routes to the islands had made up for the cost of fuel, "
    "which rose for the third quarter in a row and weighed on most of its rivals.",
]
TICKER = ["In this article", "VSHP", "+12.40 (+12.1%)", "Follow your favorite stocks", "CREATE FREE ACCOUNT"]
LIST = ["8 ripe pears, cored and peeled", "1 lemon, or about a quarter cup of juice", "6 tbsp pectin powder",
        "1 tsp cinnamon", "1 tsp ground ginger"]
CLOSE = [
    "The company raised its dividend by a third and said it expected freight rates to stay high into next "
    "year, when two new ships will join its fleet on the routes between the northern ports and the islands. "
    "It also said it would buy back shares worth up to 200 million dollars over the next twelve months, "
    "the first such programme since it listed, and that the board would review the plan in the spring.",
    "Its chief executive said demand had been stronger than planned for, and that the order book was now "
    "full until the end of the following year, for the first time since the company listed its shares. "
    "She said the company would not raise prices further this winter, even if rivals did, because it "
    "wanted to keep the customers it had won while two of the region's largest ports were closed.",
    "Analysts at two banks raised their price targets for the shares after the results, saying the company "
    "had kept its costs under control better than its rivals had. One of them warned, though, that freight "
    "rates tend to fall quickly once ports reopen, and that the company's profits would follow them down.",
    "The company will publish its results for the full year in February, when it is also expected to say "
    "how many of the old ships in its fleet it plans to sell, and whether it will order more new ones from "
    "the yard at Lindau that built the two vessels joining the fleet next year.",
]


def test_a_run_of_link_like_short_lines_inside_the_text_goes_a_list_stays():
    page = "\n".join([*MENU, "Velmora Shipping shares jump after a record quarter", "By Sam Okafor", *STORY,
                      *TICKER, CLOSE[0], "What the company will pay out", *LIST, *CLOSE[1:],
                      "Most Popular", *MENU[:4]])
    (record,) = cleanscrape.clean(page)
    assert record.title == "Velmora Shipping shares jump after a record quarter"
    assert not any(t in record.paragraphs for t in TICKER)
    assert record.paragraphs == (*STORY, CLOSE[0], "What the company will pay out", *LIST, *CLOSE[1:])


def test_chinese_is_measured_in_characters_and_korean_in_words():
    from cleanscrape.rules.content import GOOD, NEAR, SHORT, classify_block

    # forty characters or more that end a sentence: a paragraph in a script with no spaces
    assert classify_block("过去，许多孩子每天要步行两个多小时才能到达镇上的学校。新学校启用后，学生可以在校住宿。", None)[0] == GOOD
    assert classify_block("县教育局介绍，明年还将在另外两个乡镇建设同类学校。", None)[0] == NEAR
    assert classify_block("山区教师招聘计划启动", None)[0] == SHORT  # a headline in a story list
    # Korean spaces its words: a short line of it is a headline, not a sentence
    assert classify_block("‘VIP’ 불륜에 부조리까지 덮친 장나라,..", None)[0] == SHORT


def test_arabic_headline_and_date_are_found_in_a_script_without_case():
    # Arabic has no capitals: a headline opens with any letter, and its date names an Arabic month
    title = "افتتاح جسر جديد يربط ضفتي النهر في المدينة القديمة"
    story = [
        "افتتح محافظ المدينة صباح الخميس الجسر الجديد الذي يربط ضفتي النهر في المدينة القديمة، بعد ثلاث "
        "سنوات من أعمال البناء.",
        "ويبلغ طول الجسر أربعمئة متر، ويضم أربع حارات للسيارات وممرا للمشاة والدراجات، ومن المتوقع أن يخفف "
        "الازدحام في وسط المدينة.",
        "وقال المحافظ في كلمة خلال حفل الافتتاح إن الجسر سيختصر زمن الرحلة بين الضفتين من نصف ساعة إلى خمس "
        "دقائق.",
    ]
    page = "\n".join([f"{title} | الوطن اليوم", "الرئيسية", "أخبار", "اقتصاد", title,
                      "الخميس 20 مارس 2025 10:30", *story, "شارك", "فيسبوك", "تويتر"])
    (record,) = cleanscrape.clean(page)
    assert record.title == title
    assert record.published == "2025-03-20T10:30"
    assert record.paragraphs == tuple(story)


def test_a_list_and_the_last_paragraph_under_it_close_the_article():
    # scored (comments under a counter): the list's items weigh less than the paragraph
    # after them, but nothing but the page's chrome follows that paragraph
    story = [
        "Fares on the island ferries will be frozen for two years, the regional government announced on "
        "Thursday, after a campaign by islanders who said rising prices cut them off from the mainland.",
        "The freeze will cost about four million a year and will be paid from the regional budget, transport "
        "minister Omar Beck said.",
        "What islanders said",
        "The campaign group Fair Fares gathered more than 8,000 signatures, about a third of the islands' "
        "population.",
        "Adult single: 12 euros",
        "Child single: 6 euros",
        "Car and driver: 48 euros",
        "The operator said it welcomed the freeze but warned that fuel costs were still rising.",
    ]
    page = ["Ferry fares frozen for two years – Island Chronicle", "Skip to content", "News", "Sport",
            "Ferry fares frozen for two years", "Posted on March 20, 2025 by Hana Ito", *story,
            "Tagged ferries, fares", "2 thoughts on “Ferry fares frozen for two years”",
            "Karl Menz March 20, 2025 at 10:02 am",
            "About time. The fares doubled in five years and nobody in the capital noticed.",
            "Leave a Reply"]
    (record,) = cleanscrape.clean("\n".join(page))
    assert record.paragraphs == tuple(story)


def test_the_language_of_the_text_picks_its_stopword_list():
    from cleanscrape.rules.content import detect_language
    from cleanscrape.rules.stopwords import STOPWORDS

    texts = {
        "sv": "Kommunen meddelade på onsdagen att det nya badhuset öppnar i september, och att det har "
              "kostat mer än planerat efter problem med ventilationen som inte var klar i tid.",
        "da-no": "Kommunen meddelte onsdag at den nye svømmehal åpner i september, og at den har kostet mer "
                 "enn planlagt etter problemer med ventilasjonen som ikke var klar i tide.",
        "pl": "Gmina poinformowała w środę, że nowy basen zostanie otwarty we wrześniu i że kosztował więcej, "
              "niż planowano, bo wentylacja nie była gotowa na czas, a prace trwały dłużej.",
        "ru": "Администрация сообщила в среду, что новый бассейн откроется в сентябре и что он стоил больше, "
              "чем планировалось, потому что вентиляция не была готова вовремя, а работы шли дольше.",
        "tr": "Belediye çarşamba günü yeni yüzme havuzunun eylülde açılacağını ve havalandırma zamanında "
              "bitmediği için planlanandan daha pahalı olduğunu açıkladı, ama bu çok da şaşırtıcı değil.",
        "id-ms": "Pemerintah kota mengumumkan pada hari Rabu bahwa kolam renang yang baru akan dibuka pada "
                 "bulan September, dan biayanya lebih besar dari rencana karena ventilasi belum selesai.",
    }
    for lang, text in texts.items():
        assert detect_language([text, text]) is STOPWORDS[lang], lang


def test_cards_under_the_article_make_no_record_and_leave_no_teaser():
    # a card of `More on this story` reads as a headline over its date; under it, `Top Stories`
    # (a list heading, not an author beside a date) and a card with a one-sentence teaser
    story = [
        "The council approved the new harbour plan on Tuesday after a debate that lasted more than four hours "
        "and ended with a vote of nine to two.",
        "The plan moves the ferry terminal to the north quay and frees the old pier for a park and a market.",
        "Work on the new terminal starts in the spring and should be finished by the end of next year.",
    ]
    page = ["Harbour plan approved - Valley Post", "Home", "News", "Harbour plan approved", "By Ana Ruiz",
            *story, "Share this story", "Facebook", "More on this story", "Ferry terminal to move north, council says",
            "1 July 2025", "The harbour plan explained in five charts", "1 July 2025",
            "Top Stories", "Storm warning for the coast on Friday",
            "Forecasters expect gusts of up to 110 km/h on the islands.", "20 November 2025",
            "Lindau brewer wins national award", "20 November 2025"]
    (record,) = cleanscrape.clean("\n".join(page))
    assert record.title == "Harbour plan approved"
    assert record.paragraphs == tuple(story)


def test_lines_of_zero_width_characters_neither_cut_the_text_nor_stay():
    first = ["The council approved the new harbour plan on Tuesday after a debate that lasted more than "
             "four hours and ended with a vote of nine to two.",
             "The plan moves the ferry terminal to the north quay and frees the old pier for a park."]
    second = ["Work on the new terminal starts in the spring and should be finished by the end of next year, "
              "the council said, if the budget allows it.",
              "Residents will be asked for their views on the park at two meetings in March."]
    page = ["Valley Post", "Home", "News", "Sport", "Weather", "Sign in", *first,
            "\u200b", "\u200b", "\u200b", "\u200b", *second, "About us", "Contact", "Privacy"]
    (record,) = cleanscrape.clean("\n".join(page))
    assert record.paragraphs == (*first, *second)


CHROME = ["About us", "Contact", "Privacy policy", "Cookie settings", "© 2025 Valley Sentinel"]
TABLE = ["Average October temperature (degrees)", "City", "Temperature", "Halden", "62.4",
         "Carrow Falls", "61.8", "Brennock", "60.7", "Lytton Mills", "59.9", "Ashby Cross", "58.2"]
AFTER_TABLE = [
    "The state climatologist said a single warm month does not prove anything by itself, but that the "
    "valley has now had eight of its ten warmest autumns since the year 2000, which is the real signal.",
    "Orchards in Brennock reported a long harvest and a late frost, while the dry weather dried out the "
    "forests in the hills west of Lytton Mills, where two small fires burned for most of a week.",
    "November has started cooler, and the weather service expects near-normal temperatures for the rest "
    "of the month, with the first hard frost of the season likely in the valley towns next week.",
]


def test_a_table_set_one_cell_a_line_stays_inside_the_article():
    """Naive text prints a `<table>` one cell a line: a long stretch of short lines that
    would end the run. The numbers standing at the same place in row after row make it a
    table; the text after it is the same article's and stays."""
    page = "\n".join(["Valley Sentinel", *MENU, "October was the warmest on record in the valley",
                      "By Ana Ruiz", *STORY, *TABLE, *AFTER_TABLE, "More Climate", *MENU[:4], *CHROME])
    (record,) = cleanscrape.clean(page)
    assert record.paragraphs == (*STORY, *TABLE, *AFTER_TABLE)


def test_pagination_is_no_table():
    """Numbers that stand one a line with nothing between them (`1` / `2` / `3`) are
    pagination, not a table's column: they go with the rest of the footer."""
    page = "\n".join(["Valley Sentinel", *MENU, "October was the warmest on record in the valley",
                      "By Ana Ruiz", *STORY, *AFTER_TABLE, "Previous", "1", "2", "3", "4", "5", "6", "Next",
                      *CHROME])
    (record,) = cleanscrape.clean(page)
    assert record.paragraphs == (*STORY, *AFTER_TABLE)


def test_text_in_a_language_with_no_stopword_list_ends_its_sentences_with_a_danda():
    paragraphs = [
        "चंदनपुर ज़िले की सबसे पुरानी सिंचाई नहर की मरम्मत का काम पूरा हो गया है। अब बीस गांवों के खेतों तक "
        "फिर से पानी पहुंचेगा और किसान रबी की बुवाई समय पर कर सकेंगे।",
        "पिछले तीन साल से नहर की दीवारें जगह-जगह टूटी हुई थीं और पानी खेतों तक पहुंचने से पहले ही बह जाता था। "
        "विभाग ने इस साल मरम्मत के लिए दो करोड़ रुपये मंज़ूर किए थे।",
        "सुखपुरा गांव के किसान रामनिवास यादव ने बताया कि पिछले साल उनकी आधी फसल पानी की कमी से सूख गई थी। "
        "इस बार उन्हें उम्मीद है कि पूरी ज़मीन पर गेहूं बोया जा सकेगा।",
    ]
    page = "\n".join(["होम", "देश", "विदेश", "राज्य", "खेल", "लॉगिन", *paragraphs, "शेयर करें", "फेसबुक",
                      "हमारे बारे में", "संपर्क करें"])
    (record,) = cleanscrape.clean(page)
    assert record.paragraphs == tuple(paragraphs)


CARDS = [
    ("Council approves new tram line to Eastmoor", "The new line will link the city centre with the eastern estates by 2029."),
    ("Flood defences hold as the river peaks", "Residents of Lowbridge were told they could return home on Tuesday."),
    ("Hospital trust names a new chief executive", "Dr Mira Castellane will take over the trust in January."),
    ("Budget vote pushed back to December", "The delay gives the parties more time to agree on bus fares."),
]
AGES = ["2 hours ago", "3 hours ago", "Yesterday", "14 Nov 2025"]


def test_a_page_of_story_cards_gives_no_record():
    """A home page or a search page lists stories and holds none: teaser, age, teaser, age."""
    cards = [line for (head, teaser), age in zip(CARDS, AGES) for line in (head, teaser, age)]
    assert cleanscrape.clean("\n".join(["Valley Herald", *MENU, "Top stories", *cards, *CHROME])) == []
    bylined = [line for (head, teaser), age in zip(CARDS, AGES)
               for line in ("Business", head, teaser, f"Lucia Branwell {age}")]
    assert cleanscrape.clean("\n".join(["Valley Herald", *MENU, *bylined, "Family notices",
                                        "Births, marriages and deaths from the coast. Place a notice",
                                        *CHROME])) == []
    results = [line for (head, teaser), age in zip(CARDS, AGES) for line in (head, "News", age, teaser)]
    assert cleanscrape.clean("\n".join(["Valley Herald", *MENU, "Search results", "23 results", *results,
                                        "Showing 1-4 of 23", *CHROME])) == []


def test_briefs_and_live_entries_between_dates_are_kept():
    """Look-alikes of story cards, where CS503 takes nothing: briefs of two sentences each
    under a headline and a date, and a live blog's one-sentence entries under a headline
    and its byline."""
    without = Pipeline().without("CS503")
    briefs = [(head, age, teaser + " Officials said more details would follow next week.")
              for (head, teaser), age in zip(CARDS, AGES)]
    page = "\n".join(["Valley Herald", *MENU, "Local", *[x for b in briefs for x in b], *CHROME])
    records = cleanscrape.clean(page)
    assert records and records == without.clean(page)
    assert briefs[-1][2] in records[-1].paragraphs
    entries = [(f"{10 + k}:{15 * k:02d}", teaser) for k, (_, teaser) in enumerate(CARDS)]
    page = "\n".join(["Valley Herald", *MENU, "Storm live: gales sweep the coast as ferries stay in port",
                      "By Morgan Treacy", "18 November 2025", *[x for e in entries for x in e], *CHROME])
    (record,) = cleanscrape.clean(page)
    assert record.paragraphs == tuple(t for _, t in entries)


def test_an_error_page_gives_no_record_and_an_article_about_a_missing_page_stays():
    error = ["Page not found", "404", "Sorry, we couldn't find the page you were looking for.",
             "It may have been moved, renamed or deleted.", "Go back to the previous page"]
    assert cleanscrape.clean("\n".join(["Lakeshore Courier", *MENU, *error, *CHROME])) == []
    page = "\n".join(["Lakeshore Courier", *MENU, "Page not found: the archive that vanished overnight",
                      "By Ana Ruiz", *STORY, *CHROME])
    (record,) = cleanscrape.clean(page)
    assert record.paragraphs == tuple(STORY)


def test_a_korean_sentence_ending_in_a_full_stop_is_no_headline_in_a_story_list():
    """Korean ends its sentences with `.`, as Latin text does: the paragraphs after a
    related-articles list under `관련기사` are text, not more headlines of the list."""
    paragraphs = [
        "천문대에는 지름 8m 관측 돔과 구경 1m급 반사망원경, 천체 영상관이 들어선다. 부지 한쪽에는 숙박동이 조성된다.",
        "이번 사업은 주민들이 먼저 제안했다. 은하읍은 주변에 큰 도시가 없어 빛 공해가 적다.",
        "주민들은 2021년부터 해마다 여름이면 선탄장 언덕에서 별빛 축제를 열어 왔다.",
    ]
    lead = ["강원 가람군 은하읍의 옛 탄광 선탄장 부지에 공공 천문대가 들어선다. 석탄 산업이 쇠퇴한 뒤 "
            "20년 가까이 방치됐던 땅이 별을 보러 오는 관광객을 맞는 공간으로 바뀌는 것이다."]
    page = "\n".join(["한빛일보", "홈", "정치", "경제", "사회", "폐광촌 은하읍에 첫 공공 천문대…주민이 되살린 밤하늘",
                      "박서연 기자", *lead, "관련기사", "가람군, 폐선 철길 따라 레일바이크 다시 달린다",
                      "석탄 떠난 마을에 청년이 돌아왔다…은하읍 실험 1년", *paragraphs, "많이 본 뉴스", "회사소개"])
    kept = [p for r in cleanscrape.clean(page) for p in r.paragraphs]
    assert all(p in kept for p in paragraphs)


INGREDIENTS = ["Ingredients", "1 small pumpkin, peeled, seeded and cut into chunks", "1 can chickpeas, drained",
               "1 red onion, cut into wedges", "3 tbsp olive oil", "2 tsp ground cumin", "1/2 tsp fine salt",
               "200g Greek yogurt", "1 lemon, zested and juiced", "Steps"]
STEPS = [
    "1. Preheat the oven to 220C and line a large roasting tin with baking paper, leaving the edges long "
    "enough to lift the vegetables out at the end.",
    "2. Toss the pumpkin, chickpeas and onion with the oil, cumin and salt, spread them out in the tin and "
    "roast for 35 to 40 minutes, turning once, until the pumpkin is soft and browned at the edges.",
    "3. Meanwhile, stir the yogurt with the lemon zest and half the juice, then spoon it over the tray and "
    "serve at once, with bread on the side for the juices.",
]


def test_a_recipe_s_ingredients_join_its_intro_and_its_steps():
    """Between the story's prose and the recipe's steps stands a list in running case (a
    quantity in front, an item's comma): the text's own list, not a box of links. The run
    reaches across it both ways."""
    page = "\n".join(["Weeknight Table", *MENU, "A one-pan pumpkin bake for cold evenings", "By Hana Morrow",
                      "November 19, 2025", "Jump to recipe", "Print recipe", *STORY, *INGREDIENTS, *STEPS,
                      "Did you make this recipe?", "Rate it", *CHROME])
    (record,) = cleanscrape.clean(page)
    assert record.paragraphs[: len(STORY)] == tuple(STORY)
    assert all(line in record.paragraphs for line in INGREDIENTS[1:-1] + STEPS)


def test_a_comment_count_among_the_header_buttons_does_not_end_the_article():
    """`27 comments` in the share bar over the text is a button: the paragraphs under it are
    the article's, not its comments."""
    paragraphs = [
        "About 140 homeowners along the creek will be offered buyouts under a plan the council approved on Friday.",
        "The homes, in three suburbs on the creek's lower reach, have flooded at least three times since 2011.",
        "\"No one should have to mop out their lounge room three times in 15 years,\" the lord mayor said.",
        "Owners will receive an independent valuation based on what their home would be worth if it never flooded.",
    ]
    page = "\n".join(["Bayside Mail", *MENU, "QLD News", "Council to buy back flood-prone homes along the creek",
                      "About 140 homes along a stretch of the creek will be offered buyouts under a new plan.",
                      "Jack Turnbull", "3 min read", "November 22, 2025 - 5:30AM", "The Bayside Mail", "Join the conversation",
                      "27 comments", "Share on Facebook", "Share on X", "Copy link", *paragraphs,
                      "Continue reading your article with a subscription", "Subscribe now", *CHROME])
    (record,) = cleanscrape.clean(page)
    assert all(p in record.paragraphs for p in paragraphs)


def test_a_related_list_dropped_between_the_first_paragraphs_does_not_cut_the_article():
    """`RELATED ARTICLES` and its headlines after the article's third paragraph (a chain
    paper's template): two paragraphs in a row under the list show the article goes on,
    even when they are short."""
    from pathlib import Path

    page = (Path(__file__).parent / "fixtures" / "pages" / "related-box-in-article.txt").read_text(encoding="utf-8")
    (record,) = cleanscrape.clean(page)
    assert record.paragraphs[0].startswith("LARKSTON — The Larkston City Council on Tuesday ordered")
    assert any(p.startswith("Members of the Alder Park Neighborhood Watch") for p in record.paragraphs)
    assert not any(p.startswith("Larkston approves $12 million") for p in record.paragraphs)


def test_story_cards_under_a_list_heading_after_the_article_make_no_records():
    """Under `Recommended Articles`, past the article: a section, a headline, its byline and a
    one-sentence teaser, card after card. Each card's headline opened a record of its teaser;
    under a story-list heading that follows the first article, a card's headline over its byline
    with less than two paragraphs' weight under it is a card, as on a page whose <title> names
    the headline. Without the heading, the same short stories stay (nothing is lost)."""
    from pathlib import Path

    page = (Path(__file__).parent / "fixtures" / "pages" / "story-cards-under-a-list-heading.txt").read_text(
        encoding="utf-8")
    (record,) = cleanscrape.clean(page)
    assert record.title == "Harbour council approves the new quay"
    assert record.paragraphs[0].startswith("The harbour plan was approved on Monday")
    assert record.paragraphs[-1].startswith("The council will review the costs again next year")
    assert not any("fares would rise" in p or "brewer said" in p for p in record.paragraphs)
    records = cleanscrape.clean(page.replace("Recommended Articles\n", ""))
    assert [r.title for r in records] == ["Harbour council approves the new quay", "Ferry fares to rise in the spring",
                                          "Lindau brewer reports record autumn sales",
                                          "Rowing club wins the regional cup again"]


def test_a_list_the_page_printed_with_marks_is_kept_whole():
    """A changelog under its headline: the content run starts at the long items, and the
    short ones above them (`+ Added lathe safety briefings`) used to be cut off; a run of
    lines with the same mark goes whole or not at all. A run of two (`* Fees ...`) is no list."""
    from pathlib import Path
    page = (Path(__file__).parent / "fixtures" / "pages" / "changelog-list-under-the-headline.txt").read_text(
        encoding="utf-8")
    (art,) = cleanscrape.clean(page)
    assert art.title == "Release notes for the spring workshop season"
    plus = [ln for ln in page.splitlines() if ln.startswith("+ ")]
    assert list(art.paragraphs) == plus
def test_a_short_story_in_another_language_is_read_by_its_own_stopwords():
    """Two Norwegian stories, then a short English one (about forty words): read with the
    page's Norwegian stopwords its long paragraph is a line of low density and goes; the story
    holds enough words to tell its own language, and by English stopwords it is prose."""
    from cleanscrape.rules.content import GOOD, _classify_blocks

    texts = [
        "Havnekranene er tilbake etter to års overhaling",
        "De tre store containerkranene på nordkaia har vært i drift igjen siden mandag, etter at de i to "
        "år har vært til overhaling på verftet.",
        "Havnedirektøren sier at arbeidet ble ferdig i tide og innenfor budsjettet, og at kranene nå løfter "
        "raskere enn de gjorde før.",
        "Bystyret vedtar ny rutetabell for fergene",
        "Bystyret vedtok tirsdag kveld en ny rutetabell for fergene, som skal gjelde fra og med vinteren "
        "og ut neste år.",
        "Fergene skal gå oftere om morgenen og sjeldnere om kvelden enn i dag, etter ønske fra pendlerne "
        "som jobber i byen.",
        "Rowers gather at the boathouse for the autumn regatta",
        "Rowers from three clubs gathered with their families at the boathouse to race in the autumn "
        "regatta, at the weekend.",
        "Crews from Calder Bay, Port Velmora and Northfield spoke with heart about their love of rowing, "
        "racing and long mornings on the water.",
    ]
    classes, _ = _classify_blocks(texts, [False] * len(texts), [(0, 3), (3, 6), (6, 9)])
    assert classes[7:] == [GOOD, GOOD]
    assert classes[1:3] == [GOOD, GOOD]  # (the Norwegian stories read by the page's list, as before)


def test_a_plain_list_and_its_lead_in_between_paragraphs_stay():
    """Ten habits set one a line with no mark, each a capitalised phrase with no full stop
    (`Keep a notebook by the bed`), then a long line with few function words that ends in a
    colon, the questions it opens and two paragraphs: the text's own list and lead-in. The run
    used to stop at the list (its items neither ran in lower case nor carried a comma, and the
    lead-in read as a bad line), and the rest of the article went with it. A list of other
    stories' headlines in Title Case at the same place still goes, and so do a gallery's
    captions that each close on the same credit."""
    from pathlib import Path

    page = (Path(__file__).parent / "fixtures" / "pages" / "plain-list-before-a-lead-in.txt").read_text(
        encoding="utf-8")
    lines = page.splitlines()
    first = lines.index(next(ln for ln in lines if ln.startswith("When the night school")))
    last = lines.index(next(ln for ln in lines if ln.startswith("The next course starts")))
    (record,) = cleanscrape.clean(page)
    assert record.title.startswith("Ten small habits for a calmer evening")
    assert list(record.paragraphs) == lines[first:last + 1]
    habits = lines[lines.index("Keep a notebook by the bed"):lines.index("Open the window for five minutes") + 1]
    headlines = ["Ferry Timetable Changes For Winter", "Harbour Festival Dates Announced", "New Bakery Opens On Quay Street",
                 "Council Approves The Marina Budget", "Rowing Club Wins Regional Cup", "Night Market Returns In May",
                 "Lighthouse Tours Sold Out Again", "School Office Moves To Quay Street"]
    (record,) = cleanscrape.clean(page.replace("\n".join(habits), "\n".join(headlines)))
    assert not any(h in record.paragraphs for h in headlines)
    # a gallery's captions, each closing on the same credit, are the template's, not a list
    captions = [name + " Submitted photo" for name in ("Mira Holt", "Ines Vartdal", "Tor A. Lunde", "Ada Berg",
                                                        "Jonas K. Rye", "Lea Sand", "Nils Dahl", "Eva Strand")]
    (record,) = cleanscrape.clean(page.replace("\n".join(habits), "\n".join(captions)))
    assert not any(c in record.paragraphs for c in captions)


def test_numbered_steps_with_captions_and_a_label_over_the_text_stay():
    """A how-to's steps, each a `Step N` label, a short instruction and a picture's caption:
    two short lines to each sentence weighed the steps out of the run, and the closing
    paragraph went with them. Labels that count up (`Step 1`, `Step 2`...), each with a
    sentence under it, are the text's own; and `In short:` right over the first paragraph
    opens it."""
    from pathlib import Path

    page = (Path(__file__).parent / "fixtures" / "pages" / "numbered-steps-with-captions.txt").read_text(
        encoding="utf-8")
    lines = page.splitlines()
    (record,) = cleanscrape.clean(page)
    assert record.title == "How to pot a young lemon tree"
    assert list(record.paragraphs) == lines[lines.index("In short:"):lines.index("Most Read")]


def test_step_labels_count_up_with_a_sentence_under_each():
    """Pagination (numbers with no sentence under them), a ranked list of headlines and
    labels that do not count up by one are no steps."""
    from cleanscrape.rules.content import NEAR, SHORT, _step_labels

    steps = ["Step 1", "Water the tree a day before.", "Step 2", "Cover the hole with a shard.", "Step 3",
             "Mix the soil with coarse grit."]
    classes: list[int | None] = [SHORT, NEAR] * 3
    assert _step_labels(classes, steps) == {0, 2, 4}
    assert _step_labels(classes, [t.replace("Step 3", "Step 4") for t in steps]) == set()
    pages = ["1", "2", "3", "Next", "Older posts"]
    assert _step_labels([SHORT] * 5, pages) == set()
    ranked = ["1", "Ten Roses For A Shady Wall", "2", "Why Your Basil Keeps Dying", "3", "The Best Pruning Saws"]
    assert _step_labels([SHORT, SHORT] * 3, ranked) == set()


TURKISH = [
    "Kentin kuzeyindeki eski tersane alanında yürütülen çalışmalar, belediye meclisinin geçen ay verdiği "
    "onayın ardından bu sabah yeniden başladı ve ilk günde rıhtım boyunca bir dizi iskele kuruldu.",
    "Yetkililer, sahil boyunca uzanan yürüyüş yolunun ve bisiklet şeridinin yaz başında tamamlanacağını, "
    "tarihi vinçlerin ise uzman ekipler tarafından tek tek onarılacağını açıkladı.",
    "Yapım işleri için liman caddesinin doğu şeridi iki hafta boyunca trafiğe kapalı kalacak, otobüs "
    "hatları da geçici güzergahlarla ara sokaklardan geçerek merkezdeki duraklara ulaşacak.",
    "Esnaf temsilcileri, caddenin kapanmasının kış aylarında zaten düşen satışları daha çok etkileyeceğini "
    "belirterek belediyeden kira indirimi ile birlikte doğrudan destek istedi.",
    "Proje kapsamında eski depolar bir kütüphaneye, atölyelere ve sergi salonlarına dönüştürülecek, "
    "mahalle sakinleri ise çalışmaların gece saatlerinde yapılmamasını talep ediyor.",
]


def test_prose_the_page_s_stopword_list_barely_covers_is_kept_by_its_shape():
    """A page in a heavily inflected language: the stopword list detected for it holds a word
    or two of each long sentence (a share near 0.1), so by density alone every paragraph reads
    as a menu line and the run breaks. The page's own long sentences say the list misses its
    prose: each block is then read by length and punctuation too, and the article stays whole,
    while the menu and the share buttons, short lines with no sentence end, still go."""
    page = "\n".join(["Tersane alanında çalışmalar yeniden başladı - Haber Portalı", "Gündem", "Ekonomi",
                      "Spor", "Kültür", "Tersane alanında çalışmalar yeniden başladı", *TURKISH,
                      "Facebook", "Twitter", "Künye", "İletişim", "Gizlilik Politikası"])
    (record,) = cleanscrape.clean(page)
    assert record.paragraphs == tuple(TURKISH)
    from cleanscrape.rules.content import BAD, _classify_blocks

    texts = page.split("\n")
    classes, _ = _classify_blocks(texts, [False] * len(texts), [(0, len(texts))])
    assert BAD not in classes[6:6 + len(TURKISH)]  # (by density alone, three of them read as sparse lines)


def test_a_list_that_fits_the_prose_keeps_sparse_lines_out():
    """Hard negative: on a page whose prose the list fits (English), a long line ending like a
    sentence but nearly empty of function words (a deal's title) still reads as a sparse line."""
    from cleanscrape.rules.content import BAD, _classify_blocks

    deal = "Velmora X3 34-Inch Curved Gaming Monitor, 120Hz IPS Panel, RGB Lighting, Now $649.99 At Partner Stores."
    texts = [*INTRO, *STORY, deal]
    classes, _ = _classify_blocks(texts, [False] * len(texts), [(0, len(texts))])
    assert classes[-1] == BAD



TURKISH_DENSE = [
    "Bakan, bu yıl için ayrılan bütçenin bir kısmının da köy yollarına ve okul binalarına gideceğini, ancak bu "
    "konuda henüz bir karar verilmediğini söyledi.",
    "Bu nedenle de belediye ile bakanlık arasında bir toplantı yapılacak ve bu toplantıda hangi işlerin önce "
    "yapılacağı, hangi işlerin ise sonraya kalacağı belirlenecek.",
    "Ama bu kadar çok iş için bir yıl yeterli olmayabilir, çünkü ihale süreci de en az üç ay sürüyor ve kış "
    "aylarında çalışmak çok zor.",
]
TURKISH_SPARSE = [
    "Kentin kuzeyindeki eski tersane alanında yürütülen çalışmalar, belediye meclisinin geçen ay verdiği onayın "
    "ardından bu sabah yeniden başladı, rıhtım boyunca iskeleler kuruldu.",
    "Yetkililer, sahil boyunca uzanan yürüyüş yolunun ve bisiklet şeridinin yaz başında tamamlanacağını, tarihi "
    "vinçlerin ise uzman ekiplerce onarılacağını açıkladı.",
]


def test_a_sparse_paragraph_in_running_case_on_a_page_the_list_fits_reads_as_a_sentence():
    """A page whose stopword list fits most of its prose (so its blocks are read by density) can
    still hold paragraphs with hardly a function word (an inflected language's long sentence):
    ending like a sentence, in running case and not code, they read as sentences, not as the
    sparse lines a menu or a headline makes, and the article keeps them, last ones included.
    Hard negatives: a long line of capitalised names and titles ending in a full stop, and a
    line of code, stay sparse lines."""
    from cleanscrape.rules.content import BAD, NEAR, _classify_blocks

    body = [*TURKISH_DENSE, *TURKISH_SPARSE]
    names = ("Ahmet Yılmaz, Mehmet Demir, Ayşe Kaya, Fatma Çelik, Mustafa Şahin, Emine Aydın, Ali Öztürk, "
             "Hatice Arslan, Hüseyin Doğan, Zeynep Kılıç, İbrahim Aslan Ve Elif Çetin.")
    code = "SELECT sokak, count (*) FROM iskeleler WHERE durum = 'yeni' GROUP BY sokak ORDER BY count (*) DESC; -- liste"
    texts = [*TURKISH_DENSE, *TURKISH_DENSE, *TURKISH_SPARSE, names, code]  # (the list fits most of the prose)
    classes, features = _classify_blocks(texts, [False] * len(texts), [(0, len(texts))])
    assert classes[6:8] == [NEAR, NEAR] and features[6] == "running-sentence"
    assert classes[8:] == [BAD, BAD]
    page = "\n".join(["Tersane alanında çalışmalar yeniden başladı - Haber Portalı", "Gündem", "Ekonomi", "Spor",
                      "Kültür", "Tersane alanında çalışmalar yeniden başladı", *body,
                      "Facebook", "Twitter", "Künye", "İletişim", "Gizlilik Politikası"])
    (record,) = cleanscrape.clean(page)
    assert record.paragraphs == tuple(body)


TUTORIAL = [
    "When the logs of a small web shop are loaded into a table, the first thing worth doing is to look at how "
    "many requests each status code had in every minute, because a sudden jump is where most problems show.",
    "The table keeps one row for each minute and status code, so that a minute with no errors still has a row "
    "with a zero in it, and the averages we take later are not pulled up by the minutes that are missing.",
    "To count the requests, cut the minute and the status code out of each line and count the pairs:",
    "$ cut -d' ' -f4,9 access.log | sed 's/:[0-9]*$//' | sort | uniq -c > minutes.txt; tail -n 20 minutes.txt",
    "This gives a row for every minute that had at least one request, and it is the series that the rest of "
    "the article works on, first to draw it and then to find the minutes that stand out from the others.",
    "Once the series is drawn, the minutes with a burst of errors are easy to see by eye, but an alert has to "
    "find them on its own, which is what the next part of the article is about, step by step.",
]


def test_a_code_line_between_the_paragraphs_of_a_tutorial_stays():
    """A line of code inside the article reads as a sparse line by density (a handful of
    function words in a hundred characters); with the text's prose on both sides and code's
    marks in it, it is the article's own example and stays."""
    page = "\n".join(["Counting errors by the minute | Notes", "Home", "Archive", "About",
                      "Counting errors by the minute", *TUTORIAL, "Share", "Twitter", "Subscribe"])
    (record,) = cleanscrape.clean(page)
    assert record.paragraphs == tuple(TUTORIAL)


def test_markup_a_repeated_code_line_and_a_sparse_headline_between_paragraphs_still_go():
    """Hard negatives: bare tags with no word between them (a tracking pixel's markup left in
    the text), a code-shaped line the page prints twice, and a headline of another story with
    no code in it, each between the paragraphs of an article, are not the article's."""
    from cleanscrape.rules.content import _code_between_prose, _classify_blocks

    pixel = '<div style="position:absolute;"><img width=1 height=1 alt="" src="http://px.example/b?P=1"></div>'
    twice = "var tracker = new Pixel({id: 42, slot: 'top'}); tracker.fire(); // [ad slot] $('#top').show();"
    headline = "Velmora Harbour Festival 2025: Ferries, Fireworks, Food Stalls, Parking, Tickets, Opening Hours"
    texts = [TUTORIAL[0], pixel, TUTORIAL[1], twice, TUTORIAL[4], twice, TUTORIAL[5], headline, TUTORIAL[0]]
    classes, _ = _classify_blocks(texts, [False] * len(texts), [(0, len(texts))])
    assert [_code_between_prose(classes, texts, i, 0, len(texts)) for i in (1, 3, 5, 7)] == [False] * 4
    texts[3] = TUTORIAL[3]
    classes, _ = _classify_blocks(texts, [False] * len(texts), [(0, len(texts))])
    assert _code_between_prose(classes, texts, 3, 0, len(texts))


ROW_TABLE = ["Rainfall by town, October", "Halden 142 118%", "Carrow Falls 131 109%", "Brennock 96 84%",
             "Lytton Mills 88 80%", "Ashby Cross 74 71%", "Orrin Bay 70 66%", "Kelso Ford 65 61%", "Dunmere 61 mm 58% (est.)"]


def test_a_table_set_one_row_a_line_stays_inside_the_article():
    """Naive text that joins a `<table>`'s cells with spaces prints it one row a line: a label
    and two figures or more, row after row. Those short lines would end the run;
    read as a table's rows they neither make nor break it, and the text after them stays."""
    page = "\n".join(["Valley Sentinel", *MENU, "October was the warmest on record in the valley",
                      "By Ana Ruiz", *STORY, *ROW_TABLE, *AFTER_TABLE, "More Climate", *MENU[:4], *CHROME])
    (record,) = cleanscrape.clean(page)
    assert record.paragraphs == (*STORY, *ROW_TABLE, *AFTER_TABLE)


def test_dated_headlines_are_no_table_rows():
    """A list of headlines each closed by one time (`... 14:05`) is a story list, not a table:
    one figure closes a dated headline too, and it ends the article as before."""
    latest = ["Ferry strike called off after late talks 14:05", "Harbour bridge closed for repairs 13:40",
              "School league final moves to Sunday 12:55", "New bakery opens on Quay Street 12:10"]
    page = "\n".join(["Valley Sentinel", *MENU, "October was the warmest on record in the valley",
                      "By Ana Ruiz", *STORY, "Latest", *latest, *MENU[:4], *CHROME])
    (record,) = cleanscrape.clean(page)
    assert record.paragraphs == tuple(STORY)


RESUMED = [
    "The fire service said three of the calls were for cars stuck in water under the rail bridge, where the "
    "road dips below the level of the river whenever it rises after a storm.",
    "Crews pumped the underpass clear by the early evening, and the road was open again before the last trains "
    "left the station for the night, the service said.",
]

CHROME_LINES = ["Read more on these topics", "Valley Weather Service Flood Warnings Storm Season Carrow Falls Brennock",
                "Get the latest news and updates on WhatsApp", "The latest news directly in your inbox", "Sign in"]


def _kept_by_scoring(middle: list[str], stops: set[int], dated: frozenset[int] = frozenset()) -> list[str]:
    """Content scoring's verdicts on a text page: the article, then ``middle`` (``stops`` are
    its indexes that other rules found as a story list), then unlabelled chrome."""
    from cleanscrape.rules.content import classify

    texts = [*MENU, *STORY, *AFTER_TABLE, *middle, *CHROME_LINES]
    at = len(MENU) + len(STORY) + len(AFTER_TABLE)
    labelled = {at + k for k in (*stops, *dated)}  # (other rules' blocks: content scoring leaves them)
    verdicts = classify(texts, protected=[i in labelled for i in range(len(texts))],
                        stops=frozenset(at + k for k in stops), dated=frozenset(at + k for k in dated), plain=True)
    return [t for t, v in zip(texts, verdicts) if v.keep]


def test_the_text_goes_on_under_a_short_story_list_inside_it():
    """A story-list heading and two headlines after the article's fifth paragraph, with two
    paragraphs in a row under them: the box was dropped into the text, which goes on. (The
    text above is the heavier side: the paragraphs under the box went with the list.)"""
    kept = _kept_by_scoring(["Related Articles", "Harbour bridge closed for repairs",
                             "School league final moves to Sunday", *RESUMED], {0, 1, 2})
    assert kept == [*STORY, *AFTER_TABLE, *RESUMED]


def test_the_article_ends_at_a_story_list_of_cards():
    """Under the same list, a teaser under each headline (a paragraph, a headline, a paragraph)
    or a card's date between: no two paragraphs stand in a row under the list, and the
    article ends at it. So does a list longer than a box the template drops into a text."""
    cards = ["Related Articles", "Harbour bridge closed for repairs", RESUMED[0],
             "School league final moves to Sunday", RESUMED[1]]
    assert _kept_by_scoring(cards, {0, 1, 3}) == [*STORY, *AFTER_TABLE]
    dated = ["Related Articles", "Harbour bridge closed for repairs", "12 October 2025", *RESUMED]
    assert _kept_by_scoring(dated, {0, 1}, frozenset({2})) == [*STORY, *AFTER_TABLE]
    long_list = ["Related Articles", *[f"Headline number {k} of the list" for k in range(7)], *RESUMED]
    assert _kept_by_scoring(long_list, set(range(8))) == [*STORY, *AFTER_TABLE]


def test_a_list_of_headlines_after_the_article_ends_it():
    """In text mode, a short heading and five headline-shaped lines (no sentence's end, five
    words or more) after the article's last paragraph, then one paragraph-long blurb: the run of
    content reached the blurb across the light headlines and kept the list. The list ends the
    article; the subheadings over prose, the question subheading and the one-line paragraph
    stay. The same list between paragraphs, two paragraphs in a row under it, is a box the
    template dropped into the text: the text under it stays."""
    from pathlib import Path

    page = (Path(__file__).parent / "fixtures" / "pages" / "headline-list-after-the-article.txt").read_text(
        encoding="utf-8")
    (record,) = cleanscrape.clean(page)
    assert record.paragraphs[-1].startswith("The summer timetable will return in April")
    assert {"What changes for commuters", "Why now?", "Nobody likes it."} <= set(record.paragraphs)
    assert not any("slipway" in p or "Ansel Moravec has covered" in p for p in record.paragraphs)
    lines = page.splitlines()
    box = lines.index("More Stories From the Harbour Desk")
    moved = lines[:lines.index("Nobody likes it.") + 1] + lines[box:box + 6] + \
        [ln for i, ln in enumerate(lines) if i > lines.index("Nobody likes it.") and not box <= i < box + 6]
    (record,) = cleanscrape.clean("\n".join(moved) + "\n")
    assert any(p.startswith("The island's council wrote to the board") for p in record.paragraphs)
    assert any(p.startswith("The summer timetable will return in April") for p in record.paragraphs)


def _page(name: str) -> str:
    from pathlib import Path

    return (Path(__file__).parent / "fixtures" / "pages" / name).read_text(encoding="utf-8")


def test_code_lines_under_the_opening_paragraph_neither_cut_nor_start_the_run():
    """A tutorial's opening paragraph, then its example (short lines of code, a shell session),
    then the text: each code line read as a short line weighed against the run, so the run
    started under the example and the example was lost. A line of code weighs nothing either
    way, as a table's cells do: the example stays between its paragraphs, and the menu and the
    share buttons (no code's marks) still go."""
    page = _page("code-lines-at-the-top-of-a-tutorial.txt")
    (record,) = cleanscrape.clean(page)
    lines = page.splitlines()
    first, last = lines.index(record.paragraphs[0]), lines.index(record.paragraphs[-1])
    assert record.paragraphs[0].startswith("Let us start with the smallest program")
    assert list(record.paragraphs) == lines[first:last + 1]
    assert last == lines.index("Share") - 1
    assert not {"Home", "Archive", "Share", "Twitter"} & set(record.paragraphs)


def test_what_reads_as_a_line_of_code():
    """Code's marks (`{ } ; =`, a shell prompt, a comment, an include) and a code line's opening
    or end; hard negatives: a button with a count, a label with a colon, a sentence that holds
    an `=` and ends as prose, a menu's word, a hashtag."""
    from cleanscrape.rules.content import code_line

    for line in ("int add (int x, int y) {", "return x + y;", "}", "$ ferrow run add.mod", "// load the module",
                 "# include <stdio.h>", 'printf ("%d\\n", add (40, 2));'):
        assert code_line(line), line
    for line in ("Share (12)", "Q&A: what changes on Monday", "x = 3 is the answer.", "Home", "#harbourdays",
                 "Comments (3)", "Ferry fares (from 1 May)"):
        assert not code_line(line), line


def test_a_marked_list_under_the_opening_paragraph_stays_a_marked_menu_after_the_text_goes():
    """An opening paragraph, six short items the page printed with a mark (`- a warm jumper`),
    then the text: the items weighed against the run as link-like lines do, the run started
    under them and the list was lost. A printed list's short items weigh nothing either way:
    the list stays between the paragraphs. A marked menu after the last paragraph (`- Fares`)
    still goes: weighing nothing, it does not extend the run."""
    page = _page("marked-list-under-the-opening-paragraph.txt")
    (record,) = cleanscrape.clean(page)
    items = [ln for ln in page.splitlines() if ln.startswith("- ")]
    assert record.paragraphs[0].startswith("The crossing takes three hours")
    assert [p for p in record.paragraphs if p.startswith("- ")] == items[:6]
    assert record.paragraphs[-1].startswith("Dogs are welcome on the outside decks")


def test_story_cards_dated_under_their_teasers_after_a_list_heading_make_no_record():
    """Under `Recommended Articles`, past the article: the first card with its byline under its
    headline, the next ones with the author and the date under the teaser. The first card's
    headline opened a record that took every teaser under it (the run of a thin story); under
    the story-list heading, a byline or a date between those teasers says they are cards, and
    no thin story is read there. Without the heading, the same stories stay (nothing is lost)."""
    page = _page("story-cards-dated-under-their-teasers.txt")
    (record,) = cleanscrape.clean(page)
    assert record.title == "Harbour council approves the new quay"
    assert record.paragraphs[-1].startswith("The council will review the costs again next year")
    assert not any("fares would rise" in p or "brewer said" in p for p in record.paragraphs)
    records = cleanscrape.clean(page.replace("Recommended Articles\n", ""))
    assert [r.title for r in records] == ["Harbour council approves the new quay", "Ferry fares to rise in the spring"]
    assert any("brewer said" in p for p in records[1].paragraphs)


def test_a_table_a_console_drew_between_paragraphs_stays_a_rule_of_box_lines_goes():
    """A query's result drawn with box characters (`minute │ status │ requests`, `───┼───`), which
    naive text runs into one long line of few function words and few of code's marks, between
    the paragraphs of an article: the article's own example, kept as a line of code is (text
    mode; in HTML the markup tells). Hard negatives: a rule of box characters with no word in
    it, and a sparse line of headlines with no box character, between the same paragraphs."""
    from cleanscrape.rules.content import _classify_blocks, _code_between_prose, drawn_table

    table = ("minute │ status │ requests ──────┼────────┼────────── 17:58 │ 400 │ 12 17:59 │ 400 │ 212 "
             "18:00 │ 400 │ 187 18:01 │ 400 │ 15 (4 rows)")
    rule = "─" * 40 + "┼" + "─" * 40
    headline = "Velmora Harbour Festival 2025: Ferries, Fireworks, Food Stalls, Parking, Tickets, Opening Hours"
    texts = [TUTORIAL[0], table, TUTORIAL[1], rule, TUTORIAL[4], headline, TUTORIAL[5]]
    classes, _ = _classify_blocks(texts, [False] * len(texts), [(0, len(texts))])
    assert drawn_table(table) and not drawn_table(headline) and not drawn_table("Prices │ Tickets")
    assert [_code_between_prose(classes, texts, i, 0, len(texts), True) for i in (1, 3, 5)] == [True, False, False]
    assert not _code_between_prose(classes, texts, 1, 0, len(texts))  # (HTML: as before)



def test_a_copyright_notice_after_the_article_ends_the_text_run():
    """A long copyright notice after the last paragraph (too long for the copyright line rule),
    then the publisher's own line: both read as prose and the text run took them in. A line
    that opens with a copyright sign or word and a year or a name, past the run's first
    paragraph, with little of the run's weight under it, ends the run (text mode; in HTML the
    markup says where the footer is). Hard negative: a paragraph of the article that opens
    with the word `Copyright` and goes on as a sentence stays."""
    from cleanscrape.rules.content import classify

    lines = _page("copyright-notice-over-a-long-footer.txt").splitlines()
    texts = lines[lines.index("By Mara Lindqvist") + 1:]
    keep = [v.keep for v in classify(texts, plain=True)]
    notice = next(k for k, t in enumerate(texts) if t.startswith("© 2026"))
    assert all(keep[:notice]), [t for t, k in zip(texts, keep) if not k]
    assert texts[2].startswith("Copyright law does not cover") and keep[2]
    assert not any(keep[notice:])
    assert all(v.keep for v in classify(texts, plain=False)[:notice + 2])  # (not in HTML's scoring)


CARD_ARTICLE = [
    "The council voted on Tuesday night to rebuild the old harbour wall, which storms have damaged three winters "
    "in a row, and to pay for the work from the reserve it set aside after the floods of the last decade.",
    "Engineers told the meeting that the wall could fail in the next big storm, and that the houses and the "
    "market hall behind it would then stand in the water for days, as they did when the last storm came.",
    "The work is to start in the spring, when the boats are out, and should be finished before the autumn gales, "
    "so that the fishermen lose as little of their season as they can and the harbour stays open all year.",
    "Residents who spoke at the meeting asked for the footpath on top of the wall to stay open during the work, "
    "and the council said that it would keep one side of it open on most days of the week for them.",
    "The mayor said that the vote was the most important one of her term and thanked the engineers, the "
    "fishermen and the residents for the patience they had shown while the plans were being drawn up.",
    "A public meeting on the timetable of the work will be held in the market hall at the end of the month, "
    "and the plans can be seen at the town hall on weekdays until then by anyone who wants to read them.",
]
# other stories' cards under the article: a heading, then a headline with a one-sentence teaser, card after card
CARD_LIST_TAIL = [
    "More from the coast",
    "Ferry fares to rise in the spring",
    "The ferry company says that fuel has cost it more than ever this year.",
    "Lindau brewer reports record autumn sales",
    "The warmest October on record kept the beer gardens open into November.",
    "Rowing club wins the regional cup again",
    "The crew beat the favourites by half a length in the final on Sunday.",
]


def test_teaser_cards_after_the_article_go_and_the_article_stays():
    """Past the article's text: a short heading, then headline-and-teaser pairs, three or more,
    to the end of the run. They are other stories' cards, not the article's sections."""
    page = [*MENU, "Harbour wall to be rebuilt", *CARD_ARTICLE, *CARD_LIST_TAIL, "Contact us", "Privacy"]
    (record,) = cleanscrape.clean("\n".join(page))
    assert record.paragraphs == tuple(CARD_ARTICLE)
    removed = {r.text: r.code for r in record.removed}
    assert removed["The ferry company says that fuel has cost it more than ever this year."] == "CS501"


def test_a_faq_and_short_sections_at_the_article_s_end_are_no_cards():
    """Hard negatives: questions with one answer each (a FAQ), sections under a short article
    (the pairs outweigh what stands above them), and a list a lead-in announces."""
    faq = ["Frequently asked questions",
           "Will the footpath stay open during the work?",
           "One side of it stays open on most days of the week.",
           "Who pays for the new harbour wall?",
           "The council pays from the reserve it set aside after the floods.",
           "When will the harbour wall be finished?",
           "The work should be finished before the autumn gales come.",
           ]
    (record,) = cleanscrape.clean("\n".join([*MENU, "Harbour wall to be rebuilt", *CARD_ARTICLE, *faq, "Contact us"]))
    assert record.paragraphs[-1] == faq[-1]
    short = [*MENU, "Harbour wall to be rebuilt", *CARD_ARTICLE[:2], *CARD_LIST_TAIL, "Contact us"]
    (record,) = cleanscrape.clean("\n".join(short))
    assert record.paragraphs[-1] == CARD_LIST_TAIL[-1]
    announced = [*MENU, "Harbour wall to be rebuilt", *CARD_ARTICLE, "What the council decided:", *CARD_LIST_TAIL[1:],
                 "Contact us"]
    (record,) = cleanscrape.clean("\n".join(announced))
    assert record.paragraphs[-1] == CARD_LIST_TAIL[-1]


def test_a_list_a_lead_in_opens_over_the_text_stays():
    """A how-to's `What you will need:` and its short items, right over the steps: the main run
    started at the first step and the list was lost (each item a short line against the run).
    A lead-in of two words or more over three or more short items that run straight into kept
    prose opens the text: the list stays. Hard negatives: the same items under a one-word label
    (`Search:`, a menu's), other stories' headlines under the lead-in (longer items), and items
    the page prints again in its footer (a menu's), and a ticker's codes and figures under `In
    this article:` (items with no letter) still go."""
    page = _page("lead-in-list-over-the-steps.txt")
    (record,) = cleanscrape.clean(page)
    lines = page.splitlines()
    items = lines[lines.index("What you will need:"):lines.index("Step 1")]
    assert list(record.paragraphs[:len(items)]) == items
    assert record.paragraphs[-1].startswith("Keep the dome out of direct sun")
    assert not {"Home", "Search", "Other Readers Liked", "Terms of Use"} & set(record.paragraphs)
    one_word = "\n".join(cleanscrape.clean(page.replace("What you will need:", "Search:"))[0].paragraphs)
    assert "Search:" not in one_word and "Floral foam" not in one_word
    headlines = page
    for item in ("Glass dome", "Shallow dish or saucer", "Floral foam", "Ruler", "Spoon"):
        headlines = headlines.replace(item, f"{item} sales rise again across the northern harbour towns")
    kept = "\n".join(cleanscrape.clean(headlines)[0].paragraphs)
    assert "What you will need:" not in kept and "northern harbour towns" not in kept
    menu = page.replace("Privacy", "Privacy\nGlass dome\nRuler\nSpoon\nMoss")
    kept = "\n".join(cleanscrape.clean(menu)[0].paragraphs)
    assert "What you will need:" not in kept
    lines = page.splitlines()
    first, last = lines.index("What you will need:"), lines.index("Step 1")
    ticker = "\n".join([*lines[:first], "In this article:", "OSTC.DE", "+6.21%", "CLDR", "-0.84%", *lines[last:]])
    kept = "\n".join(cleanscrape.clean(ticker)[0].paragraphs)
    assert "In this article:" not in kept and "+6.21%" not in kept


def test_a_shell_session_run_into_one_line_between_paragraphs_stays_in_text_mode():
    """Naive text runs a `<pre>` shell session into one line (`$ hg amend -m 'fix' abort: cannot
    amend public changesets`): few function words and too few of code's marks to read as code by their
    share, so the line went between the paragraphs of a tutorial. A line that opens with a shell
    prompt is a line of code (:func:`code_line`): between prose it stays, in text mode. Hard
    negatives: the same line printed twice on the page (the page's machinery), and HTML mode,
    where the markup tells."""
    from cleanscrape.rules.content import _classify_blocks, _code_between_prose

    session = "$ ferrow amend -m 'fix the fares' abort: cannot amend a change that was published"
    texts = [TUTORIAL[0], session, TUTORIAL[1], TUTORIAL[4]]
    classes, _ = _classify_blocks(texts, [False] * len(texts), [(0, len(texts))])
    assert _code_between_prose(classes, texts, 1, 0, len(texts), True)
    assert not _code_between_prose(classes, texts, 1, 0, len(texts))  # (HTML: as before)
    texts[3] = session
    classes, _ = _classify_blocks(texts, [False] * len(texts), [(0, len(texts))])
    assert not _code_between_prose(classes, texts, 1, 0, len(texts), True)


def test_marked_lists_under_a_sentence_that_ends_in_a_colon_stay_at_the_article_s_end():
    """A release note's last paragraph ends in a colon (`...these are the changes you are most
    likely to notice:`), then its changelog printed as two marked lists (`+` additions, `*`
    changes) and the site's footer: the lists stood past the run's end and went, and the block
    model took out a list's tail after its kept head. A printed list right under a kept sentence
    that ends in a colon, and a printed list that follows it straight on, are the text's own and
    stay whole. Hard negative: the same kind of list under a short label (`Also this week:`, no
    sentence of the text) after the last paragraph still goes."""
    page = _page("marked-lists-under-a-lead-in-at-the-end.txt")
    (record,) = cleanscrape.clean(page)
    items = [ln for ln in page.splitlines() if ln.startswith(("+ ", "* "))]
    assert list(record.paragraphs[-len(items):]) == items
    assert not {"Follow us on Twitter", "Terms of Use", "Privacy"} & set(record.paragraphs)
    lines = page.splitlines()
    lead = next(ln for ln in lines if ln.endswith(":"))
    cut = lines.index(items[0])
    other = "\n".join([*lines[:lines.index(lead)], lead.replace("these are the changes", "here are the changes")
                       .replace(":", "."), "Also this week:", "- Ferrow 2.3 released", "- Ferrow 2.2 released",
                       "- Ferrow 2.1 released", "- Meet the Ferrow team", *lines[cut + len(items):]])
    (record,) = cleanscrape.clean(other)
    assert not any(p.startswith("- ") for p in record.paragraphs)


SCHOOL = [
    "The harbour school has taught its youngest pupils to read with songs for six years, and the teachers say the "
    "children now start reading months earlier than they did before.",
    "Each morning begins with a rhyme that the class sings twice, once slowly and once quickly, before the children "
    "find the same words on the board and read them aloud.",
    "The head teacher said the songs work because the children already know them by heart, so reading becomes a "
    "matter of matching sounds they know to the letters they see.",
    "Parents are invited to the last lesson of each term, when the children sing and then read the songs on their own.",
]


def test_a_box_that_names_a_person_after_the_article_goes_in_any_language():
    """After the article's last paragraph, a short line ending in a name (`Sobre Tomas Ferreira`)
    over a note that repeats the name and says who the person is: the writer's box, which the
    run took in as a subheading and a short paragraph. Hard negatives: a bare name over the
    last paragraph (a profile's last section), a subheading that names no one, and the same box
    with the story going on under it, all stay."""
    from cleanscrape.rules.content import classify

    menu = ["Home", "Lessons", "Shop", "Contact", "Sign in"]
    note = "Father of two and a teacher for fifteen years, Tomas Ferreira writes about reading at home and at school."
    footer = ["Related posts", "Ten songs for the first year of school", "A school garden in five steps"]

    def kept(lines: list[str]) -> list[str]:
        texts = [*menu, *lines, *footer]
        return [t for t, v in zip(texts, classify(texts, plain=True)) if v.keep]

    assert kept([*SCHOOL, "Sobre Tomas Ferreira", note]) == SCHOOL
    assert kept([*SCHOOL, "Über Tomas Ferreira", note]) == SCHOOL
    assert kept([*SCHOOL, "Tomas Ferreira", note]) == [*SCHOOL, "Tomas Ferreira", note]
    assert kept([*SCHOOL, "After the last lesson", note]) == [*SCHOOL, "After the last lesson", note]
    assert kept([*SCHOOL[:2], "Sobre Tomas Ferreira", note, *SCHOOL[2:]]) == \
        [*SCHOOL[:2], "Sobre Tomas Ferreira", note, *SCHOOL[2:]]


def test_a_teaser_under_the_share_bar_that_closes_the_article_goes():
    """The article's paragraphs, the share bar (a rule's chrome), then one teaser of another story:
    the run went on through the bar and took the teaser in. Past the run's first paragraph, a
    bar of chrome lines (two or more in a row) with less than a tenth of the run's weight under
    it closes the article (text mode). Hard negatives: a share bar in the middle of the article,
    three paragraphs of it under the bar, cuts nothing; a single chrome line inside the text
    (the CS417 fixture's sponsor notes) cuts nothing either."""
    paras = [f"Paragraph {k} of the report says the ferry operator will cut the winter timetable by half, "
             "and islanders who travel for work are worried about the change." for k in range(1, 12)]
    teaser = "Another story from the site about the new quay, which the council approved on Monday after a long debate."
    head = ["Ferry timetable | Harbour News", "Home", "News", "Sport", "Ferry timetable cut by half"]
    bar = ["Share", "Facebook", "Twitter"]
    (record,) = cleanscrape.clean("\n".join([*head, *paras, *bar, teaser, "Privacy"]))
    assert list(record.paragraphs) == paras
    (record,) = cleanscrape.clean("\n".join([*head, *paras[:8], *bar, *paras[8:], "Privacy"]))
    assert list(record.paragraphs) == paras


def test_a_most_read_box_set_line_under_line_does_not_carry_the_run_past_a_headline_list():
    """In text mode, on a page that spaces its paragraphs (a blank line between them), a list
    of headlines after the article, then a `Most Read` box whose lines each run a headline into
    the start of its teaser, set line under line: those long lines read as two paragraphs in a
    row (the text going on under a box) and outweighed the tail, so the run kept both lists.
    Lines set line under line on such a page are a list's items: the headline list ends the
    article. Hard negatives: the short one-sentence paragraphs at the article's end stay, and
    the same headline list between paragraphs, two spaced paragraphs under it, is a box the
    template dropped into the text: the text under it stays."""
    page = _page("headline-list-then-most-read-teasers-spaced.txt")
    (record,) = cleanscrape.clean(page)
    assert record.paragraphs[-1].startswith("The cooperative will ask the regional council")
    assert "Nobody here remembers a frost this late." in record.paragraphs
    assert len(record.paragraphs) == 10
    assert not any(p.startswith(("More From", "Vineyard owners", "Most Read", "The bakery", "Schools to open"))
                   for p in record.paragraphs)
    paragraphs = page.split("\n\n")
    box = next(k for k, p in enumerate(paragraphs) if p.startswith("More From the Farming Desk"))
    moved = paragraphs[:7] + paragraphs[box:box + 2] + paragraphs[7:box] + paragraphs[box + 3:]
    (record,) = cleanscrape.clean("\n\n".join(moved))
    assert any(p.startswith("Frost fans, the tall propellers") for p in record.paragraphs)
    assert record.paragraphs[-1].startswith("The cooperative will ask the regional council")


def test_a_bare_name_and_its_note_apart_from_the_article_go():
    """The writer's box with no label word: a bare name over a note that repeats one of its
    words, standing apart from the article's text (a dropped line over the name, or a short
    label over it that follows no sentence: `About the author`), and past the note only a
    list's titles. Hard negatives: a bare name right under the last paragraph (a profile's
    last section), and a section heading under the last paragraph over a name and a note
    about that person, stay."""
    from cleanscrape.rules.content import classify

    menu = ["Home", "Lessons", "Shop", "Contact", "Sign in"]
    note = "Father of two and a teacher for fifteen years, Tomas Ferreira writes about reading at home and at school."
    first = "Tomas writes about reading at home and at school, and he taught for fifteen years in the harbour town."
    footer = ["Related posts", "Ten songs for the first year of school", "A school garden in five steps"]

    def kept(lines: list[str]) -> list[str]:
        texts = [*menu, *lines, *footer]
        return [t for t, v in zip(texts, classify(texts, plain=True)) if v.keep]

    assert kept([*SCHOOL, "Previous post", "Next post", "Tomas Ferreira", note]) == [*SCHOOL, "Previous post"]
    assert kept([*SCHOOL, "Share", "About the author", "Tomas Ferreira", first]) == [*SCHOOL, "Share"]
    assert kept([*SCHOOL, "Sobre Tomas Ferreira", note, "More from the blog", "Ten songs for the first year"]) \
        == SCHOOL
    assert kept([*SCHOOL, "Tomas Ferreira", first]) == [*SCHOOL, "Tomas Ferreira", first]
    assert kept([*SCHOOL, "The teachers", "Tomas Ferreira", first]) == [*SCHOOL, "The teachers", "Tomas Ferreira", first]


def test_a_german_comment_form_after_the_article_goes_and_the_answers_heading_stays():
    """A blog's comment form in German after the article (`Schreibe einen Kommentar Antworten
    abbrechen`, `Deine E-Mail-Adresse wird nicht veröffentlicht. ...`, `Kommentar abschicken`):
    the prompts are the comment section's (CS412), so the run ends at them and the teaser under
    the form goes too. Hard negatives: a subheading `Antworten` (answers) inside the article,
    and a paragraph that quotes a reader's comment, stay."""
    page = _page("comment-form-in-german-after-the-article.txt")
    (record,) = cleanscrape.clean(page)
    assert record.paragraphs[-1].startswith("Der Sommerfahrplan kehrt im April zurück")
    assert {"Fragen", "Antworten"} <= set(record.paragraphs)
    assert any(p.startswith("Eine Leserin schrieb") for p in record.paragraphs)
    assert not any("Kommentar" in p or "E-Mail" in p or p.startswith("Die Insel im Winter") for p in record.paragraphs)


def test_a_list_whose_rows_naive_text_joined_stays_with_the_text():
    """A list the text prints as rows that each hold the same separator (`June 9 – Norrvik @
    Market Square`, `Group A: Norrvik, Solby, ...`): naive text sets each row on a line, which
    reads as a short or sparse line, so a long list broke the run and was dropped, between two
    paragraphs and after the last one under its own heading. It stays between two kept paragraphs,
    under a kept lead-in of the text, and under a short heading right after the last paragraph
    that repeats two of the text's long words, when its rows each hold a figure or are short (a
    schedule's, a table's). Hard negatives: the credit and the footer under the schedule go."""
    page = _page("schedule-rows-after-the-article-and-a-list-inside.txt")
    (record,) = cleanscrape.clean(page)
    paras = list(record.paragraphs)
    assert "Group B: Brandvik, Torsby, Lunden, Stora Mossen, Vasterby, Granholm" in paras
    assert paras[paras.index("Group C: Stora Holm, Varberga, Ostmark, Lillby, Kvarnby, Sjovik Bay") + 1] \
        .startswith("Season tickets")
    assert "Harbour Strings Tour Dates" in paras
    assert paras[-1] == "August 2 – Ostmark @ Market Square"
    assert sum(p.startswith(("June", "July", "August")) for p in paras) == 10
    assert not any(p.startswith(("Additional reporting", "Want more", "About us", "Privacy")) for p in paras)


def test_rows_after_the_text_that_read_as_other_stories_stay_out():
    """Hard negatives of the joined rows: other stories' headlines under a kept lead-in of the
    text (rows of seven words or more on average, no figure in each) or under a `Read more:`
    label, and dated rows under a heading that repeats none of the text's words (`Popular this
    week`), stay out of the article; the same lead-in over a schedule's rows (a date in each)
    keeps them."""
    from cleanscrape.rules.content import classify

    menu = ["Home", "Lessons", "Shop", "Contact", "Sign in"]
    lead = "Read the programme in full below, with every concert of the summer:"
    related = ["Choir festival: Forty choirs sing on the quay", "Summer theatre: The open-air season opens early",
               "Film club: A new cinema for the old town", "Jazz week: Three nights in the harbour bars"]
    dated = ["June 9 – Choir night @ Market Square", "June 12 – Film club @ Old Bank",
             "June 14 – Jazz week @ Harbour Bar", "June 20 – Poetry slam @ Town Park"]
    footer = ["Privacy policy", "Terms of use"]

    def kept(lines: list[str]) -> list[str]:
        texts = [*menu, *SCHOOL, *lines, *footer]
        return [t for t, v in zip(texts, classify(texts, plain=True)) if v.keep]

    assert kept([lead, *related]) == [*SCHOOL, lead]
    assert kept(["Read more:", *related]) == SCHOOL
    assert kept(["Popular this week", *dated]) == SCHOOL
    assert kept([lead, *dated]) == [*SCHOOL, lead, *dated]


def test_a_script_line_with_its_comments_reads_as_code():
    """Naive text runs a script's lines and their comments into one (`install.packages("x") #
    Install x library("x") # Load x`): the line holds a call and a `#` or `//` comment after it,
    so it reads as code (it neither cuts the run nor stays out between the tutorial's
    paragraphs). Not a sentence, a share count or a hashtag."""
    from cleanscrape.rules.content import code_line

    assert code_line('install.packages("ggplot2") # Install ggplot2 library("ggplot2") # Load ggplot2')
    assert code_line('install. packages ("ggplot2") # Install ggplot2')
    assert code_line('my_plot <- ggplot(data, aes(x = Groups)) + ggtitle("My Plot") my_plot # Draw plot')
    assert code_line("total = sum(values); // the page's figures")
    assert not code_line("Share (12)")
    assert not code_line("The council met on Monday (as planned) and voted #1 for the quay.")
    assert not code_line("Read the report (PDF) #climate #harbour")


def test_a_single_prompt_line_after_the_article_closes_it_but_a_share_button_does_not():
    """Past the run's first paragraph, a single chrome line that closes articles (a newsletter or
    subscription prompt, a follow prompt) with less than a tenth of the run's weight under it ends
    the article like a bar of two (text mode): the teaser under it goes. Hard negatives: a lone
    share button (`Print`) over the text's last part, a site's note and a label the page prints
    over each part stand inside articles as often as after them, and end nothing."""
    paras = [f"Paragraph {k} of the report says the ferry operator will cut the winter timetable by half, "
             "and islanders who travel for work are worried about the change." for k in range(1, 12)]
    teaser = "Another story from the site about the new quay, which the council approved on Monday after a long debate."
    head = ["Ferry timetable | Harbour News", "Home", "News", "Sport", "Ferry timetable cut by half"]
    (record,) = cleanscrape.clean("\n".join([*head, *paras, "Sign up for our newsletter", teaser, "Privacy"]))
    assert list(record.paragraphs) == paras
    (record,) = cleanscrape.clean("\n".join([*head, *paras, "Print", teaser, "Privacy"]))
    assert record.paragraphs[-1] == teaser


def test_kept_text_left_under_the_article_past_its_chrome_goes():
    """Text mode: a site's one-line prompt under the article (`Have your say. Send us your
    questions.`), past the picture's source line and the author's box with its tags, stayed as a
    one-line paragraph of the run. Kept text that stands more than ISLAND_GAP lines under the
    article's kept text, past a line another rule took, and weighs less than a tenth of the
    article's text from there to its stretch's end, goes. Hard negatives: the article's
    subheading, its one-line paragraph, its lead-in and its list stay."""
    page = _page("a-prompt-left-under-the-article-past-its-chrome.txt")
    (record,) = cleanscrape.clean(page)
    paras = list(record.paragraphs)
    assert record.title == "New ferry timetable cuts the island crossing to forty minutes"
    assert "What changes for passengers" in paras
    assert "Fares stay as they are." in paras
    assert "- Bicycles carried free on every crossing" in paras
    assert paras[-1].startswith("The board said it would review the timetable")
    assert not any(p.startswith("Have your say") for p in paras)


def test_the_text_going_on_under_a_box_of_chrome_stays():
    """Hard negative of the island cut: the article's text going on under a box of chrome (a
    share bar, a `Read more:` label and a related headline between its paragraphs, more than
    ISLAND_GAP lines that other rules took) stays whole, lighter than the text above it as it is."""
    school = [
        "The harbour school will open a sailing class for its oldest pupils this spring, the head teacher said on Monday, after a local club gave it four boats.",
        "The class will meet twice a week on the water from April to September, and pupils will sit the club's beginner's certificate at the end of the summer.",
        "Parents who sail with the club will help the teachers on the water, and the coastguard has agreed to run a safety lesson in the first week.",
    ]
    rest = [
        "The school has asked the council for a place to keep the boats over the winter, and the council said it would look at the old boathouse by the ferry quay.",
        "The head teacher said the class would be open to every pupil in the last two years, whether or not their family owns a boat, and that the club would lend life jackets.",
    ]
    box = ["Share this article", "Facebook", "Twitter", "Email", "Read more:", "Council backs new boathouse for the quay"]
    menu = ["Home", "News", "Schools", "Sport", "Contact"]
    page = "\n\n".join([*menu, "Harbour school starts a sailing class", *school, "\n".join(box), *rest,
                        "About us", "Privacy policy"]) + "\n"
    (record,) = cleanscrape.clean(page)
    assert list(record.paragraphs) == [*school, *rest]


def test_story_cards_under_a_single_article_each_a_headline_printed_twice_leave_no_teaser():
    """Text mode (textp34): under a long article, past its share bar and a `More on this topic`
    rail, cards of other stories, each its headline printed twice, a one-paragraph teaser and a
    date line. Each doubled headline opened a record of its teaser, so the kept text past the
    article's end (ISLAND_GAP lines that nothing keeps) was no island of the article's segment.
    On a page whose kept text outside its heaviest segment weighs under a tenth of it and whose
    later segments keep no two paragraphs in a row, the light tail goes as it does inside one
    segment. Hard negatives: a story under the article with two paragraphs in a row (a blog
    index's second post) keeps its record; so do cards as heavy as a tenth of the article."""
    paras = [f"Paragraph {k} of the report says the tide gauges on the north quay recorded the highest water "
             "in forty years, and the harbour authority closed the promenade behind the market hall." for k in range(1, 13)]
    head = ["Valley Post", "Home", "News", "Science", "Tide gauges record the highest water in forty years"]
    rail = ["Share this article", "Facebook", "Email", "More on this topic", "Skip the next section"]
    cards = [("Ferry timetable changes for the winter", "The ferry company will run two fewer crossings a day from November."),
             ("Researchers map the seabed off the islands", "A survey ship spent three weeks measuring the water's depth."),
             ("A new lifeboat for the harbour station", "Volunteers raised the money for the boat in less than a year.")]
    tail = [line for k, (h, t) in enumerate(cards) for line in (h, h, t, f"Science {12 + k}.10.2024 {12 + k} October 2024")]
    records = cleanscrape.clean("\n".join([*head, *paras, *rail, *tail, "Show more articles"]))
    assert list(records[0].paragraphs) == paras
    assert not any(t in p for r in records for p in r.paragraphs for _, t in cards)
    # a second story of two paragraphs in a row under its headline: its text stays
    second = [cards[0][0], cards[0][0], cards[0][1], "The company said the change would save fuel over the winter months.",
              "Science 12.10.2024 12 October 2024"]
    records = cleanscrape.clean("\n".join([*head, *paras, *rail, *second, "Show more articles"]))
    assert any(cards[0][1] in p for r in records for p in r.paragraphs)
    # cards with longer teasers, together a tenth of the article's weight or more: they stay as they were
    heavy = [line for h, t in cards for line in (h, h, f"{t} {t} {t}", "Science 12.10.2024 12 October 2024")]
    records = cleanscrape.clean("\n".join([*head, *paras, *rail, *heavy, "Show more articles"]))
    assert sum(any(t in p for r in records for p in r.paragraphs) for _, t in cards) == len(cards)


def test_a_short_question_over_a_box_under_the_article_ends_it_a_closing_question_stays():
    """Text mode: past the article's last paragraph, the short lines taken in as its closing
    sentences stop at a short question with more of the page under it before the story's end (a
    box that asks the reader, then its prompt): it and what follows go. Hard negatives: a short
    question between paragraphs stays, and so does a longer question that reads as the story's
    own closing line, with the line under it, and a Q&A's last question under its others."""
    paras = [f"Part {k} of the report: the ferry operator will cut the winter timetable by half, and "
             "islanders who travel to the mainland for work say they were never asked." for k in range(1, 7)]
    head = ["Ferry timetable | Harbour News", "Home", "News", "Sport", "Ferry timetable cut by half"]
    tail = ["Privacy", "Contact", "About"]
    closer = "The council meets again on Friday."
    box = ["Spotted any typos?", "Harbour News desk, Quay Street 4."]
    (record,) = cleanscrape.clean("\n\n".join([*head, *paras, closer, *box, *tail]))
    assert list(record.paragraphs) == [*paras, closer]
    asked = [*paras[:3], "Who pays for the extra boats?", *paras[3:]]
    (record,) = cleanscrape.clean("\n\n".join([*head, *asked, closer, *tail]))
    assert list(record.paragraphs) == [*asked, closer]
    longer = "And what will the islanders do when the last winter boat has gone?"
    (record,) = cleanscrape.clean("\n\n".join([*head, *paras, closer, longer, box[1], *tail]))
    assert list(record.paragraphs) == [*paras, closer, longer, box[1]]
    qa = [line for q, a in [("Is the quay open?", "Only the north end, until the new cranes arrive."),
                            ("Do the ferries still run?", "Yes, on the winter timetable."),
                            ("Who pays for the works?", "The harbour itself, from its reserves.")]
          for line in ("Question", q, "Answer", a)]
    kept = [p for r in cleanscrape.clean("\n\n".join(["Ask the harbour: your questions answered", *qa]))
            for p in r.paragraphs]
    assert "Who pays for the works?" in kept and "The harbour itself, from its reserves." in kept


HARBOUR_JA = [
    "港町の市場では、今年も冬の魚の水揚げが始まり、早朝から多くの買い物客が訪れている。市場の関係者によると、例年より二週間ほど早いという。",
    "漁協の担当者は、海水温が下がるのが早かったことが理由の一つだと話している。今週末には市場で恒例の朝市も開かれる予定だ。",
    "朝市では地元の漁師が自ら魚をさばいて販売するほか、子ども向けの料理教室も行われる。参加は無料で、事前の申し込みは必要ない。",
    "市は来年度から市場の改修工事を始める計画で、完成までの三年間は仮設の建物で営業を続けるという。",
]


def test_a_run_of_unstopped_japanese_headlines_after_the_article_goes_a_blog_s_unstopped_lines_stay():
    """In text mode, a Japanese article whose paragraphs end in 。, then a `Related` box's
    headlines, one a line, each long enough to read as text by its characters but ending no
    sentence: the run of content took the whole list in (a paragraph of Chinese or Japanese
    ends in a full stop; four such lines in a row are links). The list goes and the article
    stays whole. Hard negatives: one unstopped line between the paragraphs (a subheading)
    stays, and a blog that ends none of its lines with a full stop, its pauses set as spaces,
    keeps every line."""
    from cleanscrape.rules.content import classify

    menu = ["ホーム", "ニュース", "スポーツ", "ログイン", "会員登録"]
    heads = ["■関連記事", "駅前の再開発計画がまとまる　商業施設と図書館を一体で整備する方針",
             "高校野球の県大会が開幕　雨の中で入場行進に臨んだ選手たち",
             "冬の電気料金が再び値上がりへ　家計への影響を専門家に聞いた",
             "港の灯台が百周年を迎える　記念式典に地元の小学生も参加",
             "新しい観光船が就航　島めぐりの所要時間が半分に短縮される見通し"]
    foot = ["利用規約", "プライバシーポリシー", "お問い合わせ"]

    def kept(lines: list[str]) -> list[str]:
        texts = [*menu, *lines, *foot]
        return [t for t, v in zip(texts, classify(texts, plain=True)) if v.keep]

    assert kept([*HARBOUR_JA, *heads]) == HARBOUR_JA
    sub = "港町の市場で冬の魚の水揚げ始まる　朝市には子ども向けの料理教室も"
    assert kept([*HARBOUR_JA[:2], sub, *HARBOUR_JA[2:], *heads]) == [*HARBOUR_JA[:2], sub, *HARBOUR_JA[2:]]
    blog = ["冬の山道を歩いて 小さな村の茶屋まで行ってきました 途中で見た紅葉がとてもきれいでした",
            "茶屋のおかみさんが 温かいお茶と手作りのお菓子を出してくれて 本当にうれしかったです",
            "帰り道は雨が降り始めて 少し寒かったけれど 山の空気はとても気持ちよかったです",
            "次は春になったら 桜の季節にもう一度 家族みんなで訪れてみたいと思います",
            "皆さんも機会があったら ぜひ一度 この村の茶屋を訪ねてみてください"]
    assert kept(blog) == blog



def test_a_page_title_splits_at_a_single_angle_quote_and_double_marks():
    """A page title set as `Headline › Site name` (a single angle quote, as `»` and `|` are set;
    or `::`, `//`, as the HTML reader's title split reads them) gives its headline as its
    longest part, so that the line that repeats it is the headline the title names (it was read
    as one part with the site's name, too long for the headline's line to match). Marks inside
    a headline's words, with no space around them, split nothing."""
    from cleanscrape.rules.base import _TITLE_SEPARATOR

    for title in ("Ferry fares stay put for another year › Velmora Harbour Party Regional Association",
                  "Ferry fares stay put for another year :: Party", "Ferry fares stay put for another year // Blog"):
        assert _TITLE_SEPARATOR.split(title)[0] == "Ferry fares stay put for another year"
    assert _TITLE_SEPARATOR.split("Ports 2024/25: the ›new‹ quay") == ["Ports 2024/25: the ›new‹ quay"]


def test_a_long_subheading_alone_between_paragraphs_that_repeat_its_words_is_kept():
    """Issue #18 ("when unsure, merge rather than drop"): a subheading of more than sixty
    characters reads as a menu by its few stopwords, and content scoring dropped it between two
    kept paragraphs (an advert marker under it). It stands alone between them and they repeat
    its long words (traders, island, crossings, ferry): it is their subheading, kept (text
    mode). Hard negative: another story's headline set between two paragraphs that share none
    of its words still goes; and so does the subheading in HTML's scoring, where markup places it."""
    from cleanscrape.rules.content import classify

    texts = [
        "Harbour board keeps the winter timetable for another month",
        "The harbour board voted on Monday to keep the winter timetable until the end of April, "
        "after the new ferry failed its last safety inspection at the yard.",
        "Passengers had expected the summer crossings to start on the first of April, and the "
        "board said it was sorry for the delay to island traders and visitors.",
        "Island traders fear losing summer visitors without extra ferry crossings",
        "Advertisement",
        "Shops on the island say fewer crossings mean fewer visitors, and several traders told "
        "the board they count on the summer ferry for half their trade.",
        "The board promised the traders a second evening crossing on Saturdays, which the old "
        "ferry can run without the new engines, until the repairs are done.",
        "Regional orchestra announces winter concert programme with guest conductors",
        "The board will meet again in March, when the inspectors report on the repairs to the "
        "new ferry's engines and its ramp, and the timetable will be set then.",
    ]
    advert = texts.index("Advertisement")
    protected = [i == advert for i in range(len(texts))]
    verdicts = classify(texts, protected=protected, plain=True, inside=frozenset({advert}))
    assert verdicts[3].keep and verdicts[3].feature == "between-paragraphs"
    assert not verdicts[7].keep  # (another story's headline: the paragraphs around it share none of its words)
    assert not classify(texts, protected=protected, inside=frozenset({advert}))[3].keep
