"""Site chrome: boundaries, footers, share bars, adverts, newsletter, cookies, copyright..."""

from __future__ import annotations

import re
from collections.abc import Iterator
from bisect import bisect_right
from itertools import chain, compress, repeat
from operator import is_
from ..typed import cast

from ..lang import words as lang_words
from ..document import Finding, Role
from ..patterns import compile_pattern, phrase_expansions, phrases_alternation, words_alternation
from ..text import DIGIT_RUN, LETTER_RUN, REPORTED_SPEECH, ends_sentence, fold_digits, heading_like, words
from .base import ARTICLE_LABELS, EVERY_LABEL, HEADINGS_MAX_WORDS, REPEAT_ANY, Context, Rule, _start_keys, line_rule
from .vocab import (ADVERT, BOUNDARY, BREADCRUMB_ROOTS, COOKIE_CUES, COPYRIGHT_STARTS, FOOTER_HEADINGS,
                    FORM_BUTTONS, JOB_WORDS, NEWSLETTER_CUES, NEWSLETTER_STARTS, PROMPT_CHANNELS, PROMPT_STRONG,
                    PROMPT_WEAK, READ_TIME, SHARE_WORDS, SOCIAL, TAG_LABELS)

# (globals: an enum member read off its class costs several times more, in hot loops)
_CONTENT, _TITLE = Role.CONTENT, Role.TITLE
_TAIL = r"[ \t]*(?:[:›»>→…]|\.\.\.)?[ \t]*"

CONTINUE_READING = line_rule(
    "CS401", "continue-reading", Role.BOUNDARY,
    rf"{words_alternation(BOUNDARY)}{_TAIL}",
    "'Continue Reading' between articles: ends a record",
    """
    What it removes: the `Continue Reading` link a feed prints after each
    story, in several languages; it also marks where a new story may start.
    Why: it is a link, and on feed pages it separates one article from the next.
    Example: `Continue Reading`
    Kept: `Continue reading the report, the minister urged.` (a sentence).
    """,
    max_len=50, starts=BOUNDARY,
)

_SOCIAL_ON = lang_words("social_prepositions")
_NETWORKS = words_alternation(lang_words("networks"), " ")
_SP = r"[ \t]+"
SOCIAL_FOLLOW = line_rule(
    "CS402", "social-follow", Role.CHROME,
    rf"{words_alternation(SOCIAL)}(?:[ \t]+{words_alternation(_SOCIAL_ON)}?[ \t]*{_NETWORKS})?{_TAIL}"
    r"|@[A-Za-z0-9_.]{2,30}(?:[ \t]*[|·•,]?[ \t]*@[A-Za-z0-9_.]{2,30}){0,2}"
    # an author's follower count: `1.2K Followers`, `3,400 Abonnenten`
    r"|\d{1,3}(?:[.,]\d{1,3}){0,2}[ \t]?[KkMm]?[ \t]+" + words_alternation(lang_words("follower_words")),
    "'Connect with us' / 'Follow us' lines, social handles and follower counts alone on a line",
    """
    What it removes: invitations to follow the site on social networks, and an
    author's or the site's social handle printed alone on a line.
    Why: page furniture, not the article.
    Example: `Connect with us`
    Example: `@annaquill`, `1.2K Followers`
    Kept: `Follow the money, investigators said.` (a sentence); `@annaquill said the
    plant would open in 2028.` (a sentence that starts with a handle).
    """,
    max_len=60, starts=SOCIAL + ("@", "1"),
)

def _phrases(group: str) -> str:
    """The phrases of ``group`` (in the phrase grammar of the language files) as an alternation."""
    return phrases_alternation(lang_words(group))


def _expanded(*groups: str) -> tuple[str, ...]:
    """Every text the phrases of ``groups`` read (their first words key a rule's dispatch)."""
    return tuple(x for group in groups for phrase in lang_words(group) for x in phrase_expansions(phrase))


def _needles(*groups: str) -> tuple[str, ...]:
    """What a line a rule reads by the phrases of ``groups`` holds: each text less its first
    letter (which may be a capital), none that holds another."""
    found = set(x[1:] for x in _expanded(*groups))
    return tuple(sorted(x for x in found if not any(y != x and y in x for y in found)))


_SHARE = words_alternation(SHARE_WORDS)
SHARE_BAR = line_rule(
    "CS403", "share-bar", Role.CHROME,
    rf"{_SHARE}(?:[ \t]*(?:[|•·/,]|\s)[ \t]*{_SHARE}){{0,12}}[ \t]*(?:\(\d+\)|\d+)?[ \t]*:?"
    # Jetpack's buttons: `Click to share on X (Opens in new window)`, `Click to print (Opens in new window)`
    rf"|{_phrases('share_clicks')}[^\n()]{{0,40}}(?:\([ \t]*{_phrases('new_window')}[ \t]*\))?",
    "share buttons: 'Share', 'Facebook', 'Twitter', 'Email', 'Print'",
    """
    What it removes: lines made only of share, save, print and social
    network button labels.
    Why: buttons flatten into words that are not part of the story.
    Example: `Share this article`
    Example: `Facebook Twitter LinkedIn Email`, `Click to print (Opens in new window)`
    Kept: `Facebook said it would appeal.` (a sentence).
    """,
    max_len=160, starts=SHARE_WORDS + _expanded("share_clicks"),
)

# `- Anzeige -`, `-- Anzeige --`, `— Advertisement —`: the label wrapped in dashes or rules (a run
# of them before it, after it, or both) is still the label
_RULE_MARKS = "-–—=*_"
_WRAP = rf"(?:[{_RULE_MARKS}]{{1,5}}[ \t]*)?"
ADVERTISEMENT = line_rule(
    "CS404", "advertisement", Role.CHROME,
    rf"{_WRAP}{words_alternation(ADVERT)}(?:[ \t]*[-–—·|•:][ \t]*{words_alternation(ADVERT)})?{_TAIL}"
    rf"(?:[{_RULE_MARKS}]{{1,5}}[ \t]*)?",
    "'Advertisement' / 'Anzeige' / 'Publicidad' markers",
    """
    What it removes: the label an advert slot leaves behind.
    Why: the advert is gone, its label is not article text.
    Example: `ADVERTISEMENT`
    Example: `Advertisement - Continue Reading Below` (two markers joined by a dash)
    Example: `- Anzeige -`, `-- Advertisement --` (the label between dashes)
    Kept: `Advertisement spending fell by 4% last year.` (a sentence); `- Advertisement
    budgets were cut by a third.` (a list item that is a sentence).
    """,
    max_len=60, starts=ADVERT + tuple(_RULE_MARKS),
)

NEWSLETTER = line_rule(
    "CS405", "newsletter", Role.CHROME,
    # a cue word must follow the start: a bare `Subscribe` or `Sign in` button is left to the
    # content score, which reads it with the menu or the account links around it
    rf"(?:{words_alternation(NEWSLETTER_STARTS)})\b(?=[^\n]{{0,200}}(?:{words_alternation(NEWSLETTER_CUES)}))[^\n]{{0,220}}"
    # the sign-up form's lines: `Sign up here.`, `Thank you for subscribing!`, `Invalid email`
    rf"|{_phrases('signup_lines')}[ \t]*[.!]?|{_phrases('signup_marks')}"
    # `You can save this article by registering for free here. Or sign-in if you have an account.`
    rf"|{_phrases('signup_openers')}[^\n]{{0,160}}"
    # a pitch that ends in its sign-up: `The stories that matter, every weekday morning. Sign up now.`,
    # `... in Ihrem Postfach. Jetzt kostenlos anmelden!`
    rf"|[^\n]{{10,200}}?[.!][ \t]+{_phrases('signup_calls')}[ \t]*[.!]?"
    # `Ouest-Lenn vous propose une newsletter quotidienne : inscrivez-vous gratuitement.`
    # (the look-ahead: a line without the `:` it holds is left before the case-free words are tried)
    rf"|(?=[^\n]*:)[^\n:]{{0,120}}\b{words_alternation(lang_words('newsletter_words'))}\b[^\n:]{{0,80}}:[ \t]*"
    rf"{_phrases('signup_after')}\b[^\n]{{0,60}}",
    "newsletter and sign-up prompts",
    """
    What it removes: prompts to subscribe to a newsletter or to sign in.
    Why: a form's text, not the article's.
    Example: `Sign up for our morning newsletter`, `Sign up here.`
    Example: `Ouest-Lenn vous propose une newsletter quotidienne : inscrivez-vous gratuitement.`,
    `The stories that matter in Velmora, every weekday morning. Sign up now.`
    Kept: `The newsletter, which launched in May, now reaches 40,000 readers.`
    (a sentence about a newsletter does not start like a prompt).
    """,
    max_len=240, starts=NEWSLETTER_STARTS,
    contains=_needles("newsletter_words", "signup_lines", "signup_marks", "signup_openers", "signup_calls",
                      "signup_after"),
)

_COOKIE_VOICE = rf"\b{words_alternation(lang_words('consent_voice'), ' ')}\b"
# case-free fragments of the cue words, for one quick look at the whole page
_COOKIE_STEMS = lang_words("cookie_stems")
_COOKIE_CUE = compile_pattern(words_alternation([c.lower() for c in COOKIE_CUES]), "")
_BUTTONS = compile_pattern(words_alternation(lang_words("consent_buttons"), " "), "i")
_BUTTON_STARTS = tuple(dict.fromkeys(b.split()[0] for b in lang_words("consent_buttons")))
_BUTTON_KEYS = _start_keys(_BUTTON_STARTS)


CONSENT_BUTTON_MAX = 30  # characters: a button is a few words (`Accept all cookies`)
COOKIE_NOTICE_MAX = 600  # characters: a banner is a paragraph or two, not an article's text


