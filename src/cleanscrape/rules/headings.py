"""Headlines, duplicated headlines, section labels, bylines, dates and their stubs."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Generator, Iterator
from functools import lru_cache, partial
from itertools import compress
from ..typed import cast

from ..dates import DATE_LINE_MAX, FoundDate, find_date, is_date_line, timed_date_line
from ..lang import words as lang_words
from ..document import Finding, Role
from ..patterns import compile_pattern, phrases_alternation, words_alternation
from ..text import (DIGIT_RUN, HEADLINE_MAX_CHARS, LETTER_RUN, caseless_name, figures_line, fold_digits, ends_sentence, full_stop_breaks, leads_on, long_word_stems, menu_line, case_forms,
                    TEXT_CACHE, sentence_breaks, words)
from .base import (ARTICLE_LABELS, HEADINGS_MAX_WORDS, META_ROLES, Context, Rule, _start_keys, line_rule,
                   named_by_page_title)
from .chrome import (CLIP_LINE_MAX, CLIP_WORD_MAX, FOOTER_HEADING, FOOTER_HEADING_MAX, FOOTER_HEADING_STRICT, FOOTER_KEYS,
                     MARKET_QUOTE_MAX, clip_line, market_quote, may_clip)
from .stopwords import STOPWORDS
from .teasers import TEASER_MAX, bare_related_label
from .vocab import (AGENCIES, BARE_MINUTES, BYLINE_WORDS, CLOCK_PREPOSITIONS, MERIDIEM, JOB_WORDS, MONTHS, PUBLISHED_WORDS, READ_TIME, RELATIVE_AGE, RELATIVE_TIME,
                    RELATIVE_TIME_STARTS, STUB_WORDS, TAG_LABELS, UPDATED_WORDS)

# (globals for the hot loops: an enum member read off its class costs ~15x more, EnumType's
# __getattr__ slowing every attribute lookup on the class)
_CONTENT, _TITLE, _DATE, _STUB, _BYLINE = Role.CONTENT, Role.TITLE, Role.DATE, Role.STUB, Role.BYLINE

_BYLINE_RX = compile_pattern(
    rf"(?:{words_alternation(BYLINE_WORDS)})(?:[ \t]*:?[ \t]+|[ \t]*：[ \t]*)(?P<rest>\S.*)", "")
_BYLINE_KEYS = _start_keys(BYLINE_WORDS)
_BARE_BYLINE = rf"(?:{words_alternation(BYLINE_WORDS)})[ \t]*:?"
_NAME_CONNECTORS = frozenset(lang_words("name_connectors"))
_SEPARATORS = " \t,;|·•–—-/"
# thresholds of names and headlines, shared by the rules below
NAME_LIST_WORDS = 12  # words of a byline's names at most: three or four authors and their connectors
NAME_MAX_WORDS = 4  # words of one person's name (`Mary Ann van Dyke`); a longer line is more than a name
NAME_LINE_WORDS = 5  # words of a name alone on its line: under a bare `By`, or beside the date
NAME_BEFORE_BAR_WORDS = 6  # words of the names before a byline's bar (`By Amy Kuperinsky | NJ Advance Media`)
CAPS_NAME_MIN_WORDS = 2  # words in capitals before the newsroom that make a name (`ANA RUIZ Associated Press`)
BYLINE_MAX_CHARS = 160  # characters: an author line is names, a newsroom and a date, not a paragraph
REPORTER_LINE_MAX = 60  # characters: a CJK reporter's line is a paper, a name or two and an address
HEADLINE_MIN_WORDS = 2  # words: one word alone is a label, never a headline (nor a name and surname)
FULL_HEADLINE_WORDS = 3  # words of a headline that opens a story by its header; shorter: a desk, a name, a label
PARAGRAPH_CHARS = 60  # characters: an open line this long (or of PARAGRAPH_WORDS words) is a paragraph, not a header's
PARAGRAPH_WORDS = 8  # words: ...and a line of this many is one too (a short sentence, a caption)


def name_list(text: str, max_words: int = NAME_LIST_WORDS) -> bool:
    """Names joined by commas and 'and': `Jane Roe and Omar Pike, Northfield Herald`."""
    ws = text.replace(",", " ").replace("&", " & ").split()
    if not 1 <= len(ws) <= max_words or ends_sentence(text) and not text.rstrip().endswith("."):
        return False
    if any(map(str.isdigit, text)):
        return False
    caps = 0
    for w in ws:
        if w.lower() in _NAME_CONNECTORS:
            continue
        if not (w[:1].isupper() or w[:1] in "'’" or caseless_name(w)):
            return False
        caps += 1
    return caps >= 1


# a byline that names a desk instead of a person: "By Staff and wire reports", "By News Services"
_DESK_WORDS = frozenset(lang_words("desk_words"))
DESK_BYLINE_WORDS = 6  # words of a desk's byline (`Staff and wire reports`); more is a sentence
_ARTICLES = frozenset(lang_words("definite_articles"))  # (`the`)


def desk_byline(text: str) -> bool:
    """Words of a newsroom desk, with names and connectors: `Staff and wire reports`."""
    ws = text.split()
    if not 1 <= len(ws) <= DESK_BYLINE_WORDS or not any(w.lower() in _DESK_WORDS for w in ws):
        return False
    return all(w.lower() in _DESK_WORDS or w.lower() in _NAME_CONNECTORS or w.lower() in _ARTICLES or w[:1].isupper()
               for w in ws)


# the word between a byline's name and its post's clock time: `Posted by Anna Weiss at 9:40 AM`
_CLOCK_PREPOSITION = words_alternation(lang_words("byline_clock_words"), r"[ \t]+")
_AT_CLOCK = compile_pattern(rf"[ \t]+{_CLOCK_PREPOSITION}[ \t]+\d{{1,2}}[:.]\d\d"
                            rf"(?:[ \t]?{MERIDIEM})?$", "i")


# a piece of a byline after a separator that is the story's age or reading time (`2h`, `2 min read`)
_META_PIECE = compile_pattern("|".join(f"(?:{p})" for p in (*RELATIVE_TIME, *READ_TIME)), "i")


def _without_meta_tail(rest: str) -> str:
    """``rest`` without the pieces after its last separators that are ages or reading
    times: `Ines Carter • 2h • 2 min read` gives `Ines Carter • ` (the caller strips)."""
    end = len(rest)
    while True:
        pos = max(rest.rfind(sep, 0, end) for sep in "|·•")
        if pos <= 0 or _META_PIECE.fullmatch(rest[pos + 1:end].strip()) is None:
            return rest[:end]
        end = pos


_LINK_MARK = compile_pattern(r"\[\d{1,4}\]", "")
_EMAIL_TAIL = compile_pattern(r"[ \t]{1,3}[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}[ \t]*$", "")
# the author's handle on a social network after the name: `Maya Ellison @mellison`
_HANDLE_TAIL = compile_pattern(r"[ \t]{1,3}(?:[|·•–—-][ \t]{0,3})?@[\w.]{1,30}[ \t]*$", "")
# ... or glued to the name where the markup split them, seen once the date after it is cut off:
# `By Chris Doe@ClevelandDesk Nov 18, 2019`
_GLUED_HANDLE = compile_pattern(r"(?<=[^\W\d_])@[\w.]{1,30}[ \t]*$", "")


_LINE_SEPARATORS = ("|", "·", "•", " – ", " — ", " - ")
# a date label inside a byline line, after a space: `By Jane Roe Posted ...`, `Por Ana Ruiz Actualizado ...`
_DATE_LABEL = compile_pattern(rf"(?<=[ \t])(?:{words_alternation(PUBLISHED_WORDS)})\b", "i")


def _date_splits(rest: str) -> Iterator[tuple[int, bool]]:
    """Where a date may start in a byline's text: the first of each separator, then each
    date label (True), left to right, then the first full date after a space, with no
    separator before it, after a word no name holds (`By Ada Linford Feb 8, 2020 5 min read`;
    True: a reading time may follow)."""
    for sep in _LINE_SEPARATORS:
        pos = rest.find(sep)
        if pos > 0:
            yield pos, False
    for m in _DATE_LABEL.finditer(rest):
        yield m.start(), True
    got = find_date(rest)
    if got is not None and got.start > 0 and rest[got.start - 1] in " \t" and \
            rest[:got.start].split()[-1].lower() not in _NOT_IN_NAMES:  # (`By Ada Linford On 12. Dezember`: a join word)
        yield got.start, True


def byline_fields(text: str) -> tuple[tuple[str, str], ...]:
    m = _BYLINE_RX.fullmatch(text)
    if m is None:
        return ()
    rest = _LINK_MARK.sub("", m.group("rest"))  # `By [8]Ines Carter`: a text browser's link number
    rest = _EMAIL_TAIL.sub("", rest)  # `By Maya Ellison mellison@herald.example`: the author's address
    rest = _HANDLE_TAIL.sub("", rest)  # `By Maya Ellison @mellison`: her handle
    fields: list[tuple[str, str]] = []
    # a date may share the line: "By Jane Roe | November 3, 2025", "Von Lena Hartmann Aktualisiert
    # 03.11.2025": after a separator, or after any date label of the vocabulary
    for pos, labelled in _date_splits(rest):
        tail = rest[pos:].strip(_SEPARATORS)
        got = is_date_line(tail)
        if got is not None:
            fields.append(("published", got.iso))
            rest = rest[:pos]
            break
        dated = date_fields(tail) if labelled else ()
        if dated:  # `By Aaron Whitlock | ... | Valley Courier PUBLISHED: ... | UPDATED: ...`
            fields.extend(dated)
            rest = rest[:pos]
            break
    else:
        # the age and the reading time may share it: "Story by Ines Carter • 2h • 2 min read"
        rest = _without_meta_tail(rest)
    name = _GLUED_HANDLE.sub("", rest).strip(_SEPARATORS)
    if "|" in name:  # `By Amy Kuperinsky | NJ Advance Media for NJ.com`: the name, then the newsroom
        head = name.partition("|")[0].strip(_SEPARATORS)
        if head and name_list(head, NAME_BEFORE_BAR_WORDS):
            name = head
    name = _without_agency(name)  # `By Harriet Ashcombe (AFP)`: the name, then the wire it writes for
    clock = _AT_CLOCK.search(name)  # `Posted by Anna Weiss at 9:40 AM`
    if clock is not None and clock.start() > 0:
        name = name[:clock.start()]
    if ", " in name:  # `By Ines Achterberg, Transport reporter`: the name, then the job in running case
        head, _, job = name.partition(", ")
        if name_list(head, NAME_MAX_WORDS) and (_job_line(job) or _OUTLET_AND_PLACE.fullmatch(job)):
            name = head  # (or the outlet and the place: `Por Rafael Quintela, Cerrado Hoje — Anápolis`)
    if not name_list(name) and not desk_byline(name) and not (fields and _user_name(name)) or _headline_after_by(name):
        return ()
    name = _name_then_job(name) or name  # `By Dana Whitlock Staff Writer`: the name, not the job
    ws = name.split()
    caps = next((k for k, w in enumerate(ws) if not w.isupper()), len(ws))
    if CAPS_NAME_MIN_WORDS <= caps < len(ws) and _outlet_line(" ".join(ws[caps:])):
        name = " ".join(ws[:caps])  # `By ANA RUIZ Associated Press`: the name in capitals, then the newsroom
    return (("byline", name), *fields)


_AGENCY_NAMES = frozenset(a.casefold() for a in AGENCIES)


def _without_agency(name: str) -> str:
    """A byline's names with a news agency's name in parentheses after them (`Harriet Ashcombe
    (AFP)`, `Lorenz Sandau (dpa)`) are the names: the agency is the wire the author writes for.
    Any other parenthesis (`Ines Carter (Lindau)`, a place) is left to the name test."""
    if not name.endswith(")"):
        return name
    head, _, tail = name[:-1].rpartition("(")
    head = head.strip(_SEPARATORS)
    if head and tail.strip().casefold() in _AGENCY_NAMES and name_list(head, NAME_BEFORE_BAR_WORDS):
        return head
    return name


SLOT_BYLINES = 2  # `NAME | AGENCY` lines over this many headlines: the page's story header, not one picture's credit
SLOT_BYLINE_MAX = 80  # characters of such a line: a name, a bar and a wire's name
SLOT_HEADLINE_WORDS = 30  # a headline-shaped line up to this long under it is the story's headline


def slot_pipe_bylines(ctx: Context) -> dict[int, str]:
    """(seg16) In plain text, the lines `NAME | AGENCY` (a person's name, a bar, a wire of the
    language files' agency list: `Priya Dunmere | AFP`) printed right over a headline-shaped
    line with no caption sentence right over them, where the page prints such a line over
    SLOT_BYLINES headlines or more: each is its story's byline, the author and the wire she
    writes for, in the header's slot (line -> name). One such line, or one under a caption
    sentence, is a picture's credit (CS101's)."""
    if ctx.doc.from_html:
        return {}
    got = cast("dict[int, str] | None", ctx.page_memo.get("slot_pipe_bylines"))  # (CS101 and CS301 ask)
    if got is None:
        got = ctx.page_memo["slot_pipe_bylines"] = _slot_pipe_bylines(ctx)
    return got


def _slot_pipe_bylines(ctx: Context) -> dict[int, str]:
    texts, n, out = ctx.texts, len(ctx.texts), {}
    for i in ctx.blocks_with("|", limit=SLOT_BYLINE_MAX):
        t = texts[i]
        if t.count("|") != 1 or i + 1 >= n:
            continue
        head, _, tail = t.partition("|")
        head = head.strip()
        if tail.strip().casefold() not in _AGENCY_NAMES or not name_list(head, NAME_MAX_WORDS) or byline_fields(t):
            continue
        nxt = texts[i + 1]
        if "|" in nxt or ends_sentence(nxt) or not ctx.heading(i + 1, SLOT_HEADLINE_WORDS):
            continue
        if i > 0 and ends_sentence(texts[i - 1]):
            continue  # under a caption: the picture's credit
        out[i] = head
    return out if len({texts[i + 1] for i in out}) >= SLOT_BYLINES else {}


# (meta94) a site's user name in lower case, one word, as a blog prints it before the date: `By admin - 2018-09-16`
_USER_NAME = compile_pattern(r"[\p{Ll}][\p{Ll}\d._-]{1,30}", "")


def _user_name(name: str) -> bool:
    """`admin`, `jdoe`: one lower-case word, read as the author only with the date beside it
    after a separator (`By the time ...` has more words; `By far` has no date after a bar)."""
    return _USER_NAME.fullmatch(name) is not None and name not in _NOT_IN_NAMES


# function words of any language that no name holds (a name's particles, `von`, `de la`, `and`,
# are the connectors): `Im`, `Bis`, `The`, `Of` in a title-case line are a headline's words
_NOT_IN_NAMES = frozenset().union(*STOPWORDS.values()) - _NAME_CONNECTORS
HEADLINE_FUNCTION_WORDS = 2  # such words in a byline's "name": a headline's run of them, not a name


def _headline_after_by(name: str) -> bool:
    """What follows a byline word is a title-case headline that opens on a word the byline
    words share (`Von München Bis Aachen: Im Netz Der China-Agenten`, `By The Sea Of Galilee`),
    not a name: a colon inside it, or two function words of some language that no name holds."""
    if ":" in name.rstrip(": \t"):
        return True
    return sum(1 for w in name.lower().split() if w.strip(".,'’\"()") in _NOT_IN_NAMES) >= HEADLINE_FUNCTION_WORDS
# (blog24) a blog post's header after the name: the time in the page's words (`a las 3:48 PM`,
# `um 16:20`), or the category the post is filed in (`in Politics`, `dans Culture`, `w Kraj`)
_CLOCK_WORD = compile_pattern(r"\d{1,2}[:.]\d\d", "")
CLOCK_SUFFIX_MAX = 4  # characters of a word after the time (`PM`, `a.m.`, `Uhr`)
CONNECTOR_MAX = 6  # characters of a word that joins the name to the time or the category (`a`, `las`, `kl.`, `dans`)
CLOCK_CONNECTORS = 2  # words between the name and the time at most (`a las`)
CATEGORY_MAX_WORDS = 3  # words of a category's label (`Arts & Culture`)


def _connector(w: str) -> bool:
    return w[:1].islower() and len(w) <= CONNECTOR_MAX and w.rstrip(".").isalpha()


def _blog_post_name(name: str) -> str:
    """A blog's `Posted by` line past its name: `Ana Ruiz a las 3:48 PM` gives `Ana Ruiz`,
    `Sanne Hoekveld in Politiek` gives `Sanne Hoekveld` (the category: a label of one to three
    words); ``name`` itself when what is left is no name of two words or more."""
    ws = name.split()
    k = len(ws) - (len(ws) > 1 and len(ws[-1]) <= CLOCK_SUFFIX_MAX and ws[-1].replace(".", "").isalpha()
                   and _CLOCK_WORD.fullmatch(ws[-2]) is not None)  # (`PM`, `Uhr` after the time)
    if k and _CLOCK_WORD.fullmatch(ws[k - 1]) is not None:
        j = k - 1
        while j > HEADLINE_MIN_WORDS and k - 1 - j < CLOCK_CONNECTORS and _connector(ws[j - 1]):
            j -= 1
        if j < k - 1 and name_list(" ".join(ws[:j]), NAME_MAX_WORDS):
            return " ".join(ws[:j])
    for c in range(1, CATEGORY_MAX_WORDS + 1):
        j = len(ws) - c - 1  # the connector's place
        if j >= HEADLINE_MIN_WORDS and _connector(ws[j]) and ws[j + 1][:1].isupper() and \
                name_list(" ".join(ws[:j]), NAME_MAX_WORDS):
            return " ".join(ws[:j])
    return name


_POST_BYLINE_WORDS = lang_words("post_byline")
_POST_BYLINE_RX = compile_pattern(rf"(?:{words_alternation(_POST_BYLINE_WORDS)})[ \t]+(?P<rest>\S.*)", "")
_POST_BYLINE_KEYS = _start_keys(_POST_BYLINE_WORDS)


# (seg50) the same header in a language that puts the label after the name and the verb last:
# `Ayşe Demir tarafından Spor içinde yayınlandı`, `Ayşe Demir tarafından 10:12 saatinde gönderildi`
_POST_BYLINE_AFTER = lang_words("post_byline_after")
_POST_VERBS = lang_words("post_verbs")
_NAME_FIRST_RX = compile_pattern(
    rf"(?P<name>\S[^\n]{{0,60}}?)[ \t]+(?:{words_alternation(_POST_BYLINE_AFTER)})[ \t]+\S[^\n]{{0,80}}?"
    rf"[ \t](?:{words_alternation(_POST_VERBS)})", "") if _POST_BYLINE_AFTER and _POST_VERBS else None


def _name_first_bylines(ctx: Context) -> Iterator[tuple[int, str]]:
    """(seg50) A blog's post header that prints the name first, its label after it and the
    posting verb last (`Ayşe Demir tarafından Spor içinde yayınlandı`): the line and the name,
    a name of two words or more (a headline with the label in it ends on another verb)."""
    if _NAME_FIRST_RX is None:
        return
    for i in ctx.blocks_with(*_POST_BYLINE_AFTER, limit=BYLINE_MAX_CHARS):
        m = _NAME_FIRST_RX.fullmatch(ctx.texts[i]) if ctx.is_open(i) else None
        if m is not None and len(m.group("name").split()) > 1 and name_list(m.group("name"), NAME_MAX_WORDS):
            yield i, m.group("name").strip()


def _post_bylines(ctx: Context) -> Iterator[tuple[int, str]]:
    """(blog24) A blog's post header, its label (`Posted by`, `Publicado por`), a name and then
    the category or the clock time (:func:`_blog_post_name`): the line and the name. The label
    and a name alone are left as they were (a newspaper's sign-off may read so)."""
    yield from _name_first_bylines(ctx)
    for i in ctx.starting_with(_POST_BYLINE_KEYS):
        t = ctx.texts[i]
        if ctx.lens[i] > BYLINE_MAX_CHARS or not ctx.is_open(i):
            continue
        m = _POST_BYLINE_RX.fullmatch(t)
        if m is None:
            continue
        rest = m.group("rest").strip()
        name = _blog_post_name(rest)
        if name != rest and name_list(name, NAME_MAX_WORDS):
            yield i, name.strip()


class BylineRule(Rule):
    """
    What it removes: an author line, `By Jane Roe`, `By Jane Roe and Omar Pike`,
    `Von Lena Hartmann`, `Por Lucía Ferrer`, `Par Claire Dubois`, also
    `By` on its own line with the name on the next; the name fills `byline`.
    Why: the author belongs in the record's field, not in the body.
    Example: `By Priya Nandakumar, Northfield Herald`
    Example: `By Staff and wire reports` (a desk, not a person)
    Example: `Posted by Ada Linford in Vegetables`, `Publicado por Ana Ruiz a las 3:48 PM` (a
    blog's post header: the category or the clock time after the name)
    Example: `박서연 기자`, `临江晚报记者 苏晓雨 通讯员 周启明` (Korean and Chinese reporters' lines)
    Example: `By admin - 2018-09-16` (a site's user name in lower case, read only with the date
    after a separator), `Текст: Лида Буслаева·11 октября 2018` (the date glued to a middle dot)
    Example: `Priya Dunmere | AFP` right over each story's headline, on a page that prints it
    so over two stories or more (a name and a wire split by a bar; under a caption sentence
    it is a picture's credit, CS101's)
    Kept: `By Monday, the council had approved the plan.` (a sentence); `By far the busiest day
    was 2018-09-16.` (a lower-case word with no separator before the date).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        blocks = ctx.doc.blocks
        bare = compile_pattern(_BARE_BYLINE, "")
        for i in ctx.starting_with(_BYLINE_KEYS):
            t = blocks[i].text
            f = ctx.findings[i]
            stub = f is not None and f.code == "CS303"  # a bare 'By' the stub rule took
            if len(t) > BYLINE_MAX_CHARS or not (stub or ctx.is_open(i)):
                continue
            fields = byline_fields(t)
            if fields:
                yield self.finding(i, "an author line", fields=fields)
            elif bare.fullmatch(t) and i + 1 < len(blocks) and ctx.is_open(i + 1):
                nxt = blocks[i + 1].text
                if len(words(nxt)) <= NAME_LINE_WORDS and name_list(nxt, NAME_LINE_WORDS) and not ends_sentence(nxt):
                    yield self.finding(i, "a byline word whose name is on the next line", role=Role.STUB,
                                       priority=self.priority + 1)
                    yield self.finding(i + 1, "the author's name under a bare byline word",
                                       fields=(("byline", nxt.strip()),))


        for i, name in slot_pipe_bylines(ctx).items():
            if ctx.is_open(i):
                yield self.finding(i, "a name and a wire split by a bar over each story's headline",
                                   fields=(("byline", name),))
        for i, name in _post_bylines(ctx):
            if not byline_fields(ctx.texts[i]):  # (a line the loop above took already)
                yield self.finding(i, "a blog post's author line, the category or the time after the name",
                                   fields=(("byline", name),))
        reporter = compile_pattern(_CJK_REPORTER, "")
        for i in ctx.blocks_with(*_REPORTER_AFTER, *_REPORTER_BEFORE, limit=REPORTER_LINE_MAX):
            m = reporter.fullmatch(blocks[i].text) if ctx.is_open(i) else None
            if m is not None:
                yield self.finding(i, "a reporter's byline (`박서연 기자`, `记者 苏晓雨`)",
                                   fields=(("byline", m.group("name")),))


# Korean prints the name before `기자` (reporter), Chinese the paper and `记者` before it, and
# a correspondent after: `박서연 기자 syp@hanbit.kr`, `临江晚报记者 苏晓雨 通讯员 周启明`
_REPORTER_AFTER = lang_words("reporter_after_name")
_REPORTER_BEFORE = lang_words("reporter_before_name")
_CJK_REPORTER = (rf"(?P<name>\p{{Hangul}}{{2,4}})[ \t]?{words_alternation(_REPORTER_AFTER)}"
                 r"(?:[ \t]{1,3}[\w.+-]{1,40}@[\w.-]{1,60})?"
                 rf"|\p{{Han}}{{0,12}}{words_alternation(_REPORTER_BEFORE)}[ \t]{{0,2}}(?P<name>\p{{Han}}{{2,4}})"
                 rf"(?:[ \t]{{1,3}}{words_alternation(lang_words('reporter_colleagues'))}[ \t]{{0,2}}\p{{Han}}{{2,4}}){{0,3}}")

BYLINE = BylineRule("CS301", "byline", "an author line; the name fills `byline`", Role.BYLINE,
                    emits=(Role.STUB,), reads=ARTICLE_LABELS, shapes=True)  # a bare `By` over an open name line

_READ_TIME = frozenset({"CS408"})
_FOLLOW = frozenset({"CS402"})
_BYLINE_CODES = frozenset({"CS301"})
JOB_LINE_MAX = 60  # characters: a job title under a byline is a few words (`Transport correspondent`)
HEADER_JOB_WORDS = 3  # words of a job title under a name in the page's header, away from the date (`Senior Reporter`)


class AuthorNameRule(Rule):
    """
    What it removes: an author's name standing alone, with no `By`, next to
    the date or the reading time (broadsheet and blog templates print it so);
    the name fills `byline`.
    Why: the author belongs in the record's field, not in the body.
    Example: `Priya Nandakumar` (followed by `Sat 8 Nov 2025 07.00 GMT`)
    Example: `Lucy Hammond` over `Senior Reporter` over the date, or anywhere above the first
    paragraph (the job title goes too)
    Example: `Redacción` over the date: a desk for a byline
    Example: `Ines Carter` over `Northfield Wire` over the date (the newsroom line goes too)
    Example: `Transport correspondent` under `By Hana Ito` (the job title goes)
    Example: `Ada Linford @linford`, a name and the author's handle, wherever it stands
    Example: `Ines Carter, Markets correspondent` or `Bericht: Lorenz Sandau` under each of
    several stories' headlines (an index quote, a clip's title and length between), over its
    text: the byline's place in the page's story header, whatever a rule took it for
    Example: `Ana Ruiz, corresponsal` or `Rodrigo Valdeolmos, Jefe de Economía` over or under the
    date, once on the page: a name, a comma and a job, no `By` (a job no list holds under a
    headline); `Théo Tassin, Rédacteur en chef adjoint` over the headline over the date
    Example: `Defne Aksoy, Muhabir` in each story's header (under a deck, over the headline), a job
    no list holds that two stories or more print, a different name each time; then `Kerem Tunç,
    Temsilci` in the same slot under its own headline
    Kept: `Three rules` (a subheading: not next to a date or reading time); `Anna Berg, Head
    teacher` under each subheading of an article with its own byline or date (its voices).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        n = len(ctx.texts)
        findings = ctx.findings
        for i in ctx.labelled(_BYLINE_CODES):  # `By Hana Ito` / `Transport correspondent`
            if i + 1 < n and ctx.is_open(i + 1) and findings[i + 1] is None and ctx.lens[i + 1] <= JOB_LINE_MAX \
                    and _job_line(ctx.texts[i + 1]) and not ends_sentence(ctx.texts[i + 1]):
                yield self.finding(i + 1, "the author's job title under the byline")
        taken, first_prose = -1, _first_prose(ctx)
        kickers = kicker_lines(ctx)
        for i in ctx.headings(NAME_LINE_WORDS):
            if i <= taken or i in kickers or i - 1 in kickers:
                continue  # (a network's name over each headline, and the headline under it: no author)
            near = i > 0 and findings[i - 1] is not None or i + 1 < n and findings[i + 1] is not None or \
                i + 2 < n and findings[i + 2] is not None  # (no label around it: no date beside it, no call)
            handle = _HANDLE_TAIL.search(ctx.texts[i]) if "@" in ctx.texts[i] else None
            name = ctx.texts[i][:handle.start()].strip() if handle is not None else ""
            if name and HEADLINE_MIN_WORDS <= len(name.split()) <= NAME_MAX_WORDS and name_list(name, NAME_MAX_WORDS) \
                    and not (near and _dated(findings, i - 1, i + 1, n)):
                # (wherever the header puts it: over a `Published` stub and the story's age too)
                yield self.finding(i, "a name and the author's handle", fields=(("byline", name),))
                continue
            if not (near and (_dated(findings, i - 1, i + 1, n) or _dated(findings, i - 1, i + 2, n))) and (
                    i >= first_prose or i + 1 >= n or not _job_line(ctx.texts[i + 1])):
                continue  # every shape below stands beside the date, but a name over its job title in the header
            t = _HANDLE_TAIL.sub("", ctx.texts[i])  # (`Jonas Halbach @halbach`: a name and the author's handle)
            if ctx.heading_words(i) == 1 and t.strip().lower() in _DESK_WORDS:
                if not _dated(findings, -1, i + 1, n) and i + 1 < n and ctx.is_open(i + 1) and \
                        ctx.heading_words(i + 1) >= FULL_HEADLINE_WORDS:
                    continue  # `NEWS` under the page's date and over a headline: the story's section
                if _dated(findings, i - 1, i + 1, n):
                    yield self.finding(i, "a newsroom desk for a byline, beside the date",
                                       fields=(("byline", t.strip()),))
                elif _place_then_date(ctx, i):  # `Redacción` / `Valdora` / the date
                    yield self.finding(i, "a newsroom desk for a byline, over its place and the date",
                                       fields=(("byline", t.strip()),))
                    yield self.finding(i + 1, "the place line between the byline and the date", role=Role.STUB)
                    taken = i + 1
                continue
            named = _name_then_job(t)
            if named and _dated(findings, i - 1, i + 1, n):  # `Lena Brandt Environment correspondent`
                yield self.finding(i, "a name and the author's job title beside the date", fields=(("byline", named),))
                continue
            if not HEADLINE_MIN_WORDS <= ctx.heading_words(i) <= NAME_LINE_WORDS or not name_list(t, NAME_LINE_WORDS) \
                    or not _NOT_NAME.isdisjoint(t.lower().split()) or FOOTER_HEADING_STRICT.fullmatch(t):
                continue  # (`Top Stories` under a card's date heads the next list, it names nobody)
            job = _job_line(t)
            if not job and i + 1 < n and (ctx.is_open(i + 1) or ctx.role(i + 1) is Role.CREDIT) \
                    and _job_line(ctx.texts[i + 1]) or not job and _card_role_line(ctx, i):
                # `Lucy Hammond` / `Senior Reporter` / the date; or the pair in the page's header
                if ctx.heading_words(i) <= NAME_MAX_WORDS and (_dated(findings, i - 1, i + 2, n) or (
                        i < _first_prose(ctx) and ctx.heading_words(i + 1) <= HEADER_JOB_WORDS)):
                    yield self.finding(i, "a name over the author's job title, beside the date",
                                       fields=(("byline", t),))
                    # (over a credit rule's label: a lone `Contributor` reads as a credit word)
                    yield self.finding(i + 1, "the author's job title under the name", priority=self.priority + 1)
                    taken = i + 1
                continue
            if job or ctx.heading_words(i) > NAME_MAX_WORDS:
                continue
            below = findings[i + 1] if i + 1 < n else None
            if i + 2 < n and ctx.is_open(i + 1) and (below is None or below.code == self.code) \
                    and _outlet_line(ctx.texts[i + 1]) and not _outlet_line(t) and _dated(findings, -1, i + 2, n):
                # `Ines Carter` / `Northfield Wire` / the date: the author, then her newsroom
                yield self.finding(i, "a name over the author's newsroom, beside the date", fields=(("byline", t),))
                yield self.finding(i + 1, "the author's newsroom under the name", role=Role.STUB,
                                   priority=self.priority + 1)
                taken = i + 1
                continue
            if _dated(findings, i - 1, i + 1, n) and not _bylined_above(findings, i):
                yield self.finding(i, "a name beside the date or reading time", fields=(("byline", t),))
                if i > 0 and ctx.is_open(i - 1) and findings[i - 1] is None and _outlet_line(ctx.texts[i - 1]) \
                        and not _outlet_line(t):
                    # `Tidewater Gazette` / `Priya Ramaswamy` / the date: a portal names the paper first
                    yield self.finding(i - 1, "the newsroom that provided the story, over the author's name",
                                       role=Role.STUB, priority=self.priority + 1)
        for i, fields in _labelled_names(ctx):
            yield self.finding(i, "a name after a label the page prints under each headline", fields=fields)
        yield from self._slot_bylines(ctx)
        yield from self._comma_bylines(ctx)
        yield from self._author_photos(ctx)

    def _slot_bylines(self, ctx: Context) -> Iterator[Finding]:
        for i, name in _slot_names(ctx):  # (over a video teaser's title: the name and its job are no title)
            yield self.finding(i, "a name in the byline's place of each story's header, under its headline",
                               fields=(("byline", name),), priority=self.priority + 1)

    def _comma_bylines(self, ctx: Context) -> Iterator[Finding]:
        for i, name in _comma_bylines(ctx):
            yield self.finding(i, "a name, a comma and the author's job, no `By`, beside the date or reading time",
                               fields=(("byline", name),))
        for i, name in _repeated_comma_names(ctx):  # (seg17) the same shape in each story's header
            yield self.finding(i, "a name, a comma and a job the page prints in each story's header, a different name each time",
                               fields=(("byline", name),))

    def _author_photos(self, ctx: Context) -> Iterator[Finding]:
        for i in _author_photo_lines(ctx):
            yield self.finding(i, "the author photo's alt text over the byline or date (the name, a word or two)",
                               role=Role.STUB)


