"""A retried charge whose response was lost, without and with an Idempotency-Key."""

from typing import Annotated

from fastapi import FastAPI, Header
from fastapi.testclient import TestClient

app = FastAPI()
charges: list[int] = []
seen: dict[str, dict] = {}  # idempotency key -> the response first given for it
IdempotencyKey = Annotated[str | None, Header()]  # read from the Idempotency-Key header


@app.post("/charges", status_code=201)
def charge(amount_cents: int, idempotency_key: IdempotencyKey = None) -> dict:
    if idempotency_key in seen:
        return seen[idempotency_key]
    charges.append(amount_cents)
    response = {"charge_id": len(charges), "amount_cents": amount_cents}
    if idempotency_key:
        seen[idempotency_key] = response
    return response


client = TestClient(app)
for headers in [{}, {"Idempotency-Key": "order-42-payment"}]:
    charges.clear()
    for _attempt in range(2):  # the first response times out, so the caller retries
        answer = client.post("/charges?amount_cents=4200", headers=headers).json()
    print(f"key sent: {bool(headers)}, charges made: {len(charges)}, last: {answer}")
