"""Language profiles: what jdlint knows of each language, as data.

A profile is ``rules/data/languages/<code>.yaml`` (or the same file in a folder a configuration
adds with ``language_paths``). It names the language's readability method and syllable
counter (by their names in :data:`jdlint.readability.READABILITY_METHODS` and
:data:`jdlint.syllables.SYLLABLE_COUNTERS`), lists its function words (language detection)
and holds its vocabularies. A profile that lacks a setting takes it from its ``fallback``
language, and a rule written for the fallback runs on it too (:func:`chain`).

Nothing is read until a language is needed; the built-in codes come from the file names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jdlint.data import add_headings, builtin_documents, read_yaml_file, rules_dir, vocabulary
from jdlint.errors import ConfigError, suggest

CODE = re.compile(r"^[a-z]{2,3}$")
"""A language code: ISO 639-1 (two letters) or 639-3 (three)."""
_TYPES: dict[str, tuple[type, ...]] = {
    "name": (str,),
    "default": (bool,),
    "fallback": (str,),
    "readability": (str,),
    "syllables": (str,),
    "function_words": (list,),
    "untitled": (str,),
    "verbs": (dict,),
    "titles": (dict,),
    "number_words": (dict,),
    "sections": (dict,),
    "inflections": (dict,),
    "term_words": (dict,),
    "continuing_words": (list,),
    "year_words": (list,),
}
"""The keys a profile may set, and the type of each."""
_REQUIRED = ("name", "function_words")


@dataclass(frozen=True)
class Profile:
    """One language's profile, as read from its file."""

    code: str
    name: str
    source: str
    settings: dict[str, Any] = field(repr=False)
    function_words: frozenset[str] = field(repr=False)

    @property
    def fallback(self) -> str | None:
        """The language this one takes what it lacks from, if any."""
        value = self.settings.get("fallback")
        return str(value) if value is not None else None


def builtin_folder() -> Path:
    """The folder of the built-in profiles."""
    return rules_dir() / "data" / "languages"


@functools.cache
def _builtin_codes() -> tuple[str, ...]:
    return tuple(sorted(path.stem for path in builtin_folder().glob("*.yaml")))


_added: dict[str, Profile] = {}
_added_folders: set[Path] = set()


def added_folders() -> tuple[Path, ...]:
    """The folders whose profiles this process added (``language_paths``), sorted."""
    return tuple(sorted(_added_folders))


def known_languages() -> tuple[str, ...]:
    """Every language code jdlint knows: the built-in ones, then those added from folders."""
    if not _added:
        return _builtin_codes()
    return (*_builtin_codes(), *sorted(_added))


@functools.cache
def _builtin_profile(code: str) -> Profile:
    path = builtin_folder() / f"{code}.yaml"
    documents = (builtin_documents() or {}).get(f"data/languages/{code}.yaml")
    if documents is None:  # not among the parsed built-in files: read it as any profile
        return read_profile(path, trusted=True)
    return _checked_profile(documents[0] if documents else None, path)


def profile(code: str) -> Profile:
    """The profile of language *code* (a ``KeyError`` for an unknown code)."""
    if code in _added:
        return _added[code]
    if code not in _builtin_codes():
        raise KeyError(code)
    return _builtin_profile(code)


def default_language() -> str:
    """The language a draft is read in when nothing decides (the profile with ``default``)."""
    return _default_language(known_languages())


@functools.cache
def _default_language(codes: tuple[str, ...]) -> str:
    defaults = [code for code in codes if profile(code).settings.get("default")]
    return defaults[0] if defaults else codes[0]


def detection_order() -> tuple[str, ...]:
    """The languages in the order that breaks a tie in detection: the default first."""
    codes = known_languages()
    first = default_language()
    return (first, *(code for code in codes if code != first))


def chain(code: str) -> tuple[str, ...]:
    """*code* and the languages it falls back to, nearest first (``ms`` → ``("ms", "id")``)."""
    return _chain(code, known_languages())


@functools.cache
def _chain(code: str, codes: tuple[str, ...]) -> tuple[str, ...]:
    found = [code]
    fallback = profile(code).fallback if code in codes else None
    while fallback is not None and fallback not in found:
        found.append(fallback)
        fallback = profile(fallback).fallback
    return tuple(found)


def setting(code: str, key: str) -> Any:
    """The profile setting *key* of language *code*, from the first language of its
    :func:`chain` that sets it (``None`` when none does)."""
    for language in chain(code):
        value = profile(language).settings.get(key)
        if value is not None:
            return value
    return None


