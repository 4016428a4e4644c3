"""A user-chosen sort column: an allow-list, then psycopg.sql.Identifier to quote it."""

from psycopg import sql

SORTABLE = {"placed_on", "total_cents"}


def orders_query(sort: str) -> sql.Composed:
    query = sql.SQL("SELECT id, placed_on, total_cents FROM orders ORDER BY {} DESC")
    return query.format(sql.Identifier(sort))


for sort in ["placed_on", "total_cents; DROP TABLE orders"]:
    print(orders_query(sort).as_string())
    print("  allowed:", sort in SORTABLE)
