"""PostgreSQL with psycopg 3: parameterised queries, transactions and dict rows."""

import os
from datetime import date

import psycopg
from psycopg.rows import DictRow, dict_row

# region connect
# Read connection settings from the environment: never hard-code credentials.
DEFAULT_CONNINFO = "postgresql://app@localhost:5432/app"


def connect(conninfo: str | None = None) -> psycopg.Connection[DictRow]:
    conninfo = conninfo or os.environ.get("DATABASE_URL", DEFAULT_CONNINFO)
    # autocommit: each statement commits on its own unless it runs inside a
    # `with conn.transaction():` block. row_factory: rows come back as dicts.
    return psycopg.connect(
        conninfo, autocommit=True, row_factory=dict_row, connect_timeout=5
    )


# endregion connect


def create_schema(conn: psycopg.Connection[DictRow]) -> None:
    with conn.transaction():
        conn.execute("DROP TABLE IF EXISTS payments")
        conn.execute(
            """
            CREATE TABLE payments (
                id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                customer    TEXT NOT NULL,
                amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
                paid_on     DATE NOT NULL
            )
            """
        )


# region queries
def add_payments(
    conn: psycopg.Connection[DictRow], rows: list[tuple[str, int, date]]
) -> None:
    """All rows or none: the transaction commits at the end of the block, or
    rolls back if anything inside raises."""
    with conn.transaction(), conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO payments (customer, amount_cents, paid_on)"
            " VALUES (%s, %s, %s)",
            rows,
        )


def payments_for(conn: psycopg.Connection[DictRow], customer: str) -> list[DictRow]:
    # %s placeholders: psycopg sends the value separately from the SQL text, so
    # input like "x'; DROP TABLE payments; --" is just data. Never use f-strings.
    return conn.execute(
        "SELECT customer, amount_cents, paid_on FROM payments"
        " WHERE customer = %s ORDER BY paid_on",
        (customer,),
    ).fetchall()


def totals_since(conn: psycopg.Connection[DictRow], since: date) -> list[DictRow]:
    return conn.execute(
        """
        SELECT customer, SUM(amount_cents) AS total_cents, COUNT(*) AS payments
        FROM payments
        WHERE paid_on >= %(since)s
        GROUP BY customer
        ORDER BY total_cents DESC
        """,
        {"since": since},  # named placeholders work too
    ).fetchall()


# endregion queries


def main() -> None:
    with connect() as conn:  # closes the connection on exit
        create_schema(conn)
        add_payments(
            conn,
            [("ada", 1999, date(2026, 11, 1)), ("ada", 500, date(2026, 11, 20))],
        )
        print(payments_for(conn, "ada"))
        print(totals_since(conn, date(2026, 11, 10)))


if __name__ == "__main__":
    main()
