"""A user service that passes `mypy --strict`: a Protocol, a TypedDict, generics."""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import (
    Generic,
    Literal,
    NotRequired,
    Protocol,
    TypedDict,
    TypeVar,
    assert_never,
)

from typing_extensions import ReadOnly  # in `typing` itself from Python 3.13

# Python 3.12+ declares type parameters inline instead: `def first[T](...)`.
T = TypeVar("T")

# A type alias; on Python 3.12+ you would write `type Status = Literal[...]`.
Status = Literal["active", "suspended", "deleted"]


class UserPayload(TypedDict):
    """The JSON body of POST /users: a plain dict at run time, with known keys."""

    id: ReadOnly[int]  # the checker rejects payload["id"] = ...
    email: str
    status: Status
    nickname: NotRequired[str]  # the key may be missing


@dataclass(frozen=True)
class User:
    """The domain object the service works with."""

    id: int
    email: str
    status: Status
    nickname: str | None = None


class UserRepository(Protocol):
    """Anything with these two methods is a UserRepository; no base class needed."""

    def get(self, user_id: int) -> User | None: ...

    def add(self, user: User) -> None: ...


class InMemoryUsers:
    """Matches UserRepository by its methods alone, which is all a test fake needs."""

    def __init__(self) -> None:
        self._rows: dict[int, User] = {}

    def get(self, user_id: int) -> User | None:
        return self._rows.get(user_id)

    def add(self, user: User) -> None:
        self._rows[user.id] = user


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of results; Page[User] holds users, Page[str] holds strings."""

    items: list[T]
    total: int


def paginate(items: Sequence[T], *, offset: int, limit: int) -> Page[T]:
    return Page(items=list(items[offset : offset + limit]), total=len(items))


def first(items: Iterable[T]) -> T | None:
    return next(iter(items), None)


def can_log_in(status: Status) -> bool:
    match status:
        case "active":
            return True
        case "suspended" | "deleted":
            return False
        case _:
            # Unreachable while every Status is handled above. Add "pending" to
            # Status and forget it here, and mypy reports this line.
            assert_never(status)


class UserService:
    def __init__(self, repo: UserRepository, notify: Callable[[str], None]) -> None:
        self.repo = repo
        self.notify = notify

    def register(self, payload: UserPayload) -> User:
        user = User(
            id=payload["id"],
            email=payload["email"].lower(),
            status=payload["status"],
            nickname=payload.get("nickname"),  # str | None: the key is NotRequired
        )
        self.repo.add(user)
        self.notify(f"welcome {user.email}")
        return user

    def email_of(self, user_id: int) -> str:
        user = self.repo.get(user_id)  # User | None
        if user is None:
            raise LookupError(f"no user with id {user_id}")
        return user.email  # narrowed to User: None was handled above


def main() -> None:
    sent: list[str] = []
    service = UserService(InMemoryUsers(), notify=sent.append)
    ada = service.register({"id": 1, "email": "Ada@Example.com", "status": "active"})
    bob = service.register(
        {"id": 2, "email": "bob@example.com", "status": "suspended", "nickname": "bob"}
    )
    print(service.email_of(1), can_log_in(ada.status), can_log_in(bob.status))
    page = paginate([ada, bob], offset=0, limit=1)
    print([user.email for user in page.items], page.total, first(sent))


if __name__ == "__main__":
    main()
