"""The block model's quick path on text pages (CS505): bounds that settle most blocks
without their feature dict must hold the exact logit, and decide what the full path decides."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanscrape.io.text import read_text
from cleanscrape.rules import model
from cleanscrape.rules.base import Context
from cleanscrape.rules.content import classify_block
from cleanscrape.text import ends_sentence

from model_helpers import exact_logits, labelled_before_the_model, labels_fast_and_slow, use_doubting_model

QUICK = ("_settled", "_text_settled")  # the text quick path: per block, and the page's first pass
ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "corpus" / "pages").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.txt"))
# every feature a text block can carry, so a random model weighs each of them
FEATURES = sorted(set(model._TEXT_PART) | set(model.WORD_FEATURES) | set(model._CLASS_KEYS.values())
                  | {"lab:none", "lab:CS501:low-stopword-density", "lab:CS501:short-line-run", "lab:rule:credit"})


def _labelled(text: str) -> Context:
    return labelled_before_the_model(read_text(text))


def _assert_bounds_hold(ctx: Context, m: model.BlockModel) -> None:
    parts: dict[int, float] = {}
    for i, pg, exact in exact_logits(ctx, m):
        if not parts:  # (the page's parts in one pass, as the rule finds them: the same floats)
            parts = model._text_parts(ctx, pg, m.text_weights[0], range(len(ctx.texts)))
        part, n = model._text_part(ctx, pg, m.text_weights[0], i), ctx.lens[i]
        assert parts[i] == part, (i, ctx.texts[i])
        cls = classify_block(ctx.texts[i], pg.stop)[0]
        words = model._shape(n)
        model._words(ctx.texts[i], pg.stop, words)
        for got in (model.text_bounds(m, part, n), model.text_bounds(m, part, n, cls=cls),
                    model.text_bounds(m, part, n, words), model.text_bounds(m, part, n, words, cls)):
            assert got[0] <= exact <= got[1], (i, ctx.texts[i], got, exact)
        # the first bounds the rule reads: its class, its sentence end and the page's language known
        low, high = m.words_given(n, ends_sentence(ctx.texts[i]), pg.stop is None)
        x, c = m.bias + part, m.text_weights[0].get(model._CLASS_KEYS[cls], 0.0)
        assert x + (c + low) - model.ROUNDING <= exact <= x + (c + high) + model.ROUNDING, (i, ctx.texts[i], exact)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_quick_bounds_hold_the_exact_logit_on_every_block(path):
    _assert_bounds_hold(_labelled(path.read_text(encoding="utf-8")), model.load_models()["text"])


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_quick_path_decides_what_the_full_path_decides(path, monkeypatch):
    fast, slow = labels_fast_and_slow(read_text, path.read_text(encoding="utf-8"), QUICK, monkeypatch)
    assert fast == slow


LINES = st.sampled_from([
    "Harbour council approves the new quay",
    "The harbour plan was approved on Monday after a long debate in the council chamber, with nine votes to four.",
    "Work on the new quay starts in spring, and the ferry keeps running while it is built, the council said.",
    "- a longer quay for the ferries", "The plan has three parts:", "Read more: Ferry fares to rise",
    "Photo: Jane Roe / Harbour Agency", "Share this article", "By Jane Roe", "12 comments", "Advertisement",
    "3 March 2026, 07:52", "Home | News | Sport | Weather", "", "Sign up for our newsletter",
    "Die Hafenverwaltung hat am Montag nach einer langen Debatte den Plan für den neuen Kai beschlossen.",
])


@settings(max_examples=60)
@given(st.lists(LINES, min_size=1, max_size=30),
       st.lists(st.floats(-3.0, 3.0, allow_nan=False), min_size=len(FEATURES), max_size=len(FEATURES)),
       st.floats(-3.0, 3.0, allow_nan=False))
def test_quick_bounds_hold_for_any_weights(lines, weights, bias):
    m = model.BlockModel.from_dict({"format": model.FORMAT, "bias": bias, "readmit": 0.6, "remove": 0.4,
                                    "weights": dict(zip(FEATURES, weights))})
    _assert_bounds_hold(_labelled("\n".join(lines) + "\n"), m)


def test_quick_path_decides_what_the_full_path_decides_under_another_model(tmp_path, monkeypatch):
    use_doubting_model(tmp_path, monkeypatch, "text", FEATURES)  # the settled blocks must match
    for page in PAGES[:20]:
        fast, slow = labels_fast_and_slow(read_text, page.read_text(encoding="utf-8"), QUICK, monkeypatch)
        assert fast == slow, page.name
    assert math.isfinite(model.load_models()["text"].words_low(400))
