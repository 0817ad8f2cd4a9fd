"""Quick paths of page reading and searching decide what the plain code decides. The page-search
prefilter (``patterns.line_needles``, ``Context.blocks_matching``): a pattern whose every match
lies within a line and holds one of its needles is searched only in the lines that hold a
needle; the lines found are those one search of the whole page finds. The binary sniff returns
at once on bytes without a NUL. A rule that looks only at the lines holding one of a few
characters takes the lines it took from every line."""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanscrape.document import Block, Document
from cleanscrape.io.html import container_depths
from cleanscrape.io.text import looks_binary, read_text, utf16_without_bom
from cleanscrape.patterns import compile_pattern, line_needles, prefix_needles, words_alternation
from cleanscrape.pipeline import Pipeline
from cleanscrape.registry import by_code
from cleanscrape.rules import chrome, headings
from cleanscrape.rules.credits import CAPTION_CREDIT
from cleanscrape.rules.base import Context
from cleanscrape.text import _PUNCT_TOKENS, _WIDE_DIGIT_LEADS, ASCII_END, CJK_CHAR, DIGIT_FIRST, DIGIT_RUN, _ascii_word_count, cjk_count, digit_lines, figures_line, fold_digits, word_count

ROOT = Path(__file__).resolve().parent.parent
# the page searches the rules make, and shapes the analysis must get right
PATTERNS = [
    chrome._AFFILIATE, chrome._TIP, chrome._APPEAL_ASK, chrome._COOKIE_CUE,
    re.compile(r"\b(?:have|got) a (?:news )?tip\b"),
    re.compile(r"(?<![\w-])donat(?:e|ion)s?(?![\w-])"),
    re.compile(r"\bsee(?=[^\n]{0,20}\bus\b)"),
    re.compile(r"(?<=\s)tip"),  # a lookbehind that sees the newline: no prefilter
    re.compile(r"tip$"), re.compile(r"^tip"), re.compile(r"tip\s+us"), re.compile(r"a.b", re.DOTALL),
    re.compile(r"(?:ab|cd)+x|y[^z]y"), re.compile(r"ti(?i:P)"), re.compile(r"(\w+) \1 tip"),
    # matches that may run on into the next line: tried where they may start
    re.compile(r"cookie\s+policy|privacy(?:\s+policy)?|tip\s+us"), re.compile(r"(?<!\w)(?:see|us)\s*(?:us|tip)"),
    re.compile(r"\b(?:cookies?|tip)\b[^x]{0,12}"), re.compile(r"^tip\s", re.MULTILINE),
    # phrase trees: a shared opening, then a choice (read on into its branches)
    re.compile(r"co(?:okie(?:s)?|mmission)|t(?:ip(?:\s+us)?|racking\s+technologies)"),
    re.compile(r"\bdo(?:nat(?:e|ions?)|\b)|su(?:pport(?:\s+us)?|b)"),
]
WORDS = ["tip", "got a tip", "have a news tip", "donate", "donations", "affiliate", "commission", "see",
         "us", "support us", "cookie", "privacy policy", "tracking", "technologies", "abx", "cdcdx",
         "yay", "ab", "TIP", "İstanbul", "a", "b", " ", "-", "word word tip", "x", "policy", "privacy", "\t"]


def _scan(ctx: Context, pattern: re.Pattern[str]) -> list[int]:
    """The lines a page-wide search finds a match in: the plain path."""
    text = ctx.page_lower()
    starts = ctx._starts
    return sorted({bisect_right(starts, m.start()) - 1 for m in pattern.finditer(text)})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join), min_size=1, max_size=12),
       st.sampled_from(PATTERNS))
def test_prefiltered_search_finds_the_lines_the_page_scan_finds(lines, pattern):
    ctx = Context(Document(tuple(Block(k, k + 1, t) for k, t in enumerate(lines))))
    assert ctx.blocks_matching(pattern) == _scan(ctx, pattern)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet="aAΣσςΑΟİIǅ .'’:\u0301\u00ad\n-é\u2019", max_size=8), min_size=0, max_size=8))
def test_page_lowered_block_by_block_is_the_page_lowered(lines):
    """``Context.page_lower`` (the blocks' own ``lower()`` joined) is the joined page lowered, the
    plain path: final sigmas beside a block's end and the marks a final sigma looks past
    (`'`, `.`, `:`, a combining accent, a soft hyphen), letters that lowercase longer (`İ`),
    blocks holding a newline, ASCII blocks beside others."""
    ctx = Context(Document(tuple(Block(k, k + 1, t) for k, t in enumerate(lines))))
    assert ctx.lowers() == [t.lower() for t in lines]
    assert ctx.page_lower() == "\n".join(lines).lower()


def test_a_final_sigma_at_a_block_end_is_lowered_as_the_page_lowers_it():
    lines = ["ΟΔΟΣ", "Σ", "ΑΣ'", "'Σ.Α", "AΣ", "Σa"]  # (final, alone, before and after marks, beside ASCII)
    ctx = Context(Document(tuple(Block(k, k + 1, t) for k, t in enumerate(lines))))
    assert ctx.page_lower() == "\n".join(lines).lower() == "οδος\nσ\nας'\n'σ.α\naς\nσa"


def test_needles_only_for_patterns_confined_to_a_line():
    assert line_needles(re.compile(r"\b(?:have|got) a tip\b")) == ("got a tip", "have a tip")
    assert line_needles(re.compile(r"x(?:ab|cd)+y")) == ("ab", "cd")  # (`x` alone is too short)
    assert line_needles(re.compile(r"see(?=[^\n]{0,9}us)")) == ("see",)
    for unsafe in (r"tip\s+us", r"tip$", r"^tip", r"(?<=\s)tip", r"tip[^a]", r"ti(?s:.)p", r"(?m:tip)x"):
        assert line_needles(re.compile(unsafe)) is None, unsafe
    assert line_needles(re.compile("tip", re.IGNORECASE)) is None  # (case-blind: no literal to find)
    assert line_needles(re.compile("a.b", re.DOTALL)) is None
    assert line_needles(re.compile(r"(?:a|b)?c")) is None  # no needle of NEEDLE_MIN characters
    assert line_needles(regex.compile(r"\p{Lu}tip")) is None  # (only stdlib patterns are read)
    assert line_needles(compile_pattern(r"\p{Lu}tip", "")) is None
    # needles that open alike on SHARED_OPENING_MIN characters are one scan of their opening
    assert line_needles(re.compile(r"\b(?:may be reached (?:at|by|on)|donat(?:e|ion))\b")) == ("donat", "may be reached ")
    assert line_needles(re.compile(r"\b(?:crane|crate)\b")) == ("crane", "crate")  # (`cra`: too short an opening)