BYLINE_LABEL_WORDS = 2  # words of a byline's label in words no list holds (`Article de`, `Artykuł:`)
LABELLED_NAME_MAX = 100  # characters: the label, a name, and the date or the story's age after a bar
DATE_TAIL_WORDS = 5  # words after the name, with no bar between, that hold its date (`a las 13/01/2024 15:30`)
_TAIL_BAR = compile_pattern(r"[ \t]{1,3}[|·•–—][ \t]{1,3}", "")


@lru_cache(maxsize=TEXT_CACHE)  # (asked of each line under a headline, once per headline)
def _label_and_name(text: str) -> tuple[str, str] | None:
    """`Article de Claire Vasseur • il y a 3 heures`: the label (a word or two, the last
    lower case or ending in a colon) and the name (two to four capitalised words) before
    the bar, or None."""
    # (an ASCII line without `|` holds no bar: no search)
    head = _TAIL_BAR.split(text, maxsplit=1)[0] if "|" in text or not text.isascii() else text
    ws = head.split()
    for k in range(1, BYLINE_LABEL_WORDS + 1):
        label, name = ws[:k], ws[k:]
        if len(name) < HEADLINE_MIN_WORDS or not (label[-1][:1].islower() or label[-1].endswith(":")):
            continue  # (the label's test, read first: the cheapest, and most lines fail it; the name
            # below only ever loses words)
        if head == text and len(name) > NAME_MAX_WORDS and DIGIT_RUN.search(text) is not None:
            # no bar: the name, then its date (`Postat av Ines
            # Carter kl. 2024-01-15 16:48`, the time's word in any language)
            caps = next((m for m, w in enumerate(name) if not w[:1].isupper()), len(name))
            if caps <= NAME_MAX_WORDS and len(name) - caps <= DATE_TAIL_WORDS and \
                    find_date(" ".join(name[caps:])) is not None:
                name = name[:caps]
        if not HEADLINE_MIN_WORDS <= len(name) <= NAME_MAX_WORDS or not all(w[:1].isupper() for w in name):
            continue
        if (label[-1][:1].islower() or label[-1].endswith(":")) and name_list(" ".join(name), NAME_MAX_WORDS) \
                and _NOT_NAME.isdisjoint(w.lower() for w in name):
            return " ".join(label).lower(), " ".join(name)
    return None


def _labelled_names(ctx: Context) -> list[tuple[int, tuple[tuple[str, str], ...]]]:
    """Author lines in words no list holds: right under each of several headline-shaped
    lines, the same label, then a different name each time (and the date or the story's
    age after a bar): the template prints the byline there, whatever its label says."""
    by_label: dict[str, list[tuple[int, str]]] = {}
    fs, hw, texts, lens = ctx.findings, ctx.heading_counts(), ctx.texts, ctx.lens
    content, title = Role.CONTENT, Role.TITLE
    n = len(texts)
    # (the lines under a headline the page found or a headline-shaped line: no other line is read)
    heads = {*ctx.with_role(title), *[a for a in ctx.shaped() if hw[a] >= FULL_HEADLINE_WORDS]}  # (lists: no generator
    for i in sorted([a + 1 for a in heads if a + 1 < n and lens[a + 1] <= LABELLED_NAME_MAX]):  # resumed per line)
        f, above = fs[i], fs[i - 1]  # (ctx.is_open and ctx.role, read straight: the cheap tests first)
        if f is not None and f.role is not content or not (
                above is not None and above.role is title or
                (above is None or above.role is content) and hw[i - 1] >= FULL_HEADLINE_WORDS) \
                or ends_sentence(texts[i]):
            continue
        got = _label_and_name(texts[i])
        if got is not None:
            by_label.setdefault(got[0], []).append((i, got[1]))
    found = []
    for lines in by_label.values():
        if len(lines) >= PATTERN_MIN and len({name for _, name in lines}) >= PATTERN_MIN:
            for i, name in lines:
                date = find_date(ctx.texts[i])
                found.append((i, (("byline", name),) + ((("published", date.iso),) if date else ())))
    return sorted(found)


COMMA_JOB_WORDS = 3  # words of the job after a name and its comma (`Leiter Wirtschaft`, `Jefe de Economía`)
SLOT_REACH = 4  # lines from a headline down to the name: a quote, a clip's title and its length between


def _comma_name(text: str, any_case: bool = False, job_words: int = COMMA_JOB_WORDS) -> str:
    """`Svenja Mürzhofer, Leiter Wirtschaft`: a name of two to four capitalised words, a comma,
    then a few words (a job, in words no list need hold), no digit, no sentence: the name, or "".
    With ``any_case``, the job may open in lower case (`Ana Ruiz, corresponsal`); ``job_words``: its
    words at most."""
    name, comma, job = text.partition(",")
    if not comma or "," in job or not 1 <= len(job.split()) <= job_words or ends_sentence(text):
        return ""
    name, job = name.strip(), job.strip()
    if not HEADLINE_MIN_WORDS <= len(name.split()) <= NAME_MAX_WORDS or not name_list(name, NAME_MAX_WORDS) or \
            not _NOT_NAME.isdisjoint(name.lower().split()) or not (job[:1].isupper() or any_case) or \
            not all(map(_name_word, job.split())):
        return ""  # (`Carlos Dobkin , and`: an author list's connector, no job)
    return name


COMMA_HEAD_REACH = 3  # lines over a bare name and its job where its headline stands (a deck, the date between)
COMMA_HEAD_WORDS = 5  # words of that headline at least: a masthead or a kicker over a headline with a comma is shorter


def _comma_bylines(ctx: Context) -> list[tuple[int, str]]:
    """`Chiara Bortolami, Inviata`, `Ana Ruiz, corresponsal`: a name, a comma and a job
    (``_comma_name``, the job in either case) with no `By`, right over or under the date or under
    the reading time, once on the page too, or (seg12) under a clip's length (`▶ 02:14`, a
    broadcaster's story header). The job names a newsroom's job (the language files'
    `jobs`; then it may run to JOB_LINE_WORDS words, `Rédacteur en chef adjoint`), or a headline of
    COMMA_HEAD_WORDS words or more stands over it (``_slot_head``, a deck or the date between): a
    headline with a comma (`Kamala Harris, Explained`) over its own date has none, a masthead over
    it is shorter. A name with a newsroom's job may stand right over the headline, the date under
    that (`Théo Tassin, Rédacteur en chef adjoint` / the headline / the date)."""
    fs, texts, n = ctx.findings, ctx.texts, len(ctx.texts)
    found = []
    for i in ctx.short(LABELLED_NAME_MAX):
        f, t = fs[i], texts[i]
        if f is not None and f.role not in _SLOT_NAME_ROLES or "," not in t:
            continue
        name = _comma_name(t, any_case=True, job_words=JOB_LINE_WORDS)
        if not name or not all(map(_name_word, name.split())):
            continue  # (`Kanal: NRK Radio, Max`: a label and a channel, no name)
        job = t.partition(",")[2].lower().split()
        listed = not JOB_WORDS.isdisjoint(job)
        if not listed and len(job) > COMMA_JOB_WORDS:
            continue
        above = fs[i - 1] if i > 0 else None
        if _dated(fs, i - 1, i + 1, n) or above is not None and above.code in _READ_TIME or i and may_clip(texts[i - 1]) and clip_line(ctx, i - 1):
            # (seg12: or under a clip's length, a broadcaster's story header)
            if listed or any(_slot_head(ctx, k) and ctx.nwords(k) >= COMMA_HEAD_WORDS
                             for k in range(i - 1, max(-1, i - 1 - COMMA_HEAD_REACH), -1) if ctx.is_open(k)):
                found.append((i, name))
        elif listed and i + 2 < n and ctx.is_open(i + 1) and _slot_head(ctx, i + 1) and \
                ctx.nwords(i + 1) >= COMMA_HEAD_WORDS and (g := fs[i + 2]) is not None and g.role is Role.DATE:
            found.append((i, name))
    return found


def _repeated_comma_names(ctx: Context) -> list[tuple[int, str]]:
    """(seg17) Author lines by their shape repeated in each story's header, in words no list
    need hold: a name, a comma and a capitalised job of a few words (``_comma_name``: `Defne
    Özkaynak, Muhabir`) whose job PATTERN_MIN lines or more print, a different name each time,
    a paragraph between every two (one per story). Over the first, an article's own byline or
    date with none between them is an article's voices (`Anna Berg, Parent` under each of its
    subheadings), no story's header. Once such a job is found, a name line with another job
    (`Kerem Tunçel, Temsilci`, its words capitalised) as far under its headline as a found one
    (``_slot_offset``) is in the same slot: a byline too. A name another step of this rule found
    counts in its job's lines (a job two stories print, one name found under its headline, the
    other under a headline of two sentences), and is not found again."""
    fs, texts = ctx.findings, ctx.texts
    by_job: dict[str, list[tuple[int, str]]] = {}
    for i in ctx.short(LABELLED_NAME_MAX):
        f, t = fs[i], texts[i]
        if f is not None and f.role not in _SLOT_NAME_ROLES and f.code != _AUTHOR_NAME_CODE or "," not in t:
            continue  # (a name this rule found in a header already counts: its job is the page's too)
        name = _comma_name(t)
        if name and all(map(_name_word, name.split())):
            by_job.setdefault(_job(t), []).append((i, name))
    found: list[tuple[int, str]] = []
    for lines in by_job.values():
        if len(lines) >= PATTERN_MIN and len({name for _, name in lines}) == len(lines) and \
                _one_per_story(ctx, [i for i, _ in lines]):
            found += lines
    if not found:
        return []
    slots = {_slot_offset(ctx, i) for i, _ in found} - {None}
    taken, names = {i for i, _ in found}, {name for _, name in found}
    for lines in by_job.values():
        found += [(i, name) for i, name in lines if i not in taken and name not in names and
                  all(w[:1].isupper() for w in texts[i].partition(",")[2].split())
                  and _slot_offset(ctx, i) in slots]
    return sorted((i, name) for i, name in found if (f := fs[i]) is None or f.code != _AUTHOR_NAME_CODE)


def _one_per_story(ctx: Context, lines: list[int]) -> bool:
    """A paragraph stands between every two of ``lines``; and when a byline or date stands over
    the first, one stands between every two as well (the story header's own, printed again)."""
    fs, lens = ctx.findings, ctx.lens
    pairs = list(zip(lines, lines[1:]))
    if not all(any(lens[k] >= PARAGRAPH_CHARS and ctx.is_open(k) for k in range(a + 1, b)) for a, b in pairs):
        return False
    return not any(g is not None and g.role in META_ROLES for g in fs[:lines[0]]) or all(
        any(g is not None and g.role in META_ROLES for g in fs[a + 1:b]) for a, b in pairs)


def _slot_offset(ctx: Context, i: int) -> int | None:
    """How many lines name line ``i`` stands under the line over it that may be a headline
    (``_slot_head``, open or a found headline; SLOT_REACH lines up at most): its slot in the
    story's header (a deck between counts)."""
    fs = ctx.findings
    for k in range(i - 1, max(-1, i - 1 - SLOT_REACH), -1):
        f = fs[k]
        if (f is None or f.role is Role.CONTENT or f.role is Role.TITLE) and _slot_head(ctx, k):
            return i - k
    return None


_AUTHOR_NAME_CODE = "CS307"  # (``_repeated_comma_names``: the names this rule found in a header count)
_SLOT_NAME_ROLES = frozenset({Role.CONTENT, Role.TEASER})  # (a line a rule took for a video's title)
_REPORTERS_CREDIT = "CS105"  # `Reporting by Owen Dunmere` (a picture's credit is no byline)


def _name_word(w: str) -> bool:
    """A word of a person's name: letters, and a hyphen, an apostrophe or an initial's dot."""
    return w.replace("-", "").replace("'", "").replace("’", "").rstrip(".").isalpha()


_BY_WORDS = frozenset(w.lower() for w in BYLINE_WORDS if " " not in w)


def _byline_label(label: str) -> bool:
    """A byline's label: it ends in a colon (`Bericht:`, `Programledare:`) or on a byline word
    (`Reporting by`, `Présenté par`), not a phrase's words (`Urlaubsexperten der`)."""
    return all(map(_name_word, label.rstrip(":").split())) and (label.endswith(":") or label.split()[-1] in _BY_WORDS)


def _may_label(text: str) -> bool:
    """The cheap test ``_byline_label`` of ``_label_and_name``'s label can only say yes after:
    the line holds a colon, or one of its first two words is a byline word (a caller with many
    lines and few bylines asks this first and spares the call)."""
    # (the line lowered whole, then split: lowering makes no white space and takes none, so the same words)
    return ":" in text or not _BY_WORDS.isdisjoint(text.lower().split(None, BYLINE_LABEL_WORDS)[:BYLINE_LABEL_WORDS])


def _slot_head(ctx: Context, k: int) -> bool:
    """Line ``k`` may stand in a headline's place: headline-shaped, or a headline of two
    sentences (`... «Bella serata». Il Nyt: «...»`) of FULL_HEADLINE_WORDS words or more that
    does not end as a sentence does."""
    return ctx.heading_words(k) >= FULL_HEADLINE_WORDS or ctx.lens[k] <= HEADLINE_MAX_CHARS and \
        ctx.nwords(k) >= FULL_HEADLINE_WORDS and not ends_sentence(ctx.texts[k])


def _slot_names(ctx: Context) -> list[tuple[int, str]]:
    """Author lines by their place in the page's story header: a name, a comma and a job
    (`_comma_name`) with the story's first paragraph right under it and a headline-shaped line
    over it, only labelled lines between (an index quote, a clip's title and length), in
    PATTERN_MIN stories or more, a different name each time: the byline's slot, whatever a
    rule took the line for (a video's title)."""
    texts, lens, n, fs, by_words = ctx.texts, ctx.lens, len(ctx.texts), ctx.findings, _BY_WORDS
    found: list[tuple[int, str]] = []
    short_led: list[tuple[int, str]] = []
    first = True  # (the first name in a story's header: nothing of a header over its story)
    for i in ctx.short(LABELLED_NAME_MAX):
        f = fs[i]
        if f is not None and f.role not in _SLOT_NAME_ROLES and f.code != _REPORTERS_CREDIT:
            continue
        t = texts[i]
        name = _comma_name(t) if "," in t else ""
        if not name and t[:1].isupper() and (":" in t or not by_words.isdisjoint(  # (``_may_label``, inline: asked of each line)
                t.lower().split(None, BYLINE_LABEL_WORDS)[:BYLINE_LABEL_WORDS])) and not ends_sentence(t):
            got = _label_and_name(t)  # `Bericht: Lorenz Sandau`, `Reporting by Owen Dunmere`
            name = got[1] if got is not None and _byline_label(got[0]) else ""
        if not name or not all(map(_name_word, name.split())):
            continue  # (`Path A: Iceland, Bulgaria/Israel*`: a list's item, no name)
        under = [k for k in range(i + 1, min(n, i + 1 + SLOT_REACH)) if ctx.is_open(k)][:HEADER_SLACK]
        if not any(lens[k] >= PARAGRAPH_CHARS for k in under):
            if found and "," in t:
                short_led.append((i, name))  # (a story whose first lines are short: its job may say, below)
            continue  # (the story's first paragraph, or a deck over it)
        over = _slot_over(ctx, i)
        top = over if over is not None else i
        if first and any(g is not None and g.role in META_ROLES for g in fs[:top]):
            return []  # (an article's own byline or date over the first: its voices under its subheadings)
        first = False
        if over is not None and _slot_head(ctx, over) and (
                not found or any(lens[k] >= PARAGRAPH_CHARS for k in range(found[-1][0] + 1, over))):
            found.append((i, name))  # (a paragraph between two: one per story, not a list's items)
    if len({name for _, name in found}) < PATTERN_MIN:
        return []
    return _short_led_names(ctx, found, short_led) if short_led else found


def _slot_over(ctx: Context, i: int) -> int | None:
    """The open line or headline over name line ``i`` (SLOT_REACH lines up at most), past an
    index quote or a clip's length (labelled by a later rule)."""
    texts, fs = ctx.texts, ctx.findings
    return next((k for k in range(i - 1, max(-1, i - 1 - SLOT_REACH), -1)
                 if (ctx.is_open(k) or fs[k] is not None and fs[k].role is Role.TITLE)  # type: ignore[union-attr]
                 and not figures_line(texts[k]) and not (may_clip(texts[k]) and clip_line(ctx, k))), None)


def _job(text: str) -> str:
    """The job after a name line's comma (`Ana Ruiz, Corresponsal`), folded."""
    return " ".join(text.partition(",")[2].casefold().split())


