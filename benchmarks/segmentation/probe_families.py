"""Skeleton families of our own, for testing that a step generalises (issue #18).

Neither ``fit`` nor ``heldout``: written from the issue's list of template habits
(a section label with a badge, a caption before the kicker, a network name or a
place before the headline, a ``Posted by ... at ...`` header, a rubric in another
language, a list heading over the first headline, a brief's time on its headline's
line or over it; and lines beside a headline that read like one: a deck, summary bullets,
a provider's name, a correspondent's line, a video's title, a kicker in another script) and
rendered with the ``fit`` half's texts::

    python benchmarks/segmentation/run.py --bench ../shared/bench --half probe --failures 40

Read these pages' failures freely; the held-out families stay unread.

A second batch (``PROBE_FAMILIES_2``, ``--half probe2``, also rendered with the ``fit``
texts) varies what the first leaves alone: the order of kicker, byline and date (the byline
or the date over the headline), separators of symbols (``◆ ◆ ◆``, ``· · ·``, a rule of
underscores), a rubric in another script (Cyrillic, Greek, Japanese), each story's tag line
in another language, blank-line habits (three blank lines, none, at random), a stacked feed
that prints the page's head again over each story, briefs of one or two short paragraphs, and
section fronts with no story (a third of one family's pages)::

    python benchmarks/segmentation/run.py --bench ../shared/bench --half probe2 --failures 40
"""

from __future__ import annotations

PROBE_FAMILIES: list[dict] = [
    dict(name="p-time-on-title", half="probe", stories=(3, 6), blank="none", body_len=(1, 3),
         page_head=["site"], head=["time_title"], date=None, byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="none", page_tail=["copyright"], front="headline_list"),
    dict(name="p-time-and-place", half="probe", stories=(3, 6), blank="body", body_len=(1, 4),
         page_head=["menu_line"], head=["time", "place", "title"], date=None, byline=None,
         media=["bare_agency"], media_rate=0.3, inline=[], inline_rate=0.0, tail=["share_line"],
         sep="none", page_tail=["copyright"], front="teasers"),
    dict(name="p-caption-kicker", half="probe", stories=(2, 4), blank="all",
         page_head=["site"], head=["caption", "kicker", "title", "byline", "date"],
         date="long_only", byline="by", media=["slash_credit"], media_rate=0.5,
         inline=["related_label"], inline_rate=0.4, tail=["tags"], sep="emdash",
         page_tail=["most_read"], front="cards_by"),
    dict(name="p-network-kicker", half="probe", stories=(2, 5), blank="mixed",
         page_head=["cookie"], head=["site_kicker", "title", "date"],
         date="abbr_time", byline=None, media=["provided"], media_rate=0.5,
         inline=["watch"], inline_rate=0.4, tail=["read_more_tail"], sep="none",
         page_tail=["trending"], front="headline_list"),
    dict(name="p-posted-by", half="probe", stories=(2, 4), blank="body",
         page_head=["site", "menu_lines"], head=["title", "submitted"],
         date="numeric_time", byline="by", media=["image_label"], media_rate=0.5,
         inline=["ad"], inline_rate=0.4, tail=["no_comments"], sep="dashes",
         page_tail=["copyright"], front="teasers"),
    dict(name="p-rubric-other", half="probe", stories=(2, 4), blank="double",
         page_head=["menu_line"], head=["rubric_other", "title", "byline_date"],
         date="iso", byline="by", media=["pipe"], media_rate=0.5,
         inline=["related_label_next"], inline_rate=0.4, tail=["comments"], sep="stars",
         page_tail=["top"], front="cards_by"),
    dict(name="p-latest-heading", half="probe", stories=(2, 4), blank="all",
         page_head=["site"], head=["latest", "title", "byline", "date", "share"],
         date="weekday", byline="by", media=["paren_image"], media_rate=0.5,
         inline=["related_bare"], inline_rate=0.3, tail=[], sep="up_next",
         page_tail=["copyright"], front="teasers"),
    dict(name="p-badge-section", half="probe", stories=(1, 4), blank="body",
         page_head=["skip", "menu_line"], head=["section_badge", "title", "read", "date"],
         date="relative", byline=None, media=["image_source"], media_rate=0.5,
         inline=["video_block"], inline_rate=0.3, tail=["more_story"], sep="none",
         page_tail=["most_read"], front="headline_list"),
]

PROBE_FAMILIES_2: list[dict] = [
    dict(name="q-byline-first", half="probe2", stories=(2, 5), blank="all",
         page_head=["site"], head=["byline", "date", "title"],
         date="numeric_time", byline="by", media=["pipe"], media_rate=0.4,
         inline=["related_label"], inline_rate=0.3, tail=["share_line"], sep="diamonds",
         page_tail=["copyright"], front="cards_by"),
    dict(name="q-date-kicker", half="probe2", stories=(2, 5), blank="none",
         page_head=["menu_line"], head=["date", "kicker", "title", "byline"],
         date="long_only", byline="by", media=["photo_label"], media_rate=0.5,
         inline=["related_bare"], inline_rate=0.3, tail=["tags_other"], sep="dots",
         page_tail=["most_read"], front="teasers"),
    dict(name="q-rubric-script", half="probe2", stories=(2, 4), blank="double",
         page_head=["site", "menu_line"], head=["rubric_script", "title", "date", "byline"],
         date="iso", byline="by", media=["slash_credit"], media_rate=0.5,
         inline=["ad"], inline_rate=0.4, tail=["comments"], sep="rule",
         page_tail=["trending"], front="headline_list"),
    dict(name="q-stacked-feed", half="probe2", stories=(3, 5), blank="mixed", repeat_head=True,
         page_head=["site", "menu_line"], head=["title", "byline_date", "read"],
         date="abbr_time", byline="by", media=["bare_agency"], media_rate=0.4,
         inline=["watch"], inline_rate=0.3, tail=["share_words"], sep="sponsored",
         page_tail=["copyright"], front="teasers"),
    dict(name="q-fronts", half="probe2", stories=(0, 2), blank="body",
         page_head=["skip", "menu_lines"], head=["section", "title", "byline", "date"],
         date="label_long", byline="by", media=["image_label"], media_rate=0.5,
         inline=["related_label_next"], inline_rate=0.4, tail=["read_more_tail"], sep="none",
         page_tail=["top", "copyright"], front="cards_by"),
    dict(name="q-two-line-briefs", half="probe2", stories=(4, 7), blank="none", body_len=(1, 2),
         page_head=["site"], head=["title", "date"],
         date="numeric_time", byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="dots",
         page_tail=["copyright"], front="headline_list"),
    dict(name="q-tag-other-caption", half="probe2", stories=(2, 4), blank="all",
         page_head=["site"], head=["caption", "rubric_other", "title", "date"],
         date="weekday", byline=None, media=["provided"], media_rate=0.3,
         inline=[], inline_rate=0.0, tail=["tags_other"], sep="diamonds",
         page_tail=["copyright"], front="teasers"),
    dict(name="q-date-byline-listen", half="probe2", stories=(2, 4), blank="body",
         page_head=["cookie"], head=["date", "title", "listen", "byline"],
         date="relative", byline="written_by", media=["credit_first"], media_rate=0.5,
         inline=["video_block"], inline_rate=0.3, tail=["no_comments"], sep="rule",
         page_tail=["trending"], front="cards_by"),
    dict(name="q-briefs-ampm", half="probe2", stories=(4, 7), blank="all", body_len=(1, 3),
         page_head=["site", "menu_line"], head=["time_ampm", "title"], date=None, byline=None,
         media=[], media_rate=0.0, inline=[], inline_rate=0.0, tail=[], sep="none",
         page_tail=["trending"], front="headline_list"),
    dict(name="q-briefs-time-under", half="probe2", stories=(4, 7), blank="mixed", body_len=(1, 3),
         page_head=["site"], head=["title", "time_dot"], date=None, byline=None,
         media=["bare_agency"], media_rate=0.2, inline=[], inline_rate=0.0, tail=[], sep="stars",
         page_tail=["copyright"], front="teasers"),
]

