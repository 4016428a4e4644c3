"""A payment job logs its failures, but the log never says what went wrong where."""

import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(name)s: %(message)s")
logger = logging.getLogger("app.payments")


def amount_of(order: dict) -> int:
    return order["lines"][0]["amount_cents"]


def charge(order: dict) -> bool:
    try:
        amount = amount_of(order)
    except Exception as exc:
        logger.error(f"charge failed: {exc}")
        return False
    return amount > 0


charge({"id": 42, "lines": [{"sku": "KB-1", "price_cents": 4999}]})
