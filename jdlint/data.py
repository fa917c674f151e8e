"""Locate and read the YAML data shipped in ``rules/`` (built-in rules and vocabularies).

PyYAML is imported only when YAML is parsed: the built-in files are read from jdlint's cache
(:mod:`jdlint.cache`) once they have been parsed, so a run without a configuration file or
front matter does not import it.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jdlint import cache
from jdlint.errors import ConfigError
from jdlint.memo import text_cache

if TYPE_CHECKING:
    import yaml


def safe_loader() -> Any:
    """libyaml's safe loader when PyYAML was built with it (much faster), else the pure-Python
    one."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def rules_dir() -> Path:
    """The built-in rules folder: inside the installed package, or the repository's ``rules/``."""
    packaged = Path(__file__).parent / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).parent.parent / "rules"


MAX_YAML_DEPTH = 64
"""Deepest nesting of lists and mappings a YAML file may use (libyaml's loader recurses)."""
MAX_YAML_NODES = 200_000
"""Most values a YAML file may expand to, aliases counted as often as they are used."""


def load_yaml_text(text: str, trusted: bool = False) -> Any:
    """Parse one YAML document with safe loading (no tags that build Python objects); text
    that is not *trusted* (jdlint's own data) is first checked for a shape that would crash or
    swamp the loader."""
    import yaml

    if not trusted:
        _check_shape(text)
    return yaml.load(text, Loader=safe_loader())


def load_yaml_documents(text: str, trusted: bool = False) -> list[Any]:
    """Parse every YAML document of a ``---``-separated stream, as :func:`load_yaml_text`."""
    import yaml

    if not trusted:
        _check_shape(text)
    return list(yaml.load_all(text, Loader=safe_loader()))


def yaml_problem(error: Exception) -> str:
    """What a YAML error says, with the line where the YAML breaks ("invalid YAML at line 3:
    found character '\\t' …")."""
    mark = getattr(error, "problem_mark", None)
    where = f" at line {mark.line + 1}" if mark is not None else ""
    return f"invalid YAML{where}: {getattr(error, 'problem', error)}"


def read_yaml_file(
    path: Path, what: str, trusted: bool = False, every_document: bool = False
) -> Any:
    """The YAML of the file *path* (a list of its documents with *every_document*); a file
    that cannot be read or parsed is a ``ConfigError`` naming it (*what*: "rule file" …)."""
    import yaml

    load = load_yaml_documents if every_document else load_yaml_text
    try:
        return load(path.read_text(encoding="utf-8"), trusted)
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read {what}: {error}", path) from None
    except yaml.YAMLError as error:
        raise ConfigError(yaml_problem(error), path) from None


def _check_shape(text: str) -> None:
    """Refuse YAML that would crash or swamp the loader, before loading it.

    libyaml's composer recurses once per level of nesting (tens of thousands of ``[`` crash
    the interpreter), and aliases can expand a few lines into billions of values ("billion
    laughs") or into a structure that contains itself. Raises a ``yaml.MarkedYAMLError``, so
    callers report it like any other YAML error, with its line.
    """
    import yaml

    stack: list[list[Any]] = []  # [anchor, size] of each open list or mapping
    sizes: dict[str, int] = {}
    total = 0
    for event in yaml.parse(text, Loader=safe_loader()):
        size = 0
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if len(stack) >= MAX_YAML_DEPTH:
                raise _shape_error(f"nested more than {MAX_YAML_DEPTH} levels deep", event)
            stack.append([event.anchor, 1])
            continue
        if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            anchor, size = stack.pop()
            if anchor is not None:
                sizes[anchor] = size
        elif isinstance(event, yaml.ScalarEvent):
            size = 1
            if event.anchor is not None:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor not in sizes:
                raise _shape_error(f"alias *{event.anchor} refers to a value it is inside", event)
            size = sizes[event.anchor]
        else:
            continue
        if stack:
            stack[-1][1] += size
        else:
            total += size
        if total + sum(entry[1] for entry in stack) > MAX_YAML_NODES:
            raise _shape_error(f"expands to more than {MAX_YAML_NODES:,} values", event)


