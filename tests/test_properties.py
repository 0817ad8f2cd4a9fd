"""Properties that hold for any page: nothing invented, nothing lost, stable, never crashes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import cleanscrape

# Fragments in the shapes pages are made of: prose, headings, artefacts, noise.
PROSE = [
    "The council voted on Monday to keep the old library open for another year.",
    "Dockers at the port voted on Thursday to end a strike that had halted traffic for three weeks.",
    "“We were never asked,” said one resident, who has used the ferry for forty years.",
    "Passenger numbers have fallen by half since the bridge opened in 2019.",
    "What followed was a long winter.",
    "Watch the river rise, residents said, and you learn patience.",
    "Photographs by Getty and Reuters showed the flooded square on Sunday morning.",
]
HEADINGS = [
    "Harbour cranes return to Port Velmora after two-year refit",
    "Understanding the ferry budget",
    "Is the ferry era over? Inside the fight for Velmora's harbour",
    "Technology",
    "Next steps",
]
ARTEFACTS = [
    "Ines Carter | Reuters", "Getty Images", "WATCH: Inside the battery plant", "watch now",
    "VIDEO2:3402:34", "Published", "on", "By", "By Jane Roe", "November 3, 2025",
    "Continue Reading", "Trending", "Share this article", "Advertisement",
    "Sign up for our morning newsletter", "© 2025 Northfield Media. All rights reserved.",
    "Read more: Council approves ferry budget", "Home > News > Local", "4 min read",
    "Tags: harbour, ferry", "Page 1 of 3", "Leave a Reply", "Connect with us",
]
fragment = st.sampled_from(PROSE + HEADINGS + ARTEFACTS) | st.text(max_size=80)
page = st.lists(fragment, max_size=40).map(lambda xs: "\n".join(xs))


def lines_of(text: str) -> list[str]:
    return [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if ln.strip()]


def is_subsequence(sub: list[str], seq: list[str]) -> bool:
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


@given(page)
def test_output_is_drawn_from_input_in_order(text):
    arts = cleanscrape.clean(text)
    out = [p for a in arts for p in a.paragraphs]
    assert is_subsequence(out, lines_of(text))


@given(page)
def test_every_line_is_accounted_for(text):
    """Each non-blank line is body, a title, or an audit entry; none vanishes."""
    arts = cleanscrape.clean(text)
    if not arts:
        return
    seen = []
    for a in arts:
        seen.extend(a.paragraphs)
        if a.title is not None:
            seen.append(a.title)
        seen.extend(r.text for r in a.removed)
    assert sorted(seen) == sorted(lines_of(text))


TITLES = [
    "Harbour cranes return to Port Velmora after two-year refit",
    "Rail strike called off after late offer",
    "Grocer cuts forecast as shoppers trade down",
    "Flood barriers tested along the Ommer river",
]
SUBHEADINGS = ["Understanding the ferry budget", "Next steps", "Pressure and reinvention"]
INLINE = ["Ines Carter | Reuters", "Advertisement", "Share this article",
          "Read more: Council approves ferry budget", "Is the ferry era over? Inside the fight for the harbour"]


@st.composite
def article(draw):
    lines = []
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(["Technology", "Business", "World News"])))
    title = draw(st.sampled_from(TITLES))
    lines.append(title)
    lines += draw(st.lists(st.sampled_from(["Published", "on", "By", "By Jane Roe", "November 3, 2025"]),
                           max_size=3))
    if draw(st.booleans()):
        lines.append(title)
    if draw(st.booleans()):
        lines += ["Dock workers unload crates at the port on Tuesday.", "Getty Images"]
    # real stories do not print a paragraph twice (a copy is an artefact: CS415)
    body = draw(st.lists(st.sampled_from(PROSE), min_size=2, max_size=7, unique=True))
    for p in body[:-1]:
        lines.append(p)
        extra = draw(st.sampled_from([None, None, *SUBHEADINGS, *INLINE]))
        if extra:
            lines.append(extra)
    lines.append(body[-1])
    if draw(st.booleans()):
        lines += ["WATCH: Inside the battery plant", "Why carmakers build in small towns"]
    lines.append("Continue Reading")
    return lines


feed_page = st.lists(article(), min_size=1, max_size=4).map(
    lambda arts: "\n".join(ln for a in arts for ln in a) + "\nTrending")


@given(feed_page)
def test_a_clean_record_stays_clean(text):
    """Cleaning a record's own text (title, then paragraphs) gives the same record back.

    Pages are drawn in the shapes of real feeds; for arbitrary line soup the
    rules make no such promise (an artefact's neighbours are its evidence).
    """
    for art in cleanscrape.clean(text):
        own = "\n".join(([art.title] if art.title else []) + list(art.paragraphs))
        again = cleanscrape.clean(own)
        assert [a.paragraphs for a in again] == [art.paragraphs]
        if art.title:
            assert again[0].title == art.title


@given(feed_page)
def test_feed_pages_lose_every_artefact(text):
    for art in cleanscrape.clean(text):
        for p in art.paragraphs:
            assert p not in ARTEFACTS and p not in INLINE[:-1], p


@given(st.text(max_size=2000))
def test_arbitrary_unicode_never_raises(text):
    for a in cleanscrape.clean(text):
        a.as_dict()


def test_removed_entries_carry_code_and_line():
    text = "Harbour cranes return to Port Velmora after refit\nInes Carter | Reuters\n" \
           "The cranes came back on Monday after a refit that ran two years over schedule.\nTrending"
    (art,) = cleanscrape.clean(text)
    got = [(r.code, r.line, r.text) for r in art.removed]
    assert got == [("CS101", 2, "Ines Carter | Reuters"), ("CS413", 4, "Trending")]


def test_long_line_is_cheap_and_kept():
    line = "The council met again on Monday to talk about the ferry. " * 20_000
    (art,) = cleanscrape.clean(line)
    assert art.paragraphs == (line.strip(),)
