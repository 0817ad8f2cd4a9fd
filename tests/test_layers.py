"""The package's layers: a module imports only from its own layer or the layers below it,
and no two modules import each other, directly or round a loop. Every import counts:
module level, inside functions, and under ``TYPE_CHECKING``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "cleanscrape"

# lowest first; a module's layer is that of the longest prefix listed (``rules`` covers ``rules.*``)
LAYERS: tuple[tuple[str, ...], ...] = (
    # the words (the language files), shapes and the data model everything shares
    ("lang", "text", "kept", "patterns", "datewords", "dates", "document", "tomlfile", "typed"),
    # readers and writers: bytes in, Documents out
    ("io",),
    # the rules and their vocabularies: label Documents
    ("rules",),
    # ordering and running rules; the one table of codes
    ("engine", "registry"),
    # labelled Document -> articles; a configured set of rules; settings; learned profiles; --fix
    ("segment", "pipeline", "profile", "config", "fix"),
    # cleaning pages in bulk, and the library's functions
    ("batch", "api"),
    # the faces: the package itself, the command line, optional integrations
    ("", "__main__", "cli", "integrations"),
)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The package modules ``name`` imports ("" is the package itself), anywhere in its code."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    package = [p for p in package if p]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
                if target != "cleanscrape" and not target.startswith("cleanscrape."):
                    continue
                target = target.removeprefix("cleanscrape").lstrip(".")
            # ``from . import style``: the names may be modules themselves
            targets = [target] + [f"{target}.{a.name}".lstrip(".") for a in node.names]
        else:
            continue
        for t in targets:
            if isinstance(node, ast.Import):
                if t != "cleanscrape" and not t.startswith("cleanscrape."):
                    continue
                t = t.removeprefix("cleanscrape").lstrip(".")
            if t in known and t != name:
                found.add(t)
    return found


def layer(name: str) -> int:
    best, at = -1, -1
    for i, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if name == prefix or (prefix and name.startswith(prefix + ".")):
                if len(prefix) > best:
                    best, at = len(prefix), i
    if at < 0:
        raise AssertionError(f"module {name!r} is in no layer: add it to LAYERS in {__file__}")
    return at


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    mods = modules()
    return {name: imports(name, path, set(mods)) for name, path in mods.items()}


def test_every_module_has_a_layer(graph: dict[str, set[str]]) -> None:
    for name in graph:
        layer(name)


def test_no_module_imports_from_a_layer_above(graph: dict[str, set[str]]) -> None:
    upward = [f"{name or 'cleanscrape'} (layer {layer(name)}) imports {dep or 'cleanscrape'} (layer {layer(dep)})"
              for name, deps in sorted(graph.items()) for dep in sorted(deps) if layer(dep) > layer(name)]
    assert not upward, "\n".join(upward)


def test_no_import_cycle(graph: dict[str, set[str]]) -> None:
    # depth-first search; a back edge closes a cycle
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []
    cycles: list[str] = []

    def visit(name: str) -> None:
        state[name] = 1
        path.append(name)
        for dep in sorted(graph[name]):
            if state.get(dep) == 1:
                loop = path[path.index(dep):] + [dep]
                cycles.append(" -> ".join(m or "cleanscrape" for m in loop))
            elif dep not in state:
                visit(dep)
        path.pop()
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)
    assert not cycles, "\n".join(cycles)


def test_the_walk_sees_imports_inside_functions() -> None:
    # profile.with_profile imports the registry inside the function
    mods = modules()
    assert "registry" in imports("profile", mods["profile"], set(mods))
