"""The package's import layers (docs/architecture.md): no module imports a higher layer.

Every import counts, including those inside functions (lazy imports) and those only for type
checking: a lazy import of a higher layer is the same dependency, paid later.
"""

from __future__ import annotations

import ast
from collections.abc import Collection, Iterator, Mapping
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "jdlint"

LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "foundation",
        (
            "cache",
            "data",
            "diagnostics",
            "errors",
            "languages",
            "lexicon",
            "markers",
            "memo",
            "paths",
            "pattern_sets",
            "phrases",
            "regex_cache",
            "results",
            "spans",
            "syllables",
            "templates",
            "styled_letters",
            "text",
            "version",
        ),
    ),
    (
        "reading",
        (
            "content",
            "document",
            "exports",
            "front_matter",
            "html",
            "language",
            "outline",
            "parse",
            "parse_markdown",
            "parse_text",
            "reader",
            "suppression",
            "verbs",
        ),
    ),
    ("analysis", ("analysis", "readability", "stated_details", "word_index")),
    ("scoring", ("scoring",)),
    ("rules", ("config", "kinds", "rules")),
    ("engine", ("api", "fixes", "lint", "parallel", "result_cache", "result_keys")),
    (
        "interface",
        (
            "__main__",
            "cli",
            "dask",
            "explain",
            "formatters",
            "lsp",
            "report",
            "scaffold",
            "schema",
            "spacy_component",
        ),
    ),
)
"""Each layer, lowest first, with the modules (or packages, which hold their submodules) in it.
A module may import its own layer and the layers below it. The package itself (``jdlint``,
whose ``__init__`` re-exports the public API) is above every layer."""


def layer_of(module: str, layers: tuple[tuple[str, tuple[str, ...]], ...] = LAYERS) -> int:
    """The index of *module*'s layer (``jdlint.kinds.pattern`` is in the layer of ``kinds``)."""
    if module == "jdlint":
        return len(layers)
    parts = module.split(".")
    for index, (_, members) in enumerate(layers):
        if parts[1] in members:
            return index
    raise KeyError(f"module {module} is in no layer: add it to LAYERS in {__file__}")


def module_name(path: Path, package: Path = PACKAGE) -> str:
    """The dotted name of the module at *path* in *package*."""
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(
    source: str, module: str, modules: Collection[str], is_package: bool = False
) -> Iterator[str]:
    """The *modules* that *source* (the text of *module*) imports, wherever it imports them.

    ``from jdlint import lexicon`` imports the module ``jdlint.lexicon``, ``from jdlint import
    Diagnostic`` the package; relative imports are resolved against *module*.
    """
    here = module.split(".") if is_package else module.split(".")[:-1]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name in modules)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                stem = ".".join(here[: len(here) - node.level + 1])
                base = f"{stem}.{base}" if base else stem
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                if submodule in modules:
                    yield submodule
                elif base in modules:
                    yield base


def package_imports(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Every module of *package* and the package modules it imports."""
    paths = sorted(package.rglob("*.py"))
    modules = {module_name(path, package): path for path in paths}
    imports: dict[str, set[str]] = {}
    for name, path in modules.items():
        source = path.read_text(encoding="utf-8")
        imports[name] = set(imported_modules(source, name, modules, path.stem == "__init__"))
        imports[name].discard(name)
    return imports


def violations(
    imports: Mapping[str, set[str]],
    layers: tuple[tuple[str, tuple[str, ...]], ...] = LAYERS,
) -> list[str]:
    """Each import of a higher layer, as ``importer (layer) -> imported (layer)``."""
    names = [name for name, _ in layers] + ["package"]
    found = []
    for module, targets in sorted(imports.items()):
        own = layer_of(module, layers)
        for target in sorted(targets):
            other = layer_of(target, layers)
            if other > own:
                found.append(f"{module} ({names[own]}) -> {target} ({names[other]})")
    return found


def test_no_module_imports_a_higher_layer() -> None:
    assert violations(package_imports()) == []


def test_every_module_has_a_layer() -> None:
    for module in package_imports():
        layer_of(module)  # raises for a module nobody placed


def test_the_analysis_layer_does_not_load_the_kinds() -> None:
    imports = package_imports()
    rules = [name for name, _ in LAYERS].index("rules")
    below_rules = [module for module in imports if layer_of(module) < rules]
    assert "jdlint.analysis" in below_rules
    for module in below_rules:
        assert not any(target.startswith("jdlint.kinds") for target in imports[module]), module


def test_a_lower_layer_importing_a_higher_one_is_reported() -> None:
    imports = {
        "jdlint.analysis": {"jdlint.kinds.needs", "jdlint.document"},
        "jdlint.kinds.needs": {"jdlint.word_index"},
        "jdlint.lint": {"jdlint.analysis"},
    }
    assert violations(imports) == ["jdlint.analysis (analysis) -> jdlint.kinds.needs (rules)"]


def test_a_lazy_import_inside_a_function_is_an_import() -> None:
    source = (
        "from __future__ import annotations\n"
        "from typing import TYPE_CHECKING\n"
        "from jdlint.spans import Span\n"
        "if TYPE_CHECKING:\n"
        "    from jdlint.rules import Rule\n"
        "def scores(text: str) -> int:\n"
        "    from jdlint import lint\n"
        "    import jdlint.cli\n"
        "    return 0\n"
    )
    modules = {"jdlint", "jdlint.spans", "jdlint.rules", "jdlint.lint", "jdlint.cli"}
    found = set(imported_modules(source, "jdlint.document", modules))
    assert found == modules - {"jdlint"}
    assert violations({"jdlint.document": found}) == [
        "jdlint.document (reading) -> jdlint.cli (interface)",
        "jdlint.document (reading) -> jdlint.lint (engine)",
        "jdlint.document (reading) -> jdlint.rules (rules)",
    ]


def test_relative_imports_are_resolved(tmp_path: Path) -> None:
    package = tmp_path / "jdlint"
    (package / "kinds").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "analysis.py").write_text("def later():\n    from .kinds import pattern\n")
    (package / "kinds" / "__init__.py").write_text("from . import pattern\n")
    (package / "kinds" / "pattern.py").write_text("from ..analysis import later\n")
    imports = package_imports(package)
    assert imports["jdlint.analysis"] == {"jdlint.kinds.pattern"}
    assert imports["jdlint.kinds"] == {"jdlint.kinds.pattern"}
    assert imports["jdlint.kinds.pattern"] == {"jdlint.analysis"}
    assert violations(imports) == ["jdlint.analysis (analysis) -> jdlint.kinds.pattern (rules)"]


def test_a_module_in_no_layer_is_named() -> None:
    with pytest.raises(KeyError, match=r"jdlint\.newthing"):
        layer_of("jdlint.newthing")
