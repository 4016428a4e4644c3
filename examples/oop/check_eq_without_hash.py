"""A class that defines __eq__ but not __hash__, used as a set member."""


class UserId:
    def __init__(self, value: int) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UserId):
            return NotImplemented
        return self.value == other.value


print(UserId(7) == UserId(7))
print(UserId.__hash__ is None)
try:
    seen = {UserId(7)}
except TypeError as exc:
    print(type(exc).__name__)  # the message's wording differs between versions
