"""pytest.raises(match=...) treats the expected message as a regular expression."""

import re

import pytest


def set_price(cents: int) -> None:
    if cents <= 0:
        raise ValueError(f"price must be > 0 (got {cents})")


message = "price must be > 0 (got -5)"
for label, pattern in [("match=message", message), ("re.escape", re.escape(message))]:
    try:
        with pytest.raises(ValueError, match=pattern):
            set_price(-5)
        print(f"{label}: passed")
    except AssertionError as failure:  # what pytest reports as the test failure
        lines = str(failure).splitlines()
        print(f"{label}: {lines[0]} {lines[-1].strip()}")
