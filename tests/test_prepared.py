"""Prepared data is typed: a kind compiles a rule's options once into a frozen dataclass of its
own (or nothing), which its check reads back."""

from __future__ import annotations

import dataclasses

import pytest

from jdlint.kinds.base import nothing_to_prepare
from jdlint.rules import Rule, builtin_rules

TYPED = {
    "figures": "FiguresPlan",
    "required": "RequiredPlan",
    "item-count": "ItemCountPlan",
    "presence": "PresencePlan",
    "pattern": "_Prepared",
    "terms": "_Terms",
    "coded-words": "_Prepared",
    "length": "LengthPlan",
}
SLOTS = {"figures", "item-count", "length", "presence", "required"}
NOTHING = {"unit-length", "metric", "title-consistency"}


@pytest.mark.parametrize("rule", builtin_rules(), ids=lambda rule: rule.code)
def test_a_rule_s_prepared_data_has_its_kind_s_type(rule: Rule) -> None:
    name = rule.kind.name
    for language in rule.languages:
        prepared = rule.prepared(language)
        if name in TYPED:
            assert type(prepared).__name__ == TYPED[name]
            assert dataclasses.is_dataclass(prepared)
            with pytest.raises(dataclasses.FrozenInstanceError):
                setattr(prepared, dataclasses.fields(prepared)[0].name, None)
            if name in SLOTS:
                assert not hasattr(prepared, "__dict__")  # one small record per rule
        elif name in NOTHING:
            assert rule.kind.prepare is nothing_to_prepare and prepared is None
        elif name == "engine":
            assert prepared == rule.options["event"]
