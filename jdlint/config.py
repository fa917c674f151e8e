"""Configuration: discovery, strict validation, and the rule set a file is linted with.

Sources, first found wins: ``--config FILE``; else, walking up from each linted file,
``.jdlint.yaml``, ``.jdlint.yml``, or ``pyproject.toml`` with a ``[tool.jdlint]`` table. A
draft's front matter may add a ``jdlint:`` mapping with per-file settings.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from jdlint.data import load_yaml_text, section_matcher, yaml_problem
from jdlint.diagnostics import SEVERITIES, SEVERITY_RANK
from jdlint.errors import ConfigError, suggest
from jdlint.languages import Profile, add_folder, known_languages, setting
from jdlint.readability import READABILITY_METHODS
from jdlint.rules import (
    Jurisdiction,
    Rule,
    builtin_rules,
    load_rule_folder,
    resolve_options,
    validate_options,
)
from jdlint.syllables import SYLLABLE_COUNTERS

CONFIG_NAMES = (".jdlint.yaml", ".jdlint.yml")
BUILTIN_PREFIX = "JD"
_KEYS = {
    "language",
    "select",
    "ignore",
    "extend_select",
    "severity",
    "rules",
    "required_sections",
    "rule_paths",
    "language_paths",
    "exclude",
    "jurisdiction",
}
_FILE_KEYS = _KEYS - {"rule_paths", "language_paths", "exclude"}
"""Keys a draft's front matter may set under ``jdlint:``."""


@dataclass(frozen=True)
class Config:
    """Validated settings; ``rules`` holds every rule known to this configuration."""

    path: str | None = None
    language: str = "auto"
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    required_sections: tuple[str, ...] | None = None
    exclude: tuple[str, ...] = ()
    jurisdictions: tuple[str, ...] = ()
    rules: tuple[Rule, ...] = ()
    root: Path = Path(".")
    language_paths: tuple[Path, ...] = ()
    """The folders of language profiles this configuration added (resolved)."""
    rule_paths: tuple[Path, ...] = ()
    """The folders of custom rules this configuration read (resolved)."""

    def rule(self, code: str) -> Rule | None:
        """The rule with *code* (or name), if this configuration knows it."""
        return _index(self.rules).get(code.upper()) or _names(self.rules).get(code.lower())

    def knows(self, code_or_prefix: str) -> bool:
        """Whether a code, prefix or name matches at least one rule."""
        upper = code_or_prefix.upper()
        return (
            any(r.code.startswith(upper) for r in self.rules)
            or self.rule(code_or_prefix) is not None
        )

    def enabled(self, rule: Rule) -> bool:
        """Whether *rule* is selected and not ignored.

        ``select`` picks among the built-in rules. A custom rule (from ``rule_paths``) stays on
        unless ``select`` names custom rules too; then only the custom rules it names run.
        """
        chosen = (
            not self.select
            or _matches(rule, self.select)
            or _matches(rule, self.extend_select)
            or (not is_builtin(rule) and not self._selects_custom_rules())
        )
        return chosen and not _matches(rule, self.ignore)

    def _selects_custom_rules(self) -> bool:
        return any(_matches(rule, self.select) for rule in self.rules if not is_builtin(rule))

    def severity_of(self, rule: Rule) -> str:
        """The rule's severity: a configured one, else the highest the jurisdictions require."""
        if rule.code in self.severity:
            return self.severity[rule.code]
        levels = [rule.severity] + [
            law.severity for law in self.laws_for(rule) if law.severity is not None
        ]
        return max(levels, key=SEVERITY_RANK.__getitem__)

    def laws_for(self, rule: Rule) -> list[Jurisdiction]:
        """The laws of the configured jurisdictions that bear on *rule*."""
        return [
            rule.jurisdictions[name] for name in self.jurisdictions if name in rule.jurisdictions
        ]


def language_choices() -> tuple[str, ...]:
    """What ``language`` may be set to: ``auto`` (detect) or a known language's code."""
    return ("auto", *known_languages())


@functools.lru_cache(maxsize=16)
def _index(rules: tuple[Rule, ...]) -> dict[str, Rule]:
    return {rule.code: rule for rule in rules}


@functools.lru_cache(maxsize=16)
def _names(rules: tuple[Rule, ...]) -> dict[str, Rule]:
    return {rule.name: rule for rule in rules}


def is_builtin(rule: Rule) -> bool:
    """Whether *rule* is one of jdlint's own (their prefix is reserved)."""
    return rule.code.startswith(BUILTIN_PREFIX)


def _matches(rule: Rule, selectors: tuple[str, ...]) -> bool:
    return any(rule.code.startswith(item.upper()) or rule.name == item for item in selectors)


def default_config() -> Config:
    """Settings with nothing configured: every built-in rule."""
    return Config(rules=builtin_rules())


def load_config_file(path: Path) -> Config:
    """Read and validate a ``.jdlint.yaml`` or ``pyproject.toml``."""
    data = _read_table(path)
    return config_from_mapping(data, path)


