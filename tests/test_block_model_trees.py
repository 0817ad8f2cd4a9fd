"""The block model's tree format (CS505, format 2): the loader, the pure-Python evaluation
against a reference, the bounds the quick path reads, and the trainer's trees."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanscrape.io.html import read_html
from cleanscrape.pipeline import Pipeline
from cleanscrape.rules import model
from model_helpers import load_trainer

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "corpus" / "html" / "pages").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures").rglob("*.html"))

# two trees in the file's plain split lists: [feature, threshold, left, right] or [value]
TREES = [
    [["len", 0.5, 1, 4], ["link", 0.3, 2, 3], [0.4], [-0.6], ["stop", 0.25, 5, 6], [-0.2], [0.9]],
    [["main:out", 0.5, 1, 2], [0.1], ["words", 0.4, 3, 4], [-0.5], [0.3]],
]


def _reference(feats: dict[str, float]) -> float:
    """The two trees above, written out as nested conditions (a missing feature reads 0)."""
    g = feats.get
    if g("len", 0.0) <= 0.5:
        first = 0.4 if g("link", 0.0) <= 0.3 else -0.6
    else:
        first = -0.2 if g("stop", 0.0) <= 0.25 else 0.9
    second = 0.1 if g("main:out", 0.0) <= 0.5 else (-0.5 if g("words", 0.0) <= 0.4 else 0.3)
    return first + second


def _tree_model(bias: float = 0.0, weights: dict[str, float] | None = None, readmit: float = 0.6,
                remove: float = 0.0) -> dict:
    return {"format": model.FORMAT, "bias": bias, "readmit": readmit, "remove": remove,
            "weights": weights or {}, "trees": TREES}


def test_trees_evaluate_as_the_reference_on_a_fixed_feature_dict():
    m = model.BlockModel.from_dict(_tree_model(bias=-0.25, weights={"len": 1.5}))
    feats = {"len": 0.8, "stop": 0.3, "main:out": 1.0, "words": 0.35, "link": 0.9}
    assert m.trees is not None
    assert m.trees.total(feats) == pytest.approx(0.9 - 0.5)
    assert m.logit(feats) == pytest.approx(-0.25 + 1.5 * 0.8 + 0.9 - 0.5)
    assert m.logit({}) == pytest.approx(-0.25 + 0.4 + 0.1)  # (every feature missing: 0, left everywhere)


@settings(max_examples=200)
@given(st.dictionaries(st.sampled_from(["len", "link", "stop", "main:out", "words", "other"]),
                       st.floats(0.0, 1.0, allow_nan=False)))
def test_trees_match_the_reference_and_their_bounds_hold_whatever_the_words_say(feats):
    trees = model.Trees.from_lists(TREES)
    assert trees.total(feats) == pytest.approx(_reference(feats))
    known = {k: v for k, v in feats.items() if k not in model.WORD_FEATURES}
    lo, hi = trees.bounds(known, frozenset(model.WORD_FEATURES))
    for stop in (0.0, 0.25, 0.26, 1.0):
        for words in (0.0, 0.4, 0.41, 1.0):
            assert lo - 1e-12 <= trees.total({**known, "stop": stop, "words": words}) <= hi + 1e-12
    assert trees.bounds(feats, frozenset()) == (pytest.approx(_reference(feats)),) * 2


def test_the_loader_reads_both_formats_and_refuses_another():
    linear = model.BlockModel.from_dict({"format": 1, "bias": 0.5, "readmit": 0.6, "remove": 0.0,
                                         "weights": {"len": 1.0}})
    assert linear.trees is None and linear.logit({"len": 2.0}) == pytest.approx(2.5)
    trees = model.BlockModel.from_dict({"format": 2, "bias": 0.0, "readmit": 0.6, "remove": 0.0, "trees": TREES})
    assert trees.weights == {} and trees.trees is not None and len(trees.trees.roots) == 2
    with pytest.raises(ValueError):
        model.BlockModel.from_dict({"format": 3, "bias": 0.0, "readmit": 0.6, "remove": 0.0, "weights": {}})


def _labels(page: bytes, monkeypatch: pytest.MonkeyPatch, quick: bool) -> tuple[object, ...]:
    with monkeypatch.context() as mp:
        if not quick:  # every block through its full feature dict: nothing settled from bounds
            mp.setattr(model, "_tree_settled", lambda ctx, pg, m, i, limit, dropped: model._block(ctx, pg, i))
        return Pipeline().label(read_html(page)).labels


def test_a_tree_model_runs_and_its_quick_path_decides_what_the_full_path_decides(tmp_path, monkeypatch):
    """A tree model on the corpus's HTML pages: the bounds that settle a block before its words
    are read leave every label as the full evaluation gives it, and the model does decide."""
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"format": model.FORMAT, "trained_on": {},
                                "models": {"html": _tree_model(bias=0.3, readmit=0.62, remove=0.45)}}))
    monkeypatch.setenv(model.MODEL_ENV, str(path))
    decided = 0
    for page in PAGES:
        data = page.read_bytes()
        fast = _labels(data, monkeypatch, quick=True)
        assert fast == _labels(data, monkeypatch, quick=False), page.name
        decided += sum(f is not None and f.code == "CS505" for f in fast)  # type: ignore[attr-defined]
    assert decided


def _trainer():
    return load_trainer("cs_train_trees")


def test_boosted_trees_learn_an_interaction_a_linear_model_cannot():
    """Article text only where a block is long AND inside the container: two depth-2 trees
    and more split on both, and score the four corners in the right order."""
    np = pytest.importorskip("numpy")
    train = _trainer()
    rows = []
    for k in range(400):
        long, inside = k % 2, (k // 2) % 2
        feats = {"len": 0.2 + 0.6 * long + 0.001 * (k % 7), "main:in": float(inside), "pos": (k % 10) / 10}
        rows.append((feats, int(long and inside), 1.0 / 400))
    trees = train.fit_trees(rows, np.zeros(len(rows)), 20, 2, 0.3)
    assert trees == train.fit_trees(rows, np.zeros(len(rows)), 20, 2, 0.3)  # (no randomness)
    ens = model.Trees.from_lists(trees)
    both = ens.total({"len": 0.8, "main:in": 1.0})
    assert both > 0 > max(ens.total({"len": 0.8}), ens.total({"len": 0.2, "main:in": 1.0}), ens.total({"len": 0.2}))
    assert all(isinstance(n[0], float) or n[0] in {"len", "main:in", "pos"} for t in trees for n in t)


def test_training_trees_on_a_tiny_dataset_is_deterministic(tmp_path):
    pytest.importorskip("numpy")
    train = _trainer()
    from test_block_model import trained_twice

    data = trained_twice(train, tmp_path, "--trees", "4", "--depth", "2", "--no-linear")
    assert data["format"] == model.FORMAT
    for m in data["models"].values():
        assert m["format"] == model.FORMAT and len(m["trees"]) == 4 and m["weights"] == {}
        model.BlockModel.from_dict(m)
