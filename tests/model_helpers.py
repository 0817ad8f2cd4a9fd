"""What the block model's fast-path tests share: a page labelled by every rule but the model."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from cleanscrape.document import Document
from cleanscrape.pipeline import Pipeline
from cleanscrape.rules import model
from cleanscrape.rules.base import Context
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_trainer(name: str = "cs_train") -> ModuleType:
    """``benchmarks/train.py`` (not a package module), loaded under ``name``."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "train.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def labelled_before_the_model(doc: Document) -> Context:
    """A context for ``doc`` holding what every default rule but CS505 found: what the block
    model sees when it runs."""
    ctx = Context(doc)
    ctx.findings[:] = Pipeline().without("CS505").label(doc).labels
    return ctx


def labels_fast_and_slow(read: Callable[[Any], Document], data: Any, settled: str | tuple[str, ...],
                         monkeypatch: pytest.MonkeyPatch) -> tuple[tuple[object, ...], tuple[object, ...]]:
    """The labels of the page ``data`` (read by ``read``) with the model's quick path, and with
    its quick path (the functions ``settled`` of the model module) switched off: every block
    through the feature dict and the dot product."""
    fast = Pipeline().label(read(data)).labels
    with monkeypatch.context() as mp:
        for name in (settled,) if isinstance(settled, str) else settled:
            mp.setattr(model, name, lambda *a: {})  # (nothing settled: an empty answer)
        slow = Pipeline().label(read(data)).labels
    return fast, slow


def use_doubting_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str, features: Sequence[str]) -> None:
    """Run the pages with a model for ``mode`` that doubts many kept blocks and brings many
    dropped ones back (weights alternating over ``features``): a hard case for the quick path."""
    weights = {k: (0.9 if n % 2 else -0.7) for n, k in enumerate(features)}
    m = {"format": model.FORMAT, "bias": 0.2, "readmit": 0.55, "remove": 0.6, "weights": weights}
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"format": model.FORMAT, "trained_on": {}, "models": {mode: m}}))
    monkeypatch.setenv(model.MODEL_ENV, str(path))


def exact_logits(ctx: Context, m: model.BlockModel) -> Iterator[tuple[int, Any, float]]:
    """Each block of the page, the page's model features and the block's exact logit under ``m``
    (from its full feature dict): what the quick path's bounds must hold."""
    if not ctx.texts:
        return
    pg = model._page(ctx)
    for i in range(len(ctx.texts)):
        yield i, pg, m.logit(model._block(ctx, pg, i))