def _read_table(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read configuration: {error}", path) from None
    if path.name == "pyproject.toml":
        if sys.version_info >= (3, 11):  # imported here: most runs read no pyproject.toml
            import tomllib
        else:  # pragma: no cover - exercised on Python 3.10 only
            import tomli as tomllib
        try:
            table = tomllib.loads(text).get("tool", {}).get("jdlint", {})
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"invalid TOML: {error}", path) from None
        if not isinstance(table, dict):
            raise ConfigError("[tool.jdlint] must be a table", path)
        return table
    import yaml

    try:
        data = load_yaml_text(text)
    except yaml.YAMLError as error:
        raise ConfigError(yaml_problem(error), path) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError("the configuration must be a mapping of keys to values", path)
    return data


def config_from_mapping(data: dict[str, Any], path: Path | None) -> Config:
    """Validate a configuration mapping read from *path* (``None`` for built-in defaults)."""
    _check_keys(data, _KEYS, path, "")
    root = path.parent if path is not None else Path(".")
    language_paths = []
    for folder in _string_list(data, "language_paths", path):
        if not (root / folder).is_dir():
            raise ConfigError(f"key 'language_paths': folder {folder!r} does not exist", path)
        language_paths.append((root / folder).resolve())
        add_languages(language_paths[-1])
    rules = list(builtin_rules())
    rule_paths = []
    for folder in _string_list(data, "rule_paths", path):
        if not (root / folder).is_dir():
            raise ConfigError(f"key 'rule_paths': folder {folder!r} does not exist", path)
        rule_paths.append((root / folder).resolve())
        custom = load_rule_folder(rule_paths[-1])
        for rule in custom:
            if is_builtin(rule):
                raise ConfigError(
                    f"custom rule {rule.code}: the {BUILTIN_PREFIX} prefix is reserved", rule.source
                )
            if any(existing.code == rule.code for existing in rules):
                raise ConfigError(f"rule {rule.code} is defined twice", rule.source)
        rules.extend(custom)
    base = Config(
        path=str(path) if path else None,
        rules=tuple(rules),
        root=root,
        exclude=tuple(_string_list(data, "exclude", path)),
        language_paths=tuple(language_paths),
        rule_paths=tuple(rule_paths),
    )
    return apply_settings(base, data, path)


_METHODS: dict[str, Collection[str]] = {
    "readability": READABILITY_METHODS,
    "syllables": SYLLABLE_COUNTERS,
}
"""The profile keys that name a method, and the methods each may name."""


def use_languages(config: Config) -> None:
    """Add the language folders of *config* in this process (a configuration that travelled
    to another process, such as a Dask worker, finds its languages there too)."""
    for folder in config.language_paths:
        add_languages(folder)


def add_languages(folder: Path) -> None:
    """Add the language profiles of *folder* (``language_paths``), checking that each names,
    itself or through its fallback, a readability method and a syllable counter jdlint has."""
    add_folder(folder, _check_methods)


def _check_methods(added: Profile) -> None:
    for key, methods in _METHODS.items():
        name = setting(added.code, key)
        if name is None:
            raise ConfigError(f"missing key {key!r} (nor does a fallback set it)", added.source)
        if name not in methods:
            raise ConfigError(
                f"key {key!r}: unknown method {name!r}{suggest(str(name), methods)}; "
                f"methods: {', '.join(methods)}",
                added.source,
            )


def apply_settings(
    config: Config, data: dict[str, Any], path: Path | str | None, allowed: set[str] | None = None
) -> Config:
    """*config* with the rule-selection settings of *data* applied and validated."""
    if allowed is not None:
        _check_keys(data, allowed, path, "jdlint.")
    changes: dict[str, Any] = {}
    if "language" in data:
        language = str(data["language"])
        if language not in language_choices():
            raise ConfigError(
                f"key 'language' must be one of {', '.join(language_choices())}", path
            )
        changes["language"] = language
    for key in ("select", "extend_select", "ignore"):
        if key in data:
            codes = tuple(_string_list(data, key, path))
            for code in codes:
                if not config.knows(code):
                    raise ConfigError(
                        f"key '{key}': unknown rule code {code!r}"
                        f"{suggest(code, [r.code for r in config.rules])}",
                        path,
                    )
            changes[key] = codes
    if "severity" in data:
        changes["severity"] = {**config.severity, **_severities(data["severity"], config, path)}
    if "rules" in data:
        changes["options"] = {**config.options, **_rule_options(data["rules"], config, path)}
    if "jurisdiction" in data:
        names = [name.upper() for name in _string_list(data, "jurisdiction", path)]
        known = sorted({name for rule in config.rules for name in rule.jurisdictions})
        _check_names(names, known, "jurisdiction", "jurisdiction", path)
        changes["jurisdictions"] = tuple(names)
    if "required_sections" in data:
        names = _string_list(data, "required_sections", path)
        _check_names(names, section_matcher().names, "required_sections", "section", path)
        changes["required_sections"] = tuple(names)
    return replace(config, **changes)


