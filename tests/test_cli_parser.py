"""The command line's parser is built for the named command alone (issue #20: the others'
parsers cost some 5 million instructions a run): help, usage, errors and exit codes read as
they do with every parser built."""

from __future__ import annotations

import argparse

import pytest

from cleanscrape.cli.main import build_parser, main

COMMANDS = ("clean", "learn", "rules", "rule", "check")
INVOCATIONS = [
    [], ["-h"], ["--help"], ["--he"], ["--version"], ["--vers"], ["-h", "clean"], ["--version", "clean"],
    *([c, "-h"] for c in COMMANDS), ["check", "--he"], ["clean", "--version"], ["bogus"], ["bogus", "-h"],
    ["Clean"], ["cle"], ["-x"], ["-x", "clean"], ["clean", "-x"], ["clean", "--input-format", "nope"],
    ["clean", "--jobs", "abc"], ["clean", "--max-bytes"], ["learn", "--min-pages", "x"],
    ["rules", "--output-format", "bad"], ["rule"], ["rule", "-h", "extra"], ["check", "--quiet", "--silent"],
    ["rule", "CS101", "extra"], ["--", "clean", "-h"],
]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str], full: bool) -> tuple[object, str, str]:
    """What a run prints and returns: ``main`` (or its parser alone), or every parser built."""
    try:
        if full:
            args = build_parser().parse_args(argv)
            status: object = "parsed " + str(args.command)
        else:
            status = main(argv) if argv in ([], ["rule", "CS101", "extra"]) else _parse_only(argv)
    except SystemExit as exc:
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


def _parse_only(argv: list[str]) -> str:
    return "parsed " + str(build_parser(argv).parse_args(argv).command)


@pytest.mark.parametrize("columns", ["80", "50"])
def test_help_and_errors_as_with_every_parser_built(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str], columns: str) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    for argv in INVOCATIONS:
        expected = _run(argv, capsys, full=True)
        if argv == []:
            expected = (2, "", build_parser().format_help())
        assert _run(argv, capsys, full=False) == expected, argv


def test_only_the_named_command_is_built() -> None:
    def commands(argv: list[str]) -> list[str]:
        sub = next(a for a in build_parser(argv)._actions if isinstance(a, argparse._SubParsersAction))
        return list(sub.choices)

    assert commands(["clean", "x.txt"]) == ["clean"]
    assert commands(["check", "-h"]) == ["check"]
    for argv in ([], ["-h", "clean"], ["--version"], ["cle"], ["Clean"], ["x.txt", "clean"], ["--", "rules"]):
        assert commands(argv) == list(COMMANDS), argv  # (no command first: all, in help's order)
