"""Small text measures shared by rules: words, case shape, sentence shape."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate, repeat

from .lang import words as lang_words
from .patterns import compile_pattern, words_alternation
from .typed import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterator

_WORD: re.Pattern[str] = compile_pattern(r"\w+(?:['’]\w+)*", "")
# lines whose shape tests below are remembered (pure functions of the text: every rule asks
# of the same lines, three or four times each): a few pages' lines, and no more lines kept
# alive than content scoring's cache of block classes already keeps (``CLASS_CACHE``)
TEXT_CACHE = 8192
_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-",
})
_NON_WORD = compile_pattern(r"[\W_]+", "")


def _ascii_table(keep: str) -> bytes:
    """A ``bytes.translate`` table for ASCII text: capitals lowered, the characters of ``keep``
    (lower case) kept, every other byte a space. Splitting what it gives at the spaces gives
    the runs of ``keep`` of the lowered text, as a pattern's ``findall`` would, at C speed."""
    return bytes(ord(ch.lower()) if ch.lower() in keep else 32 for ch in map(chr, range(256)))


_ASCII_LETTERS = _ascii_table("abcdefghijklmnopqrstuvwxyz")  # (``LETTER_RUN``'s runs in lowered ASCII text)
_ASCII_WORD_CHARS = _ascii_table("abcdefghijklmnopqrstuvwxyz0123456789")  # (the runs ``_NON_WORD`` leaves of lowered ASCII)
# characters that print nothing: a line of only these (and spaces) is empty to a reader
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
SENTENCE_END = frozenset(".!?…。！？\u0964\u0965\u06d4\u061f")  # and the danda (Hindi), Urdu and Arabic stops
# what may end a block of text: a sentence's end, a colon or semicolon, a closing quote or bracket
TERMINAL = SENTENCE_END | frozenset(":;\"'”’»)]")
# closers that may follow the sentence-ending mark
CLOSERS = "\"'”’»“«)]"  # quotes and brackets that may stand after a sentence's end
_SENT_BREAK = compile_pattern(r"[.!?…][\"'”’»)\]]*\s+[\"'“‘«(\[]*[A-Z0-9\u00C0-\u024F]", "")


_FIRST = compile_pattern(r"[^\W\d_]+|\d", "")
# the end of a label that leads into the next line: `In this article:`, `News provided by`
_LEADS_ON = compile_pattern(rf"(?::|：|\b{words_alternation(lang_words('label_ends'))})\s*$", "i")
# the ASCII characters such a label's last one (before white space) may be: an ASCII line that
# ends on none of them needs no search. Only when every label word ends in an ASCII letter
# (two ASCII characters match case aside only when they lower alike; a word ending in another
# letter, such as `ſ`, could match an ASCII one): else None, and every line is searched
_LEADS_ON_ENDS = frozenset(":" + "".join(w[-1:].lower() + w[-1:].upper() for w in lang_words("label_ends"))) \
    if all(w[-1:].isascii() and w[-1:].isalpha() for w in lang_words("label_ends")) else None


STEM_LETTERS = 5  # letters that compare two long words (inflections fold: `Kinder`, `Kindern`); shorter words are mostly function words
LONG_WORD = compile_pattern(rf"[^\W\d_]{{{STEM_LETTERS},}}", "")


def long_word_stems(text: str) -> set[str]:
    """The stems of ``text``'s long words: what tells that two lines speak of the same thing
    (a subheading and the paragraphs around it) in any language with word spaces."""
    return {w.lower()[:STEM_LETTERS] for w in LONG_WORD.findall(text)}


