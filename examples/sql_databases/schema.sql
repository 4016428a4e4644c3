-- A small shop schema, sample rows, and a JOIN + aggregate report.
-- Portable SQL: runs unchanged on PostgreSQL and SQLite.

-- region schema
DROP TABLE IF EXISTS order_items;
DROP TABLE IF EXISTS orders;
DROP TABLE IF EXISTS customers;

CREATE TABLE customers (
    id         INTEGER PRIMARY KEY,
    email      TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL
);

CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    placed_on   DATE NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('paid', 'refunded'))
);

CREATE TABLE order_items (
    order_id    INTEGER NOT NULL REFERENCES orders (id),
    sku         TEXT NOT NULL,
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),  -- money as integer cents
    PRIMARY KEY (order_id, sku)
);

CREATE INDEX orders_customer_id_idx ON orders (customer_id);
-- endregion schema

-- region data
INSERT INTO customers (id, email, name) VALUES
    (1, 'ada@example.com', 'Ada'),
    (2, 'grace@example.com', 'Grace'),
    (3, 'linus@example.com', 'Linus');

INSERT INTO orders (id, customer_id, placed_on, status) VALUES
    (10, 1, '2026-11-01', 'paid'),
    (11, 1, '2026-11-15', 'paid'),
    (12, 2, '2026-11-20', 'paid'),
    (13, 2, '2026-11-21', 'refunded');

INSERT INTO order_items (order_id, sku, quantity, price_cents) VALUES
    (10, 'BOOK-1', 1, 3900),
    (10, 'PEN-1', 3, 250),
    (11, 'BOOK-2', 2, 4500),
    (12, 'MUG-1', 1, 1200),
    (13, 'BOOK-1', 1, 3900);
-- endregion data

-- region report
-- Revenue per customer from paid orders. LEFT JOIN keeps customers with no
-- orders (Linus); the status filter sits in the ON clause for the same reason.
SELECT
    c.name,
    COUNT(DISTINCT o.id) AS paid_orders,
    COALESCE(SUM(i.quantity * i.price_cents), 0) AS revenue_cents
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id AND o.status = 'paid'
LEFT JOIN order_items AS i ON i.order_id = o.id
GROUP BY c.id, c.name
ORDER BY revenue_cents DESC, c.name;
-- endregion report
