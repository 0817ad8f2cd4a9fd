"""html92: the date and byline lines between a headline and the story's first paragraph that
the date and byline rules did not read: a date with its reading time glued on or in bare
minutes, an author line with its date after a space and no separator; and (meta94) a lower-case
user name before the date, a label, a name and a date glued to a middle dot, a date line with its
tag list after a separator, and two labelled clock times with no date."""

from __future__ import annotations

import pytest

import cleanscrape
from cleanscrape.rules.headings import byline_fields, date_fields

PARAS = ("<p>The council approved the new harbour timetable on Tuesday after a long debate that ran late "
         "into the evening and drew a crowd of ferry workers.</p>\n"
         "<p>The timetable starts in January and runs for two years, the council said, adding that fares "
         "would stay the same for residents and students.</p>\n"
         "<p>Ferry operators had asked for more evening sailings, and the new plan adds three of them on "
         "weekdays during the summer months.</p>\n")


def _page(meta: str) -> cleanscrape.Article:
    html = ("<html><head><title>Harbour timetable approved</title></head><body>\n<article>"
            "<h1>Harbour timetable approved after long debate</h1>\n"
            f'<div class="meta">{meta}</div>\n' + PARAS + "</article></body></html>")
    arts = cleanscrape.clean(html, format="html")
    assert len(arts) == 1
    return arts[0]


def test_a_date_with_its_labelled_reading_time_glued_on_goes():
    """The markup printed the date and `Lesedauer: 4 Min.` in two spans with no space between."""
    art = _page("Aktualisiert am 07.01.2026 - 18:50 UhrLesedauer: 4 Min.")
    assert "Lesedauer" not in art.body
    assert art.body.startswith("The council approved")
    assert date_fields("15.04.2026 - 15:48 Uhr Lesedauer: 2 Min.") == (("published", "2026-04-15T15:48"),)


def test_a_date_and_clock_time_with_bare_minutes_after_it_goes():
    art = _page("28.04.2023, 19:09 3 Min.")
    assert art.published == "2023-04-28T19:09"
    assert "19:09" not in art.body


def test_an_author_line_with_its_date_and_reading_time_after_a_space():
    art = _page("By Amelie Nishizawa Feb 8, 2020 5 min read")
    assert (art.byline, art.published) == ("Amelie Nishizawa", "2020-02-08")
    assert "Nishizawa" not in art.body


def test_a_handle_glued_to_the_name_is_no_part_of_it():
    assert dict(byline_fields("By Chris Doe@ClevelandDesk Nov 18, 2019, 11:47am EST")) == {
        "published": "2019-11-18T11:47", "byline": "Chris Doe"}


def test_minutes_without_a_clock_time_or_a_reading_word_are_no_reading_time():
    """Hard negatives: bare minutes after a date with no clock time, and a sentence."""
    assert date_fields("Nov 3, 2025 5 min") == ()
    assert date_fields("The vote on 3 Nov 2025 took 5 min") == ()
    assert date_fields("At 19:09 the race ran 3 min") == ()


def test_a_join_word_before_the_date_is_no_part_of_the_name():
    """`On` before the date is a word no name holds: the line is not read as `Ada Linford On`."""
    assert all(v != "Ada Linford On" for _, v in byline_fields("By Ada Linford On 12. Dezember 2022"))


def test_a_sentence_that_opens_on_by_and_holds_a_date_stays():
    art = _page("By the time the council met on Feb 8, 2020 the harbour was full of ferries waiting to sail.")
    assert art.byline is None
    assert "By the time the council met" in art.body


def test_a_lower_case_user_name_before_the_date_is_the_byline():
    art = _page("By admin - 2018-09-16")
    assert (art.byline, art.published) == ("admin", "2018-09-16")
    assert "admin" not in art.body


def test_a_lower_case_word_with_no_date_beside_it_is_no_byline():
    """Hard negatives: the user name is read only with the date after a separator."""
    assert byline_fields("By admin") == ()
    assert byline_fields("by the harbour - 2018-09-16") == ()
    art = _page("By far the busiest day at the harbour was 2018-09-16, when six ferries sailed.")
    assert art.byline is None
    assert "By far the busiest day" in art.body


