"""Search a customer's orders with SQL built by an f-string (sqlite3, in memory)."""

import sqlite3

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE orders (customer TEXT, total_cents INTEGER)")
db.executemany(
    "INSERT INTO orders VALUES (?, ?)",
    [("alice", 1999), ("bob", 4500), ("carol", 120)],
)

customer = "nobody' OR '1'='1"  # sent by the client as ?customer=...
query = f"SELECT * FROM orders WHERE customer = '{customer}' ORDER BY customer"
for row in db.execute(query):
    print(row)
