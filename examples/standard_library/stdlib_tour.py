"""A tour of the standard library: collections, itertools, pathlib, dataclasses,
datetime with zoneinfo, and json."""

import json
import sys
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from zoneinfo import ZoneInfo


# region collections
def word_counts(text: str, top: int = 3) -> list[tuple[str, int]]:
    return Counter(text.lower().split()).most_common(top)


def group_by_first_letter(words: Iterable[str]) -> dict[str, list[str]]:
    groups: defaultdict[str, list[str]] = defaultdict(list)  # no KeyError on new keys
    for word in words:
        groups[word[0]].append(word)
    return dict(groups)


def last_n(lines: Iterable[str], n: int) -> list[str]:
    return list(deque(lines, maxlen=n))  # like `tail -n`: old items fall off


# endregion collections


# region itertools
def batched(items: Iterable[int], size: int) -> Iterator[tuple[int, ...]]:
    """itertools.batched exists from Python 3.12; islice does the job before that."""
    if sys.version_info >= (3, 12):
        from itertools import batched as stdlib_batched

        yield from stdlib_batched(items, size)
        return
    iterator = iter(items)
    while batch := tuple(islice(iterator, size)):
        yield batch


# endregion itertools


# region dataclass_json
@dataclass
class Event:
    name: str
    starts_at: datetime  # always timezone-aware
    tags: list[str] = field(default_factory=list)  # never a mutable default

    def to_json(self) -> str:
        data = asdict(self) | {"starts_at": self.starts_at.isoformat()}
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str) -> "Event":
        data = json.loads(raw)
        return cls(
            data["name"], datetime.fromisoformat(data["starts_at"]), data["tags"]
        )


def local_time(moment: datetime, zone: str) -> str:
    """Store UTC, convert to the user's zone only for display."""
    return moment.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M %Z")


# endregion dataclass_json


def save_events(events: list[Event], path: Path) -> None:
    path.write_text("\n".join(e.to_json() for e in events) + "\n", encoding="utf-8")


if __name__ == "__main__":
    print(word_counts("the cat and the hat and the bat"))
    print(group_by_first_letter(["apple", "avocado", "banana"]))
    print(last_n(map(str, range(10)), 3), list(batched(range(7), 3)))
    launch = Event("launch", datetime(2026, 11, 23, 9, 30, tzinfo=UTC), ["demo"])
    print(launch.to_json(), local_time(launch.starts_at, "Europe/Berlin"))
