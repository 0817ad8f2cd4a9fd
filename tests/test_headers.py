"""An article's header: which line is the headline, the byline, the section."""

from __future__ import annotations

import pytest

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


def test_author_card_with_a_role_in_words_no_list_holds():
    # (seg27, issue #18) the headshot's alt text, the name, then a role line in words no language
    # file holds, over the date: an author card, not a headline printed twice
    art = _one("Council to ban barbecues on the beach after summer fires\nListen to this article · 4 min\n"
               "Marta Quillfeather\nMarta Quillfeather\nHarbour Desk Lead\n07:32, 4 Nov 2025\n" + BODY)
    assert art.title == "Council to ban barbecues on the beach after summer fires"
    assert art.byline == "Marta Quillfeather"
    gone = {r.text: r.code for r in art.removed}
    assert gone["Harbour Desk Lead"] == "CS307"
    assert "Marta Quillfeather" not in art.body


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


def test_place_before_the_date_gives_published():
    art = _one("Council to ban barbecues on the beach after summer fires\nPor Lucía Ferrer\n"
               "Valdemora, 19 NOV 2025 - 08:30 CET\n" + BODY)
    assert art.published == "2025-11-19T08:30"
    assert art.byline == "Lucía Ferrer"
    assert "Valdemora, 19 NOV 2025 - 08:30 CET" not in art.body


def test_key_points_under_the_dates_is_no_second_author():
    art = _one("Shipping stocks jump as freight rates climb for a third week\nBy Nadia Farouk\n"
               "Published Fri, Nov 21 2025 10:14 AM EST\nUpdated Fri, Nov 21 2025 12:30 PM EST\nKey Points\n"
               + BODY)
    assert art.byline == "Nadia Farouk"
    assert not any(r.code == "CS307" for r in art.removed)


def test_cjk_byline_and_characters_scored_as_words():
    page = ("首页\n新闻\n登录\n青川县新建山区学校今秋迎来首批学生\n2025-11-18 09:30\n记者 李明华\n"
            "本报讯 青川县首座山区寄宿制学校本学期正式启用，来自周边十二个村庄的三百四十名学生入校就读。\n"
            "学校建筑面积约一万二千平方米，设有教学楼、宿舍楼、食堂和运动场，总投资约八千六百万元。\n"
            "家长怎么说\n"
            "一位学生家长表示，孩子住校以后，家里的负担轻了很多。\n"
            "县教育局介绍，明年还将在另外两个乡镇建设同类学校。\n"
            "相关新闻\n青川县公路改造工程全面完工\n山区教师招聘计划启动\n")
    art = _one(page)
    assert art.title == "青川县新建山区学校今秋迎来首批学生"
    assert art.byline == "李明华"
    assert art.published == "2025-11-18T09:30"
    assert art.paragraphs[-3:] == ("家长怎么说", "一位学生家长表示，孩子住校以后，家里的负担轻了很多。",
                                   "县教育局介绍，明年还将在另外两个乡镇建设同类学校。")
    assert "青川县公路改造工程全面完工" not in art.body


def test_a_box_of_short_lines_between_header_and_text_keeps_the_headline():
    # a review's verdict box: the page's first headline, its byline and date, then short lines
    page = ("Reviews\nHarbour Audio H2 review: great sound, short battery\nBy Omar Pike\npublished 14 November 2025\n"
            "Our Verdict\nRating: 4 out of 5 stars\n$129 at Amazon\nPros\nRich, detailed sound\nCons\n"
            "Battery lasts only 18 hours\n" + BODY +
            "The weak point is the battery, which lasted a little over 18 hours with noise cancelling on.\n")
    art = _one(page)
    assert art.title == "Harbour Audio H2 review: great sound, short battery"
    assert art.byline == "Omar Pike"


def test_bio_under_a_byline_printed_after_the_text():
    page = ("Why I stopped using spreadsheets for my garden\nHannah Ostrow\nFollow\n6 min read · Nov 12, 2025\n"
            "1.2K\n34\nShare\n" + BODY + "Now I keep a paper notebook by the back door. One line a day.\n"
            "1.2K\n34\nWritten by Hannah Ostrow\n2.3K Followers\n"
            "Gardener, teacher, occasional writer. I live near the coast with two cats and too many tomatoes.\n"
            "More from Hannah Ostrow\nThe year I grew only beans\n")
    art = _one(page)
    assert art.byline == "Hannah Ostrow"
    assert art.paragraphs[-1] == "Now I keep a paper notebook by the back door. One line a day."
    gone = {r.text: r.code for r in art.removed}
    assert gone["Gardener, teacher, occasional writer. I live near the coast with two cats and too many tomatoes."] \
        == "CS418"
    assert gone["1.2K"] == "CS419" and gone["34"] == "CS419"


