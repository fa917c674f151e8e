"""Rules: loading and validating the YAML rule files against their kinds' option specs."""

from __future__ import annotations

import copy
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from jdlint.data import builtin_documents, read_yaml_file, rules_dir
from jdlint.diagnostics import SEVERITIES
from jdlint.errors import ConfigError, suggest
from jdlint.kinds import KINDS, Kind, Option
from jdlint.kinds.matching import compiled_on_first_use
from jdlint.languages import chain, for_language, known_languages
from jdlint.pattern_sets import resolve

CODE = re.compile(r"^[A-Z]{2,10}\d{3,4}$")
NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
_FIELDS = {
    "code",
    "name",
    "kind",
    "severity",
    "languages",
    "summary",
    "message",
    "options",
    "docs",
    "examples",
    "jurisdictions",
    "publishes",
    "parameters",
}
_REQUIRED = ("code", "name", "kind", "severity", "languages", "message")
_DOC_FIELDS = {"why", "fix", "fires", "ignores", "sources", "calibration", "notes"}


class Example(NamedTuple):
    """A rule example: a small draft and option overrides that the example needs."""

    text: str
    options: dict[str, Any]


class Jurisdiction(NamedTuple):
    """What the law of one jurisdiction makes of a rule: a raised severity and its citation."""

    citation: str
    severity: str | None = None


