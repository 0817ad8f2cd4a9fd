"""Speed paths (issue #20, item 4) decide what the plain code they stand in for decides:
each test holds a remembered or precomputed answer against the direct computation."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from cleanscrape import dates, text
from cleanscrape.io.text import read_text
from cleanscrape.pipeline import Pipeline
from cleanscrape.rules import content
from cleanscrape.rules.base import HEADING_MAX_CHARS, Context
from cleanscrape.document import Finding, Role

LINES = st.sampled_from([
    "Harbour council approves the new quay",
    "The harbour plan was approved on Monday after a long debate in the council chamber, with nine votes to four.",
    "Work on the new quay starts in spring, and the ferry keeps running while it is built, the council said.",
    "Die Hafenverwaltung hat am Montag nach einer langen Debatte den Plan für den neuen Kai beschlossen.",
    "El ayuntamiento aprobó el lunes el plan del nuevo muelle después de un largo debate.",
    "Le conseil a approuvé lundi le plan du nouveau quai après un long débat.",
    "Read more: Ferry fares to rise", "By Jane Roe", "12 comments", "Home | News | Sport", "", "und die der",
    "港湾局は月曜日、新しい岸壁の計画を承認した。", "the of and to in", "Share this article",
])


def _slow_language(texts: list[str]) -> frozenset[str] | None:
    """detect_language as written before its caches: the reference."""
    sample: list[str] = []
    for t in sorted(texts, key=len, reverse=True):
        sample.extend(content._WORD.findall(t[:content.LANG_SAMPLE_CHARS].lower()))
        if len(sample) > content.LANG_SAMPLE_WORDS:
            break
    if not sample:
        return None
    tally = [0] * len(content._LISTS)
    for w, c in Counter(sample).items():
        for k in content._LISTS_OF.get(w, ()):
            tally[k] += c
    hits = max(tally)
    if hits < max(content.LANG_MIN_HITS, content.LANG_MIN_SHARE * len(sample)):
        return None
    return content._LISTS[tally.index(hits)]


@settings(max_examples=150)
@given(st.lists(st.lists(LINES, max_size=40), min_size=1, max_size=4))
def test_remembered_language_is_the_direct_one(pages):
    for lines in pages:  # several pages in a row: the caches carry words from one to the next
        assert content.detect_language(lines) is _slow_language(lines)
        half = lines[::2]  # a subset of the same blocks (content scoring's open blocks, a story)
        assert content.detect_language(half) is _slow_language(half)


@settings(max_examples=100)
@given(st.lists(LINES, min_size=1, max_size=40), st.lists(st.booleans(), max_size=40),
       st.integers(1, 30))
def test_headline_shaped_blocks_follow_the_labels(lines, taken, max_words):
    ctx = Context(read_text("\n\n".join(x for x in lines if x) or "x"))
    first = ctx.headings(max_words)  # remembered shapes...
    for i, t in enumerate(taken[:len(ctx.texts)]):  # ...and labels that change after
        ctx.findings[i] = Finding(i, Role.CHROME, "CS999", "x", "x") if t else None
    direct = [i for i in range(len(ctx.texts)) if ctx.lens[i] <= HEADING_MAX_CHARS and ctx.findings[i] is None
              and 0 < ctx.heading_words(i) <= max_words]
    assert ctx.headings(max_words) == direct
    assert set(first) >= set(direct)


REMEMBERED = [text.ends_sentence, text.word_count, text.heading_words, text.norm_key, text.menu_line,
              text.leads_on, text.first_word, dates.find_date, dates.is_date_line]
TEXTS = st.one_of(LINES, st.text(alphabet=st.sampled_from("aZ9 .,:|·•?!…\"”'-\n\tİΣς。기자2025März"), max_size=60),
                  st.sampled_from(["3 March 2026, 07:52", "Valdemora, 19 NOV 2025 - 08:30 CET", "Home | News | Sport | Weather",
                                   "Published 3 hours ago on November 18, 2025", "U.S.", "By", "VIDÉO. Incendie d'un entrepôt"]))


@settings(max_examples=200)
@given(TEXTS)
def test_remembered_line_tests_answer_as_computed(line):
    for f in REMEMBERED:
        assert f(line) == f.__wrapped__(line) == f(line), f.__name__


ROOT = Path(__file__).resolve().parent.parent
SOME_PAGES = sorted((ROOT / "corpus" / "pages").glob("*.txt"))[:12]


@pytest.mark.parametrize("pipe", [Pipeline(), Pipeline().without("CS404", "CS101")], ids=["all", "shapes-left-out"])
def test_labelled_skips_only_when_the_scan_finds_nothing(pipe, monkeypatch):
    """``Context.labelled`` answers [] without a scan when no rule of the codes labelled a block
    (the engine's record of the codes present): what the scan of the rule's view finds."""
    calls = []
    fast = Context.labelled

    def checked(self, codes):
        got = fast(self, codes)
        assert got == [i for i, f in enumerate(self.findings) if f is not None and f.code in codes]
        calls.append(self.present is not None)
        return got

    monkeypatch.setattr(Context, "labelled", checked)
    for path in SOME_PAGES:
        pipe.label(read_text(path.read_text(encoding="utf-8")))
    assert any(calls)  # (the skip was tried)


def test_content_verdicts_are_shared_values():
    got = content.classify(["Home", "News", "The council approved the plan on Monday after a long debate, "
                            "and the work starts in spring, the mayor said.", "Sign in"])
    assert [v.feature for v in got][2] and all(isinstance(v, content.Verdict) for v in got)
    assert content.Verdict(False, "short") == content._verdict(False, "short")


# pieces of Latin-letter text with the marks outside ASCII that ``_WIDE_MARKS`` names, and others
# next to them (a letter with its accent, a combining mark, a non-Latin letter) that keep the slow path
WIDE_PIECES = st.sampled_from([
    "the quay’s crane", "“Open,” she said", "‘fine’", "spring — or later", "9–5", "wait…", "a\xa0b",
    "café", "e\u0301t", "Кай", "’\u0301", "—\xa0—", " ", "x", "DON’T", "Straße", "ﬁne", "½", "_", "`q`",
])


@settings(max_examples=300)
@given(st.lists(WIDE_PIECES, min_size=1, max_size=8))
def test_wide_mark_paths_give_the_patterns_words_and_keys(pieces):
    import unicodedata
    line = "".join(pieces)
    assert text.letter_runs(line) == tuple(text.LETTER_RUN.findall(line.lower()))
    folded = unicodedata.normalize("NFKC", line).translate(text._QUOTES).casefold()
    assert text.norm_key.__wrapped__(line) == " ".join(text._NON_WORD.sub(" ", folded).split())


def test_wide_marks_are_no_letters_digits_or_underscores():
    for mark in text._WIDE_MARKS:
        assert not mark.isalnum() and mark != "_" and not mark.isascii()


def test_later_sets_answer_as_the_eager_set_and_are_found_once():
    """(speed46) content scoring's ``dated`` lines and a page's repeated openings are found on
    first read: the same answers as the set found before, found once, and not at all unread."""
    calls: list[int] = []

    def find() -> frozenset[int]:
        calls.append(1)
        return frozenset({3, 7})

    later = content._Later(find)
    assert calls == []  # (unread: never found)
    assert 3 in later and 4 not in later and sorted(later) == [3, 7] and len(later) == 2
    assert not any(4 < k < 7 for k in content._Later(lambda: frozenset()))  # an empty set reads as one
    assert calls == [1]
    texts = ["Written by Ada Linford", "A paragraph of the story, long enough to read as text here.",
             "Written by Tom Arkwright", "Tags: ports"]
    leads = content._Leads(texts)
    assert leads.found is None
    eager = content._repeated_leads(texts)
    assert ("written by" in leads, "tags: ports" in leads) == ("written by" in eager, "tags: ports" in eager) == (True, False)


def _kicker_scan(ctx: Context) -> frozenset[int]:
    """``kicker_lines`` as written before speed46: the page read line by line for a date two under."""
    from cleanscrape.rules import headings

    fs, n = ctx.findings, len(ctx.texts)
    places = [i for i in range(n - 2) if (f := fs[i + 2]) is not None and f.role is Role.DATE
              and headings._kicker_name(ctx, i) and headings._kicked_head(ctx, i + 1) and not headings._under_heading(ctx, i)]
    places = [i for i, end in zip(places, [*places[1:], n]) if headings._story_prose(ctx, i + 3, end)]
    if places and places[0] > headings._first_prose(ctx):
        places = []
    return frozenset(places if len(places) >= headings.KICKED_HEADS else ())


@pytest.mark.parametrize("dated", [(2, 7), (7,), (1, 2, 7)])
def test_kicker_lines_read_the_dates_as_the_line_by_line_scan(dated):
    """(speed46) ``kicker_lines`` takes the lines two over each date off the labels' index: the
    same lines a scan of the page line by line finds: a network's name over each of two headlines
    with their dates (both found), one date alone (none: one print is no pattern), a date label
    over a headline too (the line over it is no name's)."""
    from cleanscrape.rules import headings

    page = "\n".join([
        "Northfield Times", "Harbour cranes return to Port Velmora after refit", "13:24, Nov 26, 2025",
        "The cranes came back on Tuesday after two years away, the port authority said in a statement.",
        "Work on the quay went on through the winter and finished a month early, its engineers said.",
        "Valley Courier", "Ferry fares rise for the first time in a decade", "09:10, Nov 27, 2025",
        "Fares on the island ferry go up in January, the operator said on Wednesday in its yearly report.",
        "The operator blamed the price of fuel and said passengers would get a new timetable too.",
    ])
    doc = read_text(page)
    ctx = Context(doc)
    ctx.findings = [Finding(i, Role.DATE, "CS302", "date-line", "a date") if i in dated else None
                    for i in range(len(doc.blocks))]
    got = headings.kicker_lines(ctx)
    assert got == _kicker_scan(ctx)
    assert got == (frozenset({0, 5}) if dated == (2, 7) else frozenset())
