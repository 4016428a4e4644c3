"""An aiohttp JSON API whose errors are raised as bare web.HTTPException subclasses."""

import asyncio

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

routes = web.RouteTableDef()
BOOKS = {1: {"id": 1, "title": "Fluent Python"}}


@routes.get("/books/{book_id:\\d+}")
async def get_book(request: web.Request) -> web.Response:
    book = BOOKS.get(int(request.match_info["book_id"]))
    if book is None:
        raise web.HTTPNotFound()
    return web.json_response(book)


async def main() -> None:
    app = web.Application()
    app.add_routes(routes)
    async with TestClient(TestServer(app)) as client:
        for url in ["/books/1", "/books/99", "/books/abc"]:
            response = await client.get(url)
            print(url, response.status, response.content_type, await response.text())


asyncio.run(main())
