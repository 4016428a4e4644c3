"""Bug: cast() makes the type checker trust a value, but converts and checks nothing."""

from typing import cast


def page_size(query: dict[str, str]) -> int:
    """Read ?limit= from the query string (mypy --strict reports no error here)."""
    return cast(int, query.get("limit", 20))


size = page_size({"limit": "50"})
print(repr(size), type(size).__name__)
print(size * 2)