LETTER_RUN: re.Pattern[str] = compile_pattern(r"[^\W\d_]+", "")  # a run of letters: a word without digits or marks
# marks that open or close a word (none a letter, a digit or `_`): stripped, a word of letters is left
_EDGE_MARKS = ".,;:!?\"'()[]{}«»“”‘’—–-…/*•|"
# the marks outside ASCII that text in Latin letters prints most (curly quotes, dashes, an ellipsis, a
# no-break space): none a letter, a digit or `_`, so each ends a run of letters as a space does
_WIDE_MARKS = "\u2019\u2018\u201c\u201d\u2014\u2013\u2026\xa0"
# a digit, found fast: one class test steps over what no digit is (ASCII but 0-9, and everything below
# U+0660, where the first digit outside ASCII stands), ``\d`` tried only on the rest (the matches ``\d`` finds)
DIGIT_FIRST = r"[^\x00-/:-\u065f](?<=\d)"
DIGIT_RUN: re.Pattern[str] = compile_pattern(DIGIT_FIRST + r"\d*", "")  # a run of digits: a number, folded where shapes compare

# the first byte of the UTF-8 of every digit outside ASCII (``\d`` past `9`, U+0660 on: Arabic-Indic to
# U+07C0, the Indic and South-East Asian scripts, U+A620 to U+ABF9, full width, U+104A0 on), as this
# Python's Unicode tables place them (``tests/test_fast_scans.py`` checks every such digit's); curly
# quotes, dashes and accented letters start with none of these
_WIDE_DIGIT_LEADS = b"\xd9\xdb\xdf\xe0\xe1\xea\xef\xf0"
_DIGIT_MARK = 48  # `0`: how ``_DIGIT_MARKS`` marks a byte a digit's may be
ASCII_END = 128  # bytes (and code points) under this are ASCII: in UTF-8 such a byte is that character
# a line's UTF-8 byte by byte as ``digit_lines`` reads it: an ASCII digit or such a first byte ``_DIGIT_MARK``,
# every other a space
_DIGIT_MARKS = bytes(_DIGIT_MARK if chr(i).isdigit() and i < ASCII_END or i in _WIDE_DIGIT_LEADS else 32 for i in range(256))


def digit_lines(texts: list[str]) -> frozenset[int]:
    r"""The indices of the ``texts`` that hold a digit (``\d``, as ``DIGIT_RUN`` reads one), found in C
    over their UTF-8 end to end, each byte marked by one table (``_DIGIT_MARKS``): a line is taken at
    its first ASCII digit, or, where its first mark is a byte that opens a digit outside ASCII (or
    another character of that block), when ``DIGIT_RUN`` finds a digit in it; then the search goes
    on at the next line. (A pattern's class test per character costs several times the table's step.)"""
    try:
        data = list(map(str.encode, texts))
    except UnicodeEncodeError:  # (a lone surrogate: its bytes, no digit's)
        data = list(map(str.encode, texts, repeat("utf-8"), repeat("surrogatepass")))
    raw = b"".join(data)
    marks = raw.translate(_DIGIT_MARKS)
    starts = list(accumulate(map(len, data), initial=0))  # (each line's first byte; an empty line's is the next's)
    found = []
    pos = marks.find(_DIGIT_MARK)
    while pos >= 0:
        k = bisect_right(starts, pos) - 1  # (past the empty lines that start where line ``k`` does)
        if raw[pos] < ASCII_END or DIGIT_RUN.search(texts[k]) is not None:
            found.append(k)
        pos = marks.find(_DIGIT_MARK, starts[k + 1])  # (the next line)
    return frozenset(found)


def fold_digits(text: str) -> str:
    """``text`` with each run of digits as one ``0``: lines that differ only in their numbers
    (an age, a time, a count) fold to the same key."""
    return DIGIT_RUN.sub("0", text)



def _without_wide_marks(text: str) -> str:
    """``text`` with each of ``_WIDE_MARKS`` a space: what is left is ASCII on most lines of
    text in Latin letters, for the steps' ASCII paths."""
    for mark in _WIDE_MARKS:
        if mark in text:
            text = text.replace(mark, " ")
    return text


