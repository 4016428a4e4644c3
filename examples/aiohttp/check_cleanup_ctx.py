"""A shared resource in typed app state, opened and closed by a cleanup context."""

import asyncio
from collections.abc import AsyncIterator

from aiohttp import ClientSession, web
from aiohttp.test_utils import TestClient, TestServer

HTTP: web.AppKey[ClientSession] = web.AppKey("http", ClientSession)


async def http_session(app: web.Application) -> AsyncIterator[None]:
    app[HTTP] = ClientSession()  # runs at startup
    print("startup: session opened")
    yield
    await app[HTTP].close()  # runs at shutdown
    print("cleanup: session closed")


async def health(request: web.Request) -> web.Response:
    return web.json_response({"session_closed": request.app[HTTP].closed})


async def main() -> None:
    app = web.Application()
    app.cleanup_ctx.append(http_session)
    app.router.add_get("/health", health)
    async with TestClient(TestServer(app)) as client:
        response = await client.get("/health")
        print("GET /health:", response.status, await response.json())
    print("after shutdown:", app[HTTP].closed)


asyncio.run(main())
