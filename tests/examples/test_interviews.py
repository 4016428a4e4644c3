"""Tests for examples/interviews/check_rate_limiter.py, the page's worked example."""

import pytest


@pytest.fixture
def limiter_class(example):
    return example("interviews/check_rate_limiter.py").SlidingWindowLimiter


def test_allows_up_to_the_limit_then_rejects(limiter_class) -> None:
    limiter = limiter_class(limit=3, window=10.0)
    assert [limiter.allow("alice", t) for t in (0, 1, 2, 3)] == [
        True,
        True,
        True,
        False,
    ]


def test_window_slides_and_a_hit_exactly_window_old_has_expired(limiter_class) -> None:
    limiter = limiter_class(limit=2, window=10.0)
    assert limiter.allow("alice", 0)
    assert limiter.allow("alice", 5)
    assert not limiter.allow("alice", 9.9)
    assert limiter.allow("alice", 10)  # the hit at 0 is now outside (0, 10]
    assert not limiter.allow("alice", 14.9)
    assert limiter.allow("alice", 15)


def test_rejected_requests_do_not_extend_the_block(limiter_class) -> None:
    limiter = limiter_class(limit=1, window=10.0)
    assert limiter.allow("alice", 0)
    assert not any(limiter.allow("alice", t) for t in (1, 2, 3, 9))
    assert limiter.allow("alice", 10)


def test_clients_are_independent(limiter_class) -> None:
    limiter = limiter_class(limit=1, window=60.0)
    assert limiter.allow("alice", 0)
    assert not limiter.allow("alice", 1)
    assert limiter.allow("bob", 1)


def test_memory_per_client_never_exceeds_the_limit(limiter_class) -> None:
    limiter = limiter_class(limit=5, window=1.0)
    for step in range(10_000):
        limiter.allow("alice", step * 0.01)
        assert len(limiter.hits["alice"]) <= 5
