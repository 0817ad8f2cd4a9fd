"""The block model (CS505): the shipped file, its trainer, and how the engine applies it."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import pytest

from cleanscrape.document import Finding, Role
from cleanscrape.io.html import read_html
from cleanscrape.io.text import read_text
from cleanscrape.pipeline import Pipeline
from cleanscrape.rules.base import Context
from cleanscrape.rules import headings, model
from model_helpers import load_trainer

ROOT = Path(__file__).resolve().parent.parent


def _trainer():
    return load_trainer("cs_train")


def test_shipped_model_loads_and_names_its_training_inputs():
    data = json.loads(model.MODEL_FILE.read_text(encoding="utf-8"))
    # each mode's model carries its own training record (the shipped text model, fitted before
    # the record held a sha256 per mode, names its sets only)
    for mode, m in data["models"].items():
        trained = m["training"]
        assert trained["split"] == "fit" and trained["sets"] and "dragnet" not in trained["sets"]
        assert re.fullmatch(r"[0-9a-f]{64}", trained["inputs_sha256"]) if mode == "html" or \
            "inputs_sha256" in trained else True
    models = model.load_models(model.MODEL_FILE)
    assert "html" in models
    for m in models.values():
        assert 0.0 <= m.remove < 1.0 and 0.5 < m.readmit < 1.0
        assert m.weights and all(isinstance(v, float) for v in m.weights.values())



BENCH = ROOT.parent / "shared" / "bench"  # the benchmark sets beside the checkout, where there are any


@pytest.mark.skipif(not (BENCH / "scrapinghub" / "split.json").is_file(), reason="../shared/bench not here")
def test_shipped_models_record_the_inputs_their_fit_reads():
    """Each shipped model that records a sha256 of its inputs (the HTML model; the text model,
    fitted before the record held one, does not: issue #19) records the one of the fit pages
    and gold that ``train.py`` reads today: a change to the benchmark's pages, gold or split
    makes the file stale and this fails, in a second; ``train.py --check`` (minutes) also refits
    and compares the weights."""
    pytest.importorskip("numpy")
    train = _trainer()
    data = json.loads(model.MODEL_FILE.read_text(encoding="utf-8"))
    assert "inputs_sha256" in data["models"]["html"]["training"]
    for mode, m in data["models"].items():
        if "inputs_sha256" in m["training"]:
            assert m["training"]["inputs_sha256"] == train.inputs_sha256(BENCH, mode), mode
        assert m["training"]["sets"] == [s for s in train.SETS if (BENCH / s / "split.json").exists()]


def test_model_cv_fits_one_regression_per_ridge_penalty():
    """``model_cv.py --l2 LIST`` chooses the regularisation by leave-one-set-out as it chooses the
    threshold: its regression takes the penalty as an argument (train.py's L2 when not given),
    and a larger penalty shrinks the weights but not the bias."""
    import importlib.util
    import sys

    np = pytest.importorskip("numpy")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec = importlib.util.spec_from_file_location("cs_model_cv", ROOT / "benchmarks" / "model_cv.py")
        assert spec and spec.loader
        cv = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(cv)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    X = np.array([[1.0, 0.0, 1.0], [0.9, 0.2, 1.0], [0.1, 1.0, 1.0], [0.0, 0.8, 1.0], [0.6, 0.5, 1.0]])
    y, w = np.array([1.0, 1.0, 0.0, 0.0, 1.0]), np.full(5, 0.2)
    loose, tight = cv.logistic(X, y, w, 0.01), cv.logistic(X, y, w, 100.0)
    assert np.abs(tight[:-1]).sum() < np.abs(loose[:-1]).sum()
    assert np.allclose(cv.logistic(X, y, w), cv.logistic(X, y, w, cv.train.L2))


def test_shipped_thresholds_are_the_trainers():
    """The shipped file's confidence thresholds are the ones ``train.py`` writes (html readmits
    at 0.57: it ties 0.65 on the fit halves and keeps more text), so a retrain keeps them."""
    pytest.importorskip("numpy")
    train = _trainer()
    shipped = model.load_models(model.MODEL_FILE)
    assert {mode: m.readmit for mode, m in shipped.items()} == train.READMIT
    assert shipped["html"].readmit == 0.57


PAGE = """<html><head><title>Harbour plan</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="story"><p>The harbour plan was approved on Monday after a long debate in the council chamber.</p>
<p>Work on the new quay starts in spring, and the ferry keeps running while it is built.</p>
<p>The council will review the costs again next year, when the first phase is finished.</p></div>
<footer><p>Contact us</p></footer></body></html>"""


def _write_model(path: Path, bias: float, readmit: float = 0.9, remove: float = 0.1) -> None:
    m = {"format": model.FORMAT, "bias": bias, "readmit": readmit, "remove": remove, "weights": {}}
    path.write_text(json.dumps({"format": model.FORMAT, "trained_on": {}, "models": {"html": m}}))


def test_env_var_loads_another_model_and_its_drops_carry_code_and_score(tmp_path, monkeypatch):
    path = tmp_path / "m.json"
    _write_model(path, bias=-10.0)  # scores every block as boilerplate
    monkeypatch.setenv(model.MODEL_ENV, str(path))
    labelled = Pipeline().label(read_html(PAGE))
    dropped = [f for f in labelled.labels if f is not None and f.code == "CS505"]
    assert dropped and all(f.role is Role.BOILERPLATE and "p=0.00" in f.reason for f in dropped)


def test_a_confident_model_brings_back_what_the_generic_rules_dropped(tmp_path, monkeypatch):
    path = tmp_path / "m.json"
    _write_model(path, bias=10.0)
    monkeypatch.setenv(model.MODEL_ENV, str(path))
    labelled = Pipeline().label(read_html(PAGE))
    for i, f in enumerate(labelled.labels):
        if f is not None and f.code in ("CS501", "CS502") and f.role is Role.BOILERPLATE:
            pytest.fail(f"block {i} still dropped by {f.code}")
    assert any(f is not None and f.code == "CS505" and f.role is Role.CONTENT for f in labelled.labels) or \
        not any(f is not None and f.code in ("CS501", "CS502") for f in Pipeline().without("CS505").label(
            read_html(PAGE)).labels if f is not None and f.role is Role.BOILERPLATE)


def test_named_rules_keep_precedence(tmp_path, monkeypatch):
    path = tmp_path / "m.json"
    _write_model(path, bias=10.0)
    monkeypatch.setenv(model.MODEL_ENV, str(path))
    base = Pipeline().without("CS505").label(read_html(PAGE)).labels
    got = Pipeline().label(read_html(PAGE)).labels
    for old, new in zip(base, got):
        if old is not None and not model.overturnable(old):
            assert new == old


def _tiny_bench(root: Path) -> None:
    folder = root / "scrapinghub"
    (folder / "html").mkdir(parents=True)
    (folder / "text").mkdir()
    gold, split = {}, {}
    for k in range(4):
        pid = f"page{k}"
        body = f"Story number {k} tells how the harbour plan was approved after a long debate in the council."
        html = (f"<html><body><nav><a href='/'>Home</a> <a href='/x'>World</a></nav><article><p>{body}</p>"
                f"<p>Short line {k}.</p></article><footer>Contact us today</footer></body></html>")
        (folder / "html" / f"{pid}.html").write_text(html, encoding="utf-8")
        (folder / "text" / f"{pid}.txt").write_text(f"Home\nWorld\n{body}\nShort line {k}.\nContact us today\n",
                                                     encoding="utf-8")
        gold[pid] = {"articleBody": f"{body}\n\nShort line {k}.", "url": f"https://example.org/{k}"}
        split[pid] = "fit" if k < 3 else "check"
    (folder / "ground-truth.json").write_text(json.dumps(gold), encoding="utf-8")
    (folder / "split.json").write_text(json.dumps(split), encoding="utf-8")


def trained_twice(train, tmp_path, *options: str) -> dict:
    """The model file ``train.py`` writes for a tiny bench, run twice with ``options``: the two
    files' bytes are the same, and this is what they hold."""
    _tiny_bench(tmp_path / "bench")
    outs = []
    for n in range(2):
        out = tmp_path / f"model{n}.json"
        assert train.main(["--bench", str(tmp_path / "bench"), "--out", str(out), *options]) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    return json.loads(outs[0])


def test_training_on_a_tiny_dataset_is_deterministic(tmp_path):
    pytest.importorskip("numpy")
    train = _trainer()
    data = trained_twice(train, tmp_path)
    assert all(m["training"]["sets"] == ["scrapinghub"] for m in data["models"].values())
    assert set(data["models"]) <= {"html", "text"} and data["models"]
    model.BlockModel.from_dict(next(iter(data["models"].values())))
    # leave-one-set-out: with the only set left out there is nothing to fit on
    assert train.main(["--bench", str(tmp_path / "bench"), "--exclude-set", "scrapinghub",
                       "--out", str(tmp_path / "none.json")]) == 2



def test_a_one_mode_refit_keeps_the_other_modes_model_and_record(tmp_path):
    """Each mode's model carries its own training record: once the text inputs change, the
    text model alone is stale, a text refit rewrites the text model and record alone, and the
    HTML model's ``--check`` passes before and after it (issue #19)."""
    pytest.importorskip("numpy")
    train = _trainer()
    data = trained_twice(train, tmp_path)
    assert set(data["models"]) == {"html", "text"} and "trained_on" not in data
    bench, out = str(tmp_path / "bench"), tmp_path / "model0.json"
    text = tmp_path / "bench" / "scrapinghub" / "text" / "page0.txt"
    text.write_text(text.read_text(encoding="utf-8") + "Share this story\n", encoding="utf-8")
    assert train.main(["--bench", bench, "--out", str(out), "--mode", "text", "--check"]) == 1
    assert train.main(["--bench", bench, "--out", str(out), "--mode", "html", "--check"]) == 0
    assert train.main(["--bench", bench, "--out", str(out), "--check"]) == 1
    assert train.main(["--bench", bench, "--out", str(out), "--mode", "text"]) == 0
    refit = json.loads(out.read_text(encoding="utf-8"))
    assert refit["models"]["html"] == data["models"]["html"]
    new, old = refit["models"]["text"]["training"], data["models"]["text"]["training"]
    assert new["inputs_sha256"] != old["inputs_sha256"] and new["sets"] == ["scrapinghub"]
    for mode in ([], ["--mode", "html"], ["--mode", "text"]):
        assert train.main(["--bench", bench, "--out", str(out), *mode, "--check"]) == 0


def test_rows_dump_is_what_the_fit_reads(tmp_path):
    """``--rows FILE`` writes a mode's training rows (set, id, block, finding, gold label,
    weight, features), the very rows the fit reads, and fits nothing: two trees' dumps show
    what moved a refit (issue #19: the stale text model)."""
    pytest.importorskip("numpy")
    train = _trainer()
    _tiny_bench(tmp_path / "bench")
    bench, rows = tmp_path / "bench", tmp_path / "rows.jsonl"
    assert train.main(["--bench", str(bench), "--mode", "text", "--rows", str(rows),
                       "--out", str(tmp_path / "never.json")]) == 0
    assert not (tmp_path / "never.json").exists()
    got = [json.loads(line) for line in rows.read_text(encoding="utf-8").splitlines()]
    fitted = train.examples(bench, (), "text", hashlib.sha256())
    assert [(r["features"], r["label"]) for r in got] == [(x, y) for x, y, _ in fitted]
    assert [r["weight"] for r in got] == pytest.approx([w for _, _, w in fitted])
    assert {r["set"] for r in got} == {"scrapinghub"} and {r["id"] for r in got} <= {"page0", "page1", "page2"}
    assert all(isinstance(r["block"], int) and (r["finding"] is None or ":" in r["finding"]) for r in got)
    with pytest.raises(SystemExit):  # one mode at a time
        train.main(["--bench", str(bench), "--rows", str(rows)])


def _para(k: int) -> str:
    return (f"<p>The council met again on Tuesday evening to discuss part {k} of the harbour plan, and the "
            "members agreed that the work on the new quay should start in the spring, while the ferry keeps "
            "running.</p>")


# the standfirst in an element of its own above the text container: CS502 drops it as outside
# the container, the shipped model brings it back (as the fit pages taught it)
LEAD_PAGE = f"""<html><head><title>Harbour plan approved</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<h1>Harbour plan approved</h1>
<div><p>The port said the first ships would use the new quay in the autumn of next year, when the cranes are
back.</p></div>
<div class="story-body">{''.join(_para(k) for k in range(6))}</div>
<div class="related"><ul><li><a href="/a">Ferry fares rise again</a></li><li><a href="/b">New bridge opens</a></li>
</ul></div>
<footer><p>Contact us</p></footer></body></html>"""


def test_shipped_model_brings_back_a_standfirst_outside_the_container(monkeypatch):
    monkeypatch.delenv(model.MODEL_ENV, raising=False)
    doc = read_html(LEAD_PAGE)
    lead = next(i for i, b in enumerate(doc.blocks) if b.text.startswith("The port said"))
    base = Pipeline().without("CS505").label(doc)
    assert base.labels[lead] is not None and base.labels[lead].code == "CS502"
    got = Pipeline().label(doc)
    f = got.labels[lead]
    assert f is not None and f.code == "CS505" and f.role is Role.CONTENT and "p=" in f.reason
    # the nav, the related box and the footer stay out: named by their markup
    for i, b in enumerate(doc.blocks):
        if b.text in ("Home", "Ferry fares rise again", "Contact us"):
            assert got.role(i) is not Role.CONTENT


# a text page (naive scraped text): a ticker of other stories' teasers above the headline,
# the article, then a comment under a comment prompt
TEXT_PAGE = """Velmora ferry operator raises fares | Harbour Daily
Home
Markets
Companies
Sign In
Breaking: Calder Bay council approves the new tram line The council voted nine to two on Tuesday to build it.
Lindau brewer reports record autumn sales The brewer said sales rose by a fifth in October and November.
Ommer valley flood walls finished early Work on the new walls along the river ended three weeks ahead of plan.
Transport
Velmora ferry operator raises fares
Harbour Wire November 18, 2025 11:03 PM
The operator of the Velmora ferries said on Tuesday that fares would rise by eight percent in January.
Facebook
Twitter
The company blamed the higher price of fuel and the long refit of two of its boats, which cut the number of crossings.
"The refit is behind us, and the boats are already back on the water," the chief executive told reporters in the port.
Passenger groups said the rise came at a bad time for families who use the ferry to reach work and school every day.
Comments
Write a comment
Ana
I take this ferry every day and the price is already too high for what we get.
"""
TEASERS = (5, 6, 7)
COMMENT = 20


def _write_text_model(path: Path, bias: float) -> None:
    m = {"format": model.FORMAT, "bias": bias, "readmit": 0.9, "remove": 0.0, "weights": {}}
    path.write_text(json.dumps({"format": model.FORMAT, "trained_on": {}, "models": {"text": m}}))


def test_text_pages_get_the_text_model(tmp_path, monkeypatch):
    path = tmp_path / "m.json"
    _write_text_model(path, bias=10.0)  # scores every block as article text
    monkeypatch.setenv(model.MODEL_ENV, str(path))
    doc = read_text(TEXT_PAGE)
    assert Pipeline().without("CS505").label(doc).labels[COMMENT].code == "CS501"
    f = Pipeline().label(doc).labels[COMMENT]
    assert f is not None and f.code == "CS505" and f.role is Role.CONTENT and "was CS501" in f.reason


def test_a_run_of_prose_above_a_text_pages_headline_stays_out(tmp_path, monkeypatch):
    path = tmp_path / "m.json"
    _write_text_model(path, bias=10.0)
    monkeypatch.setenv(model.MODEL_ENV, str(path))
    labels = Pipeline().label(read_text(TEXT_PAGE)).labels
    for i in TEASERS:
        assert labels[i] is not None and labels[i].code == "CS501", labels[i]
    monkeypatch.delenv(model.MODEL_ENV)
    articles = Pipeline().clean(TEXT_PAGE)
    assert len(articles) == 1 and articles[0].title == "Velmora ferry operator raises fares"
    body = articles[0].body
    assert "Passenger groups said" in body and "The operator of the Velmora" in body
    assert "Calder Bay" not in body and "Lindau brewer" not in body


def test_text_features_place_a_block_against_the_main_run():
    doc = read_text(TEXT_PAGE)
    labelled = Pipeline().without("CS505").label(doc)
    ctx = Context(doc)
    ctx.findings[:] = labelled.labels
    feats = model.block_features(ctx)
    assert {"t:before", "t:above_title"} <= feats[TEASERS[0]].keys()
    assert "t:inside" in feats[14] and "t:above_title" not in feats[14]
    assert {"t:after", "t:stop_between", "t:named_between", "t:gap"} <= feats[COMMENT].keys()
    html = read_html(PAGE)
    hctx = Context(html)
    hctx.findings[:] = Pipeline().without("CS505").label(html).labels
    assert not any(k.startswith("t:") for f in model.block_features(hctx).values() for k in f)


RUN_PAGE = """Harbour council approves the new quay
The harbour plan was approved on Monday after a long debate in the council chamber, with nine votes to four.
Work on the new quay starts in spring, and the ferry keeps running while it is built, the council said.
The plan has three parts:
- a longer quay for the ferries
- a new slipway for the rowing club
The council will review the costs again next year, when the first phase of the works is finished.
- Marten K. from the old town
- Ilse V. from the harbour side
"""
CLOSE_PAGE = """Harbour council approves the new quay
The harbour plan was approved on Monday after a long debate in the council chamber, with nine votes to four.
Work on the new quay starts in spring, and the ferry keeps running while it is built, the council said.
- The council will review the costs again next year.
Read more: Ferry fares to rise in the spring
- The first phase of the works is due to finish in 2027.
- The rowing club gets its new slipway first.
"""


def _doubting_model(tmp_path: Path, monkeypatch) -> None:
    """A text model that doubts every list line (bullet) and trusts everything else."""
    m = {"format": model.FORMAT, "bias": 10.0, "readmit": 0.9, "remove": 0.5, "weights": {"t:bullet": -20.0}}
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"format": model.FORMAT, "trained_on": {}, "models": {"text": m}}))
    monkeypatch.setenv(model.MODEL_ENV, str(path))


