"""Which learner and threshold the block model (CS505) should use: leave-one-set-out on the fit halves.

    python benchmarks/model_cv.py --bench ../shared/bench
    python benchmarks/model_cv.py --bench ../shared/bench --mode text --trees 0
    python benchmarks/model_cv.py --bench ../shared/bench --mode text --trees 0 --l2 0.3,1,3,10

Reads the same blocks as ``train.py`` (each fittable set's ``fit`` half; ``dragnet`` never),
once, then for each set fits on the other sets and scores the left-out one: the logistic
regression ``train.py`` ships (or one per ridge penalty, ``--l2``: regularisation chosen the
same way as the threshold), and that regression with a small gradient-boosted ensemble of
depth-2/3 trees fitted to its residual (numpy, histogram splits on quantile thresholds:
``--trees``, ``--depth``, ``--rate``). Figures per left-out set: the weighted log-loss of the
blocks the model may decide, and at each readmit probability (``--thresholds``) a page F1 in
the shape of score.py's (precision and recall per page over the labelled blocks' tokens,
averaged over pages, F1 of the two means) where the rules' labels stand but for the model's
drops overturned. It is a proxy of the benchmark (no neighbours pass, no segmentation, a
block's gold label in place of its shingles), for comparing learners and thresholds, not
for quoting as accuracy. Needs numpy (dev only, like ``train.py``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train  # noqa: E402
from cleanscrape.pipeline import Pipeline  # noqa: E402
from cleanscrape.rules.base import Context, Role  # noqa: E402
from cleanscrape.rules.model import block_features, overturnable  # noqa: E402

BINS = 32  # quantile thresholds tried per feature
MIN_HESS = 0.002  # a leaf holds at least this share of the training weight (as Hessian)
LEAF_L2 = 1e-3  # leaf ridge, in units of the training weight


def read_pages(bench: Path, mode: str) -> list[tuple[str, list[tuple[int | None, bool, int, dict | None]]]]:
    """(set, blocks) of every fit page; a block is (gold label, kept by the rules, tokens,
    features when the model may decide it, else None)."""
    codes = frozenset(train.CODES[mode])
    pipeline = Pipeline().without("CS505")
    pages = []
    for name, pid, entry, folder in train.fit_pages(bench, ()):
        path = train._page_input(folder, pid, mode)
        if not path.exists():
            continue
        gold, doc = train.Gold(entry), train._read(path, mode)
        ctx = Context(doc)
        ctx.findings[:] = pipeline.label(doc).labels
        todo = [i for i, (b, f) in enumerate(zip(doc.blocks, ctx.findings)) if overturnable(f, b.hints, codes, b.text)]
        feats = block_features(ctx, todo)
        pages.append((name, [(gold.label(b.text), f is None or f.role is Role.CONTENT, len(train.tokens(b.text)),
                              feats.get(i)) for i, (b, f) in enumerate(zip(doc.blocks, ctx.findings))]))
    return pages


def examples(pages: list) -> tuple[list[tuple[int, int]], list[dict], np.ndarray, np.ndarray, np.ndarray]:
    """Where (page, block), features, labels, weights (train.py's: each page weighs the
    same) and set names of the blocks the model may decide."""
    at, feats, ys, ws, sets = [], [], [], [], []
    for p, (name, blocks) in enumerate(pages):
        mine = [(k, b) for k, b in enumerate(blocks) if b[3] is not None and b[0] is not None]
        total = sum(b[2] + 3.0 for _, b in mine)
        for k, b in mine:
            at.append((p, k))
            feats.append(b[3])
            ys.append(float(b[0]))
            ws.append((b[2] + 3.0) / total)
            sets.append(name)
    return at, feats, np.array(ys), np.array(ws), np.array(sets)


def matrix(feats: list[dict], names: list[str] | None = None) -> tuple[np.ndarray, list[str]]:
    if names is None:
        counts: dict[str, int] = {}
        for x in feats:
            for k in x:
                counts[k] = counts.get(k, 0) + 1
        names = sorted(k for k, c in counts.items() if c >= train.MIN_COUNT)
    col = {k: j for j, k in enumerate(names)}
    X = np.zeros((len(feats), len(names) + 1))
    X[:, -1] = 1.0
    for r, x in enumerate(feats):
        for k, v in x.items():
            j = col.get(k)
            if j is not None:
                X[r, j] = v
    return X, names


def logistic(X: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float | None = None) -> np.ndarray:
    """train.fit's regression (Newton, L2 on all but the bias: ``l2``, train.L2 by default), on
    a dense matrix."""
    beta = np.zeros(X.shape[1])
    ridge = np.full(X.shape[1], train.L2 if l2 is None else l2)
    ridge[-1] = 0.0
    for _ in range(train.NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ beta, -30, 30)))
        step = np.linalg.solve((X * (w * p * (1 - p))[:, None]).T @ X + np.diag(ridge + 1e-9),
                               X.T @ (w * (p - y)) + ridge * beta)
        beta -= step
        if float(np.max(np.abs(step))) < 1e-7:
            break
    return beta


def _grow(X: np.ndarray, B: np.ndarray, edges: list, g: np.ndarray, h: np.ndarray, idx: np.ndarray, depth: int,
          ridge: float, min_h: float, rate: float) -> tuple:
    leaf = ("leaf", round(float(-g[idx].sum() / (h[idx].sum() + ridge) * rate), train.DIGITS))
    if depth == 0:
        return leaf
    split = train._best_split(B[idx], edges, g[idx], h[idx], ridge, min_h)  # (the shipped trainer's split search)
    if split is None:
        return leaf
    j, b = split
    left = B[idx, j] <= b
    return ("node", j, float(edges[j][b]), _grow(X, B, edges, g, h, idx[left], depth - 1, ridge, min_h, rate),
            _grow(X, B, edges, g, h, idx[~left], depth - 1, ridge, min_h, rate))


def predict(tree: tuple, X: np.ndarray) -> np.ndarray:
    if tree[0] == "leaf":
        return np.full(len(X), tree[1])
    left = X[:, tree[1]] <= tree[2]
    out = np.empty(len(X))
    out[left] = predict(tree[3], X[left])
    out[~left] = predict(tree[4], X[~left])
    return out


def boost(X: np.ndarray, y: np.ndarray, w: np.ndarray, base: np.ndarray, trees: int, depth: int,
          rate: float) -> list[tuple]:
    """Trees fitted to the logistic loss's gradient, starting from the logits ``base``
    (a split goes left at ``x <= threshold``, thresholds rounded as a shipped file would)."""
    edges = [np.unique(np.round(np.quantile(X[:, j], np.linspace(0, 1, BINS + 1)[1:-1]), train.DIGITS))
             for j in range(X.shape[1] - 1)]
    B = np.stack([np.searchsorted(e, X[:, j], side="left") for j, e in enumerate(edges)], axis=1)
    ridge, min_h = LEAF_L2 * w.sum(), MIN_HESS * w.sum()
    F, out = base.copy(), []
    for _ in range(trees):
        p = 1.0 / (1.0 + np.exp(-np.clip(F, -30, 30)))
        tree = _grow(X, B, edges, w * (p - y), w * p * (1 - p), np.arange(len(y)), depth, ridge, min_h, rate)
        out.append(tree)
        F = F + predict(tree, X)
    return out


def page_f1(pages: list, at: list[tuple[int, int]], back: np.ndarray, name: str) -> float:
    """The proxy F1 of set ``name``: the rules' labels, but the dropped blocks at ``at`` where
    ``back`` says so kept."""
    readmit = {a for a, b in zip(at, back) if b}
    P, R = [], []
    for p, (set_name, blocks) in enumerate(pages):
        if set_name != name:
            continue
        tp = fp = fn = 0.0
        for k, (y, kept, n, _) in enumerate(blocks):
            if y is None:
                continue
            keep = kept or (p, k) in readmit
            tp, fp, fn = tp + (n if keep and y else 0), fp + (n if keep and not y else 0), fn + (n if y and not keep else 0)
        if tp + fp or fn:
            P.append(tp / (tp + fp) if tp + fp else 0.0)
        if tp + fn:
            R.append(tp / (tp + fn))
    mp, mr = float(np.mean(P)), float(np.mean(R))
    return 2 * mp * mr / (mp + mr) if mp + mr else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, required=True)
    ap.add_argument("--mode", choices=train.MODES, default="html")
    ap.add_argument("--trees", type=int, default=50, help="boosted trees on the regression's residual (0: none)")
    ap.add_argument("--depth", type=int, default=3)
    ap.add_argument("--rate", type=float, default=0.1)
    ap.add_argument("--thresholds", default="0.45,0.5,0.57,0.65", help="readmit probabilities scored")
    ap.add_argument("--l2", default=None, metavar="LIST",
                    help=f"comma-separated ridge penalties, one logistic learner each (default: train.py's {train.L2})")
    args = ap.parse_args(argv)
    ths = [float(t) for t in args.thresholds.split(",")]
    l2s = [train.L2] if args.l2 is None else [float(v) for v in args.l2.split(",")]
    pages = read_pages(args.bench, args.mode)
    at, feats, y, w, sets = examples(pages)
    ridges = {("logistic" if args.l2 is None else f"logistic l2={v:g}"): v for v in l2s}
    learners = [*ridges] + ([f"+{args.trees} trees d{args.depth}"] if args.trees else [])
    table: dict[str, list[list[float]]] = {name: [] for name in learners}
    held_sets = [s for s in train.SETS if s in set(sets.tolist())]
    for held in held_sets:
        tr, te = np.where(sets != held)[0], np.where(sets == held)[0]
        Xtr, names = matrix([feats[i] for i in tr])
        Xte, _ = matrix([feats[i] for i in te], names)
        betas = {name: logistic(Xtr, y[tr], w[tr], v) for name, v in ridges.items()}
        logits = {name: Xte @ b for name, b in betas.items()}
        if args.trees:
            beta = betas[next(iter(ridges))]  # (the trees fit the first ridge's residual)
            ens = boost(Xtr, y[tr], w[tr], Xtr @ beta, args.trees, args.depth, args.rate)
            logits[learners[1]] = Xte @ beta + sum((predict(t, Xte) for t in ens), np.zeros(len(te)))
        for name, z in logits.items():
            p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
            loss = -float(np.sum(w[te] * (y[te] * np.log(p + 1e-12) + (1 - y[te]) * np.log(1 - p + 1e-12))) / w[te].sum())
            kept_out = [at[i] for i in te]
            row = [loss] + [page_f1(pages, kept_out, p >= t, held) for t in ths]
            table[name].append(row)
            print(f"{held:18} {name:18} log-loss {loss:.4f}  " + "  ".join(f"{t}: {f:.4f}" for t, f in zip(ths, row[1:])),
                  flush=True)
    for name, rows in table.items():
        mean = np.mean(np.array(rows), axis=0)
        print(f"{'mean':18} {name:18} log-loss {mean[0]:.4f}  " + "  ".join(f"{t}: {f:.4f}" for t, f in zip(ths, mean[1:])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
