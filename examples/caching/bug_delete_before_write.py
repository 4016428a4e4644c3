"""Cache-aside where the writer deletes the key before committing; a reader slips in."""

from collections.abc import Iterator

database = {"product:42": 4999}  # price in cents; the source of truth
cache: dict[str, int] = {}  # stands in for Redis


def update_price(key: str, cents: int) -> Iterator[None]:
    cache.pop(key, None)  # DEL product:42
    yield  # ... the UPDATE and COMMIT take a few milliseconds
    database[key] = cents


def read(key: str) -> Iterator[None]:
    value = database[key]  # cache miss: load the row
    yield  # ... the reader is paused (GC, a slow network)
    cache[key] = value  # SET product:42 ... EX 300


writer, reader = update_price("product:42", 3999), read("product:42")
next(writer)  # the key is deleted
next(reader)  # a request misses and loads the old row
next(writer, None)  # the new price is committed
next(reader, None)  # the request stores what it loaded
print("database:", database["product:42"], "cache:", cache["product:42"])
