"""Where FastAPI takes each endpoint argument from: path, query string or body."""

from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel


class ItemIn(BaseModel):
    name: str


app = FastAPI()


@app.post("/shops/{shop_id}/items")
def add_item(shop_id: int, item: ItemIn, notify: bool = False) -> dict:
    return {"shop_id": shop_id, "name": item.name, "notify": notify}


client = TestClient(app)
print(client.post("/shops/3/items?notify=yes", json={"name": "pen"}).json())
print(client.post("/shops/3/items", json={"name": "pen"}).json())
response = client.post("/shops/three/items?notify=maybe", json={})
print(response.status_code, sorted(error["loc"] for error in response.json()["detail"]))
