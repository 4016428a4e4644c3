"""Tests for the Redis cache and Celery task examples (real redis-server)."""

import importlib
import json

import pytest


# ------------------------------------------------------------------- caching
def test_cache_aside(example, redis_client) -> None:
    mod = example("caching/cache_aside_redis.py")
    database = {1: {"id": 1, "name": "Keyboard", "price_cents": 4999}}
    loads: list[int] = []

    def load(product_id: int) -> dict | None:
        loads.append(product_id)
        return database.get(product_id)

    cache = mod.ProductCache(redis_client, load)
    assert cache.get(1) == database[1]  # miss: loaded from the "database"
    assert cache.get(1) == database[1]  # hit
    assert cache.get(1) == database[1]
    assert loads == [1]
    key = mod.ProductCache.key(1)
    assert json.loads(redis_client.get(key)) == database[1]
    assert 0 < redis_client.ttl(key) <= mod.PRODUCT_TTL_SECONDS

    def save() -> None:
        database[1] = {**database[1], "price_cents": 3999}

    cache.update(1, save)  # write, then invalidate
    assert redis_client.exists(key) == 0
    assert cache.get(1)["price_cents"] == 3999  # fresh data after invalidation
    assert loads == [1, 1]

    assert cache.get(404) is None  # misses for unknown ids are not cached
    assert cache.get(404) is None
    assert loads == [1, 1, 404, 404]


def test_cache_connect_uses_url(example, redis_url: str, monkeypatch) -> None:
    mod = example("caching/cache_aside_redis.py")
    monkeypatch.setenv("REDIS_URL", redis_url)
    client = mod.connect()
    try:
        assert client.ping() is True
        kwargs = client.connection_pool.connection_kwargs
        assert kwargs["socket_timeout"] == 0.5
        assert kwargs["retry"].get_retries() == 1  # not redis-py 8's default of 10
    finally:
        client.close()


def test_cache_falls_back_to_the_source_when_redis_is_down(example) -> None:
    import socket
    import time

    mod = example("caching/cache_aside_redis.py")
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = mod.connect(f"redis://127.0.0.1:{port}/0")
    cache = mod.ProductCache(client, lambda product_id: {"id": product_id})
    started = time.monotonic()
    saved = []
    try:
        assert cache.get(7) == {"id": 7}
        cache.update(7, lambda: saved.append(7))  # a committed write does not fail
    finally:
        client.close()
    assert saved == [7]
    assert time.monotonic() - started < 10  # bounded: two short tries per call


# -------------------------------------------------------------------- celery
@pytest.fixture
def celery_mod(example):
    """A freshly imported example module (a new Celery app) for every test."""
    return importlib.reload(example("task_queues/celery_tasks.py"))


def test_celery_eager_with_retries(celery_mod, monkeypatch) -> None:
    mod = celery_mod
    # Eager: .delay() runs the task inline, retries included (no broker needed).
    mod.app.conf.update(task_always_eager=True)
    assert mod.add.delay(2, 3).get() == 5

    outcomes = iter([mod.TemporaryError("timeout"), mod.TemporaryError("503"), "ok"])
    calls: list[int] = []

    def flaky_provider(order_id: int) -> str:
        calls.append(order_id)
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return f"charge-{order_id}"

    monkeypatch.setattr(mod, "call_payment_provider", flaky_provider)
    result = mod.charge_order.delay(7).get()
    assert result == {"order_id": 7, "charge_id": "charge-7", "attempt": 3}
    assert calls == [7, 7, 7]


def test_celery_gives_up_after_max_retries(celery_mod, monkeypatch) -> None:
    mod = celery_mod
    # Eager: .delay() runs the task inline, retries included (no broker needed).
    mod.app.conf.update(task_always_eager=True)
    calls: list[int] = []

    def always_down(order_id: int) -> str:
        calls.append(order_id)
        raise mod.TemporaryError("still down")

    monkeypatch.setattr(mod, "call_payment_provider", always_down)
    with pytest.raises(mod.TemporaryError):
        mod.charge_order.delay(1).get()
    assert len(calls) == 1 + mod.charge_order.max_retries

    def bug(order_id: int) -> str:
        raise KeyError("a bug is not retried")

    monkeypatch.setattr(mod, "call_payment_provider", bug)
    with pytest.raises(KeyError):
        mod.charge_order.delay(1).get()


def test_celery_real_worker(example, redis_url: str, monkeypatch) -> None:
    from celery.contrib.testing.worker import start_worker

    monkeypatch.setenv("REDIS_URL", redis_url)  # the example reads it at import
    mod = importlib.reload(example("task_queues/celery_tasks.py"))
    assert mod.app.conf.broker_url == redis_url
    monkeypatch.setattr(mod, "call_payment_provider", lambda order_id: f"ch-{order_id}")
    with start_worker(
        mod.app, pool="solo", perform_ping_check=False, shutdown_timeout=10
    ):
        assert mod.add.delay(20, 22).get(timeout=20) == 42
        charged = mod.charge_order.delay(9)
        assert charged.get(timeout=20) == {
            "order_id": 9,
            "charge_id": "ch-9",
            "attempt": 1,
        }
        assert charged.state == "SUCCESS"
