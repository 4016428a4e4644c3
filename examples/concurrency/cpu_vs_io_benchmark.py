"""Threads vs processes vs asyncio on CPU-bound and I/O-bound work, measured.

- I/O-bound work (waiting on the network, disk, a database) overlaps well with
  threads or asyncio: while one task waits, others run.
- CPU-bound work in pure Python does not get faster with threads in the standard
  (GIL) build of CPython: only one thread runs Python bytecode at a time. Use
  processes. asyncio does not help CPU-bound work either: it runs one event loop on
  one thread and only switches tasks at `await`.
- Free-threaded CPython (no GIL) was experimental in 3.13 and is officially
  supported, as an optional separate build, from 3.14.
"""

import asyncio
import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


# region work
def cpu_task(n: int) -> int:
    """Pure-Python arithmetic: keeps one core busy, holds the GIL."""
    return sum(i * i for i in range(n))


def io_task(seconds: float) -> float:
    """Stands in for a network call: the thread sleeps and releases the GIL."""
    time.sleep(seconds)
    return seconds


async def async_io_task(seconds: float) -> float:
    await asyncio.sleep(seconds)  # yields to the event loop while "waiting"
    return seconds


# endregion work


def measure(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


# region strategies
def run_all(
    func: Callable[[T], object], args: list[T], workers: int
) -> dict[str, float]:
    """Wall time of the same jobs run three ways (process start-up included)."""

    def sequential() -> None:
        for arg in args:
            func(arg)

    def threads() -> None:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(func, args))

    def processes() -> None:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            list(pool.map(func, args))

    return {
        "sequential": measure(sequential),
        "threads": measure(threads),
        "processes": measure(processes),
    }


def run_asyncio(seconds: list[float]) -> float:
    async def gather_all() -> None:
        await asyncio.gather(*(async_io_task(s) for s in seconds))

    return measure(lambda: asyncio.run(gather_all()))


# endregion strategies


def benchmark(
    cpu_n: int,
    cpu_jobs: int,
    io_wait: float,
    io_jobs: int,
    workers: int = os.cpu_count() or 2,
) -> dict[str, dict[str, float]]:
    cpu = run_all(cpu_task, [cpu_n] * cpu_jobs, workers)
    io = run_all(io_task, [io_wait] * io_jobs, workers=io_jobs)
    io["asyncio"] = run_asyncio([io_wait] * io_jobs)
    return {"cpu-bound": cpu, "i/o-bound": io}


def print_table(results: dict[str, dict[str, float]]) -> None:
    print(f"{'workload':<10} {'strategy':<11} {'seconds':>8}")
    for workload, timings in results.items():
        for strategy, seconds in timings.items():
            print(f"{workload:<10} {strategy:<11} {seconds:>8.3f}")


if __name__ == "__main__":
    print_table(benchmark(cpu_n=2_000_000, cpu_jobs=4, io_wait=0.5, io_jobs=10))
