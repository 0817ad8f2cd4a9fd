"""Find a publication date in a short line and give it back in ISO 8601.

Handles the forms news templates print: ``November 3, 2025``, ``Nov. 3, 2025
at 2:05 PM ET``, ``3 November 2025 14.05 GMT``, ``03.11.2025, 14:05 Uhr``,
``2025-11-03T14:05:00Z``, ``3 de noviembre de 2025``, ``3 novembre 2025 à 08h15``,
``2025年11月03日 18:42``, ``2025年11月18日 10時15分``, ``2025年11月3日下午3:15``, ``14点05分``,
``2025. 11. 3. 오후 3:05``, ``11/19/2025, 06:45 AM``, ``12-03-2026 08:15``.
A date with no time gives ``YYYY-MM-DD``; with a time, ``YYYY-MM-DDTHH:MM``. A UTC offset the
text gives after the time (``+01:00``, ``+0100``, ``Z``, ``UTC``, ``GMT``, ``GMT+7``) is kept, in
RFC 3339 form: ``2025-11-03T14:05:00+01:00``. Named regional zones (``EST``, ``CET``, ``ET``)
are dropped: several are ambiguous, and which one a page means is not the reader's to guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter
from unicodedata import category, unidata_version

from .datewords import (AFTER_NOON, AFTER_NOON_AHEAD, BEFORE_NOON, BEFORE_NOON_AHEAD, DATE_AGE, DATE_FILLERS, DATE_WORDS, DAY_MARKS, HOUR_MARKS, MINUTE_MARKS, MONTH_MARKS, MONTH_OF,
                        MONTHS, ORDINAL_SUFFIXES, PUBLISHED_WORDS, TIME_ZONES, WEEKDAYS, YEAR_MARKS, YEAR_OF)
from .kept import kept_value, source_kind
from .patterns import compile_pattern, phrase_expansions, phrases_alternation, words_alternation
from .text import DOTLESS_I, case_forms

# calendar and clock facts a date is checked against
MONTHS_PER_YEAR = 12  # a number above it cannot be a month (so `11/19/2025` is month first)
MAX_DAY = 31  # the longest month
NOON = 12  # a 12-hour clock: `12 AM` is midnight, `3 PM` is 15h
HOURS_PER_DAY = 24  # a clock hour at or past it is no time of day
# the length of `YYYY-MM-DDTHH:MM`: an ISO stamp longer than it carries seconds and an offset
ISO_MINUTE_LEN = 16
# a date line is short: a longer line is prose or a byline that holds a date, never a date line
DATE_LINE_MAX = 90

MONTH_SHORT = 3  # letters of a month's short form cut from its name (`paź`, `Eki`, `set`)


def _short_months() -> dict[str, int]:
    """The short forms a month's name gives in alphabetic scripts (its first MONTH_SHORT
    letters: `paź` of `październik`, `Eki` of `ekim`) that no list names and that no other
    month's name shares."""
    months: dict[str, set[int]] = {}
    for name, n in MONTHS.items():
        if " " not in name and len(name) > MONTH_SHORT and name[:MONTH_SHORT].isalpha() and \
                all(c < "\u0590" for c in name):  # (Latin, Greek, Cyrillic: scripts that cut words)
            months.setdefault(name[:MONTH_SHORT], set()).add(n)
    return {k: min(v) for k, v in months.items() if len(v) == 1 and k not in MONTHS}


_MONTH_NUMBER = {**MONTHS, **_short_months()}


@cache
def _month_forms() -> dict[str, int]:
    """The months by the forms their names' Turkish capitals lower to (``case_forms``: `EKİM`,
    `KASIM`), worked out the first time a month's name is not found lowered as listed."""
    return {form: n for name, n in _MONTH_NUMBER.items() for form in case_forms(name)}
