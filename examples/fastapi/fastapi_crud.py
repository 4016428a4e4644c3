"""A FastAPI CRUD API: Pydantic v2 models, dependency injection and status codes."""

from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, status
from pydantic import BaseModel, ConfigDict, Field


# region models
class ItemIn(BaseModel):
    """What clients send. Validation errors become 422 responses automatically."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    name: str = Field(min_length=1, max_length=100)
    price_cents: int = Field(gt=0, description="price in cents, never a float")
    tags: list[str] = Field(default_factory=list, max_length=10)


class Item(ItemIn):
    """What the API returns."""

    id: int


# endregion models


# region store
class ItemStore:
    """In-memory repository. Swap for a database-backed one with the same methods."""

    def __init__(self) -> None:
        self._items: dict[int, Item] = {}
        self._next_id = 1

    def list(self) -> list[Item]:
        return list(self._items.values())

    def get(self, item_id: int) -> Item | None:
        return self._items.get(item_id)

    def add(self, data: ItemIn) -> Item:
        item = Item(id=self._next_id, **data.model_dump())
        self._items[item.id] = item
        self._next_id += 1
        return item

    def replace(self, item_id: int, data: ItemIn) -> Item:
        self._items[item_id] = Item(id=item_id, **data.model_dump())
        return self._items[item_id]

    def delete(self, item_id: int) -> None:
        self._items.pop(item_id, None)


_store = ItemStore()


def get_store() -> ItemStore:
    return _store


Store = Annotated[ItemStore, Depends(get_store)]  # reusable dependency type
# endregion store

# region routes
app = FastAPI(title="Items API")

# The handlers are `async def` because nothing in them blocks. With a blocking
# database driver, write plain `def` handlers: FastAPI runs those in a threadpool.


async def get_item_or_404(item_id: int, store: Store) -> Item:
    item = store.get(item_id)
    if item is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"item {item_id} not found")
    return item


@app.get("/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}  # for load balancers and container healthchecks


@app.get("/items")
async def list_items(store: Store) -> list[Item]:
    return store.list()


@app.post("/items", status_code=status.HTTP_201_CREATED)
async def create_item(data: ItemIn, store: Store) -> Item:
    return store.add(data)


@app.get("/items/{item_id}")
async def read_item(item: Annotated[Item, Depends(get_item_or_404)]) -> Item:
    return item


@app.put("/items/{item_id}")
async def replace_item(
    data: ItemIn, item: Annotated[Item, Depends(get_item_or_404)], store: Store
) -> Item:
    return store.replace(item.id, data)


@app.delete("/items/{item_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_item(
    item: Annotated[Item, Depends(get_item_or_404)], store: Store
) -> None:
    store.delete(item.id)


# endregion routes


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, host="127.0.0.1", port=8000)
