"""Enqueue a welcome email with the user itself, then with a snapshot of it."""

from dataclasses import asdict, dataclass

from kombu.exceptions import EncodeError
from kombu.serialization import dumps, loads


@dataclass
class User:  # stands in for an ORM model instance
    id: int
    email: str


user = User(id=7, email="ada@example.org")
try:
    dumps([user], serializer="json")  # what .delay(user) must serialise
except EncodeError as exc:
    print("EncodeError:", exc)

_, _, message = dumps([asdict(user)], serializer="json")  # so: a dict instead
user.email = "ada@example.com"  # she changes it before a worker is free
args = loads(message, "application/json", "utf-8")
print("the worker emails:", args[0]["email"])
