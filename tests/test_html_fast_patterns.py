"""The HTML reader's class-word patterns are factored into tries (``io.html._trie``) so the
regex engine tries one branch per letter: each must find a match exactly where the plain
alternation it replaced does."""

from __future__ import annotations

import random
import re

import pytest

from cleanscrape.io import html

# the plain alternations, as they were written before the tries
PLAIN = {
    "_POSITIVE": r"article|body|content|entry|hentry|main|page|post|text|blog|story|prose",
    "_NEGATIVE": r"combx|comment|contact|foot|masthead|media|meta|outbrain|promo|related|scroll|"
                 r"shoutbox|sidebar|sponsor|shopping|tags|tool|widget|share|social|nav|menu|"
                 r"breadcrumb|newsletter|subscribe|advert|popup|modal|cookie|recommend|trending|"
                 r"popular|teaser|banner|byline|author|caption|credit",
    "_PROMO": r"(?:^|[\s_-])(newsletters?|signup|subscribe|subscription|promo|recirc|outbrain|taboola|"
              r"sharing|share|sharebar|advert|advertisement|sponsored|recommended|related)(?:$|[\s_-])",
    "_COMMENTS": r"comment(?!ary|aries|ator)|(?:^|[\s_-])(?:disqus|respond|reply)(?![a-z])",
}


def _samples() -> list[str]:
    words = set()
    for plain in PLAIN.values():
        words.update(re.findall(r"[a-z]{2,}", plain))
    rnd = random.Random(20)
    out = []
    for _ in range(3000):  # class strings made of the patterns' words, their parts and separators
        parts = []
        for _ in range(rnd.randint(1, 4)):
            w = rnd.choice(sorted(words))
            cut = rnd.randint(0, len(w))
            parts.append(rnd.choice([w, w[:cut], w[cut:], w + rnd.choice(["s", "ary", "ing", "bar", "x"])]))
            parts.append(rnd.choice([" ", "-", "_", "\n", "", "x", "A"]))
        out.append("".join(parts))
    out += ["".join(rnd.choice("abcdeilmnoprstu -_\n") for _ in range(rnd.randint(0, 14))) for _ in range(3000)]
    return out


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_a_trie_matches_where_the_plain_alternation_does(name: str) -> None:
    plain, trie = re.compile(PLAIN[name]), getattr(html, name)
    for s in _samples():
        assert (plain.search(s) is None) == (trie.search(s) is None), (name, s)


def test_the_trie_of_words_that_prefix_each_other() -> None:
    got = re.compile(html._trie("share sharebar sharing advert advertisement a"))
    for w in ("share", "sharebar", "sharing", "advert", "advertisement", "a"):
        assert got.fullmatch(w), w
    for w in ("shar", "shareb", "sharin", "adver", "advertise", ""):
        assert not got.fullmatch(w), w


def test_the_cheap_first_tests_pass_every_string_the_patterns_match() -> None:
    hits = [0, 0]
    for s in _samples():
        low = s.lower()
        if html._PROMO.search(low) is not None:
            hits[0] += 1
            assert not html._PROMO_SET.isdisjoint(html._class_words(low)), s
        if html._COMMENTS.search(low) is not None:
            hits[1] += 1
            assert html._may_name_comments(low), s
    assert min(hits) > 100  # (the samples do reach the patterns)


def test_the_class_weight_word_by_word_is_the_two_patterns_sum() -> None:
    for s in _samples() + ["Article-Body", "mainNav", "post sidebar", "widget entry", ""]:
        html._MARKERS.clear()
        low = s.lower()
        want = (25 if html._POSITIVE.search(low) else 0) - (25 if html._NEGATIVE.search(low) else 0)
        assert html._weight(s) == want, s


def _flags_before_the_box_set(marker: str) -> tuple[bool, str]:
    """``_marker_flags`` as it was before its one set test of every box word (``_BOX_SET``)."""
    low = marker.lower()
    media = ""
    if "caption" in low or "cutline" in low or "credit" in low:
        m = html._MEDIA.search(low)
        media = "" if m is None else ("credit" if m.group(1).startswith("credit") else "caption")
    if not media:
        words = html._class_words(low)
        if not html._PROMO_SET.isdisjoint(words) and html._PROMO.search(low) is not None:
            media = "promo"
        elif not html._NOTICE_SET.isdisjoint(words) and html._NOTICE.search(low) is not None:
            media = "notice"
    comments = html._may_name_comments(low) and html._COMMENTS.search(low) is not None
    return (comments, media) if comments or media else html._PLAIN


