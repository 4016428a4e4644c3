"""A welcome email job reads user documents written by two versions of the app."""

from typing import Any

# What find({}) returns from the users collection: no migration was ever run.
users: list[dict[str, Any]] = [
    {"_id": 1, "name": "Ada Lovelace", "email": "ada@example.com"},  # app v1
    {"_id": 2, "first_name": "Grace", "last_name": "Hopper", "email": "g@example.com"},
]


def greeting(user: dict[str, Any]) -> str:
    return f"Hello, {user['first_name']}!"  # written for the v2 shape only


for user in users:
    try:
        print(user["_id"], greeting(user))
    except KeyError as exc:
        print(user["_id"], "KeyError:", exc)