# the month names, longest first, as their tree (``words_alternation``, a space a space): `s(?:e(?:p(?:t...`
# reads a place's letters once, where the plain alternation entered each of some 200 names in turn at
# every place of a line (``re`` passes over a branch by its first letter only when case counts); the
# same matches, in the same order
_MONTH = words_alternation(tuple(_MONTH_NUMBER), r"\ ")
_DAY = rf"(?P<d>[0-3]?\d){words_alternation(ORDINAL_SUFFIXES)}?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_MON = rf"(?P<m>{_MONTH})\.?"
_DATE_FORMS = [
    # 2025-11-03 / 2025/11/03 / 2025.11.03 (Korean, Chinese portals)
    # 2025. 11. 3. (Korean, as Naver prints it: a space after each dot, and a dot after the day)
    r"(?P<y>(?:19|20)\d\d)(?:(?P<ks>\.[ \t])|[-/.])(?P<mn>[01]?\d)(?(ks)\.[ \t]|[-/.])(?P<d>[0-3]?\d)(?(ks)\.|)(?!\d)",
    # 2025年11月03日 (Chinese, Japanese); 2025년 11월 3일 (Korean)
    rf"(?P<y>(?:19|20)\d\d)\s?{words_alternation(YEAR_MARKS)}\s?(?P<mn>[01]?\d)\s?{words_alternation(MONTH_MARKS)}"
    rf"\s?(?P<d>[0-3]?\d)\s?{words_alternation(DAY_MARKS)}",
    # November 3, 2025 / Nov. 3 2025
    rf"{_MON}\s+{_DAY},?\s+{_YEAR}",
    # 3 November 2025 / 3. November 2025 / 3 de noviembre de 2025 / 3 novembre 2025
    rf"{_DAY}\s+(?:{words_alternation(MONTH_OF)}\s+)?{_MON},?\s+(?:{words_alternation(YEAR_OF)}\s+)?{_YEAR}",
    # 03.11.2025 / 3/11/2025 (day first, as most of the world writes it); 11/19/2025 (month
    # first, as the US writes it) when the day cannot be a month or a 12-hour clock follows
    rf"(?P<d>[0-3]?\d)(?P<sep>[./])(?P<mn>[0-3]?\d)[./]{_YEAR}",
    # 12-03-2026 (day first with hyphens, as Dutch and Scandinavian blogs print it); 03-19-2026 month
    # first when the day cannot be a month; never inside a longer run of digits and hyphens (a phone
    # number, a code: `555-12-03-2026`)
    rf"(?<![\d\-])(?P<d>[0-3]?\d)(?P<sep>-)(?P<mn>[0-3]?\d)-{_YEAR}(?![\d\-])",
]
_DATE_RX = [compile_pattern(p, "i") for p in _DATE_FORMS]
_MONTH_FIRST_SEPARATORS = ("/", "-")  # (a numeric date's separators the US prints month first with)
# what a form's match must hold, searched first where that is much cheaper than the form: a
# month's name first (`November 3, 2025`) is tried at every letter of a line, each of the
# languages' month names in turn, while its day and year (`3, 2025`) are tried at its digits only
_DATE_NEEDS = [None, None, compile_pattern(rf"{_DAY},?\s+{_YEAR}", "i"), None, None, None]
_ANY_YEAR = compile_pattern(r"(?:19|20)\d\d", "")
# the half of the day after a 12-hour clock: `a.m.`, `PM`, `p. m.` (a space in a phrase: one or none)
_MERIDIEM = phrases_alternation((*BEFORE_NOON, *AFTER_NOON), r"\s")
# (which half: a space between the letters only, as the clock reading always took it)
_AFTER_NOON = compile_pattern(phrases_alternation(AFTER_NOON, " "), "i")
_BEFORE_NOON = compile_pattern(phrases_alternation(BEFORE_NOON, " "), "i")
# the bare words of those (`AM`, `PM`), in capitals: a clock's half, not a time zone
_MERIDIEM_CAPS = words_alternation(tuple(dict.fromkeys(
    e.upper() for p in (*BEFORE_NOON, *AFTER_NOON) for e in phrase_expansions(p) if e.isalpha())))