def test_prefix_needles_only_where_every_match_starts_with_one():
    assert prefix_needles(re.compile(r"\b(?:cookies?|privacy\s+policy)\b")) == ("cookie", "privacy")
    assert prefix_needles(re.compile(r"(?<!\w)(?:have|got) a tip")) == ("got", "have")  # (the choice's words)
    for none in (r"\w+ tip", r"(?:ab)?cd", r"(?:ab|)cd", r"[ab]cd", r"x(?:[ab]|cd)"):
        assert prefix_needles(re.compile(none)) is None, none
    # a literal run read on into the choice after it (a phrase tree's shared opening): the longer heads
    assert prefix_needles(re.compile(r"x(?:ab|cd)")) == ("xab", "xcd")
    assert prefix_needles(re.compile(r"co(?:n(?:fid|sent(?:s)?)|okie(?:s)?)|gdpr")) == ("confid", "consent", "cookie", "gdpr")
    assert prefix_needles(re.compile(r"co(?:n|)kie")) == ("co",)  # (an empty choice: the run alone)
    assert prefix_needles(re.compile(r"co(?:\bx|(?i:y))")) == ("co",)  # (a choice with inline flags: not read)
    assert prefix_needles(re.compile("cookie", re.IGNORECASE)) is None
    assert prefix_needles(re.compile(r"privacy|privacidad|gdpr")) == ("gdpr", "privac")  # (one opening, one scan)


def test_a_page_whose_lowercasing_moves_offsets_is_scanned_whole():
    # `İ` lowercases to two characters: the page's offsets no longer match its lines, and the
    # page-wide scan (whatever it finds) is what a rule gets, prefilter or not
    ctx = Context(Document((Block(0, 1, "İİ got a tip"), Block(1, 2, "have a tip"), Block(2, 3, "İİİ cookie"),
                            Block(3, 4, "policy"))))
    for pattern in (chrome._TIP, chrome._COOKIE_CUE):
        assert ctx.blocks_matching(pattern) == _scan(ctx, pattern)