class CookieRule(Rule):
    """
    What it removes: cookie and consent banners written in the site's voice,
    and their buttons (`Accept all`, `Manage preferences`).
    Why: a banner over the page, not the article.
    Example: `We use cookies to improve your experience. By continuing you accept our cookie policy.`
    Kept: `Bakers said demand for cookies doubled in December.` (no site voice).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        voice = compile_pattern(_COOKIE_VOICE, "")
        blocks = ctx.doc.blocks
        for i in ctx.starting_with(_BUTTON_KEYS):
            t = blocks[i].text
            if len(t) <= CONSENT_BUTTON_MAX and ctx.is_open(i) and _BUTTONS.fullmatch(t):
                yield self.finding(i, "a consent button")
        page = "\n".join(ctx.texts)
        if not any(stem in page for stem in _COOKIE_STEMS):
            return
        for i in ctx.blocks_matching(_COOKIE_CUE):
            t = blocks[i].text
            if len(t) <= COOKIE_NOTICE_MAX and ctx.is_open(i) and voice.search(t.lower()):
                yield self.finding(i, "a cookie or consent notice in the site's voice")


COOKIE = CookieRule("CS406", "cookie-consent", "cookie and consent notices and their buttons", Role.CHROME)

_RIGHTS_CUES = words_alternation(lang_words("rights_cues"))
_RIGHTS_RESERVED = words_alternation(lang_words("rights_reserved"), " ")
COPYRIGHT = line_rule(
    "CS407", "copyright", Role.CHROME,
    rf"(?:{words_alternation(COPYRIGHT_STARTS)})(?:(?=[^\n]{{0,120}}(?:\b(?:19|20)\d\d\b|{_RIGHTS_CUES}))[^\n]{{0,125}}"
    rf"|(?:[ \t]*[^\s]+)?(?:[ \t]+[^\s]+){{0,7}})|[^\n]{{0,120}}\b{_RIGHTS_RESERVED}\b[^\n]{{0,140}}",
    "copyright lines",
    """
    What it removes: copyright and rights-reserved lines.
    Why: page footer, not the article.
    Example: `© 2025 Northfield Media Group. All rights reserved.`, `Copyright 2025 The Associated Press.
    All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`
    Kept: `Copyright lawyers said the ruling would matter for years, because the court went further than expected.`
    (a long sentence is left alone).
    """,
    max_len=280, starts=COPYRIGHT_STARTS,
    contains=lang_words("rights_needles"),
)

READ_TIME_RULE = line_rule(
    "CS408", "read-time", Role.CHROME,
    "|".join(f"(?:{p})" for p in READ_TIME),
    "read-time and listen-to-article lines",
    """
    What it removes: reading-time estimates and audio player labels.
    Why: widget text.
    Example: `4 min read`
    Example: `Listen to this article · 5:12 min`
    Kept: `It takes 4 minutes to read the whole report, she said.`
    """,
    max_len=80,
    starts=("#", *dict.fromkeys(w.split()[0] for g in ("read_time_labels", "listen_labels", "reading_words")
                                 for w in lang_words(g)), "⏱", "⌚", "🕐", "🕒"),
)

_CRUMB_SEP = r"[ \t]*(?:>|›|»|/|\\|→|·)[ \t]*"
_CRUMB = r"[^\s>›»/\\→·][^>›»/\\→·\n]{0,40}"
BREADCRUMB = line_rule(
    "CS409", "breadcrumb", Role.CHROME,
    rf"(?:{words_alternation(BREADCRUMB_ROOTS)}){_CRUMB_SEP}{_CRUMB}(?:{_CRUMB_SEP}{_CRUMB}){{0,6}}"
    rf"|{_CRUMB}(?:[ \t]*(?:›|»|→)[ \t]*{_CRUMB}){{2,6}}"
    rf"|{_CRUMB}(?:[ \t]+>[ \t]+{_CRUMB}){{2,6}}",
    "breadcrumb trails: 'Home > Business > Markets'",
    """
    What it removes: a navigation trail of section names.
    Why: navigation, not text.
    Example: `Home > Business > Markets`
    Kept: `Revenue > costs for the first time since 2019` (no root, one separator).
    Example: `BLOG > Nutrition > Meal Plans` (three crumbs, `>` between spaces)
    """,
    max_len=200, starts=BREADCRUMB_ROOTS,
    contains=("›", "»", "→", " > "),
)

TAG_LIST = line_rule(
    "CS410", "tag-list", Role.CHROME,
    rf"(?:{words_alternation(TAG_LABELS)})[ \t]*[:：][ \t]*[^\n.!?]{{1,250}}"
    # hashtags and nothing else: `#Monsoon`, `#Reservoirs #Dams`
    r"|#[^\W\d_][\w\-]{0,40}(?:[ \t,]{1,3}#[^\W\d_][\w\-]{0,40}){0,15}",
    "tag and topic lists: 'Tags: harbour, transport', '#Monsoon'",
    """
    What it removes: the list of tags, topics or categories under a story, also
    as hashtags alone on their line.
    Why: navigation, not text.
    Example: `Tags: harbour, transport, council`, `#Monsoon #Reservoirs`
    Kept: `Topics discussed included housing and transport.` (no label and colon);
    `#1 seed Harbour City beat Northgate on Sunday` (a sentence after a ranking).
    """,
    max_len=260, starts=(*TAG_LABELS, "#"),
)

_TAG_HEAD = compile_pattern(rf"(?:{words_alternation(TAG_LABELS)})[ \t]*[:：]", "i")
_TAG_KEYS = _start_keys(TAG_LABELS)
TAG_ITEM_CHARS = 40  # characters: a tag is a name or a topic, a few words (`Minnesota Wild`)
TAG_ITEM_WORDS = 5
TAG_RUN_MAX = 20  # lines under one label at most: a longer run is a list of something else


def _tag_item(text: str) -> bool:
    """A tag printed on its own line: a few words, no sentence end (a comma may follow it)."""
    t = text.rstrip(",;")
    return 0 < len(t) <= TAG_ITEM_CHARS and len(words(t)) <= TAG_ITEM_WORDS and not ends_sentence(t) \
        and not t.endswith(":")


class TagRunRule(Rule):
    """
    What it removes: a tag or topic label alone on its line, with its colon, and the
    tags printed one to a line under it.
    Why: when a page's tag links are flattened one to a line, the label and the tags
    are navigation left after the article; `tag-list` sees only tags on the label's line.
    Text pages only: on an HTML page the links keep their list and link hints.
    Example: `Tags:`, then `Harbour Board` and `Ferry fares`
    Kept: `Topics:` over a sentence (`The council discussed three of them on Monday.`)
    stays, the label with it: no tag follows it.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        n = len(ctx.doc.blocks)
        if not n or ctx.doc.from_html:
            return  # an HTML page: its tag links keep their list and link hints (the structure step's)
        for i in ctx.starting_with(_TAG_KEYS):
            if ctx.lens[i] > TAG_ITEM_CHARS or _TAG_HEAD.fullmatch(ctx.texts[i].strip()) is None:
                continue
            j = i + 1
            while j < n and j - i <= TAG_RUN_MAX and _tag_item(ctx.texts[j].strip()):
                j += 1
            if j == i + 1 or j - i > TAG_RUN_MAX:
                continue  # no tag under the label, or a long list (an index, a table of contents)
            yield self.finding(i, "a tag label alone on its line")
            for m in range(i + 1, j):
                yield self.finding(m, f"a tag under '{ctx.texts[i].strip()}'")


TAG_RUN = TagRunRule("CS432", "tag-run", "a tag label alone on its line and the tags one to a line under it",
                     Role.CHROME)


def _alt(group: str, space: str = r"\s+") -> str:
    """The phrases of a language group as one alternation (``space``: what a space matches)."""
    return words_alternation(lang_words(group), space)


PAGINATION = line_rule(
    "CS411", "pagination", Role.CHROME,
    rf"{_alt('page_words')}[ \t]+\d{{1,4}}[ \t]+{_alt('count_of')}[ \t]+\d{{1,4}}"
    rf"|(?:[«‹<←][ \t]*)?{_alt('pager_links', ' ')}(?:[ \t]+{_alt('pager_objects')})?(?:[ \t]*[»›>→])?"
    rf"|(?:\d{{1,3}}[ \t]+){{1,12}}(?:{_alt('pager_next')}|»|›|…)?|{_alt('load_more', ' ')}",
    "pagination: 'Page 1 of 3', 'Next page', '1 2 3 Next'",
    """
    What it removes: links between pages of an article or list.
    Why: navigation, not text.
    Example: `Page 1 of 3`
    Kept: `Next, the council will vote on the budget.` (a sentence).
    """,
    max_len=60,
    starts=(*dict.fromkeys(w.split()[0] for g in ("page_words", "pager_links", "load_more") for w in lang_words(g)),
            "«", "‹", "<", "←", "#"),
)

# a commenter's header: `thelastchargersfan says:`, `Milan Ostrova on September 12, 2025 at 4:47 pm said:`
_COMMENTER_VERBS = lang_words("commenter_verbs")
# (the look-ahead first: every match holds a `:`, and a line without one is left at once instead
# of the case-free verbs being tried at each of its first sixty places)
_COMMENTER = rf"(?=[^\n]*:)[^\n]{{1,60}}?[ \t]{words_alternation(_COMMENTER_VERBS, ' ', longest_first=False)}[ \t]*:"

COMMENTS = line_rule(
    "CS412", "comments-prompt", Role.CHROME,
    rf"{_phrases('comment_prompts')}"
    rf"|(?:(?:\d+|{_phrases('comment_none')})[ \t]+)?{_phrases('comment_words')}(?:[ \t]*\(\d+\))?[ \t]*:?"
    rf"|{_phrases('comment_joins')}(?:[.!:][ \t]+[^\n]{{0,120}})?"
    rf"|[\[(]?[ \t]*\d+[ \t]+{_phrases('comment_counts')}[ \t]*[\])]?"
    rf"|\d+[ \t]+{_phrases('comment_titles')}[ \t]+.{{1,140}}"
    rf"|{_phrases('comment_list_openers')}[ \t]+(?:\d+[ \t]+)?{_phrases('comment_words')}(?:[ \t]*\(\d+\))?"
    rf"|{_COMMENTER}",
    "comment prompts, counters and comment headers: 'Leave a comment', '12 comments', 'Ana says:'",
    """
    What it removes: comment section prompts and counters.
    Why: the comment widget is not the article.
    Example: `Leave a Reply`, `No comments:`
    Example: `Your email address will not be published. Required fields are marked *`, `Name *`
    Example: `Milan Ostrova on September 12, 2025 at 4:47 pm said:`
    Kept: `Comments from residents were mostly positive.` (a sentence).
    """,
    max_len=180,
    starts=("#", "[", "(", *_expanded("comment_prompts", "comment_none", "comment_words", "comment_joins",
                                      "comment_list_openers")),
    # (`Ana a écrit :`: French sets a space before the colon)
    contains=tuple(f" {verb}{space}:" for verb in _COMMENTER_VERBS for space in ("", " ")),
)

# `Schon gelesen?`, `Das könnte Sie auch interessieren!`: a story list's heading, its own words and
# nothing more, may close on a question or an exclamation mark (with a word after the heading's
# words, `Neu im Kino?`, the line may be a subheading that asks)
_CALL = r"[ \t]*[?!]"
_FOOTER_RX = compile_pattern(rf"{words_alternation(FOOTER_HEADINGS)}(?:(?:[ \t]+\w+){{0,3}}{_TAIL}|{_CALL})", "i")  # unambiguous: linear
_FOOTER_STRICT = compile_pattern(rf"{words_alternation(FOOTER_HEADINGS)}(?:{_TAIL}|{_CALL})", "i")
FOOTER_HEADING = _FOOTER_RX  # a story-list heading, for the rules that must not read into such lists
FOOTER_HEADING_STRICT = _FOOTER_STRICT  # ... and one with no other word in it (`News in brief`)
_STOP_ROLES = frozenset({Role.TITLE, Role.SECTION, Role.BOUNDARY, Role.BYLINE, Role.DATE})


LIST_HEADLINE_WORDS = 30  # a story list's headline may be long
LIST_LABEL_WORDS = 6  # a list line that is no headline: a label or a date, a few words


def _list_item(text: str) -> bool:
    """A line of a story list: a headline, a short label, a date, never prose."""
    return heading_like(text, max_words=LIST_HEADLINE_WORDS) or (
        len(words(text)) <= LIST_LABEL_WORDS and not ends_sentence(text))


_FOOTER_KEYS = _start_keys(FOOTER_HEADINGS)
FOOTER_KEYS = _FOOTER_KEYS


CARD_DATE_MAX = 60  # characters: a card's date line is a date and a few words (`3 hours ago | Sport`)
FOOTER_HEADING_MAX = 60  # characters: a story list's heading is a label of a few words


def _card_date(ctx: Context, j: int) -> bool:
    """Block ``j`` is the date line of a story card: a short date under a list item."""
    f = ctx.findings[j]
    return f is not None and f.role is Role.DATE and ctx.lens[j] <= CARD_DATE_MAX and ctx.is_open(j - 1)


