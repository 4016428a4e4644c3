"""Bug: an off-by-one slice drops the last item of every page."""


def paginate(items: list[int], page: int, size: int) -> list[int]:
    """Return page `page` (counting from 1) of `items`, `size` items per page."""
    start = (page - 1) * size
    return items[start : start + size - 1]


order_ids = [101, 102, 103, 104, 105, 106]
seen: list[int] = []
for page in (1, 2):
    rows = paginate(order_ids, page, size=3)
    seen.extend(rows)
    print(f"page {page}: {rows}")
print("never returned:", sorted(set(order_ids) - set(seen)))
