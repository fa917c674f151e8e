"""What every kind shares: option specs, the kind record and the context a check receives."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jdlint.diagnostics import Finding

if TYPE_CHECKING:
    from jdlint.analysis import Analysis
    from jdlint.document import Document


@dataclass(frozen=True)
class Option:
    """One option of a kind: its type, default and a short description."""

    type: type | tuple[type, ...]
    default: Any = None
    help: str = ""
    required: bool = False

    def accepts(self, value: Any) -> bool:
        """Whether *value* has this option's type (``bool`` is not a number here)."""
        if self.type is float:
            return isinstance(value, (int, float)) and not isinstance(value, bool)
        if self.type is int:
            return isinstance(value, int) and not isinstance(value, bool)
        return isinstance(value, self.type)

    def describe(self) -> str:
        """The type in words, for error messages."""
        names = {
            int: "a whole number",
            float: "a number",
            bool: "true or false",
            str: "text",
            list: "a list",
            dict: "a mapping",
        }
        types = self.type if isinstance(self.type, tuple) else (self.type,)
        return " or ".join(names.get(kind, kind.__name__) for kind in types)


@dataclass(frozen=True)
class Context:
    """What a check sees: the document, its shared analysis and the rule's resolved options.

    ``language`` is the language the check runs for: the document's, or, for a rule that runs
    block by block, the language of the blocks it is run on (a draft may mix languages).
    """

    document: Document
    analysis: Analysis
    options: dict[str, Any]
    prepared: Any
    settings: dict[str, Any] = field(default_factory=dict)
    language: str = "en"
    options_by_language: dict[str, dict[str, Any]] = field(default_factory=dict)
    """For a rule that runs once on the whole draft: its options in each language the draft
    is written in (limits that differ by language are combined by word count)."""


def _identity(options: dict[str, Any]) -> Any:
    return options


@dataclass(frozen=True)
class Kind:
    """A check that rules instantiate with options (one Python module per kind)."""

    name: str
    doc: str
    options: dict[str, Option]
    check: Callable[[Context], Iterable[Finding]]
    prepare: Callable[[dict[str, Any]], Any] = _identity
    scope: str = "document"
    """``document``: runs once per draft, in the draft's language. ``block``: runs once per
    language the draft is written in, and reports only in the blocks of that language."""
    measure: Callable[[Context], Any] | None = None
    """What the kind measures on a whole draft, published as the fact a rule of this kind
    names (``publishes:``); a rule whose kind measures nothing publishes its findings."""

    def __reduce__(self) -> tuple[Callable[[str], Kind], tuple[str]]:
        """Pickled by name, so that a configuration sent to another process (a worker of
        ``--jobs`` or of a Dask cluster) finds the same kind there, not a copy of it."""
        return (_kind_named, (self.name,))


def _kind_named(name: str) -> Kind:
    from jdlint.kinds import KINDS  # the registry imports every kind module, which import this

    return KINDS[name]
