"""Vocabularies the rules read. The words themselves live in the language files
(``cleanscrape/lang/<code>.toml``, grouped by meaning); this module gives each group the name
the rules import. Add a language by adding a file, not code. Phrases are matched
case-insensitively, with flexible spaces (rules build their patterns from them with
``patterns.words_alternation``).
"""

from __future__ import annotations

from ..datewords import AFTER_NOON, BEFORE_NOON
from ..datewords import MONTHS as MONTHS
from ..datewords import PUBLISHED_WORDS as PUBLISHED_WORDS
from ..datewords import WEEKDAYS as WEEKDAYS
from ..lang import languages, words
from ..patterns import phrases_alternation, words_alternation

AGENCIES = words("agencies")
CREDIT_LABELS = words("credit_labels")
TEASER_LABELS = words("teaser_labels")
RELATED_PREFIXES = words("related_prefixes")
FOOTER_HEADINGS = words("footer_headings")
# Whole lines of site furniture, by family. Matched as the entire line
# (optionally ending in ':', '›', '»', '>' or an arrow).
SOCIAL = words("social")
SHARE_WORDS = words("share")
ADVERT = words("advert")
BOUNDARY = words("boundary")
# Phrases that make a whole line a newsletter prompt, cookie notice or copyright line
# when the line starts with them (the rest of the line may be anything short).
NEWSLETTER_STARTS = words("newsletter_starts")
NEWSLETTER_CUES = words("newsletter_cues")
NOT_FOUND = frozenset(words("not_found"))
FORM_BUTTONS = frozenset(words("form_buttons"))
COOKIE_CUES = words("cookie_cues")
COPYRIGHT_STARTS = words("copyright_starts")

_SP = r"[ \t]+"
_SP_BOUNDED = r"[ \t]{1,3}"
_WS = r"\s+"


def _alt(phrases: tuple[str, ...], space: str = _SP) -> str:
    return words_alternation(phrases, space)


_MINUTES = _alt(words("minute_units"))  # (`min`, `minutes`: longest first, as `min(?:ute)?s?` tried them)
# "5 min read", "Reading time: 4 minutes", "Lesezeit: 3 Minuten", "Listen to this article"
# (spaces bounded: the first pattern is also searched for inside date lines, where runs are long)
READ_TIME = (
    rf"\d{{1,3}}[ \t]{{0,2}}[-–]?[ \t]{{0,2}}{_MINUTES}\.?[ \t]{{1,3}}{_alt(words('read_time_after'), _SP_BOUNDED)}",
    rf"{_alt(words('read_time_labels'), _WS)}\s*:?\s*(?:{_alt(words('approximately'), _WS)}\s*)?\d{{1,3}}\s*"
    rf"(?:{_MINUTES}|{_alt(words('minute_words'))})?\.?",
    rf"{_alt(words('listen_labels'), _WS)}(?:\s*[·•|:-]?\s*\d{{1,3}}(?::\d\d)?\s*{_MINUTES}?\.?)?",
    rf"\d{{1,3}}:\d\d\s*{_alt(words('duration_units'))}?",
    # "Lecture 3 min.", "Lettura 4 minuti": the bare word only with its unit
    rf"{_alt(words('reading_words'))}\s*:?\s*\d{{1,3}}\s*(?:{_MINUTES}|{_alt(words('minute_words'))})\.?",
    # "⏱ 4 min": a clock sign and the minutes
    rf"[⏱⌚🕐🕒][\ufe0f]?[ \t]{{0,2}}\d{{1,3}}[ \t]{{0,2}}{_MINUTES}\.?(?:[ \t]{{1,3}}{_alt(words('read_time_after'), _SP_BOUNDED)})?",
)

# "3 Min.": the minutes with no reading word (read only beside a date's clock time)
BARE_MINUTES = rf"\d{{1,3}}[ \t]{{0,2}}{_MINUTES}\.?"

TAG_LABELS = words("tag_labels")
BREADCRUMB_ROOTS = words("breadcrumb_roots")
# The labels of an update date (a subset of PUBLISHED_WORDS): `Updated 3 Nov 2025`.
UPDATED_WORDS = words("updated")

# Relative publication times a template prints instead of (or beside) the date:
# "2 days ago", "vor 3 Stunden", "hace 5 minutos", "il y a 2 jours", "3 ore fa",
# "há 2 dias", "4 uur geleden"; yesterday/today only with a clock time. Each language's
# patterns are built from its groups (relative_units, relative_numbers, relative_before,
# relative_after, relative_qualifiers, relative_now, relative_days, clock_*).


