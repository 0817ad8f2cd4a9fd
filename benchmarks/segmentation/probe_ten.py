"""A tenth batch of skeleton families of our own (``--half probe10``, seg26; issue #18).

Rendered with the ``fit`` half's texts, like the nine batches of ``probe_families.py``, and
written from habits of real news templates that those nine do not hold, **before any rule was
changed for it** and without reading the held-out families or their failures:

- a listen line with the audio's length under each headline (``Listen to this article · 5 min``);
- an author card: the headshot's alt text (the author's name), the name again, a role line
  (``Senior Reporter``) on a line of its own;
- category pills after the headline (two or three section names, one a line);
- a ``Key points`` box at the top of each story (its heading over three bullets, each a
  sentence of the story);
- an ``Updated`` stamp that comes after the body, not in the header;
- headlines that are questions;
- a ``Sponsored`` / ``Partner content`` label over some stories, not all;
- truncated teasers (a headline, one sentence, ``Read more``) between full stories;
- a story cut in the middle by ``Subscribe to continue reading`` and a sign-in line;
- inline ``READ MORE: ...`` and ``Related: ...`` lines between paragraphs;
- stories apart by a rule made of characters (``⁂``, ``==========``, ``— — —``);
- a page whose first block is a consent text of whole sentences, with its buttons.

Stories in a script with no spaces (CJK) are not here: the fit texts hold none.

    python benchmarks/segmentation/run.py --bench ../shared/bench --half probe10 --failures 40

The grammar calls in here for the slots named ``w_...`` (header, tail, inline, separator,
page block) and for the family keys ``w_question``, ``w_paywall`` and ``w_teasers``.
"""

from __future__ import annotations

PROBE_FAMILIES_10: list[dict] = [
    dict(name="w-listen-author-card", half="probe10", stories=(2, 4), blank="body",
         page_head=["site", "menu_line"], head=["kicker", "title", "w_listen", "w_author_card", "date"],
         date="long_only", byline=None, media=["pipe"], media_rate=0.3,
         inline=["related_label"], inline_rate=0.3, tail=[], sep="none",
         page_tail=["copyright"], front="cards_by"),
    dict(name="w-pills-key-points", half="probe10", stories=(2, 4), blank="all",
         page_head=["site"], head=["title", "w_pills", "w_key_points", "byline_date"],
         date="numeric_time", byline="by", media=["photo_label"], media_rate=0.3,
         inline=[], inline_rate=0.0, tail=["tags"], sep="w_asterism",
         page_tail=["trending"], front="teasers"),
    dict(name="w-updated-after", half="probe10", stories=(2, 5), blank="body",
         page_head=["menu_line"], head=["section", "title", "byline"],
         date=None, byline="by", media=["slash_credit"], media_rate=0.3,
         inline=["ad"], inline_rate=0.3, tail=["w_updated_after", "share_line"], sep="w_equals",
         page_tail=["most_read", "copyright"], front="headline_list"),
    dict(name="w-question-heads", half="probe10", stories=(2, 5), blank="mixed", body_len=(2, 5), w_question=True,
         page_head=["site"], head=["title", "date"],
         date="weekday", byline=None, media=["bare_agency"], media_rate=0.3,
         inline=[], inline_rate=0.0, tail=[], sep="w_spaced_emdash",
         page_tail=["copyright"], front="teasers"),
    dict(name="w-sponsored-some", half="probe10", stories=(2, 5), blank="body",
         page_head=["skip", "menu_lines"], head=["w_sponsored", "title", "byline", "date"],
         date="abbr_time", byline="by", media=["image_label"], media_rate=0.3,
         inline=["related_bare"], inline_rate=0.3, tail=[], sep="none",
         page_tail=["top", "copyright"], front="cards_teaser_by"),
    dict(name="w-teasers-between", half="probe10", stories=(2, 4), blank="all", w_teasers=0.6,
         page_head=["site", "menu_line"], head=["title", "byline", "date"],
         date="long_only", byline="by", media=["provided"], media_rate=0.3,
         inline=[], inline_rate=0.0, tail=[], sep="none",
         page_tail=["copyright"], front="cards_teaser_link"),
    dict(name="w-paywall-cut", half="probe10", stories=(2, 4), blank="body", w_paywall=0.5,
         page_head=["site"], head=["section", "title", "date", "byline"],
         date="iso", byline="by", media=["pipe"], media_rate=0.3,
         inline=[], inline_rate=0.0, tail=[], sep="none",
         page_tail=["trending"], front="cards_by"),
    dict(name="w-read-more-inline", half="probe10", stories=(2, 4), blank="body", body_len=(4, 9),
         page_head=["menu_line"], head=["title", "w_listen", "byline", "date"],
         date="relative", byline="by", media=[], media_rate=0.0,
         inline=["w_read_more_caps", "w_related_colon"], inline_rate=0.6, tail=[], sep="w_equals",
         page_tail=["copyright"], front="teasers"),
    dict(name="w-consent-first", half="probe10", stories=(2, 4), blank="all",
         page_head=["w_consent", "site"], head=["kicker", "title", "w_author_card", "date"],
         date="numeric_time", byline=None, media=["image_source"], media_rate=0.3,
         inline=["watch"], inline_rate=0.3, tail=["comments"], sep="w_asterism",
         page_tail=["most_read"], front="headline_list"),
    dict(name="w-question-pill-briefs", half="probe10", stories=(3, 6), blank="none", body_len=(1, 2),
         w_question=True, page_head=["site", "menu_line"], head=["w_pills", "title"],
         date=None, byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="w_spaced_emdash",
         page_tail=["copyright"], front="headline_list"),
]