def letter_runs(text: str) -> tuple[str, ...]:
    """The runs of letters of the lowercased ``text`` (``LETTER_RUN.findall(text.lower())``),
    not remembered: for a block's head, which no other step asks of."""
    if text.isascii():  # (in ASCII the letters are `a-z` once lowered: one table lowers and splits it in C)
        return tuple(text.encode().translate(_ASCII_LETTERS).decode().split())
    bare = _without_wide_marks(text)  # (none a letter: a space in its place ends a run as it does)
    if bare.isascii():  # (English with curly quotes and dashes: the ASCII split, in C)
        return tuple(bare.encode().translate(_ASCII_LETTERS).decode().split())
    # (word by word: white space is no letter, so no run crosses it; a word of letters is one run,
    # as it is once the marks round it, which are no letters, are stripped; a number holds none)
    out: list[str] = []
    for word in text.lower().split():
        if word.isalpha():
            out.append(word)
            continue
        core = word.strip(_EDGE_MARKS)
        if core.isalpha():
            out.append(core)
        elif core.isascii():
            out += core.encode().translate(_ASCII_LETTERS).decode().split()
        elif not core.isdecimal():
            out += LETTER_RUN.findall(core)
    return tuple(out)


@lru_cache(maxsize=TEXT_CACHE)
def letter_words(text: str) -> tuple[str, ...]:
    """The runs of letters of the lowercased line: the words the language sample, content
    scoring's block classes and the block model's word features read (each of a line's first
    few hundred characters: the same words when the line is shorter), split once."""
    return letter_runs(text)


@lru_cache(maxsize=TEXT_CACHE)
def leads_on(text: str) -> bool:
    """The line ends like a label whose value is on the next line, never like a headline."""
    if _LEADS_ON_ENDS is not None:
        last = text.rstrip()[-1:]  # (the pattern's ``\s*`` is what ``rstrip`` takes: the same white space)
        if last.isascii() and last not in _LEADS_ON_ENDS:
            return False  # (an ASCII end no label's end matches: most lines end on `.` or a digit)
    return _LEADS_ON.search(text[-8:]) is not None


_DOT_ABOVE = "\u0307"  # the combining dot a Turkish capital `İ` keeps when lowered (`i` and this)
DOTLESS_I = "\u0131"  # Turkish `ı`, whose capital is `I` (lowered: `i`)


def case_forms(word: str) -> frozenset[str]:
    """A listed word (lower case) and the forms its capitals lower or casefold to in Turkish, where
    `İ` lowers to `i` and a combining dot and `I` to `i`: `video` also as `vi̇deo` (`VİDEO`), `izle` as
    `i̇zle` (`İzle`), `kasım` as `kasim` (`KASIM`). Keys and word lists hold them all, so a line's word
    is looked up lowered as it is (no folding per line) and a word listed once matches in any case.
    (A word listed with its capital, `İzle`, is read as its lower case: `izle`.)"""
    word = word.replace("i" + _DOT_ABOVE, "i")
    forms = {word}
    if "i" in word:
        forms.add(word.replace("i", "i" + _DOT_ABOVE))  # (every i a capital: `VİDEO`)
        if word[:1] == "i":
            forms.add("i" + _DOT_ABOVE + word[1:])  # (the first only: `İzle`)
    if DOTLESS_I in word:
        forms.add(word.replace(DOTLESS_I, "i"))  # `KASIM`, `Kasim`
        forms.add(word.replace("i", "i" + _DOT_ABOVE).replace(DOTLESS_I, "i"))  # (both: `İKİNCİ KISIM`)
    return frozenset(forms)


@lru_cache(maxsize=TEXT_CACHE)
def first_word(text: str) -> str:
    """The dispatch key of a line: its first word casefolded, ``#`` for a number,
    or its first character when it starts with punctuation ("©", "(", "«")."""
    m = _FIRST.match(text)
    if m is None:
        return text[:1]
    w = m.group().casefold()
    return "#" if w[:1].isdigit() else w


def first_words(texts: list[str], lens: list[int], limit: int) -> list[str]:
    r"""``first_word`` of each line up to ``limit`` characters long, ``""`` for longer ones. A
    line that opens on a word of letters and a space (or is that word), the common case, is
    keyed without the pattern: such a word is the pattern's run of letters (``isalpha`` letters
    are among ``[^\W\d_]``, and a space ends the run)."""
    out: list[str] = []
    add = out.append
    for t, n in zip(texts, lens):
        if n > limit:
            add("")
            continue
        w = t.partition(" ")[0]
        if w.isalpha():  # (a letter's casefolding opens on no digit: no `#` to give)
            add(w.casefold())
        else:
            add(first_word(t))
    return out


