"""An aiohttp server with JSON routes, and an aiohttp ClientSession that calls it."""

import asyncio

from aiohttp import ClientSession, ClientTimeout, web

# region server
routes = web.RouteTableDef()
TODOS: web.AppKey[dict[int, dict]] = web.AppKey("todos", dict)


@routes.get("/todos/{todo_id:\\d+}")
async def get_todo(request: web.Request) -> web.Response:
    todo_id = int(request.match_info["todo_id"])
    todo = request.app[TODOS].get(todo_id)
    if todo is None:
        raise web.HTTPNotFound(
            text='{"error": "not found"}', content_type="application/json"
        )
    return web.json_response(todo)


@routes.post("/todos")
async def create_todo(request: web.Request) -> web.Response:
    try:
        data = await request.json()
    except ValueError:  # invalid JSON body
        return web.json_response({"error": "body must be JSON"}, status=400)
    title = data.get("title") if isinstance(data, dict) else None
    if not isinstance(title, str) or not title:
        return web.json_response({"error": "title is required"}, status=422)
    todos = request.app[TODOS]
    todo = {"id": len(todos) + 1, "title": title, "done": False}
    todos[todo["id"]] = todo
    return web.json_response(todo, status=201)


def create_app() -> web.Application:
    app = web.Application()
    app[TODOS] = {}  # typed app state instead of a module-level global
    app.add_routes(routes)
    return app


# endregion server


# region client
async def create_and_fetch(base_url: str, title: str) -> dict:
    """One ClientSession per application (not per request): it pools connections."""
    timeout = ClientTimeout(total=10)  # the default is 5 minutes
    async with ClientSession(base_url=base_url, timeout=timeout) as session:
        async with session.post("/todos", json={"title": title}) as response:
            response.raise_for_status()
            created = await response.json()
        async with session.get(f"/todos/{created['id']}") as response:
            response.raise_for_status()
            return await response.json()


# endregion client


# region run
async def main(host: str = "127.0.0.1", port: int = 8080) -> dict:
    """Start the server in this event loop, call it with the client, shut down."""
    runner = web.AppRunner(create_app())
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    try:
        return await create_and_fetch(f"http://{host}:{port}", "write docs")
    finally:
        await runner.cleanup()


# endregion run


if __name__ == "__main__":
    print(asyncio.run(main()))