# headline choice (title18): lines beside the headline that read like one, or lead to it
PROBE_FAMILIES += [
    dict(name="p-deck-provider", half="probe", stories=(2, 4), blank="body",
         page_head=["menu_line"], head=["section", "title", "deck", "site_kicker", "date"],
         date="long_only", byline=None, media=["photo_label"], media_rate=0.5,
         inline=["related_label"], inline_rate=0.3, tail=["share_line"], sep="none",
         page_tail=["copyright"], front="teasers"),
    dict(name="p-bullets", half="probe", stories=(2, 4), blank="all",
         page_head=["site"], head=["kicker", "title", "bullets", "byline", "date"],
         date="numeric_time", byline="by", media=["pipe"], media_rate=0.5,
         inline=["watch"], inline_rate=0.3, tail=["tags"], sep="dashes",
         page_tail=["trending"], front="cards_by"),
    dict(name="p-correspondent-script", half="probe", stories=(2, 5), blank="mixed",
         page_head=["cookie"], head=["kicker_script", "title", "correspondent", "date"],
         date="abbr_time", byline=None, media=["bare_agency"], media_rate=0.4,
         inline=[], inline_rate=0.0, tail=["comments"], sep="stars",
         page_tail=["most_read"], front="headline_list"),
    dict(name="p-video-correspondent", half="probe", stories=(2, 4), blank="body",
         page_head=["site", "menu_line"], head=["correspondent", "title", "video_title", "date"],
         date="weekday", byline=None, media=["image_label"], media_rate=0.4,
         inline=["related_bare"], inline_rate=0.3, tail=["read_more_tail"], sep="none",
         page_tail=["copyright"], front="teasers"),
    dict(name="p-caps-copy-up-next", half="probe", stories=(2, 4), blank="body",
         page_head=["menu_line"], head=["title", "title_caps", "name_job", "date"],
         date="relative_dot", byline="by", media=["provided"], media_rate=0.6,
         inline=["video_block"], inline_rate=0.5, tail=[], sep="up_next",
         page_tail=["trending"], front="teasers"),
]

# A third batch (``PROBE_FAMILIES_3``, ``--half probe3``, rendered with the ``fit`` texts): section
# fronts whose cards print no date, only their skeleton repeated (a headline, a teaser of one
# sentence, a byline, a link's label: ``cards_teaser_by``; a headline, a teaser and a link's label:
# ``cards_teaser_link``; a headline, a byline and a link's label: ``cards_by``), beside the hard
# negatives such a front must not swallow: stories of one or two short paragraphs under a
# headline and a byline, with no date::
#
#     python benchmarks/segmentation/run.py --bench ../shared/bench --half probe3 --failures 40
PROBE_FAMILIES_3: list[dict] = [
    dict(name="r-fronts-teaser-by", half="probe3", stories=(0, 2), blank="all",
         page_head=["site", "menu_line"], head=["section", "title", "byline", "date"],
         date="long_only", byline="by", media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=["read_more_tail"], sep="none",
         page_tail=["copyright"], front="cards_teaser_by"),
    dict(name="r-fronts-teaser-link", half="probe3", stories=(0, 2), blank="none",
         page_head=["skip", "menu_lines"], head=["title", "byline"],
         date=None, byline="by", media=["image_label"], media_rate=0.3,
         inline=[], inline_rate=0.0, tail=["share_line"], sep="rule",
         page_tail=["trending", "copyright"], front="cards_teaser_link"),
    dict(name="r-fronts-by-kicker", half="probe3", stories=(0, 2), blank="double",
         page_head=["site"], head=["kicker", "title", "byline"],
         date=None, byline="by", media=[], media_rate=0.0,
         inline=["related_label"], inline_rate=0.3, tail=[], sep="diamonds",
         page_tail=["top", "copyright"], front="cards_by"),
    dict(name="r-short-briefs-by", half="probe3", stories=(3, 6), blank="body", body_len=(1, 2),
         page_head=["site", "menu_line"], head=["title", "byline"],
         date=None, byline="by", media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=["read_more_tail"], sep="none",
         page_tail=["copyright"], front="cards_teaser_by"),
]

# A fourth batch (``PROBE_FAMILIES_4``, ``--half probe4``, rendered with the ``fit`` texts, all
# eleven locales, kickers in other scripts too): story headers whose shapes no other family has, to
# measure headline choice and story starts on templates nobody tuned for. A picture's caption and
# credit between two stories (over the next headline); a dateline leading the first paragraph
# (``CITY (Agency) — ...``); a headline in title case over a deck in sentence case; a kicker ending
# in a colon; an update line over the byline; the story's number in the feed (``2/5``); the
# headline printed again as a link under its story; an author photo's alt text (``Portrait of
# ...``) over the byline. Written before the rules that they measure were changed::
#
#     python benchmarks/segmentation/run.py --bench ../shared/bench --half probe4 --failures 40
PROBE_FAMILIES_4: list[dict] = [
    dict(name="s-caption-between", half="probe4", stories=(2, 5), blank="body",
         page_head=["site", "menu_line"], head=["caption_credit", "title", "byline", "date"],
         date="long_only", byline="by", media=[], media_rate=0.0,
         inline=["related_label"], inline_rate=0.3, tail=["tags"], sep="none",
         page_tail=["copyright"], front="teasers"),
    dict(name="s-dateline-deck", half="probe4", stories=(2, 4), blank="all", title_case=True, dateline=True,
         page_head=["cookie"], head=["title", "deck", "byline", "date"],
         date="abbr_time", byline="by", media=["pipe"], media_rate=0.4,
         inline=["related_bare"], inline_rate=0.3, tail=["share_line"], sep="rule",
         page_tail=["trending"], front="cards_by"),
    dict(name="s-kicker-colon-updated", half="probe4", stories=(2, 5), blank="mixed",
         page_head=["menu_line"], head=["kicker_colon", "title", "updated", "byline"],
         date=None, byline="by", media=["slash_credit"], media_rate=0.4,
         inline=["ad"], inline_rate=0.3, tail=["comments"], sep="dots",
         page_tail=["copyright"], front="headline_list"),
    dict(name="s-story-number", half="probe4", stories=(2, 5), blank="none",
         page_head=["site"], head=["story_no", "title", "date", "byline"],
         date="numeric_time", byline="by", media=["bare_agency"], media_rate=0.3,
         inline=[], inline_rate=0.0, tail=["title_link"], sep="none",
         page_tail=["most_read"], front="teasers"),
    dict(name="s-author-portrait", half="probe4", stories=(2, 4), blank="double",
         page_head=["skip", "menu_lines"], head=["section", "title", "author_alt", "byline", "date"],
         date="weekday", byline="by", media=["image_label"], media_rate=0.5,
         inline=["watch"], inline_rate=0.3, tail=["no_comments"], sep="stars",
         page_tail=["top", "copyright"], front="cards_teaser_by"),
    dict(name="s-wire-caption-colon", half="probe4", stories=(2, 4), blank="all", dateline=True,
         page_head=["site"], head=["caption_credit", "kicker_colon", "title", "updated"],
         date=None, byline=None, media=["provided"], media_rate=0.3,
         inline=["related_label_next"], inline_rate=0.3, tail=["read_more_tail"], sep="none",
         page_tail=["trending"], front="headline_list"),
    dict(name="s-numbered-link-deck", half="probe4", stories=(2, 4), blank="body", title_case=True,
         page_head=["menu_line"], head=["story_no", "kicker_colon", "title", "deck", "author_alt", "byline_date"],
         date="iso", byline="by", media=["photo_label"], media_rate=0.4,
         inline=["video_block"], inline_rate=0.3, tail=["title_link"], sep="diamonds",
         page_tail=["copyright"], front="teasers"),
]

# A fifth batch (``PROBE_FAMILIES_5``, ``--half probe5``, rendered with the ``fit`` texts): pages
# of briefs, each one to three sentences of its copy (``brief_sentences``) under a headline, in
# shapes no other family prints: headlines that end with a full stop, no separator and no blank
# line between briefs (``s-briefs-stop``); a digest whose briefs open on a place's lead-in,
# ``PARIS. — ...`` (``place_lead``, ``s-digest-dateline``); a ticker with the time after the
# headline, ``Headline · 14:05`` (``s-ticker-time-right``); briefs of one sentence each under
# the time alone on its line (``s-briefs-one-timed``); with the fronts of teasers that
# must give no record::
#
#     python benchmarks/segmentation/run.py --bench ../shared/bench --half probe5 --failures 40
PROBE_FAMILIES_5: list[dict] = [
    dict(name="s-briefs-stop", half="probe5", stories=(3, 7), blank="none", brief_sentences=(1, 3),
         title_stop=True, page_head=["site", "menu_line"], head=["title"],
         date=None, byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="none",
         page_tail=["copyright"], front="teasers"),
    dict(name="s-digest-dateline", half="probe5", stories=(3, 7), blank="all", brief_sentences=(1, 3),
         place_lead=". — ", page_head=["site"], head=["title"],
         date=None, byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="none",
         page_tail=["most_read", "copyright"], front="cards_teaser_link"),
    dict(name="s-ticker-time-right", half="probe5", stories=(4, 8), blank="body", brief_sentences=(1, 2),
         page_head=["site", "menu_line"], head=["title_time_right"],
         date=None, byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="none",
         page_tail=["trending"], front="headline_list"),
    dict(name="s-briefs-stop-by", half="probe5", stories=(3, 6), blank="body", brief_sentences=(2, 3),
         title_stop=True, page_head=["menu_line"], head=["title", "byline"],
         date=None, byline="by", media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="dots",
         page_tail=["top", "copyright"], front="cards_teaser_by"),
    # (brief23b) timed briefs of one whole sentence each, the time alone on its line under the
    # headline: a page that the story cards' test (``CS503``) read as a front of teasers
    dict(name="s-briefs-one-timed", half="probe5", stories=(4, 7), blank="body", brief_sentences=(1, 1),
         page_head=["site", "menu_line"], head=["title", "time"],
         date=None, byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="none",
         page_tail=["copyright"], front="teasers"),
]