_PUNCT_TOKENS = frozenset("- – — | / \\ · • * & + = : ; , . … ! ? \" ' “ ” ‘ ’ « » ( ) [ ] > < › ‹ → ←".split())


_IS_PUNCT = _PUNCT_TOKENS.__contains__


# ASCII text as three bytes, for counting its tokens without cutting them out: each character
# ``str.split`` splits at a space, each mark ``_PUNCT_TOKENS`` holds `\x01`, every other one `a`
_COUNT_TABLE = bytes(32 if chr(i).isspace() else 1 if chr(i) in _PUNCT_TOKENS else 97 for i in range(256))
# (only while every bare mark is one character, a lone `\x01` between spaces: else every line is split)
_MARKS_ONE_CHAR = all(len(p) == 1 for p in _PUNCT_TOKENS)


def _ascii_word_count(text: str) -> int:
    """``word_count`` of an ASCII line, counted in C without cutting it into words: a token
    starts where a non-space follows a space (or the line's start); a bare mark is a `\x01`
    with a space on each side once every space is doubled (so two marks share none)."""
    t = b" " + text.encode().translate(_COUNT_TABLE) + b" "
    marks = t.count(b" \x01")
    n = t.count(b" a") + marks
    if marks:
        n -= t.replace(b" ", b"  ").count(b" \x01 ")
    return n


# the wide marks of ``_WIDE_MARKS`` as ASCII ones that split and count alike: a bare mark for a bare
# mark (each side's is in ``_PUNCT_TOKENS``), white space for the no-break space
_WIDE_AS_ASCII = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2014", "-"),
                  ("\u2013", "-"), ("\u2026", "."), ("\xa0", " "))


def _ascii_marks(text: str) -> str:
    """``text`` with each wide mark its ASCII twin: ASCII on most lines in Latin letters."""
    for mark, twin in _WIDE_AS_ASCII:
        if mark in text:
            text = text.replace(mark, twin)
    return text


# characters: a shorter line's words are counted off its split (a few words: fewer calls in C than the
# table's count takes); a longer one's by the table (measured on scrapinghub's lines: split under 60)
SPLIT_COUNT_UNDER = 60


@lru_cache(maxsize=TEXT_CACHE)
def word_count(text: str) -> int:
    """Whitespace-separated tokens, bare punctuation aside (cheaper than ``words``)."""
    if _MARKS_ONE_CHAR and len(text) >= SPLIT_COUNT_UNDER:  # (most longer lines, with their curly quotes
        # and dashes: counted without the list of words)
        bare = text if text.isascii() else _ascii_marks(text)
        if bare.isascii():
            return _ascii_word_count(bare)
    ws = text.split()
    if _PUNCT_TOKENS.isdisjoint(ws):  # (most lines hold no bare mark: one pass in C, no call per word)
        return len(ws)
    return len(ws) - sum(map(_IS_PUNCT, ws))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


@lru_cache(maxsize=TEXT_CACHE)
def norm_key(text: str) -> str:
    """A comparison key: NFKC, straight quotes and dashes, case and punctuation folded."""
    if text.isascii():  # (NFKC leaves ASCII as it is, the quotes' table maps only "`" of it, and
        # casefolding it is lowering it: the same key, without the per-character tables)
        # (the table maps the quote and every other mark to a space, as the pattern's ``sub`` did)
        return " ".join(text.encode().translate(_ASCII_WORD_CHARS).decode().split())
    bare = _without_wide_marks(text)  # (each mark a space either way: NFKC and the quotes' table make it a mark,
    if bare.isascii():  # or spaces, that the pattern's ``sub`` makes a space; nothing composes with a space)
        return " ".join(bare.encode().translate(_ASCII_WORD_CHARS).decode().split())
    t = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(_NON_WORD.sub(" ", t).split())


