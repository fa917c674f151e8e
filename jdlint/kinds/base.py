"""What every kind shares: option specs, the kind record and the context a check receives.

A kind compiles a rule's options once into its *prepared data* (``prepare``) and reads them
back in every check (``context.prepared``). A kind whose prepared data has its own type is a
:class:`TypedKind` of that type, so that mypy checks that ``prepare`` gives what ``check``
reads; :data:`Kind` and :data:`Context` are the same records with prepared data of any type,
for the kinds that do not declare one yet.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeAlias, TypeVar

from jdlint.diagnostics import Finding
from jdlint.errors import suggest
from jdlint.languages import default_language

if TYPE_CHECKING:
    from jdlint.analysis import Analysis
    from jdlint.document import Document


Types: TypeAlias = type | tuple[type, ...]
"""One type, or the types a value may have."""

_TYPE_NAMES: dict[type, str] = {
    int: "a whole number",
    float: "a number",
    bool: "true or false",
    str: "text",
    list: "a list",
    dict: "a mapping",
    type(None): "nothing (null)",
}

_ITEM_NAMES: dict[type, str] = {
    int: "whole numbers",
    float: "numbers",
    bool: "true or false",
    str: "text",
    list: "lists",
    dict: "mappings",
    type(None): "null",
}


def _type_names(types: Types) -> str:
    kinds = types if isinstance(types, tuple) else (types,)
    return " or ".join(_TYPE_NAMES.get(kind, kind.__name__) for kind in kinds)


def _has_type(value: Any, types: Types) -> bool:
    """Whether *value* is of one of *types*; ``bool`` is not a number here, while a whole
    number is a number."""
    if isinstance(value, bool):
        return types is bool or (isinstance(types, tuple) and bool in types)
    if isinstance(value, types):
        return True
    return isinstance(value, int) and (
        types is float or (isinstance(types, tuple) and float in types)
    )


class Vocabulary(NamedTuple):
    """Allowed values that the engine reads from its data, loaded only when a value is checked
    (section names from rules/data/sections.yaml, detail fields from rules/data/details.yaml)."""

    label: str
    """What one value is, in words: ``section``."""
    source: str
    """Where the values come from, for ``jdlint explain``."""
    load: Callable[[], Sequence[str]]

    def values(self) -> Sequence[str]:
        """The allowed values, in their data file's order."""
        return self.load()


@functools.cache
def _section_names() -> Sequence[str]:
    from jdlint.data import vocabulary  # the data layer reads YAML: only when needed

    return ("title", *vocabulary("sections")["sections"])


@functools.cache
def _detail_fields() -> Sequence[str]:
    from jdlint.data import vocabulary

    return tuple(vocabulary("details")["fields"])


SECTION_NAMES = Vocabulary("section", "rules/data/sections.yaml", _section_names)
DETAIL_FIELDS = Vocabulary("detail field", "rules/data/details.yaml", _detail_fields)


class Option(NamedTuple):
    """One option of a kind: its type, the type of its items, its allowed values, default and
    meaning.

    ``items`` is the type of a list's items or of a mapping's values. ``choices`` are the
    values a text option, or the text items of a list, may take: a fixed tuple, or a
    :class:`Vocabulary` from the engine's data. ``fields`` are the keys a mapping item of a
    list may hold (``{pattern, message}``).
    """

    type: Types
    default: Any = None
    help: str = ""
    required: bool = False
    items: Types | None = None
    choices: tuple[str, ...] | Vocabulary | None = None
    fields: tuple[str, ...] | None = None

    def accepts(self, value: Any) -> bool:
        """Whether *value* has this option's type (``bool`` is not a number here)."""
        return _has_type(value, self.type)

    def describe(self) -> str:
        """The type in words, for error messages and ``jdlint explain``: ``a list of text``."""
        if self.items is None:
            return _type_names(self.type)
        kinds = self.type if isinstance(self.type, tuple) else (self.type,)
        items = self.items if isinstance(self.items, tuple) else (self.items,)
        containers = " or ".join(_TYPE_NAMES[kind] for kind in kinds if kind in (list, dict))
        described = [f"{containers} of " + " or ".join(_ITEM_NAMES[kind] for kind in items)]
        described += [_TYPE_NAMES[kind] for kind in kinds if kind not in (list, dict)]
        return " or ".join(described)

    def allowed(self) -> Sequence[str]:
        """The values this option allows, or an empty sequence when any value of its type is
        allowed."""
        if isinstance(self.choices, Vocabulary):
            return self.choices.values()
        return self.choices or ()

    def problem(self, value: Any) -> str | None:
        """What is wrong with *value* for this option, in words, or ``None`` when it fits
        (``None`` always fits: it stands for the default)."""
        if value is None:
            return None
        if not self.accepts(value):
            return f"must be {self.describe()}, got {value!r}"
        items = value if isinstance(value, list) else []
        if self.items is not None:
            inner = value.values() if isinstance(value, dict) else items
            wrong = [item for item in inner if not _has_type(item, self.items)]
            if wrong:
                return f"must be {self.describe()}, got {wrong[0]!r} in it"
        fields = self.fields or ()
        for item in items if fields else ():
            unknown = [key for key in item if key not in fields] if isinstance(item, dict) else []
            if unknown:
                return (
                    f"unknown field {unknown[0]!r}{suggest(unknown[0], fields)}; "
                    f"fields: {', '.join(fields)}"
                )
        if self.choices is not None:
            allowed = self.allowed()
            for item in items or [value]:
                if isinstance(item, str) and item not in allowed:
                    return self._unknown(item)
        return None

    def _unknown(self, value: str) -> str:
        allowed = self.allowed()
        label = self.choices.label if isinstance(self.choices, Vocabulary) else "value"
        return f"unknown {label} {value!r}{suggest(value, allowed)}; {label}s: {', '.join(allowed)}"


