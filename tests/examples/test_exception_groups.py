"""Tests for examples/errors_and_logging/exception_groups.py."""

import asyncio


def test_except_star_handles_each_type(example) -> None:
    mod = example("errors_and_logging/exception_groups.py")
    handled = asyncio.run(mod.run_failing_tasks())
    assert handled == {"value": ["bad input"], "timeout": ["upstream slow"]}


def test_split_and_subgroup(example) -> None:
    mod = example("errors_and_logging/exception_groups.py")
    group = ExceptionGroup("many", [ValueError("a"), TimeoutError("b"), KeyError("c")])
    matching, rest = mod.split_errors(group)
    assert [type(e) for e in matching.exceptions] == [ValueError]
    assert [type(e) for e in rest.exceptions] == [TimeoutError, KeyError]
    timeouts = mod.only_timeouts(group)
    assert [str(e) for e in timeouts.exceptions] == ["b"]
    assert mod.only_timeouts(ExceptionGroup("x", [ValueError()])) is None