# A sixth batch (``PROBE_FAMILIES_6``, ``--half probe6``, rendered with the ``fit`` texts): blog
# index and archive pages of several full posts, written (blog24) from the habits of WordPress,
# Blogger, Ghost, Medium, Substack, Drupal and Tumblr themes before any rule was changed for them:
# the post's date over its headline (``March 3, 2025``, ``Tuesday, 3 March 2025``, ``03.03.2025``,
# ``Mar 3, 2025``, or a calendar badge of two lines, ``MAR`` over ``03``), then the headline, then
# ``Posted by NAME in CATEGORY`` or ``by NAME · 4 min read``; each post's footer (``Filed under:``,
# ``Tags:``, ``Labels:``, ``N Comments``, ``Leave a comment``, ``Read more »``, ``Continue reading
# →``, a ``Share this:`` row); a sticky post's label over the first; paging (``« Older posts``,
# ``Page 2 of 14``); a sidebar (recent posts, archives by month with counts, categories with
# counts) before or after the posts; and, on the pages with no post, an index of excerpts each
# under its date and over ``Read more``, which must give no record::
#
#     python benchmarks/segmentation/run.py --bench ../shared/bench --half probe6 --failures 40
PROBE_FAMILIES_6: list[dict] = [
    # WordPress classic (Twenty Ten to Twenty Sixteen, most free themes): the date over the
    # headline, the author and category under it, a footer of categories and comments
    dict(name="t-wp-classic", half="probe6", stories=(2, 4), blank="body",
         page_head=["site", "menu_line"], head=["blog_date", "title", "blog_posted_in"],
         blog_date=["long", "short"], date=None, byline=None, media=["image_label"], media_rate=0.3,
         inline=[], inline_rate=0.0, tail=["blog_filed", "blog_comments"], sep="none",
         page_tail=["blog_paging", "blog_sidebar", "copyright"], front="blog_excerpts"),
    # Ghost, Medium, Substack: a weekday date over the headline, ``by NAME · 4 min read``, a
    # share row and a comment link under each post; numbered paging
    dict(name="t-ghost-weekday", half="probe6", stories=(2, 4), blank="all",
         page_head=["site"], head=["blog_date", "title", "blog_by_read"],
         blog_date=["weekday", "short"], date=None, byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=["blog_share", "blog_leave"], sep="none",
         page_tail=["blog_paging", "copyright"], front="blog_excerpts"),
    # Blogger and Tumblr themes: a sticky post's label, a calendar badge of two lines over the
    # headline, ``Posted by NAME at 10:12 AM``, labels and comments under the post; the
    # sidebar over the posts
    dict(name="t-blogger-badge", half="probe6", stories=(2, 4), blank="mixed",
         page_head=["site", "blog_sidebar"], head=["blog_sticky", "blog_date", "title"],
         blog_date=["two_lines"], date=None, byline=None, media=["bare_agency"], media_rate=0.2,
         inline=[], inline_rate=0.0, tail=["blog_more", "blog_posted_at", "blog_labels", "blog_comments"],
         sep="none", page_tail=["blog_paging"], front="blog_excerpts"),
    # Drupal and European CMS blogs: a numeric date over the headline, the author and category,
    # tags, a read-more link and a share row; the sidebar after; a quarter of the pages an index
    # of excerpts with no post
    dict(name="t-drupal-numeric", half="probe6", stories=(0, 3), blank="none",
         page_head=["menu_line"], head=["blog_date", "title", "blog_posted_in"],
         blog_date=["numeric", "long", "weekday"], date=None, byline=None, media=["photo_label"], media_rate=0.3,
         inline=[], inline_rate=0.0, tail=["blog_tags", "blog_more", "blog_share"], sep="none",
         page_tail=["blog_sidebar", "blog_paging", "copyright"], front="blog_excerpts"),
]

