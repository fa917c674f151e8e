"""Test-suite settings.

Hypothesis keeps caches (its example database is off in ``tests/test_properties.py``, but it
still stores constants it collects from the source) in ``.hypothesis/`` under the current
folder. Point it at the system's temporary folder instead, so that running the tests writes
nothing into the project; ``HYPOTHESIS_STORAGE_DIRECTORY`` set by the caller wins.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault(
    "HYPOTHESIS_STORAGE_DIRECTORY", str(Path(tempfile.gettempdir()) / "jdlint-hypothesis")
)
