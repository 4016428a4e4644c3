"""A small GraphQL API with graphql-core: a schema, its resolvers, the N+1 queries
naive resolvers cause, and a DataLoader that batches them into one query."""

import asyncio
import sqlite3
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from graphql import GraphQLResolveInfo, GraphQLSchema, build_schema, graphql

# region schema
SDL = """
    type Post {
        id: ID!
        title: String!
    }

    type Author {
        id: ID!
        name: String!
        posts: [Post!]!
    }

    type Query {
        authors: [Author!]!
    }
"""


def resolve_authors(_root: None, info: GraphQLResolveInfo) -> list[dict]:
    rows = info.context["db"].execute("SELECT id, name FROM authors ORDER BY id")
    return [dict(row) for row in rows]


# endregion schema


# region naive
def resolve_posts_naive(author: dict, info: GraphQLResolveInfo) -> list[dict]:
    """One query per author: with 100 authors the request runs 101 queries (N+1)."""
    rows = info.context["db"].execute(
        "SELECT id, title FROM posts WHERE author_id = ? ORDER BY id", (author["id"],)
    )
    return [dict(row) for row in rows]


# endregion naive


# region dataloader
class DataLoader:
    """Collects every key asked for while the executor resolves one level of the
    query, then fetches them all with a single call to `batch`."""

    def __init__(self, batch: Callable[[Sequence[Hashable]], dict[Hashable, Any]]):
        self._batch = batch
        self._waiting: dict[Hashable, asyncio.Future] = {}

    def load(self, key: Hashable) -> asyncio.Future:
        loop = asyncio.get_running_loop()
        if not self._waiting:
            loop.call_soon(self._dispatch)  # runs after every sibling field asked
        if key not in self._waiting:
            self._waiting[key] = loop.create_future()
        return self._waiting[key]

    def _dispatch(self) -> None:
        waiting, self._waiting = self._waiting, {}
        try:
            found = self._batch(list(waiting))
        except Exception as error:  # every waiting field gets the error
            for future in waiting.values():
                future.set_exception(error)
            return
        for key, future in waiting.items():
            future.set_result(found.get(key, []))


def posts_by_author(db: sqlite3.Connection) -> DataLoader:
    def batch(author_ids: Sequence[Hashable]) -> dict[Hashable, list[dict]]:
        # Only "?" placeholders go into the SQL text; the ids travel as parameters.
        marks = ", ".join("?" * len(author_ids))
        rows = db.execute(
            f"SELECT id, title, author_id FROM posts WHERE author_id IN ({marks})"  # noqa: S608
            " ORDER BY id",
            list(author_ids),
        )
        grouped: dict[Hashable, list[dict]] = {}
        for row in rows:
            grouped.setdefault(row["author_id"], []).append(dict(row))
        return grouped

    return DataLoader(batch)


def resolve_posts_batched(author: dict, info: GraphQLResolveInfo) -> asyncio.Future:
    return info.context["posts"].load(author["id"])


# endregion dataloader


# region execute
def make_schema(*, batched: bool) -> GraphQLSchema:
    """The schema from the SDL, with our resolvers attached to its fields."""
    schema = build_schema(SDL)
    schema.query_type.fields["authors"].resolve = resolve_authors
    schema.type_map["Author"].fields["posts"].resolve = (
        resolve_posts_batched if batched else resolve_posts_naive
    )
    return schema


NAIVE_SCHEMA = make_schema(batched=False)
BATCHED_SCHEMA = make_schema(batched=True)


async def execute(
    db: sqlite3.Connection, query: str, *, batched: bool
) -> tuple[dict, int]:
    """Runs `query` and returns the response body and how many SQL statements ran."""
    schema = BATCHED_SCHEMA if batched else NAIVE_SCHEMA
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    try:
        # A new loader per request, so one user's results never reach another.
        context = {"db": db, "posts": posts_by_author(db)}
        result = await graphql(schema, query, context_value=context)
    finally:
        db.set_trace_callback(None)
    return result.formatted, len(statements)


# endregion execute


def create_db(n_authors: int = 3, posts_each: int = 2) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.row_factory = sqlite3.Row
    db.execute("CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    db.execute(
        "CREATE TABLE posts (id INTEGER PRIMARY KEY,"
        " author_id INTEGER NOT NULL REFERENCES authors (id), title TEXT NOT NULL)"
    )
    db.executemany(
        "INSERT INTO authors (id, name) VALUES (?, ?)",
        [(a, f"author {a}") for a in range(1, n_authors + 1)],
    )
    db.executemany(
        "INSERT INTO posts (author_id, title) VALUES (?, ?)",
        [
            (a, f"post {p} by author {a}")
            for a in range(1, n_authors + 1)
            for p in range(1, posts_each + 1)
        ],
    )
    return db


QUERY = "{ authors { name posts { title } } }"

if __name__ == "__main__":
    db = create_db(n_authors=100)
    for batched in (False, True):
        body, statements = asyncio.run(execute(db, QUERY, batched=batched))
        kind = "DataLoader" if batched else "naive resolvers"
        print(f"{kind}: {len(body['data']['authors'])} authors, {statements} queries")
