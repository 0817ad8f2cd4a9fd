"""The words a date is read by: month and weekday names, and the labels of a publication
date, in every language the language files hold (``cleanscrape/lang/<code>.toml``). Data for
:mod:`cleanscrape.dates` (the bottom layer), kept out of ``rules/vocab.py`` so that dates
imports nothing above it; ``rules.vocab`` re-exports them."""

from __future__ import annotations

from .lang import languages, table, words


def _months() -> dict[str, int]:
    """The month names of every language (``months``) and, in a language with prefixes a month's
    name takes (``month_prefixes``: Hebrew's ב, in), each of its names with each prefix."""
    prefixed = {p + name: n for lang in languages() for p in lang.lists.get("month_prefixes", ())
                for name, n in lang.tables.get("months", {}).items()}
    return {**table("months"), **prefixed}


# Publication stubs and their values.
PUBLISHED_WORDS = words("published")
MONTHS = _months()
WEEKDAYS = words("weekdays")
# what a date line may hold besides the date: the words around it (`am`, `um`, `Uhr`), time
# zones, and other words (ordinals, units of an age)
DATE_FILLERS = words("date_fillers")
TIME_ZONES = words("time_zones")
DATE_WORDS = words("date_words")
ORDINAL_SUFFIXES = words("ordinal_suffixes")
# a story's age beside its date (`3 hours ago`), in the phrase grammar of the language files
DATE_AGE = words("date_age")
# the marks of a date's and a clock's parts in the languages that print them (`2025年11月3日`,
# `10時15分`), and the words joining a month's name to its day and year (`3 de noviembre de 2025`)
YEAR_MARKS, MONTH_MARKS, DAY_MARKS = words("year_marks"), words("month_marks"), words("day_marks")
HOUR_MARKS, MINUTE_MARKS = words("hour_marks"), words("minute_marks")
MONTH_OF, YEAR_OF = words("month_of"), words("year_of")
# the halves of the day after a 12-hour clock (`9:40 a.m.`, `9:40 PM`), in the phrase grammar
BEFORE_NOON, AFTER_NOON = words("before_noon"), words("after_noon")
# the halves of the day printed before the clock (`오후 3:05`, `午後3時15分`, `下午3:15`)
BEFORE_NOON_AHEAD, AFTER_NOON_AHEAD = words("before_noon_ahead"), words("after_noon_ahead")