def test_text_model_removes_a_doubtful_run_after_the_article_but_not_a_list_inside_it(tmp_path, monkeypatch):
    _doubting_model(tmp_path, monkeypatch)
    labels = Pipeline().label(read_text(RUN_PAGE)).labels
    removed = [i for i, f in enumerate(labels) if f is not None and f.code == "CS505"]
    assert removed == [7, 8]  # the two trailing lines; the list between two paragraphs stays
    assert all(labels[i].role is Role.BOILERPLATE and "in a run of 2" in labels[i].reason for i in removed)
    assert all(labels[i] is None for i in (3, 4, 5, 6))


def test_text_model_keeps_a_single_doubtful_line_and_an_articles_close_past_a_teaser(tmp_path, monkeypatch):
    _doubting_model(tmp_path, monkeypatch)
    labels = Pipeline().label(read_text(CLOSE_PAGE)).labels
    assert labels[4] is not None and labels[4].code == "CS203"  # the teaser the close runs past
    assert [i for i, f in enumerate(labels) if f is not None and f.code == "CS505"] == []


THREAD_PAGE = (ROOT / "tests" / "fixtures" / "pages" / "comment-thread-after-article.txt").read_text(encoding="utf-8")


def test_text_model_brings_nothing_back_from_a_comment_thread_under_the_article():
    # under `[ 48 comments ]`, past the article's last paragraph, each comment's header
    # (`2 days ago at 07:52 am`, `Rating: 36 Votes`) repeats: a thread, whose long comments
    # the shipped model scored as article text (p 0.66-0.69) and brought back
    articles = Pipeline().clean(THREAD_PAGE)
    assert len(articles) == 1 and articles[0].title == "Harbour council approves the new quay"
    body = articles[0].body
    assert body.count("\n\n") == 3 and body.startswith("The harbour plan was approved on Monday")
    assert body.endswith("dredging of the basin will cost.")
    assert "ferry every morning" not in body and "slipway, and I am glad" not in body


