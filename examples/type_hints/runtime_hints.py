"""Python ignores hints at run time; get_type_hints, Annotated and Pydantic use them."""

from dataclasses import dataclass
from typing import Annotated, get_args, get_origin, get_type_hints

from pydantic import Field, TypeAdapter, ValidationError, validate_call


def add_credit(balance: int, amount: int) -> int:
    return balance + amount


@dataclass(frozen=True)
class Between:
    """Metadata for Annotated: Python stores it, your code decides what it means."""

    low: int
    high: int


PageSize = Annotated[int, Between(1, 100)]


def list_orders(customer_id: int, limit: PageSize = 20) -> list[str]:
    return [f"order {customer_id}-{n}" for n in range(1, limit + 1)]


def call_with_query(query: dict[str, str]) -> list[str]:
    """What a framework does: convert and check query strings using the hints."""
    hints = get_type_hints(list_orders, include_extras=True)
    arguments: dict[str, int] = {}
    for name, raw in query.items():
        hint = hints[name]
        base, *metadata = get_args(hint) if get_origin(hint) is Annotated else [hint]
        value = base(raw)  # "2" -> 2
        for rule in metadata:
            if isinstance(rule, Between) and not rule.low <= value <= rule.high:
                raise ValueError(f"{name}={value} is not in {rule.low}..{rule.high}")
        arguments[name] = value
    return list_orders(**arguments)


@validate_call
def list_orders_checked(
    customer_id: int, limit: Annotated[int, Field(ge=1, le=100)] = 20
) -> list[str]:
    return list_orders(customer_id, limit)


def main() -> None:
    print(add_credit("10", "5"))  # type: ignore[arg-type]  # "105": nothing checks
    print(get_type_hints(list_orders))
    print(get_type_hints(list_orders, include_extras=True)["limit"].__metadata__)
    print(call_with_query({"customer_id": "7", "limit": "2"}))
    try:
        call_with_query({"customer_id": "7", "limit": "500"})
    except ValueError as exc:
        print("ValueError:", exc)
    print(list_orders_checked("7", limit="2"))  # type: ignore[arg-type]
    try:
        list_orders_checked(7, limit=500)
    except ValidationError as exc:
        error = exc.errors()[0]
        print("ValidationError:", error["loc"], error["msg"])
    print(TypeAdapter(Annotated[int, Field(ge=1, le=100)]).json_schema())


if __name__ == "__main__":
    main()
