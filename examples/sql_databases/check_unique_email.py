"""Two sign-ups for one email, each checking first: what a UNIQUE constraint adds."""

import sqlite3

WITHOUT = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL)"
WITH = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE)"


def sign_up_twice(create_table: str) -> None:
    db = sqlite3.connect(":memory:")
    db.execute(create_table)
    email = "ada@example.com"
    # Both requests run "is the email taken?" before either has inserted.
    taken = [
        db.execute("SELECT 1 FROM users WHERE email = ?", (email,)).fetchone()
        is not None
        for _request in range(2)
    ]
    print("taken?", taken)
    for request in (1, 2):
        try:
            db.execute("INSERT INTO users (email) VALUES (?)", (email,))
            print(f"request {request}: created")
        except sqlite3.IntegrityError as exc:
            print(f"request {request}: IntegrityError: {exc}")
    print("accounts:", db.execute("SELECT COUNT(*) FROM users").fetchone()[0])


sign_up_twice(WITHOUT)
sign_up_twice(WITH)