def test_date_with_the_station_after_it():
    art = _one("Ferry crash in Velmora harbor injures 12\n"
               "Updated on: November 19, 2025 / 7:42 PM EST / CBS Velmora\n" + BODY)
    assert art.title == "Ferry crash in Velmora harbor injures 12"
    assert art.published == "2025-11-19T19:42"


def test_bio_under_the_byline_in_the_header():
    art = _one("Harbour City coach signs extension through 2029\nOwen Priest\nSports Staff Writer\n"
               "Owen Priest covers the Harbour City football club for Sports Network.\n"
               "Nov 21, 2025, 11:02 AM ET\n" + BODY)
    assert art.byline == "Owen Priest"
    assert "Owen Priest covers the Harbour City football club for Sports Network." not in art.body


def test_headline_over_standfirst_and_picture_then_byline():
    art = _one("Science\nHarbour seals return to the Ommer estuary after fifty years\n"
               "The animals had vanished from the river mouth in the 1970s. A cleaner river brought them back.\n"
               "Image\nA harbour seal on a sandbank near Calder Point.\nCredit...Mara Lindqvist for The Velmora Times\n"
               "By Ruth Mayer\nNov. 20, 2025\n" + BODY)
    assert art.title == "Harbour seals return to the Ommer estuary after fifty years"
    assert art.byline == "Ruth Mayer" and art.section == "Science"
    assert "A harbour seal on a sandbank near Calder Point." not in art.body


def test_portal_prints_the_provider_between_headline_and_byline():
    """A portal's syndicated story: headline, the paper that provided it, the author's bare
    name, then the date with the reading time after it and no separator."""
    page = ("Beacon\nHome\nMail\nNews\nFinance\nSports\nSign in\nScience\n"
            "Council to ban barbecues on the beach after summer fires\nTidewater Gazette\nLucy Hammond\n"
            "Sat, Nov 8, 2025, 9:14 AM 3 min read\n142\n" + BODY + "Trending\nAbout\nPrivacy\n")
    art = _one(page)
    assert art.title == "Council to ban barbecues on the beach after summer fires"
    assert (art.section, art.byline, art.published) == ("Science", "Lucy Hammond", "2025-11-08T09:14")
    assert art.paragraphs == tuple(BODY.strip().split("\n"))


def test_the_clock_after_an_update_is_the_update_s():
    """`Nov. 19, 2025 Updated Nov. 20, 2025 8:05 a.m.`: the time belongs to the second date."""
    art = _one("Council to ban barbecues on the beach after summer fires\nBy Lucy Hammond\n"
               "Nov. 19, 2025 Updated Nov. 20, 2025 8:05 a.m.\n" + BODY)
    assert art.published == "2025-11-19"


def test_dates_and_reporters_of_korean_and_chinese_portals():
    body = ("강원 가람군 은하읍의 옛 탄광 선탄장 부지에 공공 천문대가 들어선다. 석탄 산업이 쇠퇴한 뒤 20년 가까이 "
            "방치됐던 땅이 별을 보러 오는 관광객을 맞는 공간으로 바뀌는 것이다.\n"
            "가람군은 19일 은하읍 선탄장 부지에 공공 천문대와 숙박동을 짓는 사업을 확정했다고 밝혔다. "
            "천문대는 2027년 가을 문을 연다.\n")
    art = _one("폐광촌 은하읍에 첫 공공 천문대…주민이 되살린 밤하늘\n박서연 기자\n입력 2025.11.19 14:32\n"
               "수정 2025.11.19 18:05\n" + body)
    assert (art.title, art.byline, art.published) == (
        "폐광촌 은하읍에 첫 공공 천문대…주민이 되살린 밤하늘", "박서연", "2025-11-19T14:32")
    body = ("11月19日晚，江屿古镇老码头的夜间书市迎来开市后的第三个周末，来自周边城市的游客和市民挤满了码头边的摊位。"
            "据主办方统计，当晚客流超过一万人次。\n"
            "老码头原是货运仓库，去年由市文化局改造为开放式文化街区，今年九月起每周五至周日晚间开放书市。\n")
    art = _one("江屿古镇老码头变身“夜间书市”，周末客流破万\n2025-11-20 08:15:36　来源：临江晚报\n分享至\n"
               "（原标题：老码头“亮”起来了）\n临江晚报记者 苏晓雨 通讯员 周启明\n" + body)
    assert (art.title, art.byline) == ("江屿古镇老码头变身“夜间书市”，周末客流破万", "苏晓雨")