def test_a_comment_label_with_no_repeated_header_under_it_starts_no_thread():
    doc = read_text(TEXT_PAGE)  # `Comments`, `Write a comment`, then one comment under a name
    ctx = Context(doc)
    ctx.findings[:] = Pipeline().without("CS505").label(doc).labels
    assert model._thread(ctx, 17) is None
    doc = read_text(THREAD_PAGE)
    ctx = Context(doc)
    ctx.findings[:] = Pipeline().without("CS505").label(doc).labels
    assert model._thread(ctx, 8) == 9  # the counter; its first header four lines under it


BIO_PAGE = (ROOT / "tests" / "fixtures" / "pages" / "story-list-before-the-writers-bio.txt").read_text(encoding="utf-8")


def test_text_model_removes_a_story_list_between_the_article_and_the_writers_bio():
    # `More Great Velmora Stories` and five headlines after the last paragraph, then the
    # writer's bio (CS418): the bio closes the article, it does not hold the list inside it
    (article,) = Pipeline().clean(BIO_PAGE)
    assert article.title == "Harbour council approves the new quay"
    assert len(article.paragraphs) == 5 and article.paragraphs[-1].startswith("Maybe the board likes it")
    assert not any("harbour pilot" in p or "More Great" in p for p in article.paragraphs)


