"""Middleware that keeps the caller's X-Request-ID (or makes one) and logs it."""

import json
import logging
import sys
from contextvars import ContextVar
from itertools import count

from fastapi import FastAPI, Request
from fastapi.testclient import TestClient

request_id: ContextVar[str] = ContextVar("request_id", default="-")
new_ids = (f"gen-{n}" for n in count(1))  # uuid.uuid4().hex in real code
logger = logging.getLogger("api")
logger.addHandler(logging.StreamHandler(sys.stdout))
logger.setLevel(logging.INFO)


def log(message: str, **fields: object) -> None:
    line = {"message": message, "request_id": request_id.get()} | fields
    logger.info(json.dumps(line))


app = FastAPI()


@app.middleware("http")
async def add_request_id(request: Request, call_next):
    # Each request runs in its own task, so it sees only its own id.
    request_id.set(request.headers.get("X-Request-ID") or next(new_ids))
    response = await call_next(request)
    log("request finished", path=request.url.path, status=response.status_code)
    response.headers["X-Request-ID"] = request_id.get()
    return response


@app.get("/orders/{order_id}")
async def get_order(order_id: int) -> dict:
    log("order loaded", order_id=order_id)
    return {"id": order_id}


client = TestClient(app)
client.get("/orders/7", headers={"X-Request-ID": "abc123"})
print("returned:", client.get("/orders/8").headers["X-Request-ID"])
