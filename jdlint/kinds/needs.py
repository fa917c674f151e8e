"""What a regular expression needs to find in a draft before it can match: a quick pre-test.

Rule patterns are mostly phrases (``\\bwork\\s+hard,\\s+play\\s+hard\\b``, ``\\busia\\s*…``).
From a pattern's syntax tree this module reads, for each way the pattern can match, the whole
words that match must contain. A draft that lacks a word of every way cannot match, and the much
slower regex search is skipped. The analysis is conservative: where it does not follow the
pattern it asks for less (fewer words, a word's beginning, or nothing, in which case the pattern
is always searched).
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path
from typing import Any, NamedTuple

from jdlint import cache
from jdlint.word_index import HEAD_LENGTH, Requirement, WordIndex

# The standard library's own regular-expression parser (``re._parser`` from Python 3.11,
# ``sre_parse`` before): internal, but stable for years, and the analysis gives up on anything
# it does not know.
_INTERNAL = sys.version_info >= (3, 11)
sre_parse: Any = importlib.import_module("re._parser" if _INTERNAL else "sre_parse")
sre: Any = importlib.import_module("re._constants" if _INTERNAL else "sre_constants")

_MOST_PATHS = 64
_MOST_SPLITS = 2
"""How many alternations deep a pattern too branchy to follow whole is split."""
_MOST_CLASS_CHARS = 12
_WORD_CHAR = re.compile(r"\w")
_NON_WORD_CATEGORIES = {sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD, sre.CATEGORY_LINEBREAK}
_WORD_CATEGORIES = {sre.CATEGORY_DIGIT, sre.CATEGORY_WORD}
_SEPARATOR = " "
"""Stands for any non-word character in a character class."""
_WORD = "\x00"
"""Stands for word characters the analysis cannot name (``\\d``, ``\\w``, ``[A-Z]``)."""


class _Unknown(Exception):
    """The pattern holds something the analysis does not follow."""


class _Path(NamedTuple):
    """One way through the pattern: the words read so far and the word being read."""

    words: tuple[str, ...] = ()
    text: str = ""
    anchored: bool = False
    """Whether ``text`` starts at a word boundary (else it may start inside a word)."""
    first_inside: bool = False
    """Whether the first word may start inside a word of the draft."""
    blurred: bool = False
    """Whether the word being read holds characters the analysis cannot name (``\\d``)."""
    symbol: str = ""
    """The non-word character that opens every match of this way ("$", "£")."""
    tail: str = ""
    """The known characters read after the last unknown one of a blurred word."""
    pieces: tuple[str, ...] = ()
    """Known ends of blurred words ("12years" needs "years" somewhere in the text)."""
    heads: tuple[str, ...] = ()
    """Known beginnings of blurred words ("usia25" needs a word starting with "usia")."""
    done: bool = False


class Needs:
    """The requirements of the ways a pattern can match; a draft must meet one of them.

    Ways that need whole words are filed under their longest word, so a draft is first
    checked for those words at once, and only the ways whose word it holds are examined.
    """

    def __init__(self, ways: tuple[Requirement, ...]) -> None:
        self.ways = ways
        self._by_word: dict[str, list[Requirement]] = {}
        self._others: list[Requirement] = []
        for way in ways:
            if way.words:
                self._by_word.setdefault(max(sorted(way.words), key=len), []).append(way)
            else:
                self._others.append(way)
        self._keys = frozenset(self._by_word)
        # For met_by, the most common ways are tested with set operations alone: those that
        # need only whole words, and those that need only one word beginning.
        self._word_sets = {
            word: [way.words for way in filed if _words_only(way)]
            for word, filed in self._by_word.items()
        }
        self._other_by_word = {
            word: [way for way in filed if not _words_only(way)]
            for word, filed in self._by_word.items()
        }
        self._lone_heads = frozenset(
            head for way in self._others if _one_head_only(way) for head in way.heads
        )
        self._rest = [way for way in self._others if not _one_head_only(way)]

    def met_ways(self, index: WordIndex) -> list[Requirement]:
        """The ways whose requirements the draft indexed by *index* meets."""
        met = [
            way
            for word in self._keys & index.words
            for way in self._by_word[word]
            if index.meets(way)
        ]
        return met + [way for way in self._others if index.meets(way)]

    def every_key_word(self) -> frozenset[str] | None:
        """Words of which every match holds one as a whole word, in any text, or ``None`` when
        some way of matching needs no whole word."""
        return None if self._others else self._keys

    def key_words(self, index: WordIndex) -> frozenset[str] | None:
        """Words of which every match the draft indexed by *index* may hold contains one, or
        ``None`` when some way of matching needs no whole word."""
        if any(index.meets(way) for way in self._others):
            return None
        return frozenset(
            word
            for word in self._keys & index.words
            if any(index.meets(way) for way in self._by_word[word])
        )

    def met_by(self, index: WordIndex) -> bool:
        """Whether the draft indexed by *index* may hold a match."""
        words = index.words
        for word in self._keys & words:
            if any(needed <= words for needed in self._word_sets[word]):
                return True
            if any(index.meets(way) for way in self._other_by_word[word]):
                return True
        if self._lone_heads and not self._lone_heads.isdisjoint(index.heads):
            return True
        return any(index.meets(way) for way in self._rest)


def _words_only(way: Requirement) -> bool:
    """Whether *way* needs whole words and nothing else."""
    return not way.heads and way.inside is None and way.symbol is None and not way.pieces


def _one_head_only(way: Requirement) -> bool:
    """Whether *way* needs one word beginning and nothing else."""
    return (
        not way.words
        and len(way.heads) == 1
        and way.inside is None
        and way.symbol is None
        and not way.pieces
    )


def needs_of(pattern: str) -> Needs | None:
    """What a draft must hold for *pattern* to match, or ``None`` when that is unknown (from
    the cache when this analysis of the pattern is in it)."""
    stored = _kept.entries()
    if pattern in stored:
        return _needs(stored[pattern])
    needs = _analysed(pattern)
    _kept.remember(pattern, None if needs is None else _stored(needs))
    return needs


def _stored(needs: Needs) -> _Stored:
    return tuple((way.words, way.heads, way.inside, way.symbol, way.pieces) for way in needs.ways)


def _needs(found: _Stored | None) -> Needs | None:
    return None if found is None else Needs(tuple(Requirement(*way) for way in found))


def _analysed(pattern: str) -> Needs | None:
    try:
        items = list(sre_parse.parse(pattern, 0))
    except Exception:  # the `regex` dialect may hold syntax `re` cannot parse
        return None
    ways = _ways(items)
    return None if ways is None else Needs(_fewest(ways))


def _stored_file() -> str:
    return f"needs-{cache.fingerprint(Path(__file__).read_bytes())}.bin"


_Stored = tuple[tuple[frozenset[str], frozenset[str], str | None, str | None, frozenset[str]], ...]
_kept = cache.Entries(_stored_file, 4096)
"""The analysis of every pattern met, kept across runs, by pattern; the file is named for the
versions of jdlint and Python and for this module's source, so a change to the analysis never
reads an old result."""


def _ways(items: list[Any], depth: int = 0) -> set[Requirement] | None:
    """The requirements of the ways through *items*, or ``None`` when they are unknown.

    A sequence too branchy to follow whole is split at its first alternation (``\\b(?:a…|b…)``
    becomes ``\\ba…`` and ``\\bb…``), each followed on its own, so that one branchy alternative
    does not hide what the others need. Failing that, it is followed as far as it can be:
    every match of the whole also matches each of its beginnings.
    """
    try:
        return {_requirement(_finish(path)) for path in _walk(items, {_Path()})}
    except (_Unknown, RecursionError):
        pass
    branch = next((i for i, (op, _) in enumerate(items) if op is sre.BRANCH), None)
    if branch is not None and depth < _MOST_SPLITS:
        found: set[Requirement] = set()
        for alternative in items[branch][1][1]:
            ways = _ways([*items[:branch], *alternative, *items[branch + 1 :]], depth + 1)
            if ways is None:
                break
            found |= ways
        else:
            return found
    count = len(items) // 2 if len(items) > 4 else len(items) - 1
    while count:
        try:
            paths = _walk(items[:count], {_Path()})
            return {_requirement(_finish(path)) for path in paths}
        except (_Unknown, RecursionError):
            count = count // 2 if count > 4 else count - 1
    return None


def _fewest(ways: set[Requirement]) -> tuple[Requirement, ...]:
    """The ways no other way needs less than: a draft that meets a way meets its weaker ways."""
    kept: list[Requirement] = []
    for way in sorted(ways, key=_size):
        if not any(_weaker(other, way) for other in kept):
            kept.append(way)
    return tuple(kept)


def _size(way: Requirement) -> int:
    return len(way.words) + len(way.heads) + len(way.pieces) + (way.inside is not None)


def _weaker(first: Requirement, second: Requirement) -> bool:
    """Whether every draft that meets *second* also meets *first*."""
    return (
        first.words <= second.words
        and first.heads <= second.heads
        and first.pieces <= second.pieces
        and first.inside in (None, second.inside)
        and first.symbol in (None, second.symbol)
    )


def _requirement(path: _Path) -> Requirement:
    words, text, inside = list(path.words), path.text, None
    if path.first_inside:
        if words:
            first = words.pop(0)
        else:
            first, text = text, ""
        inside = first if len(first) >= 3 else None
    heads = set(path.heads)
    if len(text) >= 2:
        heads.add(text[:HEAD_LENGTH])
    symbol = path.symbol or None
    pieces = frozenset(path.pieces + ((path.tail,) if len(path.tail) >= 3 else ()))
    if not (words or heads or inside or symbol or pieces):
        raise _Unknown  # this way needs nothing the index can test
    return Requirement(frozenset(words), frozenset(heads), inside, symbol, pieces)


def _walk(items: list[Any], paths: set[_Path]) -> set[_Path]:
    for op, value in items:
        if all(path.done for path in paths):
            break
        if op is sre.AT:
            paths = {_boundary(p) if value is sre.AT_BOUNDARY else _end_word(p) for p in paths}
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            continue
        elif op is sre.LITERAL:
            paths = _read(paths, [chr(value)])
        elif op is sre.IN:
            paths = _read(paths, _class_chars(value))
        elif op is sre.SUBPATTERN:
            paths = _walk(list(value[-1]), paths)
        elif op is sre.BRANCH:
            paths = set().union(*(_walk(list(branch), paths) for branch in value[1]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            paths = _repeat(value, paths)
        else:
            paths = {_finish(path) for path in paths}
        if len(paths) > _MOST_PATHS:
            raise _Unknown
    return paths


def _repeat(value: Any, paths: set[_Path]) -> set[_Path]:
    least, most, body = value
    body = list(body)
    single = _single_class(body)
    if single is not None and all(char == _SEPARATOR for char in single):
        ended = {_end_word(path) for path in paths}
        return ended if least >= 1 else ended | paths
    if single is not None and _WORD in single and _SEPARATOR not in single:
        blurred = {_blur(path) for path in paths}
        return blurred if least >= 1 else blurred | paths
    taken = _walk(body, paths)
    if most != 1:
        taken = {_finish(path) for path in taken}  # further rounds are not followed
    return taken if least >= 1 else taken | paths


def _single_class(body: list[Any]) -> list[str] | None:
    """The characters a repeated single character or class matches (``_SEPARATOR`` for each
    non-word one), or ``None`` when the repeated part is anything else."""
    if len(body) != 1:
        return None
    op, value = body[0]
    if op is sre.LITERAL:
        chars = [chr(value)]
    elif op is sre.IN:
        found = _class_chars(value)
        if found is None:
            return None
        chars = found
    else:
        return None
    return [char if char == _WORD or _WORD_CHAR.match(char) else _SEPARATOR for char in chars]


def _blur(path: _Path) -> _Path:
    """The word being read gains characters the analysis cannot name."""
    if path.done:
        return path
    if not path.text and not path.words and not path.anchored:
        return _finish(path)  # an unknown start: nothing after it is anchored
    return path._replace(blurred=True, tail="")  # ``text`` keeps the word's known beginning


def _boundary(path: _Path) -> _Path:
    if path.done:
        return path
    return _end_word(path) if path.text else path._replace(anchored=True)


def _end_word(path: _Path) -> _Path:
    """The word being read is complete; the next word starts at a boundary."""
    if path.done:
        return path
    if not path.text and not path.blurred:
        return path._replace(anchored=True)
    if path.blurred:  # a word with unknown characters cannot be looked up whole
        # ("\d+years" needs the piece "years"; the next word is a word of its own)
        pieces = path.pieces + ((path.tail,) if len(path.tail) >= 3 else ())
        heads = path.heads + ((path.text[:HEAD_LENGTH],) if len(path.text) >= 2 else ())
        if not path.anchored and not path.words and path.text:
            heads = path.heads  # the word may have started inside a word of the draft
        return path._replace(
            text="", anchored=True, blurred=False, tail="", pieces=pieces, heads=heads
        )
    first_inside = path.first_inside or (not path.words and not path.anchored)
    return path._replace(
        words=(*path.words, path.text), text="", anchored=True, first_inside=first_inside
    )


def _finish(path: _Path) -> _Path:
    """Nothing more can be read: the word being read is only a beginning."""
    if path.done:
        return path
    first_inside = path.first_inside or (not path.words and not path.anchored and bool(path.text))
    return path._replace(first_inside=first_inside, done=True)


def _read(paths: set[_Path], chars: list[str] | None) -> set[_Path]:
    result: set[_Path] = set()
    for path in paths:
        if path.done:
            result.add(path)
        elif chars is None:
            result.add(_finish(path))
        else:
            for char in chars:
                result.add(_read_char(path, char))
    return result


def _read_char(path: _Path, char: str) -> _Path:
    if char == _WORD:
        return _blur(path)
    if path.blurred and char != _SEPARATOR and _WORD_CHAR.match(char):
        return path._replace(tail=path.tail + char.casefold())
    if char == _SEPARATOR or not _WORD_CHAR.match(char):
        if char != _SEPARATOR and not (path.words or path.text or path.anchored):
            return path._replace(symbol=char.casefold(), anchored=True)
        return _end_word(path)
    return path._replace(text=path.text + char.casefold())


def _class_chars(items: list[Any]) -> list[str] | None:
    """The characters of a class (``_SEPARATOR`` for white space and other non-word
    categories, ``_WORD`` for word categories), or ``None``."""
    chars: list[str] = []
    for op, value in items:
        if op is sre.LITERAL:
            chars.append(chr(value))
        elif op is sre.RANGE and value[1] - value[0] < _MOST_CLASS_CHARS:
            chars.extend(chr(code) for code in range(value[0], value[1] + 1))
        elif op is sre.RANGE and all(_WORD_CHAR.match(chr(end)) for end in value):
            chars.append(_WORD)
        elif op is sre.CATEGORY and value in _NON_WORD_CATEGORIES:
            chars.append(_SEPARATOR)
        elif op is sre.CATEGORY and value in _WORD_CATEGORIES:
            chars.append(_WORD)
        else:
            return None
        if len(chars) > _MOST_CLASS_CHARS:
            return None
    return sorted(set(chars))
