"""Settings: ``[tool.cleanscrape]`` in the nearest ``pyproject.toml``, or ``cleanscrape.toml``.

Config flows one way: files are read once into a frozen :class:`Settings`,
command-line flags override it, and the settings are passed explicitly.
``cleanscrape.toml`` (top-level keys) wins over ``pyproject.toml`` in the same
folder. Unknown keys, unknown rule codes and bad user rules raise
:class:`ConfigError` with one line that says what is allowed.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from .typed import TYPE_CHECKING
from collections.abc import Iterable, Mapping

from .document import Role
from .registry import (DEFAULT_RULES, ENTRY_POINT_GROUP, USER_RANGE, UnknownRuleError, plugin_rules, resolve,
                       with_profile)
from .rules.base import Rule
from .rules.user import UserRule
from .text import comma_list
from .tomlfile import load_toml

if TYPE_CHECKING:  # pragma: no cover
    from typing import Any
    from .pipeline import Pipeline

KEYS = ("select", "ignore", "extend-select", "include", "exclude", "text-field", "unsafe-fixes", "rules")
RULE_KEYS = ("code", "name", "pattern", "role", "summary", "max-len")
DEFAULT_INCLUDE = ("*.txt", "*.jsonl", "*.html", "*.htm")
DEFAULT_EXCLUDE = (".git/", ".hg/", ".venv/", "venv/", "node_modules/", "__pycache__/", "build/", "dist/")


class ConfigError(ValueError):
    """A configuration problem, said in one line."""


@dataclass(frozen=True)
class Settings:
    """Every setting of a run (CLI flags over ``[tool.cleanscrape]``), frozen and passed explicitly."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    text_field: str = "text"
    unsafe_fixes: bool = False
    user_rules: tuple[Rule, ...] = ()
    source: str | None = None  # the file the settings came from
    root: Path = field(default_factory=Path.cwd)  # its folder: exclude patterns start there
    configured: frozenset[str] = frozenset()  # the rule tokens the file itself names

    def rules(self, profile: Rule | None = None) -> tuple[Rule, ...]:
        """The rules to run: built-ins, plugins and user rules, selected and ignored;
        ``profile`` (a site-profile rule, CS601) joins them where ``clean --profile`` puts
        it, so that ``--select`` and ``--ignore`` apply to it too."""
        # the user's own line rules and plugins run first: their labels win over ours
        try:
            plugins = tuple(plugin_rules())
        except Exception as exc:  # a broken third-party package must not crash the run
            raise ConfigError(f"a '{ENTRY_POINT_GROUP}' plugin failed to load: {exc}") from None
        builtins = with_profile(DEFAULT_RULES, profile) if profile is not None else DEFAULT_RULES
        pool = self.user_rules + plugins + tuple(builtins)
        try:
            return resolve(pool, self.select, self.ignore, self.extend_select)
        except UnknownRuleError as exc:
            where = f" (in {self.source})" if self.source and exc.token in self.configured else ""
            raise ConfigError(f"{exc}{where}") from None

    def pipeline(self, profile: Rule | None = None) -> Pipeline:
        from .pipeline import Pipeline

        return Pipeline(self.rules(profile))

    def override(self, **changes: Any) -> Settings:
        """Command-line values (None: not given) replace configured ones."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def excluded(self, path: str | Path, *, is_dir: bool = False, base: str | Path | None = None) -> bool:
        """Whether ``exclude`` (or the default list) names ``path`` itself. Patterns are
        gitignore-style: ``dir/`` matches a folder, a pattern with ``/`` inside matches the
        path from the config's folder (from ``base`` for a path outside it), others match
        the last part."""
        rel = self._rel(path, base)
        return _match_exclude(rel + "/" if is_dir else rel, (*DEFAULT_EXCLUDE, *self.exclude))

    def force_excluded(self, path: str | Path, base: str | Path | None = None) -> bool:
        """``--force-exclude``: ``path`` or one of the folders it is in is excluded."""
        parts = self._rel(path, base).split("/")
        patterns = (*DEFAULT_EXCLUDE, *self.exclude)
        if any(_match_exclude("/".join(parts[:i]) + "/", patterns) for i in range(1, len(parts))):
            return True
        return self.excluded(path, is_dir=os.path.isdir(path), base=base)

    def _rel(self, path: str | Path, base: str | Path | None) -> str:
        absolute = os.path.abspath(path)
        for anchor in (self.root, base if base is not None else os.getcwd()):
            rel = os.path.relpath(absolute, os.path.abspath(anchor))
            if rel != ".." and not rel.startswith(".." + os.sep):
                return "" if rel == "." else rel.replace(os.sep, "/")
        return absolute.replace(os.sep, "/").lstrip("/")


def _match_exclude(rel: str, patterns: Iterable[str]) -> bool:
    for pat in patterns:
        if pat.endswith("/"):
            if rel.endswith("/") and (fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(rel.rsplit("/", 2)[-2] + "/", pat)):
                return True
            continue
        target = rel.rstrip("/")
        if "/" in pat.strip("/"):
            if fnmatch.fnmatch(target, pat.lstrip("/")):
                return True
        elif fnmatch.fnmatch(target.rsplit("/", 1)[-1], pat):
            return True
    return False


class Resolver:
    """Settings for each file, found as ruff finds them: the nearest ``cleanscrape.toml`` or
    ``pyproject.toml`` with ``[tool.cleanscrape]`` above the file (no merging with configs
    further up); for a file with none above it, the one found from the current folder.
    ``config`` (``--config``) gives every file the same settings. ``overrides`` (the
    command line's values; None: not given) apply to all. Folders are cached, so a config
    file is read once; a broken one raises its :class:`ConfigError` for each file under it.

    >>> Resolver().settings_for("corpus/pages/a.txt").text_field    # doctest: +SKIP
    'text'
    """

    def __init__(self, config: Path | None = None, *, cwd: Path | None = None, **overrides: Any) -> None:
        self.cwd = Path(os.path.abspath(cwd or Path.cwd()))
        self.overrides = overrides
        self._fixed = self._finish(load_settings(self.cwd, config)) if config is not None else None
        self._dirs: dict[Path, Settings | ConfigError] = {}
        self._pipes: dict[int, tuple[Settings, Any]] = {}

    def _finish(self, settings: Settings) -> Settings:
        return settings.override(**self.overrides)

    def settings_for(self, path: str | Path, *, is_dir: bool = False) -> Settings:
        """The settings for a file (or, ``is_dir``, for what a folder holds)."""
        if self._fixed is not None:
            return self._fixed
        absolute = Path(os.path.abspath(self.cwd / path))
        return self._in(absolute if is_dir else absolute.parent)

    def _in(self, folder: Path) -> Settings:
        walked: list[Path] = []
        found: Settings | ConfigError | None = None
        for d in (folder, *folder.parents):
            if d in self._dirs:
                found = self._dirs[d]
                break
            walked.append(d)
            try:
                config = config_in(d)
                if config is not None:
                    found = self._finish(from_mapping(config[1], source=str(config[0]), root=d))
            except ConfigError as exc:
                found = exc
            if found is not None:
                break
        if found is None:
            found = self._in(self.cwd) if folder != self.cwd and self.cwd not in walked else \
                self._finish(Settings(root=self.cwd))
        for d in walked:
            self._dirs[d] = found
        if isinstance(found, ConfigError):
            raise found
        return found

    def pipeline(self, settings: Settings) -> Pipeline:
        """The pipeline for these settings, built once."""
        got = self._pipes.get(id(settings))
        if got is None:
            got = self._pipes[id(settings)] = (settings, settings.pipeline())
        return got[1]


def find_config(start: Path) -> tuple[Path, Mapping[str, Any]] | None:
    """The nearest config at or above ``start``: cleanscrape.toml wins over pyproject.toml."""
    start = start.resolve()
    for folder in (start, *start.parents):
        found = config_in(folder)
        if found is not None:
            return found
    return None


def config_in(folder: Path) -> tuple[Path, Mapping[str, Any]] | None:
    """The config file in ``folder`` and its table: ``cleanscrape.toml``, else a
    ``pyproject.toml`` with a ``[tool.cleanscrape]`` table, else None."""
    own = folder / "cleanscrape.toml"
    if own.is_file():
        return own, _load(own)
    project = folder / "pyproject.toml"
    if project.is_file():
        data = _tool_table(_load(project), project)
        if data is not None:
            return project, data
    return None


def _tool_table(data: Mapping[str, Any], path: Path) -> Mapping[str, Any] | None:
    tool = data.get("tool")
    if tool is None:
        return None
    if not isinstance(tool, dict):
        raise ConfigError(f"{path}: 'tool' must be a table")
    table = tool.get("cleanscrape")
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.cleanscrape] must be a table")
    return table


def _load(path: Path) -> dict[str, Any]:
    return load_toml(path, ConfigError)


def load_settings(start: Path | None = None, path: Path | None = None) -> Settings:
    """Settings from ``path``, or from the nearest config at or above ``start``.

    One set for a whole run; :class:`Resolver` gives each file its own, as ``check`` does."""
    start = start or Path.cwd()
    if path is not None:
        data: Mapping[str, Any] = _load(path)
        if path.name == "pyproject.toml":
            data = _tool_table(data, path) or {}
        found: tuple[Path, Mapping[str, Any]] | None = (path, data)
    else:
        found = find_config(start)
    if found is None:
        return Settings(root=start.resolve())
    where, data = found
    return from_mapping(data, source=str(where), root=where.parent.resolve())


def user_rules_here(start: Path | None = None) -> tuple[Rule, ...]:
    """The user rules of the config found from ``start`` (default: the current folder),
    read alone: a bad ``select`` elsewhere in the file does not hide them from ``rules``."""
    found = find_config(start or Path.cwd())
    if found is None:
        return ()
    where, data = found
    if not isinstance(data, Mapping) or "rules" not in data:
        return ()
    return tuple(_user_rules(data["rules"], str(where)))


def _strings(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = list(comma_list(value))
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def from_mapping(data: Mapping[str, Any], *, source: str = "config", root: Path | None = None) -> Settings:
    if not isinstance(data, Mapping):
        raise ConfigError(f"{source}: must be a table of settings")
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise ConfigError(f"{source}: unknown key {unknown[0]!r}; allowed: {', '.join(KEYS)}")
    kw: dict[str, Any] = {"source": source, "root": root or Path.cwd()}
    for key in ("select", "ignore", "extend-select", "include", "exclude"):
        if key in data:
            kw[key.replace("-", "_")] = _strings(data[key], key, source)
    kw["configured"] = frozenset(t for k in ("select", "ignore", "extend_select") for t in kw.get(k, ()))
    if "text-field" in data:
        if not isinstance(data["text-field"], str):
            raise ConfigError(f"{source}: 'text-field' must be a string")
        kw["text_field"] = data["text-field"]
    if "unsafe-fixes" in data:
        if not isinstance(data["unsafe-fixes"], bool):
            raise ConfigError(f"{source}: 'unsafe-fixes' must be true or false")
        kw["unsafe_fixes"] = data["unsafe-fixes"]
    if "rules" in data:
        kw["user_rules"] = tuple(_user_rules(data["rules"], source))
    settings = Settings(**kw)
    settings.rules()  # unknown codes fail here, with the allowed values
    return settings


def _user_rules(items: Any, source: str) -> Iterable[Rule]:
    if not isinstance(items, list):
        raise ConfigError(f"{source}: 'rules' must be an array of tables ([[tool.cleanscrape.rules]])")
    roles = sorted(r.value for r in Role if r not in (Role.CONTENT, Role.NOTICE))
    taken = {r.code for r in DEFAULT_RULES}
    for n, item in enumerate(items, start=1):
        where = f"{source}: rules[{n}]"
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: must be a table")
        unknown = sorted(set(item) - set(RULE_KEYS))
        if unknown:
            raise ConfigError(f"{where}: unknown key {unknown[0]!r}; allowed: {', '.join(RULE_KEYS)}")
        for key in ("code", "name", "pattern"):
            if not isinstance(item.get(key), str) or not item[key]:
                raise ConfigError(f"{where}: '{key}' is required (a string)")
        code = item["code"].upper()
        if not (len(code) == len(USER_RANGE[0]) and USER_RANGE[0] <= code <= USER_RANGE[1]) or code in taken:
            raise ConfigError(f"{where}: code {code!r} must be a free code from {USER_RANGE[0]} to {USER_RANGE[1]}")
        taken.add(code)
        role = item.get("role", "chrome")
        if role not in roles:
            raise ConfigError(f"{where}: role {role!r} unknown; allowed: {', '.join(roles)}")
        try:
            yield UserRule.make(code, item["name"], item["pattern"], Role(role),
                                item.get("summary") or f"user rule {item['name']}", int(item.get("max-len", 300)))
        except ValueError as exc:
            raise ConfigError(f"{where}: {exc}") from None
