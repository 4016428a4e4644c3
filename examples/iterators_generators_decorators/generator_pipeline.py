"""Iterators and generators: the iterator protocol, lazy pipelines and yield from."""

from collections.abc import Iterable, Iterator


# region iterator
class Countdown:
    """A hand-written iterator: __iter__ returns self, __next__ raises StopIteration."""

    def __init__(self, start: int) -> None:
        self.current = start

    def __iter__(self) -> Iterator[int]:
        return self

    def __next__(self) -> int:
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


def countdown(start: int) -> Iterator[int]:
    """The same iterator as a generator function: Python writes __next__ for you."""
    while start > 0:
        yield start
        start -= 1


# endregion iterator


# region pipeline
def read_lines(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:  # a real program would pass an open file here
        yield line.rstrip("\n")


def parse(lines: Iterable[str]) -> Iterator[tuple[str, str, int]]:
    """Turn 'LEVEL path status' lines into tuples, skipping blank or bad lines."""
    for line in lines:
        parts = line.split()
        if len(parts) == 3 and parts[2].isdigit():
            yield parts[0], parts[1], int(parts[2])


def errors_only(records: Iterable[tuple[str, str, int]]) -> Iterator[str]:
    for _level, path, status in records:
        if status >= 500:
            yield path


def server_errors(lines: Iterable[str]) -> Iterator[str]:
    # Nothing runs until someone iterates; each line flows through every stage
    # one at a time, so memory use stays flat even for a multi-gigabyte log.
    return errors_only(parse(read_lines(lines)))


# endregion pipeline


# region yield_from
def flatten(nested: Iterable[object]) -> Iterator[object]:
    """yield from delegates to a sub-generator (here: recursively)."""
    for item in nested:
        if isinstance(item, list | tuple):
            yield from flatten(item)
        else:
            yield item


# endregion yield_from


if __name__ == "__main__":
    print(list(Countdown(3)), list(countdown(3)))
    log = ["INFO /home 200\n", "ERROR /api/pay 502\n", "\n", "ERROR /api/cart 500\n"]
    print(list(server_errors(log)))
    print(list(flatten([1, [2, [3, (4, 5)]], 6])))
