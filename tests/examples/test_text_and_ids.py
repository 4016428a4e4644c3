"""Tests for examples/standard_library/text_and_ids.py."""

import sys
import uuid

import pytest


@pytest.fixture(scope="module")
def mod(example):
    return example("standard_library/text_and_ids.py")


def test_log_line_named_groups(mod) -> None:
    assert mod.parse_log_line("2026-12-02 GET /orders/42 200 31ms\n") == {
        "date": "2026-12-02",
        "method": "GET",
        "path": "/orders/42",
        "status": "200",
        "ms": "31",
    }
    assert mod.parse_log_line("2026-12-02 GET /orders/42 200 31ms trailing") is None
    assert mod.parse_log_line("garbage") is None


def test_fullmatch_validates_the_whole_string(mod) -> None:
    assert mod.is_order_ref("ORD-123456")
    assert not mod.is_order_ref("xORD-123456y")  # search() would have said yes
    assert not mod.is_order_ref("ORD-12345")
    assert mod.ORDER_REF.search("xORD-123456y") is not None  # the contrast


def test_findall_and_sub(mod) -> None:
    text = "refunds ORD-000001 and ORD-000002, not ORD-1"
    assert mod.find_order_refs(text) == ["ORD-000001", "ORD-000002"]
    assert mod.mask_digits("card 4242") == "card ####"


def test_new_id_version_depends_on_python(mod) -> None:
    ids = [mod.new_id() for _ in range(50)]
    expected = 7 if sys.version_info >= (3, 14) else 4
    assert {u.version for u in ids} == {expected}
    assert len(set(ids)) == 50
    if expected == 7:
        assert ids == sorted(ids)  # time-ordered: later ids sort after earlier ones


def test_parse_id(mod) -> None:
    value = uuid.uuid4()
    assert mod.parse_id(str(value)) == value
    assert mod.parse_id("not-a-uuid") is None
