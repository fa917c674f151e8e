"""Kind ``title-consistency``: the job title is named the same way wherever it is stated."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from jdlint.data import normalise_label
from jdlint.diagnostics import Finding
from jdlint.kinds.base import Context, TypedContext, TypedKind, nothing_to_prepare
from jdlint.languages import every_language, known_languages, languages_with
from jdlint.outline import several_jobs
from jdlint.spans import Span
from jdlint.text import sentence_spans
from jdlint.verbs import judge, normalise

_MAX_ROLE_WORDS = 5
_ROLE_MENTION = re.compile(
    r"(?<!\w)(?<!(?i:such) )(?<!(?i:well) )(?i:as|sebagai)\s+"
    r"(?:(?i:our|a|an|the|seorang|new|baru)\s+)*"
    rf"(?P<role>[A-Z][\w&/-]*(?:\s+[A-Z][\w&/-]*){{1,{_MAX_ROLE_WORDS}}})"
)
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")
_LABEL_WORD = re.compile(r"[\w&]+")
_SEGMENT_BREAK = re.compile(r"\s[-–—|]\s|,\s|\(|\)")
_MIN_VARIANT_LENGTH = 5
_MIN_STEM_LENGTH = 5
_DOUBLED = re.compile(r"([^\W\d_])\1")

_INTRODUCING_SECTIONS = (None, "title", "summary")
_TEMPLATE_CODE = re.compile(r"\{\{|\{%|\$\{")


def _title_words(*keys: str) -> frozenset[str]:
    """The words (lower case) of *keys* in the ``titles`` of every language's profile."""
    return _title_words_of(keys, known_languages())


@functools.cache
def _title_words_of(keys: tuple[str, ...], languages: tuple[str, ...]) -> frozenset[str]:
    """The words of *keys*, read again when a configuration adds *languages*."""
    lists = every_language("titles")
    return frozenset(
        word.lower() for titles in lists for key in keys for word in titles.get(key) or []
    )


def _role_ends() -> frozenset[str]:
    """Words that end a role name in running text, every language."""
    return _title_words("role_ends", "clause_starts")


def _clause_starts() -> frozenset[str]:
    """Words that start a new clause after a stated title, every language."""
    return _title_words("clause_starts")


def _before_clause(text: str) -> str:
    """*text* up to the clause that follows a title: "Data Engineer" of "Data Engineer will
    design our pipelines". Text that opens with such a word ("We are hiring") is kept."""
    starts = _clause_starts()
    words = list(re.finditer(r"\S+", text))
    if not words or words[0].group().lower() in starts:
        return text
    for position, word in enumerate(words[1:], start=1):
        if word.group().lower() in starts:
            return text[: words[position - 1].end()]
    return text


def _role_name(role: str, after: str = "") -> int | None:
    """How long the role name is at the start of *role*, the capitalised words after "as a":
    up to the first word that ends a role name or opens the next clause (*after*: the text
    after them). ``None`` when the words run on past ``_MAX_ROLE_WORDS`` (the name may go on
    beyond what was read)."""
    ends = _role_ends()
    words = list(re.finditer(r"\S+", role))
    for position, word in enumerate(words[1:], start=1):
        if word.group().lower() in ends or _opens_clause(role, after, words, position):
            return words[position - 1].end()
    return None if len(words) > _MAX_ROLE_WORDS else len(role)


def _opens_clause(role: str, after: str, words: list[re.Match[str]], position: int) -> bool:
    """Whether the word at *position* opens the clause after a role name whose full stop was
    lost: a verb made by its language's prefixes (``verbs.prefixes`` of the profiles), followed
    by a lower-case word ("Helper Teknisi AC Membantu pekerjaan …"); *after* is the text that
    follows *role*. (A bare verb would not do: "Engineer" and "Freelance" are verbs too.)"""
    following = f"{role[words[position].end() :]}{after}".split()[:1]
    word = normalise(words[position].group())
    return (
        bool(following)
        and following[0][:1].islower()
        and any(judge(language).is_affixed_verb(word) for language in languages_with("verbs"))
    )


