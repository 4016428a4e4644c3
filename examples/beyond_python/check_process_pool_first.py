"""Before Ray: a process pool already spreads CPU-bound work over all local cores."""

from concurrent.futures import ProcessPoolExecutor


def checksum(size: int) -> int:
    """Stand-in for CPU-bound work such as resizing one image."""
    return sum(i % 7 for i in range(size))


if __name__ == "__main__":
    sizes = [300_000, 10, 200_000, 5]  # the small jobs finish first
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(checksum, sizes))
    print(results)
    print(f"{len(results)} jobs, results in input order, one machine, no cluster")