def test_the_flags_after_one_box_word_test_are_the_flags_before() -> None:
    rnd = random.Random(45)
    words = sorted(html._BOX_SET | {"comment", "commentary", "reply", "disqus", "caption2", "Credit", "bio"})
    strings = _samples()
    for _ in range(3000):  # the box words whole, cut, run on, and between every separator
        parts = []
        for _ in range(rnd.randint(1, 5)):
            w = rnd.choice(words)
            cut = rnd.randint(0, len(w))
            parts.append(rnd.choice([w, w, w.upper(), w[:cut], w[cut:], w + rnd.choice(["s", "x", "1", "é"])]))
            parts.append(rnd.choice([" ", "-", "_", "\n", "\t", "", "x", "2", "\u00a0"]))
        strings.append("".join(parts))
    kinds = set()
    for s in strings:
        html._MARKERS.clear()
        want = _flags_before_the_box_set(s)
        assert html._marker_flags(s) == want, s
        kinds.add(want[1])
    html._MARKERS.clear()
    assert kinds == {"", "caption", "credit", "promo", "notice"}  # (the strings reach every kind)


def _clear_class_word_memos() -> None:
    for memo in (html._MARKERS, html._WORD_KINDS, html._BARE_WORDS):
        memo.clear()


def test_every_class_word_is_letters_only() -> None:
    # what lets ``_new_marker`` look for the words in each word the separators cut, one by one
    words = (set((html._POSITIVE_WORDS + " " + html._NEGATIVE_WORDS).split()) | html._BOX_SET
             | {"comment", "disqus", "respond", "reply"})
    assert all(re.fullmatch("[a-z]+", w) for w in words)


def test_the_flags_and_weight_word_by_word_are_the_whole_strings() -> None:
    rnd = random.Random(46)
    words = sorted(set((html._POSITIVE_WORDS + " " + html._NEGATIVE_WORDS).split()) | html._BOX_SET
                   | {"comment", "commentary", "reply", "disqus", "respond", "noloaddisqus"})
    strings = _samples()
    for _ in range(3000):  # the words whole, cut, run on, cased, between any separator or none
        parts = []
        for _ in range(rnd.randint(1, 6)):
            w = rnd.choice([*words, "x9", "İ", "ß"])
            cut = rnd.randint(0, len(w))
            parts.append(rnd.choice([w, w.upper(), w.title(), w[:cut], w[cut:], w + rnd.choice(["s", "1", "é", "ary"])]))
            parts.append(rnd.choice([" ", "-", "_", "\n", "\t", "", "x", "2", "\u00a0", "\u2003", ":", "--", "\x1c"]))
        strings.append("".join(parts))
    _clear_class_word_memos()
    for i, s in enumerate(strings):
        if i % 5 == 0:  # (the strings' memos fresh, the words' memos warm; and all fresh now and then)
            html._MARKERS.clear()
        if i % 997 == 0:
            _clear_class_word_memos()
        low = s.lower()
        weight = (25 if html._POSITIVE.search(low) else 0) - (25 if html._NEGATIVE.search(low) else 0)
        assert (html._marker_flags(s), html._weight(s)) == (_flags_before_the_box_set(s), weight), s
    _clear_class_word_memos()


def test_the_weight_once_the_memos_are_full(monkeypatch: pytest.MonkeyPatch) -> None:
    _clear_class_word_memos()
    monkeypatch.setattr(html, "CACHE_MAX", 0)  # (nothing is remembered)
    for s, want in (("Article-Body", 25), ("mainNav", 0), ("sidebar", -25), ("x-3f9q", 0), ("post_comments", 0)):
        assert html._weight(s) == want, s
    assert not html._MARKERS and not html._WORD_KINDS and not html._BARE_WORDS
