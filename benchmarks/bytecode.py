"""Compile jdlint's bytecode before timing it, as installing it does.

``pip install`` writes each module's bytecode when it installs a package; an editable
install or a checkout run with ``python -m jdlint`` does not, and where
``PYTHONDONTWRITEBYTECODE`` is set (some CI images and sandboxes) Python never writes it
either, so every cold run would compile jdlint's source again: about 0.06 s of a cold check
that installed users never pay. The benchmarks time jdlint as it is installed.
"""

from __future__ import annotations

import compileall
import importlib.util
from pathlib import Path


def compile_jdlint() -> Path | None:
    """Write the bytecode of the jdlint package that ``python -m jdlint`` imports from here;
    its folder, or ``None`` if jdlint is not importable."""
    spec = importlib.util.find_spec("jdlint")
    if spec is None or spec.origin is None:
        return None
    package = Path(spec.origin).parent
    compileall.compile_dir(package, quiet=1)
    return package
