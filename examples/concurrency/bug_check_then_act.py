"""Bug: two threads check a shared balance, then both withdraw (check-then-act race)."""

import threading

balance = 100
both_checked = threading.Barrier(2)  # stands in for a slow call between check and act


def withdraw(amount: int) -> None:
    global balance
    if balance >= amount:  # check
        both_checked.wait()  # the other thread runs its check here
        balance -= amount  # act


threads = [threading.Thread(target=withdraw, args=(80,)) for _ in range(2)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("balance:", balance)
