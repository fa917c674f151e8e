"""Whether the first words of a duty open with a verb, in English or Indonesian.

The words come from lexicons (:mod:`jdlint.lexicon`) and the rule's own ``verbs``; what differs
between the languages (lead-ins, adverbs, affixes) comes from the ``verbs`` of each language's
profile (``rules/data/languages/<code>.yaml``).
The code here only applies those data. Nothing is loaded until a word is judged.

- English: a word opens a duty when the lexicon lists it as a verb in its base form or in an
  inflection whose ending the data allow ("Build", "Builds", "Building"); a word that is also a
  noun does not when a noun follower comes next ("Support of …"). Lead-ins ("You’ll") and
  adverbs ("Actively") before it are skipped.
- Indonesian: a root that the rule lists as a verb on its own ("Kelola"); a word that opens
  with a verb prefix and is neither a root word nor a loan word ("Melakukan", "Berkoordinasi");
  a root word plus a suffix, the imperative ("Pastikan"); or a verb of the loan language in
  its base form or an inflection the data allow ("Follow up", "Monitoring").
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, NamedTuple

from jdlint import lexicon
from jdlint.languages import setting

MIN_ROOT = 3
"""Fewest letters of a root left once affixes are removed (cek, tik)."""


class Grammar(NamedTuple):
    """The ``verbs`` of one language's profile."""

    forms_lexicon: bool
    lead_ins: tuple[tuple[str, ...], ...]
    joining_words: frozenset[str]
    adverbs: frozenset[str]
    adverb_endings: tuple[str, ...]
    inflection_endings: tuple[str, ...]
    noun_followers: frozenset[str]
    particles: frozenset[str]
    last_part_decides: bool
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    imperative_prefixes: tuple[str, ...]
    loan_language: str | None
    loan_inflection_endings: tuple[str, ...]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Grammar:
        """Read one language's entry."""
        lead_ins = sorted((tuple(str(p).split()) for p in data.get("lead_ins") or []), key=len)
        return cls(
            forms_lexicon=data.get("lexicon") == "forms",
            lead_ins=tuple(reversed(lead_ins)),
            joining_words=frozenset(data.get("joining_words") or []),
            adverbs=frozenset(data.get("adverbs") or []),
            adverb_endings=tuple(data.get("adverb_endings") or []),
            inflection_endings=tuple(data.get("inflection_endings") or []),
            noun_followers=frozenset(data.get("noun_followers") or []),
            particles=frozenset(data.get("particles") or []),
            last_part_decides=data.get("hyphenated", "last") == "last",
            prefixes=tuple(sorted(data.get("prefixes") or [], key=len, reverse=True)),
            suffixes=tuple(data.get("suffixes") or []),
            imperative_prefixes=tuple(data.get("imperative_prefixes") or []),
            loan_language=data.get("loan_verbs"),
            loan_inflection_endings=tuple(data.get("loan_inflection_endings") or []),
        )


def normalise(word: str) -> str:
    """A word as the lexicons spell it: lower case, straight apostrophe."""
    return word.lower().replace("’", "'")