def every_language(key: str) -> list[Any]:
    """The setting *key* of every known language that sets it (its own, not a fallback's):
    for vocabularies read whatever the language of the text."""
    found = (profile(code).settings.get(key) for code in known_languages())
    return [value for value in found if value is not None]


def languages_with(key: str) -> tuple[str, ...]:
    """The known languages whose own profile sets *key*."""
    return _languages_with(key, known_languages())


@functools.cache
def _languages_with(key: str, codes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(code for code in codes if profile(code).settings.get(key) is not None)


def for_language(by_language: dict[str, Any], code: str) -> Any:
    """The entry of *by_language* (a mapping keyed by language) for *code*, or for the first
    language it falls back to that has one (``None`` when none has)."""
    for language in chain(code):
        if language in by_language:
            return by_language[language]
    return None


def read_profile(path: Path, trusted: bool = False) -> Profile:
    """Read and check the profile in *path*; its file name is its code."""
    code = path.stem
    if not CODE.match(code):
        raise ConfigError(
            "a language profile is named by its ISO 639 code in lower case, e.g. ms.yaml", path
        )
    return _checked_profile(read_yaml_file(path, "language profile", trusted), path)


def _checked_profile(data: Any, path: Path) -> Profile:
    """The profile *data* (read from *path*) declares, checked."""
    code = path.stem
    if not isinstance(data, dict):
        raise ConfigError("a language profile must be a mapping of keys to values", path)
    for key, value in data.items():
        if key not in _TYPES:
            raise ConfigError(_unknown("key", key, sorted(_TYPES)), path)
        if value is not None and not isinstance(value, _TYPES[key]):
            raise ConfigError(f"key {key!r} must be a {_TYPES[key][0].__name__}", path)
    for key in _REQUIRED:
        if data.get(key) is None:
            raise ConfigError(f"missing key {key!r}", path)
    words = data["function_words"]
    if not all(isinstance(word, str) for word in words):
        raise ConfigError("key 'function_words' must be a list of words", path)
    _check_sections(data.get("sections") or {}, path)
    return Profile(
        code=code,
        name=data["name"],
        source=str(path),
        settings=data,
        function_words=frozenset(word.lower() for word in words),
    )


def _unknown(what: str, name: Any, known: list[str]) -> str:
    """The message for an unknown *what* called *name*, with the nearest known one."""
    return f"unknown {what} {name!r}{suggest(str(name), known)}; {what}s: {', '.join(known)}"


def _check_sections(headings: dict[str, Any], path: Path) -> None:
    """A profile's ``sections`` map section names to lists of headings."""
    if not headings:
        return
    known = list(vocabulary("sections")["sections"])
    for name, names in headings.items():
        if name not in known:
            raise ConfigError(f"key 'sections': {_unknown('section', name, known)}", path)
        if not isinstance(names, list) or not all(isinstance(item, str) for item in names):
            raise ConfigError(f"key 'sections.{name}' must be a list of headings", path)


def add_folder(folder: Path, check: Callable[[Profile], None] | None = None) -> tuple[str, ...]:
    """Add the profiles of every ``*.yaml`` file in *folder*; returns their codes. A folder
    already added adds nothing. A profile's fallback must be a known language; *check* (which
    raises a ``ConfigError``) is then called on each profile, and if it or anything else fails
    nothing of the folder is added."""
    folder = folder.resolve()
    if folder in _added_folders:
        return ()
    if not folder.is_dir():
        raise ConfigError("language folder does not exist", folder)
    found = {path.stem: read_profile(path) for path in sorted(folder.glob("*.yaml"))}
    for code, new in found.items():
        if code in known_languages():
            raise ConfigError(f"language {code!r} is already defined", new.source)
        if new.settings.get("default"):
            raise ConfigError(f"key 'default': {default_language()!r} is the default", new.source)
    _added.update(found)
    _added_folders.add(folder)
    try:
        for code, new in found.items():
            fallback = new.fallback
            if fallback is not None and fallback not in known_languages():
                raise ConfigError(
                    f"key 'fallback': unknown language {fallback!r}"
                    f"{suggest(fallback, known_languages())}; "
                    f"languages: {', '.join(known_languages())}",
                    new.source,
                )
            if fallback is not None and code in chain(fallback):
                raise ConfigError(f"key 'fallback': {code!r} falls back to itself", new.source)
            if check is not None:
                check(new)
    except ConfigError:
        for code in found:
            del _added[code]
        _added_folders.discard(folder)
        raise
    for new in found.values():
        add_headings(new.settings.get("sections") or {})
    return tuple(found)
