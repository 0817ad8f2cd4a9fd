"""Dates in ISO 8601: a UTC offset the page gives is kept; with none, the time stays naive."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleanscrape
from cleanscrape import dates
from cleanscrape.dates import find_date, is_date_line


@pytest.mark.parametrize("text, iso", [
    ("2025-03-04T10:30:00+01:00", "2025-03-04T10:30:00+01:00"),
    ("2025-03-04T10:30:00.000-05:00", "2025-03-04T10:30:00-05:00"),
    ("2025-03-04T10:30:00Z", "2025-03-04T10:30:00+00:00"),
    ("2025-03-04T10:30+0530", "2025-03-04T10:30:00+05:30"),
    ("Tue, 04 Mar 2025 10:30:15 +0100", "2025-03-04T10:30:15+01:00"),
    ("4 March 2025 10.30 GMT", "2025-03-04T10:30:00+00:00"),
    ("March 4, 2025 at 9:05 AM UTC", "2025-03-04T09:05:00+00:00"),
    ("Thứ ba, 4/3/2025, 14:30 (GMT+7)", "2025-03-04T14:30:00+07:00"),
])
def test_a_given_offset_is_kept(text, iso):
    assert find_date(text).iso == iso


@pytest.mark.parametrize("text, iso", [
    ("2025-03-04T10:30:00", "2025-03-04T10:30"),
    ("March 4, 2025 at 9:05 AM ET", "2025-03-04T09:05"),
    ("4 March 2025, 10:30-11:30", "2025-03-04T10:30"),  # a time range, no offset
    ("4 March 2025", "2025-03-04"),
])
def test_with_no_offset_the_time_stays_naive(text, iso):
    assert find_date(text).iso == iso


def test_date_lines_keep_the_offset_and_stay_date_lines():
    assert is_date_line("Sat 8 Nov 2025 07.00 GMT").iso == "2025-11-08T07:00:00+00:00"
    assert is_date_line("Published Mon, Nov 3 2025 9:41 AM EST").iso == "2025-11-03T09:41"
    assert is_date_line("Updated 11:28 AMT, 3 November 2025").iso == "2025-11-03T11:28"


def test_a_record_carries_the_offset_of_its_date_line():
    page = "\n".join(["Harbour cranes return", "By Jane Roe", "Tue 19 Nov 2025 12.31 GMT",
                      "The cranes came back on Monday after a long refit of two years at the yard.",
                      "Dock workers said the port would now handle twice as many ships each week."])
    (art,) = cleanscrape.clean(page)
    assert art.published == "2025-11-19T12:31:00+00:00"


@pytest.mark.parametrize("text, iso", [
    ("Veröffentlicht am Mi 12 Sept. 2025 09:10", "2025-09-12T09:10"),  # a weekday's short form no list names
    ("Publié le jeu. 3 oct. 2024 18:40", "2024-10-03T18:40"),
    ("Gepubliceerd wo 3 okt. 2024 11:11", "2024-10-03T11:11"),
    ("Publicado em qua 5 set 2024 10:00", "2024-09-05T10:00"),  # a month's short form: the first letters of its name
    ("Opublikowano śr. 3 paź 2024 11:11", "2024-10-03T11:11"),
    ("Yayınlanma: Çar 3 Eki 2024 11:11", "2024-10-03T11:11"),
    ("12 Şub 2025", "2025-02-12"),
    ("3 Mart 2025", "2025-03-03"),  # Turkish March, missing from the month table
    ("terça-feira, 8 de julho de 2025, 19:49", "2025-07-08T19:49"),  # a weekday's name of two words joined by a hyphen
    ("Publicado em quarta-feira, 28 de maio de 2024", "2024-05-28"),
    ("poniedziałek, 2 października 2026, godz. 19:49", "2026-10-02T19:49"),  # the clock's word of the language (pl)
    ("Opublikowano 25 marca 2025 o godz. 20:53", "2025-03-25T20:53"),  # `o` (at) before it
    ("måndag 2 oktober 2026 kl. 19.49", "2026-10-02T19:49"),  # (sv)
    ("wtorek, 3 listopada 2025 r. o godz. 14:05", "2025-11-03T14:05"),  # `r.` (rok, year) after the year (pl)
    ("3 Kasım 2025, saat 14:05", "2025-11-03T14:05"),  # the clock's word (tr)
    ("Опубликовано 3 ноября 2025 в 14:05", "2025-11-03T14:05"),  # the label and `в` (at) (ru)
    ("понедельник, 3 ноября 2025 г., 14:05", "2025-11-03T14:05"),  # `г.` (year) after the year
    ("Обновлено 3 ноября 2025 года в 14:05", "2025-11-03T14:05"),
    ("Diterbitkan 3 November 2025, pukul 14.05 WIB", "2025-11-03T14:05"),  # (id)
    ("Senin, 03 Nov 2025 14:05 WIB", "2025-11-03T14:05"),
    ("Cập nhật lúc 14:05 ngày 3/11/2025", "2025-11-03T14:05"),  # `lúc` (at) before the clock (vi)
    ("Δευτέρα, 3 Νοεμβρίου 2025 14:05", "2025-11-03T14:05"),  # the month's name in the genitive (el)
    ("Ενημερώθηκε: 3 Νοεμβρίου 2025, 14:05", "2025-11-03T14:05"),
    ("יום שני, 3 בנובמבר 2025", "2025-11-03"),  # the month with its prefix ב (in) (he)
    ("עודכן: 3 בנובמבר 2025 14:05", "2025-11-03T14:05"),
])
def test_short_weekdays_and_months_in_any_language(text, iso):
    assert is_date_line(text).iso == iso


@pytest.mark.parametrize("text", [
    "Stock 3 March 2025",  # a longer word than a weekday's short form: no date line
    "Ship Ahoy 12 Sept. 2025",  # two words no date holds
    "3 March 2025 Mi",  # a short word after the date, not before it
    "feira-livre, 8 de julho de 2025",  # half of a weekday's name joined to a word no date holds
])
def test_a_date_with_other_words_is_no_date_line(text):
    assert is_date_line(text) is None


def test_timed_date_line_is_a_date_with_its_time_of_day():
    """(seg48) A date line holding a clock time is a moment's stamp; a day's date is not."""
    from cleanscrape.dates import timed_date_line

    for line in ("21:30, Nov 17, 2026", "Friday, 9 March 2025, 08:43", "9:15 AM EST, Mar 3, 2025",
                 "12.11.2025 09:40"):
        assert timed_date_line(line), line
    for line in ("03.03.2025", "March 3, 2025", "Published 3 March 2025", "3 hours ago", "14:32",
                 "The ferry left at 21:30 on Nov 17, 2026, an hour late."):
        assert not timed_date_line(line), line


@pytest.mark.parametrize("text, iso", [
    ("12-03-2026 08:15", "2026-03-12T08:15"),  # day first with hyphens, and its time
    ("31-12-2025, 23:59", "2025-12-31T23:59"),
    ("03-19-2026", "2026-03-19"),  # month first: 19 cannot be a month
    ("Geplaatst op 12-09-2026 20:54", "2026-09-12T20:54"),
])
def test_a_day_first_date_with_hyphens_is_read(text, iso):
    assert find_date(text).iso == iso


@pytest.mark.parametrize("text", [
    "12-03",  # a score, or a day and month with no year
    "Call 555-12-03-2026 today",  # a phone number: the digits run on past the date's
    "Order 12-03-20261",
    "1998-2003",  # a range of years
    "19-23-2026",  # neither 19 nor 23 is a month
])
def test_hyphenated_digits_that_are_no_date(text):
    assert find_date(text) is None


def _plain_forms() -> list[re.Pattern[str]]:
    """The date forms with the month names as one plain alternation, longest first (as before
    the names were a tree)."""
    plain = "|".join(sorted((re.escape(m) for m in dates._MONTH_NUMBER), key=len, reverse=True))
    assert sum(f"(?P<m>{dates._MONTH})" in p.pattern for p in dates._DATE_RX) == 2  # (the two forms that name the month)
    return [re.compile(p.pattern.replace(f"(?P<m>{dates._MONTH})", f"(?P<m>{plain})"), p.flags) for p in dates._DATE_RX]


_MONTH_LINES = [
    "November 3, 2025", "Nov. 3, 2025", "NOV 3 2025", "Sept. 19, 2024", "sep 19 2024", "Septembre 3, 2025",
    "3 de septiembre de 2025", "3. November 2025", "19 NOV 2025", "Dismay 3, 2025", "Mayo 3, 2025",
    "3 paź 2025", "3 października 2025", "3 Kasım 2025", "3 KASIM 2025", "3 kasim 2025", "3 Şubat 2025",
    "3 كانون الثاني 2025", "3 كانون 2025", "19 Ağustos 2025", "19 Agustos 2025", "Dec 1 2025 Jan 2 2026",
    "Updated: March 3, 2025 / Mar 4, 2025", "3 Mär 2025", "3 März 2025", "3 MÄRZ 2025", "Juni 3, 2025",
    "Juli 03, 2025", "Ju 3, 2025", "3 juil. 2025", "3 ſeptember 2025", "3 \u212aasım 2025",
]


@pytest.mark.parametrize("text", _MONTH_LINES)
def test_month_names_as_a_tree_match_as_the_plain_alternation(text):
    for tree, plain in zip(dates._DATE_RX, _plain_forms()):
        a, b = tree.search(text), plain.search(text)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


@given(st.lists(st.sampled_from([*dates._MONTH_NUMBER, "3", "19", "2025", " ", ". ", ", ", "x", "M", "I", "ı", "İ"]),
                max_size=8))
@settings(max_examples=300, deadline=None)
def test_month_names_as_a_tree_match_as_the_plain_alternation_on_any_line(parts):
    text = "".join(p.upper() if len(p) > 3 and len(parts) % 2 else p for p in parts)
    for tree, plain in zip(dates._DATE_RX, _plain_forms()):
        a, b = tree.search(text), plain.search(text)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


def test_a_hindi_month_is_read():
    assert is_date_line("5 मई 2025").iso == "2025-05-05"
    assert find_date("प्रकाशित: 3 नवंबर 2025, 14:05").iso == "2025-11-03T14:05"


@pytest.mark.parametrize("text, iso", [
    ("प्रकाशित: 3 नवंबर 2025, 14:05", "2025-11-03T14:05"),  # (a label with a virama and a vowel sign)
    ("3 मार्च 2025", "2025-03-03"),  # (`मार्च`: a virama inside the month's name)
    ("अपडेटेड 3 जनवरी 2025", "2025-01-03"),  # (`जनवरी` ends on a vowel sign)
    ("19 अक्टूबर 2025, 08:30", "2025-10-19T08:30"),
])
def test_hindi_words_are_read_whole_on_a_date_line(text, iso):
    """A Devanagari word is one word across its vowel signs and viramas (combining marks)."""
    assert is_date_line(text).iso == iso


def test_a_hindi_word_that_is_no_date_word_keeps_a_line_from_being_a_date_line():
    assert is_date_line("प्रधानमंत्री 3 मार्च 2025") is None


def test_a_word_is_read_across_its_combining_marks():
    assert dates._ALPHA_MARKED.findall("प्रकाशित मार्च x\u0301y 3") == ["प्रकाशित", "मार्च", "x\u0301y"]


@pytest.mark.parametrize("text, iso", [
    ("3 EKİM 2025", "2025-10-03"),  # (`İ` lowers to `i` and a combining dot)
    ("3 KASIM 2025", "2025-11-03"),  # (the capital of the dotless `ı` of `kasım` is `I`)
    ("19 ARALIK 2025", "2025-12-19"),
    ("Yayınlanma: 3 EKİM 2025 14:05", "2025-10-03T14:05"),
    ("GÜNCELLEME: 19 MAYIS 2025, 08:30", "2025-05-19T08:30"),
])
def test_turkish_capitals_read_as_the_months_listed_once(text, iso):
    """A month listed once (`ekim`, `kasım`) is read in Turkish capitals, on a date line too."""
    assert find_date(text).iso == iso
    assert is_date_line(text).iso == iso


@pytest.mark.parametrize("text, iso", [
    ("2025년 11월 3일 오후 3:05", "2025-11-03T15:05"),
    ("2025년 11월 3일 오전 11:05", "2025-11-03T11:05"),
    ("입력 2025.11.03 오후 12:40", "2025-11-03T12:40"),
    ("입력 2025.11.03 오전 12:40", "2025-11-03T00:40"),
    ("2025年11月3日 午後3時15分", "2025-11-03T15:15"),
    ("2025年11月3日 午前9:40", "2025-11-03T09:40"),
    ("2025年11月3日 下午3:15", "2025-11-03T15:15"),
    ("2025年11月3日 晚上8:15", "2025-11-03T20:15"),
    ("2025年11月3日 上午9:15", "2025-11-03T09:15"),
])
def test_the_half_of_the_day_before_the_clock_is_read(text, iso):
    """Korean, Japanese and Chinese print the half of the day before the clock (`오후 3:05`)."""
    assert find_date(text).iso == iso
    assert is_date_line(text).iso == iso


def test_a_half_of_the_day_word_far_before_the_clock_is_not_read():
    assert find_date("2025年11月3日下午3:15").iso == "2025-11-03T15:15"
    assert find_date("오후 뉴스 2025.11.03 3:05").iso == "2025-11-03T03:05"


@pytest.mark.parametrize("text, iso", [
    ("发布时间：2025年3月2日 14:05", "2025-03-02T14:05"),
    ("作成日：2025年3月2日", "2025-03-02"),
    ("更新日：2025年3月2日 14時05分", "2025-03-02T14:05"),
    ("입력：2025.03.02 14:05", "2025-03-02T14:05"),
])
def test_a_full_width_colon_after_a_cjk_label_is_date_line_punctuation(text, iso):
    assert is_date_line(text).iso == iso


def test_a_cjk_label_with_other_words_is_no_date_line():
    assert is_date_line("发布会时间：2025年3月2日 14:05") is None


@pytest.mark.parametrize("text, iso", [
    ("03.11.25", "2025-11-03"),
    ("3.11.25", "2025-11-03"),
    ("3/11/25", "2025-11-03"),
    ("11/19/25", "2025-11-19"),  # (month first: 19 is no month)
    ("11/3/25, 2:05 PM", "2025-11-03T14:05"),  # (month first before a 12-hour clock, as the US prints it)
    ("03.11.25, 14:05 Uhr", "2025-11-03T14:05"),
    ("Stand: 03.11.25 14:05", "2025-11-03T14:05"),
    ("24.12.98", "1998-12-24"),
])
def test_a_two_digit_year_is_read_on_a_date_line(text, iso):
    assert is_date_line(text).iso == iso


@pytest.mark.parametrize("text", [
    "25-11-03",  # (hyphens: year first as often as last)
    "2.10.25.1",  # (a section's number)
    "v3.11.25",
    "1.03.11.25",
    "03.11.254",
    "03.13.25",
    "03.11/25",
    "Release 3.11.25 is out",
])
def test_two_digit_years_that_are_no_date_line(text):
    assert is_date_line(text) is None


def test_a_two_digit_year_is_read_on_a_date_line_only():
    assert find_date("03.11.25") is None  # (in a sentence or a byline, a section's or version's number as often)


@pytest.mark.parametrize("text, iso", [
    ("Published 2 March 2025, updated 3 March 2025", "2025-03-02"),
    ("Published 2 March 2025 14:05, updated 3 March 2025 09:10", "2025-03-02T14:05"),
    ("Veröffentlicht am 2. März 2025, aktualisiert am 3. März 2025", "2025-03-02"),
    ("Publié le 2 mars 2025 à 08h15, mis à jour le 3 mars 2025 à 10h00", "2025-03-02T08:15"),
    ("Nov. 19, 2025 Updated Nov. 20, 2025 8:05 a.m.", "2025-11-19"),
    ("입력 2025.03.02 14:05 수정 2025.03.03 09:10", "2025-03-02T14:05"),
])
def test_a_line_of_two_dates_is_a_date_line(text, iso):
    """A published and an updated date on one line: a date line, read as its first date."""
    assert is_date_line(text).iso == iso


@pytest.mark.parametrize("text", [
    "Published 2 March 2025, the harbour reopened 3 March 2025",
    "2 March 2025, 3 March 2025, 4 March 2025",
])
def test_two_dates_with_other_words_or_a_third_are_no_date_line(text):
    assert is_date_line(text) is None


@pytest.mark.parametrize("text, iso", [
    ("3 בנובמבר 2025", "2025-11-03"),
    ("פורסם 3 במרץ 2025, 14:05", "2025-03-03T14:05"),
    ("3 נובמבר 2025", "2025-11-03"),
])
def test_a_month_with_its_one_letter_prefix_is_read(text, iso):
    """Hebrew prints a month with the prefix ב (in); the language file lists the prefix once
    (``month_prefixes``), not each month twice."""
    assert find_date(text).iso == iso
    assert is_date_line(text).iso == iso


def test_a_month_prefix_is_read_from_the_language_file_not_listed_with_each_month():
    from cleanscrape.datewords import MONTHS
    from cleanscrape.lang import languages
    (he,) = [lang for lang in languages() if lang.code == "he"]
    assert he.lists["month_prefixes"] == ("ב",)
    assert "בנובמבר" not in he.tables["months"]
    assert all(MONTHS["ב" + name] == n for name, n in he.tables["months"].items())


@pytest.mark.parametrize("text", [
    "23.10.2015 - 25.10.2015", "29 Jan 2014 - 17 Jul 2019", "Woche 31. Dezember 2021-06. Januar 2022", "3 March 2025 – 9 March 2025",
])
def test_two_dates_joined_by_a_dash_are_a_period_not_a_date_line(text):
    assert is_date_line(text) is None


@pytest.mark.parametrize("word", ["ARALIK", "KASIM", "Kasim", "EKİM", "Ekim"])
def test_headings_month_checks_read_turkish_capitals(word):
    """The headings' month checks (a date badge's month, a month opening a dated line) read a month in
    Turkish capitals as the date reader does: `ARALIK` and `KASIM` lowered are `aralik`, `kasim`."""
    from cleanscrape.rules.headings import _badge_month, _date_after_source
    assert _badge_month(word)
    assert _date_after_source(f"{word} 3 Kasım 2025 14:05") is None  # (a month printed twice: no name)


@pytest.mark.parametrize("text, iso", [
    ("2025. 11. 3. 오후 3:05", "2025-11-03T15:05"),  # (Korean, as Naver prints it: a space after each dot)
    ("입력 2025. 11. 3. 오전 9:40", "2025-11-03T09:40"),
    ("2025. 1. 30.", "2025-01-30"),
    ("2025年11月3日下午3:15", "2025-11-03T15:15"),  # (no space between the day's mark and the half of the day)
    ("2025年11月3日14:05", "2025-11-03T14:05"),
    ("2025年11月3日 14:05", "2025-11-03T14:05"),
    ("2025年11月3日 14点05分", "2025-11-03T14:05"),  # (a Chinese clock's hour mark `点`)
    ("发布时间：2025年11月3日14点05分", "2025-11-03T14:05"),
])
def test_korean_dots_cjk_runs_and_chinese_clocks(text, iso):
    """`2025. 11. 3.`, a CJK date run into its clock (`日下午`) and `14点05分` are read, on a date line too."""
    assert find_date(text).iso == iso
    assert is_date_line(text).iso == iso


@pytest.mark.parametrize("text", ["In 2025. 11. 3 people came", "2025. 11.3", "2025/11. 3"])
def test_korean_dots_only_with_a_space_after_each(text):
    """The spaced form needs its three dots, each with a space but the last: prose and mixed marks are no date."""
    assert find_date(text) is None
