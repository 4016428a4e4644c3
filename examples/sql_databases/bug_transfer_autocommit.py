"""A transfer as two UPDATEs on an autocommit connection, failing between them."""

import sqlite3

RATE_FROM_EUR = {"EUR": 1}  # no GBP rate loaded yet

db = sqlite3.connect(":memory:", isolation_level=None)  # autocommit, like the page
db.execute("CREATE TABLE accounts (name TEXT PRIMARY KEY, balance_cents INTEGER)")
db.execute("INSERT INTO accounts VALUES ('ada', 10000), ('grace', 0)")


def transfer(source: str, target: str, cents: int, currency: str) -> None:
    db.execute(
        "UPDATE accounts SET balance_cents = balance_cents - ? WHERE name = ?",
        (cents, source),
    )
    credit = cents * RATE_FROM_EUR[currency]  # KeyError for GBP
    db.execute(
        "UPDATE accounts SET balance_cents = balance_cents + ? WHERE name = ?",
        (credit, target),
    )


try:
    transfer("ada", "grace", 2500, "GBP")
except KeyError as exc:
    print("transfer failed: no rate for", exc)
print(db.execute("SELECT name, balance_cents FROM accounts ORDER BY name").fetchall())