def _shape_error(problem: str, event: Any) -> yaml.YAMLError:
    import yaml

    return yaml.MarkedYAMLError(problem=problem, problem_mark=event.start_mark)


@functools.cache
def vocabulary(name: str) -> Any:
    """A data file of ``rules/data`` (``sections``, ``details``, ``languages``)."""
    builtin = builtin_documents()
    if builtin is not None and f"data/{name}.yaml" in builtin:
        documents = builtin[f"data/{name}.yaml"]
        return documents[0] if documents else None
    path = rules_dir() / "data" / f"{name}.yaml"
    return load_yaml_text(path.read_text(encoding="utf-8"), trusted=True)


@functools.cache
def builtin_documents() -> dict[str, list[Any]] | None:
    """The YAML documents of every built-in rule, data and language-profile file, by path
    under :func:`rules_dir` (``JD101-missing-section.yaml``, ``data/sections.yaml``,
    ``data/languages/en.yaml``).

    Read from the cache when it holds these files' contents, else parsed and cached. ``None``
    when a file cannot be read or parsed: callers then read each file themselves, and report
    the problem as they do for any file.
    """
    root = rules_dir()
    paths = [
        *sorted([*root.glob("*.yaml"), *root.glob("*.yml")]),
        *sorted((root / "data").glob("*.yaml")),
        *sorted((root / "data" / "languages").glob("*.yaml")),
    ]
    try:
        contents = [path.read_bytes() for path in paths]
    except OSError:
        return None
    names = [path.relative_to(root).as_posix() for path in paths]
    parts: list[bytes | str] = [part for pair in zip(names, contents, strict=True) for part in pair]
    file_name = f"yaml-{cache.fingerprint(*parts)}.bin"
    cached = cache.load(file_name)
    if isinstance(cached, dict) and list(cached) == names:
        return cached
    import yaml

    try:
        parsed = {
            name: [doc for doc in load_yaml_documents(content.decode(), True) if doc is not None]
            for name, content in zip(names, contents, strict=True)
        }
    except (UnicodeDecodeError, yaml.YAMLError):
        return None
    cache.store(file_name, parsed)
    return parsed


