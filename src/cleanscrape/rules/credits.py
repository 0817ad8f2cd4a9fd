"""Image credits and photo captions."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from ..typed import TYPE_CHECKING

from ..lang import words as lang_words
from ..document import Finding, Hints, Role
from ..patterns import compile_pattern, phrase_expansions, phrases_alternation, words_alternation
from ..text import CJK_CHAR, REPORTED_SPEECH, TEXT_CACHE, caseless_name, ends_sentence, sentence_breaks, words
from .base import ARTICLE_LABELS, META_ROLES, Context, Rule, _start_keys, line_rule
from .headings import byline_fields, slot_pipe_bylines
from .vocab import AGENCIES, CREDIT_CONNECTORS, CREDIT_LABELS, REPORTING_CREDIT_STARTS

if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

    from ..patterns import Pattern

_AGENCY = words_alternation(AGENCIES)
# Wire credits are often set in capitals (KEYSTONE/Name, XINHUA): a line with a word of
# five capitals or more is tried again with those words capitalised (`Keystone/Name`),
# which keeps the patterns exact-case (small, quick). The generic words among the
# agencies (Staff, File, Handout...) are not retried: in capitals they are headings.
_SHOUTED = compile_pattern(r"[A-Z](?<![\w-][A-Z])[A-Z-]{4,}(?![\w-])", "")  # (the lookbehind after the first
# capital, not before it: the search skips in C to the capitals; the same matches)
_GENERIC = frozenset(lang_words("generic_credits"))


def _spellings(text: str) -> tuple[str, ...]:
    """The line, and the line with its words in capitals capitalised when it has any."""
    if _SHOUTED.search(text) is None:
        return (text,)
    return text, _SHOUTED.sub(lambda m: m.group() if m.group() in _GENERIC else m.group().capitalize(), text)


# Words that make a name part read like an organisation that supplies pictures.
_ORG_WORDS = words_alternation(lang_words("org_words"))
# A name part: 1-6 capitalised words (initials, particles and hyphens allowed).
_NAME_WORD = (r"(?:[\p{Lu}\d][\p{L}\p{M}'’.\-]*|"
              + words_alternation(lang_words("credit_name_words"), r"[-\s]", longest_first=False) + ")")
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,5}}"
# A part of a credit: an agency or a name. Every agency is NAME-shaped but these few, so
# the part is spelled without the agency list (the same strings, in a pattern several
# times quicker to compile and to run); `_has_picture_source` checks an agency is there.
_UNNAMED_AGENCIES = tuple(a for a in AGENCIES if compile_pattern(_NAME, "").fullmatch(a) is None)
_PART_SHAPE = rf"(?:{_NAME}|{words_alternation(_UNNAMED_AGENCIES)})" if _UNNAMED_AGENCIES else _NAME

# a person's name: two or three capitalised words
_PERSON = r"\p{Lu}[\p{L}\p{M}'’.\-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.\-]+){1,2}"

_PIPE_CREDIT = rf"{_PART_SHAPE}(?:[ \t]*\|[ \t]*{_PART_SHAPE}){{1,3}}"


_SOURCE = rf"\b(?:{_AGENCY}|{_ORG_WORDS})\b"
# the words of a picture credit (`Photo`, `Foto`), as printed at the start of a parenthesis
_PICTURE_WORDS = lang_words("picture_credit_words")
_PICTURE = words_alternation(_PICTURE_WORDS, longest_first=False)
_PICTURE_CAPITALISED = words_alternation(tuple(w[:1].upper() + w[1:] for w in _PICTURE_WORDS), longest_first=False)
# (`AP Photo` is an agency of the list)
_PAREN_ONLY = rf"\((?:{_AGENCY}|{_PICTURE_CAPITALISED})[^()\n]{{0,80}}\)"
_PHOTO_WORDS = lang_words("photo_words")
_ARCHIVE = words_alternation(lang_words("archive_words"))
# (words20) `via`, `for`, `the`, `Pool` and the courtesy labels: groups of the language files
_VIA = words_alternation(lang_words("agency_joiners"))
_FOR = words_alternation(lang_words("outlet_joiners"))
_VIA_KEYS = tuple(f" {w} " for w in lang_words("agency_joiners"))  # (the cheap tests first: ` via ` in a line)
_FOR_KEYS = tuple(f" {w} " for w in lang_words("outlet_joiners"))
_THE = words_alternation(tuple(dict.fromkeys(c for w in lang_words("definite_articles") for c in (w[:1].upper() + w[1:], w))))
_POOL = words_alternation(lang_words("pool_words"))
_BARE_AGENCY = (rf"(?:©[ \t]*|{words_alternation(_PHOTO_WORDS)}[ \t]+)?{_AGENCY}(?:[ \t]+(?:{_VIA}|/)[ \t]+{_AGENCY})?"
                rf"(?:[ \t]*[,/][ \t]*{_ARCHIVE}(?:[ \t]+{words_alternation(_PHOTO_WORDS)})?)?"
                # `dpa/kk`: the desk editor's initials after the agency
                r"(?:/[a-z]{1,4})?")


# The first word run (``\w+``) of each agency and desk word: a match of `_SOURCE` opens a word
# run of the line (`\b` before it), and that run ends where the word's own first run ends (a
# `\b`, or the word's next character, no word character, after it), so a line none of whose
# word runs is one of these holds no match. (Every word opens on a word character, else no gate.)
_WORD_RUN = compile_pattern(r"\w+", "")
_SOURCE_WORDS = (*AGENCIES, *lang_words("org_words"))
_SOURCE_RUNS: frozenset[str] | None = frozenset(
    m.group() for w in _SOURCE_WORDS if (m := _WORD_RUN.match(w.strip())) is not None) \
    if all(_WORD_RUN.match(w.strip()) for w in _SOURCE_WORDS) else None


@lru_cache(maxsize=TEXT_CACHE)
def _has_picture_source(text: str) -> bool:
    """A credit names an agency or a picture desk ("... Images", "... Press"). (Remembered: the
    credit rules ask of the same lines, and the search, a long alternation tried at every
    place, costs more than the look-up; a line none of whose word runs opens an agency or desk
    word is told without it.)"""
    if _SOURCE_RUNS is not None and _SOURCE_RUNS.isdisjoint(_WORD_RUN.findall(text)):
        return False
    return compile_pattern(_SOURCE, "").search(text) is not None


class PipeCreditRule(Rule):
    """
    What it removes: an image credit made of a photographer's name and one or
    more agencies, split by vertical bars.
    Why: pictures lose their credits when a scraper flattens the page; the
    credit line is left between the headline and the first paragraph.
    Example: `Ines Carter | Reuters`
    Example: `Tom Hale | Bloomberg | Getty Images`
    Kept: `Policy | Markets | Opinion` is a menu, not a credit (no agency or
    picture desk named); it is left to the chrome rules. `By Amy Kuperinsky | NJ Advance
    Media` is a byline, and so is `Priya Dunmere | AFP` where the page prints such a line
    over two headlines or more and no caption sentence over it (each story's byline).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        rx = compile_pattern(_PIPE_CREDIT, "")
        slot = None
        for i in ctx.blocks_with("|", limit=110):
            t = ctx.texts[i]
            if byline_fields(t):
                continue  # `By Amy Kuperinsky | NJ Advance Media`: a byline and its newsroom (CS301's)
            if slot is None:
                slot = slot_pipe_bylines(ctx)
            if i in slot:
                continue  # `Priya Dunmere | AFP` over each story's headline: the story's byline (CS301's)
            if ctx.is_open(i) and any(rx.fullmatch(v) and _has_picture_source(v) for v in _spellings(t)):
                yield self.finding(i, "names and an agency split by '|'")


CREDIT_PIPE = PipeCreditRule("CS101", "pipe-credit", "image credit of names and agencies split by '|'", Role.CREDIT)

_SLASH_CREDIT = (
    # REUTERS/Name, AFP/Name, Name/Agency, Name/Agency via Getty Images, Agency via Getty Images
    rf"(?:©[ \t]*)?(?:{_PART_SHAPE}[ \t]*/[ \t]*){{1,3}}{_PART_SHAPE}(?:[ \t]+{_VIA}[ \t]+{_PART_SHAPE})?"
    rf"(?:[ \t]*,[ \t]*(?:{_ARCHIVE}|{_POOL})(?:[ \t]+{words_alternation(_PHOTO_WORDS)})?)?"
    rf"|(?:©[ \t]*)?{_PART_SHAPE}[ \t]+{_VIA}[ \t]+{_AGENCY}"
    rf"|(?:©[ \t]*)?{_NAME}[ \t]+{_FOR}[ \t]+{_AGENCY}"
)
# `Judy Eddy/WENN.com`, `Lena Brandt / Bildagentur.de`: a name, then the agency as its web
# address (a domain names the picture's source as an agency's name does); no sentence: the
# line ends on the address
_DOMAIN = r"[\p{L}\d][\p{L}\d\-]{0,40}(?:\.[\p{L}\d\-]{1,40}){0,2}\.\p{Ll}{2,6}"
_DOMAIN_CREDIT = rf"(?:©[ \t]*)?(?:{_PART_SHAPE}[ \t]*/[ \t]*){{1,2}}{_DOMAIN}"
# (tried only on lines that end in a parenthesis or hold ` for `: one pattern fewer for the rest)
_OUTLET_CREDIT = (
    # `Carlos Prieto (EFE)`: the photographer, then the agency in parentheses
    rf"(?:©[ \t]*)?{_NAME}[ \t]*\([ \t]*{_AGENCY}[ \t]*\)"
    # `Mara Lindqvist for Valley Public Radio`: a photographer's name, then the outlet
    # the picture was made for, named by a picture-desk word at its end
    rf"|{_PERSON}[ \t]+{_FOR}[ \t]+(?:{_THE}[ \t]+)?(?:{_NAME_WORD}[ \t]+){{0,4}}{_ORG_WORDS}"
)


_AGENCY_STARTS = AGENCIES + ("©", "(", *_PHOTO_WORDS)
# `(KVBR)`, `(TruthLedger)`: one to three capitalised words in parentheses, alone on the line
_PAREN_NAME = r"\(\p{Lu}[\p{L}&.'’\-]{1,30}(?:[ \t]\p{Lu}[\p{L}&.'’\-]{1,30}){0,2}\)"
_AGENCY_KEYS = _start_keys(_AGENCY_STARTS)


SLASH_CREDIT_MAX = 110  # characters: a credit line (`Jan Vos/AP via Getty Images`), never a caption with it
SOURCE_MIN_CAPITALS = 2  # `(KVBR)`, `(TruthLedger)`: a name in capitals, not a word in parentheses


class SlashCreditRule(Rule):
    """
    What it removes: an agency credit such as `REUTERS/Name`, `Name/Agency`,
    `Name/Agency via Getty Images`, `Agency via Getty Images`, `(AP Photo/Name)`
    or a line that is only an agency's name.
    Why: wire pictures carry their credit as its own line once the layout is gone.
    Example: `Jan Vos/AFP via Getty Images`
    Example: `(AP Photo/Marco Dell)`
    Example: `Getty Images`
    Example: `KEYSTONE/Lea Imhof`, `AP Photo/Marco Dell, File`
    Example: `Carlos Prieto (EFE)`, `Mara Lindqvist for Valley Public Radio`
    Example: `(KVBR)` alone under a caption (a station's or a site's own picture)
    Example: `Judy Eddy/WENN.com` (the agency named by its web address)
    Kept: `Input/output costs rose` (no agency, not a name list); `STAFF` (a
    heading: generic credit words count only as written in credits); `Anna Berg/velmora.com
    said the report was late.` (a sentence); `By Ines Carter (AFP)` with no caption sentence
    over it (a byline: the author and the wire she writes for, CS301's).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        slash = compile_pattern(_SLASH_CREDIT, "")
        outlet = compile_pattern(_OUTLET_CREDIT, "")
        paren = compile_pattern(_PAREN_ONLY, "")
        bare = compile_pattern(_BARE_AGENCY, "")
        domain = compile_pattern(_DOMAIN_CREDIT, "")
        agency_starts = _AGENCY_KEYS
        texts = ctx.texts
        pool = sorted(set(ctx.starting_with(agency_starts)).union(
            ctx.blocks_with("/", *_VIA_KEYS, limit=SLASH_CREDIT_MAX),
            (i for i in ctx.blocks_with(")", limit=80) if texts[i][-1] == ")" and _has_picture_source(texts[i])),
            (i for i in ctx.blocks_with(*_FOR_KEYS, limit=110) if ctx.heading(i, 14))))
        named = compile_pattern(_PAREN_NAME, "")
        for i in ctx.blocks_with("(", limit=40):
            # `(KVBR)`, `(TruthLedger)` alone under a caption: the station or the site that made the picture
            if i > 0 and ctx.is_open(i) and ctx.is_open(i - 1) and named.fullmatch(texts[i]) and \
                    sum(ch.isupper() for ch in texts[i]) >= SOURCE_MIN_CAPITALS and ends_sentence(texts[i - 1]):
                yield self.finding(i, "a source's name alone in parentheses under a caption")
        for i in pool:
            t = texts[i]
            if len(t) > SLASH_CREDIT_MAX or not ctx.is_open(i) or _agency_byline(ctx, i):
                continue
            for v in _spellings(t):
                if bare.fullmatch(v):
                    yield self.finding(i, "a line that is only an agency's name")
                elif paren.fullmatch(v) or v[:1] == "(" and v[-1:] == ")" and "/" in v and \
                        _has_picture_source(v) and slash.fullmatch(v[1:-1].strip()):  # `(Jordan Vale/Getty Images)`
                    yield self.finding(i, "a parenthesised photo credit")
                elif ("/" in v or any(k in v for k in _VIA_KEYS) or any(k in v for k in _FOR_KEYS) or v.endswith(")")) \
                        and _has_picture_source(v) and (slash.fullmatch(v) or (
                            (any(k in v for k in _FOR_KEYS) or v.endswith(")")) and outlet.fullmatch(v))):
                    yield self.finding(i, "names and an agency joined by '/' or 'via'")
                elif "/" in v and "." in v and domain.fullmatch(v):
                    yield self.finding(i, "a name and an agency's web address joined by '/'")
                else:
                    continue
                break


def _agency_byline(ctx: Context, i: int) -> bool:
    """Line ``i`` opens on a byline word and gives a name, the agency in parentheses after it
    (`By Harriet Ashcombe (AFP)`, `Von Lorenz Sandau (dpa)`), and no caption stands over it (the
    line over it is no sentence ending on its stop): the story's byline in its header's slot,
    the author and the wire they write for, not a picture's credit (CS301's)."""
    t = ctx.texts[i]
    if t[-1:] != ")" or not byline_fields(t):
        return False
    return i == 0 or not (ends_sentence(ctx.texts[i - 1]) and not ctx.heading(i - 1, CAPTION_HEADLINE_WORDS))


CREDIT_SLASH = SlashCreditRule("CS102", "agency-credit", "agency credit: REUTERS/Name, Name/AFP via Getty Images, (AP Photo/Name)", Role.CREDIT,
                              reads=ARTICLE_LABELS, shapes=True)  # a name credit under an open line

_CREDIT_TEXT = r"[^\s.!?][^.!?]{0,90}"  # what a label introduces: up to a sentence's end
_PICTURE_BY = words_alternation(lang_words("picture_by"))


def _phrases(group: str) -> str:
    """A language group of phrase-grammar phrases as one alternation (spaces: runs of spaces and tabs)."""
    return phrases_alternation(lang_words(group))


CREDIT_LABELLED = line_rule(
    "CS103", "labelled-credit", Role.CREDIT,
    rf"(?i:{words_alternation(CREDIT_LABELS)})[ \t]*(?:{_PICTURE_BY}[ \t]+)?[:：][ \t]*{_CREDIT_TEXT}"
    rf"|(?i:{_phrases('picture_source_labels')})[ \t]*[,:：][ \t]*{_CREDIT_TEXT}"
    rf"|(?i:{_phrases('picture_credit_reads')})[ \t]*:?[ \t]*{_CREDIT_TEXT}"
    rf"|(?i:{_phrases('picture_copyright')})[ \t]+{_CREDIT_TEXT}"
    rf"|(?:(?i:{words_alternation(lang_words('picture_kinds'))})[ \t]+)?(?i:{words_alternation(lang_words('picture_words'))})s?"
    rf"[ \t]+{_PICTURE_BY}[ \t]+{_NAME}"
    rf"(?:(?:[ \t]+{words_alternation(lang_words('credit_joiners'))}[ \t]+|[ \t]*[/|][ \t]*){_PART_SHAPE})?"
    rf"|{_phrases('courtesy_labels')}[ \t]+{_NAME}"
    rf"|{_phrases('courtesy_of_the')}[ \t]+[\p{{L}}\-]+(?:[ \t]+[\p{{L}}\-]+){{0,2}}",
    "credit introduced by a label: 'Photo: ...', 'Foto: Name/dpa', 'Crédit photo : ...'",
    """
    What it removes: an image credit introduced by a label such as Photo,
    Photograph, Image, Credit, Foto, Bild, Imagen or Crédit photo.
    Why: the label tells the line is about the picture, not the story.
    Example: `Photograph: Ruth Mayer/EPA`
    Example: `Foto: Lena Brandt/dpa`
    Example: `Pool photo by Jan Vos`, `Courtesy of the Velmora Museum`, `Courtesy of the author`,
    `Image source, Getty Images`, `Image source: Jonah Reyes`, `Photo by Jonah Reyes/Getty Images`,
    `Photo credit should read JAN VOS/AFP`, `Image copyright Getty Images`
    Kept: `Photographs of the flood were shared widely on Sunday.` (a sentence);
    `Courtesy of the council, the stalls were repainted.` (a sentence, not a name).
    """,
    max_len=110, flags="", starts=CREDIT_LABELS + lang_words("picture_kinds") + tuple(
        w for g in ("courtesy_labels", "courtesy_of_the") for p in lang_words(g) for w in phrase_expansions(p)),
)

_ILLUSTRATIVE = f"(?i:{phrases_alternation(lang_words('illustrative_marks'))})"
_PAREN_CREDIT = rf"\((?:{_AGENCY}|(?i:{_PICTURE})|{_ILLUSTRATIVE})[^()\n]{{0,80}}\)"
# `( STEVE ROE/SCIENCE PHOTO LIBRARY)`: a name and a picture desk, the whole parenthesis
_PAREN_SLASH = rf"\([ \t]*{_NAME}[ \t]*/[ \t]*{_PART_SHAPE}[ \t]*\)"
_LABEL_TAIL = rf"(?i:{_PICTURE})s?[ \t]*:[ \t]*[^.!?\n:]{{2,80}}$"
# characters of ``_LABEL_TAIL``'s word and its `s` at most: its match opens this far at most before the
# spaces before the line's last colon (the one it reads: none follows it), as long as each word is one
# run of letters (one character matches one, case aside); None: any word may be longer, searched whole
_LABEL_REACH = max(map(len, _PICTURE_WORDS)) + 1 if all(w.isalpha() for w in _PICTURE_WORDS) else None
# (``_LABEL_TAIL`` up to its colon, searched to there; only where its match opens is read, which the
# order of the words does not change: the words as their tree, longest first, each place's letters read once)
_LABEL_HEAD = compile_pattern(rf"(?i:{words_alternation(_PICTURE_WORDS)})s?[ \t]*:\Z", "")
# Chinese `图/临江晚报记者 苏晓雨`, Korean `가람군 제공` ("provided by"): the credit after the
# caption's last sentence (tried on lines that are not ASCII only)
_PROVIDED = lang_words("provided_by")  # (Korean `제공`, "provided by", after the picture's source)
_CJK_LABEL_TAIL = (rf"(?<=[。.!?！？][ \t]{{0,2}}){words_alternation(lang_words('caption_credit_labels'))}"
                   r"[ \t]*[/／:：=][^。.!?\n]{2,40}$"
                   r"|(?<=[.!?][ \t]{1,2})[\p{Hangul}\w]{1,20}(?:[ \t][\p{Hangul}\w]{1,20}){0,2}[ \t]"
                   rf"{words_alternation(_PROVIDED)}$")
_PIPE_TAIL = rf"\|[ \t]*{_AGENCY}$"
# (``_LABEL_TAIL`` reads no stop and no colon after its colon, so its colon is the line's last
# one: a line with a stop after its last colon needs no search)
_STOPS = frozenset(".!?")


def _label_tail(label: Pattern, t: str, tail: int) -> Any:
    """``label.search(t, tail)`` for ``_LABEL_TAIL``: a match reads the line's last colon (none
    follows it), and its word and `s` end right before the spaces before that colon, so it opens
    within ``_LABEL_REACH`` characters of them. What follows the colon is the same for every
    place it may open, so the leftmost place whose word, `s` and spaces run up to that colon
    (``_LABEL_HEAD``, one search of those few places, ended at the colon) is where the search's
    match opens, if the tail after the colon lets any match at all."""
    if _LABEL_REACH is None:
        return label.search(t, tail)
    colon = t.rfind(":")
    head = _LABEL_HEAD.search(t, max(tail, len(t[:colon].rstrip(" \t")) - _LABEL_REACH), colon + 1)
    return None if head is None else label.match(t, head.start())


CAPTIONED_MIN = 12  # characters: a shorter line cannot hold a caption and its credit
CAPTIONED_MAX = 450  # characters: a longer line is a paragraph, not a caption
CAPTION_BEFORE_PAREN = 8  # characters of caption at least before `(Photo: ...)` or `. EFE/...`
CAPTION_TAIL = 100  # characters: the credit is looked for at the end of the line only
CREDIT_AFTER_CAPTION = 20  # characters: a shorter line is a credit alone, no caption before it
CREDIT_MIN, CREDIT_MAX = 3, 60  # characters of the credit after `. `: `EFE/Marta Ruiz`
CAPTION_MIN_WORDS = 4  # the caption before the credit is a phrase, not more credit
COPYRIGHT_TAIL_WORDS = 8  # words of a copyright notice after a caption's last sentence (`© Provided by ...`)
COPYRIGHT_TAIL_MAX = 80  # characters from a caption's copyright sign to its end: `© Press Office of the Council | Jan Berg`
CAPTION_MIN_CJK = 8  # ...or, written without spaces, this many CJK characters


BARE_CREDIT_MIN = 2  # characters of an agency named alone after a caption: `AP`


def _prose_after(ctx: Context, i: int) -> bool:
    """A paragraph of text follows block ``i`` within a few lines (a caption stands inside the story)."""
    return any(ctx.is_open(k) and ctx.lens[k] >= PROSE_AFTER for k in range(i + 1, min(len(ctx.texts), i + PROSE_REACH)))


# `. ` and at most CREDIT_MAX characters to the line's end: every line the test below takes holds
# it (one search of the page finds them, not a look at each line)
_SHORT_TAIL = compile_pattern(rf"\. [^\n]{{0,{CREDIT_MAX}}}\n", "")


def _by_credit(tail: str) -> bool:
    """``tail`` is a picture's credit that names its maker with no label's colon: `Photograph by
    Jan Berg`, `Photo by Jan Berg /Velmora Post` (CS103's line; a `Source: ...` after a sentence
    may be the text's note on its figures)."""
    return ":" not in tail and CREDIT_LABELLED.compiled.fullmatch(tail) is not None


def _agency_tails(ctx: Context) -> Iterator[int]:
    """Lines whose last sentence is short and names a picture source: `... at dawn. Reuters`."""
    texts, lens = ctx.texts, ctx.lens
    for i in ctx.blocks_searched(_SHORT_TAIL, CAPTIONED_MAX):
        t = texts[i]
        if CREDIT_AFTER_CAPTION < lens[i] <= CAPTIONED_MAX:
            k = t.rfind(". ", max(0, lens[i] - CREDIT_MAX - 2))
            if k >= CAPTION_BEFORE_PAREN and t[k + 2:k + 3].isupper() and (
                    _has_picture_source(t[k + 2:]) or _by_credit(t[k + 2:])):
                yield i


# `(jpeg, 1MB)`, `(PDF 3,9 MB)`: a download link's file type and size, closing a caption whose
# picture could be downloaded (the credit stands before it)
_FILE_SIZE_TAIL = compile_pattern(r"[ \t]*\([ \t]*\p{L}{2,5}[ \t]*,?[ \t]*\d{1,4}(?:[.,]\d{1,2})?[ \t]?[KMG]i?B[ \t]*\)\Z", "i")
FILE_SIZE_TAIL_MAX = 24  # characters of `(jpeg, 1MB)` at most: the type and size, no more


def _copyright_tail(t: str) -> int | None:
    """Where a picture's copyright starts at the end of caption ``t`` with no full stop before it:
    after a bar (`... at dawn. | © Velmora Post`), or names split by a slash or a bar after the sign
    (`Cyclists by the lake © Velmora Tourism / Jan Berg`); None when ``t`` ends otherwise. A few
    words and no number after the sign (a page's copyright, `© 2025 Velmora Courier`, has its year),
    and no sentence: `... since 1998, its © mark / logo is on every tin.` stays. A download link's
    file type and size after the credit (`... © Bundesrat | Jan Berg Download picture (jpeg, 1MB)`)
    is read as no part of it, when the credit's names are split by a bar (a link's label after a
    slash may close a sentence: `... its © mark / logo can be downloaded here (PDF, 2MB)`)."""
    m = _FILE_SIZE_TAIL.search(t, max(0, len(t) - FILE_SIZE_TAIL_MAX)) if t.endswith(")") else None
    sized = m is not None
    if m is not None:
        t = t[:m.start()]
    k = t.rfind("©", max(0, len(t) - COPYRIGHT_TAIL_MAX))
    if k < CAPTION_BEFORE_PAREN:
        return None
    credit, before = t[k:], t[:k].rstrip(" \t")
    if sized and "|" not in credit:
        return None
    if not (before.endswith("|") or "/" in credit or "|" in credit) or ends_sentence(credit) \
            or any(map(str.isdigit, credit)) or len(words(credit)) > COPYRIGHT_TAIL_WORDS \
            or len(words(before)) > CAPTION_MAX_WORDS:
        return None
    return k


_DASHES = "—–- "  # a dash (and its spaces) some templates set between a caption and its copyright sign


class CaptionedCreditRule(Rule):
    """
    What it removes: a photo caption that carries its credit at the end, in
    parentheses or after a label.
    Why: caption and credit describe a picture that is no longer there.
    Example: `A crowd gathers outside the town hall. (AP Photo/Marco Dell)`,
    `The plant will make cells for scooters. (Representative image)`
    Example: `Fleas live on rodents such as rats. ( STEVE ROE/SCIENCE PHOTO LIBRARY)`
    Example: `A view of the battery plant in Valdora. EFE/Marta Ruiz`, `A ferry leaves the
    harbour at dawn. Reuters` (an agency alone after the caption, with the story's text under it)
    Example: `An aerial view of the east quay, at left. Photograph by Jan Berg` (a picture's maker
    named last, with no label's colon)
    Example: `Readers queue outside the town library. © Provided by The Harbour Daily`, `Dunkler
    Rauch kommt aus dem Gebäude. © imago/Marius Schwarz`, `Verlinden tijdens de coronacrisis. — ©
    BELGA` (a copyright sign, a dash before it or none, after the caption's last sentence, a few
    words and no number after it)
    Example: `The council's front door at night © Velmora Council | Jan Berg Download picture (jpeg, 1MB)`
    (the download link's file type and size after the credit)
    Kept: `NEW HAVEN (AP) — The council voted on Monday.` (a wire dateline at
    the start of a paragraph, not a credit at its end); `The firm registered its logo in 1998.
    © marks now appear on every tin it sells.` (a sentence after the sign); `The report was
    published on Monday. Source: Velmora Port Authority` (a label's colon: the text's note on
    its figures may end so).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        paren = compile_pattern(_PAREN_CREDIT, "")
        slash = compile_pattern(_PAREN_SLASH, "")
        slash_line = compile_pattern(_SLASH_CREDIT, "")
        label = compile_pattern(_LABEL_TAIL, "")
        cjk_label = compile_pattern(_CJK_LABEL_TAIL, "")
        pipe = compile_pattern(_PIPE_TAIL, "")
        bare = compile_pattern(_BARE_AGENCY, "")
        texts = ctx.texts
        lens = ctx.lens
        # (a negative start would count from the end: short lines are searched whole)
        # (every line the test below takes holds one of these: one search of the page each finds them)
        pool = [i for i in ctx.blocks_with(")", ":", "|", "/", *_PROVIDED, "©", limit=CAPTIONED_MAX)
                if texts[i][-1] == ")" or texts[i].find(":", max(0, lens[i] - 95)) >= 0
                or texts[i].find("|", max(0, lens[i] - 40)) >= 0 or texts[i].find("/", max(0, lens[i] - 60)) >= 0
                or texts[i].endswith(_PROVIDED) or texts[i].find("©", max(0, lens[i] - COPYRIGHT_TAIL_MAX)) >= 0]
        pool = sorted(set(pool).union(_agency_tails(ctx)))
        for i in pool:
            t = texts[i]
            if len(t) < CAPTIONED_MIN:
                continue
            start = None  # where the credit starts
            if t.endswith(")"):
                k = t.rfind("(")
                if k >= CAPTION_BEFORE_PAREN and (paren.fullmatch(t, k) or "/" in t[k:] and any(
                        slash.fullmatch(v) and _has_picture_source(v) for v in _spellings(t[k:]))):
                    start = k
            else:
                tail = len(t) - CAPTION_TAIL if len(t) > CAPTION_TAIL else 0
                m = (":" in t[-95:] and _STOPS.isdisjoint(t[t.rfind(":") + 1:]) and _label_tail(label, t, tail)) or (
                    "|" in t[-40:] and pipe.search(t, tail)) or (
                    not t.isascii() and ("/" in t[-45:] or "／" in t[-45:] or t.endswith(_PROVIDED))
                    and cjk_label.search(t, tail))
                start = m.start() if m else None
            if start is None and len(t) > CREDIT_AFTER_CAPTION:  # `A view of the plant. EFE/Marta Ruiz`: the credit after the caption
                k = t.rfind(". ", 0, len(t) - 3)
                credit = t[k + 2:] if k >= CAPTION_BEFORE_PAREN else ""
                if CREDIT_MIN <= len(credit) <= CREDIT_MAX and "/" in credit and any(
                        slash_line.fullmatch(v) and _has_picture_source(v) for v in _spellings(credit)):
                    start = k + 2
                elif CREDIT_MIN <= len(credit) <= CREDIT_MAX and _by_credit(credit):
                    start = k + 2  # `An aerial view of the quay. Photograph by Jan Berg`: a picture's maker named last
                elif CREDIT_MIN <= len(credit) <= CREDIT_MAX and credit.lstrip(_DASHES)[:1] == "©" and not ends_sentence(credit) \
                        and len(credit.split()) <= COPYRIGHT_TAIL_WORDS and not any(map(str.isdigit, credit)) \
                        and len(words(t[:k])) <= CAPTION_MAX_WORDS:
                    start = k + 2  # `Readers queue outside the library. © Provided by The Harbour Daily` (a
                    # page's copyright, `© 2025 Velmora Courier`, has its year; a dash may stand before the sign)
                elif BARE_CREDIT_MIN <= len(credit) <= CREDIT_MAX and credit.upper() not in _GENERIC \
                        and any(bare.fullmatch(v) for v in _spellings(credit)) \
                        and len(words(t[:k])) <= CAPTION_MAX_WORDS and _prose_after(ctx, i):
                    start = k + 2  # `A ferry leaves the harbour at dawn. Reuters` (with text under it: a
                    # paragraph that ends in the wire's name is the story's sign-off, left alone)
            if start is None:  # `Cyclists by the lake © Velmora Tourism / Jan Berg`, `... at dawn. | © Velmora Post`
                start = _copyright_tail(t)
            # the part before the credit must be a caption, not more credit
            if start is not None and ctx.is_open(i) and (
                    len(words(t[:start])) >= CAPTION_MIN_WORDS or len(CJK_CHAR.findall(t, 0, start)) >= CAPTION_MIN_CJK):  # (CJK: characters)
                yield self.finding(i, "a caption line that ends in its photo credit")


CAPTION_CREDIT = CaptionedCreditRule("CS104", "captioned-credit", "a caption line that ends in its photo credit",
                                     Role.CAPTION)

# words that mark a caption (`pictured`, `file photo`), and `(L)`, `(R)`: who stands where
_CAPTION_CUES = compile_pattern(rf"\b(?:{phrases_alternation(lang_words('caption_cues'), ' ')}|(?:L|R)\))\b", "")
# a caption describes a scene: "A tram crosses ...", "The ferry landing at ...", "Two men ..."
_SCENE_START = compile_pattern(rf"{words_alternation(lang_words('scene_starts'), longest_first=False)}\s", "")
_HEADER_ROLES = frozenset({Role.TITLE, Role.DUPLICATE_TITLE, Role.STUB, Role.BYLINE, Role.DATE,
                           Role.SECTION, Role.CREDIT, Role.CAPTION, Role.CHROME, Role.BOUNDARY,
                           Role.TEASER})
_CREDIT_CODES = frozenset({"CS101", "CS102", "CS103"})
_COPYRIGHT_CODES = frozenset({"CS407"})
# `© Jonah Reyes / Harbour Wire`: a picture's copyright, names split by a slash or a bar, no
# year and no rights (those are the page's)
_PHOTO_COPYRIGHT = compile_pattern(r"©[ \t]{0,3}[\p{L}][\p{L}.'’\- ]{1,40}[ \t]*[/|][ \t]*[\p{L}][\p{L}.'’\- ]{1,40}", "")
_VIEWER_CODES = frozenset({"CS206"})
_CAPTION_LABELS = frozenset(lang_words("caption_labels"))
_CAPTION_KEYS = _start_keys(lang_words("caption_labels"))
# `Figure 3:`, `Abb. 2a:`: a figure's label, its number if any and a colon open its caption
_FIGURE_LABEL = compile_pattern(rf"{words_alternation(lang_words('figure_labels'))}[ \t]*(?:\d{{1,3}}[a-z]?)?[ \t]*:[ \t]+\S", "i")
_FIGURE_KEYS = _start_keys(lang_words("figure_labels"))


LABELLED_CAPTION_MAX = 300  # characters: a caption after its label is a sentence or two
PROSE_AFTER = 60  # characters: a paragraph of prose (after a bare agency name, around a caption)
PROSE_REACH = 3  # blocks after a bare agency name where the story's text may go on
CAPTION_MAX_WORDS = 60  # a caption before a credit is a sentence, not a paragraph
CAPTION_HEADLINE_WORDS = 30  # a headline-shaped line up to this long before a credit is the headline
SCENE_MAX_WORDS = 45  # a scene sentence (`Workers at the pilot line.`) is shorter than a caption may be
CAPTION_AFTER_MAX = 120  # characters: the caption after its credit is one short scene sentence
CAPTION_AFTER_MIN_WORDS = 4  # ...of a few words at least (`Workers at the line.`)


HEADER_COPYRIGHT_WORDS = 6  # words of a picture's copyright in a story's header, the sign counted: `© Gazette de Vauclair`


def _copyright_in_header(ctx: Context, i: int) -> bool:
    """(seg22) Copyright line ``i`` is a picture's credit inside a story's header: a copyright sign
    and a name of a few words, no year or number (a page's copyright has its year), with the
    story's byline or date right under it and an open line over it (the picture's caption, the
    deck under the headline, a sentence): `© Gazette de Vauclair` between a standfirst and `By NAME`.
    Kept a copyright: `© Hessischer Rundfunk` under a player's last button, over the footer's links."""
    t = ctx.texts[i]
    return t[:1] == "©" and len(t.split()) <= HEADER_COPYRIGHT_WORDS and not any(map(str.isdigit, t)) \
        and 0 < i and i + 1 < len(ctx.texts) and ctx.is_open(i - 1) and ends_sentence(ctx.texts[i - 1]) \
        and ctx.role(i + 1) in META_ROLES and any(map(str.isalpha, ctx.texts[i + 1]))


class CaptionRule(Rule):
    """
    What it removes: a photo caption: the one-sentence line that sits right
    before an image credit.
    Why: a caption describes a picture that is gone; in the article it would
    read as a stray sentence.
    Example: `Dock workers unload crates at the port of Velmora on Tuesday, March 4, 2025.`
    (followed by `Ines Carter | Reuters`)
    Example: `The Aurora has served the island route since 2009` under `Image caption,`, or after it
    on the same line (`Image caption The operator says fuel costs have risen sharply`)
    Example: `Figure 2: The new terminal seen from the east quay.`, `Abb. 3: Der Hafen im Jahr 1840`
    (a figure's label, its number if any and a colon, then a sentence or two)
    Example: `Workers at the pilot line in Lindau.` right after `Jan Vos/AP`, between paragraphs;
    `The new pier seen from the ferry.` over `© Jonah Reyes / Harbour Wire` (a copyright line
    of names split by a slash: the picture's); `Image, Readers queue outside the library.` under
    `Image: AFP` (the caption opens with the label of the credit over it, in any words);
    in plain text, one short sentence alone under a credit that stands under a paragraph, with
    no prose under it (`The north quay at first light.` over `Read more:`); in plain text, one
    short sentence under a credit right under the story's header (its date or byline), over a
    paragraph twice as long or more (`Crews at the shipyard in Calder Bay.` under `Photo Ines
    Carter / Reuters` under the date); in plain text, on the side of its credits where the page
    prints captions (two credits or more with one short sentence there, none with one on the
    other side), that sentence whatever its words (`Marek Voss, the operator's director, in
    Calder Bay.` over `Foto: Jonah Reyes/Harbour Wire` in each story); in plain text, a sentence or
    two set right over its credit with no blank line between, blank lines setting the two apart
    from the text (one element's lines, a `<figcaption>`'s), whatever its words (`Crews at the
    "North Quay" in Velmora.` over `Ines Carter/Getty Images`); the sentence over a copyright sign
    and a name with no year that stands right over the story's byline or date (`© Harbour Weekly`
    between a headline's deck and `By NAME`: a picture's credit in the header)
    Kept: `Figure 2 shows how the cargo grew.` (a sentence that names a figure: no colon after the
    label); a long paragraph of several sentences before a credit, and a
    one-line paragraph in the middle of the body with no picture cues; in HTML, a paragraph
    outside the figure whose `<figcaption>` holds the credit (the figure holds the caption); the last paragraph
    over a bare agency name with no text after it (`EFE`: the wire's sign-off); a story's
    first paragraph under its header and over a credit when a sentence half as long or less
    stands under the credit, over more prose (the template prints the credit first: that
    short sentence is the caption); a credit with a short sentence on both sides (it tells no
    side), a quoted sentence; in plain text, a line set right over a credit in a run of lines set
    together (a list, a table's rows) or with the text set right under the credit; in plain text,
    a story's headline or deck over an agency's name alone (`Reuters`, `(Agência Brasil)`) that
    the page prints in each story's header, two stories or more, with no scene sentence over any;
    a sentence that reports speech (`Work starts in the spring, the harbour master said.`) over a
    credit, under a subheading set right under a paragraph, with no byline or date under the credit
    (the text's sentence under its subheading: a caption reports no one's words).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        done = set()
        # (the credit lines, found once: the captions this rule labels are no credits, and win no
        # credit's line, so the list holds for the whole rule)
        credits = ctx.labelled(_CREDIT_CODES)
        figures = [i for i in ctx.starting_with(_FIGURE_KEYS)  # `Abbildung 4: Eine klassische Schwachschicht.`
                   if ctx.lens[i] <= LABELLED_CAPTION_MAX and ctx.is_open(i) and sentence_breaks(ctx.texts[i]) <= 1
                   and _FIGURE_LABEL.match(ctx.texts[i])]
        for i in figures:
            done.add(i)
            yield self.finding(i, "a figure's caption after its label")
        set_on: set[int] = set()  # the captions set right over their credits (:func:`_set_on_credit`)
        for f in self._around_credits(ctx, credits):
            if f.block not in figures:
                done.add(f.block)
                if f.reason is SET_ON_CREDIT:
                    set_on.add(f.block)
                yield f
        yield from self._repeated_side(ctx, done, credits, set_on)

    def _repeated_side(self, ctx: Context, done: set[int], credits: list[int], set_on: set[int]) -> Iterator[Finding]:
        """In plain text, the side of its credits where the page prints each picture's caption:
        where two credits or more have one short sentence on that side and none has one on the
        other (`Name, durante una rueda de prensa en Place.` over `Foto: Name/EFE` in each
        story; `Photo Name / Getty Images` over `Name speaks to reporters in Place.`), those
        sentences are the captions, whatever their words; a credit with such a sentence on
        both sides tells nothing, nor one whose caption is set right over it (``set_on``: its
        side is the one over it)."""
        if ctx.doc.from_html:
            return  # (in HTML the markup places a picture's caption)
        if len(credits) < REPEATED_CAPTIONS:
            return  # (fewer credits than make a habit: no side to read)
        n_blocks = len(ctx.texts)
        before: list[tuple[int, int]] = []
        after: list[tuple[int, int]] = []
        for i in credits:
            b = i > 0 and (i - 1 in set_on or _caption_shaped(ctx, i - 1))
            a = i + 1 < n_blocks and _caption_shaped(ctx, i + 1)
            if b and not a:
                before.append((i, i - 1))
            elif a and not b:
                after.append((i, i + 1))
        # (a line already labelled a caption is open no more, and yields nothing: it still
        # counts as the sentence on its side)
        side = before if len(before) >= REPEATED_CAPTIONS and not after else \
            after if len(after) >= REPEATED_CAPTIONS and not before else []
        for i, k in side:
            if k not in done and ctx.is_open(k):
                yield from self._caption(ctx, i, k, "one short sentence on the side of each credit where the page prints captions")

    def _around_credits(self, ctx: Context, credit_lines: list[int]) -> Iterator[Finding]:  # noqa: C901 -- the caption's places around a credit, each a short test
        n_blocks = len(ctx.texts)
        labelled_captions = set()
        for i in ctx.starting_with(_CAPTION_KEYS):  # `Image caption The operator says ...` on one line
            t = ctx.texts[i]
            low = t.lower()
            if ctx.lens[i] <= LABELLED_CAPTION_MAX and any(
                    low.startswith(lab) and len(t) > len(lab) + 1 and t[len(lab)] in " \t,:" for lab in _CAPTION_LABELS) \
                    and sentence_breaks(t) <= 1:
                labelled_captions.add(i)
                if ctx.is_open(i):
                    yield self.finding(i, "a caption after its label")
        for i in ctx.labelled(_VIEWER_CODES):  # `Image caption,` alone: the caption is the next line
            j = i + 1
            if j < n_blocks and ctx.is_open(j) and ctx.texts[i].rstrip(" \t,:").lower() in _CAPTION_LABELS \
                    and ctx.lens[j] <= LABELLED_CAPTION_MAX and sentence_breaks(ctx.texts[j]) <= 1:
                yield self.finding(j, "the line under a caption label")
        for i in credit_lines:  # `Image: AFP` over `Image, Readers queue outside the library.`
            j, t = i + 1, ctx.texts[i]
            label = t[:t.find(":")] if 0 < t.find(":") <= LABEL_MAX else ""
            if label and j < n_blocks and ctx.is_open(j) and ctx.texts[j].startswith(label + ", ") and \
                    ctx.lens[j] <= LABELLED_CAPTION_MAX and sentence_breaks(ctx.texts[j]) <= 1:
                labelled_captions.add(j)
                yield self.finding(j, "the caption under its credit, opening with the credit's label")
        bare = compile_pattern(_BARE_AGENCY, "")
        credits = credit_lines + [i for i in ctx.labelled(_COPYRIGHT_CODES) if _PHOTO_COPYRIGHT.fullmatch(ctx.texts[i])
                    or ctx.texts[i][:1] == "©" and bare.fullmatch(ctx.texts[i])  # `© AFP` under its caption
                    or _copyright_in_header(ctx, i)]
        bare_credits = set(credit_lines)
        slot_heads = _headlines_over_slot_credits(ctx, credit_lines) | _over_slot_agencies(ctx, credit_lines, bare)
        for i in sorted(credits):
            if i == 0 or i + 1 in labelled_captions:
                continue  # (the picture's caption is under its credit, labelled: the line above is text)
            if i in bare_credits and _set_on_credit(ctx, i - 1, i):
                yield from self._caption(ctx, i, i - 1, SET_ON_CREDIT)
                continue
            if bare.fullmatch(ctx.texts[i]) and not _prose_after(ctx, i):
                continue  # `EFE` under the last paragraph, no text after it: the wire's sign-off
            j = i - 1
            if not ctx.is_open(j):
                if ctx.role(j) in _HEADER_ROLES and _caption_under_header(ctx, i):
                    yield self.finding(i + 1, "the short sentence right after an image credit under the story's header")
                continue
            t = ctx.text(j)
            n = len(words(t))
            if n == 0 or n > CAPTION_MAX_WORDS or sentence_breaks(t) > 1:
                if ctx.lens[j] >= PROSE_AFTER and _caption_alone_after(ctx, i):
                    yield from self._caption(ctx, i, i + 1, "the sentence alone right after an image credit, under a paragraph")
                continue
            prev = ctx.role(j - 1) if j > 0 else Role.BOUNDARY
            if ctx.heading(j, CAPTION_HEADLINE_WORDS) and prev not in META_ROLES:
                # a headline before a credit is the headline, not a caption; under the byline,
                # the date or the stubs the headline is already above: that line is the caption
                continue
            if j in slot_heads:
                continue  # (each story's headline under its date, the credit's shape in its byline's slot)
            if prev in _HEADER_ROLES or (prev is None and ctx.heading(j - 1, CAPTION_HEADLINE_WORDS)):
                if _short_line_after(ctx, i, j):
                    # the template prints the credit first: the story's first paragraph over the
                    # credit, the picture's short caption under it
                    yield from self._caption(ctx, i, i + 1, "the short sentence right after an image credit, under the first paragraph")
                elif not _speech_under_subheading(ctx, i, j):
                    yield from self._caption(ctx, i, j, "the sentence right before an image credit, under the headline")
                continue
            # the template may print the credit first: `Jan Vos/AP`, then `Workers at the line.`
            after = _caption_after(ctx, i)
            if after and sentence_breaks(t):
                # two sentences before the credit, one scene after it: the caption is the one after
                yield from self._caption(ctx, i, i + 1, "the sentence right after an image credit, describing a picture")
            elif n <= SCENE_MAX_WORDS and not any(q in t for q in "\"“”«»") and REPORTED_SPEECH.search(t) is None and (
                    _CAPTION_CUES.search(t) or not ends_sentence(t) or _SCENE_START.match(t)
                    or n <= CAPTION_WORDS and "," not in t and _prose_above(ctx, j)):
                yield from self._caption(ctx, i, j, "the sentence right before an image credit, describing a picture")
            elif after:
                yield from self._caption(ctx, i, i + 1, "the sentence right after an image credit, describing a picture")
            elif ctx.lens[j] >= PROSE_AFTER and _caption_alone_after(ctx, i):
                yield from self._caption(ctx, i, i + 1, "the sentence alone right after an image credit, under a paragraph")

    def _caption(self, ctx: Context, credit: int, k: int, reason: str) -> Iterator[Finding]:
        """Block ``k`` by credit ``credit`` as the picture's caption, unless the HTML markup
        places the picture elsewhere: the credit sits in a figure (`<figure>`, `<figcaption>`, a
        caption's class) and ``k`` outside it is the text's paragraph (the figure holds its own
        caption, or none)."""
        if not (_in_figure(ctx.doc.blocks[credit].hints) and not _in_figure(ctx.doc.blocks[k].hints)):
            yield self.finding(k, reason)


def _headlines_over_slot_credits(ctx: Context, credits: list[int]) -> set[int]:
    """In plain text, the headlines over credits that stand in each story's header slot: where
    REPEATED_CAPTIONS credits or more, each a name and an agency split by a bar (`Ines Carter |
    AFP`), stand right under a headline-shaped line (no stop at its end) that stands right
    under a date line, with a paragraph right under the credit, the page repeats its story
    header (date, headline, the author and the wire): each of those lines is a headline, not
    a caption (a page dates its one article once; a caption under a date is one per page)."""
    if ctx.doc.from_html or len(credits) < REPEATED_CAPTIONS:
        return set()
    n, out = len(ctx.texts), set()
    for i in credits:
        j = i - 1
        if j < 1 or i + 1 >= n or "|" not in ctx.texts[i] or not ctx.is_open(j) or not ctx.is_open(i + 1):
            continue
        if ctx.role(j - 1) is Role.DATE and ctx.heading(j, CAPTION_HEADLINE_WORDS) and not ends_sentence(ctx.texts[j]) \
                and ctx.lens[i + 1] >= PROSE_AFTER:
            out.add(j)
    return out if len({ctx.texts[j] for j in out}) >= REPEATED_CAPTIONS else set()


SLOT_REACH = 2  # lines from a story's headline down to the agency line in its header (a deck between)
SLOT_PROSE = 2  # paragraphs between two such agency lines at least: a story's text, not a gallery's next caption


def _over_slot_agencies(ctx: Context, credits: list[int], bare: Pattern) -> set[int]:
    """In plain text, the lines over agency lines that stand in each story's header slot:
    where REPEATED_CAPTIONS credits or more are an agency's name alone (`Reuters`,
    `(Agência Brasil)`), each within SLOT_REACH lines under a headline-shaped line, with no
    caption-shaped line over any of them (one short sentence describing a picture) and
    SLOT_PROSE paragraphs or more between every two agency lines (a story's text), the page
    prints the story's source once in each story's header: the line over each is its headline
    or its deck, not a caption (a caption's credit stands under a scene sentence). A deck that
    copies a paragraph printed under it is left to the caption step as before."""
    if ctx.doc.from_html or len(credits) < REPEATED_CAPTIONS:
        return set()
    agencies = sorted(i for i in credits if i > 0 and bare.fullmatch(ctx.texts[i].strip("()（） \t")))
    for a, b in zip(agencies, agencies[1:]):
        if sum(1 for k in range(a + 1, b - 1) if ctx.lens[k] >= PROSE_AFTER) < SLOT_PROSE:
            return set()  # (no story's text between two of them: a gallery's credits, one caption each)
    out: set[int] = set()
    for i in agencies:
        j = i - 1
        if _caption_shaped(ctx, j):
            return set()  # (a scene sentence over one of them: the page captions its pictures)
        if ctx.texts[j] in ctx.texts[i + 1:]:
            continue  # (a deck that copies a paragraph under it: another step's copy, left as it was)
        if any(ctx.heading(k, CAPTION_HEADLINE_WORDS) for k in range(max(0, i - SLOT_REACH), i)):
            out.add(j)
    return out if len(out) >= REPEATED_CAPTIONS else set()


def _in_figure(h: Hints) -> bool:
    """The markup sets the block in a picture's figure or caption."""
    return bool(h) and (h.get("media") in _FIGURE_MEDIA or not _FIGURE_ZONES.isdisjoint(h.get("zones", ())))


_FIGURE_ZONES = frozenset({"figure", "figcaption"})
_FIGURE_MEDIA = frozenset({"caption", "credit"})


LABEL_MAX = 20  # characters of a credit's label before its colon (`Image`, `Crédit photo`)
CAPTION_WORDS = 10  # a sentence this short, no clause, over a credit and under a paragraph: a scene's caption


SET_ON_CREDIT = "the line set right over an image credit, the two apart from the text"
SET_ON_MIN_WORDS = 2  # a lone word over a credit (`Shares`, `Caption`) is a label of the template's, left to content scoring


def _set_on_credit(ctx: Context, j: int, i: int) -> bool:
    """In plain text, open line ``j`` of a sentence or two (SET_ON_MIN_WORDS to CAPTION_MAX_WORDS words) is
    set right over credit ``i`` with no blank line between, while a blank line stands over ``j``
    and under ``i``: the two are one element's lines (a picture's caption and its credit, as a
    page's ``<figcaption>`` prints them), apart from the paragraphs around them."""
    if ctx.doc.from_html or not ctx.is_open(j):
        return False
    lines, lasts = ctx.lines, ctx.lasts
    if lines[i] != (lasts[j] or lines[j]) + 1:
        return False  # (a blank line between: the line is the text's, or another rule's to judge)
    if j > 0 and lines[j] == (lasts[j - 1] or lines[j - 1]) + 1:
        return False  # (set right under the line over it too: a run of lines, a list, not a caption)
    if i + 1 < len(lines) and lines[i + 1] == (lasts[i] or lines[i]) + 1:
        return False
    t = ctx.texts[j]
    # (a line that opens on a credit's label is a second credit, not the caption: `Photo: Name, AP`)
    return SET_ON_MIN_WORDS <= len(words(t)) <= CAPTION_MAX_WORDS and sentence_breaks(t) <= 1 \
        and CREDIT_LABELLED.compiled.match(t) is None


def _prose_above(ctx: Context, j: int) -> bool:
    """The open line over ``j`` is a paragraph longer than ``j``: ``j`` stands apart from the text."""
    return j > 0 and ctx.is_open(j - 1) and ctx.lens[j - 1] >= 2 * ctx.lens[j] and ends_sentence(ctx.texts[j - 1])


def _speech_under_subheading(ctx: Context, i: int, j: int) -> bool:
    """Line ``j`` over credit ``i`` reports speech (`..., residents said, ...`) and stands under an
    open headline-shaped line set right under an open paragraph of prose (PROSE_AFTER characters
    or more, a sentence's end, no headline's shape), with no header line (a byline, a date, a
    stub) under the credit: the line over ``j`` is a subheading in a story's text, and ``j`` is
    the text's sentence under it, not a caption (a caption shows a picture, it reports no one's
    words; a story's header, whose deck may report them, prints its byline or date under its
    picture's credit)."""
    g = j - 2
    return g >= 0 and REPORTED_SPEECH.search(ctx.texts[j]) is not None and ctx.is_open(j - 1) \
        and ctx.is_open(g) and ctx.lens[g] >= PROSE_AFTER and ends_sentence(ctx.texts[g]) and not ctx.heading_words(g) \
        and (i + 1 >= len(ctx.texts) or ctx.role(i + 1) not in META_ROLES)


def _short_line_after(ctx: Context, i: int, j: int) -> bool:
    """The line after credit ``i`` is one sentence of CAPTION_AFTER_MAX characters at most, half
    as long as line ``j`` over the credit or less, with no quote, and prose stands under it."""
    k = i + 1
    if k + 1 >= len(ctx.texts) or not ctx.is_open(k) or not ctx.is_open(k + 1):
        return False
    t = ctx.texts[k]
    return ctx.lens[k] <= CAPTION_AFTER_MAX and 2 * ctx.lens[k] <= ctx.lens[j] and ends_sentence(t) \
        and not sentence_breaks(t) and len(words(t)) >= CAPTION_AFTER_MIN_WORDS \
        and not any(q in t for q in "\"“”«»") and ctx.lens[k + 1] >= PROSE_AFTER


def _caption_under_header(ctx: Context, i: int) -> bool:
    """Credit ``i`` stands right under the story's header (its date, byline or headline), and
    the line after it is one short sentence (no quote, no reported speech) over a paragraph
    twice as long or more: the template prints the picture's credit, then its caption, then
    the story (a story's first sentence right under a credit is no shorter than the rest)."""
    k = i + 1
    if k + 1 >= len(ctx.texts) or not ctx.is_open(k) or not ctx.is_open(k + 1) or ctx.doc.from_html:
        return False  # (in HTML the markup places a picture's caption)
    return _one_short_sentence(ctx, k) and ctx.lens[k + 1] >= PROSE_AFTER and 2 * ctx.lens[k] <= ctx.lens[k + 1]


def _one_short_sentence(ctx: Context, k: int, scored: bool = False) -> bool:
    """Open line ``k`` (or, ``scored``, one the content scorer dropped) is one short sentence of
    a few words, no quote, no reported speech."""
    t = ctx.texts[k]
    return (scored or ctx.is_open(k)) and ctx.lens[k] <= CAPTION_AFTER_MAX and len(words(t)) >= CAPTION_AFTER_MIN_WORDS \
        and not sentence_breaks(t) and ends_sentence(t) and not any(q in t for q in "\"“”«»") \
        and REPORTED_SPEECH.search(t) is None


def _caption_alone_after(ctx: Context, i: int) -> bool:
    """The line after credit ``i`` is one short sentence (no quote, no reported speech) and no
    prose stands under it (a label, a link, the story's end): the picture's caption, the
    paragraph over the credit being the text's."""
    k = i + 1
    if k >= len(ctx.texts) or not ctx.is_open(k) or ctx.doc.from_html:
        return False  # (in HTML the markup places a picture's caption)
    t = ctx.texts[k]
    if ctx.lens[k] > CAPTION_AFTER_MAX or len(words(t)) < CAPTION_AFTER_MIN_WORDS or sentence_breaks(t) or \
            not ends_sentence(t) or any(q in t for q in "\"“”«»") or REPORTED_SPEECH.search(t) is not None:
        return False
    return k + 1 >= len(ctx.texts) or not ctx.is_open(k + 1) or ctx.lens[k + 1] < PROSE_AFTER


REPEATED_CAPTIONS = 2  # credits with a short sentence on the same side: the page's habit, not one paragraph
REPEATED_CAPTION_WORDS = 16  # a caption by the page's habit is a short scene sentence


def _caption_shaped(ctx: Context, k: int) -> bool:
    """Line ``k``, open or labelled a caption already, is one short sentence (no quote, no
    reported speech), as a caption is."""
    return _one_short_sentence(ctx, k, scored=ctx.role(k) is Role.CAPTION) \
        and len(words(ctx.texts[k])) <= REPEATED_CAPTION_WORDS


def _caption_after(ctx: Context, i: int) -> bool:
    """The line after credit ``i`` is its caption: a short scene sentence (`Workers at the
    pilot line.`), no quote or reported speech, between the credit and more prose, while
    the line before the credit is prose (no caption of its own there)."""
    k = i + 1
    if k + 1 >= len(ctx.texts) or not ctx.is_open(k) or not ctx.is_open(k + 1) or not ctx.is_open(i - 1):
        return False
    t = ctx.texts[k]
    if ctx.lens[k] > CAPTION_AFTER_MAX or len(words(t)) < CAPTION_AFTER_MIN_WORDS or sentence_breaks(t) or any(q in t for q in "\"“”«»"):
        return False
    if REPORTED_SPEECH.search(t) is not None or not (_SCENE_START.match(t) or _CAPTION_CUES.search(t)):
        return False
    return ctx.lens[i - 1] >= PROSE_AFTER and ctx.lens[k + 1] >= PROSE_AFTER  # prose on both sides


CAPTION = CaptionRule("CS110", "photo-caption", "the caption sentence right before an image credit", Role.CAPTION,
                      fix_safe=False,
                      reads=(Role.CREDIT, Role.CAPTION, Role.TEASER, Role.RELATED, Role.BYLINE, Role.DATE, Role.STUB,
                             Role.BOUNDARY, Role.CHROME), shapes=True)

_CREDIT_OPEN = compile_pattern(
    r"\(?[ \t]{0,8}" + words_alternation(REPORTING_CREDIT_STARTS) + r"\b[ \t]{0,8}[:：]?", "i")
# the word a note of who contributed opens on, between spaces (names come before it): ` contributed `
_CONTRIBUTED_KEYS = tuple(dict.fromkeys(f" {e.split(' ')[0]} " for p in lang_words("contributed_phrases")
                                        for e in phrase_expansions(p)))
_CONTRIBUTED = compile_pattern(rf"\b{phrases_alternation(lang_words('contributed_phrases'), ' ')}\b", "")
_CREDIT_TOKEN = compile_pattern(r"[^\W\d_][\w'’.\-]*", "")
REPORTING_MAX = 360
_REPORTING_KEYS = _start_keys(REPORTING_CREDIT_STARTS + ("(",))


def _names_only(text: str) -> bool:
    """Names and the few words a credit holds besides them (`and`, `in`, `editing by`)."""
    tokens = _CREDIT_TOKEN.findall(text)
    named = False
    for w in tokens:
        if w[0].isupper() or caseless_name(w):
            named = True
        elif w.lower() not in CREDIT_CONNECTORS:
            return False
    return named


class ReportingCreditRule(Rule):
    """
    What it removes: the line that credits a story's reporters and editors,
    as wire services print it at the end: `(Reporting by ...; Editing by ...)`,
    `Jane Roe contributed reporting from Lagos.`
    Why: the credit is about the story, not part of it; the author is in `byline`.
    Example: `(Reporting by Ines Carter in Velmora; Editing by Tom Hale)`
    Example: `Associated Press writers Ana Ruiz and Omar Pike contributed to this report.`
    Kept: `Reporting by the Herald showed the agency missed its deadlines.` (a sentence:
    words other than names follow `by`).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        texts, lens = ctx.texts, ctx.lens
        pool = set(ctx.starting_with(_REPORTING_KEYS))
        pool.update(ctx.blocks_with(*_CONTRIBUTED_KEYS, limit=REPORTING_MAX))
        for i in sorted(pool):
            if lens[i] > REPORTING_MAX or not ctx.is_open(i):
                continue
            t = texts[i]
            m = _CREDIT_OPEN.match(t)
            if m is not None:
                rest = t[m.end():].rstrip(" .)")
                if rest and _names_only(rest):
                    yield self.finding(i, "a credit of the story's reporters and editors")
                continue
            m = _CONTRIBUTED.search(t)
            tail = t[m.end():].rstrip(" .") if m is not None else ""
            if m is not None and ends_sentence(t) and sentence_breaks(t) == 0 and \
                    _names_only(t[: m.start()]) and (not tail or _names_only(tail)):
                yield self.finding(i, "a note of who contributed reporting")


REPORTING_CREDIT = ReportingCreditRule("CS105", "reporting-credit",
                                       "'(Reporting by ...; Editing by ...)' and 'X contributed reporting' lines",
                                       Role.CREDIT)

LINE_RULES = (CREDIT_PIPE, CREDIT_SLASH, CREDIT_LABELLED, CAPTION_CREDIT, REPORTING_CREDIT)
CONTEXT_RULES = (CAPTION,)


_SCORED_OUT = frozenset({"CS501"})  # the generic content decision: no named rule read the line
# a label, a colon, then a list of three items or more and no sentence's end: a story's tag line in any words
_LABELLED_LIST = compile_pattern(r"[^\W\d_][^\W\d_\-]{1,24}[ \t]?[:：][ \t]*[^,.!?:]{1,40}(?:,[ \t]*[^,.!?:]{1,40}){2,12}", "")


def _labelled_list(text: str) -> bool:
    """``text`` is a label and a list (`Tagi: Kultura, Sport, Biznes`), whatever the label's words."""
    return _LABELLED_LIST.fullmatch(text.strip()) is not None


HEADER_OVER_HEADLINE_MAX = 3  # lines of a story's header over its headline (kicker, byline, date)
CAPTIONED_STORIES_MIN = 2  # stories: one short sentence over one story's header is its text's last line
_OVER_HEADLINE = frozenset({Role.SECTION, Role.DATE, Role.BYLINE})


class CaptionOverHeaderRule(Rule):
    """
    What it removes: in plain text, the one short sentence printed right over each story's
    header (over its kicker, date or byline, over its headline), on a page of several stories
    that all print it there.
    Why: the template prints each story's picture, then its header: the sentence over the
    header is the picture's caption; read as the story above's last line, it leaks into it.
    Example: `Crews at the shipyard in Calder Bay.` over `Analysis` over each story's headline
    Kept: a story's last one-sentence paragraph (under the story's text: only a sentence with
    template over it, a tag line, a separator, the page's name, is taken), and every such line
    when the line over some story's header is no such sentence; a sentence right over a
    headline with no header line between; HTML (the markup places a picture's caption).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.texts or ctx.doc.from_html:
            return
        over, dropped = [], 0
        for t in ctx.with_role(Role.TITLE):
            k = t - 1
            while k >= 0 and t - k <= HEADER_OVER_HEADLINE_MAX and ctx.role(k) in _OVER_HEADLINE:
                k -= 1
            if k == t - 1:
                continue  # (a headline with no header line over it: no place the template marks)
            f = ctx.findings[k] if k >= 0 else None
            scored = f is not None and f.code in _SCORED_OUT  # (the content scorer dropped it: a caption too)
            if k < 0 or not _one_short_sentence(ctx, k, scored) or k > 0 and ctx.is_open(k - 1) and \
                    any(map(str.isalnum, ctx.texts[k - 1])) and not _labelled_list(ctx.texts[k - 1]):
                return  # the page prints no caption over every header, apart from the text above
                # (a story's closing tag line over it, a label and a list in any words, is template)
            if scored:
                dropped += 1
            else:
                over.append(k)
        if len(over) + dropped >= CAPTIONED_STORIES_MIN:
            for k in over:
                yield self.finding(k, "the short sentence over each story's header: its picture's caption")


CAPTION_OVER_HEADER = CaptionOverHeaderRule("CS111", "caption-over-header",
                                            "the short sentence over each story's header", Role.CAPTION,
                                            fix_safe=False, reads=ARTICLE_LABELS, shapes=True)