def _role_mentions(context: Context, title: str) -> list[tuple[str, Span]]:
    """Role names introduced by "as our …" / "sebagai …" that share a word with *title*.

    Only the opening of the draft and its summary are searched: a requirement such as
    "experience as a Senior Account Manager" names another role on purpose.
    """
    title_words = set(_words(title))
    text = context.document.text
    found = []
    for span, section in context.analysis.text_spans:
        if section not in _INTRODUCING_SECTIONS:
            continue
        for match in _ROLE_MENTION.finditer(text, span.start, span.end):
            length = _role_name(match.group("role"), text[match.end("role") : span.end])
            if length is None or _held_before(text[span.start : match.start()]):
                continue
            start = match.start("role")
            role = text[start : start + length]
            if set(_words(role)) & title_words:
                found.append((role, Span(start, start + length)))
    return found


def _held_before(before: str) -> bool:
    """Whether the sentence before "as …" makes it a role held before this one ("two years
    of experience as a Sales Executive"): it holds one of the profiles' ``past_roles``, with no
    ``purpose_words`` after it ("experienced engineers to join as …" names this role)."""
    sentences = sentence_spans(before)
    last = before[sentences[-1].start :] if sentences else ""
    words = _LABEL_WORD.findall(last.lower())
    past = [index for index, word in enumerate(words) if word in _title_words("past_roles")]
    purpose = _title_words("purpose_words")
    return bool(past) and not any(word in purpose for word in words[past[-1] :])


def _title_statements(context: Context) -> list[tuple[str, Span]]:
    document = context.document
    found: list[tuple[str, Span]] = []
    if document.title and document.title_span is not None:
        found.append((_stated(document.title), document.title_span))
    for section in document.sections:
        if section.own_canonical == "title" and section.heading is not None:
            found.append((_stated(section.heading.text.strip("#*_ :")), section.heading.span))
    for detail in document.details:
        if detail.field == "title" and detail.value:
            found.append((_stated(detail.value), detail.value_span))
    return found


def _stated(text: str) -> str:
    """The role a title statement names: link text, without a clause run on after it, and of
    a breadcrumb trail ("Acme / Jobs / Software Engineer") only its last step."""
    text = _link_text(text)
    steps = text.split(" / ")
    return _before_clause(steps[-1] if len(steps) > _BREADCRUMB_STEPS else text)


_BREADCRUMB_STEPS = 2
"""More steps than this make a breadcrumb trail ("Acme / Jobs / …"); "UI / UX Designer" is
one title."""


def _link_text(text: str) -> str:
    """*text* with each Markdown link replaced by its text ("[Data Analyst](https://…)")."""
    return _LINK.sub(r"\1", text).strip()


def _words(text: str) -> list[str]:
    """The words of *text*, lower case, short forms spelled out ("Sr" → "senior")."""
    short_forms = _short_forms(known_languages())
    return [short_forms.get(word, word) for word in _LABEL_WORD.findall(normalise_label(text))]


@functools.cache
def _short_forms(languages: tuple[str, ...]) -> dict[str, str]:
    """The ``short_forms`` of title words in every language's profile, read again when a
    configuration adds *languages*."""
    return {
        str(short).lower(): str(word).lower()
        for titles in every_language("titles")
        for short, word in (titles.get("short_forms") or {}).items()
    }


def _same_word(one: str, other: str) -> bool:
    """Whether two words are one, or forms of one: a letter doubled or not ("Staf", "Staff";
    "Hobing", "Hobbing"), longer words one letter apart ("Supervisor" typed "Superviso",
    "Plafon" as "Plavon"), or one the other with an ending ("Admin", "Administrasi";
    "Engineer", "Engineering")."""
    if one == other or _DOUBLED.sub(r"\1", one) == _DOUBLED.sub(r"\1", other):
        return True
    if min(len(one), len(other)) >= _MIN_STEM_LENGTH and (
        one.startswith(other) or other.startswith(one)
    ):
        return True
    if min(len(one), len(other)) < _MIN_VARIANT_LENGTH or abs(len(one) - len(other)) > 1:
        return False
    if len(one) > len(other):
        one, other = other, one
    for index, (a, b) in enumerate(zip(one, other, strict=False)):
        if a != b:  # the rest must match after one replaced or one added letter
            return one[index + 1 :] == other[index + 1 :] or one[index:] == other[index + 1 :]
    return True  # *other* has one more letter at the end


def _contained(shorter: list[str], longer: list[str]) -> bool:
    """Whether the words of *shorter* appear in *longer* in order ("Consulting Engineer" in
    "18F Consulting Software Engineer")."""
    return _unmatched(shorter, longer) is not None