_TIME_RX = compile_pattern(
    rf"(?<![\d:.])(?P<h>[0-2]?\d)(?:[:.h](?P<mi>[0-5]\d))(?::(?P<s>[0-5]\d))?\s*(?P<ap>{_MERIDIEM})?(?![\d])"
    rf"|(?<![\d:.])(?P<h2>1[0-2]|0?[1-9])\s*(?P<ap2>{_MERIDIEM})(?![\w])"
    # 10時15分 (Japanese), 10时15分 (Chinese), 10시 15분 (Korean)
    rf"|(?<!\d)(?P<h3>[0-2]?\d)\s?{words_alternation(HOUR_MARKS)}\s?(?P<mi3>[0-5]?\d)\s?{words_alternation(MINUTE_MARKS)}",
    "i",
)
# a UTC offset right after a clock time: `Z`, `UTC`, `GMT`, `GMT+7`, `(UTC+05:30)`, or a bare
# `+01:00` / `+0100`, which is taken only after seconds or in an ISO stamp (`T10:30+01:00`):
# elsewhere `10:30-11:30` is a range of times
_OFFSET = compile_pattern(
    r"(?:\.\d{1,9})?(?:(?P<z>Z)(?![A-Za-z])"
    r"|[ \t]{0,2}\(?(?:UTC|GMT)(?:(?P<gs>[+\-\u2212])(?P<gh>1[0-4]|0?\d)(?::?(?P<gm>[0-5]\d))?)?(?![\w+\-])"
    r"|(?P<bare>[ \t]?(?P<bs>[+\-\u2212])(?P<bh>0\d|1[0-4]):?(?P<bm>[0-5]\d))(?![\d:]))", "")
# a zone no list names, in capitals right after a clock time (`11:28 AMT`, `9:05 HKT`)
_ZONE = compile_pattern(rf"(\d{{1,2}}[:.]\d\d(?:[ \t]?{_MERIDIEM_CAPS})?)[ \t]?(?!{_MERIDIEM_CAPS}\b)[A-Z]{{2,4}}\b", "")
# what ``_ZONE.sub`` keeps of its match: the clock (its first group, which always takes part), as
# the template `\1` gives it, without the template's reading in Python on every call
_CLOCK_PART: Callable[[re.Match[str]], str] = itemgetter(1)
# the half of the day printed before the clock (`오후 3:05`, `午後3時15分`): ``find_date`` looks for it
# right before a time with none after it, in the HALF_AHEAD_CHARS before (a word and a space)
_HALF_AHEAD = compile_pattern(rf"(?:(?P<pm>{words_alternation(AFTER_NOON_AHEAD)})|{words_alternation(BEFORE_NOON_AHEAD)})[ \t]?\Z", "i")
HALF_AHEAD_CHARS = 1 + max(map(len, (*AFTER_NOON_AHEAD, *BEFORE_NOON_AHEAD)), default=0)
_CLOCK_12 = compile_pattern(r"\d[ \t]{0,2}" + phrases_alternation((*BEFORE_NOON, *AFTER_NOON), r"[ \t]") + r"\b", "i")
_WEEKDAY = compile_pattern(r"\b(?:" + "|".join(WEEKDAYS) + r")\b\.?,?", "i")
# What may stand in a date line besides the date: zones, connectives, labels.
# the words of the date labels (`Published`, `Mis à jour le`, `입력`): one list for the stubs,
# the label rules and the date lines
_LABEL_WORDS = frozenset(w for label in PUBLISHED_WORDS for w in label.lower().split())
_SPACES = r"[ \t]{1,3}"
_FILLER = compile_pattern(
    rf"\b{words_alternation((*DATE_FILLERS, *TIME_ZONES, *_LABEL_WORDS, *BEFORE_NOON_AHEAD, *AFTER_NOON_AHEAD))}\b"
    # (the full-width marks CJK text prints: `发布时间：2025年3月2日`, `（更新）`)
    r"|[\s,.;:|·•()\-–—/+：，、（）]+|[+-]\d\d:?\d\d|(?<=gmt[+-]|utc[+-]|GMT[+-]|UTC[+-])\d{1,2}\b"
    # the story's age printed beside its date: `Published 3 hours ago on November 18, 2025`
    r"|\b\d{1,3}" + _SPACES + phrases_alternation(DATE_AGE, _SPACES) + r"\b",
    "i",
)


# a date with a two-digit year, read on a date line only (where nothing else stands beside it): the
# forms no one prints with the year first (`03.11.25`, `3/11/25`, day first as the forms above read
# them; `11/19/25` month first), never with hyphens (`25-11-03` is as often year first) nor inside a
# longer run of digits and marks (a version, a section's number: `2.10.25.1`)
_SHORT_DATE_RX = compile_pattern(r"(?<![\w.,/\-])(?P<d>[0-3]?\d)(?P<sep>[./])(?P<mn>[0-3]?\d)(?P=sep)(?P<yy>\d\d)(?![\d]|[./\-]\d)", "")
SHORT_YEAR_PIVOT = 69  # a two-digit year below it is this century's (`25`: 2025), from it the last's (`98`: 1998), as POSIX reads `%y`
CENTURY = 100


