"""Serialise an order with a datetime, a Decimal and a UUID using json's default=."""

import json
from datetime import UTC, datetime
from decimal import Decimal
from uuid import UUID


def to_json_value(value: object) -> str:
    """Called by json.dumps for every object it cannot serialise itself."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal | UUID):
        return str(value)  # a string keeps every digit of the Decimal
    raise TypeError(f"cannot serialise {type(value).__name__}")


order = {
    "id": UUID("0190b6e4-3c2a-7d4e-9f1a-2b3c4d5e6f70"),
    "total": Decimal("19.90"),
    "paid_at": datetime(2026, 12, 2, 9, 30, tzinfo=UTC),
}
print(json.dumps(order, default=to_json_value))
try:
    json.dumps({"tags": {"new"}}, default=to_json_value)
except TypeError as exc:
    print("TypeError:", exc)
