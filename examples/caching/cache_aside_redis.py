"""Cache-aside with redis-py: read through the cache, invalidate it on write."""

import json
import logging
import os
from collections.abc import Callable
from typing import Any

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

log = logging.getLogger(__name__)

# region cache_aside
PRODUCT_TTL_SECONDS = (
    300  # a TTL bounds how stale data can get if invalidation is missed
)


class ProductCache:
    def __init__(self, client: redis.Redis, load: Callable[[int], dict | None]) -> None:
        self.client = client
        self.load = load  # the slow source of truth, e.g. a database query

    @staticmethod
    def key(product_id: int) -> str:
        return f"product:{product_id}:v1"  # namespaced and versioned keys

    def get(self, product_id: int) -> dict | None:
        try:
            cached = self.client.get(self.key(product_id))
        except redis.RedisError:  # the cache is an optimisation: never fail a read
            log.warning(
                "cache unavailable, reading product %s from the source", product_id
            )
            return self.load(product_id)
        if cached is not None:  # hit
            return json.loads(cached)
        product = self.load(product_id)  # miss: go to the source ...
        if product is not None:  # ... and fill the cache for next time
            try:
                # SET with ex= stores the value and its expiry in one atomic command.
                self.client.set(
                    self.key(product_id), json.dumps(product), ex=PRODUCT_TTL_SECONDS
                )
            except redis.RedisError:
                log.warning("cache unavailable, not caching product %s", product_id)
        return product

    def update(self, product_id: int, save: Callable[[], Any]) -> None:
        """Write to the source of truth first, then delete (not update) the cache
        entry; the next read loads fresh data."""
        save()
        try:
            self.client.delete(self.key(product_id))
        except redis.RedisError:  # the write is committed: do not fail the request
            log.warning(
                "cache unavailable, product %s may be stale for up to %s s",
                product_id,
                PRODUCT_TTL_SECONDS,
            )


# endregion cache_aside


def connect(url: str | None = None) -> redis.Redis:
    url = url or os.environ.get("REDIS_URL", "redis://localhost:6379/0")
    # Timeouts: a slow or dead cache must not hang the request that uses it.
    # redis-py 8 retries a failed command 10 times by default, multiplying the
    # timeout; retry once at most.
    return redis.Redis.from_url(
        url,
        socket_timeout=0.5,
        socket_connect_timeout=0.5,
        retry=Retry(NoBackoff(), retries=1),
    )


if __name__ == "__main__":
    database = {1: {"id": 1, "name": "Keyboard", "price_cents": 4999}}

    def load_from_db(product_id: int) -> dict | None:
        print(f"  loading product {product_id} from the database")
        return database.get(product_id)

    cache = ProductCache(connect(), load_from_db)
    print(cache.get(1))  # miss: loads
    print(cache.get(1))  # hit: no load
    cache.update(1, lambda: database[1].update(price_cents=3999))
    print(cache.get(1))  # miss again after invalidation