_MARKUP = re.compile(r"[*_`#>]+")
_NUMBERING = re.compile(r"^\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_INNER_PUNCTUATION = re.compile(r"[,;!?.…]+(?=\s|$)")
_LEADING_SYMBOLS = re.compile(r"^[^\w\"'(\[]+")
_TYPOGRAPHY = str.maketrans(
    {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "}
)


@text_cache(maxsize=8192)
def normalise_label(text: str) -> str:
    """Lower-case a heading or key and drop what does not change its meaning: numbering, markup,
    curly quotes and long dashes (made plain), leading symbols and emoji, commas and stops
    between words, a final colon or comma, and extra spaces ("In this role, you will:" → "in
    this role you will", "🎯 What We’re Looking For" → "what we're looking for")."""
    text = _repaired(text).translate(_TYPOGRAPHY)
    text = _MARKUP.sub("", text)
    text = _LEADING_SYMBOLS.sub("", text.strip())
    text = _NUMBERING.sub("", text)
    text = text.strip().rstrip(":：,;.-").strip().lower()
    text = _INNER_PUNCTUATION.sub("", text)
    return _SPACES.sub(" ", text).strip()


_MAX_PITCH_WORDS = 6
"""The longest pitch heading with the company's name after it ("why join magic memories")."""

_MOJIBAKE_LEADS = ("â", "Ã", "Â", "ð")
"""How UTF-8 read as Windows-1252 or Latin-1 begins a character ("â€™" for "’", "ðŸš€" for "🚀")."""


def _repaired(text: str) -> str:
    """*text* with UTF-8 that an export read as Windows-1252 or Latin-1 turned back into what
    it was ("What Youâ€™ll Do" → "What You’ll Do"); *text* itself when it holds none."""
    if not any(lead in text for lead in _MOJIBAKE_LEADS):
        return text
    raw = bytearray()
    for char in text:
        if ord(char) < 256:
            raw.append(ord(char))
            continue
        try:
            raw.extend(char.encode("cp1252"))
        except UnicodeEncodeError:
            return text
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return text


def holds_phrase(text: str, phrase: str) -> bool:
    r"""Whether *phrase* occurs in *text* as whole words: with no letter, digit or ``_`` right
    before or after it (what the regular expression ``(?<!\w)phrase(?!\w)`` finds, without
    compiling one per phrase)."""
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        if (start == 0 or not _is_word(text[start - 1])) and (
            end == len(text) or not _is_word(text[end])
        ):
            return True
        start = text.find(phrase, start + 1)
    return False


def _is_word(char: str) -> bool:
    r"""Whether *char* is what ``\w`` matches in a regular expression on text."""
    return char.isalnum() or char == "_"


_MOST_REMEMBERED = 8192
"""Headings a matcher remembers before it starts again (a run over a large export must not
grow without bound)."""


class SectionMatcher:
    """Maps a heading to a canonical section name using ``rules/data/sections.yaml``."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._exact: dict[str, str] = {}
        self._keywords: list[tuple[str, str]] = []
        self._parts: set[str] = set()
        self._part_keywords: list[str] = []
        self._part_keyword_sections: list[tuple[str, str]] = []
        for canonical, entry in data["sections"].items():
            for heading in [*entry.get("headings", []), *entry.get("parts", [])]:
                self._exact.setdefault(normalise_label(heading), canonical)
            self._parts.update(normalise_label(heading) for heading in entry.get("parts", []))
            for keyword in entry.get("keywords", []):
                self._keywords.append((keyword.lower(), canonical))
            for keyword in entry.get("part_keywords", []):
                self._part_keywords.append(keyword.lower())
                self._part_keyword_sections.append((keyword.lower(), canonical))
        self.order: list[str] = list(data.get("order", []))
        self._general = frozenset(normalise_label(heading) for heading in data.get("general", []))
        self._pitch = frozenset(normalise_label(heading) for heading in data.get("pitch", []))
        self._wrappers = frozenset(normalise_label(heading) for heading in data.get("wrappers", []))
        self._facts = frozenset(normalise_label(label) for label in data.get("facts", []))
        self._conditions: list[str] = list(data.get("conditions", []))
        self.names: list[str] = ["title", *data["sections"]]
        self._matched: dict[tuple[str, bool], str | None] = {}
        """What :meth:`match` found for each heading asked about (headings recur)."""

    def is_part(self, heading: str) -> bool:
        """Whether *heading* names one part of a section ("Preferred qualifications", "Skills")."""
        label = normalise_label(heading)
        if label in self._parts:
            return True
        return label not in self._exact and any(
            holds_phrase(label, keyword) for keyword in self._part_keywords
        )

    def is_listed_part(self, line: str) -> bool:
        """Whether *line* is, word for word, a listed part of a section ("Desirable")."""
        return normalise_label(line) in self._parts

    def listed_part_of(self, line: str) -> str | None:
        """The section *line* is, word for word, a listed part of ("Desirable":
        qualifications; "Bonus": benefits), if any."""
        label = normalise_label(line)
        return self._exact.get(label) if label in self._parts else None

    def is_general(self, heading: str) -> bool:
        """Whether *heading* may stand over other sections ("Additional information")."""
        return normalise_label(heading) in self._general

    def is_wrapper(self, heading: str) -> bool:
        """Whether *heading* names the whole posting ("About the job"): a job board's wrapper
        over the real sections, at any level."""
        return normalise_label(heading) in self._wrappers

    def is_pitch(self, heading: str) -> bool:
        """Whether *heading* heads the company's pitch ("Why join us?"), also with the
        company's name ("Why join Magic Memories?")."""
        label = normalise_label(heading)
        if label in self._pitch:
            return True
        return len(label.split()) <= _MAX_PITCH_WORDS and any(
            label.startswith(f"{pitch} ") for pitch in self._pitch
        )

    def is_fact_label(self, line: str) -> bool:
        """Whether *line* is a label of a job board's box of facts ("Career Level")."""
        return normalise_label(line) in self._facts

    def states_condition(self, text: str) -> bool:
        """Whether *text* states a condition of employment ("You must be a U.S. citizen")."""
        return self._condition.search(text) is not None

    @functools.cached_property
    def _condition(self) -> re.Pattern[str]:
        """The conditions as one pattern, compiled on first use."""
        conditions = "|".join(re.escape(word) for word in self._conditions)
        return re.compile(rf"(?<!\w)(?:{conditions})(?!\w)", re.IGNORECASE)

    def names_exactly(self, heading: str) -> bool:
        """Whether *heading* is one of the listed headings, not only a line holding a keyword."""
        return normalise_label(heading) in self._exact

    def match(self, heading: str, strict: bool = False) -> str | None:
        """The canonical section *heading* names, or ``None``.

        *strict* leaves out part keywords: "Bonus per project" on a line of its own is more
        likely an item than a heading, while "Bonus:" or "## Bonus" is a heading.
        """
        key = (heading, strict)
        if key not in self._matched:
            if len(self._matched) >= _MOST_REMEMBERED:
                self._matched.clear()
            self._matched[key] = self._match(heading, strict)
        return self._matched[key]

    def _match(self, heading: str, strict: bool) -> str | None:
        label = normalise_label(heading)
        if label in self._exact:
            return self._exact[label]
        unhyphenated = _WORD_HYPHEN.sub(" ", label)  # "Nice-to-have" is "nice to have"
        if unhyphenated in self._exact:
            return self._exact[unhyphenated]
        singular = label[:-1] if label.endswith("s") and not label.endswith("ss") else None
        if singular in self._exact and label not in self._general:
            return self._exact[singular]  # "Pay ranges" is "pay range"
        if len(label.split()) <= 6:
            keywords = self._keywords if strict else [*self._keywords, *self._part_keyword_sections]
            for keyword, canonical in keywords:
                if holds_phrase(label, keyword):
                    return canonical
        qualified = _QUALIFIED_HEADING.match(label)
        if qualified is not None and qualified["head"] != label:
            return self._match(qualified["head"], strict)
        return None


_QUALIFIED_HEADING = re.compile(
    r"(?P<head>\S+(?: \S+)+?)"
    r" (?:(?:as an?|as the|sebagai) \S+(?: \S+){0,5}"
    r"|(?:to|at|di|bersama) \S+(?: \S+){0,2}"
    r"|(?:in|for|dalam|untuk) (?:this|the|our|ini)"
    r" (?:role|position|job|team|posisi|peran)(?: ini)?)$"
)
"""A heading of two or more words with the role or the employer after it ("Your skills as a
Software Intern", "What you will bring to Acme", "What you'll do in this role"): the words
before that name the section."""


def qualified_heading(heading: str) -> bool:
    """Whether *heading* is a heading's words with the role or the employer after them ("Your
    skills as a Software Intern"), at most six words before them."""
    found = _QUALIFIED_HEADING.match(normalise_label(heading))
    return found is not None and len(found["head"].split()) <= 6


_WORD_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
"""A hyphen between two letters."""


class DetailMatcher:
    """Maps the key of a ``Key: value`` line to a job-detail field."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._fields = {
            normalise_label(name): field
            for field, names in data["fields"].items()
            for name in names
        }
        self.front_matter: dict[str, str] = dict(data["front_matter"])

    def match(self, key: str) -> str | None:
        """The field *key* names, or ``None``."""
        return self._fields.get(normalise_label(key))


_added_headings: dict[str, list[str]] = {}
"""Headings of each section that language profiles added (their ``sections``)."""


def add_headings(headings: dict[str, list[str]]) -> None:
    """Add *headings* (section name → headings) to the shared section matcher."""
    for canonical, names in headings.items():
        _added_headings.setdefault(canonical, []).extend(names)
    section_matcher.cache_clear()


@functools.cache
def section_matcher() -> SectionMatcher:
    """The shared section matcher: ``rules/data/sections.yaml`` and the headings that
    language profiles add."""
    data = vocabulary("sections")
    if _added_headings:
        sections = {
            name: {**entry, "headings": [*entry.get("headings", []), *_added_headings[name]]}
            if name in _added_headings
            else entry
            for name, entry in data["sections"].items()
        }
        data = {**data, "sections": sections}
    return SectionMatcher(data)


@functools.cache
def detail_matcher() -> DetailMatcher:
    """The shared detail-key matcher."""
    return DetailMatcher(vocabulary("details"))