ADVERT_PAGE = """Harbour council approves the new quay
The harbour plan was approved on Monday after a long debate in the council chamber, with nine votes to four.
Work on the new quay starts in spring, and the ferry keeps running while it is built, the council said.
- a longer quay for the ferries
- a new slipway for the rowing club
Advertisement
"""


def test_a_doubtful_run_beside_an_advert_marker_stays_in_the_article(tmp_path, monkeypatch):
    # an advert marker under the list holds it inside the article (recall first), as a
    # caption or a credit would; the same list over the writer's bio goes
    _doubting_model(tmp_path, monkeypatch)
    labels = Pipeline().label(read_text(ADVERT_PAGE)).labels
    assert labels[5] is not None and labels[5].code == "CS404"
    assert labels[3] is None and labels[4] is None
    bio = ADVERT_PAGE.replace("Advertisement", "Ilse Marten is a staff writer at the Velmora Post "
                              "covering the harbour, transport and the town council.")
    labels = Pipeline().label(read_text(bio)).labels
    assert labels[5] is not None and labels[5].code == "CS418"
    assert [labels[i].code for i in (3, 4)] == ["CS505", "CS505"]  # type: ignore[union-attr]


def _link_heading_page(headings: int) -> str:
    paras = [_para(k) for k in range(4)]
    links = "".join(f'<h3><a href="/h{k}">Quay works phase {k}</a></h3>' for k in range(headings))
    return f"""<html><head><title>Harbour plan</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour plan</h1><div class="story-body">{paras[0]}{paras[1]}{links}{paras[2]}{paras[3]}</div></article>
<footer><p>Contact us</p></footer></body></html>"""