def test_a_label_a_name_and_a_date_glued_to_a_middle_dot():
    art = _page("Текст: Лида Буслаева·11 октября 2018")
    assert (art.byline, art.published) == ("Лида Буслаева", "2018-10-11")
    assert "Буслаева" not in art.body


def test_a_date_line_with_its_tag_list_after_a_separator():
    art = _page("Published 21 November 2019 · Tagged with Python, Django")
    assert art.published == "2019-11-21"
    assert "Tagged" not in art.body
    assert date_fields("Nov 3, 2025 | Topics: Ferries, Harbour") == (("published", "2025-11-03"),)


def test_a_sentence_with_a_date_and_a_tag_word_stays():
    """Hard negative: the tag list is cut only from a line that is a date before it."""
    assert date_fields("The council published its plan on 21 November 2019 · Tagged with ferries") == ()


def test_two_labelled_clock_times_with_no_date_go():
    art = _page("Uppdaterad 15.59 | Publicerad 14.14")
    assert "15.59" not in art.body
    assert art.published is None  # (no day: the record cannot say when)


def test_a_body_line_that_merely_holds_times_stays():
    art = _page("The ferry leaves at 15.59 | back at 14.14")
    assert "The ferry leaves at 15.59" in art.body


@pytest.mark.parametrize("line, fields", [
    ("Oleh Budi Santoso | Senin, 3 November 2025 14:05 WIB",
     (("byline", "Budi Santoso"), ("published", "2025-11-03T14:05"))),  # (id)
    ("بقلم محمد أحمد", (("byline", "محمد أحمد"),)),  # (ar)
    ("מאת דני כהן", (("byline", "דני כהן"),)),  # (he)
    ("Tác giả: Nguyễn Văn An", (("byline", "Nguyễn Văn An"),)),  # (vi)
])
def test_the_byline_word_of_each_language_opens_a_byline(line, fields):
    assert byline_fields(line) == fields


@pytest.mark.parametrize("line, fields", [
    ("Modifié le 3 novembre 2025 à 14h05", (("updated", "2025-11-03T14:05"),)),  # (fr)
    ("Dernière mise à jour : 3 novembre 2025 à 14h05", (("updated", "2025-11-03T14:05"),)),
    ("Última actualización: 03/11/2025 14:05", (("updated", "2025-11-03T14:05"),)),  # (es)
    ("Actualizada 03/11/2025 a las 14:05", (("updated", "2025-11-03T14:05"),)),
    ("Ultimo aggiornamento: 03/11/2025 14:05", (("updated", "2025-11-03T14:05"),)),  # (it)
    ("Última atualização: 03/11/2025 14:05", (("updated", "2025-11-03T14:05"),)),  # (pt)
    ("Laatst bijgewerkt: 3 november 2025, 14:05", (("updated", "2025-11-03T14:05"),)),  # (nl)
    ("Senast uppdaterad 3 november 2025", (("updated", "2025-11-03"),)),  # (sv)
    ("Güncellenme: 3 Kasım 2025 - 14:05", (("updated", "2025-11-03T14:05"),)),  # (tr)
    ("Oluşturulma: 03.11.2025", (("published", "2025-11-03"),)),
    ("Dodano: 3 listopada 2025, 14:05", (("published", "2025-11-03T14:05"),)),  # (pl)
    ("Erschienen am 3. November 2025", (("published", "2025-11-03"),)),  # (de)
    ("Опубликовано 3 ноября 2025 в 14:05", (("published", "2025-11-03T14:05"),)),  # (ru)
    ("Diperbarui 3 November 2025, pukul 14.05 WIB", (("updated", "2025-11-03T14:05"),)),  # (id)
])
def test_the_date_labels_of_each_language_name_the_date(line, fields):
    assert date_fields(line) == fields
