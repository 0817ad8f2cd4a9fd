"""Settings: ``[tool.cleanscrape]`` in the nearest ``pyproject.toml``, or ``cleanscrape.toml``.

Config flows one way: files are read once into a frozen :class:`Settings`,
command-line flags override it, and the settings are passed explicitly.
``cleanscrape.toml`` (top-level keys) wins over ``pyproject.toml`` in the same
folder. Unknown keys, unknown rule codes and bad user rules raise
:class:`ConfigError` with one line that says what is allowed.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Mapping

from .document import Role
from .registry import DEFAULT_RULES, ENTRY_POINT_GROUP, USER_RANGE, UnknownRuleError, plugin_rules, resolve
from .rules.base import Rule
from .rules.user import UserRule

KEYS = ("select", "ignore", "extend-select", "include", "exclude", "text-field", "unsafe-fixes", "rules")
RULE_KEYS = ("code", "name", "pattern", "role", "summary", "max-len")
DEFAULT_INCLUDE = ("*.txt", "*.jsonl", "*.html", "*.htm")
DEFAULT_EXCLUDE = (".git/", ".hg/", ".venv/", "venv/", "node_modules/", "__pycache__/", "build/", "dist/")


class ConfigError(ValueError):
    """A configuration problem, said in one line."""


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    text_field: str = "text"
    unsafe_fixes: bool = False
    user_rules: tuple[Rule, ...] = ()
    source: str | None = None  # the file the settings came from
    root: Path = field(default_factory=Path.cwd)

    def rules(self) -> tuple[Rule, ...]:
        """The rules to run: built-ins, plugins and user rules, selected and ignored."""
        # the user's own line rules and plugins run first: their labels win over ours
        try:
            plugins = tuple(plugin_rules())
        except Exception as exc:  # a broken third-party package must not crash the run
            raise ConfigError(f"a '{ENTRY_POINT_GROUP}' plugin failed to load: {exc}") from None
        pool = self.user_rules + plugins + tuple(DEFAULT_RULES)
        try:
            return resolve(pool, self.select, self.ignore, self.extend_select)
        except UnknownRuleError as exc:
            where = f" (in {self.source})" if self.source else ""
            raise ConfigError(f"{exc}{where}") from None

    def pipeline(self):
        from .pipeline import Pipeline

        return Pipeline(self.rules())

    def override(self, **changes: Any) -> "Settings":
        """Command-line values (None: not given) replace configured ones."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def find_config(start: Path) -> tuple[Path, Mapping[str, Any]] | None:
    """The nearest config at or above ``start``: cleanscrape.toml wins over pyproject.toml."""
    start = start.resolve()
    for folder in (start, *start.parents):
        own = folder / "cleanscrape.toml"
        if own.is_file():
            return own, _load(own)
        project = folder / "pyproject.toml"
        if project.is_file():
            data = _load(project).get("tool", {}).get("cleanscrape")
            if data is not None:
                return project, data
    return None


def _load(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None


def load_settings(start: Path | None = None, path: Path | None = None) -> Settings:
    """Settings from ``path``, or from the nearest config at or above ``start``."""
    start = start or Path.cwd()
    if path is not None:
        data = _load(path)
        if path.name == "pyproject.toml":
            data = data.get("tool", {}).get("cleanscrape", {})
        found: tuple[Path, Mapping[str, Any]] | None = (path, data)
    else:
        found = find_config(start)
    if found is None:
        return Settings(root=start.resolve())
    where, data = found
    return from_mapping(data, source=str(where), root=where.parent)


def _strings(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def from_mapping(data: Mapping[str, Any], *, source: str = "config", root: Path | None = None) -> Settings:
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise ConfigError(f"{source}: unknown key {unknown[0]!r}; allowed: {', '.join(KEYS)}")
    kw: dict[str, Any] = {"source": source, "root": root or Path.cwd()}
    for key in ("select", "ignore", "extend-select", "include", "exclude"):
        if key in data:
            kw[key.replace("-", "_")] = _strings(data[key], key, source)
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
        if not (len(code) == 5 and USER_RANGE[0] <= code <= USER_RANGE[1]) or code in taken:
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
