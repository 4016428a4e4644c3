"""Fetching 12 URLs concurrently through one ClientSession, bounded by a Semaphore."""

import asyncio

from aiohttp import ClientSession, web
from aiohttp.test_utils import TestServer

in_flight = peak = 0


async def slow_item(request: web.Request) -> web.Response:
    global in_flight, peak
    in_flight += 1
    peak = max(peak, in_flight)
    await asyncio.sleep(0.05)  # a slow upstream service
    in_flight -= 1
    return web.json_response({"id": int(request.match_info["id"])})


async def fetch(session: ClientSession, url: str, limit: asyncio.Semaphore) -> int:
    async with limit, session.get(url) as response:
        return (await response.json())["id"]


async def main() -> None:
    app = web.Application()
    app.router.add_get("/items/{id}", slow_item)
    async with TestServer(app) as server, ClientSession() as session:
        limit = asyncio.Semaphore(3)  # at most 3 requests in flight
        async with asyncio.TaskGroup() as tasks:
            jobs = [
                tasks.create_task(
                    fetch(session, str(server.make_url(f"/items/{n}")), limit)
                )
                for n in range(12)
            ]
    print("ids:", [job.result() for job in jobs])
    print("most requests in flight at once:", peak)


asyncio.run(main())
