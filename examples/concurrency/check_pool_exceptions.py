"""Collect results and exceptions from a ThreadPoolExecutor: map() versus submit()."""

from concurrent.futures import ThreadPoolExecutor


def fetch_user(user_id: int) -> str:
    if user_id == 3:
        raise LookupError(f"no user {user_id}")
    return f"user-{user_id}"


ids = [1, 2, 3, 4]
with ThreadPoolExecutor(max_workers=4) as pool:
    try:
        for name in pool.map(fetch_user, ids):
            print("map:", name)
    except LookupError as error:
        print("map stopped:", error)

    futures = {user_id: pool.submit(fetch_user, user_id) for user_id in ids}
    for user_id, future in futures.items():
        error = future.exception()
        print("submit:", user_id, error if error else future.result())
