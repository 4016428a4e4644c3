"""Offset pagination vs cursor (keyset) pagination with an opaque base64 cursor."""

import base64
import json
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    items: list[dict]
    next_cursor: str | None  # None means "this was the last page"


def create_db(n_posts: int = 25) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    conn.execute(
        "CREATE TABLE posts (id INTEGER PRIMARY KEY, created_at TEXT, title TEXT)"
    )
    # Several posts share a timestamp: the id breaks ties so the order is total.
    conn.executemany(
        "INSERT INTO posts (id, created_at, title) VALUES (?, ?, ?)",
        [
            (i, f"2026-11-{1 + i // 3:02d}T12:00:00Z", f"post {i}")
            for i in range(1, n_posts + 1)
        ],
    )
    return conn


# region offset
def offset_page(conn: sqlite3.Connection, page: int, size: int = 10) -> list[dict]:
    """Simple and lets clients jump to page N, but the database still walks past
    `offset` rows, and rows inserted meanwhile shift items between pages."""
    rows = conn.execute(
        "SELECT id, created_at, title FROM posts ORDER BY created_at DESC, id DESC"
        " LIMIT ? OFFSET ?",
        (size, (page - 1) * size),
    )
    return [dict(row) for row in rows]


# endregion offset


# region cursor
def encode_cursor(created_at: str, post_id: int) -> str:
    raw = json.dumps([created_at, post_id]).encode()
    return base64.urlsafe_b64encode(raw).decode()  # opaque to clients: don't parse it


def decode_cursor(cursor: str) -> tuple[str, int]:
    try:
        created_at, post_id = json.loads(base64.urlsafe_b64decode(cursor))
    except (ValueError, TypeError) as exc:  # bad base64, bad JSON, wrong shape
        raise ValueError("invalid cursor") from exc
    return str(created_at), int(post_id)


def cursor_page(conn: sqlite3.Connection, cursor: str | None, size: int = 10) -> Page:
    """Keyset pagination: 'give me the rows after the last one I saw'. Fast with an
    index on (created_at, id) and stable when new rows arrive."""
    sql = "SELECT id, created_at, title FROM posts"
    params: tuple = ()
    if cursor is not None:
        sql += " WHERE (created_at, id) < (?, ?)"  # row-value comparison
        params = decode_cursor(cursor)
    sql += " ORDER BY created_at DESC, id DESC LIMIT ?"
    rows = [dict(r) for r in conn.execute(sql, (*params, size + 1))]  # one extra row
    has_more = len(rows) > size
    items = rows[:size]
    last = items[-1] if items else None
    next_cursor = (
        encode_cursor(last["created_at"], last["id"]) if has_more and last else None
    )
    return Page(items, next_cursor)


# endregion cursor


if __name__ == "__main__":
    db = create_db()
    print([p["id"] for p in offset_page(db, page=2)])
    page = cursor_page(db, cursor=None)
    while True:
        print([p["id"] for p in page.items], page.next_cursor)
        if page.next_cursor is None:
            break
        page = cursor_page(db, page.next_cursor)
