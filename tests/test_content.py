"""Content scoring on pages from templates no rule knows (naive scraped text)."""

from __future__ import annotations

import cleanscrape

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
