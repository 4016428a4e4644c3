"""Release 42 renames a column; rolling back to release 41 then breaks its queries."""

import sqlite3

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
db.execute("INSERT INTO customers (name) VALUES ('Ada Lovelace')")


def release_41_profile(customer_id: int) -> str:
    row = db.execute("SELECT name FROM customers WHERE id = ?", (customer_id,))
    return row.fetchone()[0]


def release_42_profile(customer_id: int) -> str:
    row = db.execute("SELECT full_name FROM customers WHERE id = ?", (customer_id,))
    return row.fetchone()[0]


print("release 41:", release_41_profile(1))
db.execute("ALTER TABLE customers RENAME COLUMN name TO full_name")  # release 42
print("release 42:", release_42_profile(1))
try:  # release 42 has a bug, so the pipeline redeploys the previous image
    print("rollback to 41:", release_41_profile(1))
except sqlite3.OperationalError as exc:
    print("rollback to 41: OperationalError:", exc)