def _slow_looks_binary(data: bytes) -> bool:
    """``looks_binary`` as written before its quick return: the reference."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(head):
        return False
    return b"\x00" in head


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=64) | st.text(max_size=40).map(lambda t: t.encode("utf-16-le")))
def test_binary_sniff_answers_as_before(data):
    assert looks_binary(data) == _slow_looks_binary(data)


class _EveryShortLine(Context):
    """A context whose substring prefilter hands over every line within the limit: the plain path."""

    __slots__ = ()

    def blocks_with(self, *needles: str, limit: int | None = None) -> list[int]:
        return self.short(limit) if limit is not None else list(range(len(self.texts)))


def test_captioned_credits_found_from_the_prefiltered_lines_are_those_of_every_line():
    pages = sorted((ROOT / "corpus" / "pages").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.txt"))
    found = 0
    for path in pages:
        doc = read_text(path.read_text(encoding="utf-8"))
        labels = Pipeline().without("CS104").label(doc).labels
        got = []
        for cls in (Context, _EveryShortLine):
            ctx = cls(doc)
            ctx.findings[:] = labels
            got.append(list(CAPTION_CREDIT.check(ctx)))
        assert got[0] == got[1], path.name
        found += len(got[0])
    assert found  # (the corpus holds captions with their credits)


STREET_WORDS = ["212", "7", "٣", "²", "Main", "St", "St.,", "Street", "N.", "Cobb's", "Landing", "Ave", "x", "",
                "\t", "Harbour", "Road,", "12345", "Way"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(STREET_WORDS), max_size=7).map(" ".join))
def test_street_address_quick_path_decides_as_the_pattern(text):
    assert headings.street_address(text) == (headings._STREET_ADDRESS.match(text) is not None)
    assert headings.street_address("٣ " + text) == (headings._STREET_ADDRESS.match("٣ " + text) is not None)


def test_street_address_quick_path_finds_addresses():
    assert headings.street_address("212 Main St., Cobb's Landing")
    assert not headings.street_address("Main St., Cobb's Landing")


# (speed28) label tails, clip words, zones after a clock and copyright heads, each by a quick path
TAIL_PARTS = ["Photo", "photos", "PICTURE", "Bild", "credit", "Foto", "Image", "Fotos", "  ", " ", "\t", ":", ": ",
              "Jan Vos", "Reuters", ".", "A crowd at the quay", "x", "ſ", "İmage", "K", "(", ")"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TAIL_PARTS), max_size=9).map("".join), st.integers(min_value=0, max_value=40))
def test_label_tail_tried_near_the_last_colon_finds_what_the_search_finds(text, tail):
    from cleanscrape.rules import credits

    label = compile_pattern(credits._LABEL_TAIL, "")
    # (speed51: the head searched up to the colon is the pattern's own opening, which reads nothing
    # before where it opens: no `\b`, no lookbehind; tspeed161: its words as their tree, the same words)
    opening = credits._LABEL_HEAD.pattern.removesuffix(":\\Z")
    tree = words_alternation(credits._PICTURE_WORDS)
    assert tree != credits._PICTURE and opening.startswith(f"(?i:{tree})")
    assert credits._LABEL_TAIL.startswith(opening.replace(tree, credits._PICTURE, 1) + ":")
    assert "\\b" not in opening and "(?<" not in opening
    if ":" not in text:
        return  # (the rule asks only of a line with a colon)
    want, got = label.search(text, tail), credits._label_tail(label, text, tail)
    assert (want is None) == (got is None)
    assert want is None or (want.span(), want.group()) == (got.span(), got.group())


def test_label_tail_takes_the_last_colon_and_the_leftmost_word():
    from cleanscrape.rules import credits

    label = compile_pattern(credits._LABEL_TAIL, "")
    for t in ("A crowd at the quay. Photo: Jan Vos", "Bild:Photo: Jan Vos", "Photo Photos : Jan Vos", "Photo: Jan: Vos",
              "The quay at dawn, photos:  Jan Vos", "Photo: Jan Vos. Reuters", "Photo:x", "PICTURE\t:\tJan Vos",
              "A crowd at the quay:Foto: ", "İmage: Jan Vos", "Kredit: Jan Vos", "ſ: Jan Vos"):
        for tail in (0, 3, 9, 20):
            want, got = label.search(t, tail), credits._label_tail(label, t, tail)
            assert (None if want is None else want.span()) == (None if got is None else got.span()), (t, tail)
    assert credits._label_tail(label, "A crowd at the quay. Photo: Jan Vos", 0).group() == "Photo: Jan Vos"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ABCVIDEOZabcé ÉÄ1-_.\u0130\u212a", max_size=11))
def test_clip_word_quick_path_decides_as_the_pattern(text):
    assert chrome._clip_word(text) == (chrome._CLIP_WORD.fullmatch(text) is not None)


def test_zone_after_a_clock_is_dropped_as_the_template_drops_it():
    from cleanscrape import dates

    for line in ("Nov 3, 2025 10:15 EST", "19.11.2025 11:28 AMT", "3 Nov 2025 9:05 am HKT", "Nov 3, 2025",
                 "10:15 PM PST and 11:30 CET"):
        assert dates._ZONE.sub(dates._CLOCK_PART, line) == dates._ZONE.sub(r"\1", line)


def test_copyright_heads_hold_every_first_character_a_footer_mark_opens_with():
    from cleanscrape.rules import content

    for c in map(chr, (*range(0x80), *range(0xA0, 0x250), 0x130, 0x17F, 0x212A, 0x212B)):
        for rest in ("opyright 2025 Velmora Herald", "c) 2025", "2025 Velmora", "C) Velmora"):
            if content._FOOTER_MARK.match(c + rest) is not None:
                assert c in content._FOOTER_HEADS


# (speed29) the `:` look-aheads of the commenter header and the newsletter cue
LINE_PARTS = ["12", "Ana", "says", "SAYS", "said", "wrote", "a écrit", "newsletter", "Newsletter", "inscrivez-vous",
              "sign up", ":", " :", " ", "\t", "the council", "x", "é", "\n", "morning", "."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LINE_PARTS), max_size=10).map("".join))
def test_colon_look_aheads_decide_as_the_patterns_without_them(text):
    old_commenter = chrome._COMMENTER.replace("(?=[^\\n]*:)", "", 1)
    assert old_commenter != chrome._COMMENTER
    for new, old in ((chrome.COMMENTS.pattern, chrome.COMMENTS.pattern.replace(chrome._COMMENTER, old_commenter)),
                     (chrome.NEWSLETTER.pattern, chrome.NEWSLETTER.pattern.replace("|(?=[^\\n]*:)", "|", 1))):
        assert old != new
        got, want = compile_pattern(new, "i"), compile_pattern(old, "i")
        for probe in (got.fullmatch, got.match, got.search):
            ref = getattr(want, probe.__name__)(text)
            found = probe(text)
            assert (found is None) == (ref is None)
            assert found is None or found.span() == ref.span()
    assert chrome.COMMENTS.compiled.fullmatch("Ana says:")
    assert not chrome.COMMENTS.compiled.fullmatch("Ana says so")


# (speed29) JSONL records encoded once: the text and the bytes the writer gets are those of before
RECORD_TEXTS = st.sampled_from(["", "plain", "€ ü 漢字", "lone \ud800 here", "\udc80", "tab\tand\nline", '"q" \\'])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(RECORD_TEXTS, st.lists(RECORD_TEXTS, max_size=3), st.lists(RECORD_TEXTS, max_size=2)),
                max_size=3),
       st.sampled_from([(None, ()), (None, ("removed",)), (("title", "removed"), ())]))
def test_jsonl_encoded_once_is_the_rendered_text_and_its_utf8(records, options):
    from cleanscrape.batch import jsonl_output, render
    from cleanscrape.document import Article, Removed

    articles = [Article("p.txt", k, title, None, None, None, tuple(paras),
                        tuple(Removed("CS101", "x", "chrome", n, t, "why") for n, t in enumerate(gone)))
                for k, (title, paras, gone) in enumerate(records)]
    text, data = jsonl_output(articles, *options)
    assert text == render(articles, "jsonl", *options)
    assert data == text.encode("utf-8")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a\n", "€ ü\n", "{}\n", ""]), st.booleans()), max_size=6),
       st.sampled_from(["utf-8", "UTF8", "latin-1", "utf-8-sig"]))
def test_output_writes_bytes_past_the_text_layer_as_the_text_would_be_written(writes, encoding):
    import io

    from cleanscrape.cli.output import Output

    written = []
    for with_bytes in (True, False):
        buf = io.BytesIO()
        out = Output(None)
        out.fh = fh = io.TextIOWrapper(buf, encoding=encoding, errors="replace", newline="\n")
        for text, as_bytes in writes:
            out.write(text, text.encode("utf-8") if with_bytes and as_bytes else None)
        fh.flush()
        written.append(buf.getvalue())
        fh.detach()  # (the buffer stays open for the next)
    assert written[0] == written[1]


# (speed29) the picture-source search, told without the search on a line of no agency's first word run
SOURCE_PARTS = ["Getty", "Images", "Getty Images", "Gettys", "AP", "APA", "-", "PictureDesk", "dpa", "Zentralbild",
                "İHA", "Reprodução", "Reproduc\u0327a\u0303o", "Télam", "Times", "xTimes", "_Post", "Jan Vos", " ", "/",
                "(", ")", "é", "2025", "Staff", "picture", "alliance", "\t", "EPA-EFE"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SOURCE_PARTS), max_size=8).map("".join))
def test_picture_source_gate_decides_as_the_search(text):
    from cleanscrape.rules import credits

    assert credits._SOURCE_RUNS is not None  # (every agency and desk word opens on a word character)
    want = compile_pattern(credits._SOURCE, "").search(text) is not None
    assert credits._has_picture_source.__wrapped__(text) == want
    if want:
        assert not credits._SOURCE_RUNS.isdisjoint(credits._WORD_RUN.findall(text))


# needle sets whose searches share a key (`scri`, `appear`, `elden`) or a mark (CS412's `:`), hold a
# character outside ASCII, or end in a newline: the rules' own, and small ones of our words
_NEEDLE_SETS = [chrome.NEWSLETTER.contains, chrome.SITE_NOTICE.contains, by_code("CS412").contains, ("tip:", ":\n"),
                ("subscribe", "subscriber", "describe", "scribble"), ("née", "réé\n", "ée x"), ("tip\n", "tips", "stip"),
                ("19", "20"), ("7",), ("1 of", "x9")]  # (needles with a digit: read from the page's digit lines)
_NEEDLE_WORDS = ["Subscribe", "subscribing", "scribble", "appeared in print", "appears", "in the print", "anmelden",
                 "née", "réé", "ée", "tip", "tips", "x", " ", ":", " says", " wrote :", "dit", "19", "2", "0", "7", "\u0663"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_NEEDLE_WORDS), min_size=1, max_size=6).map("".join), min_size=1, max_size=12),
       st.sampled_from(_NEEDLE_SETS), st.sampled_from([5, 20, 240, 500]))
def test_grouped_needle_searches_find_the_blocks_each_needle_finds(lines, needles, limit):
    ctx = Context(Document(tuple(Block(k, k + 1, t) for k, t in enumerate(lines))))
    plain = [i for i, t in enumerate(lines) if len(t) <= limit and any(n in t + "\n" for n in needles)]
    assert ctx.blocks_with(*needles, limit=limit) == plain


_DIGIT_PIECES = ["ferry", " ", "7", "12", "\u0663", "\u00b2", "x9", "", "é", "\t", "2026-12-06"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_DIGIT_PIECES), max_size=5).map("".join), min_size=1, max_size=12))
def test_digit_blocks_are_the_blocks_a_search_per_line_finds_a_number_in(lines):
    # (one scan of the page for each line's first digit: the lines ``DIGIT_RUN.search`` finds one in,
    # an Arabic-Indic digit counted as ``\d`` counts it, a superscript two as it does not)
    ctx = Context(Document(tuple(Block(k, k + 1, t) for k, t in enumerate(lines))))
    assert ctx.digit_blocks() == {i for i, t in enumerate(lines) if DIGIT_RUN.search(t) is not None}


_CELL_LINES = ["Halden", "62.4", "12", "Oslo", "", "Step 1", "Step 2", "Step 3", "Red Hat 8417 38.0%",
               "Bo 63 16.6%", "a" * 50, "a" * 90, "The crew said it was calm."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_CELL_LINES), st.sampled_from([None, 0, 1, 1, 1, 0, 2, 3])), max_size=40))
def test_table_and_step_passes_over_the_low_lines_take_what_every_line_gives(page):
    # (content scoring's table cells, table rows and step labels read only the short and bad lines
    # of ROW_MAX characters at most, found once: the same blocks as a pass over every line)
    from cleanscrape.rules import content
    texts = [t for t, _ in page]
    classes = [c for _, c in page]
    low = [i for i, (t, c) in enumerate(page) if len(t) <= content.ROW_MAX and c is not None and c <= content.SHORT]
    assert content._table_cells(classes, texts, low) == content._table_cells(classes, texts)
    assert content._table_rows(classes, texts, low) == content._table_rows(classes, texts)
    assert content._step_labels(classes, texts, low) == content._step_labels(classes, texts)
    # (tspeed165) the lines the digit scan found, not searched for a number again; a row's figures searched once
    numbered = [i for i in low if i in digit_lines(texts)]
    assert content._step_labels(classes, texts, numbered, True) == content._step_labels(classes, texts)
    assert content._table_rows(classes, texts, numbered) == content._table_rows(classes, texts)
    assert all(content._table_row(t) == (len(t) <= content.ROW_MAX and content._TWO_FIGURES.search(t) is not None
                                         and content._row_cells(t)) for t in texts)


def _closes_story_walk(ctx, m):
    """The teaser rules' first test of a trailer as first written: a walk up from line ``m``."""
    from cleanscrape.rules import teasers
    for above in range(m - 1, -1, -1):
        if teasers._story_paragraph(ctx, above):
            return True
        if m - above > teasers.CLOSING_RUN or ctx.lens[above] > teasers.TRAILER_MAX:
            return False
    return False


