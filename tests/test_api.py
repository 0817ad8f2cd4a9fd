"""The one-call library API: ``clean(page)`` and ``extract(page)`` read what the CLI reads,
with the CLI's options, and records keep the page's language, address and time zone."""

from __future__ import annotations

import json
import textwrap

import pytest

import cleanscrape
from cleanscrape.batch import record_line
from cleanscrape.io.text import InputError
from cleanscrape.profile import load_profile

PARAS = [
    "The ferry between Calder Bay and the island will run every hour from May, the operator said.",
    "Passenger numbers have doubled since the new pier opened, and the old boat can no longer cope.",
    "A second vessel, built at the yard in Lindau, is due to join the route in the autumn.",
]
HTML = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Hourly ferry for Calder Bay | Calder Post</title>
<link rel="canonical" href="https://post.example/news/hourly-ferry">
<meta property="article:published_time" content="2025-03-04T10:30:00+01:00">
</head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Hourly ferry for Calder Bay</h1>
<p>{PARAS[0]}</p>
<p>{PARAS[1]}</p>
<p>{PARAS[2]}</p>
</article>
<footer><p>Share this article</p></footer>
</body>
</html>
"""
TEXT = "\n".join(["Hourly ferry for Calder Bay", "By Mara Quill", *PARAS, "Trending"])
MARKDOWN = "\n".join([
    "# Hourly ferry for Calder Bay", "",
    f"{PARAS[0]} See [the timetable](https://post.example/t).", "",
    f"{PARAS[1]} Read [the report](https://post.example/r).", "",
    f"{PARAS[2]} More on [the yard](https://post.example/y).", "",
])


def test_clean_reads_html_given_as_text():
    (art,) = cleanscrape.clean(HTML)
    assert art.title == "Hourly ferry for Calder Bay"
    assert list(art.paragraphs) == PARAS
    assert "<p>" not in art.body


def test_clean_reads_html_bytes_in_their_encoding():
    (art,) = cleanscrape.clean(HTML.replace("Lindau", "Lüneborg").encode("utf-8"))
    assert "Lüneborg" in art.body
    legacy = HTML.replace("Lindau", "Lüneborg").replace("utf-8", "iso-8859-1").encode("latin-1")
    (art,) = cleanscrape.clean(legacy, encoding="latin-1")
    assert "Lüneborg" in art.body


def test_clean_reads_text_bytes_like_the_cli():
    bom = b"\xef\xbb\xbf" + TEXT.encode("utf-8")
    assert cleanscrape.clean(bom) == cleanscrape.clean(TEXT)
    (art,) = cleanscrape.clean(TEXT.replace("Lindau", "Lübeck").encode("cp1252"), encoding="cp1252")
    assert "Lübeck" in art.body


def test_clean_reads_markdown_sniffed_as_the_cli_does():
    (art,) = cleanscrape.clean(MARKDOWN)
    assert art.title == "Hourly ferry for Calder Bay"
    assert "[the timetable]" not in art.body and "the timetable" in art.body


def test_a_named_format_is_read_as_named():
    (art,) = cleanscrape.clean(HTML, format="html")
    assert list(art.paragraphs) == PARAS
    as_text = [p for a in cleanscrape.clean(HTML, format="text") for p in a.paragraphs]
    assert any("<p>" in p for p in as_text)  # asked for text: the markup is text
    with pytest.raises(ValueError, match="format"):
        cleanscrape.clean(TEXT, format="pdf")


def test_binary_bytes_raise_the_documented_input_error():
    with pytest.raises(InputError, match="binary") as info:
        cleanscrape.clean(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", source="logo.png")
    assert isinstance(info.value, ValueError)
    assert cleanscrape.InputError is InputError
    assert str(info.value).startswith("logo.png:") and "\n" not in str(info.value)
    with pytest.raises(InputError, match="unknown encoding"):
        cleanscrape.clean(b"text", encoding="no-such-codec")


def test_undecodable_bytes_warn_and_are_replaced():
    with pytest.warns(UnicodeWarning, match="replaced"):
        (art,) = cleanscrape.clean(TEXT.replace("Lindau", "L\xfcbeck").encode("latin-1"))
    assert "L\ufffdbeck" in art.body


def test_clean_takes_the_cli_options():
    assert cleanscrape.clean(TEXT, budget=0.0)[0].extra["notice"].startswith("over the time budget")
    (art,) = cleanscrape.clean(TEXT, max_line=40)
    assert "line length limit" in art.extra["notice"]
    (art,) = cleanscrape.clean(TEXT, ignore="CS2,CS4,CS5")  # the CLI's --ignore, as a string or a list
    assert art.paragraphs[-1] == "Trending"
    (art,) = cleanscrape.clean(TEXT, select=["CS3"])
    assert art.byline == "Mara Quill" and art.paragraphs[-1] == "Trending"
    pipe = cleanscrape.Pipeline().without("CS413")
    assert cleanscrape.clean(TEXT, pipeline=pipe) == cleanscrape.clean(TEXT, ignore=["CS413"])
    with pytest.raises(ValueError):
        cleanscrape.clean(TEXT, pipeline=pipe, rules=cleanscrape.rules())
    paras = PARAS + [p.replace("ferry", "bus").replace("vessel", "coach") for p in PARAS]
    wrapped = "\n\n".join(textwrap.fill(p, 60) for p in paras)  # as html2text prints a page
    joined = [p for a in cleanscrape.clean(wrapped) for p in a.paragraphs]
    assert joined and all(p in paras for p in joined)
    assert sum(len(a.paragraphs) for a in cleanscrape.clean(wrapped, unwrap=False)) > len(paras)


def test_clean_takes_a_profile_as_a_path_or_loaded(tmp_path):
    line = "The Calder Post is read on every island of the bay since 1901."
    page = TEXT.replace(PARAS[2], line + "\n" + PARAS[2])
    profile = tmp_path / "calder.toml"
    profile.write_text(f'version = 1\n[[sites]]\nsite = "*"\nlines = ["{line}"]\n', encoding="utf-8")
    assert "since 1901" in cleanscrape.clean(page)[0].body
    for given in (profile, str(profile), load_profile(profile)):
        (art,) = cleanscrape.clean(page, profile=given)
        assert "since 1901" not in art.body
        assert [r.code for r in art.removed if "1901" in r.text] == ["CS601"]


def test_extract_returns_the_main_text():
    assert cleanscrape.extract(HTML) == "\n\n".join(PARAS)
    two = TEXT + "\nContinue Reading\nSecond harbour story opens\nBy Ines Carter\n" + PARAS[0]
    bodies = [a.body for a in cleanscrape.clean(two)]
    assert len(bodies) == 2 and cleanscrape.extract(two) == "\n\n".join(bodies)
    assert cleanscrape.extract("") == ""


def test_records_keep_the_page_language_url_and_time_zone():
    (art,) = cleanscrape.clean(HTML)
    assert art.language == "en-GB"
    assert art.url == "https://post.example/news/hourly-ferry"
    assert art.published == "2025-03-04T10:30:00+01:00"
    rec = json.loads(record_line(art))
    assert (rec["language"], rec["url"], rec["published"]) == (
        "en-GB", "https://post.example/news/hourly-ferry", "2025-03-04T10:30:00+01:00")


def test_language_and_url_from_meta_when_the_html_element_has_none():
    page = (HTML.replace(' lang="en-GB"', "")
            .replace('<link rel="canonical" href="https://post.example/news/hourly-ferry">',
                     '<meta property="og:url" content="https://post.example/n/1">'
                     '<meta http-equiv="content-language" content="de-AT">'))
    (art,) = cleanscrape.clean(page)
    assert (art.language, art.url) == ("de-AT", "https://post.example/n/1")


def test_text_records_have_no_language_or_url_fields():
    (art,) = cleanscrape.clean(TEXT)
    assert art.language is None and art.url is None
    assert list(json.loads(record_line(art))) == ["source", "index", "title", "section", "byline", "published",
                                                  "body", "paragraphs", "removed"]


def test_an_input_url_field_is_kept_over_the_canonical_one():
    from cleanscrape.io.html import read_html

    doc = read_html(HTML)
    (art,) = cleanscrape.Pipeline().clean_document(doc, extra={"url": "https://fetched.example/x"})
    assert art.url == "https://post.example/news/hourly-ferry"
    assert json.loads(record_line(art))["url"] == "https://fetched.example/x"
