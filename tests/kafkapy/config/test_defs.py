"""Validators of kafkapy.config.defs: Kafka's ConfigDef.Range and ValidString/ValidList messages."""

from __future__ import annotations

from kafkapy.config.defs import OneOf, Range


def test_range_bounds_are_inclusive_and_null_passes() -> None:
    r = Range(1, 10)
    assert r.check(1) is None and r.check(10) is None and r.check(None) is None
    assert r.check(0) == "Value must be at least 1"
    assert r.check(11) == "Value must be no more than 10"
    assert r.check(0.5) == "Value must be at least 1"
    assert r.describe() == "[1,...,10]" and Range(0).describe() == "[0,...]"


def test_range_refuses_a_value_that_is_not_a_number() -> None:
    assert Range(0).check("5") == "Value must be a number"
    assert Range(0).check(["5"]) == "Value must be a number"


def test_one_of_checks_each_list_item_and_empty_lists() -> None:
    policy = OneOf(("compact", "delete"), allow_empty_list=False)
    assert policy.check(["compact", "delete"]) is None and policy.check("delete") is None
    assert policy.check(["compact", "nope"]) == "String must be one of: compact, delete"
    assert policy.check([]) == "Value must not be empty"
    assert OneOf(("A",), case_insensitive=True).check("a") is None
