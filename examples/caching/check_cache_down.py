"""The worked example's ProductCache, pointed at a local port where no Redis listens."""

import socket

from cache_aside_redis import ProductCache, connect

with socket.socket() as probe:  # find a free local port; nothing listens on it
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]


def load_from_db(product_id: int) -> dict | None:
    print(f"loading product {product_id} from the database")
    return {"id": product_id, "price_cents": 4999}


cache = ProductCache(connect(f"redis://127.0.0.1:{port}/0"), load_from_db)
print(cache.get(1))
print(cache.get(1))