def test_live_page_headline_over_its_key_points_and_pinned_entry():
    """A live page: headline, editor, date, a box of key points, then entries under their
    clock times with labels (`Pinned`, `Latest`) between them."""
    entry = ("The regional grid operator says 23,000 homes are now without power, most of them in the "
             "villages along the peninsula. Crews will not go out until the wind drops.")
    page = ("Halvorsen Times\nNews\nWeather\nLive\nStorm Ilse live: thousands without power as gales sweep the coast\n"
            "Edited by Morgan Treacy\nUpdated 11:48 GMT, 18 November 2025\nLive\nKey points\n"
            "Gusts of up to 140km/h recorded at Skarvik point\n23,000 homes without power\n"
            "Ferry services cancelled until Wednesday\nShare\nPinned\n11:45\n" + entry + "\nPinned post\n11:48\n"
            "Latest\n11:30\n" + BODY + "Share\nBack to top\n")
    arts = cleanscrape.clean(page)
    assert arts[0].title == "Storm Ilse live: thousands without power as gales sweep the coast"


def test_a_headline_of_two_sentences_over_byline_and_date():
    art = _one("Northvale Public Media\nNews\nTransport\nTransport\n"
               "The ban starts in April. Here is what changes on the beach\n"
               "By Ines Achterberg, Transport reporter\nPublished 24 November 2025, 06:00\nShare\n" + BODY)
    assert art.title == "The ban starts in April. Here is what changes on the beach"
    assert (art.byline, art.published, art.section) == ("Ines Achterberg", "2025-11-24T06:00", "Transport")


def test_newswire_release_headline_over_its_subhead_and_provider_label():
    art = _one("Newswire\nNews in Focus\nEnergy\nCouncil to ban barbecues on the beach after summer fires\n"
               "Wardens will patrol the dunes on busy weekends from April\nNews provided by\n"
               "Larchmont Mobility, Inc.\nNov 18, 2025, 08:30 ET\nShare this article\n" + BODY +
               "SOURCE Larchmont Mobility, Inc.\n")
    assert art.title == "Council to ban barbecues on the beach after summer fires"
    assert "SOURCE Larchmont Mobility, Inc." not in art.paragraphs


def test_a_street_address_over_a_date_is_no_headline():
    page = ("Council to ban barbecues on the beach after summer fires\nBy Lucy Hammond\n4 Nov 2025\n" + BODY +
            "Service Information\nVisitation\n212 Main St., Cobb's Landing\nThursday, November 13, 2025\n"
            "Not sure what to say?\nBrowse suggested condolence messages.\n")
    arts = cleanscrape.clean(page)
    assert [a.title for a in arts] == ["Council to ban barbecues on the beach after summer fires"]


def test_a_kicker_in_capitals_with_a_full_stop_opens_a_headline():
    """`VIDÉO. Incendie ...`: French papers print the kind of story in capitals in front."""
    page = ("Le Courrier des Combes\nActualités\nFaits divers\nVIDÉO. Incendie d'un entrepôt à Mérignol : soixante pompiers mobilisés\n"
            "VIDÉO. Incendie d'un entrepôt à Mérignol : soixante pompiers mobilisés\nPar Théo Rambert\n"
            "Publié le 20/03/2025 à 11h05\n"
            "Un violent incendie a détruit jeudi matin un entrepôt de matériaux dans la zone des Prés-Hauts, "
            "à Mérignol. Soixante pompiers ont été mobilisés pendant plus de cinq heures.\n"
            "Aucun blessé n'est à déplorer. Les deux employés présents sur le site ont pu sortir à temps, "
            "selon les pompiers.\n")
    art = _one(page)
    assert art.title == "VIDÉO. Incendie d'un entrepôt à Mérignol : soixante pompiers mobilisés"
    assert (art.byline, art.published) == ("Théo Rambert", "2025-03-20T11:05")