def test_a_dropped_heading_between_kept_paragraphs_of_its_parent_comes_back(tmp_path, monkeypatch):
    """A short run (NEIGHBOUR_RUN or fewer) that the generic decisions dropped between two
    blocks that stay, all in one parent element, comes back even when the model scores it low;
    a longer run (a link list inside the text) stays out."""
    path = tmp_path / "m.json"
    _write_model(path, bias=-20.0, readmit=0.9, remove=0.0)
    monkeypatch.setenv(model.MODEL_ENV, str(path))
    for count, back in ((1, True), (model.NEIGHBOUR_RUN + 1, False)):
        doc = read_html(_link_heading_page(count))
        heads = [i for i, b in enumerate(doc.blocks) if b.text.startswith("Quay works")]
        base = Pipeline().without("CS505").label(doc)
        assert all(base.labels[i] is not None and base.labels[i].code == "CS502" for i in heads)
        got = Pipeline().label(doc)
        for i in heads:
            f = got.labels[i]
            assert (f is not None and f.code == "CS505" and f.role is Role.CONTENT) is back


def _split_story_page() -> str:
    """A story in two parts (the same element twice) with a fact box between them."""
    p = [_para(k) for k in range(6)]
    return f"""<html><head><title>Harbour plan</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="page"><h1>Harbour plan</h1><section><div class="story">{p[0]}{p[1]}{p[2]}</div></section>
<div class="box"><ul><li>Nine votes to four</li><li>Three years of work</li></ul></div>
<section><div class="story">{p[3]}{p[4]}{p[5]}</div></section></div>
<footer><p>Contact us</p></footer></body></html>"""


def _features(page: str) -> tuple[list[str], dict[int, dict[str, float]]]:
    doc = read_html(page)
    ctx = Context(doc)
    ctx.findings[:] = Pipeline().without("CS505").label(doc).labels
    return [b.text for b in doc.blocks], model.block_features(ctx)


def test_html_features_mark_a_heading_over_kept_prose_and_a_block_between_the_containers_parts():
    texts, feats = _features(_link_heading_page(3))
    heads = [i for i, t in enumerate(texts) if t.startswith("Quay works")]
    # the last heading of the run stands over a kept paragraph; those over another heading do not
    assert ["head_prose" in feats[i] for i in heads] == [False, False, True]
    texts, feats = _features(_split_story_page())
    box = [i for i, t in enumerate(texts) if t in ("Nine votes to four", "Three years of work")]
    assert box and all("main:between" in feats[i] for i in box)
    # the footer's line is outside the container too, but under its last block; a part's
    # paragraph is inside it
    assert not any("main:between" in feats[i] for i, t in enumerate(texts) if i not in box)


def _finding(code: str, role: Role) -> Finding:
    return Finding(0, role, code, "x", "reason", (), 50)


