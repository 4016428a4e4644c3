"""A @contextmanager that lends out pool connections, without try/finally."""

from collections.abc import Iterator
from contextlib import contextmanager

pool = ["conn-1", "conn-2"]


@contextmanager
def connection() -> Iterator[str]:
    conn = pool.pop()
    yield conn
    pool.append(conn)  # give it back


for order_id in (1, 2):
    try:
        with connection() as conn:
            raise ValueError(f"order {order_id} is invalid ({conn})")
    except ValueError as exc:
        print("error:", exc)
print("left in pool:", pool)