# a line that reports speech ("..., she said."): body text, not a caption or a site's placeholder
REPORTED_SPEECH = compile_pattern(rf"\b{words_alternation(lang_words('speech_verbs'), ' ')}\b", "")


_ABBREV_END = compile_pattern(
    rf"(?:\b(?:[A-Z]\.){{1,3}}|\b{words_alternation(lang_words('sentence_abbreviations'))}\.)$", "")


# thresholds of the shape tests below
ABBREV_SPAN = 7  # characters from the last space to the end: a longer last word is no abbreviation (` approx.`)
LONG_LINE_CHARS = 80  # a line this long that closes on one capital and a dot ends a sentence (`Serie B.`)
CAPITAL_STOP_WORD = 3  # characters from the last space to the end: ` B.`
CASELESS_NAME_MAX = 4  # characters: CJK names run two to four
HEADLINE_MAX_CHARS = 200  # a longer line is a paragraph, whatever its shape
HEADLINE_MAX_WORDS = 40  # more words than this are no headline
CJK_MIN_CHARS = 4  # this many CJK characters: the line is counted in characters, not words
CJK_HEADLINE_MIN, CJK_HEADLINE_MAX = 8, 60  # characters of a CJK headline
KICKER_MIN_CHARS, KICKER_MAX_CHARS = 2, 12  # a kicker in capitals before `. ` (`VIDÉO.`, `EXCLUSIF.`)


# a list item's mark, as a naive text dump leaves it: a bullet sign or a number, then a space
_LIST_MARK = compile_pattern(r"([-+*•·–—▪►‣◦])[ \t]|\d{1,3}[.)][ \t]", "")


def list_mark(text: str) -> str | None:
    """The list mark ``text`` opens with (`+ `, `• `; every number, `3. `, counts as one mark), or None."""
    m = _LIST_MARK.match(text)
    return None if m is None else (m.group(1) or "#")


# ...and an item's mark, an arrow too (`→ Ferry fares rise`: a list of links)
_ITEM_MARK = compile_pattern(r"[-+*•·–—▪►‣◦→➔➜▸›»][ \t]|\d{1,3}[.)][ \t]", "")


# the first characters an item's mark can open with (digits aside): most lines open with none,
# and the test spares them the match (CS216 asks it of every line of every page)
_ITEM_FIRST = frozenset("-+*•·–—▪►‣◦→➔➜▸›»")


def list_item(text: str) -> str | None:
    """The text of a list's item after its mark (`• Ferry fares rise`, `→ Ferry fares rise` -> `Ferry
    fares rise`), or None when ``text`` opens with no mark of a list's item."""
    first = text[:1]
    if first not in _ITEM_FIRST and not first.isdecimal():
        return None
    m = _ITEM_MARK.match(text)
    return None if m is None else text[m.end():].strip()


@lru_cache(maxsize=TEXT_CACHE)
def ends_sentence(text: str) -> bool:
    """True when ``text`` ends like a sentence: . ! ? … possibly inside quotes.

    A full stop that closes an abbreviation (``U.S.``, ``Inc.``) does not count.
    """
    t = text.rstrip().rstrip(CLOSERS)
    if not t or t[-1] not in SENTENCE_END:
        return False
    if t[-1] != ".":
        return True
    space = t.rfind(" ")
    if len(t) - space > ABBREV_SPAN and not t[-2].isupper():  # a long last word is no abbreviation
        return True
    if len(t) >= LONG_LINE_CHARS and len(t) - space == CAPITAL_STOP_WORD:
        return True  # `... a place in the playoffs of Serie B.`: one capital closing a long line ends it
    return not _ABBREV_END.search(t[-12:])


def sentence_breaks(text: str) -> int:
    """How many sentence boundaries sit inside ``text`` (not counting its end)."""
    return len(_SENT_BREAK.findall(text))


