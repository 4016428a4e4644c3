"""A module-scoped database fixture that tests write to: outcomes depend on order."""

import sqlite3

import pytest


@pytest.fixture(scope="module")
def db() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE users (email TEXT UNIQUE NOT NULL)")
    return conn


def test_add_user(db: sqlite3.Connection) -> None:
    db.execute("INSERT INTO users VALUES ('ada@example.com')")
    assert db.execute("SELECT count(*) FROM users").fetchone() == (1,)


def test_starts_empty(db: sqlite3.Connection) -> None:
    assert db.execute("SELECT count(*) FROM users").fetchone() == (0,)


class PrintOutcomes:
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call":
            print(report.nodeid.split("::")[-1], report.outcome)


if __name__ == "__main__":  # run the two tests above in order, printing each outcome
    quiet = ["-o", "addopts=", "-p", "no:terminal", "-p", "no:cacheprovider"]
    pytest.main([__file__, *quiet], plugins=[PrintOutcomes()])
