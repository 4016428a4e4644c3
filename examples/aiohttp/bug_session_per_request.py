"""Five calls to a service: a new ClientSession per call, then one shared session."""

import asyncio

from aiohttp import ClientSession, web
from aiohttp.test_utils import TestServer

connections = set()  # the server notes the transport (TCP connection) of each request


async def ping(request: web.Request) -> web.Response:
    connections.add(request.transport)
    return web.json_response({"ok": True})


async def call(session: ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        return await response.json()


async def main() -> None:
    app = web.Application()
    app.router.add_get("/ping", ping)
    async with TestServer(app) as server:
        url = str(server.make_url("/ping"))
        for _ in range(5):
            async with ClientSession() as session:  # a new pool for every call
                await call(session, url)
        print("session per call:", len(connections), "connections for 5 calls")

        connections.clear()
        async with ClientSession() as session:  # one pool, shared by every call
            for _ in range(5):
                await call(session, url)
        print("one shared session:", len(connections), "connection for 5 calls")


asyncio.run(main())
