"""benchmarks/phrase_audit.py: dropped blocks put by the language phrase found in them."""

from __future__ import annotations

import bench_helpers  # noqa: F401  (puts benchmarks/ on the path)
import phrase_audit


def _row(text: str, cls: str, gold: float) -> dict:  # type: ignore[type-arg]
    tokens = float(len(text.split()))
    return {"set": "own", "mode": "text", "page": "p1", "cls": cls, "text": text, "tokens": tokens,
            "gold": gold, "have": 0, "not": 0}


def test_a_phrase_in_dropped_prose_is_listed_with_its_gold_share(capsys) -> None:  # type: ignore[no-untyped-def]
    prose = ("The harbour board said it would follow through on the repairs it promised "
             "before the winter storms reach the quay.")
    chrome = "Follow Velmora on Instagram"
    rows = [_row(prose, "CS501 call-to-action", 20.0), _row(chrome, "CS501 call-to-action", 0.0)]
    rows += [_row(f"Filler line number {k} of the tally", "CS420", 0.0) for k in range(150)]
    phrase_audit.audit(rows, {"call_to_action"}, 0, 1)
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "en:follow {word} on" in x)
    assert line.split("} on", 1)[1].split()[:2] == ["24", "20"]  # both blocks' tokens, the prose's gold
    assert "follow through on" in out  # --show's block with most gold
    # a class the default leaves out (the container's generic decisions) is not read
    phrase_audit.audit([_row(prose, "CS502 outside the element that holds", 20.0)], {"call_to_action"}, 1, 0,
                       r"CS[1-4]|CS501 call-to-action")
    assert "follow {word} on" not in capsys.readouterr().out
