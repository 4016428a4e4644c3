"""Customers with their paid orders: a LEFT JOIN filtered in WHERE versus in ON."""

import sqlite3

db = sqlite3.connect(":memory:")
db.executescript("""
    CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
    CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, status TEXT);
    INSERT INTO customers VALUES (1, 'Ada'), (2, 'Grace'), (3, 'Linus');
    INSERT INTO orders VALUES (10, 1, 'paid'), (11, 2, 'refunded');
""")

in_where = """
    SELECT c.name, o.id FROM customers AS c
    LEFT JOIN orders AS o ON o.customer_id = c.id
    WHERE o.status = 'paid' ORDER BY c.id
"""
in_on = """
    SELECT c.name, o.id FROM customers AS c
    LEFT JOIN orders AS o ON o.customer_id = c.id AND o.status = 'paid'
    ORDER BY c.id
"""
print("WHERE:", db.execute(in_where).fetchall())
print("ON:   ", db.execute(in_on).fetchall())
