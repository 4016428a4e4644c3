"""Avoid deadlocks between threads: always take locks in one global order (by id),
and use lock.acquire(timeout=...) to notice a lock that is stuck."""

import threading
from dataclasses import dataclass, field


# region accounts
@dataclass
class Account:
    id: int
    balance: int
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)


def transfer(source: Account, target: Account, amount: int) -> None:
    """Lock both accounts lowest id first, so A->B and B->A can never deadlock."""
    if source.id == target.id:
        raise ValueError("cannot transfer to the same account")
    first, second = sorted((source, target), key=lambda account: account.id)
    with first.lock, second.lock:
        if source.balance < amount:
            raise ValueError("insufficient funds")
        source.balance -= amount
        target.balance += amount


# endregion accounts


# region timeout
def try_lock(lock: threading.Lock, timeout: float = 1.0) -> bool:
    """acquire(timeout=...) returns False instead of waiting forever."""
    if not lock.acquire(timeout=timeout):
        return False  # report it (log, metric) instead of hanging the thread
    lock.release()
    return True


# endregion timeout


def run_opposite_transfers(rounds: int = 1000) -> tuple[int, int]:
    a, b = Account(1, 10_000), Account(2, 10_000)
    threads = [
        threading.Thread(target=lambda: [transfer(a, b, 1) for _ in range(rounds)]),
        threading.Thread(target=lambda: [transfer(b, a, 1) for _ in range(rounds)]),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return a.balance, b.balance


if __name__ == "__main__":
    print(run_opposite_transfers())
