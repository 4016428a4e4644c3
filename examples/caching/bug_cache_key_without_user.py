"""The "my orders" endpoint cached in a shared cache, keyed by page number."""

orders = {"ada": ["#1001", "#1004"], "grace": ["#1002"]}  # the database
cache: dict[str, list[str]] = {}  # stands in for Redis


def my_orders(user: str, page: int) -> list[str]:
    key = f"orders:page:{page}"
    if key not in cache:
        cache[key] = orders[user]  # miss: load and store (with a TTL in Redis)
    return cache[key]


print("ada:  ", my_orders("ada", 1))
print("grace:", my_orders("grace", 1))