def _full_year(yy: int) -> int:
    """The year a two-digit year (``yy``) stands for."""
    return (2000 if yy < SHORT_YEAR_PIVOT else 1900) + yy % CENTURY


DATE_CACHE = 8192  # lines whose date is remembered (pure functions of the text: several rules ask of each)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in a line: ISO 8601, and where it stands in the line (start and end offsets)."""

    iso: str
    start: int
    end: int


@lru_cache(maxsize=DATE_CACHE)
def find_date(text: str) -> FoundDate | None:
    """The first full date (day, month, year) in ``text``, with its time if one follows."""
    if _ANY_YEAR.search(text) is None:
        return None  # every form holds a four-digit year: one quick look spares the five patterns
    best = None
    for rx, need in zip(_DATE_RX, _DATE_NEEDS):
        if need is not None and need.search(text) is None:
            continue  # (no match of the form can hold no match of what it needs)
        m = rx.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    return None if best is None else _dated(text, best)


def _dated(text: str, best: re.Match[str]) -> FoundDate | None:
    """The date a form matched (``best``) in ``text``, with its time if one follows (or comes before)."""
    g = best.groupdict()
    try:
        year = int(g["y"]) if g.get("yy") is None else _full_year(int(g["yy"]))
        day = int(g["d"])
        if g.get("m"):
            name = g["m"].lower().rstrip(".")
            month = _MONTH_NUMBER.get(name) or _month_forms()[name]
        else:
            month = int(g["mn"])
            if g.get("sep") in _MONTH_FIRST_SEPARATORS and day <= MONTHS_PER_YEAR and (month > MONTHS_PER_YEAR or _CLOCK_12.search(text, best.end())):
                day, month = month, day
    except (KeyError, ValueError, TypeError):
        return None
    if not (1 <= month <= MONTHS_PER_YEAR and 1 <= day <= MAX_DAY):
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    end = best.end()
    # a time either after the date (usual) or before it ("3:15 PM EST, Mon November 3, 2025")
    t = _TIME_RX.search(text, best.end())
    if t is not None and _ANY_YEAR.search(text, best.end(), t.start()) is not None:
        t = None  # `Nov. 19, 2025 Updated Nov. 20, 2025 8:05 a.m.`: the clock is the second date's
    before = None
    if t is not None and _ANY_YEAR.search(text, t.end()) is not None:
        # `10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019`: a clock before the date
        # and one before a second date after it: each clock is the date's after it
        before = _TIME_RX.search(text[: best.start()])
        if before is not None:
            t = None
    t = t or before or _TIME_RX.search(text[: best.start()])
    if t:
        hour = int(t.group("h") or t.group("h2") or t.group("h3"))
        minute = int(t.group("mi") or t.group("mi3") or 0)
        ap = t.group("ap") or t.group("ap2") or ""
        after = before = False
        if ap:
            after, before = _AFTER_NOON.fullmatch(ap) is not None, _BEFORE_NOON.fullmatch(ap) is not None
        elif not text.isascii():  # (no word of a half of the day before the clock is ASCII)
            half = _HALF_AHEAD.search(text, max(0, t.start() - HALF_AHEAD_CHARS), t.start())
            if half is not None:
                after, before = half.group("pm") is not None, half.group("pm") is None
        if hour < NOON and after:
            hour += NOON
        elif hour == NOON and before:
            hour = 0
        if hour < HOURS_PER_DAY:
            offset = _offset(text, t)
            iso += f"T{hour:02d}:{minute:02d}" + (f":{t.group('s') or '00'}{offset}" if offset else "")
            end = max(end, t.end())
    return FoundDate(iso, best.start(), end)


