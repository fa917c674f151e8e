"""jdlint: a linter for job descriptions in English and Bahasa Indonesia.

The public API: :func:`lint_text`, :func:`load_config` and :func:`rules` (see ``jdlint.api``),
returning :class:`FileResult` and :class:`Diagnostic` objects.
"""

__version__ = "0.1.0"

from jdlint.api import lint_text, load_config, rules
from jdlint.diagnostics import Diagnostic
from jdlint.results import FileResult

__all__ = ["Diagnostic", "FileResult", "__version__", "lint_text", "load_config", "rules"]
