"""Conditional updates with ETag and If-Match: no lost updates between two clients."""

from fastapi import FastAPI, Header, HTTPException, Response, status
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    price_cents: int


# The store keeps a version number per item; it changes on every write.
items: dict[int, tuple[int, Item]] = {1: (1, Item(name="Keyboard", price_cents=4999))}


# region conditional_update
def etag_of(version: int) -> str:
    return f'"{version}"'  # a strong ETag: quoted, opaque to clients


@app.get("/items/{item_id}")
def read_item(
    item_id: int,
    response: Response,
    if_none_match: str | None = Header(default=None),
) -> Item | None:
    if item_id not in items:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "item not found")
    version, item = items[item_id]
    if if_none_match == etag_of(version):  # the client's copy is still current
        response.status_code = status.HTTP_304_NOT_MODIFIED
        return None
    response.headers["ETag"] = etag_of(version)
    return item


@app.put("/items/{item_id}")
def replace_item(
    item_id: int,
    new: Item,
    response: Response,
    if_match: str | None = Header(default=None),
) -> Item:
    if item_id not in items:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "item not found")
    version, _ = items[item_id]
    if if_match is None:  # this API requires conditional writes
        raise HTTPException(
            status.HTTP_428_PRECONDITION_REQUIRED, "send If-Match with the ETag"
        )
    if if_match != etag_of(version):  # someone else wrote in between
        raise HTTPException(
            status.HTTP_412_PRECONDITION_FAILED, "item changed; read it again"
        )
    items[item_id] = (version + 1, new)
    response.headers["ETag"] = etag_of(version + 1)
    return new


# endregion conditional_update