def test_the_model_files_codes_widen_what_it_may_overturn():
    related, caption = _finding("CS205", Role.RELATED), _finding("CS502", Role.CAPTION)
    assert not model.overturnable(related) and not model.overturnable(caption)
    assert model.overturnable(related, {}, frozenset({"CS205"}))
    assert model.overturnable(caption, {"tag": "p"}, frozenset({"CS502:caption"}))
    assert not model.overturnable(caption, {"tag": "p"}, frozenset({"CS205"}))
    # the code-and-role string is built only for a code the list names under a role: another role's stays out
    assert model._roled(frozenset({"CS205", "CS502:caption"})) == frozenset({"CS502"})
    assert not model.overturnable(caption, {"tag": "p"}, frozenset({"CS205", "CS502:related"}))
    # the markup's furniture stays out of the model's reach whatever the file lists
    assert not model.overturnable(related, {"zones": ("nav",)}, frozenset({"CS205"}))
    assert not model.overturnable(related, {"comments": True}, frozenset({"CS205"}))
    # a headline-shaped line stays the rule's: another story's headline printed as a plain paragraph
    cs205 = frozenset({"CS205"})
    p = {"tag": "p", "link_density": 0.0}
    assert not model.overturnable(related, p, cs205, "Is the ferry era over? Inside the fight for the harbour")
    assert not model.overturnable(related, p, cs205, "Read related topics:")
    assert model.overturnable(related, p, cs205, "Why did the port wait so long?")
    assert model.overturnable(related, p, cs205, "The report names three causes for the delay:")
    assert model.overturnable(related, {"tag": "h2", "link_density": 0.0}, cs205, "The storms that closed the harbour")
    assert not model.overturnable(related, {"tag": "h3", "link_density": 0.6}, cs205, "Inside the fight for the harbour")


def test_a_closing_line_that_ends_in_a_smiley_or_an_emoji_is_the_models_to_decide():
    """A blog's last sentence ends in a smiley or an emoji, as no headline does (html39): CS205's
    drop of it is the model's to decide, like a line ending in a full stop; a stop of another
    script ends a sentence too. Names and labels that end in a sign stay headline-shaped."""
    p = {"tag": "p", "link_density": 0.0}
    for line in ("Afterwards you feel like a hero of the harbour, and I like that 😉",
                 "The grey ones go best with the longer earrings (:",
                 "See you all at the quay next Saturday :-)",
                 "Three more ferries will sail this winter ;)",
                 "The new pier opens on Monday 👍\ufe0f",
                 "新码头下周一开放。"):
        assert not model.headline_shaped(line, p), line
        assert model.overturnable(_finding("CS205", Role.RELATED), p, frozenset({"CS205"}), line)
    for line in ("Inside the fight for the harbour", "Harbour Pass Plus™", "Watch the launch ▶",
                 "Ferry rating ★★★★", "Earrings: Stella Hoops", "Calder Bay :", "新码头\U00020000"):
        assert model.headline_shaped(line, p), line


def test_the_shipped_html_model_lists_the_codes_the_trainer_writes():
    pytest.importorskip("numpy")
    train = _trainer()
    shipped = model.load_models(model.MODEL_FILE)
    for mode, m in shipped.items():
        assert sorted(m.codes) == sorted(train.CODES[mode])


def test_markup_with_no_word_outside_its_tags_is_never_brought_back_on_a_text_page():
    """Naive text keeps a tracking pixel's markup as a line (`<div style="position:absolute;"><img
    width=1 ... src="http://px.example/b?P=1"></div>`), which the text model scored as article
    text next to the article's last paragraph and brought back. A line of tags with no word
    outside them is no article text, whatever its score. Hard negatives: markup around words
    (`<b>Note:</b> fares rise in May`), an arrow or a comparison in prose (`a < b`)."""
    import cleanscrape
    from cleanscrape.rules.content import bare_markup

    assert bare_markup('<div style="position:absolute;"><img width=1 height=1 alt="" src="http://px.example/b?P=1"></div>')
    assert bare_markup('<iframe width="476" height="267" src="https://video.example/embed/?pid=1"></iframe>')
    for line in ("<b>Note:</b> fares rise in May", "The fare is a < b when booked early", "Home", "<3 the harbour", "< >"):
        assert not bare_markup(line), line
    page = "\n".join(["Harbour notes", *TUTORIAL_LIKE, '<div style="position:absolute;"><img width=1 height=1 '
                      'alt="" src="http://px.example/b?P=1"></div>', "Share", "Privacy"])
    (record,) = cleanscrape.clean(page)
    assert not any("<div" in p for p in record.paragraphs)


TUTORIAL_LIKE = [
    "The ferry to Ost Island will run a reduced timetable this winter, the operator said on Tuesday, "
    "after a season in which passenger numbers fell by a third compared with last year.",
    "Islanders who travel to the mainland for work said the change would cost them a day each week, "
    "and the council has asked the operator to keep at least the early morning crossing.",
    "The operator said it would review the timetable again in March, once the new boats have arrived "
    "from the yard and the crews have been trained to sail them in winter weather.",
]