@dataclass(eq=False)
class Rule:
    """One rule as declared in YAML, with its kind and validated default options."""

    code: str
    name: str
    kind: Kind
    severity: str
    languages: tuple[str, ...]
    message: str
    summary: str
    options: dict[str, Any]
    docs: dict[str, Any]
    examples: dict[str, dict[str, list[Example]]]
    source: str
    jurisdictions: dict[str, Jurisdiction] = field(default_factory=dict)
    publishes: str | None = None
    """The named fact the scores read from this rule (``placeholders``), if any."""
    parameters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """The rule's own option names (``max_years``) and the kind option each sets, as a path
    into the options (``("above", "years")``)."""
    _prepared: dict[tuple[str, str], Any] = field(default_factory=dict, repr=False)
    _options: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict, repr=False)

    def covers(self, language: str) -> bool:
        """Whether the rule runs on text in *language*: the rule lists it, or a language it
        falls back to (a rule for ``id`` runs on ``ms`` when ``ms`` falls back to ``id``)."""
        return any(other in self.languages for other in chain(language))

    def options_for(self, language: str, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
        """Options with per-language values resolved and user *overrides* applied (cached:
        callers must not change the mapping)."""
        key = (language, _overrides_key(overrides))
        if key not in self._options:
            _make_room(self._options)
            merged = {**self.options, **(overrides or {})}
            self._options[key] = {k: _for_language(v, language) for k, v in merged.items()}
        return self._options[key]

    def kind_options(self, settings: dict[str, Any]) -> dict[str, Any]:
        """*settings* from a configuration, with the rule's parameters written as the kind
        options they set (``{max_years: 12}`` → ``{above: {years: 12}}``)."""
        result: dict[str, Any] = {}
        for key, value in settings.items():
            path = self.parameters.get(key)
            if path is None or len(path) == 1:
                result[path[0] if path else key] = value
                continue
            top: dict[str, Any] = copy.deepcopy(result.get(path[0], self.options[path[0]]))
            node = top
            for step in path[1:-1]:
                node = node[step]
            node[path[-1]] = value
            result[path[0]] = top
        return result

    def prepared(self, language: str, overrides: dict[str, Any] | None = None) -> Any:
        """The kind's compiled form of the options (cached per language and override set)."""
        key = (language, _overrides_key(overrides))
        if key not in self._prepared:
            _make_room(self._prepared)
            with compiled_on_first_use():
                self._prepared[key] = self.kind.prepare(self.options_for(language, overrides))
        return self._prepared[key]


MAX_OPTION_SETS = 64
"""Option sets a rule keeps compiled: a long editor session that edits the configuration again
and again must not grow without bound."""


def _make_room(cache: dict[tuple[str, str], Any]) -> None:
    """Forget the oldest entry of a rule's cache when it is full."""
    if len(cache) >= MAX_OPTION_SETS:
        del cache[next(iter(cache))]


def _overrides_key(overrides: dict[str, Any] | None) -> str:
    return repr(sorted(overrides.items())) if overrides else ""


def _for_language(value: Any, language: str) -> Any:
    """A per-language value's entry for *language* (or the language it falls back to)."""
    return for_language(value, language) if _is_per_language(value) else value


def load_rule_file(path: Path, trusted: bool = False) -> list[Rule]:
    """Every rule in one YAML file (several rules may be separate YAML documents).

    Options are checked against their kinds; a *trusted* file's (the built-in rules, which
    the test suite prepares in full) patterns are compiled on first use instead of now.
    """
    documents = read_yaml_file(path, "rule file", trusted, every_document=True)
    return [_rule(document, path, trusted) for document in documents if document is not None]


def _rule(data: Any, path: Path, trusted: bool = False) -> Rule:
    if not isinstance(data, dict):
        raise ConfigError("a rule must be a mapping of fields", path)
    label = str(data.get("code", "?"))
    for key in data:
        if key not in _FIELDS:
            raise ConfigError(f"rule {label}: unknown field {key!r}{suggest(key, _FIELDS)}", path)
    for key in _REQUIRED:
        if key not in data:
            raise ConfigError(f"rule {label}: missing field {key!r}", path)
    code, name, kind_name = str(data["code"]), str(data["name"]), str(data["kind"])
    if not CODE.match(code):
        raise ConfigError(
            f"rule {code}: field 'code' must be capitals and digits, e.g. ACME101", path
        )
    if not NAME.match(name):
        raise ConfigError(
            f"rule {code}: field 'name' must be kebab-case, e.g. internal-codename", path
        )
    if kind_name not in KINDS:
        raise ConfigError(
            f"rule {code}: unknown kind {kind_name!r}{suggest(kind_name, KINDS)}; "
            f"kinds: {', '.join(sorted(KINDS))}",
            path,
        )
    severity = str(data["severity"])
    if severity not in SEVERITIES:
        raise ConfigError(f"rule {code}: severity must be one of {', '.join(SEVERITIES)}", path)
    languages = data["languages"]
    known = known_languages()
    if not isinstance(languages, list) or not languages:
        raise ConfigError(
            f"rule {code}: field 'languages' must be a list drawn from {', '.join(known)}", path
        )
    for language in languages:
        if language not in known:
            raise ConfigError(
                f"rule {code}: field 'languages': unknown language {language!r}"
                f"{suggest(str(language), known)}; languages: {', '.join(known)}",
                path,
            )
    kind = KINDS[kind_name]
    options = validate_options(
        kind, resolve_options(data.get("options") or {}, code, path), code, path, not trusted
    )
    parameters = _parameters(data.get("parameters"), options, code, path)
    publishes = data.get("publishes")
    if publishes is not None and not (isinstance(publishes, str) and NAME.match(publishes)):
        raise ConfigError(f"rule {code}: field 'publishes' must name a fact in kebab-case", path)
    docs = data.get("docs") or {}
    if not isinstance(docs, dict) or not set(docs) <= _DOC_FIELDS:
        raise ConfigError(f"rule {code}: docs may hold {', '.join(sorted(_DOC_FIELDS))}", path)
    return Rule(
        code=code,
        name=name,
        kind=kind,
        severity=severity,
        languages=tuple(languages),
        message=str(data["message"]),
        summary=str(data.get("summary") or docs.get("why", "")).strip().split("\n")[0],
        options=options,
        docs=docs,
        examples=_examples(data.get("examples"), kind, code, path),
        source=str(path),
        jurisdictions=_jurisdictions(data.get("jurisdictions"), code, path),
        publishes=publishes,
        parameters=parameters,
    )


def _parameters(
    value: Any, options: dict[str, Any], code: str, path: Path
) -> dict[str, tuple[str, ...]]:
    """A rule's ``parameters:``: each name maps to a dotted path through its options, down to
    a value the options set (``max_years: above.years``)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"rule {code}: field 'parameters' must map names to option paths", path)
    result = {}
    for name, dotted in value.items():
        steps = tuple(str(dotted).split("."))
        node: Any = options
        for step in steps:
            if not isinstance(node, dict) or step not in node or _is_per_language(node):
                raise ConfigError(
                    f"rule {code}: parameter {name!r}: {dotted!r} is not an option value the "
                    "rule sets",
                    path,
                )
            node = node[step]
        if str(name) in options:
            raise ConfigError(f"rule {code}: parameter {name!r} is also an option's name", path)
        result[str(name)] = steps
    return result


def _jurisdictions(data: Any, code: str, path: Path) -> dict[str, Jurisdiction]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"rule {code}: jurisdictions must map codes (EU, US-CO …) to laws", path)
    result = {}
    for name, entry in data.items():
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("citation"), str)
            or not set(entry) <= {"citation", "severity"}
            or entry.get("severity", "error") not in SEVERITIES
        ):
            raise ConfigError(
                f"rule {code}: jurisdictions.{name} needs 'citation' (text) and may set "
                f"'severity' ({', '.join(SEVERITIES)})",
                path,
            )
        result[str(name).upper()] = Jurisdiction(entry["citation"], entry.get("severity"))
    return result


def resolve_options(options: Any, code: str, path: Path | str) -> Any:
    """*options* with every named pattern set they use (``{use: pay.figures}``) filled in."""
    try:
        return resolve(options)
    except ValueError as error:
        raise ConfigError(f"rule {code}: {error}", path) from None


def validate_options(
    kind: Kind, options: Any, code: str, path: Path | str, prepare: bool = True
) -> dict[str, Any]:
    """Check *options* against *kind*'s spec; return them merged over the kind's defaults.

    With *prepare*, the kind also compiles them for every language, so that a bad pattern is
    reported now, naming the file and rule.
    """
    if not isinstance(options, dict):
        raise ConfigError(f"rule {code}: options must be a mapping", path)
    merged = {name: spec.default for name, spec in kind.options.items()}
    for key, value in options.items():
        spec = kind.options.get(key)
        if spec is None:
            raise ConfigError(
                f"rule {code}: unknown option {key!r} for kind {kind.name!r}"
                f"{suggest(key, kind.options)}; options: {', '.join(sorted(kind.options))}",
                path,
            )
        for item in _per_language_values(value, spec, key, code, path):
            problem = spec.problem(item)
            if problem is not None:
                raise ConfigError(f"rule {code}: option {key!r}: {problem}", path)
        merged[key] = value
    for key, spec in kind.options.items():
        if spec.required and merged.get(key) is None:
            raise ConfigError(
                f"rule {code}: option {key!r} is required by kind {kind.name!r}", path
            )
    if not prepare:
        return merged
    try:
        for language in known_languages():
            kind.prepare({key: _for_language(value, language) for key, value in merged.items()})
    except ValueError as error:
        raise ConfigError(f"rule {code}: {error}", path) from None
    return merged


def _per_language_values(
    value: Any, spec: Option, key: str, code: str, path: Path | str
) -> list[Any]:
    """The values *value* sets: one, or one per language (``{en: 35, id: 30}``). A mapping
    given to an option that takes no mapping is read as per-language, so its keys must be
    languages."""
    if _is_per_language(value):
        return list(value.values())
    if isinstance(value, dict) and value and not spec.accepts(value):
        known = known_languages()
        for language in value:
            if language not in known:
                raise ConfigError(
                    f"rule {code}: option {key!r}: unknown language {language!r}"
                    f"{suggest(str(language), known)}; languages: {', '.join(known)}",
                    path,
                )
    return [value]


def _is_per_language(value: Any) -> bool:
    return isinstance(value, dict) and bool(value) and set(value) <= set(known_languages())


def _examples(data: Any, kind: Kind, code: str, path: Path) -> dict[str, dict[str, list[Example]]]:
    if data is None:
        return {}
    known = known_languages()
    if not isinstance(data, dict) or not set(data) <= set(known):
        raise ConfigError(
            f"rule {code}: examples must be keyed by language ({', '.join(known)})", path
        )
    result: dict[str, dict[str, list[Example]]] = {}
    for language, entry in data.items():
        if not isinstance(entry, dict) or not set(entry) <= {"fail", "pass"}:
            raise ConfigError(
                f"rule {code}: examples.{language} holds 'fail' and 'pass' lists", path
            )
        result[language] = {
            verdict: [_example(item, kind, code, path) for item in entry.get(verdict) or []]
            for verdict in ("fail", "pass")
        }
    return result


def _example(item: Any, kind: Kind, code: str, path: Path) -> Example:
    if isinstance(item, str):
        return Example(item, {})
    if (
        isinstance(item, dict)
        and isinstance(item.get("text"), str)
        and set(item) <= {"text", "options"}
    ):
        options = item.get("options") or {}
        if isinstance(options, dict):
            validate_options(kind, options, code, path, prepare=False)  # typos, as in options
            return Example(item["text"], options)
    raise ConfigError(
        f"rule {code}: an example is text or a mapping with 'text' and 'options'", path
    )


@functools.cache
def builtin_rules() -> tuple[Rule, ...]:
    """The rules shipped with jdlint, sorted by code."""
    documents = builtin_documents()
    if documents is None:  # a file that cannot be read or parsed: report it as for any file
        return load_rule_folder(rules_dir(), trusted=True)
    root = rules_dir()
    rules = [
        _rule(document, root / name, trusted=True)
        for name, file_documents in documents.items()
        if "/" not in name
        for document in file_documents
    ]
    return tuple(sorted(rules, key=lambda rule: rule.code))


def load_rule_folder(folder: Path, trusted: bool = False) -> tuple[Rule, ...]:
    """Every rule in the ``*.yaml`` / ``*.yml`` files of *folder*, sorted by code."""
    if not folder.is_dir():
        raise ConfigError("rule folder does not exist", folder)
    rules: list[Rule] = []
    for path in sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]):
        rules.extend(load_rule_file(path, trusted))
    return tuple(sorted(rules, key=lambda rule: rule.code))