class VerbJudge:
    """Judges the opening words of duties in one language."""

    def __init__(
        self,
        language: str,
        verbs: frozenset[str] = frozenset(),
        not_verbs: frozenset[str] = frozenset(),
    ) -> None:
        data = setting(language, "verbs")
        self.known = data is not None  # the profile (or a fallback's) describes its verbs
        self.grammar = Grammar.from_data(data or {})
        self.verbs = verbs
        self.not_verbs = not_verbs
        loan = self.grammar.loan_language
        self.loan = judge(loan) if loan else None

    def available(self) -> bool:
        """Whether this language's verbs are described and its lexicon is installed (without
        them nothing can be judged)."""
        if not self.known:
            return False
        if self.grammar.forms_lexicon:
            return lexicon.english_available()
        return lexicon.indonesian_available()

    def opens_with_verb(self, words: Sequence[str]) -> bool:
        """Whether *words* (the first words of a duty, in order) open with a verb (never, in
        a language whose verbs are not described)."""
        if not self.known:
            return False
        words = [normalise(word) for word in words]
        index = self._after_lead_in(words)
        after_adverb = False
        while index < len(words):
            word = words[index]
            following = words[index + 1] if index + 1 < len(words) else ""
            if self.is_verb(word, following) or self._root_joined_to_verb(words, index):
                return True
            # "Independently or jointly run"
            joins = after_adverb and word in self.grammar.joining_words
            if not joins and not self._is_adverb(word):
                return False
            after_adverb = not joins
            index += 1
        return False

    def _root_joined_to_verb(self, words: list[str], index: int) -> bool:
        """A bare root joined to a command after it ("Desain dan kembangkan …", "Design and
        develop …"): in a language of roots and affixes, the root is a command too. Not
        before a verb of another form ("Koordinasi dan melakukan …": the noun
        "coordination")."""
        if self.grammar.forms_lexicon or index + 2 >= len(words):
            return False
        if words[index + 1] not in self.grammar.joining_words:
            return False
        if not lexicon.is_indonesian_root(words[index]):
            return False
        command = words[index + 2]
        return command not in self.not_verbs and (
            command in self.verbs or self._imperative(command)
        )

    def _after_lead_in(self, words: list[str]) -> int:
        for phrase in self.grammar.lead_ins:
            if tuple(words[: len(phrase)]) == phrase and len(words) > len(phrase):
                return len(phrase)
        return 0

    def _is_adverb(self, word: str) -> bool:
        if word in self.grammar.adverbs:
            return True
        endings = self.grammar.adverb_endings
        if not endings or not word.endswith(endings) or not self.grammar.forms_lexicon:
            return False
        return not any(r.pos in ("adj", "verb") for r in lexicon.english_readings(word))

    def is_verb(self, word: str, following: str = "") -> bool:
        """Whether *word* (normalised) opens a duty; *following* is the word after it."""
        if word in self.not_verbs:
            return False
        if word in self.verbs:
            return True
        if not self.grammar.forms_lexicon:
            return self._root_verb(word)
        if "-" in word and not self.knows(word):
            return self.is_verb(self._deciding_part(word), following)
        return self._form_verb(word, following)

    def is_affixed_verb(self, word: str) -> bool:
        """Whether *word* (normalised) is a verb made by one of the language's prefixes on a
        root ("membantu"), not a root or a loan word: a form no name of a role shares, as
        "Engineer" or "Freelance" do."""
        return (
            bool(self.grammar.prefixes)
            and not lexicon.is_indonesian_root(word)
            and self._derived(word)
        )

    def _deciding_part(self, word: str) -> str:
        parts = [part for part in word.split("-") if part]
        if not parts:
            return word
        if self.grammar.last_part_decides and parts[-1] not in self.grammar.particles:
            return parts[-1]
        return parts[0]

    def knows(self, word: str) -> bool:
        """Whether the lexicon of word forms lists *word* at all."""
        return self.grammar.forms_lexicon and bool(lexicon.english_readings(word))

    def is_loan_verb(self, word: str, endings: tuple[str, ...]) -> bool:
        """Whether *word* is a verb in its base form or in an inflection with one of *endings*
        (used for loan words: "Update", "Monitoring")."""
        if word in self.not_verbs:
            return False
        if word in self.verbs:
            return True
        if "-" in word and not self.knows(word):
            word = self._deciding_part(word)
        return any(
            r.pos == "verb" and (word in r.lemmas or (endings and word.endswith(endings)))
            for r in lexicon.english_readings(word)
        )

    def _form_verb(self, word: str, following: str) -> bool:
        readings = lexicon.english_readings(word)
        endings = self.grammar.inflection_endings
        verb = any(
            r.pos == "verb" and (word in r.lemmas or (endings and word.endswith(endings)))
            for r in readings
        )
        if verb and following in self.grammar.noun_followers:
            return not any(r.pos == "noun" for r in readings)
        return verb

    def _root_verb(self, word: str) -> bool:
        if "-" in word:  # reduplication or compound: "bantu-bantu", "tolong-menolong"
            head = self._deciding_part(word)
            if head != word and self.is_verb(head):
                return True
        if lexicon.is_indonesian_root(word):
            return self._loan(word)
        return self._derived(word) or self._imperative(word) or self._loan(word)

    def _loan(self, word: str) -> bool:
        endings = self.grammar.loan_inflection_endings
        return self.loan is not None and self.loan.is_loan_verb(word, endings)

    def _derived(self, word: str) -> bool:
        """A verb prefix and a root of some letters, in a word that is neither a root word
        (checked before) nor a word of the loan language ("meeting", "member")."""
        for prefix in self.grammar.prefixes:
            if word.startswith(prefix):
                return len(word) - len(prefix) >= MIN_ROOT and not self._loan_word(word)
        return False

    def _loan_word(self, word: str) -> bool:
        return self.loan is not None and self.loan.knows(word)

    def _imperative(self, word: str) -> bool:
        """A root plus a verb suffix, perhaps after an imperative prefix ("Perbaiki")."""
        for prefix in ("", *self.grammar.imperative_prefixes):
            if not word.startswith(prefix):
                continue
            stem = word[len(prefix) :]
            for suffix in self.grammar.suffixes:
                root = stem[: -len(suffix)]
                if (
                    stem.endswith(suffix)
                    and len(root) >= MIN_ROOT
                    and lexicon.is_indonesian_root(root)
                ):
                    return True
        return False


@functools.lru_cache(maxsize=32)
def judge(
    language: str,
    verbs: frozenset[str] = frozenset(),
    not_verbs: frozenset[str] = frozenset(),
) -> VerbJudge:
    """The judge of *language* with extra *verbs* and *not_verbs* (shared, built on first use)."""
    return VerbJudge(language, verbs, not_verbs)
