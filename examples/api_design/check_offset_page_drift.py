"""A post is published between page 1 and page 2: offset vs cursor pagination."""

import sqlite3

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT)")
db.executemany(
    "INSERT INTO posts (id, title) VALUES (?, ?)",
    [(i, f"post {i}") for i in range(1, 8)],
)


def ids(sql: str, *params: int) -> list[int]:
    return [row[0] for row in db.execute(sql, params)]


page_1 = ids("SELECT id FROM posts ORDER BY id DESC LIMIT 3 OFFSET 0")
db.execute("INSERT INTO posts (id, title) VALUES (8, 'post 8')")  # a new post arrives
offset_2 = ids("SELECT id FROM posts ORDER BY id DESC LIMIT 3 OFFSET 3")
cursor_2 = ids("SELECT id FROM posts WHERE id < ? ORDER BY id DESC LIMIT 3", page_1[-1])
print("page 1:       ", page_1)
print("offset page 2:", offset_2)
print("cursor page 2:", cursor_2)
