"""An article's header: which line is the headline, the byline, the section."""

from __future__ import annotations

import cleanscrape


def _one(text: str) -> cleanscrape.Article:
    arts = cleanscrape.clean(text)
    assert len(arts) == 1, [a.title for a in arts]
    return arts[0]


BODY = ("Barbecues will be banned on the beach from next summer after two fires damaged the dunes, "
        "the council has said.\n"
        "The ban, which starts in April, covers disposable barbecues as well as gas grills, and wardens "
        "will patrol the beach on busy weekends.\n")


def test_name_over_job_title_fills_byline_and_both_go():
    art = _one("Council to ban barbecues on the beach after summer fires\nLucy Hammond\nSenior Reporter\n"
               "07:32, 4 Nov 2025\n" + BODY)
    assert art.byline == "Lucy Hammond"
    assert art.title == "Council to ban barbecues on the beach after summer fires"
    gone = {r.text: r.code for r in art.removed}
    assert gone["Lucy Hammond"] == "CS307" and gone["Senior Reporter"] == "CS307"
    assert art.published == "2025-11-04T07:32"


def test_desk_byline():
    art = _one("Floods force thousands from their homes\nBy Staff and wire reports\nNovember 3, 2025\n" + BODY)
    assert art.byline == "Staff and wire reports"
    assert art.title == "Floods force thousands from their homes"


def test_page_title_names_the_headline_over_a_standfirst():
    # naive scraped text opens with the page's <title>; the line over the byline is the standfirst
    page = ("Council to ban barbecues on the beach after summer fires | News\nHome\n"
            "Council to ban barbecues on the beach after summer fires\n"
            "Fires on the beach damaged the dunes twice this year and cost the town a fortune\n"
            "By Lucy Hammond\n" + BODY)
    art = cleanscrape.clean(page)[-1]
    assert art.title == "Council to ban barbecues on the beach after summer fires"
    assert art.byline == "Lucy Hammond"
    assert "Fires on the beach damaged the dunes twice this year and cost the town a fortune" in art.paragraphs


def test_kicker_over_headline_is_not_the_title():
    art = _one("CLIFF RESCUE\nMan rescued from the cliff path after a fall on Sunday evening\nBy Lucy Hammond\n"
               + BODY)
    assert art.title == "Man rescued from the cliff path after a fall on Sunday evening"


def test_last_menu_item_is_no_section_but_a_label_is():
    menu = _one("Home\nNews\nSport\nMoney\nCouncil to ban barbecues on the beach\nBy Lucy Hammond\n" + BODY)
    assert menu.section is None
    label = _one("Environment\nCouncil to ban barbecues on the beach\nBy Lucy Hammond\n" + BODY)
    assert label.section == "Environment"
    link = _one("Learn More\nCouncil to ban barbecues on the beach\nBy Lucy Hammond\n" + BODY)
    assert link.section is None


def test_headline_in_a_script_without_spaces():
    # Chinese has no spaces and no case: words are counted in characters, and `。` ends a sentence
    page = ("首页\n新闻\n财经\n瓦尔多拉港集装箱吞吐量创新高\n2025年11月03日 18:42 来源：新华社\n"
            "瓦尔多拉港务局周一表示，今年前十个月，该港集装箱吞吐量同比增长18%，创历史新高。\n"
            "港务局负责人说，增长主要来自欧洲航线，新码头投入使用后，船舶等待时间缩短了一半。\n")
    (art,) = cleanscrape.clean(page)
    assert art.title == "瓦尔多拉港集装箱吞吐量创新高"
    assert art.published == "2025-11-03T18:42"
    assert len(art.paragraphs) == 2
