"""What Python does with a function's hints at run time, and what it leaves to tools."""

from typing import Annotated, get_type_hints


def get_order(
    order_id: Annotated[int, "from the URL path"], expand: bool = False
) -> str:
    return f"order {order_id!r}, expand={expand!r}"


print(get_order("42", expand="no"))
print(get_type_hints(get_order))
print(get_type_hints(get_order, include_extras=True)["order_id"].__metadata__)
