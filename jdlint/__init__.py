"""jdlint: a linter for job descriptions in English and Bahasa Indonesia.

The public API: :func:`lint_text`, :func:`load_config` and :func:`rules` (see ``jdlint.api``),
returning :class:`FileResult` and :class:`Diagnostic` objects.
"""

import gc

from jdlint import re_cache

# Importing jdlint makes tens of thousands of objects and no garbage: the cycle collector,
# which would search them again and again, is paused meanwhile (a cold run's time), and the
# regular expressions the modules compile are read from the cache (jdlint.re_cache).
_collecting = gc.isenabled()
gc.disable()
try:
    with re_cache.kept():
        from jdlint.api import lint_text, load_config, rules
        from jdlint.diagnostics import Diagnostic
        from jdlint.results import FileResult
        from jdlint.version import __version__
finally:
    if _collecting:
        gc.enable()

__all__ = ["Diagnostic", "FileResult", "__version__", "lint_text", "load_config", "rules"]
