"""Tests for examples/concurrency/lock_ordering.py."""

import threading

import pytest


def test_opposite_transfers_keep_the_total(example) -> None:
    mod = example("concurrency/lock_ordering.py")
    a, b = mod.run_opposite_transfers(rounds=2000)
    assert (a, b) == (10_000, 10_000)  # equal transfers both ways, nothing lost


def test_many_threads_total_is_conserved(example) -> None:
    mod = example("concurrency/lock_ordering.py")
    accounts = [mod.Account(i, 1000) for i in range(3)]
    threads = [
        threading.Thread(
            target=lambda s=s, t=t: [mod.transfer(s, t, 1) for _ in range(200)]
        )
        for s in accounts
        for t in accounts
        if s is not t
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads)  # no deadlock
    assert sum(account.balance for account in accounts) == 3000


def test_errors_and_stuck_lock(example) -> None:
    mod = example("concurrency/lock_ordering.py")
    a = mod.Account(1, 5)
    with pytest.raises(ValueError, match="same account"):
        mod.transfer(a, a, 1)
    with pytest.raises(ValueError, match="insufficient"):
        mod.transfer(a, mod.Account(2, 0), 10)
    assert mod.try_lock(a.lock, timeout=0.1) is True
    with a.lock:
        assert mod.try_lock(a.lock, timeout=0.1) is False