_FERRY = ["The harbour board approved the new ferry timetable on Tuesday, after a long and heated debate.",
          "Members said the plan would add two crossings a day in summer, and one more in the winter months.",
          "The operator, which runs four boats, said it would hire twelve more crew before the season opens.",
          "Fares stay the same this year, the board said, though a review of prices is due in the spring."]


def _subheading_page(sub: str, headline: bool) -> bytes:
    head = "<h1>Calder Bay ferry timetable approved</h1><p>By Ada Linford</p>" if headline else ""
    return ("<html><head><title>Calder Bay ferry timetable approved | Gazette</title></head><body><nav>"
            "<a href='/'>Home</a> <a href='/news'>News</a></nav><article>" + head + "<div class='article-body'>"
            "<h2>" + sub + "</h2><p>" + "</p><p>".join(_FERRY) + "</p></div></article><footer>© Gazette"
            "</footer></body></html>").encode()


def test_the_html_model_decides_a_headline_that_rests_on_one_signal():
    """drops27: the headline rule's weakest finding, the page's first heading with prose under it,
    is the HTML model's to decide (CS304 in the file's codes): under the article's own headline
    and byline it is a subheading, and its text stays in the body. Hard negatives: the same
    heading on a page with no other headline stays the record's title; a headline with a second
    signal (printed twice, over its byline or date) stays the rule's whatever the model says."""
    first = Finding(0, Role.TITLE, "CS304", "x", headings.FIRST_HEADLINE, (), 50)
    twice = Finding(0, Role.TITLE, "CS304", "x", headings.PRINTED_TWICE, (), 50)
    codes, h2 = frozenset({"CS304"}), {"tag": "h2", "link_density": 0.0}
    assert model.overturnable(first, h2, codes, "What the new timetable means for islanders")
    assert not model.overturnable(twice, h2, codes, "What the new timetable means for islanders")
    assert not model.overturnable(first, h2, frozenset({"CS205"}), "What the new timetable means for islanders")
    assert "CS304" in model.load_models(model.MODEL_FILE)["html"].codes
    for sub in ("What the new timetable means for islanders", "Why did the board wait until the winter?"):
        records = Pipeline().clean_document(read_html(_subheading_page(sub, headline=True)))
        assert len(records) == 1 and records[0].title == "Calder Bay ferry timetable approved"
        assert records[0].paragraphs[0] == sub
        alone = Pipeline().clean_document(read_html(_subheading_page(sub, headline=False)))
        assert len(alone) == 1 and alone[0].title == sub and sub not in alone[0].paragraphs


def _shouted_link_page(line: str) -> str:
    paras = [_para(k) for k in range(4)]
    return f"""<html><head><title>Harbour plan</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour plan</h1><div class="story-body">{paras[0]}{paras[1]}
<p><strong><a href="/other-story">{line}</a></strong></p>{paras[2]}{paras[3]}</div></article>
<footer><p>Contact us</p></footer></body></html>"""


def test_a_link_line_in_capitals_between_paragraphs_stays_out_whatever_the_model_says(tmp_path, monkeypatch):
    """htmlfu136: another story's headline set in capitals as a link between the story's
    paragraphs is CS502's link text and CS205's shouted headline at once; the model, however
    sure, does not bring it back (not even as a short run between kept blocks of its parent). A
    link line that is no shouted headline (a short label in capitals, a line in sentence case)
    stays the model's to decide."""
    path = tmp_path / "m.json"
    _write_model(path, bias=20.0, readmit=0.5, remove=0.0)  # reads every block as article text
    monkeypatch.setenv(model.MODEL_ENV, str(path))
    for line, back in (("FERRY OPERATOR SAYS WINTER TIMETABLE WILL CUT CROSSINGS BY HALF", False),
                       ("CLICK FOR THE FULL RESULTS", True),
                       ("Read the council's full report on the harbour plan", True)):
        doc = read_html(_shouted_link_page(line))
        i = next(k for k, b in enumerate(doc.blocks) if b.text == line)
        base = Pipeline().without("CS505").label(doc)
        assert base.labels[i] is not None and base.labels[i].code == "CS502" and base.labels[i].reason == "mostly link text"
        got = Pipeline().label(doc)
        assert (got.role(i) is Role.CONTENT) is back, line


def test_only_a_link_text_drop_of_a_shouted_headline_is_kept_from_the_model():
    """The guard is the rule's (``_shouted_link``), not ``overturnable``'s: the trainer still fits
    the model on these lines (other stories' links it should score low)."""
    shouted = "FERRY OPERATOR SAYS WINTER TIMETABLE WILL CUT CROSSINGS BY HALF"
    link = Finding(0, Role.CHROME, "CS502", "html-structure", "mostly link text", (), 50)
    outside = Finding(0, Role.BOILERPLATE, "CS502", "html-structure", "outside the element that holds the page's text",
                      (), 50)
    assert model._shouted_link(link, shouted)
    assert not model._shouted_link(link, "Ferry operator says winter timetable will cut crossings by half")
    assert not model._shouted_link(link, "CLICK FOR THE FULL RESULTS")
    assert not model._shouted_link(outside, shouted)  # (not the link text verdict: the container's)
    assert model.overturnable(link, {"tag": "p", "link_density": 1.0}, frozenset(), shouted)  # (what train.py fits on)


def _cv_module():
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import pipeline_cv
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return pipeline_cv