_TAIL_LINES = ["Tags: ferry, harbour", "Written by Ada Linford", "Share", "",
               "The ferry left the harbour at dawn, and the crew said the crossing had been calm all night.",
               "A line of sixty-odd characters that ends with no full stop at all", "Read more"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TAIL_LINES), max_size=30), st.sets(st.integers(0, 29), max_size=4))
def test_closing_prints_are_the_lines_a_walk_up_finds(lines, labelled):
    # (each short line's nearest longer line, read off the short lines' list: a story's paragraph
    # is longer than a trailer, so the walk up stops there or earlier)
    from cleanscrape.document import Finding, Role
    from cleanscrape.rules import teasers
    assert teasers.STORY_PARAGRAPH > teasers.TRAILER_MAX
    ctx = Context(Document(tuple(Block(k, k + 1, t) for k, t in enumerate(lines))))
    for i in labelled:
        if i < len(lines):
            ctx.findings[i] = Finding(i, Role.CHROME, "CS999", "test", "a label")
    want: dict[str, list[int]] = {}
    for m in ctx.short(teasers.TRAILER_MAX):
        if m > 0 and teasers._trailer_line(ctx, m) and _closes_story_walk(ctx, m):
            key = teasers._trailer_key(ctx.text(m))
            if key:
                want.setdefault(key, []).append(m)
    assert teasers._closing_prints(ctx) == want


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9), st.integers(0, 6)), max_size=8), st.integers(0, 9))
def test_container_depths_are_the_least_depth_the_loop_over_each_block_finds(nodes, blocks):
    # (each container's blocks set at once, the deepest first: the depth the loop as first written
    # kept for each block, the least of the containers around it)
    first = [min(a, b, blocks) for a, b, _ in nodes]
    last = [min(max(a, b), blocks) for a, b, _ in nodes]
    depth = [d for _, _, d in nodes]
    top = [-1] * blocks
    for n in set(range(len(nodes))):
        for k in range(first[n], last[n]):
            top[k] = depth[n] if top[k] < 0 else min(top[k], depth[n])
    assert container_depths(set(range(len(nodes))), depth, first, last, blocks) == top


_CLIP_LINES = ["VIDEO", "VIDEO 02:14", "▶ 02:14", "► 1:02:14 minutes", "TV", "02:14", " 02:14 ", "  VIDEO  ",
               "DAX 18,234.50 +0.42%", "FTSE 100  7,412.20  -0.31%  ", "Harbour council approves the new quay",
               "By Ada Linford", "12 March 2026", "Updated 14:02", "NEWS", "ab", "Ferry fares rise 4%", "\tPLAY\t"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CLIP_LINES), min_size=1, max_size=8))
def test_headline_finder_asks_clip_line_of_every_line_it_may_say_yes_of(lines):
    # (CS304's loop asks ``clip_line`` of the line under a candidate only when ``may_clip`` says
    # the line may be one: ``clip_line`` says yes of no line ``may_clip`` turns down)
    ctx = Context(Document(tuple(Block(k, k + 1, t) for k, t in enumerate(lines))))
    for k, t in enumerate(lines):
        if chrome.clip_line(ctx, k):
            assert chrome.may_clip(t), t


def test_headline_finder_asks_clip_line_of_every_page_line_it_may_say_yes_of():
    for path in sorted((ROOT / "corpus" / "pages").glob("*.txt")):
        ctx = Context(read_text(path.read_text(encoding="utf-8")))
        for k, t in enumerate(ctx.texts):
            if chrome.clip_line(ctx, k):
                assert chrome.may_clip(t), t


def test_white_space_before_a_blocks_first_text_is_not_kept_and_changes_nothing():
    # (the walk keeps no white space read before a block's first text: ``flush`` stripped it, and
    # it holds no link text, so the text and the link share are what they were)
    from cleanscrape.io.html import read_html
    page = ("<html><body><div>\n  <a href='/a'>\n   Harbour</a>\n  <span> \n</span>plans \t approved\n</div>"
            "<p>\n\n<a href='/b'>Ferry\nfares</a></p><ul>\n <li>\n  <b>\u00a0</b>one</li></ul></body></html>")
    blocks = read_html(page).blocks
    assert [b.text for b in blocks] == ["Harbour plans approved", "Ferry fares", "one"]
    assert [b.hints["link_density"] for b in blocks] == [round(7 / 22, 3), 1.0, 0.0]


def _figures_line_in_full(text: str) -> bool:
    digits = sum(map(str.isdigit, text))
    return digits > 0 and digits > sum(map(str.isalpha, text))


_FIGURE_CHARS = "ab É1 9:+.%▶\u00b2\u0663\u2460\uff11"  # (a superscript two, an Arabic-Indic three, a circled one, a wide one)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_FIGURE_CHARS, max_size=12))
def test_figures_line_quick_path_decides_as_the_counts(text):
    # (an ASCII line with no `0` to `9` holds no digit at all: the counts are spared)
    from cleanscrape.text import figures_line
    assert figures_line(text) == _figures_line_in_full(text), text


_LABEL_WORDS = ["Reporting", "by", "By", "Bericht:", "von", "Lorenz", "Sandau", "Owen", "Dunmere", "Text", "•", "|",
                "2024-01-15", "kl.", "Path", "A:", "de", "Article", "par", "Présenté", "with", "and"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LABEL_WORDS), max_size=7).map(" ".join))
