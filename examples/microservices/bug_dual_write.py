"""Commit the order, then publish the event: a failure in between loses the event."""

import sqlite3

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, total_cents INTEGER)")
published: list[dict] = []  # stands in for the message broker
broker_up = False  # or the process is killed right after the commit


def publish(event: dict) -> None:
    if not broker_up:
        raise ConnectionError("broker unreachable")
    published.append(event)


def place_order(cents: int) -> None:
    with db:  # commits when the block ends
        cursor = db.execute("INSERT INTO orders (total_cents) VALUES (?)", (cents,))
    publish({"type": "OrderPlaced", "order_id": cursor.lastrowid})


try:
    place_order(4200)
except ConnectionError as exc:
    print("place_order failed:", exc)
(order_count,) = db.execute("SELECT count(*) FROM orders").fetchone()
print("orders in the database:", order_count)
print("OrderPlaced events published:", len(published))