def _short_led_names(ctx: Context, found: list[tuple[int, str]], short_led: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``found`` (the names in the byline's slot) with the names of ``short_led`` (under the
    first, with no paragraph in the HEADER_SLACK open lines under them: a story that opens on
    short lines, a deck or a list's label) that print the job another name of the slot prints
    (`Verslaggever` under each headline: the template's line, whatever the story), under a
    headline-shaped line, a paragraph between them and the name over them, and a paragraph
    within SKELETON_MAX lines under them."""
    texts, lens, n = ctx.texts, ctx.lens, len(ctx.texts)
    jobs = {_job(texts[i]) for i, _ in found}
    jobs.discard("")
    out = list(found)
    for i, name in short_led:
        if _job(texts[i]) not in jobs:
            continue
        over = _slot_over(ctx, i)
        above = max((k for k, _ in out if k < i), default=None)
        if over is None or above is None or not _slot_head(ctx, over) or \
                not any(lens[k] >= PARAGRAPH_CHARS for k in range(above + 1, over)) or \
                not any(ctx.is_open(k) and lens[k] >= PARAGRAPH_CHARS for k in range(i + 1, min(n, i + 1 + SKELETON_MAX))):
            continue
        out.append((i, name))
        out.sort()
    return out


# words no person's name holds: a label or a slogan in Title Case (`Take Us With You`)
_NOT_NAME = frozenset(lang_words("not_name"))


OUTLET_MAX_CHARS = 40  # characters: a newsroom's name (`Northfield Wire`, `Associated Press`)
OUTLET_MAX_WORDS = 4  # ...of a few words
PLACE_MAX_WORDS = 2  # words of a place line between a desk and the date (`Valdora`, `Rio Verde`)
NAME_THEN_JOB_NAME = 2  # words of the name before a job title on the same line: a first and a last name
NAME_THEN_JOB_MAX = 6  # words of that line: the name and a job title of a few words
JOB_LINE_WORDS = 5  # words of a job title on its own (`Chief Political Correspondent`)
# (not `News`: `Business News`, `Music News` are the desk's menu, not a newsroom)
_OUTLET = compile_pattern(rf"\b\w{{0,20}}{words_alternation(lang_words('outlet_words'))}\b", "i")


def _outlet_line(text: str) -> bool:
    """A newsroom's name: `Northfield Wire`, `NCW NewsWire`, `Associated Press`."""
    return len(text) <= OUTLET_MAX_CHARS and name_list(text, OUTLET_MAX_WORDS) and _OUTLET.search(text) is not None


def _first_prose(ctx: Context) -> int:
    """The first paragraph of the page: a sentence of PARAGRAPH_CHARS characters or more."""
    return ctx.first_prose(PARAGRAPH_CHARS)


def _place_then_date(ctx: Context, i: int) -> bool:
    """Under block ``i`` stand a place (one or two capitalised words, no digits) and then
    the date: `Valdora` between `Redacción` and `03/11/2025 18:42`."""
    p, d = i + 1, i + 2
    if d >= len(ctx.texts) or not ctx.is_open(p) or ctx.findings[p] is not None:
        return False
    f = ctx.findings[d]
    if f is None or f.role is not Role.DATE:
        return False
    ws = ctx.texts[p].split()
    return 1 <= len(ws) <= PLACE_MAX_WORDS and all(w[:1].isupper() and w.isalpha() for w in ws)


_CARD_ROLE_OVER = frozenset({Role.STUB, Role.CREDIT})  # (a lone role word reads as an empty stub or a credit word)
CARD_ROLE_WORDS = 3  # words of an author card's role line in words no list holds (`Editora de Economia`)


def _card_role_line(ctx: Context, i: int) -> bool:
    """Name ``i`` is an author card's (seg27, issue #18): printed word for word right over
    itself (the headshot's alt text, then the name), over a short line (its role, in words no
    list need hold: `Editora de Economia`, `Muhabir`) over the date. A headline printed twice
    in a row is longer than a name, and its copy is not under its own print and over a role."""
    n = len(ctx.texts)
    if i < 1 or i + 2 >= n or ctx.texts[i - 1] != ctx.texts[i] or not ctx.is_open(i - 1):
        return False
    f = ctx.findings[i + 1]
    role = ctx.texts[i + 1]
    if f is not None and f.role not in _CARD_ROLE_OVER or not 1 <= len(role.split()) <= CARD_ROLE_WORDS \
            or ctx.lens[i + 1] > JOB_LINE_MAX or ends_sentence(role) or any(map(str.isdigit, role)) or role == ctx.texts[i]:
        return False
    return _dated(ctx.findings, -1, i + 2, n)


def _dated(findings: list[Finding | None], before: int, after: int, n: int) -> bool:
    """The date (or the reading time) stands at ``after``, or the date at ``before``; a
    `Follow` button between the name and the date does not part them."""
    nxt = findings[after] if after < n else None
    if nxt is not None and nxt.code in _FOLLOW and after + 1 < n:
        nxt = findings[after + 1]
    prev = findings[before] if before >= 0 else None
    return (nxt is not None and (nxt.role is _DATE or nxt.code in _READ_TIME)) or (
        prev is not None and prev.role is _DATE)


def _bylined_above(findings: list[Finding | None], i: int) -> bool:
    """An author line stands over the date right above block ``i``: the header has its byline,
    so a capitalised line under the date (`Key Points`) is not a second one."""
    above = findings[i - 1] if i >= 1 else None
    if above is None or above.role is not Role.DATE:
        return False
    for k in range(i - 2, max(-1, i - 5), -1):
        f = findings[k]
        if f is not None and f.role is Role.BYLINE:
            return True
        if f is None or f.role is not Role.DATE:
            return False
    return False


# after a byline's name: the outlet, a dash, the place (`Cerrado Hoje — Rio Verdinho (GO)`)
_OUTLET_AND_PLACE = compile_pattern(r"[\p{Lu}][\p{L}'’.]{0,30}(?:[ \t]{1,3}[\p{Lu}][\p{L}'’.]{0,30}){0,4}[ \t]{1,3}[—–-]"
                                    r"[ \t]{1,3}[\p{Lu}][\p{L}'’.\-]{0,30}(?:[ \t]{1,3}[\p{L}][\p{L}'’.\-]{0,30}){0,3}"
                                    r"(?:[ \t]{1,3}\([A-Z]{2}\))?", "")


def _name_then_job(text: str) -> str:
    """`Lena Brandt Environment correspondent`: a two-word name, then a job title on the same
    line; gives the name, or "" (which words of a longer name are the name is not known)."""
    ws = text.split()
    if not NAME_THEN_JOB_NAME < len(ws) <= NAME_THEN_JOB_MAX or not _job_line(" ".join(ws[NAME_THEN_JOB_NAME:])):
        return ""
    name = " ".join(ws[:NAME_THEN_JOB_NAME]).rstrip(",;")
    if not name_list(name, NAME_THEN_JOB_NAME) or not _NOT_NAME.isdisjoint(name.lower().split()):
        return ""
    return name if ws[NAME_THEN_JOB_NAME][:1].isupper() or ws[NAME_THEN_JOB_NAME].lower() in JOB_WORDS else ""


@lru_cache(maxsize=TEXT_CACHE)
def _job_line(text: str) -> bool:
    """A newsroom job title on its own: `Senior Reporter`, `Chief Political Correspondent`.
    (Remembered: the byline rules ask it of the same lines.)"""
    ws = text.lower().replace(",", " ").split()
    return 1 <= len(ws) <= JOB_LINE_WORDS and not JOB_WORDS.isdisjoint(ws)


AUTHOR = AuthorNameRule("CS307", "author-name", "an author's name alone beside the date; fills `byline`",
                        Role.BYLINE, emits=(Role.STUB,),
                        reads=ARTICLE_LABELS, shapes=True)

_YEAR = compile_pattern(r"(?:19|20)\d\d", "")
_UPDATED = compile_pattern(rf"\b{words_alternation(UPDATED_WORDS)}\b", "i")
_PUBLISHED = compile_pattern(rf"\b{words_alternation(lang_words('publication_labels'))}\b", "i")


# a publication date and an update date on one line, the second introduced by its label
_TWO_DATES = compile_pattern(
    rf"^(.{{6,70}}?)[ \t]{{1,3}}(?:[|·•–—-][ \t]{{0,3}})?({words_alternation(UPDATED_WORDS)}\b.{{4,70}})", "i")
# `6 min read · Oct 30, 2025`: the reading time beside the date, split by a dot or a bar; after the
# date also its labelled form, glued where the markup split them (`18:50 UhrLesedauer: 4 Min.`), or
# the bare minutes after a clock time (`28.04.2023, 19:09 3 Min.`)
_READ_PART = compile_pattern(rf"^(?:{READ_TIME[0]})[ \t]{{0,3}}[·•|][ \t]{{0,3}}|(?:[ \t]{{0,3}}[·•|][ \t]{{0,3}}|[ \t]{{1,3}})"
                             rf"(?:{READ_TIME[0]})$|[ \t]{{0,3}}(?:[·•|][ \t]{{0,3}})?(?:{READ_TIME[1]})$"
                             rf"|(?<=\d[:.]\d\d)[ \t]{{1,3}}{BARE_MINUTES}$",
                             "i")
# the minutes' units a reading time holds one of, as printed, none inside another (`min` for `minutes`)
_MINUTE_UNITS = lang_words("minute_units")
_MINUTE_KEYS = tuple(u for u in _MINUTE_UNITS if not any(v != u and v in u for v in _MINUTE_UNITS))
_CJK_SOURCE = compile_pattern(rf"[ \t]{{0,3}}{words_alternation(lang_words('source_labels'))}[ \t]{{0,3}}[:：][ \t]{{0,3}}"
                              r"\S{1,30}$", "")
_SPACES = r"[ \t]{1,3}"
# "This story was originally published November 3, 2025, 5:00 AM.": the template's date in a sentence
_DATE_SENTENCE = compile_pattern(phrases_alternation(lang_words("date_sentences"), _SPACES) + _SPACES, "i")


# the newsroom after the date, split by a slash or a bar: `... / 7:42 PM EST / CBS Velmora`
_TRAILING_SOURCE = compile_pattern(
    r"[ \t]{1,3}[/|\-–—·•][ \t]{1,3}\p{Lu}[\p{L}&'.\-]{0,20}(?:[ \t]+\p{Lu}[\p{L}&'.\-]{0,20}){0,2}$", "")
_TAIL_SEPARATORS = frozenset("/|-–—·•")
# (meta94) the story's tag list after the date and a dot or a bar: `· Tagged with Python, Django`
_TAG_TAIL = compile_pattern(rf"[ \t]{{0,3}}[·•|][ \t]{{0,3}}(?:{words_alternation(TAG_LABELS)})\b[^\n]{{0,200}}$", "i")
READ_TIME_LINE_MAX = 120  # characters: a date line with its reading time (`3 Nov 2025 · 4 min read`)


def _published_and_updated(text: str) -> tuple[tuple[str, str], ...]:
    """A publication date and an update date on one line, the second after its label, each its
    own field: `Publié le 03/11/2025 à 18h42 Mis à jour le 03/11/2025 à 20h15`."""
    both = _TWO_DATES.fullmatch(text)
    if both is not None:
        first, second = is_date_line(both.group(1)), is_date_line(both.group(2))
        if first is not None and second is not None:
            return (("published", first.iso), ("updated", second.iso))
    return ()


@lru_cache(maxsize=TEXT_CACHE)  # (the date rule, the byline rule and the story tests ask of the same lines)
def date_fields(text: str) -> tuple[tuple[str, str], ...]:
    line = text
    if "：" in text or ":" in text:
        text = _CJK_SOURCE.sub("", text)  # `2025年11月03日 18:42 来源：新华社`: the source agency after the date
    if len(text) <= READ_TIME_LINE_MAX:
        low = text.lower()  # (once, not once per unit: `4 Min.`)
        if any(unit in low for unit in _MINUTE_KEYS):
            text = _READ_PART.sub("", text, count=1)
    if "·" in text or "|" in text or "•" in text:
        text = _TAG_TAIL.sub("", text, count=1)  # `Published 21 November 2019 · Tagged with Python`
    m = _DATE_SENTENCE.match(text)
    if m is not None:
        text = text[m.end():].rstrip(". ")
    if not _RELATIVE_WORDS.isdisjoint(LETTER_RUN.findall(text.lower())):
        tail = _RELATIVE_TAIL.search(text)  # `03/11/2025 18h42 Atualizado há 2 horas`
        if tail is not None and tail.start() > 0 and not _RELATIVE_WORDS.isdisjoint(
                w.lower() for w in LETTER_RUN.findall(tail.group())):
            text = text[:tail.start()]  # (a clock time, `9:41 AM EST`, is the date's own time and stays)
    got = is_date_line(text)
    if got is not None and _YEAR.search(text, got.end) is not None:  # (a date line of two dates reads the first)
        both = _published_and_updated(text)
        if both:
            return both
    if got is None and ("/" in text or "|" in text):
        source = _TRAILING_SOURCE.search(text)  # `November 19, 2025 / 7:42 PM EST / CBS Velmora`
        if source is not None and source.start() > 0:
            got = is_date_line(text[:source.start()])
    if got is None:
        both = _published_and_updated(text)
        if both:
            return both
        if m is not None:
            return ()
        with_author = _date_and_byline(text)
        if with_author or _TAIL_SEPARATORS.isdisjoint(text):
            return with_author
        source = _TRAILING_SOURCE.search(text)  # `Nov 21, 2025 - Business`: the desk after the date
        got = is_date_line(text[:source.start()]) if source is not None and source.start() > 0 else None
        return (("published", got.iso),) if got is not None else ()
    key = "updated" if _UPDATED.search(line) and not _PUBLISHED.search(line) else "published"
    return ((key, got.iso),)


_SOURCE_SEPARATORS = "|·•–—-/,"
# the months' names lowered, with the forms their Turkish capitals lower to (``case_forms``: `KASIM`,
# `EKİM`), as the date reader reads them: a month in capitals is a month here too
_MONTH_FORMS = frozenset(form for m in MONTHS for form in case_forms(m))
_CLOCK = compile_pattern(r"\d{1,2}[:.h]\d\d", "")


def _date_after_source(text: str) -> FoundDate | None:
    """The date after the newsroom's, the site's or the author's name: `Reuters November 18,
    2019 11:03 PM`, `Harbour Wire - Nov 19, 2025, 8:15 pm CST`. One to three capitalised
    words, no digits; the name is split from the date by a dash or a bar, or the date
    has its clock time, or the name is one word (a headline with a date in it,
    `Port budget vote November 18, 2025`, has more words and neither)."""
    for k in range(1, 4):
        parts = text.split(None, k)
        if len(parts) <= k:
            return None
        word, rest = parts[k - 1], parts[k]
        if not word[:1].isupper() or any(map(str.isdigit, word)) or word.rstrip(".,").lower() in _MONTH_FORMS:
            return None  # (`Nov. November 18, 2019`: a date printed twice, no name)
        split = rest[:1] in _SOURCE_SEPARATORS or word[-1:] in _SOURCE_SEPARATORS
        rest = rest.lstrip(_SOURCE_SEPARATORS + " \t")
        if not rest[:1].isalnum():
            continue
        if not (split or k == 1 or _CLOCK.search(rest)):
            continue
        got = is_date_line(rest)
        if got is not None:
            return got
    return None


def _date_and_byline(text: str) -> tuple[tuple[str, str], ...]:
    """`November 12, 2018 | BY: Jane Roe`: a date and an author line split by a bar or a dot,
    or joined by a byline word (`Posted on November 3, 2025 by Hana Ito`)."""
    for sep in ("|", "·", "•"):
        if sep in text:
            head, _, tail = text.partition(sep)
            got = is_date_line(head.strip())
            if got is None:
                return ()
            author = byline_fields(_BY_COLON.sub("By ", tail.strip(), count=1))
            return (("published", got.iso), *author) if author else ()
    m = _DATE_BY.fullmatch(text)  # `Posted on November 3, 2025 by Hana Ito`
    if m is not None:
        got = is_date_line(m.group(1))
        author = byline_fields("By " + m.group(2)) if got is not None else ()
        if author:
            return (("published", got.iso), *author)  # type: ignore[union-attr]
    return _byline_on_date(text)


# `Submitted by Ada Linford on Wed, 12/11/2025 - 09:40`: the author line, a short lower-case
# word joining it to the date (`on`, `am`, `le`, `em`: any language's), then the date
JOIN_MAX = 4  # letters of that joining word
NAME_ON_DATE_MAX = 120  # characters of such a line: a label, a name, the word and the date
DATE_LEAD_WORDS = 3  # words of a date before its first number (`on Wed, 12/11/2025`, `on 12 November`, `am 03.11.`)
NAME_ON_DATE_WORDS = 4  # words of it at least: a name of two words, the joining word and a date


def _byline_on_date(text: str) -> tuple[tuple[str, str], ...]:
    """An author line, then a joining word and the date, on one line: its date and author.
    The author line is one a rule knows (`By Ada Linford`) or a label of a word or two
    whose last is lower case (`Submitted by`, `Geschrieben von`), then a name."""
    ws = text.split()
    if len(text) > NAME_ON_DATE_MAX or len(ws) < NAME_ON_DATE_WORDS or not text[:1].isupper():
        return ()
    digit = next((j for j, w in enumerate(ws) if any(map(str.isdigit, w))), len(ws))
    # (the author line: a name of two words at least; the date's first number within a few words)
    for k in range(max(HEADLINE_MIN_WORDS, digit - DATE_LEAD_WORDS), min(digit, len(ws) - 1)):
        w = ws[k]
        if len(w) > JOIN_MAX or not w.isalpha() or not w.islower():
            continue
        got = is_date_line(" ".join(ws[k + 1:]))
        if got is None:
            continue
        head = " ".join(ws[:k])
        author = byline_fields(head)
        if not author:
            labelled = _label_and_name(head)
            author = (("byline", labelled[1]),) if labelled is not None and labelled[0][-1:].islower() else ()
        return (("published", got.iso), *author) if author else ()
    return ()


# the one-word byline words of a cased script that are also written in lower case: they may
# follow a date mid-line (`Posted on November 3, 2025 by Hana Ito`)
_MIDLINE_BY = tuple(w for w in BYLINE_WORDS if " " not in w and w.lower() != w.upper() and w.lower() in BYLINE_WORDS)
_DATE_BY = compile_pattern(rf"^(.{{6,60}}?)[ \t]{{1,3}}{words_alternation(_MIDLINE_BY)}[ \t]{{0,3}}:?[ \t]{{1,3}}(\S.{{0,80}})",
                           "")  # bounded: linear


_BY_COLON = compile_pattern(rf"^{words_alternation(_MIDLINE_BY)}\b[ \t]*:?[ \t]*", "i")  # `BY: Jane Roe`


AGE_TAIL_WORDS = 5  # words after a date's clock time that may be the story's age (`Updated: 9 hours ago`)


def _date_then_age(ctx: Context, t: str) -> FoundDate | None:
    """`27.10.2026 12h29 Güncelleme: 9 saat önce`: a date with its clock time opening the line,
    then a few words with a number and no sentence, in words no list holds, which the page
    prints again after another date, the number changing (each story's age): the date, or None."""
    if _CLOCK.search(t) is None:  # (the cheap test first: the date must hold a clock time)
        return None
    got = find_date(t)
    if got is None or got.start != 0 or got.end >= len(t) or _CLOCK.search(t, 0, got.end) is None:
        return None
    tail = t[got.end:]
    if not any(map(str.isdigit, tail)) or len(tail.split()) > AGE_TAIL_WORDS or ends_sentence(tail):
        return None
    tails = ctx.step_memo.get("age_tails")
    if not isinstance(tails, Counter):
        tails = ctx.step_memo["age_tails"] = Counter(
            fold_digits(ctx.texts[i][d.end:].strip()) for i in ctx.short(DATE_LINE_MAX)
            for d in (find_date(ctx.texts[i]),) if d is not None and d.start == 0)
    return got if tails[fold_digits(tail.strip())] >= PATTERN_MIN else None


# a story's age alone on its line, a bullet before it or not: `• 7 hours ago`, `vor 3 Stunden`
_AGE_LINE = compile_pattern(rf"(?:{'|'.join(RELATIVE_AGE)})\.?", "i")
_AGE_KEYS = _start_keys(RELATIVE_TIME_STARTS)
AGE_LINE_MAX = 40  # characters: an age and its bullet (`• about 11 hours ago`, `il y a 3 heures`)
AGE_TEASER_MAX = 100  # characters of a front card's teaser over its age: one short sentence (a brief's text is longer)


AGE = "a story's age alone on its line (its date, relative to the scrape)"  # (the segmenter reads it: ``segment.py``)


def _age_lines(ctx: Context) -> list[int]:
    """Lines that hold only a story's age, a count and a unit of some language's relative time
    (`• 7 hours ago`, `2 hrs ago`, `vor 3 Stunden`), in a header: the story's date as the
    template prints it, relative to the scrape (no day: `published` stays empty). An age right
    under a sentence too (a brief's age under its text), unless every line the page prints over
    such an age is one short sentence (AGE_TEASER_MAX characters at most): a front's cards, a
    teaser of a sentence over each age, which `CS503` judges whole."""
    texts = ctx.texts
    ages = [i for i in ctx.starting_with(_AGE_KEYS)
            if ctx.lens[i] <= AGE_LINE_MAX and ctx.is_open(i) and _AGE_LINE.fullmatch(texts[i].strip())]
    under = [i for i in ages if i and ends_sentence(texts[i - 1])]
    if under and all(ctx.lens[i - 1] <= AGE_TEASER_MAX and not sentence_breaks(texts[i - 1]) for i in under):
        return [i for i in ages if i not in under]  # (a front's cards: each age under its teaser)
    return ages


class DateLineRule(Rule):
    """
    What it removes: a line that holds only a date and time, with or
    without a label: `Published November 3, 2025`, `Nov. 3, 2025 at 2:05 PM ET`,
    `Veröffentlicht am 03.11.2025, 14:05 Uhr`, `Publicado el 3 de noviembre de 2025`; and a
    date with its clock time, then the story's age in any words, which the page prints after
    another date with its number changing (`27.10.2026 12h29 Güncelleme: 9 saat önce`); a
    brief's clock time alone under its headline (`15.06`, `10.50 Uhr`, `2:32 PM`), when the page
    prints every brief so, a headline over the time and prose under it (the story's date: its
    time; no day, so `published` stays empty); a blog's calendar badge, the month alone over
    the day alone (`MAR` over `03`), over a headline, when the page prints one over each post
    (no year: `published` stays empty); a date with its reading time, split off by a dot or a
    bar, glued on in its labelled form (`18:50 UhrLesedauer: 4 Min.`) or in bare minutes after
    the clock time (`28.04.2023, 19:09 3 Min.`); a date with the story's tag list after a dot or
    a bar (`Published 21 November 2019 · Tagged with Python, Django`).
    Why: the date belongs in the record's `published` field (ISO 8601).
    Example: `Updated 3:15 PM EST, Mon November 3, 2025`
    Kept: `The council met on November 3, 2025.` (a sentence around a date); a time inside a
    sentence; a list of times (a schedule).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        for i in _times_under_heads(ctx):
            yield self.finding(i, "a brief's time alone under its headline, as the page prints every brief")
        for i in _calendar_badges(ctx):
            yield self.finding(i, BADGE_REASON)
        # (a year opens on `19` or `20`: the lines that hold neither, found in C, are not searched)
        for i in ctx.blocks_with("19", "20", limit=DATE_LINE_MAX):
            t = ctx.texts[i]
            if _YEAR.search(t) is None or not ctx.is_open(i):
                continue
            fields = date_fields(t)
            if fields:
                yield self.finding(i, "a line that holds only a date", fields=fields)
            elif (got := _date_then_age(ctx, t)) is not None:
                yield self.finding(i, "a date and time, then the story's age the page prints under each story",
                                   fields=(("published", got.iso),))
            elif i and t[:1].isupper() and ctx.findings[i - 1] is None and \
                    ctx.heading_words(i - 1) >= FULL_HEADLINE_WORDS:
                # right under a headline: `Reuters November 18, 2019 11:03 PM` (not a commenter's
                # name over the date of the comment, which stands under the counter or `Reply`)
                got = _date_after_source(t)
                if got is not None:
                    yield self.finding(i, "the newsroom's or author's name and the date under the headline",
                                       fields=(("published", got.iso),))


BADGE_REASON = "a blog's calendar badge, the month over the day, as the page prints over each post"
MONTH_DAYS = 31  # the last day a month may have: a badge's day is one of its days
BADGE_LINE_MAX = 10  # characters of a calendar badge's line: a month's name or short form, or the day


BADGE_CAPS_MAX = 4  # letters of a month's short form in capitals (`STY`, `GIU`, `SEPT`) the vocabulary may lack


# the first-word keys (``text.first_word``) of a line that may be a badge's day: `#` for a number,
# and each character ``str.strip`` takes, which a line that opens on it has for its key
_DAY_KEYS = frozenset("#\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
                      "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def _badge_month(t: str) -> bool:
    """`MAR`, `Okt.`, `März`: a month's name or short form, or a short word in capitals."""
    w = t.rstrip(".")
    return w.isalpha() and (w.lower() in _MONTH_FORMS or w.isupper() and len(w) <= BADGE_CAPS_MAX)


def _calendar_badges(ctx: Context) -> list[int]:
    """(blog24) The lines of a blog's calendar badge: a month's name or short form alone
    (`MAR`, `Okt.`) right over the day alone (`03`), or the day over the month, with a
    headline-shaped line under the pair; taken when the page prints PATTERN_MIN of them (one
    post each). No year: ``published`` stays empty."""
    texts, lens, n = ctx.texts, ctx.lens, len(ctx.texts)
    # (a pair holds its day, a short line of digits: only the lines next to one are read, found
    # in the page's first-word index, `#` for a number; a line that opens on a space has that
    # space for its key)
    days = [j for j in ctx.starting_with(_DAY_KEYS) if lens[j] <= BADGE_LINE_MAX]
    pairs: list[int] = []
    for i in sorted({i for j in days for i in (j - 1, j) if i >= 0}):
        if i + 2 >= n or lens[i] > BADGE_LINE_MAX or lens[i + 1] > BADGE_LINE_MAX:
            continue
        a, b = texts[i].strip(), texts[i + 1].strip()
        # (the day first, the cheaper test: a month's name is letters, never the day's digits)
        day, month = (b, a) if b.isdigit() else (a, b)
        if not (day.isdigit() and day.isascii() and 1 <= int(day) <= MONTH_DAYS and _badge_month(month)):
            continue
        if ctx.is_open(i) and ctx.is_open(i + 1) and ctx.is_open(i + 2) and \
                (ctx.heading_words(i + 2) >= HEADLINE_MIN_WORDS or _slot_shaped(ctx, i + 2)):
            pairs.append(i)
    return [k for i in pairs for k in (i, i + 1)] if len(pairs) >= PATTERN_MIN else []


DATELINE = DateLineRule("CS302", "dateline", "a publication date line; the date fills `published` in ISO 8601", Role.DATE,
                        reads=ARTICLE_LABELS, shapes=True)

STUB_MAX = 30  # characters: a stub is a template's word or two, left without its value
STUB = line_rule(
    "CS303", "publication-stub", Role.STUB,
    rf"(?:{words_alternation(PUBLISHED_WORDS + BYLINE_WORDS + STUB_WORDS)})[ \t]*:?",
    "an empty 'Published' / 'on' / 'By' template stub",
    """
    What it removes: template words left without their values: `Published`,
    `on`, `By`, `Updated`, `Veröffentlicht`, `Publicado`, each alone on a line.
    Why: the template printed the labels but the scraper lost the values.
    Example: `Published`
    Kept: `Published figures show a rise.` (a sentence).
    """,
    max_len=STUB_MAX, starts=PUBLISHED_WORDS + BYLINE_WORDS + STUB_WORDS,
)

_RELATIVE = rf"(?:{'|'.join(RELATIVE_TIME)})\.?"
_ONE_LABELLED_RELATIVE = rf"(?:{words_alternation(PUBLISHED_WORDS)})[ \t]*:?[ \t]*{_RELATIVE}"
# (meta94) ...or two, split by a bar or a dot: `Uppdaterad 15.59 | Publicerad 14.14` (the day's clock times)
_LABELLED_RELATIVE = rf"{_ONE_LABELLED_RELATIVE}(?:[ \t]{{0,3}}[;|·•][ \t]{{0,3}}{_ONE_LABELLED_RELATIVE})?"
# the words that make a time relative to the moment of scraping
_RELATIVE_WORDS = frozenset(lang_words("relative_words"))
# a relative time after the date on the same line, with or without its label
_RELATIVE_TAIL = compile_pattern(rf"[ \t]{{1,3}}(?:[|·•–—-][ \t]{{0,3}})?(?:(?:{words_alternation(PUBLISHED_WORDS)})"
                                 rf"[ \t]{{0,3}}:?[ \t]{{0,3}})?{_RELATIVE}$", "i")
_RELATIVE_KEYS = _start_keys(PUBLISHED_WORDS + RELATIVE_TIME_STARTS)
# the keys of the lines a labelled time may open (its label's first word): ``_start_keys`` keys each
# phrase alone, so ``_RELATIVE_KEYS`` is the union of these and the bare times' keys
_LABEL_KEYS = _start_keys(PUBLISHED_WORDS)
RELATIVE_MAX = 50  # characters: a relative time with its label (`Published 3 hours ago`)
# `Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM`: stamps that leave the year out
# (a month's name or short form in ASCII letters, with up to six more letters: `Nov`, `Sept.`, `November`)
_MONTH_STEMS = words_alternation(tuple(m for m in MONTHS if m.isascii() and m.isalpha()))
_SP13 = r"[ \t]{1,3}"
_YEARLESS = (rf"{_MONTH_STEMS}[a-z]{{0,6}}\.?[ \t]{{1,3}}\d{{1,2}},?[ \t]{{1,3}}"
             rf"(?:{words_alternation(CLOCK_PREPOSITIONS, _SP13)}{_SP13})?\d{{1,2}}[:.]\d\d(?:[ \t]?{MERIDIEM})?")
_LABELLED_YEARLESS = (rf"(?:{words_alternation(PUBLISHED_WORDS)})[ \t]{{0,3}}:?[ \t]{{0,3}}{_YEARLESS}"
                      rf"(?:[ \t]{{0,3}}[;|·•][ \t]{{0,3}}(?:{words_alternation(PUBLISHED_WORDS)})[ \t]{{0,3}}:?[ \t]{{0,3}}"
                      rf"{_YEARLESS})?")


RELATIVE_STAMP = compile_pattern(_RELATIVE, "i")  # `2 hours ago`, `vor 3 Stunden`, `Yesterday` alone
STAMP_REACH = 2  # lines either side of a bare relative time where the article's date or byline stands


class RelativeDateRule(Rule):
    """
    What it removes: a publication time given relative to the moment the page was
    scraped (`2 days ago`, `vor 3 Stunden`, `hace 5 minutos`, `il y a 2 jours`,
    `3 ore fa`, `há 2 dias`, `4 uur geleden`, `yesterday at 10:32`) when a label
    introduces it (`Updated 3 hours ago`) or it stands among an article's byline,
    date and publication stubs; a story's age alone on its line, a count and a unit with or
    without a bullet (`• 7 hours ago`, `vor 3 Stunden`), is the story's date (a story list
    prints one under each byline: `Up next` over each story; a page of briefs under each
    brief's text).
    Why: it is the template's date stub; it says nothing once the page is stored,
    and left in place it reads as a short headline. An absolute date nearby still
    fills `published`.
    Example: `2 days ago` between `Published` and `on`
    Example: `Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM` (no year: the record cannot
    say when; the line goes, and a full date nearby fills `published`)
    Example: `Uppdaterad 15.59 | Publicerad 14.14` (two labelled clock times, no day: the line
    goes, `published` stays empty)
    Kept: `Two days ago, the council voted to keep the library open.` (a sentence); `The ferry
    leaves at 15.59 | back at 14.14` (times with no label);
    `13 hours ago` under each teaser of a front, when every line over such an age is one
    short sentence (the cards are judged whole: `CS503`).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        bare = compile_pattern(_RELATIVE, "i")
        labelled = compile_pattern(_LABELLED_RELATIVE, "i")
        yearless = compile_pattern(_LABELLED_YEARLESS, "i")
        n, fs = len(ctx.texts), ctx.findings
        ages = set(_age_lines(ctx))
        firsts = ctx.first_words()
        for i in ctx.starting_with(_RELATIVE_KEYS):
            if ctx.lens[i] > RELATIVE_MAX or not ctx.is_open(i):
                continue
            t = ctx.texts[i]
            # (a labelled time opens on its label's word, whose letters run on to the line's key, or
            # stop there: no bare time's key runs on from a label's word: tests/test_fast_scans.py)
            label = firsts[i] in _LABEL_KEYS
            if i in ages:  # (the story's date, as a story list prints it under each byline: a header's line)
                yield self.finding(i, AGE, role=_DATE)
            elif label and labelled.fullmatch(t):
                yield self.finding(i, "a relative publication time under its label")
            elif label and yearless.fullmatch(t):
                yield self.finding(i, "a publication time with no year under its label")
            elif any(fs[j] is not None and fs[j].role in META_ROLES  # type: ignore[union-attr]
                     for j in range(max(0, i - STAMP_REACH), min(n, i + STAMP_REACH + 1))
                     if j != i) and bare.fullmatch(t):  # (the neighbours first: a look at four labels, not the words' pattern)
                yield self.finding(i, "a relative publication time among the article's date and byline")


RELATIVE_DATE = RelativeDateRule("CS308", "relative-date",
                                 "a relative publication time ('2 days ago', 'vor 3 Stunden') in an article's header",
                                 Role.STUB, emits=(Role.DATE,), reads=(Role.BYLINE, Role.DATE, Role.STUB))

_SKIP_AFTER_TITLE = frozenset({Role.CREDIT, Role.CAPTION, Role.CHROME, Role.TEASER, Role.RELATED})
_DUP_WINDOW = 8


def _is_prose(ctx: Context, i: int, hw: list[int] | None = None) -> bool:
    """An open block that reads as body text: not headline-shaped, long or a sentence (``hw``:
    the page's ``heading_counts``, when the caller holds it)."""
    f = ctx.findings[i]  # (ctx.is_open and ctx.heading, read inline: the headline rule asks this of many lines)
    if f is not None and f.role is not _CONTENT or 0 < (ctx.heading_counts() if hw is None else hw)[i] <= HEADINGS_MAX_WORDS:
        return False
    return ctx.lens[i] >= PARAGRAPH_CHARS or ctx.nwords(i) >= PARAGRAPH_WORDS or ends_sentence(ctx.texts[i])


def _by_heading_words(ctx: Context) -> dict[int, list[int]]:
    """The headline-shaped blocks of the page by their word count, in page order."""
    return ctx.by_heading_words(HEADLINE_MAX_CHARS)


def _repeated_before_prose(ctx: Context, i: int, nw: int, by_words: dict[int, list[int]] | None = None) -> bool:
    """The headline of block ``i`` is printed again before any prose starts (``by_words``: the
    page's ``_by_heading_words``, when the caller holds it)."""
    same = (_by_heading_words(ctx) if by_words is None else by_words).get(nw, ())
    k = bisect_right(same, i)
    end = i + _DUP_WINDOW  # (the last line in reach)
    if k == len(same) or same[k] > end:
        return False  # no line of as many headline words in reach
    key, copy, keys = ctx.key(i), None, ctx.keys  # (the memoised keys read straight, ``ctx.key`` for the rest)
    while k < len(same) and same[k] <= end:  # (the lines of as many headline words: the copy is one)
        if (keys[same[k]] or ctx.key(same[k])) == key:
            copy = same[k]
            break
        k += 1
    if copy is None:
        return False  # no copy in reach: no line between need be read
    hw = ctx.heading_counts()
    for j in range(i + 1, copy):  # prose before the copy?
        w = hw[j]
        if w == nw or 0 < w <= HEADINGS_MAX_WORDS:
            continue  # a headline-shaped line: not prose
        if _is_prose(ctx, j, hw):
            return False
    return True


def _repeats_title_above(ctx: Context, i: int, nw: int, last_title: int) -> bool:
    """Block ``i`` repeats the headline found last (``last_title``, by this rule or by the
    markup) a few lines above it, with no prose between them."""
    if last_title < 0 or i - last_title > _DUP_WINDOW:
        return False
    if ctx.heading_words(last_title) != nw or ctx.key(last_title) != ctx.key(i):
        return False
    return not any(_is_prose(ctx, j) for j in range(last_title + 1, i))


def _copy_then_meta(ctx: Context, i: int) -> bool:
    """Headline ``i`` is printed again right under it, and the copy is followed by the
    byline, the date or the stubs: the article's header, though a caption may follow."""
    k = i + 1
    if k >= len(ctx.texts) or ctx.key(k) != ctx.key(i):
        return False
    return k + 1 < len(ctx.texts) and ctx.role(k + 1) in META_ROLES


def _prose_follows(ctx: Context, i: int, slack: int = 0, hw: list[int] | None = None) -> bool:
    """The first unlabelled block after ``i`` (the headline's repeats aside, and up to
    ``slack`` short lines) reads as prose (``hw``: the page's ``heading_counts``, when the caller holds it)."""
    n = len(ctx.texts)
    fs = ctx.findings  # (read inline: ctx.is_open and ctx.heading_words cost a call each)
    if hw is None:
        hw = ctx.heading_counts()
    nw = hw[i]
    plain = slack == HEADER_SLACK  # (a later story's byline or date, no box: see the standfirst below)
    k, repeats, wide, keys = i + 1, 0, slack > HEADER_SLACK, ctx.keys
    while k < n:
        f = fs[k]
        is_open = f is None or f.role is _CONTENT
        if not is_open or (  # (the memoised keys read straight, ``ctx.key`` for the rest)
                repeats < _DUP_WINDOW and hw[k] == nw and (keys[k] or ctx.key(k)) == (keys[i] or ctx.key(i))):
            repeats += is_open  # the headline's own repeats are skipped a few times at most
            k += 1
        elif slack and ctx.texts[k][-1:] == "%" and market_quote(ctx.texts[k]):
            k += 1  # (an index's quote under a markets page's headline: a later rule's, CS425, as a label is)
        elif slack and ctx.lens[k] <= (BOX_LINE if wide else HEADER_LINE_MAX) and not _is_prose(ctx, k, hw):
            if k + 1 < n and ctx.role(k + 1) in META_ROLES and ctx.heading_words(k) >= HEADLINE_MIN_WORDS and \
                    not leads_on(ctx.texts[k]) and not _outlet_line(ctx.texts[k]) and \
                    not (may_clip(ctx.texts[k]) and clip_line(ctx, k)):  # (a clip's length: `Video 2:14 min`)
                return False  # a headline of its own, with its byline or date: a story list
                # (`Author of the article:` over the name leads on to it: a label of the header)
            slack -= 1  # a leftover of the header (a second date, a credit) under a known headline
            k += 1
        else:
            break
    if slack and k + 1 < n and hw[k] and HEADER_LINE_MAX < ctx.lens[k] <= STANDFIRST_MAX and \
            ctx.is_open(k + 1) and _is_prose(ctx, k + 1, hw) and not (
            plain and k + 2 < n and ctx.is_open(k + 2) and hw[k + 2]):
        k += 1  # (under a header: a standfirst with no full stop, headline-shaped, then the paragraphs;
        # under a later story's plain header, one line of prose then another headline-shaped line is a
        # related-story card after the article, its teaser headline over one teaser line, not a story)
    if not (k < n and _is_prose(ctx, k, hw)):
        return False
    if wide and slack < HEADER_BOX - HEADER_SLACK:  # a long box of short lines: the article must follow it, not a
        # footer's line
        # (prose among the next three open lines: labels and stamps between, as a live page prints them)
        below = [j for j in range(k + 1, min(n, k + AFTER_BOX_REACH)) if ctx.is_open(j)]
        return any(_is_prose(ctx, j, hw) for j in below[:AFTER_BOX_LINES])
    return True


HEADER_BOX = 12  # short lines between the first headline's header and its first paragraph
BOX_LINE = 200  # characters: a line of that box (a list of other stories' headlines among them)
HEADER_SLACK = 2  # short lines (a second date, a credit) any header may hold above its first paragraph
HEADER_LINE_MAX = 60  # characters: such a line of the header
AFTER_BOX_LINES = 3  # open lines under a box of short lines where its article's prose must start
AFTER_BOX_REACH = 9  # blocks looked at for them (labels and stamps stand between, as a live page prints them)
LABEL_WORDS = 3  # words: an open line over the first headline this short is a label (a kicker), not prose
NUMERIC_LINE_WORDS = 4  # words: a shorter line with fewer than HEADLINE_MIN_WORDS words of letters is a score
# words: under the headline the page's <title> names, a shorter line with its date is a
# subheading of that article (`Talks break down` / `12 August 2025`), not a second story
HEADED_MIN_WORDS = 4


AUTHOR_NAME_MIN_WORDS = 2  # words of a declared author's name a line must open on: a person's full name, not a desk's


def declared_author_lead(ctx: Context) -> str | None:
    """The author's full name the page's markup declares (JSON-LD, `<meta>`), and a space: a line
    that opens on it and goes on with their role is the byline's (`Mara Quell Deputy Content Hub
    Director`), no headline. (The name alone is left to the other signs: it may be an agency's,
    printed as a story's source.) None when the markup names no person (a text page: nothing)."""
    meta = ctx.doc.meta
    name = meta.get("byline") if meta else None
    return name + " " if isinstance(name, str) and len(name.split()) >= AUTHOR_NAME_MIN_WORDS else None


def _not_a_headline(ctx: Context, i: int, dated_heads: frozenset[int], clips: bool = True,
                    author: str | None = None) -> bool:
    """Headline-shaped line ``i`` is no story's headline whatever stands around it (``clips``:
    whether it may be a clip's line, which the caller has not ruled out already; ``author``: the
    page's ``declared_author_lead``)."""
    fs, t = ctx.findings, ctx.texts[i]
    if fs[i] is not None or leads_on(t) or menu_line(t):
        return True  # (`News provided by`, `In this article:` lead into the next line; a site's menu)
    head = t[:1]  # (``street_address``'s and ``_bullet``'s first tests inline: most candidates fail both)
    if head.isdecimal() and street_address(t):
        return True  # `212 Main St., Cobb's Landing` over a date: where a service is held, no headline
    if head in _BULLETS and _bullet(t, _BULLETS):
        return True  # a summary bullet (the provider's name over each story's date: the caller asks)
    if t[-1:] == "%" and market_quote(t):
        return True  # (brief25) an index's quote, `DAX 18,234.50 +0.42%`: a ticker's row
    if clips and may_clip(t) and clip_line(ctx, i):
        return True  # (seg49) a clip's length, `Video 2:14 min`, over a story's byline
    if author is not None and t.startswith(author):
        return True  # the author the markup names, with their role, over the story's date
    above = fs[i - 1] if i > 0 else None
    if above is None:
        return False  # (what follows reads the label above)
    if above.role is _TITLE and i - 1 not in dated_heads:
        return True  # right under a headline the markup found: its standfirst
    return _names_the_author_above(ctx, i)  # `About Victor Hale` under `By Victor Hale`


def _under_headline(ctx: Context, i: int) -> int:
    """The first line under headline ``i`` that is not a picture's label, caption or credit."""
    fs = ctx.findings
    n, k = len(fs), i + 1
    while k < n and (fs[k] is not None and fs[k].role in _SKIP_AFTER_TITLE  # type: ignore[union-attr]
                     or fs[k] is None and clip_line(ctx, k)):
        k += 1  # (brief25: and past a market's quote or a clip's length under the headline)
    return k


CLIP_AND_CREDIT = 2  # lines between a broadcaster's headline and its text: the clip's length, the reporter's credit


def _over_found_headline(ctx: Context, k: int) -> bool:
    """Line ``k`` (under a candidate) is a headline the markup found, or the date printed over
    one: the candidate is that headline's section or kicker."""
    fs = ctx.findings
    if k >= len(fs) or fs[k] is None:
        return False
    role = fs[k].role  # type: ignore[union-attr]
    return role is _TITLE or (role is _DATE and k + 1 < len(fs) and ctx.role(k + 1) is _TITLE)


CLIP_LINE_CHARS = max(MARKET_QUOTE_MAX, CLIP_LINE_MAX, CLIP_WORD_MAX)  # a quote's or a clip's line at most (chrome's test)
CLIP_LINES = 3  # lines of a story's clip or ticker under its headline: a quote, the clip's title and its length
CREDIT_LINE_WORDS = NAME_LINE_WORDS + 1  # words of a reporter's or presenter's credit: a name and a word or two (`Presenta Ana Ruiz`)


def _clip_credit(ctx: Context, i: int) -> bool:
    """(seg12) Headline ``i`` stands over its clip's length (one line or two, `▶ 02:14`, `VIDEO`
    over `02:14`; a market's quote, or the clip's title over its length, may stand there too), then the story's credit: a short line, no sentence and no number (a reporter's
    or presenter's name with a word or two, in any words: `Presenta Ana Ruiz`, `Ana Ruiz,
    Corresponsal`), open or taken for the video's title, with prose right under it; on a page
    that prints a clip's length under PATTERN_MIN lines or more (its per-story skeleton: one
    clip alone is a player's)."""
    n = len(ctx.texts)
    c = i + 1
    while c < n and c <= i + CLIP_LINES and (_clip_under(ctx, c) or _duration(ctx.texts[c])):
        c += 1  # (past the clip's length, its title over it, a market's quote)
    if c + 1 >= n or not (ctx.is_open(c) or ctx.role(c) in _SLOT_NAME_ROLES) or ctx.nwords(c) > CREDIT_LINE_WORDS or \
            ends_sentence(ctx.texts[c]) or DIGIT_RUN.search(ctx.texts[c]) is not None or not _is_prose(ctx, c + 1):
        return False
    clips = ctx.page_memo.get("clip_heads")
    if not isinstance(clips, int):
        clips = ctx.page_memo["clip_heads"] = sum(
            1 for j in ctx.short(CLIP_LINE_CHARS) if j and clip_line(ctx, j) and not _clip_under(ctx, j - 1))
    return clips >= PATTERN_MIN


def _clip_under(ctx: Context, j: int) -> bool:
    """(seg12) Line ``j`` is a clip's length or a market's quote (``clip_line``), or a clip's title
    a rule took for a teaser (`VIDEO: ...`) over its length alone."""
    f = ctx.findings[j]  # (the cheap tests first: most lines under a headline are a paragraph, no teaser)
    if f is not None and f.role is Role.TEASER:
        return clip_line(ctx, j) or _video_title(ctx, j)
    t = ctx.texts[j]  # (a quote or a clip's length holds a digit; the word over a length has one under it)
    return ctx.lens[j] <= CLIP_LINE_CHARS and may_clip(t) and (
        DIGIT_RUN.search(t) is not None or j + 1 < len(ctx.texts) and ctx.texts[j + 1][:1].isdigit()) and clip_line(ctx, j)


def _has_header(ctx: Context, i: int, k: int, nw: int, titled: bool) -> bool:
    """Whether headline ``i`` stands over its story's header: its byline, date or stubs at
    ``k`` (the first line under it that is not a picture's label, caption or credit), or,
    for the page's first headline, its standfirst then `By ...`, or the empty stubs above it."""
    fs = ctx.findings
    n = len(fs)
    under = fs[k + 1] if k + 1 < n else None  # (the label under line k, read first: most lines have none)
    if under is not None and under.role in META_ROLES and ctx.is_open(k) and (
            _outlet_line(ctx.texts[k]) or leads_on(ctx.texts[k]) or k in provider_lines(ctx)):
        k += 1  # (the provider's name between a portal's headline and its byline: `Tidewater
        # Gazette`; a label that leads on to the byline: `News provided by`)
    meta = nw >= FULL_HEADLINE_WORDS and k < n and (fk := fs[k]) is not None and fk.role in META_ROLES and \
        find_date(ctx.texts[i]) is None  # (the label read straight: ``ctx.role`` per candidate costs a call)
    if not meta and nw >= FULL_HEADLINE_WORDS and k - i > CLIP_AND_CREDIT and clip_line(ctx, i + 1):
        # (brief25) a reporter's credit under the headline's clip length (`▶ 02:14` over `Reporting by
        # NAME`): a broadcaster's byline (a credit alone under a headline stays no header)
        meta = any(fs[j] is not None and fs[j].code == "CS105" for j in range(i + 2, k))  # type: ignore[union-attr]
    if not meta and nw >= FULL_HEADLINE_WORDS and i + 2 < n and (
            ctx.lens[i + 1] <= CLIP_LINE_CHARS and ("%" in (u := ctx.texts[i + 1]) or ":" in u or len(u.strip()) <= CLIP_WORD_MAX)
            or (g := fs[i + 1]) is not None and g.role is Role.TEASER) and \
            _clip_under(ctx, i + 1):  # (``may_clip``'s cheap tests inline: most headlines stand over a paragraph or a byline)
        meta = _clip_credit(ctx, i)  # (seg12) the credit in words no rule named
    if not meta and not titled and nw >= FULL_HEADLINE_WORDS and k + 1 < n and ctx.findings[k] is None and \
            ctx.lens[k] <= STANDFIRST_MAX and ends_sentence(ctx.texts[k]):
        q = k + 1  # (the picture's label, caption and credit may stand between)
        while q < n and q <= k + 4 and ctx.role(q) in _SKIP_AFTER_TITLE:
            q += 1
        # the page's first headline, its standfirst (a sentence or two), then `By ...`
        meta = q < n and ctx.role(q) is Role.BYLINE
    if not meta and not titled and nw >= FULL_HEADLINE_WORDS and i > 0 and fs[i - 1] is not None and \
            fs[i - 1].role is _STUB:  # type: ignore[union-attr]
        top = i - 1  # the empty `Published` / `on` stubs printed over the headline
        while top > 0 and ctx.role(top - 1) is Role.STUB:
            top -= 1
        meta = top == 0 or not (ctx.is_open(top - 1) and ctx.heading_words(top - 1))
    return meta


def _header_slack(ctx: Context, i: int, named: bool, meta: bool, dup: bool, titled: bool) -> int:
    """How many short lines may stand between headline ``i``'s header and its first
    paragraph. The page's first headline over its byline or date, with no paragraph above
    it, may have a box of short lines there (a review's verdict, pros and cons); so may the
    headline the page's <title> names."""
    if named:
        return HEADER_BOX
    if meta or (dup and _copy_then_meta(ctx, i)):
        # (a headline printed twice over its byline or date opens an article wherever it
        # stands: a story card prints its headline once; its header may hold a box too)
        return HEADER_BOX if (meta and not titled and _first_prose(ctx) > i) or (
            dup and not meta and _copy_then_meta(ctx, i)) else HEADER_SLACK
    return 0


FIRST_HEADLINE = "the first headline of the page, with prose under it"  # (the segmenter reads it: ``segment.py``)
PRINTED_TWICE = "a headline printed twice"  # (the segmenter reads it too)
DECK_HEAD = "a headline over its deck, the deck printed again under its byline or date"  # (CS305 reads it)


def _title_reason(ctx: Context, i: int, seg_start: int, dup: bool, meta: bool, after_end: bool) -> str | None:
    """Why headline ``i`` starts an article, or None: it does not."""
    if dup:
        return PRINTED_TWICE
    if meta:
        return "a headline followed by its byline, date or stubs"
    if after_end:
        return "a headline next to a story's closing credit (over its story, or under the one above)"
    opened = []
    for j in range(seg_start, i):  # stop at the second open block: that settles it
        if ctx.is_open(j):
            opened.append(j)
            if len(opened) > 1:
                break
    if not opened or (len(opened) == 1 and ctx.nwords(opened[0]) <= LABEL_WORDS):
        return FIRST_HEADLINE
    return None


class TitleRule(Rule):
    """
    What it removes: nothing from the text: it finds each article's headline,
    which fills `title` and starts a new record. A headline is a heading-shaped
    line that is printed again within a few lines, or is followed by the
    byline, date or publication stubs, or is the first heading of the page (or
    after `Continue Reading`) with prose under it, or stands over the header that
    another story of the page prints under its headline (the template's skeleton:
    a byline, date or stubs, or only lines rules name, such as a reading time and a
    listen line; in a dated skeleton the line in the headline's slot need not be
    headline-shaped, nor where most headlines the page found, two at least, stand over
    their byline or date alone; under a header of two lines or more it may end with a full
    stop, when no card's headline or sentence stands right over it), or stands in the same place beside the short lines the page prints
    once per story (a share line and a separator closing each story, a read time and a
    listen line under each headline, in any words), or stands under its date on a page that
    prints each date over its headline (there too whatever its shape; a picture's caption and
    credit, its byline, or one line no rule names over two paragraphs may stand between it
    and its first paragraph), or stands in the slot under the date line or byline the page prints
    at the top of each story (past a kicker, a caption and credit), whatever a rule took it
    for (a related headline, a caption). A deck or summary bullets between a headline and its byline or
    date are part of that header. A line under the date or byline the page prints under each
    headline is no headline over a standfirst: it is a story's text. A site's menu, a line
    printed in each story's header, the provider's name printed over each story's byline or date, a correspondent's line, a video's
    title over its length and a line opening with a bullet are never headlines; nor, on a page
    that prints each date over its headline, a post's last short line or footer line with no
    paragraph between it and the next post's headline (`Labels: ...` over `3 comments`).
    Why: pages that syndicate several stories print them one after another;
    the headlines are where one record ends and the next begins.
    Example: `Harbour cranes return to Port Velmora after two-year refit`
    Example: `First frost, and the last of the leeks` under its date line, with prose under it,
    on a page that prints every date over its headline (blog platforms do)
    Example: `Quay cranes back in service after the winter` over `12.11.2025 09:40`, `By Ada
    Linford` and `Share`, as the story above prints them, its standfirst with no full stop
    Kept: `Understanding the ferry budget` after body prose (a subheading).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        bounds = ctx.with_role(Role.BOUNDARY)
        seg_start, titled, b = 0, False, 0
        headed = False  # a headline the page's <title> names was found: the page holds one article
        has_ends = bool(story_ends := _story_ends(ctx))
        known, t, last_title = ctx.with_role(Role.TITLE), 0, -1  # headlines the markup found
        dated_heads = _headlines_under_dates(ctx)
        timed = _timed_heads(ctx)
        providers = provider_lines(ctx)  # (the provider's name over each story's date: no headline)
        found: list[int] = []
        hw = ctx.heading_counts()
        by_words = _by_heading_words(ctx)  # (the page's: read once here, not per candidate)
        # (the labels read straight, and the cheap first test of each helper below inline: most
        # candidates fail them, and a call per candidate per test costs more than the test)
        fs, texts = ctx.findings, ctx.texts
        n, n_bounds, n_known = len(fs), len(bounds), len(known)  # (not asked again per candidate)
        clips = ctx.doc.from_html  # (plain text: the candidates hold no clip's line, ``_figure_lines`` took them out)
        author = declared_author_lead(ctx)
        for i in _headline_candidates(ctx):
            while b < n_bounds and bounds[b] < i:
                seg_start, titled = bounds[b] + 1, False
                b += 1
            if i in timed:  # a brief's time on its headline's line, as on every other brief of the page
                titled, last_title = True, i
                found.append(i)
                yield self.finding(i, TIMED, fields=(("title", timed[i]),))
                continue
            nw = hw[i]
            if nw < HEADLINE_MIN_WORDS or i in providers or fs[i] is not None or _not_a_headline(ctx, i, dated_heads, clips, author):
                continue  # (the one-word test first: it is the cheapest, and many candidates fail it)
            while t < n_known and known[t] < i:
                last_title, t = max(last_title, known[t]), t + 1
            if 0 <= last_title and i - last_title <= _DUP_WINDOW and _repeats_title_above(ctx, i, nw, last_title):
                continue  # a headline printed again is CS305's, not a new article
            k = i + 1 if i + 1 >= n or fs[i + 1] is None and not (("%" in (u := texts[i + 1]) or ":" in u or len(
                u.strip()) <= CLIP_WORD_MAX) and clip_line(ctx, i + 1)) else _under_headline(ctx, i)  # (``may_clip``, inline)
            if k < n and fs[k] is not None and _over_found_headline(ctx, k):
                continue
            if titled and _in_story_list(ctx, i):
                continue  # a story card under `Related stories`: a headline and its date, no article
            if i in dated_heads:  # the date is printed over the headline on this page
                titled, last_title = True, i
                yield self.finding(i, "a headline under its date line, with prose under it")
                continue
            if (dated_heads and _in_post_footer(ctx, i, dated_heads)) or (k + 1 in dated_heads and ctx.role(k) is _DATE):
                continue  # (blog24) a post's last short line or its footer, over the next post's date; or the
                # date over it starts the next article: this is the line before
            meta = nw >= FULL_HEADLINE_WORDS and _has_header(ctx, i, k, nw, titled)  # (a shorter one has none)
            named = not titled and nw >= FULL_HEADLINE_WORDS and named_by_page_title(ctx, i)
            under2 = fs[i + 2] if i + 2 < n else None  # (what ``_copy_then_meta`` asks first, inline)
            if not (titled or meta or named or (under2 is not None and under2.role in META_ROLES
                                                and _copy_then_meta(ctx, i)) or _prose_follows(ctx, i, 0, hw)):
                continue  # no header, so no slack under it (``_header_slack``), and no prose right under it:
                # the test below would drop it, and the costlier tests between need not run
            dup = _repeated_before_prose(ctx, i, nw, by_words)
            after_end = nw >= FULL_HEADLINE_WORDS and has_ends and (  # (no credit closes a story: neither test holds)
                _after_story_end(ctx, i, story_ends, last_title) or not titled and _over_story_end(ctx, i, story_ends))
            if titled and not (dup or meta or after_end):
                continue
            if headed and not dup and nw < HEADED_MIN_WORDS:
                continue  # a subheading with its date inside the article the <title> names (a timeline)
            slack = _header_slack(ctx, i, named, meta, dup, titled)
            meta = meta or named
            if (nw < NUMERIC_LINE_WORDS and
                    sum(1 for w in ctx.texts[i].split() if w[:1].isalpha()) < HEADLINE_MIN_WORDS) or \
                    not _prose_follows(ctx, i, slack, hw):
                continue
            reason = _title_reason(ctx, i, seg_start, dup, meta, after_end)
            head = i
            if reason and meta:
                head, reason = _head_of_header(ctx, i, k, nw, last_title, reason, dup=dup, first=not (named or titled))
            if reason:
                titled, last_title = True, head
                headed = headed or named
                found.append(head)
                yield self.finding(head, reason)
        for i in sorted(timed.keys() - set(found)):
            found.append(i)
            yield self.finding(i, TIMED, fields=(("title", timed[i]),), priority=_timed_rank(self, ctx.findings[i]))
        yield from self._page_heads(ctx, found, known, dated_heads, headed=headed, titled=titled or bool(timed))

    def _page_heads(self, ctx: Context, found: list[int], known: list[int], dated_heads: frozenset[int], *,
                    headed: bool, titled: bool) -> Iterator[Finding]:
        """After the line-by-line pass (``found``: its headlines): the headlines the page's own
        pattern places (its dates, its repeated story header), and a two-sentence headline."""
        for h in sorted(dated_heads.difference(found, ctx.headings(HEADINGS_MAX_WORDS))):
            found.append(h)  # (not headline-shaped: two sentences in the place the page's dates give a headline)
            yield self.finding(h, "a line under its date line where the page prints each headline, whatever its shape")
        heads = [] if headed else _structure_heads(ctx, found, known)
        if not headed:
            heads = yield from self._date_led(ctx, found, known, heads)
        if dated_heads:
            heads = [head for head in heads if not _in_post_footer(ctx, head[0], dated_heads)]
        for h, why, fields in heads:
            yield self.finding(h, why, fields=fields)
        if not headed:
            taken = set(found) | set(known) | {head[0] for head in heads}
            stop = _stop_headed_briefs(ctx, taken)
            for h in stop:
                yield self.finding(h, STOP_BRIEF)
            for h in () if stop else _alternating_briefs(ctx, taken):
                yield self.finding(h, ALTERNATING_BRIEF)
        if not titled and not known:
            two = _two_sentence_headline(ctx)
            if two is not None:
                yield self.finding(two, "a headline of two sentences over its byline and date")


    def _date_led(self, ctx: Context, found: list[int], known: list[int],
                  heads: list[tuple[int, str, tuple[tuple[str, str], ...]]]
                  ) -> Generator[Finding, None, list[tuple[int, str, tuple[tuple[str, str], ...]]]]:
        """The headlines in the slot under the date the page prints at the top of each story
        (``date_led_heads``) that no step found (added to ``found``), and ``heads`` (the page's
        repetition placed them) with the lines from that date down (``HEADER_LINES``) where one
        stands in such a slot: the date over it is its story's, not the story's above."""
        placed = {h: i for i, (h, _why, _fields) in enumerate(heads)}
        led = date_led_heads(ctx, {*found, *known, *placed})
        if not led:
            return heads
        heads = list(heads)
        for h, over in led:
            field = ((HEADER_LINES, str(over)),)
            if h in placed:
                _h, why, fields = heads[placed[h]]
                if over and not any(k == HEADER_LINES for k, _v in fields):
                    heads[placed[h]] = (h, why, (*fields, *field))
            elif h not in found and h not in known:
                found.append(h)
                yield self.finding(h, DATE_LED, fields=field, priority=self.outranking(ctx.findings[h]))
        return heads


def _structure_heads(ctx: Context, found: list[int], known: list[int]) -> list[tuple[int, str, tuple[tuple[str, str], ...]]]:
    """Headlines the page's repetition places, why, and their fields (``HEADER_LINES``): the
    slot of the story header it repeats, then the place beside the lines it prints once per story."""
    skeleton = _skeleton_heads(ctx, found, known)
    period, spans = _period_heads(ctx, set(found) | set(known) | set(skeleton))
    skeleton, period = _not_printed_again(ctx, [*found, *known], skeleton, period)
    taken = set(found) | set(known) | set(skeleton) | set(period)
    separated = _separated_heads(ctx, taken)
    taken.update(separated)
    fs = ctx.findings  # (the labelled lines picked out in C: most are not)
    twice = [m - 2 for m in compress(range(2, len(fs)), fs[2:]) if fs[m].role in META_ROLES  # type: ignore[union-attr]
             and _printed_twice_over_header(ctx, m - 2, taken)]  # (the line, its copy, then the header)
    return [*((h, "a headline in the slot of the story header the page repeats", ()) for h in skeleton),
            *((h, "a headline in the same place beside the lines the page prints once per story",
               ((HEADER_LINES, str(spans[h])),) if h in spans else ()) for h in period),
            *((h, SEPARATED, ()) for h in separated),
            *((h, "a headline printed twice over its byline, date or stubs, whatever its shape", ()) for h in twice)]


SEPARATED = "a headline under the separator the page prints between its stories, with prose under it"
SEPARATED_REACH = 2  # lines from a separator down to its story's headline: a kicker or a section label between


_COUNT_LINE = compile_pattern(r"[ \t]*\d{1,6}[ \t]{1,3}[^\W\d_]{2,30}[ \t]*", "")  # a count and one word (`25 comments`)


def _separator_prints(ctx: Context) -> list[list[int]]:
    """The open lines of no letters or digits (`* * *`, `· · ·`, a rule of underscores) the
    page prints PATTERN_MIN times or more, word for word, and the lines of a count and one
    word it prints as often, the count changing from print to print (`25 comments` closing
    each story): the separators between its stories, if headlines stand under them
    (``_separated_heads``)."""
    texts = ctx.texts
    prints: dict[str, list[int]] = {}
    counts: dict[str, list[int]] = {}
    lens = ctx.lens
    # a line keyed by a word of letters opens on a letter: neither a separator nor a count
    marked = sorted(i for k in ctx.first_word_keys() if k and not k[0].isalpha()
                    for i in ctx.by_first_word(k) if lens[i] <= SEPARATOR_MAX)
    for i in marked:
        t = texts[i]
        s = t.strip()
        if not s:
            continue
        if s[0].isdigit():
            if _COUNT_LINE.fullmatch(t) is not None:
                counts.setdefault(fold_digits(s), []).append(i)  # (open, or a rule's: a comment count)
        elif not s[0].isalnum() and ctx.is_open(i) and not any(map(str.isalnum, s)):
            prints.setdefault(s, []).append(i)
    return [v for v in prints.values() if len(v) >= PATTERN_MIN] + \
        [v for v in counts.values() if _numbered(texts, v)]


def _separated_head(ctx: Context, p: int, end: int, taken: set[int]) -> tuple[int, bool, bool] | None:
    """The headline of the story under separator print ``p`` (the next print or the page's
    end at ``end``), whether prose stands under it, and whether it is new: a headline found
    there already (True, False); else the first open line of FULL_HEADLINE_WORDS words or more
    within SEPARATED_REACH open lines under the print (shorter ones between, a kicker; and the
    lines rules named, a byline, a date, a picture's caption and credit), when it may fill a
    headline's slot (no ranked list's item) and the open line under it is prose (True) or a
    paragraph's length (False: a story's one line of text, a quote, may read as a headline),
    not a line printed twice alone (``_copy_alone``); None when there is none. (seg26) Each short
    label (``_label_pill``) past the first reaches one line further, PILLS_MAX in all: a story's
    category pills over its headline, two or three, are its header too."""
    opened = labels = 0
    for k in range(p + 1, min(end, p + 1 + SKELETON_MAX)):
        if k in taken:
            return k, True, False
        if not ctx.is_open(k) or not any(map(str.isalnum, ctx.texts[k])) or _text_counts(ctx)[ctx.texts[k]] >= PATTERN_MIN:
            continue  # (a line a rule named; a line of no letters, a separator printed once under a count;
            # a line the page prints again, word for word, over each story: `Up next`)
        labels += _label_pill(ctx, k)
        opened += 1
        if opened > SEPARATED_REACH + min(labels, PILLS_MAX - 1):
            return None
        if ctx.nwords(k) < FULL_HEADLINE_WORDS:
            continue  # (a kicker, a section label)
        nxt = next((j for j in range(k + 1, end) if ctx.is_open(j)), None)
        if nxt is None or nxt in taken or _RANKED_ITEM.match(ctx.texts[k]) is not None or _copy_alone(ctx, nxt, end) or \
                _RANKED_ITEM.match(ctx.texts[nxt]) is not None or not _may_fill_slot(ctx, k, _printed_once(ctx, k)):
            return None  # (a ranked list's item, `1 Headline`, or a list's heading over its first: no story)
        prose = _is_prose(ctx, nxt)
        return (k, prose, True) if prose or ctx.lens[nxt] >= PARAGRAPH_CHARS or _question_under_pills(ctx, k) else None
    return None


def _question_under_pills(ctx: Context, k: int) -> bool:
    """(seg29) Line ``k``, under a separator, ends on a question mark right under a category pill
    (``_label_pill``, the page's own words or not): a headline whatever the line under it (a
    story's text cut to its dateline or a credit, `Pittsburgh`), as a question ends a headline
    as well as a sentence."""
    return k > 0 and ctx.texts[k].rstrip().endswith("?") and _label_pill(ctx, k - 1) and \
        any(map(str.isalnum, ctx.texts[k - 1]))  # (a separator of symbols is no pill)


def _copy_alone(ctx: Context, j: int, end: int) -> bool:
    """Line ``j``, the first under a headline, is printed twice on the page (a standfirst and
    its copy as the first paragraph) and no prose the page prints once stands under it before
    ``end``: no story's text of its own."""
    counts = _text_counts(ctx)
    return counts[ctx.texts[j]] >= PATTERN_MIN and not any(
        ctx.is_open(i) and counts[ctx.texts[i]] < PATTERN_MIN and _is_prose(ctx, i) for i in range(j + 1, end))


def _first_separated_head(ctx: Context, end: int, taken: set[int]) -> tuple[int, bool, bool] | None:
    """The headline of the page's first story, over the first print of its separator (``end``),
    as ``_separated_head`` gives it: one found there already, or the first line that may fill a
    headline's slot with prose under it (long, no sentence: a headline of two parts), no prose
    over it (a masthead, a menu, a kicker are no prose)."""
    found = next((k for k in range(end) if k in taken), None)
    if found is not None:
        return found, True, False
    for k in range(end):
        if ctx.is_open(k) and ctx.nwords(k) >= FULL_HEADLINE_WORDS and _may_fill_slot(ctx, k, _printed_once(ctx, k)):
            nxt = next((j for j in range(k + 1, end) if ctx.is_open(j)), None)
            if nxt is not None and _is_prose(ctx, nxt):
                return k, True, True  # (else a line of the page's head: `Skip to content` over its menu)
        if _is_prose(ctx, k):
            return None
    return None


def _own_topics(ctx: Context, heads: list[int]) -> bool:
    """The stories under ``heads`` (each up to the next, the last to the page's end) speak of
    their own things: two stories next to each other share BRIEF_SHARED_STEMS of their long
    words' stems or fewer, on average (the parts of one article between its section breaks,
    an interview's answers under each speaker's name, share more). A short label (``_label_pill``)
    the page prints again (the next story's category pills) is the template's words, not a story's."""
    ends = [*heads[1:], len(ctx.texts)]
    counts = ctx.text_counts()
    stems = [set().union(*(long_word_stems(ctx.texts[k]) for k in range(h, e) if ctx.is_open(k)
                           and not (counts[ctx.texts[k]] >= PATTERN_MIN and _label_pill(ctx, k))))
             for h, e in zip(heads, ends)]
    shared = [len(a & b) / max(1, min(len(a), len(b))) for a, b in zip(stems, stems[1:])]
    return sum(shared) <= BRIEF_SHARED_STEMS * len(shared)


PILLS_MAX = 3  # short labels in a row over a headline (category pills: `Politics`, `World`, `Business`)


def _label_pill(ctx: Context, k: int) -> bool:
    """(seg26) Line ``k`` is a short label, a category pill: fewer than FULL_HEADLINE_WORDS words,
    none of a sentence's marks, its first letter a capital or its script caseless."""
    t = ctx.texts[k].strip()
    return ctx.nwords(k) < FULL_HEADLINE_WORDS and not any(c in ".!?:;,|" for c in t) and \
        (t[:1].isupper() or not t[:1].islower())


def _separated_heads(ctx: Context, taken: set[int]) -> list[int]:
    """(seg14) Headlines of a page whose stories print no byline or date, only a separator
    between every two: under the prints of a separator (``_separator_prints``), the
    headline-shaped line over its text (``_separated_head``), no headline found there yet,
    when most prints have a headline under them (found there or not; the last print may stand
    over the page's footer, a story's text may read as no prose), PATTERN_MIN of them at least
    with prose under them (the page's first story's among them, ``_first_separated_head``)."""
    heads: list[int] = []
    n = len(ctx.texts)
    for places in _separator_prints(ctx):
        got = [_separated_head(ctx, p, end, taken) for p, end in zip(places, [*places[1:], n])]
        found = [h for h in got if h is not None]
        if len(found) < PATTERN_MIN or 2 * len(found) <= len(places):
            continue
        first = _first_separated_head(ctx, places[0], taken)  # (the page's first story, over the first print)
        stories = [first, *found] if first is not None else found
        if sum(prose for _h, prose, _new in stories) >= PATTERN_MIN and _own_topics(ctx, [h for h, _p, _n in found]):
            last = got[-1]  # (the last print may stand over the page's footer: a list's heading over its headlines)
            heads.extend(g[0] for g in stories if g[2] and (g[1] or g is not last))
    return sorted(set(heads))


def _not_printed_again(ctx: Context, found: list[int], *placed: list[int]) -> tuple[list[int], ...]:
    """The headlines the page's repetition ``placed``, but for a headline's print again under
    its own story (`Headline →`, `» Headline`, a link to the story closing it, in the slot over
    the separator): a line whose words are the nearest headline's above it, no other headline
    between, is that headline's copy, no story (``DUPLICATE_TITLE`` takes it)."""
    heads = sorted({*found, *(h for p in placed for h in p)})
    copies = {h for h, above in zip(heads[1:], heads) if ctx.key(h) and ctx.key(h) == ctx.key(above)}
    return tuple([h for h in p if h not in copies] for p in placed) if copies else placed


def _printed_twice_over_header(ctx: Context, i: int, taken: set[int]) -> bool:
    """Line ``i`` (two lines over a byline, date or stub) is printed again right under it, over
    that byline, date or stubs: a headline even when it reads as two sentences."""
    if ctx.lens[i] > BOX_LINE or not ctx.is_open(i) or i in taken or i + 1 in taken:
        return False
    if ctx.heading_words(i) or ctx.nwords(i) < FULL_HEADLINE_WORDS or not ctx.key(i) or \
            find_date(ctx.texts[i]) is not None:
        return False
    return _copy_then_meta(ctx, i) and not (i > 0 and ctx.key(i - 1) == ctx.key(i))


SKELETON_MAX = 8  # header lines between a headline and its first paragraph that a repeat compares
STORY_PROSE = 80  # characters: a line this long that ends like a sentence is a story's paragraph
PATTERN_MIN = 2  # prints that make a page's pattern (a template's line, a header's shape, headlines under dates)


def printed_by_most(count: int, stories: int) -> bool:
    """A shape printed ``count`` times among ``stories`` stories is the page's pattern even
    when it is a single line (a byline or a date alone, which any story card prints too):
    PATTERN_MIN prints at least, and by more than half of the stories."""
    return count >= PATTERN_MIN and 2 * count > stories
SHAPE_MIN = 2  # lines of a header's shape: one line alone matches another story's by chance


def _headline_candidates(ctx: Context) -> list[int]:
    """The open headline-shaped lines that may be a story's headline: not a line the
    template prints over every story (:func:`template_lines`)."""
    over_each = template_lines(ctx) | provider_lines(ctx)
    figures = not ctx.doc.from_html  # (plain text: a line of figures, an index quote, is no headline; in
    # HTML the markup sets the headlines apart)
    if not figures:
        return [i for i in ctx.headings(HEADINGS_MAX_WORDS) if i not in over_each]
    figs = _figure_lines(ctx)  # (`Video 2:14 min`)
    return [i for i in ctx.headings(HEADINGS_MAX_WORDS) if i not in over_each and i not in figs]


def _figure_lines(ctx: Context) -> frozenset[int]:
    """The page's lines of figures (``figures_line``) or of a clip's length or a market's quote
    (``clip_line``) among its headline-shaped lines and its lines of a header's length: the text
    alone decides, so they are found once per page, not at each call of the steps that ask."""
    got = ctx.page_memo.get("figure_lines")
    if got is None:
        texts, found, digits = ctx.texts, [], ctx.digit_blocks()  # (the lines ``DIGIT_RUN`` finds a digit in, one pass)
        last = len(texts) - 1
        for i in {*ctx.shaped(), *ctx.short(HEADER_LINE_MAX)}:
            t = texts[i]
            if i not in digits and t.isascii():
                # (most lines: no digit, so no figures, no quote's move and no clip's length; only the
                # word over a clip's length may be one, with a line under it that opens on a digit; that
                # length, `2:14`, holds an ASCII digit, so the line under it is among ``digits``)
                if i < last and i + 1 in digits and texts[i + 1].lstrip()[:1].isdigit() and may_clip(t) and clip_line(ctx, i):
                    found.append(i)
            elif figures_line(t) or ("%" in t or ":" in t or len(t.strip()) <= CLIP_WORD_MAX) and clip_line(ctx, i):
                # (``may_clip``, inline)
                found.append(i)
        got = ctx.page_memo["figure_lines"] = frozenset(found)
    assert isinstance(got, frozenset)
    return got


def template_lines(ctx: Context) -> frozenset[int]:
    """Short lines the page prints over each of its stories, word for word: the menu that
    infinite scroll prints again over every story, a share or listen line. Each print of
    the line has the story's byline, date or stub the same number of lines under it (within
    SKELETON_MAX lines), a different headline-shaped line right under each, and a paragraph
    between two prints (more than SKELETON_MAX lines where there is none: a story of short
    lines): the line belongs to the skeleton the template repeats, and is never a headline,
    whatever a rule took it for (memoised). So is a line printed under each story's byline
    or date (a share line no rule knows the words of). (A headline printed again under its story, over the cards of other
    stories, is not; nor is a story printed twice.)"""
    got = ctx.step_memo.get("template_lines")
    if isinstance(got, frozenset):
        return got
    n = len(ctx.texts)
    found: set[int] = set()
    for places in _template_prints(ctx):
        if all(ctx.under_meta(i) for i in places):
            found.update(places)  # under each story's byline or date: a share line of the header
            continue
        if any(i + 1 >= n or not ctx.is_open(i + 1) or ctx.heading_words(i + 1) < HEADLINE_MIN_WORDS and (
                ctx.nwords(i + 1) < HEADLINE_MIN_WORDS or ctx.lens[i + 1] > BOX_LINE) for i in places) or \
                len({ctx.key(i + 1) for i in places}) < len(places):
            continue  # not over a headline of its own each time: a story printed twice, say
        offsets = {next((k - i for k in range(i + 1, min(n, i + 1 + SKELETON_MAX)) if ctx.role(k) in META_ROLES),
                        None) for i in places}
        if len(offsets) == 1 and None not in offsets:
            found.update(places)
    ctx.step_memo["template_lines"] = frozen = frozenset(found)
    return frozen


def _template_prints(ctx: Context) -> list[list[int]]:
    """Where each short line the page prints more than once stands, word for word (whatever a
    rule took it for: a related headline, a headline's copy), for the lines printed with a
    paragraph between two prints, and never again right under (a headline printed twice; a story
    of short lines only may stand between two prints): ``template_lines``'s first test, which
    reads no label (found once per page)."""
    got = cast("list[list[int]] | None", ctx.page_memo.get("template_prints"))
    if got is None:
        got = []
        ctx.page_memo["template_prints"] = got
        at = ctx.repeated_lines(HEADLINE_MAX_CHARS)
        prose = ctx.paragraphs_before(STORY_PROSE) if at else []  # paragraphs before each block
        for places in at.values():
            gaps = [(a, b) for a, b in zip(places, places[1:])]
            if len(places) < PATTERN_MIN or all(prose[b] == prose[a + 1] for a, b in gaps) or \
                    any(prose[b] == prose[a + 1] and b - a <= SKELETON_MAX for a, b in gaps):
                continue
            got.append(places)
    return got




def provider_lines(ctx: Context) -> frozenset[int]:
    """A name of a few words the page prints right over each of several stories' byline or
    date, word for word, a paragraph between two prints: the provider's or network's name in
    each story's header (`The Harbour Daily`), never a headline, whatever its words (memoised)."""
    got = ctx.step_memo.get("provider_lines")
    if isinstance(got, frozenset):
        return got
    fs, n = ctx.findings, len(ctx.texts)
    got_: set[int] = set()
    for places in _template_prints(ctx):
        f = fs[places[0] + 1] if places[0] + 1 < n else None  # (cheap first: a label right under the first)
        if f is not None and (f.role in META_ROLES or f.role in _OPTIONAL_IN_HEADER) and \
                all(_provider_print(ctx, i) for i in places):
            got_.update(places)
    ctx.step_memo["provider_lines"] = found = frozenset(got_)
    return found


def _provider_print(ctx: Context, i: int) -> bool:
    """Line ``i``, a name of a few words (no sentence), stands right over a byline, date or
    stub (a picture's caption and credit may stand between)."""
    if not HEADLINE_MIN_WORDS <= ctx.nwords(i) <= OUTLET_MAX_WORDS or ends_sentence(ctx.texts[i]) or \
            not ctx.is_open(i):
        return False
    k = _under_picture(ctx, i)
    return k < len(ctx.texts) and ctx.role(k) in META_ROLES


KICKER_NAME_WORDS = 4  # words of a network's or publication's name printed over each headline (`The Harbour Daily`)
KICKED_HEADS = 2  # stories of the page under such a name, at least: a slot of the page's template
KICKED_PROSE_REACH = 6  # lines under the date where the story's prose starts (a deck, a picture, teasers between)
KICKED_PARAGRAPHS = 2  # paragraphs of prose under each such header, at least
KICKED_HEAD_MAX = 300  # characters of the line under the name (a headline, of two sentences at most)


def kicker_lines(ctx: Context) -> frozenset[int]:
    """Lines that name a network or publication right over each of several stories' headline
    (`Northfield Times` / `Royal Self-Indicting Arrogance` / `13:24, Nov 26, 2025`), the same
    name or another: one to four title-case words, no byline word, no date, no comma, no digit,
    each over a line of words that stands right over a date, the story's prose a few
    lines under (a list of cards has none). Two such prints at least:
    the page's template prints the name in a slot of each story's header, and the line under it
    is the headline, never the author's name (memoised)."""
    got = ctx.step_memo.get("kicker_lines")
    if isinstance(got, frozenset):
        return got
    n = len(ctx.texts)
    # (the lines two over a date: the dates read off the labels' index, not the page line by line)
    places = [i for i in (d - 2 for d in ctx.with_role(_DATE))
              if i >= 0 and _kicker_name(ctx, i) and _kicked_head(ctx, i + 1) and not _under_heading(ctx, i)]
    places = [i for i, end in zip(places, [*places[1:], n]) if _story_prose(ctx, i + 3, end)]
    if places and places[0] > _first_prose(ctx):
        places = []  # (names over comments or cards under an article: the page's first story has no such name)
    ctx.step_memo["kicker_lines"] = found = frozenset(places if len(places) >= KICKED_HEADS else ())
    return found


def _kicker_name(ctx: Context, i: int) -> bool:
    """Line ``i`` has a name's shape and no byline's: a few words each opening on a capital
    (no caseless script, not all in capitals), nothing else, and no story list's heading
    (`Editors' Picks` over its cards)."""
    t = ctx.texts[i]
    f = ctx.findings[i]
    if f is not None and f.role is not _STUB and f.role is not _BYLINE or ctx.lens[i] > SECTION_MAX or "," in t \
            or t.isupper():
        return False  # (a desk's label in capitals, `EKONOMI`, is `CS306`'s own)
    ws = t.split()
    return 1 <= len(ws) <= KICKER_NAME_WORDS and name_list(t, KICKER_NAME_WORDS) and \
        all(w[:1].isupper() or not w[:1].isalpha() for w in ws) and not ends_sentence(t) and \
        not t.rstrip().endswith((":", "：")) and not byline_fields(t) and find_date(t) is None and \
        not FOOTER_HEADING_STRICT.fullmatch(t)


def _story_prose(ctx: Context, start: int, end: int) -> bool:
    """A story's prose under a header: its first paragraph within KICKED_PROSE_REACH lines of
    ``start``, and a second one before ``end`` (a card in a list of stories has a teaser at most)."""
    got = [j for j in range(start, end) if _is_prose(ctx, j)][:KICKED_PARAGRAPHS]
    return len(got) == KICKED_PARAGRAPHS and got[0] < start + KICKED_PROSE_REACH


def _under_heading(ctx: Context, i: int) -> bool:
    """Line ``i`` stands right under a headline or an open line of a heading's shape (a name
    there, over a line and a date, is the byline under the headline, not a name over it)."""
    if i == 0:
        return False
    f = ctx.findings[i - 1]
    if f is not None:
        return f.role in (Role.TITLE, Role.DUPLICATE_TITLE)
    return ctx.nwords(i - 1) >= HEADLINE_MIN_WORDS and not _is_prose(ctx, i - 1)


def _kicked_head(ctx: Context, h: int) -> bool:
    """Line ``h`` may be a headline under a network's name: words, open or read as a name or a
    headline, no date, no job title (a name over its job is a byline) and no full stop (a
    commenter's name over the comment)."""
    f = ctx.findings[h]
    return (f is None or f.role in (Role.BYLINE, Role.TITLE)) and HEADLINE_MIN_WORDS <= ctx.nwords(h) and \
        ctx.lens[h] <= KICKED_HEAD_MAX and find_date(ctx.texts[h]) is None and not _job_line(ctx.texts[h]) \
        and not (ends_sentence(ctx.texts[h]) and not ctx.texts[h].rstrip().endswith("?"))


def _header_shape(ctx: Context, i: int, over_each: frozenset[int] | None = None) -> tuple[str, ...] | None:
    """What a template prints between headline ``i`` and the story's first paragraph: the
    codes of labelled lines, a mark for each short open one (a section, a kicker). None
    unless a paragraph follows it, and it holds a byline, date or stubs, or else only lines
    rules named (a reading time and a listen line: ends with ``_NO_META``, a skeleton only
    when two stories print it)."""
    shape: list[str] = []
    texts, lens, fs, nwords = ctx.texts, ctx.lens, ctx.findings, ctx.nwords  # (read once: a call per candidate)
    n, meta, k = len(texts), False, i + 1
    labels_only = True  # (seg26) only short open lines so far, or lines printed over each story: a deck may follow
    over_each = template_lines(ctx) if over_each is None else over_each
    clips = not ctx.doc.from_html  # (plain text: a clip's lines in no markup that sets them apart)
    figs = _figure_lines(ctx) if clips else frozenset()  # (the page's: read once, not per line)
    while k < n and len(shape) <= SKELETON_MAX:
        f = fs[k]
        if f is not None and f.role is not _CONTENT:
            role = f.role
            if role is _TITLE:
                return None  # a headline under it: this line is its kicker or the tag line above
            if role not in _OPTIONAL_IN_HEADER and not (clips and (f.code in _CLIP_CODES or (
                    f.code in _READ_TIME and figures_line(texts[k])))):  # (a clip's length: `02:14`)
                # (a picture's caption and credit, a clip's title and length: some stories of a feed have one, some not)
                shape.append(f.code)
                meta, labels_only = meta or role in META_ROLES, False
            k += 1
            continue
        if k in over_each:
            shape.append(ctx.key(k))  # a line the page prints in each story's header: part of the skeleton
            k += 1
            continue
        t = texts[k]
        if clips and lens[k] <= HEADER_LINE_MAX and k in figs:
            k += 1  # a line of figures (an index quote, a clip's length): some stories print one, some not
            continue
        para = lens[k] >= PARAGRAPH_CHARS or nwords(k) >= PARAGRAPH_WORDS or ends_sentence(t)
        if labels_only and (para or t[:1] in _LIST_MARKS and _bullet(t)) and _over_meta(ctx, k):
            shape.append(DECK)  # a deck or summary bullets over the byline or date: the header's
            meta, labels_only = True, False
            k = _over_meta(ctx, k)
            continue
        if para:
            break  # the first paragraph, or the standfirst (headline-shaped when it has no full stop)
        shape.append(VARYING)  # a short line: a section, a kicker, a share line
        k += 1
    if len(shape) < SHAPE_MIN and not (shape and meta) or len(shape) > SKELETON_MAX or k >= n:
        return None
    short = ctx.nwords(k) < PARAGRAPH_WORDS  # a short sentence: a paragraph of a few words, or a picture's caption
    if not meta:  # no byline, date or stubs: the header must be lines a rule named (a read-time
        # and a listen line, a share bar), as it must print them again over another story
        if VARYING in shape:
            return None
        shape.append(_NO_META)
    # the next open line, past labelled ones (a video teaser and its duration under the first paragraph)
    nxt = next((j for j in range(k + 1, min(n, k + 1 + SKELETON_MAX)) if ctx.is_open(j)), None)
    if short or not _is_prose(ctx, k) or VARYING in shape:  # a standfirst with no full stop, or a
        # header with a line of its own: prose must follow (not a story card's teaser: the next
        # card's headline reads as one), or the separator the page prints over this headline
        # (a brief of one short line between two prints of it)
        if nxt is not None and _deck_of_two(ctx, k, nxt):
            shape.append(DECK)  # a deck of two lines with no full stop, the story's text under them
        elif not (nxt is not None and _is_prose(ctx, nxt) or
                  separator_over(ctx, i) and (nxt is None or ctx.texts[nxt] == ctx.texts[i - 1])):
            return None
    return tuple(shape)


DECK_PAIR_MIN_WORDS = 3  # words: the second line of a deck of two lines (fewer: a label, a credit)


def _deck_of_two(ctx: Context, k: int, nxt: int) -> bool:
    """Line ``k``, of a paragraph's length with no full stop, over open line ``nxt``, shorter,
    of DECK_PAIR_MIN_WORDS words or more and with no full stop either, and prose right under
    the pair: a deck of two lines (the header's deck place), the story's text under it."""
    texts, lens = ctx.texts, ctx.lens
    if lens[k] < PARAGRAPH_CHARS or ends_sentence(texts[k]) or lens[nxt] >= lens[k] or \
            ctx.nwords(nxt) < DECK_PAIR_MIN_WORDS or ends_sentence(texts[nxt]):
        return False
    under = next((j for j in range(nxt + 1, min(len(texts), nxt + 1 + SKELETON_MAX)) if ctx.is_open(j)), None)
    return under is not None and _is_prose(ctx, under)


def separator_over(ctx: Context, h: int) -> bool:
    """Right over line ``h`` stands a line of no letters or digits (`* * *`, `◆ ◆ ◆`) that the
    page prints PATTERN_MIN times or more: the separator between its stories."""
    if h < 1 or ctx.lens[h - 1] > SEPARATOR_MAX:
        return False
    t = ctx.texts[h - 1]
    return bool(t.strip()) and not any(map(str.isalnum, t)) and _text_counts(ctx)[t] >= PATTERN_MIN


VARYING = "~"  # in a header's shape: a short open line (its words vary: a section, a kicker)
DECK = "="  # in a header's shape: a deck, or summary bullets, between the headline and its byline or date
NAMED_UNDER_DECK = 2  # lines a rule named (a reading time, a listen line) between a deck and its byline or date
DECK_LINES = 4  # lines of a deck or of summary bullets over the byline or date (a sentence each)
_BULLETS = "•·▪◦‣∙*"  # what opens a list's item (a dash may open a headline's quote: `– Helt absurd`)
_LIST_MARKS = _BULLETS + "–-"  # ...and, in a deck's bullets, a dash


def _bullet(t: str, marks: str = _LIST_MARKS) -> bool:
    """Line ``t`` opens with a list's mark (one of ``marks``) and a space, then words (no
    pattern: compiled in every process)."""
    return t[:1] in marks and t[1:2] in (" ", "\t") and bool(t[2:].strip())


def _over_meta(ctx: Context, k: int) -> int:
    """Where the byline, date or stubs stand under line ``k`` when ``k`` opens a deck (one
    sentence, STANDFIRST_MAX characters at most) or summary bullets (lines opening with a
    bullet, a sentence each), over them, with nothing else between but a reading time or a
    listen line a rule named (NAMED_UNDER_DECK lines at most): 0 when it does not."""
    fs = ctx.findings
    # (cheap first: most lines under a headline are its first paragraph, no byline or date in reach)
    if not any(f is not None and f.role in META_ROLES for f in fs[k + 1:k + DECK_LINES + 2]):
        return 0
    n, q = len(fs), k
    while q < n and q < k + DECK_LINES and ctx.is_open(q) and ctx.lens[q] <= STANDFIRST_MAX and (
            _bullet(ctx.texts[q]) or q == k and _one_sentence(ctx.texts[q])):
        q += 1
    long_deck = q == k and ctx.is_open(k) and ctx.lens[k] >= PARAGRAPH_CHARS and \
        ctx.text_counts()[ctx.texts[k]] >= PATTERN_MIN  # (cheap first: printed twice)
    if long_deck:
        q += 1  # a deck of more than a sentence that the story prints again under its header (below)
    if q > k and q < n and q in provider_lines(ctx):
        q += 1  # (the provider's name the page prints over each story's byline or date)
    if q > k:
        named = q
        while named < n and named < q + NAMED_UNDER_DECK and (f := fs[named]) is not None and f.code in _READ_TIME:
            named += 1
        if named < n and ctx.role(named) in META_ROLES:
            q = named  # (a reading time or a listen line between the deck and the byline or date: the header's)
    if q == k or q >= n or ctx.role(q) not in META_ROLES:
        return 0
    end = q
    while end < n and ctx.role(end) in META_ROLES:
        end += 1
    if _deck_printed_under(ctx, k, end):
        return q  # the deck printed again as the story's paragraph under its header: what stands
        # between (a place, a subheading, a picture) does not matter
    if long_deck:
        return 0
    # the story's text under them (a story's last paragraph over the next story's date, then its
    # headline, or over its closing byline, then the next story: no deck)
    nxt = next((j for j in range(end, min(n, end + SKELETON_MAX)) if ctx.is_open(j)), None)
    return q if nxt is not None and _is_prose(ctx, nxt) and not ctx.heading_words(nxt) else 0


def _deck_printed_under(ctx: Context, k: int, end: int) -> bool:
    """Deck ``k`` is printed again, word for word (whole, or as the opening of a longer
    paragraph when the deck was cut from it), within SKELETON_MAX lines under the byline, date
    or stubs that end at ``end``: the story's own paragraph (its first, or a quote), so the
    line over the header is its deck, whatever its length and whatever stands between."""
    t = ctx.texts[k].rstrip().rstrip(".…").rstrip()  # (a deck cut from the paragraph: `...`)
    if len(t) < HEADER_LINE_MAX or not ctx.is_open(k):
        return False  # (a short line: a kicker or a label, printed again by chance)
    texts = ctx.texts
    return any(texts[j].startswith(t) and ctx.is_open(j) for j in range(end, min(len(texts), end + SKELETON_MAX)))


def _one_sentence(t: str) -> bool:
    """``t`` holds one sentence: no break inside it, or only full stops of abbreviations
    (`WASHINGTON, Jan. 5 (Reuters) - ...`: a wire dateline leads the deck)."""
    return not sentence_breaks(t) or not full_stop_breaks(t) and not sentence_breaks(t.replace(".", ","))


_CLIP_CODES = frozenset({"CS201", "CS202"})  # a clip's title or the player's residue (`VIDEO: ...`, `VIDEO 02:14`)
_NO_META = "-"  # in a header's shape: it holds no byline, date or stubs (counts only when repeated)
_OPTIONAL_IN_HEADER = frozenset({Role.CREDIT, Role.CAPTION})


def _skeleton_heads(ctx: Context, found: list[int], known: list[int]) -> list[int]:
    """Headlines in the slot of the story header a stacked page repeats: the header a found
    headline stands over (byline, date, a share line, in that order) recurs under another
    headline-shaped line. A feed's later stories are found so even when their first
    paragraph is a standfirst with no full stop, which reads as a second headline."""
    taken = set(found) | set(known)
    over_each = template_lines(ctx)  # (read once, for each line's header below)
    found_shapes = Counter(s for s in (_header_shape(ctx, i, over_each) for i in found)
                           if s is not None and s[-1] != _NO_META)
    shapes = set(found_shapes)
    hw = ctx.heading_counts()  # (each line's headline-shaped words, read straight)
    cands = {h: _header_shape(ctx, h, over_each) for h in _headline_candidates(ctx)
             if h not in taken and h - 1 not in taken and hw[h] >= FULL_HEADLINE_WORDS
             and not leads_on(ctx.texts[h])}
    repeated = Counter(s for s in cands.values() if s is not None)
    # the same header under two other lines: the skeleton
    shapes |= {s for s, c in repeated.items() if c >= PATTERN_MIN}
    dated = {s for s in shapes if s[-1] != _NO_META and len(s) >= SHAPE_MIN}  # (a date or byline alone: below)
    # (a header with a deck of two lines under it: the skeleton's, then the deck)
    heads = [h for h, s in cands.items() if s is not None and (s in shapes or _extends(s, dated) or
                                                                s[-1] == DECK and s[:-1] in shapes)
             and (len(s) >= SHAPE_MIN or _one_line_head(ctx, h))]
    # a byline or date alone under most headlines found, two at least: the slot over it need not be
    # headline-shaped either (a headline of two sentences over its byline, the page's first story)
    lone = {s for s, c in found_shapes.items() if len(s) == 1 and printed_by_most(c, len(found))}
    return sorted(heads + _unshaped_heads(ctx, taken | set(heads), dated | lone))


def _one_line_head(ctx: Context, h: int) -> bool:
    """Line ``h`` may head a story whose header is its date or byline alone: one sentence at
    most, with no full stop at its end (a comment's first line under a thread reads as a
    sentence or two), in no story list, over two paragraphs or one of two sentences."""
    t = ctx.texts[h]
    if sentence_breaks(t) or ends_sentence(t) and t.rstrip()[-1:] == "." or _in_story_list(ctx, h):
        return False
    # its text: two paragraphs, or one of two sentences (a story card's teaser is one sentence)
    prose, n = [], len(ctx.texts)
    for k in range(h + 2, min(n, h + 2 + STORY_REACH)):
        if k + 1 < n and ctx.role(k + 1) in META_ROLES:
            break  # (the next headline, over its date or byline)
        if ctx.is_open(k) and (ctx.lens[k] >= PARAGRAPH_CHARS or _is_prose(ctx, k)):
            prose.append(k)  # (a standfirst with no full stop reads as a headline, and is text)
    return len(prose) >= STORY_PARAGRAPHS or bool(prose) and (
        sentence_breaks(ctx.texts[prose[0]]) + 1 >= BRIEF_SENTENCES or separator_over(ctx, h))
    # (or one paragraph under the separator the page prints between its stories: a brief)


def _extends(shape: tuple[str, ...], dated: set[tuple[str, ...]]) -> bool:
    """``shape`` is a skeleton with a byline, date or stubs, then short open lines only (a
    lead-in in capitals, a standfirst with no full stop, between the header and the text)."""
    return any(len(shape) > len(s) and shape[:len(s)] == s and all(x == VARYING for x in shape[len(s):])
               for s in dated)


def _unshaped_heads(ctx: Context, taken: set[int], shapes: set[tuple[str, ...]]) -> list[int]:
    """Lines in the headline's slot of a skeleton with a byline, date or stubs that are not
    headline-shaped (`31% of buyers follow friends. Here's why that can be a bad idea`, or a
    headline with a full stop at its end over a byline and a date): the skeleton puts them
    there, so they head their story whatever their shape."""
    if not shapes:
        return []
    firsts = {s[0] for s in shapes}  # what a skeleton prints right under its headline
    found, findings, n = [], ctx.findings, len(ctx.texts)
    over_each, hw = template_lines(ctx), ctx.heading_counts()
    varying = VARYING in firsts  # (a short open line under it may open the header)
    for h in ctx.short(BOX_LINE):
        k = h + 1  # (a cheap look at the line under it first: most lines stand over no header)
        f = findings[k] if k < n else None
        if f is None or f.role is _CONTENT:
            if not varying and k not in over_each:
                continue
        elif f.code not in firsts and f.role not in _OPTIONAL_IN_HEADER:
            continue
        if h in taken or h - 1 in taken or not ctx.is_open(h) or hw[h] or h in over_each \
                or ctx.nwords(h) < HEADED_MIN_WORDS:
            continue
        # a full stop at its end (`Ferry fares rise again.`): only in the slot of a header of
        # SHAPE_MIN lines or more (over a date alone, a comment's or a card's sentence reads so too),
        # no summary's item (`• ...`, the deck's bullets over the header), and not under a card's
        # headline or a sentence (a teaser, a comment's last sentence, as CS511 asks)
        stopped = ends_sentence(ctx.texts[h]) and not ctx.texts[h].endswith("?")
        if stopped and (_bullet(ctx.texts[h]) or h > 0 and _card_over(ctx, h - 1)):
            continue
        shape = _header_shape(ctx, h, over_each)
        if shape is not None and shape in shapes and not (stopped and len(shape) < SHAPE_MIN) \
                and not (h > 0 and _is_prose(ctx, h - 1)):
            found.append(h)
    return found


def _card_over(ctx: Context, p: int) -> bool:
    """Open line ``p``, right over a line with a full stop at its end, makes that line a card's
    teaser or a text's sentence: a headline-shaped line of FULL_HEADLINE_WORDS words or more (a
    card's headline over its teaser; a site's menu is none) or a sentence (a comment's last)."""
    t = ctx.texts[p]
    return ctx.is_open(p) and (ctx.heading_words(p) >= FULL_HEADLINE_WORDS and not menu_line(t) or ends_sentence(t))


PERIOD_KEYS = 2  # distinct lines printed once per story around a headline: one alone (an advert marker) is no
# skeleton, unless it is the page's only one and its number changes from print to print (``_numbered``)
PRINT_MAX = 40  # characters: an open line of the skeleton (a label, a separator); longer, printed twice, is a headline's copy
STORY_PARAGRAPHS = 2  # paragraphs most stories of a stacked page hold; a card's teaser is one


def _period_prints(ctx: Context) -> dict[str, list[int]]:
    """Short lines the page prints once per story (numbers folded: `Okuma süresi: 5 dk`),
    by their folded text: two prints or more, a paragraph between every two (memoised)."""
    got = ctx.step_memo.get("period_prints")
    if isinstance(got, dict):
        return got
    texts, lens, fs = ctx.texts, ctx.lens, ctx.findings  # (``ctx.is_open`` read straight: a call a line)
    at: dict[str, list[int]] = {}
    counts = _text_counts(ctx)
    digits = ctx.digit_blocks()  # (found in one pass over the page: the lines ``DIGIT_RUN`` finds a number in)
    for i in ctx.short(HEADLINE_MAX_CHARS):
        if counts[texts[i]] < PATTERN_MIN and i not in digits:
            continue  # printed once, no number to fold: no print of the period
        if ((f := fs[i]) is None or f.role is _CONTENT) and (not menu_line(texts[i]) if lens[i] > PRINT_MAX else (
                ctx.nwords(i) >= PARAGRAPH_WORDS or ends_sentence(texts[i])) and _is_prose(ctx, i)):
            continue  # (an open line of the skeleton is short and no sentence, or a menu)
        t = texts[i].strip()
        at.setdefault(fold_digits(t) if i in digits else t, []).append(i)  # (no digit: nothing to fold)
    if sum(1 for v in at.values() if len(v) >= PATTERN_MIN) < PERIOD_KEYS and \
            not any(_numbered(texts, v) for v in at.values()):
        ctx.step_memo["period_prints"] = {}
        return {}
    prose = ctx.paragraphs_before(STORY_PROSE)  # paragraphs before each block
    found = {k: v for k, v in at.items() if len(v) >= PATTERN_MIN and all(prose[b] > prose[a + 1] for a, b in
                                                                             zip(v, v[1:]))}
    if len(found) < PERIOD_KEYS and not any(_numbered(texts, v) and prose[v[0]] == 0 for v in found.values()):
        found = {}  # (a numbered line alone opens the page's first story: `Step 1` under an intro does not)
    ctx.step_memo["period_prints"] = found
    ctx.step_memo["period_prose"] = prose
    return found


def _numbered(texts: list[str], places: list[int]) -> bool:
    """The prints of one folded line differ in their numbers (`• 3 hours ago`, `• 5 hours
    ago`): each story's own age, time or reading time, a skeleton line alone, where an
    advert marker printed between paragraphs is the same each time. (Taken alone only when
    its first print stands over the page's first paragraph: the steps of a how-to, `Step 1`,
    `Step 2`, come under its introduction.)"""
    return len(places) >= PATTERN_MIN and len({texts[i].strip() for i in places}) > 1


def _slot_line(ctx: Context, p: int, step: int, printed: dict[int, str]) -> int | None:
    """The first line from print ``p`` in direction ``step`` that is no print of a line the
    page prints once per story. Going down, past a byline or date too (each story's own: `by
    NAME` between the date the page prints over each headline and that headline), and past a
    picture's caption and credit when the line under them has its story's byline or date under
    it (a picture over each story's headline; a section's subheading under a picture in one
    article has none)."""
    q, n = p + step, len(ctx.texts)
    pictured = None  # (the first caption or credit passed)
    while 0 <= q < n and (q in printed or step > 0 and (ctx.role(q) in META_ROLES or ctx.role(q) in
                                                        _OPTIONAL_IN_HEADER)):
        if pictured is None and q not in printed and ctx.role(q) in _OPTIONAL_IN_HEADER:
            pictured = q
        q += step
    if not 0 <= q < n:
        return None
    return pictured if pictured is not None and not _dated_under(ctx, q, printed, printed[p]) else q


def _dated_under(ctx: Context, q: int, printed: dict[int, str], key: str) -> bool:
    """A byline, date or stub stands under line ``q``, within SKELETON_MAX lines and before
    the next print of ``key`` (the next story's; a deck, a short first paragraph or a reading
    time may stand between)."""
    for k in range(q + 1, min(len(ctx.texts), q + 1 + SKELETON_MAX)):
        if printed.get(k) == key:
            return False
        if ctx.role(k) in META_ROLES:
            return True
    return False


def _may_fill_slot(ctx: Context, q: int, once: bool) -> bool:
    """Line ``q`` may be a story's headline: open, printed once, of three words or more, no
    date, no sentence (a question may be one; two sentences with no full stop at the end may
    be one too), no menu, no label leading on."""
    t = ctx.texts[q]
    return once and ctx.is_open(q) and ctx.lens[q] <= BOX_LINE and ctx.nwords(q) >= FULL_HEADLINE_WORDS \
        and not (ends_sentence(t) and not t.endswith("?")) and not menu_line(t) \
        and not leads_on(t) and find_date(t) is None


def _period_heads(ctx: Context, taken: set[int]) -> tuple[list[int], dict[int, int]]:
    """Headlines in the slot the per-story skeleton gives them: the page prints some short
    lines once per story (a share line, a separator, a listen line, a menu printed again by
    infinite scroll), a paragraph between every two prints; the line right before or after
    each print of one of them (past the others) is a line printed once, with a paragraph
    under it, and at least PERIOD_KEYS such lines stand between it and the paragraphs
    around it: that line is each story's headline, whatever its words (most of them
    headline-shaped: a share bar printed over the article and again under its last line
    has a byline over one print and a sentence over the other). With them, the lines of
    each one's header over it (``_header_spans``)."""
    prints = _period_prints(ctx)
    if not prints:
        return [], {}
    printed = {i: k for k, v in prints.items() for i in v}
    best: list[int] = []
    best_score = (0, 0)
    over: list[int] = []  # (the prints the best slot goes down from: none when it goes up)
    fills: dict[int, bool] = {}  # (a line beside the prints of several keys is judged once)
    for places in prints.values():
        for step in (-1, 1):
            if step > 0 and leads_on(ctx.texts[places[0]]):
                continue  # (a label whose value is the next line: `Photo:`)
            heads = _slot_heads(ctx, places, step, printed, taken, fills)
            if heads is None:
                continue  # (fewer lines in the slot than prints, but one, that are headlines or may be)
            shaped = 2 * sum(1 for q in heads if ctx.heading_words(q))
            if shaped < len(heads) or shaped == len(heads) and \
                    not all(q + 1 < len(ctx.texts) and ctx.role(q + 1) in META_ROLES for q in heads):
                continue  # (most of the slot's lines headline-shaped; half of them when each stands right over
                # its story's byline or date: headlines of two sentences under a network's name)
            # (the slot whose lines stand over their story's byline or date wins: a related
            # headline printed under each story's `More on this story` stands over the next headline)
            score = (sum(_header_below(ctx, q) for q in set(heads)), len(set(heads)))
            if score > best_score and _stories_under(ctx, sorted(set(heads)), printed):
                best, best_score, over = sorted(set(heads)), score, places if step > 0 else []
    first = _first_story_head(ctx, best)
    heads = [h for h in [*first, *best] if h not in taken and h - 1 not in taken and h + 1 not in taken
             and not _in_found_header(ctx, h, taken)]
    return heads, _header_spans(ctx, heads, over) if best else {}


_HEADER_FIELDS = frozenset({Role.BYLINE, Role.DATE})  # the lines that fill a record's fields (the segmenter's)
HEADER_LINES = "header_lines"  # a headline's field: lines over it that are its story's header (``segment.py`` reads it)


def _header_spans(ctx: Context, heads: list[int], places: list[int]) -> dict[int, int]:
    """For each of ``heads`` the slot found going down from a print of ``places`` (sorted), the
    lines between that print and it, when a byline or date stands among them: its story's
    header (`Next up`, `by NAME`, the headline), which goes with the story under it, not the
    one over the print (by position: a byline under its headline, or closing the story over
    the print, is in no such span)."""
    spans: dict[int, int] = {}
    for h in heads:
        k = bisect_left(places, h)
        if k and any(ctx.role(j) in _HEADER_FIELDS for j in range(places[k - 1] + 1, h)):
            spans[h] = h - places[k - 1] - 1
    return spans


def _slot_heads(ctx: Context, places: list[int], step: int, printed: dict[int, str], taken: set[int],
                fills: dict[int, bool]) -> list[int] | None:
    """The lines in the slot beside the prints ``places`` (in direction ``step``) that are
    headlines found or may fill it, or None when fewer than max(PATTERN_MIN, prints - 1) are
    (judged print by print: the slot is dropped at its first miss too many)."""
    misses = len(places) - max(PATTERN_MIN, len(places) - 1)  # (the misses the slot may hold)
    if misses < 0:
        return None
    heads: list[int] = []
    texts = ctx.texts
    for p in places:
        q = _slot_line(ctx, p, step, printed)
        if q is not None and ", " in texts[q]:
            q = _past_correspondent(ctx, q, step, fills)
        if q is not None and (q in taken or _fills_slot(ctx, q, fills)):
            heads.append(q)
        else:
            misses -= 1
            if misses < 0:
                return None
    return heads


def _header_below(ctx: Context, q: int) -> bool:
    """A byline, date or stub stands under line ``q`` (within SKELETON_MAX lines) with no
    paragraph and no other headline-shaped line of FULL_HEADLINE_WORDS words between."""
    for k in range(q + 1, min(len(ctx.texts), q + 1 + SKELETON_MAX)):
        if ctx.role(k) in META_ROLES:
            return True
        if ctx.is_open(k) and (ctx.heading_words(k) >= FULL_HEADLINE_WORDS or _is_prose(ctx, k)):
            return False
    return False


def _past_correspondent(ctx: Context, q: int | None, step: int, fills: dict[int, bool]) -> int | None:
    """The slot line ``q``, or the line past it when ``q`` is a correspondent's line
    (:func:`_name_led`) and that line is a longer headline-shaped line that may fill the slot."""
    if q is None or not 0 <= q + step < len(ctx.texts) or not _name_led(ctx.texts[q]):
        return q
    r = q + step
    return r if ctx.heading_words(r) > ctx.nwords(q) and _fills_slot(ctx, r, fills) else q


def _in_found_header(ctx: Context, h: int, taken: set[int]) -> bool:
    """A headline found above line ``h`` with no paragraph between them: ``h`` stands in that
    story's header (a standfirst, a subheading over its first paragraph), not over a story of
    its own."""
    prose = ctx.step_memo["period_prose"]
    assert isinstance(prose, list)
    above = max((t for t in taken if t < h), default=None)
    return above is not None and prose[h] == prose[above + 1]


def _fills_slot(ctx: Context, q: int, seen: dict[int, bool]) -> bool:
    """``_may_fill_slot`` for line ``q`` printed once, judged once per page (``seen``), its
    cheap tests before the page-wide count of folded lines."""
    got = seen.get(q)
    if got is None:
        got = seen[q] = _may_fill_slot(ctx, q, True) and _printed_once(ctx, q)
    return got


def _first_prose_under(ctx: Context, h: int) -> int | None:
    """The first paragraph under line ``h`` (within SKELETON_MAX lines), or None."""
    prose = ctx.step_memo["period_prose"]
    assert isinstance(prose, list)
    return next((k for k in range(h + 1, min(len(ctx.texts), h + 1 + SKELETON_MAX)) if prose[k + 1] > prose[k]),
                None)


def _printed_once(ctx: Context, q: int) -> bool:
    """Line ``q`` is printed once on the page, numbers folded (the folded counts memoised)."""
    t = ctx.texts[q]
    if _text_counts(ctx)[t] > 1:
        return False
    digits = ctx.digit_blocks()  # (the lines ``DIGIT_RUN`` finds a number in: no other has one to fold)
    if q not in digits:
        return True
    folded = ctx.step_memo.get("folded_counts")
    if not isinstance(folded, Counter):
        texts = ctx.texts
        folded = ctx.step_memo["folded_counts"] = Counter(
            fold_digits(texts[i].strip()) if i in digits else texts[i].strip()
            for i in ctx.short(BOX_LINE))  # (slot lines are short)
    return folded[fold_digits(t.strip())] == 1


def _first_story_head(ctx: Context, heads: list[int]) -> list[int]:
    """The headline of the story above the first print when the skeleton's lines close each
    story (a share line, a separator): the line that stands as far above the page's first
    paragraph as most headlines found in the slot stand above their own."""
    prose = ctx.step_memo["period_prose"]
    assert isinstance(prose, list)
    first = next((k for k in range(heads[0] if heads else 0) if prose[k + 1] > prose[k]), None)
    if first is None or any(ctx.role(k) is Role.TITLE for k in range(heads[0])):
        return []  # (no story above the first print, or its headline is found)
    offsets = Counter(k - h for h in heads for k in (_first_prose_under(ctx, h),) if k is not None)
    offset, count = offsets.most_common(1)[0] if offsets else (0, 0)
    if 2 * count <= len(heads):
        return []  # (no distance most of them agree on)
    h = first - offset
    if h < 0 or not _may_fill_slot(ctx, h, _printed_once(ctx, h)) or \
            not ctx.heading_words(h):
        return []
    return [h]


def _stories_under(ctx: Context, heads: list[int], printed: dict[int, str]) -> bool:
    """Each of ``heads`` has a paragraph under it before the next, most have STORY_PARAGRAPHS,
    and the lines between each and the paragraphs around it hold PERIOD_KEYS distinct lines
    printed once per story (a skeleton of one line is an advert marker between paragraphs; a
    separator of no letters counts over the page's first story, which has none over it).
    When the page's only such line is numbered (each story's age: `• 3 tuntia sitten`), it
    alone will do, and a story of one paragraph of BRIEF_SENTENCES or more counts as one of
    STORY_PARAGRAPHS (briefs under their time; a card's teaser is one sentence)."""
    prose = ctx.step_memo["period_prose"]
    assert isinstance(prose, list)
    prints = _period_prints(ctx)
    ends = [*heads[1:], len(ctx.texts)]
    counts = [prose[b] - prose[h + 1] for h, b in zip(heads, ends)]
    numbered_only = len(prints) == 1 and all(_numbered(ctx.texts, v) for v in prints.values())
    if min(counts) < 1 or 2 * sum(c >= STORY_PARAGRAPHS or numbered_only and c == 1 and _brief(ctx, h, b)
                                  for c, h, b in zip(counts, heads, ends)) <= len(counts):
        return False
    separators = {k for k in prints if not any(map(str.isalnum, k))}  # (lines of no letters printed between stories)
    for n, h in enumerate(heads):
        top, bottom = h, h
        while top > 0 and prose[top] == prose[h]:
            top -= 1
        while bottom < len(ctx.texts) and prose[bottom + 1] == prose[h + 1]:
            bottom += 1
        keys = {printed[i] for i in range(top, bottom + 1) if i in printed}
        if n == 0 and prose[h] == 0:
            keys |= separators  # (a separator between two stories stands over none of the page's first)
        if len(keys) < PERIOD_KEYS and not numbered_only:
            return False  # (more: a menu's items, printed again in the footer; the page's only one, numbered)
    return True


BRIEF_SENTENCES = 2  # sentences of a brief's one paragraph: a card's teaser is one
_OPENING_QUOTES = "\"'“‘„‚«‹»›"
_TIMED_OVER = frozenset({Role.RELATED, Role.TEASER})
TIMED_BARE_SHARE = 3  # one brief in this many may hold no prose, past the first (a schedule's entries hold none)
TIMED = "a headline after its brief's time, as the page prints every brief, with prose under it"
# a clock time, `14:32`, `9.05`, `14h32`, then maybe its half of the day or its word (`2:32 PM`, `14.32 Uhr`,
# `10.42 uur`, `10:42 h`)
# (words20: the words are the languages' clock_suffixes; one of a single letter, `h`, after a space)
_CLOCK_SUFFIXES = tuple(w for w in lang_words("clock_suffixes") if len(w) > 1)
_CLOCK_TIME = (rf"([01]?\d|2[0-3])[:.h][0-5]\d(?:[ \t]?{words_alternation(_CLOCK_SUFFIXES)}(?!\w))?"
               rf"(?:[ \t]{words_alternation(tuple(w for w in lang_words('clock_suffixes') if len(w) == 1))}(?!\w))?")
# (brief25) a clock time may follow a short word of its own, the clock's word in the page's language
# (`kl. 14.47`, `ore 10:42`, `às 10h42`, `godz. 10:42`): a word of CLOCK_WORD_CHARS letters at most
_CLOCK_LEAD_WORD = r"(?:[^\W\d_]{1,4}\.?[ \t]{1,2})?"
CLOCK_WORD_CHARS = 4
# a brief's time opening its headline's line, maybe closed by a mark (`10.42 Uhr: ...`, `ore 9:06 - ...`)
_TIME_LEAD = compile_pattern(_CLOCK_LEAD_WORD + _CLOCK_TIME + r"(?:[ \t]{0,2}[:|·•–—-])?[ \t]{1,3}(?=\S)", "i")


def _brief_headline(line: str) -> bool:
    """``line`` reads as a brief's headline: it opens on a letter, a digit or a quote (`14:32 |
    By ...`: a separator after the time opens a header's line), FULL_HEADLINE_WORDS to
    HEADINGS_MAX_WORDS words, no full stop at the end (a headline may ask or exclaim; a full
    stop ends a sentence of prose)."""
    return (line[:1].isalnum() or line[:1] in _OPENING_QUOTES) and not line.rstrip().endswith(".") \
        and FULL_HEADLINE_WORDS <= len(line.split()) <= HEADINGS_MAX_WORDS


def _timed_heads(ctx: Context) -> dict[int, str]:
    """Headlines that a brief's clock time opens on their own line (`14:32 Ferry timetable
    approved for the winter`), and each one's words after the time: the page prints two such
    lines or more, each a headline after its time (three words or more, no sentence), each
    with prose under it before the next (or a paragraph's length with no full stop, a deck:
    ``_brief_text``); one brief at least holds two paragraphs or a
    paragraph of two sentences (a front's card holds one sentence of teaser). The time is the
    per-story line of the template, whatever the words that follow it."""
    texts = ctx.texts
    heads: dict[int, str] = {}
    if ctx.doc.from_html:
        return heads  # (in HTML the markup's headings head the briefs; a live ticker's times open its entries)
    lens = ctx.lens
    for i in clock_lines(ctx):  # (the lines that open on a digit or a clock's word, indexed once for the
        if lens[i] > HEADLINE_MAX_CHARS:  # page; the rest are not visited)
            continue
        m = _TIME_LEAD.match(texts[i])
        if m is None or not (ctx.is_open(i) or ctx.role(i) in _TIMED_OVER):
            continue  # (an earlier rule may take it for a related story's headline between paragraphs)
        rest = texts[i][m.end():]
        if _brief_headline(rest) and not (rest[:1] != texts[i][m.end() - 1:m.end()] and byline_fields(rest)):
            heads[i] = rest  # (not a header's line after its time: `14:32 | By Anna Weiss`)
    if len(heads) < PATTERN_MIN:  # (one line alone is no pattern: the page's `Updated 10:42` over timed briefs)
        heads = _heads_before_times(ctx)
    if len(heads) < PATTERN_MIN:
        heads = _heads_under_times(ctx)
    if len(heads) < PATTERN_MIN or len({ctx.key(i) for i in heads}) < len(heads):
        return {}
    order = sorted(heads)
    if any(ctx.is_open(k) and _is_prose(ctx, k) for k in range(order[0])):
        return {}  # story text over the first time: the times are a timeline's inside a story
    two, bare, cut = False, 0, 0
    for a, b in zip(order, [*order[1:], len(texts)]):
        prose = [k for k in range(a + 1, b) if ctx.is_open(k) and _is_prose(ctx, k)]
        if b == a + 1:
            return {}  # a list of times (a schedule)
        bare += not prose and (texts[a].rstrip().endswith(_TEASER_CUTS) or not any(map(partial(_brief_text, ctx), range(a + 1, b))))
        # (a brief may be a line of its own: a desk's name, a table; a deck, unstopped, is its text:
        # no schedule's entry; but not under a teaser cut short, a front's card read as a headline)
        two = two or len(prose) >= BRIEF_SENTENCES or bool(prose) and sentence_breaks(texts[prose[0]]) + 1 >= BRIEF_SENTENCES
        cut += bool(prose) and not whole_sentence(texts[prose[-1]])
    if bare > 1 and TIMED_BARE_SHARE * bare > len(order):
        return {}  # (times over lines of their own: a schedule's entries; one in three briefs may be one)
    briefs = len(order) - bare
    whole = TIMED_BARE_SHARE * cut <= briefs  # (one brief in three may end on no full stop: a quote, a cut source)
    return heads if (two or whole and briefs > PATTERN_MIN) and briefs >= PATTERN_MIN else {}


STOP_BRIEF = "a brief's headline over its byline or date, as the page prints every brief, a full stop at its end"
BRIEF_MIN = 3  # briefs a page of briefs prints: two alike lines over a byline may be chance


def _stop_headed_briefs(ctx: Context, taken: set[int]) -> list[int]:
    """Headlines of briefs that end with a full stop (`Ferry timetable approved.`), which the
    headline steps read as sentences: the page prints BRIEF_MIN lines or more of one sentence
    each (FULL_HEADLINE_WORDS to HEADINGS_MAX_WORDS words, no break inside), each right over a
    byline or date, each with prose under that header that stands over no byline or date
    itself (a comment thread prints each comment's text over its author's line, and the next
    comment right under it), and no open prose over the first (the page's head stands there:
    a thread stands under its article). Text pages only (in HTML the markup's headings head
    the briefs)."""
    if ctx.doc.from_html:
        return []
    texts, n = ctx.texts, len(ctx.texts)
    heads, others, shorter = [], 0, 0
    loose: list[int] = []  # (the headlines whatever their text's shape: ``_brief_period`` may vouch for them)

    def text_at(k: int) -> bool:  # (the content scorer may have dropped a brief's line: CS506 brings it back)
        return ctx.is_open(k) or ctx.role(k) is Role.BOILERPLATE

    fs = ctx.findings
    for j in compress(range(1, n - 1), fs[1:n - 1]):  # (the labelled lines, skipped over in C: most are not)
        if fs[j].role not in META_ROLES:  # type: ignore[union-attr]
            continue
        h = j - 1  # (the line over a byline or date)
        if h in taken:
            others += 1  # (briefs the other steps headed, over their byline or date)
            continue
        t = texts[h].rstrip()
        if not t.endswith(".") or not text_at(h) or not (t[:1].isupper() or t[:1].isdigit() or t[:1] in _OPENING_QUOTES) \
                or ctx.lens[h] > HEADLINE_MAX_CHARS or not FULL_HEADLINE_WORDS <= ctx.nwords(h) <= HEADINGS_MAX_WORDS or \
                sentence_breaks(t) > 1 or not ends_sentence(t) or t.endswith(("…", "...")):
            continue  # (a teaser's cut: a card's, not a headline)
        if h > 0 and (h - 1 in taken or ctx.role(h - 1) in (Role.TITLE, Role.RELATED)):
            continue  # a deck under its headline (a story card's teaser under a related link's), over the byline or date
        k = h + 2
        while k < n and ctx.role(k) in META_ROLES:
            k += 1  # (a date under the byline)
        if k >= n or not text_at(k) or k + 1 < n and ctx.role(k + 1) in META_ROLES:
            continue  # no brief's text under the header, or a comment's over the next author's line
        loose.append(h)
        if not (ctx.lens[k] >= PARAGRAPH_CHARS or ends_sentence(texts[k])):
            continue  # no brief's text under the header (a card's label), unless the page's period says so (below)
        heads.append(h)
        shorter += ctx.lens[h] < ctx.lens[k]
    if len(loose) + others >= BRIEF_MIN and _brief_period(ctx, loose):
        heads = loose  # (each brief's skeleton printed at one period: its text may be a word, its headline long)
    elif not heads or len(heads) + others < BRIEF_MIN or 2 * shorter <= len(heads):
        return []
    if any(ctx.is_open(j) and _is_prose(ctx, j) for j in range(min(heads[0], min(taken, default=n)))):
        return []
    return heads


BRIEF_PERIOD_MIN = 3  # lines of one brief's skeleton at least: a headline, its byline or date, its text (the print may close it)


def _brief_period(ctx: Context, heads: list[int]) -> bool:
    """The briefs headed at ``heads`` (BRIEF_MIN or more) repeat one skeleton at one period:
    the same number of lines from each headline to the next, the same labels in the same
    places (the byline or date under each headline), and one short line printed alike at the
    same place between every two (a separator, a share line), whatever the words of the
    headlines and texts: a template's, not a story's (an article's sentences over bylines
    stand at no such period)."""
    if len(heads) < BRIEF_MIN:
        return False
    period = heads[1] - heads[0]
    if period < BRIEF_PERIOD_MIN or any(b - a != period for a, b in zip(heads, heads[1:])):
        return False
    texts, fs = ctx.texts, ctx.findings
    printed = False
    for o in range(1, period):
        codes = {f.code if (f := fs[h + o]) is not None and f.role in META_ROLES else "" for h in heads[:-1]}
        if len(codes) > 1:
            return False  # (a byline or date in one brief's place and not in another's: no one skeleton)
        printed = printed or ctx.lens[heads[0] + o] <= PRINT_MAX and \
            len({fold_digits(texts[h + o].strip()) for h in heads[:-1]}) == 1
    return printed


ALTERNATING_BRIEF = "a brief's headline: the page alternates one headline and one paragraph of prose, each on its own topic"
_LIST_NUMBER = compile_pattern(r"\d{1,3}[.)][ \t]", "")
LIST_HEADING_WORDS = 4  # words of a list's heading over its ranked items (`Most read`, `I più visti`, `Les plus lus`)
_RANKED_ITEM = compile_pattern(r"\d{1,2}[.)]?[ \t]", "")  # a ranked list's item, `1 Headline`, `2. Headline`
BRIEF_SHARED_STEMS = 0.1  # share of long-word stems two briefs may have in common: an article's parts share more
_RUN_ROLES = frozenset({_CONTENT, Role.BOILERPLATE, Role.RELATED, Role.TITLE})


def _brief_pairs(ctx: Context, run: list[int], skip: int, more: Callable[[int], bool], taken: set[int]) -> list[int]:
    """``_alternating_briefs``'s headlines when the run's lines pair from its line ``skip``:
    the headline of each pair of the run's longest prefix of briefs, or none. ``run`` grows as
    ``more(m)`` asks for its line ``m`` (most pages fail on their first pairs: the rest of the
    run is read only for a page of briefs)."""
    texts = ctx.texts
    heads: list[int] = []
    shorter = questions = cut = stands = 0
    lone = -1  # (the pair whose text is a line of its own under a headline with a full stop)
    while more(skip + 2 * len(heads) + 1):
        h, b = run[skip + 2 * len(heads)], run[skip + 2 * len(heads) + 1]
        t, body = texts[h].strip(), texts[b].strip()
        if ctx.lens[h] > HEADLINE_MAX_CHARS or not FULL_HEADLINE_WORDS <= len(t.split()) <= HEADINGS_MAX_WORDS or \
                sentence_breaks(t) > 1 or t.endswith(("…", "...")) or _LIST_NUMBER.match(t) or ctx.role(b) is Role.TITLE \
                or menu_line(body) or _ranked_list_opens(ctx, b):
            break  # (a menu is no brief's text: the page's name over its menu; nor a ranked list's first item)
        whole = whole_sentence(body) or _past_lead_in(body) is not body  # (a lead-in opens a story's own text)
        if not whole and t.endswith(".") and len(body) > len(t) and not body.endswith(("…", "...")):
            whole, stands = True, stands + 1  # a standfirst's line under a headline with a full stop: longer than it
        if not whole and (cut or body.endswith(("…", "..."))) or ctx.key(b) == ctx.key(h) or \
                heads and t.endswith(".") != texts[heads[0]].rstrip().endswith("."):
            break  # (a headline printed twice; headlines that end with a full stop and headlines that do not:
            # a template prints one or the other)
        if not whole and t.endswith("."):
            lone = len(heads)  # (a sentence over a line of its own reads as prose over a subheading: below)
        cut += not whole  # (one brief's text may be a line of its own: a place, a desk's name)
        heads.append(h)
        shorter += len(t) < len(body)
        questions += t.endswith("?")
    else:
        lone = -1  # (the run ends under it: the page's last brief)
    if lone >= 0 and len(heads) == lone + 1:
        heads.pop()  # (a line of its own under a headline with a full stop is a brief's text only where the
        # pairs go on right under it, the period of the page's briefs held: else prose over a subheading)
    if len(heads) < BRIEF_MIN or not (taken <= set(heads) or _lead_ins(ctx, heads) and max(taken - set(heads)) < run[skip]) \
            or 2 * shorter <= len(heads) or 2 * questions > len(heads) \
            or 2 * stands > len(heads) \
            or any(ctx.is_open(j) and _is_prose(ctx, j) for j in range(run[skip])):
        return []  # (headlines found elsewhere: the page's stories print a header, and this is a story's text)
    more(len(ctx.texts))  # (the whole run: no prose may stand under its last pair)
    listed = False  # (under a list's heading, `Most read`, its numbered items are no prose)
    for j in run[skip + 2 * len(heads):]:
        if ctx.nwords(j) <= LIST_HEADING_WORDS and not ends_sentence(texts[j]):
            listed = True
        elif not (listed and _RANKED_ITEM.match(texts[j])) and ctx.is_open(j) and _is_prose(ctx, j):
            return []
    return heads


def _lead_ins(ctx: Context, heads: list[int]) -> bool:
    """The text under each of ``heads`` opens on a lead-in (`PARIS. —`): the period of a
    digest's briefs, a place and a dash at the head of each text, where an article's
    paragraphs print one once at most."""
    texts = ctx.texts
    return all(_past_lead_in(texts[h + 1]) is not texts[h + 1] for h in heads)


_FIRST_ITEM = compile_pattern(r"1[.)]?[ \t]", "")
_SECOND_ITEM = compile_pattern(r"2[.)]?[ \t]", "")


def _ranked_list_opens(ctx: Context, b: int) -> bool:
    """Line ``b`` is the first item of a ranked list (`1 Headline`), the next text line its second."""
    if not _FIRST_ITEM.match(ctx.texts[b]):
        return False
    nxt = next((k for k in range(b + 1, len(ctx.texts)) if LETTER_RUN.search(ctx.texts[k])), None)
    return nxt is not None and _SECOND_ITEM.match(ctx.texts[nxt]) is not None


def _run_lines(ctx: Context) -> Iterator[int]:
    """The page's first run of text lines (open, or a headline, or dropped as boilerplate or a
    related link), past the page's head (its name, its menu) and any separator."""
    texts = ctx.texts
    started = False
    for k in range(len(texts)):
        if not LETTER_RUN.search(texts[k]):
            continue  # (a separator between briefs)
        if not (ctx.is_open(k) or ctx.role(k) in _RUN_ROLES):
            if started:
                return
            continue
        if not started and (ctx.nwords(k) < FULL_HEADLINE_WORDS or menu_line(texts[k])):
            continue  # (the page's head: its name, its menu)
        started = True
        yield k


def _alternating_briefs(ctx: Context, taken: set[int]) -> list[int]:
    """Headlines of briefs that print no header, one line of headline over one paragraph of
    text each (`Ferry timetable approved` / `VELMORA. — The council ...`), with no byline or
    date to tell a headline from a sentence: the page's run of text lines, from the first past
    the page's head (its name, its menu; separators aside), alternates BRIEF_MIN pairs or more
    of a headline (one line of three to thirty words, one sentence at most, not numbered: a
    listicle's items; no teaser's cut at its end) and a paragraph ending a whole sentence, with
    no prose under the last pair before the run ends (a list's heading and items may follow);
    most headlines shorter than their text, few of them questions (a Q&A), the page's other
    headlines found none but these, and the pairs each on their own topic: two neighbouring
    pairs share few long words (an article's parts speak of the same people and things).
    Text pages only."""
    if ctx.doc.from_html:
        return []
    texts = ctx.texts
    run: list[int] = []
    lines = _run_lines(ctx)

    def more(m: int) -> bool:  # the run holds its line ``m``, read on demand
        while len(run) <= m:
            k = next(lines, None)
            if k is None:
                return False
            run.append(k)
        return True

    # (the page's name may be a line of three words: the pairs start on the first line or the second,
    # or on the third when the second is the page's menu under its name)
    skips = (0, 1, 2) if more(1) and menu_line(texts[run[1]]) else (0, 1)
    heads = max((_brief_pairs(ctx, run, skip, more, taken) for skip in skips), key=len)
    if not heads:
        return []
    if _lead_ins(ctx, heads):
        return [h for h in heads if h not in taken]  # (no topic test: the lead-ins say each text opens a brief)
    if _subheadings_of_one_story(ctx, heads):
        return []
    stems = [long_word_stems(texts[h] + " " + _past_lead_in(texts[h + 1])) for h in heads]
    shared = [len(a & b) / max(1, min(len(a), len(b))) for a, b in zip(stems, stems[1:])]
    if sum(shared) > BRIEF_SHARED_STEMS * len(shared):
        return []
    return [h for h in heads if h not in taken]


SUBHEADING_WORDS = 4  # words of a subheading over one part of an article (`Understanding the ferry budget`) at most


def _subheadings_of_one_story(ctx: Context, heads: list[int]) -> bool:
    """``_alternating_briefs``'s pairs are one article's parts, not briefs: the first pair's line
    is the story's headline, and every later one a subheading, a short line (SUBHEADING_WORDS at
    most, fewer words than that headline) over one paragraph, where a page of briefs prints a
    headline of its own over each; and the later pairs speak of the first's subject (a long-word
    stem of its headline and paragraph found again in them). A record of one paragraph under each
    of its subheadings, cleaned alone, is one record again. Where the parts share no long word,
    a record's own text says it: the pairs are the whole text (``_pairs_alone``) and a later line
    names nothing of the paragraph under it (``_names_nothing_under``)."""
    first, texts = ctx.nwords(heads[0]), ctx.texts
    if any(ctx.nwords(h) > SUBHEADING_WORDS or ctx.nwords(h) >= first for h in heads[1:]):
        return False
    if _pairs_alone(ctx, heads) and _names_nothing_under(ctx, heads[1:]):
        return True
    subject = long_word_stems(texts[heads[0]] + " " + texts[heads[0] + 1])
    return any(subject & long_word_stems(texts[h] + " " + texts[h + 1]) for h in heads[1:])


def _pairs_alone(ctx: Context, heads: list[int]) -> bool:
    """The pairs of ``heads`` are the whole text, line after line: no page around them (no name
    or menu over the first headline, no byline, date or section line in any header, nothing under
    the last paragraph), a record's own text (its title, then its paragraphs) as a user cleans it
    again, where a page of briefs prints its briefs among the page's own lines."""
    return len(ctx.texts) == 2 * len(heads) and all(h == 2 * k for k, h in enumerate(heads))


def _names_nothing_under(ctx: Context, heads: list[int]) -> bool:
    """One of ``heads`` shares no long word with the paragraph under it: a label over a part of an
    article (`Pressure and reinvention`), where a brief's headline names what its text tells
    (`Choir wins regional cup` over `The school choir took the regional cup ...`)."""
    texts = ctx.texts
    return any(not long_word_stems(texts[h]) & long_word_stems(texts[h + 1]) for h in heads)


LEAD_IN_WORDS = 4  # words of a brief's lead-in before its dash (`PARIS. —`, `BERLIN (dpa) -`): a place, an agency
_LEAD_IN_DASHES = (" — ", " – ", " - ")


def _past_lead_in(text: str) -> str:
    """``text`` past its lead-in, a place (and an agency) before a dash, in capitals or closed
    by a full stop or a bracket (`PARIS. —`, `Paris. —`, `BERLIN (dpa) -`): two briefs from one
    city share their place's name, not their topic."""
    head = text[:LEAD_IN_WORDS * 16]
    for dash in _LEAD_IN_DASHES:
        k = head.find(dash)
        if k > 0 and len(head[:k].split()) <= LEAD_IN_WORDS and (head[k - 1] in ".)" or head[:k].isupper()):
            return text[k + len(dash):]
    return text


def opens_on_lead_in(text: str) -> bool:
    """(seg12) ``text`` opens on a brief's lead-in (``_past_lead_in``: `PARIS. —`, `BERLIN (dpa) -`)."""
    return _past_lead_in(text) is not text


WHOLE_ABBREV_WORDS = 12  # words of a brief's sentence that may end on an abbreviation's stop (`... inside the U.S.`)


def whole_sentence(text: str) -> bool:
    """``text`` ends a sentence of its own, no teaser's cut (`…`, `...`) at its end: a brief's
    one sentence is complete where a card's teaser points on to its story."""
    t = text.rstrip()
    return (ends_sentence(t) or t.endswith(".") and len(t.split()) >= WHOLE_ABBREV_WORDS) and \
        not t.endswith(("…", "...")) and \
        (len(t.split()) >= FULL_HEADLINE_WORDS or len(t) >= PARAGRAPH_CHARS)  # (a script with no spaces: its length)


# a ticker's time after its headline, maybe past a mark: `Ferry timetable approved · 14:32`
_TIME_TAIL = compile_pattern(r"[ \t]{1,3}(?:[·|•—–-][ \t]{1,3})?" + _CLOCK_TIME + r"[ \t]*$", "i")


# (a line's last character: a digit, a space or a clock suffix's last, either case; ASCII: the rest looked up)
_TIME_ENDS = frozenset("0123456789 \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f" + "".join(w[-1:].lower() + w[-1:].upper()
                                                                               for w in _CLOCK_SUFFIXES))
_TIME_DOT_AFTER = frozenset(c for w in _CLOCK_SUFFIXES if w[-1:] == "." for c in (w[-2:-1].lower(), w[-2:-1].upper()))
_TIME_SUFFIX_TAILS = tuple(dict.fromkeys(w.casefold() for w in _CLOCK_SUFFIXES))  # (`uhr`, `pm`, `a.m.`)
TIME_SUFFIX_CHARS = 4  # a time's words after its last digit (`uhr`, ` pm`, `a.m.`): a line ending in four
# letters ends in no time


def _heads_before_times(ctx: Context) -> dict[int, str]:
    """``_timed_heads``'s briefs when a ticker prints each brief's clock time at the end of its
    headline's line (`Ferry timetable approved · 14:32`): each one's words before the time."""
    texts = ctx.texts
    heads: dict[int, str] = {}
    ends = _TIME_ENDS
    # (a line's last character first, in one pass: the lines the test below may pass end on a
    # digit, a clock suffix's last letter (`m`, `r`: case aside, no other character folds to one)
    # or `.`, or on a space; a full stop only after a suffix's letter before it, `p.m.`: most
    # lines that end on one are sentences)
    for i in [i for i in ctx.short(HEADLINE_MAX_CHARS)
              if (c := texts[i][-1:]) in ends and (c != "." or texts[i][-2:-1] in _TIME_DOT_AFTER)
              or c > "~" and (c.isdigit() or c.isspace())]:
        t = texts[i].rstrip()
        last = t[-1:].casefold()
        if last.isdigit():
            if t[-3:-2] not in ":.hH" or t[-2:-1] not in "012345":
                continue  # (a time's minutes close it, `14:32`, `9h07`: a year's digits, a score's or a count's do not)
        elif t[-TIME_SUFFIX_CHARS:].isalpha() or not t.casefold().endswith(_TIME_SUFFIX_TAILS):
            continue  # (most lines: no regex run; a time may end on a clock suffix, `am`, `p.m.`, `Uhr`, a digit before it)
        m = _TIME_TAIL.search(t)
        if m is None or not (ctx.is_open(i) or ctx.role(i) in _TIMED_OVER):
            continue
        rest = t[:m.start()]
        if _brief_headline(rest) and not (_dated_tail(rest) or rest[-1:].isdigit() and m.group().strip()[:1].isdigit()
                                          or byline_fields(rest)):
            heads[i] = rest  # (not a byline's or date line's time: `Posted by ... at 2025-09-22 14:32`)
    return heads


def _dated_tail(text: str) -> bool:
    """``text`` ends on a full date (the time after it is the date's: a byline's or date line's)."""
    d = find_date(text)
    return d is not None and len(text[d.end:].strip()) <= 1


_TIME_ALONE = compile_pattern(_CLOCK_LEAD_WORD + _CLOCK_TIME, "i")
_TIME_ALONE_OVER = frozenset({Role.CHROME, Role.BOILERPLATE, Role.DATE, Role.STUB})  # (a bare clock reads as a video's length;
# a relative time by the page's `Updated 7h55` line, `CS308`, as a stub)
CLOCK_LINE_MAX = 16  # characters of a line that is a clock time alone (`14:32`, `10:01 p.m.`, `godz. 10:42`)


def clock_alone(text: str) -> bool:
    """``text`` is a clock time alone on its line (`14:32`, `9h07`, `17.32 Uhr`, `8:05 PM`,
    `kl. 14.47`): a brief's time, as ``_heads_under_times`` reads it (the story cards' test
    asks too)."""
    t = text.strip()
    return len(t) <= CLOCK_LINE_MAX and _TIME_ALONE.fullmatch(t) is not None


def clock_lines(ctx: Context) -> list[int]:
    """The lines that may open on a clock time: on a digit, or on a word of CLOCK_WORD_CHARS
    letters at most (maybe with a dot) and then a digit (`kl. 14.47`, `ore 10:42 ...`)."""
    memo = ctx.page_memo.get("clock_lines")
    if memo is None:
        texts = ctx.texts
        memo = [*ctx.by_first_word("#")]
        for w in ctx.first_word_keys():  # (the page's first words read once each, not once per line)
            m = len(w)
            if 0 < m <= CLOCK_WORD_CHARS and w != "#":
                memo += [i for i in ctx.by_first_word(w) if (texts[i][m:m + 3].lstrip(". \t")[:1]).isdigit()]
        memo.sort()
        ctx.page_memo["clock_lines"] = memo
    assert isinstance(memo, list)
    return memo


# (brief25) a brief's time with a label of one or two words before or after it, maybe past a mark: a
# live page's key event (`16.45 Uhr · Key event`, `Pinned 14:47`)
_CLOCK_MARK = r"[ \t]{1,2}(?:[·|•–—-][ \t]{1,2})?"
_CLOCK_LABEL = r"[^\W\d_]{1,20}(?:[ \t][^\W\d_]{1,20})?"
_LABELLED_CLOCK = compile_pattern(rf"(?:{_CLOCK_LABEL}{_CLOCK_MARK})?{_CLOCK_LEAD_WORD}{_CLOCK_TIME}"
                                  rf"(?:{_CLOCK_MARK}{_CLOCK_LABEL})?", "i")
_CLOCK_IN = compile_pattern(r"\d[:.h][0-5]\d", "")  # (the cheap test first: a clock's digits)
LABELLED_CLOCK_MAX = 40  # characters of a brief's time with its label


def labelled_clock(text: str) -> bool:
    """(seg12) ``text`` is a brief's time with a label of one or two words, or alone (`kl. 22.46 ·
    Viktig`, `Key event 7:32AM`, `ore 12:08`): LABELLED_CLOCK_MAX characters at most."""
    t = text.strip()
    return len(t) <= LABELLED_CLOCK_MAX and _CLOCK_IN.search(t) is not None and _LABELLED_CLOCK.fullmatch(t) is not None

TIME_KICKER_WORDS = 2  # words of a place or kicker line the template may print between a brief's time and headline


TIMED_STAMP_MAX = 60  # characters of a brief's date with its time (`poniedziałek, 2 października 2026, godz. 19:49`)


def _heads_under_times(ctx: Context) -> dict[int, str]:
    """``_timed_heads``'s briefs when the page prints each brief's time on a line of its own:
    the headline is the line under it, or the line under a place or kicker of one or two
    words when the page prints one under every time (the same skeleton for every brief); or,
    when every time stands between a headline-shaped line and prose, the line over it. (seg48)
    With no such times, each brief's date with its time of day in the time's place (`21:30,
    Nov 17, 2026`, `piątek, 9 marca 2025, godz. 08:43`): the same skeleton, whatever the clock's
    form and language; a stamp between two headline-shaped lines stands under its headline."""
    texts = ctx.texts
    lens = ctx.lens  # (the lines that open on a digit, indexed once for the page: a time's digit)
    times = [i for i in clock_lines(ctx) if lens[i] <= CLOCK_LINE_MAX and _TIME_ALONE.fullmatch(texts[i].strip())
             and (ctx.is_open(i) or ctx.role(i) in _TIME_ALONE_OVER)]
    heads: dict[int, str] = {}
    if times:
        labelled = [i for i in ctx.short(LABELLED_CLOCK_MAX) if lens[i] > CLOCK_LINE_MAX or i not in times]
        labelled = [i for i in labelled if _CLOCK_IN.search(texts[i]) is not None and _LABELLED_CLOCK.fullmatch(texts[i].strip())
                    and (ctx.is_open(i) or ctx.role(i) in _TIME_ALONE_OVER)]
        if len(times) + len(labelled) >= PATTERN_MIN:
            heads = _heads_by_times(ctx, times, labelled)
    if heads:
        return heads
    # (seg48) or each brief's date with its time of day, `21:30, Nov 17, 2026`, in the time's place: the
    # same skeleton, a moment's stamp (a day's date over a headline is ``_headlines_under_dates``'s)
    stamps = [i for i in _timed_stamp_lines(ctx) if (ctx.is_open(i) or ctx.role(i) in _TIME_ALONE_OVER)
              and not any(ctx.role(j) is Role.BYLINE for j in (i - 1, i + 1) if 0 <= j < len(texts))]
    # (a stamp by a byline is a story header's date, which the header steps read; so are dates over
    # headlines that ``_headlines_under_dates`` reads)
    if len(stamps) < PATTERN_MIN or _headlines_under_dates(ctx):
        return {}
    return _heads_by_times(ctx, stamps, [], stamps=True)


def _timed_stamp_lines(ctx: Context) -> list[int]:
    """The short lines that are a date with its time of day (``timed_date_line``), found once
    per page (the text alone, labels aside): only a line with a digit may be one (every date
    holds a year's digits), so only those are read."""
    memo = ctx.page_memo.get("timed_stamps")
    if memo is None:
        texts, digits = ctx.texts, ctx.digit_blocks()
        memo = [i for i in ctx.short(TIMED_STAMP_MAX) if i in digits and timed_date_line(texts[i])]
        ctx.page_memo["timed_stamps"] = memo
    assert isinstance(memo, list)
    return memo


def _heads_by_times(ctx: Context, times: list[int], labelled: list[int], *, stamps: bool = False) -> dict[int, str]:
    """``_heads_under_times``'s briefs with ``times`` as the briefs' times (and ``labelled``, the
    times with a label of their own). With ``stamps`` (dates with their time), a stamp between two
    headline-shaped lines at every brief heads none of the lower: that is the headline's deck."""
    texts, n = ctx.texts, len(ctx.texts)

    def kicker(k: int) -> bool:
        t = texts[k]
        return ctx.is_open(k) and 0 < len(t.split()) <= TIME_KICKER_WORDS and not ends_sentence(t) \
            and not t[:1].isdigit()

    def headline(h: int) -> bool:
        return 0 <= h < n and (ctx.is_open(h) or ctx.role(h) in _TIMED_OVER) and \
            _brief_headline(texts[h].strip()) and ctx.lens[h] <= HEADLINE_MAX_CHARS

    clocks = {*times, *labelled}
    over = sorted([*times, *(i for i in labelled if i + 1 not in clocks and headline(i + 1))])  # (brief25) a time
    # with its label, `16.45 Uhr · Key event`, heads its brief as a time alone does; the page's `Updated 10:42`
    # (over the first brief's time) heads none
    skip = all(i + 2 < n and kicker(i + 1) for i in over)
    if stamps and all(headline(i - 1) for i in times):
        over = []
    if len(over) >= PATTERN_MIN and _slot_under_times(ctx, [i + 1 + skip for i in over], headline):
        return {i + 1 + skip: texts[i + 1 + skip].strip() for i in over}
    under = sorted([*times, *(i for i in labelled if i - 1 not in clocks and headline(i - 1))])
    if len(under) >= PATTERN_MIN and all(headline(i - 1) for i in under) and _prose_under_times(ctx, under):
        return {i - 1: texts[i - 1].strip() for i in under}  # (the time under each headline, over its text
        # and maybe a picture's caption and credit)
    return _heads_over_texts_times(ctx, times, headline)


def _timed_rank(rule: Rule, f: Finding | None) -> int:
    """(seg23) The priority of a brief's headline found under its time (``_heads_by_times``): over the
    caption a caption rule gave it (``_captioned_in_slot``), the rule's own otherwise."""
    return rule.outranking(f) if f is not None and f.role is Role.CAPTION else rule.priority


def _slot_under_times(ctx: Context, heads: list[int], headline: Callable[[int], bool]) -> bool:
    """(seg23) Every line of ``heads`` (the line under each brief's time) is a headline, or a few
    (fewer than half) are headline-shaped lines a caption rule took for a picture's line because
    a credit-like line stands under them (a dateline with its agency in brackets, `PORT ELLIS
    (Reuters)`): the skeleton puts each brief's headline under its time, whatever the line
    under it reads as."""
    captioned = 0
    for h in heads:
        if headline(h):
            continue
        if not _captioned_in_slot(ctx, h):
            return False
        captioned += 1
    return 2 * captioned < len(heads)


def _captioned_in_slot(ctx: Context, h: int) -> bool:
    """Line ``h`` is labelled a picture's caption, reads as a brief's headline, and a credit
    stands right under it (the line a caption rule read it by)."""
    n = len(ctx.texts)
    return 0 <= h < n - 1 and ctx.role(h) is Role.CAPTION and ctx.role(h + 1) is Role.CREDIT and \
        ctx.lens[h] <= HEADLINE_MAX_CHARS and _brief_headline(ctx.texts[h].strip())


def _heads_over_texts_times(ctx: Context, times: list[int], headline: Callable[[int], bool]) -> dict[int, str]:
    """(brief25) ``_heads_under_times``'s briefs when the page prints each brief's time under
    its text: each time right under prose (one in TIMED_BARE_SHARE under a line of its own), the next brief's headline right under each time
    but the last (no headline under it: the page's tail), and the first brief's headline right
    over its text. The headlines are the lines under the times, and the first brief's."""
    texts = ctx.texts
    bare = sum(not (i > 0 and ctx.is_open(i - 1) and _is_prose(ctx, i - 1)) for i in times)
    if TIMED_BARE_SHARE * bare > len(times):
        return {}  # (one brief in three may end on a line of its own, as ``_prose_under_times`` allows)
    if not all(headline(i + 1) for i in times[:-1]) or headline(times[-1] + 1):
        return {}
    top = times[0] - 1
    while top > 0 and ctx.is_open(top - 1) and _is_prose(ctx, top - 1):
        top -= 1
    if not headline(top - 1):
        return {}
    heads = {top - 1: texts[top - 1].strip()}
    heads.update((i + 1, texts[i + 1].strip()) for i in times[:-1])
    return heads


def _prose_under_times(ctx: Context, times: list[int]) -> bool:
    """Each time of ``times`` (alone under its brief's headline) has its text under it before the
    next brief's headline (prose, or a deck: ``_brief_text``), and most right under it (past a
    picture's caption and credit): a
    brief may open on a line of its own (a place, a standfirst with no full stop) over its text,
    and one brief in TIMED_BARE_SHARE may hold no prose."""
    n = len(ctx.texts)
    right = bare = 0
    for i, nxt in zip(times, [*times[1:], n + 1]):
        k = _under_picture(ctx, i)
        if k < n and _brief_text(ctx, k):
            right += 1
        elif not any(_brief_text(ctx, j) for j in range(k, min(nxt - 1, n))):
            bare += 1  # (a brief of lines of their own: a standfirst, a list's label; one in three at most)
            if TIMED_BARE_SHARE * bare > len(times):
                return False
    return 2 * right > len(times)


def _brief_text(ctx: Context, k: int) -> bool:
    """Open line ``k``, under a brief's headline or time, is the brief's text: prose, or a
    paragraph's length with no full stop at its end (a deck, or a one-line text its source left
    unstopped, reads as headline-shaped; the headline's slot is taken, so it is text), but not a
    teaser cut short (`...the council…`: a front's card)."""
    return ctx.is_open(k) and (_is_prose(ctx, k) or (ctx.lens[k] >= PARAGRAPH_CHARS or ctx.nwords(k) >= PARAGRAPH_WORDS)
                               and not ctx.texts[k].rstrip().endswith(_TEASER_CUTS))


_TEASER_CUTS = ("…", "...")  # a teaser's cut at its end: a card's, not a brief's text


def _times_under_heads(ctx: Context) -> list[int]:
    """The brief's time lines of ``_heads_under_times``'s second branch (each time alone under
    its headline, over the brief's text): the story's date, per story, as the template prints it.
    Text pages only, as ``_timed_heads`` (in HTML the markup's headings head the briefs)."""
    if ctx.doc.from_html:
        return []
    heads = _heads_under_times(ctx)
    return [h + 1 for h in heads if h + 1 < len(ctx.texts) and h + 1 not in heads and ctx.is_open(h + 1)
            and ctx.lens[h + 1] <= CLOCK_LINE_MAX and _TIME_ALONE.fullmatch(ctx.texts[h + 1].strip())]


def _brief(ctx: Context, h: int, end: int) -> bool:
    """The one paragraph under headline ``h`` (before ``end``) is a brief's, not a card's
    teaser: two sentences or more."""
    prose = ctx.step_memo["period_prose"]
    assert isinstance(prose, list)
    k = next((k for k in range(h + 1, end) if prose[k + 1] > prose[k]), None)
    return k is not None and sentence_breaks(ctx.texts[k]) + 1 >= BRIEF_SENTENCES


# a street address: a number, one to four capitalised words, the kind of street
TWO_SENTENCE_MAX = 160  # characters: a headline of two sentences is still a line, not a paragraph
TWO_SENTENCE_MIN_WORDS = 6  # words: ...of two short sentences at least
TWO_SENTENCE_MAX_WORDS = 25  # ...and at most: a longer one is a standfirst
_STREET_ADDRESS = compile_pattern(
    r"\d{1,5}[ \t]+(?:[NSEW]\.?[ \t]+)?[A-Z][\w'’.\-]{0,20}(?:[ \t]+[A-Z][\w'’.\-]{0,20}){0,3}[ \t]+"
    rf"{words_alternation(lang_words('street_types'))}\.?(?:,|$)", "")


def street_address(text: str) -> bool:
    """``_STREET_ADDRESS`` matches at the start of ``text``. Its match opens with ``\\d`` (a
    Unicode decimal digit, what ``str.isdecimal`` says), so a line opening otherwise is not
    tried (tests/test_fast_scans.py holds the two to agree)."""
    return text[:1].isdecimal() and _STREET_ADDRESS.match(text) is not None


def _two_sentence_headline(ctx: Context) -> int | None:
    """`The RiverCard is replacing paper tickets. Here is what changes on 1 December` right
    over the page's first byline (or over its standfirst), with its date under the byline,
    above the first paragraph: a headline of two sentences (no full stop at its end), which
    the heading shape refuses."""
    first = _first_prose(ctx)
    b = next((j for j in ctx.with_role(Role.BYLINE) if j < first), None)
    if b is None or b < 1 or not any(ctx.role(k) is Role.DATE for k in range(b + 1, min(len(ctx.texts), b + 3))):
        return None
    h = b - 1
    if h >= 1 and ctx.is_open(h) and ends_sentence(ctx.texts[h]) and ctx.lens[h] <= STANDFIRST_MAX:
        h -= 1  # (the standfirst between the headline and the byline)
    t = ctx.texts[h]
    if not ctx.is_open(h) or ctx.lens[h] > TWO_SENTENCE_MAX or ends_sentence(t) or not t[:1].isupper() or \
            not TWO_SENTENCE_MIN_WORDS <= ctx.nwords(h) <= TWO_SENTENCE_MAX_WORDS or full_stop_breaks(t) != 1 or \
            sentence_breaks(t) != 1:
        return None
    return h


_END_CREDITS = frozenset({"CS105"})  # `(Reporting by ...; Editing by ...)`: wire stories end with it
END_REACH = 3  # blocks between a story's closing credit and the next headline (separators, labels)


def _story_ends(ctx: Context) -> list[int]:
    """Closing credits of stories: a reporting credit under a paragraph of prose."""
    ends = []
    for k in ctx.labelled(_END_CREDITS):
        above = next((j for j in range(k - 1, max(-1, k - 4), -1) if ctx.is_open(j)), None)
        if above is not None and _is_prose(ctx, above):
            ends.append(k)
    return ends


def _after_story_end(ctx: Context, i: int, ends: list[int], last_title: int) -> bool:
    """Block ``i`` comes right after the credit that closes the story above (a line of
    stars or labelled lines between at most): the next story's headline."""
    k = bisect_left(ends, i) - 1
    if k < 0 or ends[k] <= last_title or i - ends[k] > END_REACH:
        return False
    return all(not ctx.is_open(j) or not any(map(str.isalpha, ctx.texts[j])) for j in range(ends[k] + 1, i))


def _over_story_end(ctx: Context, i: int, ends: list[int]) -> bool:
    """Block ``i`` stands over paragraphs of prose and nothing else down to the credit that
    closes their story: the first story of a wire feed, whose headline has no byline."""
    k = bisect_right(ends, i)
    if k == len(ends) or ends[k] - i > STORY_REACH:
        return False
    body = [j for j in range(i + 1, ends[k]) if ctx.is_open(j)]
    return bool(body) and all(_is_prose(ctx, j) for j in body)


STORY_REACH = 40  # blocks from a headline down to its story's closing credit
AUTHOR_NAME_MIN_CHARS = 5  # characters of a byline's name that a link must hold; shorter is any word


def _names_the_author_above(ctx: Context, i: int) -> bool:
    """Block ``i`` stands right under the byline and holds the author's name (`About ...`,
    `More from ...`, `Follow ...`): a link of the author's box, not a headline."""
    f = ctx.findings[i - 1]
    if f is None or f.role is not _BYLINE:
        return False
    low = ctx.texts[i].lower()
    return any(key == "byline" and len(value) >= AUTHOR_NAME_MIN_CHARS and value.lower() in low
               for key, value in f.fields)


AUTHOR_LINE_OTHER_WORDS = 2  # words besides the author's name in a line of the author's box (`Portrait of`)
AUTHOR_LINE_MAX = 60  # characters: such a line


def _author_photo_lines(ctx: Context) -> list[int]:
    """The open short lines that name the author of the byline or date line right under them
    (:func:`_names_the_author_below`)."""
    fs, lens = ctx.findings, ctx.lens
    # (from the labelled lines, skipped over in C: a byline or date under each; most lines are neither)
    return [j - 1 for j in compress(range(1, len(fs)), fs[1:]) if fs[j].role in META_ROLES  # type: ignore[union-attr]
            and fs[j - 1] is None and lens[j - 1] <= AUTHOR_LINE_MAX and _names_the_author_below(ctx, j - 1)]


def _names_the_author_below(ctx: Context, i: int) -> bool:
    """Block ``i`` stands right over the byline or the date line (in any words), holds a name
    of two words or more that line prints, and at most two other words: an author photo's alt
    text (`Portrait of Victor Hale`, `Victor Hale portresi`) over `By Victor Hale`, no headline."""
    if i + 1 >= len(ctx.findings):
        return False
    f = ctx.findings[i + 1]
    if f is None or f.role not in META_ROLES or ends_sentence(ctx.texts[i]):
        return False
    words = ctx.texts[i].split()
    if len(words) > NAME_MAX_WORDS + AUTHOR_LINE_OTHER_WORDS:
        return False
    below = ctx.texts[i + 1].casefold()
    # (a name the line below prints holds two capitalised words in a row that it prints too:
    # without such a pair no run of the line's words is the name)
    if not any(a[:1].isupper() and b[:1].isupper() and f"{a} {b}".casefold() in below for a, b in zip(words, words[1:])):
        return False
    for lo in range(AUTHOR_LINE_OTHER_WORDS + 1):  # (the name: a run of the line's words)
        for top in range(len(words), lo + 1, -1):
            run = words[lo:top]
            if len(words) - len(run) > AUTHOR_LINE_OTHER_WORDS:
                break
            name = " ".join(run)
            if all(w[:1].isupper() for w in run) and len(name) >= AUTHOR_NAME_MIN_CHARS and name.casefold() in below:
                return True
    return False


def _over_header(ctx: Context, d: int) -> int:
    """The line over the header that ends with date line ``d``: past its bylines and stubs (an
    author card's too), and the reading time or listen line a header prints between its
    headline and its byline (seg27); -1 when none stands over it."""
    above = d - 1
    while above >= 0 and (ctx.role(above) in META_ROLES or
                          (f := ctx.findings[above]) is not None and f.code in _READ_TIME and above < d - 1):
        above -= 1  # (a byline over the date: the header's; what stands over the header tells)
    return above


def _headlines_under_dates(ctx: Context) -> frozenset[int]:
    """Headlines printed under their date line: a heading-shaped line right under a date,
    with prose under it (past a picture's caption and credit, the byline, and one line no
    rule named when two paragraphs follow it). Taken only on a page where some date has no
    headline-shaped line over it (a blog's date header after the last post's labels), or
    where the same word stands over every date (the page's label, printed once per story):
    there the page prints every date first; elsewhere a line under the date is a standfirst
    or a kicker."""
    found, unshaped, marked, clear = [], [], 0, False
    labels: list[int] = []  # the lines over the dates of the headlines found
    one: list[int] = []  # headline-shaped lines under a date over a short line and one paragraph
    for d in ctx.with_role(Role.DATE):
        h = d + 1
        k = _under_picture(ctx, h)  # (a picture's caption and credit may stand between)
        if k < len(ctx.texts) and ctx.role(k) is Role.BYLINE:
            k = _under_picture(ctx, k)  # (and the byline under the headline, then the picture)
        k = _past_header_chrome(ctx, k)  # (and a reading time, a share or listen line under them)
        if k + 1 < len(ctx.texts) and not _is_prose(ctx, k) and ctx.is_open(k) and ctx.lens[k] <= BOX_LINE and \
                find_date(ctx.texts[k]) is None and _is_prose(ctx, k + 1):
            if not _two_paragraphs(ctx, k + 1):
                if k > h and ctx.is_open(h) and ctx.findings[h] is None and \
                        (not ends_sentence(ctx.texts[h]) or ctx.texts[h].rstrip().endswith("?")) and \
                        HEADLINE_MIN_WORDS <= ctx.heading_words(h) <= HEADINGS_MAX_WORDS:
                    one.append(h)  # (one paragraph under that line: taken where the page's period says so, below)
                continue
            k += 1  # (a line no rule has named yet, a caption and its credit (`... © Provided by ...`), over
            # two paragraphs before the next date: a story card's teaser is one)
        elif k == h + 1 and _one_line_story(ctx, h):
            one.append(h)  # (seg12: one line of text under it, then the separator: taken where the period says so)
            continue
        if k >= len(ctx.texts) or not _is_prose(ctx, k):
            continue
        if ctx.role(h) is Role.TITLE:
            marked += 1  # a headline the markup found, under its date
        elif not ctx.is_open(h) or ctx.findings[h] is not None or leads_on(ctx.texts[h]) or h in template_lines(ctx):
            continue
        elif ends_sentence(ctx.texts[h]) or not HEADLINE_MIN_WORDS <= ctx.heading_words(h) <= HEADINGS_MAX_WORDS:
            if _slot_shaped(ctx, h):
                unshaped.append(h)  # (`31% of buyers follow friends. Here's why`: taken when the others are headlines)
            continue
        else:
            found.append(h)
        above = _over_header(ctx, d)
        clear = clear or above < 0 or not ctx.is_open(above) or _is_prose(ctx, above) and (
            above == d - 1 or ends_sentence(ctx.texts[above]))  # (over a byline: a long headline, unless a sentence)
        if above >= 0:
            labels.append(above)
    if not clear and len(labels) >= PATTERN_MIN and (
            len({ctx.texts[j] for j in labels}) == 1 and ctx.nwords(labels[0]) < HEADLINE_MIN_WORDS or
            len({ctx.texts[j] for j in labels[1:]}) == 1 and not any(map(str.isalnum, ctx.texts[labels[-1]]))):
        clear = True  # (the same word over every date: the page's label, printed once per story, no headline;
        # or a line of no letters over every date but the first: the separator between two stories)
    if not (found or unshaped or marked):
        return frozenset()
    badge = _badge_dated(ctx)  # (a calendar badge over each post: the page prints every date first)
    heads = len(found) + marked + (len(unshaped) if badge else 0)
    if not ((clear or badge) and heads >= PATTERN_MIN):
        return frozenset()
    if one and len(found) + marked > PATTERN_MIN and _separated_period(ctx):
        found += one  # (the page prints a separator, then the date, then the headline, story after story: a
        # line in that slot over a short line and one paragraph heads its story, as a card's teaser has none)
    return frozenset(found + unshaped)


DATE_LED = "a headline in the slot under the date or byline the page prints over each story, whatever a rule took it for"
DATE_LED_REACH = 4  # lines under a date where its headline stands (a kicker, a byline, a picture's caption and credit)
_MISREAD = frozenset({Role.RELATED, Role.TEASER, Role.CAPTION})  # a headline a rule read as a link, teaser or caption


def _date_led_shaped(ctx: Context, k: int) -> bool:
    """Line ``k`` may be a story's headline by its shape: FULL_HEADLINE_WORDS words or more, no
    paragraph, no full stop at its end, no date, no label leading on."""
    t = ctx.texts[k]
    return ctx.nwords(k) >= FULL_HEADLINE_WORDS and ctx.lens[k] <= BOX_LINE and \
        not (ends_sentence(t) and not t.endswith("?")) and find_date(t) is None and not leads_on(t)


def _date_led_head(ctx: Context, k: int) -> bool:
    """Line ``k`` is open or a headline a rule misread (``_MISREAD``), and headline-shaped."""
    f = ctx.findings[k]
    return (f is None or f.role is _CONTENT or f.role in _MISREAD) and _date_led_shaped(ctx, k)


def _date_slot(ctx: Context, d: int, end: int) -> int | None:
    """The headline under date line ``d`` (before line ``end``): the first line that may head a
    story (``_date_led_head``) within DATE_LED_REACH lines, past bylines, stubs, a picture's caption and
    credit and short labels (a kicker, a section); None when another line stands first."""
    for k in range(d + 1, min(end, d + 1 + DATE_LED_REACH)):
        f = ctx.findings[k]
        if _date_led_head(ctx, k) or f is not None and f.role is Role.TITLE:
            return k
        if f is not None and (f.role in META_ROLES or f.role in _OPTIONAL_IN_HEADER or f.role is Role.SECTION):
            continue
        if (f is None or f.role is _CONTENT) and ctx.nwords(k) < FULL_HEADLINE_WORDS and not ends_sentence(ctx.texts[k]):
            continue  # (a kicker)
        return None
    return None


def date_led_heads(ctx: Context, taken: set[int]) -> list[tuple[int, int]]:
    """Headlines the page's period of date lines places (or, where its dates place none, of its
    bylines: `By NAME` over each headline): the page prints a date line at the top of each story (PATTERN_MIN dates or more, the first over the page's first paragraph, a
    paragraph under each and STORY_PARAGRAPHS paragraphs or more under most: a card's teaser is
    one), and a line that may head a story (``_date_led_head``, or a headline found) stands
    between a story's last paragraph and the next date under fewer than half the dates past the
    first (a story's last subheading may): each date opens its story, it is not printed under its
    headline. The line in the slot under each date (``_date_slot``) heads its story, whatever a
    rule took it for (a related headline, a caption): the page's repetition says where its
    stories start. Every date must have one, or none is taken. The headlines, each with the
    lines from its date down to it (its story's header, ``HEADER_LINES``); ``taken``: the
    headlines the page's other steps found."""
    for role in _LEADING_FIELDS:
        heads = _field_led_heads(ctx, ctx.with_role(role), taken)
        if heads:
            return heads
    return []


_LEADING_FIELDS = (Role.DATE, Role.BYLINE)  # the lines a page may print at the top of each story, tried in turn


def _field_led_heads(ctx: Context, dates: list[int], taken: set[int]) -> list[tuple[int, int]]:
    """``date_led_heads`` for the lines ``dates`` (the page's date lines, or its bylines)."""
    if len(dates) < PATTERN_MIN:
        return []
    prose = ctx.paragraphs_before(STORY_PROSE)
    counts = [prose[b] - prose[a + 1] for a, b in zip(dates, [*dates[1:], len(ctx.texts)])]
    if prose[dates[0]] or min(counts) < 1 or 2 * sum(c >= STORY_PARAGRAPHS for c in counts) <= len(counts):
        return []  # (a paragraph under every date, STORY_PARAGRAPHS under most: a card's teaser is one)
    heads, headed = [], 0
    for j, d in enumerate(dates):
        k = d - 1 if j else -1  # (over the first date: the page's head, its name and menu)
        while k >= 0 and k > dates[j - 1] and prose[k + 1] == prose[d]:  # (up to the paragraph over it)
            if k in taken or ctx.role(k) is Role.TITLE or _date_led_head(ctx, k):
                headed += 1  # (a headline over the date, or a story's last subheading)
                break
            k -= 1
        h = _date_slot(ctx, d, dates[j + 1] if j + 1 < len(dates) else len(ctx.texts))
        if h is None:
            return []
        heads.append((h, h - d))
    if 2 * headed >= len(dates) - 1:
        return []  # (a headline over half the dates or more: the page prints its dates under its headlines)
    return heads


def _one_line_story(ctx: Context, h: int) -> bool:
    """(seg12) Line ``h``, right under a date, is headline-shaped with one open line under it that
    is no paragraph (a brief's one line, headline-like itself: `Big night for the band; a new pop-up`),
    then a line of no letters (the separator the page prints between its stories) or the page's
    end: a story of one line in the headline's slot, which ``_separated_period`` vouches for."""
    n, k = len(ctx.texts), h + 1
    if k >= n or not (ctx.is_open(h) and ctx.findings[h] is None and ctx.is_open(k)) or _is_prose(ctx, k) or \
            not HEADLINE_MIN_WORDS <= ctx.heading_words(h) <= HEADINGS_MAX_WORDS or ends_sentence(ctx.texts[h]) or \
            ctx.nwords(k) < FULL_HEADLINE_WORDS:
        return False  # (a date line under it is no brief's text: the date rule took it, it is not open)
    return k + 1 == n or not any(map(str.isalnum, ctx.texts[k + 1]))


def _separated_period(ctx: Context) -> bool:
    """Every date of the page but the first stands right under a separator the page prints
    between its stories (a line of no letters, printed alike over each), PATTERN_MIN times or more."""
    dates = ctx.with_role(Role.DATE)
    over = {ctx.texts[d - 1].strip() for d in dates[1:] if d > 0}
    return len(dates) > PATTERN_MIN and len(over) == 1 and not any(map(str.isalnum, next(iter(over))))


EXCERPT_CARDS = 3  # posts of a blog index cut to their excerpt: a front (fewer: a short page, left to the other tests)
EXCERPT_LINK_MAX = 40  # characters of a post's read-more link (`Continue reading →`, `Lire la suite »`)
EXCERPT_EDGE_MAX = 40  # characters of a line left over or under the posts (an archive's month and count)
_READ_MORE_CODES = frozenset({"CS401", "CS203"})  # `Continue reading`, `Read more` as a related link
# (seg50) a post's read-more link in words no rule labels (`Czytaj dalej »`, `Mehr lesen`): read here only
_MORE_LINK = compile_pattern(rf"(?:{words_alternation(lang_words('more_links'))})[ \t]*(?:[»›→>…]|\.\.\.)?", "i")


def _more_link(ctx: Context, k: int) -> bool:
    """Line ``k`` is a post's read-more link: a rule's `Continue reading` or related link, or
    a line of ``more_links`` words (an arrow after them or not)."""
    f = ctx.findings[k]
    return ctx.lens[k] <= EXCERPT_LINK_MAX and (f is not None and f.code in _READ_MORE_CODES
                                                or _MORE_LINK.fullmatch(ctx.texts[k]) is not None)


def excerpt_index(ctx: Context, left: list[int]) -> bool:
    """(blog24) The page is a blog's index of excerpts and holds no post in full: under each
    date line (a badge's two lines) stand a headline, one line of text at most and a read-more
    link, EXCERPT_CARDS posts or more, every dated post so; the lines left as text (``left``)
    are those excerpts, headlines no rule took, and short lines over or under the posts (an
    archive's months with their counts). A post of two paragraphs or more is an article."""
    dates = ctx.with_role(_DATE)
    if len(dates) < EXCERPT_CARDS:
        return False
    dated = set(dates)
    starts = [d for d in dates if d - 1 not in dated]
    n, open_ = len(ctx.texts), set(left)
    covered: list[tuple[int, int]] = []
    for s, e in zip(starts, [*starts[1:], n]):
        head = s
        while head < e and head in dated:
            head += 1
        link = next((k for k in range(head + 1, e) if _more_link(ctx, k)), None)
        if link is None or sum(k in open_ for k in range(head + 1, link)) > 1:
            return False  # a post with no read-more link, or two lines of text or more: a post in full
        covered.append((s, link))
    if len(covered) < EXCERPT_CARDS:
        return False
    first, last = covered[0][0], covered[-1][1]
    inside = {k for a, b in covered for k in range(a, b + 1)}
    return all(k in inside or (k < first or k > last) and ctx.lens[k] <= EXCERPT_EDGE_MAX and not ends_sentence(ctx.texts[k])
               for k in left)


POST_FOOTER_REACH = 12  # lines of a blog post's footer: read-more, author, tags, comments, a share row


def _in_post_footer(ctx: Context, i: int, dated_heads: frozenset[int]) -> bool:
    """(blog24) On a page that prints each date over its headline, line ``i`` (no headline
    under a date) stands after a post's text with no paragraph between it and the next post's
    headline, within POST_FOOTER_REACH lines: the post's last short line or its footer (`Read
    more »`, `Posted by ... at ...`, `Labels: ...`, `3 comments`), which the page prints with
    each post, never a headline. A line printed again word for word is left to the other tests."""
    nxt = min((h for h in dated_heads if h > i), default=-1)
    if nxt < 0 or nxt - i > POST_FOOTER_REACH or _text_counts(ctx)[ctx.texts[i]] >= PATTERN_MIN:
        return False  # (a line printed word for word under each post stays a story's start, as before)
    return not any(_is_prose(ctx, j) for j in range(i + 1, nxt))


def _badge_dated(ctx: Context) -> bool:
    """(blog24) The page prints a calendar badge over each post (:func:`_calendar_badges`): the
    line under each badge is in the headline's slot whatever its shape."""
    return any(f is not None and f.reason == BADGE_REASON for f in map(ctx.findings.__getitem__, ctx.with_role(_DATE)))


def _two_paragraphs(ctx: Context, k: int) -> bool:
    """Paragraph ``k`` and another stand before the next date line (within SKELETON_MAX lines)."""
    for j in range(k + 1, min(len(ctx.texts), k + 1 + SKELETON_MAX)):
        if ctx.role(j) is Role.DATE:
            return False
        if _is_prose(ctx, j):
            return True
    return False


_DATED_HEADER_CHROME = frozenset({"CS402", "CS403", "CS408"})  # follow, share, reading-time and listen lines


def _past_header_chrome(ctx: Context, k: int) -> int:
    """Line ``k``, or the first line under it that is no follow, share, reading-time or listen
    line (the lines a story's header prints under its headline, over its first paragraph)."""
    n, fs = len(ctx.texts), ctx.findings
    while k < n and (f := fs[k]) is not None and f.code in _DATED_HEADER_CHROME:
        k += 1
    return k


def _under_picture(ctx: Context, h: int) -> int:
    """The first line under line ``h`` that is not a picture's caption or credit."""
    k, n = h + 1, len(ctx.texts)
    while k < n and ctx.role(k) in _OPTIONAL_IN_HEADER:
        k += 1
    return k


def _slot_shaped(ctx: Context, h: int) -> bool:
    """Line ``h`` may head a story from a skeleton's headline slot whatever its shape: a line
    of HEADED_MIN_WORDS words or more, no paragraph, not a sentence with a full stop at its end
    (a question may be one), no date."""
    t = ctx.texts[h]
    return ctx.lens[h] <= BOX_LINE and ctx.nwords(h) >= HEADED_MIN_WORDS and \
        not (ends_sentence(t) and not t.endswith("?")) and find_date(t) is None


STORY_LIST_REACH = 12  # lines over a headline where the heading of its story list may stand
_RELATED_LINK = frozenset({"CS203"})


def _in_story_list(ctx: Context, i: int) -> bool:
    """Block ``i`` stands in a story list: a `Related stories` / `More from ...` heading
    sits above it with no prose between them, and no prose follows its own date or
    byline (the next story card does). An article after an empty `Related` heading, as
    feed pages print them, has its paragraphs right under its header."""
    heads = ctx.step_memo.get("story_list_heads")
    if not isinstance(heads, list):
        heads = ctx.step_memo["story_list_heads"] = sorted(set(
            j for j in ctx.starting_with(FOOTER_KEYS)
            if ctx.lens[j] <= FOOTER_HEADING_MAX and FOOTER_HEADING.fullmatch(ctx.texts[j])
        ).union(j for j in ctx.labelled(_RELATED_LINK) if bare_related_label(ctx.texts[j])
                and not _trailer_over_story(ctx, j)))
        # (and a bare `Read Next` / `Related` label: the story cards under it are no articles; not the
        # trailer the page prints under each story, over the next story's header)
    k = bisect_left(heads, i) - 1  # the nearest heading above
    if k < 0 or heads[k] < i - STORY_LIST_REACH:
        return False
    if any(ctx.lens[j] >= PARAGRAPH_CHARS and ctx.is_open(j) and not ctx.heading(j, HEADINGS_MAX_WORDS)
           for j in range(heads[k] + 1, i)):
        return False  # prose between: the list has ended
    return not _prose_follows(ctx, i) or _teaser_only(ctx, i)


def _trailer_over_story(ctx: Context, j: int) -> bool:
    """The bare label at line ``j`` (`Read more`) is printed twice or more on the page, and the
    line under the line below it is a byline or date: the trailer under each story, over the
    next story's headline and header (a page of briefs), not a story list's heading."""
    return j + 2 < len(ctx.texts) and ctx.role(j + 2) in META_ROLES and _text_counts(ctx)[ctx.texts[j]] >= PATTERN_MIN


def _teaser_only(ctx: Context, i: int) -> bool:
    """Under headline ``i`` (past its date or byline) stands one short paragraph, and then
    the next card's headline or the end of the list: a story card's teaser, not an article."""
    n = len(ctx.texts)
    k = i + 1
    while k < n and not ctx.is_open(k):
        k += 1
    if k >= n or ctx.lens[k] > TEASER_MAX:
        return False
    nxt = k + 1
    while nxt < n and ctx.findings[nxt] is not None and ctx.role(nxt) is not Role.TITLE:
        nxt += 1  # (the list's own chrome: `Read more`, the comment prompt)
    return nxt >= n or ctx.role(nxt) is Role.TITLE or (
        ctx.heading(nxt, HEADINGS_MAX_WORDS) and nxt + 1 < n and ctx.role(nxt + 1) in META_ROLES)


STANDFIRST_MAX = 300  # characters: a standfirst is a sentence or two
STANDFIRST_MIN_WORDS = 6  # a kicker (`BLACK DEATH FEARS`) or a blog's name over a headline is shorter
_ABOVE = 2  # lines over the byline's headline where the real headline may stand
OVER_EACH_PRINTS = 3  # prints of a line (the first line counted): the site's name over each story


def _head_of_header(ctx: Context, i: int, k: int, nw: int, last_title: int, reason: str, *, dup: bool,
                    first: bool) -> tuple[int, str]:
    """The headline of the header found under block ``i`` (its byline or date at ``k``), and why:
    ``i`` itself, or the headline over it (``i`` its standfirst or caption; ``i`` a deck printed
    again), or, for the page's first headline the <title> does not name (``first``), the post's
    headline under the blog's name and its date."""
    head = i
    if not dup:
        above = _headline_above(ctx, i, nw, last_title)
        if above is not None and _under_a_header_like(ctx, above, i, k):
            above = None  # (seg43) the lines over ``i`` stand under another story's date: its text
        if above is not None:
            head, reason = above, "a headline over its standfirst or caption, then its byline or date"
    elif _deck_over_header(ctx, i, last_title):
        head, reason = i - 1, DECK_HEAD
    if not dup and first:
        post = _post_head_under_name(ctx, i, k)
        if post is not None:
            head, reason = post, POST_UNDER_NAME
    return head, reason


POST_UNDER_NAME = "a post's headline under its date, under the blog's name and menu; printed again in the page"


def _post_head_under_name(ctx: Context, i: int, k: int) -> int | None:
    """(blog, TypePad) The headline when block ``i``, the page's first heading-shaped line, is
    the blog's name: a menu line under it (a line a rule took, not a date or byline), then the
    date ``k``, then an open heading-shaped line ``j`` right over prose, which the page prints
    again lower down (its `Recent Posts` list, `N Responses to ...`). A deck under a story's
    date is not printed again; a headline over its own date has no menu between."""
    j = k + 1
    n = len(ctx.texts)
    if k <= i + 1 or j + 1 >= n or ctx.role(k) is not _DATE or ctx.role(i + 1) in META_ROLES or \
            ctx.is_open(i + 1) or not ctx.is_open(j) or not ctx.is_open(j + 1):
        return None
    if not HEADLINE_MIN_WORDS <= ctx.heading_words(j) <= HEADINGS_MAX_WORDS or not _is_prose(ctx, j + 1):
        return None
    return j if ctx.copies_after(j, j + 2) and not ctx.copies_after(i, i + 1) else None


def _under_a_header_like(ctx: Context, h: int, i: int, k: int) -> bool:
    """(seg43) A line between ``h`` (the headline ``_headline_above`` found over block ``i``) and
    ``i`` itself stands right under a line of the very code of ``i``'s own byline or date
    (``k``): the page prints that header line under each headline, so the lines under it are a
    story's text (one with no full stop), and ``i`` heads its own story."""
    f = ctx.findings[k] if 0 <= k < len(ctx.texts) else None
    if f is None or f.role not in META_ROLES:
        return False
    return any((g := ctx.findings[x - 1]) is not None and g.code == f.code for x in range(max(h, 1), i))


def _headline_above(ctx: Context, i: int, nw: int, last_title: int) -> int | None:
    """The headline when block ``i``, over the byline, is not it but what a template
    prints between the headline and the byline: the standfirst, a caption. The
    headline is the line above that the page's ``<title>`` (naive text's first line)
    repeats; without one, the line right above when both are headline-shaped lines
    of STANDFIRST_MIN_WORDS words or more and the upper one opens the article."""
    below = ctx.key(i)
    page_title = ctx.key(0) if i > 1 else ""
    if page_title and below in page_title:
        return None  # block i is the headline the <title> names
    h = i - 1
    if (_name_led(ctx.texts[i]) or _video_title(ctx, i)) and h > last_title and h >= 0 and \
            FULL_HEADLINE_WORDS <= ctx.heading_words(h) <= HEADINGS_MAX_WORDS and _may_head(ctx, h, below) and \
            not _name_led(ctx.texts[h]):
        return h  # block i is a correspondent's line or a video's title: the headline stands over it
    for h in range(i - 1, max(i - 1 - _ABOVE, last_title, 0), -1):
        if not _may_head(ctx, h, below):
            break
        if page_title and ctx.key(h) in page_title and \
                FULL_HEADLINE_WORDS <= ctx.heading_words(h) <= HEADINGS_MAX_WORDS and \
                not FOOTER_HEADING_STRICT.fullmatch(ctx.texts[h]) and not _printed_over_each(ctx, h):
            return h  # (`News in brief` over the first brief is the page's heading, not a headline)
    h = i - 1
    if h <= last_title or h < 0 or nw < STANDFIRST_MIN_WORDS or page_title and ctx.key(h) in page_title:
        return None
    if not STANDFIRST_MIN_WORDS <= ctx.heading_words(h) <= HEADINGS_MAX_WORDS or not _may_head(ctx, h, below) or \
            _name_led(ctx.texts[h]):
        return None  # (`Théo Tassin, Rédacteur en chef adjoint` over the headline: its author, no headline)
    # a standfirst of two bullet lines: the headline is the top of the stack, under the menu
    if h - 1 > last_title and h - 1 >= 0 and STANDFIRST_MIN_WORDS <= ctx.heading_words(h - 1) <= HEADINGS_MAX_WORDS \
            and _may_head(ctx, h - 1, ctx.key(h)) and (h - 1 == 0 or ctx.heading_words(h - 2) < STANDFIRST_MIN_WORDS):
        h -= 1
    return h if h == 0 or not _is_prose(ctx, h - 1) else None


DURATION_FIELDS = (2, 3)  # fields of a video's length: minutes and seconds, or hours too (`1:02:31`)
CLOCK_FIELD_DIGITS = 2  # digits of a length's seconds and minutes after the first field (`2:31`)


def _duration(t: str) -> bool:
    """`2:31`, `1:02:31`, `(02:31)`: a video's length alone (no pattern: compiled in every process)."""
    parts = t.strip().removeprefix("(").removesuffix(")").split(":")
    return len(parts) in DURATION_FIELDS and all(p.isdigit() and p.isascii() for p in parts) and \
        len(parts[0]) <= CLOCK_FIELD_DIGITS and all(len(p) == CLOCK_FIELD_DIGITS for p in parts[1:])


def _video_title(ctx: Context, i: int) -> bool:
    """Line ``i`` stands over a video's length alone (`2:31`): a video's title, not a headline."""
    return i + 1 < len(ctx.texts) and ctx.lens[i + 1] <= CLOCK_LINE_MAX + 2 and \
        _duration(ctx.texts[i + 1])


def _name_led(text: str) -> bool:
    """`Ada Linford, Transport correspondent`: a name of two to four capitalised words, a
    comma, then a few words with no full stop and no number: a correspondent's line, in any
    words, not a headline."""
    name, comma, rest = text.partition(", ")
    if not comma or "," in rest or any(map(str.isdigit, text)) or ends_sentence(text):
        return False
    return HEADLINE_MIN_WORDS <= len(name.split()) <= NAME_MAX_WORDS and name_list(name, NAME_MAX_WORDS) and \
        1 <= len(rest.split()) <= JOB_LINE_WORDS


def _printed_over_each(ctx: Context, h: int) -> bool:
    """Block ``h`` is printed three times or more on the page (the first line counted): the
    site's name over each story of a stacked feed, not a headline the <title> names."""
    return _text_counts(ctx)[ctx.texts[h]] >= OVER_EACH_PRINTS


def _text_counts(ctx: Context) -> Counter[str]:
    """How often the page prints each line, word for word."""
    return ctx.text_counts()


_LINK_TAILS = frozenset("›»>→")  # what a breadcrumb's item or a link ends with


def _deck_over_header(ctx: Context, i: int, last_title: int) -> bool:
    """Line ``i``, printed twice and over its byline or date, is the story's deck, its copy the
    story's first paragraph under the header (`SAN IBÁÑEZ (Getty Images) — El conjunto ...` over
    `Por ...` and the date, then again): the headline-shaped line right over it is the headline."""
    h = i - 1
    if h <= last_title or h < 0 or not FULL_HEADLINE_WORDS <= ctx.heading_words(h) <= HEADINGS_MAX_WORDS or \
            ctx.lens[h] >= ctx.lens[i] or ctx.texts[h].rstrip()[-1:] in _LINK_TAILS or not _may_head(ctx, h, ctx.key(i)):
        return False  # (a deck is longer than its headline; a breadcrumb's last item, `Software ›`, is none)
    return _copy_under_header(ctx, i) is not None


def _copy_under_header(ctx: Context, i: int) -> int | None:
    """The copy of line ``i`` that stands first under the byline, date or stubs right under
    ``i``, or None."""
    key, n, k = ctx.key(i), len(ctx.texts), i + 1
    while k < n and k - i <= SKELETON_MAX and (ctx.role(k) in META_ROLES or (f := ctx.findings[k]) is not None
                                                and f.code in _HEADER_LINE_CODES):
        k += 1
    return k if key and i + 1 < k < n and ctx.key(k) == key else None  # (the copy the first line under the header)


_HEADER_LINE_CODES = frozenset({"CS403", "CS408"})  # share and reading-time lines, printed among a header's byline and date


def _deck_copy(ctx: Context, t: int) -> int | None:
    """Under headline ``t`` taken over its deck (``_deck_over_header``), the deck's copy under
    the byline or date: the template's, the deck itself staying the story's first line."""
    d = t + 1
    if d >= len(ctx.texts) or not ctx.is_open(d):
        return None
    f = ctx.findings[t]
    if f is None or f.reason != DECK_HEAD:
        return None
    copy = _copy_under_header(ctx, d)
    return copy if copy is not None and ctx.is_open(copy) else None


def _may_head(ctx: Context, h: int, below: str) -> bool:
    """Block ``h`` may be the headline over a line whose key is ``below``: an unlabelled
    line that is no prose, no date, and not a breadcrumb run into that line."""
    if not ctx.is_open(h) or ctx.findings[h] is not None or _is_prose(ctx, h) or h in template_lines(ctx) \
            or menu_line(ctx.texts[h]):
        return False
    above = ctx.key(h)
    return bool(above) and below not in above and find_date(ctx.texts[h]) is None


TITLE = TitleRule("CS304", "article-title", "the headline that starts an article; fills `title`", Role.TITLE,
                  reads=(Role.CREDIT, Role.CAPTION, Role.TEASER, Role.RELATED, Role.BYLINE, Role.DATE, Role.STUB,
                         Role.BOUNDARY, Role.CHROME), shapes=True)


class DuplicateTitleRule(Rule):
    """
    What it removes: the headline printed a second time within a few lines,
    also when quotes, dashes, case or spaces differ; and a headline of four words or
    more printed again anywhere below, before the next article (a share card, the
    page's metadata under the text), unless a paragraph follows it.
    Why: templates print the headline in the page header and again over the
    article; it must appear once, as the title.
    Example: `Tesla fans told to stop 'pressuring' regulator` after
    `Tesla fans told to stop ‘pressuring’ regulator`
    Kept: a subheading that happens to share words with the headline.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        n = len(ctx.doc.blocks)
        titles = ctx.with_role(Role.TITLE)
        ends = sorted({*titles, *ctx.with_role(Role.BOUNDARY), n})
        for i in titles:
            copy = _deck_copy(ctx, i)
            if copy is not None:
                yield self.finding(copy, "the deck printed again under the byline or date")
            key = ctx.key(i)
            size = ctx.heading_words(i)
            j = i + 1
            for j in range(i + 1, min(n, i + 1 + _DUP_WINDOW)):
                if ctx.role(j) in (Role.TITLE, Role.BOUNDARY):
                    break
                if ctx.is_open(j) and ctx.heading_words(j) == size and ctx.key(j) == key:
                    yield self.finding(j, "the headline printed again")
                elif _is_prose(ctx, j):
                    break
            if size < HEADED_MIN_WORDS:
                continue  # (a short headline may be a subheading's words too)
            # further down, before the next article: the template's copies under the text
            # (the page's metadata, a share card); an article never prints its headline
            # again word for word
            end = ends[bisect_right(ends, i)]
            same = _by_heading_words(ctx).get(size, ())
            for k in range(bisect_right(same, j), len(same)):
                m = same[k]
                if m >= end:
                    break
                if ctx.findings[m] is None and ctx.key(m) == key and not (m + 1 < n and _is_prose(ctx, m + 1)):
                    # (over a paragraph it is a subheading: a live blog's entry that a
                    # `Key events` list printed above the text, where it read as the headline)
                    yield self.finding(m, "the headline printed again under the article")


DUPLICATE_TITLE = DuplicateTitleRule("CS305", "duplicate-title", "the headline printed a second time",
                                     Role.DUPLICATE_TITLE, reads=ARTICLE_LABELS, shapes=True)

SECTION_MAX = 40  # characters: a section label is a word or a few (`Politics`, `Arts & Culture`)
_SECTION_RX = compile_pattern(rf"[\p{{Lu}}][\p{{L}}\p{{M}}'’.\-]*(?:[ \t]+(?:{words_alternation(lang_words('conjunctions'))}"
                              rf"|[\p{{Lu}}][\p{{L}}\p{{M}}'’.\-]*)){{0,3}}", "")


class SectionRule(Rule):
    """
    What it removes: a section label standing alone right before an
    article's headline (`Technology`, `World News`, `Wirtschaft`), or right
    under it and over its date or byline, as a feed prints each story's header;
    it fills the record's `section`.
    Why: the label names the desk, it is not article text.
    Example: `Technology` (before a headline)
    Kept: a short subheading followed by prose (it is not before a headline);
    the last item of a menu right above the headline (`Home`, `News`, `Sport`, `Money`);
    a partner's name over the story it syndicates (`Harbour Wire`: a newsroom, not a desk);
    a short line between two headlines (`Northfield Harbour`: the only text of the brief over
    it, which a label there would leave with none).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        for i in ctx.with_role(Role.TITLE):
            k = i + 1  # `World` between the headline and its date, as a feed prints each story's header
            if k + 1 < len(ctx.texts) and ctx.role(k + 1) in META_ROLES and _section_label(ctx, k):
                yield self.finding(k, "a section label between a headline and its date or byline",
                                   fields=(("section", ctx.texts[k]),))
            if i == 0:
                continue
            j = i - 1
            while j > 0 and ctx.role(j) in META_ROLES:
                j -= 1
            t = ctx.text(j)
            if j == i - 1 and j in kicker_lines(ctx):
                yield self.finding(j, "a network's name the page prints over each story's headline",
                                   fields=(("section", t),), priority=self.priority + 1)  # (over `CS205`'s)
            elif ctx.is_open(j) and len(t) <= SECTION_MAX and _SECTION_RX.fullmatch(t) and not _menu_tail(ctx, j) \
                    and t.split(None, 1)[0].lower() not in _LINK_VERBS and not _outlet_line(t) \
                    and not (j > 0 and ctx.role(j - 1) is Role.TITLE):  # (a brief's one line of text under its headline)
                yield self.finding(j, "a section label right before a headline", fields=(("section", t),))
            elif ctx.is_open(j) and _kicker_colon(ctx, j):
                yield self.finding(j, "a kicker ending in a colon right before a headline",
                                   fields=(("section", t.rstrip(": \t：")),))


KICKER_WORDS = 2  # words of a kicker over a headline (`Exclusive:`, `ЭКСКЛЮЗИВ:`, `独家报道:`, `Breaking news:`)


def _kicker_colon(ctx: Context, j: int) -> bool:
    """Line ``j`` (right over a headline) is a kicker ending in a colon, in any script: a word
    or two, no digit, no link verb, over no other label (a story's number or a separator may
    stand over it; a paragraph's sentence over it and it may be a subheading)."""
    t = ctx.texts[j].rstrip()
    if not t.endswith((":", "：")) or ctx.lens[j] > SECTION_MAX or len(t.split()) > KICKER_WORDS or \
            DIGIT_RUN.search(t) is not None or t.split(None, 1)[0].lower().rstrip(":：") in _LINK_VERBS:
        return False
    return j == 0 or not ctx.is_open(j - 1) or not _is_prose(ctx, j - 1)


def _section_label(ctx: Context, k: int) -> bool:
    """Open line ``k`` has a section label's shape: one to four capitalised words, no link verb."""
    t = ctx.texts[k]
    return ctx.is_open(k) and len(t) <= SECTION_MAX and _SECTION_RX.fullmatch(t) is not None and \
        t.split(None, 1)[0].lower() not in _LINK_VERBS and not _outlet_line(t)


# a label that starts with one of these is a link or a button, not a desk
_LINK_VERBS = frozenset(lang_words("link_verbs"))
MENU_ITEMS = 3  # label lines in a row over a label make it a menu's last item, not a section
MENU_REACH = 40  # lines above a menu's last item where the menu may name it already


def _menu_tail(ctx: Context, j: int) -> bool:
    """Block ``j`` closes a menu: the MENU_ITEMS open lines above it are labels of its
    shape, and none of the menu's items is ``j`` itself (a menu item printed again
    right over the headline is the desk the page is in: `Politik`, `Wirtschaft`, `Wirtschaft`)."""
    if j < MENU_ITEMS or not all(
            ctx.is_open(k) and ctx.lens[k] <= SECTION_MAX and _SECTION_RX.fullmatch(ctx.texts[k]) is not None
            for k in range(j - MENU_ITEMS, j)):
        return False
    t = ctx.texts[j]
    return t not in ctx.texts[max(0, j - MENU_REACH):j]


SECTION = SectionRule("CS306", "section-label", "a section label before a headline; fills `section`",
                      Role.SECTION,
                      reads=(Role.TITLE, Role.SECTION, Role.DUPLICATE_TITLE, Role.TEASER, Role.RELATED, Role.BYLINE,
                             Role.DATE, Role.STUB, Role.BOUNDARY, Role.CHROME))

SEPARATOR_MAX = 40  # characters of a separator line (`---`, `* * *`, a rule of dashes; the length the error-page rule reads too)
SEPARATOR_REACH = 3  # lines over a headline where the separator between two stories stands (a kicker between)


class StorySeparatorRule(Rule):
    """
    What it removes: a line of no letters or digits (`---`, `* * *`) that stands right
    over a story's headline, no paragraph between, on a page of several stories; and,
    once two of its prints stand so, every print of it (the one under the last story).
    Why: a feed prints the same separator between each two stories: it is template,
    not a story's text.
    Example: `---` between `Share this article` and the next story's headline
    Kept: `* * *` between two parts of one story (no headline under it).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        titles = ctx.with_role(_TITLE)
        if len(titles) < PATTERN_MIN:
            return
        texts, n = ctx.texts, len(ctx.texts)
        prints: dict[str, list[int]] = {}
        for i in ctx.short(SEPARATOR_MAX):
            t = texts[i]
            if t[:1].isalnum() or any(map(str.isalnum, t)) or not t.strip() or not ctx.is_open(i):
                continue  # (the first character first: most short lines open with a letter)
            prints.setdefault(t.strip(), []).append(i)
        if not prints:
            return
        title_set = set(titles)
        for places in prints.values():
            over = [i for i in places if next((k for k in range(i + 1, min(n, i + 1 + SEPARATOR_REACH))
                                               if k in title_set or _is_prose(ctx, k)), None) in title_set]
            for i in places if len(over) >= PATTERN_MIN else over:
                yield self.finding(i, "a separator the page prints between its stories")


STORY_SEPARATOR = StorySeparatorRule("CS424", "story-separator",
                                     "a line of no letters printed between the stories of a page",
                                     Role.CHROME, reads=ARTICLE_LABELS, shapes=True)

LINE_RULES = (BYLINE, DATELINE, STUB)
TITLE_RULES = (RELATIVE_DATE, AUTHOR, TITLE, DUPLICATE_TITLE, SECTION)
