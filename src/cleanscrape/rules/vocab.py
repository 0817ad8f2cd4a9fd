"""Vocabularies the rules read. The words themselves live in the language files
(``cleanscrape/lang/<code>.toml``, grouped by meaning); this module gives each group the name
the rules import. Add a language by adding a file, not code. Phrases are matched
case-insensitively, with flexible spaces (rules build their patterns from them with
``patterns.words_alternation``).
"""

from __future__ import annotations

from ..datewords import MONTHS as MONTHS
from ..datewords import PUBLISHED_WORDS as PUBLISHED_WORDS
from ..datewords import WEEKDAYS as WEEKDAYS
from ..lang import words

AGENCIES = words("agencies")
CREDIT_LABELS = words("credit_labels")
TEASER_LABELS = words("teaser_labels")
RELATED_PREFIXES = words("related_prefixes")
FOOTER_HEADINGS = words("footer_headings")
# Whole lines of site furniture, by family. Matched as the entire line
# (optionally ending in ':', '›', '»', '>' or an arrow).
SOCIAL = words("social")
SHARE_WORDS = words("share")
ADVERT = words("advert")
BOUNDARY = words("boundary")
# Phrases that make a whole line a newsletter prompt, cookie notice or copyright line
# when the line starts with them (the rest of the line may be anything short).
NEWSLETTER_STARTS = words("newsletter_starts")
NEWSLETTER_CUES = words("newsletter_cues")
NOT_FOUND = frozenset(words("not_found"))
FORM_BUTTONS = frozenset(words("form_buttons"))
COOKIE_CUES = words("cookie_cues")
COPYRIGHT_STARTS = words("copyright_starts")

READ_TIME = (
    # "5 min read", "Reading time: 4 minutes", "Lesezeit: 3 Minuten"
    # (spaces bounded: the pattern is also searched for inside date lines, where runs are long)
    r"\d{1,3}[ \t]{0,2}[-–]?[ \t]{0,2}min(?:ute)?s?\.?[ \t]{1,3}(?:read|lesen|de[ \t]{1,3}lectura|de[ \t]{1,3}lecture|"
    r"(?:di[ \t]{1,3})?lettura|de[ \t]{1,3}leitura|leestijd|leesduur|listen|hören|écoute|escucha)",
    r"(?:reading\s+time|read\s+time|lesezeit|lesedauer|tiempo\s+de\s+lectura|temps\s+de\s+lecture|durée\s+de\s+lecture|tempo\s+di\s+lettura|tempo\s+de\s+leitura|leestijd|leesduur)\s*:?\s*(?:ca\.\s*)?\d{1,3}\s*(?:min(?:ute)?s?|minuten|minutos|minuti)?\.?",
    r"(?:listen\s+to\s+(?:this|the)\s+(?:article|story)|listen(?:\s+now)?|audio|artikel\s+anhören|anhören|escuchar(?:\s+(?:este\s+)?(?:artículo|noticia))?|écouter(?:\s+cet\s+article)?)(?:\s*[·•|:-]?\s*\d{1,3}(?::\d\d)?\s*(?:min(?:ute)?s?|mins?)?\.?)?",
    r"\d{1,3}:\d\d\s*(?:min|mins|minutes)?",
    # "Lecture 3 min.", "Lettura 4 minuti": the bare word only with its unit
    r"(?:lecture|lectura|lettura|leitura)\s*:?\s*\d{1,3}\s*(?:min(?:ute)?s?|minutos|minuti)\.?",
    # "⏱ 4 min": a clock sign and the minutes
    r"[⏱⌚🕐🕒][\ufe0f]?[ \t]{0,2}\d{1,3}[ \t]{0,2}min(?:ute)?s?\.?(?:[ \t]{1,3}read)?",
)

TAG_LABELS = words("tag_labels")
BREADCRUMB_ROOTS = words("breadcrumb_roots")
# The labels of an update date (a subset of PUBLISHED_WORDS): `Updated 3 Nov 2025`.
UPDATED_WORDS = words("updated")

# Relative publication times a template prints instead of (or beside) the date:
# "2 days ago", "vor 3 Stunden", "hace 5 minutos", "il y a 2 jours", "3 ore fa",
# "há 2 dias", "4 uur geleden"; yesterday/today only with a clock time.
RELATIVE_TIME = (
    r"(?:about[ \t]+|over[ \t]+|almost[ \t]+)?(?:\d{1,3}|an?|one)[ \t]+"
    r"(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)[ \t]+ago",
    r"just[ \t]+now",
    # a compact age, as portals print it beside the byline: "3h", "• 5h", "2d ago"
    r"(?:[•·][ \t]*)?\d{1,2}[ \t]?(?:h|hrs?|d|m|min)(?:[ \t]+ago)?",
    r"(?:yesterday|today)[ \t]*,?[ \t]*(?:at[ \t]+)?\d{1,2}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?",
    r"vor[ \t]+(?:\d{1,3}|einer?|einem)[ \t]+(?:Sekunden?|Minuten?|Stunden?|Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?)",
    r"(?:gestern|heute)[ \t]*,?[ \t]*(?:um[ \t]+)?\d{1,2}[:.]\d\d(?:[ \t]*Uhr)?",
    r"hace[ \t]+(?:\d{1,3}|una?)[ \t]+(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?)",
    r"(?:ayer|hoy)[ \t]*,?[ \t]*(?:a[ \t]+las[ \t]+)?\d{1,2}[:.]\d\d",
    r"il[ \t]+y[ \t]+a[ \t]+(?:\d{1,3}|une?)[ \t]+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)",
    r"(?:\d{1,3}|una?|un)[ \t]+(?:minuti?|ore|ora|giorni?|settimane?|mesi?|anni?)[ \t]+fa",
    r"há[ \t]+(?:\d{1,3}|uma?)[ \t]+(?:minutos?|horas?|dias?|semanas?|meses|mês|anos?)",
    r"(?:\d{1,3}|een)[ \t]+(?:minuten|minuut|uur|dagen|dag|weken|week|maanden|maand|jaar)[ \t]+geleden",
    # a clock time with no date, as an update stamp prints it: "a las 09:15", "at 9:15 AM", "um 09:15 Uhr"
    r"(?:(?:a[ \t]+las|at|um|à|alle|às|om)[ \t]+)?\d{1,2}[:.h]\d\d(?:[ \t]*(?:[ap]\.?m\.?|Uhr|h|uur))?"
    r"(?:[ \t]+(?:[A-Z]{2,4}))?",
)
RELATIVE_TIME_STARTS = ("1", "•", "·", "a", "an", "one", "about", "over", "almost", "just", "yesterday", "today", "vor",
                        "gestern", "heute", "hace", "ayer", "hoy", "il", "una", "un", "há", "een")

BYLINE_WORDS = words("byline")
JOB_WORDS = frozenset(words("jobs"))
STUB_WORDS = words("stub")
# Imperatives that open a prompt to the reader. Strong ones are prompts whenever the
# line names a channel; weak ones also need the site's voice (you, your, us, our).
PROMPT_STRONG = words("prompt_strong")
PROMPT_WEAK = words("prompt_weak")
PROMPT_CHANNELS = words("prompt_channels")
REPORTING_CREDIT_STARTS = words("reporting_credit_starts")
CREDIT_CONNECTORS = frozenset(words("credit_connectors"))
