"""The same JSON body as a TypedDict, a dataclass and a Pydantic model, at run time."""

import json
from dataclasses import dataclass
from typing import TypedDict

from pydantic import BaseModel


class UserDict(TypedDict):
    id: int
    name: str


@dataclass
class UserData:
    id: int
    name: str


class UserModel(BaseModel):
    id: int
    name: str


body = json.loads('{"id": "7", "name": "Ada"}')  # a client sent the id as a string
row: UserDict = body  # the checker trusts this; nothing looks at the data
print(repr(row), type(row).__name__)
print(repr(UserData(**body)))
print(repr(UserModel.model_validate(body)))
