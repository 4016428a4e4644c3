"""An order endpoint that checks who is logged in, but not whose order it is."""

from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException
from fastapi.testclient import TestClient

TOKENS = {"token-ada": "ada", "token-grace": "grace"}  # stands in for JWT checks
ORDERS = {1001: {"id": 1001, "customer": "ada", "total_cents": 4999}}
app = FastAPI()


def current_user(authorization: Annotated[str, Header()] = "") -> str:
    user = TOKENS.get(authorization.removeprefix("Bearer "))
    if user is None:
        raise HTTPException(401, "not authenticated", {"WWW-Authenticate": "Bearer"})
    return user


@app.get("/orders/{order_id}")
def get_order(order_id: int, user: Annotated[str, Depends(current_user)]) -> dict:
    if order_id not in ORDERS:
        raise HTTPException(404, "order not found")
    return ORDERS[order_id]


client = TestClient(app)
for token in ["token-ada", "token-grace", "made-up"]:
    response = client.get("/orders/1001", headers={"Authorization": f"Bearer {token}"})
    print(token, response.status_code, response.json())