def test_slot_names_label_pre_test_turns_down_no_byline_label(text):
    # (``_slot_names`` asks ``_label_and_name`` only of a line ``_may_label`` passes: a label
    # ``_byline_label`` takes ends in a colon or on a byline word among the line's first two)
    got = headings._label_and_name(text)
    if got is not None and headings._byline_label(got[0]):
        assert headings._may_label(text), text


def test_slot_names_label_pre_test_passes_the_bylines_it_stands_for():
    for text in ("Bericht: Lorenz Sandau", "Reporting by Owen Dunmere", "Présenté par Claire Vasseur"):
        got = headings._label_and_name(text)
        assert got is not None and headings._byline_label(got[0]) and headings._may_label(text)
    assert not headings._may_label("Lorenz Sandau, Leiter Wirtschaft")


_STAMP_LINES = ["21:30, Nov 17, 2026", "Friday, 9 March 2025, 08:43", "March 3, 2025", "03.03.2025", "14:32",
                "Harbour plans approved", "Ferry fares rise in 2026", "", "piątek, 9 marca 2025, godz. 08:43"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_STAMP_LINES), min_size=1, max_size=10))
def test_timed_stamp_lines_found_once_are_those_every_short_line_holds(lines):
    # (only a line with a digit is read: every timed stamp holds a year's digits)
    from cleanscrape.dates import timed_date_line
    ctx = Context(Document(tuple(Block(k, k + 1, t) for k, t in enumerate(lines))))
    full = [i for i in ctx.short(headings.TIMED_STAMP_MAX) if timed_date_line(lines[i])]
    assert headings._timed_stamp_lines(ctx) == full
    assert headings._timed_stamp_lines(ctx) == full  # (kept for the page: the same answer again)


def test_timed_stamp_lines_of_the_corpus_pages_are_those_every_short_line_holds():
    from cleanscrape.dates import timed_date_line
    for path in sorted((ROOT / "corpus" / "pages").glob("*.txt")):
        ctx = Context(read_text(path.read_text(encoding="utf-8")))
        full = [i for i in ctx.short(headings.TIMED_STAMP_MAX) if timed_date_line(ctx.texts[i])]
        assert headings._timed_stamp_lines(ctx) == full
        for t in ctx.texts:
            got = headings._label_and_name(t)
            if got is not None and headings._byline_label(got[0]):
                assert headings._may_label(t), t


_FIGURE_LINES = ["DAX 18,234.50 +0.42%", "VIDEO", "02:14", "Video 2:14 min", "▶ 02:14", "Brent 82.61 +0.57%",
                 "Harbour plans approved", "Ferry fares rise in 2026", "", "The council voted on Thursday.", "18:00"]


def _figure_or_clip(ctx, i):
    from cleanscrape.rules.chrome import clip_line, may_clip
    from cleanscrape.text import figures_line
    t = ctx.texts[i]
    return figures_line(t) or may_clip(t) and clip_line(ctx, i)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_FIGURE_LINES), min_size=1, max_size=10))
def test_figure_lines_found_once_answer_as_the_line_tests(lines):
    # (``_headline_candidates`` and ``_header_shape`` ask the page's set, found once, in place of
    # ``figures_line`` and ``clip_line`` at each line they read)
    ctx = Context(Document(tuple(Block(k, k + 1, t) for k, t in enumerate(lines))))
    figs = headings._figure_lines(ctx)
    for i in {*ctx.shaped(), *ctx.short(headings.HEADER_LINE_MAX)}:
        assert (i in figs) == bool(_figure_or_clip(ctx, i)), lines[i]
    assert headings._figure_lines(ctx) is figs  # (kept for the page)


def test_figure_lines_of_the_corpus_pages_answer_as_the_line_tests():
    for path in sorted((ROOT / "corpus" / "pages").glob("*.txt")):
        ctx = Context(read_text(path.read_text(encoding="utf-8")))
        figs = headings._figure_lines(ctx)
        for i in {*ctx.shaped(), *ctx.short(headings.HEADER_LINE_MAX)}:
            assert (i in figs) == bool(_figure_or_clip(ctx, i)), ctx.texts[i]


CLIP_PARTS = ["▶ ", "VIDEO ", "Video ", "TV", "ÉTÉ", "02", "2", ":", "14", "6", "59", ":3", " min", " minutes", "%",
              "+0.42", "DAX 18,234.50 ", " ", "a", "١", "٢:١٤", "\u0130", "x:0"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(CLIP_PARTS), max_size=6).map("".join))
def test_clip_length_quick_path_decides_as_the_pattern(text):
    assert chrome.clip_length(text) == (chrome._CLIP_LENGTH.fullmatch(text) is not None)


def _clip_line_in_full(texts: list[str], k: int) -> bool:
    """``chrome.clip_line`` as it read before its quick paths: every test in its first order."""
    t = texts[k].strip()
    if len(t) > chrome._CLIP_OR_QUOTE_MAX:
        return False
    if t[-1:] == "%":
        return chrome.market_quote(t)
    if not t[-1:].isdigit() and len(t) <= chrome.CLIP_WORD_MAX and chrome._CLIP_WORD.fullmatch(t) is not None:
        nxt = texts[k + 1].strip() if k + 1 < len(texts) else ""
        return nxt[:1].isdigit() and chrome._CLIP_LENGTH.fullmatch(nxt) is not None
    if len(t) > chrome.CLIP_LINE_MAX or ":" not in t or chrome._CLIP_LENGTH.fullmatch(t) is None:
        return False
    return not t[:1].isdigit() or k > 0 and chrome._CLIP_WORD.fullmatch(texts[k - 1].strip()) is not None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(CLIP_PARTS), min_size=1, max_size=4).map("".join), min_size=1, max_size=5))
def test_clip_line_quick_paths_decide_as_the_full_test(lines):
    lines = [t for t in lines if t.strip()] or ["VIDEO"]
    ctx = Context(Document(tuple(Block(i, i + 1, t) for i, t in enumerate(lines))))
    assert [chrome.clip_line(ctx, k) for k in range(len(lines))] == [_clip_line_in_full(ctx.texts, k) for k in range(len(lines))]


def test_clip_length_rule_takes_the_lines_it_took_from_every_short_line():
    lines = ["Harbour cranes back in service", "▶ 02:14", "VIDEO", "02:14", "Video 2:14 min", "Ferry: 2:1",
             "A crowd gathers at the quay as the ferry leaves.", "Score 3:10", "10:42", "Dock strike ends",
             "Closing time: 10:42", "02:51", "By Ada Linford"]
    ctx = Context(Document(tuple(Block(i, i + 1, t) for i, t in enumerate(lines))))
    texts, n = ctx.texts, len(ctx.texts)
    want = []  # (the rule as it read before: every short line tried)
    for i in ctx.short(chrome.CLIP_LINE_MAX):
        t = texts[i].strip()
        if ":" not in t or not t[-1:].isalnum() or chrome._CLIP_LENGTH.fullmatch(t) is None:
            continue
        if t[:1] in chrome._PLAY_MARKS or chrome._VIDEO_WORD.match(t) is not None or t[:1].isdigit() and i > 0 and (
                chrome._VIDEO_WORD.fullmatch(texts[i - 1].strip()) is not None
                or chrome._bare_length(texts[i - 1], texts[i + 1] if i + 1 < n else "")):
            want.append(i)
    got = [f.block for f in chrome.CLIP_LENGTHS.check(ctx)]
    assert got == want and {1, 3, 4} <= set(got)


