"""A price lookup memoised with functools.lru_cache, then changed in the database."""

from functools import lru_cache

database = {"BOOK-1": 3900}


@lru_cache(maxsize=1024)
def price_cents(sku: str) -> int:
    print(f"query for {sku}")
    return database[sku]


print(price_cents("BOOK-1"))
print(price_cents("BOOK-1"))
database["BOOK-1"] = 3500  # an admin lowers the price, through another worker
print(price_cents("BOOK-1"))
print(price_cents.cache_info())
