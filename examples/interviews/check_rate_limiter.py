"""A sliding-window rate limiter, a typical interview exercise: O(1) amortised."""

from collections import defaultdict, deque


class SlidingWindowLimiter:
    """Allow at most `limit` requests per client in any `window` seconds."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self.hits: defaultdict[str, deque[float]] = defaultdict(deque)

    def allow(self, client: str, now: float) -> bool:
        """Say whether a request at `now` is within the limit; record it if so."""
        hits = self.hits[client]
        while hits and hits[0] <= now - self.window:
            hits.popleft()  # O(1); each timestamp leaves the deque at most once
        if len(hits) >= self.limit:
            return False  # rejected requests are not recorded
        hits.append(now)
        return True


if __name__ == "__main__":
    limiter = SlidingWindowLimiter(limit=3, window=10.0)
    for now in [0, 1, 2, 3, 10.5, 11]:
        verdict = "allowed" if limiter.allow("alice", now) else "429"
        print(f"alice t={now}: {verdict}")
    print(f"bob t=3: {'allowed' if limiter.allow('bob', 3) else '429'}")
