"""Bounded caches of what jdlint works out from the text of drafts (syllables, word counts,
cue readings), which a long run empties from time to time so that its memory stays flat.

A cache here is ``functools.lru_cache`` with a size limit, registered so that :func:`clear`
can empty every one of them: an export of a million rows would otherwise keep each cache full
of texts it will not see again.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

Function = TypeVar("Function", bound=Callable[..., Any])

_CACHES: list[Any] = []


def text_cache(maxsize: int) -> Callable[[Function], Function]:
    """``functools.lru_cache(maxsize)`` for a function of a draft's text, emptied by
    :func:`clear`."""

    def wrap(function: Function) -> Function:
        cached = functools.lru_cache(maxsize=maxsize)(function)
        _CACHES.append(cached)
        return cached  # type: ignore[return-value]

    return wrap


def clear() -> None:
    """Empty every cache made with :func:`text_cache`."""
    for cache in _CACHES:
        cache.cache_clear()