def _relative_ago(lists: dict[str, tuple[str, ...]]) -> str:
    """`about 3 hours ago`, `vor einer Stunde`, `il y a 2 jours`: one language's shape; a
    bullet may open it, as a story list prints the age under each byline (`• 7 hours ago`)."""
    rx = r"(?:[•·][ \t]{0,3})?"
    rx += f"(?:{_alt(lists['relative_qualifiers'])}{_SP})?" if "relative_qualifiers" in lists else ""
    rx += _alt(lists["relative_before"]) + _SP if "relative_before" in lists else ""
    rx += rf"(?:\d{{1,3}}|{_alt(lists['relative_numbers'])})" if "relative_numbers" in lists else r"\d{1,3}"
    rx += _SP + _alt(lists["relative_units"])
    return rx + (_SP + _alt(lists["relative_after"]) if "relative_after" in lists else "")


def _relative_day(lists: dict[str, tuple[str, ...]]) -> str:
    """`Yesterday at 9:15 AM`, `heute, 09:15 Uhr`: a day word and a clock time."""
    rx = _alt(lists["relative_days"]) + r"[ \t]*,?[ \t]*"
    rx += f"(?:{_alt(lists['clock_prepositions'])}{_SP})?" if "clock_prepositions" in lists else ""
    rx += r"\d{1,2}[:.]\d\d"
    return rx + (rf"(?:[ \t]*{_alt(lists['clock_suffixes'])})?" if "clock_suffixes" in lists else "")


def _relative_time() -> tuple[str, ...]:
    found: list[str] = []
    for language in languages():
        lists = language.lists
        found += [_relative_ago(lists)] if "relative_units" in lists else []
        found += [_alt(lists["relative_now"])] if "relative_now" in lists else []
        found += [_relative_day(lists)] if "relative_days" in lists else []
    return (
        *found,
        # a compact age, as portals print it beside the byline: "3h", "• 5h", "2d ago"
        r"(?:[•·][ \t]*)?\d{1,2}[ \t]?" + phrases_alternation(words("compact_age")),
        # a clock time with no date, as an update stamp prints it: "a las 09:15", "at 9:15 AM", "um 09:15 Uhr"
        rf"(?:{_alt(words('clock_prepositions'))}{_SP})?\d{{1,2}}[:.h]\d\d(?:[ \t]*{_alt(words('clock_suffixes'))})?"
        r"(?:[ \t]+(?:[A-Z]{2,4}))?",
    )


def _relative_starts() -> tuple[str, ...]:
    """The first words of the relative-time patterns (a digit is keyed `1`)."""
    found = ["1", "•", "·", *words("relative_qualifiers"), *words("relative_days")]
    found += [w.split()[0] for w in words("relative_now")]
    for language in languages():
        lists = language.lists
        if "relative_units" in lists:
            found += [w.split()[0] for w in lists.get("relative_before", lists.get("relative_numbers", ()))]
    return tuple(dict.fromkeys(found))


RELATIVE_TIME = _relative_time()
RELATIVE_TIME_STARTS = _relative_starts()
# a story's age alone, a count and a unit in some language (`• 7 hours ago`, `2 hrs ago`, `vor 3
# Stunden`, `hace 5 minutos`): each language's `_relative_ago` shape only (no clock time, no `just now`)
RELATIVE_AGE = tuple(_relative_ago(language.lists) for language in languages() if "relative_units" in language.lists)

BYLINE_WORDS = words("byline")
# the words before a clock time (`at 9:40`, `um 09:40`), and the half of the day after a 12-hour
# clock, a space as one space or tab or none (`9:40 AM`, `9:40 a.m.`)
CLOCK_PREPOSITIONS = words("clock_prepositions")
MERIDIEM = phrases_alternation((*BEFORE_NOON, *AFTER_NOON), r"[ \t]")
JOB_WORDS = frozenset(words("jobs"))
STUB_WORDS = words("stub")
# Imperatives that open a prompt to the reader. Strong ones are prompts whenever the
# line names a channel; weak ones also need the site's voice (you, your, us, our).
PROMPT_STRONG = words("prompt_strong")
PROMPT_WEAK = words("prompt_weak")
PROMPT_CHANNELS = words("prompt_channels")
REPORTING_CREDIT_STARTS = words("reporting_credit_starts")
CREDIT_CONNECTORS = frozenset(words("credit_connectors"))
