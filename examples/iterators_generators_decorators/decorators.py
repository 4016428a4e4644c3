"""Decorators: a timing decorator and a retry decorator that takes arguments."""

import functools
import logging
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

logger = logging.getLogger(__name__)


# region timed
def timed(func: Callable[P, R]) -> Callable[P, R]:
    """Log how long each call takes."""

    @functools.wraps(func)  # keep __name__, __doc__ ... of the wrapped function
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        start = time.perf_counter()  # a monotonic clock meant for measuring
        try:
            return func(*args, **kwargs)
        finally:
            elapsed_ms = (time.perf_counter() - start) * 1000
            logger.info("%s took %.1f ms", func.__name__, elapsed_ms)

    return wrapper


# endregion timed


# region retry
def retry(
    times: int = 3,
    exceptions: tuple[type[Exception], ...] = (ConnectionError,),
    delay: float = 0.1,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """A decorator factory: retry(...) returns the decorator that wraps func."""
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            for attempt in range(1, times):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:  # only the errors worth retrying
                    logger.warning(
                        "%s failed (%s), retry %d", func.__name__, exc, attempt
                    )
                    time.sleep(delay * 2 ** (attempt - 1))  # exponential backoff
            return func(*args, **kwargs)  # last attempt: errors propagate

        return wrapper

    return decorator


# endregion retry


@timed
@retry(times=3, delay=0.01)
def flaky_fetch(results: list[str]) -> str:
    """Pretend network call: fails until the list of results has a success."""
    outcome = results.pop(0)
    if outcome == "fail":
        raise ConnectionError("connection reset")
    return outcome


# The tests compare this file's output in the browser and in CPython, minus what
# changes from run to run:
# output varies (timings): took [\d.]+ ms

if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    print(flaky_fetch(["fail", "fail", "ok"]), flaky_fetch.__name__)