def _unmatched(shorter: list[str], longer: list[str]) -> list[str] | None:
    """The words of *longer* left over when the words of *shorter* are found in it in order, or
    ``None`` when they are not all found."""
    position = 0
    left = []
    for word in longer:
        if position < len(shorter) and _same_word(shorter[position], word):
            position += 1
        else:
            left.append(word)
    return left if position == len(shorter) else None


def _names_the_title(text: str, title: str) -> bool:
    """Whether *text* names the role *title* names, either way round: the same words (spelling
    slips aside, a field after a comma: "Analyst, Finance" for "Finance Analyst"), a shorter
    form of it, or one of its parts set off by a dash, a comma or brackets ("Data Analyst" for
    "Data Analyst - Growth Team"); or *title* is *text* without a word such as "Staff"."""
    text, title = _spelled_out(text, title), _spelled_out(title, text)
    return any(
        _names(one, other) or _shortens(other, one)
        for one in _word_orders(text)
        for other in _word_orders(title)
    )


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


def _spelled_out(text: str, other: str) -> str:
    """*text* with each acronym spelled out as the words of *other* that it abbreviates
    ("Senior SRE" → "Senior Site Reliability Engineer" beside "Senior Site Reliability
    Engineer ML Platforms")."""
    words = _LABEL_WORD.findall(other)
    initials = "".join(word[0].upper() for word in words)

    def spell(acronym: re.Match[str]) -> str:
        start = initials.find(acronym.group())
        if start < 0 or acronym.group() in words:
            return acronym.group()
        return " ".join(words[start : start + len(acronym.group())])

    return _ACRONYM.sub(spell, text)


def _role_nouns() -> frozenset[str]:
    """Words that say only that a title names a job, every language."""
    return _role_nouns_of(_title_words("role_nouns"))


@functools.cache
def _role_nouns_of(words: frozenset[str]) -> frozenset[str]:
    return frozenset(map(normalise_label, words))


def _shortens(title: str, text: str) -> bool:
    """Whether *title* is *text* without a word that only says it is a job: a headline "Front
    Office" over "Posisi: Front Office Staff" ("Manajer Akun Strategis" is another title)."""
    left = _unmatched(_words(title), _words(text))
    return left is not None and all(word in _role_nouns() for word in left)


def _word_orders(text: str) -> tuple[str, ...]:
    """*text*, and "Finance Analyst" for a field written after a comma or a dash ("Analyst,
    Finance", "Executive - Business Analytics"; "Mid-Market Manager EMEA" for "Manager,
    Mid-Market, EMEA")."""
    for separator in (", ", " - ", " – ", " — "):
        parts = text.split(separator)
        if len(parts) >= 2 and all(_words(part) for part in parts):
            return text, " ".join([parts[1], parts[0], *parts[2:]])
    return (text,)


def _names(text: str, title: str) -> bool:
    """Whether *text* is *title* or a shorter form or a part of it."""
    title_words = _words(title)
    if _contained(_words(text), title_words):
        return True
    for segment in _SEGMENT_BREAK.split(text):
        words = _words(segment)
        if words and _contained(words, title_words) and _contained(title_words, words):
            return True
    return False


def _check(context: TypedContext[None]) -> Iterator[Finding]:
    statements = [
        (text, span)
        for text, span in _title_statements(context)
        if not _TEMPLATE_CODE.search(text)  # "{{ page.title }}" shows the title itself
    ]
    if not statements or several_jobs(context.document.sections):
        return  # each job of an advertisement for several has a name of its own
    first_text, first_span = statements[0]
    statements.extend(_role_mentions(context, first_text))
    reported: set[str] = set()
    lines = context.document.lines
    for text, span in statements[1:]:
        label = normalise_label(text)
        if label not in reported and not _names_the_title(text, first_text):
            reported.add(label)
            yield Finding(
                span,
                {"match": text, "title": first_text, "line": lines.position(first_span.start).line},
            )


TITLE_CONSISTENCY = TypedKind(
    name="title-consistency",
    doc="Compares the title in front matter, the first heading, `Job title:`/`Jabatan:` lines and "
    'role names introduced by "as our …" / "sebagai …" that share a word with the title.',
    options={},
    check=_check,
    prepare=nothing_to_prepare,
)
