"""Pure functions, map/filter vs comprehensions, functools, operator."""

from collections.abc import Iterable
from functools import lru_cache, partial, reduce
from operator import itemgetter, mul

ORDERS = [
    {"id": 1, "customer": "ada", "total": 120.0, "paid": True},
    {"id": 2, "customer": "linus", "total": 35.5, "paid": False},
    {"id": 3, "customer": "grace", "total": 310.0, "paid": True},
]


# region map_filter
def paid_totals_map_filter(orders: Iterable[dict]) -> list[float]:
    return list(map(itemgetter("total"), filter(itemgetter("paid"), orders)))


def paid_totals_comprehension(orders: Iterable[dict]) -> list[float]:
    # Same result; most Python code prefers the comprehension for readability.
    return [order["total"] for order in orders if order["paid"]]


# endregion map_filter


# region pure
def apply_discount(total: float, percent: float) -> float:
    """Pure: the result depends only on the arguments and nothing is mutated."""
    return round(total * (1 - percent / 100), 2)


ten_percent_off = partial(apply_discount, percent=10)  # pre-fill an argument
# endregion pure


# region reduce
def product(numbers: Iterable[int]) -> int:
    return reduce(mul, numbers, 1)  # the 1 makes product([]) == 1, not an error


def top_customers(orders: Iterable[dict], n: int = 2) -> list[str]:
    by_total = sorted(orders, key=itemgetter("total"), reverse=True)
    return [order["customer"] for order in by_total[:n]]


# endregion reduce


# region cache
@lru_cache(maxsize=256)  # functools.cache is the unbounded shorthand
def fibonacci(n: int) -> int:
    """Memoised: each fibonacci(k) is computed once, so this is O(n), not O(2**n)."""
    return n if n < 2 else fibonacci(n - 1) + fibonacci(n - 2)


# endregion cache


if __name__ == "__main__":
    print(paid_totals_map_filter(ORDERS), paid_totals_comprehension(ORDERS))
    print([ten_percent_off(t) for t in paid_totals_comprehension(ORDERS)])
    print(product([1, 2, 3, 4]), top_customers(ORDERS))
    print(fibonacci(90), fibonacci.cache_info())
