"""Block scoring fitted on real pages: a logistic model over what the engine already knows.

The hand rules decide first. This decision reads, for each block, its shape
(length, words, function-word density, sentence end), its HTML hints (tag, link
density, the zones it sits in, class words, the text container the reader found),
its position and neighbours, whether it repeats on the page, and the label the
rules gave it (a rule's finding is a feature). Its weights come from the fit
halves of the benchmark sets (``benchmarks/train.py``) and ship as a small
reviewable JSON file, ``data/block_model.json``: names and numbers, no text.

It may only overturn the generic decisions (content scoring, CS501, and the
markup's "outside the text container", CS502): a block they dropped that the
model is confident is article text comes back, and a block they kept that the
model is confident is boilerplate goes, with code CS505 and the model's score
in the audit. Named artefact rules (credits, captions, teasers...) keep their
precedence. ``CLEANSCRAPE_MODEL=path`` loads another model file (a
leave-one-set-out run).
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from types import MappingProxyType
from typing import Iterator, Mapping, Sequence

from ..document import Finding, Role
from ..text import ends_sentence, norm_key
from .base import Context, Rule
from .content import detect_language

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "block_model.json"
MODEL_ENV = "CLEANSCRAPE_MODEL"
FORMAT = 1

_WORD = re.compile(r"[^\W\d_]+")
_TAGS = {"p": "p", "li": "li", "h1": "h1", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4",
         "td": "table", "th": "table", "tr": "table", "caption": "table", "pre": "pre",
         "blockquote": "quote", "div": "div", "dd": "dl", "dt": "dl", "br": "br", "section": "div",
         "article": "div", "figcaption": "fig", "figure": "fig", "span": "inline", "a": "inline"}
_ZONES = ("nav", "header", "footer", "aside", "figure", "form", "article", "main", "articleBody")
# generic decisions the model may overturn (content scoring, and the markup's "outside the
# text container"); every other rule's label stands
GENERIC = frozenset({"CS501", "CS502"})


def overturnable(f: Finding | None, hints: Mapping[str, object] = MappingProxyType({})) -> bool:
    """Whether the model may decide a block labelled ``f``: unlabelled or kept blocks, and
    the generic decisions' drops (CS501; CS502 where it judges by zones, containers and link
    text, but not a caption, a credit, the headline, an article nested in the article or a
    comment section, which the markup names: readmitting those cost whole comment threads
    and related-story rails on the fit pages)."""
    if f is None or f.role is Role.CONTENT:
        return True
    return f.code in GENERIC and f.role not in _NAMED_BY_MARKUP and not hints.get("comments")


# what CS502 finds by name: never overturned
_NAMED_BY_MARKUP = frozenset({Role.CAPTION, Role.CREDIT, Role.TITLE, Role.RELATED})
REASON_WORDS = 3  # a CS501/CS502 reason's first words name the feature that decided
WINDOW = 3  # neighbours on each side whose kept text counts as the block's surroundings
PROSE = 80  # characters: a block this long counts as prose where the container's share is measured
LENGTH_SCALE = 7.0  # log1p(characters) / this: about 1 for a 1,100-character paragraph


def _reason_key(code: str, reason: str) -> str:
    """A short key for what a generic rule said (`CS501:low-stopword-density`,
    `CS502:outside`)."""
    if code == "CS501":
        return "CS501:" + reason.rsplit(":", 1)[-1].strip()
    return "CS502:" + " ".join(reason.split()[:REASON_WORDS])


def _label_key(f: Finding | None) -> str:
    if f is None or f.role is Role.CONTENT:
        return "none"
    if f.code in GENERIC:
        return _reason_key(f.code, f.reason)
    return "rule:" + f.role.value


def _shape(text: str, stop: frozenset[str] | None) -> dict[str, float]:
    n = len(text)
    toks = _WORD.findall(text.lower())
    words = len(toks)
    out = {"len": math.log1p(n) / LENGTH_SCALE, "words": math.log1p(words) / LENGTH_SCALE,
           "ends": 1.0 if ends_sentence(text) else 0.0}
    if stop is None:
        out["stop_unknown"] = 1.0
    elif words:
        out["stop"] = sum(map(stop.__contains__, toks)) / words
        out["stop_len"] = out["stop"] * out["len"]
    if words:
        caps = sum(1 for w in text.split() if w[:1].isupper())
        out["caps"] = caps / max(len(text.split()), 1)
    digits = sum(c.isdigit() for c in text[:200])
    if digits:
        out["digits"] = digits / min(n, 200)
    if n < 40:
        out["short"] = 1.0
    return out


def _hints(h: Mapping[str, object]) -> dict[str, float]:
    out: dict[str, float] = {"html": 1.0}
    out["tag:" + _TAGS.get(str(h.get("tag")), "other")] = 1.0
    for z in h.get("zones", ()) or ():  # type: ignore[union-attr]
        if z in _ZONES:
            out["zone:" + z] = 1.0
    if h.get("comments"):
        out["comments"] = 1.0
    media = h.get("media")
    if media:
        out["media:" + str(media)] = 1.0
    link = float(h.get("link_density", 0.0) or 0.0)  # type: ignore[arg-type]
    if link:
        out["link"] = min(link, 1.0)
    main = h.get("main")
    if main is not None:
        out["main:in" if main else "main:out"] = 1.0
    cls = h.get("class_words")
    if cls:
        pos, neg = cls  # type: ignore[misc]
        out["class:pos"] = min(pos, 3) / 3
        out["class:neg"] = min(neg, 3) / 3
    return out


@dataclass
class _Page:
    """Page-level facts the block features read, computed once per page."""

    stop: frozenset[str] | None
    kept: list[int]  # characters of each block still kept (0: dropped)
    before: list[int]  # characters before each block
    total: int
    page_kept: float
    keys: list[str]
    seen: dict[str, int]
    tags: list[object]
    outside: float  # the share of the page's prose the text container leaves out
    labels: list[str]
    label_share: dict[str, float]  # the share of the page's prose each label took


def _page(ctx: Context) -> _Page:
    texts, blocks = ctx.texts, ctx.doc.blocks
    kept = [n if ctx.is_open(i) else 0 for i, n in enumerate(ctx.lens)]
    total = sum(ctx.lens) or 1
    keys = [norm_key(t) if len(t) <= 200 else "" for t in texts]
    seen: dict[str, int] = {}
    for k in keys:
        if k:
            seen[k] = seen.get(k, 0) + 1
    prose = [n if n >= PROSE else 0 for n in ctx.lens]
    all_prose = sum(prose) or 1
    inside = sum(p for p, b in zip(prose, blocks) if b.hints.get("main"))
    labels = [_label_key(f) for f in ctx.findings]
    by_label: dict[str, int] = {}
    for lab, p in zip(labels, prose):
        by_label[lab] = by_label.get(lab, 0) + p
    return _Page(detect_language(texts), kept, list(accumulate(ctx.lens, initial=0)), total, sum(kept) / total, keys, seen,
                 [b.hints.get("tag") for b in blocks], (1 - inside / all_prose) if inside else 0.0,
                 labels, {k: v / all_prose for k, v in by_label.items()})


def _block(ctx: Context, pg: _Page, i: int) -> dict[str, float]:
    texts, lens, kept, tags = ctx.texts, ctx.lens, pg.kept, pg.tags
    n = len(texts)
    f = _shape(texts[i], pg.stop)
    lab = pg.labels[i]
    f["lab:" + lab] = 1.0
    if lab != "none":
        f["lab_share"] = pg.label_share[lab]  # a label that took most of the prose may be wrong
    hints = ctx.doc.blocks[i].hints
    if hints:
        f.update(_hints(hints))
        if "main:out" in f:
            f["main:out_prose"] = pg.outside
    f["pos"] = i / n
    f["pos_chars"] = pg.before[i] / pg.total
    f["page_kept"] = pg.page_kept
    lo, hi = max(0, i - WINDOW), min(n, i + WINDOW + 1)
    around = sum(lens[lo:hi]) - lens[i]
    if around:
        f["near_kept"] = (sum(kept[lo:hi]) - kept[i]) / around
    if i > 0:
        f["prev_len"] = math.log1p(lens[i - 1]) / LENGTH_SCALE
        f["prev_open"] = 1.0 if kept[i - 1] else 0.0
    if i + 1 < n:
        f["next_len"] = math.log1p(lens[i + 1]) / LENGTH_SCALE
        f["next_open"] = 1.0 if kept[i + 1] else 0.0
    if tags[i] is not None and ((i > 0 and tags[i - 1] == tags[i]) or (i + 1 < n and tags[i + 1] == tags[i])):
        f["same_tag_run"] = 1.0
    if pg.keys[i] and pg.seen[pg.keys[i]] > 1:
        f["repeated"] = 1.0
    return f


def block_features(ctx: Context, indices: Sequence[int] | None = None) -> dict[int, dict[str, float]]:
    """The features of the blocks ``indices`` (default: all) of a labelled page, by block
    index (sparse: name -> value)."""
    if not ctx.texts:
        return {}
    pg = _page(ctx)
    return {i: _block(ctx, pg, i) for i in (range(len(ctx.texts)) if indices is None else indices)}


@dataclass(frozen=True)
class BlockModel:
    """Weights by feature name, a bias, and the two confidence thresholds."""

    weights: Mapping[str, float]
    bias: float
    readmit: float  # a generic rule's drop is overturned at this probability of article text or more
    remove: float  # a kept block goes at this probability or less
    meta: Mapping[str, object]

    def score(self, feats: Mapping[str, float]) -> float:
        w = self.weights
        z = self.bias + sum(v * w.get(k, 0.0) for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> "BlockModel":
        if data.get("format") != FORMAT:
            raise ValueError(f"block model format {data.get('format')!r}, expected {FORMAT}")
        return cls(dict(data["weights"]), float(data["bias"]),  # type: ignore[arg-type]
                   float(data["readmit"]), float(data["remove"]), dict(data.get("training", {})))  # type: ignore[arg-type]


@lru_cache(maxsize=4)
def _load(path: str) -> dict[str, BlockModel]:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return {mode: BlockModel.from_dict(m) for mode, m in data["models"].items()}


def load_models(path: str | os.PathLike[str] | None = None) -> dict[str, BlockModel]:
    """The models by input mode (``html``, ``text``): from ``path``, else the file named by
    ``CLEANSCRAPE_MODEL``, else the shipped one."""
    return _load(str(path or os.environ.get(MODEL_ENV) or MODEL_FILE))


@dataclass(frozen=True)
class BlockModelRule(Rule):
    """
    What it removes: blocks the generic content decisions kept that a model fitted
    on real pages scores as boilerplate with high confidence (link-like lines, menus
    and footers in no named rule's vocabulary); and it brings back blocks those
    decisions dropped that the model scores as article text with high confidence.
    Why: the generic decisions rest on hand-set thresholds; the model weighs the same
    signals (shape, markup, position, neighbours, other rules' labels) with weights
    fitted on the fit halves of real benchmark pages.
    Example: `Home | World | Business | Sport` kept by content scoring on a page whose
    text sits elsewhere
    Kept: a short paragraph or list item between paragraphs of the article.
    """

    modes: Sequence[str] = ("html",)  # text: fitted too, but it lowered scrapinghub on the fit half

    def check(self, ctx: Context) -> Iterator[Finding]:
        blocks = ctx.doc.blocks
        if not blocks:
            return
        mode = "html" if blocks[0].hints else "text"
        if mode not in self.modes:
            return
        model = load_models().get(mode)
        if model is None:
            return
        findings = ctx.findings
        drop = model.remove > 0.0
        todo = [i for i, f in enumerate(findings) if overturnable(f, blocks[i].hints)
                and (drop or (f is not None and f.role is not Role.CONTENT))]
        for i, feats in block_features(ctx, todo).items():
            f = findings[i]
            p = model.score(feats)
            if f is None or f.role is Role.CONTENT:
                if p <= model.remove:
                    yield self.finding(i, f"block model: article text at p={p:.2f}")
            elif p >= model.readmit:
                yield self.finding(i, f"block model: article text at p={p:.2f} (was {f.code})",
                                   role=Role.CONTENT, priority=self.priority + 50)


BLOCK_MODEL = BlockModelRule("CS505", "block-model",
                             "blocks a model fitted on real pages scores as boilerplate (or brings back as text)",
                             Role.BOILERPLATE, fix_safe=False)
