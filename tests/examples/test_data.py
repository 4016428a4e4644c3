"""Tests for the SQL, ORM, pagination, GraphQL and psycopg examples."""

# Not words, but test data: a tampered base64 cursor.
# cspell:ignore Gpzb

import asyncio
import re
import sqlite3
from datetime import date

import pytest
from conftest import EXAMPLES
from sqlalchemy import create_engine, inspect
from sqlalchemy.orm import Session

REGION = re.compile(r"^\s*--\s*(region|endregion)\s+(\S+)\s*$")
EXPECTED_REPORT = [
    ("Ada", 2, 3900 + 3 * 250 + 2 * 4500),
    ("Grace", 1, 1200),
    ("Linus", 0, 0),
]


def sql_regions() -> dict[str, str]:
    """The schema.sql file split at its `-- region NAME` markers."""
    regions: dict[str, list[str]] = {}
    current: str | None = None
    for line in (EXAMPLES / "sql_databases/schema.sql").read_text().splitlines():
        if match := REGION.match(line):
            current = match[2] if match[1] == "region" else None
            regions.setdefault(match[2], [])
        elif current:
            regions[current].append(line)
    return {name: "\n".join(lines) for name, lines in regions.items()}


# ------------------------------------------------------------------ schema.sql
def test_schema_sql_on_sqlite() -> None:
    regions = sql_regions()
    assert set(regions) == {"schema", "data", "report"}
    conn = sqlite3.connect(":memory:")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.executescript(regions["schema"] + regions["data"])
    conn.executescript(regions["schema"] + regions["data"])  # re-runnable
    assert conn.execute(regions["report"]).fetchall() == EXPECTED_REPORT
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO order_items VALUES (10, 'X', 0, 100)")  # CHECK
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO orders VALUES (99, 42, '2026-01-01', 'paid')")  # FK


def test_schema_sql_on_postgres(postgres) -> None:
    import psycopg

    regions = sql_regions()
    with psycopg.connect(postgres.conninfo, autocommit=True) as conn:
        conn.execute((EXAMPLES / "sql_databases/schema.sql").read_text())
        rows = conn.execute(regions["report"]).fetchall()
        assert [(n, c, int(r)) for n, c, r in rows] == EXPECTED_REPORT
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            conn.execute("INSERT INTO orders VALUES (99, 42, '2026-01-01', 'paid')")
        conn.execute("DROP TABLE order_items, orders, customers")


# ------------------------------------------------------------------- psycopg
def test_psycopg_queries(example, postgres, monkeypatch) -> None:
    mod = example("sql_databases/psycopg_queries.py")
    monkeypatch.setenv("DATABASE_URL", postgres.conninfo)
    with mod.connect() as conn:  # conninfo from the environment
        mod.create_schema(conn)
        mod.add_payments(
            conn,
            [
                ("ada", 1999, date(2026, 11, 1)),
                ("ada", 500, date(2026, 11, 20)),
                ("grace", 7000, date(2026, 11, 21)),
            ],
        )
        rows = mod.payments_for(conn, "ada")
        assert rows == [
            {"customer": "ada", "amount_cents": 1999, "paid_on": date(2026, 11, 1)},
            {"customer": "ada", "amount_cents": 500, "paid_on": date(2026, 11, 20)},
        ]
        totals = mod.totals_since(conn, date(2026, 11, 10))
        assert [(t["customer"], t["total_cents"], t["payments"]) for t in totals] == [
            ("grace", 7000, 1),
            ("ada", 500, 1),
        ]

        # Parameters are data, not SQL: an injection attempt matches nothing.
        assert mod.payments_for(conn, "ada' OR '1'='1") == []

        # The transaction is all-or-nothing: a bad row rolls back the good one.
        with pytest.raises(mod.psycopg.errors.CheckViolation):
            mod.add_payments(
                conn,
                [("linus", 100, date(2026, 11, 1)), ("linus", -1, date(2026, 11, 1))],
            )
        assert mod.payments_for(conn, "linus") == []

    with mod.connect(postgres.conninfo) as other:  # explicit conninfo; data committed
        assert len(mod.payments_for(other, "ada")) == 2
        other.execute("DROP TABLE payments")


# ---------------------------------------------------------------------- orms
def test_sqlalchemy_models_and_queries(example, capsys) -> None:
    mod = example("orms/sqlalchemy_models_query.py")
    engine = create_engine("sqlite+pysqlite:///:memory:")
    mod.Base.metadata.create_all(engine)
    assert set(inspect(engine).get_table_names()) == {"authors", "books"}

    with Session(engine) as session, session.begin():
        mod.add_sample_data(session)

    with Session(engine) as session:
        assert mod.books_since(session, 2018) == [
            "Architecture Patterns with Python",
            "Fluent Python",
        ]
        assert mod.authors_with_book_counts(session) == [
            ("Harry Percival", 2),
            ("Luciano Ramalho", 1),
        ]
        assert mod.authors_with_books(session)["Luciano Ramalho"] == ["Fluent Python"]
        book = session.get(mod.Book, 1)
        assert book.author.name == "Luciano Ramalho"
        assert book.added_at is not None

    with Session(engine) as session, session.begin():  # delete-orphan cascade
        author = session.scalars(
            mod.select(mod.Author).where(mod.Author.name == "Harry Percival")
        ).one()
        session.delete(author)
    with Session(engine) as session:
        assert mod.books_since(session, 0) == ["Fluent Python"]

    mod.main()
    assert "('Harry Percival', 2)" in capsys.readouterr().out


