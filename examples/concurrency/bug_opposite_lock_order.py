"""Bug: two code paths take the same two locks in opposite orders and deadlock."""

import threading

accounts_lock = threading.Lock()
audit_lock = threading.Lock()
both_hold_one = threading.Barrier(2)  # makes the unlucky interleaving happen every time
both_tried = threading.Barrier(2)
results: dict[str, str] = {}


def run(name: str, first: threading.Lock, second: threading.Lock) -> None:
    with first:
        both_hold_one.wait()
        if second.acquire(timeout=0.5):
            second.release()
            results[name] = "done"
        else:
            results[name] = "timed out waiting for the second lock"
        both_tried.wait()


transfer = threading.Thread(target=run, args=("transfer", accounts_lock, audit_lock))
transfer.start()
run("audit report", audit_lock, accounts_lock)  # same two locks, opposite order
transfer.join()
for name in sorted(results):
    print(f"{name}: {results[name]}")
