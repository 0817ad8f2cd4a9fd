"""The words a date is read by: month and weekday names, and the labels of a publication
date, in every language the language files hold (``cleanscrape/lang/<code>.toml``). Data for
:mod:`cleanscrape.dates` (the bottom layer), kept out of ``rules/vocab.py`` so that dates
imports nothing above it; ``rules.vocab`` re-exports them."""

from __future__ import annotations

from .lang import table, words

# Publication stubs and their values.
PUBLISHED_WORDS = words("published")
MONTHS = table("months")
WEEKDAYS = words("weekdays")
# what a date line may hold besides the date: the words around it (`am`, `um`, `Uhr`), time
# zones, and other words (ordinals, units of an age)
DATE_FILLERS = words("date_fillers")
TIME_ZONES = words("time_zones")
DATE_WORDS = words("date_words")
ORDINAL_SUFFIXES = words("ordinal_suffixes")
# a story's age beside its date (`3 hours ago`), in the phrase grammar of the language files
DATE_AGE = words("date_age")