def test_sqlalchemy_uses_2_0_style() -> None:
    source = (EXAMPLES / "orms/sqlalchemy_models_query.py").read_text()
    assert "declarative_base" not in source
    assert ".query(" not in source  # legacy Query API


# ---------------------------------------------------------------- GraphQL
def run_graphql(mod, db, query: str, *, batched: bool) -> tuple[dict, int]:
    return asyncio.run(mod.execute(db, query, batched=batched))


def test_graphql_returns_exactly_the_fields_asked_for(example) -> None:
    mod = example("api_design/graphql_dataloader.py")
    body, _ = run_graphql(
        mod, mod.create_db(2, 1), "{ authors { name } }", batched=False
    )
    assert body == {"data": {"authors": [{"name": "author 1"}, {"name": "author 2"}]}}


def test_graphql_naive_resolvers_run_one_query_per_author(example) -> None:
    mod = example("api_design/graphql_dataloader.py")
    db = mod.create_db(n_authors=10, posts_each=3)
    naive, naive_queries = run_graphql(mod, db, mod.QUERY, batched=False)
    batched, batched_queries = run_graphql(mod, db, mod.QUERY, batched=True)
    assert naive == batched  # same answer...
    assert (naive_queries, batched_queries) == (11, 2)  # ...from 11 queries or 2
    authors = batched["data"]["authors"]
    assert [len(a["posts"]) for a in authors] == [3] * 10
    assert authors[4]["posts"][0] == {"title": "post 1 by author 5"}


def test_graphql_author_without_posts_gets_an_empty_list(example) -> None:
    mod = example("api_design/graphql_dataloader.py")
    db = mod.create_db(n_authors=2, posts_each=1)
    db.execute("INSERT INTO authors (id, name) VALUES (3, 'new author')")
    body, _ = run_graphql(mod, db, mod.QUERY, batched=True)
    assert body["data"]["authors"][2] == {"name": "new author", "posts": []}


def test_graphql_reports_errors_in_the_body_not_the_status(example) -> None:
    mod = example("api_design/graphql_dataloader.py")
    body, queries = run_graphql(
        mod, mod.create_db(), "{ authors { email } }", batched=True
    )
    assert "data" not in body or body["data"] is None
    assert body["errors"][0]["message"].startswith(
        "Cannot query field 'email' on type 'Author'."
    )
    assert queries == 0  # validation fails before any resolver runs


def test_graphql_batch_failure_reaches_every_waiting_field(example) -> None:
    mod = example("api_design/graphql_dataloader.py")
    db = mod.create_db(n_authors=3)
    db.execute("DROP TABLE posts")
    body, _ = run_graphql(mod, db, mod.QUERY, batched=True)
    assert body["data"] is None
    assert {e["message"] for e in body["errors"]} == {"no such table: posts"}


# ---------------------------------------------------------------- pagination
def test_offset_pagination(example) -> None:
    mod = example("api_design/pagination.py")
    db = mod.create_db(25)
    pages = [mod.offset_page(db, page, size=10) for page in (1, 2, 3, 4)]
    assert [len(p) for p in pages] == [10, 10, 5, 0]
    ids = [row["id"] for page in pages for row in page]
    assert ids == list(range(25, 0, -1))


def test_cursor_pagination_is_stable(example) -> None:
    mod = example("api_design/pagination.py")
    db = mod.create_db(25)
    first = mod.cursor_page(db, None, size=10)
    assert [r["id"] for r in first.items] == list(range(25, 15, -1))
    # A new post arrives between requests: offset pagination would now repeat
    # an item on page 2; the cursor continues exactly where page 1 stopped.
    db.execute("INSERT INTO posts VALUES (26, '2026-11-30T00:00:00Z', 'new')")
    assert mod.offset_page(db, 2, size=10)[0]["id"] == 16  # the duplicate
    seen = [r["id"] for r in first.items]
    page = mod.cursor_page(db, first.next_cursor, size=10)
    while True:
        seen += [r["id"] for r in page.items]
        if page.next_cursor is None:
            break
        page = mod.cursor_page(db, page.next_cursor, size=10)
    assert seen == list(range(25, 0, -1))  # no duplicates, nothing skipped


def test_cursor_edge_cases(example) -> None:
    mod = example("api_design/pagination.py")
    db = mod.create_db(10)
    exact = mod.cursor_page(db, None, size=10)
    assert len(exact.items) == 10
    assert exact.next_cursor is None  # no empty trailing page
    assert mod.decode_cursor(mod.encode_cursor("2026-11-01T12:00:00Z", 7)) == (
        "2026-11-01T12:00:00Z",
        7,
    )
    for bad in ("%%%", "bm90IGpzb24=", "WzFd"):  # not base64, not JSON, wrong shape
        with pytest.raises(ValueError, match="invalid cursor"):
            mod.cursor_page(db, bad)
    assert mod.cursor_page(mod.create_db(0), None).items == []
