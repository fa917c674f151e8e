"""jdlint: a linter for job descriptions in English and Bahasa Indonesia.

The public API: :func:`lint_text`, :func:`load_config` and :func:`rules` (see ``jdlint.api``),
returning :class:`FileResult` and :class:`Diagnostic` objects.
"""

import gc

# Importing jdlint makes tens of thousands of objects and no garbage: the cycle collector,
# which would search them again and again, is paused meanwhile (a cold run's time).
_collecting = gc.isenabled()
gc.disable()
try:
    from jdlint.api import lint_text, load_config, rules
    from jdlint.diagnostics import Diagnostic
    from jdlint.results import FileResult
    from jdlint.version import __version__
finally:
    if _collecting:
        gc.enable()

__all__ = ["Diagnostic", "FileResult", "__version__", "lint_text", "load_config", "rules"]