def test_pipeline_cv_folds_keep_a_site_on_one_side():
    """``train.py --cv K`` splits the fit pages by site: every page of a host (``www.`` or not)
    in one fold, the same fold on every run; a page with no url is a site of its own, so two
    such pages of one set are not tied together."""
    pytest.importorskip("numpy")
    cv = _cv_module()
    a = cv.site_of("scrapinghub", "p1", {"url": "https://www.example.org/news/1"})
    b = cv.site_of("fundus-tests", "p9", {"url": "http://EXAMPLE.org/other"})
    assert a == b == "example.org"
    assert cv.fold_of(a, 5) == cv.fold_of(b, 5) == cv.fold_of("example.org", 5)
    lone = [cv.site_of("readability-tests", f"p{k}", {}) for k in range(40)]
    assert len(set(lone)) == 40
    assert len({cv.fold_of(s, 5) for s in lone}) > 1  # spread over the folds, not all in one
    assert [cv.fold_of(s, 5, seed=1) for s in lone] != [cv.fold_of(s, 5) for s in lone]  # another seed, other folds


def test_pipeline_cv_default_grid_holds_each_modes_shipped_probabilities():
    """``--cv`` with no grid of its own tries each mode's shipped readmit and remove probabilities
    among others: an HTML search never forces a removal the shipped HTML model does not make."""
    pytest.importorskip("numpy")
    cv, train = _cv_module(), _trainer()
    for mode in train.MODES:
        assert train.REMOVE[mode] in cv.GRID_REMOVE[mode]
        assert train.READMIT[mode] in cv.GRID_READMIT[mode]


def _tiny_cv_bench(tmp_path):
    """The tiny bench with a site per page and every page on the fit half, for ``--cv 2``."""
    bench = tmp_path / "bench"
    _tiny_bench(bench)
    folder = bench / "scrapinghub"
    gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for k, pid in enumerate(sorted(gold)):
        gold[pid]["url"] = f"https://site{k}.example/{k}"  # four sites: both folds get pages
    (folder / "ground-truth.json").write_text(json.dumps(gold), encoding="utf-8")
    (folder / "split.json").write_text(json.dumps({pid: "fit" for pid in gold}), encoding="utf-8")
    return bench


def test_train_cv_chooses_on_the_grid_and_writes_the_same_bytes(tmp_path, capsys):
    """``train.py --mode text --cv 2`` runs the cleaner on each fold's pages with the other
    fold's weights at every grid point, prints the grid's figures, and fits with the point it
    chose: the file's thresholds are on the grid, the record names its inputs, and two runs
    write the same bytes; ``--cv`` with both modes is a usage error."""
    pytest.importorskip("numpy")
    train = _trainer()
    bench = _tiny_cv_bench(tmp_path)
    options = ["--bench", str(bench), "--mode", "text", "--cv", "2", "--cv-l2", "1,3",
               "--cv-readmit", "0.6,0.7", "--cv-remove", "0.7"]
    before, outs = os.environ.get(model.MODEL_ENV), []
    for n in range(2):
        out = tmp_path / f"cv{n}.json"
        assert train.main([*options, "--out", str(out)]) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    printed = capsys.readouterr().out
    assert "chosen: l2 " in printed and printed.count("\n") >= 5  # a header, four grid points, the choice
    m = json.loads(outs[0])["models"]["text"]
    assert m["readmit"] in (0.6, 0.7) and m["remove"] == 0.7
    assert re.fullmatch(r"[0-9a-f]{64}", m["training"]["inputs_sha256"])
    assert os.environ.get(model.MODEL_ENV) == before  # the folds' model setting does not leak
    with pytest.raises(SystemExit):
        train.main(["--bench", str(bench), "--cv", "2", "--out", str(tmp_path / "x.json")])


def test_train_cv_on_html_keeps_the_html_models_codes(tmp_path, capsys):
    """``train.py --mode html --cv 2``: the folds' models and the file it writes are HTML models,
    with the rule codes whose drops the HTML model decides too (``train.CODES['html']``) and its
    file format; the thresholds are on the grid, the other mode's model of the file at ``--out`` is
    kept as it was, and the text model is not fitted."""
    pytest.importorskip("numpy")
    train = _trainer()
    bench = _tiny_cv_bench(tmp_path)
    out = tmp_path / "cv.json"
    text_model = {"format": 1, "bias": 0.5, "readmit": 0.65, "remove": 0.7, "weights": {},
                  "training": {"sets": ["scrapinghub"], "split": "fit", "blocks": 1, "positive": 1}}
    out.write_text(json.dumps({"format": model.FORMAT, "models": {"text": text_model}}), encoding="utf-8")
    assert train.main(["--bench", str(bench), "--mode", "html", "--cv", "2", "--cv-l2", "1",
                       "--cv-readmit", "0.52,0.57", "--cv-remove", "0,0.1", "--out", str(out)]) == 0
    assert "chosen: l2 1, readmit " in capsys.readouterr().out
    data = json.loads(out.read_text(encoding="utf-8"))["models"]
    assert data["text"] == text_model
    m = data["html"]
    assert m["format"] == model.FORMAT and m["codes"] == sorted(train.CODES["html"])
    assert m["readmit"] in (0.52, 0.57) and m["remove"] in (0.0, 0.1)
    model.BlockModel.from_dict(m)
