"""pytest fixtures: a temporary SQLite database, yield teardown, and scopes."""

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

AddUser = Callable[[str], int]

SCHEMA = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE NOT NULL)"


# region fixtures
@pytest.fixture(scope="session")
def schema() -> str:
    """scope="session": computed once for the whole test run and shared."""
    return SCHEMA


@pytest.fixture
def db(tmp_path: Path, schema: str) -> Iterator[sqlite3.Connection]:
    """Function scope (the default): every test gets a fresh, empty database.

    tmp_path is a built-in fixture: a new temporary directory per test.
    """
    conn = sqlite3.connect(tmp_path / "test.db")
    conn.execute(schema)
    yield conn  # the test runs here
    conn.close()  # teardown runs afterwards, even if the test failed


@pytest.fixture
def add_user(db: sqlite3.Connection) -> AddUser:
    """A factory fixture: tests call it to create exactly the data they need."""

    def _add_user(email: str) -> int:
        with db:  # commits, or rolls back on error
            cursor = db.execute("INSERT INTO users (email) VALUES (?)", (email,))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    return _add_user


# endregion fixtures


# region tests
def test_starts_empty(db: sqlite3.Connection) -> None:
    assert db.execute("SELECT count(*) FROM users").fetchone() == (0,)


def test_add_user(db: sqlite3.Connection, add_user: AddUser) -> None:
    user_id = add_user("ada@example.com")
    row = db.execute("SELECT email FROM users WHERE id = ?", (user_id,)).fetchone()
    assert row == ("ada@example.com",)


def test_email_is_unique(add_user: AddUser) -> None:
    add_user("ada@example.com")
    with pytest.raises(sqlite3.IntegrityError):
        add_user("ada@example.com")


def test_each_test_gets_a_fresh_database(db: sqlite3.Connection) -> None:
    # Runs after test_add_user, yet the table is empty again.
    assert db.execute("SELECT count(*) FROM users").fetchone() == (0,)


# endregion tests
