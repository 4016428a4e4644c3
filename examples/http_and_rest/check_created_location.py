"""A create endpoint answers 201 with a Location header that points at the new order."""

from fastapi import FastAPI, Response
from fastapi.testclient import TestClient
from pydantic import BaseModel

app = FastAPI()
orders: dict[int, dict] = {}


class OrderIn(BaseModel):
    sku: str
    qty: int


@app.post("/orders", status_code=201)
def create_order(order: OrderIn, response: Response) -> dict:
    order_id = len(orders) + 1
    orders[order_id] = order.model_dump()
    response.headers["Location"] = f"/orders/{order_id}"
    return {"id": order_id, **orders[order_id]}


@app.get("/orders/{order_id}")
def get_order(order_id: int, response: Response) -> dict:
    response.headers["Cache-Control"] = "private, max-age=60"
    return orders[order_id]


client = TestClient(app)
created = client.post("/orders", json={"sku": "pen", "qty": 2})
print(created.status_code, created.headers["location"], created.headers["content-type"])
fetched = client.get(created.headers["location"])
print(fetched.status_code, fetched.headers["cache-control"], fetched.json())
