"""Replacing a FastAPI dependency in a test with app.dependency_overrides."""

from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.testclient import TestClient


def get_prices() -> dict[str, int]:
    raise RuntimeError("would connect to the production database")


def get_price_or_404(sku: str, prices: Annotated[dict, Depends(get_prices)]) -> int:
    if sku not in prices:
        raise HTTPException(404, f"no price for {sku}")
    return prices[sku]


app = FastAPI()


@app.get("/prices/{sku}")
def read_price(sku: str, price: Annotated[int, Depends(get_price_or_404)]) -> dict:
    return {"sku": sku, "price_cents": price}


app.dependency_overrides[get_prices] = lambda: {"pen": 250}  # what a test does
client = TestClient(app)
for sku in ["pen", "ink"]:
    response = client.get(f"/prices/{sku}")
    print(response.status_code, response.json())