FIGURE_LINES = ["Harbour cranes return to Port Velmora", "VIDEO", "TV", "02:14", "▶ 02:14", "Video 2:14 min",
                "DAX 18,234.50 +0.42%", "Brent 83.61 +1.79%", "①②③ ④", "Score 3:10", " 2:14", "Dock strike ends",
                "The council met on Tuesday.", "1. FC Velmora", "ÉTÉ", "١٢:٣٠", "Markets: 2:1"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FIGURE_LINES), min_size=1, max_size=8))
def test_figure_lines_quick_path_finds_what_the_full_test_finds(lines):
    ctx = Context(Document(tuple(Block(i, i + 1, t) for i, t in enumerate(lines))))
    texts = ctx.texts
    want = frozenset(i for i in {*ctx.shaped(), *ctx.short(headings.HEADER_LINE_MAX)}
                     if headings.figures_line(texts[i]) or chrome.may_clip(texts[i]) and chrome.clip_line(ctx, i))
    assert headings._figure_lines(ctx) == want
    # and the plain-text headline candidates hold no clip's line: ``_not_a_headline`` need not ask
    for i in headings._headline_candidates(ctx):
        assert not (chrome.may_clip(texts[i]) and chrome.clip_line(ctx, i))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["By", "by", "Reporting", "BY", "Ada", "Linford", "Bericht", ":", " ", "\t", "İ", "Von"]),
                max_size=6).map("".join))
def test_may_label_reads_the_first_words_as_each_word_lowered(text):
    words = text.split(None, headings.BYLINE_LABEL_WORDS)[:headings.BYLINE_LABEL_WORDS]
    assert headings._may_label(text) == (":" in text or not headings._BY_WORDS.isdisjoint(w.lower() for w in words))


TABLE_LINES = ["Red Hat 8417 38.0%", "Herbert Dürr 63 16.6%", "Step 1", "Step 2", "Step 3", "1", "2", "3", "Next",
               "Mix the flour with the water and stir until smooth.", "City", "Temperature", "Halden", "62.4",
               "Ferry timetable approved", "The council met on Tuesday and approved the plan.", "Krok ①", "12:30"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(TABLE_LINES), min_size=1, max_size=14), st.booleans())
def test_block_classes_with_the_digit_lines_decide_as_with_every_line(lines, plain):
    from cleanscrape.rules import content

    ctx = Context(Document(tuple(Block(i, i + 1, t) for i, t in enumerate(lines))))
    args = (list(ctx.texts), [False] * len(lines), frozenset(), [(0, len(lines))], plain)
    assert content._block_classes(*args, ctx.digit_blocks()) == content._block_classes(*args)


# each pattern as it was written, with its lookbehind first, against the same pattern with the lookbehind
# after its first character (so that the search skips in C to the places that character may stand)
LOOKBEHIND_FIRST = [
    (r"(?<![\w-])[A-Z][A-Z-]{4,}(?![\w-])", "credits", "_SHOUTED", "ABCDEF-x é_Z\n1 "),
    (r"(?<![\d:.])\d{1,2}:\d\d(?![\d:])", "chrome", "_CLOCK", "12:0.3 ٣x\n"),
    (r"(?<!\d)(?:19|20)\d\d(?!\d)", "chrome", "_YEAR", "1920 3x٢\n"),
]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_lookbehind_after_the_first_character_finds_the_same_matches(data):
    from cleanscrape.rules import credits

    for written, module, name, alphabet in LOOKBEHIND_FIRST:
        text = data.draw(st.text(alphabet=alphabet, max_size=16))
        new = getattr({"credits": credits, "chrome": chrome}[module], name)
        old = re.compile(written)
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
        assert new.sub("#", text) == old.sub("#", text)


# tokens of ASCII text: words, bare marks, marks stuck to words, every kind of white space `str.split` splits at
_COUNT_PIECES = ["a", "word", "I", "-", "|", "(", "'s", ",", ".", "...", "\\", "x-y", "1", " ", "  ", "\t", "\x1c",
                 "\x1f", "\n", "\x0b", "\x7f", "\x01", "é", "–", "—", "…", "’", "‘", "“", "”", "\xa0", "\u2003"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_COUNT_PIECES), max_size=14).map("".join))
def test_word_count_quick_path_counts_as_the_split(text):
    ws = text.split()
    assert word_count.__wrapped__(text) == len(ws) - sum(w in _PUNCT_TOKENS for w in ws)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=30))
def test_word_count_quick_path_counts_any_ascii_as_the_split(text):
    ws = text.split()
    assert _ascii_word_count(text) == len(ws) - sum(w in _PUNCT_TOKENS for w in ws)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_COUNT_PIECES), min_size=20, max_size=60).map("".join))
def test_word_count_of_a_line_past_the_split_length_counts_as_the_split(text):
    # (a line of SPLIT_COUNT_UNDER characters or more is counted by the table: the same count)
    ws = text.split()
    assert word_count.__wrapped__(text) == len(ws) - sum(w in _PUNCT_TOKENS for w in ws)


def test_word_count_quick_path_leaves_out_bare_marks_only():
    assert word_count.__wrapped__("News - Sport | Culture") == 3
    assert word_count.__wrapped__("- - -") == 0  # (marks side by side, one space between each)
    assert word_count.__wrapped__("(Updated) it's 5 p.m. -") == 4  # a mark stuck to a word is the word's
    assert word_count.__wrapped__("It’s here — “now”\xa0…") == 3  # (wide marks count as their ASCII twins)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=24)
       | st.lists(st.sampled_from(["Brent", " 83.61", " +1.79%", "▶", " 02:14", "١٢", "²", "é", "a", "1", " ", "’", "—", "\xa0", "…"]),
                  max_size=8).map("".join))
def test_figures_line_quick_path_counts_as_the_character_tests(text):
    digits = sum(map(str.isdigit, text))
    assert figures_line(text) == (digits > 0 and digits > sum(map(str.isalpha, text)))


def test_figures_line_takes_figures_and_leaves_words():
    assert figures_line("Brent 83.61 +1.79%") and figures_line("▶ 02:14") and figures_line("14:15")
    assert not figures_line("Five things to know on 12 May 2024") and not figures_line("No digits here")


# (speed66) a phrase list's alternation written as the tree of its phrases (`share(?:\s+this)?|follow`)
# matches where the plain alternation, longest phrase first, matches, and as far: the same spans for
# ``match``, ``search`` and ``fullmatch``, with what follows it in a pattern, case kept or ignored
def _plain_alternation(parts: list[str], space: str) -> str:
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", space) for p in parts) + ")"


