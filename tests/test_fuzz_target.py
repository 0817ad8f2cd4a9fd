"""The fuzz target's checks, replayed without atheris: the short run CI makes.

``benchmarks/fuzz/fuzz_clean.py`` is the coverage-guided target (the long run needs the
``fuzz`` extra). Here its ``one_input`` runs over the corpus pages, hostile shapes and a
few hundred pages mutated the way libFuzzer mutates (bytes flipped, inserted, cut, parts
of pages spliced), from a fixed seed so a failure is reproducible.
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("fuzz_clean", ROOT / "benchmarks" / "fuzz" / "fuzz_clean.py")
fuzz_clean = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz_clean)  # type: ignore[union-attr]

SEEDS = sorted((ROOT / "corpus" / "pages").glob("*.txt")) + sorted((ROOT / "corpus" / "html" / "pages").glob("*.txt"))
HOSTILE = [b"", b"\x00\x01\x02", b"\xff\xfe" + "Velmora\n".encode("utf-16-le"), b"\xef\xbb\xbfBOM page\r\nline\r",
           b"<html><body>" + b"<div>" * 2000 + b"deep" + b"</div>" * 2000 + b"</body></html>",
           b'{"text": "Harbour cranes\\nBy Jane Roe\\nThe cranes came back."}\n{bad json\n',
           b"# Title\n\n[a](http://x) [b](http://y) [c](http://z)\n\n![](http://i)\n", b"\\" * 5000,
           b"word " * 4000 + b"\n" + b"x" * 9000]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.parent.parent.name + "/" + p.stem)
def test_corpus_pages_pass_the_fuzz_checks(path):
    fuzz_clean.one_input(path.read_bytes())


@pytest.mark.parametrize("data", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_inputs_pass_the_fuzz_checks(data):
    fuzz_clean.one_input(data)


def _mutate(rng: random.Random, data: bytes, other: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(5)
        at = rng.randrange(len(buf) + 1)
        if op == 0 and buf:
            buf[min(at, len(buf) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op == 2:
            del buf[at:at + rng.randint(1, 64)]
        elif op == 3:
            k = rng.randrange(len(other) + 1)
            buf[at:at] = other[k:k + rng.randint(1, 400)]
        else:
            buf[at:at] = rng.choice([b"\n", b"\n\n", b"\r", b"|", b"/", b"\xc3", b"<p>", b"](http://x)", b"  "])
    return bytes(buf)


def test_mutated_pages_pass_the_fuzz_checks():
    rng = random.Random(20261127)
    pages = [p.read_bytes() for p in SEEDS]
    for _ in range(300):
        fuzz_clean.one_input(_mutate(rng, rng.choice(pages)[:6000], rng.choice(pages)))