# the words of the tenth batch, per language (the rest comes from ``locales.py``)
TEN_WORDS: dict[str, dict] = {
    "en": dict(key_points="Key points", partner="Partner content", subscribe="Subscribe to continue reading",
               sign_in="Already a subscriber? Sign in", related="Related",
               consent="We and our partners store and access information on your device, such as cookies, "
                       "to show you personalised content and to measure how our site is used.",
               accept="Accept all", manage="Manage options"),
    "de": dict(key_points="Das Wichtigste in Kürze", partner="Partnerinhalt",
               subscribe="Abonnieren Sie, um weiterzulesen", sign_in="Bereits Abonnent? Anmelden",
               related="Verwandt",
               consent="Wir und unsere Partner speichern Informationen auf Ihrem Gerät, etwa Cookies, "
                       "um Ihnen passende Inhalte zu zeigen und die Nutzung der Seite zu messen.",
               accept="Alle akzeptieren", manage="Einstellungen verwalten"),
    "fr": dict(key_points="Les points clés", partner="Contenu partenaire",
               subscribe="Abonnez-vous pour lire la suite", sign_in="Déjà abonné ? Se connecter",
               related="À lire aussi",
               consent="Nos partenaires et nous stockons des informations sur votre appareil, comme des cookies, "
                       "pour vous montrer des contenus adaptés et mesurer l'audience du site.",
               accept="Tout accepter", manage="Gérer les options"),
    "es": dict(key_points="Claves", partner="Contenido patrocinado",
               subscribe="Suscríbete para seguir leyendo", sign_in="¿Ya eres suscriptor? Inicia sesión",
               related="Relacionado",
               consent="Nosotros y nuestros socios almacenamos información en tu dispositivo, como cookies, "
                       "para mostrarte contenido personalizado y medir el uso del sitio.",
               accept="Aceptar todo", manage="Gestionar opciones"),
    "it": dict(key_points="I punti chiave", partner="Contenuto del partner",
               subscribe="Abbonati per continuare a leggere", sign_in="Sei già abbonato? Accedi",
               related="Correlato",
               consent="Noi e i nostri partner archiviamo informazioni sul tuo dispositivo, come i cookie, "
                       "per mostrarti contenuti personalizzati e misurare l'uso del sito.",
               accept="Accetta tutto", manage="Gestisci opzioni"),
    "pt": dict(key_points="Pontos-chave", partner="Conteúdo de parceiro",
               subscribe="Assine para continuar lendo", sign_in="Já é assinante? Entre",
               related="Relacionado",
               consent="Nós e os nossos parceiros armazenamos informações no seu dispositivo, como cookies, "
                       "para mostrar conteúdo personalizado e medir o uso do site.",
               accept="Aceitar tudo", manage="Gerir opções"),
    "nl": dict(key_points="De belangrijkste punten", partner="Partnerbijdrage",
               subscribe="Abonneer je om verder te lezen", sign_in="Al abonnee? Log in",
               related="Gerelateerd",
               consent="Wij en onze partners slaan informatie op je apparaat op, zoals cookies, "
                       "om je gepersonaliseerde inhoud te tonen en het gebruik van de site te meten.",
               accept="Alles accepteren", manage="Opties beheren"),
    "pl": dict(key_points="Najważniejsze informacje", partner="Treść partnera",
               subscribe="Zasubskrybuj, aby czytać dalej", sign_in="Masz już subskrypcję? Zaloguj się",
               related="Powiązane",
               consent="My i nasi partnerzy przechowujemy informacje na Twoim urządzeniu, takie jak pliki cookie, "
                       "aby pokazywać spersonalizowane treści i mierzyć korzystanie z serwisu.",
               accept="Akceptuj wszystko", manage="Zarządzaj opcjami"),
    "sv": dict(key_points="Det viktigaste", partner="Annonssamarbete",
               subscribe="Prenumerera för att läsa vidare", sign_in="Redan prenumerant? Logga in",
               related="Relaterat",
               consent="Vi och våra partner lagrar information på din enhet, till exempel kakor, "
                       "för att visa anpassat innehåll och mäta hur webbplatsen används.",
               accept="Godkänn alla", manage="Hantera val"),
    "tr": dict(key_points="Öne çıkanlar", partner="İş ortağı içeriği",
               subscribe="Okumaya devam etmek için abone olun", sign_in="Zaten abone misiniz? Giriş yapın",
               related="İlgili",
               consent="Biz ve iş ortaklarımız, size kişiselleştirilmiş içerik göstermek ve sitenin kullanımını "
                       "ölçmek için cihazınızda çerezler gibi bilgileri saklarız.",
               accept="Tümünü kabul et", manage="Seçenekleri yönet"),
    "no": dict(key_points="Dette er saken", partner="Annonsørinnhold",
               subscribe="Abonner for å lese videre", sign_in="Allerede abonnent? Logg inn",
               related="Relatert",
               consent="Vi og våre partnere lagrer informasjon på enheten din, som informasjonskapsler, "
                       "for å vise tilpasset innhold og måle hvordan nettstedet brukes.",
               accept="Godta alle", manage="Administrer valg"),
}