def _check_names(
    names: list[str], known: list[str], key: str, noun: str, path: Path | str | None
) -> None:
    """Raise a ConfigError naming *key* for the first of *names* not in *known*."""
    for name in names:
        if name not in known:
            raise ConfigError(
                f"key '{key}': unknown {noun} {name!r}{suggest(name, known)}; "
                f"known: {', '.join(known)}",
                path,
            )


def _check_keys(
    data: dict[str, Any], allowed: set[str], path: Path | str | None, prefix: str
) -> None:
    for key in data:
        if key not in allowed:
            raise ConfigError(
                f"unknown key '{prefix}{key}'{suggest(str(key), allowed)}; "
                f"keys: {', '.join(sorted(allowed))}",
                path,
            )


def _string_list(data: dict[str, Any], key: str, path: Path | str | None) -> list[str]:
    value = data.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"key '{key}' must be a list of strings", path)
    return value


def _severities(value: Any, config: Config, path: Path | str | None) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ConfigError("key 'severity' must map rule codes to error, warning or info", path)
    result = {}
    for code, level in value.items():
        rule = config.rule(str(code))
        if rule is None:
            raise ConfigError(
                f"key 'severity': unknown rule code {code!r}"
                f"{suggest(str(code), [r.code for r in config.rules])}",
                path,
            )
        if level not in SEVERITIES:
            raise ConfigError(f"key 'severity.{code}' must be one of {', '.join(SEVERITIES)}", path)
        result[rule.code] = str(level)
    return result


def _rule_options(value: Any, config: Config, path: Path | str | None) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict):
        raise ConfigError("key 'rules' must map rule codes to option mappings", path)
    result = {}
    for code, options in value.items():
        rule = config.rule(str(code))
        if rule is None:
            raise ConfigError(
                f"key 'rules': unknown rule code {code!r}"
                f"{suggest(str(code), [r.code for r in config.rules])}",
                path,
            )
        if not isinstance(options, dict):
            raise ConfigError(f"key 'rules.{code}' must be a mapping of options", path)
        options = resolve_options(rule.kind_options(options), rule.code, path or "config")
        validate_options(rule.kind, {**rule.options, **options}, rule.code, path or "config")
        result[rule.code] = dict(options)
    return result


def file_settings(config: Config, front_matter: dict[str, Any], path: str) -> Config:
    """*config* with a draft's ``jdlint:`` front-matter settings applied."""
    data = front_matter.get("jdlint")
    if data is None:
        return config
    if not isinstance(data, dict):
        raise ConfigError("front-matter key 'jdlint' must be a mapping", path)
    return apply_settings(config, data, path, _FILE_KEYS)


class ConfigFinder:
    """Finds the configuration of each file, reading each configuration file once.

    *select* replaces, and *ignore* extends, what every configuration found says (the command
    line's ``--select`` and ``--ignore``).
    """

    def __init__(
        self,
        explicit: Path | None = None,
        select: tuple[str, ...] | None = None,
        ignore: tuple[str, ...] | None = None,
    ) -> None:
        self._select = select
        self._ignore = ignore
        self._explicit = self._finish(load_config_file(explicit)) if explicit is not None else None
        self._default: Config | None = None
        self._by_folder: dict[Path, Config] = {}
        self._by_file: dict[Path, Config] = {}

    def _finish(self, config: Config) -> Config:
        settings: dict[str, Any] = {}
        if self._select is not None:
            settings["select"] = list(self._select)
        if self._ignore is not None:
            settings["ignore"] = [*config.ignore, *self._ignore]
        return apply_settings(config, settings, "command line") if settings else config

    def for_path(self, path: Path | None) -> Config:
        """The configuration that applies to *path* (``None``: the current folder)."""
        if self._explicit is not None:
            return self._explicit
        folder = (path.parent if path is not None else Path.cwd()).resolve()
        return self._for_folder(folder)

    def _for_folder(self, folder: Path) -> Config:
        if folder in self._by_folder:
            return self._by_folder[folder]
        found = self._config_in(folder)
        if found is None:
            parent = folder.parent
            found = self._default_config() if parent == folder else self._for_folder(parent)
        self._by_folder[folder] = found
        return found

    def _config_in(self, folder: Path) -> Config | None:
        for name in CONFIG_NAMES:
            candidate = folder / name
            if _is_file(candidate):
                return self._load(candidate)
        pyproject = folder / "pyproject.toml"
        if _is_file(pyproject) and "[tool.jdlint" in _safe_read(pyproject):
            return self._load(pyproject)
        return None

    def _default_config(self) -> Config:
        if self._default is None:
            self._default = self._finish(default_config())
        return self._default

    def _load(self, path: Path) -> Config:
        if path not in self._by_file:
            self._by_file[path] = self._finish(load_config_file(path))
        return self._by_file[path]


def _is_file(path: Path) -> bool:
    """Whether *path* is a file; a folder that cannot be searched holds none."""
    try:
        return path.is_file()
    except OSError:
        return False


def _safe_read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
