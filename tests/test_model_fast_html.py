"""The block model's quick path on HTML pages (CS505): the bounds that settle a block from
its markup, position and label, without its feature dict, must hold the exact logit, and
decide what the full path decides."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanscrape.io.html import read_html
from cleanscrape.rules import model
from cleanscrape.rules.base import Context

from model_helpers import exact_logits, labelled_before_the_model, labels_fast_and_slow, use_doubting_model

HTML_QUICK = "_html_settled"  # the HTML quick path: the page's one pass
ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "corpus" / "html" / "pages").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures").rglob("*.html"))
# every feature an HTML block can carry, so a random model weighs each of them
FEATURES = sorted(set(model._HTML_PART) | set(model._MARKUP_KEYS) | set(model.WORD_FEATURES) | set(model._TAG_KEYS.values())
                  | {"tag:other", "media:caption", "media:credit", "media:promo", "lab:none",
                     "lab:CS501:low-stopword-density", "lab:CS502:outside the element", "lab:rule:credit"}
                  | {"zone:" + z for z in model._ZONES})


def _labelled(html: bytes | str) -> Context:
    return labelled_before_the_model(read_html(html))


def _assert_bounds_hold(ctx: Context, m: model.BlockModel) -> None:
    parts: dict[int, float] = {}
    for i, pg, exact in exact_logits(ctx, m):
        if not parts:  # (the page's parts in one pass, as the rule finds them: the same floats as block by block)
            parts = model._html_parts(ctx, pg, m.html_weights, range(len(ctx.texts)))
        part = model._html_part(ctx, pg, m.html_weights, i)
        assert parts[i] == part, (i, ctx.texts[i])
        got = model.html_bounds(m, part, ctx.lens[i])
        assert got[0] <= exact <= got[1], (i, ctx.texts[i], got, exact)


def _assert_settled_as_bounds_say(ctx: Context, m: model.BlockModel, cut: float, keep: float) -> None:
    """The page pass settles exactly the blocks whose ``html_bounds`` (block by block) settle."""
    if not ctx.texts:
        return
    pg, every = model._page(ctx), range(len(ctx.texts))
    want = set()
    for i in every:
        lo, hi = model.html_bounds(m, model._html_part(ctx, pg, m.html_weights, i), ctx.lens[i])
        f = ctx.findings[i]
        if (hi < cut) if f is not None and f.role is not model.Role.CONTENT else (lo > keep):
            want.add(i)
    assert model._html_settled(ctx, pg, m, every, cut, keep) == want


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_quick_bounds_hold_the_exact_logit_on_every_block(path):
    ctx, m = _labelled(path.read_bytes()), model.load_models()["html"]
    _assert_bounds_hold(ctx, m)
    _assert_settled_as_bounds_say(ctx, m, math.log(m.readmit / (1 - m.readmit)), math.inf)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_quick_path_decides_what_the_full_path_decides(path, monkeypatch):
    fast, slow = labels_fast_and_slow(read_html, path.read_bytes(), HTML_QUICK, monkeypatch)
    assert fast == slow


BLOCKS = st.sampled_from([
    "<h1>Harbour council approves the new quay</h1>",
    "<p>The harbour plan was approved on Monday after a long debate in the council chamber, with nine votes.</p>",
    "<p>Work on the new quay starts in spring, and the ferry keeps running while it is built, the council said.</p>",
    "<ul><li><a href='/a'>Ferry fares to rise</a></li><li><a href='/b'>Quay work starts</a></li></ul>",
    "<figure><img src='q.jpg'><figcaption>The quay at dawn. Photo: Jane Roe</figcaption></figure>",
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>", "<aside><p>Read more: Ferry fares to rise</p></aside>",
    "<div class='share-tools'>Share this article</div>", "<p class='byline'>By Jane Roe</p>",
    "<div class='related'><h3>Related</h3><p><a href='/c'>A longer related headline about the quay</a></p></div>",
    "<table><tr><td>Votes</td><td>9</td></tr></table>", "<blockquote>We are pleased, the mayor said.</blockquote>",
    "<footer><p>Sign up for our newsletter</p></footer>", "<div class='comments'><p>Great article!</p></div>",
])


@settings(max_examples=60)
@given(st.lists(BLOCKS, min_size=1, max_size=25), st.booleans(),
       st.lists(st.floats(-3.0, 3.0, allow_nan=False), min_size=len(FEATURES), max_size=len(FEATURES)),
       st.floats(-3.0, 3.0, allow_nan=False))
def test_quick_bounds_hold_for_any_weights(blocks, wrapped, weights, bias):
    body = "".join(blocks)
    body = f"<article><div itemprop='articleBody'>{body}</div></article>" if wrapped else body
    m = model.BlockModel.from_dict({"format": model.FORMAT, "bias": bias, "readmit": 0.6, "remove": 0.4,
                                    "weights": dict(zip(FEATURES, weights))})
    ctx = _labelled(f"<html><body>{body}</body></html>")
    _assert_bounds_hold(ctx, m)
    _assert_settled_as_bounds_say(ctx, m, math.log(0.6 / 0.4), math.log(0.4 / 0.6))


def test_quick_path_decides_what_the_full_path_decides_under_another_model(tmp_path, monkeypatch):
    use_doubting_model(tmp_path, monkeypatch, "html", FEATURES)  # the settled blocks must match
    for page in PAGES:
        fast, slow = labels_fast_and_slow(read_html, page.read_bytes(), HTML_QUICK, monkeypatch)
        assert fast == slow, page.name


def _slow_todo(ctx: Context, m: model.BlockModel) -> list[int]:
    """What the model decides on an HTML page, block by block: ``overturnable`` on every block
    (kept ones when the model drops), then the lines under the first headline or of prose length."""
    fs, drop = ctx.findings, m.remove > 0.0
    todo = [i for i, f in enumerate(fs) if (drop if f is None or f.role is model.Role.CONTENT
                                            else model.overturnable(f, ctx.doc.blocks[i].hints, m.codes, ctx.texts[i]))]
    head = next((k for k, f in enumerate(fs) if f is not None and f.role is model.Role.TITLE), -1)
    return [i for i in todo if i > head or ctx.lens[i] >= model.PROSE]


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_the_blocks_to_decide_are_overturnables_under_the_headline(path):
    ctx, m = _labelled(path.read_bytes()), model.load_models()["html"]
    assert model._todo(ctx, m, "html") == _slow_todo(ctx, m)
    doubting = model.BlockModel.from_dict({"format": model.FORMAT, "bias": 0.0, "readmit": 0.6, "remove": 0.4,
                                           "weights": {}, "codes": ["CS205", "CS304", "CS502:caption"]})
    assert model._todo(ctx, doubting, "html") == _slow_todo(ctx, doubting)


@settings(max_examples=60)
@given(st.lists(BLOCKS, min_size=1, max_size=25), st.booleans(), st.booleans())
def test_the_blocks_to_decide_for_any_page(blocks, wrapped, drops):
    body = "".join(blocks)
    body = f"<article><div itemprop='articleBody'>{body}</div></article>" if wrapped else body
    ctx = _labelled(f"<html><head><title>Harbour council approves the new quay</title></head><body>{body}</body></html>")
    m = model.BlockModel.from_dict({"format": model.FORMAT, "bias": 0.0, "readmit": 0.6, "remove": 0.4 if drops else 0.0,
                                    "weights": {}, "codes": ["CS205", "CS304", "CS502:caption"]})
    assert model._todo(ctx, m, "html") == _slow_todo(ctx, m)