def test_a_long_sentence_ending_in_one_capital_is_no_headline():
    """`... un posto nei playoff di Serie B.` ends a sentence; read as a headline it hid the
    story's first paragraph, and the story under a video teaser was merged into the one above."""
    first = ("Il consiglio comunale ha approvato ieri sera il bilancio di previsione con diciotto voti "
             "favorevoli e sei contrari, dopo una seduta durata quasi cinque ore.\n"
             "Il sindaco ha parlato di un bilancio prudente che non aumenta le tasse locali.\n")
    page = ("Cronaca\nBilancio approvato dopo cinque ore di seduta\ndi Anna Rossi\nPubblicato il 21/03/2025 alle 08:20\n"
            + first + "Continua a leggere\nSport\nBasket, la Virtus vince il derby e vola ai playoff\nVIDEO\n"
            "Gli ultimi due minuti della partita al PalaSerra\nBasket, la Virtus vince il derby e vola ai playoff\n"
            "di Paolo Sartori\nPubblicato il 21/03/2025 alle 23:10\n"
            "La Virtus ha battuto 84-79 la Pallacanestro Borgo Lieto nel derby di venerdì sera e si è assicurata "
            "con tre giornate d'anticipo un posto nei playoff di Serie B.\n"
            "Decisivo il play argentino Matías Ferro, autore di 27 punti, tra cui la tripla del sorpasso.\n")
    arts = cleanscrape.clean(page)
    assert [a.title for a in arts] == ["Bilancio approvato dopo cinque ore di seduta",
                                       "Basket, la Virtus vince il derby e vola ai playoff"]
    assert arts[1].byline == "Paolo Sartori" and arts[1].paragraphs[0].endswith("Serie B.")


def test_the_site_name_over_each_story_of_a_stacked_feed_is_no_headline():
    """An AMP-style feed prints the site's name (the page's first line) over every story; the
    headline under it, over its byline, is the story's."""
    story = ("The light at Skerran Point shone across the bay on Tuesday evening for the first time since "
             "1985, after volunteers spent six years restoring it.\n"
             "The trust raised most of the money through a public appeal, and the work was done by "
             "retired engineers from the town.\n")
    page = ("The Ferrowick Courier\nMenu\nCoast\nVolunteers relight Skerran Point lighthouse after 40 dark years\n"
            "By Callum Deverill\nLast updated: 12 November 2025 • 6:05pm\n" + story +
            "Next article\nSwipe up for next article\nThe Ferrowick Courier\nBusiness\n"
            "Lochside café that fed the fishing fleet for 70 years to close\nBy Nadia Fenwick\n"
            "Last updated: 12 November 2025 • 2:40pm\n" + BODY +
            "Next article\nThe Ferrowick Courier\nSport\nRovers fans pack the Crown for the cup semi-final\n"
            "By Tom Ashdown\nLast updated: 11 November 2025 • 10:52pm\n" + story)
    arts = cleanscrape.clean(page)
    assert [a.title for a in arts] == ["Volunteers relight Skerran Point lighthouse after 40 dark years",
                                       "Lochside café that fed the fishing fleet for 70 years to close",
                                       "Rovers fans pack the Crown for the cup semi-final"]


def test_a_desk_word_under_the_page_date_and_over_a_headline_is_its_section():
    page = ("The Lakeland Herald\nLatest\nSunday 9 November 2025\nNEWS\n"
            "Council to ban barbecues on the beach after summer fires\nBy Lucy Hammond\n12:01, 09 Nov 2025\n" + BODY)
    art = _one(page)
    assert (art.byline, art.section) == ("Lucy Hammond", "NEWS")


def test_a_later_headline_printed_twice_over_its_byline_may_have_a_ticker_box_under_it():
    first = "Council to ban barbecues on the beach after summer fires\nBy Lucy Hammond\n4 Nov 2025\n" + BODY
    second = ("Outfitter to close 38 stores and open smaller trail shops\n"
              "Outfitter to close 38 stores and open smaller ‘trail shops’\nDesmond Achterberg\n"
              "Mon, November 17, 2025 at 7:02 AM EST · 3 min read\nIn this article:\nPWO\n-6.12%\n"
              "Outdoor retailer Pellworth said Monday it will close 38 of its big-box stores next year and open "
              "smaller shops in town centres instead.\n"
              "The company said the big stores, most of them opened before 2010, no longer earn their rent.\n")
    arts = cleanscrape.clean(first + "View comments\n" + second)
    assert [a.title for a in arts] == ["Council to ban barbecues on the beach after summer fires",
                                       "Outfitter to close 38 stores and open smaller trail shops"]


