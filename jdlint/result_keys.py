"""What the result of linting a file depends on, as digests for the result cache
(:mod:`jdlint.result_cache`).

A run's digest covers jdlint (its version, and the size and time of every file of its code and
built-in data, so an edited checkout is a new jdlint), Python, the installed distributions,
the command line's options and the language folders the run's configurations added (their
profiles are known to every file). A configuration's digest adds its file's name and bytes
and the contents of its ``rule_paths`` and ``language_paths`` folders; a file's digest adds
its name as reported and its bytes.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from jdlint.config import Config
from jdlint.data import rules_dir
from jdlint.languages import added_folders
from jdlint.version import __version__

FORMAT = "jdlint results 1"
"""Changes when what the cache keeps of a result changes."""

_PACKAGE = Path(__file__).resolve().parent


def run_digest(options: str) -> bytes | None:
    """What every result of this run depends on; *options* are the command line's. ``None``
    if a file of an added language folder cannot be read now."""
    digest = _hasher()
    for part in (FORMAT, __version__, sys.version, options, *_distributions()):
        _add(digest, part)
    for folder in dict.fromkeys((_PACKAGE, rules_dir().resolve())):
        _add_stamps(digest, folder)
    try:
        for folder in added_folders():
            _add_contents(digest, folder)
    except OSError:
        return None
    return digest.digest()


def config_digest(run: bytes, config: Config) -> bytes | None:
    """*run*'s digest with what *config* was read from; ``None`` if a file of it cannot be
    read now."""
    digest = _hasher()
    _add(digest, run)
    try:
        if config.path is not None:
            _add(digest, config.path)
            _add(digest, Path(config.path).read_bytes())
        for folder in (*config.rule_paths, *config.language_paths):
            _add_contents(digest, folder)
    except OSError:
        return None
    return digest.digest()


def file_digest(settings: bytes, shown: str, data: bytes) -> bytes:
    """The digest of a file's result: *settings* (a configuration's digest), the name it is
    reported under and its bytes."""
    digest = _hasher()
    for part in (settings, shown, data):
        _add(digest, part)
    return digest.digest()


def _hasher() -> hashlib.blake2b:
    return hashlib.blake2b(digest_size=16)


def _add(digest: hashlib.blake2b, part: bytes | str) -> None:
    """Add *part* and its length, so that no two lists of parts give the same bytes."""
    data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
    digest.update(len(data).to_bytes(8, "big"))
    digest.update(data)


def _files(folder: Path) -> list[Path]:
    """Every file under *folder*, sorted, compiled bytecode left out."""
    found: list[Path] = []
    for parent, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if name != "__pycache__")
        found.extend(Path(parent, name) for name in sorted(names))
    return found


def _add_stamps(digest: hashlib.blake2b, folder: Path) -> None:
    """Add the name, size and modification time of every file under *folder*."""
    for path in _files(folder):
        try:
            status = path.stat()
        except OSError:
            continue
        _add(digest, f"{path} {status.st_size} {status.st_mtime_ns}")


def _add_contents(digest: hashlib.blake2b, folder: Path) -> None:
    """Add the name and bytes of every file under *folder* (an ``OSError`` if one is
    unreadable)."""
    _add(digest, str(folder))
    for path in _files(folder):
        _add(digest, str(path.relative_to(folder)))
        _add(digest, path.read_bytes())


def _distributions() -> list[str]:
    """The installed distributions with their versions (``regex-2024.11.6.dist-info``) in the
    folders Python imports from (but the current one)."""
    found: list[str] = []
    for entry in sys.path:
        if not os.path.isabs(entry):  # "": the current folder, perhaps one of many drafts
            continue
        try:
            names = os.listdir(entry)
        except OSError:
            continue
        found.extend(name for name in names if name.endswith((".dist-info", ".egg-info")))
    return sorted(found)