SECTIONS_OPTION = Option(
    list, None, "only search these canonical sections", items=str, choices=SECTION_NAMES
)
"""The ``sections`` option of the kinds that search text: where to look."""


P = TypeVar("P")
"""The type of a kind's prepared data."""
Q = TypeVar("Q")


@dataclass(frozen=True)
class TypedContext(Generic[P]):
    """What a check sees: the document, its shared analysis, the rule's resolved options and the
    kind's prepared data (of type ``P``).

    ``language`` is the language the check runs for: the document's, or, for a rule that runs
    block by block, the language of the blocks it is run on (a draft may mix languages).
    """

    document: Document
    analysis: Analysis
    options: dict[str, Any]
    prepared: P
    settings: dict[str, Any] = field(default_factory=dict)
    language: str = field(default_factory=default_language)
    options_by_language: dict[str, dict[str, Any]] = field(default_factory=dict)
    """For a rule that runs once on the whole draft: its options in each language the draft
    is written in (limits that differ by language are combined by word count)."""

    def for_kind(self, prepared: Q, options: dict[str, Any]) -> TypedContext[Q]:
        """This context for another kind's check on the same draft, with that kind's prepared
        data and options (a kind that runs another, as ``figures`` runs ``pattern``)."""
        return TypedContext(
            self.document,
            self.analysis,
            options,
            prepared,
            self.settings,
            self.language,
            self.options_by_language,
        )


Context: TypeAlias = TypedContext[Any]
"""The context of a kind whose prepared data has no declared type."""


def _identity(options: dict[str, Any]) -> Any:
    return options


def nothing_to_prepare(options: dict[str, Any]) -> None:
    """The ``prepare`` of a kind that reads its options as they are: no prepared data."""


@dataclass(frozen=True)
class TypedKind(Generic[P]):
    """A check that rules instantiate with options (one Python module per kind), whose
    prepared data is of type ``P``."""

    name: str
    doc: str
    options: dict[str, Option]
    check: Callable[[TypedContext[P]], Iterable[Finding]]
    prepare: Callable[[dict[str, Any]], P] = _identity
    """Compiles a rule's options, in one language, once (default: the options themselves);
    raises ValueError on a value it cannot use."""
    scope: str = "document"
    """``document``: runs once per draft, in the draft's language. ``block``: runs once per
    language the draft is written in, and reports only in the blocks of that language."""
    measure: Callable[[TypedContext[P]], Any] | None = None
    """What the kind measures on a whole draft, published as the fact a rule of this kind
    names (``publishes:``); a rule whose kind measures nothing publishes its findings."""

    def __reduce__(self) -> tuple[Callable[[str], Kind], tuple[str]]:
        """Pickled by name, so that a configuration sent to another process (a worker of
        ``--jobs`` or of a Dask cluster) finds the same kind there, not a copy of it."""
        return (_kind_named, (self.name,))


Kind: TypeAlias = TypedKind[Any]
"""A kind whose prepared data may be of any type: what the registry and the engine hold."""


def _kind_named(name: str) -> Kind:
    from jdlint.kinds import KINDS  # the registry imports every kind module, which import this

    return KINDS[name]