STOP_WORD_MAX = 60  # characters of the word before a full stop that is read (bounded: the pattern stays linear)
# a full stop, its closing quotes, white space and the capital (or digit) opening the next sentence
_STOP_TAIL = r"\.[\"'”’»)\]]{0,4}\s+[\"'“‘«(\[]{0,4}[A-Z0-9\u00C0-\u024F]"
_STOP_BREAK = compile_pattern(rf"(\S{{1,{STOP_WORD_MAX}}}){_STOP_TAIL}", "")
_STOP_AFTER = compile_pattern(_STOP_TAIL, "")  # (opens on a full stop: the engine skips to each one)
_ABBREV = frozenset(lang_words("stop_abbreviations"))


def _stop_breaks(text: str) -> Iterator[re.Match[str]]:
    """``_STOP_BREAK.finditer(text)``, each match searched for from STOP_WORD_MAX characters before
    the next full stop that has its tail (``_STOP_AFTER``, the engine skipping to each full stop):
    every match's word ends on such a full stop, this one or a later one, and is STOP_WORD_MAX
    characters at most, so none starts earlier. (Searched from each place of a line, the word's
    run was tried at every one: some 50,000 instructions a headline-shaped line.)"""
    pos = 0
    while (stop := _STOP_AFTER.search(text, pos)) is not None:
        m = _STOP_BREAK.search(text, max(pos, stop.start() - STOP_WORD_MAX))
        if m is None:
            return
        yield m
        pos = m.end()


def full_stop_breaks(text: str) -> int:
    """Sentence boundaries made by a full stop ("It is. Then"), abbreviations aside
    (``U.S. Army``, ``Dr. Roe``). A headline may hold a '?' or ':' break, never this."""
    n = 0
    for m in _stop_breaks(text):
        word = m.group(1).rstrip(".").lstrip("\"'“‘(")
        if len(word) <= 1 or word.lower() in _ABBREV or "." in word:
            continue
        n += 1
    return n


def heading_like(text: str, max_words: int = 22) -> bool:
    """A line that reads like a headline: short, one clause, no sentence end.

    A question mark or exclamation mark may end a headline; a full stop may not.
    """
    return 0 < heading_words(text) <= max_words


def caseless_name(word: str) -> bool:
    """A short word of a script without case (CJK names run two to four characters):
    what a capital letter says of a Latin name, its script cannot."""
    c = word[:1]
    return 0 < len(word) <= CASELESS_NAME_MAX and not c.isascii() and c.isalpha() and c.upper() == c.lower()


