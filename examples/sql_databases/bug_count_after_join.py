"""Orders per customer, counted after joining the order lines."""

import sqlite3

db = sqlite3.connect(":memory:")
db.executescript("""
    CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT NOT NULL);
    CREATE TABLE order_items (order_id INTEGER, sku TEXT, quantity INTEGER);
    INSERT INTO orders VALUES (10, 'ada'), (11, 'ada'), (12, 'grace');
    INSERT INTO order_items VALUES
        (10, 'BOOK-1', 1), (10, 'PEN-1', 3), (11, 'BOOK-2', 2),
        (12, 'MUG-1', 1), (12, 'PEN-1', 5), (12, 'INK-1', 2);
""")

report = """
    SELECT o.customer, COUNT(*) AS orders, SUM(i.quantity) AS units
    FROM orders AS o JOIN order_items AS i ON i.order_id = o.id
    GROUP BY o.customer
    HAVING COUNT(*) >= 2
    ORDER BY o.customer
"""
for row in db.execute(report):
    print(row)