# rules made of characters between two stories, one per family
_RULES = {"w_asterism": "⁂", "w_equals": "=" * 10, "w_spaced_emdash": "— — —"}


def _ten_words(loc: dict) -> dict:
    from locales import LOCALES

    lang = next((k for k, v in LOCALES.items() if v is loc), "en")
    return TEN_WORDS.get(lang, TEN_WORDS["en"])


def question(title: str) -> str:
    """A headline asked as a question (the copy's own words, its closing mark a question's)."""
    return title.rstrip(".!?…:;, ") + "?"


def paywall(rng, fam: dict, loc: dict, paras: list[str]) -> tuple[list[str], list[str]]:
    """(paragraphs kept, the paywall's lines): some stories cut after one to two paragraphs."""
    if not fam.get("w_paywall") or len(paras) < 3 or rng.random() >= fam["w_paywall"]:
        return paras, []
    w = _ten_words(loc)
    return paras[:rng.randint(1, 2)], [w["subscribe"], w["sign_in"]]


def ten_head(rng, loc: dict, slot: str, k: int, name: str, paras: list[str], gold: dict) -> list[tuple[str, str]]:
    """The probe10 header lines around a story's headline (kind ``h``)."""
    from grammar import _sentence

    w = _ten_words(loc)
    if slot == "w_listen":  # a listen line with the audio's length
        return [(f"{loc['listen']} · {rng.randint(2, 12)} min", "h")]
    if slot == "w_author_card":  # the headshot's alt text, the name, the role
        gold["byline"] = name
        return [(name, "h"), (name, "h"), (rng.choice(loc["job"]), "h")]
    if slot == "w_pills":  # category pills, one a line
        return [(s, "h") for s in rng.sample(loc["sections"], rng.randint(2, 3))]
    if slot == "w_key_points":  # a box of the story's points over its text
        pts = [" ".join(_sentence(p).split()[:30]) for p in paras[:3]]
        return [(w["key_points"], "h"), *((f"• {p}", "h") for p in pts)]
    if slot == "w_sponsored":  # a label over some stories only
        return [(rng.choice([loc["sponsored"], w["partner"]]), "h")] if rng.random() < 0.35 else []
    raise ValueError(slot)


def ten_tail(rng, loc: dict, slot: str) -> list[tuple[str, str]]:
    """The probe10 line under a story's text: an update stamp after the body."""
    if slot == "w_updated_after":
        y, m, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
        long = loc["long"].format(y=y, d=d, dd=f"{d:02d}", mm=f"{m:02d}", month=loc["months"][m - 1])
        return [(f"{loc['updated']} {long}, {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}", "t")]
    raise ValueError(slot)


def ten_inline(loc: dict, style: str, h: str) -> list[str]:
    """A link to another story between two paragraphs."""
    if style == "w_read_more_caps":
        return [f"{loc['read_more'].upper()}: {h}"]
    if style == "w_related_colon":
        return [f"{_ten_words(loc)['related']}: {h}"]
    raise ValueError(style)


def ten_separator(sep: str) -> list[str]:
    return [_RULES[sep]]


def ten_block(loc: dict, what: str) -> list[str]:
    """A page block: the consent text of whole sentences, with its buttons."""
    if what == "w_consent":
        w = _ten_words(loc)
        return [w["consent"], w["accept"], w["manage"]]
    raise ValueError(what)


def ten_teaser(rng, fam: dict, loc: dict, heads: list[str], teasers: list[str]) -> list[str]:
    """A truncated teaser between two full stories: a headline, one sentence and ``Read more``."""
    if not fam.get("w_teasers") or not heads or not teasers or rng.random() >= fam["w_teasers"]:
        return []
    return [heads.pop(), teasers.pop(), loc["read_more"]]