def _offset(text: str, t: re.Match[str]) -> str | None:
    """The UTC offset written right after the clock time ``t`` (``+01:00``), or None."""
    at = t.end()
    while at > t.start() and text[at - 1] in " \t":
        at -= 1  # the clock pattern may take the spaces after it
    m = _OFFSET.match(text, at)
    if m is None:
        return None
    if m.group("z"):
        return "+00:00"
    if m.group("bare"):
        if not (t.group("s") or text[t.start() - 1: t.start()] in ("T", "t")):
            return None
        sign, hours, minutes = m.group("bs"), m.group("bh"), m.group("bm")
    else:
        sign, hours, minutes = m.group("gs") or "+", m.group("gh") or "0", m.group("gm") or "0"
    if int(hours) == int(minutes) == 0:
        return "+00:00"
    return f"{'+' if sign == '+' else '-'}{int(hours):02d}:{int(minutes):02d}"


WEEKDAY_SHORT = 4  # letters of a weekday's short form (`Mon`, `Mi`, `mié`, `czw`)


FIRST_MARK = 0x300  # U+0300, the first combining mark: no character below it is one
BMP_END = 0x10000  # the end of the Basic Multilingual Plane, where the marks of living scripts stand


def _mark_ranges() -> str:
    """The combining marks (Unicode's categories M: vowel signs, viramas, points) of the Basic
    Multilingual Plane, as a character class's ranges (`\u0900-\u0903...`)."""
    out, start = [], None
    for c in range(FIRST_MARK, BMP_END + 1):
        mark = c < BMP_END and category(chr(c))[0] == "M"
        if mark and start is None:
            start = c
        elif not mark and start is not None:
            out.append(f"\\u{start:04x}" if start == c - 1 else f"\\u{start:04x}-\\u{c - 1:04x}")
            start = None
    return "".join(out)


# a word: a run of letters and the combining marks inside it (a vowel sign of Devanagari, `मार्च`, or a
# Hebrew point is no letter, and cut the word where it stood); kept across processes (some 65,000
# characters looked up), by the Unicode version the marks are read from
_MARKS = kept_value(source_kind("date marks", __file__), ("marks", unidata_version), _mark_ranges)
_ALPHA_MARKED = compile_pattern(rf"[^\W\d_]+(?:[{_MARKS}]+[^\W\d_]*)*", "")
_ALPHA = compile_pattern(r"[^\W\d_]+", "")  # (the words of an ASCII line: no marks to read across)


def _with_dotless_capitals(listed: frozenset[str]) -> frozenset[str]:
    """Words as listed and, for those with Turkish `ı`, as their capitals lower (`I` to `i`): `KASIM`
    lowers to ASCII `kasim`. (The forms of a capital `İ` are not ASCII: ``_date_word_forms``.)"""
    return listed | frozenset(w.replace(DOTLESS_I, "i") for w in listed if DOTLESS_I in w)


# (a weekday's name is read in the words ``_ALPHA_MARKED`` cuts a line into: `terça-feira` is `terça` and `feira`)
_DATE_WORDS = _with_dotless_capitals(frozenset(w for m in _MONTH_NUMBER for w in m.split()) |
    frozenset(w for d in WEEKDAYS for w in _ALPHA_MARKED.findall(d.lower())) | _LABEL_WORDS | frozenset(w for f in DATE_FILLERS for w in f.split()) | frozenset(TIME_ZONES) | frozenset(DATE_WORDS) |
    frozenset(BEFORE_NOON_AHEAD) | frozenset(AFTER_NOON_AHEAD))


@cache
def _date_word_forms() -> frozenset[str]:
    """The forms the date words' Turkish capitals lower to (``case_forms``: `EKİM`, `GÜNCELLEME`),
    worked out the first time a line's word (not ASCII) is not found lowered as listed."""
    return frozenset(form for w in _DATE_WORDS for form in case_forms(w))


DATE_WORD_RUN_MAX = 12  # characters: the longest run of date words without a space read word by word (`日下午`)


@lru_cache(maxsize=DATE_CACHE)
def _date_word_run(w: str) -> bool:
    """``w``, in a script with no capitals (CJK), is date words printed with no space between:
    `日下午` (the day's mark, then the half of the day: `2025年11月3日下午3:15`)."""
    if len(w) > DATE_WORD_RUN_MAX or w.upper() != w:
        return False
    ends = [True] + [False] * len(w)  # (``ends[i]``: the first ``i`` letters are date words, one after another)
    for i in range(1, len(w) + 1):
        ends[i] = any(ends[j] and w[j:i] in _DATE_WORDS for j in range(i))
    return ends[-1]