_PHRASE = st.text(alphabet="aAbsſK\u212a. é", min_size=1, max_size=5).map(str.strip).filter(bool)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PHRASE, min_size=1, max_size=8), st.text(alphabet="aAbsSſkK\u212a. éx\t", max_size=14),
       st.sampled_from([r"\s+", " ", r"[ \t]+"]), st.sampled_from(["", "x", r"\b", r"[ \t]*b"]),
       st.sampled_from([0, re.IGNORECASE]))
def test_phrase_tree_matches_as_the_plain_alternation(words, text, space, tail, flags):
    from cleanscrape.patterns import _phrase_tree, _tree_branches

    parts = list(dict.fromkeys(words))
    parts.sort()
    parts.sort(key=len, reverse=True)
    tree = _phrase_tree(parts)
    if tree is None:
        return  # (phrases that part at two forms of one letter, a shorter before a longer: the plain alternation)
    quick = re.compile("(?:" + "|".join(_tree_branches(tree, space)) + ")" + tail, flags)
    plain = re.compile(_plain_alternation(parts, space) + tail, flags)
    for name in ("match", "search", "fullmatch"):
        got, want = getattr(quick, name)(text), getattr(plain, name)(text)
        assert (got and got.span()) == (want and want.span()), (name, quick.pattern, plain.pattern)


def test_phrase_tree_shares_openings_and_keeps_the_longest_first():
    from cleanscrape.patterns import words_alternation

    assert words_alternation(["share", "share this", "Facebook", "follow us", "follow"]) == \
        r"(?:share(?:\s+this)?|follow(?:\s+us)?|Facebook)"
    assert words_alternation(["ab", "a", "abc"], " ") == "(?:a(?:b(?:c)?)?)"
    # a hard negative: `Follow` (under `F`) opens `follow us` (under `f`) case aside, and the tree
    # would try it first; the plain alternation, longest first, is kept
    assert words_alternation(["Facebook page", "follow us", "Follow"]) == r"(?:Facebook\s+page|follow\s+us|Follow)"
    assert re.compile(words_alternation(["Facebook page", "follow us", "Follow"]), re.I).match("Follow us").end() == 9
    assert words_alternation(["Aaaa", "ab", "A"], " ") == "(?:Aaaa|ab|A)"  # (`A` under `A` would be tried before `ab`)


def test_digit_first_finds_every_digit_the_class_finds_and_no_other_character():
    # (the fast class steps over what no digit is, ``\d`` tried on the rest: over every character
    # there is, it finds what ``\d`` finds, the digits outside ASCII among them)
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    fast = [m.start() for m in re.finditer(DIGIT_FIRST, every)]
    assert fast == [m.start() for m in re.finditer(r"\d", every)]
    assert {"\u0663", "\u06f5", "\u0966", "\uff15", "\U0001d7ce", "\U000104a0"} <= {every[k] for k in fast}
    assert not {"\u00b2", "\u2019", "\u065f", "\u2155", "a", "/", ":"} & {every[k] for k in fast}


_WIDE_DIGIT_PIECES = ["ferry ", "7", "12", "\u0663", "\u06f5\u06f6", "\u0966", "\uff11\uff12", "\U0001d7ce", "\u00b2",
                      "\u2019", "\u065f", "\n", "é", "x9", "\u2155", "2026-12-06"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WIDE_DIGIT_PIECES), max_size=12).map("".join))
def test_digit_scans_match_where_the_plain_digit_class_matches(text):
    # (non-ASCII digits, Arabic-Indic, Devanagari, full-width, mathematical, stay found; a
    # superscript two, a vulgar fraction, a curly quote stay no digit)
    assert [m.span() for m in DIGIT_RUN.finditer(text)] == [m.span() for m in re.finditer(r"\d+", text)]
    assert fold_digits(text) == re.sub(r"\d+", "0", text)
    line = compile_pattern(DIGIT_FIRST + r"[^\n]*", "")
    assert [m.span() for m in line.finditer(text)] == [m.span() for m in re.finditer(r"\d[^\n]*", text)]
    lines = text.split("\n")
    ctx = Context(Document(tuple(Block(k, k + 1, t) for k, t in enumerate(lines))))
    assert ctx.digit_blocks() == {i for i, t in enumerate(lines) if re.search(r"\d", t) is not None}


def test_wide_digit_leads_hold_the_first_byte_of_every_digit_outside_ascii():
    # (``digit_lines`` marks these bytes as where a digit outside ASCII may start: every decimal
    # digit of this Python's Unicode tables past ASCII must start with one, or a line holding only
    # that digit would be missed)
    leads = {chr(c).encode()[0] for c in range(ASCII_END, sys.maxunicode + 1)
             if not 0xD800 <= c <= 0xDFFF and chr(c).isdecimal()}
    assert leads <= set(_WIDE_DIGIT_LEADS)
    assert not any(b in _WIDE_DIGIT_LEADS for b in "\u2019\u201c\u2014\u2026\xa0é".encode())  # (English and French marks)


def test_digit_lines_read_past_a_wide_character_that_is_no_digit():
    # (a line whose first mark opens a character of a digit's block that is no digit: searched whole,
    # its ASCII digit after it found; a lone surrogate, a newline inside a block, an empty block)
    lines = ["\u065f and 7", "\uff0c\uff1a no number", "\u0e01\u0e02", "\ud800 4", "one\ntwo 2", "", "\uff11", "x"]
    assert digit_lines(lines) == {i for i, t in enumerate(lines) if re.search(r"\d", t) is not None} == {0, 3, 4, 6}
    assert digit_lines([]) == frozenset()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WIDE_DIGIT_PIECES + ["\u0e01", "\uff0c", "\u1e00", "\ud800", ""]), max_size=6).map("".join),
                max_size=12))
def test_digit_lines_are_the_lines_a_search_per_line_finds_a_digit_in(lines):
    assert digit_lines(lines) == {i for i, t in enumerate(lines) if re.search(r"\d", t) is not None}


def test_digit_blocks_keep_wide_digits_and_leave_superscripts():
    lines = ["Seite \u0663", "Preis \uff11\uff12 Euro", "m\u00b2 and \u00bd", "No number here", "Page 7"]
    ctx = Context(Document(tuple(Block(k, k + 1, t) for k, t in enumerate(lines))))
    assert ctx.digit_blocks() == {0, 1, 4}
    assert fold_digits("Preis \uff11\uff12 Euro, \u0663\u0664 und 7") == "Preis 0 Euro, 0 und 0"


# (tspeed161) a tail's bar looked for only in a line that may hold one; calls to action tried where
# one of their first words stands
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab |·•–—\t-:", max_size=14))
def test_tail_bar_is_searched_only_where_a_line_may_hold_one(text):
    assert headings._TAIL_BAR.search(text) is None or "|" in text or not text.isascii()


def test_the_tail_bars_ascii_mark_is_the_bar_alone():
    assert [chr(c) for c in range(128) if headings._TAIL_BAR.search(f" {chr(c)} ")] == ["|"]


CTA_PARTS = ["subscribe", "Subscribe", "sign", "up", "sign up", "now", "to", "our", "newsletter", "follow", "us",
             "signup", "subscribed", "x", "", "-", "'", "_", "2", "the", "click", "here", "download", "app", "ſign"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(CTA_PARTS), max_size=8).map(" ".join))