class FooterListRule(Rule):
    """
    What it removes: a `Trending` / `Most Popular` / `Latest News` /
    `Meistgelesen` / `Lo más leído` heading and the list of headlines under
    it, up to the next paragraph of prose, headline or `Continue Reading`.
    Why: story lists follow the article on most templates.
    Example: `Trending` and the headlines under it
    Kept: `Latest` followed by a paragraph of prose (a subheading).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        n = len(ctx.doc.blocks)
        heads = ctx.starting_with(_FOOTER_KEYS)
        done = -1
        fs, texts = ctx.findings, ctx.texts  # (``ctx.is_open`` read straight in the walk below: a call a line)
        for i in heads:
            t = texts[i]
            if i <= done or not ((f := fs[i]) is None or f.role is _CONTENT) or not (
                    len(t) <= FOOTER_HEADING_MAX and _FOOTER_RX.fullmatch(t)):
                continue
            j, cards, hw = i + 1, 0, ctx.heading_counts()  # (``ctx.heading(j, 30)`` read straight: a call a line)
            while j < n:
                if ((f := fs[j]) is None or f.role is _CONTENT) and (0 < hw[j] <= HEADINGS_MAX_WORDS or _list_item(texts[j])):
                    j += 1
                elif j > i + 1 and _card_date(ctx, j):
                    cards, j = cards + 1, j + 1
                else:
                    break
            nxt_prose = j < n and ctx.is_open(j)
            if nxt_prose and not cards and (j == i + 1 or not _FOOTER_STRICT.fullmatch(t)):
                continue  # a heading over prose is a subheading (story cards with dates are a list)
            items: list[int] = []
            header = False  # `Últimas notícias` over a section, a headline and its byline, then the
            # story's text: the page's heading over an article, no list
            for m in range(i + 1, j):
                if (f := fs[m]) is not None and f.role in _STOP_ROLES and not _card_date(ctx, m):
                    header = ctx.role(m) in (Role.BYLINE, Role.DATE) and _article_under(ctx, m)
                    break
                items.append(m)
            if header or j < n and ctx.role(j) in (Role.BYLINE, Role.DATE) and _article_under(ctx, j):
                continue
            yield self.finding(i, "a story-list heading")
            for m in items:  # (decided first: each finding is applied as it is yielded)
                yield self.finding(m, f"listed under '{t}'", priority=self.priority + 1)
            done = j


UNDER_HEADER_REACH = 12  # blocks looked at under an article's byline or date
UNDER_HEADER_PROSE = 100  # characters: a paragraph of prose, not a card's teaser line
UNDER_HEADER_OPEN = 3  # open lines (stubs, captions) a header may hold before its first paragraph


def _article_under(ctx: Context, m: int) -> bool:
    """Under the byline or date at ``m`` (past the header's other lines) a paragraph of prose
    follows within a few open lines: an article's header, not a story card's."""
    seen = 0
    for k in range(m + 1, min(len(ctx.texts), m + UNDER_HEADER_REACH)):
        if not ctx.is_open(k):
            continue
        if ctx.lens[k] >= UNDER_HEADER_PROSE and ends_sentence(ctx.texts[k]):
            return True
        seen += 1
        if seen > UNDER_HEADER_OPEN:
            return False
    return False


FOOTER_LIST = FooterListRule("CS413", "footer-list", "'Trending' / 'Most Popular' lists and their headlines",
                             Role.CHROME, reads=ARTICLE_LABELS, shapes=True)

# (an imperative ends at its word's end, not at a hyphen: `Add-ons are ...`, `Follow-up visits
# ...` open on a compound noun)
_PROMPT_STRONG = compile_pattern(words_alternation(PROMPT_STRONG) + r"\b(?!-)", "i")
_PROMPT_WEAK = compile_pattern(words_alternation(PROMPT_WEAK) + r"\b(?!-)", "i")
_CHANNEL = compile_pattern(r"\b" + words_alternation(PROMPT_CHANNELS) + r"s?\b", "")
_VOICE = lang_words("site_voice")
_SITE_VOICE = compile_pattern(rf"\b{words_alternation(_VOICE, longest_first=False)}\b", "")
_NOT_A_PROMPT = compile_pattern(
    rf"\b{words_alternation(lang_words('prompt_speech'), ' ', longest_first=False)}\b|[\"“”«»]"
    rf"|^{words_alternation(lang_words('prompt_nouns'), longest_first=False)}(?:{words_alternation(lang_words('prompt_noun_joins'))})?[ \t]+"
    rf"{words_alternation(lang_words('prompt_noun_after'), ' ', longest_first=False)}\b", "")
_TIP_PROMPT = rf"\b{phrases_alternation(lang_words('tip_prompts'), ' ')}\b"  # `Have a tip?`
_TIP = compile_pattern(_TIP_PROMPT, "")
_CONTACT = compile_pattern(rf"{_TIP_PROMPT}|^{phrases_alternation(lang_words('contact_prompts'), ' ')}\b", "")
# (``_CONTACT``'s second branch: a line searched for it is one ``_TIP`` matches or one this matches at its start)
_CONTACT_START = compile_pattern(rf"{phrases_alternation(lang_words('contact_prompts'), ' ')}\b", "")
_CONTACT_LABEL = compile_pattern(phrases_alternation(lang_words("contact_labels"), " ") + ":", "")  # `Contact: Ana Ruiz, 555-0190`
# a telephone number, as a contact line gives it: `555-0190`, `+49 30 1234 5678`
_PHONE = compile_pattern(r"(?<![\w-])\+?\(?\d{2,4}\)?(?:[ .-]\d{2,4}){1,4}(?![\w-])", "")
_HANDLE = compile_pattern(r"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}|(?<!\w)@\w{2,}", "")  # bounded: linear
_AFFILIATE = compile_pattern(
    rf"\b{words_alternation(lang_words('affiliate_words'), longest_first=False)}\b"
    rf"(?=[^\n]{{0,300}}\b{words_alternation(lang_words('affiliate_cues'), longest_first=False)})"
    rf"|\b{phrases_alternation(lang_words('affiliate_phrases'), ' ')}\b", "")
# what a reader-funding appeal asks for, in the site's voice: one plain request for money or
# membership (`support us`, `donate`, `become a member`), and one more cue of either kind
_APPEAL_ASK = compile_pattern(rf"\b{phrases_alternation(lang_words('appeal_asks'))}\b", "")
_APPEAL_CUE = compile_pattern(rf"\b{phrases_alternation(lang_words('appeal_cues'))}\b|[£$€][ \t]?\d", "")
# the site's voice in an appeal, read on the line as printed: capitalised too, but for the
# words that capitalised are another word (`US$22` is no voice)
_LOWER_ONLY = frozenset(lang_words("site_voice_lower"))
_APPEAL_VOICE = compile_pattern(r"\b(?:" + "|".join(
    re.escape(w) if w in _LOWER_ONLY else f"[{re.escape(w[:1].upper())}{re.escape(w[:1])}]{re.escape(w[1:])}"
    for w in _VOICE) + r")\b", "")
APPEAL_MAX = 1500
LEAD_IN_MAX = 40  # `Since you're here...`: the appeal's opening line, ending in an ellipsis
APPEAL_ASKS = 2  # distinct asks (`support`, `donate`) that make an appeal without another cue


def _appeal(text: str) -> bool:
    """A reader-funding appeal: sentences in which the site asks its readers for money or
    membership (`us` in lower case: `US$22` is no voice)."""
    low = text.lower()
    asks = {m.group() for m in _APPEAL_ASK.finditer(low)}
    if not asks or len(asks) < APPEAL_ASKS and _APPEAL_CUE.search(low) is None:
        return False
    return _APPEAL_VOICE.search(text) is not None and ends_sentence(text) and REPORTED_SPEECH.search(low) is None \
        and '"' not in text and "“" not in text


_PROMPT_STARTS = PROMPT_STRONG + PROMPT_WEAK + lang_words("contact_starts")
_PROMPT_KEYS = _start_keys(_PROMPT_STARTS)
PROMPT_MAX = 400
TIP_QUESTION_MAX = 160  # characters: a tip line put as a question (`Got a tip? ...`) is a sentence or two
BUTTON_MAX = 30  # characters: a weak imperative this short is a button (`Get the app`)...
BUTTON_WORDS = 4  # ...of a few words


class ReaderPromptRule(Rule):
    """
    What it removes: lines in the site's voice that send the reader elsewhere:
    follow us on social networks, subscribe, sign up, download the app, listen
    live, support the site; tip and contact lines (`Have a tip? ... may be
    reached at ...`); affiliate-link disclosures.
    Why: the template adds them to every story; they are not the article.
    Example: `Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.`
    Example: `Have a tip? Ana Ruiz may be reached at aruiz@example.com.`
    Example: `Every contribution, however big or small, makes our work possible. Support us from as
    little as £1.` (a funding appeal: the site's voice, a plain request and one more cue), and the
    `Since you're here...` line over it
    Example: `Got a confidential news tip? We want to hear from you.`
    Kept: `Follow the money, investigators said.` (no channel, reported speech),
    and `Support for the plan grew on Facebook.` (a noun, not an imperative), `Add-ons are like
    apps that you install.` (a compound noun opens it);
    `Every contribution, however small, was counted, the treasurer said.` (reported speech).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        texts, lens = ctx.texts, ctx.lens
        pool = set(ctx.starting_with(_PROMPT_KEYS))
        affiliate, tips = ctx.blocks_matching(_AFFILIATE), ctx.blocks_matching(_TIP)
        pool.update(affiliate)  # what a language file gives: one search of the page each
        pool.update(tips)
        # (the lines those searches found are the lines a search of each finds: read, not searched again)
        by_line = ctx.searched_by_line(_AFFILIATE) and ctx.searched_by_line(_TIP)
        affiliate_at, tip_at = frozenset(affiliate), frozenset(tips)
        # the lines holding an ask, in any language a file gives asks for: one search of the page
        appeals = [i for i in ctx.blocks_matching(_APPEAL_ASK)
                   if lens[i] <= APPEAL_MAX and ctx.is_open(i) and _appeal(texts[i])]
        for i in appeals:
            yield self.finding(i, "a reader-funding appeal in the site's voice")
            j = i - 1  # `Since you're here...` over it
            if j >= 0 and j not in appeals and ctx.is_open(j) and lens[j] <= LEAD_IN_MAX \
                    and texts[j].rstrip().endswith(("...", "…")):
                yield self.finding(j, "the opening line of a reader-funding appeal")
        for i in sorted(pool.difference(appeals)):
            if lens[i] > PROMPT_MAX or not ctx.is_open(i):
                continue
            t = texts[i]
            low = t.lower()
            reason = None
            if (i in affiliate_at) if by_line else _AFFILIATE.search(low):
                reason = "an affiliate-link disclosure"
            elif ((i in tip_at or _CONTACT_START.match(low)) if by_line else _CONTACT.search(low)) and (_HANDLE.search(t) or (
                    "?" in t and lens[i] <= TIP_QUESTION_MAX and _SITE_VOICE.search(low) and _NOT_A_PROMPT.search(low) is None)) \
                    or _CONTACT_LABEL.match(low) and (_HANDLE.search(t) or _PHONE.search(t)):
                reason = "a tip or contact line"
            elif _NOT_A_PROMPT.search(low) is None and _CHANNEL.search(low):
                # a weak imperative needs the site's voice, or to be a button (`Get the app`)
                if _PROMPT_STRONG.match(t) or (_PROMPT_WEAK.match(t) and (
                        _SITE_VOICE.search(low) or lens[i] <= BUTTON_MAX and len(t.split()) <= BUTTON_WORDS)):
                    reason = "a prompt to follow, subscribe or listen elsewhere"
            if reason:
                yield self.finding(i, reason)


READER_PROMPT = ReaderPromptRule("CS414", "reader-prompt",
                                 "prompts to follow, subscribe, donate or get in touch; affiliate disclosures",
                                 Role.CHROME, reads=ARTICLE_LABELS, shapes=True)  # a lead-in over an open prompt

_PLATFORM_WORDS = lang_words("embed_platforms")
_EMBED_SLOTS = {"platform": words_alternation(_PLATFORM_WORDS, longest_first=False), "handle": r"[^\n@]{0,80}@\w",
                "number": r"\d+", "word": r"\w+", "end_of_line": r"(?![^\n])", "end_of_word": r"\b"}
# What a social embed leaves when the scraper did not run its script (case folded), from
# the start of the line.
_EMBED = compile_pattern(phrases_alternation(lang_words("embed_placeholders"), " ", _EMBED_SLOTS), "")
# the first words a placeholder opens with: only lines starting so are tried
_EMBED_STARTS = (*(x for x in _expanded("embed_placeholders") if x[:1] != "{"), *_PLATFORM_WORDS)
_EMBED_KEYS = _start_keys(_EMBED_STARTS)
EMBED_MAX = 300


class EmbedRule(Rule):
    """
    What it removes: what a social-media or video embed leaves in flattened text
    when its script did not run: `View this post on Instagram`, `A post shared by
    Name (@handle)`, `This content is imported from TikTok. You may be able to find
    the same content in another format...`, `Skip Twitter post`, `Externer Inhalt`.
    Why: the post is not in the text; its placeholder is the site's, not the article's.
    Example: `View full post on Instagram`
    Example: `This content is imported from YouTube. You may be able to find the same content in another format, or you may be able to find more information, at their web site.`
    Kept: `Fans can view the video on YouTube, where it has two million views.` (the
    phrase does not open the line); `See the video on YouTube, the mayor said.` (reported speech).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        for i in ctx.starting_with(_EMBED_KEYS):
            if ctx.lens[i] > EMBED_MAX or not ctx.is_open(i):
                continue
            low = ctx.texts[i].lower()
            if _EMBED.match(low) is not None and REPORTED_SPEECH.search(low) is None:
                yield self.finding(i, "the placeholder of a social or video embed")


EMBED = EmbedRule("CS416", "embed-placeholder",
                  "what a social or video embed leaves: 'View this post on Instagram', 'A post shared by ...'",
                  Role.CHROME)

# the free text and marks around the site notices' words (see `site_notices` in en.toml)
_NOTICE_SLOTS = {
    "n": r"\d{1,3}", "n2": r"\d{1,2}", "percent": r"\d{1,3}[ \t]?%", "question": r"[ \t]*\?",
    "rest": r"[ \t][^\n]{0,200}", "rest120": r"[ \t][^\n]{0,120}", "rest300": r"[ \t][^\n]{0,300}",
    "who": r"[^\n.]{0,100}?", "clause": r"[^\n.]{0,120}", "subject": r"[^\n.!?]{1,80}?[ \t]",
    "topic": r"[ \t][^\n?]{0,80}\?", "label_text": r"[ \t]*[^\n]{0,60}?", "date": r"[ \t][^\n]{0,40}?\d{4},?",
    "tail40": r"[^\n.]{0,40}", "tail60": r"[ \t][^\n]{1,60}", "tail80": r"[^\n]{0,80}", "tail160": r"[^\n]{0,160}",
    "tail200": r"[^\n]{0,200}", "offer": r"\.(?:[ \t][^\n]{0,200})?", "callsign": r"(?-i:[A-Z][A-Z0-9]{1,5})",
    "sponsor": r"[ \t][^\n]{1,200}", "release_date": r"[ \t]*[:|·•-]?[ \t]*\d{1,2}[-./ ][\w.]{2,9}[-./ ]\d{2,4}",
    "title": r"(?-i:[A-Z])[\w'’&.\-]{0,30}(?:[ \t](?-i:[A-Z])[\w'’&.\-]{0,30}){0,4}",
}

SITE_NOTICE = line_rule(
    "CS417", "site-notice", Role.CHROME,
    rf"{phrases_alternation(lang_words('site_notices'), slots=_NOTICE_SLOTS)}"
    # a newswire's closing line: `SOURCE Larchmont Mobility, Inc.` (the word in capitals)
    rf"|(?-i:{words_alternation(lang_words('wire_source_marks'))})[ \t]+(?-i:[A-Z])[^\n]{{1,80}}",
    "site notices: story age warnings, contributor disclaimers, paywall messages",
    """
    What it removes: the notices a site prints on every story of a kind: the age
    warning on old stories, the disclaimer under a contributor's byline, the
    paywall's message where the free part of the text ends.
    Why: the template's, not the article's.
    Example: `This article is more than 2 years old.`, `Our Standards: The Northfield Trust Principles.`
    Example: `Opinions expressed by Velmora Business contributors are their own.`
    Example: `This article is for subscribers only.`, `Subscribe to continue reading.`,
    `The Ommer Letter is a reader-supported publication. To receive new posts, subscribe.`,
    `Cet article est réservé aux abonnés. Il vous reste 80% à découvrir.`
    Example: `Was this article helpful?`, `Do you have an opinion on the issues raised in this article? ...`
    Example: `FOR IMMEDIATE RELEASE`, `News Release 18-Nov-2025`, `SOURCE Larchmont Mobility, Inc.`
    Example: `A version of this article appears in print on Nov. 21, 2025, Section A, Page 14 ...`,
    `This article originally appeared in print on Nov. 20, 2025, on page A3.`,
    `Appeared in the November 21, 2025, print edition as ...`, `Send any friend a story`
    Example: `This entry was posted in Allotments and tagged beans. Bookmark the permalink.`,
    `Posted in Allotments and tagged beans, frost. Bookmark the permalink.`, `This entry was
    written by Ada, posted on May 2, 2012, filed under Allotments.`, `This entry is filed under
    Allotments.`, `Bookmark the permalink.` (a blog template's line under every post)
    Kept: `This article was originally published on Harbour Wire.` (the story's own
    attribution: readers and the benchmarks' annotators keep it);
    `This article is more than a history of the port, the author writes.` (no age);
    `The views expressed by residents at the meeting were mixed.` (no disclaimer);
    `We posted in the society's newsletter and tagged along with the judges.` (no permalink).
    """,
    max_len=500, starts=lang_words("site_notice_starts"),
    # (lines that open with common words are tried only when they hold one of these)
    contains=lang_words("site_notice_needles"),
)


_ISO_ZONES = words_alternation(lang_words("iso_zones"), longest_first=False)
METADATA = line_rule(
    "CS421", "metadata-value", Role.CHROME,
    # a machine timestamp: `2019-11-13T23:06:00+01:00`, `2025-11-03T18:42:07.512Z`
    rf"\d{{4}}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:[.,]\d{{1,9}})?)?(?:[ \t]?(?:{_ISO_ZONES}|[+-]\d\d(?::?\d\d)?))?"
    # the address of an image or media file: `https://cdn.example.com/img/port-500x250.jpg?w=800`
    r"|(?:https?:)?//[^\s?#]{1,300}?\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|ico|mp4|m4a|mp3|m3u8|webm|mov)"
    r"(?:[?#]\S{0,300})?"
    # a picture's file name: `IMG_2041.JPG`, `harbour-cranes-1200x630.webp`
    r"|[\w.\-]{1,120}?\.(?:jpe?g|png|gif|webp|avif|tiff?)",
    "a page's machine metadata printed as text: an ISO timestamp, an image file's address or name",
    """
    What it removes: a value of the page's metadata that a scraper printed as a
    line of its own: a machine timestamp (`2019-11-13T23:06:00+01:00`), the address
    of the sharing picture or of a media file, a picture's bare file name.
    Why: templates repeat the structured data (`datePublished`, `og:image`) in the
    markup; no reader sees these lines and no article holds them. Links in the text
    that lead to pages stay.
    Example: `https://cdn.velmora.example/images/port-cranes-1200x630.jpg`
    Example: `2025-11-03T18:42:07+01:00`
    Kept: `www.velmora-ferries.example` and `https://bit.ly/3xPort` (a link the article
    gives its reader); `3 November 2025, 18:42` (a date line: `CS302` reads it);
    `The file is called harbour.jpg, the archive says.` (a sentence).
    """,
    max_len=300,
    starts=("#", "http", "https", "//"),
    contains=("jpg\n", "jpeg\n", "png\n", "gif\n", "webp\n", "JPG\n"),  # (a bare file name)
)


REPEAT_MIN = 40  # characters: shorter lines (labels, headlines) repeat for other reasons
REPEAT_WINDOW = 10  # blocks: a template's copy sits close to the original
REPEAT_MIN_SPACES = 5  # six words or more: a shorter line repeats for other reasons
REPEAT_HEADLINE_WORDS = 30  # a headline-shaped line up to this long is CS305's


class RepeatedBlockRule(Rule):
    """
    What it removes: a sentence or paragraph printed again, character for character,
    within a few lines of the first copy: the second copy of a gallery caption, a pull
    quote, a teaser that repeats the standfirst. The first copy stays.
    Why: the article holds each paragraph once; the copy is the template's.
    Example: `Crowds line the quay as the ferry docks, Tuesday, March 4, 2025.` seen twice
    Kept: the first copy still in the text; lines that repeat far apart (a recipe's
    portions, a refrain); short lines (`Advertisement`, headlines: other rules judge those).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        texts, lens = ctx.texts, ctx.lens
        seen: dict[str, int] = {}  # text -> where it stood last
        findings, boundary = ctx.findings, Role.BOUNDARY  # (a local: an enum member read off its class is slow)
        # (a copy is a line the page prints again: only those lines, and the boundaries between
        # stories, are read, in page order)
        again = ctx.repeated_lines(REPEAT_ANY)
        for i in sorted({*ctx.with_role(boundary), *chain.from_iterable(again.values())}) if again else ():
            t = texts[i]
            f = findings[i]
            if f is not None and f.role is boundary:
                seen.clear()  # the next story may quote the same lines: its own copy stays
                continue
            if lens[i] < REPEAT_MIN or t.count(" ") < REPEAT_MIN_SPACES or not ctx.is_open(i) or ctx.heading(i, REPEAT_HEADLINE_WORDS):
                continue  # a copy of a removed line is the first copy kept; headlines are CS305's
            last = seen.get(t)
            if last is not None and i - last <= REPEAT_WINDOW:
                yield self.finding(i, "a copy of a paragraph a few lines above")
            else:
                seen[t] = i  # far apart, a line may repeat on purpose (a recipe, a refrain)


REPEATED_BLOCK = RepeatedBlockRule("CS415", "repeated-block", "a paragraph printed again a few lines below",
                                   Role.CHROME, reads=ARTICLE_LABELS, shapes=True)  # boundaries; a removed line's copy

_FORM_CODES = frozenset({"CS405", "CS412", "CS414"})  # sign-up, comment and subscribe prompts
FORM_REACH = 2  # blocks: a form's button stands right under its prompt (a labelled field between)
FORM_BUTTON_MAX = 24  # characters: longer than the longest form button (`Subscribe now`, `Not now`)


class FormButtonRule(Rule):
    """
    What it removes: the button of a sign-up or comment form, a bare word or two
    (`Sign up`, `Submit`, `Abonnieren`), right under the form's prompt that another
    rule found (a newsletter prompt, a subscribe pitch, a comment prompt).
    Why: the form's text, printed where the template dropped the form, often
    between two paragraphs where a lone short line would pass for a subheading.
    Example: `Sign up` under `Sign up to our newsletter` / `Get the best of the week
    delivered to your inbox.`
    Kept: `Subscribe` with no prompt over it (content scoring reads it with the
    menu or the paragraphs around it); `Sign up now, the council urged residents.` (a
    sentence).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        texts, findings, n = ctx.texts, ctx.findings, len(ctx.texts)
        done = -1
        for prompt in ctx.labelled(_FORM_CODES):
            i = max(prompt + 1, done + 1)
            while i < n and i - prompt <= FORM_REACH:
                if findings[i] is None:
                    if len(texts[i]) > FORM_BUTTON_MAX or texts[i].rstrip(" !.»›→>").casefold() not in FORM_BUTTONS:
                        break  # text of the page's own in between: the form has ended
                    prompt = i  # (a second button under the first: `Sign up` / `Not now`)
                    yield self.finding(i, "a form's button under its prompt")
                i += 1
            done = i


FORM_BUTTON = FormButtonRule("CS423", "form-button", "a sign-up or comment form's button under its prompt",
                             Role.CHROME, reads=ARTICLE_LABELS, shapes=True)

LABEL_MAX = 40  # characters: a template's label is a few words
LABEL_REPEATS = 3  # copies: an article prints a subheading once, a template its label again and again
LABEL_PROSE = 60  # characters: the paragraph a label stands over


class RepeatedLabelRule(Rule):
    """
    What it removes: a short label that the template prints again and again over the
    paragraphs of the text, whatever its words: `Article content`, `Story continues`.
    Once three copies stand right over a paragraph, every copy goes (also the one
    over a subheading).
    Why: a subheading names the part under it and is printed once; a line printed
    over paragraph after paragraph says nothing about any of them. Labels no
    vocabulary lists (a template's own wording, a language without a list) go by
    this shape.
    Example: `Article content` over four paragraphs of one story
    Example: `Dela artikeln` under each story's byline or date, a story's paragraphs between
    two prints (two prints are enough there: the same slot of each story's header)
    Kept: a label printed once or twice (a subheading, a pull quote); a speaker's
    name over an interview answer (`NORCROSS`, `Ana Ruiz`: every word capitalised;
    one-word markers such as `Advertisement` are `CS404`'s); a label with a colon (`Q:`,
    `See it now: Amazon` over each product of a buying guide); a separator without a
    letter (`* * *`); under a story's date, a line printed once, or printed under each date
    but every word capitalised (an author's name: the byline rules'), or of more than four words.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        texts, lens, findings = ctx.texts, ctx.lens, ctx.findings
        spots: dict[str, list[int]] = {}
        done: set[int] = set()
        n = len(texts)
        under: dict[int, int] = {}  # the next block no rule took: what a label stands over, past a caption or an ad
        # (a label is printed LABEL_REPEATS times or more: only the lines the page prints again are
        # read, each with the next open block, looked up among the open blocks found in C)
        repeated = ctx.repeated_lines(LABEL_MAX)
        opens = list(compress(range(n), map(is_, findings, repeat(None)))) if repeated else []
        for text, places in repeated.items():
            for i in places:
                o = bisect_right(opens, i)
                k = opens[o] if o < len(opens) else n
                under[i] = k
                if k < n and lens[k] >= LABEL_PROSE:
                    spots.setdefault(text, []).append(i)
        for text, where in spots.items():
            if len(where) < LABEL_REPEATS or _LABEL_PUNCT.search(text) or not any(map(str.isalpha, text)):
                continue
            if all(w[:1].isupper() for w in text.split()):
                continue  # a name (a speaker in an interview: `NORCROSS`, `Ana Ruiz`), not a label
            over_prose = sum(1 for i in where if ctx.is_open(i) and ends_sentence(texts[under[i]]))
            if over_prose >= LABEL_REPEATS:
                for i in range(len(texts)):
                    if texts[i] == text and ctx.is_open(i):
                        yield self.finding(i, f"a label printed over {over_prose} paragraphs")
                        done.add(i)
        yield from self._under_each_header(ctx, done)

    def _under_each_header(self, ctx: Context, done: set[int]) -> Iterator[Finding]:
        """A short line printed word for word under each story's byline or date (a share or
        listen line in words no list holds: `Dela artikeln`, `Haberi paylaş`), a paragraph
        between two prints: the template's line in each story's header."""
        at = ctx.repeated_lines(LABEL_MAX)
        if not at:
            return
        fs, content = ctx.findings, Role.CONTENT
        for text, places in at.items():
            i = places[0]  # (its first print open and under a label, read inline: most repeated lines' is not)
            if not i or (g := fs[i - 1]) is None or g.role is content or \
                    (f := fs[i]) is not None and f.role is not content:
                continue
            if not all(ctx.is_open(i) and i not in done and ctx.under_meta(i) for i in places):
                continue  # (most repeated lines: a rule's, or not under a header; looked at first, the cheapest)
            if len(text.split()) > HEADER_LINE_WORDS or _LABEL_PUNCT.search(text) or not any(map(str.isalpha, text)) \
                    or all(w[:1].isupper() for w in text.split()):
                continue  # (a name printed under each date is the author's: the byline rules')
            prose = ctx.paragraphs_before(LABEL_PROSE)
            if not any(prose[b] == prose[a] for a, b in zip(places, places[1:])):  # (a paragraph between two prints)
                for i in places:
                    yield self.finding(i, f"a line printed under each of {len(places)} stories' byline or date")


HEADER_LINE_WORDS = 4  # a line of a story's header printed under its byline or date: a button's few words

# a sentence's end, a label with its value (`See it now: Amazon`, the shop differs from
# card to card: the annotators keep those), a table's header row printed over each table
_LABEL_PUNCT = compile_pattern(r"[.!?;,]$|[:|]", "")
REPEATED_LABEL = RepeatedLabelRule("CS422", "repeated-label", "a short label printed over paragraph after paragraph",
                                   Role.CHROME, reads=ARTICLE_LABELS, shapes=True)  # the next line no rule took

LINE_RULES = (CONTINUE_READING, SOCIAL_FOLLOW, SHARE_BAR, ADVERTISEMENT, NEWSLETTER, COOKIE,
              COPYRIGHT, READ_TIME_RULE, BREADCRUMB, TAG_LIST, PAGINATION, COMMENTS, SITE_NOTICE, READER_PROMPT,
              EMBED, METADATA)
BIO_MAX = 400  # characters: a bio is a sentence or two
BIO_MIN = 20  # `Ana Ruiz is a reporter.`: shorter lines (a footer's links) are no bio
# `Dana Whitlock is a freelance writer living in Millbrook.`: a name (one to three
# capitalised words), a copula and what the person does
_BIO = compile_pattern(
    r"(?P<name>\p{Lu}[\p{L}\p{M}'’.\-]{0,30}(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.\-]{0,30}){0,2})[ \t]+"
    rf"{words_alternation(lang_words('bio_verbs'), _SP, longest_first=False)}[ \t]+(?P<rest>[^\n]{{0,400}})", "")
# the verb is the name's second to fourth word
_BIO_VERBS = frozenset(v.split()[0] for v in lang_words("bio_verbs"))
_BIO_JOBS = JOB_WORDS | frozenset(lang_words("bio_jobs"))
ABOUT_MAX = 800
# `About the Department of Transportation: The department plans ...`, `About the author: ...`
_ABOUT = compile_pattern(rf"{words_alternation(lang_words('about_labels'), _SP)}[ \t]+[^\n:\d]{{2,80}}:"
                         r"[ \t]+\S[^\n]{20,760}", "")
_ABOUT_KEYS = _start_keys(lang_words("about_labels"))
_NOT_A_PERSON = frozenset(lang_words("not_a_person"))


TAIL_PARAGRAPHS = 2  # only an article's last paragraphs and what follows them can be notes
TAIL_PARAGRAPH = 80  # characters: a paragraph of prose that counts as one of them
NAME_PART_MIN = 3  # letters: shorter parts of a byline (`de`, `Jr`) name no one
BIO_FULL_NAME = 2  # words: a bio by someone not in the byline names them in full
BIO_JOB_REACH = 8  # words after the name where the newsroom job stands (`is a staff writer`)


class AuthorBioRule(Rule):
    """
    What it removes: the author's biography under the article: a sentence that
    opens with the author's name and says what they do.
    Why: the template prints it under every story by that author; the name is in
    ``byline`` already.
    Example: `Dana Whitlock is a freelance writer living in Millbrook.` (under a story by
    Dana Whitlock, after its last paragraph)
    Example: `Ines Carter is a staff writer at the Northfield Wire covering ports.` (no byline
    found: a full name and a newsroom job, after the last paragraph)
    Example: `Owen Priest covers the Harbour City club for Sports Network.` under the byline
    `Owen Priest`, in the header
    Example: `Gardener, teacher, occasional writer.` under `Written by Hannah Ostrow` after the
    last paragraph
    Example: `About the Velmora Port Authority: The authority runs the port ...` after the
    last paragraph (a press release's note on the publisher)
    Example: `About the author` / `Clara Holm` / `Clara has walked the valley for twenty
    years ...` after the last paragraph (a blog's author box: all three lines go)
    Kept: `Carter is a former harbour pilot who now runs the museum.` in the middle of a
    story (a paragraph follows it); `Ruth Okonjo is a fire chief.` at the end of a story by
    someone else (not the author, no newsroom job).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:  # noqa: C901 -- one pass: an author box, then note-shaped lines in each article's tail
        texts, lens, findings = ctx.texts, ctx.lens, ctx.findings
        titles, bylines = [], []
        title, byline = Role.TITLE, Role.BYLINE  # (locals: an enum member read off its class is slow)
        for i in compress(range(len(findings)), findings):  # (the labelled blocks, picked out in C)
            f = findings[i]
            if f.role is title:  # type: ignore[union-attr]
                titles.append(i)
            elif f.role is byline:  # type: ignore[union-attr]
                bylines.append(i)
        boxed = _author_box(ctx, titles)
        for i, why in boxed:
            yield self.finding(i, why)
        # only the last two paragraphs of each article and what follows them can be notes
        tails: list[int] = []
        for s, e in zip([0, *titles], [*titles, len(texts)]):
            k, seen = e - 1, 0
            while k >= s and seen < TAIL_PARAGRAPHS:
                seen += lens[k] >= TAIL_PARAGRAPH and ends_sentence(texts[k]) and ctx.is_open(k)
                k -= 1
            tails.extend(range(k + 1, e))
        bio, verbs = _BIO.match, _BIO_VERBS.isdisjoint
        matched = {i: m for i in tails if BIO_MIN <= lens[i] <= BIO_MAX and texts[i][:1].isupper()
                   and not verbs(texts[i].split(None, 4)[1:4]) and (m := bio(texts[i])) is not None}
        about = ctx.starting_with(_ABOUT_KEYS)
        under = _under_late_byline(ctx, bylines)
        header_bios = []  # the bio-shaped line right under a byline (the first open one of the next two), if any
        for j in bylines:
            for i in range(j + 1, min(len(texts), j + 3)):
                if ctx.is_open(i) and lens[i] <= BIO_MAX:
                    m = bio(texts[i]) if texts[i][:1].isupper() else None
                    if m is not None:
                        header_bios.append((i, m))
                    break
        if not matched and not about and not under and not header_bios:
            return  # (no line can be a note: the bylines' names need not be read)
        names: set[str] = set()
        for f in findings if matched or header_bios else ():  # (a date line may name the author too: `Posted on ... by Clara Holm`)
            for key, value in f.fields if f is not None else ():
                if key == "byline":
                    names.add(value.strip().lower())
                    names.update(w.lower() for w in value.split() if len(w) >= NAME_PART_MIN)
        found: dict[int, str] = {}
        for i in sorted(set(matched).union(about, under)):
            if not ctx.is_open(i) or not texts[i][:1].isupper():
                continue
            if i in under and lens[i] <= BIO_MAX:
                found[i] = "the author's biography under the byline after the last paragraph"
                continue
            m = matched.get(i)
            if m is None:
                if lens[i] <= ABOUT_MAX and _ABOUT.fullmatch(texts[i]):
                    found[i] = "an 'About ...' note on the author or the publisher, after the last paragraph"
                continue
            name = m.group("name")
            if name.split()[0].lower() in _NOT_A_PERSON or REPORTED_SPEECH.search(texts[i]):
                continue  # `The Ommer Letter is ...`, `... is a writer, her editor said`
            if name.lower() in names or name.split()[-1].lower() in names and len(name.split()) == 1:
                found[i] = "the author's biography, after the last paragraph"
            elif len(name.split()) >= BIO_FULL_NAME and any(w.strip(",.;:").lower() in _BIO_JOBS
                                                 for w in m.group("rest").split()[:BIO_JOB_REACH]):
                found[i] = "a writer's biography, after the last paragraph"
        for i, m in header_bios:  # `Owen Priest covers the club for Sports Network.` in the header, under the byline
            if m.group("name").lower() in names:
                yield self.finding(i, "the author's biography, under the byline")
        if not found:
            return
        for i, why in found.items():
            # a paragraph after it (other notes of this kind aside): the sentence is the story's
            end = next((t for t in titles if t > i), len(texts))
            if not any(k not in found and _story_sentence(ctx, k) for k in range(i + 1, end)):
                yield self.finding(i, why)


STORY_SENTENCE = 40  # characters: a sentence of the story, longer than a label or a name


def _story_sentence(ctx: Context, k: int) -> bool:
    """Block ``k`` is an open sentence of the story (40 characters or more, in its voice):
    text after a bio or an author box that shows the article goes on."""
    t = ctx.texts[k]
    return ctx.lens[k] >= STORY_SENTENCE and ctx.is_open(k) and ends_sentence(t) and _story_voice(t)


def _story_voice(text: str) -> bool:
    """A sentence in the story's voice: not the site talking to its reader (`Every day we send
    an email with the top stories.`), unless somebody is quoted saying it."""
    low = text.lower()
    return _SITE_VOICE.search(low) is None or REPORTED_SPEECH.search(low) is not None or '"' in text or "“" in text


_BOX_LABEL = compile_pattern(_phrases("author_box_labels") + r"[ \t]*:?", "i")


_ARTICLE_OVER = frozenset({"CS412", "CS413", "CS420"})  # comment prompts and threads, story lists


BOX_LABEL_MAX = 30  # characters: the box's label (`About the author`)
BOX_NAME_WORDS = 4  # the author's name under it: a few words


def _author_box(ctx: Context, titles: list[int]) -> list[tuple[int, str]]:
    """An author box after the article's last paragraph: the `About the author` label, the
    author's name on its own line, and the bio under it (one paragraph), with no story
    text after the box (before the next headline)."""
    texts, lens, n = ctx.texts, ctx.lens, len(ctx.texts)
    found: list[tuple[int, str]] = []
    fs, content = ctx.findings, Role.CONTENT
    for i in ctx.short(BOX_LABEL_MAX):
        f = fs[i]  # (``ctx.is_open``, read straight: asked of every short line)
        if f is not None and f.role is not content or _BOX_LABEL.fullmatch(texts[i]) is None:
            continue
        box = [(i, "the label of the author box after the last paragraph")]
        k = i + 1
        if k < n and ctx.is_open(k) and 1 <= ctx.heading_words(k) <= BOX_NAME_WORDS and not ends_sentence(texts[k]):
            box.append((k, "the author's name in the author box"))
            k += 1
        if k < n and ctx.is_open(k) and BIO_MIN <= lens[k] <= BIO_MAX:
            box.append((k, "the author's biography in the author box"))
            k += 1
        end = next((t for t in titles if t > i), n)
        for j in range(k, end):
            f = ctx.findings[j]
            if f is not None and (f.code in _ARTICLE_OVER or f.role is Role.BOUNDARY):
                end = j  # the article is over: a story list, the comments
                break
        if any(_story_sentence(ctx, j) for j in range(k, end)):
            continue  # the story goes on: `About the author` was a subheading
        found.extend(box)
    return found


LATE_BYLINE_CHROME = 4  # blocks of chrome (like and share buttons) between the last paragraph and the card
LATE_BYLINE_PROSE = 60  # characters: the last paragraph over the card is prose
LATE_BYLINE_HEADLINE_WORDS = 30  # ...and no headline-shaped line (a story card's)


def _under_late_byline(ctx: Context, bylines: list[int]) -> list[int]:
    """The first open block under the author card printed after the article's last paragraph
    (`Written by Hannah Ostrow` / `2.3K Followers` / the bio), chrome between them skipped."""
    texts, lens, n = ctx.texts, ctx.lens, len(ctx.texts)
    found = []
    for j in bylines:
        if not texts[j].lower().startswith(("written by", "about the author")):
            continue  # an author card opens so; a bare `By` after prose is the next story's header
        k = j - 1
        while k >= 0 and k >= j - LATE_BYLINE_CHROME and ctx.role(k) is Role.CHROME:
            k -= 1  # (the like and share buttons under the last paragraph)
        if k < 0 or not (lens[k] >= LATE_BYLINE_PROSE and ctx.is_open(k) and ends_sentence(texts[k])) \
                or ctx.heading(k, LATE_BYLINE_HEADLINE_WORDS):
            continue  # a byline in the header (or a story card's): what follows it is the story
        k = j + 1
        while k < n and k <= j + 3 and ctx.role(k) is Role.CHROME:
            k += 1
        if k < n and ctx.is_open(k) and ctx.findings[k] is None:
            found.append(k)
    return found


AUTHOR_BIO = AuthorBioRule("CS418", "author-bio", "the author's or publisher's 'about' note after the last paragraph",
                           Role.CHROME,
                           fix_safe=False,
                           reads=EVERY_LABEL, shapes=True)

_SAYS = compile_pattern(_COMMENTER, "i")


def commenter_header(text: str) -> bool:
    """A commenter's header (`Ana says:`), not a counter or prompt (`3 Comments`)."""
    return _SAYS.fullmatch(text) is not None


# a byline's words that are no one's name (`By the Associated Press`, `Staff reports`)
_NO_NAME_PART = _NOT_A_PERSON | frozenset(lang_words("not_name")) | frozenset(lang_words("desk_words"))
_FIRST_PERSON = frozenset(lang_words("first_person"))
NAMED_BOX_LABEL_MAX = 40  # characters: the box's label, whatever its words (`About Ruth`, `The baker`)
NAMED_BOX_SENTENCES = 3  # the bio under it: one to three sentences
_SENTENCE_STOP = compile_pattern(r"[.!?…](?=[ \t]+\p{Lu})", "")


class NamedAuthorBoxRule(Rule):
    """
    What it removes: an author box under the article found by its shape, whatever its label
    says: a short line that is no sentence (the box's label, which the headline rule may have
    read as the next story's title) over one paragraph of one to three sentences that opens on
    the name of the article's byline, with no story text after it.
    Why: the blog's template prints the same box under every post by that author; read as a
    story, it becomes a record of its own (the label its title, the bio its body). The name is
    in ``byline`` already.
    Example: `Posted on May 2, 2012 by Tomas` over the post, then after its last paragraph
    `The writer` / `Tomas grows tomatoes on an allotment by the canal and writes about it
    twice a week.` (the label and the bio go)
    Kept: `Tomas in the garden` / `Tomas planted the beans on Sunday, and by Friday ...`
    with a paragraph of the story after it; a bio under a label when the page names no
    author; a paragraph opening on someone else's name; a press release's `About Ostwind` /
    `Ostwind GmbH makes ...` under a release by `Ostwind GmbH` that names the company in its
    text (the release's own note).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        texts, lens, fs, n = ctx.texts, ctx.lens, ctx.findings, len(ctx.texts)
        # the bio opens on the byline's whole name (`Ruth ...` under `by Ruth`, not `Axle ...`
        # under `Axle Weekly`'s first word)
        names = {v.strip().lower() for f in fs if f is not None for key, v in f.fields if key == "byline"}
        names = {v for v in names if len(v) >= NAME_PART_MIN and v.split()[0] not in _NO_NAME_PART}
        if not names:
            return
        page = ctx.page_lower()  # (a bio opens on a name: most pages have no line that does, found in C)
        if not any(page.startswith(v) or "\n" + v in page for v in names):
            return
        titles = ctx.with_role(Role.TITLE)
        prose = next((k for k in range(n) if lens[k] >= TAIL_PARAGRAPH and ctx.is_open(k)
                      and ends_sentence(texts[k])), n)  # the article's first paragraph
        for i in ctx.short(NAMED_BOX_LABEL_MAX):
            f = fs[i]
            if i < prose or not (f is None or f.role is _TITLE or f.role is _CONTENT) \
                    or ends_sentence(texts[i]) or i + 1 >= n:
                continue
            box, k = [i], i + 1
            if ctx.is_open(k) and 1 <= ctx.heading_words(k) <= BOX_NAME_WORDS and texts[k].strip().lower() in names:
                box.append(k)  # the name on its own line
                k += 1
            if k >= n or not _names_opening(ctx, k, names):
                continue
            low = ctx.texts[k].lower()
            if any(low.startswith(v) and v in texts[j].lower() for v in names for j in range(prose, i) if ctx.is_open(j)):
                continue  # the story names it too: a press release's company (`About Ostcell`), its own
            box.append(k)
            end = next((t for t in titles if t > k), n)
            for j in range(k + 1, end):
                g = fs[j]
                if g is not None and (g.code in _ARTICLE_OVER or g.role is Role.BOUNDARY):
                    end = j  # the article is over: a story list, the comments
                    break
            if any(_story_sentence(ctx, j) for j in range(k + 1, end)):
                continue  # the story goes on
            for j in box:
                yield self.finding(j, "the label of the author box under the article" if j == i else
                                   "the author's name in the author box" if j < k else
                                   "the author's biography in the author box, opening on the byline's name",
                                   priority=self.priority + 1)


def _names_opening(ctx: Context, k: int, names: set[str]) -> bool:
    """Block ``k`` is an open paragraph of one to three sentences that opens on the byline's
    whole name, in the third person (`Ruth bakes bread ...` under `by Ruth`)."""
    t = ctx.texts[k]
    if not (ctx.is_open(k) and BIO_MIN <= ctx.lens[k] <= BIO_MAX and t[:1].isupper() and ends_sentence(t)):
        return False
    low = t.lower()
    return any(low.startswith(v) and not low[len(v):len(v) + 1].isalpha() for v in names) \
        and _FIRST_PERSON.isdisjoint(w.lower() for w in words(t)) \
        and len(_SENTENCE_STOP.findall(t)) < NAMED_BOX_SENTENCES


NAMED_AUTHOR_BOX = NamedAuthorBoxRule("CS430", "named-author-box",
                                      "an author box under the article: a label over a bio opening on the byline's name",
                                      Role.CHROME, fix_safe=False, reads=EVERY_LABEL, shapes=True)

_STAMP = compile_pattern(rf"(?:19|20)\d\d|\d{{1,2}}:\d\d|\b{words_alternation(lang_words('relative_after'))}\b", "")
_THREAD_CODES = frozenset({"CS412"})
THREAD_TAIL = 6  # blocks of the last comment's text taken after its header
THREAD_STAMP_MAX = 40  # characters: the date line under a commenter's name (`November 19, 2019 at 6:44 am`)
THREAD_MIN_HEADERS = 2  # stamped headers: one `NAME says:` may be an interview's; two make a thread


# (each lookbehind after the match's first character, not before it: the search then skips in C to
# the places that character may stand; the same matches)
_CLOCK = compile_pattern(r"\d(?<![\d:.]\d)\d?:\d\d(?![\d:])", "")  # a clock time: `13:11`, `3:00 pm`
_YEAR = compile_pattern(r"(?:1(?<!\d1)9|2(?<!\d2)0)\d\d(?!\d)", "")  # ...and the year of the date it is printed with
THREAD_BUTTON_MAX = 24  # characters of a comment's button (`Reply`, `Antworten`, `melden`), no digit in it
THREAD_BUTTONS = 3  # ...printed this many times or more: one under every comment
THREAD_HEADER_MAX = 100  # characters of a commenter's header line holding the clock time
THREAD_UNIT = 16  # blocks from one comment's button to the next one's at most
THREAD_UNITS = 3  # comments in a row (header with a clock time, text, button): a thread
THREAD_TEXT = 60  # characters of a comment's text that need not end like a sentence
THREAD_NAME_MAX = 40  # characters of the commenter's name printed on the line over the time
THREAD_ARTICLE = 2  # paragraphs (LONG_PROSE or more) above the thread: the article it is under
THREAD_PROSE = 150  # characters of such a paragraph
THREAD_STORY_PARAGRAPHS = 4  # such paragraphs per comment, on average: a story's, not a reader's comment


def _thread_buttons(ctx: Context) -> list[tuple[int, int]]:
    """The runs [first, last] of button lines under the comments: each a short line
    (THREAD_BUTTON_MAX characters, a letter and no digit; open, or a comment prompt) printed
    THREAD_BUTTONS times or more; lines in a row (`antworten` / `melden`) make one run."""
    texts = ctx.texts
    counts: dict[str, list[int]] = {}
    for i in ctx.short(THREAD_BUTTON_MAX):
        f, t = ctx.findings[i], texts[i]
        if (f is None or f.code in _THREAD_CODES) and any(c.isalpha() for c in t) and not any(c.isdigit() for c in t):
            counts.setdefault(t.casefold(), []).append(i)
    runs: list[tuple[int, int]] = []
    for i in sorted(i for at in counts.values() if len(at) >= THREAD_BUTTONS for i in at):
        if runs and i == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def _comment_header(ctx: Context, stamped: frozenset[int], lo: int, hi: int) -> int | None:
    """The first line of [lo, hi) that heads a comment whose button stands at ``hi``: a line of
    THREAD_HEADER_MAX characters at most holding a clock time and a year (open, or a date,
    byline or chrome line), with the comment's text under it before the button (an open block
    that ends like a sentence or runs to THREAD_TEXT characters; ``stamped``: the lines of
    that length holding both)."""
    texts, lens, findings = ctx.texts, ctx.lens, ctx.findings
    for k in range(max(0, lo), hi - 1):
        f = findings[k]
        if k in stamped and (f is None or f.role in _HEADER_ROLES) \
                and any(findings[j] is None and (lens[j] >= THREAD_TEXT or ends_sentence(texts[j]))
                        for j in range(k + 1, hi)):
            return k
    return None


_HEADER_ROLES = frozenset({Role.DATE, Role.CHROME, Role.BYLINE})


def stamped_lines(ctx: Context) -> list[int]:
    """The blocks of THREAD_HEADER_MAX characters at most holding a clock time and a year (a
    comment's stamp, or a header line with one), in page order: the lines with a colon are
    found in C first (found once per page: not to be changed, it is shared)."""
    got = cast("list[int] | None", ctx.page_memo.get("stamped_lines"))
    if got is None:
        texts, clock, year = ctx.texts, _CLOCK.search, _YEAR.search
        got = ctx.page_memo["stamped_lines"] = [k for k in ctx.blocks_with(":", limit=THREAD_HEADER_MAX)
                                                if clock(texts[k]) is not None and year(texts[k]) is not None]
    return got


def button_thread(ctx: Context) -> tuple[int, int] | None:
    """The blocks [start, end) of a reader comment thread printed with a button under every
    comment, whatever its words: THREAD_UNITS comments in a row or more, each a header holding
    the date and clock time (`Gerhard Baierlein am 18. Oktober 2023 - 13:11`, or the commenter's
    name over `14. 01. 2020, 20:29`), its text, then the button (see ``_thread_buttons``), under
    an article of THREAD_ARTICLE paragraphs or more. None when there is no such thread; a live
    blog's entries under bare clock times (no year) are none, nor story cards whose section
    label, repeated over every card's time, stands right over the first header."""
    texts, lens = ctx.texts, ctx.lens
    stamped = frozenset(stamped_lines(ctx))
    if len(stamped) < THREAD_UNITS:
        return None  # (most pages: no thread of stamped headers to look for)
    runs = _thread_buttons(ctx)
    best: tuple[int, int, list[int]] | None = None
    heads: list[int] = []  # the headers of the comments in a row
    prev = -1  # the last line of the previous comment's button
    for a, b in runs:
        h = _comment_header(ctx, stamped, max(prev + 1, a - THREAD_UNIT), a) if 0 <= a - prev - 1 < THREAD_UNIT else None
        if h is not None and heads:
            heads.append(h)
        else:  # a new row of comments, or none
            h = _comment_header(ctx, stamped, a - THREAD_UNIT, a)
            heads = [h] if h is not None else []
        if len(heads) >= THREAD_UNITS and (best is None or best[0] == heads[0]):
            best = (heads[0], b + 1, list(heads))
        prev = b
    if best is None:
        return None
    start, button = best[0], frozenset(i for a, b in runs for i in range(a, b + 1))
    if start > 0 and lens[start - 1] <= THREAD_NAME_MAX and ctx.findings[start - 1] is None \
            and not ends_sentence(texts[start - 1]) and start - 1 not in button:
        start -= 1  # the commenter's name over the time
    if start - 1 in button:
        return None  # the line repeated over every time: a story card's section label, not a comment's button
    if sum(1 for k in range(start) if lens[k] >= THREAD_PROSE and ctx.findings[k] is None) < THREAD_ARTICLE:
        return None
    shapes = {stamp_shape(texts[h]) for h in best[2]}
    if any(k < start and stamp_shape(texts[k]) in shapes for k in stamped):
        return None  # a story above prints its date as the headers do: a feed of dated stories, not a thread
    if sum(1 for k in range(start, best[1]) if lens[k] >= THREAD_PROSE) >= THREAD_STORY_PARAGRAPHS * len(best[2]):
        return None  # each "comment" a story's several paragraphs: a feed of stories over a share button each
    return start, best[1]




def stamp_shape(text: str) -> str:
    """A header's date and time as a shape, from its first digit on: digits and words folded
    (`18. Oktober 2023 - 13:11 Permanenter Link` -> `0. a 0 - 0:0 a a`)."""
    m = DIGIT_RUN.search(text)
    tail = text[m.start():] if m else text
    return " ".join(LETTER_RUN.sub("a", fold_digits(tail)).split())


def _lone_comment(ctx: Context, i: int) -> bool:
    """A thread of one comment: the header ``i`` (`Ana says:`) over a stamp of its own line
    holding a clock time and a year (a comment's, not the loose stamp two headers make do with),
    under an article of THREAD_ARTICLE paragraphs of THREAD_PROSE characters or more."""
    k = i + 1
    if k >= len(ctx.texts) or ctx.lens[k] > THREAD_HEADER_MAX or _CLOCK.search(ctx.texts[k]) is None \
            or _YEAR.search(ctx.texts[k]) is None:
        return False
    return sum(1 for j in range(i) if ctx.lens[j] >= THREAD_PROSE and ctx.findings[j] is None) >= THREAD_ARTICLE


class CommentThreadRule(Rule):
    """
    What it removes: a reader comment thread under the article: from the first
    commenter's header to the last comment's text, when at least two headers carry a
    time stamp (`NAME says:` over `November 19, 2019 at 6:34 am`, or the date in the
    header itself), or one header over a stamp of its own line with a clock time and a year,
    under an article of two paragraphs (a thread of one comment); or, in any words, three
    comments in a row or more each under a header holding its date and clock time and over
    the same button line (`Reply`, `antworten`).
    Why: readers' comments are not the article; one of their short lines over the next
    commenter's name and date reads like a headline over its byline and date.
    Example: `joetoronto says:` / `November 19, 2019 at 6:44 am` / `It's time for both fans
    to come to grips with reality.` / `theprocess12 says:` / `November 19, 2019 at 6:58 am` ...
    Example: `Pete says:` / `June 3, 2012 at 7:55 pm` / `Which honing guide do you use?`, the
    only comment under the article
    Kept: `The mayor says:` over a quoted paragraph, twice in an interview (no time stamps);
    one `The secretary says:` over `June 5, 2012` (no clock time) and a paragraph.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        texts, n = ctx.texts, len(ctx.texts)
        heads = []
        for i in ctx.labelled(_THREAD_CODES):
            if not commenter_header(texts[i]):
                continue
            stamped = _STAMP.search(texts[i]) is not None or (
                i + 1 < n and ctx.role(i + 1) is Role.DATE) or (
                i + 1 < n and ctx.lens[i + 1] <= THREAD_STAMP_MAX and _STAMP.search(texts[i + 1]) is not None)
            if stamped:
                heads.append(i)
        if len(heads) < THREAD_MIN_HEADERS and not (heads and _lone_comment(ctx, heads[0])):
            span = button_thread(ctx)
            if span is not None:
                for i in range(*span):
                    f = ctx.findings[i]
                    if f is None or f.role in (Role.CONTENT, Role.DATE, Role.STUB, Role.BYLINE):
                        yield self.finding(i, "a reader's comment, in a thread of stamped comments under their buttons",
                                           priority=self.priority + 1)
            return
        end = heads[-1] + 1
        while end < n and end <= heads[-1] + THREAD_TAIL and (
                ctx.is_open(end) or ctx.role(end) is Role.DATE or ctx.findings[end].code in _THREAD_CODES):  # type: ignore[union-attr]
            end += 1
        for i in range(heads[0] + 1, end):
            f = ctx.findings[i]
            if f is None or f.role in (Role.CONTENT, Role.DATE, Role.STUB, Role.BYLINE):
                yield self.finding(i, "a reader's comment, in the thread under the article", priority=self.priority + 1)


COMMENT_THREAD = CommentThreadRule("CS420", "comment-thread",
                                   "a reader comment thread: commenters' names and dates and their comments",
                                   Role.CHROME, fix_safe=False,
                                   reads=ARTICLE_LABELS, shapes=True)

# (brief25) a market's quote: a name of one to three words, its level, its move in per cent with its sign
_MARKET_QUOTE = compile_pattern(r"\S{1,20}(?:[ \t]\S{1,20}){0,2}[ \t]{1,3}\d[\d,. \u00a0]{0,14}[ \t]{1,3}"
                                r"(?:\(?[+\-−–▲▼]|[▲▼][ \t]?[+\-−–]?)\d{1,3}(?:[.,]\d{1,3})?[ \t]?%\)?", "")
MARKET_QUOTE_MAX = 60  # characters of a quote line


def market_quote(text: str) -> bool:
    """``text`` is a market's quote alone on its line (`DAX 18,234.50 +0.42%`, `Brent 82.14
    -1.20%`): a ticker's row or the quote a markets page prints under a story's headline."""
    t = text.strip()
    return len(t) <= MARKET_QUOTE_MAX and _MARKET_QUOTE.fullmatch(t) is not None


# (brief25) a clip's length, after a play mark or a word in capitals (`▶ 02:14`, `VIDEO 02:14`)
# or the word video in any case with the unit after it (`Video 2:14 min`), or alone under such
# a word on the line above (`VIDEO` over `02:14`)
_VIDEO_WORDS = words_alternation(lang_words("video_words"))
_CLIP_UNIT = words_alternation(lang_words("duration_units"))
_CLIP_LENGTH = compile_pattern(rf"(?:[▶►][ \t]{{0,2}}|[\p{{Lu}}]{{2,8}}[ \t]{{1,2}}|(?i:{_VIDEO_WORDS})[ \t]{{1,2}})?"
                               rf"\d{{1,2}}:[0-5]\d(?::[0-5]\d)?(?:[ \t]{{1,2}}(?i:{_CLIP_UNIT}))?", "")
CLIP_WORD_LETTERS = 2, 8  # capitals of the word over a clip's length (`VIDEO`, `TV`)
_CLIP_WORD = compile_pattern(rf"[\p{{Lu}}]{{{CLIP_WORD_LETTERS[0]},{CLIP_WORD_LETTERS[1]}}}", "")
_VIDEO_WORD = compile_pattern(rf"(?:{_VIDEO_WORDS})\b", "i")
CLIP_WORD_MAX = CLIP_WORD_LETTERS[1]  # letters of the word over a clip's length (`VIDEO`)
CLIP_LINE_MAX = 24  # characters of a clip's length line (`VIDEO 1:02:14 minutes`)
_PLAY_MARKS = "▶►"
_CLIP_OR_QUOTE_MAX = max(MARKET_QUOTE_MAX, CLIP_LINE_MAX, CLIP_WORD_MAX)  # longer: neither a quote nor a clip's line


def _clip_word(t: str) -> bool:
    """``_CLIP_WORD.fullmatch(t)``: two to eight capitals (an ASCII word told without the pattern:
    its capitals are `A` to `Z`, what ``isalpha`` and ``isupper`` together hold of ASCII)."""
    if t.isascii():
        return CLIP_WORD_LETTERS[0] <= len(t) <= CLIP_WORD_LETTERS[1] and t.isalpha() and t.isupper()
    return _CLIP_WORD.fullmatch(t) is not None


# the colon of a clip's length and the tens of its minutes or seconds after it (`2:14`): every
# match of ``_CLIP_LENGTH`` holds it, so a line without it needs no pattern (one search in C)
_LENGTH_COLON = compile_pattern(r":[0-5]", "")


def clip_length(t: str) -> bool:
    """``_CLIP_LENGTH.fullmatch(t)``: the line is a clip's length (`▶ 02:14`, `Video 2:14 min`)."""
    return _LENGTH_COLON.search(t) is not None and _CLIP_LENGTH.fullmatch(t) is not None


def may_clip(text: str) -> bool:
    """The cheap test ``clip_line`` can only say yes after: the line holds a `%` (a quote's move)
    or a colon (a clip's length), or is no longer than the word over a clip's length once stripped.
    A caller with many lines and few clips asks this first and spares the call."""
    return "%" in text or ":" in text or len(text.strip()) <= CLIP_WORD_MAX


def clip_line(ctx: Context, k: int) -> bool:
    """Line ``k`` (under a headline) is a market's quote (`DAX 18,234.50 +0.42%`) or a clip's
    length (`▶ 02:14`, `VIDEO 02:14`; `VIDEO` over `02:14`): the story's player or ticker,
    no header line and no text."""
    t = ctx.texts[k].strip()
    if len(t) > _CLIP_OR_QUOTE_MAX:
        return False  # (the cheap test first: most lines under a headline are longer than either)
    if t[-1:] == "%":
        return market_quote(t)
    if not t[-1:].isdigit() and len(t) <= CLIP_WORD_MAX:  # (the word over the length)
        nxt = ctx.texts[k + 1].strip() if k + 1 < len(ctx.texts) else ""
        if nxt[:1].isdigit() and _clip_word(t):  # (the line under it first: a word in capitals holds no
            return clip_length(nxt)  # colon, so with no length under it the tests below say no as well)
    if len(t) > CLIP_LINE_MAX or not clip_length(t):
        return False
    return not t[:1].isdigit() or k > 0 and _clip_word(ctx.texts[k - 1].strip())


def _in_table(ctx: Context, i: int) -> bool:
    """Line ``i`` is a table's row in the page's markup: a table the article prints."""
    hints = ctx.doc.blocks[i].hints
    return bool(hints) and hints.get("tag") in ("tr", "td", "th")


class MarketQuoteRule(Rule):
    """
    What it removes: a market's quote alone on its line, an index's or a pair's name, its
    level and its signed move (`DAX 18,234.50 +0.42%`, `EUR/USD 1.0842 ▲0.3%`), one row or a
    ticker's run of them, wherever it stands (over the stories, under a headline).
    Why: a markets page's ticker is its furniture; its rows are no story's text.
    Example: `DAX 18,234.50 +0.42%`; `S&P 500 5.123,4 −1,2 %`; `Brent 82.14 -1.20%` under a headline
    Kept: `The DAX closed at 18,234.50, up 0.42%.` (a sentence); the rows of a list a sentence
    introduces (`The indices at the close:` over `DAX 18,234.50 +0.42%`); a table's rows in the
    markup; `Turnout rose to 61%` (no level and signed move).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        texts = ctx.texts
        hits = [i for i in ctx.blocks_with("%", ")", limit=MARKET_QUOTE_MAX)  # (the lines holding either, found in C)
                if texts[i].rstrip()[-1:] in "%)" and market_quote(texts[i])]
        if not hits:
            return
        quotes = frozenset(hits)
        for i in hits:
            a = i
            while a - 1 in quotes:
                a -= 1  # (the run's first row)
            if a > 0 and texts[a - 1].rstrip().endswith(":") or _in_table(ctx, i):
                continue  # a list the article introduces, or a table it prints: content wins
            yield self.finding(i, "a market's quote: a ticker's row")


class ClipLengthRule(Rule):
    """
    What it removes: a video clip's length alone on its line, after a play mark or the word
    video (`▶ 02:14`, `VIDEO 02:14`, `Video 2:14 min`), under `VIDEO` on the line above, or bare
    (`02:14`) between a clip's headline and a line that is no sentence (the next headline, a
    reporter's credit).
    Why: the player's length is no story's text.
    Example: `▶ 02:14`; `VIDEO 02:14`; `Video 2:14 min`; `02:51` under a clip's headline, over the next
    Kept: `10:42` over a timed brief's headline or between a headline and its text (a time of
    day); `2:1` (a score); `The clip runs 2:14 minutes.` (a sentence).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        texts, n = ctx.texts, len(ctx.texts)
        for i in ctx.blocks_with(":", limit=CLIP_LINE_MAX):  # (a length holds its colon: the lines with one, found in C)
            t = texts[i].strip()
            if not t[-1:].isalnum() or not clip_length(t):
                continue
            if t[:1] in _PLAY_MARKS or _VIDEO_WORD.match(t) is not None:
                yield self.finding(i, "a clip's length after its play mark or the word video")
            elif t[:1].isdigit() and i > 0 and (_VIDEO_WORD.fullmatch(texts[i - 1].strip()) is not None
                                                 or _bare_length(texts[i - 1], texts[i + 1] if i + 1 < n else "")):
                yield self.finding(i, "a clip's length under its headline")


def _bare_length(above: str, below: str) -> bool:
    """A bare length (`02:14`) under ``above`` and over ``below`` is a clip's: the line above is
    a headline (no sentence, no figure), the line below no sentence (a headline, a credit)."""
    a, b = above.strip(), below.strip()
    return bool(a) and not a[:1].isdigit() and not ends_sentence(a) \
        and not clip_length(a) and not ends_sentence(b) and not clip_length(b)


MARKET_QUOTES = MarketQuoteRule("CS425", "market-quote", "a market's quote row: 'DAX 18,234.50 +0.42%', a ticker's run",
                                Role.CHROME)
CLIP_LENGTHS = ClipLengthRule("CS426", "clip-length", "a video clip's length line: '▶ 02:14', 'VIDEO 02:14', 'Video 2:14 min'",
                              Role.CHROME)

# `1.2K`, `34`, `3,400`: a count alone on its line
_COUNT = compile_pattern(r"\d{1,3}(?:[.,]\d{1,3}){0,2}[ \t]?[KkMm]?\+?", "")
COUNT_MAX = 10
_COUNT_NEIGHBOURS = frozenset({Role.CHROME, Role.DATE, Role.BYLINE, Role.STUB})
_COUNT_WORDS = frozenset(lang_words("count_words"))


class CountRule(Rule):
    """
    What it removes: bare counts (likes, claps, shares, comments) printed on their own
    lines beside the share bar, the follow button or the article's header.
    Why: the buttons' numbers lose their icons in flattened text; they are not the story's.
    Example: `214` under `Share`; `1.2K` and `34` under `6 min read · Nov 12, 2025`; `12` / `shares`
    Kept: `1` over the first step of a list between paragraphs (no button or header beside it);
    `2025` (a year, not a count).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        texts, n = ctx.texts, len(ctx.texts)
        lens = ctx.lens  # (the lines that open on a digit, indexed once for the page: a count's first)
        hits = [i for i in ctx.by_first_word("#") if lens[i] <= COUNT_MAX and _COUNT.fullmatch(texts[i])]
        k = 0
        while k < len(hits):
            a = b = hits[k]
            while k + 1 < len(hits) and hits[k + 1] == b + 1:  # a run of counts: the buttons' row
                k += 1
                b = hits[k]
            k += 1
            if not all(ctx.is_open(i) for i in range(a, b + 1)):
                continue
            if b + 1 < n and ctx.is_open(b + 1) and texts[b + 1].strip().lower() in _COUNT_WORDS:
                b += 1  # `12` / `shares`: the count, then what it counts
            if (a > 0 and ctx.role(a - 1) in _COUNT_NEIGHBOURS) or (b + 1 < n and ctx.role(b + 1) in _COUNT_NEIGHBOURS):
                for i in range(a, b + 1):
                    yield self.finding(i, "a button's count beside the share bar or the header")


COUNTS = CountRule("CS419", "button-count", "bare like, share and comment counts beside buttons or the header",
                   Role.CHROME, reads=ARTICLE_LABELS, shapes=True)

EARLY_RULES = (COMMENT_THREAD,)  # before the headlines: a comment over the next commenter's date is no headline
CONTEXT_RULES = (FOOTER_LIST, TAG_RUN, REPEATED_BLOCK, REPEATED_LABEL, FORM_BUTTON, COUNTS, MARKET_QUOTES, CLIP_LENGTHS)  # copies are judged once captions and titles are known
LATE_RULES = (AUTHOR_BIO, NAMED_AUTHOR_BOX)  # after content scoring: what follows a bio must be article text to count
