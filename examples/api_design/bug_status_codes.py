"""An orders API whose status codes mislead every client that calls it."""

from fastapi import FastAPI, Header, HTTPException
from fastapi.testclient import TestClient
from pydantic import BaseModel

app = FastAPI()
orders = {42: {"owner": "alice", "total_cents": 1999}}


class OrderIn(BaseModel):
    total_cents: int


@app.post("/orders")
def create_order(order: OrderIn, x_user: str = Header()) -> dict:
    new_id = max(orders) + 1
    orders[new_id] = {"owner": x_user, "total_cents": order.total_cents}
    return {"id": new_id}


@app.delete("/orders/{order_id}")
def delete_order(order_id: int, x_user: str = Header()) -> dict:
    # X-User stands in for the user the authentication layer identified.
    if order_id not in orders:
        return {"success": False, "error": "no such order"}
    if orders[order_id]["owner"] != x_user:
        raise HTTPException(401, "not your order")
    del orders[order_id]
    return {"success": True}


client = TestClient(app)
bob = {"X-User": "bob"}
created = client.post("/orders", json={"total_cents": 500}, headers=bob)
print("create:         ", created.status_code, created.json())
print("alice's order:  ", client.delete("/orders/42", headers=bob).status_code)
missing = client.delete("/orders/99", headers=bob)
print("missing order:  ", missing.status_code, missing.json())