def test_calls_to_action_tried_at_their_first_words_decide_as_the_search(text):
    from cleanscrape.rules import content
    from cleanscrape.text import letter_words

    low, toks = text.lower(), letter_words(text)
    if content._CTA_FIRST is not None and content._CTA_FIRST.isdisjoint(toks):
        return  # (the rule asks only of a line that holds one of the words)
    assert content._calls_to_action(low, toks) == (content._CALL_TO_ACTION.search(low) is not None)


def test_calls_to_action_are_found_at_their_words():
    from cleanscrape.rules import content
    from cleanscrape.text import letter_words

    for text, want in (("Sign up for our newsletter", True), ("Click here to subscribe", True),
                       ("The signup sheet was full", False), ("Subscribers rose, the report says", False)):
        assert content._calls_to_action(text.lower(), letter_words(text)) is want


# (tspeed164) the full stop's breaks searched from just before each full stop that has its tail; the keys
# that fold a line's numbers take a line with no digit as it is
_STOP_OLD = re.compile(r"(\S{1,60})\.[\"'”’»)\]]{0,4}\s+[\"'“‘«(\[]{0,4}[A-Z0-9\u00C0-\u024F]")
STOP_PARTS = ["It", "is.", "Then", "U.S.", "Dr.", "\"Yes.\"", "A.", "b", "—", "a.b.c.", "end.”", "(Now", "1.5", "x" * 59,
              "x" * 60 + ".", "y" * 61 + ".", "«Non.»", ".", "..", "é.", "Ça", "\u00a0", "\t", ".)]'\"", "", " "]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(STOP_PARTS), max_size=12).map(" ".join) | st.text(alphabet="aB. .\"'”’»)]“‘«([\tUÀ9\u00a0\n", max_size=90))
def test_full_stop_breaks_are_the_patterns_matches(text):
    from cleanscrape.text import _stop_breaks

    assert [(m.span(), m.group(1)) for m in _stop_breaks(text)] == [(m.span(), m.group(1)) for m in _STOP_OLD.finditer(text)]


def test_full_stop_breaks_count_sentences_not_abbreviations():
    from cleanscrape.text import full_stop_breaks

    assert full_stop_breaks("It is over. Then the rain came. " + "x" * 200 + ". Now") == 2  # (`came. xxx`: no capital)
    assert full_stop_breaks("The U.S. Army and Dr. Roe met at 9 a.m. on Sunday") == 0
    assert full_stop_breaks("word" * 20 + ". Then") == 1  # (a long word: its last STOP_WORD_MAX characters read)


def test_keys_of_a_line_without_digits_are_its_words():
    from cleanscrape.rules.signature import line_key
    from cleanscrape.rules.teasers import _trailer_key, shouted_headline

    for text in ("Written by Ana Ruiz", "Tags: harbour, ferry", "12 comments", "Read more ‹ 3 ›", "Seite \u0663 von 9"):
        plain = not DIGIT_RUN.search(text)
        assert line_key(text, not plain) == line_key(text)
        assert _trailer_key(text, not plain) == _trailer_key(text)
    assert line_key("12 Comments so far") == "0 comments" and _trailer_key("12 comments") == "0 comments"
    assert shouted_headline("SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS' TONIGHT")
    assert not shouted_headline("SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS' TONIGHT.")  # (a sentence)
    assert not shouted_headline("Sean Spicer eliminated from 'Dancing With the Stars' tonight")


# (tspeed165) CS308's labelled and yearless times tried only on a line keyed by a label's word
def test_bare_time_keys_never_run_on_from_a_label_word():
    from cleanscrape.datewords import PUBLISHED_WORDS
    from cleanscrape.rules.base import _start_keys
    from cleanscrape.rules.vocab import RELATIVE_TIME_STARTS

    labels = headings._LABEL_KEYS
    assert labels == _start_keys(PUBLISHED_WORDS)
    assert headings._RELATIVE_KEYS == labels | _start_keys(RELATIVE_TIME_STARTS)  # (each phrase keyed alone)
    # a line that opens on a label's word is keyed by that word or by a longer run of letters from it
    assert not [k for k in headings._RELATIVE_KEYS - labels for w in labels if k.startswith(w)]


_LABEL_PARTS = ["Published", "UPDATED", "Posted:", "Aktualisiert am", "Publié", "Stand", "2 hours ago", "Nov 19, 6:55 AM",
                "vor 3 Stunden", "yesterday", "Today", "hace 5 minutos", "|", ";", "·", ":", "3", "ago", "Updatedtoday", "\t", ""]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LABEL_PARTS), min_size=1, max_size=6).map(" ".join))
def test_labelled_times_are_found_on_label_keys_only(text):
    from cleanscrape.text import first_words

    labelled = compile_pattern(headings._LABELLED_RELATIVE, "i")
    yearless = compile_pattern(headings._LABELLED_YEARLESS, "i")
    key = first_words([text], [len(text)], 1 << 30)[0]
    if key in headings._RELATIVE_KEYS and key not in headings._LABEL_KEYS:
        assert labelled.fullmatch(text) is None and yearless.fullmatch(text) is None


def test_labelled_time_rule_keeps_its_findings():
    story = "The council voted on Tuesday to keep the library open, after a long debate that ran late into the night."
    for line, want in (("Updated 3 hours ago", True), ("Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM", True),
                       ("Yesterday the ferry ran late", False)):  # (a bare time's word, no label: not this rule's)
        labels = Pipeline().label(read_text(f"Harbour news\n{line}\n{story}\n")).labels
        assert (labels[1] is not None and labels[1].code == "CS308") is want, line


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=30) | st.lists(st.sampled_from(["日本", "語", "한국", "カナ", "\u3040", "\u303f", "\ud7af", "\ud7b0", "\u2019",
                                                        "é", "a", " ", "\ud800", "\ue000", "\u9fff", "\u3400"]),
                                       max_size=8).map("".join))
def test_cjk_count_counts_what_the_pattern_finds(text):
    # (none found by the first bytes of the line's UTF-8, a lone surrogate's too; else the pattern counts)
    assert cjk_count(text) == len(CJK_CHAR.findall(text))


def test_line_rules_decide_a_line_they_tried_before_as_they_did():
    # (each line rule of a batch remembers its verdict on a line: a page labelled again, and a page
    # after the remembered lines were forgotten, is labelled as the first time)
    from cleanscrape import engine

    page = "Harbour news\nLeave a comment\n12 comments\nFollow us on Twitter\n" + \
        "The council voted on Tuesday to keep the library open, after a long debate.\n"
    pipe = Pipeline()
    first = pipe.label(read_text(page)).labels
    assert pipe.label(read_text(page)).labels == first
    for step, _, _ in pipe._steps:
        if isinstance(step, engine._LineBatch):
            for seen in step.tried:
                seen.clear()
                seen.update((f"line {k}", False) for k in range(engine.TRIED_MAX))
    assert pipe.label(read_text(page)).labels == first
    assert all(len(seen) <= engine.TRIED_MAX for step, _, _ in pipe._steps
               if isinstance(step, engine._LineBatch) for seen in step.tried)
