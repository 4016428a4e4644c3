"""re and uuid: validate and extract with named groups, and generate identifiers."""

import re
import uuid

# region regex
# A compiled pattern with named groups: "2026-12-02 GET /orders/42 200 31ms"
LOG_LINE = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<method>[A-Z]+) (?P<path>\S+)"
    r" (?P<status>\d{3}) (?P<ms>\d+)ms"
)
ORDER_REF = re.compile(r"ORD-\d{6}")


def parse_log_line(line: str) -> dict[str, str] | None:
    match = LOG_LINE.fullmatch(line.strip())  # the whole line, or nothing
    return match.groupdict() if match else None


def is_order_ref(text: str) -> bool:
    return ORDER_REF.fullmatch(text) is not None  # search() would accept "xORD-123456y"


def find_order_refs(text: str) -> list[str]:
    return ORDER_REF.findall(text)


def mask_digits(text: str) -> str:
    return re.sub(r"\d", "#", text)


# endregion regex


# region ids
def new_id() -> uuid.UUID:
    """A UUIDv7 (time-ordered) on Python 3.14+, a random UUIDv4 before that."""
    if hasattr(uuid, "uuid7"):
        return uuid.uuid7()
    return uuid.uuid4()


def parse_id(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None  # not a UUID: the API answers 404 or 422, not 500


# endregion ids