CJK_CHAR = compile_pattern(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", "")  # kana, CJK ideographs, hangul
# the UTF-8 of each character ``CJK_CHAR`` takes (U+3040 to U+D7AF) opens on a byte from E3 to ED: a line
# whose UTF-8 holds none holds no such character (most lines outside ASCII: Latin letters, curly quotes)
_CJK_LEADS = bytes(1 if 0xE3 <= i <= 0xED else 0 for i in range(256))


def cjk_count(text: str) -> int:
    """``len(CJK_CHAR.findall(text))``, the kana, CJK ideographs and hangul of ``text``: none, found in C
    by the first bytes of its UTF-8 (a table marks those that may open one), unless some byte may."""
    if text.isascii() or 1 not in text.encode("utf-8", "surrogatepass").translate(_CJK_LEADS):
        return 0
    return len(CJK_CHAR.findall(text))
_CJK_STOPS = frozenset("。！？；，、")  # a line that ends so is a sentence, not a headline


@lru_cache(maxsize=TEXT_CACHE)
def heading_words(text: str) -> int:
    """The number of words of ``text`` when it is headline-shaped, else 0."""
    t = text.strip()  # (the line itself, no copy, when it has no white space at either end)
    if not t or len(t) > HEADLINE_MAX_CHARS:
        return 0
    head = t[0]
    if head in "(（" and t[-1] in ")）":
        return 0  # a note in parentheses: `（原标题：...）` (the story's original title), `(Updated)`
    cjk = 0 if t.isascii() else cjk_count(t)  # (``cjk_count``'s own first test inline: most lines are ASCII)
    if cjk >= CJK_MIN_CHARS:  # a script with no spaces and no case: its words are counted in characters
        if t[-1] in _CJK_STOPS or not CJK_HEADLINE_MIN <= cjk <= CJK_HEADLINE_MAX:
            return 0
        if t[-1] == "." and not t.endswith("..") or ". " in t:
            return 0  # Korean ends its sentences with a full stop, as Latin text does
        return max(2, cjk // 2)
    if head.islower() or not (head.isalpha() or head.isdigit() or head in "\"'“‘«¿¡„‚»‹"):
        return 0  # (a script with no case, Arabic or Hebrew, opens a headline with any letter)
    last = t[-1]
    if last in CLOSERS:
        body = t.rstrip(CLOSERS)
        last = body[-1:]
    if last == "," or last == ";" or (last == "." and not t.endswith("...") and ends_sentence(t)):
        return 0
    n = word_count(t)
    if not n or n > HEADLINE_MAX_WORDS:
        return 0
    stop = t.find(". ")  # (found once: most lines hold none, and need no pieces cut)
    if KICKER_MIN_CHARS <= stop <= KICKER_MAX_CHARS and t[:stop].isupper() and t[:stop].isalpha() \
            and t[stop + 2:stop + 3].isupper():
        t = t[stop + 2:]  # `VIDÉO. Incendie d'un entrepôt ...`, `EXCLUSIF. ...`: a kicker in capitals, then the headline
        stop = t.find(". ")
    if (stop >= 0 or "? " in t or "! " in t or "… " in t) and (
            sentence_breaks(t) > 1 or (stop >= 0 and full_stop_breaks(t))):
        return 0
    return n


_ASCII_DIGITS = bytes(i for i in range(128) if chr(i).isdigit())  # (`0-9`: the ASCII ``str.isdigit`` takes)
_ASCII_ALPHA = bytes(i for i in range(128) if chr(i).isalpha())  # (`a-zA-Z`: the ASCII ``str.isalpha`` takes)


def figures_line(text: str) -> bool:
    """More digits than letters: a line of numbers and symbols (an index quote `Brent 83.61
    +1.79%`, a clip's length `▶ 02:14`, a schedule's `14:15`, a score), never a headline."""
    bare = text if text.isascii() else _without_wide_marks(text)  # (curly quotes, dashes: no digit, no letter)
    if bare.isascii():  # (counted in C: an ASCII line's digits are `0` to `9`, its letters `a-zA-Z`, what
        # ``str.isdigit`` and ``str.isalpha`` take of ASCII; each count is the bytes deleting them takes away)
        b = bare.encode()
        digits = len(b) - len(b.translate(None, _ASCII_DIGITS))
        return digits > 0 and digits > len(b) - len(b.translate(None, _ASCII_ALPHA))
    digits = sum(map(str.isdigit, text))
    return digits > 0 and digits > sum(map(str.isalpha, text))


MENU_ITEMS = 4  # pieces between bars: `Home | News | Sport | Culture` is a menu; a headline has one bar or two
MENU_ITEM_WORDS = 3  # words of a menu's item at most (`Home`, `Local news`, `Arts and culture`)


@lru_cache(maxsize=TEXT_CACHE)
def menu_line(t: str) -> bool:
    """A line of short items between bars or dots, in any language: a site's menu, which
    reads as a headline by its shape but never heads a story."""
    if "|" not in t and "·" not in t and "•" not in t:
        return False  # (no bar at all: most lines; three searches, not three counts)
    for bar in (" | ", " · ", " • "):
        if t.count(bar) >= MENU_ITEMS - 1:
            return all(0 < len(p.split()) <= MENU_ITEM_WORDS for p in t.split(bar))
    return False


def symbol_at_an_end(t: str) -> bool:
    """A symbol (an arrow, a bullet, a currency or maths sign) opens or closes the line ``t``,
    already stripped: a link's or a button's mark (`Watch the full report →`, `▶ Play`)."""
    return bool(t) and (unicodedata.category(t[0])[0] == "S" or unicodedata.category(t[-1])[0] == "S")


def comma_list(value: str) -> tuple[str, ...]:
    """The items of a comma-separated setting: ``"CS1, pipe-credit"`` -> ``("CS1", "pipe-credit")``."""
    return tuple(v.strip() for v in value.split(",") if v.strip())
