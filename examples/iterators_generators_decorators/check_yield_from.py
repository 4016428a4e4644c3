"""What yield from does: delegate to a sub-generator and receive its return value."""

from collections.abc import Generator, Iterator

PAGES = {1: ["ada", "bob"], 2: ["eve"]}  # a fake paginated API


def fetch_page(number: int) -> Generator[str, None, int]:
    """Yield the users on one page, then return how many there were."""
    users = PAGES.get(number, [])
    yield from users  # the same as: for user in users: yield user
    return len(users)


def all_users() -> Iterator[str]:
    page = 1
    while True:
        count = yield from fetch_page(page)  # passes values through, then returns
        print(f"page {page}: {count} found")
        if count == 0:
            return
        page += 1


for user in all_users():
    print(user)
