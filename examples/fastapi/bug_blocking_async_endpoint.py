"""Two concurrent requests to an async def endpoint that makes a blocking call."""

import asyncio
import itertools
import time

import httpx2
from fastapi import FastAPI

app = FastAPI()
log = []
request_numbers = itertools.count(1)


@app.get("/report")
async def report() -> dict:
    number = next(request_numbers)
    log.append(f"request {number} start")
    time.sleep(0.1)  # stands in for requests.get(...) or a sync database query
    log.append(f"request {number} end")
    return {"request": number}


async def two_requests_at_once() -> None:
    transport = httpx2.ASGITransport(app=app)
    async with httpx2.AsyncClient(transport=transport, base_url="http://api") as client:
        await asyncio.gather(client.get("/report"), client.get("/report"))


asyncio.run(two_requests_at_once())
print("\n".join(log))