# the words of blog templates, per language (``locales.py`` holds the news templates' words)
BLOG_WORDS: dict[str, dict] = {
    "en": dict(weekdays=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
               short="{abbr} {d}, {y}", posted_in="Posted by {name} in {cat}", by="by",
               filed="Filed under: {cats}", tags="Tags: {tags}", labels="Labels: {tags}",
               comments=["{n} Comments", "1 Comment", "Leave a comment"], leave="Leave a comment",
               more=["Read more »", "Continue reading →", "Continue reading"],
               share=["Share this:", "Facebook", "X", "Email", "Like this:", "Like Loading..."],
               posted_at="Posted by {name} at {time}", sticky=["Featured", "Sticky post", "📌 Pinned"],
               older="« Older posts", newer="Newer posts »", page="Page {p} of {n}", next="Next »",
               recent="Recent Posts", archives="Archives", categories="Categories"),
    "de": dict(weekdays=["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
               short="{d}. {abbr} {y}", posted_in="Veröffentlicht von {name} in {cat}", by="von",
               filed="Abgelegt unter: {cats}", tags="Schlagwörter: {tags}", labels="Labels: {tags}",
               comments=["{n} Kommentare", "1 Kommentar", "Schreibe einen Kommentar"], leave="Kommentar hinterlassen",
               more=["Weiterlesen »", "Weiterlesen →", "Mehr lesen"],
               share=["Teilen mit:", "Facebook", "X", "E-Mail", "Gefällt mir:", "Gefällt mir Wird geladen …"],
               posted_at="Eingestellt von {name} um {time}", sticky=["Hervorgehoben", "Angepinnt"],
               older="« Ältere Beiträge", newer="Neuere Beiträge »", page="Seite {p} von {n}", next="Weiter »",
               recent="Neueste Beiträge", archives="Archiv", categories="Kategorien"),
    "fr": dict(weekdays=["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
               short="{d} {abbr} {y}", posted_in="Publié par {name} dans {cat}", by="par",
               filed="Classé dans : {cats}", tags="Étiquettes : {tags}", labels="Libellés : {tags}",
               comments=["{n} commentaires", "1 commentaire", "Laisser un commentaire"], leave="Laisser un commentaire",
               more=["Lire la suite »", "Continuer la lecture →", "Lire la suite"],
               share=["Partager :", "Facebook", "X", "E-mail", "J'aime ça :", "J'aime chargement…"],
               posted_at="Publié par {name} à {time}", sticky=["À la une", "Épinglé"],
               older="« Articles plus anciens", newer="Articles plus récents »", page="Page {p} sur {n}",
               next="Suivant »", recent="Articles récents", archives="Archives", categories="Catégories"),
    "es": dict(weekdays=["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
               short="{d} {abbr} {y}", posted_in="Publicado por {name} en {cat}", by="por",
               filed="Archivado en: {cats}", tags="Etiquetas: {tags}", labels="Etiquetas: {tags}",
               comments=["{n} comentarios", "1 comentario", "Deja un comentario"], leave="Deja un comentario",
               more=["Leer más »", "Sigue leyendo →", "Seguir leyendo"],
               share=["Comparte esto:", "Facebook", "X", "Correo electrónico", "Me gusta esto:", "Me gusta Cargando..."],
               posted_at="Publicado por {name} a las {time}", sticky=["Destacado", "Entrada fijada"],
               older="« Entradas anteriores", newer="Entradas siguientes »", page="Página {p} de {n}",
               next="Siguiente »", recent="Entradas recientes", archives="Archivos", categories="Categorías"),
    "it": dict(weekdays=["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
               short="{d} {abbr} {y}", posted_in="Pubblicato da {name} in {cat}", by="di",
               filed="Archiviato in: {cats}", tags="Tag: {tags}", labels="Etichette: {tags}",
               comments=["{n} commenti", "1 commento", "Lascia un commento"], leave="Lascia un commento",
               more=["Leggi tutto »", "Continua a leggere →", "Continua a leggere"],
               share=["Condividi:", "Facebook", "X", "E-mail", "Mi piace:", "Mi piace Caricamento..."],
               posted_at="Pubblicato da {name} alle {time}", sticky=["In evidenza", "Post fissato"],
               older="« Articoli meno recenti", newer="Articoli più recenti »", page="Pagina {p} di {n}",
               next="Successivo »", recent="Articoli recenti", archives="Archivi", categories="Categorie"),
    "pt": dict(weekdays=["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
                         "sábado", "domingo"],
               short="{d} {abbr} {y}", posted_in="Publicado por {name} em {cat}", by="por",
               filed="Arquivado em: {cats}", tags="Tags: {tags}", labels="Marcadores: {tags}",
               comments=["{n} comentários", "1 comentário", "Deixe um comentário"], leave="Deixe um comentário",
               more=["Leia mais »", "Continue lendo →", "Continuar lendo"],
               share=["Compartilhe isso:", "Facebook", "X", "E-mail", "Curtir isso:", "Curtir Carregando..."],
               posted_at="Postado por {name} às {time}", sticky=["Destaque", "Post fixado"],
               older="« Posts mais antigos", newer="Posts mais recentes »", page="Página {p} de {n}",
               next="Próximo »", recent="Posts recentes", archives="Arquivos", categories="Categorias"),
    "nl": dict(weekdays=["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
               short="{d} {abbr} {y}", posted_in="Geplaatst door {name} in {cat}", by="door",
               filed="Gearchiveerd onder: {cats}", tags="Tags: {tags}", labels="Labels: {tags}",
               comments=["{n} reacties", "1 reactie", "Laat een reactie achter"], leave="Laat een reactie achter",
               more=["Lees verder »", "Verder lezen →", "Lees meer"],
               share=["Dit delen:", "Facebook", "X", "E-mail", "Vind ik leuk:", "Vind-ik-leuk Laden..."],
               posted_at="Gepost door {name} om {time}", sticky=["Uitgelicht", "Vastgezet bericht"],
               older="« Oudere berichten", newer="Nieuwere berichten »", page="Pagina {p} van {n}",
               next="Volgende »", recent="Recente berichten", archives="Archieven", categories="Categorieën"),
    "pl": dict(weekdays=["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
               short="{d} {abbr} {y}", posted_in="Opublikowane przez {name} w {cat}", by="autor:",
               filed="Kategorie: {cats}", tags="Tagi: {tags}", labels="Etykiety: {tags}",
               comments=["{n} komentarzy", "1 komentarz", "Dodaj komentarz"], leave="Dodaj komentarz",
               more=["Czytaj dalej »", "Czytaj dalej →", "Czytaj więcej"],
               share=["Udostępnij:", "Facebook", "X", "E-mail", "Lubię to:", "Polub Wczytywanie…"],
               posted_at="Opublikowane przez {name} o {time}", sticky=["Wyróżniony", "Przypięty wpis"],
               older="« Starsze wpisy", newer="Nowsze wpisy »", page="Strona {p} z {n}",
               next="Dalej »", recent="Najnowsze wpisy", archives="Archiwa", categories="Kategorie"),
    "sv": dict(weekdays=["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
               short="{d} {abbr} {y}", posted_in="Publicerat av {name} i {cat}", by="av",
               filed="Arkiverat under: {cats}", tags="Etiketter: {tags}", labels="Etiketter: {tags}",
               comments=["{n} kommentarer", "1 kommentar", "Lämna en kommentar"], leave="Lämna en kommentar",
               more=["Läs mer »", "Fortsätt läsa →", "Läs hela inlägget"],
               share=["Dela detta:", "Facebook", "X", "E-post", "Gilla detta:", "Gilla Laddar in …"],
               posted_at="Upplagd av {name} kl. {time}", sticky=["Utvalt", "Fäst inlägg"],
               older="« Äldre inlägg", newer="Nyare inlägg »", page="Sida {p} av {n}",
               next="Nästa »", recent="Senaste inläggen", archives="Arkiv", categories="Kategorier"),
    "tr": dict(weekdays=["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
               short="{d} {abbr} {y}", posted_in="{name} tarafından {cat} içinde yayınlandı", by="yazar:",
               filed="Kategori: {cats}", tags="Etiketler: {tags}", labels="Etiketler: {tags}",
               comments=["{n} Yorum", "1 Yorum", "Yorum yapın"], leave="Bir yorum bırakın",
               more=["Devamını oku »", "Okumaya devam et →", "Devamını oku"],
               share=["Bunu paylaş:", "Facebook", "X", "E-posta", "Bunu beğen:", "Beğen Yükleniyor..."],
               posted_at="{name} tarafından {time} saatinde gönderildi", sticky=["Öne çıkan", "Sabitlenmiş yazı"],
               older="« Önceki yazılar", newer="Sonraki yazılar »", page="Sayfa {p} / {n}",
               next="Sonraki »", recent="Son yazılar", archives="Arşivler", categories="Kategoriler"),
    "no": dict(weekdays=["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
               short="{d}. {abbr} {y}", posted_in="Publisert av {name} i {cat}", by="av",
               filed="Arkivert under: {cats}", tags="Stikkord: {tags}", labels="Etiketter: {tags}",
               comments=["{n} kommentarer", "1 kommentar", "Legg igjen en kommentar"], leave="Legg igjen en kommentar",
               more=["Les mer »", "Fortsett å lese →", "Les hele innlegget"],
               share=["Del dette:", "Facebook", "X", "E-post", "Lik dette:", "Lik Laster …"],
               posted_at="Lagt inn av {name} kl. {time}", sticky=["Fremhevet", "Festet innlegg"],
               older="« Eldre innlegg", newer="Nyere innlegg »", page="Side {p} av {n}",
               next="Neste »", recent="Siste innlegg", archives="Arkiv", categories="Kategorier"),
}


def _blog_words(loc: dict) -> dict:
    from locales import LOCALES

    lang = next((k for k, v in LOCALES.items() if v is loc), "en")
    return BLOG_WORDS.get(lang, BLOG_WORDS["en"])


def blog_date(rng, loc: dict, style: str) -> list[str]:
    """A post's date over its headline, in one line or (a calendar badge) two."""
    w = _blog_words(loc)
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    v = dict(y=y, d=d, dd=f"{d:02d}", mm=f"{m:02d}", month=loc["months"][m - 1], abbr=loc["abbr"][m - 1])
    long = loc["long"].format(**v)
    if style == "long":
        return [long]
    if style == "short":
        return [w["short"].format(**v)]
    if style == "weekday":
        day = w["weekdays"][rng.randrange(7)]
        return [f"{day}{' ' if w is BLOG_WORDS['fr'] else ', '}{long}"]
    if style == "numeric":
        return [rng.choice([f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"])]
    if style == "two_lines":  # a calendar badge: the month over the day
        return [loc["abbr"][m - 1].rstrip(".").upper(), f"{d:02d}"]
    raise ValueError(style)


def blog_head(rng, fam: dict, loc: dict, slot: str, k: int, name: str, gold: dict) -> list[tuple[str, str]]:
    """The probe6 header lines around a post's headline (kind ``h``)."""
    w = _blog_words(loc)
    if slot == "blog_date":
        lines = blog_date(rng, loc, rng.choice(fam["blog_date"]))
        gold["published"] = " ".join(lines)
        return [(x, "h") for x in lines]
    if slot == "blog_sticky":  # the first post is pinned, most pages
        return [(rng.choice(w["sticky"]), "h")] if k == 0 and rng.random() < 0.6 else []
    if slot == "blog_posted_in":
        cat = rng.choice(loc["sections"])
        gold["byline"], gold["section"] = name, cat
        return [(w["posted_in"].format(name=name, cat=cat), "h")]
    if slot == "blog_by_read":
        gold["byline"] = name
        return [(f"{w['by']} {name} · {loc['read'].format(n=rng.randint(2, 12))}", "h")]
    raise ValueError(slot)


def blog_tail(rng, loc: dict, slot: str, name: str, gold: dict) -> list[tuple[str, str]]:
    """The probe6 footer lines under a post (kind ``t``)."""
    w = _blog_words(loc)
    if slot == "blog_filed":
        return [(w["filed"].format(cats=", ".join(rng.sample(loc["sections"], rng.randint(1, 3)))), "t")]
    if slot in ("blog_tags", "blog_labels"):
        tags = ", ".join(s.lower() for s in rng.sample(loc["sections"], rng.randint(2, 4)))
        return [(w["tags" if slot == "blog_tags" else "labels"].format(tags=tags), "t")]
    if slot == "blog_comments":
        return [(rng.choice(w["comments"]).format(n=rng.randint(2, 48)), "t")]
    if slot == "blog_leave":
        return [(w["leave"], "t")]
    if slot == "blog_more":
        return [(rng.choice(w["more"]), "t")]
    if slot == "blog_share":  # a share row: its label and buttons, and (a WordPress habit) a like row
        row = w["share"][: rng.choice([4, 6])]
        return [(x, "t") for x in row]
    if slot == "blog_posted_at":
        gold["byline"] = name
        t = f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}"
        return [(w["posted_at"].format(name=name, time=t), "t")]
    raise ValueError(slot)


def blog_block(rng, loc: dict, what: str, heads: list[str]) -> list[str]:
    """A blog page's paging or sidebar (before or after the posts)."""
    w = _blog_words(loc)
    if what == "blog_paging":
        n = rng.randint(3, 40)
        return rng.choice([[w["older"]], [w["older"], w["newer"]], [w["page"].format(p=rng.randint(2, n), n=n)],
                           [f"1 2 3 … {n} {w['next']}"]])
    if what == "blog_sidebar":
        parts = []
        y = rng.randint(2019, 2025)
        months = [f"{loc['months'][m]} {y} ({rng.randint(1, 14)})" for m in range(11, 11 - rng.randint(3, 6), -1)]
        parts.append([w["archives"], *months])
        cats = [f"{s} ({rng.randint(1, 60)})" for s in rng.sample(loc["sections"], rng.randint(3, 5))]
        parts.append([w["categories"], *cats])
        n = min(len(heads), rng.randint(3, 5))
        if n:
            parts.append([w["recent"], *(heads.pop() for _ in range(n))])
        rng.shuffle(parts)
        return [x for p in parts for x in p]
    raise ValueError(what)


def blog_front(rng, loc: dict, heads: list[str], teasers: list[str]) -> list[str]:
    """An index of post excerpts (no post in full): each a date, a headline, an excerpt of a
    sentence and a read-more link. No record."""
    w = _blog_words(loc)
    out: list[str] = []
    style = rng.choice(["long", "short", "numeric", "two_lines", "weekday"])
    for _ in range(rng.randint(4, 8)):
        if not heads:
            break
        out += blog_date(rng, loc, style)
        out.append(heads.pop())
        if teasers:
            out.append(teasers.pop() + rng.choice(["", " […]", " …"]))
        out.append(rng.choice(w["more"]))
    return out

# A seventh batch (``PROBE_FAMILIES_7``, ``--half probe7``, rendered with the ``fit`` texts):
# timed briefs and live updates, broadcaster pages and markets television, written (brief25) from
# the habits of live blogs, news tickers, broadcasters' story pages and business channels before
# any rule was changed for them. Live updates: the time in the page's own clock (``10:42``,
# ``10.42 Uhr``, ``10h42``, ``às 10h42``, ``kl. 10.42``, ``10:42 am``) over the headline, after it,
# or as its prefix (``10h42 Headline``, ``10.42 Uhr: Headline``); a date and time line over the
# headline; the time under the brief's text; a pinned or key-event marker over the first brief; a
# brief whose text ends on a bullet list; pages of one-sentence briefs. Broadcasters: the
# programme's name over the headline, a ``VIDEO`` line and the clip's duration (``02:14``), the
# presenter or correspondent (``Reporting by NAME``, ``NAME, Correspondent``), a ``Watch live``
# line and a schedule of programmes (times over titles) after the stories, and fronts that are a
# schedule alone. Markets TV: a ticker of index quotes over the stories (``DAX 18,234.50
# +0.42%``), a quote line under the headline, a clip's title with its duration, a correspondent.
# Fronts (no story) are schedules, tickers over headlines, or live-page teasers::
#
#     python benchmarks/segmentation/run.py --bench ../shared/bench --half probe7 --failures 40
PROBE_FAMILIES_7: list[dict] = [
    # live updates, the time in the page's clock over the headline; a key event pinned first
    dict(name="t-live-clock-over", half="probe7", stories=(4, 7), blank="body", body_len=(1, 2),
         page_head=["site", "live_head"], head=["live_pinned", "live_time", "title"],
         date=None, byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="none",
         page_tail=["copyright"], front="teasers"),
    # the time as the headline's prefix, ``10h42 Headline``, ``10.42 Uhr: Headline``, ``10:42 am -``
    dict(name="t-live-prefix", half="probe7", stories=(4, 7), blank="all", brief_sentences=(1, 3),
         page_head=["site", "menu_line"], head=["live_time_prefix"],
         date=None, byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="none",
         page_tail=["trending"], front="headline_list"),
    # a date and time line over the headline, a brief's text ending on a bullet list
    dict(name="t-live-datetime-bullets", half="probe7", stories=(3, 6), blank="mixed", body_len=(1, 2),
         page_head=["site", "live_head"], head=["live_datetime", "title"], live_bullets=0.4,
         date=None, byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="rule",
         page_tail=["copyright"], front="teasers"),
    # the time after the headline on its own line or under the brief's text; one-sentence briefs
    dict(name="t-live-time-under-text", half="probe7", stories=(4, 8), blank="none", brief_sentences=(1, 2),
         page_head=["site", "menu_line"], head=["title"], tail=["live_time_line"],
         date=None, byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, sep="none",
         page_tail=["copyright"], front="teasers"),
    # a live page's briefs each under its time and a key-event label, the headline after the
    # time on the same line as the label (``10:42 · Key event``) or not
    dict(name="t-live-key-ampm", half="probe7", stories=(3, 6), blank="body", body_len=(1, 3),
         page_head=["site", "live_head"], head=["live_key_time", "title", "live_byline"],
         date=None, byline=None, media=["bare_agency"], media_rate=0.2,
         inline=[], inline_rate=0.0, tail=[], sep="none",
         page_tail=["copyright"], front="teasers"),
    # a broadcaster's story page: the programme's name over the headline, a VIDEO line and the
    # clip's duration, a presenter or correspondent; ``Watch live`` and a schedule after
    dict(name="t-tv-programme", half="probe7", stories=(2, 4), blank="body", body_len=(2, 5),
         page_head=["site", "menu_line"], head=["tv_show", "title", "tv_video", "tv_reporter"],
         date=None, byline=None, media=[], media_rate=0.0,
         inline=["video_paren"], inline_rate=0.2, tail=["tv_watch"], sep="none",
         page_tail=["tv_schedule", "copyright"], front="tv_schedule"),
    # a network's clip page: the duration over the headline, the network as a kicker, the date
    # and the presenter under it; ``Watch live`` over the schedule before the stories
    dict(name="t-tv-clip-duration", half="probe7", stories=(2, 5), blank="all", body_len=(1, 4),
         page_head=["site", "tv_watch_live"], head=["tv_duration", "site_kicker", "title", "date", "tv_presenter"],
         date="abbr_time", byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="none",
         page_tail=["tv_schedule"], front="tv_schedule"),
    # markets TV: a ticker of index quotes over the stories, a quote line under the headline, a
    # clip's title with its duration, a correspondent's line
    dict(name="t-mkt-ticker", half="probe7", stories=(2, 5), blank="body", body_len=(1, 4),
         page_head=["site", "mkt_ticker"], head=["title", "mkt_quote", "mkt_clip", "correspondent"],
         date=None, byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="none",
         page_tail=["copyright"], front="mkt_headlines"),
    # markets TV briefs: the time and an index move before each headline, one to two sentences
    dict(name="t-mkt-briefs", half="probe7", stories=(3, 6), blank="mixed", brief_sentences=(1, 2),
         page_head=["site", "mkt_ticker"], head=["live_time", "title", "mkt_quote"],
         date=None, byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="none",
         page_tail=["tv_watch_live"], front="mkt_headlines"),
]

# the words of live pages, broadcasters and markets television, per language
LIVE_WORDS: dict[str, dict] = {
    "en": dict(live="Live updates", pinned=["Pinned", "Key event", "📌 Pinned post"], key="Key event",
               watch_live="Watch live", watch_full="Watch the full report", reporting="Reporting by {name}",
               presented="Presented by {name}", job="Correspondent", schedule="Coming up",
               shows=["Evening News", "The World Tonight", "Breakfast Live", "Newsnight Extra"],
               clock="ampm", by="By", dt="{day} {d} {month} {y}, {t}"),
    "de": dict(live="Liveticker", pinned=["Angeheftet", "Wichtig", "📌 Angepinnt"], key="Wichtig",
               watch_live="Jetzt live sehen", watch_full="Ganzen Beitrag ansehen", reporting="Bericht: {name}",
               presented="Moderation: {name}", job="Korrespondentin", schedule="Programm",
               shows=["Tagesbild", "Abendjournal", "Morgenmagazin Plus", "Heute Nacht"],
               clock="uhr", by="Von", dt="{day}, {d}. {month} {y}, {t} Uhr"),
    "fr": dict(live="En direct", pinned=["Épinglé", "Essentiel", "📌 À la une"], key="Essentiel",
               watch_live="Regarder le direct", watch_full="Voir le reportage", reporting="Reportage de {name}",
               presented="Présenté par {name}", job="Correspondant", schedule="À suivre",
               shows=["Le Journal de 20h", "Soir Info", "Matin Direct", "L'Édition du soir"],
               clock="h", by="Par", dt="{day} {d} {month} {y} à {t}"),
    "es": dict(live="Directo", pinned=["Fijado", "Destacado", "📌 Fijado"], key="Destacado",
               watch_live="Ver en directo", watch_full="Ver el reportaje completo", reporting="Informa {name}",
               presented="Presenta {name}", job="Corresponsal", schedule="A continuación",
               shows=["Telediario Noche", "Informe Semanal Plus", "La Mañana", "Noticias 24"],
               clock="h_es", by="Por", dt="{day} {d} de {month} de {y}, {t} h"),
    "it": dict(live="Diretta", pinned=["In evidenza", "Fissato", "📌 In evidenza"], key="In evidenza",
               watch_live="Guarda la diretta", watch_full="Guarda il servizio", reporting="Servizio di {name}",
               presented="Conduce {name}", job="Corrispondente", schedule="In onda",
               shows=["Telegiornale Sera", "Linea Notte", "Buongiorno Italia", "Speciale TG"],
               clock="ore", by="Di", dt="{day} {d} {month} {y}, ore {t}"),
    "pt": dict(live="Ao vivo", pinned=["Fixado", "Destaque", "📌 Fixado"], key="Destaque",
               watch_live="Assista ao vivo", watch_full="Veja a reportagem", reporting="Reportagem de {name}",
               presented="Apresentação: {name}", job="Correspondente", schedule="A seguir",
               shows=["Jornal da Noite", "Bom Dia Brasil Extra", "Edição das 18h", "Repórter Nacional"],
               clock="as", by="Por", dt="{day}, {d} de {month} de {y}, {t}"),
    "nl": dict(live="Liveblog", pinned=["Vastgezet", "Belangrijk", "📌 Vastgepind"], key="Belangrijk",
               watch_live="Kijk live", watch_full="Bekijk de reportage", reporting="Verslag: {name}",
               presented="Presentatie: {name}", job="Correspondent", schedule="Straks op tv",
               shows=["Het Journaal", "Nieuwsuur Laat", "Ochtendnieuws", "Avondeditie"],
               clock="uur", by="Door", dt="{day} {d} {month} {y}, {t} uur"),
    "pl": dict(live="Relacja na żywo", pinned=["Przypięte", "Ważne", "📌 Przypięty"], key="Ważne",
               watch_live="Oglądaj na żywo", watch_full="Zobacz cały materiał", reporting="Relacjonuje {name}",
               presented="Prowadzi {name}", job="Korespondent", schedule="Zaraz w programie",
               shows=["Wiadomości Wieczorne", "Fakty Dnia", "Dzień Dobry Kraj", "Panorama Nocą"],
               clock="godz", by="Autor:", dt="{day}, {d} {month} {y}, godz. {t}"),
    "sv": dict(live="Direktrapport", pinned=["Fäst", "Viktigt", "📌 Fäst inlägg"], key="Viktigt",
               watch_live="Se direkt", watch_full="Se hela inslaget", reporting="Rapporterar: {name}",
               presented="Programledare: {name}", job="Korrespondent", schedule="Senare i kväll",
               shows=["Kvällsnytt", "Rapport Extra", "Morgonstudion", "Aktuellt Sent"],
               clock="kl", by="Av", dt="{day} {d} {month} {y} kl. {t}"),
    "tr": dict(live="Canlı", pinned=["Sabitlendi", "Önemli", "📌 Sabit"], key="Önemli",
               watch_live="Canlı izle", watch_full="Haberin tamamını izle", reporting="Muhabir: {name}",
               presented="Sunan: {name}", job="Muhabir", schedule="Yayın akışı",
               shows=["Akşam Haberleri", "Gün Ortası", "Sabah Bülteni", "Gece Raporu"],
               clock="saat", by="Yazan:", dt="{d} {month} {y}, {day}, {t}"),
    "no": dict(live="Direkte", pinned=["Festet", "Viktig", "📌 Festet"], key="Viktig",
               watch_live="Se direkte", watch_full="Se hele innslaget", reporting="Rapporterer: {name}",
               presented="Programleder: {name}", job="Korrespondent", schedule="Senere i kveld",
               shows=["Kveldsnytt", "Dagsrevyen Ekstra", "God morgen", "Nyhetsmorgen"],
               clock="kl", by="Av", dt="{day} {d}. {month} {y} kl. {t}"),
}

_INDEXES = [("DAX", 18234.5), ("FTSE 100", 8123.4), ("CAC 40", 7512.9), ("S&P 500", 5431.2), ("Nasdaq", 17345.8),
            ("Dow Jones", 39112.6), ("Nikkei 225", 38455.1), ("IBEX 35", 11032.7), ("FTSE MIB", 33870.3),
            ("AEX", 912.4), ("OMXS30", 2561.8), ("BIST 100", 10234.6), ("Brent", 82.14), ("EUR/USD", 1.0842),
            ("Gold", 2331.5)]


def _live_words(loc: dict) -> dict:
    from locales import LOCALES

    lang = next((k for k, v in LOCALES.items() if v is loc), "en")
    return LIVE_WORDS.get(lang, LIVE_WORDS["en"])


def live_clock(rng, loc: dict, clock: str | None = None) -> str:
    """A time of day in the page's clock: ``10:42 am``, ``10.42 Uhr``, ``10h42``, ``às 10h42``."""
    w = _live_words(loc)
    hh, mi = rng.randint(6, 22), rng.randint(0, 59)
    style = clock or w["clock"]
    if style == "ampm":
        return rng.choice([f"{(hh - 1) % 12 + 1}:{mi:02d} {'am' if hh < 12 else 'pm'}",
                           f"{(hh - 1) % 12 + 1}:{mi:02d}{'AM' if hh < 12 else 'PM'}", f"{hh:02d}:{mi:02d}"])
    return {"uhr": f"{hh}.{mi:02d} Uhr", "h": f"{hh}h{mi:02d}", "h_es": f"{hh}:{mi:02d} h",
            "ore": f"ore {hh}:{mi:02d}", "as": rng.choice([f"às {hh}h{mi:02d}", f"{hh}h{mi:02d}"]),
            "uur": f"{hh}.{mi:02d} uur", "godz": f"godz. {hh}:{mi:02d}", "kl": f"kl. {hh}.{mi:02d}",
            "saat": f"{hh}:{mi:02d}"}.get(style, f"{hh:02d}:{mi:02d}")


def _quote(rng) -> str:
    name, level = rng.choice(_INDEXES)
    pct = rng.uniform(-2.5, 2.5)
    lvl = level * (1 + pct / 100)
    q = f"{lvl:,.2f}" if lvl > 100 else f"{lvl:.4f}"
    return f"{name} {q} {pct:+.2f}%"


def live_head(rng, fam: dict, loc: dict, slot: str, k: int, title: str, name: str, gold: dict,
              heads: list[str], site: str) -> list[tuple[str, str]]:
    """The probe7 header lines around a brief's or a clip's headline (kind ``h``; ``T`` the
    headline's own line)."""
    w = _live_words(loc)
    if slot == "live_time":
        return [(live_clock(rng, loc), "h")]
    if slot == "live_pinned":  # the first brief pinned, most pages
        return [(rng.choice(w["pinned"]), "h")] if k == 0 and rng.random() < 0.6 else []
    if slot == "live_time_prefix":  # the time on the headline's line, in front of it
        sep = rng.choice([" ", " - ", ": ", " | "])
        return [(f"{live_clock(rng, loc)}{sep}{title}", "T")]
    if slot == "live_datetime":  # a date and time line, a weekday first
        y, m, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
        t = f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
        day = _blog_words(loc)["weekdays"]
        line = w["dt"].format(day=day[rng.randrange(7)], d=d, month=loc["months"][m - 1], y=y, t=t)
        gold["published"] = line
        return [(line, "h")]
    if slot == "live_key_time":  # a time, a key-event label on some briefs, on one line or two
        t = live_clock(rng, loc)
        if rng.random() < 0.4:
            return [(rng.choice([f"{t} · {w['key']}", f"{w['key']} {t}"]), "h")]
        return [(t, "h")]
    if slot == "live_byline":  # a live page's author line on some briefs
        if rng.random() < 0.4:
            gold["byline"] = name
            return [(f"{w['by']} {name}", "h")]
        return []
    if slot == "tv_show":  # the programme's name, a kicker
        return [(rng.choice(w["shows"]), "h")]
    if slot == "tv_video":  # a VIDEO label and the clip's duration
        dur = f"{rng.randint(0, 9):02d}:{rng.randint(0, 59):02d}"
        return [(x, "h") for x in rng.choice([[loc["video"].upper(), dur], [f"{loc['video'].upper()} {dur}"], [f"▶ {dur}"]])]
    if slot == "tv_duration":
        return [(f"{rng.randint(0, 9)}:{rng.randint(10, 59)}", "h")]
    if slot == "tv_reporter":
        gold["byline"] = name
        return [(rng.choice([w["reporting"], w["presented"], "{name}, " + w["job"]]).format(name=name), "h")]
    if slot == "tv_presenter":
        gold["byline"] = name
        return [(w["presented"].format(name=name), "h")]
    if slot == "mkt_quote":  # an index quote under the headline, most stories
        return [(_quote(rng), "h")] if rng.random() < 0.7 else []
    if slot == "mkt_clip":  # a clip's title (another story's headline) and its duration
        if heads and rng.random() < 0.6:
            return [(f"{loc['video'].upper()}: {heads.pop()}", "h"), (f"{rng.randint(0, 9):02d}:{rng.randint(10, 59)}", "h")]
        return []
    raise ValueError(slot)


def live_tail(rng, loc: dict, slot: str) -> list[tuple[str, str]]:
    """The probe7 lines under a brief or a clip's text (kind ``t``)."""
    w = _live_words(loc)
    if slot == "live_time_line":
        return [(live_clock(rng, loc), "t")]
    if slot == "tv_watch":
        return [(rng.choice([w["watch_full"], f"▶ {w['watch_full']}"]), "t")]
    raise ValueError(slot)


def _schedule(rng, loc: dict) -> list[str]:
    """A channel's schedule: its label, then times over (or before) programme names."""
    w = _live_words(loc)
    out = [w["schedule"]]
    hh = rng.randint(6, 18)
    inline = rng.random() < 0.5
    for show in rng.sample(w["shows"], rng.randint(3, 4)):
        t = f"{hh:02d}:{rng.choice([0, 15, 30, 45]):02d}"
        out += [f"{t} {show}"] if inline else [t, show]
        hh += 1
    return out


def live_block(rng, loc: dict, what: str, heads: list[str]) -> list[str]:
    """A probe7 page's head or tail block."""
    w = _live_words(loc)
    if what == "live_head":  # a live page's label, and a line of when it was updated
        return [f"{w['live']}", f"{loc['updated']} {live_clock(rng, loc)}"]
    if what == "tv_watch_live":
        return [f"● {w['watch_live']}" if rng.random() < 0.5 else w["watch_live"]]
    if what == "tv_schedule":
        return _schedule(rng, loc)
    if what == "mkt_ticker":
        return [_quote(rng) for _ in range(rng.randint(3, 6))]
    raise ValueError(what)


def live_front(rng, loc: dict, what: str, heads: list[str]) -> list[str]:
    """A probe7 page with no story: a channel's schedule under ``Watch live``, or a ticker over
    clip titles with their durations. No record."""
    w = _live_words(loc)
    if what == "tv_schedule":
        return [w["watch_live"], *_schedule(rng, loc), *_schedule(rng, loc)[1:]]
    out = [_quote(rng) for _ in range(rng.randint(3, 6))]
    for _ in range(rng.randint(4, 7)):
        if not heads:
            break
        out += [heads.pop(), f"{rng.randint(0, 9):02d}:{rng.randint(10, 59)}"]
    return out

# An eighth batch (``--half probe8``, rendered with the ``fit`` texts; seg60): a combinatorial
# probe of story headers. Each page is a template of its own: its per-story header is drawn
# independently at random (``combo_families``) from the habits issue #18 lists, and every story of
# the page repeats that skeleton. The parts: a caption and its credit over the kicker; a kicker,
# section label, badge or foreign rubric; a date line over the headline or under it (eleven date
# shapes of ``grammar._date`` and six more here, each in the page's locale: ``12 Mar 2025``,
# ``03.12.2025, 14:05``, ``14:05 · March 12, 2025``...); a byline before or after the headline,
# alone, with a job title, or with an agency (``By NAME, AFP``, ``NAME (dpa)``) or the agency
# alone; a deck; a read-time line; a listen line; a share line or a share bar; the page's
# blank-line habit, separator, captions, inline links, tails, head and foot, all drawn too. A few
# pages (``generate.FRONT_SHARE``) are fronts with no story. Written before any rule was changed
# for it, from the list, not from the held-out families::
#
#     python benchmarks/segmentation/run.py --bench ../shared/bench --half probe8 --failures 40

COMBO_PAGES = 330  # skeletons: one per page of ``run.py``'s default 330 pages
_COMBO_DATES = ["label_long", "label_long_time", "numeric_time", "numeric_h", "iso", "relative",
                "abbr_time", "weekday", "long_only", "relative_dot", "pub_upd"]
_COMBO_OWN_DATES = ["day_abbr", "numeric_comma_time", "numeric", "long_dot_time", "time_dot_long", "day_long"]
_KICKERS = ["section", "kicker", "kicker_colon", "section_badge", "rubric_other", "badge", "kicker_script"]
_BYLINES = ["byline", "byline", "byline_job", "correspondent", "u_byline_agency", "u_agency"]


def _pick(rng, p: float, what):
    return what if rng.random() < p else None


def _combo_head(rng) -> tuple[list[str], str, str | None, str | None]:
    """One skeleton's header slots, the family's name parts and its date style."""
    kicker = _pick(rng, 0.65, rng.choice(_KICKERS))
    date_pos = rng.choice(["over", "under", "under", "none"])
    by_pos = rng.choice(["before", "after", "after", "none"])
    date_style = None if date_pos == "none" else rng.choice(_COMBO_DATES + _COMBO_OWN_DATES)
    date_slot = "u_date" if date_style in _COMBO_OWN_DATES else "date"
    by_slot = rng.choice(_BYLINES) if by_pos != "none" else None
    if date_pos != "none" and by_pos == "after" and date_slot == "date" and rng.random() < 0.2:
        by_slot, date_slot, by_pos, date_pos = "byline_date", None, "after", "in-byline"
    top = ["caption_credit"] if rng.random() < 0.2 else []
    over: list[str] = [s for s in (kicker,) if s]
    if date_pos == "over":  # the date over the kicker or between it and the headline
        over.insert(rng.randrange(len(over) + 1), date_slot)
    if by_pos == "before":
        over.insert(rng.randrange(len(over) + 1) if rng.random() < 0.3 else len(over), by_slot)
    under: list[str] = []
    if rng.random() < 0.35:
        under.append("deck")
    meta = [s for s in (by_slot if by_pos == "after" else None, date_slot if date_pos == "under" else None) if s]
    rng.shuffle(meta)
    under += meta
    for slot, p in (("read", 0.25), ("listen", 0.08)):
        if rng.random() < p:
            under.insert(rng.randrange(len(under) - len(meta), len(under) + 1), slot)
    if rng.random() < 0.2:
        under.append(rng.choice(["share", "share", "sharebar"]))
    return [*top, *over, "title", *under], date_pos, by_pos, date_style


def combo_families(n: int = COMBO_PAGES) -> list[dict]:
    """``n`` page templates, each its own header skeleton and habits (seeded: the same list on
    every call). Named by where the date and the byline stand: ``u-date-over-by-after``."""
    import random

    rng = random.Random("segbench-probe8-skeletons")
    out = []
    for _ in range(n):
        head, date_pos, by_pos, date_style = _combo_head(rng)
        briefs = rng.random() < 0.15
        out.append(dict(
            name=f"u-date-{date_pos}-by-{by_pos}", half="probe8",
            stories=rng.choice([(2, 4), (2, 5), (3, 6)]) if not briefs else (3, 7),
            blank=rng.choice(["all", "none", "double", "body", "mixed"]),
            body_len=(1, 3) if briefs else rng.choice([(2, 5), (3, 9), (1, 4)]),
            title_case=rng.random() < 0.1, dateline=rng.random() < 0.1,
            page_head=rng.choice([["site"], ["site", "menu_line"], ["menu_line"], ["cookie"], ["skip", "menu_lines"]]),
            head=head, date=date_style if date_style in _COMBO_DATES else "long_only", u_date=date_style,
            byline="by", media=rng.sample(["pipe", "photo_label", "bare_agency", "image_label", "slash_credit",
                                           "paren_suffix", "provided"], 2),
            media_rate=0.0 if briefs else rng.choice([0.0, 0.3, 0.5]),
            inline=rng.sample(["related_label", "related_bare", "watch", "ad", "video_block", "related_label_next"], 2),
            inline_rate=0.0 if briefs else rng.choice([0.0, 0.3]),
            tail=rng.choice([[], [], ["tags"], ["share_line"], ["comments"], ["read_more_tail"], ["tags", "comments"]]),
            sep=rng.choice(["none", "none", "none", "stars", "dashes", "diamonds", "dots", "rule", "up_next"]),
            page_tail=rng.choice([["copyright"], ["trending"], ["most_read", "copyright"], ["top", "copyright"]]),
            front=rng.choice(["teasers", "cards_by", "headline_list", "cards_teaser_by", "cards_teaser_link"]),
            u_form=rng.randrange(3),  # the form of an agency's byline, the same on every story of the page
        ))
    return out


def combo_date(rng, loc: dict, style: str) -> str:
    """The probe8 date shapes that ``grammar._date`` has not, in the page's locale."""
    y, m, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
    t = f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
    v = dict(y=y, d=d, dd=f"{d:02d}", mm=f"{m:02d}", month=loc["months"][m - 1])
    long, num = loc["long"].format(**v), loc["numeric"].format(**v)
    return {"day_abbr": f"{d} {loc['abbr'][m - 1]} {y}", "numeric_comma_time": f"{num}, {t}", "numeric": num,
            "long_dot_time": f"{long} · {t}", "time_dot_long": f"{t} · {long}",
            "day_long": f"{loc['days'][rng.randrange(7)]} {long}"}[style]


def combo_head(rng, fam: dict, loc: dict, slot: str, name: str, gold: dict) -> list[tuple[str, str]]:
    """The probe8 header lines ``grammar.render_story`` has no slot for (kind ``h``)."""
    if slot == "u_date":
        line = combo_date(rng, loc, fam["u_date"])
        gold["published"] = line
        return [(line, "h")]
    ag = rng.choice(loc["agencies"])
    if slot == "u_byline_agency":  # a byline with its agency
        gold["byline"] = name
        form = ["{by} {name}, {ag}", "{by} {name} ({ag})", "{name} | {ag}"][fam["u_form"] % 3]
        return [(form.format(by=loc["by"], name=name, ag=ag), "h")]
    if slot == "u_agency":  # the agency alone where the byline stands
        return [(["{ag}", "{by} {ag}", "({ag})"][fam["u_form"] % 3].format(by=loc["by"], ag=ag), "h")]
    raise ValueError(slot)

# A ninth batch (``PROBE_FAMILIES_9``, ``--half probe9``, rendered with the ``fit`` texts; seg22):
# news templates the eight batches above do not hold, written from habits of real sites before any
# rule was changed for them (and without reading the held-out families): a story's number on its own
# line over the headline (``1.``, ``#2``, ``03``); a headline printed in capitals over a timestamp
# column (``14:05`` on its own line left of it); a dateline on a line of its own under the byline
# (``CALDER BAY —``, ``VELMORA, Mar 3 (AFP) –``); an author photo's credit over each byline; each
# story closed by a ``Filed under`` line; a newsletter digest (``In today's edition`` over a list of
# the edition's own headlines, then the short items); the deck printed before the headline; stories
# apart only by a blank line and the page's repeated ``Advertisement``; a rubric in a right-to-left
# script (Arabic, Hebrew, with its direction marks) over the headline::
#
#     python benchmarks/segmentation/run.py --bench ../shared/bench --half probe9 --failures 40
PROBE_FAMILIES_9: list[dict] = [
    dict(name="v-numbered-filed", half="probe9", stories=(3, 6), blank="body", body_len=(2, 5),
         page_head=["site", "menu_line"], head=["n_number", "title", "byline", "date"],
         date="long_only", byline="by", media=["pipe"], media_rate=0.3,
         inline=[], inline_rate=0.0, tail=["n_filed"], sep="none",
         page_tail=["copyright"], front="cards_by"),
    dict(name="v-clock-caps", half="probe9", stories=(4, 7), blank="none", body_len=(1, 3),
         page_head=["site"], head=["time", "n_title_caps"], date=None, byline=None,
         media=[], media_rate=0.0, inline=[], inline_rate=0.0, tail=[], sep="none",
         page_tail=["trending"], front="headline_list"),
    dict(name="v-dateline-line", half="probe9", stories=(2, 4), blank="all",
         page_head=["cookie"], head=["kicker", "title", "byline", "n_dateline"],
         date=None, byline="by", media=["photo_label"], media_rate=0.4,
         inline=["related_label"], inline_rate=0.3, tail=["share_line"], sep="rule",
         page_tail=["most_read"], front="teasers"),
    dict(name="v-author-photo", half="probe9", stories=(2, 4), blank="body",
         page_head=["skip", "menu_lines"], head=["title", "deck", "n_author_photo", "byline", "date"],
         date="numeric_time", byline="by", media=["slash_credit"], media_rate=0.4,
         inline=["ad"], inline_rate=0.3, tail=[], sep="none",
         page_tail=["top", "copyright"], front="cards_by"),
    dict(name="v-deck-first", half="probe9", stories=(2, 5), blank="mixed",
         page_head=["site", "menu_line"], head=["n_deck", "title", "byline_date"],
         date="abbr_time", byline="by", media=["provided"], media_rate=0.3,
         inline=["related_bare"], inline_rate=0.3, tail=["tags"], sep="dots",
         page_tail=["trending"], front="teasers"),
    dict(name="v-ad-apart", half="probe9", stories=(2, 5), blank="all",
         page_head=["site"], head=["title", "date"],
         date="weekday", byline=None, media=["bare_agency"], media_rate=0.3,
         inline=["ad"], inline_rate=0.3, tail=[], sep="n_ad",
         page_tail=["copyright"], front="headline_list"),
    dict(name="v-digest", half="probe9", stories=(3, 6), blank="body", body_len=(1, 2), digest=True,
         page_head=["site"], head=["title"], date=None, byline=None,
         media=[], media_rate=0.0, inline=[], inline_rate=0.0, tail=["read_more_tail"], sep="none",
         page_tail=["copyright"], front="teasers"),
    dict(name="v-rtl-rubric", half="probe9", stories=(2, 4), blank="double",
         page_head=["menu_line"], head=["n_rtl_rubric", "title", "byline", "date"],
         date="iso", byline="by", media=["image_label"], media_rate=0.4,
         inline=["watch"], inline_rate=0.3, tail=["n_filed"], sep="stars",
         page_tail=["top"], front="cards_teaser_by"),
    dict(name="v-clock-dateline-briefs", half="probe9", stories=(3, 6), blank="mixed", body_len=(1, 2),
         page_head=["site", "menu_line"], head=["time", "title", "n_dateline"], date=None, byline=None,
         media=[], media_rate=0.0, inline=[], inline_rate=0.0, tail=["n_filed"], sep="none",
         page_tail=["trending"], front="headline_list"),
    dict(name="v-section-photo-ad", half="probe9", stories=(2, 4), blank="body",
         page_head=["cookie"], head=["section", "title", "n_author_photo", "byline"],
         date=None, byline="by", media=["image_source"], media_rate=0.4,
         inline=["related_label_next"], inline_rate=0.3, tail=["n_filed"], sep="n_ad",
         page_tail=["most_read", "copyright"], front="cards_teaser_by"),
]

# the words of the ninth batch, per language (a ``Filed under`` line, a digest's heading)
NINE_WORDS: dict[str, dict] = {
    "en": dict(filed="Filed under", digest="In today's edition"),
    "de": dict(filed="Abgelegt unter", digest="In der heutigen Ausgabe"),
    "fr": dict(filed="Classé dans", digest="Dans l'édition du jour"),
    "es": dict(filed="Archivado en", digest="En la edición de hoy"),
    "it": dict(filed="Archiviato in", digest="Nell'edizione di oggi"),
    "pt": dict(filed="Arquivado em", digest="Na edição de hoje"),
    "nl": dict(filed="Opgeslagen onder", digest="In de editie van vandaag"),
    "pl": dict(filed="Kategoria", digest="W dzisiejszym wydaniu"),
    "sv": dict(filed="Arkiverad under", digest="I dagens utgåva"),
    "tr": dict(filed="Kategori", digest="Bugünkü sayıda"),
    "no": dict(filed="Arkivert under", digest="I dagens utgave"),
}
# rubrics in a right-to-left script, wrapped in the direction marks pages print around them
_RTL_RUBRICS = ["سياسة", "اقتصاد", "رياضة", "חדשות", "כלכלה", "ספורט"]


def _nine_words(loc: dict) -> dict:
    from locales import LOCALES

    lang = next((k for k, v in LOCALES.items() if v is loc), "en")
    return NINE_WORDS.get(lang, NINE_WORDS["en"])


def nine_head(rng, loc: dict, slot: str, k: int, title: str, name: str, paras: list[str],
              gold: dict, site: str) -> list[tuple[str, str]]:
    """The probe9 header lines around a story's headline (kind ``h``; ``T`` the headline)."""
    if slot == "n_number":  # the story's number in a list, on its own line
        return [(rng.choice([f"{k + 1}.", f"#{k + 1}", f"{k + 1:02d}"]), "h")]
    if slot == "n_title_caps":  # the headline itself printed in capitals
        gold["title"] = title.upper()
        return [(title.upper(), "T")]
    if slot == "n_dateline":  # a dateline on a line of its own
        city, ag = rng.choice(loc["cities"]).upper(), rng.choice(loc["agencies"])
        m, d = rng.randrange(12), rng.randint(1, 28)
        return [(rng.choice([f"{city} —", f"{city}, {loc['abbr'][m]} {d} ({ag}) –", f"{city} ({ag})"]), "h")]
    if slot == "n_author_photo":  # an author photo's credit over the byline
        return [(rng.choice([f"{loc['photo']}: {site}", f"{loc['photo']}: {_credit_name(rng, loc)}",
                             f"© {site}"]), "h")]
    if slot == "n_deck":  # the deck before the headline: one of the story's sentences
        from grammar import _sentence

        return [(max((_sentence(p) for p in paras[:2]), key=len), "h")]
    if slot == "n_rtl_rubric":
        return [(f"\u200f{rng.choice(_RTL_RUBRICS)}\u200f", "h")]
    raise ValueError(slot)


def _credit_name(rng, loc: dict) -> str:
    return f"{rng.choice(loc['first'])} {rng.choice(loc['last'])}"


def nine_tail(rng, loc: dict, slot: str) -> list[tuple[str, str]]:
    """The probe9 line under a story: ``Filed under`` and two or three section names."""
    if slot == "n_filed":
        sep = rng.choice([", ", " · ", " | "])
        return [(f"{_nine_words(loc)['filed']}: " + sep.join(rng.sample(loc["sections"], rng.randint(2, 3))), "t")]
    raise ValueError(slot)


def nine_digest(rng, loc: dict, titles: list[str]) -> list[str]:
    """A newsletter's table of contents: its heading over the edition's own headlines."""
    mark = rng.choice(["• ", "- ", "→ "])
    return [_nine_words(loc)["digest"], *(mark + t for t in titles)]
