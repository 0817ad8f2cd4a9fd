"""benchmarks/loss.py (the shape of the text-mode loss) on a tiny set written here: runs without ../shared."""

from __future__ import annotations

import json
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import loss  # noqa: E402

ARTICLE = ["The city council approved the new budget on Tuesday after a long and heated debate.",
           "Members said the plan would pay for more buses, two new libraries and a swimming pool.",
           "The mayor called the vote a good day for the town and thanked the residents who came."]
# the gold also holds the tour dates under the article, which the rules drop
DATES = ["June 9 -- Coral Hall, Northfield", "June 10 -- Harbour Arena, Eastport", "June 14 -- Mill Park, Westvale"]
PAGE = "\n".join(["Home", "News", "Sport", "Council approves budget", *ARTICLE, "Tour dates:", *DATES,
                  "Subscribe to our newsletter", "© 2026 Northfield Gazette"])


def _set(root: Path, licence: str = "CC BY 4.0") -> Path:
    d = root / "tiny"
    (d / "text").mkdir(parents=True)
    (d / "text" / "p1.txt").write_text(PAGE, encoding="utf-8")
    (d / "text" / "p2.txt").write_text(PAGE, encoding="utf-8")
    gold = {"p1": {"articleBody": "\n\n".join(ARTICLE + DATES), "url": ""},
            "p2": {"articleBody": "\n\n".join(ARTICLE), "url": ""}}
    (d / "ground-truth.json").write_text(json.dumps(gold), encoding="utf-8")
    (d / "split.json").write_text(json.dumps({"p1": "fit", "p2": "check"}), encoding="utf-8")
    (d / "LICENSE").write_text(licence, encoding="utf-8")
    return d


def test_tables_name_the_decision_and_the_place(tmp_path: Path, capsys) -> None:
    out = tmp_path / "loss.json"
    assert loss.main([str(_set(tmp_path)), "--json", str(out)]) == 0
    res = json.loads(out.read_text(encoding="utf-8"))
    assert res["pages"] == 1  # the fit half only
    lost = res["lost_gold_words"]
    assert lost and all(k.split()[-1] in ("above", "between", "below") for k in lost)
    assert all(k.startswith("CS") for k in lost)  # a rule's code (CS501 with the feature that decided)
    assert res["recall"] < 1.0 and res["precision"] > 0.9
    assert "p1" in capsys.readouterr().out


def test_check_half_on_request(tmp_path: Path) -> None:
    out = tmp_path / "loss.json"
    assert loss.main([str(_set(tmp_path)), "--split", "check", "--json", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["pages"] == 1


def test_agpl_set_is_refused(tmp_path: Path) -> None:
    assert loss.main([str(_set(tmp_path, "GNU AFFERO GENERAL PUBLIC LICENSE\nGNU Affero General Public License"))]) == 2