def test_a_feed_heading_over_an_article_header_is_no_story_list():
    """`Últimas notícias` over a section, a headline, its standfirst and byline, then the
    story: the page's heading, not a list of other stories."""
    page = "\n".join([
        "Portal Cerrado Hoje | Notícias de Goiás", "Menu", "Entrar", "Assine", "Últimas notícias", "Economia",
        "Cooperativa de Rio Verdinho inaugura usina de biogás movida a dejetos de suínos",
        "Usina deve abastecer 40 granjas associadas e reduzir em até 30% a conta de energia dos produtores",
        "Por Helena Prado, Cerrado Hoje — Rio Verdinho (GO)", "Publicado em 18/03/2025 às 07h45",
        "Atualizado há 3 horas", "Biodigestores da usina da Cooperagro, na zona rural de Rio Verdinho.",
        "Foto: Tiago Mendonça/Agência Planalto Central",
        "Cooperativa de Rio Verdinho inaugura usina de biogás movida a dejetos de suínos",
        "A Cooperativa Agroindustrial de Rio Verdinho inaugurou nesta segunda-feira uma usina que transforma "
        "dejetos de suínos em biogás e energia elétrica. O investimento foi de R$ 26 milhões.",
        "A usina tem capacidade para tratar 900 metros cúbicos de resíduos por dia, recolhidos em "
        "caminhões-tanque nas granjas dos cooperados.",
        "Mais lidas", "Preço do milho sobe pela terceira semana seguida", "Sobre nós"])
    art = _one(page)
    assert (art.title, art.byline, art.section) == (
        "Cooperativa de Rio Verdinho inaugura usina de biogás movida a dejetos de suínos", "Helena Prado",
        "Economia")
    assert not [r.text for r in art.removed if r.code == "CS413" and 5 < r.line <= 9]


def test_a_byline_line_that_carries_the_dates():
    art = _one("Council to ban barbecues on the beach after summer fires\n"
               "By Aaron Whitlock | awhitlock@courier.example | Valley Courier PUBLISHED: November 19, 2025 at "
               "4:12 PM PST | UPDATED: November 20, 2025 at 9:01 AM PST\n" + BODY)
    assert (art.byline, art.published) == ("Aaron Whitlock", "2025-11-19T16:12")


@pytest.mark.parametrize("line, name", [
    ("By Jane Roe Posted November 3, 2025", "Jane Roe"),
    ("By Jane Roe Last modified 3 Nov 2025", "Jane Roe"),
    ("Por Ana Ruiz Actualizado 03/11/2025", "Ana Ruiz"),
    ("Von Lena Hartmann Aktualisiert 03.11.2025", "Lena Hartmann"),
])
def test_a_byline_with_any_date_label_of_the_vocabulary_fills_byline_and_date(line, name):
    """A byline and its date on one line, split at whichever date label the vocabulary has
    (only `Published` and a few others split it: the line went as content-score)."""
    page = (f"Harbour cranes return after a long refit\n{line}\n"
            "The cranes came back on Monday after a refit that ran two years over its schedule.\n"
            "Residents gathered on the quay to watch the first ship unload its cargo in the rain.\n")
    (a,) = cleanscrape.clean(page)
    assert (a.title, a.byline, a.published) == ("Harbour cranes return after a long refit", name, "2025-11-03")
    assert len(a.paragraphs) == 2


_CARD_TEXT = ("The ferry to the island runs again from Monday after a winter of repairs to its hull, the operator said on Friday.",
              "Crews replaced the propeller shaft and the deck plates, and the inspectors signed the vessel off last week after sea trials.",
              "Islanders had taken the longer route by the mainland bridge since November, adding an hour to each trip.")


def _card_story(head: str, name: str, role: str, date: str, deck: str | None) -> str:
    lines = [head, "Listen to this article · 4 min", name, name, role, date, *([deck] if deck else [])]
    word = head.split()[0]
    return "\n\n".join(lines + [f"{word} news: {p}" if k else f"{p} ({head.lower()})" for k, p in enumerate(_CARD_TEXT)])


def test_author_cards_do_not_make_the_page_date_first():
    # (seg27, issue #18) an author card in each story's header (alt text, name, a role in words no
    # list holds, the date), a deck with no full stop under the date of every other story: the
    # line over each header is its headline, not the line under the date
    heads = ["Ferry to the island returns after a winter of repairs",
             "New lighthouse keeper takes up her post on the point",
             "Market hall reopens with forty stalls and a new roof",
             "School orchard gives its first harvest to the town kitchen"]
    decks = [None, "The keeper arrives with a new lamp and an old log book from the last keeper", None,
             "Pupils planted the trees four years ago and picked three crates this autumn"]
    cards = [("Marta Quillfeather", "Harbour Desk Lead"), ("Osric Penhallow", "Coast Writer"),
             ("Ilse Varnholt", "Town Editrix"), ("Bram Tolliver", "Valley Scribe")]
    page = "Harbour Gazette\n\n" + "\n\n".join(
        _card_story(h, n, r, f"{4 + k} November 2025", d) for k, (h, (n, r), d) in enumerate(zip(heads, cards, decks))) + "\n"
    arts = cleanscrape.clean(page)
    assert [a.title for a in arts] == heads
    assert [a.byline for a in arts] == [n for n, _r in cards]
    assert decks[1] in arts[1].paragraphs