# what joins two dates into a period (`23.10.2015 - 25.10.2015`, `31. Dezember 2021-06. Januar 2022`)
_RANGE_DASHES = frozenset("-–—")
# a place before the date, as Spanish and German datelines print it: `Valdemora, 19 NOV 2025`
_PLACE = compile_pattern(r"([^\W\d_][\w'’.\-]{0,30}(?:[ \t]+[^\W\d_][\w'’.\-]{0,30}){0,2}),[ \t]+(?=\S)", "")


@lru_cache(maxsize=DATE_CACHE)
def is_date_line(text: str, _placed: bool = False) -> FoundDate | None:
    """A line that holds a date and nothing else but time, zone and label words (and, in
    front of the date, the place: `Valdemora, 19 NOV 2025 - 08:30 CET`)."""
    if len(text) > DATE_LINE_MAX:
        return None
    four = _ANY_YEAR.search(text) is not None
    if not four and ("." not in text and "/" not in text or _SHORT_DATE_RX.search(text) is None):
        return None  # (a date holds a year, of four digits or two: the zone letters taken out below never make one)
    place = None if _placed else _PLACE.match(text)
    if place is not None and all(w[:1].isupper() for w in place.group(1).split()):
        found = is_date_line(text[place.end():], True)
        return FoundDate(found.iso, found.start + place.end(), found.end + place.end()) if found else None
    given = text
    text = _ZONE.sub(_CLOCK_PART, text)  # `11:28 AMT`: a time zone in capitals after the clock
    # every word must be a date word before any pattern is tried, but for one short word
    # right before the day (a weekday's short form in any language: `Mi`, `śr.`, `Pzt`)
    other = [m for m in (_ALPHA if text.isascii() else _ALPHA_MARKED).finditer(text)
             if (w := m.group().lower()) not in _DATE_WORDS and (w.isascii() or w not in _date_word_forms() and not _date_word_run(w))]
    if len(other) > 1 or other and len(other[0].group()) > WEEKDAY_SHORT:
        return None
    found = find_date(text) if four else _short_date(text)
    if found is None:
        return None
    head = text[: found.start]
    if other:
        w = other[0]
        if w.end() > found.start or head[w.end():].strip(" \t.,"):
            return None
        head = head[: w.start()]
    tail = text[found.end:]
    if four and _ANY_YEAR.search(tail) is not None:  # a second date: `Published 2 March 2025, updated 3 March 2025`
        second = find_date(tail)
        if second is not None:
            if tail[: second.start].strip(" \t") in _RANGE_DASHES:
                return None  # `23.10.2015 - 25.10.2015`: a period (an event's, an archive's), no stamp
            tail = tail[: second.start] + " " + tail[second.end:]
    rest = head + " " + tail
    rest = _TIME_RX.sub(" ", rest)
    rest = _WEEKDAY.sub(" ", rest)
    rest = _FILLER.sub("", rest)
    if rest.strip():
        return None
    return _with_offset(found, given) if given != text else found


def _short_date(text: str) -> FoundDate | None:
    """The first date with a two-digit year in ``text`` (``_SHORT_DATE_RX``), with its time."""
    m = _SHORT_DATE_RX.search(text)
    return None if m is None else _dated(text, m)


def timed_date_line(text: str) -> bool:
    """``text`` is a date line (``is_date_line``) that also holds a clock time
    (`21:30, Nov 17, 2026`, `Friday, 9 March 2025, 08:43`): a stamp of a moment, as a timed
    brief or a live entry prints it, not a day's (`03.03.2025`, `March 3, 2025`)."""
    found = is_date_line(text)
    return found is not None and "T" in found.iso  # (the date's reading holds the time of day it found)


def _with_offset(found: FoundDate, given: str) -> FoundDate:
    """``found`` (read with the zone letters taken out) with the UTC offset the line as
    given states (`07.00 GMT`), when read as given it says the same date and time."""
    full = find_date(given)
    if full is None or len(full.iso) <= ISO_MINUTE_LEN or full.iso[:ISO_MINUTE_LEN] != found.iso:
        return found
    return FoundDate(full.iso, found.start, found.end)
